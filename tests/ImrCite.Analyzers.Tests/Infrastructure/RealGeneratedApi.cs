using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ImrCite.CodeFixes;
using ImrCite.Generators;
using ImrCite.Generators.Analyzers;
using ImrCite.Tooling;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;

namespace ImrCite.Analyzers.Tests.Infrastructure;

/// <summary>References for compiling a consumer of ImrCite.dll (net10.0) and its generated API.</summary>
internal static class RealApi
{
    public static readonly MetadataReference ImrCiteReference =
        MetadataReference.CreateFromFile(typeof(ImrCite.Catalogue.GuidelineCatalogue).Assembly.Location);

    /// <summary>
    /// ImrCite.dll targets net10.0, so compiling against the .NET 8 reference assemblies fails with CS1705:
    /// use the installed net10.0 reference pack, else the running runtime's own assemblies.
    /// </summary>
    public static readonly IReadOnlyList<MetadataReference> Framework = LoadFramework();

    private static IReadOnlyList<MetadataReference> LoadFramework()
    {
        string runtime = System.Runtime.InteropServices.RuntimeEnvironment.GetRuntimeDirectory();
        string packs = Path.GetFullPath(Path.Combine(runtime, "..", "..", "..", "packs", "Microsoft.NETCore.App.Ref"));
        string tfm = "net" + Environment.Version.ToString(2);
        string? refDir = Directory.Exists(packs)
            ? Directory.GetDirectories(packs)
                .Select(d => Path.Combine(d, "ref", tfm))
                .Where(Directory.Exists)
                .OrderByDescending(d => Version.TryParse(Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(d))), out var v) ? v : new Version(0, 0))
                .FirstOrDefault()
            : null;
        IEnumerable<string> files = refDir is not null
            ? Directory.GetFiles(refDir, "*.dll")
            : ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
                .Where(f => Path.GetFileName(f).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(f) is "mscorlib.dll" or "netstandard.dll");
        return files.OrderBy(f => f, StringComparer.Ordinal).Select(f => (MetadataReference)MetadataReference.CreateFromFile(f)).ToList();
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<(string Path, string Text)>> Generated = new();

    /// <summary>The real generator's output for the test catalogue (decided as of <paramref name="asOf"/>), as source files.</summary>
    public static IReadOnlyList<(string Path, string Text)> GeneratedSources(string? asOf) =>
        Generated.GetOrAdd(asOf ?? "", _ =>
        {
            var (driver, _) = RealApiCompiler.RunGenerator(CSharpCompilation.Create("Generated", null, Framework.Append(ImrCiteReference)), asOf);
            return driver.GetRunResult().Results.Single().GeneratedSources
                .OrderBy(g => g.HintName, StringComparer.Ordinal)
                .Select(g => ("/0/Generated/" + g.HintName, g.SourceText.ToString()))
                .ToList();
        });

    public static void Configure(SolutionState state, string? asOf)
    {
        state.AdditionalReferences.AddRange(Framework);
        state.AdditionalReferences.Add(ImrCiteReference);
        state.AdditionalFiles.Add((CitationTestCatalogue.Path, SourceText.From(CitationTestCatalogue.Json)));
        if (asOf is not null)
        {
            state.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.ImrCiteAsOf = " + asOf + "\n"));
        }
    }
}

/// <summary>A compilation of one source with the real generator's output, and the analyzer's diagnostics on it.</summary>
internal static class RealApiCompiler
{
    private static readonly CSharpParseOptions Parse = new CSharpParseOptions(LanguageVersion.Latest);

    private static readonly ImmutableArray<AdditionalText> Catalogue =
        ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText(CitationTestCatalogue.Path, CitationTestCatalogue.Json));

    public static (GeneratorDriver Driver, Compilation Compilation) RunGenerator(Compilation compilation, string? asOf)
    {
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new CatalogueGenerator().AsSourceGenerator() }, Catalogue, Parse, new InMemoryConfigOptionsProvider(asOf));
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var generated, out _);
        return (driver, generated);
    }

    public static (Compilation Compilation, ImmutableArray<Diagnostic> Diagnostics) Analyze(string source, string? asOf = null, string path = "/0/Test0.cs")
    {
        var compilation = CSharpCompilation.Create(
            "Test",
            new[] { CSharpSyntaxTree.ParseText(source, Parse, path) },
            RealApi.Framework.Append(RealApi.ImrCiteReference),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var (_, generated) = RunGenerator(compilation, asOf);
        var analyzers = CitationAnalyzers.Create().ToImmutableArray();
        var withAnalyzers = generated.WithAnalyzers(analyzers, new AnalyzerOptions(Catalogue, new InMemoryConfigOptionsProvider(asOf)));
        var diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        return (generated, diagnostics.OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, StringComparer.Ordinal).ToImmutableArray());
    }

    /// <summary>
    /// The real generator's output for the test catalogue compiled on its own, as a reference: the generated API of
    /// a project that another project references (which generates none itself, <c>ImrCiteGenerateApi=false</c>).
    /// </summary>
    public static MetadataReference GeneratedLibrary()
    {
        var library = CSharpCompilation.Create("GeneratedLibrary", null, RealApi.Framework.Append(RealApi.ImrCiteReference),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var (_, generated) = RunGenerator(library, null);
        using var image = new MemoryStream();
        var result = generated.Emit(image);
        if (!result.Success)
        {
            throw new InvalidOperationException("The generated library does not compile:\n" + string.Join("\n", result.Diagnostics));
        }
        return MetadataReference.CreateFromImage(image.ToArray());
    }

    /// <summary>The citation analyzers' diagnostics on a source compiled against <paramref name="references"/>, without running the generator.</summary>
    public static (Compilation Compilation, ImmutableArray<Diagnostic> Diagnostics) AnalyzeAgainst(string source, params MetadataReference[] references)
    {
        var compilation = CSharpCompilation.Create(
            "Test",
            new[] { CSharpSyntaxTree.ParseText(source, Parse, "/0/Test0.cs") },
            RealApi.Framework.Append(RealApi.ImrCiteReference).Concat(references),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var withAnalyzers = compilation.WithAnalyzers(CitationAnalyzers.Create().ToImmutableArray(), new AnalyzerOptions(Catalogue, new InMemoryConfigOptionsProvider(null)));
        var diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        return (compilation, diagnostics.OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, StringComparer.Ordinal).ToImmutableArray());
    }

    /// <summary>Compiler errors of a compilation (test source and generated code).</summary>
    public static IReadOnlyList<Diagnostic> Errors(Compilation compilation) =>
        compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();

    private sealed class InMemoryConfigOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly Options _global;

        public InMemoryConfigOptionsProvider(string? asOf)
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            if (asOf is not null)
            {
                values["build_property.ImrCiteAsOf"] = asOf;
            }
            _global = new Options(values);
        }

        public override AnalyzerConfigOptions GlobalOptions => _global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

        private sealed class Options : AnalyzerConfigOptions
        {
            public static readonly Options Empty = new Options(new Dictionary<string, string>());

            private readonly Dictionary<string, string> _values;

            public Options(Dictionary<string, string> values) => _values = values;

            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
        }
    }
}

/// <summary>
/// The analyzer over the real generator's output for the test catalogue, with ImrCite.dll's own attributes
/// (no stand-ins): what a consumer project compiles.
/// </summary>
internal sealed class RealApiAnalyzerTest : CSharpAnalyzerTest<CitationLiteralAnalyzer, DefaultVerifier>
{
    public RealApiAnalyzerTest(string source, string? asOf = null, string path = "/0/Test0.cs")
    {
        ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        // Both citation analyzers support the citation rules, with the same descriptors: markup may name either.
        MarkupOptions = MarkupOptions.UseFirstDescriptor;
        TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
        TestState.Sources.Add((path, source));
        RealApi.Configure(TestState, asOf);
    }

    public static Task VerifyAsync(string source, string? asOf = null) => new RealApiAnalyzerTest(source, asOf).RunAsync();

    protected override IEnumerable<Type> GetSourceGenerators() => new[] { typeof(CatalogueGenerator) };

    protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => CitationAnalyzers.Create();
}

/// <summary>
/// <see cref="CitationCodeFixProvider"/> over the real generator's output and ImrCite.dll. The output is added
/// as ordinary documents, as the IDE's compilation has it: the testing library runs generators outside the
/// workspace, where the simplifier would not see the generated types.
/// </summary>
internal sealed class RealApiCodeFixTest : CSharpCodeFixTest<CitationLiteralAnalyzer, CitationCodeFixProvider, DefaultVerifier>
{
    public RealApiCodeFixTest(string source, string fixedSource, string? asOf = null)
    {
        ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        // Both citation analyzers support the citation rules, with the same descriptors: markup may name either. The
        // generated sources go through the markup parser too, and the catalogue's base-85 data may hold "$$", which
        // markup would take for an expected diagnostic's position: it is code here.
        MarkupOptions = MarkupOptions.UseFirstDescriptor | MarkupOptions.TreatPositionIndicatorsAsCode;
        TestState.Sources.Add(("/0/Test0.cs", source));
        FixedState.Sources.Add(("/0/Test0.cs", fixedSource));
        foreach (var generated in RealApi.GeneratedSources(asOf))
        {
            TestState.Sources.Add(generated);
            FixedState.Sources.Add(generated);
        }
        FixedState.MarkupHandling = MarkupMode.Allow;
        RealApi.Configure(TestState, asOf);
        NumberOfIncrementalIterations = 1;
        NumberOfFixAllIterations = 1;
    }

    protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => CitationAnalyzers.Create();
}
