using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ImrCite.Catalogue;
using ImrCite.Citations;
using ImrCite.Diagnostics;
using Xunit;

namespace ImrCite.Tests;

/// <summary>
/// The shipped catalogue's MTUS versions on decision dates: every adoption boundary in the facts (the day before
/// and the day of), MAXIMUS's chapter labels with their version years, supersession chains followed to the version
/// in force, and misspelt labels. guidelines/CHANGELOG.md says which of these dates are secondary or inferred.
/// </summary>
public sealed class GuidelineVersionDateTests
{
    private static readonly Lazy<GuidelineCatalogue> Catalogue = new(() =>
        CatalogueLoader.Load(new[] { Path.Combine(AppContext.BaseDirectory, "guidelines") }).Catalogue);

    private static GuidelineDocument Document(string id) =>
        Catalogue.Value.FindDocument(id) ?? throw new Xunit.Sdk.XunitException($"The catalogue has no document '{id}'.");

    private static CitationAnalysis Analyze(string text, string date) =>
        new CitationResolver(Catalogue.Value).Analyze(text, GuidelineDate.Parse(date));

    /// <summary>
    /// Boundaries of the AD orders and regulations: a name, the day before and the day of, and the version in
    /// force on each ("-" when none is).
    /// </summary>
    public static TheoryData<string, string, string, string> Boundaries() => new()
    {
        // The first MTUS (2007): the ACOEM 2nd edition as a whole; the 2009 restructuring.
        { "Chapter 12 Low Back Complaints", "2007-06-15", "-", "acoem.2004.ch12" },
        { "Chronic Pain Medical Treatment Guidelines", "2009-07-18", "-", "mtus.cpmtg.2009" },
        { "Postsurgical Treatment Guidelines", "2009-07-18", "-", "mtus.postsurgical.2009" },
        { "Elbow Disorders (Revised 2007)", "2009-07-18", "-", "acoem.2007.elbow" },
        // 2016 update of the CPMTG and the Opioids Treatment Guidelines.
        { "Chronic Pain Medical Treatment Guidelines", "2016-07-28", "mtus.cpmtg.2009", "mtus.cpmtg.2016" },
        { "Opioids Treatment Guidelines", "2016-07-28", "-", "mtus.opioids.2016" },
        // AD order, services on or after 2017-12-01.
        { "Chronic Pain Medical Treatment Guidelines", "2017-12-01", "mtus.cpmtg.2016", "-" },
        { "Chronic Pain", "2017-12-01", "mtus.cpmtg.2016", "acoem.2017.chronic-pain" },
        { "Opioids Treatment Guidelines", "2017-12-01", "mtus.opioids.2016", "-" },
        { "Chapter 12 Low Back Complaints", "2017-12-01", "acoem.2004.ch12", "-" },
        { "Opioids", "2017-12-01", "-", "acoem.2017.opioids" },
        { "Initial Approaches to Treatment", "2017-12-01", "acoem.2004.ch3", "acoem.2017.initial-approaches" },
        { "Low Back Disorders", "2017-12-01", "-", "acoem.2017.low-back" },
        { "Hip and Groin Disorders", "2017-12-01", "acoem.2011.hip-groin", "acoem.2017.hip-groin" },
        { "Prevention", "2017-12-01", "acoem.2004.ch1", "acoem.2017.prevention" },
        { "Cornerstones of Disability Prevention and Management", "2017-12-01", "acoem.2004.ch5", "acoem.2017.cornerstones" },
        { "General Approach to Initial Assessment and Documentation", "2017-12-01", "acoem.2004.ch2", "acoem.2017.general-approach" },
        // AD order effective 2019-04-18.
        { "Cervical and Thoracic Spine Disorders", "2019-04-18", "acoem.2017.cervical-thoracic-spine", "acoem.2019.cervical-thoracic-spine" },
        { "Elbow Disorders", "2019-04-18", "acoem.2017.elbow", "acoem.2019.elbow" },
        { "Hand, Wrist, and Forearm Disorders", "2019-04-18", "acoem.2017.hand-wrist-forearm", "acoem.2019.hand-wrist-forearm" },
        { "Ankle and Foot Disorders", "2019-04-18", "acoem.2017.ankle-foot", "acoem.2019.ankle-foot" },
        { "Workplace Mental Health: Post-traumatic Stress Disorder and Acute Stress Disorder", "2019-04-18", "-", "acoem.2019.ptsd-asd" },
        { "Workplace Mental Health: Introduction", "2019-04-18", "-", "acoem.2019.wmh-introduction" },
        // 2019-08-11 and 2019-10-07.
        { "Low Back Disorders", "2019-08-11", "acoem.2017.low-back", "acoem.2019.low-back" },
        { "Hip and Groin Disorders", "2019-10-07", "acoem.2017.hip-groin", "acoem.2019.hip-groin" },
        // 2020-09-21.
        { "Knee Disorders", "2020-09-21", "acoem.2017.knee", "acoem.2020.knee" },
        { "Occupational/Work-Related Asthma Medical Treatment", "2020-09-21", "acoem.2017.asthma", "acoem.2020.asthma" },
        { "Occupational Interstitial Lung Disease", "2020-09-21", "acoem.2017.interstitial-lung", "acoem.2020.interstitial-lung" },
        { "Workplace Mental Health: Depressive Disorders", "2020-09-21", "-", "acoem.2020.depressive-disorders" },
        { "Antiemetics", "2020-09-21", "-", "acoem.2020.antiemetics" },
        // 2021: COVID-19 (services on or after 2021-06-28), Anxiety Disorders (2021-07-19), Low Back 2020 (2021-11-23).
        { "Coronavirus (COVID-19)", "2021-06-28", "-", "acoem.2021.covid-19" },
        { "Workplace Mental Health: Anxiety Disorders", "2021-07-19", "-", "acoem.2021.anxiety-disorders" },
        { "Low Back Disorders", "2021-11-23", "acoem.2019.low-back", "acoem.2021.low-back" },
        // 2023-08-10 (8 CCR 9792.22, 9792.23.2, 9792.24.7) and 2023-11-10 (9792.23.4, 9792.24.7).
        { "Shoulder Disorders", "2023-08-10", "acoem.2017.shoulder", "acoem.2023.shoulder" },
        { "Initial Approaches to Treatment", "2023-08-10", "acoem.2017.initial-approaches", "acoem.2023.initial-approaches" },
        { "Prevention", "2023-08-10", "acoem.2017.prevention", "acoem.2023.prevention" },
        { "Hand, Wrist, and Forearm Disorders", "2023-11-10", "acoem.2019.hand-wrist-forearm", "acoem.2023.hand-wrist-forearm" },
        // The MTUS Drug List (8 CCR 9792.27.15), one version after another.
        { "MTUS Drug List", "2018-01-01", "-", "mtus.drug-list.v1" },
        { "MTUS Drug List", "2018-05-15", "mtus.drug-list.v1", "mtus.drug-list.2018-05-15" },
        { "MTUS Drug List", "2018-10-01", "mtus.drug-list.2018-05-15", "mtus.drug-list.v3" },
        { "MTUS Drug List", "2020-01-15", "mtus.drug-list.v3", "mtus.drug-list.v6" },
        { "MTUS Drug List", "2020-11-01", "mtus.drug-list.v6", "mtus.drug-list.v7" },
        { "MTUS Drug List", "2021-02-01", "mtus.drug-list.v7", "mtus.drug-list.v8" },
        { "MTUS Drug List", "2021-08-01", "mtus.drug-list.v8", "mtus.drug-list.v9" },
        { "MTUS Drug List", "2022-11-01", "mtus.drug-list.v9", "mtus.drug-list.v10" },
        { "MTUS Drug List", "2024-02-15", "mtus.drug-list.v10", "mtus.drug-list.v11" },
        { "MTUS Drug List", "2024-11-01", "mtus.drug-list.v11", "mtus.drug-list.v12" },
        { "MTUS Drug List", "2025-08-06", "mtus.drug-list.v12", "mtus.drug-list.v13" },
        { "MTUS Drug Formulary", "2018-01-01", "-", "mtus.formulary.2018" },
        // The COVID-19 guideline stays in force through the 2023 orders: which respiratory guideline they changed is not known.
        { "Coronavirus (COVID-19)", "2023-11-10", "acoem.2021.covid-19", "acoem.2021.covid-19" },
    };

    [Theory]
    [MemberData(nameof(Boundaries))]
    public void TheDayBeforeAndTheDayOfAnOrderHaveTheRightVersionInForce(string name, string dayOf, string before, string onTheDay)
    {
        var day = GuidelineDate.Parse(dayOf);
        var dayBefore = DayBefore(day);
        Assert.Equal(before, InForce(name, dayBefore));
        Assert.Equal(onTheDay, InForce(name, day));
        // A letter that names the guideline without a version resolves to the version in force, on both days.
        if (onTheDay != "-")
        {
            Assert.Equal(onTheDay, ResolvedDocument("Decision based on MTUS " + name + ".", dayOf));
        }
        if (before != "-")
        {
            Assert.Equal(before, ResolvedDocument("Decision based on MTUS " + name + ".", dayBefore.ToString()));
        }
    }

    public static IEnumerable<object[]> MaximusLabels()
    {
        foreach (string line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Data", "maximus-2017-labels.tsv")))
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                var parts = line.Split('\t');
                yield return new object[] { parts[0], parts[1], parts[2] };
            }
        }
    }

    [Fact]
    public void TheLabelTableHoldsMaximusDistinctLabelsWithYears() => Assert.Equal(47, MaximusLabels().Count());

    [Theory]
    [MemberData(nameof(MaximusLabels))]
    public void EveryMaximusLabelWithItsYearResolvesToTheVersionItNames(string label, string year, string expected)
    {
        var document = Document(expected);
        var first = document.EffectiveFrom ?? throw new Xunit.Sdk.XunitException($"{expected} is not adopted");
        var last = document.EffectiveTo ?? new GuidelineDate(2026, 6, 30);
        foreach (var date in new[] { first, last })
        {
            string statement = $"Decision based on MTUS {label} {year}, Section(s): Summary.";
            var analysis = Analyze(statement, date.ToString());
            var citation = Assert.Single(analysis.Citations);
            Assert.True(expected == citation.Document.Id, $"{statement} on {date}: {citation.Document.Id}");
            Assert.Equal("summary", citation.Section?.Id);
            Assert.DoesNotContain(analysis.Problems, p => p.Severity >= ImrSeverity.Warning);
        }
    }

    [Theory]
    [InlineData("acoem.2025.chronic-pain", "Chronic Pain 2024", "acoem.2017.chronic-pain")]
    [InlineData("acoem.2025.cannabis", "Cannabis", "-")]
    public void AProposedGuidelineIsNeverInForce(string id, string label, string inForceInstead)
    {
        var proposed = Document(id);
        Assert.Equal(DocumentStatus.Proposed, proposed.Status);
        Assert.Equal(new GuidelineDate(2025, 3, 14), proposed.ProposedOn);
        Assert.Null(proposed.EffectiveFrom);
        Assert.Null(proposed.EffectiveTo);
        foreach (string date in new[] { "2025-03-14", "2025-06-02", "2026-06-30" })
        {
            Assert.False(proposed.IsInForceOn(GuidelineDate.Parse(date)), $"{id} in force on {date}");
            // The guideline's plain title keeps naming the version in force.
            Assert.Equal(inForceInstead, InForce(proposed.Title, GuidelineDate.Parse(date)));
            // Its label with its version year names the proposal itself, so a citation of it can be reported as proposed.
            var analysis = Analyze($"Decision based on MTUS {label}, Section(s): {proposed.Sections[0].Title}.", date);
            Assert.Equal(id, Assert.Single(analysis.Citations).Document.Id);
        }
        Assert.Contains("not adopted as far as the catalogue knows", proposed.SourceNote, StringComparison.Ordinal);
    }

    [Fact]
    public void TheProposedChronicPainGuidelineDoesNotSupersedeTheOneInForce()
    {
        Assert.Null(Document("acoem.2017.chronic-pain").SupersededBy);
        Assert.Null(Document("acoem.2017.chronic-pain").EffectiveTo);
        Assert.DoesNotContain(Catalogue.Value.Documents, d => d.SupersededBy is "acoem.2025.chronic-pain" or "acoem.2025.cannabis");
    }

    [Theory]
    [InlineData("MTUS Drug List v4", "2019-03-01")]
    [InlineData("MTUS Drug List version 5", "2025-06-01")]
    [InlineData("MTUS Drug List v2", "2018-06-01")]
    public void ADrugListVersionTheCatalogueDoesNotHoldIsUnverifiedNotReadAsTheVersionInForce(string text, string date)
    {
        var analysis = Analyze(text, date);
        Assert.Empty(analysis.Citations);
        var problem = Assert.Single(analysis.Problems);
        Assert.Equal(Rules.UnverifiedTopic, problem.Rule);
        Assert.Equal(ImrSeverity.Note, problem.Severity);
    }

    [Theory]
    [InlineData("v1", "2018-01-01", "2018-05-14")]
    [InlineData("v3", "2018-10-01", "2020-01-14")]
    [InlineData("v6", "2020-01-15", "2020-10-31")]
    [InlineData("v7", "2020-11-01", "2021-01-31")]
    [InlineData("v8", "2021-02-01", "2021-07-31")]
    [InlineData("v9", "2021-08-01", "2022-10-31")]
    [InlineData("v10", "2022-11-01", "2024-02-14")]
    [InlineData("v11", "2024-02-15", "2024-10-31")]
    [InlineData("v12", "2024-11-01", "2025-08-05")]
    [InlineData("v13", "2025-08-06", null)]
    public void ADrugListVersionCitedByNumberResolvesInItsWindow(string version, string first, string? last)
    {
        var document = Document("mtus.drug-list." + version);
        Assert.Equal(version, document.Edition);
        Assert.Equal(GuidelineDate.Parse(first), document.EffectiveFrom);
        Assert.Equal(last is null ? null : GuidelineDate.Parse(last), document.EffectiveTo);
        foreach (string date in new[] { first, last ?? "2026-06-30" })
        {
            var analysis = Analyze($"MTUS Drug List {version}", date);
            Assert.Equal(document.Id, Assert.Single(analysis.Citations).Document.Id);
            Assert.Empty(analysis.Problems);
        }
        // After its window the version is superseded: citing it by number says so.
        if (last is not null)
        {
            var later = Analyze($"MTUS Drug List {version}", "2026-01-05");
            Assert.Equal(document.Id, Assert.Single(later.Citations).Document.Id);
            Assert.Contains(later.Problems, p => p.Id == "IMR0109");
        }
    }

    [Fact]
    public void DrugListVersionsWhoseDatesAreUnknownHaveNoDocument()
    {
        // v4 and v5 came between v3 and v6 at dates not found; the v3 window covers them, and neither is a name.
        Assert.Empty(Catalogue.Value.FindDocumentsByName("MTUS Drug List v4"));
        Assert.Empty(Catalogue.Value.FindDocumentsByName("MTUS Drug List v5"));
        Assert.Equal("mtus.drug-list.v3", InForce("MTUS Drug List", new GuidelineDate(2019, 6, 1)));
        Assert.Contains("v4 and v5", Document("mtus.drug-list.v3").SourceNote, StringComparison.Ordinal);
        Assert.Contains("probably v2", Document("mtus.drug-list.2018-05-15").SourceNote, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Knee Complants 2004", "2016-01-15", "Knee Complaints")]
    [InlineData("Accupuncture Treatment 2007", "2016-01-15", "Acupuncture Medical Treatment Guidelines")]
    [InlineData("Workplace Mental Health: Depresive Disorders 2020", "2021-03-01", "Workplace Mental Health: Depressive Disorders")]
    [InlineData("Coronavirsu (COVID-19) 2021", "2022-05-02", "Coronavirus (COVID-19)")]
    [InlineData("Cervical and Thorasic Spine Disorders 2018", "2019-06-03", "Cervical and Thoracic Spine Disorders")]
    public void AMisspeltLabelIsReportedWithTheRightSuggestion(string label, string date, string suggestion)
    {
        var analysis = Analyze($"Decision based on MTUS {label}.", date);
        var problem = Assert.Single(analysis.Problems, p => p.Id == "IMR0101");
        Assert.Equal(suggestion, problem.Suggestion);
    }

    /// <summary>Follows supersededBy from a document to the version in force on a date.</summary>
    private static GuidelineDocument InForceAlongTheChain(string startId, GuidelineDate date)
    {
        var document = Document(startId);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (!document.IsInForceOn(date) && document.SupersededBy is { } next && document.SupersededOn <= date && seen.Add(document.Id))
        {
            document = Document(next);
        }
        return document;
    }

    [Theory]
    [InlineData("mtus.cpmtg.2009", "2016-07-27", "mtus.cpmtg.2009")]
    [InlineData("mtus.cpmtg.2009", "2017-06-01", "mtus.cpmtg.2016")]
    [InlineData("mtus.cpmtg.2009", "2022-03-15", "acoem.2017.chronic-pain")]
    [InlineData("mtus.opioids.2016", "2024-01-02", "acoem.2017.opioids")]
    [InlineData("acoem.2004.ch12", "2019-01-02", "acoem.2017.low-back")]
    [InlineData("acoem.2004.ch12", "2020-01-02", "acoem.2019.low-back")]
    [InlineData("acoem.2004.ch12", "2022-01-02", "acoem.2021.low-back")]
    [InlineData("acoem.2004.ch11", "2024-01-02", "acoem.2023.hand-wrist-forearm")]
    [InlineData("acoem.2004.ch9", "2023-08-09", "acoem.2017.shoulder")]
    [InlineData("acoem.2004.ch9", "2024-01-02", "acoem.2023.shoulder")]
    [InlineData("acoem.2004.ch3", "2024-01-02", "acoem.2023.initial-approaches")]
    [InlineData("acoem.2004.general-approaches", "2024-01-02", "acoem.2023.initial-approaches")]
    [InlineData("acoem.2004.ch1", "2024-01-02", "acoem.2023.prevention")]
    [InlineData("acoem.2004.ch13", "2021-01-04", "acoem.2020.knee")]
    [InlineData("acoem.2004.ch8", "2019-05-01", "acoem.2019.cervical-thoracic-spine")]
    [InlineData("acoem.2007.elbow", "2019-05-01", "acoem.2019.elbow")]
    [InlineData("acoem.2011.hip-groin", "2020-01-02", "acoem.2019.hip-groin")]
    [InlineData("mtus.drug-list.v1", "2024-06-03", "mtus.drug-list.v11")]
    public void ASupersessionChainLeadsToTheVersionInForce(string start, string date, string expected)
    {
        var found = InForceAlongTheChain(start, GuidelineDate.Parse(date));
        Assert.Equal(expected, found.Id);
        Assert.True(found.IsInForceOn(GuidelineDate.Parse(date)), $"{found.Id} is not in force on {date}");
    }

    [Fact]
    public void EverySupersessionHandsOverOnTheSuccessorsFirstDayWithoutAGap()
    {
        foreach (var document in Catalogue.Value.Documents.Where(d => d.SupersededBy is not null))
        {
            var successor = Document(document.SupersededBy!);
            Assert.True(successor.EffectiveFrom == document.SupersededOn, $"{document.Id}: supersededOn {document.SupersededOn}, {successor.Id} from {successor.EffectiveFrom}");
            Assert.True(document.EffectiveTo is { } to && DayAfter(to) == successor.EffectiveFrom, $"{document.Id} ends {document.EffectiveTo}, {successor.Id} starts {successor.EffectiveFrom}");
        }
    }

    private static string InForce(string name, GuidelineDate date)
    {
        var inForce = Catalogue.Value.FindDocumentsByName(name).Where(d => d.IsInForceOn(date)).Select(d => d.Id).ToList();
        Assert.True(inForce.Count <= 1, $"{name} on {date}: {string.Join(", ", inForce)}");
        return inForce.Count == 0 ? "-" : inForce[0];
    }

    private static string ResolvedDocument(string text, string date)
    {
        var analysis = Analyze(text, date);
        Assert.DoesNotContain(analysis.Problems, p => p.Severity == ImrSeverity.Error);
        return Assert.Single(analysis.Citations).Document.Id;
    }

    private static GuidelineDate DayBefore(GuidelineDate date) => GuidelineDate.FromDateTime(new DateTime(date.Year, date.Month, date.Day).AddDays(-1));

    private static GuidelineDate DayAfter(GuidelineDate date) => GuidelineDate.FromDateTime(new DateTime(date.Year, date.Month, date.Day).AddDays(1));
}
