namespace ImrCite.Cli.Output;

/// <summary>The names severities and roles have in every output format (docs/cli.md).</summary>
public static class Names
{
    /// <summary><c>error</c>, <c>warning</c> or <c>note</c>: the SARIF levels.</summary>
    public static string Severity(ImrSeverity severity) => severity switch
    {
        ImrSeverity.Error => "error",
        ImrSeverity.Warning => "warning",
        _ => "note",
    };

    /// <summary><c>claims_administrator</c>, <c>maximus</c>, <c>rationale</c> or <c>other</c>.</summary>
    public static string Role(CitationRole role) => role switch
    {
        CitationRole.ClaimsAdministrator => "claims_administrator",
        CitationRole.Maximus => "maximus",
        CitationRole.Rationale => "rationale",
        _ => "other",
    };

    /// <summary><c>resolved</c>, <c>unverified</c> or <c>unresolved</c>.</summary>
    public static string Outcome(ImrCite.Citations.CitationOutcome outcome) => outcome switch
    {
        ImrCite.Citations.CitationOutcome.Resolved => "resolved",
        ImrCite.Citations.CitationOutcome.Unverified => "unverified",
        _ => "unresolved",
    };
}
