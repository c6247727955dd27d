using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ImrCite.Cli;
using ImrCite.Cli.Letters;
using ImrCite.Reliability.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace ImrCite.Reliability.Tests;

/// <summary>
/// A damaged PDF — cut short, bytes changed in its cross-reference table or in a compressed stream — is read, refused
/// with a finding, or named as unreadable in the tool's own words: which file, which page when the failure is on one,
/// what to do. Never a message of the PDF library or the runtime ("Index was outside the bounds of the array.").
/// </summary>
public sealed class PdfDamage
{
    private const string Path = "damaged.pdf";

    private readonly ITestOutputHelper _output;

    public PdfDamage(ITestOutputHelper output) => _output = output;

    /// <summary>A two-page letter whose page content streams are compressed (objects written by hand).</summary>
    private static byte[] Letter() => SyntheticPdf.Pages(compress: true,
        SyntheticPdf.ShowText("IMR ISSUES, DECISIONS AND RATIONALES Norco 10/325 mg #90: Upheld"),
        SyntheticPdf.ShowText("MAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Opioids Page(s): 74-96."));

    /// <summary>Every mutant of the letter: cut at many lengths, and runs of bytes overwritten in the xref table and in the streams.</summary>
    public static IEnumerable<(string Name, byte[] Pdf)> Mutants()
    {
        byte[] pdf = Letter();
        for (int cut = 1; cut < pdf.Length; cut += Math.Max(1, pdf.Length / 97))
        {
            yield return ($"cut at {cut}", pdf[..cut]);
        }
        int xref = IndexOf(pdf, "xref");
        var streams = new List<int>();
        for (int at = IndexOf(pdf, "stream\n"); at >= 0; at = IndexOf(pdf, "stream\n", at + 1))
        {
            if (at < 3 || pdf[at - 3] != 'e')
            {
                streams.Add(at + "stream\n".Length);
            }
        }
        var random = new Random(20261203);
        for (int i = 0; i < 400; i++)
        {
            byte[] mutant = (byte[])pdf.Clone();
            int region = i % 3;
            int start = region switch
            {
                0 => xref + random.Next(pdf.Length - xref),
                1 => streams[random.Next(streams.Count)] + random.Next(1, 40),
                _ => random.Next(pdf.Length),
            };
            int run = 1 + random.Next(6);
            for (int k = start; k < Math.Min(pdf.Length, start + run); k++)
            {
                mutant[k] = (byte)random.Next(256);
            }
            yield return ($"{(region == 0 ? "xref" : region == 1 ? "stream" : "anywhere")} bytes {start}+{run}", mutant);
        }
    }

    [Fact]
    public void ADamagedPdfIsNamedInTheToolsWordsNeverInTheLibrarys()
    {
        var expected = new[] { LetterDocument.DamagedPdf(null) }.Concat(Enumerable.Range(1, 2).Select(page => LetterDocument.DamagedPdf(page)))
            .Select(reason => $"{Path}: cannot read the letter: {reason}.").ToHashSet(StringComparer.Ordinal);
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (name, pdf) in Mutants())
        {
            string outcome;
            try
            {
                var read = LetterDocument.FromPdf(Path, pdf, LetterLimits.Default);
                outcome = read.Letter is not null ? "read" : "refused " + read.Refusal!.Id;
            }
            catch (LetterReadException ex)
            {
                Assert.True(expected.Contains(ex.Message), $"{name}: {ex.Message}");
                Assert.Equal(Path, ex.FilePath);
                outcome = ex.Message.Contains("(on page ", StringComparison.Ordinal) ? "damaged, on a page" : "damaged";
            }
            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
        }
        _output.WriteLine(string.Join(", ", outcomes.OrderBy(o => o.Key, StringComparer.Ordinal)));
        // The mutants reach both kinds of failure, and some are still read: the test sees what it claims to.
        Assert.True(outcomes.GetValueOrDefault("damaged") > 0, string.Join(", ", outcomes));
        Assert.True(outcomes.GetValueOrDefault("damaged, on a page") > 0, string.Join(", ", outcomes));
        Assert.True(outcomes.GetValueOrDefault("read") > 0, string.Join(", ", outcomes));
    }

    [Fact]
    public void TheCommandLineNamesTheDamagedFileOnStandardErrorExitsTwoAndChecksTheOthers()
    {
        string folder = Directory.CreateTempSubdirectory("imrcite-damage-").FullName;
        try
        {
            byte[] pdf = Letter();
            File.WriteAllBytes(System.IO.Path.Combine(folder, "cut.pdf"), pdf[..(pdf.Length / 2)]);
            File.WriteAllBytes(System.IO.Path.Combine(folder, "whole.pdf"), pdf);
            var output = new StringWriter();
            var error = new StringWriter();
            int code = CommandLine.Run(new[] { "lint", folder, "--no-color" }, output, error);
            Assert.Equal((int)ExitCode.UsageOrInput, code);
            string cut = System.IO.Path.Combine(folder, "cut.pdf");
            Assert.Contains($"{cut}: cannot read the letter: {LetterDocument.DamagedPdf(null)}.", error.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain("xref", error.ToString(), StringComparison.OrdinalIgnoreCase);
            Assert.Contains("whole.pdf", output.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static int IndexOf(byte[] bytes, string text, int from = 0) => bytes.AsSpan(from).IndexOf(Encoding.ASCII.GetBytes(text)) is var at and >= 0 ? from + at : -1;
}
