using System;
using System.Collections.Generic;

namespace ImrCite.Catalogue;

/// <summary>
/// Builds the run-time <see cref="GuidelineCatalogue"/> from catalogue files. Broken records are
/// skipped and duplicates keep their first declaration; validation reports both.
/// </summary>
#if IMRCITE_PUBLIC
public
#else
internal
#endif
static class CatalogueBuilder
{
    /// <summary>Builds a catalogue from read files.</summary>
    public static GuidelineCatalogue Build(IEnumerable<CatalogueFile> files)
    {
        var sources = new List<GuidelineSource>();
        var treatments = new List<Treatment>();
        var documents = new List<DocumentRecord>();
        var tiers = new Dictionary<string, EvidenceTier>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            foreach (var record in file.Sources)
            {
                sources.Add(new GuidelineSource(record.Id.Value, record.Name, record.Tier)
                {
                    CodeName = record.CodeName,
                    Aliases = Values(record.Aliases),
                    Note = record.Note,
                });
                if (!tiers.ContainsKey(record.Id.Value))
                {
                    tiers.Add(record.Id.Value, record.Tier);
                }
            }
            foreach (var record in file.Treatments)
            {
                treatments.Add(new Treatment(record.Id.Value, record.Names.ToArray()) { Classes = Values(record.Classes) });
            }
            documents.AddRange(file.Documents);
        }
        var built = new List<GuidelineDocument>();
        foreach (var record in documents)
        {
            var tier = record.Tier ?? (tiers.TryGetValue(record.Source.Value, out var sourceTier) ? sourceTier : EvidenceTier.Other);
            built.Add(BuildDocument(record, tier));
        }
        return new GuidelineCatalogue(sources, treatments, built);
    }

    /// <summary>Builds one document.</summary>
    public static GuidelineDocument BuildDocument(DocumentRecord record, EvidenceTier tier)
    {
        var sections = new List<GuidelineSection>();
        foreach (var section in record.Sections)
        {
            sections.Add(BuildSection(section, record.DefaultProvenance));
        }
        return new GuidelineDocument(record.Id.Value, record.Source.Value, tier, record.Title.Value, record.Edition, sections)
        {
            Series = record.Series,
            Chapter = record.Chapter,
            CodeName = record.CodeName,
            Aliases = Values(record.Aliases),
            EffectiveFrom = record.EffectiveFrom ?? default,
            EffectiveTo = record.EffectiveTo,
            PageSet = record.Pages,
            PagesProvenance = record.PagesProvenance,
            StatedTotal = record.StatedTotal,
            Regulation = record.Regulation,
            SupersededBy = record.SupersededBy?.Value,
            SupersededOn = record.SupersededOn,
            SourceNote = record.SourceNote,
        };
    }

    private static GuidelineSection BuildSection(SectionRecord record, Provenance defaultProvenance)
    {
        var children = new List<GuidelineSection>();
        foreach (var child in record.Sections)
        {
            children.Add(BuildSection(child, defaultProvenance));
        }
        return new GuidelineSection(record.Id.Value, record.Title.Value, children)
        {
            Number = record.Number,
            CodeName = record.CodeName,
            Aliases = Values(record.Aliases),
            PageSet = record.Pages,
            PagesProvenance = record.Provenance ?? defaultProvenance,
            Addresses = Values(record.Addresses),
            EffectiveFrom = record.EffectiveFrom,
            SupersededBy = record.SupersededBy?.Value,
            SupersededOn = record.SupersededOn,
            Note = record.Note,
        };
    }

    private static string[] Values(List<LocatedText> texts)
    {
        var values = new string[texts.Count];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = texts[i].Value;
        }
        return values;
    }
}
