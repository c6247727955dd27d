using System;
using System.Collections.Generic;
using ImrCite.Catalogue;
using ImrCite.Text;

namespace ImrCite.Citations;

/// <summary>
/// "Did you mean": the catalogued name closest to an unknown one, and whether an unknown name is a near miss
/// of a catalogued title (a misspelling, which is worth a finding even where the catalogue is partial).
/// </summary>
internal static class Suggestions
{
    /// <summary>Below this similarity no suggestion is made.</summary>
    private const double SuggestAt = 0.6;

    /// <summary>The title of the catalogued document closest to <paramref name="written"/>, if any is close.</summary>
    public static string? DocumentName(GuidelineCatalogue catalogue, string written)
    {
        string key = TextKey.Normalize(written);
        string? best = null;
        double bestScore = 0;
        foreach (var pair in catalogue.DocumentKeyIndex)
        {
            double score = Similarity(key, pair.Key);
            if (score > bestScore)
            {
                bestScore = score;
                best = pair.Value[0].Title;
            }
        }
        return bestScore >= SuggestAt ? best : null;
    }

    /// <summary>The title or alias of the document's section closest to <paramref name="written"/>, if any is close.</summary>
    public static string? SectionName(GuidelineDocument document, string written)
    {
        string key = TextKey.Normalize(written);
        string? best = null;
        double bestScore = 0;
        foreach (var (name, nameKey) in SectionNames(document))
        {
            double score = Similarity(key, nameKey);
            if (score > bestScore)
            {
                bestScore = score;
                best = name;
            }
        }
        return bestScore >= SuggestAt ? best : null;
    }

    /// <summary>
    /// The catalogued section title or alias of <paramref name="document"/> that <paramref name="written"/>
    /// misspells, if any: the same words but one, and that one a near spelling of the catalogued word (one or
    /// two letters off, in words long enough that this is not another word: "Inital Care" for "Initial Care",
    /// not "MRA" for "MRI"). Words the name grammar skips (years, "Chapter", "(Online Version)") do not count.
    /// </summary>
    public static string? MisspeltSection(GuidelineDocument document, string written)
    {
        string[] words = ContentWords(written);
        if (words.Length == 0)
        {
            return null;
        }
        foreach (var section in document.AllSections)
        {
            if (IsMisspelling(words, ContentWords(section.Title)))
            {
                return section.Title;
            }
            foreach (string alias in section.Aliases)
            {
                if (IsMisspelling(words, ContentWords(alias)))
                {
                    return alias;
                }
            }
        }
        return null;
    }

    /// <summary>The catalogued document title or alias that <paramref name="written"/> misspells, if any (see <see cref="MisspeltSection"/>); the suggestion is the title.</summary>
    public static string? MisspeltDocument(GuidelineCatalogue catalogue, string written)
    {
        string[] words = ContentWords(written);
        if (words.Length == 0)
        {
            return null;
        }
        foreach (var document in catalogue.Documents)
        {
            if (IsMisspelling(words, ContentWords(document.Title)))
            {
                return document.Title;
            }
            foreach (string alias in document.Aliases)
            {
                if (IsMisspelling(words, ContentWords(alias)))
                {
                    return document.Title;
                }
            }
        }
        return null;
    }

    /// <summary>The words of a name that name something: without years, versions and qualifiers.</summary>
    private static string[] ContentWords(string name)
    {
        var words = NameTokenizer.Read(name, 0, name.Length);
        var content = new List<string>(words.Count);
        foreach (var word in words)
        {
            if (!word.IsSkipped)
            {
                content.Add(word.Key);
            }
        }
        return content.ToArray();
    }

    private static bool IsMisspelling(string[] written, string[] name)
    {
        if (written.Length != name.Length)
        {
            return false;
        }
        int differing = -1;
        for (int k = 0; k < written.Length; k++)
        {
            if (NameTrie<GuidelineSection>.Stem(written[k]) == NameTrie<GuidelineSection>.Stem(name[k]))
            {
                continue;
            }
            if (differing >= 0)
            {
                return false;
            }
            differing = k;
        }
        if (differing < 0)
        {
            return false;
        }
        string a = written[differing];
        string b = name[differing];
        int shorter = Math.Min(a.Length, b.Length);
        int allowed = shorter >= 8 ? 2 : 1;
        // A short word may be another word ("MRA", "MRI"); in a name of three words or more whose other words all
        // match, one letter off in it is still a slip ("criteria for uese").
        int shortest = written.Length >= 3 ? 3 : 5;
        if (shorter < shortest || IsDigits(a) || IsDigits(b))
        {
            return false;
        }
        int distance = IsTransposition(a, b) ? 1 : TextKey.Distance(a, b, allowed);
        return distance > 0 && distance <= allowed;
    }

    /// <summary>True when <paramref name="a"/> is <paramref name="b"/> with two neighbouring letters swapped ("rsik", "risk"): one slip, not two.</summary>
    private static bool IsTransposition(string a, string b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }
        int first = -1;
        for (int k = 0; k < a.Length; k++)
        {
            if (a[k] != b[k])
            {
                first = k;
                break;
            }
        }
        return first >= 0 && first + 1 < a.Length && a[first] == b[first + 1] && a[first + 1] == b[first]
            && string.CompareOrdinal(a, first + 2, b, first + 2, a.Length - first - 2) == 0;
    }

    private static bool IsDigits(string word)
    {
        foreach (char c in word)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }
        return true;
    }

    private static IEnumerable<(string Name, string Key)> SectionNames(GuidelineDocument document)
    {
        foreach (var section in document.AllSections)
        {
            yield return (section.Title, TextKey.Normalize(section.Title));
            foreach (string alias in section.Aliases)
            {
                yield return (alias, TextKey.Normalize(alias));
            }
        }
    }

    /// <summary>Similarity in [0, 1]: the better of edit-distance similarity and shared-word overlap.</summary>
    public static double Similarity(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }
        int longest = Math.Max(a.Length, b.Length);
        int cap = Math.Max(2, longest / 3);
        int distance = TextKey.Distance(a, b, cap);
        double edit = distance > cap ? 0 : 1.0 - (double)distance / longest;
        var wordsA = new HashSet<string>(a.Split(' '));
        var wordsB = new HashSet<string>(b.Split(' '));
        int shared = 0;
        foreach (string word in wordsA)
        {
            if (wordsB.Contains(word))
            {
                shared++;
            }
        }
        double overlap = (double)shared / Math.Max(wordsA.Count, wordsB.Count);
        return Math.Max(edit, overlap);
    }
}
