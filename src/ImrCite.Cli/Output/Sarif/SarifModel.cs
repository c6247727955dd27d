using System.Text.Json.Serialization;

namespace ImrCite.Cli.Output.Sarif;

// A typed model of the part of SARIF 2.1.0 (https://docs.oasis-open.org/sarif/sarif/v2.1.0/) the tool writes
// and reads back (imrcite merge). Property names are the standard's; null properties are left out.
#pragma warning disable CS1591 // Each type and property is the SARIF object or property of the same name.

public sealed record SarifLog
{
    [JsonPropertyName("$schema")]
    public string Schema { get; init; } = "https://json.schemastore.org/sarif-2.1.0.json";

    public string Version { get; init; } = "2.1.0";

    public List<SarifRun> Runs { get; init; } = new();
}

public sealed record SarifRun
{
    public required SarifTool Tool { get; init; }

    public List<SarifInvocation>? Invocations { get; init; }

    public SarifAutomationDetails? AutomationDetails { get; init; }

    public List<SarifResult> Results { get; init; } = new();
}

public sealed record SarifTool(SarifToolComponent Driver);

public sealed record SarifToolComponent
{
    public required string Name { get; init; }

    public string? Version { get; init; }

    public string? SemanticVersion { get; init; }

    public string? InformationUri { get; init; }

    public List<SarifReportingDescriptor> Rules { get; init; } = new();
}

public sealed record SarifReportingDescriptor
{
    public required string Id { get; init; }

    public string? Name { get; init; }

    public SarifMessage? ShortDescription { get; init; }

    public SarifMessage? FullDescription { get; init; }

    public SarifMessage? Help { get; init; }

    public string? HelpUri { get; init; }

    public SarifConfiguration? DefaultConfiguration { get; init; }

    public SarifRuleProperties? Properties { get; init; }
}

public sealed record SarifRuleProperties(string? Category, List<string>? Tags);

public sealed record SarifConfiguration(string? Level);

/// <summary>A SARIF message or multiformat message string: plain text and optionally Markdown.</summary>
public sealed record SarifMessage(string Text, string? Markdown = null);

public sealed record SarifInvocation
{
    public bool ExecutionSuccessful { get; init; }

    public List<SarifNotification>? ToolExecutionNotifications { get; init; }
}

public sealed record SarifNotification
{
    public string? Level { get; init; }

    public required SarifMessage Message { get; init; }

    public List<SarifLocation>? Locations { get; init; }
}

public sealed record SarifAutomationDetails(string Id);

public sealed record SarifResult
{
    public required string RuleId { get; init; }

    public int? RuleIndex { get; init; }

    public string? Level { get; init; }

    public required SarifMessage Message { get; init; }

    public List<SarifLocation> Locations { get; init; } = new();

    public Dictionary<string, string>? PartialFingerprints { get; init; }
}

public sealed record SarifLocation(SarifPhysicalLocation? PhysicalLocation);

public sealed record SarifPhysicalLocation(SarifArtifactLocation ArtifactLocation, SarifRegion? Region = null);

public sealed record SarifArtifactLocation(string Uri);

public sealed record SarifRegion(int StartLine, int StartColumn, int EndLine, int EndColumn);

#pragma warning restore CS1591

/// <summary>Serialization of the SARIF model without reflection.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    IndentSize = 2,
    NewLine = "\n")]
[JsonSerializable(typeof(SarifLog))]
internal sealed partial class SarifJsonContext : JsonSerializerContext;
