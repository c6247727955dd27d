namespace ImrCite.Citations;

/// <summary>
/// The citation-text grammar shared by the analyzers, the CLI and the runtime validators: linear in the length
/// of the text, no backtracking, never throws. <see cref="StatementReader"/> does the reading.
/// </summary>
/// <remarks>
/// A statement is a run of citations: <c>[Decision based on] [Non-MTUS Citation] name words
/// [Page(s): pages [of N]]</c>, where pages are numbers and ranges ("74-80, 88, 91", "Page 74-78") and
/// name words are a document's name followed by section titles ("Opioids; Weaning of Medications",
/// "Section(s): Initial Care, Follow-up Visits"); or a regulation reference
/// (<c>8 C.C.R. 9792.20 - 9792.26</c>, <c>8 CCR §§ 9792.20–9792.26</c>). A citation ends after its
/// pages, before a regulation reference, or before the next "Decision based on" or "and Other Medical
/// Treatment Guidelines" (which introduces another non-MTUS source). Phrases match across line breaks.
/// </remarks>
internal static class CitationSyntax
{
    /// <summary>Reads every citation in <paramref name="text"/>[start..end).</summary>
    public static List<CitationSegment> ParseStatement(string text, int start = 0, int end = -1) =>
        new StatementReader(text, start, end).ReadAll();

    /// <summary>Reads every citation in <paramref name="text"/>[start..end) into <paramref name="segments"/> (a caller's working list).</summary>
    public static void ParseStatement(string text, int start, int end, List<CitationSegment> segments) =>
        new StatementReader(text, start, end).ReadAll(segments);

    /// <summary>Reads <paramref name="text"/> as a single citation: more than one is reported as malformed.</summary>
    public static CitationSegment? ParseSingle(string text, out List<CitationSegment> all)
    {
        all = ParseStatement(text);
        return all.Count > 0 ? all[0] : null;
    }
}
