using System.IO.Compression;
using System.Threading;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace ImrCite.Cli.Letters;

/// <summary>
/// A budget of decoded bytes for one PDF: every stream PdfPig decodes goes through <see cref="Filters"/>, which
/// counts what it inflates and refuses a Flate stream that would take the document past the budget — measured
/// by streaming it through a decompressor that keeps nothing, before PdfPig inflates it. A small file whose
/// content inflates to gigabytes (a compression bomb) therefore costs at most the budget.
/// <para>
/// Within a page (<see cref="StartPage"/>) a stream is decoded and counted once: the glyph bound
/// (<see cref="PdfPageGlyphs"/>) decodes the page's content streams before PdfPig lays the page out, and PdfPig decodes
/// them again. PdfPig 0.1 keeps no decoded stream (<c>StreamToken.Decode</c> is an extension that runs the filters at
/// each call) and takes no decoded bytes from outside (a page factory gets the page dictionary, not its content), so
/// the filters remember what they decoded for the page — by filter, encoded bytes and stream dictionary, checked byte
/// for byte — and hand the same bytes back. Every other decode of the same stream is free, the rest counted: the two
/// passes over a page count each use of a stream once, and a stream a page uses ten thousand times (a page's contents
/// listing one inflating stream again and again, which PdfPig joins into one buffer) still counts ten thousand times.
/// Memory is the page's decoded streams, which PdfPig holds while it lays the page out anyway.
/// </para>
/// </summary>
internal sealed class PdfBudget
{
    private readonly PageDecodes _page = new();
    private long _remaining;
    private long _needed;

    public PdfBudget(long bytes)
    {
        Limit = bytes;
        _remaining = bytes;
        Filters = new BoundedFilterProvider(this);
    }

    /// <summary>Forgets the streams decoded for the page before: from now on each is decoded, and counted, again.</summary>
    public void StartPage() => _page.Clear();

    /// <summary>The budget in bytes.</summary>
    public long Limit { get; }

    /// <summary>True once a stream was refused.</summary>
    public bool Exceeded { get; private set; }

    /// <summary>The filter provider to give PdfPig (<c>ParsingOptions.FilterProvider</c>).</summary>
    public IFilterProvider Filters { get; }

    /// <summary>
    /// The smallest budget with which this document's streams, decoded so far, would all have been accepted: the
    /// most the budget was ever asked for, counting each Flate stream's look-ahead. A document read whole within a
    /// budget is read whole, in the same way, within any budget of at least this (the page-text cache checks it).
    /// </summary>
    public long Needed => Interlocked.Read(ref _needed);

    /// <summary>Takes <paramref name="bytes"/> from the budget; false (and exceeded) when there is not that much left.</summary>
    private bool Take(long bytes)
    {
        long remaining = Interlocked.Add(ref _remaining, -bytes);
        Need(Limit - remaining);
        if (remaining < 0)
        {
            Exceeded = true;
            return false;
        }
        return true;
    }

    /// <summary>Records that the budget had to hold <paramref name="bytes"/> in all.</summary>
    private void Need(long bytes)
    {
        long seen;
        while (bytes > (seen = Interlocked.Read(ref _needed)) && Interlocked.CompareExchange(ref _needed, bytes, seen) != seen)
        {
        }
    }

    private long Remaining => Math.Max(0, Interlocked.Read(ref _remaining));

    /// <summary>True when <paramref name="bytes"/> more would not fit; either way, the look-ahead counts towards <see cref="Needed"/>.</summary>
    private bool Ask(long bytes)
    {
        long remaining = Remaining;
        Need(Limit - remaining + bytes);
        return bytes > remaining;
    }

    /// <summary>How many bytes a zlib (Flate) stream inflates to, counting no further than <paramref name="limit"/> + 1; null if it is not readable zlib.</summary>
    private static long? InflatedSize(ReadOnlyMemory<byte> input, long limit)
    {
        try
        {
            using var source = new MemoryStream(input.ToArray(), writable: false);
            using var inflater = new ZLibStream(source, CompressionMode.Decompress);
            byte[] buffer = new byte[1 << 16];
            long total = 0;
            int read;
            while ((read = inflater.Read(buffer, 0, buffer.Length)) > 0)
            {
                total += read;
                if (total > limit)
                {
                    return total;
                }
            }
            return total;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>Thrown when a stream would take the document past its budget.</summary>
    internal sealed class ExceededException(long limit) : Exception($"the PDF's compressed content inflates to more than {LetterLimits.Describe(limit)}");

    private sealed class BoundedFilterProvider(PdfBudget budget) : IFilterProvider
    {
        private readonly IFilterProvider _inner = DefaultFilterProvider.Instance;

        public IReadOnlyList<IFilter> GetFilters(DictionaryToken dictionary) => Wrap(_inner.GetFilters(dictionary));

        public IReadOnlyList<IFilter> GetNamedFilters(IReadOnlyList<NameToken> names) => Wrap(_inner.GetNamedFilters(names));

        public IReadOnlyList<IFilter> GetAllFilters() => Wrap(_inner.GetAllFilters());

        private IReadOnlyList<IFilter> Wrap(IReadOnlyList<IFilter> filters) => filters.Select(f => (IFilter)new BoundedFilter(f, budget)).ToList();
    }

    /// <summary>One stream decoded for the current page, and whether its next decode is free (the other pass's).</summary>
    private sealed class PageDecode(Type filter, DictionaryToken dictionary, int index, ReadOnlyMemory<byte> input, Memory<byte> output)
    {
        public Type Filter { get; } = filter;

        public DictionaryToken Dictionary { get; } = dictionary;

        public int Index { get; } = index;

        public ReadOnlyMemory<byte> Input { get; } = input;

        public Memory<byte> Output { get; } = output;

        /// <summary>True when the last decode was counted, so the next is free; each decode flips it.</summary>
        public bool NextIsFree { get; set; } = true;
    }

    /// <summary>What the filters decoded for the current page: (filter, stream dictionary, encoded bytes) → decoded bytes.</summary>
    private sealed class PageDecodes
    {
        private readonly Dictionary<int, List<PageDecode>> _byHash = [];

        public void Clear()
        {
            lock (_byHash)
            {
                _byHash.Clear();
            }
        }

        public bool TryGet(IFilter filter, DictionaryToken dictionary, int index, ReadOnlyMemory<byte> input, int hash, out PageDecode? found)
        {
            lock (_byHash)
            {
                if (_byHash.TryGetValue(hash, out var entries))
                {
                    foreach (var entry in entries)
                    {
                        // The same filter at the same place of the same dictionary's chain, on the same bytes: the same output.
                        if (entry.Filter == filter.GetType() && entry.Index == index && entry.Dictionary.Equals(dictionary)
                            && entry.Input.Span.SequenceEqual(input.Span))
                        {
                            found = entry;
                            return true;
                        }
                    }
                }
            }
            found = null;
            return false;
        }

        public void Add(IFilter filter, DictionaryToken dictionary, int index, ReadOnlyMemory<byte> input, int hash, Memory<byte> output)
        {
            lock (_byHash)
            {
                if (!_byHash.TryGetValue(hash, out var entries))
                {
                    _byHash[hash] = entries = [];
                }
                entries.Add(new PageDecode(filter.GetType(), dictionary, index, input, output));
            }
        }

        public static int Hash(ReadOnlySpan<byte> input)
        {
            var hash = default(HashCode);
            hash.AddBytes(input);
            hash.Add(input.Length);
            return hash.ToHashCode();
        }
    }

    private sealed class BoundedFilter(IFilter inner, PdfBudget budget) : IFilter
    {
        public bool IsSupported => inner.IsSupported;

        public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
        {
            if (budget.Exceeded)
            {
                throw new ExceededException(budget.Limit);
            }
            int hash = PageDecodes.Hash(input.Span);
            if (budget._page.TryGet(inner, streamDictionary, filterIndex, input, hash, out var decoded))
            {
                // Decoded earlier on this page: every other use is free (the other pass over the page), the rest counted.
                lock (decoded!)
                {
                    bool free = decoded.NextIsFree;
                    decoded.NextIsFree = !free;
                    if (!free && !budget.Take(decoded.Output.Length))
                    {
                        throw new ExceededException(budget.Limit);
                    }
                }
                return decoded.Output;
            }
            if (inner is FlateFilter && InflatedSize(input, budget.Remaining) is { } size && budget.Ask(size))
            {
                budget.Exceeded = true;
                throw new ExceededException(budget.Limit);
            }
            var output = inner.Decode(input, streamDictionary, filterProvider, filterIndex);
            if (!budget.Take(output.Length))
            {
                throw new ExceededException(budget.Limit);
            }
            budget._page.Add(inner, streamDictionary, filterIndex, input, hash, output);
            return output;
        }
    }
}
