using System.Collections.Generic;
using ImrCite.Diagnostics;

namespace ImrCite.Cli.Letters;

/// <summary>Rules about whole letters (IMR02xx), on top of the citation rules of the shared core.</summary>
public static class LetterRules
{
    /// <summary>A cited section does not address the disputed item.</summary>
    public static readonly RuleDescriptor SectionDoesNotAddressItem = new("IMR0200", "Cited section does not address the disputed item",
        "'{0}' is cited for '{1}', but the section does not address {2}. Cite a section that does{3}.", DiagnosticCategories.Letter, ImrSeverity.Warning);

    /// <summary>A disputed item has no MAXIMUS guideline citation.</summary>
    public static readonly RuleDescriptor NoReviewerCitation = new("IMR0201", "Disputed item without a reviewer guideline citation",
        "The decision on '{0}' has no MAXIMUS guideline citation. Cite the guideline the decision rests on.", DiagnosticCategories.Letter, ImrSeverity.Warning);

    /// <summary>A decision line has no rationale.</summary>
    public static readonly RuleDescriptor NoRationale = new("IMR0202", "Decision without a rationale",
        "The decision on '{0}' has no decision rationale. Write the rationale under \"Decision rationale:\".", DiagnosticCategories.Letter, ImrSeverity.Warning);

    /// <summary>Text that looks like a guideline citation but does not resolve.</summary>
    public static readonly RuleDescriptor UnresolvedCitationLikeText = new("IMR0203", "Citation-like text that does not resolve",
        "'{0}' looks like a guideline citation but names no document and section the catalogue knows. Check it against the catalogue.", DiagnosticCategories.Letter, ImrSeverity.Warning);

    /// <summary>A letter in which no disputed item was found: nothing in it was checked.</summary>
    public static readonly RuleDescriptor NoDisputedItem = new("IMR0204", "Letter without a disputed item",
        "{0}{1}, so nothing in this letter was checked. Check that it is an IMR determination letter.", DiagnosticCategories.Letter, ImrSeverity.Warning);

    /// <summary>A letter over the input cap: not read.</summary>
    public static readonly RuleDescriptor OverInputCap = new("IMR0205", "Letter over the input cap",
        "The letter is {0}, over the cap of {1}, so it was not checked. If it is a real letter, raise the cap with {2}.", DiagnosticCategories.Letter, ImrSeverity.Warning);

    /// <summary>A file that is binary or not UTF-8/UTF-16 text: not read.</summary>
    public static readonly RuleDescriptor NotText = new("IMR0206", "File is binary or not UTF-8/UTF-16 text",
        "The file is {0}, so it was not checked. {1}", DiagnosticCategories.Letter, ImrSeverity.Warning);

    /// <summary>A path that is not a regular file, or a folder already read: skipped.</summary>
    public static readonly RuleDescriptor Skipped = new("IMR0207", "File skipped: not a regular file, or a folder already read",
        "Not read: this is {0}. Only regular files are read, and each folder once.", DiagnosticCategories.Letter, ImrSeverity.Note);

    /// <summary>The letter rules.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } = new[] { SectionDoesNotAddressItem, NoReviewerCitation, NoRationale, UnresolvedCitationLikeText, NoDisputedItem, OverInputCap, NotText, Skipped };

    /// <summary>Every rule the CLI reports: the core's and the letter rules.</summary>
    public static IEnumerable<RuleDescriptor> Everything()
    {
        foreach (var rule in Rules.All)
        {
            yield return rule;
        }
        foreach (var rule in All)
        {
            yield return rule;
        }
    }

    /// <summary>Finds any rule by id.</summary>
    public static RuleDescriptor? Find(string id)
    {
        foreach (var rule in Everything())
        {
            if (string.Equals(rule.Id, id, System.StringComparison.OrdinalIgnoreCase))
            {
                return rule;
            }
        }
        return null;
    }
}

/// <summary>
/// The build rules, reported by the ImrCite package's MSBuild targets (src/ImrCite/buildTransitive/ImrCite.targets)
/// before the compiler runs. Described here so <c>imrcite explain</c> knows them; a test keeps these texts
/// equal to the targets'.
/// </summary>
public static class BuildRules
{
    /// <summary>An ImrCiteCatalogue item names no file.</summary>
    public static readonly RuleDescriptor CatalogueItemNamesNoFile = new("IMR0300", "Catalogue item names no file",
        "ImrCiteCatalogue item '{0}' names no file. Fix the path in the project file; the generator reads only files that exist.", DiagnosticCategories.Build, ImrSeverity.Warning);

    /// <summary>An ImrCiteCatalogue item is not named *.imrcite.json.</summary>
    public static readonly RuleDescriptor CatalogueItemWrongName = new("IMR0301", "Catalogue item is not named *.imrcite.json",
        "ImrCiteCatalogue item '{0}' is not named *.imrcite.json, so the generator ignores it. Rename the file to end in .imrcite.json.", DiagnosticCategories.Build, ImrSeverity.Warning);

    /// <summary>The build rules.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } = new[] { CatalogueItemNamesNoFile, CatalogueItemWrongName };
}
