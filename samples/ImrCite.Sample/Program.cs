using System;
using System.Linq;
using ImrCite.Catalogue;
using ImrCite.Guidelines;
using ImrCite.Sample;

// A determination built through the generated API: every citation below is a typed constant from the
// shipped catalogue, so a misspelled section does not compile and pages are checked against it.
var determination = new Determination("CM15-0000001", new GuidelineDate(2015, 6, 1), new[]
{
    new DisputedItem(
        "Norco 10/325 mg #90",
        Decision.Upheld,
        ClaimsAdministratorGuidelines: new[] { Mtus.ChronicPain.OpioidsCriteriaForUse.Pages(76, 79) },
        ReviewerGuidelines: new[] { Mtus.ChronicPain.Opioids.Pages(74, 96) },
        Rationale: "Ongoing opioid use requires documented pain relief and functional improvement; neither is documented."),
    new DisputedItem(
        "Valium 5 mg #30",
        Decision.Upheld,
        ClaimsAdministratorGuidelines: new[] { Mtus.ChronicPain.Benzodiazepines.Pages(24) },
        ReviewerGuidelines: new[] { Mtus.ChronicPain.Benzodiazepines.Pages(24) },
        Rationale: "Benzodiazepines are not recommended for long-term use; most guidelines limit use to 4 weeks."),
    new DisputedItem(
        "Soma 350 mg #90",
        Decision.Upheld,
        ClaimsAdministratorGuidelines: Array.Empty<ImrCite.Citations.Citation>(),
        ReviewerGuidelines: new[] { Mtus.ChronicPain.CarisoprodolSoma.Pages(29) },
        Rationale: "Carisoprodol is not indicated for long-term use."),
    new DisputedItem(
        "MRI of the lumbar spine",
        Decision.Overturned,
        ClaimsAdministratorGuidelines: new[] { Acoem.LowBackComplaints.Pages(303, 304) },
        ReviewerGuidelines: new[] { Acoem.LowBackComplaints.Pages(303, 304), Odg.LowBack.MRIsMagneticResonanceImaging.Cite() },
        Rationale: "Progressive neurologic deficit with a positive straight leg raise warrants imaging."),
});

LetterWriter.WriteIssues(determination, Console.Out);

// A decision of 2022 cites the MTUS as the Administrative Director's orders since 2017 made it: ACOEM's Low Back
// Disorders guideline (version 2020, in force from 2021-11-23), the Opioids guideline, a Workplace Mental Health
// module and the MTUS Drug List v9. Each typed citation is checked against the decision date.
var decision2022 = new Determination("CM22-0000002", new GuidelineDate(2022, 3, 15), new[]
{
    new DisputedItem(
        "Physical therapy 2x4, lumbar spine",
        Decision.Overturned,
        ClaimsAdministratorGuidelines: new[] { Acoem.LowBack2021.Recommendations.Cite() },
        ReviewerGuidelines: new[] { Acoem.LowBack2021.Recommendations.Cite() },
        Rationale: "A short course of therapy with a home exercise program is recommended for subacute low back pain."),
    new DisputedItem(
        "Tramadol ER 100 mg #30",
        Decision.Upheld,
        ClaimsAdministratorGuidelines: new[] { Mtus.DrugListV9.Cite() },
        ReviewerGuidelines: new[] { Acoem.Opioids2017.Recommendations.Cite(), Mtus.DrugListV9.Cite() },
        Rationale: "Continued opioid use requires documented functional improvement; none is documented."),
    new DisputedItem(
        "Sertraline 50 mg #30",
        Decision.Overturned,
        ClaimsAdministratorGuidelines: Array.Empty<ImrCite.Citations.Citation>(),
        ReviewerGuidelines: new[] { Acoem.DepressiveDisorders2020.Recommendations.Cite() },
        Rationale: "An SSRI is recommended for a documented major depressive disorder."),
});

LetterWriter.WriteIssues(decision2022, Console.Out);
Console.WriteLine($"CHECKING {decision2022.CaseNumber}'S CITATIONS AGAINST ITS DECISION DATE, {decision2022.DecidedOn}");
foreach (var citation in decision2022.Items.SelectMany(i => i.ClaimsAdministratorGuidelines.Concat(i.ReviewerGuidelines)).Distinct())
{
    var problems = citation.Check(decision2022.DecidedOn);
    Console.WriteLine($"  {citation}: {(problems.Count == 0 ? "in force" : string.Join("; ", problems.Select(p => p.Id + " " + p.Message)))}");
}
Console.WriteLine();

// The same catalogue checks free text, as letters write it, on each letter's decision date.
Console.WriteLine("CHECKING FREE-TEXT CITATIONS");
foreach (var (text, asOf) in new[]
{
    ("MTUS Chronic Pain Treatment Guidelines Opioids Page(s): 74-96", determination.DecidedOn),
    ("MTUS Chronic Pain Treatment Guidelines Opioids Page(s): 74-96 of 112", determination.DecidedOn),
    ("MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 115", determination.DecidedOn),
    ("8 C.C.R. 9792.20 - 972.26", determination.DecidedOn),
    ("Decision based on MTUS Low Back Disorders 2020, Section(s): Recommendations.", decision2022.DecidedOn),
    ("Decision based on MTUS Low Back Disorders 2019, Section(s): Recommendations.", decision2022.DecidedOn),
    ("Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Opioids, criteria for use.", decision2022.DecidedOn),
})
{
    var analysis = GeneratedCatalogue.Validate(text, asOf);
    Console.WriteLine($"  \"{text}\" (decided {asOf})");
    foreach (var citation in analysis.Citations)
    {
        Console.WriteLine($"    = {citation}");
    }
    foreach (var problem in analysis.Problems)
    {
        Console.WriteLine($"    {problem.Severity.ToString().ToLowerInvariant()} {problem.Id} at {problem.Start}: {problem.Message}");
    }
    if (analysis.Problems.Count == 0)
    {
        Console.WriteLine("    ok");
    }
}
