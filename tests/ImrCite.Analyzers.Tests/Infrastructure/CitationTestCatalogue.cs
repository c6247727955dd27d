using ImrCite.Testing;

namespace ImrCite.Analyzers.Tests.Infrastructure;

/// <summary>The catalogue and the stand-in sources the citation analyzer tests compile against.</summary>
internal static class CitationTestCatalogue
{
    public const string Path = "/0/guidelines/test.imrcite.json";

    /// <summary>
    /// The shared fixture records (tests/Shared), with the 2009 Chronic Pain guidelines' section provenance turned
    /// round (<see cref="WithVerifiedOpioids"/>).
    /// </summary>
    public static readonly string Json = FixtureJson.Catalogue(
        sources: [FixtureCatalogue.MtusSource, FixtureCatalogue.AcoemSource, FixtureCatalogue.OdgSource, FixtureCatalogue.RegulationsSource],
        treatments: [FixtureCatalogue.Opioids, FixtureCatalogue.Benzodiazepines, FixtureCatalogue.Diazepam],
        documents:
        [
            WithVerifiedOpioids(FixtureCatalogue.ChronicPain2009), FixtureCatalogue.ChronicPain2016, FixtureCatalogue.LowBackComplaints2004,
            FixtureCatalogue.OdgPain, FixtureCatalogue.MtusRegulations,
        ]);

    /// <summary>
    /// The analyzer tests report pages outside Opioids as an error (IMR0103, a verified section) and pages outside
    /// Benzodiazepines as a warning (IMR0104): the shared 2009 document has it the other way round.
    /// </summary>
    private static string WithVerifiedOpioids(string chronicPain2009) => chronicPain2009
        .WithSection("opioids", s => s.With("provenance", "\"verified\""))
        .WithSection("benzodiazepines", s => s.Without("provenance"));

    /// <summary>Hand-written stand-ins for ImrCite.dll's attributes (the analyzer finds them by metadata name).</summary>
    public const string Attributes = """
        namespace ImrCite
        {
            [System.AttributeUsage(System.AttributeTargets.Parameter | System.AttributeTargets.Field | System.AttributeTargets.Property)]
            public sealed class GuidelineCitationAttribute : System.Attribute { }

            [System.AttributeUsage(System.AttributeTargets.Field | System.AttributeTargets.Property | System.AttributeTargets.Class)]
            public sealed class GuidelineRecordAttribute : System.Attribute { public GuidelineRecordAttribute(string id) { } }
        }
        """;

    /// <summary>A stand-in of the generated API's shape, each member carrying its record id.</summary>
    public const string GeneratedApi = """
        namespace ImrCite.Guidelines
        {
            public static class Mtus
            {
                [ImrCite.GuidelineRecord("mtus.cpmtg.2009")]
                public static class ChronicPain
                {
                    [ImrCite.GuidelineRecord("mtus.cpmtg.2009/opioids")]
                    public static Section Opioids => new Section();

                    [ImrCite.GuidelineRecord("mtus.cpmtg.2009/benzodiazepines")]
                    public static Section Benzodiazepines => new Section();

                    public static Cit Pages(int a, int b) => new Cit();
                    public static Cit Pages(int a) => new Cit();
                    public static Cit Cite() => new Cit();
                }

                [ImrCite.GuidelineRecord("mtus.cpmtg.2016")]
                public static class ChronicPain2016
                {
                    [ImrCite.GuidelineRecord("mtus.cpmtg.2016/opioids")]
                    public static Section Opioids => new Section();

                    public static Cit Pages(int a, int b) => new Cit();
                    public static Cit Pages(int a) => new Cit();
                    public static Cit Cite() => new Cit();
                }
            }

            public static class Acoem
            {
                [ImrCite.GuidelineRecord("acoem.2004.ch12")]
                public static class LowBackComplaints
                {
                    public static Cit Pages(int a, int b) => new Cit();
                    public static Cit Pages(int a) => new Cit();
                    public static Cit Cite() => new Cit();
                }
            }

            public sealed class Section
            {
                public Cit Pages(int a, int b) => new Cit();
                public Cit Pages(int a) => new Cit();
                public Cit Cite() => new Cit();
            }

            public sealed class Cit
            {
                public override string ToString() => "";
            }
        }
        """;
}
