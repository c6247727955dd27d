using System;
using System.Runtime.InteropServices;

namespace ImrCite.Testing;

/// <summary>
/// The calling thread's processor time, from Linux's <c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>: time spent
/// waiting for a core on a shared machine is left out, and so is the work of the runtime's background threads.
/// The one copy, linked into the reliability tests' time ratios and the benchmarks' A/B mode.
/// </summary>
internal static class ThreadCpuClock
{
    private const int ClockThreadCpuTimeId = 3; // CLOCK_THREAD_CPUTIME_ID on Linux

    /// <summary>This thread's processor time in nanoseconds, or null where the clock is not available (not 64-bit Linux).</summary>
    public static long? Nanoseconds()
    {
        if (!OperatingSystem.IsLinux() || !Environment.Is64BitProcess)
        {
            return null;
        }
        try
        {
            return ClockGetTime(ClockThreadCpuTimeId, out var time) == 0 ? time.Seconds * 1_000_000_000L + time.Nanoseconds : null;
        }
        catch (DllNotFoundException)
        {
            return null;
        }
        catch (EntryPointNotFoundException)
        {
            return null;
        }
    }

    // struct timespec on 64-bit Linux: two 64-bit fields.
    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);
}
