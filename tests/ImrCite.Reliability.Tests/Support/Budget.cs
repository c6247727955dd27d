using System;
using System.Globalization;
using System.IO;
using System.Threading;

namespace ImrCite.Reliability.Tests.Support;

/// <summary>
/// How many cases a property runs: a small fixed number in CI (a few seconds per property), or
/// <c>IMRCITE_FUZZ_ITERATIONS</c> for the long fuzz run (scripts/fuzz.sh), which also names a report file in
/// <c>IMRCITE_FUZZ_REPORT</c> where each property appends its cases, failures and time.
/// </summary>
internal static class Budget
{
    private static readonly object ReportLock = new object();

    /// <summary>The iterations for a property whose CI budget is <paramref name="ci"/>.</summary>
    public static long Iterations(long ci) =>
        long.TryParse(Environment.GetEnvironmentVariable("IMRCITE_FUZZ_ITERATIONS"), NumberStyles.None, CultureInfo.InvariantCulture, out long iterations) && iterations > 0
            ? iterations
            : ci;

    /// <summary>Threads for CsCheck: the machine's cores (CI has two).</summary>
    public static int Threads => Math.Max(1, Environment.ProcessorCount);

    /// <summary>Appends one line to the fuzz report, when one is asked for.</summary>
    public static void Report(string property, long cases, long failures, TimeSpan elapsed)
    {
        string? path = Environment.GetEnvironmentVariable("IMRCITE_FUZZ_REPORT");
        if (string.IsNullOrEmpty(path))
        {
            return;
        }
        lock (ReportLock)
        {
            File.AppendAllText(path, string.Create(CultureInfo.InvariantCulture,
                $"{property}\t{cases}\t{failures}\t{elapsed.TotalSeconds:F1}\n"));
        }
    }

    /// <summary>Counts the cases a property actually ran (CsCheck may stop early on a failure).</summary>
    public sealed class Counter
    {
        private long _cases;

        public long Cases => Interlocked.Read(ref _cases);

        public void Add() => Interlocked.Increment(ref _cases);
    }
}
