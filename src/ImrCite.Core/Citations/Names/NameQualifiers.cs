namespace ImrCite.Citations;

/// <summary>
/// The one definition of the words that qualify a guideline's name without naming anything — "Chapter",
/// "Section(s)", "Topic", "Guidelines", "Procedure Summary", "(Online Version)", "(web version)", "(updated
/// 11/16/16)", "(Acute &amp; Chronic)", "2016, Web Version" — and of the words that pick a version: years
/// ("Low Back Disorders 2019"), versions ("v11", "version 11") and edition ordinals ("3rd ed."). They are
/// recognised wherever they stand, for every document, in citation text and in catalogue names alike, so
/// that no alias has to spell them out.
/// </summary>
internal static class NameQualifiers
{
    // Words that qualify wherever they stand. ("Guidelines" is not one: "chronic pain treatment" in a sentence is
    // prose, "Chronic Pain Treatment Guidelines" a name; the labels that drop it are catalogued names.)
    private static readonly HashSet<string> QualifierWords = new(StringComparer.Ordinal)
    {
        "chapter", "chapters", "section", "sections", "topic", "topics",
        "updated", "update", "revised", "revision", "online", "web", "webbased", "twc", "version", "edition",
    };

    // Word pairs that qualify together (either word alone may be a real word of a title).
    private static readonly (string First, string Second)[] QualifierPhrases =
    {
        ("procedure", "summary"), ("procedure", "summaries"), ("treatment", "index"), ("current", "version"),
        ("latest", "version"), ("annual", "edition"), ("web", "version"), ("online", "version"), ("online", "edition"),
    };

    // Inside brackets, a group made only of these words (with years, dates, versions) qualifies as a whole:
    // "(Acute & Chronic)", "(Online Version)", "(updated 11/16/16)", "(21th Annual Edition)", "(web)", "(s)".
    private static readonly HashSet<string> GroupWords = new(StringComparer.Ordinal)
    {
        "acute", "chronic", "and", "or", "of", "the", "last", "current", "latest", "edition", "ed", "version", "online", "web",
        "updated", "update", "revised", "annual", "s", "th", "st", "nd", "rd", "see", "as", "accessed", "on", "at", "date",
        "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july", "aug",
        "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december",
    };

    // Words that carry no identity in letters' citation lines and may stand before a name ("MTUS", "the", "and"):
    // read past between names, and never a name on their own.
    private static readonly HashSet<string> FillerWords = new(StringComparer.Ordinal)
    {
        "mtus", "non", "citation", "decision", "based", "on", "the", "s", "chapter", "chapters", "edition", "annual",
        "and", "of", "in", "per", "see", "acoem", "odg", "ca", "california", "recommendation", "recommendations",
        "guideline", "guidelines",
    };

    private static readonly Dictionary<string, string> OrdinalWords = new(StringComparer.Ordinal)
    {
        ["first"] = "1", ["second"] = "2", ["third"] = "3", ["fourth"] = "4", ["fifth"] = "5",
    };

    /// <summary>Every word this grammar knows by itself (qualifiers, group words, filler, ordinals): common in letters.</summary>
    public static IEnumerable<string> KnownWords
    {
        get
        {
            foreach (var set in new[] { QualifierWords, GroupWords, FillerWords })
            {
                foreach (string word in set)
                {
                    yield return word;
                }
            }
            foreach (var (first, second) in QualifierPhrases)
            {
                yield return first;
                yield return second;
            }
            foreach (string word in OrdinalWords.Keys)
            {
                yield return word;
            }
        }
    }

    /// <summary>Marks, in place, the qualifier, year, version and edition words of <paramref name="words"/>.</summary>
    public static void Classify(string text, List<NameWord> words)
    {
        for (int i = 0; i < words.Count; i++)
        {
            var word = words[i];
            string key = word.Key;
            if (IsYear(text, word))
            {
                words[i] = word.As(NameWordKind.Year, key);
            }
            else if (IsDatePart(text, words, i))
            {
                words[i] = word.As(NameWordKind.Qualifier);
            }
            else if (TryVersion(text, words, i, out int versionEnd, out string? version))
            {
                for (int k = i; k < versionEnd; k++)
                {
                    words[k] = words[k].As(NameWordKind.Version, version);
                }
                i = versionEnd - 1;
            }
            else if (TryEdition(words, i, out int editionEnd, out string? edition))
            {
                for (int k = i; k < editionEnd; k++)
                {
                    words[k] = words[k].As(NameWordKind.Edition, edition);
                }
                i = editionEnd - 1;
            }
            else if (key == "chapter" && i + 1 < words.Count && IsNumber(words[i + 1].Key) && !words[i + 1].HasSeparatorBefore)
            {
                // "Chapter 12" names an ACOEM chapter: the word stays.
            }
            else if (i + 1 < words.Count && !words[i + 1].HasSeparatorBefore && IsPhrase(key, words[i + 1].Key))
            {
                words[i] = word.As(NameWordKind.Qualifier);
                words[i + 1] = words[i + 1].As(NameWordKind.Qualifier);
                i++;
            }
            else if (QualifierWords.Contains(key))
            {
                words[i] = word.As(NameWordKind.Qualifier);
            }
        }
        MarkQualifyingGroups(words);
    }

    /// <summary>True for a word that may stand before a name but names nothing on its own ("MTUS", "the", "and").</summary>
    public static bool IsFiller(string key) => FillerWords.Contains(key);

    private static bool IsPhrase(string first, string second)
    {
        foreach (var phrase in QualifierPhrases)
        {
            if (phrase.First == first && phrase.Second == second)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A four-digit year from 1980 to 2039 standing alone: not part of a dotted number ("9792.2016") or a date.</summary>
    private static bool IsYear(string text, NameWord word)
    {
        string key = word.Key;
        if (key.Length != 4 || !IsNumber(key) || key[0] is not ('1' or '2'))
        {
            return false;
        }
        int year = (key[0] - '0') * 1000 + (key[1] - '0') * 100 + (key[2] - '0') * 10 + (key[3] - '0');
        if (year < 1980 || year > 2039)
        {
            return false;
        }
        bool dotBefore = word.Start > 0 && text[word.Start - 1] == '.';
        bool dotAfter = word.End < text.Length - 1 && text[word.End] == '.' && char.IsDigit(text[word.End + 1]);
        return !dotBefore && !dotAfter;
    }

    /// <summary>
    /// A number of a date: numbers joined by '/' ("11/16/16", "10/15"), or three joined by '-' ("2016-08-11",
    /// "11-16-16"). Two numbers joined by '-' are a label ("Table 12-8"), not a date.
    /// </summary>
    private static bool IsDatePart(string text, List<NameWord> words, int i)
    {
        if (!IsNumber(words[i].Key))
        {
            return false;
        }
        // The run of numbers joined by one kind of mark around word i.
        int first = i;
        while (first > 0 && IsNumber(words[first - 1].Key) && Joint(text, words[first - 1], words[first]) is '/' or '-')
        {
            first--;
        }
        int last = i;
        while (last + 1 < words.Count && IsNumber(words[last + 1].Key) && Joint(text, words[last], words[last + 1]) is '/' or '-')
        {
            last++;
        }
        if (last == first)
        {
            return false;
        }
        char mark = Joint(text, words[first], words[first + 1]);
        return mark == '/' || last - first == 2;
    }

    /// <summary>The one character between two words, or '\0' when they are not one character apart.</summary>
    private static char Joint(string text, NameWord left, NameWord right) => right.Start == left.End + 1 ? text[left.End] : '\0';

    /// <summary>"v11", "v.11", "v 11", "version 11", "v11.1": a version, the value written "v11" or "v11.1".</summary>
    private static bool TryVersion(string text, List<NameWord> words, int i, out int end, out string? version)
    {
        end = i;
        version = null;
        string key = words[i].Key;
        string? number = null;
        if (key.Length > 1 && key[0] == 'v' && IsNumber(key.Substring(1)))
        {
            number = key.Substring(1);
            end = i + 1;
        }
        else if ((key == "v" || key == "version" || key == "ver") && i + 1 < words.Count && IsNumber(words[i + 1].Key) && !words[i + 1].HasSeparatorBefore)
        {
            number = words[i + 1].Key;
            end = i + 2;
        }
        if (number is null)
        {
            return false;
        }
        // A point release: "v11.1".
        if (end < words.Count && IsNumber(words[end].Key) && words[end].Start == words[end - 1].End + 1 && text[words[end - 1].End] == '.')
        {
            number += "." + words[end].Key;
            end++;
        }
        version = "v" + number;
        return true;
    }

    /// <summary>"3rd ed.", "3rd Edition", "Third Edition", "2nd ed": an edition ordinal, the value its number ("3").</summary>
    private static bool TryEdition(List<NameWord> words, int i, out int end, out string? edition)
    {
        end = i;
        edition = null;
        if (i + 1 >= words.Count || words[i + 1].Key is not ("ed" or "edition" or "edn"))
        {
            return false;
        }
        string key = words[i].Key;
        if (OrdinalWords.TryGetValue(key, out string? fromWord))
        {
            edition = fromWord;
        }
        else if (key.Length > 2 && IsNumber(key.Substring(0, key.Length - 2)) && key.Substring(key.Length - 2) is "st" or "nd" or "rd" or "th")
        {
            edition = key.Substring(0, key.Length - 2);
        }
        if (edition is null)
        {
            return false;
        }
        end = i + 2;
        return true;
    }

    /// <summary>Marks every bracketed group made only of qualifying words as qualifier: "(Acute &amp; Chronic)", "(Online Version)".</summary>
    private static void MarkQualifyingGroups(List<NameWord> words)
    {
        int i = 0;
        while (i < words.Count)
        {
            int depth = words[i].Depth;
            bool opens = depth > 0 && (i == 0 || words[i - 1].Depth < depth);
            if (!opens)
            {
                i++;
                continue;
            }
            int end = i;
            bool qualifies = true;
            while (end < words.Count && words[end].Depth >= depth)
            {
                var word = words[end];
                qualifies &= word.IsSkipped || GroupWords.Contains(word.Key) || IsNumber(word.Key) || IsOrdinal(word.Key);
                end++;
            }
            if (qualifies)
            {
                for (int k = i; k < end; k++)
                {
                    if (!words[k].IsSkipped)
                    {
                        words[k] = words[k].As(NameWordKind.Qualifier);
                    }
                }
                i = end;
            }
            else
            {
                i++;
            }
        }
    }

    private static bool IsOrdinal(string key) =>
        key.Length > 2 && IsNumber(key.Substring(0, key.Length - 2)) && key.Substring(key.Length - 2) is "st" or "nd" or "rd" or "th";

    /// <summary>True when <paramref name="key"/> is digits only.</summary>
    public static bool IsNumber(string key)
    {
        if (key.Length == 0)
        {
            return false;
        }
        foreach (char c in key)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }
        }
        return true;
    }
}
