using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ImrCite.Cli.Tests.Layout;

/// <summary>What stands around a page break in a layout: the running footer before it and the running head after it.</summary>
internal enum PageFurnitureStyle
{
    /// <summary>A footer "Page 3 of 9" after a blank line; no head.</summary>
    PageOfTotal,
    /// <summary>A footer "CM16-0000000      Page 3 of 9" and a head "Case Number: CM16-0000000".</summary>
    CaseFooterAndHead,
    /// <summary>A head of two lines, "IMR Case Number: CM16-0000000" and the date written out ("December 9, 2016").</summary>
    CaseAndDateHead,
    /// <summary>A head that is the case number alone, "CM16-0000000".</summary>
    CaseHead,
    /// <summary>A letterhead of three lines on the first page, repeated as the head of every other.</summary>
    Letterhead,
}

/// <summary>
/// Layout-only transforms of a text letter, each alone and combined: the words and their order stay, only where lines and
/// pages break and how characters are drawn change. The findings of every variant must be the original's.
/// </summary>
internal static class LayoutVariants
{
    /// <summary>A named transform of a letter's text.</summary>
    internal sealed record Variant(string Name, Func<string, string> Apply)
    {
        public override string ToString() => Name;
    }

    /// <summary>Every variant, in a fixed order.</summary>
    public static IReadOnlyList<Variant> All { get; } = new Variant[]
    {
        new("rewrap-60", text => Rewrap(text, 60)),
        new("rewrap-80", text => Rewrap(text, 80)),
        new("rewrap-110", text => Rewrap(text, 110)),
        new("hyphenate-60", text => Rewrap(text, 60, hyphenate: true)),
        new("hyphenate-80", text => Rewrap(text, 80, hyphenate: true)),
        new("pages-page-of-total", text => Paginate(text, 23, PageFurnitureStyle.PageOfTotal)),
        new("pages-case-footer-and-head", text => Paginate(text, 19, PageFurnitureStyle.CaseFooterAndHead)),
        new("pages-case-and-date-head", text => Paginate(text, 29, PageFurnitureStyle.CaseAndDateHead)),
        new("pages-case-head", text => Paginate(text, 17, PageFurnitureStyle.CaseHead)),
        new("pages-letterhead", text => Paginate(text, 31, PageFurnitureStyle.Letterhead)),
        new("crlf", Crlf),
        new("doubled-spaces", DoubledSpaces),
        new("nbsp", NoBreakSpaces),
        new("typographic", Typographic),
        new("indent-all", text => Rewrap(text, 84, indent: 4)),
        new("indent-first-lines", text => Rewrap(text, 84, firstIndent: 6)),
        new("combined-narrow", text => Crlf(Typographic(Paginate(Rewrap(text, 70, hyphenate: true), 19, PageFurnitureStyle.CaseFooterAndHead)))),
        new("combined-wide", text => DoubledSpaces(NoBreakSpaces(Paginate(Rewrap(text, 104, indent: 2), 27, PageFurnitureStyle.Letterhead)))),
        new("combined-pages", text => Typographic(Paginate(Rewrap(text, 66, hyphenate: true), 21, PageFurnitureStyle.CaseAndDateHead))),
    };

    /// <summary>The letter's paragraphs laid out again at <paramref name="width"/> columns (no page breaks).</summary>
    public static string Rewrap(string text, int width, bool hyphenate = false, int indent = 0, int firstIndent = 0) =>
        string.Join('\n', LetterLayout.Parse(text).Lines(width, hyphenate, indent, firstIndent)) + "\n";

    /// <summary>
    /// The letter's lines (its own page breaks dropped) cut into pages of <paramref name="pageLines"/> lines, each page
    /// break a form feed with the running footer and head of <paramref name="style"/> around it, as text extracted from
    /// a printed letter has them.
    /// </summary>
    public static string Paginate(string text, int pageLines, PageFurnitureStyle style)
    {
        var layout = LetterLayout.Parse(text);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n')
            .Select(line => line.Replace("\f", "", StringComparison.Ordinal)).ToList();
        int pages = Math.Max(1, (lines.Count + pageLines - 1) / pageLines);
        var result = new StringBuilder();
        if (style == PageFurnitureStyle.Letterhead)
        {
            // A letterhead stands on the first page too.
            foreach (string head in Head(layout, style))
            {
                result.Append(head).Append('\n');
            }
        }
        for (int page = 1; page <= pages; page++)
        {
            if (page > 1)
            {
                result.Append('\f');
                foreach (string head in Head(layout, style))
                {
                    result.Append(head).Append('\n');
                }
            }
            foreach (string line in lines.Skip((page - 1) * pageLines).Take(pageLines))
            {
                result.Append(line).Append('\n');
            }
            foreach (string footer in Footer(layout, style, page, pages))
            {
                result.Append(footer).Append('\n');
            }
        }
        return result.ToString();
    }

    private static IEnumerable<string> Head(LetterLayout layout, PageFurnitureStyle style) => style switch
    {
        PageFurnitureStyle.CaseFooterAndHead => new[] { "Case Number: " + layout.CaseNumberText },
        PageFurnitureStyle.CaseAndDateHead => new[] { "IMR Case Number: " + layout.CaseNumberText, layout.FormatDate("MMMM d, yyyy"), "" },
        PageFurnitureStyle.CaseHead => new[] { layout.CaseNumberText },
        PageFurnitureStyle.Letterhead => new[] { "MAXIMUS Federal Services", "Independent Medical Review", "P.O. Box 138009, Sacramento, CA 95813-8009", "" },
        _ => Array.Empty<string>(),
    };

    private static IEnumerable<string> Footer(LetterLayout layout, PageFurnitureStyle style, int page, int pages) => style switch
    {
        PageFurnitureStyle.PageOfTotal => new[] { "", $"Page {page} of {pages}" },
        PageFurnitureStyle.CaseFooterAndHead => new[] { $"{layout.CaseNumberText}                 Page {page} of {pages}" },
        _ => Array.Empty<string>(),
    };

    /// <summary>Every line ends "\r\n".</summary>
    public static string Crlf(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal);

    /// <summary>Every single space between two words doubled.</summary>
    public static string DoubledSpaces(string text) => MapSpaces(text, (_, _) => "  ");

    /// <summary>Every third space between two words a no-break space, as some PDF extractors give them.</summary>
    public static string NoBreakSpaces(string text) => MapSpaces(text, (count, _) => count % 3 == 2 ? "\u00A0" : " ");

    private static string MapSpaces(string text, Func<int, char, string> space)
    {
        var result = new StringBuilder(text.Length * 2);
        int count = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool between = c == ' ' && i > 0 && i + 1 < text.Length && !char.IsWhiteSpace(text[i - 1]) && !char.IsWhiteSpace(text[i + 1]);
            result.Append(between ? space(count++, c) : c.ToString());
        }
        return result.ToString();
    }

    /// <summary>
    /// The characters a PDF made by a word processor gives: curly apostrophes and quotes, an en dash for a spaced hyphen,
    /// an em dash for a double hyphen, and the "fi" and "fl" ligatures.
    /// </summary>
    public static string Typographic(string text)
    {
        var result = new StringBuilder(text.Length);
        bool open = true;
        foreach (char c in text)
        {
            if (c == '"')
            {
                result.Append(open ? '\u201C' : '\u201D');
                open = !open;
            }
            else
            {
                result.Append(c == '\'' ? '\u2019' : c);
            }
        }
        return result.ToString()
            .Replace(" - ", " \u2013 ", StringComparison.Ordinal)
            .Replace("--", "\u2014", StringComparison.Ordinal)
            .Replace("fi", "\uFB01", StringComparison.Ordinal)
            .Replace("fl", "\uFB02", StringComparison.Ordinal);
    }
}
