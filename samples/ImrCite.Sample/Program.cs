using System;
using ImrCite.Catalogue;
using ImrCite.Guidelines;
using ImrCite.Sample;

// A determination built through the generated API: every citation below is a typed constant from the
// shipped catalogue, so a misspelled section does not compile and pages are checked against it.
var determination = new Determination("CM15-0000001", new[]
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

// The same catalogue checks free text, as letters write it.
Console.WriteLine("CHECKING FREE-TEXT CITATIONS");
var asOf = new GuidelineDate(2015, 6, 1);
foreach (string text in new[]
{
    "MTUS Chronic Pain Treatment Guidelines Opioids Page(s): 74-96",
    "MTUS Chronic Pain Treatment Guidelines Opioids Page(s): 74-96 of 112",
    "MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 115",
    "8 C.C.R. 9792.20 - 972.26",
})
{
    var analysis = GeneratedCatalogue.Validate(text, asOf);
    Console.WriteLine($"  \"{text}\"");
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
