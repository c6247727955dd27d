using System.Runtime.CompilerServices;
using ImrCite.Diagnostics;

namespace ImrCite.Citations;

/// <summary>
/// Digits of other scripts in citation text — fullwidth "７４", as a CJK input method or an OCR engine writes them,
/// Arabic-Indic "٧٤" — are read as the ASCII digits they stand for, so "Page ７４" and "９７９２.２０" are checked like
/// "Page 74" and "9792.20" (page numbers, regulation numbers and years alike: the grammar reads a folded copy of the
/// text, the same length, so every span is the original's), and each citation that has them gets one IMR0100 that
/// names the first, says how many more, and gives the ASCII form: other software reading the letter will not take
/// them for digits.
/// </summary>
internal static class NonAsciiDigits
{
    /// <summary>
    /// Each text's folded copy, made once: a letter's blocks are analysed one after another in the same text, and folding
    /// the whole text for each would be quadratic. Weak keys: a copy lives only as long as its text, on any thread (a
    /// thread-static "last text" kept one text and its copy alive per thread of a compiler server).
    /// </summary>
    private static readonly ConditionalWeakTable<string, string> FoldedTexts = new ConditionalWeakTable<string, string>();

    /// <summary>
    /// <paramref name="text"/> with every decimal digit outside ASCII (one UTF-16 unit each) replaced by its ASCII digit,
    /// or <paramref name="text"/> itself when [<paramref name="start"/>, <paramref name="end"/>) holds none.
    /// </summary>
    public static string Fold(string text, int start, int end) =>
        IndexOf(text, start, end) < 0 ? text : FoldedTexts.GetValue(text, FoldAll);

    private static string FoldAll(string text)
    {
        char[] folded = text.ToCharArray();
        for (int i = 0; i < folded.Length; i++)
        {
            if (IsOtherDigit(folded[i]))
            {
                folded[i] = (char)('0' + CharUnicodeInfo.GetDecimalDigitValue(folded[i]));
            }
        }
        return new string(folded);
    }

    /// <summary>One IMR0100 per segment that holds a number written with digits outside ASCII.</summary>
    public static void Report(string original, CitationSegment segment, int start, int end, List<CitationProblem> problems)
    {
        int from = Math.Max(start, segment.Start);
        int to = Math.Min(end, segment.End);
        int first = IndexOf(original, from, to);
        if (first < 0)
        {
            return;
        }
        var (numberStart, numberEnd) = NumberAround(original, first, from, to);
        int more = 0;
        for (int at = IndexOf(original, numberEnd, to); at >= 0; at = IndexOf(original, NumberAround(original, at, from, to).End, to))
        {
            more++;
        }
        string written = original.Substring(numberStart, numberEnd - numberStart);
        string ascii = Fold(written, 0, written.Length);
        string kind = IsFullwidth(written) ? "fullwidth digits" : "digits of another script";
        string others = more == 0 ? "" : string.Format(CultureInfo.InvariantCulture, " (and {0} more number{1} of this citation)", more, more == 1 ? "" : "s");
        problems.Add(new CitationProblem(Rules.MalformedCitation,
            new object?[] { $"'{CitationText.OneLine(written)}' is written in {kind}{others}; it is read as '{ascii}', but write ASCII digits, which every reader of the letter takes for numbers" },
            numberStart, numberEnd - numberStart, ascii, ImrSeverity.Warning));
    }

    /// <summary>The number a digit at <paramref name="at"/> belongs to: digits of any script and the dots between them.</summary>
    private static (int Start, int End) NumberAround(string text, int at, int from, int to)
    {
        int start = at;
        while (start > from && (char.IsDigit(text[start - 1]) || (text[start - 1] == '.' && start - 1 > from && char.IsDigit(text[start - 2]))))
        {
            start--;
        }
        int end = at;
        while (end < to && (char.IsDigit(text[end]) || (text[end] == '.' && end + 1 < to && char.IsDigit(text[end + 1]))))
        {
            end++;
        }
        return (start, end);
    }

    private static int IndexOf(string text, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (text[i] > '\u007f' && IsOtherDigit(text[i]))
            {
                return i;
            }
        }
        return -1;
    }

    private static bool IsOtherDigit(char c) => c > '\u007f' && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.DecimalDigitNumber;

    private static bool IsFullwidth(string number)
    {
        foreach (char c in number)
        {
            if (c > '\u007f' && c is < '\uff10' or > '\uff19' && IsOtherDigit(c))
            {
                return false;
            }
        }
        return true;
    }
}
