using ImrCite.Catalogue;
using ImrCite.Text;

namespace ImrCite.Citations;

/// <summary>
/// A catalogued name prepared once for suggestions: the name to suggest, its matching key, the key's words, and
/// the words the name grammar does not skip (no years, "Chapter" or "(Online Version)").
/// </summary>
internal sealed class SuggestionName
{
    public SuggestionName(string suggest, string name)
    {
        Suggest = suggest;
        Key = TextKey.Normalize(name);
        KeyWords = new HashSet<string>(Key.Split(' '), StringComparer.Ordinal);
        Characters = new CharacterCounts(Key);
        ContentWords = Suggestions.ContentWords(name);
        ContentStems = Suggestions.Stems(ContentWords);
    }

    /// <summary>What a finding suggests (a section's title or alias; a document's title).</summary>
    public string Suggest { get; }

    /// <summary>The name's matching key.</summary>
    public string Key { get; }

    /// <summary>The key's words.</summary>
    public HashSet<string> KeyWords { get; }

    /// <summary>How often each class of character occurs in the key: a lower bound of edit distances, without computing them.</summary>
    public CharacterCounts Characters { get; }

    /// <summary>The name's words without those the name grammar skips.</summary>
    public string[] ContentWords { get; }

    /// <summary>The stems of <see cref="ContentWords"/>.</summary>
    public string[] ContentStems { get; }
}

/// <summary>How often each class of character (a–z, 0–9, space, anything else) occurs in a key; counts stop at 255.</summary>
internal sealed class CharacterCounts
{
    private const int Classes = 38;

    private readonly byte[] _counts = new byte[Classes];

    public CharacterCounts(string key)
    {
        foreach (char c in key)
        {
            int k = c is >= 'a' and <= 'z' ? c - 'a' : c is >= '0' and <= '9' ? 26 + (c - '0') : c == ' ' ? 36 : 37;
            if (_counts[k] < byte.MaxValue)
            {
                _counts[k]++;
            }
        }
    }

    /// <summary>
    /// A lower bound of the edit distance between two keys: the larger of the two sums of what one key has of a
    /// class beyond the other (each such character needs an edit). Counts stopped at 255 only lower it.
    /// </summary>
    public static int Excess(CharacterCounts a, CharacterCounts b)
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

/// <summary>
/// "Did you mean": the catalogued name closest to an unknown one, and whether an unknown name is a near miss
/// of a catalogued title (a misspelling, which is worth a finding even where the catalogue is partial). The
/// catalogued names come prepared from <see cref="CatalogueNameIndex"/>, so a suggestion costs one pass over them.
/// </summary>
internal static class Suggestions
{
    /// <summary>Below this similarity no suggestion is made.</summary>
    private const double SuggestAt = 0.6;

    /// <summary>The closest of <paramref name="names"/> to <paramref name="written"/>, if any is close.</summary>
    public static string? Closest(IReadOnlyList<SuggestionName> names, string written)
    {
        string key = TextKey.Normalize(written);
        if (key.Length == 0)
        {
            return null;
        }
        var words = new HashSet<string>(key.Split(' '), StringComparer.Ordinal);
        var characters = new CharacterCounts(key);
        string? best = null;
        double bestScore = 0;
        foreach (var name in names)
        {
            if (Score(key, words, characters, name, bestScore) is { } score)
            {
                bestScore = score;
                best = name.Suggest;
            }
        }
        return bestScore >= SuggestAt ? best : null;
    }

    /// <summary>
    /// The <see cref="Similarity(string, string)"/> of a candidate when it is at least <see cref="SuggestAt"/> and
    /// beats <paramref name="bestScore"/>; otherwise null. No other candidate can be the one suggested: the
    /// suggestion is the first with the best score, and only if that reaches <see cref="SuggestAt"/>. So bounds from
    /// the lengths and the character counts skip most edit distances, and a distance is capped where it stops mattering.
    /// </summary>
    private static double? Score(string key, HashSet<string> words, CharacterCounts characters, SuggestionName name, double bestScore)
    {
        if (name.Key.Length == 0)
        {
            return null;
        }
        double overlap = Overlap(words, name.KeyWords);
        double score = overlap;
        int longest = Math.Max(key.Length, name.Key.Length);
        double editBound = 1.0 - (double)Math.Abs(key.Length - name.Key.Length) / longest;
        if (editBound > score && editBound >= SuggestAt && editBound > bestScore)
        {
            editBound = 1.0 - (double)CharacterCounts.Excess(characters, name.Characters) / longest;
        }
        if (editBound > score && editBound >= SuggestAt && editBound > bestScore)
        {
            int cap = Math.Max(2, longest / 3);
            // An edit similarity below SuggestAt never decides: distances past 0.4 of the longest need not be exact.
            int needed = Math.Min(cap, (int)(longest * (1 - SuggestAt)) + 1);
            int distance = TextKey.Distance(key, name.Key, needed);
            double edit = distance > needed ? 0 : 1.0 - (double)distance / longest;
            score = Math.Max(edit, overlap);
        }
        return score >= SuggestAt && score > bestScore ? score : null;
    }

    /// <summary>Shared distinct words over the larger count of distinct words.</summary>
    private static double Overlap(HashSet<string> wordsA, HashSet<string> wordsB)
    {
        int shared = 0;
        foreach (string word in wordsA)
        {
            if (wordsB.Contains(word))
            {
                shared++;
            }
        }
        return (double)shared / Math.Max(wordsA.Count, wordsB.Count);
    }

    /// <summary>
    /// The name among <paramref name="names"/> that <paramref name="written"/> misspells, if any: the same words but
    /// one, and that one a near spelling of the catalogued word (one or two letters off, or two neighbours swapped,
    /// in words long enough that this is not another word: "Inital Care" for "Initial Care", not "MRA" for "MRI").
    /// Words the name grammar skips (years, "Chapter", "(Online Version)") do not count.
    /// </summary>
    public static string? Misspelt(IReadOnlyList<SuggestionName> names, string written)
    {
        string[] words = ContentWords(written);
        if (words.Length == 0)
        {
            return null;
        }
        string[] stems = Stems(words);
        foreach (var name in names)
        {
            if (IsMisspelling(words, stems, name.ContentWords, name.ContentStems))
            {
                return name.Suggest;
            }
        }
        return null;
    }

    /// <summary>The words of a name that name something: without years, versions and qualifiers.</summary>
    public static string[] ContentWords(string name)
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

    /// <summary>The stems of <paramref name="words"/>, in order.</summary>
    public static string[] Stems(string[] words)
    {
        var stems = new string[words.Length];
        for (int k = 0; k < words.Length; k++)
        {
            stems[k] = NameTrie<GuidelineSection>.Stem(words[k]);
        }
        return stems;
    }

    private static bool IsMisspelling(string[] written, string[] writtenStems, string[] name, string[] nameStems)
    {
        if (written.Length != name.Length)
        {
            return false;
        }
        int differing = -1;
        for (int k = 0; k < written.Length; k++)
        {
            if (writtenStems[k] == nameStems[k])
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
    public static double Similarity(string a, string b) =>
        Similarity(a, new HashSet<string>(a.Split(' '), StringComparer.Ordinal), b, new HashSet<string>(b.Split(' '), StringComparer.Ordinal));

    private static double Similarity(string a, HashSet<string> wordsA, string b, HashSet<string> wordsB)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }
        int longest = Math.Max(a.Length, b.Length);
        int cap = Math.Max(2, longest / 3);
        int distance = TextKey.Distance(a, b, cap);
        double edit = distance > cap ? 0 : 1.0 - (double)distance / longest;
        return Math.Max(edit, Overlap(wordsA, wordsB));
    }
}
