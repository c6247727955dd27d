using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using ImrCite.Generators.Analyzers;
using ImrCite.Generators.Tests.Infrastructure;
using ImrCite.Testing;
using ImrCite.Tooling;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static ImrCite.Generators.Tests.Infrastructure.CatalogueAnalyzerTest;

namespace ImrCite.Generators.Tests;

/// <summary>Catalogue diagnostics, located in the catalogue files, through Microsoft.CodeAnalysis.Testing.</summary>
public sealed class CatalogueAnalyzerTests
{
    private const string SourcesPath = "/0/guidelines/a-sources.imrcite.json";
    private const string DocsPath = "/0/guidelines/b-docs.imrcite.json";
    private const string OtherPath = "/0/guidelines/c-other.imrcite.json";

    private const string Sources = """
        {
          "sources": [ { "id": "mtus", "name": "Medical Treatment Utilization Schedule", "tier": "mtus" } ],
          "treatments": [ { "id": "opioids", "names": ["opioids"] } ]
        }
        """;

    /// <summary>A valid document with the given id and extra members (fields or a sections array), one per line.</summary>
    private static string Doc(string id, string extra = "") => $$"""
            {
              "id": "{{id}}",
              "source": "mtus",
              "title": "Document {{id}}",
              "edition": "2009",
              "effectiveFrom": "2009-07-18",
              "sourceNote": "Test fixture."{{(extra.Length == 0 ? "" : ",\n      " + extra)}}
            }
        """;

    private static string Docs(params string[] documents) => "{\n  \"documents\": [\n" + string.Join(",\n", documents) + "\n  ]\n}\n";

    private static (string, string)[] Files(params (string Path, string Text)[] files) => files;

    [Fact]
    public Task CleanCatalogueHasNoDiagnostics() =>
        VerifyAsync(Files((TestCatalogues.MainPath, TestCatalogues.Main), (TestCatalogues.SecondPath, TestCatalogues.Second)));

    [Fact]
    public Task FilesThatAreNotCataloguesAreIgnored() =>
        VerifyAsync(Files(("/0/guidelines/notes.json", "{ broken"), ("/0/guidelines/readme.md", "# not json")));

    [Fact]
    public Task SyntaxError()
    {
        string text = "{\n  \"documents\": [\n    { \"id\": \"x\" \"source\": \"mtus\" }\n  ]\n}\n";
        return VerifyAsync(Files((SourcesPath, Sources), (DocsPath, text)),
            Diagnostic("IMR0001").On(DocsPath, text, "\"source\"", length: 0));
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public Task SyntaxErrorAfterNonAsciiText(string newline)
    {
        // Multi-byte UTF-8 before the error on the same line: the reader's byte offsets must become character columns.
        string text = "{" + newline + "  \"documents\": [" + newline + "    { \"id\": \"x\", \"title\": \"Épaule — 日本語 😀\" \"source\": \"mtus\" }" + newline + "  ]" + newline + "}" + newline;
        return VerifyAsync(Files((SourcesPath, Sources), (DocsPath, text)),
            Diagnostic("IMR0001").On(DocsPath, text, "\"source\"", length: 0));
    }

    [Fact]
    public Task SyntaxErrorInATruncatedFileIsAtTheEnd()
    {
        string text = "{\n  \"documents\": [\n    { \"id\": \"x\"";
        return VerifyAsync(Files((SourcesPath, Sources), (DocsPath, text)),
            Diagnostic("IMR0001").OnOffset(DocsPath, text, text.Length, 0));
    }

    [Fact]
    public Task EmptyFileIsASyntaxError()
    {
        string text = "";
        return VerifyAsync(Files((SourcesPath, Sources), (DocsPath, text)),
            Diagnostic("IMR0001").OnOffset(DocsPath, text, 0, 0));
    }

    [Fact]
    public Task UnknownField()
    {
        string text = Docs(Doc("uf", "\"colour\": \"red\""));
        return VerifyAsync(Files((SourcesPath, Sources), (DocsPath, text)),
            Diagnostic("IMR0002").On(DocsPath, text, "\"colour\""));
    }

    [Fact]
    public Task UnknownFieldWithSpaceBeforeTheColon()
    {
        string text = Docs(Doc("uf", "\"colour\"   :   \"red\""));
        return VerifyAsync(Files((SourcesPath, Sources), (DocsPath, text)),
            Diagnostic("IMR0002").On(DocsPath, text, "\"colour\""));
    }

    [Fact]
    public Task MissingField()
    {
        string text = Docs(Doc("ok"), Doc("no-title").Replace("      \"title\": \"Document no-title\",\n", "", StringComparison.Ordinal));
        Assert.DoesNotContain("Document no-title", text);
        int objectStart = text.LastIndexOf('{', TextPositions.OffsetOf(text, "\"no-title\""));
        return VerifyAsync(Files((SourcesPath, Sources), (DocsPath, text)),
            Diagnostic("IMR0003").OnOffset(DocsPath, text, objectStart, 1).WithArguments("Document 'no-title'", "title"));
    }

    [Fact]
    public Task DuplicateDocumentIdAcrossTwoFiles()
    {
        string first = Docs(Doc("dup.doc"));
        string second = Docs(Doc("other.doc"), Doc("dup.doc"));
        return VerifyAsync(Files((SourcesPath, Sources), (DocsPath, first), (OtherPath, second)),
            Diagnostic("IMR0005")
                .On(OtherPath, second, "\"dup.doc\"")
                .On(DocsPath, first, "\"dup.doc\""));
    }

    [Fact]
    public Task DuplicateSectionId()
    {
        string text = Docs(Doc("ds", """
            "sections": [
                    { "id": "s1", "title": "First" },
                    { "id": "s2", "title": "Second", "sections": [ { "id": "s1", "title": "Nested again" } ] }
                  ]
            """));
        return VerifyAsync(Files((SourcesPath, Sources), (DocsPath, text)),
            Diagnostic("IMR0005")
                .On(DocsPath, text, "\"s1\"", occurrence: 2)
                .On(DocsPath, text, "\"s1\"", occurrence: 1));
    }

    [Fact]
    public Task SectionPagesBeyondDocument()
    {
        string text = Docs(Doc("pb", """
            "pages": "1-100",
                  "sections": [ { "id": "s", "title": "S", "pages": "95-110" } ]
            """));
        return VerifyAsync(Files((SourcesPath, Sources), (DocsPath, text)),
            Diagnostic("IMR0009").On(DocsPath, text, "\"95-110\""));
    }

    [Fact]
    public Task DuplicateAlias()
    {
        string text = Docs(Doc("da", """
            "sections": [
                    { "id": "opioids", "title": "Opioids" },
                    { "id": "weaning", "title": "Weaning of Medications", "aliases": ["OPIOIDS"] }
                  ]
            """));
        return VerifyAsync(Files((SourcesPath, Sources), (DocsPath, text)),
            Diagnostic("IMR0011")
                .On(DocsPath, text, "\"OPIOIDS\"")
                .On(DocsPath, text, "\"Opioids\""));
    }

    [Fact]
    public Task DanglingSupersession()
    {
        string text = Docs(Doc("dg", """
            "supersededBy": "nowhere", "supersededOn": "2016-07-28",
                  "sections": [ { "id": "s", "title": "S", "supersededBy": "dg/missing", "supersededOn": "2016-07-28" } ]
            """));
        return VerifyAsync(Files((SourcesPath, Sources), (DocsPath, text)),
            Diagnostic("IMR0012").On(DocsPath, text, "\"nowhere\""),
            Diagnostic("IMR0012").On(DocsPath, text, "\"dg/missing\""));
    }

    [Fact]
    public Task UnknownSource()
    {
        string text = Docs(Doc("us").Replace("\"source\": \"mtus\"", "\"source\": \"nowhere\"", StringComparison.Ordinal));
        return VerifyAsync(Files((SourcesPath, Sources), (DocsPath, text)),
            Diagnostic("IMR0014").On(DocsPath, text, "\"nowhere\""));
    }

    [Fact]
    public Task UnknownTreatment()
    {
        string text = Docs(Doc("ut", "\"sections\": [ { \"id\": \"s\", \"title\": \"S\", \"addresses\": [\"opioids\", \"ghost\"] } ]"));
        return VerifyAsync(Files((SourcesPath, Sources), (DocsPath, text)),
            Diagnostic("IMR0015").On(DocsPath, text, "\"ghost\""));
    }

    [Fact]
    public Task EachFileReportsOnlyItsOwnProblems()
    {
        string broken = "{ \"documents\": [ { ] }";
        string unknown = Docs(Doc("us").Replace("\"source\": \"mtus\"", "\"source\": \"nowhere\"", StringComparison.Ordinal));
        return VerifyAsync(Files((SourcesPath, Sources), (DocsPath, broken), (OtherPath, unknown)),
            Diagnostic("IMR0001").On(DocsPath, broken, "]", length: 0),
            Diagnostic("IMR0014").On(OtherPath, unknown, "\"nowhere\""));
    }

    private static (string Path, string Text) AmbiguousAliases()
    {
        string text = Docs(
            Doc("one", "\"aliases\": [\"Pain Guide\"]"),
            Doc("two", "\"aliases\": [\"Pain Guide\"]"));
        return (DocsPath, text);
    }

    [Fact]
    public Task AmbiguousDocumentAliasIsAWarningByDefault()
    {
        var (path, text) = AmbiguousAliases();
        return VerifyAsync(Files((SourcesPath, Sources), (path, text)),
            Diagnostic("IMR0016", DiagnosticSeverity.Warning).On(path, text, "\"Pain Guide\"", occurrence: 2).On(path, text, "\"one\""));
    }

    [Theory]
    [InlineData("error", DiagnosticSeverity.Error)]
    [InlineData("suggestion", DiagnosticSeverity.Info)]
    public Task GlobalConfigChangesTheSeverity(string configured, DiagnosticSeverity expected)
    {
        var (path, text) = AmbiguousAliases();
        var test = new CatalogueAnalyzerTest((SourcesPath, Sources), (path, text));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", $"is_global = true\ndotnet_diagnostic.IMR0016.severity = {configured}\n"));
        test.ConfiguredIds.Add("IMR0016");
        test.ExpectedDiagnostics.Add(Diagnostic("IMR0016", expected).On(path, text, "\"Pain Guide\"", occurrence: 2).On(path, text, "\"one\""));
        return test.RunAsync();
    }

    [Fact]
    public Task GlobalConfigCanTurnARuleOff()
    {
        var (path, text) = AmbiguousAliases();
        var test = new CatalogueAnalyzerTest((SourcesPath, Sources), (path, text));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\ndotnet_diagnostic.IMR0016.severity = none\n"));
        test.ConfiguredIds.Add("IMR0016");
        return test.RunAsync();
    }

    [Fact]
    public Task GlobalConfigCanDowngradeAnError()
    {
        string text = Docs(Doc("us").Replace("\"source\": \"mtus\"", "\"source\": \"nowhere\"", StringComparison.Ordinal));
        var test = new CatalogueAnalyzerTest((SourcesPath, Sources), (DocsPath, text));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\ndotnet_diagnostic.IMR0014.severity = warning\n"));
        test.ConfiguredIds.Add("IMR0014");
        test.ExpectedDiagnostics.Add(Diagnostic("IMR0014", DiagnosticSeverity.Warning).On(DocsPath, text, "\"nowhere\""));
        return test.RunAsync();
    }

    /// <summary>
    /// .editorconfig sections match source files, and catalogue diagnostics are located in additional files, so
    /// <c>[*]</c> or <c>[*.json]</c> severities do not reach them (a real build agrees): configure catalogue rules
    /// in a .globalconfig (or MSBuild's WarningsAsErrors/NoWarn).
    /// </summary>
    [Theory]
    [InlineData("[*]")]
    [InlineData("[*.json]")]
    public Task EditorConfigSectionsDoNotConfigureCatalogueDiagnostics(string section)
    {
        var (path, text) = AmbiguousAliases();
        var test = new CatalogueAnalyzerTest((SourcesPath, Sources), (path, text));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", $"root = true\n\n{section}\ndotnet_diagnostic.IMR0016.severity = error\n"));
        test.ConfiguredIds.Add("IMR0016");
        test.ExpectedDiagnostics.Add(Diagnostic("IMR0016", DiagnosticSeverity.Warning).On(path, text, "\"Pain Guide\"", occurrence: 2).On(path, text, "\"one\""));
        return test.RunAsync();
    }

    /// <summary>The analyzer never throws (no AD0001), whatever the catalogue holds.</summary>
    [Fact]
    public async Task MalformedCataloguesCauseNoAnalyzerException()
    {
        var texts = new List<AdditionalText>
        {
            new InMemoryAdditionalText(TestCatalogues.MainPath, TestCatalogues.Main),
            new InMemoryAdditionalText("/0/guidelines/empty.imrcite.json", ""),
            new InMemoryAdditionalText("/0/guidelines/broken.imrcite.json", "{ \"documents\": [ { \"id\": "),
            new InMemoryAdditionalText("/0/guidelines/deep.imrcite.json", new string('[', 500)),
            new InMemoryAdditionalText("/0/guidelines/types.imrcite.json", "{ \"sources\": 1, \"documents\": [ 1, { \"id\": 2 }, { \"id\": \"x\", \"sections\": {} } ] }"),
            new InMemoryAdditionalText("/0/guidelines/dup.imrcite.json", Docs(Doc("mtus.cpmtg.2009"), Doc("d", "\"sections\": [ { \"id\": \"s\", \"title\": \"S\" }, { \"id\": \"s\", \"title\": \"S\" } ]"))),
            new InMemoryAdditionalText("/0/guidelines/escape.imrcite.json", "{ \"documents\": [ { \"id\": \"e\", \"title\": \"\\ud800\\udc00\\ud800\" } ] }"),
        };
        var random = new Random(20240601);
        for (int i = 0; i < 8; i++)
        {
            var chars = Enumerable.Range(0, random.Next(1, 400)).Select(_ => "{}[]\":,0123456789-abc \n\\"[random.Next(24)]).ToArray();
            texts.Add(new InMemoryAdditionalText($"/0/guidelines/garbage{i}.imrcite.json", new string(chars)));
        }
        var exceptions = new List<Exception>();
        var compilation = GeneratorHarness.CreateCompilation();
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new CatalogueAnalyzer(), new CitationLiteralAnalyzer(), new TypedCitationAnalyzer(), new GeneratedCallAnalyzer());
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(texts.ToImmutableArray()),
            onAnalyzerException: (exception, analyzer, diagnostic) => exceptions.Add(exception),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAllDiagnosticsAsync();
        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        Assert.Contains(diagnostics, d => d.Id == "IMR0001" && d.Location.GetLineSpan().Path == "/0/guidelines/empty.imrcite.json");
        Assert.Contains(diagnostics, d => d.Id == "IMR0005" && d.Location.GetLineSpan().Path == "/0/guidelines/dup.imrcite.json");
        Assert.All(diagnostics.Where(d => d.Id.StartsWith("IMR", StringComparison.Ordinal)), d => Assert.Equal(LocationKind.ExternalFile, d.Location.Kind));
    }
}
