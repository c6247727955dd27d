using BenchmarkDotNet.Attributes;
using ImrCite.Catalogue;
using ImrCite.Citations;

namespace ImrCite.Benchmarks;

/// <summary>The runtime validator: citations read and checked per second against the shipped catalogue.</summary>
[MemoryDiagnoser]
public class ValidatorBenchmarks
{
    private static readonly string[] Citations =
    {
        "MTUS Chronic Pain Treatment Guidelines Opioids Page(s): 74-96",
        "MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 303-304",
        "8 C.C.R. 9792.20 - 9792.26",
        "MTUS Chronic Pain Treatment Guidelines Criteria for use of opioids Page(s): 76-79.",
        "MTUS Chronic Pain Treatment Guidelines When to Continue Opioids; Weaning of Medications Page(s): 80-81;.",
        "Decision based on MTUS Shoulder Complaints 2004, Section(s): Initial Care, Follow-up Visits, and Knee Complaints 2004, Section(s): Special Studies.",
        "Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Pain (Chronic), Opioids",
        "MTUS Chronic Pain Treatment Guidelines Opioids Page(s): 74-96 of 112",
    };

    private CitationResolver _resolver = null!;
    private readonly GuidelineDate _asOf = new(2015, 6, 1);

    [GlobalSetup]
    public void Setup() => _resolver = new CitationResolver(CatalogueLoader.Load(new[] { Paths.ShippedCatalogue() }).Catalogue);

    /// <summary>One operation = one citation string read, resolved and checked.</summary>
    [Benchmark(OperationsPerInvoke = 8, Description = "analyze one citation (mix of 8 formats)")]
    public int Analyze()
    {
        int problems = 0;
        foreach (string citation in Citations)
        {
            problems += _resolver.Analyze(citation, _asOf).Problems.Count;
        }
        return problems;
    }
}
