namespace ImrCite.Generators;

/// <summary>Names of the generator's pipeline steps, for incremental-caching tests.</summary>
public static class TrackingNames
{
    /// <summary>Each catalogue file parsed into its specs.</summary>
    public const string ParseCatalogueFile = nameof(ParseCatalogueFile);
    /// <summary>The documents of all files, one item each.</summary>
    public const string Documents = nameof(Documents);
    /// <summary>The generated names of all documents.</summary>
    public const string DocumentNames = nameof(DocumentNames);
    /// <summary>The options from MSBuild properties.</summary>
    public const string Options = nameof(Options);
    /// <summary>Whether to emit the API at all (ImrCiteGenerateApi).</summary>
    public const string GenerateApi = nameof(GenerateApi);
    /// <summary>One document ready to emit.</summary>
    public const string DocumentEmit = nameof(DocumentEmit);
    /// <summary>The catalogue file ready to emit.</summary>
    public const string CatalogueEmit = nameof(CatalogueEmit);
    /// <summary>The hash of the shipped catalogue's table in the referenced ImrCite.dll, if any.</summary>
    public const string RuntimeTable = nameof(RuntimeTable);
    /// <summary>The table hash of a referenced precompiled API (ImrCite.Guidelines.dll), if any.</summary>
    public const string PrecompiledApi = nameof(PrecompiledApi);
    /// <summary>The catalogue's data (every record) ready to emit.</summary>
    public const string CatalogueData = nameof(CatalogueData);
    /// <summary>The whole catalogue's table text and its SHA-256, computed once per catalogue change for every user.</summary>
    public const string WholeTable = nameof(WholeTable);
    /// <summary>What is written after a referenced precompiled API is taken into account (the API, or nothing).</summary>
    public const string EffectiveMode = nameof(EffectiveMode);
}
