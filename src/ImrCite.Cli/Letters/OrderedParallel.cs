using System.Runtime.ExceptionServices;
using System.Threading;

namespace ImrCite.Cli.Letters;

/// <summary>
/// Maps a list on worker threads and yields the results in the list's order, each as soon as it and every one
/// before it are done. No barrier between batches: a worker that finishes a letter takes the next one while the
/// caller writes, so every core stays busy. Workers run at most <c>window</c> items ahead of the caller, which
/// bounds memory by the window, never by the length of the list.
/// </summary>
internal static class OrderedParallel
{
    /// <summary>
    /// The results of <paramref name="map"/> over <paramref name="items"/>, in order, computed by
    /// <paramref name="workers"/> threads at most <paramref name="window"/> items ahead of the caller. An exception
    /// thrown by <paramref name="map"/> is thrown to the caller at that item's place; a caller that stops early
    /// stops the workers.
    /// </summary>
    public static IEnumerable<TResult> Map<TSource, TResult>(IReadOnlyList<TSource> items, Func<TSource, TResult> map, int workers, int window)
    {
        if (items.Count == 0)
        {
            yield break;
        }
        var run = new Run<TSource, TResult>(items, map, Math.Max(window, Math.Max(1, workers)));
        var threads = new Thread[Math.Clamp(workers, 1, items.Count)];
        for (int i = 0; i < threads.Length; i++)
        {
            threads[i] = new Thread(run.Work) { IsBackground = true, Name = "imrcite worker" };
            threads[i].Start();
        }
        try
        {
            for (int i = 0; i < items.Count; i++)
            {
                yield return run.Take(i);
            }
        }
        finally
        {
            run.Stop();
            foreach (var thread in threads)
            {
                thread.Join();
            }
        }
    }

    private sealed class Run<TSource, TResult>
    {
        private readonly object _gate = new();
        private readonly IReadOnlyList<TSource> _items;
        private readonly Func<TSource, TResult> _map;
        private readonly (bool Done, TResult? Result, ExceptionDispatchInfo? Failure)[] _slots;
        private int _claimed;
        private int _taken;
        private bool _stopped;

        public Run(IReadOnlyList<TSource> items, Func<TSource, TResult> map, int window)
        {
            _items = items;
            _map = map;
            _slots = new (bool, TResult?, ExceptionDispatchInfo?)[window];
        }

        /// <summary>A worker: claims the next item while it is within the window of the caller, maps it, files the result in its slot.</summary>
        public void Work()
        {
            while (true)
            {
                int index;
                lock (_gate)
                {
                    while (!_stopped && _claimed < _items.Count && _claimed >= _taken + _slots.Length)
                    {
                        Monitor.Wait(_gate);
                    }
                    if (_stopped || _claimed >= _items.Count)
                    {
                        return;
                    }
                    index = _claimed++;
                }
                TResult? result = default;
                ExceptionDispatchInfo? failure = null;
                try
                {
                    result = _map(_items[index]);
                }
                catch (Exception ex)
                {
                    failure = ExceptionDispatchInfo.Capture(ex);
                }
                lock (_gate)
                {
                    // Item index - window has been taken (the claim waited for it), so its slot is free.
                    _slots[index % _slots.Length] = (true, result, failure);
                    Monitor.PulseAll(_gate);
                }
            }
        }

        /// <summary>The caller: waits for item <paramref name="index"/> (taken in order), frees its slot for a worker.</summary>
        public TResult Take(int index)
        {
            (bool Done, TResult? Result, ExceptionDispatchInfo? Failure) slot;
            lock (_gate)
            {
                while (!_slots[index % _slots.Length].Done)
                {
                    Monitor.Wait(_gate);
                }
                slot = _slots[index % _slots.Length];
                _slots[index % _slots.Length] = default;
                _taken = index + 1;
                Monitor.PulseAll(_gate);
            }
            slot.Failure?.Throw();
            return slot.Result!;
        }

        /// <summary>Makes every worker return once its current item is done.</summary>
        public void Stop()
        {
            lock (_gate)
            {
                _stopped = true;
                Monitor.PulseAll(_gate);
            }
        }
    }
}
