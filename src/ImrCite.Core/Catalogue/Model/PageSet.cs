namespace ImrCite.Catalogue;

/// <summary>An inclusive range of page numbers. A range may be reversed when read from a citation; validators report it.</summary>
/// <param name="first">The first page as written.</param>
/// <param name="last">The last page as written.</param>
#if IMRCITE_PUBLIC
public readonly struct PageRange(int first, int last) : IEquatable<PageRange>, IComparable<PageRange>
#else
internal readonly struct PageRange(int first, int last) : IEquatable<PageRange>, IComparable<PageRange>
#endif
{
    /// <summary>The first page as written.</summary>
    public int First { get; } = first;

    /// <summary>The last page as written.</summary>
    public int Last { get; } = last;

    /// <summary>True when the range runs backwards (e.g. 96-74).</summary>
    public bool IsReversed => Last < First;

    /// <summary>The lower page.</summary>
    public int Low => Math.Min(First, Last);

    /// <summary>The higher page.</summary>
    public int High => Math.Max(First, Last);

    /// <summary>True when <paramref name="page"/> lies in the range.</summary>
    public bool Contains(int page) => page >= Low && page <= High;

    /// <summary>Number of pages shared with <paramref name="other"/>.</summary>
    public int OverlapWith(PageRange other) => Math.Max(0, Math.Min(High, other.High) - Math.Max(Low, other.Low) + 1);

    /// <summary>"74-96", or "24" for a single page.</summary>
    public override string ToString() => First == Last
        ? First.ToString(CultureInfo.InvariantCulture)
        : First.ToString(CultureInfo.InvariantCulture) + "-" + Last.ToString(CultureInfo.InvariantCulture);

    /// <summary>"74–96" with an en dash, for canonical citations.</summary>
    public string ToDisplayString() => First == Last
        ? First.ToString(CultureInfo.InvariantCulture)
        : First.ToString(CultureInfo.InvariantCulture) + "\u2013" + Last.ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public bool Equals(PageRange other) => First == other.First && Last == other.Last;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PageRange other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => First * 397 ^ Last;

    /// <inheritdoc />
    public int CompareTo(PageRange other) => Low != other.Low ? Low.CompareTo(other.Low) : High.CompareTo(other.High);

    /// <summary>Value equality.</summary>
    public static bool operator ==(PageRange left, PageRange right) => left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(PageRange left, PageRange right) => !left.Equals(right);
}

/// <summary>
/// A set of pages written as ranges and lists ("74-96", "76, 80-82"). Keeps the ranges in the order
/// written, so a reversed or overlapping range can be reported where it stands.
/// </summary>
#if IMRCITE_PUBLIC
public sealed class PageSet : IEquatable<PageSet>
#else
internal sealed class PageSet : IEquatable<PageSet>
#endif
{
    private readonly PageRange[] _ranges;
    private PageRange[]? _normalized;

    /// <summary>Creates a page set from ranges in written order.</summary>
    public PageSet(IEnumerable<PageRange> ranges)
        : this(Copy(ranges), owned: true)
    {
    }

    /// <summary>One range: what <c>Pages(74, 96)</c> builds, with no array beyond the set's own.</summary>
    internal PageSet(PageRange range)
        : this(new[] { range }, owned: true)
    {
    }

    /// <summary>A set that takes <paramref name="ranges"/> as its own, uncopied: for a caller that made the array and keeps no other reference to it.</summary>
    internal static PageSet Owning(PageRange[] ranges) => new(ranges, owned: true);

    // Takes the array as the set's own: every caller passes a fresh copy nobody else holds (the flag only
    // tells this constructor apart from the public params one).
    private PageSet(PageRange[] ranges, bool owned)
    {
        _ = owned;
        _ranges = ranges;
        int low = int.MaxValue;
        int high = 0;
        foreach (var range in _ranges)
        {
            low = Math.Min(low, range.Low);
            high = Math.Max(high, range.High);
        }
        Low = low;
        High = high;
    }

    /// <summary>Creates a page set from ranges in written order.</summary>
    public PageSet(params PageRange[] ranges)
        : this(Copy(ranges), owned: true)
    {
    }

    private static PageRange[] Copy(IEnumerable<PageRange> ranges)
    {
        if (ranges is ICollection<PageRange> collection)
        {
            var copy = new PageRange[collection.Count];
            collection.CopyTo(copy, 0);
            return copy;
        }
        return new List<PageRange>(ranges).ToArray();
    }

    /// <summary>The ranges as written.</summary>
    public IReadOnlyList<PageRange> Ranges => _ranges;

    /// <summary>True when the set has no pages.</summary>
    public bool IsEmpty => _ranges.Length == 0;

    /// <summary>The lowest page.</summary>
    public int Low { get; }

    /// <summary>The highest page.</summary>
    public int High { get; }

    /// <summary>
    /// The same pages as ascending ranges, overlapping and adjacent ones merged; computed once. Every query
    /// below works on these, by binary search or one merge pass, so no query walks page by page.
    /// </summary>
    private PageRange[] Merged => _normalized ??= Merge(_ranges);

    private static PageRange[] Merge(PageRange[] ranges)
    {
        var sorted = new PageRange[ranges.Length];
        for (int i = 0; i < ranges.Length; i++)
        {
            sorted[i] = new PageRange(ranges[i].Low, ranges[i].High);
        }
        Array.Sort(sorted);
        var merged = new List<PageRange>(sorted.Length);
        foreach (var range in sorted)
        {
            // long: page + 1 must not overflow for int.MaxValue.
            if (merged.Count > 0 && range.Low <= (long)merged[merged.Count - 1].High + 1)
            {
                var last = merged[merged.Count - 1];
                merged[merged.Count - 1] = new PageRange(last.Low, Math.Max(last.High, range.High));
            }
            else
            {
                merged.Add(range);
            }
        }
        return merged.ToArray();
    }

    /// <summary>The index of the merged range that holds <paramref name="page"/>, or -1.</summary>
    private int IndexOfPage(int page)
    {
        var merged = Merged;
        int lo = 0;
        int hi = merged.Length - 1;
        while (lo <= hi)
        {
            int mid = lo + ((hi - lo) >> 1);
            if (page < merged[mid].Low)
            {
                hi = mid - 1;
            }
            else if (page > merged[mid].High)
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }
        return -1;
    }

    /// <summary>True when <paramref name="page"/> is in the set.</summary>
    public bool Contains(int page) => IndexOfPage(page) >= 0;

    /// <summary>True when every page of <paramref name="range"/> is in the set.</summary>
    public bool Contains(PageRange range)
    {
        // Merged ranges are separated by at least one missing page, so a run of pages lies in one of them.
        int index = IndexOfPage(range.Low);
        return index >= 0 && range.High <= Merged[index].High;
    }

    /// <summary>True when every page of <paramref name="other"/> is in this set.</summary>
    public bool Contains(PageSet other)
    {
        foreach (var range in other.Merged)
        {
            if (!Contains(range))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Number of pages shared with <paramref name="other"/>.</summary>
    public int OverlapWith(PageSet other)
    {
        var mine = Merged;
        var theirs = other.Merged;
        long shared = 0;
        int i = 0;
        int j = 0;
        while (i < mine.Length && j < theirs.Length)
        {
            shared += mine[i].OverlapWith(theirs[j]);
            if (mine[i].High < theirs[j].High)
            {
                i++;
            }
            else
            {
                j++;
            }
        }
        return (int)Math.Min(int.MaxValue, shared);
    }

    /// <summary>The pages of <paramref name="other"/> that are not in this set, as ranges.</summary>
    public PageSet Outside(PageSet other)
    {
        var mine = Merged;
        var outside = new List<PageRange>();
        int i = 0;
        foreach (var range in other.Merged)
        {
            long next = range.Low; // the first page of the range not yet accounted for
            while (i < mine.Length && mine[i].High < next)
            {
                i++;
            }
            int k = i;
            while (next <= range.High)
            {
                if (k >= mine.Length || mine[k].Low > range.High)
                {
                    outside.Add(new PageRange((int)next, range.High));
                    break;
                }
                if (mine[k].Low > next)
                {
                    outside.Add(new PageRange((int)next, mine[k].Low - 1));
                }
                next = (long)mine[k].High + 1;
                k++;
            }
        }
        return new PageSet(outside);
    }

    /// <summary>The same pages as ascending, merged ranges.</summary>
    public PageSet Normalize() => new PageSet(Merged);

    /// <summary>"76, 80-82": the catalogue form.</summary>
    public override string ToString() => Join(useDisplay: false);

    /// <summary>"76, 80–82": the display form with en dashes.</summary>
    public string ToDisplayString() => Join(useDisplay: true);

    /// <summary>"p. 24" or "pp. 74–96": the form canonical citations use.</summary>
    public string ToCitationString() =>
        _ranges.Length == 1 && _ranges[0].First == _ranges[0].Last ? "p. " + ToDisplayString() : "pp. " + ToDisplayString();

    private string Join(bool useDisplay)
    {
        var builder = new StringBuilder();
        for (int i = 0; i < _ranges.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }
            builder.Append(useDisplay ? _ranges[i].ToDisplayString() : _ranges[i].ToString());
        }
        return builder.ToString();
    }

    /// <inheritdoc />
    public bool Equals(PageSet? other)
    {
        if (other is null || other._ranges.Length != _ranges.Length)
        {
            return false;
        }
        for (int i = 0; i < _ranges.Length; i++)
        {
            if (!_ranges[i].Equals(other._ranges[i]))
            {
                return false;
            }
        }
        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PageSet);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        int hash = 17;
        foreach (var range in _ranges)
        {
            hash = hash * 31 + range.GetHashCode();
        }
        return hash;
    }

    /// <summary>
    /// Parses the catalogue form: comma-separated pages and ranges, with '-' or an en dash.
    /// Returns null and an explanation when the text is not a page set. Reversed ranges parse (the
    /// validator reports them).
    /// </summary>
    public static PageSet? TryParse(string text, out string? error)
    {
        error = null;
        var ranges = new List<PageRange>();
        string[] parts = text.Split(',');
        foreach (string rawPart in parts)
        {
            string part = rawPart.Trim();
            if (part.Length == 0)
            {
                error = "an empty entry between commas";
                return null;
            }
            int dash = part.IndexOfAny(new[] { '-', '\u2013', '\u2014' });
            string firstText = dash < 0 ? part : part.Substring(0, dash).Trim();
            string lastText = dash < 0 ? part : part.Substring(dash + 1).Trim();
            if (!TryParsePage(firstText, out int first) || !TryParsePage(lastText, out int last))
            {
                error = $"'{part}' is not a page or a range of pages";
                return null;
            }
            ranges.Add(new PageRange(first, last));
        }
        return new PageSet(ranges);
    }

    /// <summary>Parses the catalogue form, or throws <see cref="FormatException"/>; for code that builds page sets from constants.</summary>
    public static PageSet Parse(string text) =>
        TryParse(text, out string? error) ?? throw new FormatException($"'{text}' is not a page set: {error}.");

    private static bool TryParsePage(string text, out int page)
    {
        page = 0;
        if (text.Length == 0 || text.Length > 6)
        {
            return false;
        }
        foreach (char c in text)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }
        }
        page = int.Parse(text, CultureInfo.InvariantCulture);
        return page > 0;
    }
}
