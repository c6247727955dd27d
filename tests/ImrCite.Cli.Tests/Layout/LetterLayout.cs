using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace ImrCite.Cli.Tests.Layout;

/// <summary>
/// A text letter as layout sees it: fixed lines (a header table, a centred heading), blank lines, page breaks, and
/// paragraphs of words that may be laid out again at any width. Laying it out again changes where lines and pages break,
/// never a word: what a letter says is the same in every layout this makes.
/// </summary>
internal sealed class LetterLayout
{
    private static readonly Regex Decision = new(@":\s*(Upheld|Overturned|Partially Overturned)\s*$", RegexOptions.CultureInvariant);
    private static readonly Regex DecisionAlone = new(@"^(Upheld|Overturned|Partially Overturned)$", RegexOptions.CultureInvariant);
    private static readonly Regex FieldLabel = new(@"^\s*[A-Z][A-Za-z()/]*(?: [A-Za-z()/]+){0,3}:(\s|$)", RegexOptions.CultureInvariant);
    private static readonly Regex CaseNumber = new(@"Case Number:\s*([A-Z]{2}\d{2}-\d{7})", RegexOptions.CultureInvariant);
    private static readonly Regex DecisionDate = new(@"Decision Date:\s*(\d{1,2}/\d{1,2}/\d{4})", RegexOptions.CultureInvariant);

    private readonly List<Block> _blocks;

    private LetterLayout(List<Block> blocks, string caseNumber, string date)
    {
        _blocks = blocks;
        CaseNumberText = caseNumber;
        DateText = date;
    }

    /// <summary>The letter's case number ("CM16-0000000" when it gives none), for running heads and footers.</summary>
    public string CaseNumberText { get; }

    /// <summary>The letter's decision date as written ("01/01/2016" when it gives none).</summary>
    public string DateText { get; }

    /// <summary>One block of the letter: a fixed line kept as written, a blank line, or a paragraph's words.</summary>
    private sealed record Block(string? Fixed, IReadOnlyList<string>? Words)
    {
        public bool IsBlank => Fixed is { } line && line.Trim().Length == 0;
    }

    /// <summary>
    /// Reads <paramref name="text"/>: its form feeds are dropped (a layout places its own page breaks), a line with a run of
    /// three spaces inside it or eight before it is fixed, a field label ("Decision rationale:") starts a paragraph, and an
    /// item's decision line ends one.
    /// </summary>
    public static LetterLayout Parse(string text)
    {
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\f', '\n');
        var blocks = new List<Block>();
        List<string>? words = null;
        void Close()
        {
            if (words is { Count: > 0 })
            {
                blocks.Add(new Block(null, words));
            }
            words = null;
        }
        foreach (string line in text.Split('\n'))
        {
            string trimmed = line.Trim();
            if (trimmed.Length == 0)
            {
                Close();
                blocks.Add(new Block("", null));
                continue;
            }
            bool isFixed = line.Length - line.TrimStart().Length >= 8 || trimmed.Contains("   ", StringComparison.Ordinal);
            if (isFixed)
            {
                Close();
                blocks.Add(new Block(line.TrimEnd(), null));
                continue;
            }
            if (FieldLabel.IsMatch(line))
            {
                Close();
            }
            words ??= new List<string>();
            words.AddRange(trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            if (Decision.IsMatch(trimmed) || DecisionAlone.IsMatch(trimmed))
            {
                Close();
            }
        }
        Close();
        string caseNumber = CaseNumber.Match(text) is { Success: true } c ? c.Groups[1].Value : "CM16-0000000";
        string date = DecisionDate.Match(text) is { Success: true } d ? d.Groups[1].Value : "01/01/2016";
        return new LetterLayout(blocks, caseNumber, date);
    }

    /// <summary>
    /// The lines of the letter laid out at <paramref name="width"/> columns: each paragraph's words filled greedily, never
    /// broken inside a word unless <paramref name="hyphenate"/>, which breaks a long word of letters at the line's end with
    /// a hyphen as a typesetter would; fixed and blank lines as they were. <paramref name="indent"/> starts every
    /// paragraph line, <paramref name="firstIndent"/> (added to it) each paragraph's first.
    /// </summary>
    public List<string> Lines(int width, bool hyphenate = false, int indent = 0, int firstIndent = 0)
    {
        var lines = new List<string>();
        foreach (var block in _blocks)
        {
            if (block.Words is not { } words)
            {
                lines.Add(block.Fixed!);
                continue;
            }
            var line = new StringBuilder().Append(' ', indent + firstIndent);
            int lineStart = line.Length;
            foreach (string word in words)
            {
                string rest = word;
                while (true)
                {
                    int separator = line.Length > lineStart ? 1 : 0;
                    int room = width - line.Length - separator;
                    if (rest.Length <= room)
                    {
                        line.Append(' ', separator).Append(rest);
                        break;
                    }
                    if (hyphenate && Hyphenation(rest, room) is int cut)
                    {
                        line.Append(' ', separator).Append(rest, 0, cut).Append('-');
                        rest = rest[cut..];
                    }
                    else if (separator == 0)
                    {
                        // A word longer than a whole line stands on a line of its own.
                        line.Append(rest);
                        break;
                    }
                    lines.Add(line.ToString());
                    line.Clear().Append(' ', indent);
                    lineStart = line.Length;
                }
            }
            lines.Add(line.ToString());
        }
        return lines;
    }

    /// <summary>
    /// Where a word of at least eight letters may break with a hyphen so that its first part fits in
    /// <paramref name="room"/> columns with the hyphen: at least three letters either side; null when it may not.
    /// </summary>
    private static int? Hyphenation(string word, int room)
    {
        if (word.Length < 8 || !word.All(char.IsAsciiLetter))
        {
            return null;
        }
        int cut = Math.Min(room - 1, word.Length - 3);
        return cut >= 3 ? cut : null;
    }

    /// <summary>The letter's blocks in order: a paragraph's words on one line, or a fixed or blank line as written.</summary>
    public IEnumerable<(bool IsParagraph, string Text)> Blocks() =>
        _blocks.Select(block => block.Words is { } words ? (true, string.Join(' ', words)) : (false, block.Fixed!));

    /// <summary>The case number and date as a page head would give them, in the letter's own format.</summary>
    public string FormatDate(string pattern) =>
        DateTime.TryParseExact(DateText, "M/d/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString(pattern, CultureInfo.InvariantCulture)
            : DateText;
}
