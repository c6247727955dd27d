namespace ImrCite.Generators.Analyzers;

/// <summary>
/// The compiler's descriptors for the catalogue and citation rules, built from the rule table
/// (<see cref="Rules"/>): id, title, message, category, default severity and help link are the table's,
/// so the compiler, the run-time results, the CLI and the docs say the same thing.
/// </summary>
internal static class DiagnosticDescriptors
{
    private static readonly Dictionary<string, DiagnosticDescriptor> DescriptorsById = new Dictionary<string, DiagnosticDescriptor>(StringComparer.Ordinal);

    /// <summary>The catalogue rules' descriptors (IMR00xx), by id.</summary>
    public static ImmutableArray<DiagnosticDescriptor> Catalogue { get; } = Create(DiagnosticCategories.Catalogue);

    /// <summary>The citation rules' descriptors (IMR01xx), by id.</summary>
    public static ImmutableArray<DiagnosticDescriptor> Citation { get; } = Create(DiagnosticCategories.Citation);

    /// <summary>
    /// What the citation checker reports, on literals and on calls into the generated API: every citation rule but
    /// IMR0111, which has an analyzer of its own (<see cref="TypedCitation"/>).
    /// </summary>
    public static ImmutableArray<DiagnosticDescriptor> CitationChecks { get; } = Citation.RemoveAll(d => d.Id == Rules.UseGeneratedCitation.Id);

    /// <summary>IMR0111 alone: the suggestion to use the generated API's typed citation.</summary>
    public static ImmutableArray<DiagnosticDescriptor> TypedCitation { get; } = ImmutableArray.Create(For(Rules.UseGeneratedCitation));

    /// <summary>The descriptor of a catalogue or citation rule.</summary>
    public static DiagnosticDescriptor For(RuleDescriptor rule) => DescriptorsById[rule.Id];

    /// <summary>The descriptor of a catalogue or citation rule by id, or null.</summary>
    public static DiagnosticDescriptor? Find(string id) => DescriptorsById.TryGetValue(id, out var descriptor) ? descriptor : null;

    /// <summary>The compiler's severity for a rule severity.</summary>
    public static DiagnosticSeverity Severity(ImrSeverity severity) => severity switch
    {
        ImrSeverity.Error => DiagnosticSeverity.Error,
        ImrSeverity.Warning => DiagnosticSeverity.Warning,
        ImrSeverity.Note => DiagnosticSeverity.Info,
        _ => DiagnosticSeverity.Hidden,
    };

    private static ImmutableArray<DiagnosticDescriptor> Create(string category)
    {
        var descriptors = ImmutableArray.CreateBuilder<DiagnosticDescriptor>();
        foreach (var rule in Rules.InCategory(category))
        {
            // Built from the table, so Roslyn's release-tracking analyzer cannot read them; the rule table
            // tests check what it would (AnalyzerReleases.*.md track every id with the table's category and severity).
            var descriptor = new DiagnosticDescriptor(rule.Id, rule.Title, rule.MessageFormat, rule.Category,
                Severity(rule.DefaultSeverity), isEnabledByDefault: true, helpLinkUri: rule.HelpLink);
            DescriptorsById.Add(rule.Id, descriptor);
            descriptors.Add(descriptor);
        }
        return descriptors.ToImmutable();
    }
}
