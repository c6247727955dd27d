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
        var wanted = new Name(TextKey.Normalize(written));
        string? best = null;
        double bestScore = 0;
        foreach (var (title, key) in CatalogueNames.Of(catalogue).DocumentKeys)
        {
            if (Score(wanted, key, bestScore) is { } score)
            {
                bestScore = score;
                best = title;
            }
        }
        return bestScore >= SuggestAt ? best : null;
    }

    /// <summary>The title or alias of the document's section closest to <paramref name="written"/>, if any is close.</summary>
    public static string? SectionName(GuidelineDocument document, string written)
    {
        var wanted = new Name(TextKey.Normalize(written));
        string? best = null;
        double bestScore = 0;
        foreach (var (name, key) in DocumentNames.Of(document).SectionKeys)
        {
            if (Score(wanted, key, bestScore) is { } score)
            {
                bestScore = score;
                best = name;
            }
        }
        return bestScore >= SuggestAt ? best : null;
    }

    /// <summary>
    /// The similarity of a candidate when it is at least <see cref="SuggestAt"/> and beats <paramref name="bestScore"/>;
    /// otherwise null. Such a candidate can never be the one suggested: the suggestion is the first candidate with the
    /// best score, and only if that score reaches <see cref="SuggestAt"/>. So bounds from the lengths and the word
    /// counts skip most candidates without an edit distance, and the distance is capped where it stops mattering.
    /// </summary>
    private static double? Score(Name a, Name b, double bestScore)
    {
        if (a.Key.Length == 0 || b.Key.Length == 0)
        {
            return null;
        }
        double overlap = Overlap(a, b);
        double score = overlap;
        int longest = Math.Max(a.Key.Length, b.Key.Length);
        double editBound = 1.0 - (double)Math.Abs(a.Key.Length - b.Key.Length) / longest;
        if (editBound > score && editBound >= SuggestAt && editBound > bestScore)
        {
            // A tighter bound: every character one key has more often than the other costs an edit.
            editBound = 1.0 - (double)Name.CharacterExcess(a, b) / longest;
        }
        if (editBound > score && editBound >= SuggestAt && editBound > bestScore)
        {
            int cap = Math.Max(2, longest / 3);
            // An edit similarity below SuggestAt never decides: distances past 0.4 of the longest need not be exact.
            int needed = Math.Min(cap, (int)(longest * (1 - SuggestAt)) + 1);
            int distance = TextKey.Distance(a.Key, b.Key, needed);
            double edit = distance > needed ? 0 : 1.0 - (double)distance / longest;
            score = Math.Max(edit, overlap);
        }
        return score >= SuggestAt && score > bestScore ? score : null;
    }

    /// <summary>Shared distinct words over the larger count of distinct words, as <see cref="Similarity"/> computes it.</summary>
    private static double Overlap(Name a, Name b)
    {
        int shared = 0;
        foreach (string word in a.Words)
        {
            if (b.Words.Contains(word))
            {
                shared++;
            }
        }
        return (double)shared / Math.Max(a.Words.Count, b.Words.Count);
    }

    /// <summary>A matching key with its distinct words, split once.</summary>
    private sealed class Name
    {
        private const int Classes = 38; // a-z, 0-9, space, anything else

        private readonly byte[] _counts = new byte[Classes];

        public Name(string key)
        {
            Key = key;
            Words = new HashSet<string>(key.Split(' '));
            foreach (char c in key)
            {
                int k = c is >= 'a' and <= 'z' ? c - 'a' : c is >= '0' and <= '9' ? 26 + (c - '0') : c == ' ' ? 36 : 37;
                if (_counts[k] < byte.MaxValue)
                {
                    _counts[k]++;
                }
            }
        }

        public string Key { get; }

        public HashSet<string> Words { get; }

        /// <summary>
        /// A lower bound of the edit distance between the keys: the larger of the two sums of what one key has of a
        /// character class beyond the other (each such character needs an edit). Counts stop at 255, which only lowers it.
        /// </summary>
        public static int CharacterExcess(Name a, Name b)
        {
            int more = 0;
            int fewer = 0;
            for (int k = 0; k < Classes; k++)
            {
                int difference = a._counts[k] - b._counts[k];
                if (difference > 0)
                {
                    more += difference;
                }
                else
                {
                    fewer -= difference;
                }
            }
            return Math.Max(more, fewer);
        }
    }

    /// <summary>A catalogue's document keys with their titles and words, in the catalogue's order, prepared once.</summary>
    private sealed class CatalogueNames
    {
        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<GuidelineCatalogue, CatalogueNames> Cache = new();

        private CatalogueNames(GuidelineCatalogue catalogue)
        {
            foreach (var pair in catalogue.DocumentKeyIndex)
            {
                DocumentKeys.Add((pair.Value[0].Title, new Name(pair.Key)));
            }
            foreach (var document in catalogue.Documents)
            {
                Misspellable.Add((document.Title, new NameWords(document.Title)));
                foreach (string alias in document.Aliases)
                {
                    Misspellable.Add((document.Title, new NameWords(alias)));
                }
            }
        }

        public List<(string Title, Name Key)> DocumentKeys { get; } = new();

        /// <summary>Every title and alias (with the title it suggests), in catalogue order, for <see cref="MisspeltDocument"/>.</summary>
        public List<(string Title, NameWords Words)> Misspellable { get; } = new();

        public static CatalogueNames Of(GuidelineCatalogue catalogue) => Cache.GetValue(catalogue, c => new CatalogueNames(c));
    }

    /// <summary>A document's section titles and aliases with their keys and content words, in section order, prepared once.</summary>
    private sealed class DocumentNames
    {
        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<GuidelineDocument, DocumentNames> Cache = new();

        private readonly int _sections;

        private DocumentNames(GuidelineDocument document)
        {
            _sections = document.AllSections.Count;
            foreach (var section in document.AllSections)
            {
                SectionKeys.Add((section.Title, new Name(TextKey.Normalize(section.Title))));
                Misspellable.Add((section.Title, new NameWords(section.Title)));
                foreach (string alias in section.Aliases)
                {
                    SectionKeys.Add((alias, new Name(TextKey.Normalize(alias))));
                    Misspellable.Add((alias, new NameWords(alias)));
                }
            }
        }

        public List<(string Name, Name Key)> SectionKeys { get; } = new();

        /// <summary>Every title and alias, in order, for <see cref="MisspeltSection"/>.</summary>
        public List<(string Name, NameWords Words)> Misspellable { get; } = new();

        public static DocumentNames Of(GuidelineDocument document)
        {
            var names = Cache.GetValue(document, d => new DocumentNames(d));
            return names._sections == document.AllSections.Count ? names : new DocumentNames(document);
        }
    }

    /// <summary>The content words of a name and their stems, read once.</summary>
    private sealed class NameWords
    {
        public NameWords(string name)
        {
            Words = ContentWords(name);
            Stems = new string[Words.Length];
            for (int k = 0; k < Words.Length; k++)
            {
                Stems[k] = NameTrie<GuidelineSection>.Stem(Words[k]);
            }
        }

        public string[] Words { get; }

        public string[] Stems { get; }
    }

    /// <summary>
    /// The catalogued section title or alias of <paramref name="document"/> that <paramref name="written"/>
    /// misspells, if any: the same words but one, and that one a near spelling of the catalogued word (one or
    /// two letters off, in words long enough that this is not another word: "Inital Care" for "Initial Care",
    /// not "MRA" for "MRI"). Words the name grammar skips (years, "Chapter", "(Online Version)") do not count.
    /// </summary>
    public static string? MisspeltSection(GuidelineDocument document, string written)
    {
        var words = new NameWords(written);
        if (words.Words.Length == 0)
        {
            return null;
        }
        foreach (var (name, nameWords) in DocumentNames.Of(document).Misspellable)
        {
            if (IsMisspelling(words, nameWords))
            {
                return name;
            }
        }
        return null;
    }

    /// <summary>The catalogued document title or alias that <paramref name="written"/> misspells, if any (see <see cref="MisspeltSection"/>); the suggestion is the title.</summary>
    public static string? MisspeltDocument(GuidelineCatalogue catalogue, string written)
    {
        var words = new NameWords(written);
        if (words.Words.Length == 0)
        {
            return null;
        }
        foreach (var (title, nameWords) in CatalogueNames.Of(catalogue).Misspellable)
        {
            if (IsMisspelling(words, nameWords))
            {
                return title;
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

    private static bool IsMisspelling(NameWords writtenWords, NameWords nameWords)
    {
        string[] written = writtenWords.Words;
        string[] name = nameWords.Words;
        if (written.Length != name.Length)
        {
            return false;
        }
        int differing = -1;
        for (int k = 0; k < written.Length; k++)
        {
            if (writtenWords.Stems[k] == nameWords.Stems[k])
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
