using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using ImrCite.Cli.Letters;
using ImrCite.Cli.Output;
using ImrCite.Diagnostics;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using Xunit;

namespace ImrCite.Cli.Tests;

/// <summary>
/// The command line finishes on whatever lands in a folder (issue 13): each reproducer here is a small file of
/// our own that used to hang, loop, exhaust memory or print garbage, and now ends with a finding that names it.
/// </summary>
public sealed class ReliabilityTests
{
    private const string GoodLetter = "IMR ISSUES, DECISIONS AND RATIONALES\n\nNorco 10/325 mg #90: Upheld\n" +
        "MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines Opioids Page(s): 74-96 of 112.\n" +
        "Decision rationale: Not supported.\n";

    /// <summary>Runs the tool and fails the test (TimeoutException), instead of hanging it, when the run does not end.</summary>
    private static Task<(ExitCode Code, string Output, string Error)> RunWithin(TimeSpan limit, params string[] args) =>
        Task.Run(() => Tool.Run(args)).WaitAsync(limit);

    private static int Count(string text, string part) => text.Split(part).Length - 1;

    [Fact]
    public async Task ANamedPipeIsSkippedWithANoteAndTheOtherLettersAreChecked()
    {
        string folder = Tool.TempFolder();
        File.WriteAllText(Path.Combine(folder, "good.txt"), GoodLetter);
        string pipe = Path.Combine(folder, "pipe.txt");
        Assert.Equal(0, Tool.Exec(folder, "mkfifo", pipe).Code);

        var (code, output, _) = (await RunWithin(TimeSpan.FromSeconds(60), "lint", folder));
        Assert.Equal(ExitCode.Findings, code);
        Assert.Contains($"{pipe}(1,1): note IMR0207: Not read: this is a named pipe (FIFO), not a regular file; only regular files are read.", output, StringComparison.Ordinal);
        Assert.Contains("good.txt(4,111): error IMR0106", output, StringComparison.Ordinal);
        Assert.Contains("Total: 1 letter(s), 1 not read,", output, StringComparison.Ordinal);

        // Named on the command line, and a device, likewise.
        Assert.Contains("note IMR0207", (await RunWithin(TimeSpan.FromSeconds(60), "lint", pipe)).Output, StringComparison.Ordinal);
        Assert.Contains("/dev/zero(1,1): note IMR0207: Not read: this is a character device", (await RunWithin(TimeSpan.FromSeconds(60), "lint", "/dev/zero")).Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFileWhoseNameIsNotUtf8IsNamedNotSilentlyLeftOut()
    {
        // "Peña.txt" written by an old system in Latin-1 (byte 0xF1): .NET lists it with U+FFFD and cannot open it by
        // that name. It used to vanish from the run ("1 letter(s)", exit as if all was read).
        string folder = Tool.TempFolder();
        File.WriteAllText(Path.Combine(folder, "good.txt"), GoodLetter);
        Assert.Equal(0, Tool.Exec(folder, "sh", "-c", "cp good.txt \"$(printf 'Pe\\361a.txt')\"").Code);
        Assert.Equal(2, Directory.GetFiles(folder).Length);

        var (code, output, _) = await RunWithin(TimeSpan.FromSeconds(60), "lint", folder);
        Assert.Equal(ExitCode.Findings, code);
        // The note's one reason is the name: no "only regular files are read" for what is a regular file.
        Assert.Contains("Pe\uFFFDa.txt(1,1): note IMR0207: Not read: this is a file whose name is not valid UTF-8, which the tool cannot open by that name: rename it.\n", output, StringComparison.Ordinal);
        Assert.Contains("Total: 1 letter(s), 1 not read,", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SymbolicLinkCyclesEndAndEachLetterIsReadOnce()
    {
        string folder = Tool.TempFolder();
        string inner = Directory.CreateDirectory(Path.Combine(folder, "a", "b")).FullName;
        File.WriteAllText(Path.Combine(folder, "a", "one.txt"), GoodLetter);
        File.WriteAllText(Path.Combine(inner, "two.txt"), GoodLetter);
        Directory.CreateSymbolicLink(Path.Combine(inner, "up"), folder);                    // a cycle to the root
        Directory.CreateSymbolicLink(Path.Combine(folder, "again"), Path.Combine(folder, "a")); // a second way in
        Directory.CreateSymbolicLink(Path.Combine(inner, "self"), inner);                   // a second cycle

        var (code, output, _) = (await RunWithin(TimeSpan.FromSeconds(60), "lint", folder));
        Assert.Equal(ExitCode.Findings, code);
        Assert.Equal(2, Count(output, ": 1 disputed item(s)"));
        Assert.Equal(2, Count(output, "error IMR0106"));
        Assert.Equal(3, Count(output, "note IMR0207: Not read: this is a folder already read (a symbolic link back into the tree, or to a folder read before); each folder is read once."));
    }

    [Fact]
    public async Task CatalogueCheckThroughASymbolicLinkCycleReportsNoFalseDuplicates()
    {
        string folder = Tool.TempFolder();
        File.WriteAllText(Path.Combine(folder, "sources.imrcite.json"), """{ "sources": [ { "id": "test", "name": "Test guidelines", "tier": "mtus" } ] }""");
        Directory.CreateSymbolicLink(Path.Combine(folder, "loop"), folder);
        var (code, output, error) = (await RunWithin(TimeSpan.FromSeconds(60), "catalogue", "check", folder));
        Assert.True(code == ExitCode.Clean, output + error);
        Assert.DoesNotContain("IMR0005", output, StringComparison.Ordinal);
        Assert.Contains("1 catalogue file(s)", output, StringComparison.Ordinal);
        Assert.Contains("not read: this is a folder already read", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALetterOverTheCapIsReportedWithoutBeingRead()
    {
        string folder = Tool.TempFolder();
        string big = Path.Combine(folder, "big.txt");
        using (var stream = File.Create(big))
        {
            stream.SetLength(30_000_000); // sparse: costs nothing to make, 30 MB to read
        }
        var (_, output, _) = (await RunWithin(TimeSpan.FromSeconds(60), "lint", big));
        Assert.Contains($"{big}(1,1): warning IMR0205: The letter is 30 MB of text, over the cap of 20 MB, so it was not checked. If it is a real letter, raise the cap with --max-letter-size.", output, StringComparison.Ordinal);

        string small = Path.Combine(folder, "letter.txt");
        File.WriteAllText(small, GoodLetter + new string(' ', 2000));
        Assert.Contains("IMR0205", Tool.Run("lint", small, "--max-letter-size", "1KB").Output, StringComparison.Ordinal);
        Assert.DoesNotContain("IMR0205", Tool.Run("lint", small, "--max-letter-size", "1MiB").Output, StringComparison.Ordinal);
        Assert.Equal(ExitCode.UsageOrInput, Tool.Run("lint", small, "--max-letter-size", "lots").Code);
    }

    /// <summary>Standard input that never ends, like /dev/zero.</summary>
    private sealed class EndlessReader : TextReader
    {
        public override int Read(char[] buffer, int index, int count)
        {
            Array.Fill(buffer, 'x', index, count);
            return count;
        }

        public override int Peek() => 'x';

        public override int Read() => 'x';
    }

    [Fact]
    public async Task EndlessStandardInputEndsAtTheCap()
    {
        var output = new StringWriter();
        await Task.Run(() => CommandLine.Run(new[] { "lint", "-", "--max-letter-size", "2MB" }, output, new StringWriter(), new EndlessReader())).WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Contains("-(1,1): warning IMR0205: The letter is over 2 MB of text", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void APdfOverThePageCapIsReported()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (int n = 0; n < 3; n++)
        {
            builder.AddPage(PageSize.Letter).AddText("Page text", 11, new PdfPoint(50, 700), font);
        }
        string pdf = Path.Combine(Tool.TempFolder(), "three.pdf");
        File.WriteAllBytes(pdf, builder.Build());
        Assert.Contains("warning IMR0205: The letter is a PDF of 3 pages, over the cap of 2 pages", Tool.Run("lint", pdf, "--max-pdf-pages", "2").Output, StringComparison.Ordinal);
        Assert.DoesNotContain("IMR0205", Tool.Run("lint", pdf).Output, StringComparison.Ordinal);
    }

    [Fact]
    public void APdfOverThePageCapIsDescribedAlikeInEveryCulture()
    {
        // The refusal's text is part of the output (text, JSON, SARIF): it must not follow the user's locale.
        var builder = new PdfDocumentBuilder();
        for (int page = 0; page < 1001; page++)
        {
            builder.AddPage(PageSize.Letter);
        }
        byte[] pdf = builder.Build();
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            var read = LetterDocument.FromPdf("long.pdf", pdf, LetterLimits.Default);
            Assert.Equal(InputRules.OverInputCap, read.Refusal);
            Assert.Equal("a PDF of 1,001 pages", read.Arguments[0]);
            Assert.Equal("1,000 pages", read.Arguments[1]);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }
    }

    /// <summary>A one-page PDF whose content stream is <paramref name="inflated"/> bytes of spaces, Flate-compressed.</summary>
    private static byte[] InflatingPdf(int inflated)
    {
        byte[] compressed;
        using (var memory = new MemoryStream())
        {
            using (var zlib = new ZLibStream(memory, CompressionLevel.SmallestSize, leaveOpen: true))
            {
                byte[] spaces = Enumerable.Repeat((byte)' ', 1 << 20).ToArray();
                for (int written = 0; written < inflated; written += spaces.Length)
                {
                    zlib.Write(spaces, 0, Math.Min(spaces.Length, inflated - written));
                }
            }
            compressed = memory.ToArray();
        }
        var pdf = new MemoryStream();
        var offsets = new List<long>();
        void Write(string text) => pdf.Write(Encoding.ASCII.GetBytes(text));
        Write("%PDF-1.4\n");
        offsets.Add(pdf.Position);
        Write("1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n");
        offsets.Add(pdf.Position);
        Write("2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n");
        offsets.Add(pdf.Position);
        Write("3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >> endobj\n");
        offsets.Add(pdf.Position);
        Write($"4 0 obj << /Length {compressed.Length} /Filter /FlateDecode >> stream\n");
        pdf.Write(compressed);
        Write("\nendstream endobj\n");
        long xref = pdf.Position;
        Write("xref\n0 5\n0000000000 65535 f \n");
        foreach (long offset in offsets)
        {
            Write($"{offset:D10} 00000 n \n");
        }
        Write($"trailer << /Size 5 /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();
    }

    [Fact]
    public async Task APdfWhoseContentInflatesHugelyStaysBounded()
    {
        string folder = Tool.TempFolder();
        string bomb = Path.Combine(folder, "bomb.pdf");
        File.WriteAllBytes(bomb, InflatingPdf(64_000_000)); // about 60 KB on disk
        Assert.True(new FileInfo(bomb).Length < 200_000);
        var (_, output, _) = (await RunWithin(TimeSpan.FromSeconds(60), "lint", bomb, "--max-letter-size", "1MB"));
        Assert.Contains($"{bomb}(1,1): warning IMR0205: The letter is a PDF whose compressed content inflates past 8 MB", output, StringComparison.Ordinal);

        // The same construction, small, is read (no finding about the cap).
        string small = Path.Combine(folder, "small.pdf");
        File.WriteAllBytes(small, InflatingPdf(10_000));
        Assert.DoesNotContain("IMR0205", Tool.Run("lint", small, "--max-letter-size", "1MB").Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AOneMegabyteOneLineLetterPrintsABoundedWindowPerFinding()
    {
        string letter = Path.Combine(Tool.TempFolder(), "oneline.txt");
        string filler = string.Concat(Enumerable.Repeat("the reviewer read the records ", 35_000)); // ~1 MB, no line break
        File.WriteAllText(letter, "IMR ISSUES, DECISIONS AND RATIONALES\n\nNorco 10/325 mg #90: Upheld\nMAXIMUS guideline: Decision based on " + filler +
            " MTUS Chronic Pain Medical Treatment Guidelines Opioids Page(s): 74-96 of 112 " + filler + "\nDecision rationale: Not supported.\n");
        var (_, output, _) = (await RunWithin(TimeSpan.FromSeconds(120), "lint", letter));
        Assert.True(output.Length < 20_000, $"{output.Length} characters printed");
        string? quoted = output.Split('\n').FirstOrDefault(l => l.StartsWith("    ...", StringComparison.Ordinal));
        Assert.True(quoted is not null, "No windowed quote in:\n" + output.Substring(0, Math.Min(output.Length, 3000)));
        Assert.True(quoted.Length <= 4 + Snippet.Window + 6, quoted);
        Assert.EndsWith("...", quoted, StringComparison.Ordinal);
    }

    [Fact]
    public void BinaryAndOtherEncodingsAreReportedAsSuch()
    {
        string folder = Tool.TempFolder();
        string binary = Path.Combine(folder, "image.txt");
        File.WriteAllBytes(binary, new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48 });
        string latin1 = Path.Combine(folder, "latin1.txt");
        File.WriteAllBytes(latin1, Encoding.Latin1.GetBytes(GoodLetter.Replace("Norco", "Norcé", StringComparison.Ordinal)));
        var (_, output, _) = Tool.Run("lint", folder);
        Assert.Contains($"{binary}(1,1): warning IMR0206: The file is binary data (a zero byte at offset 8), so it was not checked: lint the letter's text (.txt) or its PDF; other files are not letters.", output, StringComparison.Ordinal);
        Assert.Contains($"{latin1}(1,1): warning IMR0206: The file is not UTF-8 text (byte 0xE9 at offset", output, StringComparison.Ordinal);
        Assert.Contains("iconv -f WINDOWS-1252 -t UTF-8", output, StringComparison.Ordinal);
        Assert.DoesNotContain("IMR0204", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("utf-8-bom-then-utf-16", "a zero character at character 1")]
    [InlineData("utf-8-bom-then-gif", "a zero character at character 6")]
    [InlineData("utf-16-bom-then-controls", "50 control characters in its first")]
    public void AByteOrderMarkDoesNotMakeBinaryDataText(string content, string problem)
    {
        // A mark is two or three bytes anyone can put in front of anything: the bytes after it are checked for being
        // binary as a file without a mark is, instead of being linted as garbled text (IMR0204 on "C\x00a\x00s\x00e").
        byte[] bytes = content switch
        {
            "utf-8-bom-then-utf-16" => Encoding.UTF8.GetPreamble().Concat(Encoding.Unicode.GetBytes(GoodLetter)).ToArray(),
            "utf-8-bom-then-gif" => Encoding.UTF8.GetPreamble().Concat("GIF89a\0\0\u0001\u0002"u8.ToArray()).ToArray(),
            _ => new UnicodeEncoding(false, true).GetPreamble().Concat(Encoding.Unicode.GetBytes(new string('\u0001', 50) + GoodLetter)).ToArray(),
        };
        string letter = Path.Combine(Tool.TempFolder(), "letter.txt");
        File.WriteAllBytes(letter, bytes);
        var (_, output, _) = Tool.Run("lint", letter);
        Assert.Contains($"{letter}(1,1): warning IMR0206: The file is binary data ({problem}", output, StringComparison.Ordinal);
        Assert.DoesNotContain("IMR0204", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("utf-16le-bom")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    [InlineData("utf-8-bom")]
    public void UnicodeLettersAreReadWithOrWithoutAMark(string encoding)
    {
        byte[] bytes = encoding switch
        {
            "utf-16le-bom" => new UnicodeEncoding(false, true).GetPreamble().Concat(Encoding.Unicode.GetBytes(GoodLetter)).ToArray(),
            "utf-16le" => Encoding.Unicode.GetBytes(GoodLetter),
            "utf-16be" => Encoding.BigEndianUnicode.GetBytes(GoodLetter),
            _ => Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(GoodLetter)).ToArray(),
        };
        string letter = Path.Combine(Tool.TempFolder(), "letter.txt");
        File.WriteAllBytes(letter, bytes);
        var (code, output, _) = Tool.Run("lint", letter);
        Assert.Equal(ExitCode.Findings, code);
        Assert.Contains("letter.txt(4,111): error IMR0106", output, StringComparison.Ordinal);
        Assert.DoesNotContain("IMR0206", output, StringComparison.Ordinal);
    }

    [Fact]
    public void APdfNamedTxtIsReadAsAPdf()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.Letter);
        double y = 700;
        foreach (string line in GoodLetter.TrimEnd('\n').Split('\n').Where(l => l.Length > 0))
        {
            page.AddText(line, 8, new PdfPoint(20, y), font);
            y -= 20;
        }
        string letter = Path.Combine(Tool.TempFolder(), "letter.txt");
        File.WriteAllBytes(letter, builder.Build());
        var (_, output, _) = Tool.Run("lint", letter, "--format", "json");
        Assert.Contains("\"page\": 1", output, StringComparison.Ordinal);
        Assert.Contains("IMR0106", output, StringComparison.Ordinal);
    }

    [Fact]
    public void TheOutputLayersAreLinearInTheNumberOfDisputedItems()
    {
        // The CLI's own work per report — configuring severities, the baseline, the text, JSON and SARIF writers —
        // for n and 4n synthetic reports, side by side in one run: linear is about 4x, quadratic about 16x. Both sizes spill
        // their findings to a file (limit 0), so the ratio compares one path, not memory against a temporary file.
        static LetterReport Report(int i)
        {
            var items = new[] { new DisputedItem($"Item {i}", "Upheld", new TextSpan(0, 1), null, null, null) };
            var finding = new LetterFinding(Rules.NoRationale, ImrSeverity.Warning, $"The decision on 'Item {i}' has no decision rationale.", "letter.txt",
                i + 1, 1, i + 1, 5, null, $"{i:x24}", "Item: Upheld", 0, 4);
            return new LetterReport("letter.txt", items, Array.Empty<LetterCitation>(), new[] { finding }, 0, 0);
        }

        static (double Seconds, long Bytes) Write(int reports)
        {
            var all = Enumerable.Range(0, reports).Select(Report).ToList();
            long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            foreach (string format in new[] { "text", "json", "sarif" })
            {
                LintSink sink = format switch
                {
                    "json" => new JsonLintSink(TextWriter.Null, spillMemoryLimit: 0),
                    "sarif" => new ImrCite.Cli.Output.Sarif.SarifLintSink(TextWriter.Null, "/", spillMemoryLimit: 0),
                    _ => new TextLintSink(new StyledWriter(TextWriter.Null, colour: false)),
                };
                var baseline = ImrCite.Cli.Baselines.Baseline.None;
                foreach (var report in all)
                {
                    sink.Add(report with { Findings = report.Findings.Where(f => !baseline.Accepts(f)).ToList() });
                }
                sink.Complete();
            }
            return (watch.Elapsed.TotalSeconds, GC.GetAllocatedBytesForCurrentThread() - allocatedBefore);
        }

        Write(2_000); // warm up
        // Allocation does not depend on the machine's load: copies or concatenations that grow with the output show here
        // exactly. Time catches the rest (a quadratic search that allocates nothing): the fastest of five interleaved
        // rounds of each size, since a shared machine only ever adds time.
        var small = new List<(double Seconds, long Bytes)>();
        var large = new List<(double Seconds, long Bytes)>();
        for (int round = 0; round < 5; round++)
        {
            small.Add(Write(5_000));
            large.Add(Write(20_000));
        }
        double bytesRatio = (double)large.Min(r => r.Bytes) / small.Min(r => r.Bytes);
        Assert.True(bytesRatio < 5, $"5,000 reports allocate {small.Min(r => r.Bytes):N0} B; 20,000: {large.Min(r => r.Bytes):N0} B (ratio {bytesRatio:F1})");
        double timeRatio = large.Min(r => r.Seconds) / small.Min(r => r.Seconds);
        Assert.True(timeRatio < 10, $"5,000 reports: {small.Min(r => r.Seconds):F3} s; 20,000: {large.Min(r => r.Seconds):F3} s (ratio {timeRatio:F1})");
    }
}
