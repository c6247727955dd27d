using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using ImrCite.Catalogue;
using ImrCite.Generators.Tests.Infrastructure;
using ImrCite.Tooling;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ImrCite.Generators.Tests;

/// <summary>
/// The pipeline caches: unchanged inputs leave every tracked step Cached or Unchanged, C# edits never re-parse
/// catalogues, a catalogue edit re-emits only the document it touches, and no step output roots compiler objects.
/// </summary>
public sealed class IncrementalCachingTests
{
    /// <summary>Every step name in <see cref="TrackingNames"/>, found by reflection so new steps are covered.</summary>
    public static readonly string[] StepNames = typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();

    private static readonly IncrementalStepRunReason[] CachedOrUnchanged = { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged };

    private static (GeneratorDriver Driver, AdditionalText Main, AdditionalText Second, Compilation Compilation) FirstRun()
    {
        var main = new InMemoryAdditionalText(TestCatalogues.MainPath, TestCatalogues.Main);
        var second = new InMemoryAdditionalText(TestCatalogues.SecondPath, TestCatalogues.Second);
        var compilation = GeneratorHarness.CreateCompilation();
        var driver = GeneratorHarness.CreateDriver(new AdditionalText[] { main, second }).RunGenerators(compilation);
        var result = driver.GetRunResult().Results.Single();
        Assert.Null(result.Exception);
        Assert.Equal(5, result.GeneratedSources.Length);
        return (driver, main, second, compilation);
    }

    private static GeneratorRunResult Result(GeneratorDriver driver) => driver.GetRunResult().Results.Single();

    private static string Describe(GeneratorRunResult result) =>
        string.Join("\n", result.TrackedSteps.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s =>
            $"  {s.Key}: " + string.Join(", ", s.Value.SelectMany(step => step.Outputs.Select(o => $"{o.Reason}({Label(o.Value)})")))));

    /// <summary>A short label for a step output: the document id for document-shaped values.</summary>
    private static string Label(object? value)
    {
        if (value is null)
        {
            return "null";
        }
        var type = value.GetType();
        foreach (string path in new[] { "Document.Id", "Id", "FileName" })
        {
            object? current = value;
            foreach (string part in path.Split('.'))
            {
                current = current?.GetType().GetProperty(part)?.GetValue(current);
            }
            if (current is string text)
            {
                // File specs are keyed by full path; label them by file name.
                return path == "FileName" ? System.IO.Path.GetFileName(text) : text;
            }
        }
        return type.Name;
    }

    private static List<(IncrementalStepRunReason Reason, object Value)> Outputs(GeneratorRunResult result, string step)
    {
        Assert.True(result.TrackedSteps.TryGetValue(step, out var runs), $"Step {step} was not tracked.\n{Describe(result)}");
        return runs!.SelectMany(r => r.Outputs).Select(o => (o.Reason, o.Value)).ToList();
    }

    private static void AssertAll(GeneratorRunResult result, string step, params IncrementalStepRunReason[] allowed)
    {
        var outputs = Outputs(result, step);
        Assert.True(outputs.All(o => allowed.Contains(o.Reason)),
            $"{step}: expected only {string.Join("/", allowed)}.\n{Describe(result)}");
    }

    private static IncrementalStepRunReason DocumentEmitReason(GeneratorRunResult result, string documentId)
    {
        var matching = Outputs(result, TrackingNames.DocumentEmit).Where(o => Label(o.Value) == documentId).ToList();
        Assert.True(matching.Count == 1, $"Expected one DocumentEmit output for {documentId}.\n{Describe(result)}");
        return matching[0].Reason;
    }

    /// <summary>The hash of a <see cref="TrackingNames.WholeTable"/> output (an internal record, read by name).</summary>
    private static string TableHash(object value) => (string)value.GetType().GetProperty("Hash")!.GetValue(value)!;

    /// <summary>The text of a <see cref="TrackingNames.WholeTable"/> output.</summary>
    private static string TableText(object value) => (string)value.GetType().GetProperty("Text")!.GetValue(value)!;

    private static string Sha256(string text) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text))).ToLowerInvariant();

    /// <summary>The value of the <c>AssemblyMetadata</c> attribute with <paramref name="key"/> in a generated source.</summary>
    private static string RecordedHash(string source, string key) =>
        System.Text.RegularExpressions.Regex.Match(source, System.Text.RegularExpressions.Regex.Escape(key) + "\",\"([0-9a-f]{64})\"").Groups[1].Value;

    [Fact]
    public void EveryTrackingNameIsTracked()
    {
        var (driver, _, _, _) = FirstRun();
        var result = Result(driver);
        Assert.Equal(12, StepNames.Length);
        foreach (string step in StepNames)
        {
            Assert.True(result.TrackedSteps.ContainsKey(step), $"Step {step} is not tracked.\n{Describe(result)}");
        }
    }

    [Fact]
    public void SecondRunWithTheSameCompilationIsFullyCached()
    {
        var (driver, _, _, compilation) = FirstRun();
        driver = driver.RunGenerators(compilation.Clone());
        var result = Result(driver);
        foreach (string step in StepNames)
        {
            AssertAll(result, step, CachedOrUnchanged);
        }
        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void EditingCSharpDoesNotReparseCatalogues()
    {
        var (driver, _, _, compilation) = FirstRun();
        // Edit the existing file (add an unrelated class to it), then also add a new file.
        var tree = compilation.SyntaxTrees.Single();
        var editedTree = tree.WithChangedText(tree.GetText().WithChanges(new Microsoft.CodeAnalysis.Text.TextChange(
            new Microsoft.CodeAnalysis.Text.TextSpan(tree.Length, 0), "\nnamespace Consumer { internal sealed class Unrelated { public int X; } }\n")));
        var edited = compilation.ReplaceSyntaxTree(tree, editedTree)
            .AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Consumer { internal static class AlsoUnrelated { } }", GeneratorHarness.ParseOptions, path: "/0/Unrelated.cs"));
        Assert.Empty(edited.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        driver = driver.RunGenerators(edited);
        var result = Result(driver);
        AssertAll(result, TrackingNames.ParseCatalogueFile, IncrementalStepRunReason.Cached);
        AssertAll(result, TrackingNames.DocumentEmit, CachedOrUnchanged);
        // The same references: the runtime's table hash is not even looked up again.
        AssertAll(result, TrackingNames.RuntimeTable, IncrementalStepRunReason.Cached);
        // The whole table's text and hash are not computed again, nor is the precompiled-API decision re-made.
        AssertAll(result, TrackingNames.CatalogueData, IncrementalStepRunReason.Cached);
        AssertAll(result, TrackingNames.WholeTable, IncrementalStepRunReason.Cached);
        AssertAll(result, TrackingNames.EffectiveMode, IncrementalStepRunReason.Cached);
        foreach (string step in StepNames)
        {
            AssertAll(result, step, CachedOrUnchanged);
        }
    }

    [Fact]
    public void EditingOneSectionsPagesReemitsOnlyItsDocument()
    {
        var (driver, main, second, compilation) = FirstRun();
        var edited = new InMemoryAdditionalText(TestCatalogues.SecondPath, TestCatalogues.Second.Replace("\"pages\": \"1-20\"", "\"pages\": \"1-19\"", StringComparison.Ordinal));
        Assert.NotEqual(TestCatalogues.Second, edited.GetText().ToString());
        driver = driver.ReplaceAdditionalText(second, edited).RunGenerators(compilation);
        var result = Result(driver);

        var parses = Outputs(result, TrackingNames.ParseCatalogueFile);
        Assert.Equal(IncrementalStepRunReason.Cached, parses.Single(o => Label(o.Value) == "main.imrcite.json").Reason);
        Assert.Equal(IncrementalStepRunReason.Modified, parses.Single(o => Label(o.Value) == "second.imrcite.json").Reason);

        Assert.Equal(IncrementalStepRunReason.Modified, DocumentEmitReason(result, "mtus.cpmtg.2016"));
        Assert.Contains(DocumentEmitReason(result, "mtus.cpmtg.2009"), CachedOrUnchanged);
        Assert.Contains(DocumentEmitReason(result, "ccr.mtus"), CachedOrUnchanged);
        AssertAll(result, TrackingNames.DocumentNames, CachedOrUnchanged);
        AssertAll(result, TrackingNames.CatalogueEmit, CachedOrUnchanged);
        AssertAll(result, TrackingNames.Options, CachedOrUnchanged);

        AssertAll(result, TrackingNames.CatalogueData, IncrementalStepRunReason.Modified);
        // The whole table is computed again, once, and it is another table; the mode it decides stays the API.
        var table = Outputs(result, TrackingNames.WholeTable).Single();
        Assert.Equal(IncrementalStepRunReason.Modified, table.Reason);
        Assert.NotEqual(TableHash(Outputs(Result(FirstRun().Driver), TrackingNames.WholeTable).Single().Value), TableHash(table.Value));
        AssertAll(result, TrackingNames.EffectiveMode, CachedOrUnchanged);

        // Only the edited document's file and the catalogue's data (one literal) are regenerated.
        var outputs = result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).ToList();
        Assert.Equal(2, outputs.Count(o => o.Reason == IncrementalStepRunReason.Modified));
    }

    [Fact]
    public void EditingOneDocumentLeavesTheOtherDocumentOfTheSameFileCached()
    {
        var (driver, main, _, compilation) = FirstRun();
        var edited = new InMemoryAdditionalText(TestCatalogues.MainPath, TestCatalogues.Main.Replace("\"pages\": \"24\"", "\"pages\": \"25\"", StringComparison.Ordinal));
        driver = driver.ReplaceAdditionalText(main, edited).RunGenerators(compilation);
        var result = Result(driver);
        Assert.Equal(IncrementalStepRunReason.Modified, DocumentEmitReason(result, "mtus.cpmtg.2009"));
        Assert.Contains(DocumentEmitReason(result, "ccr.mtus"), CachedOrUnchanged);
        Assert.Contains(DocumentEmitReason(result, "mtus.cpmtg.2016"), CachedOrUnchanged);
        AssertAll(result, TrackingNames.CatalogueEmit, CachedOrUnchanged);
    }

    /// <summary>
    /// The decision date and ImrCiteGenerate change the documents' files, not the whole table: it is not computed again,
    /// and the data constant, which the options narrow, is written from the cached table.
    /// </summary>
    [Theory]
    [InlineData("build_property.ImrCiteAsOf", "2017-03-01")]
    [InlineData("build_property.ImrCiteGenerate", "mtus")]
    public void AnOptionThatLeavesTheRecordsDoesNotRecomputeTheTable(string property, string value)
    {
        var (driver, _, _, compilation) = FirstRun();
        driver = driver.WithUpdatedAnalyzerConfigOptions(new TestOptionsProvider(new Dictionary<string, string> { [property] = value }))
            .RunGenerators(compilation);
        var result = Result(driver);
        AssertAll(result, TrackingNames.Options, IncrementalStepRunReason.Modified);
        AssertAll(result, TrackingNames.CatalogueData, IncrementalStepRunReason.Cached);
        AssertAll(result, TrackingNames.WholeTable, IncrementalStepRunReason.Cached);
        Assert.Contains(Outputs(result, TrackingNames.DocumentEmit), o => o.Reason == IncrementalStepRunReason.Modified);
    }

    /// <summary>
    /// One computation of the whole table feeds every user: the data literal is that text packed, ImrCite.dll's table and
    /// hash (ImrCiteShippedTable) are that text and its hash, and ImrCite.Guidelines.dll's mark (ImrCiteBuildPrecompiledApi)
    /// is that hash, which is the SHA-256 of that text. Each run computes it once.
    /// </summary>
    [Theory]
    [InlineData(null, "GeneratedCatalogue.Data.g.cs")]
    [InlineData("build_property.ImrCiteShippedTable", "ShippedCatalogueTable.g.cs")]
    [InlineData("build_property.ImrCiteBuildPrecompiledApi", "PrecompiledApi.g.cs")]
    public void OneWholeTableFeedsEveryUser(string? modeProperty, string hintName)
    {
        var options = new Dictionary<string, string>();
        if (modeProperty is not null)
        {
            options[modeProperty] = "true";
        }
        var texts = new AdditionalText[] { new InMemoryAdditionalText(TestCatalogues.MainPath, TestCatalogues.Main), new InMemoryAdditionalText(TestCatalogues.SecondPath, TestCatalogues.Second) };
        var driver = GeneratorHarness.CreateDriver(texts, options).RunGenerators(GeneratorHarness.CreateCompilation());
        var result = Result(driver);
        Assert.Null(result.Exception);

        object table = Outputs(result, TrackingNames.WholeTable).Single().Value;
        Assert.Equal(Sha256(TableText(table)), TableHash(table));
        string source = result.GeneratedSources.Single(s => s.HintName == hintName).SourceText.ToString();
        switch (hintName)
        {
            case "GeneratedCatalogue.Data.g.cs":
                // Not the shipped catalogue, so not ImrCite.dll's table: the literal of this table.
                Assert.Contains($"Data = \"{CatalogueTable.Pack(TableText(table))}\";", source, StringComparison.Ordinal);
                break;
            case "ShippedCatalogueTable.g.cs":
                Assert.Equal(TableHash(table), RecordedHash(source, "ImrCite.ShippedCatalogueTable.Sha256"));
                Assert.Contains($"Data = \"{CatalogueTable.Pack(TableText(table))}\";", source, StringComparison.Ordinal);
                break;
            default:
                Assert.Equal(TableHash(table), RecordedHash(source, "ImrCite.PrecompiledApi.Sha256"));
                break;
        }
    }

    /// <summary>Where nothing is written (ImrCiteGenerateApi=false), the table is not computed at all.</summary>
    [Fact]
    public void NothingToWriteComputesNoTable()
    {
        var main = new InMemoryAdditionalText(TestCatalogues.MainPath, TestCatalogues.Main);
        var driver = GeneratorHarness.CreateDriver(new AdditionalText[] { main }, new Dictionary<string, string> { ["build_property.ImrCiteGenerateApi"] = "false" })
            .RunGenerators(GeneratorHarness.CreateCompilation());
        var result = Result(driver);
        Assert.Null(result.Exception);
        Assert.Empty(result.GeneratedSources);
        Assert.Null(Outputs(result, TrackingNames.WholeTable).Single().Value);
    }

    [Fact]
    public void AWhitespaceOnlyEditRegeneratesNothing()
    {
        var (driver, main, _, compilation) = FirstRun();
        var edited = new InMemoryAdditionalText(TestCatalogues.MainPath, "\n\n  " + TestCatalogues.Main.Replace("\n", "\n  ", StringComparison.Ordinal) + "\n");
        driver = driver.ReplaceAdditionalText(main, edited).RunGenerators(compilation);
        var result = Result(driver);
        AssertAll(result, TrackingNames.ParseCatalogueFile, CachedOrUnchanged);
        foreach (string step in StepNames)
        {
            AssertAll(result, step, CachedOrUnchanged);
        }
    }

    [Fact]
    public void ChangingTheNamespaceReemitsButDoesNotReparse()
    {
        var main = new InMemoryAdditionalText(TestCatalogues.MainPath, TestCatalogues.Main);
        var compilation = GeneratorHarness.CreateCompilation();
        var driver = GeneratorHarness.CreateDriver(new AdditionalText[] { main }).RunGenerators(compilation);
        driver = driver.WithUpdatedAnalyzerConfigOptions(new TestOptionsProvider(new Dictionary<string, string> { ["build_property.ImrCiteNamespace"] = "Acme.Citations" }))
            .RunGenerators(compilation);
        var result = Result(driver);
        AssertAll(result, TrackingNames.ParseCatalogueFile, IncrementalStepRunReason.Cached);
        AssertAll(result, TrackingNames.Options, IncrementalStepRunReason.Modified);
        AssertAll(result, TrackingNames.DocumentEmit, IncrementalStepRunReason.Modified);
        AssertAll(result, TrackingNames.CatalogueEmit, IncrementalStepRunReason.Modified);
        Assert.All(result.GeneratedSources, s => Assert.Contains("namespace Acme.Citations", s.SourceText.ToString()));
    }

    /// <summary>An option the generator does not read changes nothing downstream of the Options step.</summary>
    [Fact]
    public void AnUnrelatedOptionChangesNothing()
    {
        var main = new InMemoryAdditionalText(TestCatalogues.MainPath, TestCatalogues.Main);
        var compilation = GeneratorHarness.CreateCompilation();
        var driver = GeneratorHarness.CreateDriver(new AdditionalText[] { main }).RunGenerators(compilation);
        driver = driver.WithUpdatedAnalyzerConfigOptions(new TestOptionsProvider(new Dictionary<string, string> { ["build_property.SomethingElse"] = "x" }))
            .RunGenerators(compilation);
        var result = Result(driver);
        foreach (string step in StepNames)
        {
            AssertAll(result, step, CachedOrUnchanged);
        }
    }

    [Fact]
    public void StepOutputsHoldNoCompilerObjects()
    {
        var (driver, main, second, compilation) = FirstRun();
        var results = new List<GeneratorRunResult> { Result(driver) };
        var edited = new InMemoryAdditionalText(TestCatalogues.SecondPath, TestCatalogues.Second.Replace("1-20", "1-19", StringComparison.Ordinal));
        driver = driver.ReplaceAdditionalText(second, edited).RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Extra {}", GeneratorHarness.ParseOptions)));
        results.Add(Result(driver));

        int walked = 0;
        foreach (var result in results)
        {
            foreach (string step in StepNames)
            {
                foreach (var (_, value) in Outputs(result, step))
                {
                    var found = ObjectGraph.FindForbidden(value);
                    Assert.True(found is null, $"Step {step} output {Label(value)} holds {found}");
                    walked++;
                }
            }
        }
        Assert.True(walked > 10, $"Walked only {walked} outputs");
    }

    [Fact]
    public void TheObjectGraphWalkFindsRootedCompilerObjects()
    {
        // The walker itself works: it finds a SyntaxTree buried in a list inside a tuple inside an array.
        var tree = CSharpSyntaxTree.ParseText("class C {}");
        Assert.NotNull(ObjectGraph.FindForbidden(new object[] { 1, ("x", new List<object> { "y", tree }) }));
        Assert.NotNull(ObjectGraph.FindForbidden(new { Location = Location.None }));
        Assert.NotNull(ObjectGraph.FindForbidden(GeneratorHarness.CreateCompilation()));
        Assert.Null(ObjectGraph.FindForbidden(new { Text = "a", Items = new[] { 1, 2 }, Nested = new List<string> { "b" } }));
    }
}

/// <summary>Walks an object graph over fields (recursively, with a visited set) looking for compiler objects.</summary>
internal static class ObjectGraph
{
    private static readonly Type[] Forbidden =
    {
        typeof(ISymbol), typeof(Compilation), typeof(SyntaxNode), typeof(SyntaxTree), typeof(Location), typeof(Diagnostic), typeof(SemanticModel),
    };

    /// <summary>The path to the first forbidden object, or null.</summary>
    public static string? FindForbidden(object? root)
    {
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        return Visit(root, "root", visited, depth: 0);
    }

    private static string? Visit(object? value, string path, HashSet<object> visited, int depth)
    {
        if (value is null || depth > 200)
        {
            return null;
        }
        var type = value.GetType();
        if (Forbidden.Any(f => f.IsAssignableFrom(type)))
        {
            return $"{type.FullName} at {path}";
        }
        if (type.IsPrimitive || type.IsEnum || value is string || value is decimal || value is Type || value is Pointer)
        {
            return null;
        }
        if (!type.IsValueType && !visited.Add(value))
        {
            return null;
        }
        if (value is Array array)
        {
            int index = 0;
            foreach (object? item in array)
            {
                if (Visit(item, $"{path}[{index++}]", visited, depth + 1) is { } found)
                {
                    return found;
                }
            }
            return null;
        }
        for (var current = type; current is not null && current != typeof(object); current = current.BaseType)
        {
            foreach (var field in current.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (field.FieldType.IsPointer || field.FieldType.IsByRef || field.FieldType.IsByRefLike)
                {
                    continue;
                }
                if (Visit(field.GetValue(value), path + "." + field.Name, visited, depth + 1) is { } found)
                {
                    return found;
                }
            }
        }
        return null;
    }
}
