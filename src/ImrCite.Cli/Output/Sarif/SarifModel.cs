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

public sealed record SarifTool
{
    public required SarifToolComponent Driver { get; init; }
}

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

public sealed record SarifRuleProperties
{
    public string? Category { get; init; }

    public List<string>? Tags { get; init; }
}

public sealed record SarifConfiguration
{
    public string? Level { get; init; }
}

/// <summary>A SARIF message or multiformat message string: plain text and optionally Markdown.</summary>
public sealed record SarifMessage
{
    public required string Text { get; init; }

    public string? Markdown { get; init; }
}

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

public sealed record SarifAutomationDetails
{
    public required string Id { get; init; }
}

public sealed record SarifResult
{
    public required string RuleId { get; init; }

    public int? RuleIndex { get; init; }

    public string? Level { get; init; }

    public required SarifMessage Message { get; init; }

    public List<SarifLocation> Locations { get; init; } = new();

    public Dictionary<string, string>? PartialFingerprints { get; init; }
}

public sealed record SarifLocation
{
    public SarifPhysicalLocation? PhysicalLocation { get; init; }
}

public sealed record SarifPhysicalLocation
{
    public required SarifArtifactLocation ArtifactLocation { get; init; }

    public SarifRegion? Region { get; init; }
}

public sealed record SarifArtifactLocation
{
    public required string Uri { get; init; }
}

public sealed record SarifRegion
{
    public int StartLine { get; init; }

    public int StartColumn { get; init; }

    public int EndLine { get; init; }

    public int EndColumn { get; init; }
}

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
