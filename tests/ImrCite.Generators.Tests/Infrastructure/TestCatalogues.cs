using ImrCite.Testing;

namespace ImrCite.Generators.Tests.Infrastructure;

/// <summary>Catalogue files written for the tests (independent of the shipped catalogue).</summary>
internal static class TestCatalogues
{
    public const string MainPath = "/0/guidelines/main.imrcite.json";
    public const string SecondPath = "/0/guidelines/second.imrcite.json";

    /// <summary>
    /// A source, treatments, a document with nested sections (one with an alias), a numbered regulation
    /// document and a second MTUS document that supersedes the first: the shared fixture records (tests/Shared),
    /// narrowed to what the snapshots under Snapshots/ were written for (<see cref="AsSnapshotInput"/>).
    /// </summary>
    public static readonly string Main = FixtureJson.Catalogue(
        sources:
        [
            FixtureCatalogue.MtusSource.With("note", "\"Test source.\""),
            FixtureCatalogue.RegulationsSource.Without("aliases").With("codeName", "\"Regulations\""),
        ],
        treatments: [FixtureCatalogue.Opioids, Hydrocodone, FixtureCatalogue.Benzodiazepines],
        documents: [AsSnapshotInput(FixtureCatalogue.ChronicPain2009), FixtureCatalogue.MtusRegulations.KeepingSections("9792-20", "9792-24-2")]);

    /// <summary>A second file: the 2016 successor (same source, declared in the first file), its sections' pages secondary.</summary>
    public static readonly string Second = FixtureJson.Catalogue(
        sources: [],
        treatments: [],
        documents:
        [
            FixtureCatalogue.ChronicPain2016
                .With("defaultProvenance", "\"secondary\"")
                .WithSection("opioids", s => s.With("pages", "\"1-20\""))
                .WithSection("benzodiazepines", s => s.With("pages", "\"21-22\"")),
        ]);

    /// <summary>
    /// The 2009 Chronic Pain guidelines as the snapshots know them: one alias and two sections (Benzodiazepines,
    /// and Opioids with its nested sections), so the committed generated sources stay as they are.
    /// </summary>
    private static string AsSnapshotInput(string chronicPain2009) => chronicPain2009
        .With("aliases", "[\"Chronic Pain Treatment Guidelines\"]")
        .KeepingSections("benzodiazepines", "opioids");

    /// <summary>The snapshots' treatment is the drug alone, hydrocodone (Norco), not the shared fixture's combination.</summary>
    private static string Hydrocodone => FixtureCatalogue.HydrocodoneAcetaminophen
        .With("id", "\"hydrocodone\"")
        .With("names", "[\"hydrocodone\", \"Norco\"]");
}
