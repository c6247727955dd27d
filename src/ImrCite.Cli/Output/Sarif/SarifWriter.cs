using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ImrCite.Cli.Output.Sarif;

/// <summary>One SARIF result before it is placed in a log: the rule, the level, the message and where.</summary>
internal sealed record SarifFinding(RuleDescriptor Rule, ImrSeverity Severity, string Message, string File, int Line, int Column, int EndLine, int EndColumn, string Fingerprint);

/// <summary>
/// Builds and writes SARIF 2.1.0 logs through the typed model: one run with the tool's rules (descriptions,
/// help text and the rule's page as Markdown, help URI, default level, category), an invocation (whether every
/// file could be read, with a notification per file that could not), automation details, and the results.
/// Nothing in a log depends on the time, the machine or the command line, so runs over the same files are equal
/// byte for byte and shard logs merge into the log of a single run.
/// </summary>
internal static class SarifWriter
{
    /// <summary>The fingerprint property name in <c>partialFingerprints</c>.</summary>
    public const string FingerprintKey = "imrciteFinding/v1";

    private static readonly SarifJsonContext Context = new(new JsonSerializerOptions(SarifJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>The tool's version as SARIF states it: the informational version without build metadata.</summary>
    public static string ToolVersion
    {
        get
        {
            string? informational = typeof(SarifWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
            if (string.IsNullOrEmpty(informational))
            {
                return typeof(SarifWriter).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
            }
            int plus = informational.IndexOf('+');
            return plus < 0 ? informational : informational[..plus];
        }
    }

    /// <summary>A log for <paramref name="findings"/>; <paramref name="category"/> becomes the automation id ("imrcite/lint/").</summary>
    public static SarifLog Build(IEnumerable<SarifFinding> findings, IReadOnlyList<(string File, string Message)> failures, string workingDirectory, string category)
    {
        var rules = LetterRules.Everything().ToList();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < rules.Count; i++)
        {
            index[rules[i].Id] = i;
        }
        var run = new SarifRun
        {
            Tool = new SarifTool
            {
                Driver = new SarifToolComponent
                {
                    Name = "imrcite",
                    Version = ToolVersion,
                    SemanticVersion = ToolVersion,
                    InformationUri = "https://github.com/imrcite/imrcite",
                    Rules = rules.Select(Descriptor).ToList(),
                },
            },
            Invocations = new List<SarifInvocation>
            {
                new()
                {
                    ExecutionSuccessful = failures.Count == 0,
                    ToolExecutionNotifications = failures.Count == 0 ? null : failures.Select(f => new SarifNotification
                    {
                        Level = "error",
                        Message = new SarifMessage { Text = f.Message },
                        Locations = new List<SarifLocation> { new() { PhysicalLocation = new SarifPhysicalLocation { ArtifactLocation = new SarifArtifactLocation { Uri = ArtifactUri(f.File, workingDirectory) } } } },
                    }).ToList(),
                },
            },
            AutomationDetails = new SarifAutomationDetails { Id = category },
            Results = findings.Select(f => Result(f, index, workingDirectory)).ToList(),
        };
        return new SarifLog { Runs = new List<SarifRun> { run } };
    }

    /// <summary>Writes a log, indented, with a final line break.</summary>
    public static void Write(SarifLog log, TextWriter output)
    {
        using var json = new JsonOutput(output);
        JsonSerializer.Serialize(json.Writer, log, Context.SarifLog);
        json.Complete();
    }

    /// <summary>Reads a log the tool wrote (for merging); null when the text is not such a log.</summary>
    public static SarifLog? Read(string text)
    {
        try
        {
            return JsonSerializer.Deserialize(text, Context.SarifLog);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static SarifReportingDescriptor Descriptor(RuleDescriptor rule)
    {
        string? page = RulePages.Read(rule);
        return new SarifReportingDescriptor
        {
            Id = rule.Id,
            Name = PascalName(rule.Title),
            ShortDescription = new SarifMessage { Text = rule.Title },
            FullDescription = new SarifMessage { Text = rule.MessageFormat },
            Help = new SarifMessage { Text = $"{rule.Title}. See {rule.HelpLink} (in the repository: {rule.HelpPath}).", Markdown = page },
            HelpUri = rule.HelpLink,
            DefaultConfiguration = new SarifConfiguration { Level = Names.Severity(rule.DefaultSeverity) },
            Properties = new SarifRuleProperties { Category = rule.Category, Tags = new List<string> { rule.Category } },
        };
    }

    private static string PascalName(string title) =>
        string.Concat(title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w.Substring(1)))
            .Replace("-", "", StringComparison.Ordinal).Replace("(", "", StringComparison.Ordinal).Replace(")", "", StringComparison.Ordinal);

    private static SarifResult Result(SarifFinding finding, Dictionary<string, int> index, string workingDirectory) => new()
    {
        RuleId = finding.Rule.Id,
        RuleIndex = index.TryGetValue(finding.Rule.Id, out int i) ? i : null,
        Level = Names.Severity(finding.Severity),
        Message = new SarifMessage { Text = finding.Message },
        Locations = new List<SarifLocation>
        {
            new()
            {
                PhysicalLocation = new SarifPhysicalLocation
                {
                    ArtifactLocation = new SarifArtifactLocation { Uri = ArtifactUri(finding.File, workingDirectory) },
                    Region = new SarifRegion
                    {
                        StartLine = Math.Max(1, finding.Line),
                        StartColumn = Math.Max(1, finding.Column),
                        EndLine = Math.Max(Math.Max(1, finding.Line), finding.EndLine),
                        EndColumn = Math.Max(finding.EndColumn, finding.EndLine == finding.Line ? finding.Column + 1 : 1),
                    },
                },
            },
        },
        PartialFingerprints = new Dictionary<string, string> { [FingerprintKey] = finding.Fingerprint },
    };

    /// <summary>
    /// A relative reference for a file under the working directory (each segment escaped: "my letters/a b.pdf" is
    /// "my%20letters/a%20b.pdf"), an absolute file URI otherwise (a bare "/path" is a relative reference, SARIF1004).
    /// </summary>
    public static string ArtifactUri(string file, string workingDirectory)
    {
        if (file == "-")
        {
            return "stdin";
        }
        string full = Path.GetFullPath(file);
        string relative = Path.GetRelativePath(workingDirectory, full);
        if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            return new Uri(full).AbsoluteUri;
        }
        return string.Join("/", relative.Split('/', '\\').Select(Uri.EscapeDataString));
    }
}

/// <summary>SARIF for a lint run: findings are kept (without their letter text) and written at the end.</summary>
internal sealed class SarifLintSink(TextWriter output, string workingDirectory) : LintSink
{
    private readonly List<SarifFinding> _findings = new();

    protected override void Write(LetterReport report) =>
        _findings.AddRange(report.Findings.Select(f => new SarifFinding(f.Rule, f.Severity, f.Message, f.File, f.Line, f.Column, f.EndLine, f.EndColumn, f.Fingerprint)));

    public override void Complete() => SarifWriter.Write(SarifWriter.Build(_findings, Totals.Failures, workingDirectory, "imrcite/lint/"), output);
}
