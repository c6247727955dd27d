namespace ImrCite.Diagnostics;

/// <summary>
/// Everything a host needs to report a rule: id, title, message format, category, default severity
/// and help link. Every rule is one entry of the rule table, <see cref="Rules"/>; the analyzers build
/// their Roslyn descriptors from those entries.
/// </summary>
#if IMRCITE_PUBLIC
public sealed class RuleDescriptor
#else
internal sealed class RuleDescriptor
#endif
{
    /// <summary>The stable id, e.g. IMR0001.</summary>
    public string Id { get; }

    /// <summary>A short title.</summary>
    public string Title { get; }

    /// <summary>A composite format string: what is wrong and how to fix it.</summary>
    public string MessageFormat { get; }

    /// <summary>The category.</summary>
    public string Category { get; }

    /// <summary>The severity unless configured otherwise.</summary>
    public ImrSeverity DefaultSeverity { get; }

    /// <summary>Creates a rule descriptor.</summary>
    internal RuleDescriptor(string id, string title, string messageFormat, string category, ImrSeverity defaultSeverity)
    {
        Id = id;
        Title = title;
        MessageFormat = messageFormat;
        Category = category;
        DefaultSeverity = defaultSeverity;
    }

    /// <summary>
    /// Where each rule's help page is published: docs/diagnostics/&lt;ID&gt;.md under the project's home (the
    /// packages' PackageProjectUrl, set in Directory.Build.props; a test keeps the two equal). Until the project is
    /// published there, the same page is at <see cref="HelpPath"/> in the repository and inside the ImrCite package,
    /// and <c>imrcite explain</c> renders it offline.
    /// </summary>
    public const string HelpLinkBase = "https://github.com/imrcite/imrcite/blob/main/docs/diagnostics/";

    /// <summary>The rule's help page.</summary>
    public string HelpLink => HelpLinkBase + Id + ".md";

    /// <summary>The help page's path in the repository: docs/diagnostics/&lt;ID&gt;.md.</summary>
    public string HelpPath => "docs/diagnostics/" + Id + ".md";

    /// <summary>Formats the message with its arguments.</summary>
    internal string Format(params object?[] args) => string.Format(System.Globalization.CultureInfo.InvariantCulture, MessageFormat, args);

    /// <inheritdoc />
    public override string ToString() => Id;
}
