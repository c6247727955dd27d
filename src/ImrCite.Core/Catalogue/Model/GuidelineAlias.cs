namespace ImrCite.Catalogue;

/// <summary>
/// Another name of a source, document or section, and where the name comes from ("MAXIMUS chapter label
/// table", "DWC MTUS page"). Matching uses the name only; the source is for maintainers and reviewers.
/// </summary>
#if IMRCITE_PUBLIC
public sealed class GuidelineAlias
#else
internal sealed class GuidelineAlias
#endif
{
    /// <summary>Creates an alias.</summary>
    /// <param name="name">The name as letters write it.</param>
    /// <param name="source">Where the name comes from, or null when the catalogue does not say.</param>
    public GuidelineAlias(string name, string? source = null)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Source = source;
    }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>Where the name comes from, or null.</summary>
    public string? Source { get; }

    /// <inheritdoc />
    public override string ToString() => Source is null ? Name : $"{Name} ({Source})";
}

/// <summary>
/// Holds a record's aliases once, whichever form they were given in: the names alone (<c>Aliases</c>) or
/// with their sources (<c>AliasEntries</c>). Setting either replaces both, so the two views never disagree.
/// </summary>
internal struct AliasList
{
    private IReadOnlyList<string>? _names;
    private IReadOnlyList<GuidelineAlias>? _entries;

    public IReadOnlyList<string> Names
    {
        readonly get => _names ?? Array.Empty<string>();
        set
        {
            _names = value ?? throw new ArgumentNullException(nameof(value));
            var entries = new GuidelineAlias[value.Count];
            for (int i = 0; i < entries.Length; i++)
            {
                entries[i] = new GuidelineAlias(value[i]);
            }
            _entries = entries;
        }
    }

    public IReadOnlyList<GuidelineAlias> Entries
    {
        readonly get => _entries ?? Array.Empty<GuidelineAlias>();
        set
        {
            _entries = value ?? throw new ArgumentNullException(nameof(value));
            var names = new string[value.Count];
            for (int i = 0; i < names.Length; i++)
            {
                names[i] = value[i].Name;
            }
            _names = names;
        }
    }
}
