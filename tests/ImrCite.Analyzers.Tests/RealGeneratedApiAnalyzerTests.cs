using System.Linq;
using System.Threading.Tasks;
using ImrCite.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static ImrCite.Analyzers.Tests.CitationLiteralAnalyzerTests;

namespace ImrCite.Analyzers.Tests;

/// <summary>
/// The analyzer against what a consumer really compiles: ImrCite.dll's own attributes and the real
/// CatalogueGenerator's output for the test catalogue (no hand-written stand-ins).
/// </summary>
public sealed class RealGeneratedApiAnalyzerTests
{
    private const string AsOf2017 = "2017-03-01";

    // ---- Every rule, in every place a literal can flow into a [GuidelineCitation] target ----

    /// <summary>Rule, a C# string literal with markup, and the decision date it needs.</summary>
    private static readonly (string Rule, string Literal, string? AsOf)[] RuleCases =
    {
        ("IMR0100", "\"MTUS ACOEM Chapter 12 Low Back Complaints {|IMR0100:Page(s):|}\"", null),
        ("IMR0101", "\"{|IMR0101:Guide to Spine Care|} Page(s): 12\"", null),
        ("IMR0102", "\"MTUS Chronic Pain Medical Treatment 2009 {|IMR0102:Opiods|} Page(s): 74-96\"", null),
        ("IMR0103", "\"MTUS Chronic Pain Medical Treatment 2009 Opioids Page(s): {|IMR0103:97|}\"", null),
        ("IMR0104", "\"MTUS Chronic Pain Medical Treatment 2009 Benzodiazepines Page(s): {|IMR0104:30|}\"", null),
        ("IMR0105", "\"MTUS ACOEM Chapter 12 Low Back Complaints Page(s): {|IMR0105:115|}\"", null),
        ("IMR0106", "\"MTUS Chronic Pain Medical Treatment 2009 Opioids Page(s): 74-96 of {|IMR0106:112|}\"", null),
        ("IMR0107", "{|IMR0111:\"MTUS Chronic Pain Medical Treatment 2009 Opioids Page(s): {|IMR0107:96-74|}\"|}", null),
        ("IMR0108", "\"8 C.C.R. 9792.20 - {|IMR0108:972.26|}\"", null),
        ("IMR0109", "\"MTUS {|IMR0109:Chronic Pain Medical Treatment 2009|} Opioids Page(s): 74-96\"", AsOf2017),
        // Notes do not stop the typed-citation suggestion: ODG Pain (Chronic) Opioids has a generated member.
        ("IMR0110", "{|IMR0111:\"ODG Pain (Chronic) {|IMR0110:Opioids|}\"|}", null),
        ("IMR0111", "{|IMR0111:\"MTUS Chronic Pain Medical Treatment Guidelines Opioids Page(s): 74-96\"|}", null),
    };

    /// <summary>
    /// The places a constant flows into a [GuidelineCitation] target, one class each, compiled together so a rule
    /// costs one compilation: an argument, a field initializer, a property initializer, a property assignment
    /// and a field assignment.
    /// </summary>
    private const string AllContexts = """
        using ImrCite;

        public static class ArgumentLetter
        {
            public static string Cite([GuidelineCitation] string citation) => citation;

            public static void Write() => Cite(LITERAL);
        }

        public sealed class FieldInitializerLetter
        {
            [GuidelineCitation]
            private static readonly string Basis = LITERAL;

            public static string Get() => Basis;
        }

        public sealed class PropertyInitializerLetter
        {
            [GuidelineCitation]
            public string Basis { get; set; } = LITERAL;
        }

        public sealed class PropertyAssignmentLetter
        {
            [GuidelineCitation]
            public string Basis { get; set; }

            public static PropertyAssignmentLetter Make()
            {
                var letter = new PropertyAssignmentLetter();
                letter.Basis = LITERAL;
                return letter;
            }
        }

        public sealed class FieldAssignmentLetter
        {
            [GuidelineCitation]
            public string Basis;

            public FieldAssignmentLetter()
            {
                this.Basis = LITERAL;
            }
        }
        """;

    public static TheoryData<string> Rules()
    {
        var data = new TheoryData<string>();
        foreach (var (rule, _, _) in RuleCases)
        {
            data.Add(rule);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public Task EveryRuleOnTheExactSpanInEveryContext(string rule)
    {
        var (_, literal, asOf) = System.Array.Find(RuleCases, c => c.Rule == rule);
        return RealApiAnalyzerTest.VerifyAsync(AllContexts.Replace("LITERAL", literal), asOf);
    }

    [Fact]
    public Task ValidCitationsGiveOnlyTheTypedCitationSuggestion() =>
        RealApiAnalyzerTest.VerifyAsync(Body("""
            Cite({|IMR0111:"MTUS Chronic Pain Medical Treatment Guidelines Opioids Page(s): 74-96"|});
                    Cite({|IMR0111:"MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 303-304"|});
                    Cite({|IMR0111:@"MTUS Chronic Pain Treatment Guidelines Benzodiazepines Page(s): 24"|});
                    Cite({|IMR0111:"MTUS Chronic Pain Medical Treatment 2009 Opioids Page(s): 74-96 of 127"|});
            """));

    [Fact]
    public Task ValidCitationMessageNamesTheRealGeneratedMember()
    {
        string source = Call("\"MTUS Chronic Pain Medical Treatment Guidelines Opioids Page(s): 74-96\"");
        var test = new RealApiAnalyzerTest(source);
        test.ExpectedDiagnostics.Add(new DiagnosticResult("IMR0111", DiagnosticSeverity.Info)
            .On(source, "\"MTUS Chronic Pain Medical Treatment Guidelines Opioids Page(s): 74-96\"")
            .WithMessage("'MTUS Chronic Pain Medical Treatment Guidelines Opioids Page(s): 74-96' is MTUS Chronic Pain Medical Treatment Guidelines (2009), Opioids, pp. 74–96. Use the generated API (ImrCite.Guidelines.Mtus.ChronicPain.Opioids.Pages(74, 96)) so the compiler checks it."));
        return test.RunAsync();
    }

    [Fact]
    public Task StringsNotFlowingIntoACitationTargetAreIgnored() =>
        RealApiAnalyzerTest.VerifyAsync("""
            using ImrCite;

            public sealed class Letter
            {
                private const string Misspelled = "MTUS Chronic Pain Medical Treatment 2009 Opiods Page(s): 74-96";

                private static readonly string Unmarked = "Guide to Spine Care Page(s): 12";

                public string Note { get; set; } = "8 CCR 9792:24.2";

                public static string Plain(string text) => text;

                public static string Cite([GuidelineCitation] string citation, string remark) => citation + remark;

                public static void Write(string runtime)
                {
                    Plain("MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 304-303");
                    new Letter().Note = "MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 115";
                    string local = "MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 304-303";
                    Cite(local, Misspelled);
                    Cite(runtime + " Page(s): 12", Unmarked);
                    Cite(runtime, "ODG Pain (Chronic) Opioids");
                }
            }
            """);

    // ---- Generated API calls ----

    [Fact]
    public Task ReversedPagesOnASection() =>
        RealApiAnalyzerTest.VerifyAsync(Body("_ = Mtus.ChronicPain.Opioids.Pages{|IMR0107:(96, 74)|};"));

    [Fact]
    public Task ReversedPagesOnTheDocumentClass() =>
        RealApiAnalyzerTest.VerifyAsync(Body("_ = Mtus.ChronicPain.Pages{|IMR0107:(96, 74)|};"));

    [Fact]
    public Task PageOutsideAVerifiedSection() =>
        RealApiAnalyzerTest.VerifyAsync(Body("_ = Mtus.ChronicPain.Opioids.Pages{|IMR0103:(30)|};"));

    [Fact]
    public Task PageOutsideAnUnverifiedSection() =>
        RealApiAnalyzerTest.VerifyAsync(Body("_ = Mtus.ChronicPain.Benzodiazepines.Pages{|IMR0104:(30)|};"));

    [Fact]
    public Task PageBeyondTheDocument() =>
        RealApiAnalyzerTest.VerifyAsync(Body("_ = Acoem.LowBackComplaints.Pages{|IMR0105:(115)|};"));

    [Fact]
    public Task ValidAndRunTimePagesAreNotReported() =>
        RealApiAnalyzerTest.VerifyAsync(Body("""
            _ = Mtus.ChronicPain.Opioids.Pages(74, 96);
                    _ = Mtus.ChronicPain.Opioids.Pages(80);
                    _ = Mtus.ChronicPain.Opioids.Pages(page, 74);
                    _ = Mtus.ChronicPain.Opioids.Cite();
                    _ = Mtus.ChronicPain.Benzodiazepines.Pages(24);
                    _ = Mtus.ChronicPain.Pages(1, 127);
                    _ = Acoem.LowBackComplaints.Pages(303, 304);
                    _ = Acoem.LowBackComplaints.Pages(page);
                    _ = Acoem.LowBackComplaints.Cite();
            """));

    // Product bug: the analyzer reads invocation.Arguments in source order, not parameter order.
    [Fact]
    public Task NamedArgumentsInParameterOrderAreNotReversed() =>
        RealApiAnalyzerTest.VerifyAsync(Body("_ = Mtus.ChronicPain.Opioids.Pages(last: 96, first: 74);"));

    // Product bug: the analyzer reads invocation.Arguments in source order, not parameter order.
    [Fact]
    public Task NamedArgumentsThatReverseTheRangeAreReported() =>
        RealApiAnalyzerTest.VerifyAsync(Body("_ = Mtus.ChronicPain.Opioids.Pages{|IMR0107:(last: 74, first: 96)|};"));

    [Fact]
    public Task SupersededSectionWithDecisionDate() =>
        RealApiAnalyzerTest.VerifyAsync(Body("_ = {|IMR0109:Mtus.ChronicPain.Opioids|}.Pages(74, 96);"), AsOf2017);

    [Fact]
    public Task SupersededDocumentWithDecisionDate() =>
        RealApiAnalyzerTest.VerifyAsync(Body("_ = {|IMR0109:Mtus.ChronicPain|}.Pages(80);"), AsOf2017);

    [Fact]
    public Task NotSupersededWithoutDecisionDate() =>
        RealApiAnalyzerTest.VerifyAsync(Body("_ = Mtus.ChronicPain.Opioids.Pages(74, 96);\n_ = Mtus.ChronicPain.Pages(80);"));

    [Fact]
    public Task NotSupersededTheDayBefore() =>
        RealApiAnalyzerTest.VerifyAsync(Body("_ = Mtus.ChronicPain.Opioids.Pages(74, 96);"), "2016-07-27");

    [Fact]
    public Task TheSuccessorIsNotSuperseded() =>
        RealApiAnalyzerTest.VerifyAsync(Body("_ = Mtus.ChronicPain2016.Opioids.Cite();"), AsOf2017);

    /// <summary>
    /// A project that uses a referenced project's generated API (and generates none itself) has its calls checked all the
    /// same: the document class is known by its [GuidelineRecord], a section property by its class's Ids constant.
    /// </summary>
    [Fact]
    public void CallsIntoAReferencedProjectsGeneratedApiAreChecked()
    {
        const string source = """
            using ImrCite.Guidelines;

            public static class Uses
            {
                public static void Cite()
                {
                    _ = Mtus.ChronicPain.Opioids.Pages(96, 74);
                    _ = Mtus.ChronicPain.Pages(96, 74);
                    _ = Mtus.ChronicPain.Benzodiazepines.Pages(30);
                    _ = Mtus.ChronicPain.Opioids.Pages(74, 96);
                }
            }
            """;
        var (compilation, diagnostics) = RealApiCompiler.AnalyzeAgainst(source, RealApiCompiler.GeneratedLibrary());
        Assert.Empty(RealApiCompiler.Errors(compilation));
        Assert.Equal(
            new[] { "IMR0107 at 7", "IMR0107 at 8", "IMR0104 at 9" },
            diagnostics.Select(d => $"{d.Id} at {d.Location.GetLineSpan().StartLinePosition.Line + 1}"));
    }

    // ---- Generated code is skipped ----

    private const string BadCode = """
        using ImrCite;
        using ImrCite.Guidelines;

        public static class Letter
        {
            public static string Cite([GuidelineCitation] string citation) => citation;

            public static void Write()
            {
                Cite("MTUS Chronic Pain Medical Treatment 2009 Opiods Page(s): 74-96");
                Cite("MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 303-304");
                _ = Mtus.ChronicPain.Opioids.Pages(96, 74);
            }
        }
        """;

    [Theory]
    [InlineData("/0/Letter.g.cs")]
    [InlineData("/0/Letter.generated.cs")]
    [InlineData("/0/Letter.designer.cs")]
    [InlineData("/0/Letter.g.i.cs")]
    public Task GeneratedFileNamesAreSkipped(string path) =>
        new RealApiAnalyzerTest(BadCode, path: path).RunAsync();

    [Theory]
    [InlineData("// <auto-generated/>\n")]
    [InlineData("// <autogenerated />\n")]
    [InlineData("//------------------------------------------------------------------------------\n// <auto-generated>\n//     This code was generated by a tool.\n// </auto-generated>\n//------------------------------------------------------------------------------\n")]
    public Task AutoGeneratedHeadersAreSkipped(string header) =>
        new RealApiAnalyzerTest(header + BadCode).RunAsync();

    [Fact]
    public Task GeneratedCodeByEditorConfigIsSkipped()
    {
        var test = new RealApiAnalyzerTest(BadCode);
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\ngenerated_code = true\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task TheSameCodeIsCheckedWhenNotGenerated() =>
        RealApiAnalyzerTest.VerifyAsync(BadCode
            .Replace("2009 Opiods", "2009 {|IMR0102:Opiods|}")
            .Replace("Cite(\"MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 303-304\")", "Cite({|IMR0111:\"MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 303-304\"|})")
            .Replace("Pages(96, 74)", "Pages{|IMR0107:(96, 74)|}"));

    // ---- Default parameter values ----

    // Product bug: a [GuidelineCitation] parameter's default value is not checked where it is written;
    // instead the implicit default argument is checked at every call site, on the whole call.
    [Fact]
    public Task WrongDefaultValueIsReportedOnTheDeclarationNotTheCallSite() =>
        RealApiAnalyzerTest.VerifyAsync("""
            using ImrCite;

            public static class Letter
            {
                public static string Cite([GuidelineCitation] string citation = "MTUS ACOEM Chapter 12 Low Back Complaints Page(s): {|IMR0105:115|}") => citation;

                public static void Write()
                {
                    Cite();
                    Cite();
                }
            }
            """);

    // Product bug: IMR0111 (with a "replace the literal" fix that finds no literal) at each call site of a
    // method whose [GuidelineCitation] parameter has a valid default; a default value is a constant context.
    [Fact]
    public Task ValidDefaultValueOffersNoTypedCitationAtCallSites() =>
        RealApiAnalyzerTest.VerifyAsync("""
            using ImrCite;

            public static class Letter
            {
                public static string Cite([GuidelineCitation] string citation = "MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 303-304") => citation;

                public static void Write() => Cite();
            }
            """);

    // ---- Attributes and overrides ----

    [Fact]
    public Task AttributeArgumentsAreCheckedWithoutTypedCitation() =>
        RealApiAnalyzerTest.VerifyAsync("""
            using ImrCite;

            [System.AttributeUsage(System.AttributeTargets.Class, AllowMultiple = true)]
            public sealed class BasisAttribute : System.Attribute
            {
                public BasisAttribute([GuidelineCitation] string text) { }

                [GuidelineCitation]
                public string Also { get; set; }
            }

            [Basis("MTUS Chronic Pain Medical Treatment 2009 {|IMR0102:Opiods|} Page(s): 74-96", Also = "{|IMR0101:Guide to Spine Care|} Page(s): 12")]
            [Basis("MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 303-304")]
            public static class Letter
            {
            }
            """);

    // Product bug: GuidelineCitationAttribute is declared Inherited = true, but a citation assigned through an
    // override of a marked property is not checked (HasAttribute looks only at the overriding member).
    [Fact]
    public Task OverrideOfAMarkedPropertyIsChecked() =>
        RealApiAnalyzerTest.VerifyAsync("""
            using ImrCite;

            public abstract class LetterBase
            {
                [GuidelineCitation]
                public abstract string Basis { get; set; }
            }

            public sealed class Letter : LetterBase
            {
                public override string Basis { get; set; }

                public static Letter Make() => new Letter { Basis = "{|IMR0101:Guide to Spine Care|} Page(s): 12" };
            }
            """);
}
