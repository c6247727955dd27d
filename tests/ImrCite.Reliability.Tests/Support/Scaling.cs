using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Runtime;
using ImrCite.Testing;
using Xunit;
using Xunit.Abstractions;

namespace ImrCite.Reliability.Tests.Support;

/// <summary>
/// "Doubling the input at most doubles the time", checked as a ratio between two sizes measured side by side
/// in one run — never an absolute time — in processor time. The size grows until the smaller input takes long enough to measure;
/// then the two sizes run interleaved several times and the best time of each is compared. Linear work gives
/// about 2, n log n about 2.1, quadratic work 4; the bound 3 leaves room for noise on a shared machine.
/// </summary>
internal static class Scaling
{
    public const double MaxRatio = 3.0;
    private const double MeasurableMilliseconds = 40;
    private const int Rounds = 7;
    private const long NoGcBytes = 240L * 1024 * 1024;

    /// <summary>Measures <paramref name="run"/> on inputs of size n and 2n and asserts the time ratio.</summary>
    /// <param name="wholeProcess">
    /// Measure the whole process's processor time, not this thread's: for code that hands its work to other threads
    /// (Roslyn's analyzer driver). Run such a test alone (a collection with parallelization disabled).
    /// </param>
    /// <returns>The ratio, and the two sizes.</returns>
    public static (double Ratio, int Small, int Large) AssertLinear<T>(ITestOutputHelper output, string what, Func<int, T> make, Action<T> run, int startSize, int maxSize = 1 << 22, bool wholeProcess = false)
    {
        // A ratio over the bound is measured again before it fails: quadratic work is over it every time, while a
        // burst of load on the shared machine (one such failure was seen at a load average of 50) rarely repeats.
        var result = Measure(output, what, make, run, startSize, maxSize, wholeProcess);
        for (int attempt = 1; attempt < Attempts && result.Ratio >= MaxRatio; attempt++)
        {
            output.WriteLine($"{what}: over the bound, measured again ({attempt + 1} of {Attempts})");
            result = Measure(output, what, make, run, startSize, maxSize, wholeProcess);
        }
        Assert.True(result.Ratio < MaxRatio, $"Doubling the input more than doubled the time, in each of {Attempts} measurements: {result.Line}");
        return (result.Ratio, result.Small, result.Large);
    }

    private const int Attempts = 3;

    private static (double Ratio, int Small, int Large, string Line) Measure<T>(ITestOutputHelper output, string what, Func<int, T> make, Action<T> run, int startSize, int maxSize, bool wholeProcess)
    {
        int n = startSize;
        T small = make(n);
        run(small); // warm up the code paths
        while (Best(run, small, 3, wholeProcess) < MeasurableMilliseconds && 2 * n <= maxSize / 2)
        {
            n *= 2;
            small = make(n);
        }
        T large = make(2 * n);
        run(large);
        double bestSmall = double.MaxValue;
        double bestLarge = double.MaxValue;
        for (int round = 0; round < Rounds; round++)
        {
            bestSmall = Math.Min(bestSmall, Time(run, small, wholeProcess));
            bestLarge = Math.Min(bestLarge, Time(run, large, wholeProcess));
        }
        double ratio = bestLarge / bestSmall;
        string line = string.Create(CultureInfo.InvariantCulture,
            $"{what}: n = {n}: {bestSmall:F1} ms; 2n = {2 * n}: {bestLarge:F1} ms; ratio {ratio:F2}");
        output.WriteLine(line);
        Record(line);
        return (ratio, n, 2 * n, line);
    }

    private static double Best<T>(Action<T> run, T input, int rounds, bool wholeProcess)
    {
        double best = double.MaxValue;
        for (int i = 0; i < rounds; i++)
        {
            best = Math.Min(best, Time(run, input, wholeProcess));
        }
        return best;
    }

    /// <summary>
    /// The processor time the run takes, not the time on the wall clock: the machine is shared, and a busy
    /// neighbour must not look like quadratic work. On Linux it is this thread's time, so the runtime's own
    /// background threads (tiered re-compilation, finalizers) and other test assemblies' work are not charged to
    /// the run; elsewhere, or with <paramref name="wholeProcess"/>, it is the process's.
    /// </summary>
    private static double Time<T>(Action<T> run, T input, bool wholeProcess)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        // Pause garbage collection while measuring, when the runtime can: collections are paced by the
        // runtime's budgets, not by the algorithm, and a full collection of a large live heap would charge one
        // run for the garbage of earlier ones.
        bool paused = false;
        try
        {
            paused = GC.TryStartNoGCRegion(NoGcBytes);
        }
        catch (ArgumentOutOfRangeException)
        {
        }
        var before = process.TotalProcessorTime;
        double? threadBefore = wholeProcess ? null : ThreadMilliseconds();
        try
        {
            run(input);
        }
        finally
        {
            if (paused && GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
            {
                GC.EndNoGCRegion();
            }
        }
        if (threadBefore is { } threadStart && ThreadMilliseconds() is { } threadEnd)
        {
            return threadEnd - threadStart;
        }
        process.Refresh();
        return (process.TotalProcessorTime - before).TotalMilliseconds;
    }

    /// <summary>This thread's processor time in milliseconds, or null where the clock is not available.</summary>
    private static double? ThreadMilliseconds() => ThreadCpuClock.Nanoseconds() is { } nanoseconds ? nanoseconds / 1e6 : null;

    /// <summary>Appends the measurement to <c>IMRCITE_SCALING_REPORT</c>, when set (docs/reliability.md quotes it).</summary>
    private static void Record(string line)
    {
        string? path = Environment.GetEnvironmentVariable("IMRCITE_SCALING_REPORT");
        if (!string.IsNullOrEmpty(path))
        {
            lock (typeof(Scaling))
            {
                File.AppendAllText(path, line + "\n");
            }
        }
    }
}
