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

    /// <summary>
    /// The form it stands for as such, when it is one (topical analgesics: topical; compounded drugs: compounded):
    /// its members take the form through <see cref="Classes"/>, and a section that addresses it addresses every
    /// disputed item in that form. Null for most treatments.
    /// </summary>
    public TreatmentForm? Form { get; init; }

    /// <summary>The body parts it is specific to ("knee MRI": the knee); empty when it is not specific to one.</summary>
    public IReadOnlyList<BodyPart> BodyParts { get; init; } = Array.Empty<BodyPart>();

    /// <summary>What it is done for, when the catalogue says (imaging: diagnosis; a drug test: monitoring; a family of treatments: treatment); members take it through <see cref="Classes"/>.</summary>
    public ItemPurpose? Purpose { get; init; }

    /// <summary>
    /// Ids of the treatments it serves ("urine drug testing" monitors opioid therapy, weaning tapers it): a section on this
    /// treatment bears on a disputed item of those treatments, and a section on those bears on a disputed item of this one.
    /// </summary>
    public IReadOnlyList<string> AppliesTo { get; init; } = Array.Empty<string>();

    /// <inheritdoc />
    public override string ToString() => Names.Count > 0 ? Names[0] : Id;
}
