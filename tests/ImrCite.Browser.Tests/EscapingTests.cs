using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ImrCite.Browser.Tests.Infrastructure;
using Xunit;

namespace ImrCite.Browser.Tests;

/// <summary>
/// Markup in a letter or a catalogue — in its text, its file name, a disputed item, a citation, an alias — is shown as
/// text and never runs, in element content and in attribute values alike. The pages' Content-Security-Policy is
/// bypassed here, so what keeps the markup inert is the escaping alone.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EscapingTests(BrowserFixture browser)
{
    private const string Payload = "<script>window.__injected = 'script'</script>";
    private const string AttributeBreak = "\"><img src=x onerror=\"window.__injected='img'\">";
    private const string QuoteBreak = "' onmouseover='window.__injected=1' x='";

    /// <summary>A synthetic letter with markup in its item, its citations and its rationale.</summary>
    private static string Letter() => $"""
        Case Number: CM99-0000001
        Decision Date: 06/15/2015

        IMR ISSUES, DECISIONS AND RATIONALES
        The Final Determination was based on decisions for the disputed items/services set forth below:

        Norco {Payload} 10/325 mg {AttributeBreak} #90: Upheld

        Claims Administrator guideline: Decision based on MTUS Chronic Pain Treatment Guidelines
        Opioids Page(s): 74-96 of 112 {QuoteBreak}.

        MAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines <b onmouseover="window.__injected='b'">Opioids</b> Page(s): 76-79.

        Decision rationale: The MTUS Chronic Pain Medical Treatment Guidelines, page 80 {Payload}, ask for documented improvement.
        The request is not medically necessary.
        """;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task MarkupInALetterIsShownAsText(bool folder)
    {
        string letters = Directory.CreateTempSubdirectory("imrcite-escaping-").FullName;
        // A file name that would break out of an attribute or start an element.
        string name = "x\"><svg onload=\"window.__injected='name'\">.txt";
        File.WriteAllText(Path.Combine(letters, name), Letter());
        string output = Path.Combine(letters, folder ? "report/" : "report.html");
        var (code, text) = Reports.Imrcite(letters, "lint", ".", "--format", "html", "-o", output);
        Assert.True(code == 1, text); // the letter's wrong total is an error

        string page = folder ? Directory.GetFiles(Path.Combine(letters, "report", "letters")).Single() : output;
        await using var session = await PageSession.OpenAsync(browser.Browser, page, bypassCsp: true);
        foreach (var mark in await session.Page.Locator("mark.hl").AllAsync())
        {
            await mark.HoverAsync();
            await mark.FocusAsync();
            await session.Page.EvaluateAsync("() => document.activeElement.blur()"); // its explanation would cover the next one
        }
        Assert.Equal("undefined", await session.Page.EvaluateAsync<string>("() => typeof window.__injected"));
        Assert.Equal(0, await session.Page.Locator("main img, main svg[onload], main b, main script").CountAsync());
        Assert.Equal(1, await session.Page.Locator("script").CountAsync()); // the report's own
        // The letter's text as shown, without the explanations that open on its highlights.
        string shown = await session.Page.EvaluateAsync<string>(
            "() => { const text = document.querySelector('.letter-text').cloneNode(true); text.querySelectorAll('.tip').forEach(t => t.remove()); return text.textContent; }");
        Assert.Contains(Payload, shown, StringComparison.Ordinal);
        Assert.Contains(AttributeBreak, shown, StringComparison.Ordinal);
        Assert.Contains(QuoteBreak, shown, StringComparison.Ordinal);
        Assert.Equal("./" + name, await session.Page.Locator(".letter").GetAttributeAsync("data-file"));
        Assert.True(await session.Page.Locator(".items .item-head").First.TextContentAsync() is { } item && item.Contains(Payload, StringComparison.Ordinal));
        session.AssertClean();
    }

    [Fact]
    public async Task MarkupInACatalogueIsShownAsText()
    {
        string folder = Directory.CreateTempSubdirectory("imrcite-escaping-").FullName;
        string catalogue = Path.Combine(folder, "team.imrcite.json");
        File.WriteAllText(catalogue, $$"""
            {
              "sources": [
                { "id": "team", "name": "Team {{Json(Payload)}}", "tier": "other", "aliases": [ "{{Json(AttributeBreak)}}" ] }
              ],
              "documents": [
                {
                  "id": "team.guide",
                  "source": "team",
                  "title": "Guide {{Json(QuoteBreak)}}",
                  "edition": "2020",
                  "effectiveFrom": "2020-01-01",
                  "sourceNote": "{{Json(Payload)}}",
                  "sections": [
                    { "id": "one", "title": "One {{Json(Payload)}}", "pages": "1-2", "aliases": [ { "name": "{{Json(AttributeBreak)}}", "source": "{{Json(QuoteBreak)}}" } ] }
                  ]
                }
              ]
            }
            """);
        string output = Path.Combine(folder, "catalogue.html");
        var (code, text) = Reports.Imrcite(folder, "catalogue", "report", catalogue, "-o", output);
        Assert.True(code == 0, text);
        await using var session = await PageSession.OpenAsync(browser.Browser, output, bypassCsp: true);
        await session.Page.Locator("#catalogue-search").FillAsync("onerror");
        Assert.True(await session.Page.Locator("tr[id=\"sec-team.guide/one\"]").IsVisibleAsync());
        Assert.Equal("undefined", await session.Page.EvaluateAsync<string>("() => typeof window.__injected"));
        Assert.Equal(0, await session.Page.Locator("main img, main script").CountAsync());
        string shown = await session.Page.Locator("main").TextContentAsync() ?? "";
        Assert.Contains("One " + Payload, shown, StringComparison.Ordinal);
        Assert.Contains(AttributeBreak, shown, StringComparison.Ordinal);
        Assert.Contains(QuoteBreak, shown, StringComparison.Ordinal);
        session.AssertClean();
    }

    private static string Json(string text) => System.Text.Json.JsonSerializer.Serialize(text)[1..^1];
}
