using ImrCite.Testing;

namespace ImrCite.Analyzers.Tests.Infrastructure;

/// <summary>The catalogue and the stand-in sources the citation analyzer tests compile against.</summary>
internal static class CitationTestCatalogue
{
    public const string Path = "/0/guidelines/test.imrcite.json";

    public const string Json = $$"""
        {
          "sources": [
            { "id": "mtus", "name": "Medical Treatment Utilization Schedule", "codeName": "Mtus", "tier": "mtus", "aliases": ["MTUS"] },
            { "id": "acoem", "name": "American College of Occupational and Environmental Medicine", "codeName": "Acoem", "tier": "guideline", "aliases": ["ACOEM"] },
            { "id": "odg", "name": "Official Disability Guidelines", "codeName": "Odg", "tier": "guideline", "aliases": ["ODG"] },
            { "id": "ccr", "name": "California Code of Regulations, Title 8", "codeName": "Ccr", "tier": "mtus-regulation", "aliases": ["C.C.R.", "CCR"] }
          ],
          "treatments": [
            { "id": "opioids", "names": ["opioids"] },
            { "id": "benzodiazepines", "names": ["benzodiazepines"] },
            { "id": "diazepam", "names": ["diazepam", "Valium"], "classes": ["benzodiazepines"] }
          ],
          "documents": [
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
              "supersededBy": "mtus.cpmtg.2016",
              "supersededOn": "2016-07-28",
              "sourceNote": "Test fixture.",
              "sections": [
                { "id": "benzodiazepines", "title": "Benzodiazepines", "pages": "24", "addresses": ["benzodiazepines"] },
                { "id": "opioids", "title": "Opioids", "pages": "74-96", "provenance": "verified", "addresses": ["opioids"] }
              ]
            },
            {{FixtureCatalogue.ChronicPain2016}},
            {
              "id": "acoem.2004.ch12",
              "source": "acoem",
              "tier": "mtus",
              "title": "Low Back Complaints",
              "chapter": "12",
              "codeName": "LowBackComplaints",
              "edition": "2004",
              "aliases": ["ACOEM Chapter 12 Low Back Complaints"],
              "effectiveFrom": "2009-07-18",
              "pages": "286-326",
              "provenance": "verified",
              "sourceNote": "Test fixture."
            },
            {
              "id": "odg.pain",
              "source": "odg",
              "title": "Pain (Chronic)",
              "codeName": "Pain",
              "edition": "web",
              "effectiveFrom": "2003-01-01",
              "sourceNote": "Test fixture.",
              "sections": [
                { "id": "opioids", "title": "Opioids", "addresses": ["opioids"] }
              ]
            },
            {{FixtureCatalogue.MtusRegulations}}
          ]
        }
        """;

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
