using ImrCite.Generators.Model;

namespace ImrCite.Generators;

/// <summary>
/// Turns guideline catalogue files (AdditionalFiles named <c>*.imrcite.json</c>) into strongly typed
/// citation constants: one static class per document, nested in its source's class
/// (<c>Mtus.ChronicPain.Opioids.Pages(74, 96)</c>), plus the run-time catalogue. Reports no
/// diagnostics: the catalogue analyzer does; broken records are skipped and the rest emitted.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed partial class CatalogueGenerator : IIncrementalGenerator
{
    /// <summary>The namespace of generated code unless <c>ImrCiteNamespace</c> says otherwise.</summary>
    public const string DefaultNamespace = "ImrCite.Guidelines";

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // Each catalogue file is parsed once per text version: editing C# code never reaches this step,
        // and editing one catalogue file re-parses only that file.
        var files = context.AdditionalTextsProvider
            .Where(static text => CatalogueReader.IsCatalogueFile(text.Path))
            .Select(static (text, cancellationToken) =>
                Parser.ParseFile(text.Path, text.GetText(cancellationToken), cancellationToken))
            .WithTrackingName(TrackingNames.ParseCatalogueFile);

        // Options are projected to a small record before combining, so unrelated options do not invalidate.
        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) =>
            {
                provider.GlobalOptions.TryGetValue("build_property.ImrCiteNamespace", out string? ns);
                provider.GlobalOptions.TryGetValue("build_property.ImrCiteAsOf", out string? asOf);
                provider.GlobalOptions.TryGetValue("build_property.ImrCiteGenerate", out string? sources);
                return new GeneratorOptions(
                    IsNamespace(ns) ? ns!.Trim() : DefaultNamespace,
                    GuidelineDate.TryParse(asOf?.Trim(), out var date) ? date.ToString() : null,
                    SourceList(sources));
            })
            .WithTrackingName(TrackingNames.Options);

        // ImrCiteGenerateApi=false (set by the package for a project that gets ImrCite only through a
        // reference to a project that generates the API) keeps the catalogue for the analyzers' checks but
        // emits nothing, so the referenced project's public classes are not declared a second time (CS0436).
        var generate = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) =>
                !(provider.GlobalOptions.TryGetValue("build_property.ImrCiteGenerateApi", out string? value)
                  && string.Equals(value?.Trim(), "false", StringComparison.OrdinalIgnoreCase)))
            .WithTrackingName(TrackingNames.GenerateApi);

        // Names depend only on documents' identities (id, source, title/codeName), not their sections:
        // editing a section leaves this step unchanged, so other documents stay cached.
        var names = files
            .Select(static (file, _) => new CatalogueFileSpec(
                file.FileName,
                file.Sources,
                EquatableArray<TreatmentSpec>.Empty,
                EquatableArray.From(file.Documents.Select(d => d with { Sections = EquatableArray<SectionSpec>.Empty, SourceNote = "", Aliases = EquatableArray<string>.Empty }))))
            .Collect()
            .Combine(options)
            .Select(static (pair, _) => Parser.Name(pair.Left, pair.Right.Namespace))
            .WithTrackingName(TrackingNames.DocumentNames);

        var documents = files
            .SelectMany(static (file, _) => file.Documents)
            .WithTrackingName(TrackingNames.Documents);

        var documentOutputs = documents
            .Combine(names)
            .Combine(options)
            .Select(static (pair, _) =>
            {
                var ((document, allNames), opts) = pair;
                if (!opts.Generates(document.SourceId))
                {
                    return null; // ImrCiteGenerate leaves this source out: the analyzers still check against it
                }
                var name = allNames.For(document.FileName, document.Ordinal, document.Id);
                if (name is null)
                {
                    return null;
                }
                var successor = document.SupersededBy is null ? null : allNames.ById(document.SupersededBy);
                var inForce = opts.AsOf is null ? null : allNames.InForceSuccessor(name, opts.AsOf);
                return new DocumentEmitSpec(document, name, opts, successor?.QualifiedClass, inForce is null || inForce == successor ? null : inForce);
            })
            .Where(static spec => spec is not null)
            .WithTrackingName(TrackingNames.DocumentEmit);

        context.RegisterSourceOutput(documentOutputs.Combine(generate), static (output, pair) =>
        {
            if (pair.Right)
            {
                output.AddSource(Emitter.HintName(pair.Left!.Name), Emitter.EmitDocument(pair.Left));
            }
        });

        var treatments = files
            .Select(static (file, _) => file.Treatments)
            .Collect()
            .Select(static (all, _) => EquatableArray.From(all.SelectMany(t => t).GroupBy(t => t.Id).Select(g => g.First()).OrderBy(t => t.Id, StringComparer.Ordinal)));

        var catalogueOutput = names
            .Combine(treatments)
            .Combine(options)
            .Select(static (pair, _) => new CatalogueEmitSpec(pair.Right.Narrow(pair.Left.Left), pair.Left.Right, pair.Right))
            .WithTrackingName(TrackingNames.CatalogueEmit);

        context.RegisterSourceOutput(catalogueOutput.Combine(generate), static (output, pair) =>
        {
            if (pair.Right)
            {
                output.AddSource(Emitter.CatalogueClassName + ".g.cs", Emitter.EmitCatalogue(pair.Left));
            }
        });
    }

    /// <summary>ImrCiteGenerate: source ids separated by ';' or ',' ("mtus;acoem"), in a canonical order; empty when unset.</summary>
    private static EquatableArray<string> SourceList(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? EquatableArray<string>.Empty
            : EquatableArray.From(text!.Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries)
                .Select(id => id.Trim()).Where(id => id.Length > 0).Distinct(StringComparer.Ordinal).OrderBy(id => id, StringComparer.Ordinal));

    private static bool IsNamespace(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        foreach (string part in text!.Trim().Split('.'))
        {
            if (part.Length == 0 || Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetKeywordKind(part) != Microsoft.CodeAnalysis.CSharp.SyntaxKind.None
                || !Microsoft.CodeAnalysis.CSharp.SyntaxFacts.IsValidIdentifier(part))
            {
                return false;
            }
        }
        // A namespace named after a type the generated code uses ("System.Array") would hide that type.
        return Emitter.CanBeNamespace(text.Trim());
    }
}
