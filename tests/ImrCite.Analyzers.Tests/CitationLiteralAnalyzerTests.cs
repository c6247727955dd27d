using System.Threading.Tasks;
using ImrCite.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static ImrCite.Analyzers.Tests.Infrastructure.CitationAnalyzerTest;

namespace ImrCite.Analyzers.Tests;

/// <summary>IMR0100–IMR0112 on the exact part of citation literals and generated-API calls.</summary>
public sealed class CitationLiteralAnalyzerTests
{
    private const string AsOf2017 = "2017-03-01";

    /// <summary>A consumer that passes <paramref name="argument"/> (C# source, with markup) to a [GuidelineCitation] parameter.</summary>
    internal static string Call(string argument) => Body("Cite(" + argument + ");");

    internal static string Body(string statements) => """
        using ImrCite;
        using ImrCite.Guidelines;

        namespace Consumer
        {
            public static class Letter
            {
                public static string Cite([GuidelineCitation] string citation) => citation;

                public static string Plain(string text) => text;

                public static void Write(int page)
                {
                    STATEMENTS
                }
            }
        }
        """.Replace("STATEMENTS", statements);

    // ---- IMR0100 ----

    [Fact]
    public Task Imr0100PagesLabelWithoutPages() =>
        VerifyAsync(Call("\"MTUS ACOEM Chapter 12 Low Back Complaints {|IMR0100:Page(s):|}\""));

    [Fact]
    public Task Imr0100UnclosedParenthesis() =>
        VerifyAsync(Call("\"MTUS ACOEM Chapter 12 Low Back Complaints {|IMR0100:(|}Page(s): 303-304\""));

    [Fact]
    public Task Imr0100EmptyTextIsReportedOnTheWholeLiteral() =>
        VerifyAsync(Call("{|IMR0100:\"\"|}"));

    // ---- IMR0101 ----

    [Fact]
    public Task Imr0101UnknownDocument() =>
        VerifyAsync(Call("\"{|IMR0101:Guide to Spine Care|} Page(s): 12\""));

    // ---- IMR0102 ----

    [Fact]
    public Task Imr0102UnknownSection() =>
        VerifyAsync(Call("\"MTUS Chronic Pain Medical Treatment 2009 {|IMR0102:Opiods|} Page(s): 74-96\""));

    // ---- IMR0103 / IMR0104 / IMR0105 / IMR0106 ----

    [Fact]
    public Task Imr0103PageOutsideVerifiedSection() =>
        VerifyAsync(Call("\"MTUS Chronic Pain Medical Treatment 2009 Opioids Page(s): {|IMR0103:97|}\""));

    [Fact]
    public Task Imr0103OnlyThePartOfAListThatIsOutside() =>
        VerifyAsync(Call("\"MTUS Chronic Pain Medical Treatment 2009 Opioids Page(s): 74, {|IMR0103:98|}\""));

    [Fact]
    public Task Imr0104PageOutsideUnverifiedSection() =>
        VerifyAsync(Call("\"MTUS Chronic Pain Medical Treatment 2009 Benzodiazepines Page(s): {|IMR0104:30|}\""));

    [Fact]
    public Task Imr0105PageBeyondDocument() =>
        VerifyAsync(Call("\"MTUS ACOEM Chapter 12 Low Back Complaints Page(s): {|IMR0105:115|}\""));

    [Fact]
    public Task Imr0106StatedTotalMismatch() =>
        VerifyAsync(Call("\"MTUS Chronic Pain Medical Treatment 2009 Opioids Page(s): 74-96 of {|IMR0106:112|}\""));

    [Fact]
    public Task Imr0106NotReportedForTheRightTotal() =>
        VerifyAsync(Call("{|IMR0111:\"MTUS Chronic Pain Medical Treatment 2009 Opioids Page(s): 74-96 of 127\"|}"));

    // ---- IMR0107 ----

    [Fact]
    public Task Imr0107ReversedRangeStillOffersTheTypedCitation() =>
        VerifyAsync(Call("{|IMR0111:\"MTUS ACOEM Chapter 12 Low Back Complaints Page(s): {|IMR0107:304-303|}\"|}"));

    // ---- IMR0108 ----

    [Fact]
    public Task Imr0108MalformedRangeEnd() =>
        VerifyAsync(Call("\"8 C.C.R. 9792.20 - {|IMR0108:972.26|}\""));

    [Fact]
    public Task Imr0108BackwardsRange() =>
        VerifyAsync(Call("\"8 C.C.R. {|IMR0108:9792.26 - 9792.20|}\""));

    [Fact]
    public Task Imr0108OcrNoise() =>
        VerifyAsync(Call("\"8 CCR {|IMR0108:9792:24.2|}\""));

    [Fact]
    public Task Imr0108NotReportedForAWellFormedRange() =>
        VerifyAsync(Call("\"8 C.C.R. 9792.20 - 9792.26\""));

    // ---- IMR0109 ----

    [Fact]
    public Task Imr0109WithDecisionDateAfterSupersession() =>
        VerifyAsOfAsync(Call("\"MTUS {|IMR0109:Chronic Pain Medical Treatment 2009|} Opioids Page(s): 74-96\""), AsOf2017);

    [Fact]
    public Task Imr0109InsideProse() =>
        VerifyAsOfAsync(Call("\"Decision based on MTUS {|IMR0109:Chronic Pain Medical Treatment 2009|}, Section(s): Opioids\""), AsOf2017);

    [Fact]
    public Task Imr0109NotWithoutDecisionDate() =>
        VerifyAsync(Call("{|IMR0111:\"MTUS Chronic Pain Medical Treatment 2009 Opioids Page(s): 74-96\"|}"));

    [Fact]
    public Task Imr0109NotWithDecisionDateBeforeSupersession() =>
        VerifyAsOfAsync(Call("{|IMR0111:\"MTUS Chronic Pain Medical Treatment 2009 Opioids Page(s): 74-96\"|}"), "2016-07-27");

    [Fact]
    public Task Imr0109OnTheSupersessionDay() =>
        VerifyAsOfAsync(Call("\"MTUS {|IMR0109:Chronic Pain Medical Treatment 2009|} Opioids Page(s): 74-96\""), "2016-07-28");

    [Fact]
    public Task Imr0109NotWithAnUnparsableDecisionDate() =>
        VerifyAsOfAsync(Call("{|IMR0111:\"MTUS Chronic Pain Medical Treatment 2009 Opioids Page(s): 74-96\"|}"), "March 2017");

    // ---- IMR0110 ----

    [Fact]
    public Task Imr0110NonMtusSourceForAnMtusTopic() =>
        VerifyAsync(Call("\"ODG Pain (Chronic) {|IMR0110:Opioids|}\""));

    // ---- IMR0112 ----

    [Fact]
    public Task Imr0112NonMtusSourceTheCatalogueDoesNotHold() =>
        VerifyAsync(Call("\"Decision based on Non-MTUS Citation {|IMR0112:http://www.example.org/famotidine.html|}\""));

    [Fact]
    public Task Imr0112OnlyForTheOtherSourceAfterAnOdgCitation() =>
        VerifyAsync(Call("\"Decision based on Non-MTUS Citation ODG Pain (Chronic) {|IMR0110:Opioids|} and Other Medical Treatment Guidelines {|IMR0112:Spine Society Imaging Policy|}\""));

    [Fact]
    public Task Imr0112ForAWebAddressEvenWithoutTheNonMtusMark() =>
        VerifyAsync(Call("\"Decision based on {|IMR0112:http://www.example.org/famotidine.html|}\""));

    [Fact]
    public Task Imr0101NotImr0112ForAMisspeltCatalogueName() =>
        VerifyAsync(Call("\"Decision based on Non-MTUS Citation {|IMR0101:Chronic Pian Treatment Guidelines|}\""));

    // ---- IMR0111 ----

    [Fact]
    public Task Imr0111ValidLiteralGivesOnlyTheTypedCitationSuggestion() =>
        VerifyAsync(Call("{|IMR0111:\"MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 303-304\"|}"));

    [Fact]
    public Task Imr0111ForASection() =>
        VerifyAsync(Call("{|IMR0111:\"MTUS Chronic Pain Medical Treatment Guidelines Opioids Page(s): 80\"|}"));

    [Fact]
    public Task Imr0111NotWithoutTheGeneratedMember()
    {
        // odg.pain.2016/opioids has no generated member in this compilation: nothing to offer.
        var test = new CitationAnalyzerTest(Call("\"ODG Pain (Chronic) {|IMR0110:Opioids|}\"").Replace("using ImrCite.Guidelines;", ""), withGeneratedApi: false);
        return test.RunAsync();
    }

    [Fact]
    public Task Imr0111NotInAConstantContext() =>
        VerifyAsync("""
            using ImrCite;

            public static class Letter
            {
                [GuidelineCitation]
                public const string Basis = "MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 303-304";

                public static string Cite([GuidelineCitation] string citation = "MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 303-304") => citation;
            }
            """);

    // ---- Where a literal flows ----

    [Fact]
    public Task FieldInitializer() =>
        VerifyAsync("""
            using ImrCite;

            public sealed class Letter
            {
                [GuidelineCitation]
                private static readonly string Basis = "MTUS Chronic Pain Medical Treatment 2009 {|IMR0102:Opiods|} Page(s): 74-96";

                public static string Get() => Basis;
            }
            """);

    [Fact]
    public Task PropertyInitializer() =>
        VerifyAsync("""
            using ImrCite;

            public sealed class Letter
            {
                [GuidelineCitation]
                public string Basis { get; set; } = "MTUS ACOEM Chapter 12 Low Back Complaints Page(s): {|IMR0105:115|}";
            }
            """);

    [Fact]
    public Task PropertyAssignment() =>
        VerifyAsync("""
            using ImrCite;

            public sealed class Letter
            {
                [GuidelineCitation]
                public string Basis { get; set; } = "";

                [GuidelineCitation]
                public string Field = "";

                public static Letter Make()
                {
                    var letter = new Letter();
                    letter.Basis = "MTUS Chronic Pain Medical Treatment 2009 {|IMR0102:Opiods|} Page(s): 74-96";
                    letter.Field = "{|IMR0101:Guide to Spine Care|} Page(s): 12";
                    return letter;
                }
            }
            """.Replace("public string Basis { get; set; } = \"\";", "public string Basis { get; set; } = \"8 C.C.R. 9792.20 - 9792.26\";")
               .Replace("public string Field = \"\";", "public string Field = \"8 C.C.R. 9792.20 - 9792.26\";"));

    [Fact]
    public Task ObjectInitializerAssignment() =>
        VerifyAsync("""
            using ImrCite;

            public sealed class Letter
            {
                [GuidelineCitation]
                public string? Basis { get; set; }

                public static Letter Make() => new Letter { Basis = "MTUS Chronic Pain Medical Treatment 2009 {|IMR0102:Opiods|} Page(s): 74-96" };
            }
            """);

    [Fact]
    public Task StringsThatDoNotFlowIntoACitationTargetAreIgnored() =>
        VerifyAsync("""
            using ImrCite;

            public sealed class Letter
            {
                private static readonly string Unmarked = "MTUS Chronic Pain Medical Treatment 2009 Opiods Page(s): 74-96";

                public string? Note { get; set; }

                public static string Plain(string text) => text;

                public static string Cite([GuidelineCitation] string citation, string remark) => citation + remark;

                public static void Write(string runtime)
                {
                    Plain("MTUS Chronic Pain Medical Treatment 2009 Opiods Page(s): 74-96");
                    new Letter().Note = "Guide to Spine Care Page(s): 12";
                    var local = "MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 304-303";
                    Cite(local, "Guide to Spine Care Page(s): 12");
                    Cite(runtime + " Page(s): 12", "8 CCR 9792:24.2");
                    _ = Unmarked;
                }
            }
            """);

    [Fact]
    public Task NamedArgumentsMapToTheMarkedParameter() =>
        VerifyAsync("""
            using ImrCite;

            public static class Letter
            {
                public static string Cite(string remark, [GuidelineCitation] string citation) => citation + remark;

                public static void Write() =>
                    Cite(citation: "MTUS Chronic Pain Medical Treatment 2009 {|IMR0102:Opiods|} Page(s): 74-96", remark: "Opiods");
            }
            """);

    [Fact]
    public Task ConstantConcatenationIsCheckedOnTheWholeExpression()
    {
        // The value is a constant but not one literal: the diagnostic falls back to the expression.
        return VerifyAsync(Call("{|IMR0102:\"MTUS Chronic Pain Medical Treatment 2009 \" + \"Opiods Page(s): 74-96\"|}"));
    }

    [Fact]
    public Task WithoutCatalogueFilesEveryDocumentIsUnknown()
    {
        var test = new CitationAnalyzerTest(Call("\"{|IMR0101:Guide to Spine Care|} Page(s): 12\""), withCatalogue: false);
        return test.RunAsync();
    }

    // ---- Spans in verbatim and escaped strings ----

    [Fact]
    public Task VerbatimStringSpan() =>
        VerifyAsync(Call("@\"MTUS Chronic Pain Medical Treatment 2009 {|IMR0102:Opiods|} Page(s): 74-96\""));

    [Fact]
    public Task VerbatimStringWithDoubledQuotesBeforeTheSpan() =>
        VerifyAsync(Call("@\"MTUS \"\"Chronic Pain Medical Treatment 2009\"\" {|IMR0102:Opiods|} Page(s): 74-96\""));

    [Fact]
    public Task VerbatimStringWithDoubledQuotesBeforePages() =>
        VerifyAsync(Call("@\"\"\"MTUS Chronic Pain Medical Treatment 2009 Opioids\"\" Page(s): {|IMR0103:97|}\""));

    [Fact]
    public Task VerbatimStringOverSeveralLines() =>
        VerifyAsync(Call("@\"MTUS Chronic Pain Medical Treatment 2009\n{|IMR0102:Opiods|}\nPage(s): 74-96\""));

    [Fact]
    public Task EscapedStringSpanAfterEscapes() =>
        VerifyAsync(Call("\"MTUS\\tChronic Pain Medical Treatment 2009\\u0020{|IMR0102:Opiods|} Page(s): 74-96\""));

    [Fact]
    public Task EscapedStringPagesAfterEscapes() =>
        VerifyAsync(Call("\"MTUS\\tChronic Pain Medical Treatment 2009\\u0020Opioids Page(s):\\u0020{|IMR0103:97|}\""));

    [Fact]
    public Task EscapedStringSpanCoversEscapesInsideIt() =>
        VerifyAsync(Call("\"MTUS Chronic Pain Medical Treatment 2009 {|IMR0102:\\u004Fpio\\x64s|} Page(s): 74-96\""));

    [Fact]
    public Task EscapedQuotesAndBackslashes() =>
        VerifyAsync(Call("\"\\\"MTUS Chronic Pain Medical Treatment 2009\\\" {|IMR0102:Opiods|} Page(s): 74-96\""));

    [Fact]
    public Task EscapedQuotesAndHexEscapeInPages() =>
        VerifyAsync(Call("\"\\\"MTUS Chronic Pain Medical Treatment 2009 Opioids\\\" Page(s): {|IMR0103:9\\x37|}\""));

    [Fact]
    public Task SurrogatePairEscapeBeforeTheSpan() =>
        VerifyAsync(Call("\"\\U0001F4C4 MTUS Chronic Pain Medical Treatment 2009 {|IMR0102:Opiods|} Page(s): 74-96\""));

    // ---- Generated API calls ----

    [Fact]
    public Task GeneratedApiReversedPages() =>
        VerifyAsync(Body("_ = Mtus.ChronicPain.Opioids.Pages{|IMR0107:(96, 74)|};"));

    [Fact]
    public Task GeneratedApiPagesOutsideVerifiedSection() =>
        VerifyAsync(Body("_ = Mtus.ChronicPain.Opioids.Pages{|IMR0103:(97)|};"));

    [Fact]
    public Task GeneratedApiPagesOutsideUnverifiedSection() =>
        VerifyAsync(Body("_ = Mtus.ChronicPain.Benzodiazepines.Pages{|IMR0104:(29)|};"));

    [Fact]
    public Task GeneratedApiPagesBeyondDocumentOnTheDocumentClass() =>
        VerifyAsync(Body("_ = Acoem.LowBackComplaints.Pages{|IMR0105:(115)|};"));

    [Fact]
    public Task GeneratedApiValidAndRuntimePagesAreNotReported() =>
        VerifyAsync(Body("""
            _ = Mtus.ChronicPain.Opioids.Pages(74, 96);
                    _ = Mtus.ChronicPain.Opioids.Pages(80);
                    _ = Mtus.ChronicPain.Opioids.Pages(page, 74);
                    _ = Mtus.ChronicPain.Opioids.Cite();
                    _ = Acoem.LowBackComplaints.Pages(303, 304);
                    _ = Mtus.ChronicPain.Pages(page);
            """));

    [Fact]
    public Task GeneratedApiSupersededSectionWithDecisionDate() =>
        VerifyAsOfAsync(Body("_ = {|IMR0109:Mtus.ChronicPain.Opioids|}.Pages(74, 96);"), AsOf2017);

    [Fact]
    public Task GeneratedApiSupersededDocumentWithDecisionDate() =>
        VerifyAsOfAsync(Body("_ = {|IMR0109:Mtus.ChronicPain|}.Pages(80);"), AsOf2017);

    [Fact]
    public Task GeneratedApiNotSupersededWithoutDecisionDate() =>
        VerifyAsync(Body("_ = Mtus.ChronicPain.Opioids.Pages(74, 96);\n_ = Mtus.ChronicPain.Pages(80);"));

    [Fact]
    public Task GeneratedApiSupersededAndReversed() =>
        VerifyAsOfAsync(Body("_ = {|IMR0109:Mtus.ChronicPain.Opioids|}.Pages{|IMR0107:(96, 74)|};"), AsOf2017);

    // ---- .editorconfig ----

    [Fact]
    public Task EditorConfigLowersImr0107ToWarning()
    {
        var test = new CitationAnalyzerTest(Call("{|IMR0111:\"MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 304-303\"|}"));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.IMR0107.severity = warning\n"));
        test.ExpectedDiagnostics.Add(Diagnostic("IMR0107", DiagnosticSeverity.Warning).On(
            Call("\"MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 304-303\""), "304-303"));
        return test.RunAsync();
    }

    [Fact]
    public Task EditorConfigLowersImr0107OnTheGeneratedApiToWarning()
    {
        string source = Body("_ = Mtus.ChronicPain.Opioids.Pages(96, 74);");
        var test = new CitationAnalyzerTest(source);
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.IMR0107.severity = warning\n"));
        test.ExpectedDiagnostics.Add(Diagnostic("IMR0107", DiagnosticSeverity.Warning).On(source, "(96, 74)"));
        return test.RunAsync();
    }

    [Fact]
    public Task EditorConfigSilencesImr0107()
    {
        var test = new CitationAnalyzerTest(Call("{|IMR0111:\"MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 304-303\"|}"));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.IMR0107.severity = none\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task EditorConfigSilencesImr0107OnTheGeneratedApi()
    {
        var test = new CitationAnalyzerTest(Body("_ = Mtus.ChronicPain.Opioids.Pages(96, 74);"));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.IMR0107.severity = none\n"));
        return test.RunAsync();
    }

    // ---- Messages ----

    [Fact]
    public Task Imr0102MessageSuggestsTheTitle()
    {
        string source = Call("\"MTUS Chronic Pain Medical Treatment 2009 Opiods Page(s): 74-96\"");
        return VerifyAsync(source, Diagnostic("IMR0102").On(source, "Opiods")
            .WithMessage("MTUS Chronic Pain Medical Treatment Guidelines (2009) has no section 'Opiods'. Use a title or alias the catalogue lists (did you mean 'Opioids'?)."));
    }

    [Fact]
    public Task Imr0111MessageNamesTheGeneratedMember()
    {
        string source = Call("\"MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 303-304\"");
        return VerifyAsync(source, Diagnostic("IMR0111", DiagnosticSeverity.Info).On(source, "\"MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 303-304\"")
            .WithMessage("'MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 303-304' is MTUS ACOEM Practice Guidelines, 2nd Edition (2004), Chapter 12 Low Back Complaints, pp. 303–304. Use the generated API (ImrCite.Guidelines.Acoem.LowBackComplaints.Pages(303, 304)) so the compiler checks it."));
    }
}
