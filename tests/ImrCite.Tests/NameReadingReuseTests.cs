using System;
using System.IO;
using System.Linq;
using System.Threading;
using ImrCite.Catalogue;
using ImrCite.Citations;
using Xunit;

namespace ImrCite.Tests;

/// <summary>
/// The name reading a thread reuses from one citation to the next keeps room for an ordinary statement, not for the
/// largest it ever read: after a huge statement its working lists are cut back.
/// </summary>
public sealed class NameReadingReuseTests
{
    private static readonly Lazy<GuidelineCatalogue> Shipped = new(() =>
        CatalogueLoader.Load(new[] { Path.Combine(AppContext.BaseDirectory, "guidelines") }).Catalogue);

    private static int IdleCapacityAfter(string text)
    {
        int capacity = -1;
        // A thread of its own: the reading is kept per thread.
        var thread = new Thread(() =>
        {
            new CitationResolver(Shipped.Value).Analyze(text, new GuidelineDate(2016, 1, 4));
            capacity = CitationResolver.IdleReadingCapacity;
        });
        thread.Start();
        thread.Join();
        return capacity;
    }

    public static TheoryData<string> HugeStatements => new()
    {
        // Many sections of one document, many unknown names, many documents: each fills another working list.
        "MTUS Chronic Pain Medical Treatment Guidelines " + string.Join(", ", Enumerable.Repeat("Opioids, NSAIDs, Benzodiazepines", 3000)),
        "MTUS Chronic Pain Medical Treatment Guidelines " + string.Join("; ", Enumerable.Range(0, 6000).Select(i => "Zorblax" + i)),
        string.Join(", ", Enumerable.Repeat("Chronic Pain Medical Treatment Guidelines Opioids, Low Back Complaints", 3000)),
        // Thousands of words but one citation: the analysis keeps its lists, so the reading's own bound is what holds.
        "MTUS Chronic Pain Medical Treatment Guidelines " + string.Join(" ", Enumerable.Repeat("(2009)", 5000)) + " Opioids",
    };

    [Theory]
    [MemberData(nameof(HugeStatements))]
    public void AfterAHugeStatementTheIdleReadingKeepsLittle(string huge)
    {
        int ordinary = IdleCapacityAfter("MTUS Chronic Pain Medical Treatment Guidelines Opioids Page(s): 74-96");
        Assert.InRange(ordinary, 1, 4096);
        // 0 when the analysis dropped its working lists altogether (they outgrew an ordinary statement).
        Assert.InRange(IdleCapacityAfter(huge), 0, 4096);
    }
}
