namespace ImrCite.Cli.Output.Html;

/// <summary>
/// <c>imrcite catalogue report</c>: the catalogue as one searchable page — sources, each document's window in force on
/// a timeline (inline SVG, with a table of the same dates), supersession chains, and every document with its
/// sections, pages and how each page fact is known (verified, secondary, cited), coverage, status and aliases with
/// where each name comes from. The search box keeps the documents and sections whose names, aliases or ids hold every
/// word typed. Nothing in it depends on the time or the machine, so the shipped catalogue's page (docs/catalogue.html)
/// is the same wherever it is written and CI can check it is fresh.
/// </summary>
internal static class CatalogueView
{
    private const int TimelineWidth = 760;
    private const int TimelineLabel = 250;
    private const int TimelineRow = 18;

    /// <summary>Writes the page for <paramref name="catalogue"/>.</summary>
    public static void Write(TextWriter output, GuidelineCatalogue catalogue)
    {
        var documents = Ordered(catalogue);
        int sections = documents.Sum(d => d.AllSections.Count);
        int aliases = catalogue.Sources.Sum(s => s.AliasEntries.Count) + documents.Sum(d => d.AliasEntries.Count + d.AllSections.Sum(s => s.AliasEntries.Count));
        string subtitle = $"{Count(catalogue.Sources.Count, "source")}, {Count(documents.Count, "document")}, {Count(sections, "section")}, {Count(aliases, "alias", "aliases")} and {Count(catalogue.Treatments.Count, "treatment")}.";
        const string navigation = "<a href=\"#sources\">Sources</a> · <a href=\"#timeline\">In force</a> · <a href=\"#chains\">Supersession</a> · <a href=\"#documents\">Documents and sections</a> · <a href=\"#treatments\">Treatments</a>";
        HtmlPage.Start(output, "ImrCite guideline catalogue", "ImrCite guideline catalogue", subtitle, PageAssets.InPage, navigation);
        output.Write("<div class=\"search sticky\" role=\"search\"><label for=\"catalogue-search\">Search documents, sections and aliases</label> " +
            "<input id=\"catalogue-search\" type=\"search\" data-filter=\"catalogue\" data-status=\"catalogue-search-status\" autocomplete=\"off\">" +
            "<span id=\"catalogue-search-status\" class=\"search-status\" role=\"status\"></span></div>\n");
        WriteSources(output, catalogue, documents);
        WriteTimeline(output, catalogue, documents);
        WriteChains(output, catalogue, documents);
        output.Write("<div id=\"catalogue\">\n");
        WriteDocuments(output, catalogue, documents);
        WriteTreatments(output, catalogue);
        output.Write("</div>\n");
        HtmlPage.End(output, PageAssets.InPage, "Written by <code>imrcite catalogue report</code> from the catalogue files. Nothing on this page is fetched from the network: it works offline.");
        output.Flush();
    }

    private static string Count(int count, string noun, string? plural = null) =>
        count.ToString("N0", CultureInfo.InvariantCulture) + " " + (count == 1 ? noun : plural ?? noun + "s");

    /// <summary>Documents by source (in the catalogue's order of sources), then by the date they took effect, then id.</summary>
    private static List<GuidelineDocument> Ordered(GuidelineCatalogue catalogue)
    {
        var sourceOrder = catalogue.Sources.Select((s, i) => (s.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        return catalogue.Documents
            .OrderBy(d => sourceOrder.TryGetValue(d.SourceId, out int i) ? i : int.MaxValue)
            .ThenBy(d => (d.EffectiveFrom ?? d.ProposedOn)?.ToString() ?? "9999")
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToList();
    }

    private static string DocumentAnchor(string id) => "doc-" + id;

    private static string TierName(EvidenceTier tier) => tier switch
    {
        EvidenceTier.Mtus => "MTUS",
        EvidenceTier.MtusRegulation => "MTUS regulation",
        EvidenceTier.Guideline => "Evidence-based guideline",
        EvidenceTier.PeerReviewed => "Peer-reviewed evidence",
        _ => "Other",
    };

    /// <summary>How a page fact is known, as a badge: verified, secondary or cited.</summary>
    private static string ProvenanceBadge(Provenance provenance) => provenance switch
    {
        Provenance.Verified => "<span class=\"badge resolved\">verified</span>",
        Provenance.Secondary => "<span class=\"badge unverified\">secondary</span>",
        _ => "<span class=\"badge note\">cited</span>",
    };

    private static string CoverageName(SectionCoverage coverage) => coverage == SectionCoverage.Complete ? "complete" : "partial";

    private static string Aliases(IReadOnlyList<GuidelineAlias> aliases)
    {
        if (aliases.Count == 0)
        {
            return "—";
        }
        var text = new StringBuilder("<ul class=\"cites\">");
        foreach (var alias in aliases)
        {
            text.Append("<li>").Append(Html.Text(alias.Name));
            if (alias.Source is { } source)
            {
                text.Append(" <span class=\"role\">(").Append(Html.Text(source)).Append(")</span>");
            }
            text.Append("</li>");
        }
        return text.Append("</ul>").ToString();
    }

    private static string SearchText(params IEnumerable<string?>[] parts) =>
        string.Join(" ", parts.SelectMany(p => p).Where(p => !string.IsNullOrEmpty(p)));

    private static IEnumerable<string?> AliasWords(IReadOnlyList<GuidelineAlias> aliases) => aliases.SelectMany(a => new[] { a.Name, a.Source });

    private static void WriteSources(TextWriter output, GuidelineCatalogue catalogue, List<GuidelineDocument> documents)
    {
        output.Write("<section aria-labelledby=\"sources\" data-filter-aside=\"catalogue\"><h2 id=\"sources\">Sources</h2>\n");
        output.Write("<table><caption>Sources, their standing in the evidence hierarchy and how completely the catalogue lists their sections</caption><thead><tr><th scope=\"col\">Source</th><th scope=\"col\">Id</th><th scope=\"col\">Standing</th><th scope=\"col\">Coverage</th><th scope=\"col\" class=\"num\">Documents</th><th scope=\"col\">Aliases</th><th scope=\"col\">Note</th></tr></thead><tbody>\n");
        foreach (var source in catalogue.Sources)
        {
            int count = documents.Count(d => d.SourceId == source.Id);
            output.Write($"<tr><th scope=\"row\">{Html.Text(source.Name)}</th><td class=\"mono\">{Html.Text(source.Id)}</td><td>{TierName(source.Tier)}</td><td>{CoverageName(source.Coverage)}</td>" +
                $"<td class=\"num\">{count}</td><td>{Aliases(source.AliasEntries)}</td><td>{Html.Text(source.Note ?? "")}</td></tr>\n");
        }
        output.Write("</tbody></table>\n</section>\n");
    }

    private static void WriteTimeline(TextWriter output, GuidelineCatalogue catalogue, List<GuidelineDocument> documents)
    {
        output.Write("<section aria-labelledby=\"timeline\" data-filter-aside=\"catalogue\"><h2 id=\"timeline\">When each document was in force</h2>\n");
        var dates = documents.SelectMany(d => new[] { d.EffectiveFrom, d.EffectiveTo, d.SupersededOn, d.ProposedOn }).Where(d => d is not null).Select(d => d!.Value).ToList();
        if (dates.Count == 0)
        {
            output.Write("<p>No document has a date.</p>\n</section>\n");
            return;
        }
        // The axis runs from the first year to the year after the last date the catalogue names: no clock is read,
        // so the page is the same whenever it is written. A window still open runs to the end of the axis.
        int firstYear = dates.Min(d => d.Year);
        int endYear = dates.Max(d => d.Year) + 2;
        double Scale(double year) => TimelineLabel + (year - firstYear) / (endYear - firstYear) * (TimelineWidth - TimelineLabel - 10);
        static double YearOf(GuidelineDate date) => date.Year + (date.Month - 1) / 12.0 + (date.Day - 1) / 365.0;
        var rows = new List<(string Label, GuidelineDocument? Document)>();
        foreach (var group in documents.GroupBy(d => d.SourceId))
        {
            rows.Add((catalogue.FindSource(group.Key)?.Name ?? group.Key, null));
            rows.AddRange(group.Select(d => (d.CanonicalName, (GuidelineDocument?)d)));
        }
        int height = 24 + rows.Count * TimelineRow;
        int open = documents.Count(d => d.EffectiveFrom is not null && d.EffectiveTo is null);
        int proposed = documents.Count(d => d.IsProposed);
        output.Write($"<svg class=\"chart timeline\" role=\"img\" aria-labelledby=\"timeline-title timeline-desc\" viewBox=\"0 0 {TimelineWidth} {height}\" width=\"{TimelineWidth}\" height=\"{height}\" xmlns=\"http://www.w3.org/2000/svg\">");
        output.Write($"<title id=\"timeline-title\">Timeline of the documents' windows in force, {firstYear} to {endYear - 1}</title>");
        output.Write($"<desc id=\"timeline-desc\">{documents.Count} documents by source; {open} still in force, {proposed} proposed and never in force. The table after the chart gives every date.</desc>");
        for (int year = firstYear; year <= endYear; year++)
        {
            double x = Scale(year);
            output.Write($"<line class=\"gridline\" x1=\"{N(x)}\" y1=\"14\" x2=\"{N(x)}\" y2=\"{height}\"></line>");
            if ((year - firstYear) % 2 == 0 && year < endYear)
            {
                output.Write($"<text x=\"{N(x + 2)}\" y=\"12\">{year}</text>");
            }
        }
        for (int r = 0; r < rows.Count; r++)
        {
            var (label, document) = rows[r];
            int top = 20 + r * TimelineRow;
            string shown = label.Length > 38 ? label[..37] + "…" : label;
            if (document is null)
            {
                output.Write($"<text x=\"4\" y=\"{top + 13}\" font-weight=\"bold\">{Html.Text(shown)}</text>");
                continue;
            }
            output.Write($"<text x=\"{TimelineLabel - 6}\" y=\"{top + 13}\" text-anchor=\"end\">{Html.Text(shown)}</text>");
            if (document.EffectiveFrom is { } from)
            {
                double start = Scale(YearOf(from));
                double end = document.EffectiveTo is { } to ? Scale(YearOf(to)) : Scale(endYear);
                string kind = document.EffectiveTo is null ? "window open" : "window";
                output.Write($"<rect class=\"{kind}{(document.IsMtus ? " mtus" : "")}\" x=\"{N(start)}\" y=\"{top + 3}\" width=\"{N(Math.Max(2, end - start))}\" height=\"{TimelineRow - 6}\"></rect>");
            }
            else if (document.ProposedOn is { } proposedOn)
            {
                double start = Scale(YearOf(proposedOn));
                output.Write($"<rect class=\"proposed\" x=\"{N(start)}\" y=\"{top + 3}\" width=\"{N(Math.Max(6, Scale(endYear) - start))}\" height=\"{TimelineRow - 6}\"></rect>");
            }
        }
        output.Write("</svg>\n");
        output.Write("<ul class=\"legend\"><li><svg width=\"14\" height=\"14\" aria-hidden=\"true\" focusable=\"false\"><rect class=\"window mtus\" width=\"14\" height=\"14\"></rect></svg> MTUS, in force</li>" +
            "<li><svg width=\"14\" height=\"14\" aria-hidden=\"true\" focusable=\"false\"><rect class=\"window\" width=\"14\" height=\"14\"></rect></svg> other, in force</li>" +
            "<li><svg width=\"14\" height=\"14\" aria-hidden=\"true\" focusable=\"false\"><rect class=\"proposed\" x=\"1\" y=\"1\" width=\"12\" height=\"12\"></rect></svg> proposed, never in force</li></ul>\n");
        output.Write("<table id=\"table-windows\"><caption>Documents and their windows in force</caption><thead><tr><th scope=\"col\">Document</th><th scope=\"col\">In force from</th><th scope=\"col\">Until</th><th scope=\"col\">Status</th><th scope=\"col\">Superseded by</th></tr></thead><tbody>\n");
        foreach (var document in documents)
        {
            string until = document.EffectiveTo?.ToString() ?? (document.EffectiveFrom is null ? "—" : "still in force");
            output.Write($"<tr><th scope=\"row\"><a href=\"#{Html.Attribute(DocumentAnchor(document.Id))}\">{Html.Text(document.CanonicalName)}</a></th><td>{document.EffectiveFrom?.ToString() ?? "—"}</td><td>{until}</td>" +
                $"<td>{Status(document)}</td><td>{Successor(catalogue, document.SupersededBy, document.SupersededOn)}</td></tr>\n");
        }
        output.Write("</tbody></table>\n</section>\n");
    }

    private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Status(GuidelineDocument document) =>
        document.IsProposed ? "proposed" + (document.ProposedOn is { } on ? $" on {on}" : "") + ", never in force" : "adopted";

    private static string Successor(GuidelineCatalogue catalogue, string? id, GuidelineDate? on)
    {
        if (id is null)
        {
            return "—";
        }
        string date = on is { } when ? $" on {when}" : "";
        if (catalogue.FindDocument(id) is { } document)
        {
            return $"<a href=\"#{Html.Attribute(DocumentAnchor(document.Id))}\">{Html.Text(document.CanonicalName)}</a>{date}";
        }
        if (catalogue.FindSection(id) is { } section)
        {
            return $"<a href=\"#{Html.Attribute(DocumentAnchor(section.Document.Id))}\">{Html.Text(section.DisplayTitle)}</a> ({Html.Text(section.Document.CanonicalName)}){date}";
        }
        return $"<span class=\"mono\">{Html.Text(id)}</span>{date}";
    }

    private static void WriteChains(TextWriter output, GuidelineCatalogue catalogue, List<GuidelineDocument> documents)
    {
        output.Write("<section aria-labelledby=\"chains\" data-filter-aside=\"catalogue\"><h2 id=\"chains\">Supersession chains</h2>\n");
        var successors = new HashSet<string>(documents.Where(d => d.SupersededBy is not null).Select(d => d.SupersededBy!), StringComparer.Ordinal);
        var starts = documents.Where(d => d.SupersededBy is not null && !successors.Contains(d.Id)).ToList();
        if (starts.Count == 0)
        {
            output.Write("<p>No document supersedes another.</p>\n</section>\n");
            return;
        }
        output.Write("<p>Each document, the one that replaced it and when, to the version in force today.</p>\n<ul>\n");
        foreach (var start in starts)
        {
            output.Write("<li class=\"chain\">");
            var seen = new HashSet<string>(StringComparer.Ordinal);
            GuidelineDocument? current = start;
            bool first = true;
            while (current is not null && seen.Add(current.Id))
            {
                if (!first)
                {
                    output.Write(" → ");
                }
                output.Write($"<a href=\"#{Html.Attribute(DocumentAnchor(current.Id))}\">{Html.Text(current.CanonicalName)}</a>");
                if (current.SupersededOn is { } on && current.SupersededBy is not null)
                {
                    output.Write($" <span class=\"role\">(until {on})</span>");
                }
                first = false;
                current = current.SupersededBy is { } next ? catalogue.FindDocument(next) : null;
            }
            output.Write("</li>\n");
        }
        output.Write("</ul>\n</section>\n");
    }

    private static void WriteDocuments(TextWriter output, GuidelineCatalogue catalogue, List<GuidelineDocument> documents)
    {
        output.Write("<section aria-labelledby=\"documents\"><h2 id=\"documents\">Documents and sections</h2>\n");
        foreach (var document in documents)
        {
            string search = SearchText(new[] { document.CanonicalName, document.Title, document.Id, document.Edition, document.Series, document.Chapter, document.SourceId, document.Regulation },
                AliasWords(document.AliasEntries));
            output.Write($"<section class=\"doc\" id=\"{Html.Attribute(DocumentAnchor(document.Id))}\" data-filter-group data-search=\"{Html.Attribute(search)}\" aria-labelledby=\"{Html.Attribute(DocumentAnchor(document.Id))}-title\">\n");
            output.Write($"<h3 id=\"{Html.Attribute(DocumentAnchor(document.Id))}-title\">{Html.Text(document.CanonicalName)}</h3>\n<dl data-filter-detail>\n");
            Term(output, "Id", $"<span class=\"mono\">{Html.Text(document.Id)}</span>");
            Term(output, "Source", Html.Text(catalogue.FindSource(document.SourceId)?.Name ?? document.SourceId) + $" ({TierName(document.Tier)})");
            Term(output, "Status", Status(document));
            Term(output, "In force", document.EffectiveFrom is { } from ? $"from {from}" + (document.EffectiveTo is { } to ? $" to {to}" : ", still in force") : "never");
            Term(output, "Coverage", CoverageName(document.Coverage) + (document.Coverage == SectionCoverage.Complete
                ? ": every section is listed, so a section not listed does not exist"
                : ": only some sections are listed, so a topic not listed may still exist (unverified)"));
            Term(output, "Pages", document.PageSet is { } pages ? $"{Html.Text(pages.ToString())} {ProvenanceBadge(document.PagesProvenance)}" + (document.StatedTotal is { } total ? $", stated total {total}" : "") : "cited by section only");
            if (document.Regulation is { } regulation)
            {
                Term(output, "Regulation", Html.Text(regulation));
            }
            if (document.SupersededBy is not null)
            {
                Term(output, "Superseded by", Successor(catalogue, document.SupersededBy, document.SupersededOn));
            }
            Term(output, "Aliases", Aliases(document.AliasEntries));
            if (document.SourceNote.Length > 0)
            {
                Term(output, "Where the facts come from", Html.Text(document.SourceNote));
            }
            output.Write("</dl>\n");
            WriteSections(output, catalogue, document);
            output.Write("</section>\n");
        }
        output.Write("</section>\n");
    }

    private static void Term(TextWriter output, string term, string definition) => output.Write($"<dt>{term}</dt><dd>{definition}</dd>\n");

    private static void WriteSections(TextWriter output, GuidelineCatalogue catalogue, GuidelineDocument document)
    {
        if (document.AllSections.Count == 0)
        {
            output.Write("<p>No sections listed.</p>\n");
            return;
        }
        output.Write($"<table><caption>Sections of {Html.Text(document.CanonicalName)}</caption><thead><tr><th scope=\"col\">Section</th><th scope=\"col\">Id</th><th scope=\"col\">Pages</th><th scope=\"col\">Aliases</th><th scope=\"col\">Addresses</th><th scope=\"col\">Notes</th></tr></thead><tbody>\n");
        foreach (var section in document.AllSections)
        {
            int depth = 0;
            for (var parent = section.Parent; parent is not null; parent = parent.Parent)
            {
                depth++;
            }
            string search = SearchText(new[] { section.DisplayTitle, section.Id, section.FullId }, AliasWords(section.AliasEntries), section.Addresses);
            string pages = section.PageSet is { } set ? $"{Html.Text(set.ToString())} {ProvenanceBadge(section.PagesProvenance)}" : "—";
            var notes = new List<string>();
            if (section.EffectiveFrom is { } from)
            {
                notes.Add($"from {from}");
            }
            if (section.SupersededBy is not null)
            {
                notes.Add("superseded by " + Successor(catalogue, section.SupersededBy, section.SupersededOn));
            }
            if (section.Note is { Length: > 0 } note)
            {
                notes.Add(Html.Text(note));
            }
            string addresses = section.Addresses.Count == 0 ? "—" : Html.Text(string.Join(", ", section.Addresses));
            output.Write($"<tr class=\"depth-{Math.Min(depth, 3)}\" id=\"{Html.Attribute("sec-" + section.FullId)}\" data-filter-item data-search=\"{Html.Attribute(search)}\"><th scope=\"row\">{Html.Text(section.DisplayTitle)}</th>" +
                $"<td class=\"mono\">{Html.Text(section.Id)}</td><td>{pages}</td><td>{Aliases(section.AliasEntries)}</td><td>{addresses}</td><td>{(notes.Count == 0 ? "—" : string.Join("; ", notes))}</td></tr>\n");
        }
        output.Write("</tbody></table>\n");
    }

    private static void WriteTreatments(TextWriter output, GuidelineCatalogue catalogue)
    {
        output.Write("<section aria-labelledby=\"treatments\" data-filter-group data-search=\"treatments\"><h2 id=\"treatments\">Treatments</h2>\n");
        output.Write("<p>The treatments and classes the catalogue knows, with the names letters use for them; a section that addresses one is a match for a disputed item that names it.</p>\n");
        output.Write("<table><caption>Treatments, their names and classes</caption><thead><tr><th scope=\"col\">Treatment</th><th scope=\"col\">Names</th><th scope=\"col\">Classes</th></tr></thead><tbody>\n");
        foreach (var treatment in catalogue.Treatments.OrderBy(t => t.Id, StringComparer.Ordinal))
        {
            string search = SearchText(new[] { treatment.Id }, treatment.Names, treatment.Classes);
            output.Write($"<tr data-filter-item data-search=\"{Html.Attribute(search)}\"><th scope=\"row\" class=\"mono\">{Html.Text(treatment.Id)}</th><td>{Html.Text(string.Join(", ", treatment.Names))}</td><td>{Html.Text(string.Join(", ", treatment.Classes))}</td></tr>\n");
        }
        output.Write("</tbody></table>\n</section>\n");
    }
}
