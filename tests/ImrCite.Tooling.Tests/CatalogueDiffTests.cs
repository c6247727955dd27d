using System.Linq;
using System.Text.Json;
using ImrCite.Catalogue;
using Xunit;
using Xunit.Abstractions;

namespace ImrCite.Tooling.Tests;

public class CatalogueDiffTests
{
    private const string Guide = "ImrCite.Guidelines.TestSrc.Guide";
    private readonly ITestOutputHelper _output;

    public CatalogueDiffTests(ITestOutputHelper output) => _output = output;

    private static CatalogueDiffResult Compare(string before, string after, GuidelineDate? asOf = null) =>
        CatalogueDiffer.Compare(
            CatalogueSnapshot.FromTexts("old", ("test.imrcite.json", before)),
            CatalogueSnapshot.FromTexts("new", ("test.imrcite.json", after)),
            new CatalogueDiffOptions { AsOf = asOf ?? new GuidelineDate(2025, 1, 1) });

    [Fact]
    public void GeneratedApiListsSectionMembersAndIds()
    {
        var members = GeneratedApi.Collect(new[] { ("test.imrcite.json", Fixtures.Catalogue()) }, null);
        Assert.Contains(Guide, members.Keys);
        Assert.Contains(Guide + ".Opioids", members.Keys);
        Assert.Contains(Guide + ".Ids.Opioids", members.Keys);
        Assert.Contains(Guide + ".Pages(int, int)", members.Keys);
        Assert.Contains("ImrCite.Guidelines.TestSrc", members.Keys);
        Assert.DoesNotContain(members.Values, m => m.IsObsolete);
    }

    [Fact]
    public void RemovingASectionIsABreakingChangeAndRetitlingOneIsARename()
    {
        var diff = Compare(Fixtures.Catalogue(), Fixtures.Catalogue(introTitle: "Overview", withNsaids: false));
        _output.WriteLine(diff.ToText());

        Assert.Contains(new CatalogueChange(CatalogueChangeKind.SectionRemoved, Fixtures.DocumentId + "/nsaids", "NSAIDs & GI risk", null), diff.Changes);
        Assert.Contains(new CatalogueChange(CatalogueChangeKind.SectionRenamed, Fixtures.DocumentId + "/intro", "Introduction", "Overview"), diff.Changes);
        Assert.Equal(2, diff.Changes.Count);

        Assert.True(diff.IsBreaking);
        var removed = diff.RemovedMembers.Select(m => m.Path).ToList();
        Assert.Contains(Guide + ".Introduction", removed);
        Assert.Contains(Guide + ".Ids.Introduction", removed);
        Assert.Contains(Guide + ".NSAIDsGIRisk", removed);
        Assert.Contains(Guide + ".Ids.NSAIDsGIRisk", removed);
        Assert.Equal(4, removed.Count);
        Assert.Equal(new[] { Guide + ".Ids.Overview", Guide + ".Overview" }, diff.AddedMembers.Select(m => m.Path).OrderBy(p => p, System.StringComparer.Ordinal));

        string text = diff.ToText();
        Assert.Contains("section removed: test.guide.2020/nsaids", text);
        Assert.Contains("Breaking: generated members removed", text);

        using var json = JsonDocument.Parse(diff.ToJson());
        Assert.True(json.RootElement.GetProperty("breaking").GetBoolean());
        Assert.Contains(json.RootElement.GetProperty("changes").EnumerateArray(), c => c.GetProperty("kind").GetString() == "SectionRemoved");
        Assert.Contains(json.RootElement.GetProperty("api").EnumerateArray(), c => c.GetProperty("kind").GetString() == "Removed" && c.GetProperty("path").GetString() == Guide + ".Introduction");
    }

    [Fact]
    public void RepagingAndSupersessionAreReportedAndObsoleteMembersListed()
    {
        string after = Fixtures.Catalogue(extraIntro: ", \"provenance\": \"verified\", \"supersededBy\": \"test.guide.2020/opioids\", \"supersededOn\": \"2021-06-01\"");
        var diff = Compare(Fixtures.Catalogue(), after);
        _output.WriteLine(diff.ToText());
        Assert.Contains(diff.Changes, c => c.Kind == CatalogueChangeKind.SectionRepaged && c.Id == Fixtures.DocumentId + "/intro" && c.New == "pp. 1-2 [verified]");
        Assert.Contains(diff.Changes, c => c.Kind == CatalogueChangeKind.SectionSuperseded && c.New == "test.guide.2020/opioids on 2021-06-01");
        Assert.False(diff.IsBreaking);
        var obsolete = Assert.Single(diff.ObsoletedMembers);
        Assert.Equal(Guide + ".Introduction", obsolete.Path);
        Assert.Contains("superseded", obsolete.ObsoleteMessage);

        // Before the supersession date nothing is obsolete yet.
        Assert.Empty(Compare(Fixtures.Catalogue(), after, new GuidelineDate(2021, 5, 31)).ObsoletedMembers);
    }

    /// <summary>
    /// A version date decides which dated citation picks a document, and a scope what a citation is checked against
    /// (IMR0200): a maintainer reviewing a change must see both, each once, documents first.
    /// </summary>
    [Fact]
    public void VersionDatesAndScopesChangedAreReported()
    {
        string after = Fixtures.Catalogue(extraIntro: ", \"addresses\": []")
            .Replace("\"edition\": \"2020\",", "\"edition\": \"2020\",\n      \"versionDate\": \"2020-02-13\",\n      \"addresses\": [\"opioids\"],", System.StringComparison.Ordinal)
            .Replace("\"addresses\": [\"opioids\"] }", "\"addresses\": [] }", System.StringComparison.Ordinal);
        var diff = Compare(Fixtures.Catalogue(), after);
        _output.WriteLine(diff.ToText());

        Assert.Equal(
            new[]
            {
                new CatalogueChange(CatalogueChangeKind.DocumentVersionDateChanged, Fixtures.DocumentId, null, "2020-02-13"),
                new CatalogueChange(CatalogueChangeKind.DocumentScopeChanged, Fixtures.DocumentId, "(none declared)", "[opioids]"),
                new CatalogueChange(CatalogueChangeKind.SectionScopeChanged, Fixtures.DocumentId + "/intro", "(none declared)", "[] (addresses nothing)"),
                new CatalogueChange(CatalogueChangeKind.SectionScopeChanged, Fixtures.DocumentId + "/opioids", "[opioids]", "[] (addresses nothing)"),
            },
            diff.Changes);
        Assert.False(diff.IsBreaking);
        Assert.Contains("document version date changed: test.guide.2020 none -> 2020-02-13", diff.ToText(), System.StringComparison.Ordinal);
        Assert.True(Compare(after, after).IsEmpty);
    }

    /// <summary>
    /// An alias decides which letter text cites a record, so a maintainer reviewing a change must see it: an alias added
    /// to a section or a document, or removed from one, is a change of its own, not "No changes.".
    /// </summary>
    [Fact]
    public void AliasesAddedAndRemovedAreReported()
    {
        string before = Fixtures.Catalogue(extraIntro: ", \"aliases\": [\"Overview\"]");
        string after = Fixtures.Catalogue(extraIntro: ", \"aliases\": [{ \"name\": \"Preface\", \"source\": \"the guide's own running head\" }]")
            .Replace("\"codeName\": \"Guide\",", "\"codeName\": \"Guide\",\n      \"aliases\": [\"Test Guideline\"],", System.StringComparison.Ordinal);
        var diff = Compare(before, after);
        _output.WriteLine(diff.ToText());

        Assert.Equal(
            new[]
            {
                new CatalogueChange(CatalogueChangeKind.DocumentAliasAdded, Fixtures.DocumentId, null, "Test Guideline"),
                new CatalogueChange(CatalogueChangeKind.SectionAliasAdded, Fixtures.DocumentId + "/intro", null, "Preface"),
                new CatalogueChange(CatalogueChangeKind.SectionAliasRemoved, Fixtures.DocumentId + "/intro", "Overview", null),
            },
            diff.Changes);
        Assert.False(diff.IsEmpty);
        Assert.False(diff.IsBreaking);
        string text = diff.ToText();
        Assert.DoesNotContain("No changes", text, System.StringComparison.Ordinal);
        Assert.Contains("document alias added: test.guide.2020 \"Test Guideline\"", text, System.StringComparison.Ordinal);
        Assert.Contains("section alias removed: test.guide.2020/intro \"Overview\"", text, System.StringComparison.Ordinal);

        // The same name with a source noted is no change to what a letter may write.
        string reordered = Fixtures.Catalogue(extraIntro: ", \"aliases\": [{ \"name\": \"Overview\", \"source\": \"a note\" }]");
        Assert.True(Compare(before, reordered).IsEmpty, Compare(before, reordered).ToText());
    }

    [Fact]
    public void ShippedCatalogueComparedWithItselfHasNoChanges()
    {
        var snapshot = CatalogueSnapshot.FromPaths("shipped", new[] { Fixtures.ShippedFolder() });
        var members = GeneratedApi.Collect(snapshot.Files, new GuidelineDate(2025, 1, 1));
        Assert.Contains("ImrCite.Guidelines.Mtus.ChronicPain.Opioids", members.Keys);
        Assert.Contains("ImrCite.Guidelines.Mtus.ChronicPain.Ids.Opioids", members.Keys);
        var diff = CatalogueDiffer.Compare(snapshot, snapshot);
        Assert.True(diff.IsEmpty, diff.ToText());
    }
}
