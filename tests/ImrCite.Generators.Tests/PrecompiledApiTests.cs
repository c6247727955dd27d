using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using ImrCite.Catalogue;
using ImrCite.Generators.Analyzers;
using ImrCite.Generators.Tests.Infrastructure;
using ImrCite.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace ImrCite.Generators.Tests;

/// <summary>
/// The shipped catalogue's API compiled once (src/ImrCite.Guidelines, the generator's precompiled-API mode) and what a
/// consumer's generator does with a reference to it: nothing when that assembly is exactly the project's API (the same
/// whole table, the default options), the API as before otherwise. The analyzers find the API in the reference and
/// report the same diagnostics as on generated source.
/// </summary>
public sealed class PrecompiledApiTests
{
    private const string HashKey = "ImrCite.PrecompiledApi.Sha256";
    private const string BuildProperty = "build_property.ImrCiteBuildPrecompiledApi";

    /// <summary>ImrCite.Guidelines.dll as the build copied it beside the tests (a project reference of this test project).</summary>
    private static string PrecompiledPath => Path.Combine(AppContext.BaseDirectory, "ImrCite.Guidelines.dll");

    private static MetadataReference PrecompiledReference => MetadataReference.CreateFromFile(PrecompiledPath);

    private static string Sha256(string text) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text))).ToLowerInvariant();

    private static string RecordedHash(string path) =>
        Assembly.LoadFrom(path).GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == HashKey).Value!;

    private static CSharpCompilation WithPrecompiled(params string[] sources) =>
        GeneratorHarness.CreateCompilation(sources).AddReferences(PrecompiledReference);

    private static GeneratorRun Run((string Path, string Text)[] files, Compilation compilation, Dictionary<string, string>? options = null) =>
        GeneratorHarness.Run(GeneratorHarness.Texts(files), compilation, options);

    [Fact]
    public void ThePrecompiledAssemblysHashIsTheShippedCataloguesTable()
    {
        var run = Run(ShippedCatalogueFiles.All, GeneratorHarness.CreateCompilation(), new Dictionary<string, string> { [BuildProperty] = "true" });
        GeneratorHarness.AssertHealthy(run);
        string mark = run.Source("PrecompiledApi.g.cs");
        string generatedHash = Regex.Match(mark, Regex.Escape(HashKey) + "\",\"([0-9a-f]{64})\"").Groups[1].Value;

        // The table the generator writes for guidelines/catalogue is the runtime library's; its hash is the one the
        // precompiled assembly records, and the one the generator writes in the precompiled-API mode.
        string table = CatalogueTable.Unpack((string)typeof(ShippedCatalogueTable).GetField("Data")!.GetRawConstantValue()!);
        Assert.Equal(Sha256(table), generatedHash);
        Assert.Equal(generatedHash, RecordedHash(PrecompiledPath));
    }

    [Fact]
    public void ThePrecompiledModeEmitsTheSameApiTextPlusItsMark()
    {
        var api = Run(ShippedCatalogueFiles.All, GeneratorHarness.CreateCompilation());
        var precompiled = Run(ShippedCatalogueFiles.All, GeneratorHarness.CreateCompilation(), new Dictionary<string, string> { [BuildProperty] = "true" });
        GeneratorHarness.AssertHealthy(api);
        GeneratorHarness.AssertHealthy(precompiled);
        Assert.Equal(api.Sources, precompiled.Sources.Where(s => s.HintName != "PrecompiledApi.g.cs"));
        Assert.Equal(api.Sources.Count + 1, precompiled.Sources.Count);
        Assert.DoesNotContain(api.Sources, s => s.Text.Contains(HashKey, StringComparison.Ordinal));
    }

    /// <summary>The built ImrCite.Guidelines.dll declares what the generator emits for a default project: the same public types and members, the same [Obsolete].</summary>
    [Fact]
    public void ThePrecompiledAssemblyDeclaresTheGeneratedApi()
    {
        var run = Run(ShippedCatalogueFiles.All, GeneratorHarness.CreateCompilation());
        GeneratorHarness.AssertHealthy(run);
        var generated = GeneratorHarness.Load(run.Output);
        var precompiled = Assembly.LoadFrom(PrecompiledPath);
        Assert.Equal(PublicSurface(generated.GetTypes().Where(t => t.Namespace == CatalogueGenerator.DefaultNamespace)), PublicSurface(precompiled.GetExportedTypes()));
    }

    private static List<string> PublicSurface(IEnumerable<Type> types)
    {
        const BindingFlags Declared = BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;
        static string Obsolete(MemberInfo member) => member.GetCustomAttribute<ObsoleteAttribute>() is { } obsolete ? " [Obsolete(" + obsolete.Message + ")]" : "";
        return types.Where(t => t.IsPublic || t.IsNestedPublic)
            .SelectMany(t => t.GetMembers(Declared).Select(m => t.FullName + "::" + m.MemberType + " " + m + Obsolete(m)).Prepend(t.FullName + Obsolete(t)))
            .OrderBy(line => line, StringComparer.Ordinal)
            .ToList();
    }

    [Theory]
    [InlineData("build_property.ImrCiteNamespace", "Contoso.Guidelines")]
    [InlineData("build_property.ImrCiteAsOf", "2017-03-01")]
    [InlineData("build_property.ImrCiteGenerate", "mtus")]
    public void ThePrecompiledModeMarksOnlyTheDefaultApi(string key, string value)
    {
        var run = Run(ShippedCatalogueFiles.All, GeneratorHarness.CreateCompilation(), new Dictionary<string, string> { [BuildProperty] = "true", [key] = value });
        GeneratorHarness.AssertHealthy(run);
        Assert.NotEmpty(run.Sources);
        Assert.DoesNotContain(run.Sources, s => s.HintName == "PrecompiledApi.g.cs" || s.Text.Contains(HashKey, StringComparison.Ordinal));
    }

    [Fact]
    public void ADefaultProjectWithThePrecompiledReferenceEmitsNothingAndCompiles()
    {
        const string user = "namespace Consumer { public static class Program { public static string Opioids() => ImrCite.Guidelines.Mtus.ChronicPain.Opioids.Pages(74, 96).ToString(); public static int Count() => ImrCite.Guidelines.GeneratedCatalogue.Default.Documents.Count; } }";
        var run = Run(ShippedCatalogueFiles.All, WithPrecompiled(user));
        GeneratorHarness.AssertHealthy(run);
        Assert.Empty(run.Sources);
        var assembly = GeneratorHarness.Load(run.Output);
        string opioids = (string)assembly.GetType("Consumer.Program")!.GetMethod("Opioids")!.Invoke(null, null)!;
        Assert.Equal("MTUS Chronic Pain Medical Treatment Guidelines (2009), Opioids, pp. 74–96", opioids);
    }

    public static TheoryData<string, string> NonDefaultOptions() => new()
    {
        { "build_property.ImrCiteNamespace", "Contoso.Guidelines" },
        { "build_property.ImrCiteAsOf", "2017-03-01" },
        { "build_property.ImrCiteGenerate", "mtus;acoem" },
    };

    [Theory]
    [MemberData(nameof(NonDefaultOptions))]
    public void AProjectWithOtherOptionsGeneratesAsBefore(string key, string value)
    {
        var options = new Dictionary<string, string> { [key] = value };
        var withReference = Run(ShippedCatalogueFiles.All, WithPrecompiled(), options);
        var without = Run(ShippedCatalogueFiles.All, GeneratorHarness.CreateCompilation(), options);
        Assert.Null(withReference.Single.Exception);
        Assert.NotEmpty(without.Sources);
        Assert.Equal(without.Sources, withReference.Sources);
    }

    [Fact]
    public void ATeamFileGeneratesAsBefore()
    {
        var files = ShippedCatalogueFiles.All.Append(("/0/team/protocols.imrcite.json", ShippedCatalogueFiles.TeamFile)).ToArray();
        var withReference = Run(files, WithPrecompiled());
        var without = Run(files, GeneratorHarness.CreateCompilation());
        Assert.Null(withReference.Single.Exception);
        Assert.Contains(withReference.Sources, s => s.HintName.StartsWith("Team.", StringComparison.Ordinal));
        Assert.Equal(without.Sources, withReference.Sources);
    }

    [Fact]
    public void ImrCiteGenerateApiFalseStillEmitsNothing()
    {
        var run = Run(ShippedCatalogueFiles.All, WithPrecompiled(), new Dictionary<string, string> { ["build_property.ImrCiteGenerateApi"] = "false" });
        GeneratorHarness.AssertHealthy(run);
        Assert.Empty(run.Sources);
    }

    /// <summary>A reference named ImrCite.Guidelines.dll whose recorded hash is another table's (or which records none) is not the project's API.</summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void AnotherTablesPrecompiledAssemblyDoesNotReplaceTheApi(bool recordsAHash)
    {
        string directory = Path.Combine(Path.GetTempPath(), "imrcite-precompiled-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            string attribute = recordsAHash ? $"[assembly: System.Reflection.AssemblyMetadata(\"{HashKey}\", \"{new string('0', 64)}\")]" : "";
            var standIn = CSharpCompilation.Create(
                "ImrCite.Guidelines",
                new[] { CSharpSyntaxTree.ParseText(attribute + " namespace Other { public static class Nothing { } }", GeneratorHarness.ParseOptions) },
                GeneratorHarness.References,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            string path = Path.Combine(directory, "ImrCite.Guidelines.dll");
            var emitted = standIn.Emit(path);
            Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
            var run = Run(ShippedCatalogueFiles.All, GeneratorHarness.CreateCompilation().AddReferences(MetadataReference.CreateFromFile(path)));
            GeneratorHarness.AssertHealthy(run);
            Assert.Contains(run.Sources, s => s.HintName == "Mtus.ChronicPain.g.cs");
            Assert.Equal(Run(ShippedCatalogueFiles.All, GeneratorHarness.CreateCompilation()).Sources, run.Sources);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void EditingCSharpWithThePrecompiledReferenceRerunsNothing()
    {
        var driver = GeneratorHarness.CreateDriver(GeneratorHarness.Texts(ShippedCatalogueFiles.All));
        var compilation = WithPrecompiled();
        driver = driver.RunGenerators(compilation);
        Assert.Empty(driver.GetRunResult().Results.Single().GeneratedSources);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Consumer { internal static class Unrelated { } }", GeneratorHarness.ParseOptions, path: "/0/Unrelated.cs"));
        driver = driver.RunGenerators(edited);
        var result = driver.GetRunResult().Results.Single();
        Assert.Empty(result.GeneratedSources);
        foreach (var (step, runs) in result.TrackedSteps)
        {
            Assert.All(runs.SelectMany(r => r.Outputs), o => Assert.True(
                o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {o.Reason}"));
        }
        Assert.All(result.TrackedSteps[TrackingNames.PrecompiledApi].SelectMany(r => r.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    private const string CitingCode = """
        using ImrCite;
        using ImrCite.Guidelines;
        namespace Consumer
        {
            public static class Citing
            {
                public static string Cite([GuidelineCitation] string citation) => citation;
                public static object Reversed() => Mtus.ChronicPain.Opioids.Pages(96, 74);
                public static object Outside() => Mtus.ChronicPain.Opioids.Pages(30);
                public static string Benzodiazepines() => Cite("MTUS Chronic Pain Medical Treatment Guidelines Benzodiazepines Page(s): 30");
                public static string Misspelt() => Cite("MTUS Chronic Pain Medical Treatment Guidelines Opiods Page(s): 74");
                public static string Total() => Cite("MTUS Chronic Pain Treatment Guidelines Opioids Page(s): 74-96 of 112");
            }
        }
        """;

    private static IReadOnlyList<string> AnalyzerFindings(Compilation compilation, Dictionary<string, string>? options = null)
    {
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(
            new CatalogueAnalyzer(), new CitationLiteralAnalyzer(), new TypedCitationAnalyzer(), new GeneratedCallAnalyzer());
        var analyzerOptions = new AnalyzerOptions(
            GeneratorHarness.Texts(ShippedCatalogueFiles.All).ToImmutableArray(), new TestOptionsProvider(options ?? new Dictionary<string, string>()));
        var diagnostics = compilation.WithAnalyzers(analyzers, analyzerOptions).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        return diagnostics
            .OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, StringComparer.Ordinal)
            .Select(d => $"{d.Id} {d.Severity} {d.Location.GetLineSpan()}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)} "
                + string.Join(";", d.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value)))
            .ToList();
    }

    /// <summary>
    /// The citation analyzers (IMR diagnostics on literals, typed citations and generated calls), and so the code fixes,
    /// which apply what the diagnostics' properties say, see the same API whether it is generated into the project or
    /// comes from the precompiled assembly.
    /// </summary>
    [Fact]
    public void TheAnalyzersReportTheSameWithThePrecompiledApi()
    {
        var generated = Run(ShippedCatalogueFiles.All, GeneratorHarness.CreateCompilation(CitingCode));
        var precompiled = Run(ShippedCatalogueFiles.All, WithPrecompiled(CitingCode));
        GeneratorHarness.AssertHealthy(generated);
        GeneratorHarness.AssertHealthy(precompiled);
        Assert.NotEmpty(generated.Sources);
        Assert.Empty(precompiled.Sources);

        var fromSource = AnalyzerFindings(generated.Output);
        var fromReference = AnalyzerFindings(precompiled.Output);
        foreach (string id in new[] { "IMR0102", "IMR0104", "IMR0106", "IMR0107" })
        {
            Assert.Contains(fromSource, f => f.StartsWith(id + " ", StringComparison.Ordinal));
        }
        Assert.Equal(fromSource, fromReference);
    }
}
