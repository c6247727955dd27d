using System.Diagnostics;
using System.Diagnostics.Tracing;

namespace ImrCite.Benchmarks;

/// <summary>
/// The validator timed by a plain in-process loop, steadier than BenchmarkDotNet's means on a loaded machine:
/// <c>--loop MIX [seconds]</c> runs <see cref="ValidatorBenchmarks.Analyze"/> over the mix (the same strings, dates
/// and setup) in batches of 20 passes for the given time (default 3 s) and prints the best and median batch per
/// string, the process CPU time per string (which leaves out time spent waiting for a core), the bytes
/// allocated per string, and the garbage collections with the time the runtime was paused for them (GC's share). With <c>--alloc</c> it also lists what is allocated, by type, from the runtime's
/// allocation events (one event per ~100 KB allocated, so the shares are a sample).
/// </summary>
internal static class ValidatorLoop
{
    /// <summary>Runs the loop; returns the exit code.</summary>
    public static int Run(string mix, double seconds, bool byType = false)
    {
        using var listener = byType ? new AllocationListener() : null;
        var benchmark = new ValidatorBenchmarks { Mix = mix };
        benchmark.Setup();
        int strings = benchmark.MixSize;
        int perBatch = strings * 20;

        // Warm up: enough calls for tiered compilation to reach the optimised code.
        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed.TotalSeconds < Math.Min(1.0, seconds / 3))
        {
            for (int k = 0; k < perBatch; k++)
            {
                benchmark.Analyze();
            }
        }

        listener?.Reset(); // only what the timed loop allocates
        var batches = new List<double>();
        long calls = 0;
        long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        int collectionsBefore = GC.CollectionCount(0);
        var pausedBefore = GC.GetTotalPauseDuration();
        var total = Stopwatch.StartNew();
        while (total.Elapsed.TotalSeconds < seconds)
        {
            long start = Stopwatch.GetTimestamp();
            for (int k = 0; k < perBatch; k++)
            {
                benchmark.Analyze();
            }
            batches.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds * 1000.0 / perBatch);
            calls += perBatch;
        }
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var elapsed = total.Elapsed;
        int collections = GC.CollectionCount(0) - collectionsBefore;
        var paused = GC.GetTotalPauseDuration() - pausedBefore;
        long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        batches.Sort();
        Console.WriteLine($"loop {mix}: {calls:N0} strings in {batches.Count} batches; best {batches[0]:F3} µs, median {batches[batches.Count / 2]:F3} µs per string; "
            + $"process CPU {cpu.TotalMilliseconds * 1000.0 / calls:F3} µs per string; {(double)allocated / calls:F0} B allocated per string; "
            + $"{collections} collections, paused {paused.TotalMilliseconds * 1000.0 / calls:F3} µs per string ({100.0 * paused.TotalMilliseconds / elapsed.TotalMilliseconds:F1}% of the time)");
        listener?.Print();
        return 0;
    }

    /// <summary>Counts the runtime's GCAllocationTick events by type name: where the allocated bytes go.</summary>
    private sealed class AllocationListener : EventListener
    {
        private readonly Dictionary<string, long> _bytes = new(StringComparer.Ordinal);
        private long _total;

        protected override void OnEventSourceCreated(EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1); // the GC keyword
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (e.EventName is not "GCAllocationTick_V4" || e.Payload is null)
            {
                return;
            }
            string type = e.Payload[e.PayloadNames!.IndexOf("TypeName")] as string ?? "?";
            long amount = Convert.ToInt64(e.Payload[e.PayloadNames.IndexOf("AllocationAmount64")], System.Globalization.CultureInfo.InvariantCulture);
            lock (_bytes)
            {
                _bytes[type] = _bytes.GetValueOrDefault(type) + amount;
                _total += amount;
            }
        }

        public void Reset()
        {
            lock (_bytes)
            {
                _bytes.Clear();
                _total = 0;
            }
        }

        public void Print()
        {
            lock (_bytes)
            {
                foreach (var (type, bytes) in _bytes.OrderByDescending(p => p.Value).Take(20))
                {
                    Console.WriteLine($"  {100.0 * bytes / Math.Max(1, _total),5:F1}%  {type}");
                }
            }
        }
    }
}
