namespace ImrCite.Citations;

/// <summary>
/// A short list that holds its first item in place and the rest in a list made at the second: what a citation
/// segment keeps of its name parts and pages, which are one item in most citations. A field of its owner, added to
/// through the owner (a mutable struct, never copied while it is added to); read by value.
/// </summary>
internal struct InlineList<T>
{
    private T _first;
    private List<T>? _rest;
    private int _count;

    /// <summary>How many items the list holds.</summary>
    public readonly int Count => _count;

    /// <summary>The item at <paramref name="index"/> (0 ≤ index &lt; <see cref="Count"/>).</summary>
    public readonly T this[int index]
    {
        get
        {
            if ((uint)index >= (uint)_count)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }
            return index == 0 ? _first : _rest![index - 1];
        }
    }

    /// <summary>Adds <paramref name="item"/> at the end.</summary>
    public void Add(T item)
    {
        if (_count == 0)
        {
            _first = item;
        }
        else
        {
            (_rest ??= new List<T>(2)).Add(item);
        }
        _count++;
    }

    /// <summary>A list of one item.</summary>
    public static InlineList<T> Of(T item)
    {
        var list = default(InlineList<T>);
        list.Add(item);
        return list;
    }
}
