using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using System.Threading;
using ImrCite.Generators;
using ImrCite.Tooling;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace ImrCite.Generators.Tests.Infrastructure;

/// <summary>Global analyzer config options (build_property.*), as MSBuild's CompilerVisibleProperty gives them.</summary>
internal sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly TestOptions _global;

    public TestOptionsProvider(IReadOnlyDictionary<string, string> global)
    {
        _global = new TestOptions(global);
    }

    public override AnalyzerConfigOptions GlobalOptions => _global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => TestOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => TestOptions.Empty;

    private sealed class TestOptions : AnalyzerConfigOptions
    {
        public static readonly TestOptions Empty = new TestOptions(new Dictionary<string, string>());
        private readonly IReadOnlyDictionary<string, string> _values;

        public TestOptions(IReadOnlyDictionary<string, string> values)
        {
            _values = values;
        }

        public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
    }
}

/// <summary>One run of the generator: the driver (for further runs), its result and the compilation with the generated code.</summary>
internal sealed record GeneratorRun(GeneratorDriver Driver, GeneratorDriverRunResult Result, Compilation Output, ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    public GeneratorRunResult Single => Result.Results.Single();

    /// <summary>Generated sources by hint name, in hint-name order.</summary>
    public IReadOnlyList<(string HintName, string Text)> Sources =>
        Single.GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal).Select(s => (s.HintName, s.SourceText.ToString())).ToList();

    public string Source(string hintName)
    {
        var found = Single.GeneratedSources.Where(s => s.HintName == hintName).ToList();
        Assert.True(found.Count == 1, $"Expected one generated source '{hintName}'; generated: {string.Join(", ", Sources.Select(s => s.HintName))}");
        return found[0].SourceText.ToString();
    }
}

/// <summary>Runs the catalogue generator with <see cref="CSharpGeneratorDriver"/> and compiles what it generates.</summary>
internal static class GeneratorHarness
{
    /// <summary>
    /// Reference assemblies for compiling generated code plus the ImrCite runtime library. ImrCite.dll targets
    /// net10.0, so against Basic.Reference.Assemblies.Net80 every use of it fails with CS1705 ("uses
    /// System.Runtime 10.0.0.0, which has a higher version than referenced assembly System.Runtime 8.0.0.0");
    /// the .NET 10 reference pack of the SDK running the tests is used instead (no download), falling back to
    /// the runtime's own assemblies. Analyzer-only tests, which do not reference ImrCite.dll, use Net80.
    /// </summary>
    public static readonly ImmutableArray<MetadataReference> References =
        FrameworkReferences().Append(ImrCiteReference).ToImmutableArray();

    public static readonly ImmutableArray<MetadataReference> Net80References =
        Basic.Reference.Assemblies.Net80.References.All.Cast<MetadataReference>().ToImmutableArray();

    private static IEnumerable<MetadataReference> FrameworkReferences()
    {
        string runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!; // <root>/shared/Microsoft.NETCore.App/10.0.x
        var runtimeVersion = Environment.Version;
        string root = Path.GetFullPath(Path.Combine(runtimeDirectory, "..", "..", ".."));
        string packs = Path.Combine(root, "packs", "Microsoft.NETCore.App.Ref");
        string tfm = $"net{runtimeVersion.Major}.{runtimeVersion.Minor}";
        if (System.IO.Directory.Exists(packs))
        {
            var best = System.IO.Directory.GetDirectories(packs)
                .Select(d => (Dir: d, Version: Version.TryParse(Path.GetFileName(d).Split('-')[0], out var v) ? v : null))
                .Where(d => d.Version is not null && d.Version.Major == runtimeVersion.Major && System.IO.Directory.Exists(Path.Combine(d.Dir, "ref", tfm)))
                .OrderByDescending(d => d.Version)
                .Select(d => Path.Combine(d.Dir, "ref", tfm))
                .FirstOrDefault();
            if (best is not null)
            {
                return System.IO.Directory.GetFiles(best, "*.dll").Select(f => (MetadataReference)MetadataReference.CreateFromFile(f)).ToList();
            }
        }
        string trusted = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
        return trusted.Split(Path.PathSeparator)
            .Where(f => Path.GetFileName(f).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(f) is "mscorlib.dll" or "netstandard.dll")
            .Select(f => (MetadataReference)MetadataReference.CreateFromFile(f))
            .ToList();
    }

    public static MetadataReference ImrCiteReference =>
        MetadataReference.CreateFromFile(typeof(ImrCite.Catalogue.GuidelineCatalogue).Assembly.Location);

    public static readonly CSharpParseOptions ParseOptions = new CSharpParseOptions(LanguageVersion.Latest);

    public const string DefaultUserCode = "namespace Consumer { public static class Program { public static int Answer() => 42; } }";

    public static CSharpCompilation CreateCompilation(params string[] sources) =>
        CSharpCompilation.Create(
            "GeneratorTests",
            (sources.Length == 0 ? new[] { DefaultUserCode } : sources).Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: $"/0/Test{i}.cs")),
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, deterministic: true));

    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> texts, IReadOnlyDictionary<string, string>? globalOptions = null, bool track = true) =>
        CSharpGeneratorDriver.Create(
            new[] { new CatalogueGenerator().AsSourceGenerator() },
            texts,
            ParseOptions,
            new TestOptionsProvider(globalOptions ?? new Dictionary<string, string>()),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: track));

    public static AdditionalText[] Texts(params (string Path, string Text)[] files) =>
        files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToArray();

    /// <summary>Runs the generator once on the catalogue files.</summary>
    public static GeneratorRun Run(params (string Path, string Text)[] files) => Run(Texts(files), CreateCompilation());

    public static GeneratorRun Run(IEnumerable<AdditionalText> texts, Compilation compilation, IReadOnlyDictionary<string, string>? globalOptions = null) =>
        Run(CreateDriver(texts, globalOptions), compilation);

    public static GeneratorRun Run(GeneratorDriver driver, Compilation compilation)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return new GeneratorRun(driver, driver.GetRunResult(), output, diagnostics);
    }

    /// <summary>
    /// The generator did not throw (no <c>GeneratorRunResult.Exception</c>, no CS8785) and the compilation
    /// with its output has no errors.
    /// </summary>
    public static void AssertHealthy(GeneratorRun run)
    {
        Assert.True(run.Single.Exception is null, "The generator threw: " + run.Single.Exception);
        Assert.True(run.GeneratorDiagnostics.IsEmpty, "The generator reported diagnostics:\n" + string.Join("\n", run.GeneratorDiagnostics));
        AssertCompiles(run.Output);
    }

    /// <summary>Asserts the compilation has no error diagnostics, listing each with its generated line.</summary>
    public static void AssertCompiles(Compilation compilation)
    {
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count == 0)
        {
            return;
        }
        var message = new StringBuilder($"The generated code does not compile ({errors.Count} error(s)):\n");
        foreach (var error in errors.Take(25))
        {
            message.Append("  ").Append(error).Append('\n');
            if (error.Location.IsInSource)
            {
                var line = error.Location.SourceTree!.GetText().Lines[error.Location.GetLineSpan().StartLinePosition.Line];
                message.Append("      | ").Append(line.ToString().Trim()).Append('\n');
            }
        }
        Assert.Fail(message.ToString());
    }

    /// <summary>Emits the compilation and loads it in a collectible context (ImrCite itself resolves to the test's copy).</summary>
    public static Assembly Load(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        Assert.True(result.Success, "Emit failed:\n" + string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        stream.Position = 0;
        var context = new AssemblyLoadContext("generated-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        return context.LoadFromStream(stream);
    }

    /// <summary>Reads a static property of a generated type by its full name ("ImrCite.Guidelines.Mtus+ChronicPain").</summary>
    public static object? Static(Assembly assembly, string typeName, string member)
    {
        var type = assembly.GetType(typeName, throwOnError: false)
            ?? throw new InvalidOperationException($"No type '{typeName}' in the generated assembly; types: {string.Join(", ", assembly.GetTypes().Select(t => t.FullName))}");
        var property = type.GetProperty(member, BindingFlags.Public | BindingFlags.Static);
        if (property is not null)
        {
            return property.GetValue(null);
        }
        var field = type.GetField(member, BindingFlags.Public | BindingFlags.Static)
            ?? throw new InvalidOperationException($"No static member '{member}' on '{typeName}'.");
        return field.GetValue(null);
    }
}
