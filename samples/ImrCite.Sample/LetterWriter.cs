using System.Collections.Generic;
using System.IO;
using System.Linq;
using ImrCite.Citations;

namespace ImrCite.Sample;

/// <summary>Writes the "IMR ISSUES, DECISIONS AND RATIONALES" section of a determination letter.</summary>
public static class LetterWriter
{
    public static void WriteIssues(Determination determination, TextWriter output)
    {
        output.WriteLine($"Case {determination.CaseNumber}, decided {determination.DecidedOn}");
        output.WriteLine();
        output.WriteLine("IMR ISSUES, DECISIONS AND RATIONALES");
        output.WriteLine("The Final Determination was based on decisions for the disputed items/services set forth below:");
        output.WriteLine();
        foreach (var item in determination.Items)
        {
            output.WriteLine($"{item.Request}: {Describe(item.Decision)}");
            output.WriteLine();
            output.WriteLine($"Claims Administrator guideline: {Statement(item.ClaimsAdministratorGuidelines)}");
            output.WriteLine();
            output.WriteLine($"Reviewer guideline: {Statement(item.ReviewerGuidelines)}");
            output.WriteLine();
            output.WriteLine($"Decision rationale: {item.Rationale}");
            output.WriteLine();
        }
    }

    private static string Describe(Decision decision) => decision switch
    {
        Decision.Upheld => "Upheld",
        Decision.Overturned => "Overturned",
        _ => "Partially Overturned",
    };

    // MTUS sources first, as the evidence hierarchy requires (Labor Code 4610.5(c)(2)).
    private static string Statement(IReadOnlyList<Citation> citations)
    {
        if (citations.Count == 0)
        {
            return "No medical evidence was cited for this decision.";
        }
        var mtus = citations.Where(c => c.Document.IsMtus).Select(c => c.ToString()).ToList();
        var other = citations.Where(c => !c.Document.IsMtus).Select(c => c.ToString()).ToList();
        var parts = new List<string>();
        if (mtus.Count > 0)
        {
            parts.Add("Decision based on " + string.Join("; ", mtus) + ".");
        }
        if (other.Count > 0)
        {
            parts.Add("Decision based on Non-MTUS Citation " + string.Join("; ", other) + ".");
        }
        return string.Join(" ", parts);
    }
}
