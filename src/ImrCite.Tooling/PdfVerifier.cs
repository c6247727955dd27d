using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using ImrCite.Catalogue;
using ImrCite.Citations;
using ImrCite.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace ImrCite.Tooling;

/// <summary>A line of text on a PDF page, as the verifier sees it.</summary>
/// <param name="PdfPage">1-based page index in the PDF file.</param>
/// <param name="PrintedPage">The page's own number (its "Page N of M" footer), or <paramref name="PdfPage"/> when it has none.</param>
/// <param name="Text">The line's text (words joined by single spaces).</param>
/// <param name="FontSize">The largest letter size on the line, in points.</param>
/// <param name="IsFirstOnPage">True when no other (non-footer) line stands above it on the page.</param>
public sealed record PdfHeading(int PdfPage, int PrintedPage, string Text, double FontSize, bool IsFirstOnPage)
{
    /// <summary>The full id of the catalogue section whose title or alias the line matches, or null.</summary>
    public string? SectionId { get; init; }
}

/// <summary>What a verification finding says.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PdfFindingKind>))]
public enum PdfFindingKind
{
    /// <summary>The section's heading stands on another page than the catalogue's first page.</summary>
    FirstPageDisagrees,
    /// <summary>The first page agrees but the pages up to the next heading differ from the catalogue's.</summary>
    PagesDiffer,
    /// <summary>The catalogue gives the section no pages; the PDF does.</summary>
    PagesMissing,
    /// <summary>No line of the PDF matches the section's title or aliases.</summary>
    HeadingNotFound,
    /// <summary>A heading-like line of the PDF matches no catalogue section.</summary>
    HeadingNotInCatalogue,
    /// <summary>The footers' "of M" differs from the document's <c>statedTotal</c>.</summary>
    StatedTotalDiffers,
}

/// <summary>One finding of <c>PdfVerifier.Verify</c>.</summary>
/// <param name="Kind">What it says.</param>
/// <param name="SectionId">The section's full id, when about a section.</param>
/// <param name="Message">A one-line description.</param>
/// <param name="CataloguePages">The catalogue's pages (or total), when relevant.</param>
/// <param name="FoundPages">The pages (or total) the PDF shows, when relevant.</param>
/// <param name="PdfPage">The 1-based PDF page index the finding points at, or 0.</param>
public sealed record PdfFinding(PdfFindingKind Kind, string? SectionId, string Message, string? CataloguePages, string? FoundPages, int PdfPage);

/// <summary>The result of verifying a document's catalogue entry against its PDF.</summary>
/// <param name="DocumentId">The catalogue document verified.</param>
/// <param name="PageCount">Pages in the PDF file.</param>
/// <param name="FooterTotal">The "of M" of the footers, when they have one.</param>
/// <param name="BodyFontSize">The body text's font size (the most common letter size), in points.</param>
/// <param name="Headings">The heading lines found, in reading order (matched to a section or heading-like).</param>
/// <param name="Findings">The findings; empty when the catalogue agrees with the PDF.</param>
/// <param name="VerifiedPages">The page sets established for the sections whose heading was found, by section id (not full id): what <see cref="PdfVerifier.ApplyVerification"/> writes with <c>"provenance": "verified"</c>.</param>
public sealed record PdfVerificationReport(
    string DocumentId, int PageCount, int? FooterTotal, double BodyFontSize, IReadOnlyList<PdfHeading> Headings,
    IReadOnlyList<PdfFinding> Findings, IReadOnlyDictionary<string, PageSet> VerifiedPages)
{
    /// <summary>True when nothing disagrees.</summary>
    public bool Agrees => Findings.Count == 0;

    /// <summary>A human-readable report.</summary>
    public string ToText()
    {
        var text = new StringBuilder();
        text.Append("Verified ").Append(DocumentId).Append(" against ").Append(PageCount.ToString(CultureInfo.InvariantCulture)).Append(" PDF pages: ")
            .Append(VerifiedPages.Count.ToString(CultureInfo.InvariantCulture)).Append(" section(s) located, ")
            .Append(Findings.Count.ToString(CultureInfo.InvariantCulture)).Append(" finding(s).\n");
        foreach (var finding in Findings)
        {
            text.Append("  ").Append(finding.Message).Append('\n');
        }
        return text.ToString();
    }

    /// <summary>The report as JSON (document, pageCount, footerTotal, findings, verifiedPages).</summary>
    public string ToJson()
    {
        var model = new
        {
            document = DocumentId,
            pageCount = PageCount,
            footerTotal = FooterTotal,
            findings = Findings,
            verifiedPages = VerifiedPages.ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal),
        };
        return JsonSerializer.Serialize(model, new JsonSerializerOptions
        {
            WriteIndented = true,
            IndentSize = 2,
            NewLine = "\n",
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }) + "\n";
    }
}

/// <summary>
/// Checks a catalogue document's section pages against the guideline's PDF (read with PdfPig).
/// The rules, kept simple on purpose:
/// <list type="bullet">
/// <item>Text is grouped into lines by baseline. A page's number is its own footer, a line reading "Page N of M"
/// (the lowest such line on the page); without one, the PDF page index (1-based).</item>
/// <item>A line is a section's heading when its <c>TextKey.Normalize</c> key equals the key of the section's
/// title, "number title", or an alias. A heading-like line in a large font is preferred over a body-size one; the first
/// such line in reading order is taken.</item>
/// <item>A line is heading-like when its largest letter is at least 1.2 times the body size (the most common letter size
/// in the PDF). Heading-like lines that match no section are reported as missing from the catalogue.</item>
/// <item>A located section runs from its heading's page to the next heading that is not one of its own subsections and
/// is at least as large (matched headings always count): to that page when the next heading stands below other text
/// (sections share the boundary page), or to the page before when it opens its page. The last runs to the last page.</item>
/// </list>
/// </summary>
public static partial class PdfVerifier
{
    private const double HeadingRatio = 1.2;
    private static readonly Regex Footer = new Regex(@"\bPage\s+(\d{1,6})\s+of\s+(\d{1,6})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>Verifies <paramref name="document"/> against the PDF at <paramref name="pdfPath"/>.</summary>
    /// <param name="pdfPath">The guideline PDF.</param>
    /// <param name="document">The catalogue's document (for example <c>CatalogueLoader.Load(paths).Catalogue.FindDocument(id)</c>).</param>
    public static PdfVerificationReport Verify(string pdfPath, GuidelineDocument document)
    {
        using var pdf = PdfDocument.Open(pdfPath);
        return Verify(pdf, document);
    }

    /// <summary>Verifies <paramref name="document"/> against a PDF held in memory.</summary>
    /// <param name="pdfBytes">The guideline PDF's bytes.</param>
    /// <param name="document">The catalogue's document.</param>
    public static PdfVerificationReport Verify(byte[] pdfBytes, GuidelineDocument document)
    {
        using var pdf = PdfDocument.Open(pdfBytes);
        return Verify(pdf, document);
    }

    private sealed class Line
    {
        public int PdfPage;
        public int PrintedPage;
        public string Text = "";
        public double FontSize;
        public double Baseline;
        public bool IsFooter;
        public bool IsFirstOnPage;
        public int Order;
    }

    private static PdfVerificationReport Verify(PdfDocument pdf, GuidelineDocument document)
    {
        var lines = new List<Line>();
        var sizes = new Dictionary<double, int>();
        int? footerTotal = null;
        foreach (var page in pdf.GetPages())
        {
            var pageLines = ReadLines(page, sizes);
            Line? footer = null;
            foreach (var line in pageLines.Where(l => Footer.IsMatch(l.Text)).OrderBy(l => l.Baseline))
            {
                footer = line;
                break;
            }
            int printed = page.Number;
            if (footer is not null)
            {
                var match = Footer.Match(footer.Text);
                printed = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
                footerTotal ??= int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
                footer.IsFooter = true;
            }
            bool first = true;
            foreach (var line in pageLines.OrderByDescending(l => l.Baseline))
            {
                line.PrintedPage = printed;
                if (!line.IsFooter)
                {
                    line.IsFirstOnPage = first;
                    first = false;
                    line.Order = lines.Count;
                    lines.Add(line);
                }
            }
        }
        double body = sizes.Count == 0 ? 0 : sizes.OrderByDescending(s => s.Value).ThenBy(s => s.Key).First().Key;

        // Section keys: title, number + title, aliases (not the number alone: it would match stray numbers).
        var sections = document.AllSections;
        var keys = new Dictionary<string, GuidelineSection>(StringComparer.Ordinal);
        foreach (var section in sections)
        {
            foreach (string name in new[] { section.Title, section.DisplayTitle }.Concat(section.Number is null ? Array.Empty<string>() : new[] { section.Number + " " + section.Title }).Concat(section.Aliases))
            {
                string key = TextKey.Normalize(name);
                if (key.Length > 0)
                {
                    keys.TryAdd(key, section);
                }
            }
        }

        bool IsLarge(Line line) => body > 0 && line.FontSize >= body * HeadingRatio;
        var headingOf = new Dictionary<GuidelineSection, Line>();
        foreach (var pass in new[] { true, false })
        {
            foreach (var line in lines)
            {
                if (IsLarge(line) == pass && keys.TryGetValue(TextKey.Normalize(line.Text), out var section) && !headingOf.ContainsKey(section))
                {
                    headingOf.Add(section, line);
                }
            }
        }
        var sectionOf = headingOf.ToDictionary(p => p.Value, p => p.Key);
        var headings = lines.Where(l => sectionOf.ContainsKey(l) || IsLarge(l)).ToList();

        var findings = new List<PdfFinding>();
        if (footerTotal is not null && document.StatedTotal is not null && footerTotal != document.StatedTotal)
        {
            findings.Add(new PdfFinding(PdfFindingKind.StatedTotalDiffers, null,
                $"{document.Id}: the footers say \"of {footerTotal}\", the catalogue's statedTotal is {document.StatedTotal}",
                document.StatedTotal.Value.ToString(CultureInfo.InvariantCulture), footerTotal.Value.ToString(CultureInfo.InvariantCulture), 0));
        }
        int lastPage = lines.Count == 0 ? pdf.NumberOfPages : lines.Max(l => l.PrintedPage);
        var verified = new Dictionary<string, PageSet>(StringComparer.Ordinal);
        foreach (var section in sections)
        {
            if (!headingOf.TryGetValue(section, out var heading))
            {
                if (section.PageSet is not null)
                {
                    findings.Add(new PdfFinding(PdfFindingKind.HeadingNotFound, section.FullId,
                        $"{section.FullId} \"{section.Title}\": no heading found in the PDF (catalogue: pp. {section.PageSet})", section.PageSet.ToString(), null, 0));
                }
                continue;
            }
            int end = lastPage;
            foreach (var next in headings)
            {
                if (next.Order <= heading.Order)
                {
                    continue;
                }
                if (sectionOf.TryGetValue(next, out var nextSection) ? IsWithin(nextSection, section) : next.FontSize < heading.FontSize)
                {
                    continue;
                }
                end = next.IsFirstOnPage ? next.PrintedPage - 1 : next.PrintedPage;
                break;
            }
            var pages = new PageSet(new PageRange(heading.PrintedPage, Math.Max(heading.PrintedPage, end)));
            verified[section.Id] = pages;
            if (section.PageSet is null)
            {
                findings.Add(new PdfFinding(PdfFindingKind.PagesMissing, section.FullId,
                    $"{section.FullId} \"{section.Title}\": the catalogue has no pages; the heading stands on page {heading.PrintedPage} (pp. {pages})", null, pages.ToString(), heading.PdfPage));
            }
            else if (section.PageSet.Low != heading.PrintedPage)
            {
                findings.Add(new PdfFinding(PdfFindingKind.FirstPageDisagrees, section.FullId,
                    $"{section.FullId} \"{section.Title}\": the catalogue starts it on page {section.PageSet.Low} (pp. {section.PageSet}), its heading stands on page {heading.PrintedPage} (pp. {pages})",
                    section.PageSet.ToString(), pages.ToString(), heading.PdfPage));
            }
            else if (!section.PageSet.Equals(pages))
            {
                findings.Add(new PdfFinding(PdfFindingKind.PagesDiffer, section.FullId,
                    $"{section.FullId} \"{section.Title}\": the catalogue has pp. {section.PageSet}, the PDF pp. {pages}", section.PageSet.ToString(), pages.ToString(), heading.PdfPage));
            }
        }
        foreach (var line in headings.Where(l => !sectionOf.ContainsKey(l)))
        {
            findings.Add(new PdfFinding(PdfFindingKind.HeadingNotInCatalogue, null,
                $"heading \"{line.Text}\" on page {line.PrintedPage} is not in the catalogue's {document.Id}", null, line.PrintedPage.ToString(CultureInfo.InvariantCulture), line.PdfPage));
        }
        var headingRecords = headings.Select(l => new PdfHeading(l.PdfPage, l.PrintedPage, l.Text, l.FontSize, l.IsFirstOnPage)
        {
            SectionId = sectionOf.TryGetValue(l, out var s) ? s.FullId : null,
        }).ToList();
        return new PdfVerificationReport(document.Id, pdf.NumberOfPages, footerTotal, body, headingRecords, findings, verified);
    }

    private static bool IsWithin(GuidelineSection candidate, GuidelineSection ancestor)
    {
        for (var parent = candidate.Parent; parent is not null; parent = parent.Parent)
        {
            if (ReferenceEquals(parent, ancestor))
            {
                return true;
            }
        }
        return false;
    }

    private static List<Line> ReadLines(Page page, Dictionary<double, int> sizes)
    {
        var lines = new List<Line>();
        foreach (var group in page.GetWords()
            .Where(w => !string.IsNullOrWhiteSpace(w.Text))
            .GroupBy(w => Math.Round(w.BoundingBox.Bottom)))
        {
            var words = group.OrderBy(w => w.BoundingBox.Left).ToList();
            double size = 0;
            foreach (var letter in words.SelectMany(w => w.Letters))
            {
                double rounded = Math.Round(letter.PointSize * 2) / 2;
                size = Math.Max(size, rounded);
                if (!string.IsNullOrWhiteSpace(letter.Value))
                {
                    sizes[rounded] = sizes.TryGetValue(rounded, out int count) ? count + 1 : 1;
                }
            }
            lines.Add(new Line
            {
                PdfPage = page.Number,
                Text = string.Join(" ", words.Select(w => w.Text)),
                FontSize = size,
                Baseline = group.Key,
            });
        }
        return lines;
    }
}
