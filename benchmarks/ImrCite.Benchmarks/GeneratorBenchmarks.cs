using System.Collections.Immutable;
using System.Threading;
using BenchmarkDotNet.Attributes;
using ImrCite.Generators;
using ImrCite.Tooling;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace ImrCite.Benchmarks;

/// <summary>
/// The catalogue source generator driven the way the compiler drives it (roslyn-anchors.md §8.1), over a
/// compilation of 20 small C# files with the catalogue files as AdditionalFiles:
/// <list type="bullet">
/// <item><b>Cold</b>: a new <see cref="CSharpGeneratorDriver"/> runs once: every step runs (what a
/// command-line build pays, since the compiler does not keep the driver across builds).</item>
/// <item><b>Warm, unrelated edit</b>: a driver that has already run re-runs on a compilation in which one
/// C# file's syntax tree was replaced (what the IDE pays per keystroke in ordinary code): the catalogue
/// steps depend only on AdditionalFiles and options, so everything should come from the cache.</item>
/// <item><b>Warm, catalogue edit</b>: the same driver after one catalogue file's text changed (one
/// document's <c>sourceNote</c>): that file is re-parsed and that one document re-emitted.</item>
/// </list>
/// The setup checks each scenario once with step tracking on (the timed runs have it off, as the compiler
/// does) and prints what it saw.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private const int SourceFiles = 20;
    private const int EditedFile = 7;

    private TempCatalogue _catalogueFolder = null!;
    private ImmutableArray<AdditionalText> _catalogue;
    private CSharpParseOptions _parseOptions = null!;
    private CSharpCompilation _compilation = null!;
    private CSharpCompilation[] _edits = null!;
    private AdditionalText[] _catalogueVersions = null!;
    private GeneratorDriver _warm = null!;
    private GeneratorDriver _afterCatalogueEdit = null!;
    private int _editCount;
    private int _catalogueEditCount;

    /// <summary>The shipped catalogue (guidelines/catalogue) or a synthetic one of 10,000 sections.</summary>
    [Params("shipped", "synthetic-10000")]
    public string Catalogue { get; set; } = "shipped";

    [GlobalSetup]
    public void Setup()
    {
        _catalogueFolder = Catalogue == "shipped" ? Paths.ShippedCatalogueOrFallback() : Paths.SyntheticCatalogue(10_000);
        _catalogue = Directory.GetFiles(_catalogueFolder.Directory, "*.imrcite.json", SearchOption.AllDirectories)
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (AdditionalText)new InMemoryAdditionalText(p, File.ReadAllText(p)))
            .ToImmutableArray();

        _parseOptions = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);
        var trees = Enumerable.Range(0, SourceFiles).Select(i => Parse(SourceFile(i, edit: 0), i)).ToArray();
        _compilation = CSharpCompilation.Create("Bench", trees, Basic.Reference.Assemblies.Net80.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        // Two alternating edits of the same file, so every warm run sees a changed tree (not the compilation it last saw).
        _edits = new[] { 1, 2 }.Select(e => _compilation.ReplaceSyntaxTree(trees[EditedFile], Parse(SourceFile(EditedFile, e), EditedFile))).ToArray();

        // One catalogue file with one document's sourceNote edited, two alternating versions of it.
        int target = _catalogue.ToList().FindIndex(t => t.GetText()!.ToString().Contains("\"sourceNote\"", StringComparison.Ordinal));
        string original = _catalogue[target].GetText()!.ToString();
        _catalogueVersions = new[] { " (edited)", " (edited again)" }
            .Select(suffix => (AdditionalText)new InMemoryAdditionalText(_catalogue[target].Path, EditSourceNote(original, suffix)))
            .Prepend(_catalogue[target])
            .ToArray();

        Check();

        _warm = NewDriver(track: false).RunGenerators(_compilation);
        _afterCatalogueEdit = NewDriver(track: false).RunGenerators(_compilation);
    }

    [GlobalCleanup]
    public void Cleanup() => _catalogueFolder.Dispose();

    [Benchmark(Description = "cold: new driver, full run")]
    public GeneratorDriver Cold() => NewDriver(track: false).RunGenerators(_compilation);

    [Benchmark(Description = "warm: unrelated .cs file edited")]
    public GeneratorDriver WarmUnrelatedEdit() => _warm = _warm.RunGenerators(_edits[_editCount++ & 1]);

    [Benchmark(Description = "warm: one catalogue file edited")]
    public GeneratorDriver WarmCatalogueEdit()
    {
        int from = _catalogueEditCount == 0 ? 0 : 1 + ((_catalogueEditCount - 1) & 1);
        int to = 1 + (_catalogueEditCount++ & 1);
        return _afterCatalogueEdit = _afterCatalogueEdit
            .ReplaceAdditionalText(_catalogueVersions[from], _catalogueVersions[to])
            .RunGenerators(_compilation);
    }

    private GeneratorDriver NewDriver(bool track) => CSharpGeneratorDriver.Create(
        new[] { new CatalogueGenerator().AsSourceGenerator() },
        _catalogue,
        _parseOptions,
        optionsProvider: null,
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: track));

    /// <summary>Runs each scenario once with tracking on; throws if the generator fails or a warm run is not cached.</summary>
    private void Check()
    {
        var driver = NewDriver(track: true).RunGenerators(_compilation);
        var cold = driver.GetRunResult().Results[0];
        if (cold.Exception is not null)
        {
            throw new InvalidOperationException("The generator threw.", cold.Exception);
        }
        int chars = cold.GeneratedSources.Sum(s => s.SourceText.Length);
        Console.WriteLine($"// {Catalogue}: {_catalogue.Length} catalogue files, {cold.GeneratedSources.Length} generated files, {chars:N0} generated chars; "
            + $"cold GetTimingInfo {driver.GetTimingInfo().ElapsedTime.TotalMilliseconds:F1} ms");

        driver = driver.RunGenerators(_edits[0]);
        var warm = driver.GetRunResult().Results[0];
        var notCached = warm.TrackedSteps.SelectMany(step => step.Value.SelectMany(run => run.Outputs.Select(o => (step.Key, o.Reason))))
            .Where(x => x.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged)).ToList();
        if (notCached.Count > 0)
        {
            throw new InvalidOperationException("An unrelated C# edit re-ran catalogue steps: "
                + string.Join(", ", notCached.Select(x => x.Key + "=" + x.Reason)));
        }
        Console.WriteLine($"// {Catalogue}: unrelated edit: every tracked step Cached/Unchanged; GetTimingInfo {driver.GetTimingInfo().ElapsedTime.TotalMilliseconds:F2} ms");

        driver = driver.ReplaceAdditionalText(_catalogueVersions[0], _catalogueVersions[1]).RunGenerators(_edits[0]);
        var edited = driver.GetRunResult().Results[0];
        Console.WriteLine($"// {Catalogue}: catalogue edit: "
            + string.Join("; ", new[] { TrackingNames.ParseCatalogueFile, TrackingNames.DocumentNames, TrackingNames.Documents, TrackingNames.DocumentEmit, TrackingNames.CatalogueEmit }
                .Where(edited.TrackedSteps.ContainsKey)
                .Select(name => name + " " + string.Join(", ", edited.TrackedSteps[name].SelectMany(run => run.Outputs)
                    .GroupBy(o => o.Reason).OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.Key}"))))
            + $"; GetTimingInfo {driver.GetTimingInfo().ElapsedTime.TotalMilliseconds:F2} ms");
        if (edited.GeneratedSources.Length != cold.GeneratedSources.Length)
        {
            throw new InvalidOperationException("The catalogue edit changed the number of generated files.");
        }
    }

    private SyntaxTree Parse(string text, int i) => CSharpSyntaxTree.ParseText(text, _parseOptions, path: $"/src/App/File{i}.cs");

    /// <summary>A small, ordinary C# file: a record, a service class with a few members (edit changes one method body).</summary>
    private static string SourceFile(int i, int edit) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Linq;

        namespace App.Feature{{i % 4}};

        public sealed record Request{{i}}(string ClaimNumber, DateOnly Received, IReadOnlyList<string> Treatments);

        public sealed class Service{{i}}
        {
            private readonly Dictionary<string, int> _counts = new(StringComparer.OrdinalIgnoreCase);

            public int Count(Request{{i}} request)
            {
                foreach (var treatment in request.Treatments)
                {
                    _counts[treatment] = _counts.TryGetValue(treatment, out int n) ? n + 1 : 1;
                }
                return _counts.Count + {{edit}};
            }

            public IEnumerable<string> Top(int take) => _counts.OrderByDescending(p => p.Value).Take(take).Select(p => p.Key);

            public override string ToString() => $"Service{{i}} ({_counts.Count} treatments)";
        }
        """;

    private static string EditSourceNote(string text, string suffix)
    {
        const string marker = "\"sourceNote\": \"";
        int start = text.IndexOf(marker, StringComparison.Ordinal) + marker.Length;
        int end = start;
        while (text[end] != '"' || text[end - 1] == '\\')
        {
            end++;
        }
        return text.Substring(0, end) + suffix + text.Substring(end);
    }
}
