using System.Collections;

namespace ImrCite.Citations;

/// <summary>
/// The words of a text as the name grammar reads them: a list whose indexer returns a reference to the word in place.
/// A <see cref="NameWord"/> is a large struct and the grammar asks each word many questions (<c>words[i].IsSkipped</c>,
/// <c>words[i].Key</c>, …); a <see cref="List{T}"/> indexer copies the whole word for each, this one reads the field.
/// </summary>
internal sealed class NameWordList : IReadOnlyList<NameWord>
{
    private NameWord[] _items;

    /// <summary>An empty list with room for <paramref name="capacity"/> words.</summary>
    public NameWordList(int capacity = 4)
    {
        _items = new NameWord[Math.Max(0, capacity)];
    }

    /// <summary>How many words the list holds.</summary>
    public int Count { get; private set; }

    /// <summary>How many words the list holds room for; lowering it below <see cref="Count"/> is not allowed.</summary>
    public int Capacity
    {
        get => _items.Length;
        set
        {
            if (value < Count)
            {
                throw new ArgumentOutOfRangeException(nameof(value));
            }
            if (value != _items.Length)
            {
                var items = new NameWord[value];
                Array.Copy(_items, items, Count);
                _items = items;
            }
        }
    }

    /// <summary>The word at <paramref name="index"/>, in place (0 ≤ index &lt; <see cref="Count"/>).</summary>
    public ref NameWord this[int index]
    {
        // Asked at almost every step of the name grammar: inlined even where the JIT's size heuristics would not.
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        get
        {
            if ((uint)index >= (uint)Count)
            {
                ThrowIndexOutOfRange();
            }
            return ref _items[index];
        }
    }

    // Thrown from a method of its own, so the indexer stays small enough to be inlined wherever the grammar asks it.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void ThrowIndexOutOfRange() => throw new ArgumentOutOfRangeException("index");

    NameWord IReadOnlyList<NameWord>.this[int index] => this[index];

    /// <summary>Adds <paramref name="word"/> at the end.</summary>
    public void Add(in NameWord word)
    {
        if (Count == _items.Length)
        {
            Capacity = Math.Max(4, _items.Length * 2);
        }
        _items[Count++] = word;
    }

    /// <summary>
    /// Adds a content word, built where it is stored: a word passed in whole is copied through the stack and into the
    /// array as a block (a helper call per reference and a string move for the rest), which showed in profiles as the
    /// costliest step of reading a word.
    /// </summary>
    public void AddContent(string key, int start, int end, NameSeparator before, int depth, int joinedAt, int tableId, int stemId, WordFlags flags)
    {
        if (Count == _items.Length)
        {
            Capacity = Math.Max(4, _items.Length * 2);
        }
        _items[Count] = new NameWord(key, start, end, before, depth, joinedAt, tableId, stemId, flags);
        Count++;
    }

    /// <summary>Makes the word at <paramref name="index"/> a word of <paramref name="kind"/> (<see cref="NameWord.As"/>), rebuilt in place.</summary>
    public void SetKind(int index, NameWordKind kind, string? selector = null)
    {
        ref var word = ref this[index];
        word = word.As(kind, selector);
    }

    /// <summary>Removes every word (and drops the references they held).</summary>
    public void Clear()
    {
        Array.Clear(_items, 0, Count);
        Count = 0;
    }

    /// <summary>The words that match <paramref name="match"/>, in order.</summary>
    public NameWordList FindAll(Predicate<NameWord> match)
    {
        var found = new NameWordList(Count);
        for (int k = 0; k < Count; k++)
        {
            if (match(_items[k]))
            {
                found.Add(_items[k]);
            }
        }
        return found;
    }

    /// <summary>True when every word matches <paramref name="match"/>.</summary>
    public bool TrueForAll(Predicate<NameWord> match)
    {
        for (int k = 0; k < Count; k++)
        {
            if (!match(_items[k]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The words in order, without an allocation.</summary>
    public Enumerator GetEnumerator() => new(this);

    IEnumerator<NameWord> IEnumerable<NameWord>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Enumerates a <see cref="NameWordList"/>.</summary>
    public struct Enumerator : IEnumerator<NameWord>
    {
        private readonly NameWordList _list;
        private int _index;

        internal Enumerator(NameWordList list)
        {
            _list = list;
            _index = -1;
        }

        /// <inheritdoc />
        public readonly NameWord Current => _list._items[_index];

        readonly object IEnumerator.Current => Current;

        /// <inheritdoc />
        public bool MoveNext() => ++_index < _list.Count;

        /// <inheritdoc />
        public void Reset() => _index = -1;

        /// <inheritdoc />
        public readonly void Dispose()
        {
        }
    }
}
