using System.Buffers;

namespace ImrCite.Cli.Letters;

/// <summary>Which block a label opens.</summary>
internal enum LetterLabel
{
    /// <summary>"Claims Administrator guideline:".</summary>
    ClaimsAdministrator,
    /// <summary>"MAXIMUS guideline:".</summary>
    Maximus,
    /// <summary>"Expert Reviewer guideline:" (the reviewer's statement under its other name).</summary>
    ExpertReviewer,
    /// <summary>"Decision rationale:".</summary>
    DecisionRationale,
}

/// <summary>
/// A disputed item's line: <c>&lt;item&gt;[^\S\n]*:[^\S\n]*\n?[^\S\n]*&lt;decision&gt;[^\S\n]*</c> from a line start to a line end
/// (<c>[^\S\n]</c>: a blank, any white space but a line break).
/// [Start, End) is the whole match (one line, or two when the decision stands on the next line); the item ends at
/// <see cref="ItemEnd"/>; the decision is [DecisionStart, DecisionEnd).
/// </summary>
internal readonly record struct ItemLineMatch(int Start, int End, int ItemEnd, int DecisionStart, int DecisionEnd, string Decision);

/// <summary>A label and its colon: the label's words are [Start, LabelEnd), the colon ends at End.</summary>
internal readonly record struct LabelMatch(int Start, int LabelEnd, int End, LetterLabel Label);

/// <summary>
/// The letter's small grammars — the disputed item's line, the block labels, the decision date and the words that make a
/// rationale's sentence citation-like —
/// read by a hand-written scanner: one forward pass that jumps between line breaks and colons (vectorised searches)
/// and looks back a bounded distance from each. No backtracking and no allocation: each character is looked at a
/// bounded number of times, so a megabyte on one line, thousands of items or a page of near-miss labels are read in
/// time linear in the text.
/// </summary>
/// <remarks>
/// The words match case-insensitively as .NET's invariant-culture regular expressions match them: ASCII letters in
/// either case and nothing else (for these words the only wider equivalence, the Kelvin sign for 'k', cannot occur).
/// White space that ends an item is <see cref="char.IsWhiteSpace(char)"/> (<c>\S</c>); the blanks around the colon and
/// the decision, before a label's colon and after "Decision Date:" are any white space but '\n' — spaces and tabs, and
/// what other tools leave in a line: a form feed where a page breaks (pdftotext), a no-break space, the '\r' of a
/// "\r\r\n" line end. A line ends at '\n' only. Digits are Unicode decimal digits (<c>\d</c>).
/// </remarks>
internal static class LetterGrammar
{
    private const string PartiallyOverturned = "Partially Overturned";
    private const string Overturned = "Overturned";
    private const string Upheld = "Upheld";

    /// <summary>
    /// The first item line that starts at a line start at or after <paramref name="from"/> (a line start is the
    /// text's start or just after a '\n'; a line that begins before <paramref name="from"/> is not one).
    /// </summary>
    public static bool NextItemLine(ReadOnlySpan<char> text, int from, out ItemLineMatch match)
    {
        int lineStart = from;
        if (from > 0 && text[from - 1] != '\n')
        {
            int newline = text[from..].IndexOf('\n');
            if (newline < 0)
            {
                match = default;
                return false;
            }
            lineStart = from + newline + 1;
        }
        while (lineStart < text.Length)
        {
            int newline = text[lineStart..].IndexOf('\n');
            int lineEnd = newline < 0 ? text.Length : lineStart + newline;
            if (OneLine(text, lineStart, lineEnd, out match) || TwoLines(text, lineStart, lineEnd, out match))
            {
                return true;
            }
            lineStart = lineEnd + 1;
        }
        match = default;
        return false;
    }

    /// <summary>True when <paramref name="line"/> (no '\n' in it) is an item line with its decision on it.</summary>
    public static bool IsItemLine(ReadOnlySpan<char> line) => OneLine(line, 0, line.Length, out _);

    /// <summary>"item: decision" on the line [lineStart, lineEnd).</summary>
    private static bool OneLine(ReadOnlySpan<char> text, int lineStart, int lineEnd, out ItemLineMatch match)
    {
        match = default;
        int decisionEnd = SkipBlanksBack(text, lineStart, lineEnd);
        string? decision = DecisionEndingAt(text, lineStart, decisionEnd);
        if (decision is null)
        {
            return false;
        }
        int decisionStart = decisionEnd - decision.Length;
        int colon = SkipBlanksBack(text, lineStart, decisionStart) - 1;
        if (colon < lineStart || text[colon] != ':' || ItemEndBefore(text, lineStart, colon) is not int itemEnd)
        {
            return false;
        }
        match = new ItemLineMatch(lineStart, lineEnd, itemEnd, decisionStart, decisionEnd, decision);
        return true;
    }

    /// <summary>"item:" ending the line [lineStart, lineEnd), and the decision alone on the next line.</summary>
    private static bool TwoLines(ReadOnlySpan<char> text, int lineStart, int lineEnd, out ItemLineMatch match)
    {
        match = default;
        if (lineEnd >= text.Length)
        {
            return false;
        }
        int colon = SkipBlanksBack(text, lineStart, lineEnd) - 1;
        if (colon < lineStart || text[colon] != ':' || ItemEndBefore(text, lineStart, colon) is not int itemEnd)
        {
            return false;
        }
        int nextStart = lineEnd + 1;
        int newline = text[nextStart..].IndexOf('\n');
        int nextEnd = newline < 0 ? text.Length : nextStart + newline;
        int decisionEnd = SkipBlanksBack(text, nextStart, nextEnd);
        int decisionStart = nextStart;
        while (decisionStart < decisionEnd && IsBlank(text[decisionStart]))
        {
            decisionStart++;
        }
        string? decision = DecisionEndingAt(text, decisionStart, decisionEnd);
        if (decision is null || decisionEnd - decision.Length != decisionStart)
        {
            return false;
        }
        match = new ItemLineMatch(lineStart, nextEnd, itemEnd, decisionStart, decisionEnd, decision);
        return true;
    }

    /// <summary>
    /// Where the item before the colon at <paramref name="colon"/> ends: after its last character that is not white
    /// space, with only spaces or tabs between it and the colon; null when there is no such character on the line.
    /// </summary>
    private static int? ItemEndBefore(ReadOnlySpan<char> text, int lineStart, int colon)
    {
        int itemEnd = SkipBlanksBack(text, lineStart, colon);
        return itemEnd > lineStart && !char.IsWhiteSpace(text[itemEnd - 1]) ? itemEnd : null;
    }

    /// <summary>
    /// The decision that ends at <paramref name="end"/> and starts at or after <paramref name="start"/>, or null.
    /// "Overturned" is also the end of "Partially Overturned"; the longer one is taken when it stands there whole
    /// (the shorter could then never follow a colon).
    /// </summary>
    private static string? DecisionEndingAt(ReadOnlySpan<char> text, int start, int end)
    {
        if (end <= start || (text[end - 1] | 0x20) != 'd')
        {
            return null; // every decision ends in a 'd': most lines are done with at one character
        }
        if (EndsWithWord(text, start, end, PartiallyOverturned))
        {
            return PartiallyOverturned;
        }
        if (EndsWithWord(text, start, end, Overturned))
        {
            return Overturned;
        }
        return EndsWithWord(text, start, end, Upheld) ? Upheld : null;
    }

    /// <summary>
    /// Each "label[^\S\n]*:" in <paramref name="text"/> from <paramref name="from"/>, in order. A label ends in a colon
    /// and holds none, so the scanner jumps from colon to colon and looks back for a label before each.
    /// </summary>
    public static bool NextLabel(ReadOnlySpan<char> text, int from, out LabelMatch match)
    {
        int at = from;
        while (at < text.Length)
        {
            int found = text[at..].IndexOf(':');
            if (found < 0)
            {
                break;
            }
            int colon = at + found;
            int labelEnd = SkipBlanksBack(text, from, colon);
            if (LabelEndingAt(text, from, labelEnd) is { } label)
            {
                match = new LabelMatch(labelEnd - label.Length, labelEnd, colon + 1, label.Kind);
                return true;
            }
            at = colon + 1;
        }
        match = default;
        return false;
    }

    /// <summary>True when <paramref name="text"/> holds a label and its colon anywhere.</summary>
    public static bool ContainsLabel(ReadOnlySpan<char> text) => NextLabel(text, 0, out _);

    private static readonly (string Words, LetterLabel Kind)[] Labels =
    {
        ("Claims Administrator guideline", LetterLabel.ClaimsAdministrator),
        ("MAXIMUS guideline", LetterLabel.Maximus),
        ("Expert Reviewer guideline", LetterLabel.ExpertReviewer),
        ("Decision rationale", LetterLabel.DecisionRationale),
    };

    /// <summary>The label whose words end at <paramref name="end"/> (and start at or after <paramref name="start"/>).</summary>
    private static (int Length, LetterLabel Kind)? LabelEndingAt(ReadOnlySpan<char> text, int start, int end)
    {
        foreach (var (words, kind) in Labels)
        {
            if (EndsWithWord(text, start, end, words))
            {
                return (words.Length, kind);
            }
        }
        return null;
    }

    /// <summary>
    /// The first "Decision Date:[^\S\n]*m/d/yyyy" (one or two digits for the month and the day, four for the year), as
    /// a date when it is one; null when there is none or the first one is no valid date.
    /// </summary>
    public static GuidelineDate? DecisionDate(string text)
    {
        const string label = "Decision Date:";
        // Ordinal case-insensitive search finds every ASCII-case variant (and a few wider ones, checked again below).
        for (int at = text.IndexOf(label, StringComparison.OrdinalIgnoreCase); at >= 0;
             at = at + 1 < text.Length ? text.IndexOf(label, at + 1, StringComparison.OrdinalIgnoreCase) : -1)
        {
            if (!EndsWithWord(text, at, at + label.Length, label))
            {
                continue;
            }
            int position = SkipBlanks(text, at + label.Length);
            if (!DigitsThenSlash(text, ref position, out var month) || !DigitsThenSlash(text, ref position, out var day)
                || position + 4 > text.Length || !AllDigits(text.AsSpan(position, 4)))
            {
                continue;
            }
            var year = text.AsSpan(position, 4);
            // Digits beyond ASCII are digits to the grammar (\d) but name no date.
            if (!Ascii(text.AsSpan(month.Start, month.Length)) || !Ascii(text.AsSpan(day.Start, day.Length)) || !Ascii(year))
            {
                return null;
            }
            return GuidelineDate.TryParse($"{year}-{int.Parse(text.AsSpan(month.Start, month.Length), CultureInfo.InvariantCulture):D2}-{int.Parse(text.AsSpan(day.Start, day.Length), CultureInfo.InvariantCulture):D2}", out var date)
                ? date
                : null;
        }
        return null;
    }

    /// <summary>One or two digits and a '/' at <paramref name="position"/>, which then moves past the slash.</summary>
    private static bool DigitsThenSlash(string text, ref int position, out (int Start, int Length) digits)
    {
        int start = position;
        digits = default;
        if (start < text.Length && char.IsDigit(text[start]))
        {
            int length = start + 1 < text.Length && char.IsDigit(text[start + 1]) ? 2 : 1;
            if (start + length < text.Length && text[start + length] == '/')
            {
                position = start + length + 1;
                digits = (start, length);
                return true;
            }
        }
        return false;
    }

    private static bool AllDigits(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }
        return true;
    }

    private static bool Ascii(ReadOnlySpan<char> digits) => !digits.ContainsAnyExceptInRange('0', '9');

    /// <summary>
    /// The words that make a rationale's sentence citation-like, each a whole word: MTUS, ACOEM, ODG, "Official Disability
    /// Guidelines", C.C.R., CCR, "Chronic Pain [Medical ]Treatment Guidelines" — as written, case and all.
    /// </summary>
    private static readonly string[] AnchorWords =
    {
        "MTUS", "ACOEM", "ODG", "Official Disability Guidelines", "C.C.R.", "CCR",
        "Chronic Pain Medical Treatment Guidelines", "Chronic Pain Treatment Guidelines",
    };

    private static readonly SearchValues<char> AnchorStarts = SearchValues.Create("MAOC");

    /// <summary>
    /// The first anchor word in <paramref name="window"/> at or after <paramref name="from"/>: its index, or -1; the
    /// window's edges count as word boundaries. Each word must stand at a word boundary on both sides, as <c>\b</c> has it:
    /// no word character before it, and after it a change between word and non-word character (so "C.C.R.", which
    /// ends in a full stop, counts only when a word character follows it directly).
    /// </summary>
    public static int NextAnchor(ReadOnlySpan<char> window, int from, out int length)
    {
        int at = from;
        while (at < window.Length)
        {
            int found = window[at..].IndexOfAny(AnchorStarts);
            if (found < 0)
            {
                break;
            }
            int start = at + found;
            if (start == 0 || !IsWordCharacter(window[start - 1]))
            {
                foreach (string word in AnchorWords)
                {
                    int end = start + word.Length;
                    if (window[start..].StartsWith(word, StringComparison.Ordinal)
                        && IsWordCharacter(word[^1]) != (end < window.Length && IsWordCharacter(window[end])))
                    {
                        length = word.Length;
                        return start;
                    }
                }
            }
            at = start + 1;
        }
        length = 0;
        return -1;
    }

    /// <summary>
    /// A word character as a word boundary sees it: a letter, a non-spacing mark, a decimal digit, a connector
    /// punctuation, or the zero-width (non-)joiner.
    /// </summary>
    public static bool IsWordCharacter(char c)
    {
        if (char.IsAscii(c))
        {
            return char.IsAsciiLetterOrDigit(c) || c == '_';
        }
        if (c is '\u200C' or '\u200D')
        {
            return true;
        }
        return char.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation => true,
            _ => false,
        };
    }

    /// <summary>
    /// True when <paramref name="word"/> ends at <paramref name="end"/>, within [start, end), in ASCII letters of
    /// either case (every other character as written).
    /// </summary>
    private static bool EndsWithWord(ReadOnlySpan<char> text, int start, int end, string word)
    {
        int at = end - word.Length;
        if (at < start)
        {
            return false;
        }
        for (int i = 0; i < word.Length; i++)
        {
            char c = text[at + i];
            char w = word[i];
            if (c != w && !(char.IsAsciiLetter(w) && (c | 0x20) == (w | 0x20)))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>White space that is no line break (<c>[^\S\n]</c>).</summary>
    private static bool IsBlank(char c) => c != '\n' && char.IsWhiteSpace(c);

    /// <summary>Back from <paramref name="end"/> over blanks, not before <paramref name="start"/>.</summary>
    private static int SkipBlanksBack(ReadOnlySpan<char> text, int start, int end)
    {
        while (end > start && IsBlank(text[end - 1]))
        {
            end--;
        }
        return end;
    }

    private static int SkipBlanks(string text, int position)
    {
        while (position < text.Length && IsBlank(text[position]))
        {
            position++;
        }
        return position;
    }
}
