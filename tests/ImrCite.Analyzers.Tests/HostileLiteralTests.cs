using System.Linq;
using ImrCite.Analyzers.Tests.Infrastructure;
using ImrCite.Reliability.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace ImrCite.Analyzers.Tests;

/// <summary>Runs alone: its time ratio is the whole process's processor time, which other tests must not add to.</summary>
[CollectionDefinition(nameof(HostileLiteralTests), DisableParallelization = true)]
public sealed class AloneCollection;

/// <summary>Citation literals nobody writes by hand, which generated or pasted code can still hold: the analyzer stays linear and never throws.</summary>
[Collection(nameof(HostileLiteralTests))]
public sealed class HostileLiteralTests(ITestOutputHelper output)
{
    /// <summary>
    /// A [GuidelineCitation] literal of <paramref name="citations"/> citations, each of a page beyond the 127-page document:
    /// one IMR0105 per citation (a citation listing many such pages is one finding, so the problems are citations here).
    /// </summary>
    private static string ManyProblems(int citations) =>
        "using ImrCite; static class C { static string Cite([GuidelineCitation] string s) => s; static string M() => Cite(\""
        + string.Concat(Enumerable.Range(200, citations).Select(page => $"MTUS Chronic Pain Medical Treatment 2009 Opioids Page(s): {page}; ")) + "\"); }";

    [Fact]
    public void ALiteralWithThousandsOfProblemsIsAnalyzedInLinearTime()
    {
        // Each problem's span used to be mapped into the literal by rebuilding the literal's character map: a literal
        // with n problems cost n times its length (8,000 pages took 10 s).
        var (_, diagnostics) = RealApiCompiler.AnalyzeAgainst(ManyProblems(500));
        Assert.Equal(500, diagnostics.Count(d => d.Id == "IMR0105"));
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        Scaling.AssertLinear(output, "citation literal analyzer: n problems in one literal", ManyProblems,
            source => RealApiCompiler.AnalyzeAgainst(source), startSize: 500, maxSize: 64_000, wholeProcess: true);
    }
}
