// Why this file is long (~410 lines): it is the one definition of the qualifier grammar — the word sets, the flags
// each word carries from them, and the readers of years, versions, editions and qualifying groups that use those
// flags; split, the word sets and their readers would drift apart.
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

    // Month names and their abbreviations, by number: a publisher dates a guideline's version "December 19, 2024".
    private static readonly Dictionary<string, int> Months = new(StringComparer.Ordinal)
    {
        ["jan"] = 1, ["january"] = 1, ["feb"] = 2, ["february"] = 2, ["mar"] = 3, ["march"] = 3, ["apr"] = 4, ["april"] = 4,
        ["may"] = 5, ["jun"] = 6, ["june"] = 6, ["jul"] = 7, ["july"] = 7, ["aug"] = 8, ["august"] = 8, ["sep"] = 9,
        ["sept"] = 9, ["september"] = 9, ["oct"] = 10, ["october"] = 10, ["nov"] = 11, ["november"] = 11, ["dec"] = 12,
        ["december"] = 12,
    };

    // A word right before a date that makes it the date of something else than the version: "(updated July 10, 2016)",
    // "(Effective July 18, 2009)", "accessed on May 2, 2019".
    private static readonly HashSet<string> OtherDateCues = new(StringComparer.Ordinal)
    {
        "updated", "update", "revised", "revision", "effective", "accessed", "on", "reviewed", "retrieved", "last", "as",
        "since", "from", "through", "until", "adopted", "filed",
    };

    private static readonly Dictionary<string, string> OrdinalWords = new(StringComparer.Ordinal)
    {
        ["first"] = "1", ["second"] = "2", ["third"] = "3", ["fourth"] = "4", ["fifth"] = "5",
    };

    /// <summary>
    /// What this grammar knows of a word key by itself, from the sets above: worked out once per word of a
    /// <see cref="WordTable"/> (so text read against the table classifies its words without a string lookup), and
    /// for other words when they are read.
    /// </summary>
    public static WordFlags FlagsOf(string key)
    {
        var flags = WordFlags.None;
        if (QualifierWords.Contains(key))
        {
            flags |= WordFlags.Qualifier;
        }
        if (GroupWords.Contains(key))
        {
            flags |= WordFlags.Group;
        }
        if (FillerWords.Contains(key))
        {
            flags |= WordFlags.Filler;
        }
        foreach (var (first, second) in QualifierPhrases)
        {
            flags |= key == first ? WordFlags.PhraseFirst : WordFlags.None;
            flags |= key == second ? WordFlags.PhraseSecond : WordFlags.None;
        }
        if (IsNumber(key))
        {
            flags |= WordFlags.Number;
        }
        if (IsOrdinal(key))
        {
            flags |= WordFlags.Ordinal;
        }
        if (key is "ed" or "edition" or "edn")
        {
            flags |= WordFlags.EditionWord;
        }
        if (key is "v" or "version" or "ver" || (key.Length > 1 && key[0] == 'v' && IsDigits(key, 1, key.Length)))
        {
            flags |= WordFlags.Version;
        }
        if (key == "chapter")
        {
            flags |= WordFlags.Chapter;
        }
        if (Months.ContainsKey(key))
        {
            flags |= WordFlags.Month;
        }
        return flags;
    }

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
    public static void Classify(string text, NameWordList words)
    {
        for (int i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var flags = word.Flags;
            if ((flags & (WordFlags.Number | WordFlags.Version | WordFlags.Chapter | WordFlags.PhraseFirst | WordFlags.Qualifier | WordFlags.Month)) == 0
                && (i + 1 >= words.Count || (words[i + 1].Flags & WordFlags.EditionWord) == 0))
            {
                continue; // a word that none of the tests below can take (most words): nothing to mark
            }
            string key = word.Key;
            if ((flags & WordFlags.Month) != 0 && TryVersionDate(text, words, i, out string? versionDate))
            {
                for (int k = i; k < i + 3; k++)
                {
                    words.SetKind(k, NameWordKind.VersionDate, versionDate);
                }
                i += 2;
            }
            else if (IsYear(text, word))
            {
                words.SetKind(i, NameWordKind.Year, key);
            }
            else if (IsDatePart(text, words, i))
            {
                words.SetKind(i, NameWordKind.Qualifier);
            }
            else if (TryVersion(text, words, i, out int versionEnd, out string? version))
            {
                for (int k = i; k < versionEnd; k++)
                {
                    words.SetKind(k, NameWordKind.Version, version);
                }
                i = versionEnd - 1;
            }
            else if (TryEdition(words, i, out int editionEnd, out string? edition))
            {
                for (int k = i; k < editionEnd; k++)
                {
                    words.SetKind(k, NameWordKind.Edition, edition);
                }
                i = editionEnd - 1;
            }
            else if ((flags & WordFlags.Chapter) != 0 && i + 1 < words.Count && words[i + 1].IsNumber && !words[i + 1].HasSeparatorBefore)
            {
                // "Chapter 12" names an ACOEM chapter: the word stays.
            }
            else if ((flags & WordFlags.PhraseFirst) != 0 && i + 1 < words.Count && !words[i + 1].HasSeparatorBefore
                && (words[i + 1].Flags & WordFlags.PhraseSecond) != 0 && IsPhrase(key, words[i + 1].Key))
            {
                words.SetKind(i, NameWordKind.Qualifier);
                words.SetKind(i + 1, NameWordKind.Qualifier);
                i++;
            }
            else if ((flags & WordFlags.Qualifier) != 0)
            {
                words.SetKind(i, NameWordKind.Qualifier);
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
    private static bool IsYear(string text, in NameWord word)
    {
        string key = word.Key;
        if (key.Length != 4 || !word.IsNumber || key[0] is not ('1' or '2'))
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
    private static bool IsDatePart(string text, NameWordList words, int i)
    {
        if (!words[i].IsNumber)
        {
            return false;
        }
        // The run of numbers joined by one kind of mark around word i.
        int first = i;
        while (first > 0 && words[first - 1].IsNumber && Joint(text, words[first - 1], words[first]) is '/' or '-')
        {
            first--;
        }
        int last = i;
        while (last + 1 < words.Count && words[last + 1].IsNumber && Joint(text, words[last], words[last + 1]) is '/' or '-')
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
    private static bool TryVersion(string text, NameWordList words, int i, out int end, out string? version)
    {
        end = i;
        version = null;
        string key = words[i].Key;
        string? number = null;
        if (key.Length > 1 && key[0] == 'v' && IsDigits(key, 1, key.Length))
        {
            number = key.Substring(1);
            end = i + 1;
        }
        else if ((key == "v" || key == "version" || key == "ver") && i + 1 < words.Count && words[i + 1].IsNumber && !words[i + 1].HasSeparatorBefore)
        {
            number = words[i + 1].Key;
            end = i + 2;
        }
        if (number is null)
        {
            return false;
        }
        // A point release: "v11.1".
        if (end < words.Count && words[end].IsNumber && words[end].Start == words[end - 1].End + 1 && text[words[end - 1].End] == '.')
        {
            number += "." + words[end].Key;
            end++;
        }
        version = "v" + number;
        return true;
    }

    /// <summary>
    /// "December 19, 2024" (or "Dec 19 2024"): a version's date, the value written "2024-12-19". Not a date that
    /// something else qualifies ("updated July 10, 2016", "Effective July 18, 2009"), nor one that is no day.
    /// </summary>
    private static bool TryVersionDate(string text, NameWordList words, int i, out string? date)
    {
        date = null;
        if (i + 2 >= words.Count || !Months.TryGetValue(words[i].Key, out int month)
            || (i > 0 && OtherDateCues.Contains(words[i - 1].Key)))
        {
            return false;
        }
        ref readonly var day = ref words[i + 1];
        ref readonly var year = ref words[i + 2];
        if (!day.IsNumber || day.HasSeparatorBefore || day.Key.Length > 2 || year.Before is not (NameSeparator.None or NameSeparator.Comma)
            || !IsYear(text, year))
        {
            return false;
        }
        string written = year.Key + "-" + month.ToString("00", System.Globalization.CultureInfo.InvariantCulture) + "-" + day.Key.PadLeft(2, '0');
        if (!ImrCite.Catalogue.GuidelineDate.TryParse(written, out var parsed))
        {
            return false;
        }
        date = parsed.ToString();
        return true;
    }

    /// <summary>"3rd ed.", "3rd Edition", "Third Edition", "2nd ed": an edition ordinal, the value its number ("3").</summary>
    private static bool TryEdition(NameWordList words, int i, out int end, out string? edition)
    {
        end = i;
        edition = null;
        if (i + 1 >= words.Count || (words[i + 1].Flags & WordFlags.EditionWord) == 0)
        {
            return false;
        }
        string key = words[i].Key;
        if (OrdinalWords.TryGetValue(key, out string? fromWord))
        {
            edition = fromWord;
        }
        else if (IsOrdinal(key))
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
    private static void MarkQualifyingGroups(NameWordList words)
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
            bool plain = true;
            bool plainOrFiller = true;
            bool dated = false;
            while (end < words.Count && words[end].Depth >= depth)
            {
                ref readonly var word = ref words[end];
                bool qualifying = word.IsSkipped || (word.Flags & (WordFlags.Group | WordFlags.Number | WordFlags.Ordinal)) != 0;
                plain &= qualifying;
                plainOrFiller &= qualifying || word.IsFiller;
                dated |= word.Kind == NameWordKind.VersionDate;
                end++;
            }
            // A version's date may be written with its publisher: "(ACOEM December 19, 2024)".
            bool qualifies = plain || (dated && plainOrFiller);
            if (qualifies)
            {
                for (int k = i; k < end; k++)
                {
                    if (!words[k].IsSkipped)
                    {
                        words.SetKind(k, NameWordKind.Qualifier);
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
        key.Length > 2 && IsDigits(key, 0, key.Length - 2) && HasOrdinalSuffix(key);

    // "st", "nd", "rd", "th" at the end, compared in place (no string per word).
    private static bool HasOrdinalSuffix(string key)
    {
        char a = key[key.Length - 2];
        char b = key[key.Length - 1];
        return (a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') || (a == 't' && b == 'h');
    }

    /// <summary>True when key[start..end) is one or more ASCII digits.</summary>
    private static bool IsDigits(string key, int start, int end)
    {
        if (end <= start)
        {
            return false;
        }
        for (int k = start; k < end; k++)
        {
            if (key[k] < '0' || key[k] > '9')
            {
                return false;
            }
        }
        return true;
    }

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

/// <summary>What <see cref="NameQualifiers"/> knows of a word key by itself (<see cref="NameQualifiers.FlagsOf"/>).</summary>
[Flags]
internal enum WordFlags : ushort
{
    /// <summary>Nothing.</summary>
    None = 0,
    /// <summary>A word that qualifies wherever it stands ("chapter", "updated").</summary>
    Qualifier = 1,
    /// <summary>A word that may make up a qualifying bracketed group ("acute", "online", month names).</summary>
    Group = 2,
    /// <summary>A filler word ("mtus", "the", "and").</summary>
    Filler = 4,
    /// <summary>The first word of a qualifying phrase ("procedure" of "procedure summary").</summary>
    PhraseFirst = 8,
    /// <summary>The second word of a qualifying phrase.</summary>
    PhraseSecond = 16,
    /// <summary>ASCII digits only.</summary>
    Number = 32,
    /// <summary>A number with an ordinal suffix ("3rd").</summary>
    Ordinal = 64,
    /// <summary>"ed", "edition" or "edn": makes the word before it an edition ordinal.</summary>
    EditionWord = 128,
    /// <summary>"v", "version", "ver" or "v" and digits ("v11").</summary>
    Version = 256,
    /// <summary>"chapter".</summary>
    Chapter = 512,
    /// <summary>A month's name or abbreviation ("december", "dec").</summary>
    Month = 1024,
}
