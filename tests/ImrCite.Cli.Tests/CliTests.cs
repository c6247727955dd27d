using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using ImrCite.Cli;
using ImrCite.Cli.Letters;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using Xunit;

namespace ImrCite.Cli.Tests;

/// <summary>The imrcite command line, run in-process on the project's own synthetic letters (samples/letters).</summary>
public sealed class CliTests
{
    private static string Samples => Tool.Samples;

    private static (ExitCode Code, string Output, string Error) Run(params string[] args) => Tool.Run(args);

    private static string Letter(string name) => Path.Combine(Samples, name);

    [Fact]
    public void TheReaderFindsItemsDecisionsAndBlocks()
    {
        var structure = LetterReader.Read(File.ReadAllText(Letter("CM15-0000102.txt")));
        Assert.Equal(new Catalogue.GuidelineDate(2015, 5, 2), structure.DecisionDate);
        Assert.Equal(new[] { "Carisoprodol (Soma) 350 mg #60", "Tramadol ER 150 mg #30" }, structure.Items.Select(i => i.Text));
        Assert.Equal(new[] { "Upheld", "Overturned" }, structure.Items.Select(i => i.Decision));
        Assert.All(structure.Items, i => Assert.True(i.ClaimsAdministrator is not null && i.Maximus is not null && i.Rationale is not null));
    }

    [Fact]
    public void AWrappedItemLineIsOneItem()
    {
        const string text = "IMR ISSUES, DECISIONS AND RATIONALES\nThe Final Determination was based on decisions for the disputed items/services set forth below:\n\nNorco 10/325 m\ng #90 with 2 refills: Upheld\n\nMAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Opioids Page(s): 74-96.\n\nDecision rationale: Not supported.\n";
        var item = Assert.Single(LetterReader.Read(text).Items);
        Assert.Equal("Norco 10/325 m g #90 with 2 refills", item.Text);
    }

    [Fact]
    public void ALetterWithoutADisputedItemIsReportedNotPassedAsClean()
    {
        string folder = Directory.CreateTempSubdirectory().FullName;
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "Notes for the file. The review is pending.\n");
        var (code, output, _) = Run("lint", folder);
        Assert.Equal(ExitCode.Clean, code); // a warning by default
        Assert.Contains("notes.txt(1,1): warning IMR0204: No disputed item with a decision", output, StringComparison.Ordinal);

        // A PDF with no text layer (a scan) says so; raised to an error, it fails the gate.
        var builder = new PdfDocumentBuilder();
        builder.AddPage(PageSize.Letter);
        string scan = Path.Combine(folder, "scan.pdf");
        File.WriteAllBytes(scan, builder.Build());
        var (strictCode, strict, _) = Run("lint", scan, "--severity", "IMR0204=error");
        Assert.Equal(ExitCode.Findings, strictCode);
        Assert.Contains("error IMR0204: No text could be read from the letter (a scanned PDF has no text layer: run OCR on it first)", strict, StringComparison.Ordinal);

        // A real letter is not reported.
        Assert.DoesNotContain("IMR0204", Run("lint", Letter("CM15-0000102.txt")).Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Soma 350 mg #60: Upheld", "Soma 350 mg #60", "Upheld")]
    [InlineData("Soma 350 mg #60 \t:\t Partially Overturned \t", "Soma 350 mg #60", "Partially Overturned")]
    [InlineData("Soma 350 mg #60:\n  OVERTURNED", "Soma 350 mg #60", "Overturned")]
    [InlineData("Physical therapy: knee: partially overturned", "Physical therapy: knee", "Partially Overturned")]
    [InlineData("Follow-up visit ::  Upheld", "Follow-up visit :", "Upheld")]
    public void AnItemLineIsReadWhateverItsSpacingColonsAndCase(string line, string item, string decision)
    {
        string text = "IMR ISSUES, DECISIONS AND RATIONALES\nThe Final Determination was based on decisions for the disputed items/services set forth below:\n\n"
            + line + "\n\nMAXIMUS guideline \t: Decision based on MTUS Chronic Pain Treatment Guidelines Opioids Page(s): 74-96.\n\nDECISION RATIONALE:Not supported.\n";
        var read = Assert.Single(LetterReader.Read(text).Items);
        Assert.Equal(item, read.Text);
        Assert.Equal(decision, read.Decision);
        // The labels are found whatever their case and the spaces before their colon; a block starts after the colon.
        Assert.Equal(" Decision based on", text.Substring(read.Maximus!.Value.Start, " Decision based on".Length));
        Assert.Equal("Not supported.", text.Substring(read.Rationale!.Value.Start, "Not supported.".Length));
    }

    [Fact]
    public void APartlyAuthorizedRequestDisputesWhatRemains()
    {
        const string text = "IMR ISSUES, DECISIONS AND RATIONALES\nThe Final Determination was based on decisions for the disputed items/services set forth below:\n"
            + "Tramadol 50 mg #120 was the original request. Tramadol 50 mg #60 was authorized by the Claims Administrator. The remaining IMR eligible\n"
            + "portion of the original request, Tramadol 50 mg #60 is:  Upheld\n"
            + "MAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Opioids Page(s): 74-96.\n"
            + "Decision rationale: Not supported.\n";
        var item = Assert.Single(LetterReader.Read(text).Items);
        Assert.Equal("Tramadol 50 mg #60", item.Text);
        Assert.Equal("Tramadol 50 mg #60", text.Substring(item.Line.Start, "Tramadol 50 mg #60".Length));
        Assert.Equal("Upheld", item.Decision);

        // The closing "is" may stand on the decision's line.
        string wrapped = text.Replace("Tramadol 50 mg #60 is:  Upheld", "Tramadol 50 mg #60\nis: Upheld", StringComparison.Ordinal);
        Assert.Equal("Tramadol 50 mg #60", Assert.Single(LetterReader.Read(wrapped).Items).Text);

        // A sentence that names nothing after "original request," keeps its whole line.
        string empty = text.Replace("original request, Tramadol 50 mg #60 is:", "original request, is:", StringComparison.Ordinal);
        Assert.Equal("portion of the original request, is", Assert.Single(LetterReader.Read(empty).Items).Text);
    }

    [Fact]
    public void LintReportsTopicMismatchesPagesTotalsAndRegulationsWithLocations()
    {
        var (code, output, _) = Run("lint", Samples);
        Assert.Equal(ExitCode.Findings, code);
        Assert.Contains("CM15-0000101.txt(21,90): warning IMR0200: 'Opioids' is cited for 'Diazepam (Valium) 5 mg #30'", output, StringComparison.Ordinal);
        Assert.Contains("warning IMR0200: 'NSAIDs, GI symptoms & cardiovascular risk' is cited for 'Carisoprodol (Soma) 350 mg #60'", output, StringComparison.Ordinal);
        Assert.Contains("warning IMR0104: Page(s) 80–81 are outside 'Weaning of medications'", output, StringComparison.Ordinal);
        Assert.Contains("CM15-0000102.txt(23,10): error IMR0106", output, StringComparison.Ordinal);
        Assert.Contains("error IMR0108: '972.26'", output, StringComparison.Ordinal);
        Assert.Contains("warning IMR0201: The decision on 'Lumbar support brace'", output, StringComparison.Ordinal);
        Assert.Contains("warning IMR0202: The decision on 'Lumbar support brace'", output, StringComparison.Ordinal);
        Assert.Contains("             ^~~", output, StringComparison.Ordinal); // the "112" underlined
    }

    [Fact]
    public void ValidCitationsRaiseNoErrors()
    {
        var (code, output, _) = Run("lint", Letter("CM15-0000101.txt"));
        Assert.Equal(ExitCode.Clean, code);
        Assert.DoesNotContain(": error ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonHasTheDocumentedFields()
    {
        var (_, output, _) = Run("lint", Samples, "--format", "json");
        using var json = JsonDocument.Parse(output);
        var citation = json.RootElement.GetProperty("citations").EnumerateArray().First(c => c.GetProperty("role").GetString() == "maximus");
        foreach (string field in new[] { "file", "line", "column", "endLine", "endColumn", "text", "role", "disputedItem", "normalized", "document", "section", "pages" })
        {
            Assert.True(citation.TryGetProperty(field, out _), field);
        }
        var finding = json.RootElement.GetProperty("findings").EnumerateArray().First();
        foreach (string field in new[] { "ruleId", "severity", "message", "file", "line", "column", "endLine", "endColumn", "fingerprint" })
        {
            Assert.True(finding.TryGetProperty(field, out _), field);
        }
        Assert.Contains(json.RootElement.GetProperty("citations").EnumerateArray(), c => c.GetProperty("section").GetString() == "mtus.cpmtg.2009/benzodiazepines" && c.GetProperty("pages").GetString() == "24");
    }

    [Fact]
    public void SarifHasRulesResultsRegionsAndFingerprints()
    {
        var (_, output, _) = Run("lint", Samples, "--format", "sarif");
        using var sarif = JsonDocument.Parse(output);
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        var run = sarif.RootElement.GetProperty("runs")[0];
        Assert.Contains(run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray(), r => r.GetProperty("id").GetString() == "IMR0200");
        var result = run.GetProperty("results").EnumerateArray().First(r => r.GetProperty("ruleId").GetString() == "IMR0106");
        Assert.Equal("error", result.GetProperty("level").GetString());
        var region = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal(23, region.GetProperty("startLine").GetInt32());
        Assert.Equal(10, region.GetProperty("startColumn").GetInt32());
        Assert.False(string.IsNullOrEmpty(result.GetProperty("partialFingerprints").GetProperty("imrciteFinding/v1").GetString()));
    }

    [Fact]
    public void SarifLocationsAreEscapedRelativeReferencesOrAbsoluteFileUris()
    {
        string root = Directory.CreateTempSubdirectory("imrcite-sarif-").FullName;
        string inside = Path.Combine(root, "my letters", "a b.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(inside)!);
        File.WriteAllText(inside, "Not a letter.\n");
        var linter = new LetterLinter(Catalogue.GuidelineCatalogue.Empty);
        var report = linter.Lint(LetterDocument.FromText(inside, File.ReadAllText(inside)));

        string SarifUri(string workingDirectory)
        {
            var output = new StringWriter();
            var sink = new ImrCite.Cli.Output.Sarif.SarifLintSink(output, workingDirectory);
            sink.Add(report);
            sink.Complete();
            using var sarif = JsonDocument.Parse(output.ToString());
            return sarif.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("locations")[0]
                .GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!;
        }

        Assert.Equal("my%20letters/a%20b.txt", SarifUri(root));
        string elsewhere = Directory.CreateTempSubdirectory("imrcite-elsewhere-").FullName;
        Assert.Equal(new Uri(inside).AbsoluteUri, SarifUri(elsewhere));
        Assert.StartsWith("file:///", SarifUri(elsewhere), StringComparison.Ordinal);
    }

    [Fact]
    public void ARationaleCitationThatDoesNotResolveIsReported()
    {
        string text = File.ReadAllText(Letter("CM15-0000101.txt")).Replace(
            "The MTUS Chronic Pain Medical Treatment Guidelines, page 80,", "The MTUS Spine Handbook, page 80,", StringComparison.Ordinal);
        var output = new StringWriter();
        CommandLine.Run(new[] { "lint", "-" }, output, new StringWriter(), new StringReader(text));
        Assert.Contains("warning IMR0203: 'MTUS Spine Handbook, page 80", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("5 citation-like span(s), 4 resolved", output.ToString(), StringComparison.Ordinal); // the original letter: 5 of 5
    }

    [Fact]
    public void StandardInputIsALetter()
    {
        var output = new StringWriter();
        var code = (ExitCode)CommandLine.Run(new[] { "lint", "-" }, output, new StringWriter(), new StringReader(File.ReadAllText(Letter("CM15-0000102.txt"))));
        Assert.Equal(ExitCode.Findings, code);
        Assert.Contains("-(23,10): error IMR0106", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void IncludeAndExcludeGlobsSelectFilesInFolders()
    {
        var (code, output, _) = Run("lint", Samples, "--exclude", "CM15-0000102*", "--exclude", "CM15-0000103*");
        Assert.Equal(ExitCode.Clean, code);
        Assert.DoesNotContain("CM15-0000102", output, StringComparison.Ordinal);
        Assert.Contains("CM15-0000101.txt: 2 disputed item(s)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void FingerprintsDoNotDependOnLineNumbers()
    {
        string a = LetterLinter.Fingerprint("x/CM1.pdf", "Norco 10/325 #90", "opioids", "IMR0104");
        string b = LetterLinter.Fingerprint("y/CM1.txt", "Norco  10/325 #90", "opioids", "IMR0104");
        Assert.Equal(a, b);
        Assert.NotEqual(a, LetterLinter.Fingerprint("x/CM1.pdf", "Norco 10/325 #90", "opioids", "IMR0105"));
    }

    [Fact]
    public void AnUnreadableFileIsNamedAndTheOthersAreStillChecked()
    {
        string folder = Directory.CreateTempSubdirectory().FullName;
        File.WriteAllText(Path.Combine(folder, "broken.pdf"), "this is not a PDF");
        File.Copy(Letter("CM15-0000102.txt"), Path.Combine(folder, "good.txt"));
        var (code, output, error) = Run("lint", folder);
        Assert.Equal(ExitCode.UsageOrInput, code);
        Assert.Contains("broken.pdf: cannot read the letter", error, StringComparison.Ordinal);
        Assert.Contains("good.txt(23,10): error IMR0106", output, StringComparison.Ordinal);
        Assert.Equal(ExitCode.UsageOrInput, Run("lint", Path.Combine(folder, "missing.txt")).Code);
    }

    [Fact]
    public void APdfLetterIsReadWithPagesLinesAndColumns()
    {
        string[] first = { "IMR ISSUES, DECISIONS AND RATIONALES", "Valium 5 mg #30: Upheld", "Claims Administrator guideline: Decision based on MTUS Chronic Pain", "Treatment Guidelines Opioids." };
        string[] second = { "MAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines", "Benzodiazepines Page(s): 24.", "Decision rationale: Not supported for long-term use." };
        string path = Tool.PdfLetter("letter.pdf", first, second);
        var (_, output, _) = Run("lint", path, "--format", "json");
        using var json = JsonDocument.Parse(output);
        var mismatch = json.RootElement.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "IMR0200");
        Assert.Equal(1, mismatch.GetProperty("page").GetInt32());
        var benzodiazepines = json.RootElement.GetProperty("citations").EnumerateArray().Single(c => c.GetProperty("section").GetString() == "mtus.cpmtg.2009/benzodiazepines");
        Assert.Equal(2, benzodiazepines.GetProperty("page").GetInt32());
    }

    [Fact]
    public void APageBreakIsNeitherACitedPageNorTheEndOfACitation()
    {
        // The page marker between PDF pages ("=== page 2 ===") must not be read as "page 2" of the
        // statement before it, and a guideline name broken by the page break must still resolve.
        string[] first =
        {
            "IMR ISSUES, DECISIONS AND RATIONALES",
            "Lumbar MRI: Upheld",
            "Claims Administrator guideline: Decision based on Non-MTUS Citation American College",
        };
        string[] second =
        {
            "of Occupational and Environmental Medicine (ACOEM) Pain, Suffering, and the Restoration of",
            "Function Chapter.",
            "MAXIMUS guideline: Decision based on MTUS Low Back Complaints 2004, Section(s):",
            "General Approach.",
        };
        string[] third = { "Decision rationale: Imaging is not indicated without red flags." };
        var (_, output, _) = Run("lint", Tool.PdfLetter("letter.pdf", first, second, third), "--format", "json");
        using var json = JsonDocument.Parse(output);
        var findings = json.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()).ToList();
        Assert.DoesNotContain("IMR0105", findings);
        Assert.DoesNotContain("IMR0101", findings);
        var sections = json.RootElement.GetProperty("citations").EnumerateArray()
            .Select(c => c.TryGetProperty("section", out var section) && section.ValueKind == JsonValueKind.String ? section.GetString() : c.GetProperty("document").GetString()).ToList();
        Assert.Contains("acoem.2004.ch6", sections);
        Assert.Contains(sections, s => s is not null && s.StartsWith("acoem.2004.ch12/", StringComparison.Ordinal));
    }

    [Fact]
    public void AnItemAtTheTopOfAPageDoesNotWrapOntoThePageBefore()
    {
        string[] first = { "IMR ISSUES, DECISIONS AND RATIONALES", "Case Number CM26-0000009" };
        string[] second =
        {
            "Norco 10/325 mg #60: Upheld",
            "MAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Opioids Page(s): 74-96.",
            "Decision rationale: Not supported.",
        };
        var letter = LetterDocument.Load(Tool.PdfLetter("letter.pdf", first, second));
        var item = Assert.Single(LetterReader.Read(letter.ScanText).Items);
        Assert.Equal("Norco 10/325 mg #60", item.Text);
        Assert.Equal(letter.Lines.GetLocation(item.Line.Start, 1).StartLine, letter.Text.Split('\n').ToList().FindIndex(l => l.StartsWith("Norco", StringComparison.Ordinal)) + 1);
    }

    [Fact]
    public void APdfNamedAsTextIsReadAsThePdfItIsAndWithinThePdfCap()
    {
        string[] first = { "IMR ISSUES, DECISIONS AND RATIONALES", "Case Number CM26-0000010" };
        string[] second =
        {
            "Norco 10/325 mg #60: Upheld",
            "MAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Opioids Page(s): 74-96.",
        };
        string pdf = Tool.PdfLetter("letter.pdf", first, second);
        string misnamed = Path.Combine(Tool.TempFolder(), "letter.txt");
        File.Copy(pdf, misnamed);
        long size = new FileInfo(pdf).Length;
        // Within the text cap, the bytes read as text are the PDF's: the same text as the file named .pdf.
        var asText = LetterDocument.Read(misnamed, LetterLimits.Default);
        Assert.Equal(LetterDocument.Load(pdf).Text, asText.Letter!.Text);
        // Over the PDF cap (five times the text cap), by name or by content alike, the PDF is refused without being read.
        var limits = new LetterLimits(size / 5 - 1, 1_000);
        foreach (string path in new[] { pdf, misnamed })
        {
            var refused = LetterDocument.Read(path, limits);
            Assert.Null(refused.Letter);
            Assert.Equal("IMR0205", refused.Refusal!.Id);
        }
    }

    [Fact]
    public void SeverityCanBeChangedPerRule()
    {
        var (code, output, _) = Run("lint", Samples, "--severity", "IMR0106=warning", "--severity", "IMR0108=none");
        Assert.Equal(ExitCode.Clean, code);
        Assert.Contains("warning IMR0106", output, StringComparison.Ordinal);
        Assert.DoesNotContain("IMR0108", output, StringComparison.Ordinal);
        Assert.Equal(ExitCode.UsageOrInput, Run("lint", Samples, "--severity", "IMR9999=error").Code);
    }

    [Fact]
    public void ExplainDescribesABuildRule()
    {
        var (code, output, _) = Run("explain", "IMR0300");
        Assert.Equal(ExitCode.Clean, code);
        Assert.Contains("ImrCite.Build", output, StringComparison.Ordinal);
        Assert.Contains("docs/diagnostics/IMR0300.md", output, StringComparison.Ordinal);
    }

    [Fact]
    public void ExplainDescribesARule()
    {
        var (code, output, _) = Run("explain", "IMR0106");
        Assert.Equal(ExitCode.Clean, code);
        Assert.Contains("Stated page total contradicts the document", output, StringComparison.Ordinal);
        Assert.Contains("docs/diagnostics/IMR0106.md", output, StringComparison.Ordinal);
        Assert.Equal(ExitCode.UsageOrInput, Run("explain", "IMR9999").Code);
    }

    [Fact]
    public void TheShippedCatalogueChecksCleanAndIsCanonical()
    {
        string catalogue = Path.Combine(RepositoryFiles.Root, "guidelines", "catalogue");
        var check = Run("catalogue", "check", catalogue);
        Assert.True(check.Code == ExitCode.Clean, check.Output);
        var fmt = Run("catalogue", "fmt", "--check", catalogue);
        Assert.True(fmt.Code == ExitCode.Clean, fmt.Output);
    }

    [Fact]
    public void CatalogueCheckLocatesErrors()
    {
        string file = Path.Combine(Directory.CreateTempSubdirectory().FullName, "bad.imrcite.json");
        File.WriteAllText(file, "{\n  \"sources\": [ { \"id\": \"mtus\", \"name\": \"M\", \"tier\": \"mtus\" } ]\n  \"documents\": []\n}\n");
        var (code, output, _) = Run("catalogue", "check", file);
        Assert.Equal(ExitCode.Findings, code);
        Assert.Contains("bad.imrcite.json(3,3): error IMR0001", output, StringComparison.Ordinal);
    }
}
