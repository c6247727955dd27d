using System;
using System.IO;
using System.Text.Json;
using ImrCite.Cli;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using Xunit;

namespace ImrCite.Cli.Tests;

/// <summary>The maintainers' commands end to end: diff, verify (with --write) and check as SARIF.</summary>
public sealed class CatalogueCommandTests
{
    private const string Sources = """
        { "sources": [ { "id": "test", "name": "Test guidelines", "codeName": "TestSource", "tier": "mtus" } ] }
        """;

    private static string Guide(string sections) => $$"""
        {
          "documents": [ {
            "id": "test.guide", "source": "test", "title": "Test Guide", "codeName": "Guide", "edition": "2020",
            "effectiveFrom": "2020-01-01", "pages": "1-5", "provenance": "verified", "sourceNote": "Test.",
            "sections": [ {{sections}} ] } ]
        }
        """;

    private const string ThreeSections = """
        { "id": "intro", "title": "Introduction", "pages": "1-2" },
              { "id": "opioids", "title": "Opioids", "pages": "2-3" },
              { "id": "nsaids", "title": "NSAIDs and GI risk", "pages": "4-5" }
        """;

    private static (ExitCode Code, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = (ExitCode)CommandLine.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static string Catalogue(string sections)
    {
        string folder = Directory.CreateTempSubdirectory("imrcite-cli-").FullName;
        File.WriteAllText(Path.Combine(folder, "sources.imrcite.json"), Sources);
        File.WriteAllText(Path.Combine(folder, "guide.imrcite.json"), Guide(sections));
        return folder;
    }

    [Fact]
    public void DiffReportsARemovedSectionAndTheGeneratedMemberConsumersLose()
    {
        string before = Catalogue(ThreeSections);
        string after = Catalogue("""{ "id": "intro", "title": "Introduction", "pages": "1-2" }, { "id": "nsaids", "title": "NSAIDs and GI risk", "pages": "4-5" }""");
        var (code, output, error) = Run("catalogue", "diff", before, after);
        Assert.True(code == ExitCode.Clean, error);
        Assert.Contains("opioids", output, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("TestSource.Guide.Opioids", output, StringComparison.Ordinal);
        var json = Run("catalogue", "diff", before, after, "--format", "json").Output;
        using var parsed = JsonDocument.Parse(json);
        Assert.Contains("TestSource.Guide.Opioids", json, StringComparison.Ordinal);
    }

    [Fact]
    public void VerifyFindsADisagreementAndWriteRecordsTheVerifiedPages()
    {
        string folder = Catalogue(ThreeSections);
        string pdf = Path.Combine(folder, "guide.pdf");
        File.WriteAllBytes(pdf, GuidePdf());
        var (code, output, _) = Run("catalogue", "verify", "--pdf", pdf, "--document", "test.guide", "--catalogue", folder);
        Assert.Equal(ExitCode.Findings, code);
        Assert.Contains("Opioids", output, StringComparison.Ordinal);

        var written = Run("catalogue", "verify", "--pdf", pdf, "--document", "test.guide", "--catalogue", folder, "--write");
        Assert.True(written.Code == ExitCode.Clean, written.Output + written.Error);
        string text = File.ReadAllText(Path.Combine(folder, "guide.imrcite.json"));
        Assert.Contains("\"opioids\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"2-3\"", text, StringComparison.Ordinal); // the wrong pages are gone
        Assert.Contains("\"verified\"", text, StringComparison.Ordinal);
        Assert.Equal(ExitCode.Clean, Run("catalogue", "check", folder).Code);
    }

    [Fact]
    public void CheckWritesSarifForCatalogueErrors()
    {
        string folder = Catalogue("""{ "id": "intro", "title": "Introduction", "pages": "1-9" }""");
        var (code, output, _) = Run("catalogue", "check", folder, "--format", "sarif");
        Assert.Equal(ExitCode.Findings, code);
        using var sarif = JsonDocument.Parse(output);
        var result = sarif.RootElement.GetProperty("runs")[0].GetProperty("results")[0];
        Assert.Equal("IMR0009", result.GetProperty("ruleId").GetString());
        Assert.Equal(5, result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
    }

    [Fact]
    public void CheckWithShippedValidatesATeamFileThatCitesAShippedSource()
    {
        // A team's document under the shipped "mtus" source: alone it names an unknown source (IMR0014).
        string folder = Directory.CreateTempSubdirectory("imrcite-cli-").FullName;
        string file = Path.Combine(folder, "team.imrcite.json");
        File.WriteAllText(file, """
            { "documents": [ { "id": "team.notes", "source": "mtus", "title": "Team Notes on the MTUS", "codeName": "TeamNotes",
              "edition": "2020", "effectiveFrom": "2020-01-01", "sourceNote": "Test." } ] }
            """);
        var alone = Run("catalogue", "check", file);
        Assert.Equal(ExitCode.Findings, alone.Code);
        Assert.Contains("IMR0014", alone.Output, StringComparison.Ordinal);

        var beside = Run("catalogue", "check", "--with-shipped", file);
        Assert.True(beside.Code == ExitCode.Clean, beside.Output + beside.Error);
        Assert.Contains(" 0 diagnostic(s)", beside.Output, StringComparison.Ordinal);
    }

    /// <summary>Five pages with "Page N of 5" footers; Opioids opens page 3 where the catalogue says 2.</summary>
    private static byte[] GuidePdf()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        string?[] headings = { "Introduction", null, "Opioids", "NSAIDs and GI risk", null };
        for (int n = 1; n <= 5; n++)
        {
            var page = builder.AddPage(612, 792);
            double y = 740;
            if (headings[n - 1] is { } heading)
            {
                page.AddText(heading, 16, new PdfPoint(72, y), font);
                y -= 30;
            }
            for (int i = 0; i < 10; i++)
            {
                page.AddText($"Body text line {i + 1} on page {n} about the evidence.", 10, new PdfPoint(72, y), font);
                y -= 14;
            }
            page.AddText($"Page {n} of 5", 9, new PdfPoint(280, 30), font);
        }
        return builder.Build();
    }
}
