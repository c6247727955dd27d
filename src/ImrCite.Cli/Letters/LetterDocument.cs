using System.Globalization;
using ImrCite.Cli.Inputs;
using ImrCite.Text;
using Microsoft.Win32.SafeHandles;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace ImrCite.Cli.Letters;

/// <summary>
/// What reading one input gave: a letter to check, or the rule (IMR0205–IMR0207) and message arguments that
/// say why it was not read.
/// </summary>
public sealed record LetterRead(LetterDocument? Letter, RuleDescriptor? Refusal, object?[] Arguments, string Key)
{
    /// <summary>A letter that was read.</summary>
    public static LetterRead Of(LetterDocument letter) => new(letter, null, Array.Empty<object?>(), "");

    /// <summary>An input that was not read: <paramref name="rule"/> with its message arguments; <paramref name="key"/> goes into the fingerprint.</summary>
    public static LetterRead Refused(RuleDescriptor rule, string key, params object?[] arguments) => new(null, rule, arguments, key);
}

/// <summary>
/// A letter's text as read: plain text as is, a PDF as its pages' extracted text joined with
/// "=== page N ===" lines, so every finding maps to a page and a line and column in that text. Reading is
/// bounded by <see cref="LetterLimits"/>: only regular files, text up to the cap, PDFs up to a page count and a
/// budget of inflated bytes; what is over a limit, binary, or in an encoding the tool does not read is refused
/// with a finding instead of being read.
/// </summary>
public sealed class LetterDocument
{
    private readonly IReadOnlyList<PageStart> _pageStarts;

    private LetterDocument(string path, string text, bool isPdf)
    {
        Path = path;
        Text = text;
        IsPdf = isPdf;
        Lines = new LineMap(path, text);
        // One pass finds a PDF's page markers and blanks the page furniture: the markers and each page's running footer
        // and head become spaces (their line breaks stay, so lines are those of the text): a citation that runs across a
        // page break reads on as if wrapped, "page 2" of a marker or "Page 2 of 6" of a footer is never taken for a cited
        // page, and a line never wraps onto the line before it across a page break.
        var reading = PageFurniture.Read(text, isPdf);
        ScanText = reading.ScanText;
        _pageStarts = reading.PageStarts;
    }

    /// <summary>The path as given ("-" for standard input).</summary>
    public string Path { get; }

    /// <summary>The text as read, with "=== page N ===" lines between a PDF's pages; findings show its lines.</summary>
    public string Text { get; }

    /// <summary>
    /// The text the checks read: <see cref="Text"/> with its page furniture — a PDF's page-marker lines, the running
    /// footers and heads around page breaks (<see cref="PageFurniture"/>) — blanked to spaces, so offsets, lines and
    /// columns are those of <see cref="Text"/>.
    /// </summary>
    public string ScanText { get; }

    /// <summary>True when the text was extracted from a PDF.</summary>
    public bool IsPdf { get; }

    /// <summary>Line and column lookup.</summary>
    internal LineMap Lines { get; }

    /// <summary>The PDF page a 1-based line of the extracted text belongs to, or null for text files (a binary search).</summary>
    public int? PageOf(int line)
    {
        int low = 0, high = _pageStarts.Count - 1;
        int? page = null;
        while (low <= high)
        {
            int middle = (low + high) / 2;
            if (_pageStarts[middle].Line <= line)
            {
                page = _pageStarts[middle].Page;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }
        return page;
    }

    /// <summary>
    /// What a finding at <paramref name="location"/> quotes: its line, or a bounded window of a long line
    /// (<see cref="Snippet"/>), where the span starts in it and how long it is there.
    /// </summary>
    public (string Text, int Start, int Length) SnippetAt(TextLocation location)
    {
        int line = location.StartLine;
        int lineStart = Lines.GetLineStart(line);
        int lineEnd = line < Lines.LineCount ? Lines.GetLineStart(line + 1) - 1 : Text.Length;
        if (lineEnd > lineStart && lineEnd <= Text.Length && lineEnd - 1 >= lineStart && Text[lineEnd - 1] == '\r')
        {
            lineEnd--;
        }
        int spanStart = lineStart + location.StartColumn - 1;
        int length = location.StartLine == location.EndLine ? Math.Max(1, location.EndColumn - location.StartColumn) : Math.Max(1, lineEnd - spanStart);
        var (text, start) = Snippet.Cut(Text, lineStart, lineEnd, spanStart);
        return (text, start, length);
    }

    /// <summary>
    /// Reads a letter file: a PDF (by its name or its first bytes) or text in UTF-8 or UTF-16, within
    /// <paramref name="limits"/>. Throws <see cref="LetterReadException"/> naming the file when it cannot be read
    /// at all (an I/O error, a broken PDF).
    /// </summary>
    public static LetterRead Read(string path, LetterLimits limits) => Read(path, limits, cache: null);

    /// <summary>
    /// Reads a letter file as <see cref="Read(string, LetterLimits)"/> does, a PDF's text through
    /// <paramref name="cache"/> when one is given: the same text either way.
    /// </summary>
    internal static LetterRead Read(string path, LetterLimits limits, PageTextCache? cache)
    {
        var kind = FileKind.Of(path).Kind;
        if (kind != FileKindValue.Regular)
        {
            return kind == FileKindValue.Missing
                ? throw new LetterReadException(path, "no such file")
                : LetterRead.Refused(InputRules.Skipped, "not regular", FileKind.SkipReason(kind));
        }
        try
        {
            if (path.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
            {
                using var pdf = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
                return ReadPdf(path, RandomAccess.GetLength(pdf), pdf, default, limits, cache);
            }
            // One open per text letter: its length, its first bytes and its text all come through the same handle.
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            long length = RandomAccess.GetLength(handle);
            // A letter within the cap is read whole at once, and its first bytes say whether it is a PDF after all.
            var bytes = length <= limits.MaxTextBytes ? ReadAtMost(handle, limits.MaxTextBytes + 1, length) : default;
            if (bytes.Array is null ? StartsWithPdfHeader(handle) : bytes.AsSpan().StartsWith("%PDF-"u8))
            {
                return ReadPdf(path, length, handle, bytes, limits, cache);
            }
            if (length > limits.MaxTextBytes)
            {
                return OverCap(LetterLimits.Describe(length) + " of text", LetterLimits.Describe(limits.MaxTextBytes), "--max-letter-size");
            }
            if (bytes.Count > limits.MaxTextBytes)
            {
                return OverCap("over " + LetterLimits.Describe(limits.MaxTextBytes) + " of text", LetterLimits.Describe(limits.MaxTextBytes), "--max-letter-size");
            }
            var decoded = TextDecoding.Decode(bytes);
            if (decoded.Text is null)
            {
                return LetterRead.Refused(InputRules.NotText, decoded.Problem!, decoded.Problem, decoded.Hint);
            }
            return LetterRead.Of(FromText(path, decoded.Text));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new LetterReadException(path, ex.Message.TrimEnd('.'));
        }
    }

    /// <summary>
    /// A PDF letter (by its name, or by its first bytes) through the <paramref name="handle"/> already open, within the
    /// limits. The bytes already read for a text letter are used again when they hold the whole file; otherwise it is read
    /// up to one byte past the cap, so a file that grows while it is read is refused rather than read without end.
    /// </summary>
    private static LetterRead ReadPdf(string path, long length, SafeFileHandle handle, ArraySegment<byte> alreadyRead, LetterLimits limits, PageTextCache? cache)
    {
        string capDescription = LetterLimits.Describe(limits.MaxPdfFileBytes) + " for a PDF file";
        if (length > limits.MaxPdfFileBytes)
        {
            return OverCap("a PDF of " + LetterLimits.Describe(length), capDescription, "--max-letter-size");
        }
        var bytes = alreadyRead.Array is not null && alreadyRead.Count <= length ? alreadyRead : ReadAtMost(handle, limits.MaxPdfFileBytes + 1, length);
        if (bytes.Count > limits.MaxPdfFileBytes)
        {
            return OverCap("a PDF of over " + LetterLimits.Describe(limits.MaxPdfFileBytes), capDescription, "--max-letter-size");
        }
        return FromPdf(path, bytes.Count == bytes.Array!.Length ? bytes.Array : bytes.ToArray(), limits, cache);
    }

    /// <summary>Reads a .txt or .pdf file within the default limits. Throws <see cref="LetterReadException"/> naming the file when it cannot, or when it is refused.</summary>
    public static LetterDocument Load(string path)
    {
        var read = Read(path, LetterLimits.Default);
        return read.Letter ?? throw new LetterReadException(path, read.Refusal!.Format(read.Arguments));
    }

    /// <summary>Reads standard input as one letter, at most the text cap (an endless stream ends at the cap).</summary>
    public static LetterRead FromStandardInput(TextReader input, LetterLimits limits)
    {
        long cap = Math.Min(limits.MaxTextBytes, int.MaxValue - 1);
        var text = new StringBuilder();
        char[] buffer = new char[1 << 16];
        int read;
        while ((read = input.Read(buffer, 0, buffer.Length)) > 0)
        {
            text.Append(buffer, 0, read);
            if (text.Length > cap)
            {
                return OverCap("over " + LetterLimits.Describe(limits.MaxTextBytes) + " of text", LetterLimits.Describe(limits.MaxTextBytes), "--max-letter-size");
            }
        }
        return LetterRead.Of(FromText("-", text.ToString()));
    }

    /// <summary>Wraps text already in memory.</summary>
    public static LetterDocument FromText(string path, string text) => new(path, text.Replace("\r\n", "\n", StringComparison.Ordinal), isPdf: false);

    /// <summary>Extracts a PDF's text page by page with PdfPig, within the default limits. Throws <see cref="LetterReadException"/> when it cannot.</summary>
    public static LetterDocument FromPdf(string path, byte[] pdf) =>
        FromPdf(path, pdf, LetterLimits.Default).Letter ?? throw new LetterReadException(path, "the PDF is over the input cap");

    /// <summary>Extracts a PDF's text page by page with PdfPig, within <paramref name="limits"/>.</summary>
    public static LetterRead FromPdf(string path, byte[] pdf, LetterLimits limits) => FromPdf(path, pdf, limits, cache: null);

    /// <summary>
    /// Extracts a PDF's text as <see cref="FromPdf(string, byte[], LetterLimits)"/> does, or takes it from
    /// <paramref name="cache"/> when the cache holds this PDF's text (by its hash) and the letter is within the
    /// limits; a text extracted within the limits is written to the cache.
    /// </summary>
    internal static LetterRead FromPdf(string path, byte[] pdf, LetterLimits limits, PageTextCache? cache)
    {
        string? key = null;
        if (cache is not null)
        {
            key = PageTextCache.KeyOf(pdf);
            if (cache.TryGet(key, limits) is { } cached)
            {
                return LetterRead.Of(new LetterDocument(path, cached.Text, isPdf: true));
            }
        }
        var budget = new PdfBudget(limits.MaxPdfDecodedBytes);
        int? failingPage = null; // the page being read, for a failure's message
        try
        {
            using var document = PdfDocument.Open(pdf, new ParsingOptions { FilterProvider = budget.Filters });
            if (document.NumberOfPages > limits.MaxPdfPages)
            {
                return OverCap(string.Create(CultureInfo.InvariantCulture, $"a PDF of {document.NumberOfPages:N0} pages"),
                    string.Create(CultureInfo.InvariantCulture, $"{limits.MaxPdfPages:N0} pages"), "--max-pdf-pages");
            }
            var glyphs = new PdfPageGlyphs(document.Structure.TokenScanner, document.Structure.FilterProvider);
            document.AddPageFactory(glyphs);
            var text = new StringBuilder();
            var bounds = new CachedPdfPage[document.NumberOfPages];
            for (int number = 1; number <= document.NumberOfPages; number++)
            {
                failingPage = number;
                budget.StartPage();
                // Bounded before PdfPig lays the page out (which holds a few hundred bytes per character): the page
                // may show no more than the per-page cap, nor more than is left of the letter's text cap.
                long cap = limits.PdfPageCap(text.Length);
                long estimate = PdfPageGlyphs.Estimate(document, glyphs, number, cap);
                bounds[number - 1] = new CachedPdfPage(text.Length, estimate);
                if (estimate > cap)
                {
                    return limits.TextCapBindsPage(text.Length)
                        ? OverCap("a PDF of over " + LetterLimits.Describe(limits.MaxTextBytes) + " of text", LetterLimits.Describe(limits.MaxTextBytes), "--max-letter-size")
                        : OverCap(string.Create(CultureInfo.InvariantCulture, $"a PDF with a page of over {limits.MaxPdfPageCharacters:N0} characters"),
                            string.Create(CultureInfo.InvariantCulture, $"{limits.MaxPdfPageCharacters:N0} characters on one PDF page"), "--max-letter-size");
                }
                var page = document.GetPage(number);
                text.Append(PageFurniture.PdfMarkerPrefix).Append(page.Number).Append(" ===\n");
                text.Append(ContentOrderTextExtractor.GetText(page).Replace("\r\n", "\n", StringComparison.Ordinal)).Append('\n');
                if (text.Length > limits.MaxTextBytes)
                {
                    return OverCap("a PDF of over " + LetterLimits.Describe(limits.MaxTextBytes) + " of text", LetterLimits.Describe(limits.MaxTextBytes), "--max-letter-size");
                }
            }
            failingPage = null;
            if (budget.Exceeded)
            {
                return InflationOverCap(budget);
            }
            string extracted = text.ToString();
            if (cache is not null)
            {
                cache.Put(key!, new CachedPdfText(extracted, document.NumberOfPages, budget.Needed, bounds));
            }
            return LetterRead.Of(new LetterDocument(path, extracted, isPdf: true));
        }
        catch (Exception) when (budget.Exceeded)
        {
            return InflationOverCap(budget);
        }
        catch (Exception ex) when (ex is not (LetterReadException or OutOfMemoryException))
        {
            // Whatever the PDF library throws on a damaged file — its own exceptions or the runtime's ("Index was outside
            // the bounds of the array.") — says nothing a reader of letters can act on: the file and the page are named,
            // and what to do.
            throw new LetterReadException(path, DamagedPdf(failingPage));
        }
    }

    /// <summary>Why a PDF the library failed on was not read, in the tool's words: the page when the failure was on one, and what to do.</summary>
    internal static string DamagedPdf(int? page) =>
        "the PDF is damaged or uses a feature the reader does not support"
        + (page is { } number ? string.Create(CultureInfo.InvariantCulture, $" (on page {number})") : "")
        + "; re-save it (or print it to a new PDF), or convert it with pdftotext and lint the text";

    private static LetterRead InflationOverCap(PdfBudget budget) =>
        OverCap("a PDF whose compressed content inflates past " + LetterLimits.Describe(budget.Limit), LetterLimits.Describe(budget.Limit) + " of decoded PDF content", "--max-letter-size");

    private static LetterRead OverCap(string what, string cap, string option) => LetterRead.Refused(InputRules.OverInputCap, "over cap", what, cap, option);

    private static bool StartsWithPdfHeader(SafeFileHandle handle)
    {
        Span<byte> header = stackalloc byte[5];
        int read = 0;
        int last;
        while (read < header.Length && (last = RandomAccess.Read(handle, header[read..], read)) > 0)
        {
            read += last;
        }
        return read == header.Length && header.SequenceEqual("%PDF-"u8);
    }

    /// <summary>
    /// The file's bytes up to <paramref name="count"/>: read straight into an array of the size the file had when
    /// opened (<paramref name="length"/>, plus one to see whether it grew), and on through a buffer only if it grew.
    /// </summary>
    private static ArraySegment<byte> ReadAtMost(SafeFileHandle handle, long count, long length)
    {
        byte[] bytes = new byte[(int)Math.Min(Math.Min(count, length + 1), Array.MaxLength)];
        int read = 0;
        int last;
        while (read < bytes.Length && (last = RandomAccess.Read(handle, bytes.AsSpan(read), read)) > 0)
        {
            read += last;
        }
        if (read < bytes.Length || bytes.Length >= count)
        {
            return new ArraySegment<byte>(bytes, 0, read);
        }
        // The file grew since it was opened: read on, up to the cap.
        using var memory = new MemoryStream();
        memory.Write(bytes, 0, read);
        byte[] buffer = new byte[1 << 16];
        while (memory.Length < count && (last = RandomAccess.Read(handle, buffer.AsSpan(0, (int)Math.Min(buffer.Length, count - memory.Length)), memory.Length)) > 0)
        {
            memory.Write(buffer, 0, last);
        }
        return memory.ToArray();
    }
}

/// <summary>A letter that could not be read; the message names the file.</summary>
public sealed class LetterReadException : Exception
{
    /// <summary>Creates the exception.</summary>
    public LetterReadException(string path, string reason)
        : base($"{path}: cannot read the letter: {reason}.")
    {
        FilePath = path;
    }

    /// <summary>The file.</summary>
    public string FilePath { get; }
}
