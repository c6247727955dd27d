using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Xml.Linq;
using ImrCite.Catalogue;
using ImrCite.Citations;
using ImrCite.Guidelines;
using ImrCite.Testing;
using Xunit;

// The tests are public for xunit, not documented: CS1591 is for the generated API (GenerateDocumentationFile).
#pragma warning disable CS1591

namespace ImrCite.Consumer.Tests;

/// <summary>
/// Across the whole shipped catalogue: the generated API is consistent with itself and with the catalogue the
/// run-time loader reads from the same files.
/// </summary>
public sealed class ShippedCatalogueGenerationTests
{
    private static string CatalogueDirectory() => RepositoryPaths.Combine("guidelines", "catalogue");

    private static LoadedCatalogue Loaded() =>
        CatalogueLoader.Load(Directory.GetFiles(CatalogueDirectory(), "*.imrcite.json").OrderBy(p => p, StringComparer.Ordinal));

    /// <summary>
    /// Every generated document class, with the id its [GuidelineRecord] names, and every section property, with the id
    /// its class's <c>Ids</c> constant of the same name holds (how the analyzers find a section property's record).
    /// </summary>
    private static IEnumerable<(string RecordId, object Value, string Member)> GeneratedMembers()
    {
        var types = typeof(GeneratedCatalogue).Assembly.GetTypes()
            .Where(t => t.Namespace == "ImrCite.Guidelines" && t.GetCustomAttribute<GuidelineRecordAttribute>() is not null);
        foreach (var type in types)
        {
            var document = (GuidelineDocument)type.GetProperty("Document", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
            yield return (type.GetCustomAttribute<GuidelineRecordAttribute>()!.Id, document, type.FullName!);
            var ids = type.GetNestedType("Ids", BindingFlags.Public);
            Assert.True(ids is not null, $"{type.FullName} has no Ids class");
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => p.PropertyType == typeof(GuidelineSection)))
            {
                var constant = ids!.GetField(property.Name, BindingFlags.Public | BindingFlags.Static);
                Assert.True(constant is { IsLiteral: true }, $"{type.FullName}.{property.Name} has no Ids constant");
                yield return ((string)constant!.GetRawConstantValue()!, property.GetValue(null)!, type.FullName + "." + property.Name);
            }
        }
    }

    [Fact]
    public void EveryGeneratedMemberIsTheRecordItNames()
    {
        var members = GeneratedMembers().ToList();
        Assert.True(members.Count > 50, $"Only {members.Count} generated members");
        var wrong = members
            .Where(m => m.Value switch
            {
                GuidelineDocument d => d.Id != m.RecordId,
                GuidelineSection s => s.FullId != m.RecordId,
                _ => true,
            })
            .Select(m => $"{m.Member}: names \"{m.RecordId}\" but is {(m.Value is GuidelineSection s ? s.FullId : ((GuidelineDocument)m.Value).Id)}")
            .ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    /// <summary>
    /// The documentation file this project's build writes (what an editor shows for the generated API of a referenced
    /// assembly; for its own code it reads the same comments): each document class names its document with its pages
    /// and window, each section property says its title and, where the catalogue has them, its pages and their
    /// provenance, and each <c>Ids</c> constant is documented.
    /// </summary>
    [Fact]
    public void EveryGeneratedMemberIsDocumentedWithWhatItCites()
    {
        string path = Path.ChangeExtension(typeof(ShippedCatalogueGenerationTests).Assembly.Location, ".xml");
        var summaries = XDocument.Load(path).Descendants("member")
            .ToDictionary(m => (string)m.Attribute("name")!, m => m.Element("summary")?.Value ?? "", StringComparer.Ordinal);
        string Summary(string name) => summaries.TryGetValue(name, out string? summary) ? summary : "(not documented)";
        var wrong = new List<string>();
        int sections = 0;
        foreach (var (id, value, member) in GeneratedMembers())
        {
            string name = member.Replace('+', '.');
            if (value is GuidelineDocument document)
            {
                string summary = Summary("T:" + name);
                if (!summary.StartsWith(document.CanonicalName + ": ", StringComparison.Ordinal) || !summary.Contains("force", StringComparison.Ordinal)
                    || (document.PageSet is { } documentPages && !summary.Contains(documentPages.ToDisplayString(), StringComparison.Ordinal)))
                {
                    wrong.Add($"{name}: '{summary}'");
                }
                continue;
            }
            var section = (GuidelineSection)value;
            sections++;
            string expected = section.PageSet is null
                ? section.DisplayTitle
                : $"{section.DisplayTitle}, {section.PageSet.ToCitationString()} ({Provenance(section.PagesProvenance)}).";
            if (Summary("P:" + name) != expected)
            {
                wrong.Add($"{name}: '{Summary("P:" + name)}', expected '{expected}'");
            }
            int dot = name.LastIndexOf('.');
            string constant = "F:" + name.Substring(0, dot) + ".Ids" + name.Substring(dot);
            if (Summary(constant).Length == 0 || Summary(constant) == "(not documented)")
            {
                wrong.Add($"{constant}: not documented");
            }
        }
        Assert.True(sections > 500, $"Only {sections} section properties");
        Assert.True(wrong.Count == 0, $"{wrong.Count} generated member(s) not documented as expected:\n" + string.Join("\n", wrong.Take(40)));
    }

    private static string Provenance(Provenance provenance) => provenance switch
    {
        ImrCite.Catalogue.Provenance.Verified => "verified",
        ImrCite.Catalogue.Provenance.Secondary => "secondary source",
        _ => "cited, unverified",
    };

    [Fact]
    public void EveryGeneratedMemberIsInTheGeneratedCatalogue()
    {
        foreach (var (id, value, member) in GeneratedMembers())
        {
            object? found = value is GuidelineDocument ? GeneratedCatalogue.Default.FindDocument(id) : GeneratedCatalogue.Default.FindSection(id);
            Assert.True(ReferenceEquals(found, value), $"{member} ({id}) is not what GeneratedCatalogue.Default finds");
        }
    }

    [Fact]
    public void TheGeneratedCatalogueMatchesTheLoadedOne()
    {
        var loaded = Loaded();
        var generated = GeneratedCatalogue.Default;
        var differences = new List<string>();
        foreach (var want in loaded.Catalogue.Documents.Where(d => loaded.Catalogue.FindSource(d.SourceId) is not null))
        {
            var got = generated.FindDocument(want.Id);
            if (got is null)
            {
                differences.Add($"{want.Id}: not generated");
                continue;
            }
            void Same(string what, object? a, object? b)
            {
                if (!Equals(a, b))
                {
                    differences.Add($"{want.Id} {what}: generated '{b}', loaded '{a}'");
                }
            }
            Same("CanonicalName", want.CanonicalName, got.CanonicalName);
            Same("Tier", want.Tier, got.Tier);
            Same("PageSet", want.PageSet?.ToString(), got.PageSet?.ToString());
            Same("PagesProvenance", want.PagesProvenance, got.PagesProvenance);
            Same("EffectiveFrom", want.EffectiveFrom, got.EffectiveFrom);
            Same("EffectiveTo", want.EffectiveTo, got.EffectiveTo);
            Same("SupersededBy", want.SupersededBy, got.SupersededBy);
            Same("Aliases", string.Join("|", want.AliasEntries), string.Join("|", got.AliasEntries));
            Same("Status", want.Status, got.Status);
            Same("ProposedOn", want.ProposedOn, got.ProposedOn);
            Same("VersionDate", want.VersionDate, got.VersionDate);
            Same("Coverage", want.Coverage, got.Coverage);
            Same("Sections", string.Join("|", want.AllSections.Select(s => s.Id)), string.Join("|", got.AllSections.Select(s => s.Id)));
            foreach (var section in want.AllSections)
            {
                var other = got.AllSections.FirstOrDefault(s => s.Id == section.Id && s.Title == section.Title);
                if (other is null)
                {
                    differences.Add($"{section.FullId}: not generated");
                    continue;
                }
                Same(section.Id + " DisplayTitle", section.DisplayTitle, other.DisplayTitle);
                Same(section.Id + " PageSet", section.PageSet?.ToString(), other.PageSet?.ToString());
                Same(section.Id + " PagesProvenance", section.PagesProvenance, other.PagesProvenance);
                Same(section.Id + " Aliases", string.Join("|", section.AliasEntries), string.Join("|", other.AliasEntries));
                Same(section.Id + " Addresses", string.Join("|", section.Addresses), string.Join("|", other.Addresses));
                Same(section.Id + " SupersededBy", section.SupersededBy, other.SupersededBy);
            }
        }
        Assert.True(differences.Count == 0, string.Join("\n", differences.Take(40)));
    }

    private static List<string> ReadBackFailures(Func<GuidelineSection, CitationAnalysis, bool> ok)
    {
        var failures = new List<string>();
        foreach (var document in GeneratedCatalogue.Default.Documents)
        {
            foreach (var section in document.AllSections)
            {
                string text = section.CiteAtOwnPages().ToString();
                var analysis = GeneratedCatalogue.Validate(text, document.EffectiveFrom);
                if (!ok(section, analysis))
                {
                    failures.Add($"{section.FullId}: '{text}' reads as [{string.Join("; ", analysis.Citations.Select(c => c.Document.Id + "/" + c.Section?.Id))}] {string.Join(" ", analysis.Problems.Select(p => p.Id + " " + p.Message))}");
                }
            }
        }
        return failures;
    }

    /// <summary>The canonical form of every section citation (Citation.ToString) reads back as that section, without errors.</summary>
    [Fact]
    public void EveryCanonicalSectionCitationResolvesToItsSection()
    {
        var failures = ReadBackFailures((section, analysis) =>
            analysis.Citations.Any(c => ReferenceEquals(c.Section, section)) && analysis.IsValid);
        Assert.True(failures.Count == 0, $"{failures.Count} canonical citation(s) do not resolve to their section:\n" + string.Join("\n", failures.Take(60)));
    }

    /// <summary>One canonical citation reads as one citation, not as the section plus a stray document-only citation.</summary>
    [Fact]
    public void EveryCanonicalSectionCitationReadsAsOneCitation()
    {
        var failures = ReadBackFailures((section, analysis) => analysis.Citations.Count() == 1);
        Assert.True(failures.Count == 0, $"{failures.Count} canonical citation(s) read as more than one citation:\n" + string.Join("\n", failures.Take(60)));
    }
}
