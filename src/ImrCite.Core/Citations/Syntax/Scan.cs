namespace ImrCite.Citations;

/// <summary>
/// Character-level tests on citation text that every reader shares: white space, case-insensitive words and
/// phrases that match across line breaks. Pure functions of (text, position, end); they never throw on any
/// position, in or out of range.
/// </summary>
internal static class Scan
{
    /// <summary>Past the white space at <paramref name="p"/>.</summary>
    public static int SkipSpaces(string text, int p, int end)
    {
        while (p < end && char.IsWhiteSpace(text[p]))
        {
            p++;
        }
        return p;
    }

    /// <summary>True when <paramref name="value"/> stands at <paramref name="p"/>, ignoring case.</summary>
    public static bool StartsWithIgnoreCase(string text, int p, int end, string value) =>
        p >= 0 && p + value.Length <= end && string.Compare(text, p, value, 0, value.Length, StringComparison.OrdinalIgnoreCase) == 0;

    /// <summary>True when <paramref name="value"/> stands at <paramref name="p"/> as whole words.</summary>
    public static bool StartsWithWord(string text, int p, int end, string value) =>
        StartsWithIgnoreCase(text, p, end, value)
        && (p == 0 || !char.IsLetterOrDigit(text[p - 1]))
        && (p + value.Length >= end || !char.IsLetterOrDigit(text[p + value.Length]));

    /// <summary>True when <paramref name="value"/> stands at <paramref name="p"/> and no letter follows it (a trailing '.' may).</summary>
    public static bool StartsWithWordOrDot(string text, int p, int end, string value) =>
        StartsWithIgnoreCase(text, p, end, value) && (p + value.Length >= end || !char.IsLetter(text[p + value.Length]));

    /// <summary>True when an ASCII digit stands at <paramref name="p"/>.</summary>
    public static bool StartsWithDigit(string text, int p, int end) => p >= 0 && p < end && text[p] >= '0' && text[p] <= '9';

    /// <summary>
    /// The length of <paramref name="phrase"/> standing at <paramref name="p"/> as whole words, or 0. Case is
    /// ignored; a space in the phrase matches any run of white space (line breaks included), a '-' matches
    /// a hyphen or white space ("Non-MTUS", "Non MTUS"), and a word may be hyphenated at a line end ("Cita-⏎tion").
    /// </summary>
    public static int PhraseLength(string text, int p, int end, string phrase)
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
            if (q < end && text[q] == '-' && q > p && char.IsLetter(expected) && char.IsLetter(text[q - 1])
                && LineBreakAfter(text, q + 1, end) is > 0 and var after && char.IsLetter(text[after]))
            {
                q = after; // a word of the phrase hyphenated at a line end: "Cita-⏎tion"
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
    public static int IndexOfPhrase(string text, string phrase, int start, int end) => IndexOfPhrase(text, phrase, SecondWord(phrase), start, end);

    /// <summary>
    /// As <see cref="IndexOfPhrase(string, string, int, int)"/>, with the phrase's <see cref="AnchorOf">anchor</see>
    /// worked out once by the caller (a reader asks for the same phrases in every statement).
    /// </summary>
    public static int IndexOfPhrase(string text, string phrase, string anchor, int start, int end) => IndexOfPhrase(text, phrase, anchor.AsSpan(), start, end);

    /// <summary>The word <see cref="IndexOfPhrase(string, string, string, int, int)"/> looks for first: the phrase's second word when ignoring case finds it wherever the phrase stands, else "".</summary>
    public static string AnchorOf(string phrase) => SecondWord(phrase).ToString();

    private static int IndexOfPhrase(string text, string phrase, ReadOnlySpan<char> anchor, int start, int end)
    {
        char first = phrase[0];
        int i = Math.Max(0, start);
        if (i >= end)
        {
            return -1;
        }
        // Wherever the phrase stands, its second word stands as written ("based", "other"): where that word is nowhere
        // in the text, neither is the phrase, and one vectorised search says so instead of a stop at every first letter.
        if (anchor.Length > 0 && text.AsSpan(i, end - i).IndexOf(anchor, StringComparison.OrdinalIgnoreCase) < 0)
        {
            return -1;
        }
        if (first is >= 'a' and <= 'z' and not ('i' or 'k'))
        {
            // Only the letter in either case lowers to it (not so for 'i' and 'k': 'İ', the Kelvin sign): jump from one
            // to the next with a vectorised search instead of lowering every character.
            char upper = (char)(first - 'a' + 'A');
            while (i < end)
            {
                int found = text.AsSpan(i, end - i).IndexOfAny(first, upper);
                if (found < 0)
                {
                    return -1;
                }
                i += found;
                // A phrase starts a word: a letter inside a word ("Pain", "Chronic") is passed over without the call.
                if ((i == 0 || !char.IsLetterOrDigit(text[i - 1])) && PhraseLength(text, i, end, phrase) > 0)
                {
                    return i;
                }
                i++;
            }
            return -1;
        }
        for (; i < end; i++)
        {
            if (char.ToLowerInvariant(text[i]) == first && PhraseLength(text, i, end, phrase) > 0)
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>
    /// The phrase's second word (between its first and second ' ' or '-'), when ignoring case finds it wherever
    /// <see cref="PhraseLength"/> does: ASCII letters other than 'i' and 'k' (which 'İ' and the Kelvin sign lower to);
    /// otherwise empty.
    /// </summary>
    private static ReadOnlySpan<char> SecondWord(string phrase)
    {
        int from = phrase.IndexOfAny(WordBreaks) + 1;
        if (from <= 0)
        {
            return default;
        }
        int to = phrase.IndexOfAny(WordBreaks, from);
        var word = phrase.AsSpan(from, (to < 0 ? phrase.Length : to) - from);
        foreach (char c in word)
        {
            if (c is < 'a' or > 'z' or 'i' or 'k')
            {
                return default;
            }
        }
        return word;
    }

    private static readonly char[] WordBreaks = { ' ', '-' };

    /// <summary>True when [start, end) holds a letter.</summary>
    public static bool HasLetters(string text, int start, int end)
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

    /// <summary>True when [start, end) holds a letter or a digit.</summary>
    public static bool HasLettersOrDigits(string text, int start, int end)
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

    /// <summary>
    /// The first character of the next line of text when only spaces stand between <paramref name="p"/> and a line break;
    /// otherwise -1. One blank line may stand between, as in the layout that follows every line with a blank one
    /// ("Trans-⏎⏎cutaneous"); two are a paragraph's end.
    /// </summary>
    public static int LineBreakAfter(ReadOnlySpan<char> text, int p, int end)
    {
        p = PastLineBreak(text, p, end);
        if (p < 0)
        {
            return -1;
        }
        if (p < end && text[p] is '\r' or '\n')
        {
            p = PastLineBreak(text, p, end);
        }
        return p >= 0 && p < end ? p : -1;
    }

    /// <summary>Past spaces, one line break and the spaces after it; -1 when no line break comes first.</summary>
    private static int PastLineBreak(ReadOnlySpan<char> text, int p, int end)
    {
        while (p < end && (text[p] == ' ' || text[p] == '\t'))
        {
            p++;
        }
        if (p < end && text[p] == '\r')
        {
            p++;
        }
        if (p >= end || text[p] != '\n')
        {
            return -1;
        }
        p++;
        while (p < end && (text[p] == ' ' || text[p] == '\t'))
        {
            p++;
        }
        return p;
    }
}

/// <summary>
/// The next place a phrase or marker stands, remembered between queries. A reader moves forward, so once a
/// search from <c>p</c> found nothing (or found <c>q</c>), every later search from <c>p' ≥ p</c> (and
/// <c>p' ≤ q</c>) has the same answer: each stretch of text is searched once, which keeps a statement of many
/// citations linear however they follow each other. A mutable struct kept in a field of its reader: ask
/// <see cref="IsKnownFrom"/>, and when it is not known search and <see cref="Remember"/> the answer.
/// </summary>
internal struct NextOccurrence
{
    private int _searchedFrom;
    private int _found;

    /// <summary>Nothing searched yet.</summary>
    public static NextOccurrence Start => new() { _searchedFrom = int.MaxValue, _found = -1 };

    /// <summary>The occurrence last remembered, or -1.</summary>
    public readonly int Found => _found;

    /// <summary>True when the first occurrence at or after <paramref name="from"/> is <see cref="Found"/> without searching again.</summary>
    public readonly bool IsKnownFrom(int from) => from >= _searchedFrom && (_found < 0 || from <= _found);

    /// <summary>Records that a search from <paramref name="from"/> found <paramref name="found"/> (-1: nothing), and returns it.</summary>
    public int Remember(int from, int found)
    {
        _searchedFrom = from;
        _found = found;
        return found;
    }
}
