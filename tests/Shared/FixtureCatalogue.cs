namespace ImrCite.Testing;

/// <summary>
/// The catalogue records the test fixtures share, each written once (JSON objects). Each project's fixture
/// catalogue composes them with <see cref="FixtureJson.Catalogue"/> (tests/ImrCite.Tests/Support/ResolverCatalogue.cs,
/// tests/ImrCite.Analyzers.Tests/Infrastructure/CitationTestCatalogue.cs,
/// tests/ImrCite.Generators.Tests/Infrastructure/TestCatalogues.cs); where a test needs a variant it derives it
/// from the record here with the named transformations of <see cref="FixtureJson"/>, and says why.
/// </summary>
internal static class FixtureCatalogue
{
    // ---- Sources ----

    /// <summary>The Medical Treatment Utilization Schedule.</summary>
    public const string MtusSource = """{ "id": "mtus", "name": "Medical Treatment Utilization Schedule", "tier": "mtus", "aliases": ["MTUS"] }""";

    /// <summary>ACOEM, whose 2004 chapters the MTUS adopted.</summary>
    public const string AcoemSource = """{ "id": "acoem", "name": "American College of Occupational and Environmental Medicine", "tier": "guideline", "aliases": ["ACOEM"] }""";

    /// <summary>The Official Disability Guidelines, a non-MTUS source.</summary>
    public const string OdgSource = """{ "id": "odg", "name": "Official Disability Guidelines", "tier": "guideline", "aliases": ["ODG"] }""";

    /// <summary>Title 8 of the California Code of Regulations, which holds the MTUS regulations.</summary>
    public const string RegulationsSource = """{ "id": "ccr", "name": "California Code of Regulations, Title 8", "tier": "mtus-regulation", "aliases": ["C.C.R.", "CCR"] }""";

    // ---- Treatments ----

    /// <summary>Opioids, a treatment class.</summary>
    public const string Opioids = """{ "id": "opioids", "names": ["opioids", "opiates"] }""";

    /// <summary>Hydrocodone/acetaminophen (Norco), an opioid.</summary>
    public const string HydrocodoneAcetaminophen = """{ "id": "hydrocodone-acetaminophen", "names": ["hydrocodone/acetaminophen", "Norco"], "classes": ["opioids"] }""";

    /// <summary>Benzodiazepines, a treatment class.</summary>
    public const string Benzodiazepines = """{ "id": "benzodiazepines", "names": ["benzodiazepines"] }""";

    /// <summary>Diazepam (Valium), a benzodiazepine.</summary>
    public const string Diazepam = """{ "id": "diazepam", "names": ["diazepam", "Valium"], "classes": ["benzodiazepines"] }""";

    /// <summary>Carisoprodol (Soma), a muscle relaxant.</summary>
    public const string Carisoprodol = """{ "id": "carisoprodol", "names": ["carisoprodol", "Soma"] }""";

    /// <summary>A lumbar MRI.</summary>
    public const string LumbarMri = """{ "id": "lumbar-mri", "names": ["lumbar MRI"] }""";

    // ---- Documents ----

    /// <summary>
    /// The MTUS Chronic Pain Medical Treatment Guidelines 2009, superseded by <see cref="ChronicPain2016"/>: whole
    /// pages verified, five sections (Benzodiazepines verified; Opioids with two nested sections that share page 80).
    /// </summary>
    public const string ChronicPain2009 = """
        {
          "id": "mtus.cpmtg.2009",
          "source": "mtus",
          "title": "Chronic Pain Medical Treatment Guidelines",
          "codeName": "ChronicPain",
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
                { "id": "when-to-continue", "title": "When to Continue Opioids", "codeName": "WhenToContinue", "pages": "80", "note": "Boundary page shared." }
              ]
            },
            { "id": "weaning", "title": "Weaning of Medications", "pages": "124" }
          ]
        }
        """;

    /// <summary>
    /// The 2016 revision of the MTUS Chronic Pain Medical Treatment Guidelines with two of its sections (the rest
    /// declared omitted), the successor of <see cref="ChronicPain2009"/>.
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

    /// <summary>ACOEM chapter 12 (2004), adopted into the MTUS, pages verified, with one section.</summary>
    public const string LowBackComplaints2004 = """
        {
          "id": "acoem.2004.ch12",
          "source": "acoem",
          "tier": "mtus",
          "title": "Low Back Complaints",
          "series": "ACOEM Practice Guidelines, 2nd Edition",
          "chapter": "12",
          "codeName": "LowBackComplaints",
          "edition": "2004",
          "effectiveFrom": "2004-06-15",
          "pages": "286-326",
          "provenance": "verified",
          "sourceNote": "Test fixture.",
          "sections": [
            { "id": "special-studies", "title": "Special Studies and Diagnostic and Treatment Considerations", "pages": "303-305", "addresses": ["lumbar-mri"] }
          ]
        }
        """;

    /// <summary>The ODG low back chapter (no pages, as ODG is a web text).</summary>
    public const string OdgLowBack = """
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
        }
        """;

    /// <summary>The ODG pain chapter, whose sections address treatments the MTUS also addresses.</summary>
    public const string OdgPain = """
        {
          "id": "odg.pain.2016",
          "source": "odg",
          "title": "Pain (Chronic)",
          "series": "Official Disability Guidelines (ODG)",
          "codeName": "Pain",
          "edition": "2016",
          "effectiveFrom": "2016-01-01",
          "sourceNote": "Test fixture.",
          "sections": [
            { "id": "hydrocodone-acetaminophen", "title": "Hydrocodone/Acetaminophen", "aliases": ["Norco"], "addresses": ["hydrocodone-acetaminophen"] },
            { "id": "opioids", "title": "Opioids", "addresses": ["opioids"] }
          ]
        }
        """;

    /// <summary>The MTUS regulations, 8 CCR 9792.20–9792.26, as one document of the <c>ccr</c> source.</summary>
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
}
