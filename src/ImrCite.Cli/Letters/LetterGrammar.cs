using System.Buffers;
using ImrCite.Citations;
using ImrCite.Text;

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
        var (decision, decisionStart) = DecisionEndingAt(text, lineStart, decisionEnd);
        if (decision is null)
        {
            return false;
        }
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
        var (decision, start) = DecisionEndingAt(text, decisionStart, decisionEnd);
        if (decision is null || start != decisionStart)
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
    /// The decision that ends at <paramref name="end"/> and starts at or after <paramref name="start"/>, and where it
    /// starts; (null, -1) when there is none. "Overturned" is also the end of "Partially Overturned"; the longer one is
    /// taken when it stands there whole (the shorter could then never follow a colon). Its two words may stand apart by
    /// any blanks, as a justified line or a PDF's extraction sets them.
    /// </summary>
    private static (string? Decision, int Start) DecisionEndingAt(ReadOnlySpan<char> text, int start, int end)
    {
        if (end <= start || (text[end - 1] | 0x20) != 'd')
        {
            return (null, -1); // every decision ends in a 'd': most lines are done with at one character
        }
        foreach (string decision in Decisions)
        {
            int at = PhraseStartBefore(text, start, end, decision, lineBreaks: false);
            if (at >= 0)
            {
                return (decision, at);
            }
        }
        return (null, -1);
    }

    private static readonly string[] Decisions = { PartiallyOverturned, Overturned, Upheld };

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
                match = new LabelMatch(label.Start, labelEnd, colon + 1, label.Kind);
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

    /// <summary>
    /// The label whose words end at <paramref name="end"/> (and start at or after <paramref name="start"/>), and where it
    /// starts. Its words may stand apart by any white space: doubled, a no-break space, a line break where a narrow layout
    /// wraps the label.
    /// </summary>
    private static (int Start, LetterLabel Kind)? LabelEndingAt(ReadOnlySpan<char> text, int start, int end)
    {
        foreach (var (words, kind) in Labels)
        {
            int at = PhraseStartBefore(text, start, end, words, lineBreaks: true);
            if (at >= 0)
            {
                return (at, kind);
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
        for (int at = IndexOfPhrase(text, 0, label, out int labelEnd); at >= 0; at = IndexOfPhrase(text, at + 1, label, out labelEnd))
        {
            int position = SkipBlanks(text, labelEnd);
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
    /// Guidelines", C.C.R., CCR, "Chronic Pain [Medical ]Treatment Guidelines" — as written, case and all, the words of a
    /// name apart by any white space and "fi" or "ffi" as a ligature if so drawn (<see cref="PhraseEnd"/>).
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
                    int end = PhraseEnd(window, start, word, ignoreCase: false);
                    if (end >= 0 && IsWordCharacter(word[^1]) != (end < window.Length && IsWordCharacter(window[end])))
                    {
                        length = end - start;
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
    /// Where <paramref name="phrase"/> starts when it ends at <paramref name="end"/>, within [start, end); -1 when it does not.
    /// ASCII letters match in either case, every other character as written, and a space of the phrase any run of blanks
    /// (<see cref="IsBlank"/>) or, with <paramref name="lineBreaks"/>, of white space: a layout may double a space, draw it
    /// no-break, or break the line there. Each run is passed over once per phrase that ends after it, so a scan stays linear.
    /// </summary>
    private static int PhraseStartBefore(ReadOnlySpan<char> text, int start, int end, string phrase, bool lineBreaks)
    {
        int at = end;
        for (int i = phrase.Length - 1; i >= 0; i--)
        {
            char w = phrase[i];
            if (w == ' ')
            {
                int runEnd = at;
                while (at > start && (lineBreaks ? char.IsWhiteSpace(text[at - 1]) : IsBlank(text[at - 1])))
                {
                    at--;
                }
                if (at == runEnd)
                {
                    return -1;
                }
                continue;
            }
            if (at <= start || !SameLetter(text[at - 1], w, ignoreCase: true))
            {
                return -1;
            }
            at--;
        }
        return at;
    }

    /// <summary>
    /// Where <paramref name="phrase"/> ends when it starts at <paramref name="at"/>; -1 when it does not. A space of the phrase
    /// is any run of white space, line breaks included; a word may be hyphenated at a line end (<see cref="Scan.LineBreakAfter"/>,
    /// as the citation grammar's phrases are); a ligature a PDF's text may hold (ﬁ, ﬂ, ﬀ, ﬃ, ﬄ) stands for its
    /// letters; ASCII letters match in either case when <paramref name="ignoreCase"/>.
    /// </summary>
    internal static int PhraseEnd(ReadOnlySpan<char> text, int at, string phrase, bool ignoreCase)
    {
        for (int i = 0; i < phrase.Length; i++)
        {
            char w = phrase[i];
            if (w == ' ')
            {
                int runStart = at;
                while (at < text.Length && char.IsWhiteSpace(text[at]))
                {
                    at++;
                }
                if (at == runStart)
                {
                    return -1;
                }
                continue;
            }
            if (at >= text.Length)
            {
                return -1;
            }
            if (text[at] == '-' && i > 0 && char.IsAsciiLetter(w) && char.IsAsciiLetter(phrase[i - 1])
                && Scan.LineBreakAfter(text, at + 1, text.Length) is > 0 and var after)
            {
                at = after; // a word hyphenated at a line end: "Deci-⏎sion"
            }
            if (TextCharacters.Ligature(text[at]) is { } letters
                && phrase.AsSpan(i).StartsWith(letters, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))
            {
                i += letters.Length - 1;
                at++;
                continue;
            }
            if (!SameLetter(text[at], w, ignoreCase))
            {
                return -1;
            }
            at++;
        }
        return at;
    }

    /// <summary>
    /// The first <paramref name="phrase"/> (<see cref="PhraseEnd"/>, ASCII letters in either case) at or after
    /// <paramref name="from"/>, and where it ends; -1 when there is none. The search jumps between its first letter's
    /// places, in either case (the phrase starts with an ASCII letter).
    /// </summary>
    internal static int IndexOfPhrase(ReadOnlySpan<char> text, int from, string phrase, out int end)
    {
        char lower = char.ToLowerInvariant(phrase[0]), upper = char.ToUpperInvariant(phrase[0]);
        for (int at = from; at < text.Length;)
        {
            int found = text[at..].IndexOfAny(lower, upper);
            if (found < 0)
            {
                break;
            }
            int start = at + found;
            end = PhraseEnd(text, start, phrase, ignoreCase: true);
            if (end >= 0)
            {
                return start;
            }
            at = start + 1;
        }
        end = -1;
        return -1;
    }

    /// <summary>
    /// The last <paramref name="phrase"/> (its words apart by any white space, ASCII letters in either case) that ends before
    /// <paramref name="end"/> and starts at or after <paramref name="start"/>; -1 when there is none.
    /// </summary>
    internal static int LastIndexOfPhrase(ReadOnlySpan<char> text, int start, int end, string phrase)
    {
        int space = phrase.LastIndexOf(' ');
        var last = space < 0 ? phrase.AsSpan() : phrase.AsSpan(space + 1);
        for (int before = end; before > start;)
        {
            int found = text[start..before].LastIndexOf(last, StringComparison.OrdinalIgnoreCase);
            if (found < 0)
            {
                break;
            }
            int at = PhraseStartBefore(text, start, start + found + last.Length, phrase, lineBreaks: true);
            if (at >= 0)
            {
                return at;
            }
            before = start + found + last.Length - 1;
        }
        return -1;
    }

    private static bool SameLetter(char c, char w, bool ignoreCase) =>
        c == w || (ignoreCase && char.IsAsciiLetter(w) && (c | 0x20) == (w | 0x20));

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
