namespace ImrCite.Testing;

/// <summary>
/// The catalogue records the test fixtures share, written once: each project's fixture catalogue composes them
/// (tests/ImrCite.Tests/Support/ResolverCatalogue.cs, tests/ImrCite.Analyzers.Tests/Infrastructure/CitationTestCatalogue.cs).
/// </summary>
internal static class FixtureCatalogue
{
    /// <summary>The MTUS regulations, 8 CCR 9792.20–9792.26, as one document of the <c>ccr</c> source (a JSON object).</summary>
    public const string MtusRegulations = """
            {
              "id": "ccr.mtus",
              "source": "ccr",
              "title": "Medical Treatment Utilization Schedule Regulations",
              "edition": "2016",
              "effectiveFrom": "2009-07-18",
              "sourceNote": "Test fixture.",
              "sections": [
                { "id": "9792-20", "number": "9792.20", "title": "Definitions" },
                { "id": "9792-21", "number": "9792.21", "title": "Medical Treatment Utilization Schedule" },
                { "id": "9792-21-1", "number": "9792.21.1", "title": "Medical Evidence Search Sequence" },
                { "id": "9792-22", "number": "9792.22", "title": "General Approaches" },
                { "id": "9792-23", "number": "9792.23", "title": "Clinical Topics" },
                { "id": "9792-24", "number": "9792.24", "title": "Special Topics" },
                { "id": "9792-24-2", "number": "9792.24.2", "title": "Chronic Pain Medical Treatment Guidelines" },
                { "id": "9792-25", "number": "9792.25", "title": "Presumption of Correctness, Burden of Proof and Strength of Evidence" },
                { "id": "9792-26", "number": "9792.26", "title": "Medical Evidence Evaluation Advisory Committee" }
              ]
            }
        """;

    /// <summary>
    /// The 2016 revision of the MTUS Chronic Pain Medical Treatment Guidelines with two of its sections (the rest
    /// declared omitted), the successor of the fixtures' 2009 edition (a JSON object).
    /// </summary>
    public const string ChronicPain2016 = """
            {
              "id": "mtus.cpmtg.2016",
              "source": "mtus",
              "title": "Chronic Pain Medical Treatment Guidelines",
              "codeName": "ChronicPain2016",
              "edition": "2016",
              "effectiveFrom": "2016-07-28",
              "sourceNote": "Test fixture.",
              "omits": [ { "section": "*", "reason": "Test fixture: only the sections the tests need." } ],
              "sections": [
                { "id": "opioids", "title": "Opioids", "addresses": ["opioids"] },
                { "id": "benzodiazepines", "title": "Benzodiazepines", "addresses": ["benzodiazepines"] }
              ]
            }
        """;
}
