using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using ImrCite.Browser.Tests.Infrastructure;
using ImrCite.Testing;
using Microsoft.Playwright;
using Xunit;

namespace ImrCite.Browser.Tests;

/// <summary>
/// The lint report of the sample letters, as one file and as a folder, in Chromium: every error the JSON output lists
/// is highlighted as an error on the exact characters, and its message, rule id and rule page are reachable by
/// hovering and by the keyboard alone; the summary's figures are those of the JSON output; nothing is fetched and
/// nothing is reported on the console.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LintReportTests(BrowserFixture browser, Reports reports)
{
    private sealed record Finding(string File, string Rule, string Severity, string Message, int Line, int Column, int EndLine, int EndColumn);

    private IReadOnlyList<Finding> Findings(string? severity = null) => reports.LintJson.GetProperty("findings").EnumerateArray()
        .Select(f => new Finding(f.GetProperty("file").GetString()!, f.GetProperty("ruleId").GetString()!, f.GetProperty("severity").GetString()!,
            f.GetProperty("message").GetString()!, f.GetProperty("line").GetInt32(), f.GetProperty("column").GetInt32(),
            f.GetProperty("endLine").GetInt32(), f.GetProperty("endColumn").GetInt32()))
        .Where(f => severity is null || f.Severity == severity)
        .ToList();

    /// <summary>The highlight (<c>.ann</c>) that explains a finding.</summary>
    private static ILocator HighlightOf(IPage page, Finding finding) => page.Locator(
        $".letter[data-file=\"{finding.File}\"] .ann:has(> .tip > .finding[data-rule=\"{finding.Rule}\"][data-line=\"{finding.Line}\"][data-column=\"{finding.Column}\"][data-end-line=\"{finding.EndLine}\"][data-end-column=\"{finding.EndColumn}\"])");

    /// <summary>The letter's characters a finding points at, from the letter file itself.</summary>
    private static string SpanText(Finding finding)
    {
        string[] lines = File.ReadAllText(RepositoryPaths.Combine(finding.File)).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (finding.Line == finding.EndLine)
        {
            return lines[finding.Line - 1][(finding.Column - 1)..(finding.EndColumn - 1)];
        }
        var parts = new List<string> { lines[finding.Line - 1][(finding.Column - 1)..] };
        parts.AddRange(lines[finding.Line..(finding.EndLine - 1)]);
        parts.Add(lines[finding.EndLine - 1][..(finding.EndColumn - 1)]);
        return string.Join("\n", parts);
    }

    [Fact]
    public async Task EveryErrorIsHighlightedOnItsCharactersAndExplainedOnHover()
    {
        var errors = Findings("error");
        Assert.NotEmpty(errors); // the samples hold errors on purpose
        await using var session = await PageSession.OpenAsync(browser.Browser, Reports.LintFile);
        var page = session.Page;
        foreach (var error in errors)
        {
            var highlight = HighlightOf(page, error);
            Assert.Equal(1, await highlight.CountAsync());
            var mark = highlight.Locator("> mark");
            Assert.Equal("error", await mark.GetAttributeAsync("data-kind"));
            Assert.Contains("error", (await mark.GetAttributeAsync("class"))!.Split(' '));
            Assert.Contains(SpanText(error), await mark.TextContentAsync(), StringComparison.Ordinal);

            var tip = highlight.Locator("> .tip");
            Assert.False(await tip.IsVisibleAsync());
            await mark.HoverAsync();
            Assert.True(await tip.IsVisibleAsync(), $"hovering {error.Rule} at {error.File}({error.Line},{error.Column}) shows no explanation");
            string shown = (await tip.InnerTextAsync()).ReplaceLineEndings(" ");
            Assert.Contains(error.Message, shown, StringComparison.Ordinal);
            Assert.Contains(error.Rule, shown, StringComparison.Ordinal);
            // The explanation is the highlight's accessible description, as assistive technology reads it.
            Assert.Equal(await tip.GetAttributeAsync("id"), await mark.GetAttributeAsync("aria-describedby"));
            await page.Mouse.MoveAsync(0, 0);
            Assert.False(await tip.IsVisibleAsync());
        }
        session.AssertClean();
    }

    [Fact]
    public async Task EveryErrorIsReachedWithTheTabKeyAndItsRulePageFromThere()
    {
        var errors = Findings("error");
        await using var session = await PageSession.OpenAsync(browser.Browser, Reports.LintFile);
        var page = session.Page;
        var wanted = new Dictionary<string, Finding>();
        foreach (var error in errors)
        {
            wanted[(await HighlightOf(page, error).GetAttributeAsync("id"))!] = error;
        }
        // Tab through the whole page once, as a keyboard user does, noting what each highlight shows when focused.
        var seen = new Dictionary<string, (bool Visible, string Text)>();
        for (int presses = 0; presses < 2000 && seen.Count < wanted.Count; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<JsonElement>(
                "() => { const e = document.activeElement; const ann = e && e.tagName === 'MARK' ? e.closest('.ann') : null;" +
                " if (!ann) return null; const tip = ann.querySelector(':scope > .tip');" +
                " return { id: ann.id, visible: getComputedStyle(tip).display !== 'none', text: tip.innerText }; }");
            if (focused.ValueKind == JsonValueKind.Object && wanted.ContainsKey(focused.GetProperty("id").GetString()!))
            {
                seen[focused.GetProperty("id").GetString()!] = (focused.GetProperty("visible").GetBoolean(), focused.GetProperty("text").GetString()!);
            }
        }
        foreach (var (id, error) in wanted)
        {
            Assert.True(seen.TryGetValue(id, out var state), $"Tab never reached the highlight of {error.Rule} at {error.File}({error.Line},{error.Column})");
            Assert.True(state.Visible, $"the explanation of {error.Rule} is hidden while its highlight has focus");
            Assert.Contains(error.Message, state.Text.ReplaceLineEndings(" "), StringComparison.Ordinal);
        }

        // Escape hides the explanation of the focused highlight, and focus stays there; it shows again when focus comes back.
        var first = errors[0];
        var highlight = HighlightOf(page, first);
        var tip = highlight.Locator("> .tip");
        await highlight.Locator("> mark").FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await tip.IsVisibleAsync(), "the explanation closes when focus moves into it");
        await page.Keyboard.PressAsync("Escape");
        Assert.False(await tip.IsVisibleAsync(), "Escape does not hide the explanation");
        Assert.Equal(await highlight.GetAttributeAsync("id"), await page.EvaluateAsync<string>("() => document.activeElement.closest('.ann').id"));
        await page.Keyboard.PressAsync("Shift+Tab");
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await tip.IsVisibleAsync());

        // From a focused highlight, Tab reaches the rule's link inside the explanation, and Enter opens the rule's page.
        await page.Keyboard.PressAsync("Tab");
        string link = await page.EvaluateAsync<string>("() => document.activeElement.tagName + ' ' + document.activeElement.getAttribute('href') + ' ' + document.activeElement.textContent");
        Assert.Equal($"A #rule-{first.Rule} {first.Rule}", link);
        await page.Keyboard.PressAsync("Enter");
        var rulePage = page.Locator($"#rule-{first.Rule}");
        Assert.True(await rulePage.IsVisibleAsync());
        Assert.EndsWith($"#rule-{first.Rule}", page.Url, StringComparison.Ordinal);
        Assert.Contains(first.Rule, await rulePage.Locator("h3").First.TextContentAsync(), StringComparison.Ordinal);
        session.AssertClean();
    }

    [Fact]
    public async Task EveryFindingAndCitationIsShownWithItsOutcome()
    {
        await using var session = await PageSession.OpenAsync(browser.Browser, Reports.LintFile);
        var page = session.Page;
        foreach (var finding in Findings())
        {
            var highlight = HighlightOf(page, finding);
            if (await highlight.CountAsync() == 0)
            {
                // A finding about the whole letter has no characters to mark: it is listed above the letter.
                Assert.Equal(1, await page.Locator($".letter[data-file=\"{finding.File}\"] .whole-letter .finding[data-rule=\"{finding.Rule}\"]").CountAsync());
                continue;
            }
            string kind = (await highlight.Locator("> mark").GetAttributeAsync("data-kind"))!;
            // A highlight takes the worst of what it covers: never milder than this finding.
            Assert.True(Rank(kind) >= Rank(finding.Severity), $"{finding.Rule} ({finding.Severity}) is marked {kind}");
        }
        foreach (var letter in reports.LintJson.GetProperty("summary").EnumerateArray())
        {
            string file = letter.GetProperty("file").GetString()!;
            var citations = reports.LintJson.GetProperty("citations").EnumerateArray().Where(c => c.GetProperty("file").GetString() == file).ToList();
            var listed = page.Locator($".letter[data-file=\"{file}\"] .cites > li");
            Assert.Equal(citations.Count, await listed.CountAsync());
            // Each citation's canonical form, as the JSON gives it, is in the letter's structure.
            string structure = (await page.Locator($".letter[data-file=\"{file}\"] .items").InnerTextAsync()).ReplaceLineEndings(" ");
            foreach (var citation in citations.Where(c => c.GetProperty("normalized").ValueKind == JsonValueKind.String))
            {
                Assert.Contains(citation.GetProperty("normalized").GetString()!, structure, StringComparison.Ordinal);
            }
            Assert.Equal(letter.GetProperty("disputedItems").GetInt32(), await page.Locator($".letter[data-file=\"{file}\"] .items > li").CountAsync());
        }
        session.AssertClean();
    }

    private static int Rank(string kind) => kind switch
    {
        "error" => 5,
        "warning" => 4,
        "unresolved" => 3,
        "unverified" => 2,
        "note" => 1,
        _ => 0,
    };

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task TheSummaryGivesTheFiguresOfTheJsonOutput(bool folder)
    {
        await using var session = await PageSession.OpenAsync(browser.Browser, folder ? Path.Combine(Reports.LintFolder, "index.html") : Reports.LintFile);
        var page = session.Page;
        var json = reports.LintJson;
        var citations = json.GetProperty("citations").EnumerateArray().ToList();
        var findings = json.GetProperty("findings").EnumerateArray().ToList();
        var summary = json.GetProperty("summary").EnumerateArray().ToList();
        var expected = new Dictionary<string, int>
        {
            ["letters"] = summary.Count,
            ["disputed-items"] = summary.Sum(s => s.GetProperty("disputedItems").GetInt32()),
            ["statements-cited"] = reports.StatsJson.GetProperty("statementsCited").GetInt32(),
            ["citations"] = citations.Count,
            ["citations-resolved"] = citations.Count(c => c.GetProperty("outcome").GetString() == "resolved"),
            ["citations-unverified"] = citations.Count(c => c.GetProperty("outcome").GetString() == "unverified"),
            ["citations-unresolved"] = citations.Count(c => c.GetProperty("outcome").GetString() == "unresolved"),
            ["errors"] = findings.Count(f => f.GetProperty("severity").GetString() == "error"),
            ["warnings"] = findings.Count(f => f.GetProperty("severity").GetString() == "warning"),
            ["notes"] = findings.Count(f => f.GetProperty("severity").GetString() == "note"),
            ["letters-with-errors"] = summary.Count(s => s.GetProperty("errors").GetInt32() > 0),
        };
        foreach (var (figure, value) in expected)
        {
            Assert.True(value == await Figure(page, $"[data-figure=\"{figure}\"]"), $"{figure}: expected {value}");
        }
        // And the same as imrcite stats says.
        Assert.Equal(reports.StatsJson.GetProperty("disputedItems").GetInt32(), expected["disputed-items"]);
        Assert.Equal(reports.StatsJson.GetProperty("citations").GetProperty("resolved").GetInt32(), expected["citations-resolved"]);

        foreach (var rule in findings.GroupBy(f => f.GetProperty("ruleId").GetString()!))
        {
            foreach (string severity in new[] { "error", "warning", "note" })
            {
                int count = rule.Count(f => f.GetProperty("severity").GetString() == severity);
                Assert.Equal(count, await Figure(page, $"#table-rules tr[data-rule=\"{rule.Key}\"] td[data-severity=\"{severity}\"]"));
                Assert.Equal(count, reports.StatsJson.GetProperty("findingsByRule").GetProperty(rule.Key).GetProperty(severity + "s").GetInt32());
            }
        }
        Assert.Equal(findings.Select(f => f.GetProperty("ruleId").GetString()).Distinct().Count(), await page.Locator("#table-rules tbody tr").CountAsync());
        Assert.Equal(summary.Count, await page.Locator("#table-letters tbody tr").CountAsync());
        // Each chart has its text equivalent and a name.
        foreach (var chart in await page.Locator("svg.chart").AllAsync())
        {
            Assert.Equal("img", await chart.GetAttributeAsync("role"));
            Assert.False(string.IsNullOrWhiteSpace(await chart.Locator("title").TextContentAsync()));
        }
        session.AssertClean();
    }

    private static async Task<int> Figure(IPage page, string selector)
    {
        var element = page.Locator(selector);
        Assert.Equal(1, await element.CountAsync());
        return int.Parse((await element.TextContentAsync())!.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task TheFolderLinksEachLetterPageAndEachRulePage()
    {
        await using var session = await PageSession.OpenAsync(browser.Browser, Path.Combine(Reports.LintFolder, "index.html"));
        var page = session.Page;
        var errors = Findings("error");
        foreach (string file in reports.LintJson.GetProperty("summary").EnumerateArray().Select(s => s.GetProperty("file").GetString()!))
        {
            await session.GotoAsync(Path.Combine(Reports.LintFolder, "index.html"));
            await page.Locator("#table-letters a", new PageLocatorOptions { HasText = file }).ClickAsync();
            Assert.Contains("/letters/", page.Url, StringComparison.Ordinal);
            Assert.Equal(file, await page.Locator(".letter").GetAttributeAsync("data-file"));
            foreach (var error in errors.Where(e => e.File == file))
            {
                var mark = HighlightOf(page, error).Locator("> mark");
                Assert.Equal("error", await mark.GetAttributeAsync("data-kind"));
                await mark.FocusAsync();
                Assert.Contains(error.Message, (await HighlightOf(page, error).Locator("> .tip").InnerTextAsync()).ReplaceLineEndings(" "), StringComparison.Ordinal);
            }
            var ruleLink = page.Locator("table a[href^=\"../rules/\"]").First;
            if (await ruleLink.CountAsync() > 0)
            {
                string rule = (await ruleLink.TextContentAsync())!;
                await ruleLink.ClickAsync();
                Assert.EndsWith($"/rules/{rule}.html", page.Url, StringComparison.Ordinal);
                Assert.Contains(rule, await page.Locator("main h2").First.TextContentAsync(), StringComparison.Ordinal);
            }
        }
        session.AssertClean();
    }
}
