using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using ImrCite.Cli.Commands;
using ImrCite.Cli.Letters;

namespace ImrCite.Cli.Tests.Layout;

/// <summary>
/// What a letter's lint says, without where it says it: each disputed item with its decision, each citation (who cited
/// it, for which item, its text, what it resolved to) and each finding (rule, severity, item, message), as lines of
/// text normalised for layout — white space collapsed, ligatures, curly quotes and dashes as ASCII, a word hyphenated at
/// a line end joined — so that two layouts of one letter give the same lines.
/// </summary>
internal static class LayoutFindings
{
    private static readonly Lazy<LetterLinter> Linter =
        new(() => new LetterLinter(ShippedCatalogue.LoadWith(Array.Empty<string>(), TextWriter.Null, out _)));

    private static readonly Regex Hyphenated = new(@"(\p{L})- (\p{L})", RegexOptions.CultureInvariant);
    private static readonly Regex Spaces = new(@"\s+", RegexOptions.CultureInvariant);

    /// <summary>The lint of <paramref name="letter"/> as position-free lines, sorted.</summary>
    public static List<string> Of(LetterDocument letter)
    {
        var report = Linter.Value.Lint(letter);
        var keys = new List<string>();
        foreach (var item in report.Items)
        {
            keys.Add($"item     [{Normalize(item.Text)}] {item.Decision}");
        }
        foreach (var citation in report.Citations)
        {
            string outcome = citation.Resolved?.ToString() ?? citation.Outcome + (citation.Recognised is { } recognised ? " (" + recognised + ")" : "");
            keys.Add($"citation [{Normalize(citation.DisputedItem ?? "")}] {citation.Role}: {Normalize(citation.Text)} => {outcome}");
        }
        foreach (var finding in report.Findings)
        {
            int offset = letter.Lines.GetOffset(finding.Line, finding.Column);
            var item = report.Items.LastOrDefault(i => i.Line.Start <= offset) ?? report.Items.FirstOrDefault();
            keys.Add($"finding  [{Normalize(item?.Text ?? "")}] {finding.Rule.Id} {finding.Severity}: {Normalize(finding.Message)}");
        }
        keys.Sort(StringComparer.Ordinal);
        return keys;
    }

    /// <summary>Text as layout leaves it comparable: NFKC (ligatures), ASCII quotes and dashes, a line-end hyphenation joined, white space collapsed.</summary>
    public static string Normalize(string text)
    {
        var ascii = new StringBuilder(text.Normalize(NormalizationForm.FormKC));
        ascii.Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201C', '"').Replace('\u201D', '"')
            .Replace('\u2013', '-').Replace('\u2014', '-').Replace("\u00AD", "");
        string collapsed = Spaces.Replace(ascii.ToString(), " ").Trim();
        return Hyphenated.Replace(collapsed, "$1$2");
    }

    /// <summary>What <paramref name="variant"/> lost of <paramref name="original"/> and what it gained (multisets).</summary>
    public static (List<string> Lost, List<string> Gained) Differences(IReadOnlyList<string> original, IReadOnlyList<string> variant)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string key in original)
        {
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        var gained = new List<string>();
        foreach (string key in variant)
        {
            if (counts.GetValueOrDefault(key) > 0)
            {
                counts[key]--;
            }
            else
            {
                gained.Add(key);
            }
        }
        var lost = counts.SelectMany(pair => Enumerable.Repeat(pair.Key, pair.Value)).OrderBy(key => key, StringComparer.Ordinal).ToList();
        return (lost, gained);
    }
}
