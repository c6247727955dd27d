using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ImrCite.Cli.Letters;
using ImrCite.Cli.Tests.Layout;
using Xunit;

namespace ImrCite.Cli.Tests;

/// <summary>
/// A letter's findings do not depend on its layout: laid out again — other line widths, page breaks in other places with
/// running footers and heads of other shapes, words hyphenated at line ends, CRLF, doubled or no-break spaces, curly
/// quotes, dashes and ligatures, other indentation (<see cref="LayoutVariants"/>) — a letter gives the same items,
/// citations and findings, positions aside (<see cref="LayoutFindings"/>). Run on synthetic letters of our own here and,
/// by <c>scripts/layout-invariance.sh</c>, on folders of real letters and through PDFs printed by chromium.
/// </summary>
public sealed class LayoutInvarianceTests
{
    /// <summary>A letter of the 2016–17 layout, with the shapes whose reading layout could disturb.</summary>
    private const string Letter2016 = """
        Case Number:          CM26-9990501
        Date Assigned:        01/09/2017                      Date of Injury:      03/14/2012
        Decision Date:        02/06/2017                      UR Denial Date:      12/20/2016
        Priority:             Standard                        Application          12/28/2016
                                                              Received:

                         HOW THE IMR FINAL DETERMINATION WAS MADE
        MAXIMUS Federal Services sent the complete case file to an expert reviewer. The expert reviewer
        was selected based on clinical experience, education, background, and expertise in the same or
        similar specialties that evaluate and/or treat the medical condition and disputed items/Service.

                                    CLINICAL CASE SUMMARY
        The injured worker is a 51 year old man hurt on 03/14/2012 while lifting a crate. He reports
        chronic low back pain radiating to the left leg, rated 7/10 without medication and 4/10 with it.
        Utilization review on 12/20/2016 non-certified the requests below.

                          IMR ISSUES, DECISIONS AND RATIONALES
        The Final Determination was based on decisions for the disputed items/services set forth below:

        Norco 10/325 mg #120: Upheld

        Claims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines
        Opioids, criteria for use Page(s): 76-80 of 112.

        MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines Opioids,
        specific drug list; Opioids, criteria for use Page(s): 76-80, 91.

        Decision rationale: The MTUS Chronic Pain Medical Treatment Guidelines recommend continued
        opioid treatment only with documented functional improvement and ongoing monitoring for
        aberrant behavior. The records do not document an improvement in function, and no urine drug
        screen is on file. Therefore the request for Norco 10/325 mg #120 is not medically necessary.

        Lumbar epidural steroid injection at left L4-L5 and L5-S1 under fluoroscopic guidance: Overturned

        Claims Administrator guideline: Decision based on Non-MTUS Citation ODG Low Back - Lumbar &
        Thoracic (Acute & Chronic), Epidural steroid injections (ESIs), therapeutic.

        MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines Epidural
        steroid injections (ESIs) Page(s): 46.

        Decision rationale: Per the MTUS Chronic Pain Medical Treatment Guidelines, epidural steroid
        injections are recommended as an option for radicular pain, defined as pain in a dermatomal
        distribution with corroborative findings of radiculopathy. The examination documents a
        positive straight leg raise and diminished sensation in the left L5 dermatome, corroborated by
        imaging. The request is medically necessary.

        Cyclobenzaprine 7.5 mg #60: Upheld

        Claims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines
        Muscle relaxants (for pain) Page(s): 63-66.

        MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines Muscle
        relaxants (for pain); Cyclobenzaprine (Flexeril) Page(s): 41-42, 63-66.

        Decision rationale: Per the MTUS Chronic Pain Medical Treatment Guidelines, page 41, cyclobenzaprine
        is recommended for a short course of therapy. The request for a further 60 tablets exceeds that
        course. The request is not medically necessary.
        """;

    /// <summary>A letter of the 2014–15 layout: every line followed by a blank line, a remaining portion of a request.</summary>
    private const string Letter2015 = """
        Case Number: CM26-9990502

        Decision Date: 05/11/2015

                     IMR ISSUES, DECISIONS AND RATIONALES

        The Final Determination was based on decisions for the disputed items/services set forth below:

        Tramadol ER 150 mg #60 was the original request. Tramadol ER 150 mg #30 was authorized by the Claims

        Administrator. The remaining IMR eligible portion of the original request, Tramadol ER 150 mg #30 is: Upheld

        Claims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines

        Tramadol (Ultram) Page(s): 93-94.

        MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines Weaning of

        Medications Page(s): 124.

        Decision rationale: The Chronic Pain Medical Treatment Guidelines support weaning rather than an abrupt

        stop. The partial certification allowed for weaning. The request is not medically necessary.

        Aquatic therapy 2 x 4 for the low back: Overturned

        Claims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines

        Aquatic therapy Page(s): 22.

        MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines Aquatic

        therapy; Physical Medicine Page(s): 22, 98-99.

        Decision rationale: Aquatic therapy is an option where reduced weight bearing is desirable, as in

        this obese claimant. The request is medically necessary.

        """;

    public static TheoryData<string, string> SyntheticLettersInEveryLayout()
    {
        var data = new TheoryData<string, string>();
        foreach (string letter in new[] { nameof(Letter2016), nameof(Letter2015) })
        {
            foreach (var variant in LayoutVariants.All)
            {
                data.Add(letter, variant.Name);
            }
        }
        return data;
    }

    private static string SyntheticLetter(string name) => (name == nameof(Letter2016) ? Letter2016 : Letter2015).Replace("\r\n", "\n", StringComparison.Ordinal);

    [Theory]
    [MemberData(nameof(SyntheticLettersInEveryLayout))]
    public void ASyntheticLetterKeepsItsFindingsInEveryLayout(string letter, string variantName)
    {
        string text = SyntheticLetter(letter);
        var variant = LayoutVariants.All.Single(v => v.Name == variantName);
        string laidOut = variant.Apply(text);
        Assert.NotEqual(text, laidOut);
        var original = LayoutFindings.Of(LetterDocument.FromText(letter + ".txt", text));
        var (lost, gained) = LayoutFindings.Differences(original, LayoutFindings.Of(LetterDocument.FromText(letter + ".txt", laidOut)));
        Assert.True(lost.Count + gained.Count == 0, $"{variantName}: lost\n  {string.Join("\n  ", lost)}\ngained\n  {string.Join("\n  ", gained)}");
    }

    [Fact]
    public void TheSyntheticLettersHaveFindingsToLose()
    {
        // The comparison is only as strong as what there is to compare: items, citations of each role, an error.
        var keys = LayoutFindings.Of(LetterDocument.FromText("letter.txt", SyntheticLetter(nameof(Letter2016))));
        Assert.Equal(3, keys.Count(k => k.StartsWith("item", StringComparison.Ordinal)));
        Assert.Contains(keys, k => k.StartsWith("finding", StringComparison.Ordinal) && k.Contains("Warning", StringComparison.Ordinal));
        Assert.Contains(keys, k => k.Contains("Rationale:", StringComparison.Ordinal));
        var keys2015 = LayoutFindings.Of(LetterDocument.FromText("letter.txt", SyntheticLetter(nameof(Letter2015))));
        Assert.Contains("item     [Tramadol ER 150 mg #30] Upheld", keys2015);
    }

    [Fact]
    public void ReWrappingNeverBreaksAWordAndHyphenationOnlyLongWords()
    {
        string text = SyntheticLetter(nameof(Letter2016));
        string Words(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        foreach (int width in new[] { 60, 80, 110 })
        {
            string wrapped = LayoutVariants.Rewrap(text, width);
            Assert.Equal(Words(text), Words(wrapped));
            Assert.All(wrapped.Split('\n'), line => Assert.True(line.Length <= Math.Max(width, 100) || line.Contains("   ", StringComparison.Ordinal), line));
            string hyphenated = LayoutVariants.Rewrap(text, width, hyphenate: true);
            Assert.Equal(Words(text), LayoutFindings.Normalize(Words(hyphenated)));
        }
        Assert.Contains("-\n", LayoutVariants.Rewrap(text, 60, hyphenate: true), StringComparison.Ordinal);
    }

    [Fact]
    public void MovedPageBreaksCarryTheirFurnitureAndDropTheLettersOwn()
    {
        string text = "Case Number: CM26-9990501\nDecision Date: 02/06/2017\n" + string.Concat(Enumerable.Range(1, 40).Select(i => $"line {i}\n")) + "\fend\n";
        string paged = LayoutVariants.Paginate(text, 19, PageFurnitureStyle.CaseFooterAndHead);
        Assert.Equal(2, paged.Count(c => c == '\f'));
        Assert.Contains("CM26-9990501                 Page 1 of 3\n\fCase Number: CM26-9990501\n", paged, StringComparison.Ordinal);
        Assert.Contains("\fIMR Case Number: CM26-9990501\nFebruary 6, 2017\n", LayoutVariants.Paginate(text, 19, PageFurnitureStyle.CaseAndDateHead), StringComparison.Ordinal);
    }

    /// <summary>
    /// The corpus run: every text letter of the folders in IMRCITE_LAYOUT_LETTERS (separated by the path separator; by
    /// default the repository's own synthetic letters, samples/letters) in every layout, and with IMRCITE_LAYOUT_PDF=1 also
    /// printed to PDF by chromium in each <see cref="LetterPdf.Styles"/>; every difference is written to
    /// IMRCITE_LAYOUT_REPORT when it is set. scripts/layout-invariance.sh runs it on real letters.
    /// </summary>
    [Fact]
    public void TheLettersOfACorpusKeepTheirFindingsInEveryLayout()
    {
        string folders = Environment.GetEnvironmentVariable("IMRCITE_LAYOUT_LETTERS") is { Length: > 0 } given
            ? given
            : ImrCite.Testing.RepositoryPaths.Combine("samples", "letters");
        bool pdf = Environment.GetEnvironmentVariable("IMRCITE_LAYOUT_PDF") == "1";
        var files = folders.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(folder => File.Exists(folder) ? new[] { folder } : (IEnumerable<string>)Directory.GetFiles(folder, "*.txt", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal))
            .ToList();
        Assert.NotEmpty(files);
        var report = new StringBuilder();
        int comparisons = 0, differing = 0, lostTotal = 0, gainedTotal = 0;
        string? work = pdf ? Directory.CreateTempSubdirectory("imrcite-layout-pdf-").FullName : null;
        try
        {
            foreach (string file in files)
            {
                string text = File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal);
                string name = Path.GetFileName(file);
                var original = LayoutFindings.Of(LetterDocument.FromText(name, text));
                var laidOut = LayoutVariants.All.Select(variant => (variant.Name, Letter: LetterDocument.FromText(name, variant.Apply(text)))).ToList();
                if (work is not null)
                {
                    var layout = LetterLayout.Parse(text);
                    foreach (var style in LetterPdf.Styles)
                    {
                        string html = Path.Combine(work, Path.ChangeExtension(name, null) + "." + style.Name + ".html");
                        string printed = Path.ChangeExtension(html, ".pdf");
                        File.WriteAllText(html, LetterPdf.Html(layout, style));
                        LetterPdf.Print(html, printed);
                        laidOut.Add(("pdf-" + style.Name, LetterDocument.FromPdf(name, File.ReadAllBytes(printed))));
                    }
                }
                foreach (var (variant, letter) in laidOut)
                {
                    comparisons++;
                    var (lost, gained) = LayoutFindings.Differences(original, LayoutFindings.Of(letter));
                    if (lost.Count + gained.Count == 0)
                    {
                        continue;
                    }
                    differing++;
                    lostTotal += lost.Count;
                    gainedTotal += gained.Count;
                    report.Append("## ").Append(name).Append(" — ").Append(variant).Append('\n');
                    foreach (string key in lost)
                    {
                        report.Append("- lost:   ").Append(key).Append('\n');
                    }
                    foreach (string key in gained)
                    {
                        report.Append("+ gained: ").Append(key).Append('\n');
                    }
                }
            }
        }
        finally
        {
            if (work is not null)
            {
                Directory.Delete(work, recursive: true);
            }
        }
        string summary = $"letters: {files.Count}; layouts compared: {comparisons}; differing: {differing}; lines lost: {lostTotal}; gained: {gainedTotal}\n";
        if (Environment.GetEnvironmentVariable("IMRCITE_LAYOUT_REPORT") is { Length: > 0 } reportPath)
        {
            File.WriteAllText(reportPath, summary + "\n" + report);
        }
        Assert.True(differing == 0, summary + report);
    }
}
