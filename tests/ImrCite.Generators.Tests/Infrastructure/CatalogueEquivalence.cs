using System.Collections.Generic;
using System.Linq;
using ImrCite.Catalogue;
using Xunit;

namespace ImrCite.Generators.Tests.Infrastructure;

/// <summary>
/// Compares the catalogue the generated code builds with the one <see cref="CatalogueLoader"/> reads from the
/// same files: the generator promises the same run-time model, without parsing at run time.
/// </summary>
internal static class CatalogueEquivalence
{
    public static void AssertEquivalent(GuidelineCatalogue expected, GuidelineCatalogue generated, IEnumerable<string>? onlyDocuments = null)
    {
        var differences = new List<string>();
        var ids = onlyDocuments?.ToList() ?? expected.Documents.Select(d => d.Id).ToList();
        foreach (string id in ids)
        {
            var want = expected.Documents.SingleOrDefault(d => d.Id == id);
            var got = generated.Documents.SingleOrDefault(d => d.Id == id);
            if (want is null || got is null)
            {
                differences.Add($"document {id}: loader has it: {want is not null}, generated has it: {got is not null}");
                continue;
            }
            CompareDocument(want, got, differences);
        }
        foreach (var source in expected.Sources)
        {
            var got = generated.Sources.SingleOrDefault(s => s.Id == source.Id);
            if (got is null)
            {
                differences.Add($"source {source.Id}: missing from the generated catalogue");
                continue;
            }
            Same(differences, $"source {source.Id}", "Name", source.Name, got.Name);
            Same(differences, $"source {source.Id}", "Tier", source.Tier, got.Tier);
            Same(differences, $"source {source.Id}", "Aliases", Join(source.AliasEntries.Select(a => a.ToString())), Join(got.AliasEntries.Select(a => a.ToString())));
            Same(differences, $"source {source.Id}", "Coverage", source.Coverage, got.Coverage);
            Same(differences, $"source {source.Id}", "Note", source.Note, got.Note);
            if (source.CodeName is not null)
            {
                Same(differences, $"source {source.Id}", "CodeName", source.CodeName, got.CodeName);
            }
        }
        foreach (var treatment in expected.Treatments)
        {
            var got = generated.Treatments.SingleOrDefault(t => t.Id == treatment.Id);
            if (got is null)
            {
                differences.Add($"treatment {treatment.Id}: missing from the generated catalogue");
                continue;
            }
            Same(differences, $"treatment {treatment.Id}", "Names", Join(treatment.Names), Join(got.Names));
            Same(differences, $"treatment {treatment.Id}", "Classes", Join(treatment.Classes), Join(got.Classes));
            Same(differences, $"treatment {treatment.Id}", "Form", treatment.Form, got.Form);
            Same(differences, $"treatment {treatment.Id}", "Purpose", treatment.Purpose, got.Purpose);
            Same(differences, $"treatment {treatment.Id}", "BodyParts", Join(treatment.BodyParts.Select(b => b.ToString())), Join(got.BodyParts.Select(b => b.ToString())));
            Same(differences, $"treatment {treatment.Id}", "AppliesTo", Join(treatment.AppliesTo), Join(got.AppliesTo));
        }
        Assert.True(differences.Count == 0, "The generated catalogue differs from the loaded one:\n  " + string.Join("\n  ", differences));
    }

    private static void CompareDocument(GuidelineDocument want, GuidelineDocument got, List<string> differences)
    {
        string where = "document " + want.Id;
        Same(differences, where, "SourceId", want.SourceId, got.SourceId);
        Same(differences, where, "Tier", want.Tier, got.Tier);
        Same(differences, where, "Title", want.Title, got.Title);
        Same(differences, where, "Edition", want.Edition, got.Edition);
        Same(differences, where, "Series", want.Series, got.Series);
        Same(differences, where, "Chapter", want.Chapter, got.Chapter);
        if (want.CodeName is not null)
        {
            Same(differences, where, "CodeName", want.CodeName, got.CodeName);
        }
        Same(differences, where, "Aliases", Join(want.AliasEntries.Select(a => a.ToString())), Join(got.AliasEntries.Select(a => a.ToString())));
        Same(differences, where, "Status", want.Status, got.Status);
        Same(differences, where, "ProposedOn", want.ProposedOn, got.ProposedOn);
        Same(differences, where, "VersionDate", want.VersionDate, got.VersionDate);
        Same(differences, where, "Coverage", want.Coverage, got.Coverage);
        Same(differences, where, "BodyParts", Join(want.BodyParts.Select(b => b.ToString())), Join(got.BodyParts.Select(b => b.ToString())));
        Same(differences, where, "Addresses", Join(want.Addresses), Join(got.Addresses));
        Same(differences, where, "EffectiveFrom", want.EffectiveFrom, got.EffectiveFrom);
        Same(differences, where, "EffectiveTo", want.EffectiveTo, got.EffectiveTo);
        Same(differences, where, "PageSet", want.PageSet?.ToString(), got.PageSet?.ToString());
        Same(differences, where, "PagesProvenance", want.PagesProvenance, got.PagesProvenance);
        Same(differences, where, "StatedTotal", want.StatedTotal, got.StatedTotal);
        Same(differences, where, "Regulation", want.Regulation, got.Regulation);
        Same(differences, where, "SupersededBy", want.SupersededBy, got.SupersededBy);
        Same(differences, where, "SupersededOn", want.SupersededOn, got.SupersededOn);
        Same(differences, where, "SourceNote", want.SourceNote, got.SourceNote);
        Same(differences, where, "CanonicalName", want.CanonicalName, got.CanonicalName);
        Same(differences, where, "AllSections", Join(want.AllSections.Select(s => s.Id)), Join(got.AllSections.Select(s => s.Id)));
        for (int i = 0; i < want.AllSections.Count && i < got.AllSections.Count; i++)
        {
            var a = want.AllSections[i];
            var b = got.AllSections[i];
            string section = $"section {want.Id}/{a.Id}";
            Same(differences, section, "Title", a.Title, b.Title);
            Same(differences, section, "Number", a.Number, b.Number);
            // CodeName: the loader keeps the catalogue's codeName; see GeneratedCodeRuntimeTests.SectionsKeepTheirCatalogueCodeName.
            Same(differences, section, "Aliases", Join(a.AliasEntries.Select(x => x.ToString())), Join(b.AliasEntries.Select(x => x.ToString())));
            Same(differences, section, "PageSet", a.PageSet?.ToString(), b.PageSet?.ToString());
            Same(differences, section, "PagesProvenance", a.PagesProvenance, b.PagesProvenance);
            Same(differences, section, "Addresses", Join(a.Addresses), Join(b.Addresses));
            Same(differences, section, "AddressesNothing", a.AddressesNothing, b.AddressesNothing);
            Same(differences, section, "BodyParts", Join(a.BodyParts.Select(x => x.ToString())), Join(b.BodyParts.Select(x => x.ToString())));
            Same(differences, section, "EffectiveFrom", a.EffectiveFrom, b.EffectiveFrom);
            Same(differences, section, "SupersededBy", a.SupersededBy, b.SupersededBy);
            Same(differences, section, "SupersededOn", a.SupersededOn, b.SupersededOn);
            Same(differences, section, "Note", a.Note, b.Note);
            Same(differences, section, "Parent", a.Parent?.Id, b.Parent?.Id);
            Same(differences, section, "DisplayTitle", a.DisplayTitle, b.DisplayTitle);
            foreach (string key in a.MatchingKeys().Where(k => k.Length > 0)) // empty keys: see GeneratedCodeRuntimeTests.ANameWithoutWordsFindsNoSection
            {
                // The generated switch must find every section under each of its keys (first declaration wins).
                var byLoader = want.FindSectionByName(key);
                var byGenerated = got.FindSectionByName(key);
                Same(differences, section, $"FindSectionByName(\"{key}\")", byLoader?.Id, byGenerated?.Id);
            }
        }
    }

    private static string Join(IEnumerable<string> values) => "[" + string.Join(" | ", values) + "]";

    private static void Same<T>(List<string> differences, string where, string what, T expected, T actual)
    {
        if (!EqualityComparer<T>.Default.Equals(expected, actual))
        {
            differences.Add($"{where}: {what} is {Show(actual)}, expected {Show(expected)} (as the catalogue loader reads it)");
        }
    }

    private static string Show(object? value) => value is null ? "null" : "'" + value + "'";
}
