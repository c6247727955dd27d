namespace ImrCite.Generators.Model;

// The generator's pipeline models: records of strings, numbers and equatable arrays only — no spans,
// symbols, syntax or locations — so unchanged catalogue content compares equal and stays cached.

/// <summary>What one catalogue file contributes.</summary>
internal sealed record CatalogueFileSpec(
    string FileName,
    EquatableArray<SourceSpec> Sources,
    EquatableArray<TreatmentSpec> Treatments,
    EquatableArray<DocumentSpec> Documents);

/// <summary>A source and the class that holds its documents.</summary>
/// <remarks><c>AliasSources</c> holds one entry per alias, "" when the alias names no source.</remarks>
internal sealed record SourceSpec(string Id, string Name, string ClassName, int Tier, EquatableArray<string> Aliases, string? Note,
    EquatableArray<string> AliasSources = default, int Coverage = 0);

/// <summary>A treatment, for the generated run-time catalogue.</summary>
/// <remarks><c>Form</c> and <c>Purpose</c> hold the enums' values; <c>BodyParts</c> the <see cref="ImrCite.Catalogue.BodyPart"/> values.</remarks>
internal sealed record TreatmentSpec(string Id, EquatableArray<string> Names, EquatableArray<string> Classes,
    int? Form = null, int? Purpose = null, EquatableArray<int> BodyParts = default, EquatableArray<string> AppliesTo = default);

/// <summary>A document as the emitter needs it.</summary>
internal sealed record DocumentSpec(
    string FileName,
    int Ordinal,
    string Id,
    string SourceId,
    int? Tier,
    string Title,
    string Edition,
    string? Series,
    string? Chapter,
    string? CodeName,
    EquatableArray<string> Aliases,
    string? EffectiveFrom,
    string? EffectiveTo,
    string? Pages,
    int PagesProvenance,
    int? StatedTotal,
    string? Regulation,
    string? SupersededBy,
    string? SupersededOn,
    string SourceNote,
    EquatableArray<SectionSpec> Sections,
    EquatableArray<string> AliasSources = default,
    int Status = 0,
    string? ProposedOn = null,
    int? Coverage = null,
    EquatableArray<int> BodyParts = default,
    string? VersionDate = null,
    EquatableArray<string> Addresses = default);

/// <summary>A section as the emitter needs it.</summary>
internal sealed record SectionSpec(
    string Id,
    string Title,
    string? Number,
    string? CodeName,
    EquatableArray<string> Aliases,
    string? Pages,
    int Provenance,
    EquatableArray<string> Addresses,
    string? EffectiveFrom,
    string? SupersededBy,
    string? SupersededOn,
    string? Note,
    EquatableArray<SectionSpec> Children,
    EquatableArray<string> AliasSources = default,
    EquatableArray<int> BodyParts = default,
    bool AddressesNothing = false);

/// <summary>The generated name of one document: which source class holds it and under what class name.</summary>
internal sealed record DocumentName(string Id, string FileName, int Ordinal, string SourceClass, string ClassName, int Tier, int Coverage = 0, string? SupersededBy = null, string? SupersededOn = null)
{
    /// <summary>The generated class, qualified by its source class.</summary>
    public string QualifiedClass => SourceClass + "." + ClassName;
}

/// <summary>Every document's generated name, decided once so names stay unique across files.</summary>
/// <remarks>
/// Equal when the names and sources are; the lookups by document are built on first use and are not part
/// of equality, so each document finds its name in constant time and the pipeline stays linear.
/// </remarks>
internal sealed class DocumentNames : IEquatable<DocumentNames>
{
    private Dictionary<(string FileName, int Ordinal), DocumentName>? _byDeclaration;
    private Dictionary<string, DocumentName>? _byId;

    public DocumentNames(EquatableArray<DocumentName> names, EquatableArray<SourceSpec> sources)
    {
        Names = names;
        Sources = sources;
    }

    public EquatableArray<DocumentName> Names { get; }

    public EquatableArray<SourceSpec> Sources { get; }

    /// <summary>The name of the document declared at <paramref name="ordinal"/> in <paramref name="fileName"/>, if it is generated.</summary>
    public DocumentName? For(string fileName, int ordinal, string id)
    {
        _byDeclaration ??= Index(n => (n.FileName, n.Ordinal));
        return _byDeclaration.TryGetValue((fileName, ordinal), out var name) && name.Id == id ? name : null;
    }

    /// <summary>The generated name of the document with <paramref name="id"/> (its first declaration), if any.</summary>
    public DocumentName? ById(string id)
    {
        _byId ??= Index(n => n.Id);
        return _byId.TryGetValue(id, out var name) ? name : null;
    }

    /// <summary>
    /// The version in force on <paramref name="asOf"/> reached from <paramref name="name"/> along its supersession
    /// chain (null when the chain leaves the generated names). The walk is bounded, so a cycle or a very long
    /// chain costs a constant per document rather than the chain's length.
    /// </summary>
    public DocumentName? InForceSuccessor(DocumentName name, string asOf)
    {
        const int MaxSteps = 32;
        var current = name.SupersededBy is null ? null : ById(name.SupersededBy);
        for (int step = 0; current is not null && step < MaxSteps; step++)
        {
            if (current.SupersededBy is null || current.SupersededOn is null || string.CompareOrdinal(current.SupersededOn, asOf) > 0)
            {
                return current;
            }
            current = ById(current.SupersededBy);
        }
        return null;
    }

    private Dictionary<TKey, DocumentName> Index<TKey>(Func<DocumentName, TKey> key)
        where TKey : notnull
    {
        var index = new Dictionary<TKey, DocumentName>();
        foreach (var name in Names)
        {
            if (!index.ContainsKey(key(name)))
            {
                index.Add(key(name), name);
            }
        }
        return index;
    }

    public bool Equals(DocumentNames? other) => other is not null && Names.Equals(other.Names) && Sources.Equals(other.Sources);

    public override bool Equals(object? obj) => Equals(obj as DocumentNames);

    public override int GetHashCode() => (Names.GetHashCode() * 397) ^ Sources.GetHashCode();
}

/// <summary>Options from MSBuild properties.</summary>
/// <param name="Namespace">The namespace of generated code.</param>
/// <param name="AsOf">The decision date (ImrCiteAsOf): records superseded by then are generated [Obsolete]; null means today's standing is not assumed and nothing is marked.</param>
/// <param name="Generate">The sources whose API is generated (ImrCiteGenerate, e.g. "mtus;acoem"); empty means every source.</param>
internal sealed record GeneratorOptions(string Namespace, string? AsOf = null, EquatableArray<string> Generate = default)
{
    /// <summary>Whether the API of the source with <paramref name="sourceId"/> is generated.</summary>
    public bool Generates(string sourceId)
    {
        if (Generate.Count == 0)
        {
            return true;
        }
        foreach (string id in Generate)
        {
            if (string.Equals(id, sourceId, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The names of the generated sources and their documents only.</summary>
    public DocumentNames Narrow(DocumentNames names)
    {
        if (Generate.Count == 0)
        {
            return names;
        }
        var classes = new HashSet<string>(StringComparer.Ordinal);
        var sources = new List<SourceSpec>();
        foreach (var source in names.Sources)
        {
            if (Generates(source.Id))
            {
                classes.Add(source.ClassName);
                sources.Add(source);
            }
        }
        var documents = new List<DocumentName>();
        foreach (var name in names.Names)
        {
            if (classes.Contains(name.SourceClass))
            {
                documents.Add(name);
            }
        }
        return new DocumentNames(EquatableArray.From(documents), EquatableArray.From(sources));
    }
}

/// <summary>Everything needed to emit one document's file.</summary>
/// <param name="SuccessorClass">The generated class of the direct successor, when generated.</param>
/// <param name="InForce">The version in force on ImrCiteAsOf along the supersession chain, when it is not the direct successor.</param>
internal sealed record DocumentEmitSpec(DocumentSpec Document, DocumentName Name, GeneratorOptions Options, string? SuccessorClass = null, DocumentName? InForce = null);

/// <summary>Everything needed to emit the catalogue file (source classes and the run-time catalogue's API).</summary>
internal sealed record CatalogueEmitSpec(DocumentNames Names, GeneratorOptions Options);

/// <summary>A generated document with its name, for the catalogue's data.</summary>
internal sealed record DocumentData(DocumentSpec Document, DocumentName Name);

/// <summary>
/// Everything in the catalogue's data: the generated sources, every treatment and the generated documents in their names'
/// order. It holds no options: the whole table depends on the records and their names only, so a change of decision date or
/// of <c>ImrCiteGenerate</c> leaves it, and the table computed from it, cached.
/// </summary>
internal sealed record CatalogueDataSpec(EquatableArray<SourceSpec> Sources, EquatableArray<TreatmentSpec> Treatments, EquatableArray<DocumentData> Documents);

/// <summary>
/// The whole catalogue's table text (every source, whatever <c>ImrCiteGenerate</c> says) and its SHA-256, computed once per
/// catalogue change and shared by everything that needs either: the precompiled-API decision, the data constant (the literal,
/// or the runtime library's constant when the hashes match), ImrCite.dll's table and ImrCite.Guidelines.dll's mark.
/// </summary>
/// <param name="Hash">The SHA-256 of <paramref name="Text"/> (UTF-8), lower-case hex: what identifies a table. First, so two
/// different tables compare unequal on 64 characters.</param>
/// <param name="Text">The table text, as <c>CatalogueTable</c> reads it before packing.</param>
internal sealed record WholeTableSpec(string Hash, string Text);
