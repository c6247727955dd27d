using System;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Text;

namespace ImrCite.Cli.Tests.Layout;

/// <summary>
/// A text letter printed to PDF the way another producer would: its paragraphs as flowing HTML paragraphs (so the browser
/// breaks lines and pages where its page size and font put them), fixed lines as written, a running footer or head in
/// the page margins, printed by Debian's headless chromium.
/// </summary>
internal static class LetterPdf
{
    /// <summary>A page size, a font and the running text in its margins.</summary>
    internal sealed record PageStyle(string Name, string PageSize, string Margin, string Font, string FontSize, string MarginBoxes);

    /// <summary>The two styles the harness prints in: US Letter in a serif font with a case-and-page footer, A5 in a condensed sans with a case-number head.</summary>
    public static PageStyle[] Styles { get; } =
    {
        new("letter-serif", "8.5in 11in", "0.9in 1in", "'DejaVu Serif', serif", "11pt",
            "@bottom-left { content: '{CASE}'; font-size: 9pt; } @bottom-right { content: 'Page ' counter(page) ' of ' counter(pages); font-size: 9pt; }"),
        new("a5-sans", "148mm 210mm", "14mm 12mm", "'DejaVu Sans Condensed', 'DejaVu Sans', sans-serif", "9pt",
            "@top-left { content: 'Case Number: {CASE}'; font-size: 8pt; } @bottom-center { content: counter(page); font-size: 8pt; }"),
    };

    /// <summary>The letter as an HTML page in <paramref name="style"/>.</summary>
    public static string Html(LetterLayout layout, PageStyle style)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>letter</title><style>")
            .Append("@page { size: ").Append(style.PageSize).Append("; margin: ").Append(style.Margin).Append("; ")
            .Append(style.MarginBoxes.Replace("{CASE}", layout.CaseNumberText, StringComparison.Ordinal)).Append(" } ")
            .Append("body { font-family: ").Append(style.Font).Append("; font-size: ").Append(style.FontSize).Append("; } ")
            .Append("p { margin: 0 0 0.6em 0; text-align: left; } .fixed { white-space: pre; margin: 0; } .blank { height: 0.6em; }")
            .Append("</style></head><body>\n");
        bool lastBlank = false;
        foreach (var (isParagraph, text) in layout.Blocks())
        {
            if (isParagraph)
            {
                html.Append("<p>").Append(WebUtility.HtmlEncode(text)).Append("</p>\n");
                lastBlank = false;
            }
            else if (text.Trim().Length == 0)
            {
                if (!lastBlank)
                {
                    html.Append("<div class=\"blank\"></div>\n");
                }
                lastBlank = true;
            }
            else
            {
                html.Append("<div class=\"fixed\">").Append(WebUtility.HtmlEncode(text.Trim())).Append("</div>\n");
                lastBlank = false;
            }
        }
        return html.Append("</body></html>\n").ToString();
    }

    /// <summary>Prints <paramref name="htmlPath"/> to <paramref name="pdfPath"/> with headless chromium, in a profile of its own that is deleted after.</summary>
    public static void Print(string htmlPath, string pdfPath)
    {
        string profile = Directory.CreateTempSubdirectory("imrcite-chromium-").FullName;
        try
        {
            var start = new ProcessStartInfo("chromium")
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
            };
            foreach (string argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile, "--no-pdf-header-footer",
                "--print-to-pdf=" + pdfPath, new Uri(htmlPath).AbsoluteUri,
            })
            {
                start.ArgumentList.Add(argument);
            }
            using var process = Process.Start(start) ?? throw new InvalidOperationException("chromium did not start");
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                process.Kill(entireProcessTree: true);
                throw new InvalidOperationException("chromium did not finish printing " + htmlPath);
            }
            if (process.ExitCode != 0 || !File.Exists(pdfPath))
            {
                throw new InvalidOperationException($"chromium failed on {htmlPath} ({process.ExitCode}): {error.Result}{output.Result}");
            }
        }
        finally
        {
            Directory.Delete(profile, recursive: true);
        }
    }
}
