using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace ImrCite.Cli.Tests;

/// <summary>
/// How lint reads a letter's statements and rationale, on synthetic letters of our own: an unverified topic is
/// counted apart and still a reviewer's citation, findings about letter text are one line, a bracket around a
/// rationale's page is no malformed citation, and the JSON carries each citation's outcome and one-line form.
/// </summary>
public sealed class LetterReadingTests
{
    private const string Letter = """
        Case Number:          CM17-9990101
        Decision Date:        02/14/2017

                          IMR ISSUES, DECISIONS AND RATIONALES
        The Final Determination was based on decisions for the disputed items/services set forth below:

        Home traction unit for the neck: Upheld

        Claims Administrator guideline: Decision based on Non-MTUS Citation Official Disability
        Guidelines (ODG), Neck and Upper Back (Acute & Chronic), Home cervical traction
        devices, pneumatic.

        MAXIMUS guideline: The Expert Reviewer based their decision on recommendation(s) outside
        of the MTUS Guidelines. Decision based on Non-MTUS Citation Official Disability Guidelines
        (ODG) Neck and Upper Back Chapter (Online Version), Home cervical traction devices,
        pneumatic.

        Decision rationale: The MTUS Chronic Pain Medical Treatment Guidelines (page 98) state that
        passive modalities are not recommended in isolation. ODG does not recommend powered traction
        devices. The request is not medically necessary.

        Norco 10/325mg #60: Upheld

        Claims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016,
        Section(s): Opioids, criteria
        for uese.

        MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s):
        Opioids, criteria for use.

        Decision rationale: Continued use is not supported.
        """;

    private static string Write()
    {
        string folder = Tool.TempFolder();
        string path = Path.Combine(folder, "CM17-9990101.txt");
        File.WriteAllText(path, Letter.Replace("\r\n", "\n", StringComparison.Ordinal));
        return path;
    }

    [Fact]
    public void AnUnverifiedTopicIsCountedApartAndIsStillTheReviewersCitation()
    {
        var (_, output, _) = Tool.Run("lint", Write(), "--no-color");
        Assert.Contains("note IMR0113", output, StringComparison.Ordinal);
        Assert.DoesNotContain("IMR0201", output, StringComparison.Ordinal); // the reviewer did cite a guideline
        Assert.Contains(" unverified;", output, StringComparison.Ordinal);
    }

    [Fact]
    public void ABracketAroundARationalesPageIsNoMalformedCitation()
    {
        var (_, output, _) = Tool.Run("lint", Write(), "--no-color");
        Assert.DoesNotContain("IMR0100", output, StringComparison.Ordinal);
    }

    [Fact]
    public void AFindingAboutTextThatWrapsIsOneLineAndTheMisspellingIsTheFinding()
    {
        var (_, output, _) = Tool.Run("lint", Write(), "--no-color");
        string finding = Assert.Single(output.Split('\n'), line => line.Contains("error IMR0102", StringComparison.Ordinal));
        Assert.Contains("'Opioids, criteria for uese'", finding, StringComparison.Ordinal);
        Assert.Contains("did you mean 'Opioids, criteria for use'", finding, StringComparison.Ordinal);
    }

    [Fact]
    public void TheJsonGivesEachCitationsOutcomeAndItsOneLineForm()
    {
        var (_, output, _) = Tool.Run("lint", Write(), "--format", "json");
        using var json = JsonDocument.Parse(output);
        var citations = json.RootElement.GetProperty("citations").EnumerateArray().ToList();
        var unverified = citations.First(c => c.GetProperty("outcome").GetString() == "unverified");
        string text = unverified.GetProperty("text").GetString()!;
        string display = unverified.GetProperty("display").GetString()!;
        Assert.Contains('\n', text);
        Assert.DoesNotContain('\n', display);
        Assert.Equal("Home cervical traction devices, pneumatic", display);
        Assert.StartsWith("Official Disability Guidelines (ODG), Neck and Upper Back", unverified.GetProperty("recognised").GetString(), StringComparison.Ordinal);
        Assert.All(citations, c => Assert.Contains(c.GetProperty("outcome").GetString(), new[] { "resolved", "unverified", "unresolved" }));
        var summary = json.RootElement.GetProperty("summary").EnumerateArray().Single();
        Assert.Equal(2, summary.GetProperty("unverifiedSpans").GetInt32());
    }

    [Fact]
    public void StatsSummariseTheJson()
    {
        string folder = Tool.TempFolder();
        var (_, lint, _) = Tool.Run("lint", Write(), "--format", "json");
        string json = Path.Combine(folder, "lint.json");
        File.WriteAllText(json, lint);
        var (code, output, _) = Tool.Run("stats", json, "--format", "json");
        Assert.Equal(ExitCode.Clean, code);
        using var stats = JsonDocument.Parse(output);
        var root = stats.RootElement;
        Assert.Equal(1, root.GetProperty("letters").GetInt32());
        Assert.Equal(2, root.GetProperty("disputedItems").GetInt32());
        Assert.Equal(2, root.GetProperty("citations").GetProperty("unverified").GetInt32());
        Assert.Equal(1, root.GetProperty("findingsByRule").GetProperty("IMR0102").GetProperty("errors").GetInt32());
        Assert.Equal(1, root.GetProperty("lettersWithErrors").GetInt32());
        Assert.Equal("Opioids, criteria for uese", root.GetProperty("unresolvedNames")[0].GetProperty("name").GetString());
    }
}
