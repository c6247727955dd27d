using System.Linq;
using System.Threading.Tasks;
using ImrCite.Analyzers.Tests.Infrastructure;
using ImrCite.Generators.Analyzers;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static ImrCite.Analyzers.Tests.CitationLiteralAnalyzerTests;

namespace ImrCite.Analyzers.Tests;

/// <summary>CitationCodeFixProvider over the real generator's output: the fixed code must compile against it.</summary>
public sealed class RealGeneratedApiCodeFixTests
{
    private const string AsOf2017 = "2017-03-01";

    [Fact]
    public Task TypedCitationForASectionRange() =>
        new RealApiCodeFixTest(
            Call("{|IMR0111:\"MTUS Chronic Pain Medical Treatment Guidelines Opioids Page(s): 74-96\"|}"),
            Call("Mtus.ChronicPain.Opioids.Pages(74, 96).ToString()")).RunAsync();

    [Fact]
    public Task TypedCitationForADocumentPage() =>
        new RealApiCodeFixTest(
            Call("{|IMR0111:\"MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 303\"|}"),
            Call("Acoem.LowBackComplaints.Pages(303).ToString()")).RunAsync();

    [Fact]
    public Task TypedCitationForASectionWithSeveralRanges() =>
        new RealApiCodeFixTest(
            Call("{|IMR0111:\"MTUS Chronic Pain Medical Treatment Guidelines Opioids Page(s): 74-80, 90\"|}"),
            Call("Mtus.ChronicPain.Opioids.Pages(\"74-80, 90\").ToString()")).RunAsync();

    [Fact]
    public Task TypedCitationOrdersAReversedRange() =>
        new RealApiCodeFixTest(
            Call("{|IMR0111:\"MTUS Chronic Pain Medical Treatment Guidelines Opioids Page(s): {|IMR0107:96-74|}\"|}"),
            Call("Mtus.ChronicPain.Opioids.Pages(74, 96).ToString()")).RunAsync();

    [Fact]
    public Task TypedCitationWithoutAUsingKeepsTheNamespace() =>
        new RealApiCodeFixTest(
            Call("{|IMR0111:\"MTUS Chronic Pain Medical Treatment Guidelines Opioids Page(s): 74-96\"|}").Replace("using ImrCite.Guidelines;\n", ""),
            Call("ImrCite.Guidelines.Mtus.ChronicPain.Opioids.Pages(74, 96).ToString()").Replace("using ImrCite.Guidelines;\n", "")).RunAsync();

    [Fact]
    public Task TypedCitationKeepsQualificationWhenAConsumerTypeHasTheSameName() =>
        new RealApiCodeFixTest(
            Call("{|IMR0111:\"MTUS Chronic Pain Medical Treatment Guidelines Opioids Page(s): 74-96\"|}").Replace("public static class Letter", "public static class Mtus { }\n\n    public static class Letter"),
            Call("ImrCite.Guidelines.Mtus.ChronicPain.Opioids.Pages(74, 96).ToString()").Replace("public static class Letter", "public static class Mtus { }\n\n    public static class Letter")).RunAsync();

    [Fact]
    public Task SuggestedTitle() =>
        new RealApiCodeFixTest(
            Call("\"MTUS Chronic Pain Medical Treatment 2009 {|IMR0102:Opiods|} Page(s): 74-96\""),
            Call("{|IMR0111:\"MTUS Chronic Pain Medical Treatment 2009 Opioids Page(s): 74-96\"|}"))
        {
            CodeActionEquivalenceKey = "ImrCite.UseSuggestedTitle",
        }.RunAsync();

    [Fact]
    public Task SupersededSectionCallMovesToTheSuccessorSection() =>
        new RealApiCodeFixTest(
            Body("_ = {|IMR0109:Mtus.ChronicPain.Opioids|}.Pages(74, 96);"),
            Body("_ = Mtus.ChronicPain2016.Opioids.Pages(74, 96);"),
            AsOf2017).RunAsync();

    [Fact]
    public Task SupersededDocumentCallMovesToTheSuccessorDocument() =>
        new RealApiCodeFixTest(
            Body("_ = {|IMR0109:Mtus.ChronicPain|}.Pages(80);"),
            Body("_ = Mtus.ChronicPain2016.Pages(80);"),
            AsOf2017).RunAsync();

    [Fact]
    public Task SupersededLiteralMovesToTheSuccessorSection() =>
        new RealApiCodeFixTest(
            Call("\"MTUS {|IMR0109:Chronic Pain Medical Treatment 2009|} Opioids Page(s): 74-96\""),
            Call("Mtus.ChronicPain2016.Opioids.Cite().ToString()"),
            AsOf2017).RunAsync();

    [Fact]
    public Task FixAllTypedCitationsInDocumentProjectAndSolution()
    {
        var test = new RealApiCodeFixTest(
            Body("""
                Cite({|IMR0111:"MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 303-304"|});
                        Cite({|IMR0111:"MTUS Chronic Pain Medical Treatment Guidelines Opioids Page(s): 80"|});
                        Cite({|IMR0111:@"MTUS Chronic Pain Treatment Guidelines Benzodiazepines"|});
                """),
            Body("""
                Cite(Acoem.LowBackComplaints.Pages(303, 304).ToString());
                        Cite(Mtus.ChronicPain.Opioids.Pages(80).ToString());
                        Cite(Mtus.ChronicPain.Benzodiazepines.Cite().ToString());
                """))
        {
            NumberOfIncrementalIterations = 3,
            NumberOfFixAllIterations = 1,
        };
        return test.RunAsync();
    }

    // Product bug: IMR0111 on a constant that is not a single literal (a cast, a concatenation) offers
    // "Use the generated typed citation", but the fix looks for a string literal around the span and changes nothing.
    [Theory]
    [InlineData("(string)\"MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 303-304\"")]
    [InlineData("\"MTUS ACOEM Chapter 12 Low Back Complaints \" + \"Page(s): 303-304\"")]
    public Task TypedCitationReplacesAConstantExpressionThatIsNotALiteral(string expression) =>
        new RealApiCodeFixTest(
            Call("{|IMR0111:" + expression + "|}"),
            Call("Acoem.LowBackComplaints.Pages(303, 304).ToString()")).RunAsync();

    /// <summary>Valid citation literals whose IMR0111 replacement must compile against the generated API.</summary>
    public static TheoryData<string> TypedCitationCases() => new()
    {
        "MTUS Chronic Pain Medical Treatment Guidelines Opioids Page(s): 74-96",
        "MTUS Chronic Pain Medical Treatment Guidelines Opioids Page(s): 80",
        "MTUS Chronic Pain Medical Treatment Guidelines Opioids Page(s): 74-80, 90",
        "MTUS Chronic Pain Medical Treatment Guidelines Opioids",
        "MTUS Chronic Pain Medical Treatment Guidelines Opioids Page(s): 96-74",
        "MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 303-304",
        "MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 303",
        "MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 290, 303-304",
        "MTUS ACOEM Chapter 12 Low Back Complaints",
        "MTUS Chronic Pain Medical Treatment Guidelines Page(s): 1-10, 20",
    };

    // Product bug (the document cases with several ranges): the analyzer proposes Document.Pages("a, b-c"),
    // but a generated document class has only Pages(int) and Pages(int, int): the fix does not compile (CS1503).
    [Theory]
    [MemberData(nameof(TypedCitationCases))]
    public void TypedCitationReplacementCompiles(string citation)
    {
        string source = Call("\"" + citation + "\"");
        var (_, diagnostics) = RealApiCompiler.Analyze(source);
        var typed = Assert.Single(diagnostics, d => d.Id == "IMR0111");
        string replacement = typed.Properties[CitationLiteralAnalyzer.ReplacementProperty]!;
        Assert.Equal("literal", typed.Properties[CitationLiteralAnalyzer.ReplaceProperty]);

        var span = typed.Location.SourceSpan;
        string fixedSource = source.Substring(0, span.Start) + replacement + source.Substring(span.End);
        var (compilation, after) = RealApiCompiler.Analyze(fixedSource);
        var errors = RealApiCompiler.Errors(compilation).Concat(after.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error)).ToList();
        Assert.True(errors.Count == 0, $"'{citation}' → {replacement}:\n" + string.Join("\n", errors));
    }
}
