using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using ImrCite.Generators.Analyzers;
using ImrCite.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;

namespace ImrCite.Generators.Tests.Infrastructure;

/// <summary>
/// <see cref="CatalogueAnalyzer"/> under Microsoft.CodeAnalysis.Testing: catalogue files as AdditionalFiles,
/// .NET 8 reference assemblies from Basic.Reference.Assemblies (ReferenceAssemblies.Net.* downloads fail here).
/// </summary>
internal sealed class CatalogueAnalyzerTest : CSharpAnalyzerTest<CatalogueAnalyzer, DefaultVerifier>
{
    public CatalogueAnalyzerTest(params (string Path, string Text)[] files)
    {
        ReferenceAssemblies = new ReferenceAssemblies("net8.0");
        TestState.AdditionalReferences.AddRange(GeneratorHarness.Net80References);
        TestState.Sources.Add(("/0/Test0.cs", "namespace Consumer { public static class Program { } }"));
        foreach (var (path, text) in files)
        {
            TestState.AdditionalFiles.Add((path, SourceText.From(text)));
        }
    }

    /// <summary>
    /// Ids whose severity the test configures through .globalconfig. The test library forces every supported id
    /// to <c>ReportDiagnostic.Default</c> in the compilation's SpecificDiagnosticOptions, which outranks a global
    /// config that raises a warning to an error (csc honours it: a real build reports "error IMR0016"). Removing
    /// the forced entry makes the test see what the compiler does.
    /// </summary>
    public ISet<string> ConfiguredIds { get; } = new HashSet<string>(StringComparer.Ordinal);

    protected override CompilationWithAnalyzers CreateCompilationWithAnalyzers(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, AnalyzerOptions options, CancellationToken cancellationToken)
    {
        if (ConfiguredIds.Count > 0)
        {
            var specific = compilation.Options.SpecificDiagnosticOptions.RemoveRange(ConfiguredIds);
            compilation = compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(specific));
        }
        return base.CreateCompilationWithAnalyzers(compilation, analyzers, options, cancellationToken);
    }

    public static Task VerifyAsync((string Path, string Text)[] files, params DiagnosticResult[] expected)
    {
        var test = new CatalogueAnalyzerTest(files);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    public static DiagnosticResult Diagnostic(string id, DiagnosticSeverity severity = DiagnosticSeverity.Error) => new DiagnosticResult(id, severity);
}

/// <summary>Spans of marker strings in test texts, computed independently of the code under test.</summary>
internal static class Spans
{
    /// <summary>The diagnostic, located on <paramref name="marker"/> (or on its first <paramref name="length"/> characters).</summary>
    public static DiagnosticResult On(this DiagnosticResult result, string path, string text, string marker, int occurrence = 1, int? length = null)
    {
        int start = TextPositions.OffsetOf(text, marker, occurrence);
        return result.OnOffset(path, text, start, length ?? marker.Length);
    }

    public static DiagnosticResult OnOffset(this DiagnosticResult result, string path, string text, int start, int length)
    {
        var (line, column) = TextPositions.PositionOf(text, start);
        var (endLine, endColumn) = TextPositions.PositionOf(text, start + length);
        return result.WithSpan(path, line, column, endLine, endColumn);
    }
}
