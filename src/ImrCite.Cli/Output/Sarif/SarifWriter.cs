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
        var index = RuleIndex(rules);
        var run = new SarifRun
        {
            Tool = new SarifTool(new SarifToolComponent
            {
                Name = "imrcite",
                Version = ToolVersion,
                SemanticVersion = ToolVersion,
                InformationUri = "https://github.com/imrcite/imrcite",
                Rules = rules.Select(Descriptor).ToList(),
            }),
            Invocations = new List<SarifInvocation>
            {
                new()
                {
                    ExecutionSuccessful = failures.Count == 0,
                    ToolExecutionNotifications = failures.Count == 0 ? null : failures.Select(f => new SarifNotification
                    {
                        Level = "error",
                        Message = new SarifMessage(f.Message),
                        Locations = new List<SarifLocation> { new(new SarifPhysicalLocation(new SarifArtifactLocation(ArtifactUri(f.File, workingDirectory)))) },
                    }).ToList(),
                },
            },
            AutomationDetails = new SarifAutomationDetails(category),
            Results = findings.Select(f => Result(f, index, workingDirectory)).ToList(),
        };
        return new SarifLog { Runs = new List<SarifRun> { run } };
    }

    /// <summary>Each rule's index in the run's rules (<see cref="SarifResult.RuleIndex"/>).</summary>
    internal static Dictionary<string, int> RuleIndex(IReadOnlyList<RuleDescriptor> rules)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < rules.Count; i++)
        {
            index[rules[i].Id] = i;
        }
        return index;
    }

    /// <summary>Writes one result where a run's results are (for a log whose results are written apart).</summary>
    internal static void WriteResult(Utf8JsonWriter writer, SarifFinding finding, Dictionary<string, int> index, string workingDirectory) =>
        JsonSerializer.Serialize(writer, Result(finding, index, workingDirectory), Context.SarifResult);

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
            ShortDescription = new SarifMessage(rule.Title),
            FullDescription = new SarifMessage(rule.MessageFormat),
            Help = new SarifMessage($"{rule.Title}. See {rule.HelpLink} (in the repository: {rule.HelpPath}).", page),
            HelpUri = rule.HelpLink,
            DefaultConfiguration = new SarifConfiguration(Names.Severity(rule.DefaultSeverity)),
            Properties = new SarifRuleProperties(rule.Category, new List<string> { rule.Category }),
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
        Message = new SarifMessage(finding.Message),
        Locations = new List<SarifLocation>
        {
            new(new SarifPhysicalLocation(
                new SarifArtifactLocation(ArtifactUri(finding.File, workingDirectory)),
                new SarifRegion(
                    StartLine: Math.Max(1, finding.Line),
                    StartColumn: Math.Max(1, finding.Column),
                    EndLine: Math.Max(Math.Max(1, finding.Line), finding.EndLine),
                    EndColumn: Math.Max(finding.EndColumn, finding.EndLine == finding.Line ? finding.Column + 1 : 1)))),
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

/// <summary>
/// SARIF for a lint run. The run's results come last in the log, after what depends on the whole run (whether every file
/// could be read): each finding is written as a result at once to a spill (memory, then a temporary file:
/// <see cref="SpilledJsonArray"/>), and at the end the log is written with its results copied in from the spill, byte for
/// byte what <see cref="SarifWriter.Write"/> would have written for the whole log.
/// </summary>
internal sealed class SarifLintSink : LintSink, IDisposable
{
    private const string Category = "imrcite/lint/";
    private readonly TextWriter _output;
    private readonly string _workingDirectory;
    private readonly Dictionary<string, int> _ruleIndex = SarifWriter.RuleIndex(LetterRules.Everything().ToList());
    private readonly SpilledJsonArray _results;

    public SarifLintSink(TextWriter output, string workingDirectory, int spillMemoryLimit = Spill.MemoryLimit)
    {
        _output = output;
        _workingDirectory = workingDirectory;
        _results = new SpilledJsonArray("results", new[] { "runs" }, spillMemoryLimit);
    }

    protected override void Write(LetterReport report)
    {
        foreach (var f in report.Findings)
        {
            SarifWriter.WriteResult(_results.Writer, new SarifFinding(f.Rule, f.Severity, f.Message, f.File, f.Line, f.Column, f.EndLine, f.EndColumn, f.Fingerprint),
                _ruleIndex, _workingDirectory);
        }
        _results.Flush();
    }

    public override void Complete()
    {
        // The log without results (small: the rules and the invocation), split around its run's empty results.
        var log = new StringWriter { NewLine = "\n" };
        SarifWriter.Write(SarifWriter.Build(Array.Empty<SarifFinding>(), Totals.Failures, _workingDirectory, Category), log);
        string text = log.ToString();
        var (results, end) = RunResults(text);
        int before = results;
        while (before > 0 && (text[before - 1] == ' ' || text[before - 1] == '\n'))
        {
            before--; // the spilled array starts with the line break and indentation before its name
        }
        _output.Write(text.AsSpan(0, before));
        _results.CopyTo(_output);
        _output.Write(text.AsSpan(end));
        _output.Flush();
        Dispose();
    }

    /// <summary>
    /// Where the run's <c>results</c> property is in a log of one run: from its name to the end of its value, in
    /// characters. Found by reading the JSON, not by searching its text, so nothing a log quotes (a file name, a message,
    /// a rule's page) can be taken for it, and the property need not be the run's last.
    /// </summary>
    internal static (int Start, int End) RunResults(string log)
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(log);
        var reader = new Utf8JsonReader(utf8);
        while (reader.Read())
        {
            // Depth 1: the log's properties; 2: a run in "runs"; 3: the run's properties.
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 3 && reader.ValueTextEquals("results"u8))
            {
                int start = (int)reader.TokenStartIndex;
                reader.Skip();
                int end = (int)reader.BytesConsumed;
                return (Encoding.UTF8.GetCharCount(utf8.AsSpan(0, start)), Encoding.UTF8.GetCharCount(utf8.AsSpan(0, end)));
            }
        }
        throw new InvalidOperationException("The SARIF log has no run with results.");
    }

    public void Dispose() => _results.Dispose();
}
