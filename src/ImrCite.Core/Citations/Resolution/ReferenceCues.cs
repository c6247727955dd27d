namespace ImrCite.Citations;

/// <summary>
/// Cues that a citation has left the guidelines for another kind of reference — a web address, an author
/// with initials ("Hegmann KT."), "et al.", a textbook, handbook or journal, a drug label. From such a cue to
/// the end of the clause the words name no guideline: they are one reference the catalogue does not hold,
/// not unknown guideline sections, and a "Chapter 12" inside them is the book's chapter, not ACOEM's.
/// </summary>
internal static class ReferenceCues
{
    private static readonly HashSet<string> CueWords = new(StringComparer.Ordinal)
    {
        "http", "https", "www", "com", "org", "gov", "edu", "html", "htm", "pdf",
        "textbook", "handbook", "manual", "journal", "jama", "nejm", "spine", "lancet", "bmj", "cochrane", "review", "reviews",
        "uptodate", "medscape", "pubmed", "medline", "wikipedia", "drugs", "webmd", "mayo", "clinic", "fda", "label",
        "insert", "prescribing", "monograph", "pdr", "isbn", "doi", "vol", "volume", "press", "publisher", "publishers",
        "harrison", "harrisons", "cecil", "campbell", "campbells", "rockwood", "netter", "tintinalli",
        "et", "al", "study", "trial", "randomized", "systematic", "meta", "analysis",
    };

    /// <summary>True when the word at <paramref name="i"/> starts or belongs to a non-guideline reference.</summary>
    public static bool IsCue(string text, IReadOnlyList<NameWord> words, int i)
    {
        var word = words[i];
        if (CueWords.Contains(word.Key) && !IsGuidelineUse(words, i))
        {
            return true;
        }
        return IsAuthor(text, word);
    }

    // "Spine" and "Review" are also guideline words ("Cervical and Thoracic Spine Disorders", "Utilization Review"):
    // only as the first word of a run, or after another cue, do they mark a reference.
    private static bool IsGuidelineUse(IReadOnlyList<NameWord> words, int i) =>
        words[i].Key is "spine" or "review" or "reviews" or "study" or "label" or "clinic" or "analysis" or "manual"
        && i > 0 && !words[i].HasSeparatorBefore && !CueWords.Contains(words[i - 1].Key);

    /// <summary>"Smith AB.", "Hegmann KT,", "Smith, J. A.,": a capitalised surname followed by one to three initials and a '.' or ','.</summary>
    private static bool IsAuthor(string text, NameWord word)
    {
        int p = word.Start;
        if (word.End - p < 3 || !char.IsUpper(text[p]))
        {
            return false;
        }
        for (int k = p + 1; k < word.End; k++)
        {
            if (!char.IsLower(text[k]))
            {
                return false;
            }
        }
        int q = word.End;
        if (q < text.Length && text[q] == ',')
        {
            q++;
        }
        if (q >= text.Length || text[q] != ' ')
        {
            return false;
        }
        q++;
        int initials = 0;
        bool ended = false;
        while (q < text.Length && initials < 3 && char.IsUpper(text[q]))
        {
            initials++;
            q++;
            if (q < text.Length && text[q] == '.')
            {
                q++;
                ended = true;
                if (q + 1 < text.Length && text[q] == ' ' && char.IsUpper(text[q + 1]) && (q + 2 >= text.Length || text[q + 2] is '.' or ' ' or ','))
                {
                    q++; // "J. A." : another initial follows
                    ended = false;
                }
                continue;
            }
            if (q < text.Length && text[q] == ',')
            {
                ended = true;
                break;
            }
        }
        // The initials end the author ("KT.", "KT,"); more capitals or letters ("ACOEM", "MRIs") are not initials.
        return initials > 0 && ended && (q >= text.Length || !char.IsLetter(text[q]));
    }
}
