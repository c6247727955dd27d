using System;
using System.Collections.Generic;

namespace ImrCite.Catalogue;

/// <summary>A publisher or body of guidelines (MTUS, ACOEM, ODG, the MTUS regulations) and its standing.</summary>
#if IMRCITE_PUBLIC
public sealed class GuidelineSource
#else
internal sealed class GuidelineSource
#endif
{
    private AliasList _aliases;

    /// <summary>Creates a source.</summary>
    public GuidelineSource(string id, string name, EvidenceTier tier)
    {
        Id = id;
        Name = name;
        Tier = tier;
    }

    /// <summary>The stable id, e.g. "mtus".</summary>
    public string Id { get; }

    /// <summary>The full name.</summary>
    public string Name { get; }

    /// <summary>Its standing in the evidence hierarchy.</summary>
    public EvidenceTier Tier { get; }

    /// <summary>The generated class name, e.g. "Mtus".</summary>
    public string? CodeName { get; init; }

    /// <summary>Other names letters use ("MTUS", "ODG"): the names alone. Matching uses these.</summary>
    public IReadOnlyList<string> Aliases { get => _aliases.Names; init => _aliases.Names = value; }

    /// <summary>The same aliases with where each name comes from (null when the catalogue does not say).</summary>
    public IReadOnlyList<GuidelineAlias> AliasEntries { get => _aliases.Entries; init => _aliases.Entries = value; }

    /// <summary>Whether the catalogue lists every section of the source's documents; the default of each document's <see cref="GuidelineDocument.Coverage"/>.</summary>
    public SectionCoverage Coverage { get; init; }

    /// <summary>The maintainers' note.</summary>
    public string? Note { get; init; }

    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>A treatment, drug or class of them, with the names letters use (generic and brand).</summary>
#if IMRCITE_PUBLIC
public sealed class Treatment
#else
internal sealed class Treatment
#endif
{
    /// <summary>Creates a treatment.</summary>
    public Treatment(string id, IReadOnlyList<string> names)
    {
        Id = id;
        Names = names;
    }

    /// <summary>The stable id, e.g. "carisoprodol".</summary>
    public string Id { get; }

    /// <summary>Generic and brand names ("carisoprodol", "Soma").</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Ids of the classes it belongs to ("muscle-relaxants").</summary>
    public IReadOnlyList<string> Classes { get; init; } = Array.Empty<string>();

    /// <inheritdoc />
    public override string ToString() => Names.Count > 0 ? Names[0] : Id;
}
