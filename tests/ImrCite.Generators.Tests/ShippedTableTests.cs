using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using ImrCite.Catalogue;
using ImrCite.Generators.Tests.Infrastructure;
using ImrCite.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ImrCite.Generators.Tests;

/// <summary>
/// ImrCite.dll carries the shipped catalogue's data table (<see cref="ShippedCatalogueTable"/>), written by the generator at
/// the library's own build; a project whose whole table is that one (same hash) names the runtime's constant instead of a
/// literal, with the same values. Anything else — a team file, a catalogue of another version, a runtime whose hash
/// differs, no file reference to ImrCite.dll — gets the literal, as before.
/// </summary>
public sealed class ShippedTableTests
{
    private const string SharedData = "internal const string Data = global::ImrCite.ShippedCatalogueTable.Data;";
    private const string HashKey = "ImrCite.ShippedCatalogueTable.Sha256";

    private static string Sha256(string text) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text))).ToLowerInvariant();

    private static string RuntimeHash() =>
        typeof(ShippedCatalogueTable).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == HashKey).Value!;

    private static string RuntimeData() => (string)typeof(ShippedCatalogueTable).GetField("Data")!.GetRawConstantValue()!;

    /// <summary>The usual references, with ImrCite.dll given as an image (no file path): the generator cannot read its table.</summary>
    private static CSharpCompilation WithoutAFileReference() =>
        GeneratorHarness.CreateCompilation().WithReferences(
            GeneratorHarness.References.Take(GeneratorHarness.References.Length - 1)
                .Append(MetadataReference.CreateFromImage(File.ReadAllBytes(typeof(ShippedCatalogueTable).Assembly.Location))));

    private static GeneratorRun Run((string Path, string Text)[] files, Compilation compilation, Dictionary<string, string>? options = null) =>
        GeneratorHarness.Run(GeneratorHarness.Texts(files), compilation, options);

    private static string GeneratedData(Assembly assembly) =>
        (string)assembly.GetType("ImrCite.Guidelines.GeneratedCatalogue")!.GetField("Data", BindingFlags.NonPublic | BindingFlags.Static)!.GetRawConstantValue()!;

    [Fact]
    public void TheRuntimesTableIsWhatTheGeneratorWritesForTheShippedCatalogue()
    {
        var run = Run(ShippedCatalogueFiles.All, GeneratorHarness.CreateCompilation(), new Dictionary<string, string> { ["build_property.ImrCiteShippedTable"] = "true" });
        Assert.Null(run.Single.Exception);
        string text = Assert.Single(run.Sources, s => true).Text;
        Assert.Equal("ShippedCatalogueTable.g.cs", run.Sources.Single().HintName);
        string generatedData = Regex.Match(text, "public const string Data = \"([^\"]*)\";").Groups[1].Value;
        string generatedHash = Regex.Match(text, Regex.Escape(HashKey) + "\",\"([0-9a-f]{64})\"").Groups[1].Value;

        string table = CatalogueTable.Unpack(RuntimeData());
        Assert.Equal(CatalogueTable.Unpack(generatedData), table);
        Assert.Equal(generatedHash, RuntimeHash());
        Assert.Equal(Sha256(table), RuntimeHash());
        // The same table a project on the shipped catalogue would write as its literal, document for document.
        var loaded = CatalogueLoader.FromText(ShippedCatalogueFiles.All);
        Assert.Empty(loaded.Diagnostics);
        CatalogueEquivalence.AssertEquivalent(loaded.Catalogue, CatalogueTable.Catalogue(RuntimeData()));
    }

    [Fact]
    public void AProjectOnTheShippedCatalogueNamesTheRuntimesTableWithTheSameValues()
    {
        var shared = Run(ShippedCatalogueFiles.All, GeneratorHarness.CreateCompilation());
        GeneratorHarness.AssertHealthy(shared);
        Snapshot.Verify(shared.Source("GeneratedCatalogue.Data.g.cs"));

        var literal = Run(ShippedCatalogueFiles.All, WithoutAFileReference());
        GeneratorHarness.AssertHealthy(literal);
        string literalText = literal.Source("GeneratedCatalogue.Data.g.cs");
        Assert.DoesNotContain("ShippedCatalogue", literalText, StringComparison.Ordinal);
        Assert.Contains("internal const string Data = \"", literalText, StringComparison.Ordinal);
        // Only the data file differs.
        Assert.Equal(
            literal.Sources.Where(s => s.HintName != "GeneratedCatalogue.Data.g.cs"),
            shared.Sources.Where(s => s.HintName != "GeneratedCatalogue.Data.g.cs"));

        var sharedAssembly = GeneratorHarness.Load(shared.Output);
        var literalAssembly = GeneratorHarness.Load(literal.Output);
        Assert.Equal(CatalogueTable.Unpack(GeneratedData(literalAssembly)), CatalogueTable.Unpack(GeneratedData(sharedAssembly)));
        var sharedDefault = (GuidelineCatalogue)GeneratorHarness.Static(sharedAssembly, "ImrCite.Guidelines.GeneratedCatalogue", "Default")!;
        var literalDefault = (GuidelineCatalogue)GeneratorHarness.Static(literalAssembly, "ImrCite.Guidelines.GeneratedCatalogue", "Default")!;
        CatalogueEquivalence.AssertEquivalent(literalDefault, sharedDefault);
        Assert.Equal(literalDefault.Documents.Select(d => d.Id), sharedDefault.Documents.Select(d => d.Id));
        var opioids = (GuidelineSection)GeneratorHarness.Static(sharedAssembly, "ImrCite.Guidelines.Mtus+ChronicPain", "Opioids")!;
        Assert.Equal("mtus.cpmtg.2009/opioids", opioids.FullId);
    }

    [Fact]
    public void ANarrowedProjectNamesTheRuntimesTableAndKeepsItsDefaultToTheGeneratedSources()
    {
        var options = new Dictionary<string, string> { ["build_property.ImrCiteGenerate"] = "mtus;acoem" };
        var shared = Run(ShippedCatalogueFiles.All, GeneratorHarness.CreateCompilation(), options);
        GeneratorHarness.AssertHealthy(shared);
        Assert.Contains(SharedData, shared.Source("GeneratedCatalogue.Data.g.cs"), StringComparison.Ordinal);
        Assert.Contains("CatalogueTable.Catalogue(Data,\"", shared.Source("GeneratedCatalogue.g.cs"), StringComparison.Ordinal);

        var literal = Run(ShippedCatalogueFiles.All, WithoutAFileReference(), options);
        GeneratorHarness.AssertHealthy(literal);
        Assert.DoesNotContain("ShippedCatalogue", literal.Source("GeneratedCatalogue.Data.g.cs"), StringComparison.Ordinal);

        var sharedDefault = (GuidelineCatalogue)GeneratorHarness.Static(GeneratorHarness.Load(shared.Output), "ImrCite.Guidelines.GeneratedCatalogue", "Default")!;
        var literalDefault = (GuidelineCatalogue)GeneratorHarness.Static(GeneratorHarness.Load(literal.Output), "ImrCite.Guidelines.GeneratedCatalogue", "Default")!;
        Assert.Equal(new[] { "acoem", "mtus" }, sharedDefault.Sources.Select(s => s.Id).OrderBy(id => id, StringComparer.Ordinal));
        Assert.All(sharedDefault.Documents, d => Assert.Contains(d.SourceId, new[] { "acoem", "mtus" }));
        Assert.Equal(literalDefault.Sources.Select(s => s.Id), sharedDefault.Sources.Select(s => s.Id));
        Assert.Equal(literalDefault.Documents.Select(d => d.Id), sharedDefault.Documents.Select(d => d.Id));
        Assert.Equal(literalDefault.Treatments.Select(t => t.Id), sharedDefault.Treatments.Select(t => t.Id));
        CatalogueEquivalence.AssertEquivalent(literalDefault, sharedDefault);
    }

    [Fact]
    public void ATeamFileGivesTheLiteral()
    {
        var run = Run(ShippedCatalogueFiles.All.Append(("/0/team/protocols.imrcite.json", ShippedCatalogueFiles.TeamFile)).ToArray(), GeneratorHarness.CreateCompilation());
        GeneratorHarness.AssertHealthy(run);
        Assert.DoesNotContain("ShippedCatalogue", run.Source("GeneratedCatalogue.Data.g.cs"), StringComparison.Ordinal);
        var generated = (GuidelineCatalogue)GeneratorHarness.Static(GeneratorHarness.Load(run.Output), "ImrCite.Guidelines.GeneratedCatalogue", "Default")!;
        Assert.NotNull(generated.FindDocument("team.protocols.2024"));
        Assert.NotNull(generated.FindDocument("mtus.cpmtg.2009"));
    }

    [Fact]
    public void ATeamCatalogueAloneOrAnotherVersionOfTheShippedOneGivesTheLiteral()
    {
        // ImrCiteUseDefaultCatalogue=false with a team file: only the team's file reaches the generator.
        var teamOnly = Run(new[] { ("/0/team/protocols.imrcite.json", ShippedCatalogueFiles.TeamFile) }, GeneratorHarness.CreateCompilation());
        GeneratorHarness.AssertHealthy(teamOnly);
        Assert.DoesNotContain("ShippedCatalogue", teamOnly.Source("GeneratedCatalogue.Data.g.cs"), StringComparison.Ordinal);

        // A catalogue of another version than the runtime's (here one section's pages differ): its table's hash differs.
        var files = ShippedCatalogueFiles.All.ToArray();
        int index = Array.FindIndex(files, f => f.Text.Contains("\"74-96\"", StringComparison.Ordinal));
        Assert.True(index >= 0, "The shipped catalogue has no \"74-96\" pages to edit.");
        files[index] = (files[index].Path, files[index].Text.Replace("\"74-96\"", "\"74-95\"", StringComparison.Ordinal));
        var edited = Run(files, GeneratorHarness.CreateCompilation());
        Assert.Null(edited.Single.Exception);
        Assert.DoesNotContain("ShippedCatalogue", edited.Source("GeneratedCatalogue.Data.g.cs"), StringComparison.Ordinal);
    }

    /// <summary>
    /// The hash is read from an assembly named ImrCite in a file named ImrCite.dll: a runtime whose recorded hash is
    /// another table's gets the literal, one whose hash is this table's the reference (the generated code is not compiled
    /// here: the stand-in has no types).
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void TheRuntimesRecordedHashDecides(bool sameHash)
    {
        string hash = sameHash ? RuntimeHash() : new string('0', 64);
        string directory = Path.Combine(Path.GetTempPath(), "imrcite-shipped-table-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            var standIn = CSharpCompilation.Create(
                "ImrCite",
                new[] { CSharpSyntaxTree.ParseText($"[assembly: System.Reflection.AssemblyMetadata(\"{HashKey}\", \"{hash}\")]", GeneratorHarness.ParseOptions) },
                GeneratorHarness.References.Take(GeneratorHarness.References.Length - 1),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            string path = Path.Combine(directory, "ImrCite.dll");
            var emitted = standIn.Emit(path);
            Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
            var compilation = GeneratorHarness.CreateCompilation().WithReferences(
                GeneratorHarness.References.Take(GeneratorHarness.References.Length - 1).Append(MetadataReference.CreateFromFile(path)));
            var run = Run(ShippedCatalogueFiles.All, compilation);
            Assert.Null(run.Single.Exception);
            Assert.Equal(sameHash, run.Source("GeneratedCatalogue.Data.g.cs").Contains(SharedData, StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
