using ImrCite.Text;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ImrCite.Generators.Analyzers;

/// <summary>
/// Reports catalogue problems inside the catalogue files (AdditionalFiles <c>*.imrcite.json</c>), at
/// the offending line and column, with the shared core's reader and validator. Runs per additional
/// file (not at compilation end), so the IDE shows it too; cross-file checks (duplicate ids, dangling
/// references) read every catalogue file and report only on the current one.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CatalogueAnalyzer() : CompilationAnalyzer(DiagnosticDescriptors.Catalogue)
{
    /// <inheritdoc />
    private protected override void Start(CompilationStartAnalysisContext start)
    {
        // Read and validated once for all files together (cross-file rules need all of them), and shared
        // with the citation analyzers; each file then gets its share.
        var catalogue = SharedCatalogue.For(start.Options.AdditionalFiles, start.CancellationToken);
        if (catalogue.IsEmpty)
        {
            return;
        }
        start.RegisterAdditionalFileAction(file =>
        {
            if (!CatalogueReader.IsCatalogueFile(file.AdditionalFile.Path)
                || !catalogue.DiagnosticsByPath.TryGetValue(file.AdditionalFile.Path, out var diagnostics))
            {
                return;
            }
            foreach (var diagnostic in diagnostics)
            {
                if (DiagnosticDescriptors.Find(diagnostic.Id) is { } descriptor)
                {
                    file.ReportDiagnostic(Diagnostic.Create(descriptor, ToLocation(diagnostic.Location),
                        ToLocations(diagnostic.AdditionalLocations), ToArray(diagnostic.Arguments)));
                }
            }
        });
    }

    private static object?[] ToArray(IReadOnlyList<object?> arguments)
    {
        var array = new object?[arguments.Count];
        for (int i = 0; i < array.Length; i++)
        {
            array[i] = arguments[i];
        }
        return array;
    }

    internal static Location ToLocation(TextLocation location) =>
        Location.Create(
            location.Path,
            new TextSpan(location.Start, location.Length),
            new LinePositionSpan(
                new LinePosition(location.StartLine - 1, location.StartColumn - 1),
                new LinePosition(location.EndLine - 1, location.EndColumn - 1)));

    private static IEnumerable<Location> ToLocations(IReadOnlyList<TextLocation> locations)
    {
        foreach (var location in locations)
        {
            yield return ToLocation(location);
        }
    }
}
