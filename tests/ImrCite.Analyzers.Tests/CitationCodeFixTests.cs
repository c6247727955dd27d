using System.Threading.Tasks;
using ImrCite.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using Xunit;
using static ImrCite.Analyzers.Tests.CitationLiteralAnalyzerTests;

namespace ImrCite.Analyzers.Tests;

/// <summary>CitationCodeFixProvider: IMR0111 typed citation, IMR0102 suggested title, IMR0109 successor, Fix All.</summary>
public sealed class CitationCodeFixTests
{
    private const string AsOf2017 = "2017-03-01";

    private const string UseSuggestedTitle = "ImrCite.UseSuggestedTitle";

    private static Task VerifyFixAsync(string source, string fixedSource, string? asOf = null, string? equivalenceKey = null)
    {
        var test = new CitationCodeFixTest(source, fixedSource, asOf)
        {
            NumberOfIncrementalIterations = 1,
            NumberOfFixAllIterations = 1,
            CodeActionEquivalenceKey = equivalenceKey,
        };
        return test.RunAsync();
    }

    // ---- IMR0111 ----

    [Fact]
    public Task Imr0111ReplacesTheLiteralWithTheTypedDocumentCitation() =>
        VerifyFixAsync(
            Call("{|IMR0111:\"MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 303-304\"|}"),
            Call("Acoem.LowBackComplaints.Pages(303, 304).ToString()"));

    [Fact]
    public Task Imr0111ReplacesTheLiteralWithTheTypedSectionCitation() =>
        VerifyFixAsync(
            Call("{|IMR0111:\"MTUS Chronic Pain Medical Treatment Guidelines Opioids Page(s): 80\"|}"),
            Call("Mtus.ChronicPain.Opioids.Pages(80).ToString()"));

    [Fact]
    public Task Imr0111WithoutPagesUsesCite() =>
        VerifyFixAsync(
            Call("{|IMR0111:\"MTUS Chronic Pain Medical Treatment Guidelines Opioids\"|}"),
            Call("Mtus.ChronicPain.Opioids.Cite().ToString()"));

    [Fact]
    public Task Imr0111OrdersAReversedRange() =>
        VerifyFixAsync(
            Call("{|IMR0111:\"MTUS ACOEM Chapter 12 Low Back Complaints Page(s): {|IMR0107:304-303|}\"|}"),
            Call("Acoem.LowBackComplaints.Pages(303, 304).ToString()"));

    [Fact]
    public Task Imr0111InAFieldInitializerKeepsTrivia() =>
        VerifyFixAsync("""
            using ImrCite;
            using ImrCite.Guidelines;

            public sealed class Letter
            {
                [GuidelineCitation]
                private static readonly string Basis = /* basis */ {|IMR0111:"MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 303-304"|}; // end

                public static string Get() => Basis;
            }
            """, """
            using ImrCite;
            using ImrCite.Guidelines;

            public sealed class Letter
            {
                [GuidelineCitation]
                private static readonly string Basis = /* basis */ Acoem.LowBackComplaints.Pages(303, 304).ToString(); // end

                public static string Get() => Basis;
            }
            """);

    // ---- IMR0102 ----

    [Fact]
    public Task Imr0102ReplacesTheSpanWithTheSuggestedTitle() =>
        VerifyFixAsync(
            Call("\"MTUS Chronic Pain Medical Treatment 2009 {|IMR0102:Opiods|} Page(s): 74-96\""),
            Call("{|IMR0111:\"MTUS Chronic Pain Medical Treatment 2009 Opioids Page(s): 74-96\"|}"),
            equivalenceKey: UseSuggestedTitle);

    [Fact]
    public Task Imr0102InAVerbatimString() =>
        VerifyFixAsync(
            Call("@\"MTUS Chronic Pain Medical Treatment 2009 {|IMR0102:Opiods|} Page(s): 74-96\""),
            Call("{|IMR0111:@\"MTUS Chronic Pain Medical Treatment 2009 Opioids Page(s): 74-96\"|}"),
            equivalenceKey: UseSuggestedTitle);

    [Fact]
    public Task Imr0102InAnEscapedString() =>
        VerifyFixAsync(
            Call("\"MTUS\\tChronic Pain Medical Treatment 2009 {|IMR0102:\\u004Fpiods|} Page(s): 74-96\""),
            Call("{|IMR0111:\"MTUS\\tChronic Pain Medical Treatment 2009 Opioids Page(s): 74-96\"|}"),
            equivalenceKey: UseSuggestedTitle);

    // ---- IMR0109 ----

    [Fact]
    public Task Imr0109LiteralCitingTheDocumentBecomesTheSuccessor() =>
        VerifyFixAsync(
            Call("\"MTUS {|IMR0109:Chronic Pain Medical Treatment 2009|} Page(s): 80\""),
            Call("Mtus.ChronicPain2016.Cite().ToString()"),
            AsOf2017);

    [Fact]
    public Task Imr0109LiteralCitingASectionKeepsTheSection() =>
        // The successor document has the same section: the fix should not silently drop "Opioids".
        VerifyFixAsync(
            Call("\"MTUS {|IMR0109:Chronic Pain Medical Treatment 2009|} Opioids Page(s): 74-96\""),
            Call("Mtus.ChronicPain2016.Opioids.Cite().ToString()"),
            AsOf2017);

    [Fact]
    public Task Imr0109GeneratedDocumentBecomesTheSuccessor() =>
        VerifyFixAsync(
            Body("_ = {|IMR0109:Mtus.ChronicPain|}.Pages(80);"),
            Body("_ = Mtus.ChronicPain2016.Pages(80);"),
            AsOf2017);

    [Fact]
    public Task Imr0109GeneratedSectionBecomesTheSuccessorSection() =>
        // The diagnostic is on the section member; replacing it by the successor document loses the section.
        VerifyFixAsync(
            Body("_ = {|IMR0109:Mtus.ChronicPain.Opioids|}.Pages(74, 96);"),
            Body("_ = Mtus.ChronicPain2016.Opioids.Pages(74, 96);"),
            AsOf2017);

    [Fact]
    public Task Imr0109NoFixOfferedInAConstantContext()
    {
        string source = """
            using ImrCite;

            public static class Letter
            {
                [GuidelineCitation]
                public const string Basis = "MTUS {|IMR0109:Chronic Pain Medical Treatment 2009|} Page(s): 80";
            }
            """;
        var test = new CitationCodeFixTest(source, source, AsOf2017);
        return test.RunAsync();
    }

    // ---- Fix All (IMR0102, whose fix needs no simplification) ----

    private const string ThreeMisspelled = """
        Cite("MTUS Chronic Pain Medical Treatment 2009 {|IMR0102:Opiods|} Page(s): 74-96");
                    Cite("MTUS Chronic Pain Medical Treatment 2009 {|IMR0102:Opiods|} Page(s): 80");
                    Cite(@"MTUS Chronic Pain Treatment Guidelines {|IMR0102:Opiods|} Page(s): 76");
        """;

    private const string ThreeFixed = """
        Cite({|IMR0111:"MTUS Chronic Pain Medical Treatment 2009 Opioids Page(s): 74-96"|});
                    Cite({|IMR0111:"MTUS Chronic Pain Medical Treatment 2009 Opioids Page(s): 80"|});
                    Cite({|IMR0111:@"MTUS Chronic Pain Treatment Guidelines Opioids Page(s): 76"|});
        """;

    private static string Other(string statements) => Body(statements).Replace("public static class Letter", "public static class OtherLetter");

    [Fact]
    public Task FixAllInDocument()
    {
        var test = new CitationCodeFixTest(Body(ThreeMisspelled), Body(ThreeFixed))
        {
            NumberOfIncrementalIterations = 3,
            NumberOfFixAllIterations = 1,
            CodeActionEquivalenceKey = UseSuggestedTitle,
            CodeFixTestBehaviors = CodeFixTestBehaviors.SkipFixAllInProjectCheck | CodeFixTestBehaviors.SkipFixAllInSolutionCheck,
        };
        return test.RunAsync();
    }

    [Fact]
    public Task FixAllInProject()
    {
        var test = new CitationCodeFixTest(
            new[] { ("/0/Test0.cs", Body(ThreeMisspelled)), ("/0/Test1.cs", Other(ThreeMisspelled)) },
            new[] { ("/0/Test0.cs", Body(ThreeFixed)), ("/0/Test1.cs", Other(ThreeFixed)) })
        {
            NumberOfIncrementalIterations = 6,
            NumberOfFixAllIterations = 1,
            CodeActionEquivalenceKey = UseSuggestedTitle,
            CodeFixTestBehaviors = CodeFixTestBehaviors.SkipFixAllInDocumentCheck | CodeFixTestBehaviors.SkipFixAllInSolutionCheck,
        };
        return test.RunAsync();
    }

    [Fact]
    public Task FixAllInSolution()
    {
        var test = new CitationCodeFixTest(
            new[] { ("/0/Test0.cs", Body(ThreeMisspelled)) },
            new[] { ("/0/Test0.cs", Body(ThreeFixed)) })
        {
            NumberOfIncrementalIterations = 6,
            NumberOfFixAllIterations = 1,
            CodeActionEquivalenceKey = UseSuggestedTitle,
            CodeFixTestBehaviors = CodeFixTestBehaviors.SkipFixAllInDocumentCheck | CodeFixTestBehaviors.SkipFixAllInProjectCheck,
        };
        AddSecondProject(test.TestState.AdditionalProjects["Second"], Other(ThreeMisspelled));
        AddSecondProject(test.FixedState.AdditionalProjects["Second"], Other(ThreeFixed));
        return test.RunAsync();
    }

    [Fact]
    public Task FixAllTypedCitationsInDocument()
    {
        // Fix All for IMR0111 (expects the simplified names the docs show; see Imr0111ReplacesTheLiteralWithTheTypedDocumentCitation).
        var test = new CitationCodeFixTest(
            Body("Cite({|IMR0111:\"MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 303-304\"|});\n            Cite({|IMR0111:\"MTUS Chronic Pain Medical Treatment Guidelines Opioids Page(s): 80\"|});"),
            Body("Cite(Acoem.LowBackComplaints.Pages(303, 304).ToString());\n            Cite(Mtus.ChronicPain.Opioids.Pages(80).ToString());"))
        {
            NumberOfIncrementalIterations = 2,
            NumberOfFixAllIterations = 1,
        };
        return test.RunAsync();
    }

    private static void AddSecondProject(ProjectState project, string source)
    {
        project.Sources.Add(("/1/Test0.cs", source));
        project.Sources.Add(("/1/Attributes.cs", CitationTestCatalogue.Attributes));
        project.Sources.Add(("/1/Generated.cs", CitationTestCatalogue.GeneratedApi));
        project.AdditionalFiles.Add(("/1/guidelines/test.imrcite.json", SourceText.From(CitationTestCatalogue.Json)));
        project.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net80.References.All);
    }
}
