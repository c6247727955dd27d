using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using ImrCite.Catalogue;
using ImrCite.Cli.Letters;

namespace ImrCite.Reliability.Tests.Support;

/// <summary>
/// The oracle for <see cref="LetterReader"/>: the letter structure as it was read with regular expressions on the
/// non-backtracking engine before the hand-written scanner (<c>LetterGrammar</c>) replaced them, kept here so the
/// properties can show the scanner reads every text as the regexes did. One change since: the blanks around an item's
/// colon and decision, before a label's colon and after "Decision Date:" were spaces and tabs (<c>[ \t]</c>) and are
/// now any white space but a line break (<c>[^\S\n]</c>: a form feed, a no-break space, a '\r'), as the scanner's. And
/// since the layout work: the words of a label, of the heading, of "Decision Date:", "set forth below" and "original
/// request," stand apart by any white space (<c>\s+</c>), the two of "Partially Overturned" by any blanks, and a rationale's
/// anchor names by any white space, "Official" also drawn with a ligature.
/// Test code only, never the product.
/// </summary>
internal static class RegexLetterReader
{
    /// <summary>White space that is no line break: what the grammar's <c>[^\S\n]</c> matches.</summary>
    private static bool IsBlank(char c) => c != '\n' && char.IsWhiteSpace(c);

    // Linear by construction, not by a timeout: the non-backtracking engine matches in time linear in the text, so a
    // letter of any shape (a megabyte on one line, thousands of items) is read in time proportional to its length.
    private const RegexOptions Linear = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;
    private static readonly Regex ItemLine = new(@"^(?<item>[^\n]*\S)[^\S\n]*:[^\S\n]*\n?[^\S\n]*(?<decision>Partially[^\S\n]+Overturned|Overturned|Upheld)[^\S\n]*$",
        RegexOptions.Multiline | RegexOptions.IgnoreCase | Linear);
    private static readonly Regex Label = new(@"(?<label>Claims\s+Administrator\s+guideline|MAXIMUS\s+guideline|Expert\s+Reviewer\s+guideline|Decision\s+rationale)[^\S\n]*:",
        RegexOptions.IgnoreCase | Linear);
    private static readonly Regex DecisionDate = new(@"Decision\s+Date:[^\S\n]*(?<m>\d{1,2})/(?<d>\d{1,2})/(?<y>\d{4})",
        RegexOptions.IgnoreCase | Linear);

    private static readonly Regex Heading = new(AsciiPhrase("IMR ISSUES, DECISIONS AND RATIONALES"), Linear);
    private static readonly Regex SetForthBelow = new(AsciiPhrase("set forth below"), Linear);

    /// <summary>A phrase as a pattern: each ASCII letter in either case (and no other character), each space any white space.</summary>
    private static string AsciiPhrase(string phrase) => string.Concat(phrase.Select(c =>
        c == ' ' ? @"\s+" : char.IsAsciiLetter(c) ? $"[{char.ToUpperInvariant(c)}{char.ToLowerInvariant(c)}]" : Regex.Escape(c.ToString())));

    // LetterLinter's words that make a rationale's sentence citation-like.
    private static readonly Regex Anchor = new(@"\b(MTUS|ACOEM|ODG|O(?:ffi|\uFB03|\uFB00i|f\uFB01)cial\s+Disability\s+Guidelines|C\.C\.R\.|CCR|Chronic\s+Pain\s+(Medical\s+)?Treatment\s+Guidelines)\b",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>Each anchor the regex found in text[start, start + length), as LetterLinter enumerated them.</summary>
    public static List<(int Index, int Length)> Anchors(string text, int start, int length)
    {
        var found = new List<(int Index, int Length)>();
        for (var anchor = Anchor.Match(text, start, length); anchor.Success; anchor = anchor.NextMatch())
        {
            found.Add((anchor.Index, anchor.Length));
        }
        return found;
    }

    /// <summary>The decision date as the regex form read it; throws <see cref="FormatException"/> where it threw (a month or day in digits beyond ASCII).</summary>
    public static GuidelineDate? Date(string text)
    {
        GuidelineDate? date = null;
        var dateMatch = DecisionDate.Match(text);
        if (dateMatch.Success
            && GuidelineDate.TryParse($"{dateMatch.Groups["y"].Value}-{int.Parse(dateMatch.Groups["m"].Value, CultureInfo.InvariantCulture):D2}-{int.Parse(dateMatch.Groups["d"].Value, CultureInfo.InvariantCulture):D2}", out var parsed))
        {
            date = parsed;
        }
        return date;
    }

    /// <summary>The disputed items as the regex form read them.</summary>
    public static List<DisputedItem> Items(string text)
    {

        var issues = Heading.Match(text);
        int from = issues.Success ? issues.Index : 0;
        // Where each item line is, without its groups: the engine finds a match's groups in a third pass over it,
        // and the groups follow from the pattern's shape (ItemGroups).
        var itemMatches = new List<(int Index, int Length)>();
        foreach (var match in ItemLine.EnumerateMatches(text.AsSpan(), from))
        {
            itemMatches.Add((match.Index, match.Length));
        }

        var items = new List<DisputedItem>();
        for (int i = 0; i < itemMatches.Count; i++)
        {
            var match = itemMatches[i];
            int blockEnd = i + 1 < itemMatches.Count ? StartOfItem(text, itemMatches[i + 1]) : text.Length;
            int itemStart = StartOfItem(text, match);
            var (itemEnd, decisionStart, decisionEnd) = ItemGroups(text, match.Index, match.Length);
            // The narrowing is not the patterns' work and did not change: the reader's own. Collapse stays the former one, as the
            // reader's was rewritten with the scanner.
            LetterReader.NarrowToRemainingRequest(text, ref itemStart, ref itemEnd);
            string itemText = Collapse(text.Substring(itemStart, itemEnd - itemStart));
            TextSpan? ca = null, maximus = null, rationale = null;
            var labels = new List<(string Label, int LabelStart, int ContentStart)>();
            // Searched within the item's block only, without copying it: linear however many items a letter has.
            int labelsFrom = match.Index + match.Length;
            foreach (var label in Label.EnumerateMatches(text.AsSpan(labelsFrom, Math.Max(0, blockEnd - labelsFrom))))
            {
                // The label is the match without its "[^\S\n]*:" (no label ends in white space).
                int labelStart = labelsFrom + label.Index;
                int labelEnd = labelStart + label.Length - 1;
                while (IsBlank(text[labelEnd - 1]))
                {
                    labelEnd--;
                }
                labels.Add((Regex.Replace(text.Substring(labelStart, labelEnd - labelStart), @"\s+", " ").ToLowerInvariant(), labelStart, labelStart + label.Length));
            }
            for (int k = 0; k < labels.Count; k++)
            {
                int end = k + 1 < labels.Count ? labels[k + 1].LabelStart : blockEnd;
                var span = new TextSpan(labels[k].ContentStart, end);
                switch (labels[k].Label)
                {
                    case "claims administrator guideline":
                        ca ??= span;
                        break;
                    case "maximus guideline":
                    case "expert reviewer guideline":
                        maximus ??= span;
                        break;
                    default:
                        rationale ??= span;
                        break;
                }
            }
            string decision = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(
                Regex.Replace(text.Substring(decisionStart, decisionEnd - decisionStart), @"\s+", " ").ToLowerInvariant());
            items.Add(new DisputedItem(itemText, decision, new TextSpan(itemStart, match.Index + match.Length), ca, maximus, rationale));
        }
        return items;
    }

    /// <summary>
    /// The groups of an <see cref="ItemLine"/> match, read from its shape: it ends with the decision and spaces or
    /// tabs; before the decision come spaces or tabs, at most one line break, spaces or tabs, and the colon that
    /// ends the item, after the item's own trailing spaces or tabs. Only white space follows that colon, so it is
    /// the match's last colon, and the item ends at the last other character before it.
    /// </summary>
    private static (int ItemEnd, int DecisionStart, int DecisionEnd) ItemGroups(string text, int index, int length)
    {
        int decisionEnd = index + length;
        while (IsBlank(text[decisionEnd - 1]))
        {
            decisionEnd--;
        }
        // "Overturned" is also the end of "Partially Overturned"; only the longer one can stand there whole.
        int decisionLength = DecisionLength(text, index, decisionEnd);
        if (decisionLength < 0)
        {
            // A decision written in characters that match only case-insensitively beyond ASCII: ask the engine.
            var match = ItemLine.Match(text, index, length);
            var item = match.Groups["item"];
            var decision = match.Groups["decision"];
            return (item.Index + item.Length, decision.Index, decision.Index + decision.Length);
        }
        int decisionStart = decisionEnd - decisionLength;
        int at = decisionStart;
        while (IsBlank(text[at - 1]))
        {
            at--;
        }
        if (text[at - 1] == '\n')
        {
            at--;
        }
        while (IsBlank(text[at - 1]))
        {
            at--;
        }
        at--; // the colon
        while (IsBlank(text[at - 1]))
        {
            at--;
        }
        return (at, decisionStart, decisionEnd);
    }

    /// <summary>The length of the decision that ends at <paramref name="decisionEnd"/>, the longest one that stands there whole; -1 when none does in ASCII.</summary>
    private static int DecisionLength(string text, int index, int decisionEnd)
    {
        var decision = DecisionAtEnd.Match(text.Substring(index, decisionEnd - index));
        return decision.Success && decision.Value.All(c => c < 128 || char.IsWhiteSpace(c)) ? decision.Length : -1;
    }

    private static readonly Regex DecisionAtEnd = new(@"(?:Partially[^\S\n]+Overturned|Overturned|Upheld)\z", RegexOptions.IgnoreCase | Linear);

    /// <summary>
    /// An item line may be the second line of a wrapped item ("Norco 10/325 m" / "g #90 ...: Upheld"): take the
    /// line before when it is not blank, not a label, not a page marker and does not end a sentence.
    /// </summary>
    private static int StartOfItem(string text, (int Index, int Length) match)
    {
        int lineStart = match.Index;
        int previousEnd = lineStart - 1;
        if (previousEnd <= 0)
        {
            return lineStart;
        }
        int previousStart = text.LastIndexOf('\n', previousEnd - 1) + 1;
        string previous = text.Substring(previousStart, previousEnd - previousStart).TrimEnd();
        bool wraps = previous.Length > 0 && previous.Length < 120
            && !previous.EndsWith('.') && !previous.EndsWith(':')
            && !previous.StartsWith("===", StringComparison.Ordinal)
            && !Label.IsMatch(previous)
            && !SetForthBelow.IsMatch(previous)
            && !ItemLine.IsMatch(previous);
        return wraps ? previousStart : lineStart;
    }

    /// <summary>The item on one line: runs of white space are one space (the former implementation, a string builder).</summary>
    private static string Collapse(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[builder.Length - 1] != ' ')
            {
                builder.Append(' ');
            }
        }
        return builder.ToString().Trim();
    }
}
