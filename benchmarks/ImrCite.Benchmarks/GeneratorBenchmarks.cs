using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using BenchmarkDotNet.Attributes;
using ImrCite.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace ImrCite.Benchmarks;

/// <summary>
/// The source generator on the shipped catalogue and on a synthetic 10,000-section one: cold (a new driver)
/// and warm (the same driver after an unrelated .cs edit, which the incremental pipeline should answer from cache).
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _edited = null!;
    private ImmutableArray<AdditionalText> _catalogue;
    private GeneratorDriver _warmDriver = null!;

    [Params("shipped", "synthetic-10000")]
    public string Catalogue { get; set; } = "shipped";

    [GlobalSetup]
    public void Setup()
    {
        string directory = Catalogue == "shipped" ? Paths.ShippedCatalogue() : Paths.SyntheticCatalogue(10_000);
        _catalogue = Directory.GetFiles(directory, "*.imrcite.json").OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (AdditionalText)new FileText(p)).ToImmutableArray();
        var trees = Enumerable.Range(0, 20).Select(i => CSharpSyntaxTree.ParseText(
            $"namespace App {{ public static class Type{i} {{ public static int Value() => {i}; }} }}", path: $"Type{i}.cs")).ToList();
        _compilation = CSharpCompilation.Create("Bench", trees, Basic.Reference.Assemblies.Net80.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var editedTree = CSharpSyntaxTree.ParseText("namespace App { public static class Type0 { public static int Value() => 42; } }", path: "Type0.cs");
        _edited = _compilation.ReplaceSyntaxTree(trees[0], editedTree);
    }

    private GeneratorDriver NewDriver() => CSharpGeneratorDriver.Create(
        new[] { new CatalogueGenerator().AsSourceGenerator() }, _catalogue, (CSharpParseOptions)_compilation.SyntaxTrees[0].Options);

    [Benchmark(Description = "cold: new driver, full catalogue")]
    public GeneratorDriver Cold() => NewDriver().RunGenerators(_compilation);

    [IterationSetup(Target = nameof(WarmAfterUnrelatedEdit))]
    public void WarmSetup() => _warmDriver = NewDriver().RunGenerators(_compilation);

    [Benchmark(Description = "warm: after an unrelated .cs edit")]
    public GeneratorDriver WarmAfterUnrelatedEdit() => _warmDriver.RunGenerators(_edited);

    private sealed class FileText : AdditionalText
    {
        private readonly SourceText _text;

        public FileText(string path)
        {
            Path = path;
            _text = SourceText.From(File.ReadAllText(path));
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
