namespace ImrCite.Citations;

/// <summary>
/// The words of a catalogue's names, each with a small integer id for its stem, looked up by the characters of
/// a word without building a string: citation text is tokenized against it (a known word's key is the table's
/// string, its stem an id), and <see cref="NameTrie{T}"/> walks stem ids. Filled while a
/// <see cref="CatalogueNameIndex"/> is built, read-only afterwards, so any number of threads read it.
/// </summary>
internal sealed class WordTable
{
    /// <summary>The stem id of a word whose stem is in no name: it continues no name.</summary>
    public const int NoStem = -1;

    /// <summary>The <see cref="NameWord.TableId"/> of a word read against no table.</summary>
    public const int NoTable = 0;

    private static int _lastId;

    /// <summary>This table's id, unique in the process (never <see cref="NoTable"/>).</summary>
    public int Id { get; } = System.Threading.Interlocked.Increment(ref _lastId);

    private readonly SpanTable _stems = new();
    private readonly SpanTable _keys = new();
    // By key id: the key's stem id and flags, side by side (one array read per word of text).
    private (int Stem, WordFlags Flags)[] _keyFacts = new (int, WordFlags)[16];

    /// <summary>The id of <paramref name="stem"/>, added if new.</summary>
    public int AddStem(string stem) => _stems.GetOrAdd(stem);

    /// <summary>Adds a word key and its stem, so that text tokenized against the table shares the key's string and knows its stem's id.</summary>
    public void AddKey(string key)
    {
        int before = _keys.Count;
        int index = _keys.GetOrAdd(key);
        if (index == before)
        {
            if (index == _keyFacts.Length)
            {
                Array.Resize(ref _keyFacts, _keyFacts.Length * 2);
            }
            _keyFacts[index] = (AddStem(NameTrie<object>.Stem(key)), NameQualifiers.FlagsOf(key));
        }
    }

    /// <summary>The id of the stem <paramref name="stem"/>, or <see cref="NoStem"/>.</summary>
    public int FindStemId(ReadOnlySpan<char> stem) => _stems.Find(stem);

    /// <summary>The id of the stem of the word key <paramref name="key"/> (see <see cref="NameTrie{T}.Stem"/>), or <see cref="NoStem"/>.</summary>
    public int FindStem(ReadOnlySpan<char> key)
    {
        if (key.Length > 4 && key.EndsWith("ies".AsSpan(), StringComparison.Ordinal))
        {
            // "studies" → "study": the stem is the key less "ies" plus "y".
            int length = key.Length - 2;
            Span<char> stem = length <= 64 ? stackalloc char[length] : new char[length];
            key.Slice(0, length - 1).CopyTo(stem);
            stem[length - 1] = 'y';
            return _stems.Find(stem);
        }
        if (key.Length > 3 && key[key.Length - 1] == 's' && key[key.Length - 2] is not ('s' or 'u' or 'i'))
        {
            return _stems.Find(key.Slice(0, key.Length - 1));
        }
        return _stems.Find(key);
    }

    /// <summary>
    /// The table's string for the key <paramref name="key"/>, its stem id and its <see cref="NameQualifiers.FlagsOf"/>;
    /// null (and the stem's id) for a key not in the table.
    /// </summary>
    public string? FindKey(ReadOnlySpan<char> key, out int stem, out WordFlags flags) => FindKey(key, RunningHash(key), out stem, out flags);

    /// <summary>As <see cref="FindKey(ReadOnlySpan{char}, out int, out WordFlags)"/>, with the key's running hash (<see cref="HashStep"/> from <see cref="HashSeed"/>) at hand.</summary>
    public string? FindKey(ReadOnlySpan<char> key, uint runningHash, out int stem, out WordFlags flags)
    {
        int index = _keys.Find(key, Finish(runningHash));
        if (index < 0)
        {
            stem = FindStem(key);
            flags = WordFlags.None;
            return null;
        }
        (stem, flags) = _keyFacts[index];
        return _keys[index];
    }

    /// <summary>
    /// Strings by their characters, with dense ids in insertion order: open addressing over a power-of-two
    /// array, looked up by a span so no string is built to ask.
    /// </summary>
    private sealed class SpanTable
    {
        // The strings by id (the first Count of them): an array, read without a list's checks on every lookup.
        private string[] _strings = new string[8];
        private int[] _slots = Empty(16);

        public int Count { get; private set; }

        public string this[int id] => _strings[id];

        public int Find(ReadOnlySpan<char> text) => Find(text, Hash(text));

        public int Find(ReadOnlySpan<char> text, int hash)
        {
            int mask = _slots.Length - 1;
            for (int slot = hash & mask; ; slot = (slot + 1) & mask)
            {
                int id = _slots[slot];
                if (id < 0)
                {
                    return NoStem;
                }
                if (text.SequenceEqual(_strings[id].AsSpan()))
                {
                    return id;
                }
            }
        }

        public int GetOrAdd(string text)
        {
            int found = Find(text.AsSpan());
            if (found >= 0)
            {
                return found;
            }
            int id = Count;
            if (id == _strings.Length)
            {
                Array.Resize(ref _strings, _strings.Length * 2);
            }
            _strings[id] = text;
            Count = id + 1;
            if (Count * 2 > _slots.Length)
            {
                _slots = Empty(_slots.Length * 2);
                for (int k = 0; k < Count; k++)
                {
                    Place(k);
                }
            }
            else
            {
                Place(id);
            }
            return id;
        }

        private void Place(int id)
        {
            int mask = _slots.Length - 1;
            int slot = Hash(_strings[id].AsSpan()) & mask;
            while (_slots[slot] >= 0)
            {
                slot = (slot + 1) & mask;
            }
            _slots[slot] = id;
        }

        private static int[] Empty(int size)
        {
            var slots = new int[size];
            for (int k = 0; k < size; k++)
            {
                slots[k] = -1;
            }
            return slots;
        }

        private static int Hash(ReadOnlySpan<char> text) => Finish(RunningHash(text));
    }

    // FNV-1a over the characters: deterministic, and good enough for a few thousand short words. Run as the
    // tokenizer reads a word (HashStep per character), so a word is hashed without a second pass.

    /// <summary>The running hash of no characters.</summary>
    public const uint HashSeed = 2166136261;

    /// <summary>The running hash after one more character.</summary>
    public static uint HashStep(uint hash, char c) => (hash ^ c) * 16777619;

    private static uint RunningHash(ReadOnlySpan<char> text)
    {
        uint hash = HashSeed;
        foreach (char c in text)
        {
            hash = HashStep(hash, c);
        }
        return hash;
    }

    private static int Finish(uint hash) => (int)(hash ^ (hash >> 15));
}
