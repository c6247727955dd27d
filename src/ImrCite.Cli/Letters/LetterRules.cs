namespace ImrCite.Cli.Letters;

/// <summary>
/// The rules <c>imrcite lint</c> reports, as views on the rule table (<see cref="Rules"/>), where every
/// rule is defined once: the letter rules (IMR02xx) on top of the catalogue and citation rules.
/// </summary>
public static class LetterRules
{
    /// <summary>The letter rules (category <see cref="DiagnosticCategories.Letter"/>), by id.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } = Rules.InCategory(DiagnosticCategories.Letter);

    /// <summary>Every rule the CLI reports: the table's rules but the build rules, by id.</summary>
    public static IEnumerable<RuleDescriptor> Everything()
    {
        foreach (var rule in Rules.All)
        {
            if (!string.Equals(rule.Category, DiagnosticCategories.Build, StringComparison.Ordinal))
            {
                yield return rule;
            }
        }
    }

    /// <summary>Finds a rule the CLI reports by id (ignoring case), or null.</summary>
    public static RuleDescriptor? Find(string id)
    {
        var rule = Rules.Find(id);
        return rule is null || string.Equals(rule.Category, DiagnosticCategories.Build, StringComparison.Ordinal) ? null : rule;
    }
}

/// <summary>
/// The build rules (IMR03xx), reported by the ImrCite package's MSBuild targets before the compiler runs
/// (their texts there are generated from the rule table). Listed here so <c>imrcite explain</c> knows them.
/// </summary>
public static class BuildRules
{
    /// <summary>The build rules (category <see cref="DiagnosticCategories.Build"/>), by id.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } = Rules.InCategory(DiagnosticCategories.Build);
}
