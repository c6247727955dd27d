using ImrCite.Generators.Model;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ImrCite.Generators;

/// <summary>
/// Turns guideline catalogue files (AdditionalFiles named <c>*.imrcite.json</c>) into strongly typed
/// citation constants: one class per document, nested in its source's class
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
        // ImrCiteShippedTable=true is the runtime library's own build (src/ImrCite): it gets the shipped catalogue's table
        // and its hash (ShippedTable), nothing else. ImrCiteBuildPrecompiledApi=true is src/ImrCite.Guidelines' build: the
        // API as usual, plus the hash that lets a consumer's generator recognise it (PrecompiledApi).
        var mode = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) =>
                IsTrue(provider.GlobalOptions, "build_property.ImrCiteShippedTable") ? OutputMode.ShippedTable
                : IsFalse(provider.GlobalOptions, "build_property.ImrCiteGenerateApi") ? OutputMode.Nothing
                : IsTrue(provider.GlobalOptions, PrecompiledApi.BuildProperty) ? OutputMode.PrecompiledApi
                : OutputMode.Api)
            .WithTrackingName(TrackingNames.GenerateApi);

        // The hash of the table ImrCite.dll carries, from the compilation's reference to it (null without one). Each
        // reference is looked at once: a C# edit keeps the same references, so this step stays cached.
        var runtimeTable = context.MetadataReferencesProvider
            .Select(static (reference, _) => ShippedTable.HashOf(reference))
            .Where(static hash => hash is not null)
            .Collect()
            .Select(static (hashes, _) => hashes.Length == 1 ? hashes[0] : null)
            .WithTrackingName(TrackingNames.RuntimeTable);

        // The same for a reference to ImrCite.Guidelines.dll, the precompiled API of the shipped catalogue (null without one).
        var precompiledApi = context.MetadataReferencesProvider
            .Select(static (reference, _) => PrecompiledApi.HashOf(reference))
            .Where(static hash => hash is not null)
            .Collect()
            .Select(static (hashes, _) => hashes.Length == 1 ? hashes[0] : null)
            .WithTrackingName(TrackingNames.PrecompiledApi);

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

        var treatments = files
            .Select(static (file, _) => file.Treatments)
            .Collect()
            .Select(static (all, _) => EquatableArray.From(all.SelectMany(t => t).GroupBy(t => t.Id).Select(g => g.First()).OrderBy(t => t.Id, StringComparer.Ordinal)));

        // The catalogue's API refers to documents by nothing but their names: editing sections never re-emits it.
        var catalogueOutput = names
            .Combine(options)
            .Select(static (pair, _) => new CatalogueEmitSpec(pair.Right.Narrow(pair.Left), pair.Right))
            .WithTrackingName(TrackingNames.CatalogueEmit);

        // All the data in one compact table, re-emitted when any record changes (one literal: cheap to write and to
        // compile). The spec holds the whole catalogue whatever ImrCiteGenerate says, and no options: the whole table is
        // what can equal the runtime's or the precompiled API's, and it does not change with the decision date.
        var catalogueData = documents
            .Collect()
            .Combine(names)
            .Combine(treatments)
            .Select(static (pair, _) =>
            {
                var ((all, allNames), allTreatments) = pair;
                var byName = new System.Collections.Generic.Dictionary<DocumentName, DocumentSpec>();
                foreach (var document in all)
                {
                    if (allNames.For(document.FileName, document.Ordinal, document.Id) is { } name && !byName.ContainsKey(name))
                    {
                        byName.Add(name, document);
                    }
                }
                var data = allNames.Names.Where(byName.ContainsKey).Select(name => new DocumentData(byName[name], name));
                return new CatalogueDataSpec(allNames.Sources, allTreatments, EquatableArray.From(data));
            })
            .WithTrackingName(TrackingNames.CatalogueData);

        // The whole table's text and SHA-256, computed here once per catalogue change and nowhere else: the precompiled-API
        // decision, the data constant, ImrCite.dll's table and ImrCite.Guidelines.dll's mark all read this value. Not
        // computed at all where nothing is written (ImrCiteGenerateApi=false): null there.
        var wholeTable = catalogueData
            .Combine(mode)
            .Select(static (pair, _) => pair.Right == OutputMode.Nothing ? null : Emitter.WholeTable(pair.Left))
            .WithTrackingName(TrackingNames.WholeTable);

        // A referenced ImrCite.Guidelines.dll that is exactly this project's API (the same whole table, the default
        // options) makes the Api mode emit nothing, as ImrCiteGenerateApi=false does. Re-decided when a record changes, by
        // comparing two hashes; the documents see only the resulting flag.
        var effectiveMode = mode
            .Combine(precompiledApi)
            .Combine(wholeTable)
            .Combine(options)
            .Select(static (pair, _) =>
            {
                var (((outputMode, precompiledHash), whole), opts) = pair;
                return outputMode == OutputMode.Api && PrecompiledApi.Replaces(opts, whole?.Hash, precompiledHash) ? OutputMode.Nothing : outputMode;
            })
            .WithTrackingName(TrackingNames.EffectiveMode);
        var generate = effectiveMode.Select(static (m, _) => m == OutputMode.Api || m == OutputMode.PrecompiledApi);

        context.RegisterSourceOutput(documentOutputs.Combine(generate), static (output, pair) =>
        {
            if (pair.Right)
            {
                output.AddSource(Emitter.HintName(pair.Left!.Name), Emitter.EmitDocument(pair.Left));
            }
        });

        context.RegisterSourceOutput(catalogueOutput.Combine(generate), static (output, pair) =>
        {
            if (pair.Right)
            {
                output.AddSource(Emitter.CatalogueClassName + ".g.cs", Emitter.EmitCatalogue(pair.Left));
            }
        });

        context.RegisterSourceOutput(catalogueData.Combine(wholeTable).Combine(options).Combine(effectiveMode).Combine(runtimeTable), static (output, pair) =>
        {
            var ((((spec, whole), opts), outputMode), runtimeHash) = pair;
            if (whole is null)
            {
                return; // ImrCiteGenerateApi=false: nothing is written
            }
            if (outputMode == OutputMode.Api || outputMode == OutputMode.PrecompiledApi)
            {
                output.AddSource(Emitter.CatalogueClassName + ".Data.g.cs", Emitter.EmitCatalogueData(spec, whole, opts, runtimeHash));
            }
            else if (outputMode == OutputMode.ShippedTable)
            {
                output.AddSource("ShippedCatalogueTable.g.cs", Emitter.EmitShippedTable(whole));
            }
            // The precompiled API's mark, only when it is the default API (what a consumer's generator would replace).
            if (outputMode == OutputMode.PrecompiledApi && PrecompiledApi.HasDefaultOptions(opts))
            {
                output.AddSource("PrecompiledApi.g.cs", Emitter.EmitPrecompiledApiMark(whole));
            }
        });
    }

    /// <summary>What the generator writes for a compilation.</summary>
    private enum OutputMode
    {
        /// <summary>The typed API and the catalogue class (a consumer).</summary>
        Api,

        /// <summary>Nothing (ImrCiteGenerateApi=false): the analyzers still check against the catalogue.</summary>
        Nothing,

        /// <summary>The shipped catalogue's table for ImrCite.dll (ImrCiteShippedTable=true, the runtime library's build).</summary>
        ShippedTable,

        /// <summary>
        /// The typed API and the catalogue class, marked with the table's hash (ImrCiteBuildPrecompiledApi=true, the build of
        /// ImrCite.Guidelines.dll, which the package references in place of generating the same API).
        /// </summary>
        PrecompiledApi,
    }

    private static bool IsTrue(AnalyzerConfigOptions options, string key) => Is(options, key, "true");

    private static bool IsFalse(AnalyzerConfigOptions options, string key) => Is(options, key, "false");

    /// <summary>Whether the MSBuild property <paramref name="key"/> is <paramref name="value"/>, ignoring case and surrounding spaces.</summary>
    private static bool Is(AnalyzerConfigOptions options, string key, string value) =>
        options.TryGetValue(key, out string? text) && string.Equals(text?.Trim(), value, StringComparison.OrdinalIgnoreCase);

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
