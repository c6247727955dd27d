using System.Buffers;

namespace ImrCite.Cli.Letters;

/// <summary>
/// What stands on a letter's pages only because they are pages: the "=== page N ===" line the tool writes between a
/// PDF's pages, and around each page break (a form feed, or that line) the running footer and head a letter is printed
/// with — "CM17-0012345   Page 2 of 6", "Page 2 of 6", "Case Number: CM17-0012345". The text the checks read has it
/// blanked to spaces, line breaks and form feeds kept, so offsets, lines and columns are those of the letter: a citation
/// or a rationale that runs across a page break reads on as if wrapped, and no footer is read as citation text or as
/// pages.
/// </summary>
/// <remarks>
/// Furniture is known by its grammar, two ways. A line is furniture when every word on it is (a case number, "Page N of M"
/// even when glued to the case number as a PDF's extraction gives "Page 2 of 3CM17-0012345", the words of a running
/// head's label), it holds a case number or a page count, and it stands within a few lines of a page break on the page it
/// numbers — "Page N of M" only on page N — or it repeats the letter's own case number (the one its "Case Number:" header
/// gives). And a line is a running head or foot, whatever its words (a letterhead's name), when it recurs near the same
/// edge of nearly every page of a letter of several pages, equal once its digits are set aside (<see cref="RunningLines"/>).
/// Either kind is blanked only in an unbroken run of furniture from the page edge: head and foot may both stand at the top
/// of a page's text (as a browser's print gives them) or both at its bottom, and the first line of content ends the run.
/// Real content is never furniture: "Page(s): 74-96" or "Page 74 of 127" inside a statement, a line that recurs on one
/// or a few pages, and the head of a letter's first page stay.
/// Linear: each page break looks at a bounded number of short lines on either side, twice.
/// </remarks>
internal static class PageFurniture
{
    /// <summary>How the tool's line between a PDF's pages begins: "=== page N ===".</summary>
    public const string PdfMarkerPrefix = "=== page ";

    /// <summary>The running head's label that gives the letter's case number.</summary>
    private const string CaseNumberLabel = "Case Number:";

    /// <summary>The length of a case number: "CM17-0012345".</summary>
    private const int CaseNumberLength = 12;

    /// <summary>How many lines either side of a page break may be furniture (blank lines included).</summary>
    private const int ZoneLines = 6;

    /// <summary>A line longer than this is content, never furniture (and the search for its start stops there).</summary>
    private const int MaxLineLength = 160;

    /// <summary>How a <see cref="RunningKey"/> marks a head, a foot, and the number of the page it stands on.</summary>
    private const char HeadMark = 'h', FootMark = 'f', PageNumberMark = '\u0001';

    private static readonly SearchValues<char> LineOrPageBreaks = SearchValues.Create("\n\f");

    /// <summary>The words a running head's label may hold besides a case number and "Page N of M".</summary>
    private static readonly string[] LabelWords =
    {
        "case", "number", "number:", "no.", "no:", "#", ":", "imr", "final", "determination", "letter", "for",
    };

    /// <summary>The page that a "=== page N ===" line (no '\n' in it) starts, or null when the line is not one.</summary>
    public static int? PdfMarkerPage(ReadOnlySpan<char> line) =>
        line.StartsWith(PdfMarkerPrefix, StringComparison.Ordinal) && int.TryParse(line[PdfMarkerPrefix.Length..].TrimEnd(" =\r"), out int page)
            ? page
            : null;

    /// <summary>
    /// <paramref name="text"/> with its page furniture blanked to spaces (the same string when it has none). A PDF's text
    /// (<paramref name="isPdf"/>) breaks pages at its "=== page N ===" lines, any other text at its form feeds.
    /// </summary>
    public static string Blank(string text, bool isPdf) => Read(text, isPdf).ScanText;

    /// <summary>
    /// One pass over <paramref name="text"/>: its page furniture blanked to spaces (<see cref="Blank"/>) and, for a PDF's
    /// text, the line each "=== page N ===" marker stands on with its page, in order.
    /// </summary>
    public static PageReading Read(string text, bool isPdf)
    {
        char[]? scan = null;
        var pageStarts = new List<PageStart>();
        // Each page's head and foot, in order: the lines either side of a page break, and the letter's first and last lines.
        var sides = new List<PageSide>();
        string? ownCase = OwnCaseNumber(text, out int header);
        if (isPdf)
        {
            int lastPage = 0;
            // The marker's 1-based line, counted from the last marker on: each character is counted once.
            int line = 1, countedTo = 0;
            for (int at = text.IndexOf(PdfMarkerPrefix, StringComparison.Ordinal); at >= 0; at = NextIndexOf(text, PdfMarkerPrefix, at + 1))
            {
                if (at > 0 && text[at - 1] != '\n')
                {
                    continue;
                }
                int end = LineEnd(text, at);
                if (PdfMarkerPage(text.AsSpan(at, end - at)) is not { } page)
                {
                    continue;
                }
                line += text.AsSpan(countedTo, at - countedTo).Count('\n');
                countedTo = at;
                pageStarts.Add(new PageStart(line, page));
                BlankSpan(text, at, end, ref scan);
                if (lastPage > 0)
                {
                    sides.Add(new PageSide(at - 1, Backward: true, page - 1, Blanks: true));
                }
                // The first page's head is the letter's own, not a running one: it only counts towards what recurs.
                sides.Add(new PageSide(end, Backward: false, page, Blanks: lastPage > 0));
                lastPage = page;
            }
            if (lastPage > 0)
            {
                sides.Add(new PageSide(text.Length, Backward: true, lastPage, Blanks: true));
            }
        }
        else
        {
            int pageBreaks = 0;
            for (int at = text.IndexOf('\f'); at >= 0; at = at + 1 < text.Length ? text.IndexOf('\f', at + 1) : -1)
            {
                if (pageBreaks == 0)
                {
                    sides.Add(new PageSide(-1, Backward: false, 1, Blanks: false));
                }
                pageBreaks++;
                sides.Add(new PageSide(at, Backward: true, pageBreaks, Blanks: true));
                sides.Add(new PageSide(at, Backward: false, pageBreaks + 1, Blanks: true));
            }
            if (pageBreaks > 0)
            {
                sides.Add(new PageSide(text.Length, Backward: true, pageBreaks + 1, Blanks: true));
            }
        }
        var running = RunningLines(text, sides);
        foreach (var side in sides)
        {
            if (side.Blanks)
            {
                BlankSide(text, side, ownCase, running, ref scan);
            }
        }
        if (ownCase is not null)
        {
            // A running head or footer that repeats the letter's own case number is furniture wherever it stands, as in a
            // letter pasted without its form feeds; the header that gives the number stays.
            for (int at = NextIndexOf(text, ownCase, header); at >= 0; at = NextIndexOf(text, ownCase, at + ownCase.Length))
            {
                var (start, end) = LineAround(text, at);
                if (start >= 0 && IsFurniture(text.AsSpan(start, end - start), page: null, ownCase))
                {
                    BlankSpan(text, start, end, ref scan);
                }
            }
        }
        return new PageReading(scan is null ? text : new string(scan), pageStarts);
    }

    /// <summary>
    /// The running heads and feet of a letter of several pages, as <see cref="RunningKey"/>s: a short line near the page
    /// edge on one side (head or foot) of nearly every page — all pages but one, and at least two (three when it holds no
    /// digit) — whatever its words, so a letterhead's name or a glued page counter needs no list. A line that recurs on a
    /// few pages only, or on one, is content. Null when there is nothing that recurs.
    /// </summary>
    private static HashSet<string>? RunningLines(string text, List<PageSide> sides)
    {
        int heads = 0, feet = 0;
        foreach (var side in sides)
        {
            _ = side.Backward ? feet++ : heads++;
        }
        if (Math.Max(heads, feet) < 2)
        {
            return null;
        }
        var pagesWith = new Dictionary<string, int>(StringComparer.Ordinal);
        var onThisSide = new HashSet<string>(StringComparer.Ordinal);
        foreach (var side in sides)
        {
            onThisSide.Clear();
            int at = side.Boundary;
            for (int line = 0; line < ZoneLines && NextSideLine(text, side.Backward, ref at, out int start, out int end, out bool last); line++)
            {
                var content = text.AsSpan(start, end - start);
                // A line of the letter's grammar (a label, an item's decision) is never a running one.
                if (!content.IsWhiteSpace() && !LetterGrammar.ContainsLabel(content) && !LetterGrammar.IsItemLine(content))
                {
                    string key = RunningKey(content, side.Backward, side.Page);
                    if (onThisSide.Add(key))
                    {
                        pagesWith[key] = pagesWith.GetValueOrDefault(key) + 1;
                    }
                }
                if (last)
                {
                    break;
                }
            }
        }
        HashSet<string>? running = null;
        foreach (var (key, pages) in pagesWith)
        {
            int sidePages = key[0] == FootMark ? feet : heads;
            if (pages >= 2 && pages >= sidePages - 1 && (pages >= 3 || key.AsSpan(1).ContainsAnyInRange('0', '9') || key.Contains(PageNumberMark, StringComparison.Ordinal)))
            {
                (running ??= new HashSet<string>(StringComparer.Ordinal)).Add(key);
            }
        }
        return running;
    }

    /// <summary>
    /// Blanks the furniture on one side of a page break (a form feed, the line break before a PDF marker or after it, or
    /// the text's end): blank lines are passed over, a line of furniture of the page (<see cref="IsFurniture"/>) or a
    /// running line is blanked, and the first line of content ends the side, as does another page break.
    /// </summary>
    private static void BlankSide(string text, PageSide side, string? ownCase, HashSet<string>? running, ref char[]? scan)
    {
        int at = side.Boundary;
        for (int line = 0; line < ZoneLines && NextSideLine(text, side.Backward, ref at, out int start, out int end, out bool last); line++)
        {
            var content = text.AsSpan(start, end - start);
            if (!content.IsWhiteSpace())
            {
                if (!IsFurniture(content, side.Page, ownCase) && running?.Contains(RunningKey(content, side.Backward, side.Page)) != true)
                {
                    return;
                }
                BlankSpan(text, start, end, ref scan);
            }
            if (last)
            {
                return;
            }
        }
    }

    /// <summary>
    /// The next line [<paramref name="start"/>, <paramref name="end"/>) from <paramref name="at"/> (a line or page break,
    /// or the text's edge) away from a page break; false when there is none that could be furniture — the text's edge, a
    /// line longer than furniture, a PDF's page marker. <paramref name="last"/> tells that a page break follows it.
    /// </summary>
    private static bool NextSideLine(string text, bool backward, ref int at, out int start, out int end, out bool last)
    {
        last = false;
        if (backward)
        {
            start = end = at;
            if (at <= 0)
            {
                return false;
            }
            int from = Math.Max(0, end - MaxLineLength - 1);
            int found = text.AsSpan(from, end - from).LastIndexOfAny(LineOrPageBreaks);
            if (found < 0 && from > 0)
            {
                return false; // a long line: content
            }
            start = found < 0 ? 0 : from + found + 1;
        }
        else
        {
            start = end = at + 1;
            if (at >= text.Length || start > text.Length)
            {
                return false;
            }
            int length = Math.Min(MaxLineLength + 1, text.Length - start);
            int found = text.AsSpan(start, length).IndexOfAny(LineOrPageBreaks);
            if (found < 0 && start + length < text.Length)
            {
                return false; // a long line: content
            }
            end = found < 0 ? text.Length : start + found;
        }
        if (PdfMarkerPage(text.AsSpan(start, end - start)) is not null)
        {
            return false; // another page's marker: furniture belongs to the page it stands on
        }
        // Another page break ends the side after this line.
        last = backward ? start == 0 || text[start - 1] == '\f' : end >= text.Length || text[end] == '\f';
        at = backward ? start - 1 : end;
        return true;
    }

    /// <summary>
    /// A line near a page edge as it recurs from page to page: which edge, then its characters without white space, in
    /// lower case, a number that is the <paramref name="page"/> it stands on as one mark — so "Page 2 of 3CM26-0040117" on
    /// page 2 and "Page 3 of 3 CM26-0040117" on page 3 are equal, and a case number, a date or a dose stay as written.
    /// </summary>
    private static string RunningKey(ReadOnlySpan<char> line, bool foot, int page)
    {
        Span<char> key = stackalloc char[line.Length + 1];
        int length = 0;
        key[length++] = foot ? FootMark : HeadMark;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (char.IsWhiteSpace(c))
            {
                continue;
            }
            int digits = char.IsAsciiDigit(c) ? line[i..].IndexOfAnyExceptInRange('0', '9') : 0;
            if (digits != 0)
            {
                var run = digits < 0 ? line[i..] : line.Slice(i, digits);
                if (Number(run, out int value) && value == page)
                {
                    key[length++] = PageNumberMark;
                }
                else
                {
                    run.CopyTo(key[length..]);
                    length += run.Length;
                }
                i += run.Length - 1;
                continue;
            }
            key[length++] = char.ToLowerInvariant(c);
        }
        return new string(key[..length]);
    }

    /// <summary>
    /// True when every word of <paramref name="line"/> is furniture — a case number (the letter's own, when it is known),
    /// "Page N of M" (N ≤ M, and N = <paramref name="page"/> when the page is known), a label word — and it holds a case
    /// number or a page count.
    /// </summary>
    internal static bool IsFurniture(ReadOnlySpan<char> line, int? page, string? ownCase)
    {
        bool numbered = false;
        bool caseNumber = false;
        int position = 0;
        while (NextToken(line, ref position, out int start, out int length))
        {
            var word = line.Slice(start, length);
            if (IsCaseNumber(word))
            {
                if (ownCase is not null && !word.TrimEnd(".,;").Equals(ownCase, StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }
                caseNumber = true;
                continue;
            }
            if (word.Equals("Page", StringComparison.OrdinalIgnoreCase))
            {
                // "Page N of M": the page of the page it stands on, of the letter's pages.
                int at = position;
                if (!NextToken(line, ref at, out int nStart, out int nLength) || !Number(line.Slice(nStart, nLength), out int n)
                    || !NextToken(line, ref at, out int ofStart, out int ofLength) || !line.Slice(ofStart, ofLength).Equals("of", StringComparison.OrdinalIgnoreCase)
                    || !NextToken(line, ref at, out int mStart, out int mLength) || !Number(line.Slice(mStart, mLength), out int m)
                    || n < 1 || n > m || (page is { } known && n != known))
                {
                    return false;
                }
                numbered = true;
                position = at;
                continue;
            }
            if (!IsLabelWord(word))
            {
                return false;
            }
        }
        return caseNumber || numbered;
    }

    /// <summary>A case number as MAXIMUS writes it: two letters, two digits, a hyphen and seven digits ("CM17-0012345").</summary>
    private static bool IsCaseNumber(ReadOnlySpan<char> word)
    {
        word = word.TrimEnd(".,;");
        if (word.Length != CaseNumberLength || !char.IsAsciiLetter(word[0]) || !char.IsAsciiLetter(word[1]) || word[4] != '-')
        {
            return false;
        }
        return !word[2..4].ContainsAnyExceptInRange('0', '9') && !word[5..].ContainsAnyExceptInRange('0', '9');
    }

    private static bool IsLabelWord(ReadOnlySpan<char> word)
    {
        foreach (string label in LabelWords)
        {
            if (word.Equals(label, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private static bool Number(ReadOnlySpan<char> word, out int value)
    {
        value = 0;
        if (word.Length is 0 or > 4 || word.ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }
        foreach (char c in word)
        {
            value = value * 10 + (c - '0');
        }
        return true;
    }

    /// <summary>
    /// The next word from <paramref name="position"/> (<see cref="NextWord"/>), cut where a page counter or a case number
    /// is glued to what follows it, as a PDF's extraction runs a footer's parts together: "3CM26-0040117" is "3" and then
    /// "CM26-0040117", "CM26-0040117Page" is the case number and then "Page".
    /// </summary>
    private static bool NextToken(ReadOnlySpan<char> line, ref int position, out int start, out int length)
    {
        if (!NextWord(line, ref position, out start, out length))
        {
            return false;
        }
        var word = line.Slice(start, length);
        int digits = word.IndexOfAnyExceptInRange('0', '9');
        int glued = word.Length > CaseNumberLength && IsCaseNumber(word[..CaseNumberLength]) && !char.IsAsciiDigit(word[CaseNumberLength])
            ? CaseNumberLength
            : digits > 0 && char.IsAsciiLetter(word[digits]) ? digits : 0;
        if (glued > 0)
        {
            length = glued;
            position = start + glued;
        }
        return true;
    }

    /// <summary>The next run of characters that are not white space from <paramref name="position"/>, which moves past it; false at the end.</summary>
    private static bool NextWord(ReadOnlySpan<char> line, ref int position, out int start, out int length)
    {
        start = position;
        while (start < line.Length && char.IsWhiteSpace(line[start]))
        {
            start++;
        }
        int end = start;
        while (end < line.Length && !char.IsWhiteSpace(line[end]))
        {
            end++;
        }
        position = end;
        length = end - start;
        return length > 0;
    }

    /// <summary>
    /// The case number the letter's first "Case Number:" gives, when it has that shape, and where its line ends (the
    /// header stays: only later repeats are furniture).
    /// </summary>
    private static string? OwnCaseNumber(string text, out int headerEnd)
    {
        headerEnd = 0;
        int label = text.IndexOf(CaseNumberLabel, StringComparison.OrdinalIgnoreCase);
        if (label < 0)
        {
            return null;
        }
        int end = LineEnd(text, label);
        int position = label + CaseNumberLabel.Length;
        var line = text.AsSpan(0, Math.Min(end, position + MaxLineLength));
        if (!NextWord(line, ref position, out int start, out int length) || !IsCaseNumber(line.Slice(start, length)))
        {
            return null;
        }
        headerEnd = end;
        return line.Slice(start, length).TrimEnd(".,;").ToString();
    }

    /// <summary>The line (between line or page breaks) around <paramref name="at"/>, or (-1, -1) when it is longer than a line of furniture.</summary>
    private static (int Start, int End) LineAround(string text, int at)
    {
        int from = Math.Max(0, at - MaxLineLength);
        int back = text.AsSpan(from, at - from).LastIndexOfAny(LineOrPageBreaks);
        if (back < 0 && from > 0)
        {
            return (-1, -1);
        }
        int start = back < 0 ? 0 : from + back + 1;
        int length = Math.Min(MaxLineLength, text.Length - at);
        int forward = text.AsSpan(at, length).IndexOfAny(LineOrPageBreaks);
        if (forward < 0 && at + length < text.Length)
        {
            return (-1, -1);
        }
        return (start, forward < 0 ? text.Length : at + forward);
    }

    private static int LineEnd(string text, int at)
    {
        int end = text.IndexOf('\n', at);
        return end < 0 ? text.Length : end;
    }

    private static int NextIndexOf(string text, string value, int from) =>
        from < text.Length ? text.IndexOf(value, from, StringComparison.Ordinal) : -1;

    /// <summary>Blanks [start, end) to spaces in the scan copy (made on first use), keeping line breaks and form feeds.</summary>
    private static void BlankSpan(string text, int start, int end, ref char[]? scan)
    {
        scan ??= text.ToCharArray();
        for (int i = start; i < end; i++)
        {
            if (scan[i] is not ('\n' or '\f'))
            {
                scan[i] = ' ';
            }
        }
    }
}

/// <summary>A PDF page that starts at a 1-based line of the extracted text (its "=== page N ===" line).</summary>
internal readonly record struct PageStart(int Line, int Page);

/// <summary>
/// One side of a page break: the lines from <paramref name="Boundary"/> (a line or page break, or the text's edge) back up
/// page <paramref name="Page"/>'s foot (<paramref name="Backward"/>) or down its head; furniture on it is blanked only when
/// it <paramref name="Blanks"/> (the first page's head is the letter's own and only counts towards what recurs).
/// </summary>
internal readonly record struct PageSide(int Boundary, bool Backward, int Page, bool Blanks);

/// <summary>What one pass of <see cref="PageFurniture.Read"/> gives: the text the checks read, and where a PDF's pages start.</summary>
internal sealed record PageReading(string ScanText, IReadOnlyList<PageStart> PageStarts);
