namespace ImrCite.Citations;

/// <summary>
/// Names as sequences of word stems, for longest-first matching over citation words in one walk: no string is
/// built per candidate or per word (stems are ids of a <see cref="WordTable"/>, which text words carry from
/// tokenizing), and a walk never goes deeper than the longest name, so matching at every word of a
/// text stays linear in its length. Qualifier words (<see cref="NameQualifiers"/>) are stripped from names
/// when they are added and skipped in the text when it is walked.
/// </summary>
/// <typeparam name="T">What a name names: documents, sections, sources.</typeparam>
internal sealed class NameTrie<T>
    where T : class
{
    /// <summary>The most words a walk reads, qualifiers included: no catalogue name is longer.</summary>
    public const int MaxWalk = 48;

    private readonly Node _root = new();
    private readonly WordTable _table;

    /// <summary>A trie whose stems are ids of <paramref name="table"/>.</summary>
    public NameTrie(WordTable table)
    {
        _table = table;
    }

    /// <summary>Adds <paramref name="value"/> under the name <paramref name="name"/> and its systematic variants.</summary>
    /// <param name="name">A title, alias or label as the catalogue writes it.</param>
    /// <param name="value">What the name names.</param>
    /// <param name="rank">0 for a declared name; higher for weaker readings, preferred less.</param>
    /// <param name="alsoInto">Another trie over the same table that gets the same name (an index of every section of every document).</param>
    public void Add(string name, T value, int rank = 0, NameTrie<T>? alsoInto = null)
    {
        var all = NameTokenizer.Read(name, 0, name.Length);
        foreach (var word in all)
        {
            _table.AddKey(word.Key);
        }
        var words = all.FindAll(word => !word.IsSkipped);
        if (words.Count == 0)
        {
            words = all;
        }
        if (words.Count == 0)
        {
            return;
        }
        string exact = ExactKey(all, 0, all.Count);
        if (OnlyFiller(words))
        {
            // A name of filler words alone ("MTUS (Effective July 18, 2009)" without its brackets) would read "MTUS"
            // in any sentence as this name: keep the name whole or not at all.
            words = all;
        }
        var stems = Stems(words, 0, words.Count);
        Insert(stems, new Entry(value, exact, rank));
        alsoInto?.Insert(stems, new Entry(value, exact, rank));
        // Systematic variants: without a bracketed part ("Cyclobenzaprine (Flexeril)" → "Cyclobenzaprine"), and with
        // a hyphenated compound written as one word ("Post-operative" → "postoperative", as a line break joins it).
        var unbracketed = words.FindAll(word => word.Depth == 0);
        if (unbracketed.Count > 0 && unbracketed.Count < words.Count && !OnlyFiller(unbracketed))
        {
            var unbracketedStems = Stems(unbracketed, 0, unbracketed.Count);
            Insert(unbracketedStems, new Entry(value, exact, rank + 1));
            alsoInto?.Insert(unbracketedStems, new Entry(value, exact, rank + 1));
        }
        var joined = JoinCompounds(name, words);
        if (joined is not null)
        {
            Insert(joined, new Entry(value, exact, rank + 1));
            alsoInto?.Insert(joined, new Entry(value, exact, rank + 1));
        }
    }

    /// <summary>Adds <paramref name="value"/> under exactly these stems (for keys that are not names, such as "chapter 12").</summary>
    public void AddStems(IReadOnlyList<string> stems, string exact, T value, int rank = 0) => Insert(stems, new Entry(value, exact, rank));

    /// <summary>
    /// The longest name that starts at <paramref name="start"/> (a content word), read across separators and
    /// skipped words: the index just past its last word, or -1. <paramref name="entries"/> holds what it names,
    /// best first (a name written exactly as declared before a variant; a lower rank before a higher).
    /// </summary>
    public int Longest(NameWordList words, int start, int end, List<T> entries)
    {
        entries.Clear();
        if (start >= end || words[start].IsSkipped)
        {
            return -1;
        }
        var node = _root;
        Node? best = null;
        int bestEnd = -1;
        int limit = Math.Min(end, start + MaxWalk);
        for (int j = start; j < limit; j++)
        {
            ref readonly var word = ref words[j];
            if (word.IsSkipped)
            {
                continue;
            }
            var next = node.Child(word.StemIn(_table));
            if (next is null && word.JoinedAt > 0)
            {
                // "Low Back-⏎Lumbar": the halves of a word joined at a line break.
                var key = word.Key.AsSpan();
                next = node.Child(_table.FindStem(key.Slice(0, word.JoinedAt)))?.Child(_table.FindStem(key.Slice(word.JoinedAt)));
            }
            if (next is null)
            {
                break;
            }
            node = next;
            if (node.Entries is not null)
            {
                best = node;
                bestEnd = j + 1;
            }
        }
        if (best is null)
        {
            return -1;
        }
        Order(best.Entries!, words, start, bestEnd, entries);
        return bestEnd;
    }

    /// <summary>
    /// Where names of this trie can end when read from <paramref name="start"/>: bit k is set when a name may end just
    /// before start + k, read as <see cref="Longest"/> reads (within <see cref="MaxWalk"/> words and before
    /// <paramref name="end"/>). A superset: from a word joined at a line break on, every bit is set, since its
    /// halves may be read too. So a trie holding every name of several tries tells, in one walk, where none of them
    /// can end, and <c>Longest(words, start, e) == e</c> of any of them needs bit e - start.
    /// </summary>
    public ulong Ends(NameWordList words, int start, int end)
    {
        if (start >= end || words[start].IsSkipped)
        {
            return 0;
        }
        ulong ends = 0;
        var node = _root;
        int limit = Math.Min(end, start + MaxWalk);
        for (int j = start; j < limit; j++)
        {
            ref readonly var word = ref words[j];
            if (word.IsSkipped)
            {
                continue;
            }
            if (word.JoinedAt > 0)
            {
                return ends | (ulong.MaxValue << (j + 1 - start));
            }
            node = node.Child(word.StemIn(_table));
            if (node is null)
            {
                break;
            }
            if (node.Entries is not null)
            {
                ends |= 1UL << (j + 1 - start);
            }
        }
        return ends;
    }

    private static void Order(List<Entry> found, NameWordList words, int start, int end, List<T> entries)
    {
        if (found.Count == 1)
        {
            entries.Add(found[0].Value);
            return;
        }
        // How the text wrote the name, with a year or version right after it ("Elbow Complaints 2007").
        int writtenEnd = end;
        while (writtenEnd < words.Count && words[writtenEnd].Kind is NameWordKind.Year or NameWordKind.Version && !words[writtenEnd].HasSeparatorBefore)
        {
            writtenEnd++;
        }
        if (found.Count == 2)
        {
            // Two versions of one name (the 2009 and 2016 texts), the usual case: ordered as the sort below orders two
            // (swapped only when the first compares greater), without the scratch list.
            var first = found[0];
            var second = found[1];
            int firstExact = IsWrittenAs(first.Exact, words, start, writtenEnd) ? 0 : 1;
            int secondExact = IsWrittenAs(second.Exact, words, start, writtenEnd) ? 0 : 1;
            int order = firstExact != secondExact ? firstExact.CompareTo(secondExact) : first.Rank.CompareTo(second.Rank);
            if (order > 0)
            {
                (first, second) = (second, first);
            }
            entries.Add(first.Value);
            if (!entries.Contains(second.Value))
            {
                entries.Add(second.Value);
            }
            return;
        }
        // Sorted in a per-thread scratch list, with each entry's exactness compared once against the words (no
        // string is built for how the text wrote the name); the same sort on the same sequence as ever.
        var ordered = _scratch ??= new List<(Entry Entry, int Exact)>();
        ordered.Clear();
        foreach (var entry in found)
        {
            ordered.Add((entry, IsWrittenAs(entry.Exact, words, start, writtenEnd) ? 0 : 1));
        }
        ordered.Sort(static (a, b) => a.Exact != b.Exact ? a.Exact.CompareTo(b.Exact) : a.Entry.Rank.CompareTo(b.Entry.Rank));
        foreach (var (entry, _) in ordered)
        {
            if (!entries.Contains(entry.Value))
            {
                entries.Add(entry.Value);
            }
        }
        ordered.Clear();
    }

    [ThreadStatic]
    private static List<(Entry Entry, int Exact)>? _scratch;

    /// <summary>True when <paramref name="exact"/> equals <see cref="ExactKey"/> of words[start..end), compared in place.</summary>
    private static bool IsWrittenAs(string exact, NameWordList words, int start, int end)
    {
        int p = 0;
        bool first = true;
        for (int k = start; k < end; k++)
        {
            if (words[k].Kind is NameWordKind.Qualifier or NameWordKind.VersionDate)
            {
                continue;
            }
            if (!first)
            {
                if (p >= exact.Length || exact[p] != ' ')
                {
                    return false;
                }
                p++;
            }
            first = false;
            string key = words[k].Key;
            if (exact.Length - p < key.Length || string.CompareOrdinal(exact, p, key, 0, key.Length) != 0)
            {
                return false;
            }
            p += key.Length;
        }
        return p == exact.Length;
    }

    private static bool OnlyFiller(NameWordList words) => words.TrueForAll(word => word.IsFiller);

    private void Insert(IReadOnlyList<string> stems, Entry entry)
    {
        var node = _root;
        foreach (string stem in stems)
        {
            node = node.GetOrAdd(_table.AddStem(stem));
        }
        node.Entries ??= new List<Entry>();
        foreach (var existing in node.Entries)
        {
            if (ReferenceEquals(existing.Value, entry.Value) && existing.Rank <= entry.Rank)
            {
                return;
            }
        }
        node.Entries.Add(entry);
    }

    private static List<string> Stems(NameWordList words, int start, int end)
    {
        var stems = new List<string>(end - start);
        for (int k = start; k < end; k++)
        {
            stems.Add(Stem(words[k].Key));
        }
        return stems;
    }

    /// <summary>The stems with each hyphenated compound of <paramref name="name"/> as one word, or null when it has none.</summary>
    private static List<string>? JoinCompounds(string name, NameWordList words)
    {
        List<string>? stems = null;
        for (int k = 0; k < words.Count; k++)
        {
            bool compound = k + 1 < words.Count && words[k].End < name.Length && name[words[k].End] == '-' && words[k + 1].Start == words[k].End + 1;
            if (compound)
            {
                stems ??= Stems(words, 0, k);
                stems.Add(Stem(words[k].Key + words[k + 1].Key));
                k++;
            }
            else
            {
                stems?.Add(Stem(words[k].Key));
            }
        }
        return stems;
    }

    /// <summary>The words' keys joined by spaces, qualifiers included: how a name was written.</summary>
    private static string ExactKey(IReadOnlyList<NameWord> words, int start, int end)
    {
        var builder = new System.Text.StringBuilder();
        for (int k = start; k < end; k++)
        {
            if (words[k].Kind is NameWordKind.Qualifier or NameWordKind.VersionDate)
            {
                continue;
            }
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }
            builder.Append(words[k].Key);
        }
        return builder.ToString();
    }

    /// <summary>
    /// A word's matching stem: a plural reads as its singular ("MRIs", "Disorders", "Studies"), so a name
    /// matches whichever number a letter writes. Words ending in "ss", "us" or "is" keep their "s" ("pelvis").
    /// </summary>
    public static string Stem(string key)
    {
        if (key.Length > 4 && key.EndsWith("ies", StringComparison.Ordinal))
        {
            return key.Substring(0, key.Length - 3) + "y";
        }
        if (key.Length > 3 && key[key.Length - 1] == 's' && key[key.Length - 2] is not ('s' or 'u' or 'i'))
        {
            return key.Substring(0, key.Length - 1);
        }
        return key;
    }

    private readonly record struct Entry(T Value, string Exact, int Rank);

    private sealed class Node
    {
        // Past a name's first word or two most nodes have one child: it is kept in two fields and asked without a
        // dictionary; a node with several keeps them in a dictionary.
        private int _onlyStem = WordTable.NoStem;
        private Node? _onlyChild;
        private Dictionary<int, Node>? _children;

        public List<Entry>? Entries { get; set; }

        public Node? Child(int stem)
        {
            if (_onlyChild is not null)
            {
                return stem == _onlyStem ? _onlyChild : null;
            }
            return _children is not null && stem >= 0 && _children.TryGetValue(stem, out var child) ? child : null;
        }

        public Node GetOrAdd(int stem)
        {
            var only = _onlyChild;
            var children = _children;
            if (only is null && children is null)
            {
                var first = new Node();
                _onlyStem = stem;
                _onlyChild = first;
                return first;
            }
            if (only is not null)
            {
                if (stem == _onlyStem)
                {
                    return only;
                }
                children = _children = new Dictionary<int, Node> { [_onlyStem] = only };
                _onlyChild = null;
                _onlyStem = WordTable.NoStem;
            }
            if (!children!.TryGetValue(stem, out var child))
            {
                child = new Node();
                children.Add(stem, child);
            }
            return child;
        }
    }
}
