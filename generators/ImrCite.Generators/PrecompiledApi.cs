using ImrCite.Generators.Model;

namespace ImrCite.Generators;

/// <summary>
/// The shipped catalogue's typed API, compiled once into ImrCite.Guidelines.dll (src/ImrCite.Guidelines, built by this
/// generator in its precompiled-API mode) and carried by the package, which references it in a project whose API would be
/// exactly that one. The assembly records the SHA-256 of the whole table it was generated from; a project's generator whose
/// own whole table has the same hash, with the default options, emits nothing: the referenced assembly already declares
/// the same classes, and declaring them again would be CS0436.
/// </summary>
internal static class PrecompiledApi
{
    /// <summary>The assembly (and file) name of the precompiled API.</summary>
    public const string AssemblyName = "ImrCite.Guidelines";

    /// <summary>The <c>AssemblyMetadata</c> key of the table hash in ImrCite.Guidelines.dll.</summary>
    public const string HashKey = "ImrCite.PrecompiledApi.Sha256";

    /// <summary>The MSBuild property, compiler-visible in src/ImrCite.Guidelines only, that selects the precompiled-API mode.</summary>
    public const string BuildProperty = "build_property.ImrCiteBuildPrecompiledApi";

    /// <summary>The table hash recorded in <paramref name="reference"/> when it is ImrCite.Guidelines.dll, else null.</summary>
    public static string? HashOf(MetadataReference reference) => ShippedTable.RecordedValue(reference, AssemblyName, HashKey);

    /// <summary>
    /// Whether the options are the ones the precompiled API is built with: the default namespace, no decision date (no
    /// <c>[Obsolete]</c>), every source. Anything else names or marks classes differently, so it is generated.
    /// </summary>
    public static bool HasDefaultOptions(GeneratorOptions options) =>
        options.Namespace == CatalogueGenerator.DefaultNamespace && options.AsOf is null && options.Generate.Count == 0;

    /// <summary>
    /// Whether a referenced precompiled API (<paramref name="referencedHash"/>, null without one) is exactly what this
    /// project would generate: the same whole table (<paramref name="tableHash"/>, the pipeline's one hash of it), the default
    /// options.
    /// </summary>
    public static bool Replaces(GeneratorOptions options, string? tableHash, string? referencedHash) =>
        referencedHash is not null && tableHash == referencedHash && HasDefaultOptions(options);
}
