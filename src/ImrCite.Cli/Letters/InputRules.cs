namespace ImrCite.Cli.Letters;

/// <summary>
/// The rules about inputs that were not read (IMR0205–IMR0207), as the readers in this folder report them;
/// defined in the rule table (src/ImrCite.Core/Diagnostics/Rules.cs).
/// </summary>
internal static class InputRules
{
    /// <summary>IMR0205: over the input cap.</summary>
    public static RuleDescriptor OverInputCap => Rules.OverInputCap;

    /// <summary>IMR0206: binary, or not UTF-8/UTF-16 text.</summary>
    public static RuleDescriptor NotText => Rules.NotText;

    /// <summary>IMR0207: not a regular file, a folder already read, or a file whose name is not valid UTF-8.</summary>
    public static RuleDescriptor Skipped => Rules.Skipped;

    /// <summary>
    /// The report for an input that was not read: one finding at its first line, no items, no citations. The
    /// fingerprint hashes the file name, the kind of refusal and the rule, as for any finding.
    /// </summary>
    public static LetterReport Refusal(string path, RuleDescriptor rule, object?[] arguments, string key)
    {
        var finding = new LetterFinding(rule, rule.DefaultSeverity, rule.Format(arguments), path, 1, 1, 1, 1, null,
            LetterLinter.Fingerprint(path, "", key, rule.Id), "", 0, 0);
        return new LetterReport(path, System.Array.Empty<DisputedItem>(), System.Array.Empty<LetterCitation>(), new[] { finding }, 0, 0);
    }
}
