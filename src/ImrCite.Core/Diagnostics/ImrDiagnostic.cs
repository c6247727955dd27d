using ImrCite.Text;

namespace ImrCite.Diagnostics;

/// <summary>A located finding of one rule.</summary>
#if IMRCITE_PUBLIC
public sealed class ImrDiagnostic
#else
internal sealed class ImrDiagnostic
#endif
{
    /// <summary>Creates a finding; the message is the rule's format applied to <paramref name="arguments"/>.</summary>
    internal ImrDiagnostic(RuleDescriptor rule, TextLocation location, object?[] arguments, IReadOnlyList<TextLocation>? additionalLocations = null, ImrSeverity? severity = null)
    {
        Rule = rule;
        Location = location;
        Arguments = arguments;
        Message = rule.Format(arguments);
        AdditionalLocations = additionalLocations ?? System.Array.Empty<TextLocation>();
        Severity = severity ?? rule.DefaultSeverity;
    }

    /// <summary>The rule.</summary>
    public RuleDescriptor Rule { get; }

    /// <summary>The rule id.</summary>
    public string Id => Rule.Id;

    /// <summary>Where the problem is.</summary>
    public TextLocation Location { get; }

    /// <summary>Related places, e.g. the first declaration of a duplicate.</summary>
    public IReadOnlyList<TextLocation> AdditionalLocations { get; }

    /// <summary>The message arguments (hosts with their own descriptors format them).</summary>
    public IReadOnlyList<object?> Arguments { get; }

    /// <summary>What is wrong and how to fix it.</summary>
    public string Message { get; }

    /// <summary>The severity.</summary>
    public ImrSeverity Severity { get; }

    /// <summary>Formats as <c>file(line,col): error IMR0001: message</c>, the MSBuild canonical form.</summary>
    public override string ToString()
    {
        string severity = Severity switch
        {
            ImrSeverity.Error => "error",
            ImrSeverity.Warning => "warning",
            _ => "info",
        };
        return Location.IsNone ? $"{severity} {Id}: {Message}" : $"{Location}: {severity} {Id}: {Message}";
    }
}
