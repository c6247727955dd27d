using System;
using System.Collections.Generic;
using System.Globalization;
using ImrCite.Catalogue;
using ImrCite.Diagnostics;

namespace ImrCite.Citations;

/// <summary>One cited page or page range with its span in the citation text.</summary>
#if IMRCITE_PUBLIC
public
#else
internal
#endif
readonly struct PageToken
{
    /// <summary>Creates a page token.</summary>
    public PageToken(PageRange range, int start, int length)
    {
        Range = range;
        Start = start;
        Length = length;
    }

    /// <summary>The pages as written.</summary>
    public PageRange Range { get; }

    /// <summary>0-based offset in the text.</summary>
    public int Start { get; }

    /// <summary>Length in characters.</summary>
    public int Length { get; }
}

/// <summary>One regulation number ("9792.24.2") as written, with its span.</summary>
#if IMRCITE_PUBLIC
public
#else
internal
#endif
sealed class RegulationNumber
{
    internal RegulationNumber(string text, int start)
    {
        Text = text;
        Start = start;
        IsWellFormed = IsRegulationNumber(text);
    }

    /// <summary>The number as written.</summary>
    public string Text { get; }

    /// <summary>0-based offset in the text.</summary>
    public int Start { get; }

    /// <summary>Length in characters.</summary>
    public int Length => Text.Length;

    /// <summary>True for the form nnnn.n[.n]... ("9792.20", "9792.24.2").</summary>
    public bool IsWellFormed { get; }

    internal static bool IsRegulationNumber(string text)
    {
        string[] parts = text.Split('.');
        if (parts.Length < 2 || parts.Length > 4 || parts[0].Length != 4)
        {
            return false;
        }
        foreach (string part in parts)
        {
            if (part.Length == 0 || part.Length > 4)
            {
                return false;
            }
            foreach (char c in part)
            {
                if (c < '0' || c > '9')
                {
                    return false;
                }
            }
        }
        return true;
    }

    /// <summary>Compares well-formed numbers component by component (9792.24.2 &lt; 9792.26).</summary>
    internal static int Compare(string left, string right)
    {
        string[] a = left.Split('.');
        string[] b = right.Split('.');
        for (int i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            int x = i < a.Length ? int.Parse(a[i], CultureInfo.InvariantCulture) : -1;
            int y = i < b.Length ? int.Parse(b[i], CultureInfo.InvariantCulture) : -1;
            if (x != y)
            {
                return x.CompareTo(y);
            }
        }
        return 0;
    }
}

/// <summary>
/// One citation as read from text, before the catalogue is consulted: where its name words are,
/// its pages and stated total, or its regulation numbers, and any syntax problems.
/// </summary>
#if IMRCITE_PUBLIC
public
#else
internal
#endif
sealed class CitationSegment
{
    internal CitationSegment(int start)
    {
        Start = start;
    }

    /// <summary>0-based offset where the citation starts in the text.</summary>
    public int Start { get; }

    /// <summary>0-based offset just past the citation.</summary>
    public int End { get; internal set; }

    /// <summary>Spans (start, end) of the words naming the document and sections.</summary>
    public List<(int Start, int End)> NameParts { get; } = new List<(int, int)>();

    /// <summary>True when introduced as a "Non-MTUS Citation".</summary>
    public bool IsNonMtus { get; internal set; }

    /// <summary>The cited pages as written.</summary>
    public List<PageToken> Pages { get; } = new List<PageToken>();

    /// <summary>The total stated after the pages ("of 127"), or null.</summary>
    public int? StatedTotal { get; internal set; }

    /// <summary>Offset of the stated total's number.</summary>
    public int StatedTotalStart { get; internal set; } = -1;

    /// <summary>Length of the stated total's number.</summary>
    public int StatedTotalLength { get; internal set; }

    /// <summary>The first regulation number of a regulation citation, or null.</summary>
    public RegulationNumber? RegulationFirst { get; internal set; }

    /// <summary>The last regulation number of a range ("9792.20 - 9792.26"), or null.</summary>
    public RegulationNumber? RegulationLast { get; internal set; }

    /// <summary>True for a regulation citation ("8 C.C.R. ...").</summary>
    public bool IsRegulation { get; internal set; }

    /// <summary>Syntax problems found while reading.</summary>
    public List<CitationProblem> Problems { get; } = new List<CitationProblem>();

    /// <summary>The pages as a page set, or null when none were cited.</summary>
    public PageSet? PageSet
    {
        get
        {
            if (Pages.Count == 0)
            {
                return null;
            }
            var ranges = new PageRange[Pages.Count];
            for (int i = 0; i < ranges.Length; i++)
            {
                ranges[i] = Pages[i].Range;
            }
            return new PageSet(ranges);
        }
    }
}

/// <summary>
/// The citation-text grammar shared by the analyzers, the CLI and the runtime validators. A hand
/// scanner: linear in the length of the text, no backtracking, never throws.
/// </summary>
/// <remarks>
/// A statement is a run of citations: <c>[Decision based on] [Non-MTUS Citation] name words
/// [Page(s): pages [of N]]</c>, where pages are numbers and ranges ("74-80, 88, 91", "Page 74-78") and
/// name words are a document's name followed by section titles ("Opioids; Weaning of Medications",
/// "Section(s): Initial Care, Follow-up Visits"); or a regulation reference
/// (<c>8 C.C.R. 9792.20 - 9792.26</c>, <c>8 CCR §§ 9792.20–9792.26</c>). A citation ends after its
/// pages, before a regulation reference, or before the next "Decision based on" or "and Other Medical
/// Treatment Guidelines" (which introduces another non-MTUS source). Phrases match across line breaks.
/// </remarks>
#if IMRCITE_PUBLIC
public
#else
internal
#endif
static class CitationSyntax
{
    private static readonly string[] RegulationMarkers =
    {
        "california code of regulations", "cal. code of regs", "cal. code regs", "cal. code reg", "cal code regs",
        "c. c. r.", "c.c.r.", "c.c.r", "ccr", "\u00a7",
    };

    // Statement phrases, matched across line breaks: letters wrap "Decision based\non Non-MTUS Citation".
    private const string DecisionBasedOn = "decision based on";
    private const string NonMtusCitation = "non-mtus citation";
    // MAXIMUS letters join a second, other source to a non-MTUS citation: "ODG ... and Other Medical Treatment Guidelines www.mdguidelines.com".
    private const string AndOtherGuidelines = "and other medical treatment guidelines";

    /// <summary>Reads every citation in <paramref name="text"/>[start..end).</summary>
    public static List<CitationSegment> ParseStatement(string text, int start = 0, int end = -1)
    {
        if (end < 0 || end > text.Length)
        {
            end = text.Length;
        }
        var segments = new List<CitationSegment>();
        int position = start;
        int guard = 0;
        while (position < end && guard++ < 10_000)
        {
            position = SkipSeparators(text, position, end);
            if (position >= end)
            {
                break;
            }
            int before = position;
            var segment = ParseOne(text, ref position, end);
            if (segment is not null)
            {
                segments.Add(segment);
            }
            if (position <= before)
            {
                position = before + 1; // always make progress
            }
        }
        return segments;
    }

    /// <summary>Reads <paramref name="text"/> as a single citation: more than one is reported as malformed.</summary>
    public static CitationSegment? ParseSingle(string text, out List<CitationSegment> all)
    {
        all = ParseStatement(text);
        return all.Count > 0 ? all[0] : null;
    }

    private static CitationSegment? ParseOne(string text, ref int position, int end)
    {
        var segment = new CitationSegment(position);
        int bodyStart = SkipLead(text, position, end, segment);
        // Everything this citation can hold lies before the next "Decision based on": searching only that far
        // keeps a statement of many citations linear.
        int nextDecision = IndexOfPhrase(text, DecisionBasedOn, bodyStart + 1, end);
        int limit = nextDecision > 0 ? nextDecision : end;
        int regulation = FindRegulationMarker(text, bodyStart, limit);
        if (regulation == bodyStart || (regulation > bodyStart && !HasLetters(text, bodyStart, regulation)))
        {
            ParseRegulation(text, regulation, end, segment, out position);
            segment.End = position;
            return segment;
        }

        if (regulation > bodyStart)
        {
            limit = regulation;
        }
        int nextOther = IndexOfPhrase(text, AndOtherGuidelines, bodyStart + 1, limit);
        if (nextOther > 0)
        {
            limit = nextOther;
        }

        int pages = FindPagesMarker(text, bodyStart, limit, out int listStart);
        if (pages < 0)
        {
            AddNamePart(segment, text, bodyStart, limit);
            position = limit;
            segment.End = TrimEndPunctuation(text, bodyStart, limit);
            CheckParentheses(text, segment.Start, segment.End, segment);
            return segment.NameParts.Count == 0 && segment.Problems.Count == 0 ? null : segment;
        }

        AddNamePart(segment, text, bodyStart, pages);
        position = ParsePageList(text, pages, listStart, limit, segment);
        segment.End = position;
        CheckParentheses(text, segment.Start, segment.End, segment);
        return segment;
    }

    private static int SkipLead(string text, int position, int end, CitationSegment segment)
    {
        position = SkipSpaces(text, position, end);
        // The lead phrases, in whatever order letters write them ("Non-MTUS Citation and Other Medical
        // Treatment Guidelines ..."), each at most once.
        bool decision = false, other = false, nonMtus = false;
        while (true)
        {
            int length;
            if (!decision && (length = PhraseLength(text, position, end, DecisionBasedOn)) > 0)
            {
                decision = true;
            }
            else if (!other && (length = PhraseLength(text, position, end, AndOtherGuidelines)) > 0)
            {
                other = true;
                segment.IsNonMtus = true;
            }
            else if (!nonMtus && (length = PhraseLength(text, position, end, NonMtusCitation)) > 0)
            {
                nonMtus = true;
                segment.IsNonMtus = true;
            }
            else
            {
                return position;
            }
            position = SkipSpaces(text, position + length, end);
            if (position < end && text[position] == ':')
            {
                position = SkipSpaces(text, position + 1, end);
            }
        }
    }

    private static void AddNamePart(CitationSegment segment, string text, int start, int end)
    {
        end = TrimEndPunctuation(text, start, end);
        start = SkipSpaces(text, start, end);
        if (end > start && HasLettersOrDigits(text, start, end))
        {
            segment.NameParts.Add((start, end));
        }
    }

    private static int ParsePageList(string text, int markerStart, int position, int end, CitationSegment segment)
    {
        bool first = true;
        int afterLast = position;
        while (true)
        {
            int itemStart = SkipSpaces(text, position, end);
            itemStart = SkipPageWord(text, itemStart, end);
            int numberEnd = ReadDigits(text, itemStart, end);
            if (numberEnd == itemStart)
            {
                if (first)
                {
                    int markerEnd = Math.Min(end, Math.Max(markerStart + 1, position));
                    segment.Problems.Add(new CitationProblem(Rules.MalformedCitation,
                        new object?[] { "'" + text.Substring(markerStart, markerEnd - markerStart).Trim() + "' is not followed by any page number" },
                        markerStart, markerEnd - markerStart));
                    return markerEnd;
                }
                return afterLast;
            }
            int firstPage = ParseInt(text, itemStart, numberEnd);
            int lastPage = firstPage;
            int itemEnd = numberEnd;
            int dash = SkipSpaces(text, numberEnd, end);
            int afterDash = SkipRangeDash(text, dash, end, SkipPageWord);
            if (afterDash > dash)
            {
                int secondStart = SkipPageWord(text, SkipSpaces(text, afterDash, end), end);
                int secondEnd = ReadDigits(text, secondStart, end);
                if (secondEnd == secondStart)
                {
                    segment.Problems.Add(new CitationProblem(Rules.MalformedCitation,
                        new object?[] { "the page range '" + text.Substring(itemStart, afterDash - itemStart).Trim() + "' has no last page" },
                        itemStart, afterDash - itemStart));
                    itemEnd = afterDash;
                }
                else
                {
                    lastPage = ParseInt(text, secondStart, secondEnd);
                    itemEnd = secondEnd;
                }
            }
            if (firstPage > 0 && lastPage > 0)
            {
                segment.Pages.Add(new PageToken(new PageRange(firstPage, lastPage), itemStart, itemEnd - itemStart));
                if (lastPage < firstPage)
                {
                    segment.Problems.Add(CitationChecker.ReversedRange(new PageRange(firstPage, lastPage), itemStart, itemEnd - itemStart));
                }
            }
            else
            {
                segment.Problems.Add(new CitationProblem(Rules.MalformedCitation,
                    new object?[] { "'" + text.Substring(itemStart, itemEnd - itemStart) + "' is not a page number" },
                    itemStart, itemEnd - itemStart));
            }
            afterLast = itemEnd;
            first = false;

            // "of 127" closes the list.
            int of = SkipSpaces(text, itemEnd, end);
            if (StartsWithWord(text, of, end, "of"))
            {
                int totalStart = SkipSpaces(text, of + 2, end);
                int totalEnd = ReadDigits(text, totalStart, end);
                if (totalEnd > totalStart)
                {
                    segment.StatedTotal = ParseInt(text, totalStart, totalEnd);
                    segment.StatedTotalStart = totalStart;
                    segment.StatedTotalLength = totalEnd - totalStart;
                    return totalEnd;
                }
            }

            // Another item follows a ',', '&' or 'and' only if a page number comes next.
            int separator = SkipSpaces(text, itemEnd, end);
            int next = separator;
            if (next < end && (text[next] == ',' || text[next] == '&'))
            {
                next++;
            }
            else if (StartsWithWord(text, next, end, "and"))
            {
                next += 3;
            }
            else
            {
                return afterLast;
            }
            next = SkipSpaces(text, next, end);
            if (StartsWithWord(text, next, end, "and"))
            {
                next = SkipSpaces(text, next + 3, end);
            }
            int probe = SkipPageWord(text, next, end);
            if (ReadDigits(text, probe, end) == probe)
            {
                return afterLast;
            }
            position = next;
        }
    }

    private static void ParseRegulation(string text, int marker, int end, CitationSegment segment, out int position)
    {
        segment.IsRegulation = true;
        int p = marker;
        // A title number may stand before the marker: "8 C.C.R.", "Title 8 CCR".
        if (StartsWithWord(text, p, end, "title"))
        {
            p = SkipSpaces(text, p + 5, end);
        }
        if (p < end && text[p] == '8')
        {
            p = SkipSpaces(text, p + 1, end);
        }
        // Skip the marker itself and what may follow it: "tit. 8", "§§", "section(s)".
        foreach (string candidate in RegulationMarkers)
        {
            if (StartsWithIgnoreCase(text, p, end, candidate))
            {
                p += candidate.Length;
                break;
            }
        }
        p = SkipRegulationFiller(text, p, end);
        int firstStart = p;
        int firstEnd = ReadRegulationNumber(text, p, end);
        if (firstEnd == firstStart)
        {
            segment.Problems.Add(new CitationProblem(Rules.MalformedRegulation,
                new object?[] { "The regulation reference has no section number" }, marker, Math.Max(1, p - marker)));
            position = Math.Max(p, marker + 1);
            return;
        }
        segment.RegulationFirst = new RegulationNumber(text.Substring(firstStart, firstEnd - firstStart), firstStart);
        position = firstEnd;
        int dash = SkipSpaces(text, firstEnd, end);
        int afterDash = SkipRangeDash(text, dash, end, SkipRegulationFiller);
        if (afterDash > dash)
        {
            int secondStart = SkipRegulationFiller(text, SkipSpaces(text, afterDash, end), end);
            int secondEnd = ReadRegulationNumber(text, secondStart, end);
            if (secondEnd > secondStart)
            {
                segment.RegulationLast = new RegulationNumber(text.Substring(secondStart, secondEnd - secondStart), secondStart);
                position = secondEnd;
            }
            else
            {
                segment.Problems.Add(new CitationProblem(Rules.MalformedRegulation,
                    new object?[] { "The regulation range '" + text.Substring(firstStart, afterDash - firstStart).Trim() + "' has no last section" },
                    firstStart, afterDash - firstStart));
                position = afterDash;
            }
        }
        CheckRegulationNumbers(segment);
    }

    private static void CheckRegulationNumbers(CitationSegment segment)
    {
        var first = segment.RegulationFirst!;
        var last = segment.RegulationLast;
        if (!first.IsWellFormed)
        {
            segment.Problems.Add(new CitationProblem(Rules.MalformedRegulation,
                new object?[] { DescribeBadNumber(first.Text, null) }, first.Start, first.Length, SuggestNumber(first.Text, null)));
        }
        if (last is not null && !last.IsWellFormed)
        {
            segment.Problems.Add(new CitationProblem(Rules.MalformedRegulation,
                new object?[] { DescribeBadNumber(last.Text, first.IsWellFormed ? first.Text : null) }, last.Start, last.Length,
                SuggestNumber(last.Text, first.IsWellFormed ? first.Text : null)));
        }
        if (last is not null && first.IsWellFormed && last.IsWellFormed && RegulationNumber.Compare(first.Text, last.Text) > 0)
        {
            segment.Problems.Add(new CitationProblem(Rules.MalformedRegulation,
                new object?[] { $"The regulation range {first.Text} - {last.Text} runs backwards; write {last.Text} - {first.Text}" },
                first.Start, last.Start + last.Length - first.Start, last.Text + " - " + first.Text));
        }
    }

    private static string DescribeBadNumber(string number, string? rangeStart)
    {
        foreach (char c in number)
        {
            if (c == ':' || c == '\'' || c == '\u2019' || c == ',')
            {
                return $"'{number}' is not a regulation section number: '{c}' looks like OCR noise for '.'";
            }
        }
        if (number.Contains(".."))
        {
            return $"'{number}' is not a regulation section number: it has an empty part between dots";
        }
        return rangeStart is null
            ? $"'{number}' is not a regulation section number (expected the form 9792.20 or 9792.24.2)"
            : $"'{number}' is not a regulation section number: a range starting at {rangeStart} should end at a 9792.x section";
    }

    /// <summary>Repairs OCR noise ("9792:24.2" → "9792.24.2") or a range end missing digits ("972.26" after 9792.20 → "9792.26").</summary>
    private static string? SuggestNumber(string number, string? rangeStart)
    {
        string repaired = number.Replace(':', '.').Replace('\'', '.').Replace('\u2019', '.').Replace(',', '.');
        while (repaired.Contains(".."))
        {
            repaired = repaired.Replace("..", ".");
        }
        if (RegulationNumber.IsRegulationNumber(repaired))
        {
            return repaired;
        }
        if (rangeStart is not null)
        {
            int dot = repaired.IndexOf('.');
            if (dot > 0)
            {
                string candidate = rangeStart.Substring(0, 4) + repaired.Substring(dot);
                if (RegulationNumber.IsRegulationNumber(candidate))
                {
                    return candidate;
                }
            }
        }
        return null;
    }

    private static int SkipRegulationFiller(string text, int p, int end)
    {
        while (true)
        {
            int before = p;
            p = SkipSpaces(text, p, end);
            if (p < end && (text[p] == '\u00a7' || text[p] == ',' || (text[p] == '.' && p > 0 && char.IsLetter(text[p - 1]))))
            {
                p++; // "§", "," and the period of an abbreviation ("Regs.")
                continue;
            }
            foreach (string filler in new[] { "tit. 8", "title 8", "sections", "section", "secs.", "sec." })
            {
                if (StartsWithWordOrDot(text, p, end, filler))
                {
                    p += filler.Length;
                    break;
                }
            }
            if (p == before)
            {
                return p;
            }
        }
    }

    private static int ReadRegulationNumber(string text, int p, int end)
    {
        int q = p;
        while (q < end && (char.IsDigit(text[q]) || text[q] == '.' || text[q] == ':' || text[q] == '\'' || text[q] == '\u2019'
            || (text[q] == ',' && q + 1 < end && char.IsDigit(text[q + 1]) && q > p && char.IsDigit(text[q - 1]) && CountDigitsBack(text, q) < 4 && HasDotBefore(text, p, q))))
        {
            q++;
        }
        while (q > p && !char.IsDigit(text[q - 1]))
        {
            q--;
        }
        return q > p && char.IsDigit(text[p]) ? q : p;
    }

    private static int CountDigitsBack(string text, int q)
    {
        int count = 0;
        while (q - 1 - count >= 0 && char.IsDigit(text[q - 1 - count]))
        {
            count++;
        }
        return count;
    }

    private static bool HasDotBefore(string text, int start, int q)
    {
        for (int i = start; i < q; i++)
        {
            if (text[i] == '.')
            {
                return true;
            }
        }
        return false;
    }

    private static int FindRegulationMarker(string text, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            char c = char.ToLowerInvariant(text[i]);
            if (c != 'c' && c != '\u00a7')
            {
                continue;
            }
            if (i > start && char.IsLetter(text[i - 1]))
            {
                continue;
            }
            foreach (string marker in RegulationMarkers)
            {
                if (StartsWithIgnoreCase(text, i, end, marker) && (marker == "\u00a7" || i + marker.Length >= end || !char.IsLetter(text[i + marker.Length])))
                {
                    // A regulation marker must be followed by a number soon ("8 C.C.R. 9792.20", "§ 9792.24.2").
                    int p = SkipRegulationFiller(text, i + marker.Length, end);
                    if (marker != "\u00a7" || (p < end && char.IsDigit(text[p])))
                    {
                        // Include a title number written before the marker: "8 C.C.R.", "Title 8 CCR".
                        int back = i;
                        int q = i - 1;
                        while (q >= start && text[q] == ' ')
                        {
                            q--;
                        }
                        if (q >= start && text[q] == '8' && (q == start || !char.IsLetterOrDigit(text[q - 1])))
                        {
                            back = q;
                            if (back - 6 >= start && StartsWithIgnoreCase(text, back - 6, end, "title "))
                            {
                                back -= 6;
                            }
                        }
                        return back;
                    }
                }
            }
        }
        return -1;
    }

    /// <summary>Finds "Page(s):", "Pages", "Page", "pp." or "p." followed by a page number (or, for "Page(s)", by anything).</summary>
    private static int FindPagesMarker(string text, int start, int end, out int listStart)
    {
        listStart = -1;
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (c != 'p' && c != 'P')
            {
                continue;
            }
            if (i > start && char.IsLetterOrDigit(text[i - 1]))
            {
                continue;
            }
            if (StartsWithIgnoreCase(text, i, end, "page(s)") || (StartsWithIgnoreCase(text, i, end, "page(s") && !StartsWithIgnoreCase(text, i, end, "page(s)")))
            {
                // "Page(s" without its ')' is a common truncation; the parenthesis check reports it.
                int p = i + (StartsWithIgnoreCase(text, i, end, "page(s)") ? "page(s)".Length : "page(s".Length);
                p = SkipSpaces(text, p, end);
                if (p < end && text[p] == ':')
                {
                    p++;
                }
                listStart = p;
                return i;
            }
            foreach (string word in new[] { "pages", "page", "pp.", "pp", "pg.", "pgs.", "p." })
            {
                if (StartsWithIgnoreCase(text, i, end, word) && (word.EndsWith(".", StringComparison.Ordinal) || i + word.Length >= end || !char.IsLetter(text[i + word.Length])))
                {
                    int p = i + word.Length;
                    if (p < end && text[p] == ':')
                    {
                        p++;
                    }
                    int digits = SkipSpaces(text, p, end);
                    if (digits < end && char.IsDigit(text[digits]))
                    {
                        listStart = p;
                        return i;
                    }
                    if (word == "pages" || word == "page")
                    {
                        int colon = SkipSpaces(text, i + word.Length, end);
                        if (colon < end && text[colon] == ':')
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

    private static int SkipPageWord(string text, int p, int end)
    {
        foreach (string word in new[] { "pages", "page", "pp.", "pgs.", "pg.", "p." })
        {
            if (StartsWithIgnoreCase(text, p, end, word))
            {
                int q = SkipSpaces(text, p + word.Length, end);
                if (q < end && char.IsDigit(text[q]))
                {
                    return q;
                }
            }
        }
        return p;
    }

    /// <summary>
    /// Past a range connector at <paramref name="p"/>, or <paramref name="p"/> itself. A dash always connects ("74-"
    /// is a range without its last page); the words "to" and "through" only when a number follows, past what
    /// <paramref name="skipBeforeNumber"/> skips ("page 48 to the effect that ..." is one page).
    /// </summary>
    private static int SkipRangeDash(string text, int p, int end, Func<string, int, int, int> skipBeforeNumber)
    {
        if (p < end && (text[p] == '-' || text[p] == '\u2013' || text[p] == '\u2014' || text[p] == '~'))
        {
            return p + 1;
        }
        int word = StartsWithWord(text, p, end, "through") ? 7 : StartsWithWord(text, p, end, "to") ? 2 : 0;
        return word > 0 && StartsWithDigit(text, skipBeforeNumber(text, SkipSpaces(text, p + word, end), end), end) ? p + word : p;
    }

    private static void CheckParentheses(string text, int start, int end, CitationSegment segment)
    {
        var open = new Stack<int>();
        for (int i = start; i < end; i++)
        {
            if (text[i] == '(')
            {
                open.Push(i);
            }
            else if (text[i] == ')')
            {
                if (open.Count == 0)
                {
                    segment.Problems.Add(new CitationProblem(Rules.MalformedCitation,
                        new object?[] { "This ')' has no matching '('" }, i, 1));
                }
                else
                {
                    open.Pop();
                }
            }
        }
        while (open.Count > 0)
        {
            // "Page(s" is the common truncation; it is still an unclosed parenthesis.
            int at = open.Pop();
            segment.Problems.Add(new CitationProblem(Rules.MalformedCitation,
                new object?[] { "This '(' is never closed" }, at, 1));
        }
    }

    internal static int SkipSpaces(string text, int p, int end)
    {
        while (p < end && char.IsWhiteSpace(text[p]))
        {
            p++;
        }
        return p;
    }

    private static int SkipSeparators(string text, int p, int end)
    {
        while (p < end && (char.IsWhiteSpace(text[p]) || text[p] == ';' || text[p] == ',' || text[p] == '.'))
        {
            p++;
        }
        return p;
    }

    private static int TrimEndPunctuation(string text, int start, int end)
    {
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == ';' || text[end - 1] == ',' || text[end - 1] == '.' || text[end - 1] == ':'))
        {
            end--;
        }
        return end;
    }

    private static int ReadDigits(string text, int p, int end)
    {
        int q = p;
        while (q < end && q - p < 6 && text[q] >= '0' && text[q] <= '9')
        {
            q++;
        }
        // A page number is a whole number, not the start of "12-8" table labels glued to letters.
        return q < end && char.IsLetter(text[q]) ? p : q;
    }

    private static int ParseInt(string text, int start, int end) =>
        int.TryParse(text.Substring(start, end - start), NumberStyles.None, CultureInfo.InvariantCulture, out int value) ? value : 0;

    private static bool HasLetters(string text, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (char.IsLetter(text[i]))
            {
                return true;
            }
        }
        return false;
    }

    private static bool HasLettersOrDigits(string text, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return true;
            }
        }
        return false;
    }

    internal static bool StartsWithIgnoreCase(string text, int p, int end, string value) =>
        p >= 0 && p + value.Length <= end && string.Compare(text, p, value, 0, value.Length, StringComparison.OrdinalIgnoreCase) == 0;

    /// <summary>True when <paramref name="value"/> stands at <paramref name="p"/> as whole words.</summary>
    internal static bool StartsWithWord(string text, int p, int end, string value) =>
        StartsWithIgnoreCase(text, p, end, value)
        && (p == 0 || !char.IsLetterOrDigit(text[p - 1]))
        && (p + value.Length >= end || !char.IsLetterOrDigit(text[p + value.Length]));

    private static bool StartsWithWordOrDot(string text, int p, int end, string value) =>
        StartsWithIgnoreCase(text, p, end, value) && (p + value.Length >= end || !char.IsLetter(text[p + value.Length]));

    private static bool StartsWithDigit(string text, int p, int end) => p < end && text[p] >= '0' && text[p] <= '9';

    /// <summary>
    /// The length of <paramref name="phrase"/> standing at <paramref name="p"/> as whole words, or 0. Case is
    /// ignored; a space in the phrase matches any run of white space (line breaks included), and a '-' matches
    /// a hyphen or white space ("Non-MTUS", "Non MTUS").
    /// </summary>
    internal static int PhraseLength(string text, int p, int end, string phrase)
    {
        if (p < 0 || p >= end || (p > 0 && char.IsLetterOrDigit(text[p - 1])))
        {
            return 0;
        }
        int q = p;
        foreach (char expected in phrase)
        {
            if (expected == ' ' || expected == '-')
            {
                int spaces = SkipSpaces(text, q, end);
                if (expected == '-' && spaces < end && text[spaces] == '-')
                {
                    spaces = SkipSpaces(text, spaces + 1, end);
                }
                if (spaces == q)
                {
                    return 0;
                }
                q = spaces;
                continue;
            }
            if (q >= end || char.ToLowerInvariant(text[q]) != expected)
            {
                return 0;
            }
            q++;
        }
        return q < end && char.IsLetterOrDigit(text[q]) ? 0 : q - p;
    }

    /// <summary>The first offset in [start, end) where <paramref name="phrase"/> stands (see <see cref="PhraseLength"/>), or -1.</summary>
    internal static int IndexOfPhrase(string text, string phrase, int start, int end)
    {
        char first = phrase[0];
        for (int i = start; i < end; i++)
        {
            if (char.ToLowerInvariant(text[i]) == first && PhraseLength(text, i, end, phrase) > 0)
            {
                return i;
            }
        }
        return -1;
    }
}
