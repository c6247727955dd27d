using System.Diagnostics;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.Loader;
using ImrCite.Testing;

namespace ImrCite.Benchmarks;

/// <summary>
/// Two builds of the validator side by side in one process, batch for batch: <c>--ab MIX SECONDS A B</c> loads
/// ImrCite.dll from the folders A and B (each a build output, e.g. <c>src/ImrCite/bin/Release/net10.0</c> of two
/// checkouts) into load contexts of their own, and alternates batches of the mix between them (A B B A …) for the
/// given time. On a shared machine both see the same load from one millisecond to the next, so their ratio holds
/// where separate runs move by tens of percent. Per side it prints the best and median batch (wall clock), the
/// median batch in thread CPU time (which leaves out time spent waiting for a core; the gen0 collections a side
/// triggers run on this thread and count), the bytes allocated per string, and B's ratio to A.
/// </summary>
internal static class ValidatorAb
{
    /// <summary>Runs the comparison; returns the exit code.</summary>
    public static int Run(string mix, double seconds, string folderA, string folderB)
    {
        var items = ValidatorBenchmarks.MixOf(mix);
        using var catalogue = Paths.ShippedCatalogueOrFallback();
        var sides = new[] { Side.Load("A", folderA, catalogue.Directory, items), Side.Load("B", folderB, catalogue.Directory, items) };
        int perBatch = items.Length * 20;

        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed.TotalSeconds < Math.Min(2.0, seconds / 3))
        {
            foreach (var side in sides)
            {
                side.Batch(perBatch, record: false);
            }
        }
        var total = Stopwatch.StartNew();
        for (int round = 0; total.Elapsed.TotalSeconds < seconds; round++)
        {
            // A B, then B A: neither side always runs right after the other.
            sides[round % 2].Batch(perBatch, record: true);
            sides[1 - round % 2].Batch(perBatch, record: true);
        }
        Console.WriteLine($"ab {mix}: {items.Length} strings, {perBatch:N0} per batch, {sides[0].Batches} batches each");
        foreach (var side in sides)
        {
            Console.WriteLine($"  {side.Name} {side.Folder}: best {side.BestWall:F3} µs, median {side.MedianWall:F3} µs per string; thread CPU median {side.MedianCpu:F3} µs, best {side.BestCpu:F3} µs; {side.BytesPerString:F0} B per string");
        }
        var (a, b) = (sides[0], sides[1]);
        Console.WriteLine($"  B/A: best {b.BestWall / a.BestWall:F3}, median {b.MedianWall / a.MedianWall:F3}, thread CPU median {b.MedianCpu / a.MedianCpu:F3}, best {b.BestCpu / a.BestCpu:F3}; bytes {b.BytesPerString / a.BytesPerString:F3}");
        return 0;
    }

    /// <summary>One build: its resolver over the shipped catalogue and a compiled call of Analyze on the i-th string.</summary>
    private sealed class Side
    {
        private readonly Func<int, object> _analyze;
        private readonly int _strings;
        private readonly List<double> _wall = new();
        private readonly List<double> _cpu = new();
        private long _bytes;
        private long _calls;
        private int _next;

        private Side(string name, string folder, Func<int, object> analyze, int strings)
        {
            Name = name;
            Folder = folder;
            _analyze = analyze;
            _strings = strings;
        }

        public string Name { get; }

        public string Folder { get; }

        public int Batches => _wall.Count;

        public double BestWall => _wall.Min();

        public double MedianWall => Median(_wall);

        public double BestCpu => _cpu.Min();

        public double MedianCpu => Median(_cpu);

        public double BytesPerString => (double)_bytes / Math.Max(1, _calls);

        public static Side Load(string name, string folder, string catalogueFolder, (string Date, string Text)[] items)
        {
            string path = Path.GetFullPath(Path.Combine(folder, "ImrCite.dll"));
            var context = new AssemblyLoadContext("imrcite-" + name, isCollectible: false);
            var assembly = context.LoadFromAssemblyPath(path);
            Type Get(string type) => assembly.GetType(type, throwOnError: true)!;

            var loaded = Get("ImrCite.CatalogueLoader").GetMethod("Load", new[] { typeof(IEnumerable<string>) })!
                .Invoke(null, new object[] { new[] { catalogueFolder } })!;
            object catalogue = loaded.GetType().GetProperty("Catalogue")!.GetValue(loaded)!;
            var resolverType = Get("ImrCite.Citations.CitationResolver");
            object resolver = Activator.CreateInstance(resolverType, catalogue)!;

            var dateType = Get("ImrCite.Catalogue.GuidelineDate");
            var nullableDate = typeof(Nullable<>).MakeGenericType(dateType);
            var tryParse = dateType.GetMethod("TryParse", new[] { typeof(string), dateType.MakeByRefType() })!;
            var dates = Array.CreateInstance(nullableDate, items.Length);
            for (int i = 0; i < items.Length; i++)
            {
                var arguments = new object?[] { items[i].Date, null };
                if (!(bool)tryParse.Invoke(null, arguments)!)
                {
                    throw new FormatException(items[i].Date);
                }
                dates.SetValue(arguments[1], i);
            }
            string[] texts = items.Select(item => item.Text).ToArray();
            var analyzeMethod = resolverType.GetMethod("Analyze", new[] { typeof(string), nullableDate })!;

            // i => resolver.Analyze(texts[i], dates[i]), compiled: no reflection on the timed path.
            var index = Expression.Parameter(typeof(int), "i");
            var call = Expression.Call(Expression.Constant(resolver), analyzeMethod,
                Expression.ArrayIndex(Expression.Constant(texts), index),
                Expression.ArrayIndex(Expression.Constant(dates), index));
            var analyze = Expression.Lambda<Func<int, object>>(Expression.Convert(call, typeof(object)), index).Compile();
            return new Side(name, path, analyze, texts.Length);
        }

        public void Batch(int calls, bool record)
        {
            long bytesBefore = GC.GetAllocatedBytesForCurrentThread();
            long cpuBefore = ThreadCpuNanoseconds();
            long start = Stopwatch.GetTimestamp();
            object? last = null;
            for (int k = 0; k < calls; k++)
            {
                int i = _next;
                _next = i + 1 == _strings ? 0 : i + 1;
                last = _analyze(i);
            }
            double wall = Stopwatch.GetElapsedTime(start).TotalMilliseconds * 1000.0 / calls;
            double cpu = (ThreadCpuNanoseconds() - cpuBefore) / 1000.0 / calls;
            long bytes = GC.GetAllocatedBytesForCurrentThread() - bytesBefore;
            GC.KeepAlive(last);
            if (record)
            {
                _wall.Add(wall);
                _cpu.Add(cpu);
                _bytes += bytes;
                _calls += calls;
            }
        }

        private static double Median(List<double> values)
        {
            var sorted = values.OrderBy(v => v).ToList();
            return sorted[sorted.Count / 2];
        }
    }

    // The calling thread's CPU time, in nanoseconds; Linux only, as is this mode.
    private static long ThreadCpuNanoseconds() =>
        ThreadCpuClock.Nanoseconds()
        ?? throw new InvalidOperationException("clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed: --ab runs on 64-bit Linux only.");
}
