namespace ImrCite.Cli.Letters;

/// <summary>
/// How much one letter may hold before the tool stops reading it and reports IMR0205 instead: bounds memory
/// and time by design, not by timeout. The defaults are far above any real determination letter (a few pages,
/// tens of kilobytes of text).
/// </summary>
public sealed record LetterLimits(long MaxTextBytes, int MaxPdfPages)
{
    /// <summary>20 MB of text and 1,000 PDF pages.</summary>
    public static LetterLimits Default { get; } = new(20_000_000, 1_000);

    /// <summary>The largest PDF file read: five times the text cap (PDFs carry fonts and layout).</summary>
    public long MaxPdfFileBytes => SaturatingMultiply(MaxTextBytes, 5);

    /// <summary>
    /// The most bytes a PDF's compressed streams may inflate to, all streams together: eight times the text cap
    /// (content streams of text PDFs run a few times their text). A PDF whose content inflates beyond it
    /// (a compression bomb) is not decoded further.
    /// </summary>
    public long MaxPdfDecodedBytes => SaturatingMultiply(MaxTextBytes, 8);

    /// <summary>
    /// The most characters one PDF page may show before it is laid out: PdfPig holds a few hundred bytes per
    /// character of the page it lays out, so this bounds the memory of reading one page (about 35 MB at the
    /// default). It is the text cap divided by 200, and at least 100,000 — twenty times a dense letter page
    /// (about 5,000 characters). A page is also not laid out when it would take the letter past the text cap.
    /// </summary>
    public long MaxPdfPageCharacters => Math.Max(100_000, MaxTextBytes / 200);

    /// <summary>
    /// The most characters the next PDF page may show when <paramref name="textSoFar"/> characters of the letter are
    /// already read: <see cref="MaxPdfPageCharacters"/>, and no more than is left of the text cap. The one definition
    /// the reading and the page-text cache's check on a hit share.
    /// </summary>
    public long PdfPageCap(long textSoFar) => Math.Min(MaxPdfPageCharacters, Math.Max(0, MaxTextBytes - textSoFar));

    /// <summary>
    /// True when what is left of the text cap, not the per-page cap, makes <see cref="PdfPageCap"/> after
    /// <paramref name="textSoFar"/> characters: a page over it is refused as a letter over the text cap.
    /// </summary>
    public bool TextCapBindsPage(long textSoFar) => MaxTextBytes - textSoFar < MaxPdfPageCharacters;

    private static long SaturatingMultiply(long value, long factor) => value > long.MaxValue / factor ? long.MaxValue : value * factor;

    /// <summary>Reads a size: a number of bytes, or a number with KB, MB or GB (powers of 1,000; KiB, MiB, GiB powers of 1,024).</summary>
    public static bool TryParseSize(string text, out long bytes)
    {
        bytes = 0;
        string value = text.Trim();
        long unit = 1;
        foreach (var (suffix, factor) in new (string, long)[] { ("KiB", 1L << 10), ("MiB", 1L << 20), ("GiB", 1L << 30), ("KB", 1_000), ("MB", 1_000_000), ("GB", 1_000_000_000), ("B", 1) })
        {
            if (value.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                unit = factor;
                value = value[..^suffix.Length].Trim();
                break;
            }
        }
        if (!decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal number) || number <= 0 || number * unit > long.MaxValue)
        {
            return false;
        }
        bytes = (long)(number * unit);
        return bytes > 0;
    }

    /// <summary>A size for messages: "20 MB", "512 KB", "900 bytes".</summary>
    public static string Describe(long bytes) => bytes switch
    {
        >= 1_000_000_000 => (bytes / 1e9).ToString("0.#", CultureInfo.InvariantCulture) + " GB",
        >= 1_000_000 => (bytes / 1e6).ToString("0.#", CultureInfo.InvariantCulture) + " MB",
        >= 1_000 => (bytes / 1e3).ToString("0.#", CultureInfo.InvariantCulture) + " KB",
        _ => bytes.ToString(CultureInfo.InvariantCulture) + " bytes",
    };
}
