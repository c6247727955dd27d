using ImrCite.Generators.Model;

namespace ImrCite.Generators;

public sealed partial class CatalogueGenerator
{
    /// <summary>The emitter's values and words: C# expressions for catalogue values, and the XML doc text.</summary>
    internal static partial class Emitter
    {
        /// <summary>
        /// The document's data in the catalogue's <see cref="CatalogueTable"/>, in the order <c>CatalogueTable.Document</c>
        /// reads it; values the old constructor expressions left unset are written empty and read back as the defaults.
        /// </summary>
        private static void Table(CatalogueTable.Writer table, DocumentSpec document, DocumentName name)
        {
            table.Text(document.Id).Text(document.SourceId).Int(name.Tier).Text(document.Title).Text(document.Edition)
                .Text(document.Series).Text(document.Chapter).Text(name.ClassName.TrimStart('@'))
                .Aliases(document.Aliases, document.AliasSources)
                .Int(document.Status == (int)DocumentStatus.Proposed ? (int)DocumentStatus.Proposed : 0)
                .Text(Date(document.ProposedOn)).Text(Date(document.EffectiveFrom))
                .Int(name.Coverage == (int)SectionCoverage.Partial ? (int)SectionCoverage.Partial : 0)
                .Ints(document.BodyParts).List(document.Addresses)
                .Text(Date(document.EffectiveTo)).Pages(PageSetOf(document.Pages)).Int(document.PagesProvenance)
                .Text(document.StatedTotal?.ToString(CultureInfo.InvariantCulture)).Text(document.Regulation)
                .Text(document.SupersededBy).Text(Date(document.SupersededOn)).Text(document.SourceNote)
                .Text(Date(document.VersionDate));
            Sections(table, document.Sections);
        }

        private static void Sections(CatalogueTable.Writer table, EquatableArray<SectionSpec> sections)
        {
            table.Int(sections.Count);
            foreach (var section in sections)
            {
                table.Text(section.Id).Text(section.Title).Text(section.Number).Text(section.CodeName)
                    .Aliases(section.Aliases, section.AliasSources).Pages(PageSetOf(section.Pages)).Int(section.Provenance)
                    .List(section.Addresses).Int(section.AddressesNothing ? 1 : 0).Ints(section.BodyParts)
                    .Text(Date(section.EffectiveFrom)).Text(section.SupersededBy)
                    .Text(Date(section.SupersededOn)).Text(section.Note);
                Sections(table, section.Children);
            }
        }

        /// <summary>A date in the table's yyyy-MM-dd form, or null when there is none (or it does not parse).</summary>
        private static string? Date(string? value) =>
            value is not null && GuidelineDate.TryParse(value, out var date) ? date.ToString() : null;

        private static PageSet? PageSetOf(string? value) => value is null ? null : PageSet.TryParse(value, out _);

        private static string TierName(int tier) => ((EvidenceTier)tier) switch
        {
            EvidenceTier.Mtus => "MTUS",
            EvidenceTier.MtusRegulation => "MTUS regulations",
            EvidenceTier.Guideline => "evidence-based guideline outside the MTUS",
            EvidenceTier.PeerReviewed => "peer-reviewed evidence",
            _ => "other evidence",
        };

        private static string ProvenanceWords(int provenance) => ((Catalogue.Provenance)provenance) switch
        {
            Catalogue.Provenance.Verified => "verified",
            Catalogue.Provenance.Secondary => "secondary source",
            _ => "cited, unverified",
        };

        private static string DisplayTitle(SectionSpec section) =>
            section.Number is null || section.Title.StartsWith(section.Number, StringComparison.Ordinal) ? section.Title : section.Number + " " + section.Title;

        private static string SectionSummary(SectionSpec section) =>
            section.Pages is null ? DisplayTitle(section) : $"{DisplayTitle(section)}, {PageSet.TryParse(section.Pages, out _)?.ToCitationString()} ({ProvenanceWords(section.Provenance)}).";

        private static string SectionRemarks(DocumentSpec document, SectionSpec section, string path)
        {
            var parts = new List<string> { "Id: " + document.Id + "/" + section.Id + "." };
            if (path.Length > 0)
            {
                parts.Add("In: " + path + ".");
            }
            if (section.Aliases.Count > 0)
            {
                parts.Add("Also cited as: " + string.Join("; ", section.Aliases) + ".");
            }
            if (section.Addresses.Count > 0)
            {
                parts.Add("Addresses: " + string.Join(", ", section.Addresses) + ".");
            }
            if (section.SupersededBy is not null)
            {
                parts.Add($"Superseded by {section.SupersededBy} on {section.SupersededOn}.");
            }
            return string.Join(" ", parts);
        }

        private static string CanonicalName(DocumentSpec document, int tier) =>
            GuidelineDocument.FormatName(document.Title, document.Edition, document.Series, document.Chapter,
                tier == (int)EvidenceTier.Mtus || tier == (int)EvidenceTier.MtusRegulation);

        private static string Describe(DocumentSpec document)
        {
            var parts = new List<string>();
            if (document.Pages is not null)
            {
                parts.Add($"pages {PageSet.TryParse(document.Pages, out _)?.ToDisplayString()} ({ProvenanceWords(document.PagesProvenance)})");
            }
            if (document.Status == (int)DocumentStatus.Proposed)
            {
                parts.Add(document.ProposedOn is null ? "proposed, not in force" : $"proposed on {document.ProposedOn}, not in force");
            }
            else if (document.EffectiveFrom is null)
            {
                parts.Add("no effective date, not in force");
            }
            else
            {
                parts.Add(document.EffectiveTo is null ? $"in force from {document.EffectiveFrom}" : $"in force {document.EffectiveFrom} to {document.EffectiveTo}");
            }
            if (document.SupersededBy is not null)
            {
                parts.Add($"superseded by {document.SupersededBy} on {document.SupersededOn}");
            }
            return string.Join("; ", parts) + ".";
        }
    }
}
