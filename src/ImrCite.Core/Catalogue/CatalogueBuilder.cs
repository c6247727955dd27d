namespace ImrCite.Catalogue;

/// <summary>
/// Builds the run-time <see cref="GuidelineCatalogue"/> from catalogue files. Broken records are
/// skipped and duplicates keep their first declaration; validation reports both.
/// </summary>
internal static class CatalogueBuilder
{
    /// <summary>Builds a catalogue from read files.</summary>
    public static GuidelineCatalogue Build(IEnumerable<CatalogueFile> files)
    {
        var sources = new List<GuidelineSource>();
        var treatments = new List<Treatment>();
        var documents = new List<DocumentRecord>();
        var sourceRecords = new Dictionary<string, SourceRecord>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            foreach (var record in file.Sources)
            {
                sources.Add(new GuidelineSource(record.Id.Value, record.Name, record.Tier)
                {
                    CodeName = record.CodeName,
                    AliasEntries = Aliases(record.Aliases, record.AliasSources),
                    Coverage = record.Coverage,
                    Note = record.Note,
                });
                if (!sourceRecords.ContainsKey(record.Id.Value))
                {
                    sourceRecords.Add(record.Id.Value, record);
                }
            }
            foreach (var record in file.Treatments)
            {
                treatments.Add(new Treatment(record.Id.Value, record.Names.ToArray())
                {
                    Classes = Values(record.Classes),
                    Form = record.Form,
                    Purpose = record.Purpose,
                    BodyParts = record.BodyParts.ToArray(),
                    AppliesTo = Values(record.AppliesTo),
                });
            }
            documents.AddRange(file.Documents);
        }
        var built = new List<GuidelineDocument>();
        foreach (var record in documents)
        {
            sourceRecords.TryGetValue(record.Source.Value, out var source);
            var tier = record.Tier ?? source?.Tier ?? EvidenceTier.Other;
            built.Add(BuildDocument(record, tier, source?.Coverage ?? SectionCoverage.Complete));
        }
        return new GuidelineCatalogue(sources, treatments, built);
    }

    /// <summary>Builds one document.</summary>
    /// <param name="record">The document as read.</param>
    /// <param name="tier">Its effective tier (its own, else its source's).</param>
    /// <param name="sourceCoverage">Its source's section coverage, which applies when the document states none.</param>
    public static GuidelineDocument BuildDocument(DocumentRecord record, EvidenceTier tier, SectionCoverage sourceCoverage = SectionCoverage.Complete)
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
            AliasEntries = Aliases(record.Aliases, record.AliasSources),
            Status = record.Status,
            ProposedOn = record.ProposedOn,
            VersionDate = record.VersionDate,
            EffectiveFrom = record.EffectiveFrom,
            EffectiveTo = record.EffectiveTo,
            Coverage = record.Coverage ?? sourceCoverage,
            BodyParts = record.BodyParts.ToArray(),
            Addresses = Values(record.Addresses),
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
            AliasEntries = Aliases(record.Aliases, record.AliasSources),
            PageSet = record.Pages,
            PagesProvenance = record.Provenance ?? defaultProvenance,
            Addresses = Values(record.Addresses),
            AddressesNothing = record.AddressesNothing,
            BodyParts = record.BodyParts.ToArray(),
            EffectiveFrom = record.EffectiveFrom,
            SupersededBy = record.SupersededBy?.Value,
            SupersededOn = record.SupersededOn,
            Note = record.Note,
        };
    }

    private static GuidelineAlias[] Aliases(List<LocatedText> names, List<string?> sources)
    {
        var aliases = new GuidelineAlias[names.Count];
        for (int i = 0; i < aliases.Length; i++)
        {
            aliases[i] = new GuidelineAlias(names[i].Value, i < sources.Count ? sources[i] : null);
        }
        return aliases;
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
