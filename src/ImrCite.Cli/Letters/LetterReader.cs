namespace ImrCite.Cli.Letters;

/// <summary>Who relied on a citation.</summary>
public enum CitationRole
{
    /// <summary>The "Claims Administrator guideline" statement.</summary>
    ClaimsAdministrator,
    /// <summary>The "MAXIMUS guideline" statement.</summary>
    Maximus,
    /// <summary>The decision rationale's prose.</summary>
    Rationale,
    /// <summary>Anywhere else.</summary>
    Other,
}

/// <summary>A span of the letter text: [Start, End).</summary>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>True when the span holds nothing.</summary>
    public bool IsEmpty => End <= Start;
}

/// <summary>One disputed item/service with its decision and its three blocks.</summary>
public sealed record DisputedItem(
    string Text,
    string Decision,
    TextSpan Line,
    TextSpan? ClaimsAdministrator,
    TextSpan? Maximus,
    TextSpan? Rationale);

/// <summary>The structure of a determination letter: decision date and disputed items.</summary>
public sealed record LetterStructure(GuidelineDate? DecisionDate, IReadOnlyList<DisputedItem> Items);

/// <summary>
/// Reads a letter's structure: the "IMR ISSUES, DECISIONS AND RATIONALES" part, each "&lt;item&gt;: Upheld"
/// line (the item may wrap onto the line before), and each item's "Claims Administrator guideline:",
/// "MAXIMUS guideline:" and "Decision rationale:" blocks, which wrap across lines, blank lines and PDF pages.
/// Linear-time by construction: the item lines, labels and decision date are read by <see cref="LetterGrammar"/>'s
/// scanner, and each item's block is searched in place.
/// </summary>
public static class LetterReader
{
    /// <summary>Reads the structure of <paramref name="text"/>.</summary>
    public static LetterStructure Read(string text)
    {
        var date = LetterGrammar.DecisionDate(text);
        int issues = LetterGrammar.IndexOfPhrase(text, 0, "IMR ISSUES, DECISIONS AND RATIONALES", out _);
        int from = issues < 0 ? 0 : issues;
        var itemLines = new List<ItemLineMatch>();
        for (int at = from; LetterGrammar.NextItemLine(text, at, out var line); at = line.End)
        {
            itemLines.Add(line);
        }

        var items = new List<DisputedItem>(itemLines.Count);
        int nextItemStart = itemLines.Count > 0 ? StartOfItem(text, itemLines[0].Start) : 0;
        for (int i = 0; i < itemLines.Count; i++)
        {
            var line = itemLines[i];
            int itemStart = nextItemStart;
            nextItemStart = i + 1 < itemLines.Count ? StartOfItem(text, itemLines[i + 1].Start) : text.Length;
            int blockEnd = nextItemStart;
            int itemEnd = line.ItemEnd;
            NarrowToRemainingRequest(text, ref itemStart, ref itemEnd);
            string itemText = Collapse(text.AsSpan(itemStart, itemEnd - itemStart));
            // Searched within the item's block only, without copying it: linear however many items a letter has. Each
            // block runs from its label's colon to the next label; the first block of each kind counts.
            int labelsFrom = line.End;
            var block = text.AsSpan(labelsFrom, Math.Max(0, blockEnd - labelsFrom));
            TextSpan? ca = null, maximus = null, rationale = null;
            LetterLabel? open = null;
            int contentStart = 0;
            for (int at = 0; LetterGrammar.NextLabel(block, at, out var label); at = label.End)
            {
                if (open is { } previous)
                {
                    Assign(previous, new TextSpan(labelsFrom + contentStart, labelsFrom + label.Start), ref ca, ref maximus, ref rationale);
                }
                open = label.Label;
                contentStart = label.End;
            }
            if (open is { } last)
            {
                Assign(last, new TextSpan(labelsFrom + contentStart, blockEnd), ref ca, ref maximus, ref rationale);
            }
            items.Add(new DisputedItem(itemText, line.Decision, new TextSpan(itemStart, line.End), ca, maximus, rationale));
        }
        return new LetterStructure(date, items);
    }

    private static void Assign(LetterLabel label, TextSpan span, ref TextSpan? ca, ref TextSpan? maximus, ref TextSpan? rationale)
    {
        switch (label)
        {
            case LetterLabel.ClaimsAdministrator:
                ca ??= span;
                break;
            case LetterLabel.Maximus:
            case LetterLabel.ExpertReviewer:
                maximus ??= span;
                break;
            default:
                rationale ??= span;
                break;
        }
    }

    /// <summary>
    /// An item line may be the second line of a wrapped item ("Norco 10/325 m" / "g #90 ...: Upheld"): take the
    /// line before when it is not blank, not a label, not a page marker and does not end a sentence.
    /// </summary>
    private static int StartOfItem(string text, int lineStart)
    {
        int previousEnd = lineStart - 1;
        if (previousEnd <= 0)
        {
            return lineStart;
        }
        int previousStart = text.LastIndexOf('\n', previousEnd - 1) + 1;
        var previous = text.AsSpan(previousStart, previousEnd - previousStart).TrimEnd();
        bool wraps = previous.Length > 0 && previous.Length < 120
            && previous[^1] != '.' && previous[^1] != ':'
            && !previous.StartsWith("===", StringComparison.Ordinal)
            && !LetterGrammar.ContainsLabel(previous)
            && LetterGrammar.IndexOfPhrase(previous, 0, "set forth below", out _) < 0
            && !LetterGrammar.IsItemLine(previous);
        return wraps ? previousStart : lineStart;
    }

    /// <summary>
    /// A partly authorized request names what is left in dispute at the end of a sentence: "Norco 10/325 #60 was
    /// the original request. Norco 10/325 #30 was authorized by the Claims Administrator. The remaining IMR
    /// eligible portion of the original request, Norco 10/325 #30 is: Upheld". The disputed item is what follows
    /// the last "original request," without its closing "is".
    /// </summary>
    internal static void NarrowToRemainingRequest(string text, ref int start, ref int end)
    {
        const string phrase = "original request,";
        // The sentence may have been wrapped onto more lines than the item's own and the one before: look back over the rest
        // of its paragraph too (lines up to a blank one, a bounded distance).
        int at = LetterGrammar.LastIndexOfPhrase(text, ParagraphStart(text, start), end, phrase);
        if (at < 0)
        {
            return;
        }
        int narrowedStart = LetterGrammar.PhraseEnd(text, at, phrase, ignoreCase: true);
        while (narrowedStart < end && char.IsWhiteSpace(text[narrowedStart]))
        {
            narrowedStart++;
        }
        int narrowedEnd = end;
        foreach (string verb in new[] { "is", "are" })
        {
            // The verb as a word of its own, after any white space (it may stand on a line of its own).
            int verbStart = narrowedEnd - verb.Length;
            if (verbStart < narrowedStart || string.Compare(text, verbStart, verb, 0, verb.Length, StringComparison.OrdinalIgnoreCase) != 0)
            {
                continue;
            }
            if (verbStart == narrowedStart)
            {
                return; // "... the original request, is: Upheld" names nothing: keep the whole line
            }
            if (char.IsWhiteSpace(text[verbStart - 1]))
            {
                narrowedEnd = verbStart;
                break;
            }
        }
        while (narrowedEnd > narrowedStart && char.IsWhiteSpace(text[narrowedEnd - 1]))
        {
            narrowedEnd--;
        }
        if (narrowedEnd > narrowedStart)
        {
            start = narrowedStart;
            end = narrowedEnd;
        }
    }

    /// <summary>
    /// Where the paragraph around <paramref name="lineStart"/> (a line start) begins: back over lines that are not blank and
    /// hold no label, at most four lines and 480 characters.
    /// </summary>
    private static int ParagraphStart(string text, int lineStart)
    {
        int start = lineStart;
        for (int lines = 0; lines < 4 && start > 0; lines++)
        {
            int previousStart = text.LastIndexOf('\n', start - 2 < 0 ? 0 : start - 2) + 1;
            if (start - 2 < 0 || lineStart - previousStart > 480)
            {
                break;
            }
            var previous = text.AsSpan(previousStart, start - 1 - previousStart);
            if (previous.IsWhiteSpace() || LetterGrammar.ContainsLabel(previous) || LetterGrammar.IsItemLine(previous.TrimEnd()))
            {
                break;
            }
            start = previousStart;
        }
        return start;
    }

    /// <summary>The item on one line: runs of white space are one space (other characters are kept; outputs escape them).</summary>
    private static string Collapse(ReadOnlySpan<char> text)
    {
        var collapsed = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        int length = 0;
        foreach (char c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                collapsed[length++] = c;
            }
            else if (length > 0 && collapsed[length - 1] != ' ')
            {
                collapsed[length++] = ' ';
            }
        }
        if (length > 0 && collapsed[length - 1] == ' ')
        {
            length--;
        }
        return new string(collapsed[..length]);
    }
}
