using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ImrCite.Cli.Letters;
using Xunit;

namespace ImrCite.Cli.Tests;

/// <summary>
/// The lint's worker pool: results come back in input order whatever order the workers finish in, workers never run
/// more than the window ahead of the caller, a failure surfaces at its item, and a caller that stops early stops the workers.
/// </summary>
public sealed class OrderedParallelTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 4)]
    [InlineData(4, 16)]
    [InlineData(8, 3)]
    public void Results_come_in_input_order_whatever_order_the_workers_finish_in(int workers, int window)
    {
        var items = Enumerable.Range(0, 500).ToList();
        // Later items of each group finish first: without the reordering the output would not be sorted.
        var results = OrderedParallel.Map(items, i =>
        {
            Thread.SpinWait((7 - i % 7) * 200);
            return i * 3;
        }, workers, window).ToList();

        Assert.Equal(items.Select(i => i * 3), results);
    }

    [Fact]
    public void Workers_stay_within_the_window_of_the_caller()
    {
        const int window = 5;
        int started = 0;
        int furthestAhead = 0;
        int taken = 0;
        foreach (int i in OrderedParallel.Map(Enumerable.Range(0, 200).ToList(), i =>
        {
            int ahead = Interlocked.Increment(ref started) - Volatile.Read(ref taken);
            InterlockedMax(ref furthestAhead, ahead);
            return i;
        }, workers: 4, window))
        {
            Assert.Equal(taken, i);
            Thread.Sleep(i % 20 == 0 ? 5 : 0); // a slow writer now and then: the workers must wait for it
            Interlocked.Increment(ref taken);
        }

        Assert.Equal(200, taken);
        // The item the caller is writing counts as taken already: at most the window beyond it.
        Assert.InRange(furthestAhead, 1, window + 1);
    }

    [Fact]
    public void A_failure_is_thrown_at_its_item_after_the_items_before_it()
    {
        var seen = new List<int>();
        var error = Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (int i in OrderedParallel.Map(Enumerable.Range(0, 100).ToList(), i => i == 37 ? throw new InvalidOperationException("item 37") : i, 3, 8))
            {
                seen.Add(i);
            }
        });

        Assert.Equal("item 37", error.Message);
        Assert.Equal(Enumerable.Range(0, 37), seen);
    }

    [Fact]
    public void A_caller_that_stops_early_stops_the_workers()
    {
        int mapped = 0;
        var first = OrderedParallel.Map(Enumerable.Range(0, 100_000).ToList(), i =>
        {
            Interlocked.Increment(ref mapped);
            return i;
        }, 2, 10).Take(3).ToList();

        Assert.Equal(new[] { 0, 1, 2 }, first);
        // The enumerator's disposal joined the workers: nothing more is mapped after it, and little was mapped before.
        int after = Volatile.Read(ref mapped);
        Thread.Sleep(20);
        Assert.Equal(after, Volatile.Read(ref mapped));
        Assert.InRange(after, 3, 3 + 10 + 2);
    }

    [Fact]
    public void An_empty_list_gives_nothing() =>
        Assert.Empty(OrderedParallel.Map(Array.Empty<int>(), i => i, 2, 4));

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while (value > (current = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
