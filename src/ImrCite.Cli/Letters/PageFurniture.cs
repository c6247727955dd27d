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
/// Real content is never furniture. A line is furniture when every word on it is (a case number, "Page N of M" — also
/// glued to the case number, as a PDF's extraction gives "Page 2 of 3CM17-0012345" — the words of a running head's
/// label), it holds a case number or a page count, and it stands within a few lines of a page break on the page it
/// numbers — "Page N of M" only on page N — or it repeats the letter's own case number (the one its "Case Number:"
/// header gives). A line of any words (a letterhead's name before "Case Number:") is furniture as a running head or
/// footer: it stands near the same edge of every page, equal once the page's own number is set aside. Head and footer
/// may both stand at a page's top (as a browser's print gives them) or both at its bottom: a zone is blanked line by line
/// from the page edge up to its first line of content. "Page(s): 74-96" or "Page 74 of 127" inside a statement, a line
/// that recurs on a few pages only, and the head of the first page are none of these.
/// Linear: each page break looks at a bounded number of short lines on either side.
/// </remarks>
internal static class PageFurniture
{
    /// <summary>How the tool's line between a PDF's pages begins: "=== page N ===".</summary>
    public const string PdfMarkerPrefix = "=== page ";

    /// <summary>The running head's label that gives the letter's case number.</summary>
    private const string CaseNumberLabel = "Case Number:";

    /// <summary>The length of a case number: "CM17-0012345".</summary>
    private const int CaseNumberLength = 12;

    /// <summary>How a running line's key (<see cref="RunningKeys"/>) marks the number of the page it stands on.</summary>
    private const char PageNumberMark = '\u0001';

    /// <summary>The most words of one line tried as its page's number (a running line holds one or two numbers).</summary>
    private const int MaxPageMarks = 4;

    /// <summary>How many lines either side of a page break may be furniture (blank lines included).</summary>
    private const int ZoneLines = 6;

    /// <summary>A line longer than this is content, never furniture (and the search for its start stops there).</summary>
    private const int MaxLineLength = 160;

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
        string? ownCase = OwnCaseNumber(text, out int header);
        // Each page break: where its footer zone ends (walking back) and its head zone starts (walking on), the pages on
        // either side. The first page's head is the letter's own, not a running one.
        var breaks = new List<PageBreak>();
        int lastPage = 0;
        // Where the first page's head starts: after a PDF's first marker line, or at the text's start.
        int firstTop = -1;
        if (isPdf)
        {
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
                    breaks.Add(new PageBreak(at - 1, end, page - 1, page));
                }
                if (lastPage == 0)
                {
                    firstTop = end;
                }
                lastPage = page;
            }
        }
        else
        {
            for (int at = text.IndexOf('\f'); at >= 0; at = at + 1 < text.Length ? text.IndexOf('\f', at + 1) : -1)
            {
                breaks.Add(new PageBreak(at, at, breaks.Count + 1, breaks.Count + 2));
            }
            lastPage = breaks.Count > 0 ? breaks.Count + 1 : 0;
        }
        var runningFooters = RunningLines(text, breaks, firstTop, lastPage, backward: true);
        var runningHeads = RunningLines(text, breaks, firstTop, lastPage, backward: false);
        foreach (var pageBreak in breaks)
        {
            Zone(text, pageBreak.Back, backward: true, pageBreak.PageBefore, ownCase, runningFooters, ref scan);
            Zone(text, pageBreak.Forward, backward: false, pageBreak.PageAfter, ownCase, runningHeads, ref scan);
        }
        if (lastPage > 0)
        {
            Zone(text, text.Length, backward: true, lastPage, ownCase, runningFooters, ref scan);
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

    /// <summary>A page break: its footer zone ends at <see cref="Back"/>, its head zone starts after <see cref="Forward"/>.</summary>
    private readonly record struct PageBreak(int Back, int Forward, int PageBefore, int PageAfter);

    /// <summary>
    /// The lines that stand in the footer zone (<paramref name="backward"/>) or the head zone of every page break, and on two
    /// pages at least — a head also counts on the first page's top, where a letterhead stands, a footer on the last page's
    /// foot (then, on two pages only, it must hold a number: a case number, the page's): a running footer or head of
    /// any shape (a letterhead, a date, a title) repeated on each page. A line of the letter's grammar (a label, an item's
    /// decision) is never one. Keys have their white space collapsed (<see cref="RunningKeys"/>). Null when there is none.
    /// </summary>
    private static HashSet<string>? RunningLines(string text, List<PageBreak> breaks, int firstTop, int lastPage, bool backward)
    {
        if (breaks.Count == 0)
        {
            return null;
        }
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var atEveryBreak = new Dictionary<string, int>(StringComparer.Ordinal);
        var onThisPage = new HashSet<string>(StringComparer.Ordinal);
        void Collect(int boundary, int page, bool isBreak)
        {
            onThisPage.Clear();
            int at = boundary;
            for (int line = 0; line < ZoneLines && StepLine(text, ref at, backward, out int start, out int end, out bool pageEdge); line++)
            {
                foreach (string key in RunningKeys(text.AsSpan(start, end - start), page))
                {
                    if (onThisPage.Add(key))
                    {
                        counts[key] = counts.GetValueOrDefault(key) + 1;
                        if (isBreak)
                        {
                            atEveryBreak[key] = atEveryBreak.GetValueOrDefault(key) + 1;
                        }
                    }
                }
                if (pageEdge)
                {
                    break;
                }
            }
        }
        if (backward)
        {
            Collect(text.Length, lastPage, isBreak: false); // the last page's foot
        }
        else
        {
            Collect(firstTop, 1, isBreak: false); // the first page's top
        }
        foreach (var pageBreak in breaks)
        {
            Collect(backward ? pageBreak.Back : pageBreak.Forward, backward ? pageBreak.PageBefore : pageBreak.PageAfter, isBreak: true);
        }
        HashSet<string>? running = null;
        foreach (var (key, count) in atEveryBreak)
        {
            // A footer seen on two pages only must hold a number (a case number, a page's): the last lines of a letter of
            // two pages may well repeat a line of content ("necessary."), its first lines hardly.
            bool numbered = key.Any(char.IsAsciiDigit) || key.Contains(PageNumberMark, StringComparison.Ordinal);
            if (count == breaks.Count && counts[key] >= 2 && (!backward || counts[key] >= 3 || numbered)
                && key.Any(char.IsLetterOrDigit) && !LetterGrammar.ContainsLabel(key) && !LetterGrammar.IsItemLine(key))
            {
                (running ??= new HashSet<string>(StringComparer.Ordinal)).Add(key);
            }
        }
        return running;
    }

    /// <summary>
    /// A line's keys: its words joined by single spaces, a page counter cut from what it is glued to
    /// (<see cref="NextToken"/>), as written, and once more for each word that is the number of the <paramref name="page"/>
    /// it stands on, with that word as the mark — the same running line has a key in common on every page, however its
    /// spaces were extracted and whatever other numbers it holds: "Page 2 of 3CM26-0040117" on page 2 and "Page 3 of
    /// 3 CM26-0040117" on page 3 share "Page # of 3 CM26-0040117", "Version 1 Page 1 of 3" on page 1 and "Version 1 Page 2
    /// of 3" on page 2 share "Version 1 Page # of 3". A case number, a date or a dose stay as written. Empty for a line
    /// without a word; at most <see cref="MaxPageMarks"/> marked keys, so a line costs a bounded number of keys.
    /// </summary>
    private static List<string> RunningKeys(ReadOnlySpan<char> line, int page)
    {
        var words = new List<(int Start, int Length)>();
        int position = 0;
        while (NextToken(line, ref position, out int start, out int length))
        {
            words.Add((start, length));
        }
        var keys = new List<string>(2);
        if (words.Count == 0)
        {
            return keys;
        }
        keys.Add(Key(line, words, marked: -1));
        for (int i = 0; i < words.Count && keys.Count <= MaxPageMarks; i++)
        {
            if (Number(line.Slice(words[i].Start, words[i].Length), out int value) && value == page)
            {
                keys.Add(Key(line, words, marked: i));
            }
        }
        return keys;

        static string Key(ReadOnlySpan<char> line, List<(int Start, int Length)> words, int marked)
        {
            var key = new StringBuilder(line.Length);
            for (int i = 0; i < words.Count; i++)
            {
                key.Append(i > 0 ? " " : "");
                if (i == marked)
                {
                    key.Append(PageNumberMark);
                }
                else
                {
                    key.Append(line.Slice(words[i].Start, words[i].Length));
                }
            }
            return key.ToString();
        }
    }

    /// <summary>True when any of <paramref name="line"/>'s keys (<see cref="RunningKeys"/>) is a running line's.</summary>
    private static bool IsRunning(ReadOnlySpan<char> line, int page, HashSet<string> running)
    {
        foreach (string key in RunningKeys(line, page))
        {
            if (running.Contains(key))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The lines on one side of the page break at <paramref name="boundary"/> (a form feed, the line break before a PDF
    /// marker or after it, or the text's end): blank lines are passed over, furniture of page <paramref name="page"/> and
    /// the <paramref name="running"/> lines are blanked, and the first line of content ends the zone, as does another page
    /// break. A line that is only a date ("February 6, 2017", "Date: 02/06/2017") is the running head's or footer's when
    /// the zone has other furniture, and is blanked then.
    /// </summary>
    private static void Zone(string text, int boundary, bool backward, int page, string? ownCase, HashSet<string>? running, ref char[]? scan)
    {
        int at = boundary;
        bool furniture = false;
        List<(int Start, int End)>? dates = null;
        for (int line = 0; line < ZoneLines && StepLine(text, ref at, backward, out int start, out int end, out bool pageEdge); line++)
        {
            var content = text.AsSpan(start, end - start);
            if (!content.IsWhiteSpace())
            {
                if (IsFurniture(content, page, ownCase) || (running is not null && IsRunning(content, page, running)))
                {
                    BlankSpan(text, start, end, ref scan);
                    furniture = true;
                }
                else if (IsDateLine(content))
                {
                    (dates ??= new List<(int, int)>()).Add((start, end));
                }
                else
                {
                    break;
                }
            }
            // Another page break ends the zone: furniture belongs to the page it stands on.
            if (pageEdge)
            {
                break;
            }
        }
        if (furniture && dates is not null)
        {
            foreach (var (start, end) in dates)
            {
                BlankSpan(text, start, end, ref scan);
            }
        }
    }

    /// <summary>
    /// The next line walking from <paramref name="at"/> (back, or on), [start, end) between line or page breaks, and
    /// <paramref name="at"/> moved past it; <paramref name="pageEdge"/> when the line stands at another page break. False at
    /// the text's edge or at a line too long to be furniture (content).
    /// </summary>
    private static bool StepLine(string text, ref int at, bool backward, out int start, out int end, out bool pageEdge)
    {
        start = end = 0;
        pageEdge = false;
        if (backward)
        {
            if (at <= 0)
            {
                return false;
            }
            end = at;
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
            start = at + 1;
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
        pageEdge = backward ? start == 0 || text[start - 1] == '\f' : end >= text.Length || text[end] == '\f';
        at = backward ? start - 1 : end;
        return true;
    }

    /// <summary>The words a date line may hold before its date: "Date:", "Decision Date:", "Dated".</summary>
    private static readonly string[] DateLabelWords = { "date", "date:", "dated", "dated:", "decision" };

    private static readonly string[] DateFormats = { "M/d/yyyy", "M-d-yyyy", "MMMM d, yyyy", "MMM d, yyyy", "MMM. d, yyyy", "yyyy-MM-dd" };

    /// <summary>True when <paramref name="line"/> is a date alone, after date label words: "February 6, 2017", "Date: 02/06/2017".</summary>
    internal static bool IsDateLine(ReadOnlySpan<char> line)
    {
        int position = 0;
        int dateStart = -1;
        while (NextWord(line, ref position, out int start, out int length))
        {
            bool label = false;
            foreach (string word in DateLabelWords)
            {
                label |= line.Slice(start, length).Equals(word, StringComparison.OrdinalIgnoreCase);
            }
            if (!label)
            {
                dateStart = start;
                break;
            }
        }
        if (dateStart < 0)
        {
            return false;
        }
        var date = line[dateStart..].Trim();
        return date.Length <= 24 && DateTime.TryParseExact(string.Join(' ', date.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)),
            DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
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

/// <summary>What one pass of <see cref="PageFurniture.Read"/> gives: the text the checks read, and where a PDF's pages start.</summary>
internal sealed record PageReading(string ScanText, IReadOnlyList<PageStart> PageStarts);
