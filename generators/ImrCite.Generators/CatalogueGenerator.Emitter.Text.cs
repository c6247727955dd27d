using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ImrCite.Catalogue;
using ImrCite.Generators.Model;

namespace ImrCite.Generators;

public sealed partial class CatalogueGenerator
{
    /// <summary>The emitter's values and words: C# expressions for catalogue values, and the XML doc text.</summary>
    internal static partial class Emitter
    {
        private static void Property(SourceWriter w, string name, string value, bool present)
        {
            if (present)
            {
                w.Line($"{name} = {value},");
            }
        }

        /// <summary>Aliases as names alone (<c>Aliases</c>), or with their sources (<c>AliasEntries</c>) when any has one.</summary>
        private static void AliasProperty(SourceWriter w, EquatableArray<string> aliases, EquatableArray<string> sources)
        {
            if (aliases.Count > 0)
            {
                w.Line(AliasAssignment(aliases, sources) + ",");
            }
        }

        private static string AliasAssignment(EquatableArray<string> aliases, EquatableArray<string> sources)
        {
            if (!sources.Any(source => source.Length > 0))
            {
                return "Aliases = " + Strings(aliases);
            }
            var entries = aliases.Select((alias, i) =>
                $"new {Ns}GuidelineAlias({Identifiers.Literal(alias)}, {Identifiers.Literal(i < sources.Count && sources[i].Length > 0 ? sources[i] : null)})");
            return $"AliasEntries = new {Ns}GuidelineAlias[] {{ {string.Join(", ", entries)} }}";
        }

        private static string Strings(EquatableArray<string> values) =>
            values.Count == 0 ? "global::System.Array.Empty<string>()" : "new string[] { " + string.Join(", ", values.Select(Identifiers.Literal)) + " }";

        private static string BodyParts(EquatableArray<int> parts) =>
            "new " + Ns + "BodyPart[] { " + string.Join(", ", parts.Select(p => Ns + "BodyPart." + (BodyPart)p)) + " }";

        /// <summary>A treatment's form, purpose, body parts and served treatments, as further initialisers (nothing when it has none).</summary>
        private static string TreatmentTopic(TreatmentSpec treatment)
        {
            var parts = new List<string>();
            if (treatment.Form is { } form)
            {
                parts.Add("Form = " + Ns + "TreatmentForm." + (TreatmentForm)form);
            }
            if (treatment.Purpose is { } purpose)
            {
                parts.Add("Purpose = " + Ns + "ItemPurpose." + (ItemPurpose)purpose);
            }
            if (treatment.BodyParts.Count > 0)
            {
                parts.Add("BodyParts = " + BodyParts(treatment.BodyParts));
            }
            if (treatment.AppliesTo.Count > 0)
            {
                parts.Add("AppliesTo = " + Strings(treatment.AppliesTo));
            }
            return parts.Count == 0 ? "" : ", " + string.Join(", ", parts);
        }

        private static string Date(string? value)
        {
            if (value is null || !GuidelineDate.TryParse(value, out var date))
            {
                return "default";
            }
            return $"new {Ns}GuidelineDate({date.Year.ToString(CultureInfo.InvariantCulture)}, {date.Month.ToString(CultureInfo.InvariantCulture)}, {date.Day.ToString(CultureInfo.InvariantCulture)})";
        }

        private static string Pages(string? value)
        {
            var pages = value is null ? null : PageSet.TryParse(value, out _);
            if (pages is null)
            {
                return "null";
            }
            return $"new {Ns}PageSet(" + string.Join(", ", pages.Ranges.Select(r =>
                $"new {Ns}PageRange({r.First.ToString(CultureInfo.InvariantCulture)}, {r.Last.ToString(CultureInfo.InvariantCulture)})")) + ")";
        }

        private static string Tier(int tier) => Ns + "EvidenceTier." + ((EvidenceTier)tier) switch
        {
            EvidenceTier.Mtus => "Mtus",
            EvidenceTier.MtusRegulation => "MtusRegulation",
            EvidenceTier.Guideline => "Guideline",
            EvidenceTier.PeerReviewed => "PeerReviewed",
            _ => "Other",
        };

        private static string TierName(int tier) => ((EvidenceTier)tier) switch
        {
            EvidenceTier.Mtus => "MTUS",
            EvidenceTier.MtusRegulation => "MTUS regulations",
            EvidenceTier.Guideline => "evidence-based guideline outside the MTUS",
            EvidenceTier.PeerReviewed => "peer-reviewed evidence",
            _ => "other evidence",
        };

        private static string Provenance(int provenance) => Ns + "Provenance." + ((Catalogue.Provenance)provenance) switch
        {
            Catalogue.Provenance.Verified => "Verified",
            Catalogue.Provenance.Secondary => "Secondary",
            _ => "Cited",
        };

        private static string ProvenanceWords(int provenance) => ((Catalogue.Provenance)provenance) switch
        {
            Catalogue.Provenance.Verified => "verified",
            Catalogue.Provenance.Secondary => "from a secondary source",
            _ => "as commonly cited, not verified",
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
            if (document.Regulation is not null)
            {
                parts.Add("adopted by " + document.Regulation);
            }
            if (document.SupersededBy is not null)
            {
                parts.Add($"superseded by {document.SupersededBy} on {document.SupersededOn}");
            }
            return string.Join("; ", parts) + ".";
        }
    }
}
