using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace ImrCite.Cli.Letters;

/// <summary>
/// A letter's text as read: plain text as is, a PDF as its pages' extracted text joined with
/// "=== page N ===" lines, so every finding maps to a page and a line and column in that text.
/// </summary>
public sealed class LetterDocument
{
    private readonly List<(int Line, int Page)> _pageStarts = new();

    private LetterDocument(string path, string text, bool isPdf)
    {
        Path = path;
        Text = text;
        IsPdf = isPdf;
        Lines = new Text.LineMap(path, text);
        ScanText = text;
        if (isPdf)
        {
            var scan = new StringBuilder(text);
            int line = 1;
            int offset = 0;
            foreach (string row in text.Split('\n'))
            {
                if (row.StartsWith(PageMarkerPrefix, StringComparison.Ordinal) && int.TryParse(row.AsSpan(PageMarkerPrefix.Length).TrimEnd(" =\r".ToCharArray()), out int page))
                {
                    _pageStarts.Add((line, page));
                    // The marker becomes spaces (its line break stays, so lines are those of the text): a citation
                    // that runs across a page break reads on as if wrapped, "page 2" of the marker is never taken
                    // for a cited page, and a line never wraps onto the line before it across a page break.
                    for (int i = 0; i < row.Length; i++)
                    {
                        scan[offset + i] = ' ';
                    }
                }
                offset += row.Length + 1;
                line++;
            }
            ScanText = scan.ToString();
        }
    }

    private const string PageMarkerPrefix = "=== page ";

    /// <summary>The path as given ("-" for standard input).</summary>
    public string Path { get; }

    /// <summary>The text as read, with "=== page N ===" lines between a PDF's pages; findings show its lines.</summary>
    public string Text { get; }

    /// <summary>
    /// The text the checks read: <see cref="Text"/> with each page-marker line blanked to spaces, so offsets,
    /// lines and columns are those of <see cref="Text"/>.
    /// </summary>
    public string ScanText { get; }

    /// <summary>True when the text was extracted from a PDF.</summary>
    public bool IsPdf { get; }

    /// <summary>Line and column lookup.</summary>
    public Text.LineMap Lines { get; }

    /// <summary>The PDF page a 1-based line of the extracted text belongs to, or null for text files.</summary>
    public int? PageOf(int line)
    {
        int? page = null;
        foreach (var (start, number) in _pageStarts)
        {
            if (start <= line)
            {
                page = number;
            }
        }
        return page;
    }

    /// <summary>Reads a .txt or .pdf file. Throws <see cref="LetterReadException"/> naming the file when it cannot.</summary>
    public static LetterDocument Load(string path)
    {
        try
        {
            if (path.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
            {
                return FromPdf(path, File.ReadAllBytes(path));
            }
            return FromText(path, File.ReadAllText(path));
        }
        catch (Exception ex) when (ex is not LetterReadException)
        {
            throw new LetterReadException(path, ex.Message);
        }
    }

    /// <summary>Wraps text already in memory.</summary>
    public static LetterDocument FromText(string path, string text) => new(path, text.Replace("\r\n", "\n"), isPdf: false);

    /// <summary>Extracts a PDF's text page by page with PdfPig.</summary>
    public static LetterDocument FromPdf(string path, byte[] pdf)
    {
        try
        {
            using var document = PdfDocument.Open(pdf);
            var text = new StringBuilder();
            foreach (var page in document.GetPages())
            {
                text.Append(PageMarkerPrefix).Append(page.Number).Append(" ===\n");
                text.Append(ContentOrderTextExtractor.GetText(page).Replace("\r\n", "\n")).Append('\n');
            }
            return new LetterDocument(path, text.ToString(), isPdf: true);
        }
        catch (Exception ex)
        {
            throw new LetterReadException(path, "not a readable PDF (" + ex.Message.TrimEnd('.') + ")");
        }
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
