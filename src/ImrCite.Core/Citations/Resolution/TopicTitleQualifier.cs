using ImrCite.Catalogue;

namespace ImrCite.Citations;

/// <summary>
/// The qualifier of an open source's topic title. ODG names a topic "Noun, qualifier" — "Opioids, dosing", "TENS, post
/// operative pain", "Ultrasound, therapeutic", "Weaning, opioids (specific guidelines)" (the catalogue's ODG titles and the
/// ODG-derived titles of the CPMTG): the qualifier is one short clause in lower case, perhaps with a bracketed note, that
/// narrows the noun to another topic. So a catalogued topic followed by such a clause is a longer topic the catalogue may
/// lack, not the catalogued one and a fragment. What is no qualifier: a clause in capitals (the next topic of a list), a
/// clause that names something catalogued or begins with a treatment (the next topic, in lower case), two clauses in a
/// row (a list), a clause that begins as prose does ("and", "which"), or one too long for a title.
/// </summary>
internal static class TopicTitleQualifier
{
    /// <summary>The most words a qualifier has outside its brackets ("screening for risk of addiction" has five).</summary>
    private const int MaxWords = 6;

    /// <summary>Words that begin prose or join a list, never a title's qualifier.</summary>
    private static readonly HashSet<string> ProseStarts = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "as", "be", "because", "but", "etc", "he", "however", "i", "if", "including", "is",
        "it", "its", "not", "nor", "or", "page", "pages", "pp", "per", "see", "she", "so", "that", "the", "their", "there",
        "these", "they", "this", "those", "was", "were", "which", "who",
    };

    /// <summary>
    /// Where the qualifier clause that follows a topic title ending before word <paramref name="end"/> ends (a word
    /// index past it), or -1 when the words there are no qualifier. <paramref name="depth"/> is the bracket depth of the
    /// title's first word.
    /// </summary>
    public static int End(NameWordList words, string text, int end, int depth, CatalogueNameIndex index, GuidelineCatalogue catalogue)
    {
        if (end >= words.Count || words[end].Before != NameSeparator.Comma || words[end].Depth != depth || words[end].IsSkipped
            || !char.IsLower(text[words[end].Start]) || words[end].IsFiller || ProseStarts.Contains(words[end].Key))
        {
            return -1;
        }
        int clauseEnd = end + 1;
        while (clauseEnd < words.Count && !(words[clauseEnd].Before is NameSeparator.Comma or NameSeparator.Semicolon && words[clauseEnd].Depth <= depth))
        {
            clauseEnd++;
        }
        // The title ends with the clause: at the end, or where the next topic starts (a capital, a catalogued name, a
        // source's or a document's name). Another lower-case clause after it makes a list of them, not one title.
        if (clauseEnd < words.Count && !words[clauseEnd].IsSkipped && char.IsLower(text[words[clauseEnd].Start])
            && index.AnySection.Ends(words, clauseEnd, words.Count) == 0)
        {
            return -1;
        }
        var keys = new List<string>();
        for (int k = end; k < clauseEnd; k++)
        {
            if (words[k].Depth != depth || words[k].IsSkipped)
            {
                continue; // a bracketed note ("(fusion)") is the qualifier's own, not a name
            }
            // Swallowing a catalogued name would lose a citation: then the clause is the next topic.
            if (index.AnySection.Ends(words, k, clauseEnd) != 0 || index.Documents.Ends(words, k, clauseEnd) != 0)
            {
                return -1;
            }
            keys.Add(words[k].Key);
        }
        if (keys.Count == 0 || keys.Count > MaxWords || catalogue.LongestTreatmentName(keys, 0).Length > 0)
        {
            return -1;
        }
        return clauseEnd;
    }
}
