using ImrCite.Catalogue;
using ImrCite.Diagnostics;

namespace ImrCite.Citations;

/// <summary>Page lists: "Page(s): 74-80, 88 of 127", "pp. 303 to 304", "Page 74-Page 78".</summary>
internal partial struct StatementReader
{
    private static readonly string[] PageWords = { "pages", "page", "pp.", "pp", "pg.", "pgs.", "p." };
    private static readonly string[] PageWordsBeforeNumber = { "pages", "page", "pp.", "pgs.", "pg.", "p." };

    /// <summary>Finds "Page(s):", "Pages", "Page", "pp." or "p." followed by a page number (or, for "Page(s)", by anything) in [start, end).</summary>
    private int FindPagesMarker(int start, int end, out int listStart)
    {
        listStart = -1;
        for (int i = start; i < end; i++)
        {
            int next = _text.AsSpan(i, end - i).IndexOfAny('p', 'P');
            if (next < 0)
            {
                return -1;
            }
            i += next;
            if (i > start && char.IsLetterOrDigit(_text[i - 1]))
            {
                continue;
            }
            // Every page word goes on with 'a', 'p', 'g' or '.' ("page", "pp.", "pgs.", "p."): most words do not.
            if (i + 1 >= end || char.ToLowerInvariant(_text[i + 1]) is not ('a' or 'p' or 'g' or '.'))
            {
                continue;
            }
            // The only page words that go on with 'a' are "page…", so a 'g' (only 'g' and 'G' have this low bit
            // pattern) must follow: "Pain", "Part", "Patient" are left here without comparing every page word.
            if ((_text[i + 1] | 0x20) == 'a' && (i + 2 >= end || (_text[i + 2] | 0x20) != 'g'))
            {
                continue;
            }
            bool closed = Scan.StartsWithIgnoreCase(_text, i, end, "page(s)");
            if (closed || Scan.StartsWithIgnoreCase(_text, i, end, "page(s"))
            {
                // "Page(s" without its ')' is a common truncation; the parenthesis check reports it.
                int p = Scan.SkipSpaces(_text, i + (closed ? "page(s)".Length : "page(s".Length), end);
                if (p < end && _text[p] == ':')
                {
                    p++;
                }
                listStart = p;
                return i;
            }
            foreach (string word in PageWords)
            {
                if (Scan.StartsWithIgnoreCase(_text, i, end, word) && (word.EndsWith(".", StringComparison.Ordinal) || i + word.Length >= end || !char.IsLetter(_text[i + word.Length])))
                {
                    int p = i + word.Length;
                    if (p < end && _text[p] == ':')
                    {
                        p++;
                    }
                    int digits = Scan.SkipSpaces(_text, p, end);
                    if (digits < end && char.IsDigit(_text[digits]))
                    {
                        listStart = p;
                        return i;
                    }
                    if (word == "pages" || word == "page")
                    {
                        int colon = Scan.SkipSpaces(_text, i + word.Length, end);
                        if (colon < end && _text[colon] == ':')
                        {
                            listStart = colon + 1;
                            return i;
                        }
                    }
                    break;
                }
            }
        }
        return -1;
    }

    /// <summary>
    /// Reads the page items after a marker; returns the offset just past the list. A defect of several items of one
    /// list — reversed ranges, items that are no page number — is one finding (<see cref="ItemDefects"/>), not one per item.
    /// </summary>
    private int ReadPageList(int markerStart, int position, int end, CitationSegment segment)
    {
        var reversed = new ItemDefects();
        var malformed = new ItemDefects();
        int after = ReadPageItems(markerStart, position, end, segment, reversed, malformed);
        var folded = new List<CitationProblem>(2);
        if (reversed.First is { } firstReversed)
        {
            folded.Add(reversed.Count == 1 ? firstReversed : new CitationProblem(Rules.ReversedPageRange,
                new object?[] { firstReversed.Arguments[0] + reversed.Others("more in this page list"), firstReversed.Arguments[1] + " (and the others the same way)" },
                reversed.Start, reversed.Length));
        }
        if (malformed.First is { } firstMalformed)
        {
            folded.Add(malformed.Count == 1 ? firstMalformed : new CitationProblem(Rules.MalformedCitation,
                new object?[] { firstMalformed.Arguments[0] + malformed.Others("more items of this page list") },
                malformed.Start, malformed.Length));
        }
        if (folded.Count == 2 && folded[1].Start < folded[0].Start)
        {
            folded.Reverse(); // in the order of the text, as the items stand
        }
        foreach (var problem in folded)
        {
            segment.AddProblem(problem);
        }
        return after;
    }

    /// <summary>One kind of defect in the items of one page list: the first as it would be reported alone, how many, what the next few are, and the span from the first to the last.</summary>
    private sealed class ItemDefects
    {
        private readonly List<string> _next = new();

        public CitationProblem? First { get; private set; }

        public int Count { get; private set; }

        public int Start { get; private set; }

        public int Length => _end - Start;

        private int _end;

        public void Add(CitationProblem problem, string item)
        {
            if (Count++ == 0)
            {
                First = problem;
                Start = problem.Start;
            }
            else if (_next.Count < CompactList.Shown - 1)
            {
                _next.Add(item);
            }
            _end = problem.Start + problem.Length;
        }

        /// <summary>" (and 3 more in this page list: 80-78, 90-85, 99-98)": how many others, the next few named.</summary>
        public string Others(string what)
        {
            var builder = new StringBuilder(" (and ").Append((Count - 1).ToString(CultureInfo.InvariantCulture)).Append(' ').Append(what).Append(": ");
            builder.Append(string.Join(", ", _next));
            if (Count - 1 > _next.Count)
            {
                builder.Append(", …");
            }
            return builder.Append(')').ToString();
        }
    }

    private int ReadPageItems(int markerStart, int position, int end, CitationSegment segment, ItemDefects reversed, ItemDefects malformed)
    {
        bool first = true;
        int afterLast = position;
        while (true)
        {
            int itemStart = SkipPageWord(Scan.SkipSpaces(_text, position, end), end);
            int numberEnd = ReadDigits(itemStart, end);
            if (numberEnd == itemStart)
            {
                if (first)
                {
                    int markerEnd = Math.Min(end, Math.Max(markerStart + 1, position));
                    segment.AddProblem(new CitationProblem(Rules.MalformedCitation,
                        new object?[] { "'" + CitationText.OneLine(_text.Substring(markerStart, markerEnd - markerStart)) + "' is not followed by any page number" },
                        markerStart, markerEnd - markerStart));
                    return markerEnd;
                }
                return afterLast;
            }
            int firstPage = ParseInt(itemStart, numberEnd);
            int lastPage = firstPage;
            int itemEnd = numberEnd;
            int dash = Scan.SkipSpaces(_text, numberEnd, end);
            int afterDash = SkipRangeDash(dash, end, regulation: false);
            if (afterDash > dash)
            {
                int secondStart = SkipPageWord(Scan.SkipSpaces(_text, afterDash, end), end);
                int secondEnd = ReadDigits(secondStart, end);
                if (secondEnd == secondStart)
                {
                    string item = CitationText.OneLine(_text.Substring(itemStart, afterDash - itemStart));
                    malformed.Add(new CitationProblem(Rules.MalformedCitation, new object?[] { "the page range '" + item + "' has no last page" },
                        itemStart, afterDash - itemStart), "'" + item + "'");
                    itemEnd = afterDash;
                }
                else
                {
                    lastPage = ParseInt(secondStart, secondEnd);
                    itemEnd = secondEnd;
                }
            }
            if (firstPage > 0 && lastPage > 0)
            {
                segment.AddPage(new PageToken(new PageRange(firstPage, lastPage), itemStart, itemEnd - itemStart));
                if (lastPage < firstPage)
                {
                    var range = new PageRange(firstPage, lastPage);
                    reversed.Add(CitationChecker.ReversedRange(range, itemStart, itemEnd - itemStart), range.ToString());
                }
            }
            else
            {
                string item = CitationText.OneLine(_text.Substring(itemStart, itemEnd - itemStart));
                malformed.Add(new CitationProblem(Rules.MalformedCitation, new object?[] { "'" + item + "' is not a page number" }, itemStart, itemEnd - itemStart),
                    "'" + item + "'");
            }
            afterLast = itemEnd;
            first = false;

            // "of 127" closes the list.
            int of = Scan.SkipSpaces(_text, itemEnd, end);
            if (Scan.StartsWithWord(_text, of, end, "of"))
            {
                int totalStart = Scan.SkipSpaces(_text, of + 2, end);
                int totalEnd = ReadDigits(totalStart, end);
                if (totalEnd > totalStart)
                {
                    segment.StatedTotal = ParseInt(totalStart, totalEnd);
                    segment.StatedTotalStart = totalStart;
                    segment.StatedTotalLength = totalEnd - totalStart;
                    return totalEnd;
                }
            }

            // Another item follows a ',', '&' or 'and' only if a page number comes next.
            int next = Scan.SkipSpaces(_text, itemEnd, end);
            if (next < end && (_text[next] == ',' || _text[next] == '&'))
            {
                next++;
            }
            else if (Scan.StartsWithWord(_text, next, end, "and"))
            {
                next += 3;
            }
            else
            {
                return afterLast;
            }
            next = Scan.SkipSpaces(_text, next, end);
            if (Scan.StartsWithWord(_text, next, end, "and"))
            {
                next = Scan.SkipSpaces(_text, next + 3, end);
            }
            int probe = SkipPageWord(next, end);
            if (ReadDigits(probe, end) == probe)
            {
                return afterLast;
            }
            position = next;
        }
    }

    /// <summary>Past a repeated page word before a number ("Page 74-Page 78"), or <paramref name="p"/>.</summary>
    private int SkipPageWord(int p, int end)
    {
        // Every page word starts with 'p' (and only 'p' and 'P' match it ignoring case): most positions hold a digit.
        if (p < 0 || p >= end || (_text[p] | 0x20) != 'p')
        {
            return p;
        }
        foreach (string word in PageWordsBeforeNumber)
        {
            if (Scan.StartsWithIgnoreCase(_text, p, end, word))
            {
                int q = Scan.SkipSpaces(_text, p + word.Length, end);
                if (q < end && char.IsDigit(_text[q]))
                {
                    return q;
                }
            }
        }
        return p;
    }
}
