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
internal sealed record TreatmentSpec(string Id, EquatableArray<string> Names, EquatableArray<string> Classes);

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
    int? Coverage = null);

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
    EquatableArray<string> AliasSources = default);

/// <summary>The generated name of one document: which source class holds it and under what class name.</summary>
internal sealed record DocumentName(string Id, string FileName, int Ordinal, string SourceClass, string ClassName, int Tier, int Coverage = 0);

/// <summary>Every document's generated name, decided once so names stay unique across files.</summary>
internal sealed record DocumentNames(EquatableArray<DocumentName> Names, EquatableArray<SourceSpec> Sources);

/// <summary>Options from MSBuild properties.</summary>
/// <param name="Namespace">The namespace of generated code.</param>
/// <param name="AsOf">The decision date (ImrCiteAsOf): records superseded by then are generated [Obsolete]; null means today's standing is not assumed and nothing is marked.</param>
internal sealed record GeneratorOptions(string Namespace, string? AsOf = null);

/// <summary>Everything needed to emit one document's file.</summary>
internal sealed record DocumentEmitSpec(DocumentSpec Document, DocumentName Name, GeneratorOptions Options, string? SuccessorClass = null);

/// <summary>Everything needed to emit the catalogue file (source classes and the run-time catalogue).</summary>
internal sealed record CatalogueEmitSpec(DocumentNames Names, EquatableArray<TreatmentSpec> Treatments, GeneratorOptions Options);
