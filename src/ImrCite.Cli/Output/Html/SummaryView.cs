namespace ImrCite.Cli.Output.Html;

/// <summary>What the summary links to and names: each letter's page, each rule's page, guideline names by id.</summary>
internal sealed record SummaryLinks(
    Func<string, string?> LetterHref, Func<RuleDescriptor, string> RuleHref,
    IReadOnlyDictionary<string, string> DocumentNames, IReadOnlyDictionary<string, string> SectionNames, IReadOnlySet<string> NotRead);

/// <summary>
/// The corpus summary of a lint report: the figures (<see cref="LintStats"/>, the same as <c>imrcite stats</c> gives for
/// the run's JSON), citations by outcome and by who cited them, findings by rule and severity, the guidelines and
/// sections most cited, and — for maintainers — the citations that did not resolve or are unverified, ranked by how many
/// letters use them. Each chart is inline SVG followed by a table of the same figures; then the letters.
/// </summary>
internal static class SummaryView
{
    private const int TopGuidelines = 15;
    private const int TopSections = 20;
    private const int TopNames = 30;

    private static readonly ChartSeries[] OutcomeSeries =
    {
        new("Resolved", "bar-resolved"), new("Unverified", "bar-unverified"), new("Not resolved", "bar-unresolved"),
    };

    private static readonly ChartSeries[] SeveritySeries =
    {
        new("Errors", "bar-error"), new("Warnings", "bar-warning"), new("Notes", "bar-note"),
    };

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>Writes the summary; its headings are at level 2 and 3.</summary>
    public static void Write(TextWriter output, LintStats stats, LintTotals totals, SummaryLinks links)
    {
        var citations = stats.Citations;
        output.Write("<section aria-labelledby=\"figures\"><h2 id=\"figures\">Figures</h2>\n<dl class=\"figures\">\n");
        Figure(output, "letters", "Letters", stats.LettersRead);
        if (links.NotRead.Count + totals.Failures.Count > 0)
        {
            Figure(output, "not-read", "Files not read", links.NotRead.Count + totals.Failures.Count);
        }
        Figure(output, "disputed-items", "Disputed items", stats.DisputedItems);
        Figure(output, "statements-cited", "Guideline statements cited", stats.StatementsCited);
        Figure(output, "citations", "Citations", citations.Total);
        Figure(output, "citations-resolved", "Resolved", citations.Resolved);
        Figure(output, "citations-unverified", "Unverified", citations.Unverified);
        Figure(output, "citations-unresolved", "Not resolved", citations.Unresolved);
        Figure(output, "errors", "Errors", stats.Errors);
        Figure(output, "warnings", "Warnings", stats.Warnings);
        Figure(output, "notes", "Notes", stats.Notes);
        Figure(output, "letters-with-errors", "Letters with an error", stats.LettersWithErrors);
        if (totals.Suppressed > 0)
        {
            Figure(output, "baseline-accepted", "Findings the baseline accepted", totals.Suppressed);
        }
        output.Write("</dl>\n</section>\n");

        WriteOutcomes(output, stats);
        WriteFindingsByRule(output, stats, links);
        WriteMostCited(output, stats, links);
        WriteNames(output, stats);
        WriteLetters(output, stats, totals, links);
    }

    private static void Figure(TextWriter output, string key, string label, int value) =>
        output.Write($"<div><dt>{label}</dt><dd data-figure=\"{key}\">{N(value)}</dd></div>\n");

    private static void WriteOutcomes(TextWriter output, LintStats stats)
    {
        output.Write("<section aria-labelledby=\"outcomes\"><h2 id=\"outcomes\">Citations by outcome</h2>\n");
        var all = stats.Citations;
        var rows = new List<(string Label, Outcomes Outcomes)> { ("All citations", all) };
        rows.AddRange(stats.CitationsByRole.Select(r => (RoleLabel(r.Role), r.Outcomes)));
        SvgChart.Bars(output, "chart-outcomes", "Citations by outcome, in all and by who cited them",
            $"{N(all.Resolved)} of {N(all.Total)} citations resolved, {N(all.Unverified)} unverified, {N(all.Unresolved)} not resolved. The table below gives every figure.",
            rows.Select(r => new ChartRow(r.Label, new[] { r.Outcomes.Resolved, r.Outcomes.Unverified, r.Outcomes.Unresolved })).ToList(), OutcomeSeries);
        output.Write("<table id=\"table-outcomes\"><caption>Citations by outcome and by who cited them</caption><thead><tr><th scope=\"col\">Cited by</th><th scope=\"col\" class=\"num\">Resolved</th><th scope=\"col\" class=\"num\">Unverified</th><th scope=\"col\" class=\"num\">Not resolved</th><th scope=\"col\" class=\"num\">Total</th></tr></thead><tbody>\n");
        foreach (var (label, outcomes) in rows)
        {
            output.Write($"<tr><th scope=\"row\">{Html.Text(label)}</th><td class=\"num\">{N(outcomes.Resolved)}</td><td class=\"num\">{N(outcomes.Unverified)}</td><td class=\"num\">{N(outcomes.Unresolved)}</td><td class=\"num\">{N(outcomes.Total)}</td></tr>\n");
        }
        output.Write("</tbody></table>\n</section>\n");
    }

    private static string RoleLabel(string role) => role switch
    {
        "claims_administrator" => "Claims administrator",
        "maximus" => "MAXIMUS reviewer",
        "rationale" => "Decision rationale",
        _ => "Elsewhere",
    };

    private static void WriteFindingsByRule(TextWriter output, LintStats stats, SummaryLinks links)
    {
        output.Write("<section aria-labelledby=\"rules\"><h2 id=\"rules\">Findings by rule and severity</h2>\n");
        var rules = stats.FindingsByRule.ToList();
        if (rules.Count == 0)
        {
            output.Write("<p>No findings.</p>\n</section>\n");
            return;
        }
        SvgChart.Bars(output, "chart-rules", "Findings by rule and severity",
            $"{N(stats.Errors)} errors, {N(stats.Warnings)} warnings and {N(stats.Notes)} notes under {rules.Count} rules. The table below gives every figure.",
            rules.Select(r => new ChartRow($"{r.Rule} {Rules.Find(r.Rule)?.Title}", new[] { r.Counts.Errors, r.Counts.Warnings, r.Counts.Notes })).ToList(), SeveritySeries);
        output.Write("<table id=\"table-rules\"><caption>Findings by rule and severity</caption><thead><tr><th scope=\"col\">Rule</th><th scope=\"col\">Title</th><th scope=\"col\" class=\"num\">Errors</th><th scope=\"col\" class=\"num\">Warnings</th><th scope=\"col\" class=\"num\">Notes</th><th scope=\"col\" class=\"num\">Total</th></tr></thead><tbody>\n");
        foreach (var (id, counts) in rules)
        {
            var rule = Rules.Find(id);
            string name = rule is null ? Html.Text(id) : $"<a href=\"{Html.Attribute(links.RuleHref(rule))}\">{rule.Id}</a>";
            output.Write($"<tr data-rule=\"{Html.Attribute(id)}\"><th scope=\"row\">{name}</th><td>{Html.Text(rule?.Title ?? "")}</td><td class=\"num\" data-severity=\"error\">{N(counts.Errors)}</td><td class=\"num\" data-severity=\"warning\">{N(counts.Warnings)}</td><td class=\"num\" data-severity=\"note\">{N(counts.Notes)}</td><td class=\"num\">{N(counts.Total)}</td></tr>\n");
        }
        output.Write("</tbody></table>\n</section>\n");
    }

    private static void WriteMostCited(TextWriter output, LintStats stats, SummaryLinks links)
    {
        output.Write("<section aria-labelledby=\"most-cited\"><h2 id=\"most-cited\">Guidelines and sections most cited</h2>\n");
        var documents = stats.MostCitedDocuments(TopGuidelines);
        if (documents.Count == 0)
        {
            output.Write("<p>No citation resolved to a guideline.</p>\n</section>\n");
            return;
        }
        SvgChart.Bars(output, "chart-documents", $"The {documents.Count} guidelines most cited, by citations",
            $"Most cited: {Name(links.DocumentNames, documents[0].Name)}, {N(documents[0].Citations)} citations in {N(documents[0].Letters)} letters. The table below gives every figure.",
            documents.Select(d => new ChartRow(Name(links.DocumentNames, d.Name), new[] { d.Citations })).ToList(), new[] { new ChartSeries("Citations", "bar-plain") },
            cutInTheMiddle: true);
        UseTable(output, "table-documents", "Guidelines most cited", "Guideline", documents, links.DocumentNames);
        var sections = stats.MostCitedSections(TopSections);
        if (sections.Count > 0)
        {
            UseTable(output, "table-sections", "Sections most cited", "Section", sections, links.SectionNames);
        }
        output.Write("</section>\n");
    }

    private static string Name(IReadOnlyDictionary<string, string> names, string id) => names.TryGetValue(id, out var name) ? name : id;

    private static void UseTable(TextWriter output, string id, string caption, string what, IReadOnlyList<NameUse> uses, IReadOnlyDictionary<string, string> names)
    {
        output.Write($"<table id=\"{id}\"><caption>{caption}</caption><thead><tr><th scope=\"col\">{what}</th><th scope=\"col\">Catalogue id</th><th scope=\"col\" class=\"num\">Citations</th><th scope=\"col\" class=\"num\">Letters</th></tr></thead><tbody>\n");
        foreach (var use in uses)
        {
            output.Write($"<tr><th scope=\"row\">{Html.Text(Name(names, use.Name))}</th><td class=\"mono\">{Html.Text(use.Name)}</td><td class=\"num\">{N(use.Citations)}</td><td class=\"num\">{N(use.Letters)}</td></tr>\n");
        }
        output.Write("</tbody></table>\n");
    }

    private static void WriteNames(TextWriter output, LintStats stats)
    {
        output.Write("<section aria-labelledby=\"to-add\"><h2 id=\"to-add\">For maintainers: what the catalogue lacks</h2>\n");
        output.Write("<p>Citations as the letters write them, ranked by how many letters use them: what to add to the catalogue next, or what the letters get wrong.</p>\n");
        NameTable(output, "table-unresolved", "Citations that did not resolve", stats.UnresolvedNames(TopNames));
        NameTable(output, "table-unverified", "Unverified citations: topics of guidelines the catalogue holds only in part", stats.UnverifiedNames(TopNames));
        output.Write("</section>\n");
    }

    private static void NameTable(TextWriter output, string id, string caption, IReadOnlyList<NameUse> names)
    {
        if (names.Count == 0)
        {
            output.Write($"<p id=\"{id}\">{caption}: none.</p>\n");
            return;
        }
        output.Write($"<table id=\"{id}\"><caption>{caption}</caption><thead><tr><th scope=\"col\">Citation as written</th><th scope=\"col\" class=\"num\">Letters</th></tr></thead><tbody>\n");
        foreach (var name in names)
        {
            output.Write($"<tr><td>{Html.Text(name.Name)}</td><td class=\"num\">{N(name.Letters)}</td></tr>\n");
        }
        output.Write("</tbody></table>\n");
    }

    private static void WriteLetters(TextWriter output, LintStats stats, LintTotals totals, SummaryLinks links)
    {
        output.Write("<section aria-labelledby=\"letters\"><h2 id=\"letters\">Letters</h2>\n");
        output.Write("<div class=\"search\"><label for=\"letter-filter\">Find a letter</label> <input id=\"letter-filter\" type=\"search\" data-filter=\"table-letters\" data-status=\"letter-filter-status\" autocomplete=\"off\">" +
            "<span id=\"letter-filter-status\" class=\"search-status\" role=\"status\"></span></div>\n");
        output.Write("<table id=\"table-letters\"><caption>Each letter's disputed items, citations and findings</caption><thead><tr><th scope=\"col\">Letter</th><th scope=\"col\" class=\"num\">Items</th><th scope=\"col\" class=\"num\">Resolved</th><th scope=\"col\" class=\"num\">Unverified</th><th scope=\"col\" class=\"num\">Not resolved</th><th scope=\"col\" class=\"num\">Errors</th><th scope=\"col\" class=\"num\">Warnings</th><th scope=\"col\" class=\"num\">Notes</th></tr></thead>\n<tbody data-filter-group>\n");
        foreach (var (file, figures) in stats.PerLetter)
        {
            string name = Html.Text(file) + (links.NotRead.Contains(file) ? " (not read)" : "");
            string cell = links.LetterHref(file) is { } href ? $"<a href=\"{Html.Attribute(href)}\">{name}</a>" : name;
            output.Write($"<tr data-filter-item data-search=\"{Html.Attribute(file)}\"><th scope=\"row\" class=\"mono\">{cell}</th><td class=\"num\">{N(figures.Items)}</td><td class=\"num\">{N(figures.Citations.Resolved)}</td><td class=\"num\">{N(figures.Citations.Unverified)}</td><td class=\"num\">{N(figures.Citations.Unresolved)}</td><td class=\"num\">{N(figures.Errors)}</td><td class=\"num\">{N(figures.Warnings)}</td><td class=\"num\">{N(figures.Notes)}</td></tr>\n");
        }
        output.Write("</tbody></table>\n");
        if (totals.Failures.Count > 0)
        {
            output.Write("<h3 id=\"unreadable\">Files that could not be read</h3>\n<ul>\n");
            foreach (var (file, message) in totals.Failures)
            {
                output.Write($"<li><span class=\"mono\">{Html.Text(file)}</span>: {Html.Text(message)}</li>\n");
            }
            output.Write("</ul>\n");
        }
        output.Write("</section>\n");
    }
}
