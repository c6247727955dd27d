using ImrCite;
using ImrCite.Testing;

namespace ImrCite.Tests.Support;

/// <summary>
/// A small catalogue that mimics the shipped one: the MTUS Chronic Pain Medical Treatment Guidelines 2009
/// (superseded by 2016), ACOEM chapter 12 adopted into the MTUS, two ODG chapters and the MTUS regulations.
/// </summary>
internal static class ResolverCatalogue
{
    public const string Path = "resolver.imrcite.json";

    public const string Json = $$"""
        {
          "sources": [
            { "id": "mtus", "name": "Medical Treatment Utilization Schedule", "tier": "mtus", "aliases": ["MTUS"] },
            { "id": "acoem", "name": "American College of Occupational and Environmental Medicine", "tier": "guideline", "aliases": ["ACOEM"] },
            { "id": "odg", "name": "Official Disability Guidelines", "tier": "guideline", "aliases": ["ODG"] },
            { "id": "ccr", "name": "California Code of Regulations, Title 8", "tier": "mtus-regulation" }
          ],
          "treatments": [
            { "id": "opioids", "names": ["opioids", "opiates"] },
            { "id": "hydrocodone-acetaminophen", "names": ["hydrocodone/acetaminophen", "Norco"], "classes": ["opioids"] },
            { "id": "benzodiazepines", "names": ["benzodiazepines"] },
            { "id": "diazepam", "names": ["diazepam", "Valium"], "classes": ["benzodiazepines"] },
            { "id": "carisoprodol", "names": ["carisoprodol", "Soma"] },
            { "id": "lumbar-mri", "names": ["lumbar MRI"] }
          ],
          "documents": [
            {
              "id": "mtus.cpmtg.2009",
              "source": "mtus",
              "title": "Chronic Pain Medical Treatment Guidelines",
              "edition": "2009",
              "aliases": ["Chronic Pain Treatment Guidelines", "Chronic Pain Medical Treatment 2009"],
              "effectiveFrom": "2009-07-18",
              "effectiveTo": "2016-07-27",
              "pages": "1-127",
              "provenance": "verified",
              "statedTotal": 127,
              "regulation": "8 CCR 9792.24.2",
              "supersededBy": "mtus.cpmtg.2016",
              "supersededOn": "2016-07-28",
              "sourceNote": "Test fixture.",
              "sections": [
                { "id": "benzodiazepines", "title": "Benzodiazepines", "pages": "24", "provenance": "verified", "addresses": ["benzodiazepines"] },
                { "id": "carisoprodol", "title": "Carisoprodol (Soma)", "aliases": ["Soma"], "pages": "29", "addresses": ["carisoprodol"] },
                { "id": "nsaids-gi", "title": "NSAIDs, GI symptoms & cardiovascular risk", "pages": "68-69" },
                {
                  "id": "opioids", "title": "Opioids", "pages": "74-96", "siblingOverlap": "allowed", "addresses": ["opioids"],
                  "sections": [
                    { "id": "criteria-for-use", "title": "Criteria for use", "aliases": ["Criteria for use of opioids"], "pages": "76-80" },
                    { "id": "when-to-continue", "title": "When to Continue Opioids", "pages": "80" }
                  ]
                },
                { "id": "weaning", "title": "Weaning of Medications", "pages": "124" }
              ]
            },
            {{FixtureCatalogue.ChronicPain2016}},
            {
              "id": "acoem.ch12.2004",
              "source": "acoem",
              "tier": "mtus",
              "title": "Low Back Complaints",
              "series": "ACOEM Practice Guidelines, 2nd Edition",
              "chapter": "12",
              "edition": "2004",
              "effectiveFrom": "2004-06-15",
              "pages": "286-326",
              "provenance": "verified",
              "sourceNote": "Test fixture.",
              "sections": [
                { "id": "special-studies", "title": "Special Studies and Diagnostic and Treatment Considerations", "pages": "303-305", "addresses": ["lumbar-mri"] }
              ]
            },
            {
              "id": "odg.low-back.2016",
              "source": "odg",
              "title": "Low Back - Lumbar & Thoracic (Acute & Chronic)",
              "series": "Official Disability Guidelines (ODG)",
              "edition": "2016",
              "effectiveFrom": "2016-01-01",
              "sourceNote": "Test fixture.",
              "sections": [
                { "id": "mris", "title": "MRIs (magnetic resonance imaging)", "aliases": ["MRIs"], "addresses": ["lumbar-mri"] }
              ]
            },
            {
              "id": "odg.pain.2016",
              "source": "odg",
              "title": "Pain (Chronic)",
              "series": "Official Disability Guidelines (ODG)",
              "edition": "2016",
              "effectiveFrom": "2016-01-01",
              "sourceNote": "Test fixture.",
              "sections": [
                { "id": "hydrocodone-acetaminophen", "title": "Hydrocodone/Acetaminophen", "aliases": ["Norco"], "addresses": ["hydrocodone-acetaminophen"] }
              ]
            },
            {{FixtureCatalogue.MtusRegulations}}
          ]
        }
        """;

    /// <summary>A fresh load of the catalogue (documents index their sections lazily, so tests do not share one).</summary>
    public static LoadedCatalogue Load() => CatalogueLoader.FromText((Path, Json));
}
