namespace ImrCite.Generators.Tests.Infrastructure;

/// <summary>Catalogue files written for the tests (independent of the shipped catalogue).</summary>
internal static class TestCatalogues
{
    public const string MainPath = "/0/guidelines/main.imrcite.json";
    public const string SecondPath = "/0/guidelines/second.imrcite.json";

    /// <summary>
    /// A source, treatments, a document with nested sections (one with an alias), a numbered regulation
    /// document and a second MTUS document that supersedes the first.
    /// </summary>
    public const string Main = """
        {
          "sources": [
            { "id": "mtus", "name": "Medical Treatment Utilization Schedule", "tier": "mtus", "aliases": ["MTUS"], "note": "Test source." },
            { "id": "ccr", "name": "California Code of Regulations, Title 8", "codeName": "Regulations", "tier": "mtus-regulation" }
          ],
          "treatments": [
            { "id": "opioids", "names": ["opioids", "opiates"] },
            { "id": "hydrocodone", "names": ["hydrocodone", "Norco"], "classes": ["opioids"] },
            { "id": "benzodiazepines", "names": ["benzodiazepines"] }
          ],
          "documents": [
            {
              "id": "mtus.cpmtg.2009",
              "source": "mtus",
              "title": "Chronic Pain Medical Treatment Guidelines",
              "codeName": "ChronicPain",
              "edition": "2009",
              "aliases": ["Chronic Pain Treatment Guidelines"],
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
                {
                  "id": "opioids", "title": "Opioids", "pages": "74-96", "siblingOverlap": "allowed", "addresses": ["opioids"],
                  "sections": [
                    { "id": "criteria-for-use", "title": "Criteria for use", "aliases": ["Criteria for use of opioids"], "pages": "76-80" },
                    { "id": "when-to-continue", "title": "When to Continue Opioids", "codeName": "WhenToContinue", "pages": "80", "note": "Boundary page shared." }
                  ]
                }
              ]
            },
            {
              "id": "ccr.mtus",
              "source": "ccr",
              "title": "Medical Treatment Utilization Schedule Regulations",
              "edition": "2016",
              "effectiveFrom": "2009-07-18",
              "sourceNote": "Test fixture.",
              "sections": [
                { "id": "9792-20", "number": "9792.20", "title": "Definitions" },
                { "id": "9792-24-2", "number": "9792.24.2", "title": "Chronic Pain Medical Treatment Guidelines" }
              ]
            }
          ]
        }
        """;

    /// <summary>A second file: the 2016 successor (same source, declared in the first file).</summary>
    public const string Second = """
        {
          "documents": [
            {
              "id": "mtus.cpmtg.2016",
              "source": "mtus",
              "title": "Chronic Pain Medical Treatment Guidelines",
              "codeName": "ChronicPain2016",
              "edition": "2016",
              "effectiveFrom": "2016-07-28",
              "defaultProvenance": "secondary",
              "sourceNote": "Test fixture.",
              "omits": [ { "section": "*", "reason": "Test fixture: only the sections the tests need." } ],
              "sections": [
                { "id": "opioids", "title": "Opioids", "pages": "1-20", "addresses": ["opioids"] },
                { "id": "benzodiazepines", "title": "Benzodiazepines", "pages": "21-22", "addresses": ["benzodiazepines"] }
              ]
            }
          ]
        }
        """;
}
