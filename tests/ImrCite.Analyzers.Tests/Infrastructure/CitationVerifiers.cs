using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using ImrCite.CodeFixes;
using ImrCite.Generators.Analyzers;
using ImrCite.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;

namespace ImrCite.Analyzers.Tests.Infrastructure;

/// <summary>The citation analyzers a project gets: citation text in code, and constant pages given to the generated API.</summary>
internal static class CitationAnalyzers
{
    public static IEnumerable<DiagnosticAnalyzer> Create() => new DiagnosticAnalyzer[] { new CitationLiteralAnalyzer(), new TypedCitationAnalyzer(), new GeneratedCallAnalyzer() };
}

/// <summary>
/// The citation analyzers (<see cref="CitationAnalyzers"/>) under Microsoft.CodeAnalysis.Testing: the test catalogue as an AdditionalFile,
/// stand-ins for the attributes and the generated API as extra sources (ImrCite.dll is not referenced),
/// .NET 8 reference assemblies from Basic.Reference.Assemblies.
/// </summary>
internal sealed class CitationAnalyzerTest : CSharpAnalyzerTest<CitationLiteralAnalyzer, DefaultVerifier>
{
    public CitationAnalyzerTest(string source, string? asOf = null, bool withGeneratedApi = true, bool withCatalogue = true)
    {
        ReferenceAssemblies = new ReferenceAssemblies("net8.0");
        // Both citation analyzers support the citation rules, with the same descriptors: markup may name either.
        MarkupOptions = MarkupOptions.UseFirstDescriptor;
        TestState.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net80.References.All);
        TestState.Sources.Add(("/0/Test0.cs", source));
        TestState.Sources.Add(("/0/Attributes.cs", CitationTestCatalogue.Attributes));
        if (withGeneratedApi)
        {
            TestState.Sources.Add(("/0/Generated.cs", CitationTestCatalogue.GeneratedApi));
        }
        if (withCatalogue)
        {
            TestState.AdditionalFiles.Add((CitationTestCatalogue.Path, SourceText.From(CitationTestCatalogue.Json)));
        }
        if (asOf is not null)
        {
            TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.ImrCiteAsOf = " + asOf + "\n"));
        }
    }

    public static Task VerifyAsync(string source, params DiagnosticResult[] expected) => VerifyAsOfAsync(source, null, expected);

    public static Task VerifyAsOfAsync(string source, string? asOf, params DiagnosticResult[] expected)
    {
        var test = new CitationAnalyzerTest(source, asOf);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    public static DiagnosticResult Diagnostic(string id, DiagnosticSeverity severity = DiagnosticSeverity.Error) => new DiagnosticResult(id, severity);

    protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => CitationAnalyzers.Create();
}

/// <summary>The analyzers with <see cref="CitationCodeFixProvider"/>; the stand-in sources are in both the test and the fixed state.</summary>
internal sealed class CitationCodeFixTest : CSharpCodeFixTest<CitationLiteralAnalyzer, CitationCodeFixProvider, DefaultVerifier>
{
    public CitationCodeFixTest(string source, string fixedSource, string? asOf = null)
        : this(new[] { ("/0/Test0.cs", source) }, new[] { ("/0/Test0.cs", fixedSource) }, asOf)
    {
    }

    public CitationCodeFixTest((string Path, string Text)[] sources, (string Path, string Text)[] fixedSources, string? asOf = null)
    {
        ReferenceAssemblies = new ReferenceAssemblies("net8.0");
        // Both citation analyzers support the citation rules, with the same descriptors: markup may name either.
        MarkupOptions = MarkupOptions.UseFirstDescriptor;
        TestState.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net80.References.All);
        foreach (var source in sources)
        {
            TestState.Sources.Add(source);
        }
        TestState.Sources.Add(("/0/Attributes.cs", CitationTestCatalogue.Attributes));
        TestState.Sources.Add(("/0/Generated.cs", CitationTestCatalogue.GeneratedApi));
        foreach (var source in fixedSources)
        {
            FixedState.Sources.Add(source);
        }
        FixedState.Sources.Add(("/0/Attributes.cs", CitationTestCatalogue.Attributes));
        FixedState.Sources.Add(("/0/Generated.cs", CitationTestCatalogue.GeneratedApi));
        // Markup in the fixed sources states the diagnostics that remain (e.g. IMR0111 after an IMR0102 fix).
        FixedState.MarkupHandling = MarkupMode.Allow;
        TestState.AdditionalFiles.Add((CitationTestCatalogue.Path, SourceText.From(CitationTestCatalogue.Json)));
        if (asOf is not null)
        {
            TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.ImrCiteAsOf = " + asOf + "\n"));
        }
    }

    public static DiagnosticResult Diagnostic(string id, DiagnosticSeverity severity = DiagnosticSeverity.Error) => new DiagnosticResult(id, severity);

    protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => CitationAnalyzers.Create();
}

/// <summary>Spans of marker strings in test texts, computed independently of the code under test.</summary>
internal static class Spans
{
    /// <summary>The diagnostic located on <paramref name="marker"/> in /0/Test0.cs.</summary>
    public static DiagnosticResult On(this DiagnosticResult result, string text, string marker, int occurrence = 1)
    {
        int start = TextPositions.OffsetOf(text, marker, occurrence);
        var (line, column) = TextPositions.PositionOf(text, start);
        var (endLine, endColumn) = TextPositions.PositionOf(text, start + marker.Length);
        return result.WithSpan("/0/Test0.cs", line, column, endLine, endColumn);
    }
}
