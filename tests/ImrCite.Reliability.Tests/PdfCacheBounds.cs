using System;
using System.IO;
using ImrCite.Cli.Letters;
using ImrCite.Reliability.Tests.Support;
using Xunit;

namespace ImrCite.Reliability.Tests;

/// <summary>
/// The page-text cache (<c>lint --cache</c>) serves a letter only when a run without it would have read the letter:
/// an entry written under larger limits is a miss under smaller ones, so the refusal (IMR0205) is the same with and
/// without the cache — for the per-page bound too, which the entry keeps page by page.
/// </summary>
public sealed class PdfCacheBounds
{
    [Fact]
    public void ALetterCachedUnderALargerCapIsRefusedUnderTheSmallerPageBound()
    {
        // 150,000 characters on one page: within the per-page bound of a 40 MB cap (200,000), over that of the default (100,000).
        byte[] pdf = SyntheticPdf.OnePage(SyntheticPdf.ShowText(new string('a', 150_000)), compress: true);
        var larger = new LetterLimits(40_000_000, 1_000);
        var cache = new PageTextCache(Path.Combine(Path.GetTempPath(), "imrcite-cache-bounds-" + Guid.NewGuid().ToString("N")), PageTextCache.DefaultMaxBytes);
        try
        {
            Assert.NotNull(LetterDocument.FromPdf("big.pdf", pdf, larger, cache).Letter);
            Assert.Equal(1, cache.Writes);

            var plain = LetterDocument.FromPdf("big.pdf", pdf, LetterLimits.Default);
            var cached = LetterDocument.FromPdf("big.pdf", pdf, LetterLimits.Default, cache);
            Assert.Equal("IMR0205", plain.Refusal?.Id);
            Assert.Equal("IMR0205", cached.Refusal?.Id);
            Assert.Equal(plain.Refusal!.Format(plain.Arguments), cached.Refusal!.Format(cached.Arguments));
            Assert.Equal(0, cache.Hits);

            // Under the larger cap again, the entry serves.
            Assert.NotNull(LetterDocument.FromPdf("big.pdf", pdf, larger, cache).Letter);
            Assert.Equal(1, cache.Hits);
        }
        finally
        {
            if (Directory.Exists(cache.Folder))
            {
                Directory.Delete(cache.Folder, recursive: true);
            }
        }
    }
}
