using System;
using System.IO;
using System.Linq;
using ImrCite.Cli.Letters;
using Xunit;

namespace ImrCite.Cli.Tests;

/// <summary>
/// The opt-in page-text cache of PDF letters (<c>lint --cache</c>): the same findings with and without it, entries
/// that are damaged, of another PDF or of another version are read again and rewritten, never trusted and never a
/// crash; the limits still apply; the folder is private and bounded.
/// </summary>
public sealed class PageTextCacheTests
{
    private static readonly string[] FirstPage =
    {
        "IMR ISSUES, DECISIONS AND RATIONALES",
        "Diazepam 5 mg #30: Upheld",
        "Claims Administrator guideline: Decision based on MTUS Chronic Pain",
        "Treatment Guidelines Opioids.",
    };

    private static readonly string[] SecondPage =
    {
        "MAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines",
        "Opioids Page(s): 74-96 of 112.",
        "Decision rationale: Not supported for long-term use.",
    };

    /// <summary>The page bounds of a one-page entry written by hand: a page of no glyphs, at the start.</summary>
    private static readonly CachedPdfPage[] OnePage = { new(0, 0) };

    private static string Entry(PageTextCache cache, string pdf) => cache.EntryPath(PageTextCache.KeyOf(File.ReadAllBytes(pdf)));

    [Fact]
    public void LintFindsTheSameWithAColdAndAWarmCacheAndWritesAPrivateEntry()
    {
        string pdf = Tool.PdfLetter("letter.pdf", FirstPage, SecondPage);
        string folder = Path.Combine(Tool.TempFolder(), "cache");
        var plain = Tool.Run("lint", pdf, "--format", "json");
        Assert.Contains("IMR0106", plain.Output, StringComparison.Ordinal); // the letter has findings to compare
        var cold = Tool.Run("lint", pdf, "--format", "json", "--cache", folder);
        var warm = Tool.Run("lint", pdf, "--format", "json", "--cache", folder);
        Assert.Equal(plain, cold);
        Assert.Equal(plain, warm);
        Assert.Equal(plain.Output, Tool.Run("lint", pdf, "--cache", folder, "--no-cache", "--format", "json").Output);

        string entry = Entry(new PageTextCache(folder, PageTextCache.DefaultMaxBytes), pdf);
        Assert.True(File.Exists(entry));
        Assert.Single(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(folder));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(entry));
        }
    }

    [Fact]
    public void NothingIsWrittenUnlessAskedOrWithNoCache()
    {
        string pdf = Tool.PdfLetter("letter.pdf", FirstPage);
        string folder = Path.Combine(Tool.TempFolder(), "cache");
        Tool.Run("lint", pdf, "--cache", folder, "--no-cache");
        Assert.False(Directory.Exists(folder));

        Assert.Null(PageTextCache.Choose(null, noCache: false, environmentFolder: null, PageTextCache.DefaultMaxBytes));
        Assert.Null(PageTextCache.Choose(null, noCache: false, environmentFolder: " ", PageTextCache.DefaultMaxBytes));
        Assert.Null(PageTextCache.Choose(folder, noCache: true, environmentFolder: folder, PageTextCache.DefaultMaxBytes));
        Assert.Equal(Path.GetFullPath(folder), PageTextCache.Choose(null, noCache: false, environmentFolder: folder, PageTextCache.DefaultMaxBytes)!.Folder);
        string other = Path.Combine(Tool.TempFolder(), "other");
        Assert.Equal(Path.GetFullPath(other), PageTextCache.Choose(other, noCache: false, environmentFolder: folder, PageTextCache.DefaultMaxBytes)!.Folder);
        Assert.Equal(ExitCode.UsageOrInput, Tool.Run("lint", pdf, "--cache", folder, "--cache-size", "lots").Code);
    }

    [Fact]
    public void AWarmLintReadsTheCachedTextNotThePdf()
    {
        // Proof that a hit is served from the entry: an entry written for this PDF with other text is what lint reads.
        string pdf = Tool.PdfLetter("letter.pdf", FirstPage, SecondPage);
        string folder = Path.Combine(Tool.TempFolder(), "cache");
        var cache = new PageTextCache(folder, PageTextCache.DefaultMaxBytes);
        string key = PageTextCache.KeyOf(File.ReadAllBytes(pdf));
        cache.Put(key, new CachedPdfText("=== page 1 ===\nNotes only.\n", 1, 0, OnePage));
        Assert.Contains("IMR0204", Tool.Run("lint", pdf, "--cache", folder).Output, StringComparison.Ordinal);
        Assert.DoesNotContain("IMR0204", Tool.Run("lint", pdf).Output, StringComparison.Ordinal);
    }

    public static TheoryData<string> Damage => new() { "truncated", "text byte flipped", "text hash flipped", "garbage", "empty", "another PDF's entry", "huge length",
        // What a crash can leave of an entry written without fsync before its rename: the size is there, the data not.
        "zero-filled, length kept", "tail zeroed", "cut at the text" };

    [Theory]
    [MemberData(nameof(Damage))]
    public void ADamagedEntryIsReadAgainAndRewrittenNeverTrusted(string damage)
    {
        string pdf = Tool.PdfLetter("letter.pdf", FirstPage, SecondPage);
        string folder = Path.Combine(Tool.TempFolder(), "cache");
        var plain = Tool.Run("lint", pdf, "--format", "json");
        Tool.Run("lint", pdf, "--cache", folder);
        var cache = new PageTextCache(folder, PageTextCache.DefaultMaxBytes);
        string entry = Entry(cache, pdf);
        byte[] good = File.ReadAllBytes(entry);
        byte[] bad = damage switch
        {
            "truncated" => good[..(good.Length / 2)],
            "text byte flipped" => Flip(good, good.Length - 3),
            "text hash flipped" => Flip(good, good.Length - Text(good).Length - 5),
            "garbage" => Enumerable.Range(0, 300).Select(i => (byte)(i * 7)).ToArray(),
            "empty" => Array.Empty<byte>(),
            "huge length" => WithTextLength(good, int.MaxValue),
            "zero-filled, length kept" => new byte[good.Length],
            "tail zeroed" => good[..(good.Length / 2)].Concat(new byte[good.Length - (good.Length / 2)]).ToArray(),
            "cut at the text" => good[..(good.Length - Text(good).Length)],
            _ => AnotherPdfsEntry(folder),
        };
        File.WriteAllBytes(entry, bad);
        Assert.Null(cache.TryGet(PageTextCache.KeyOf(File.ReadAllBytes(pdf)), LetterLimits.Default));

        Assert.Equal(plain, Tool.Run("lint", pdf, "--format", "json", "--cache", folder));
        Assert.Equal(good, File.ReadAllBytes(entry)); // rewritten whole
    }

    [Fact]
    public void AnEntryOfAnotherVersionIsAMissAndIsRewrittenForTheNewVersion()
    {
        string pdf = Tool.PdfLetter("letter.pdf", FirstPage, SecondPage);
        byte[] bytes = File.ReadAllBytes(pdf);
        string key = PageTextCache.KeyOf(bytes);
        string folder = Path.Combine(Tool.TempFolder(), "cache");
        var older = new PageTextCache(folder, PageTextCache.DefaultMaxBytes, "imrcite 0.1.0+aaaa; PdfPig 0.1.16; format 1");
        var newer = new PageTextCache(folder, PageTextCache.DefaultMaxBytes, "imrcite 0.2.0+bbbb; PdfPig 0.1.16; format 1");
        var uncached = LetterDocument.FromPdf(pdf, bytes, LetterLimits.Default).Letter!;

        Assert.Equal(uncached.Text, LetterDocument.FromPdf(pdf, bytes, LetterLimits.Default, older).Letter!.Text);
        Assert.Equal((0, 1, 1), (older.Hits, older.Misses, older.Writes));
        Assert.Equal(uncached.Text, older.TryGet(key, LetterLimits.Default)!.Text);

        Assert.Equal(uncached.Text, LetterDocument.FromPdf(pdf, bytes, LetterLimits.Default, newer).Letter!.Text);
        Assert.Equal((0, 1, 1), (newer.Hits, newer.Misses, newer.Writes)); // the older entry was not used
        Assert.Null(older.TryGet(key, LetterLimits.Default)); // and is replaced
        Assert.Equal(uncached.Text, LetterDocument.FromPdf(pdf, bytes, LetterLimits.Default, newer).Letter!.Text);
        Assert.Equal((1, 1, 1), (newer.Hits, newer.Misses, newer.Writes));
    }

    [Fact]
    public void AnEntryOfTheFirstFormatWithoutPageBoundsIsAMiss()
    {
        // Format 1 had no page bounds, so a hit could not re-check the per-page cap: such an entry is never served.
        string pdf = Tool.PdfLetter("letter.pdf", FirstPage, SecondPage);
        string folder = Path.Combine(Tool.TempFolder(), "cache");
        Tool.Run("lint", pdf, "--cache", folder);
        var cache = new PageTextCache(folder, PageTextCache.DefaultMaxBytes);
        string key = PageTextCache.KeyOf(File.ReadAllBytes(pdf));
        string entry = Entry(cache, pdf);
        byte[] good = File.ReadAllBytes(entry);
        Assert.NotNull(cache.TryGet(key, LetterLimits.Default));
        int versionLength = BitConverter.ToInt32(good, 22);
        int boundsAt = 18 + 4 + 4 + versionLength + 32 + 4 + 8;
        int pages = BitConverter.ToInt32(good, boundsAt - 12);
        Assert.Equal(2, pages);
        byte[] formatOne = good[..boundsAt].Concat(good[(boundsAt + (12 * pages))..]).ToArray();
        BitConverter.GetBytes(1).CopyTo(formatOne, 18);
        File.WriteAllBytes(entry, formatOne);
        Assert.Null(cache.TryGet(key, LetterLimits.Default));
        Assert.Contains("format 2", PageTextCache.CurrentVersion, StringComparison.Ordinal);
    }

    [Fact]
    public void AHitIsUsedOnlyWithinTheLettersLimitsSoRefusalsAreTheSame()
    {
        string pdf = Tool.PdfLetter("three.pdf", FirstPage, SecondPage, new[] { "Page three." });
        string folder = Path.Combine(Tool.TempFolder(), "cache");
        Tool.Run("lint", pdf, "--cache", folder);
        var cache = new PageTextCache(folder, PageTextCache.DefaultMaxBytes);
        string key = PageTextCache.KeyOf(File.ReadAllBytes(pdf));
        var entry = cache.TryGet(key, LetterLimits.Default)!;
        Assert.Equal(3, entry.Pages);

        // Over the page cap and over the text cap: the run with the cache refuses the letter as the run without it does.
        foreach (var args in new[] { new[] { "--max-pdf-pages", "2" }, new[] { "--max-letter-size", "100B" } })
        {
            var plain = Tool.Run(new[] { "lint", pdf }.Concat(args).ToArray());
            Assert.Contains("IMR0205", plain.Output, StringComparison.Ordinal);
            Assert.Equal(plain, Tool.Run(new[] { "lint", pdf, "--cache", folder }.Concat(args).ToArray()));
        }

        // The decoded-bytes budget the extraction needed is kept and checked too.
        cache.Put(key, entry with { DecodedBytes = 5_000 });
        Assert.Null(cache.TryGet(key, new LetterLimits(600, 1000))); // 8 x 600 = 4,800 bytes of decoded content
        Assert.NotNull(cache.TryGet(key, new LetterLimits(1000, 1000)));
    }

    [Fact]
    public void TheNeededBudgetReadsTheWholeLetterAndOneByteLessDoesNot()
    {
        string pdf = Tool.PdfLetter("letter.pdf", FirstPage, SecondPage);
        byte[] bytes = File.ReadAllBytes(pdf);
        var cache = new PageTextCache(Path.Combine(Tool.TempFolder(), "cache"), PageTextCache.DefaultMaxBytes);
        LetterDocument.FromPdf(pdf, bytes, LetterLimits.Default, cache);
        long needed = cache.TryGet(PageTextCache.KeyOf(bytes), LetterLimits.Default)!.DecodedBytes;
        Assert.True(needed > 0, "the builder's content streams are compressed");
        Assert.False(ExtractWithin(bytes, needed));
        Assert.True(ExtractWithin(bytes, needed - 1));
    }

    /// <summary>Extracts every page as <see cref="LetterDocument"/> does, within a budget; true when the budget was exceeded.</summary>
    private static bool ExtractWithin(byte[] pdf, long budgetBytes)
    {
        var budget = new PdfBudget(budgetBytes);
        try
        {
            using var document = UglyToad.PdfPig.PdfDocument.Open(pdf, new UglyToad.PdfPig.ParsingOptions { FilterProvider = budget.Filters });
            // Each page's content is decoded once to bound its glyphs before it is laid out, as LetterDocument does.
            var glyphs = new PdfPageGlyphs(document.Structure.TokenScanner, document.Structure.FilterProvider);
            document.AddPageFactory(glyphs);
            for (int number = 1; number <= document.NumberOfPages; number++)
            {
                budget.StartPage();
                PdfPageGlyphs.Estimate(document, glyphs, number, long.MaxValue);
                UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor.ContentOrderTextExtractor.GetText(document.GetPage(number));
            }
        }
        catch (PdfBudget.ExceededException)
        {
        }
        return budget.Exceeded;
    }

    [Fact]
    public void TheFolderIsKeptUnderItsBoundLeastRecentlyUsedFirst()
    {
        string folder = Path.Combine(Tool.TempFolder(), "cache");
        var cache = new PageTextCache(folder, maxBytes: 10_000);
        string Key(int n) => PageTextCache.KeyOf(BitConverter.GetBytes(n));
        string text = "=== page 1 ===\n" + new string('x', 1500) + "\n";
        for (int n = 0; n < 10; n++)
        {
            cache.Put(Key(n), new CachedPdfText(text, 1, 0, OnePage));
            File.SetLastWriteTimeUtc(cache.EntryPath(Key(n)), new DateTime(2026, 1, 1, 0, 0, n, DateTimeKind.Utc));
        }
        // Entry 0 is used: it becomes the most recent.
        Assert.NotNull(cache.TryGet(Key(0), LetterLimits.Default));
        string stray = Path.Combine(folder, "00", "." + new string('0', 64) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        Directory.CreateDirectory(Path.GetDirectoryName(stray)!);
        File.WriteAllText(stray, "left by an interrupted run");
        File.SetLastWriteTimeUtc(stray, DateTime.UtcNow.AddDays(-1));

        cache.Trim();

        var left = Enumerable.Range(0, 10).Where(n => File.Exists(cache.EntryPath(Key(n)))).ToArray();
        long size = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        Assert.True(size <= 9_000, $"{size} bytes left");
        Assert.Contains(0, left);
        Assert.DoesNotContain(1, left); // the oldest unused go first
        Assert.Equal(Enumerable.Range(10 - (left.Length - 1), left.Length - 1), left.Skip(1));
        Assert.False(File.Exists(stray));
    }

    [Fact]
    public void TrimRemovesOnlyTheCachesOwnFilesNotOthersInTheFolder()
    {
        // A cache folder named by the user may hold other files: Trim removes only entries and temporaries it wrote.
        string folder = Path.Combine(Tool.TempFolder(), "cache");
        var cache = new PageTextCache(folder, maxBytes: 1);
        string key = PageTextCache.KeyOf(BitConverter.GetBytes(1));
        cache.Put(key, new CachedPdfText("=== page 1 ===\nsome text\n", 1, 0, OnePage));
        string[] others =
        {
            Path.Combine(folder, ".notes.tmp"),
            Path.Combine(folder, key[..2], ".notes.tmp"),
            Path.Combine(folder, key[..2], ".draft.imrtext.tmp"),
            Path.Combine(folder, "kept.imrtext"),
            Path.Combine(folder, "mine", "kept.imrtext"),
        };
        foreach (string other in others)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(other)!);
            File.WriteAllText(other, "the user's own file");
            File.SetLastWriteTimeUtc(other, DateTime.UtcNow.AddDays(-1));
        }

        cache.Trim();

        Assert.False(File.Exists(cache.EntryPath(key))); // over the bound: the entry goes
        Assert.All(others, other => Assert.True(File.Exists(other), other + " was removed"));
    }

    [Fact]
    public void AFolderOtherUsersCanWriteIsNeitherTrustedNorWritten()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Unix permissions; on Windows the folder's ACL is the user's to set
        }
        string pdf = Tool.PdfLetter("letter.pdf", FirstPage, SecondPage);
        string folder = Path.Combine(Tool.TempFolder(), "shared");
        var plain = Tool.Run("lint", pdf, "--format", "json");
        // Another user plants an entry for this PDF (its hash is no secret) whose text cites nothing, then the folder is
        // left writable by everyone, as a folder under /tmp is.
        var planted = new PageTextCache(folder, PageTextCache.DefaultMaxBytes);
        string key = PageTextCache.KeyOf(File.ReadAllBytes(pdf));
        planted.Put(key, new CachedPdfText("=== page 1 ===\nIMR ISSUES, DECISIONS AND RATIONALES\nNothing here.\n", 1, 0, OnePage));
        File.SetUnixFileMode(folder, File.GetUnixFileMode(folder) | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute | UnixFileMode.GroupExecute);
        File.SetLastWriteTimeUtc(planted.EntryPath(key), new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));

        var cached = Tool.Run("lint", pdf, "--format", "json", "--cache", folder);

        Assert.Equal(plain.Code, cached.Code);
        Assert.Equal(plain.Output, cached.Output); // the planted text was not used
        Assert.Contains("writable by other users", cached.Error, StringComparison.Ordinal);
        Assert.Equal(new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), File.GetLastWriteTimeUtc(planted.EntryPath(key))); // not rewritten or touched
    }

    [Fact]
    public void AFolderThatCannotBeWrittenCostsOnlyTheCache()
    {
        string pdf = Tool.PdfLetter("letter.pdf", FirstPage, SecondPage);
        string file = Path.Combine(Tool.TempFolder(), "not-a-folder");
        File.WriteAllText(file, "a file where the cache folder should be");
        var plain = Tool.Run("lint", pdf, "--format", "json");
        var cached = Tool.Run("lint", pdf, "--format", "json", "--cache", file);
        Assert.Equal(plain.Code, cached.Code);
        Assert.Equal(plain.Output, cached.Output);
        Assert.Contains("the page-text cache", cached.Error, StringComparison.Ordinal);
    }

    private static byte[] Flip(byte[] bytes, int at)
    {
        byte[] copy = (byte[])bytes.Clone();
        copy[at] ^= 0x5A;
        return copy;
    }

    /// <summary>The text part of a well-formed entry: after the header, whose text length stands 36 bytes before the end of the header.</summary>
    private static byte[] Text(byte[] entry)
    {
        int textLength = BitConverter.ToInt32(entry, TextLengthOffset(entry));
        return entry[^textLength..];
    }

    private static int TextLengthOffset(byte[] entry)
    {
        // magic (18) + format (4) + version length (4) + version + PDF hash (32) + pages (4) + decoded (8) + 12 per page
        int versionLength = BitConverter.ToInt32(entry, 22);
        int pages = BitConverter.ToInt32(entry, 18 + 4 + 4 + versionLength + 32);
        return 18 + 4 + 4 + versionLength + 32 + 4 + 8 + (12 * pages);
    }

    private static byte[] WithTextLength(byte[] entry, int length)
    {
        byte[] copy = (byte[])entry.Clone();
        BitConverter.GetBytes(length).CopyTo(copy, TextLengthOffset(entry));
        return copy;
    }

    private static byte[] AnotherPdfsEntry(string folder)
    {
        string other = Tool.PdfLetter("other.pdf", new[] { "IMR ISSUES, DECISIONS AND RATIONALES", "Another letter." });
        Tool.Run("lint", other, "--cache", folder);
        return File.ReadAllBytes(Entry(new PageTextCache(folder, PageTextCache.DefaultMaxBytes), other));
    }
}
