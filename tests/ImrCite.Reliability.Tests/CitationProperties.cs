using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using CsCheck;
using ImrCite.Catalogue;
using ImrCite.Citations;
using ImrCite.Reliability.Tests.Support;
using ImrCite.Testing;
using Xunit;
using Xunit.Abstractions;

namespace ImrCite.Reliability.Tests;

/// <summary>
/// The citation grammar and resolver through their public entry point, <see cref="CitationResolver.Analyze(string, GuidelineDate?)"/>,
/// on the shipped catalogue: never throw, every match and problem span inside the text, and time linear in
/// the length of the text.
/// </summary>
public sealed class CitationProperties
{
    private static readonly Lazy<CitationResolver> Resolver = new Lazy<CitationResolver>(() =>
        new CitationResolver(CatalogueLoader.Load(new[] { Path.Combine(AppContext.BaseDirectory, "guidelines") }).Catalogue));

    private readonly ITestOutputHelper _output;

    public CitationProperties(ITestOutputHelper output) => _output = output;

    private static readonly string[] Fragments =
    {
        "MTUS", "Chronic Pain Medical Treatment Guidelines", "Chronic Pain Treatment Guidelines", "Opioids", "Opioids, criteria for use",
        "Benzodiazepines", "NSAIDs", "Page(s):", "Page(s", "Pages", "pp.", "p.", "74-96", "74 - 96", "96-74", "24", "0", "of 127", "of 112",
        "8 C.C.R. \u00a7\u00a79792.20 - 9792.26", "8 CCR 9792.24.2", "9792:24.2", "972.26", "\u00a7", "Title 8 CCR", "Decision based on",
        "Non-MTUS Citation:", "ACOEM", "Low Back Complaints", "Chapter 12", "Section(s):", "Special Studies", "ODG", "Pain (Chronic)",
        "Official Disability Guidelines", "and", "to", "through", "&", "(", ")", ",", ";", ".", ":", "\u2013", "\u2014", "\n", "\r\n", " ",
        "2004", "2016", "updated", "\u00E9", "\U0001F600", "\uFFFE", "\uD800", "\u0000", "Page 74-Page 78",
    };

    /// <summary>Citation-like text: fragments of real citation statements in any order, and stray characters.</summary>
    private static readonly Gen<string> Texts = Gen.Int[0, Fragments.Length - 1].Array[0, 40].Select(Gen.Char.Array[0, 3], (picks, noise) =>
    {
        var text = new StringBuilder();
        foreach (int pick in picks)
        {
            text.Append(Fragments[pick]).Append(' ');
        }
        return text.Append(noise).ToString();
    });

    private static readonly GuidelineDate?[] Dates = { null, new GuidelineDate(2015, 6, 1), new GuidelineDate(2018, 3, 1), new GuidelineDate(2024, 1, 1) };

    [Fact]
    public void AnalyzeNeverThrowsAndSpansStayInTheText()
    {
        var counter = new Budget.Counter();
        var watch = Stopwatch.StartNew();
        Gen.Select(Texts, Gen.Int[0, Dates.Length - 1]).Sample((text, date) =>
        {
            counter.Add();
            var analysis = Resolver.Value.Analyze(text, Dates[date]);
            foreach (var match in analysis.Matches)
            {
                InRange(text, match.Start, match.Length, "match");
            }
            foreach (var problem in analysis.Problems)
            {
                InRange(text, problem.Start, problem.Length, problem.Id);
                if (problem.Message.Length > Invariants.MessageLimit)
                {
                    throw new InvalidOperationException($"{problem.Id}'s message has {problem.Message.Length} characters.");
                }
            }
        }, iter: Budget.Iterations(3000), threads: Budget.Threads, print: t => CatalogueTexts.Show(t.Item1) + " asOf " + Dates[t.Item2]);
        Budget.Report(nameof(AnalyzeNeverThrowsAndSpansStayInTheText), counter.Cases, 0, watch.Elapsed);
    }

    private static void InRange(string text, int start, int length, string what)
    {
        if (start < 0 || length < 0 || start + length > text.Length)
        {
            throw new InvalidOperationException($"{what} at [{start}, {start + length}) is outside the text of {text.Length} characters.");
        }
    }

    [Fact]
    public void AnalyzeTakesLinearTimeOnStatementsThatFollowEachOther()
    {
        const string statement = "MTUS Chronic Pain Medical Treatment Guidelines Opioids, criteria for use Page(s): 76-80 of 127; ";
        Scaling.AssertLinear(_output, "resolver, n citations without \"Decision based on\" between them",
            n => string.Concat(Enumerable.Repeat(statement, n)), text => Resolver.Value.Analyze(text, new GuidelineDate(2015, 6, 1)), 50);
    }

    [Fact]
    public void AnalyzeTakesLinearTimeOnManyDocumentsInOneStatement()
    {
        // One statement (no page marker or ';' to end it) naming document after document: each document's end used
        // to re-sort and re-scan every citation found so far in the statement.
        const string names = "Chronic Pain Medical Treatment Guidelines Opioids, Low Back Complaints, ";
        Scaling.AssertLinear(_output, "resolver, n documents named in one statement",
            n => "MTUS " + string.Concat(Enumerable.Repeat(names, n)), text => Resolver.Value.Analyze(text, new GuidelineDate(2015, 6, 1)), 50);
    }

    [Fact]
    public void AnalyzeTakesLinearTimeOnRepeatedPageMarkers()
    {
        Scaling.AssertLinear(_output, "resolver, n repeated \"Page(s): \"",
            n => "MTUS Chronic Pain Medical Treatment Guidelines Opioids " + string.Concat(Enumerable.Repeat("Page(s): ", n)), text => Resolver.Value.Analyze(text), 200);
    }

    [Fact]
    public void AnalyzeTakesLinearTimeOnRepeatedRegulationRanges()
    {
        Scaling.AssertLinear(_output, "resolver, n repeated regulation ranges",
            n => string.Concat(Enumerable.Repeat("8 C.C.R. \u00a7\u00a79792.20 - 9792.26, ", n)), text => Resolver.Value.Analyze(text), 100);
    }
}
