#!/usr/bin/env -S dotnet run
#:project ../ImrCite.Benchmarks/ImrCite.Benchmarks.csproj
#:property PublishAot=false

// Two builds of ImrCite.Generators.dll side by side in one process, each in a load context of its own: a new generator
// driver runs each once per round on the shipped catalogue (with ImrCite.dll referenced, as in a real build), the two
// alternating which goes first, in each of the generator's build modes. Prints whether both write the same files and the
// process CPU time per run (min, median) of each, and their ratios. Run by generator-side-by-side.sh, which builds the
// two revisions:
//   dotnet run benchmarks/scripts/GeneratorSideBySide.cs -- A/ImrCite.Generators.dll B/ImrCite.Generators.dll catalogue-dir rounds
// The compilation references this build's ImrCite.dll (the benchmarks project's), as a consumer's build does.

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

if (args.Length != 4)
{
    Console.Error.WriteLine("usage: dotnet run benchmarks/scripts/GeneratorSideBySide.cs -- A.dll B.dll catalogue-dir rounds");
    return 2;
}
var texts = Directory.GetFiles(args[2], "*.imrcite.json").OrderBy(p => p, StringComparer.Ordinal)
    .Select(p => (AdditionalText)new FileText(p, File.ReadAllText(p))).ToImmutableArray();
int rounds = int.Parse(args[3], CultureInfo.InvariantCulture);
var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
    .Where(f => Path.GetFileName(f).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(f) is "mscorlib.dll" or "netstandard.dll")
    .Select(f => (MetadataReference)MetadataReference.CreateFromFile(f))
    .Append(MetadataReference.CreateFromFile(typeof(ImrCite.Catalogue.GuidelineCatalogue).Assembly.Location))
    .ToList();
var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
var compilation = CSharpCompilation.Create("SideBySide", new[] { CSharpSyntaxTree.ParseText("class C {}", parseOptions) }, references,
    new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
var generators = new[] { args[0], args[1] }.Select(path =>
{
    var type = new GeneratorContext(path).LoadFromAssemblyPath(Path.GetFullPath(path)).GetType("ImrCite.Generators.CatalogueGenerator", throwOnError: true)!;
    return ((IIncrementalGenerator)Activator.CreateInstance(type)!).AsSourceGenerator();
}).ToArray();
var modes = new (string Name, Dictionary<string, string> Options)[]
{
    ("precompiled-API mode (src/ImrCite.Guidelines' build)", new() { ["build_property.ImrCiteBuildPrecompiledApi"] = "true" }),
    ("shipped-table mode (src/ImrCite's build)", new() { ["build_property.ImrCiteShippedTable"] = "true" }),
    ("API mode (a consumer generating the API)", new()),
};
foreach (var (name, options) in modes)
{
    var outputs = generators.Select(g => Run(g, options).GetRunResult().Results[0].GeneratedSources
        .Select(s => s.HintName + "\n" + s.SourceText).OrderBy(s => s, StringComparer.Ordinal).ToList()).ToArray();
    Console.WriteLine($"{name}: {outputs[0].Count} files; A and B write the same files: {outputs[0].SequenceEqual(outputs[1])}");
    for (int warm = 0; warm < 5; warm++)
    {
        Array.ForEach(generators, g => Run(g, options));
    }
    var times = new[] { new List<double>(), new List<double>() };
    for (int round = 0; round < rounds; round++)
    {
        for (int k = 0; k < 2; k++)
        {
            int which = (round & 1) == 0 ? k : 1 - k;
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var process = Process.GetCurrentProcess();
            var before = process.TotalProcessorTime;
            Run(generators[which], options);
            process.Refresh();
            times[which].Add((process.TotalProcessorTime - before).TotalMilliseconds);
        }
    }
    double Min(int i) => times[i].Min();
    double Median(int i) => times[i].OrderBy(t => t).ElementAt(times[i].Count / 2);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"  process CPU per run: A min {Min(0):F2} ms, median {Median(0):F2} ms; B min {Min(1):F2} ms, median {Median(1):F2} ms; B/A {Min(1) / Min(0):F2} by mins, {Median(1) / Median(0):F2} by medians ({rounds} interleaved rounds)"));
}
return 0;

GeneratorDriver Run(ISourceGenerator generator, Dictionary<string, string> options) =>
    CSharpGeneratorDriver.Create(new[] { generator }, texts, parseOptions, new GlobalOptionsProvider(options)).RunGenerators(compilation);

/// <summary>A catalogue file as an additional text.</summary>
internal sealed class FileText(string path, string text) : AdditionalText
{
    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
}

/// <summary>The build properties a mode sets, as the compiler passes them.</summary>
internal sealed class GlobalOptionsProvider(Dictionary<string, string> values) : AnalyzerConfigOptionsProvider
{
    private readonly Options _global = new(values);

    public override AnalyzerConfigOptions GlobalOptions => _global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(new Dictionary<string, string>());

        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}

/// <summary>One generator build's load context: Roslyn and the framework are the host's, the rest its own folder's.</summary>
internal sealed class GeneratorContext : AssemblyLoadContext
{
    private readonly string _folder;

    public GeneratorContext(string path)
        : base(path) => _folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!;

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        string name = assemblyName.Name!;
        if (name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) || name.StartsWith("System.", StringComparison.Ordinal))
        {
            return null;
        }
        string candidate = System.IO.Path.Combine(_folder, name + ".dll");
        return File.Exists(candidate) ? LoadFromAssemblyPath(candidate) : null;
    }
}
