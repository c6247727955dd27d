using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using ImrCite.Catalogue;
using ImrCite.Diagnostics;
using ImrCite.Text;
using Microsoft.CodeAnalysis;
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
public sealed class CatalogueAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => DiagnosticDescriptors.Catalogue;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var catalogueTexts = new List<AdditionalText>();
            foreach (var text in start.Options.AdditionalFiles)
            {
                if (CatalogueReader.IsCatalogueFile(text.Path))
                {
                    catalogueTexts.Add(text);
                }
            }
            if (catalogueTexts.Count == 0)
            {
                return;
            }
            var validation = new Lazy<Dictionary<string, List<ImrDiagnostic>>>(
                () => Validate(catalogueTexts, start.CancellationToken), LazyThreadSafetyMode.ExecutionAndPublication);
            start.RegisterAdditionalFileAction(file =>
            {
                if (!CatalogueReader.IsCatalogueFile(file.AdditionalFile.Path)
                    || !validation.Value.TryGetValue(file.AdditionalFile.Path, out var diagnostics))
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
        });
    }

    /// <summary>Reads and validates every catalogue file once per compilation; diagnostics grouped by file.</summary>
    private static Dictionary<string, List<ImrDiagnostic>> Validate(List<AdditionalText> texts, CancellationToken cancellationToken)
    {
        var files = new List<CatalogueFile>();
        foreach (var text in texts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (text.GetText(cancellationToken) is { } source)
            {
                files.Add(CatalogueReader.Read(text.Path, source.ToString()));
            }
        }
        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path)); // deterministic "first declaration"
        var byPath = new Dictionary<string, List<ImrDiagnostic>>(StringComparer.Ordinal);
        foreach (var diagnostic in CatalogueValidator.Validate(files))
        {
            if (!byPath.TryGetValue(diagnostic.Location.Path, out var list))
            {
                list = new List<ImrDiagnostic>();
                byPath.Add(diagnostic.Location.Path, list);
            }
            list.Add(diagnostic);
        }
        return byPath;
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
