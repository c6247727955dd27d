using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ImrCite.Cli.Configuration;

/// <summary>A severity and where it came from.</summary>
public readonly record struct ConfiguredSeverity(ImrSeverity Severity, string Source);

/// <summary>
/// The build's severity model, for the tool: <c>.editorconfig</c> and <c>.globalconfig</c> files read through
/// Roslyn's own <see cref="AnalyzerConfig"/> and <see cref="AnalyzerConfigSet"/>, so sections
/// (<c>[tests/**.cs]</c>), <c>root = true</c>, global configs and their precedence mean what they mean to the
/// compiler; <c>--severity</c> on the command line wins over both.
/// </summary>
/// <remarks>
/// For a file, a rule's severity is the first of: <c>--severity</c>; <c>dotnet_diagnostic.ID.severity</c> in the
/// <c>.editorconfig</c> sections that match the file (innermost file and last section win); the same key in a
/// global config; <c>dotnet_analyzer_diagnostic.category-CATEGORY.severity</c>, then
/// <c>dotnet_analyzer_diagnostic.severity</c> (each from the sections, then the global config); the severity the
/// check reported. Catalogue files are configured by global configs only, as in the build, where
/// <c>.editorconfig</c> sections do not reach additional files (dotnet/roslyn#31916).
/// </remarks>
public sealed class SeverityPolicy
{
    private readonly AnalyzerConfigSet _set;
    private readonly IReadOnlyList<ConfigFileOutline> _configs;
    private readonly Dictionary<string, (ImrSeverity Severity, string Option)> _commandLine;

    private SeverityPolicy(IReadOnlyList<(AnalyzerConfig Parsed, ConfigFileOutline Outline)> configs, Dictionary<string, (ImrSeverity, string)> commandLine, TextWriter error)
    {
        _configs = configs.Select(c => c.Outline).ToList();
        _commandLine = commandLine;
        _set = AnalyzerConfigSet.Create(configs.Select(c => c.Parsed).ToList(), out var diagnostics);
        var warned = new HashSet<string>(StringComparer.Ordinal);
        foreach (var diagnostic in diagnostics)
        {
            Warn(error, warned, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        }
        foreach (var config in _configs)
        {
            foreach (var (key, value) in config.Sections.SelectMany(s => s.Properties).Concat(config.Preamble.Select(p => (p.Key, p.Value))))
            {
                if (RuleOfKey(key) is { } id && id.StartsWith("imr", StringComparison.Ordinal) && ExplainRule(id) is null)
                {
                    Warn(error, warned, $"{config.Path}: '{id.ToUpperInvariant()}' is not an ImrCite rule; the setting is ignored.");
                }
                else if (RuleOfKey(key) is { } rule && rule.StartsWith("imr", StringComparison.Ordinal) && ParseLevel(value) is null && !string.Equals(value, "default", StringComparison.OrdinalIgnoreCase))
                {
                    // Roslyn reports an invalid severity only for the sections it evaluates; say it once here for all.
                    Warn(error, warned, $"{config.Path}: '{key} = {value}' is not a severity (error, warning, suggestion, silent, none); the setting is ignored.");
                }
            }
        }
    }

    /// <summary>The configuration files read, outermost first.</summary>
    public IReadOnlyList<string> Files => _configs.Select(c => c.Path).ToList();

    /// <summary>A policy that uses only the rules' own severities.</summary>
    public static SeverityPolicy Defaults { get; } = new(Array.Empty<(AnalyzerConfig, ConfigFileOutline)>(), new Dictionary<string, (ImrSeverity, string)>(), TextWriter.Null);

    /// <summary>
    /// Reads <c>--severity</c> options, <c>--config</c> files and the <c>.editorconfig</c>/<c>.globalconfig</c>
    /// files in every folder above <paramref name="inputs"/> (as the build discovers them above its source files).
    /// Returns null, the problem written to <paramref name="error"/>, when an option names no rule or level or a
    /// named file does not exist.
    /// </summary>
    public static SeverityPolicy? Create(IEnumerable<string> severityOptions, IEnumerable<string> configFiles, IEnumerable<string> inputs, bool discover, TextWriter error)
    {
        var commandLine = new Dictionary<string, (ImrSeverity, string)>(StringComparer.OrdinalIgnoreCase);
        foreach (string option in severityOptions)
        {
            int equals = option.IndexOf('=');
            string rule = equals > 0 ? option[..equals].Trim() : option;
            string level = equals > 0 ? option[(equals + 1)..].Trim() : "";
            if (ExplainRule(rule) is null || ParseLevel(level) is not { } parsed)
            {
                error.WriteLine($"imrcite: --severity: '{rule}={level}' is not a rule and a level (error, warning, note, none).");
                return null;
            }
            commandLine[rule] = (parsed, $"--severity {rule.ToUpperInvariant()}={level}");
        }
        var paths = new List<string>();
        foreach (string file in configFiles)
        {
            if (!File.Exists(file))
            {
                error.WriteLine(Directory.Exists(file)
                    ? $"imrcite: --config {file}: is a folder; name an .editorconfig or .globalconfig file (those above the inputs are found without --config)."
                    : $"imrcite: --config {file}: no such file.");
                return null;
            }
            paths.Add(Path.GetFullPath(file));
        }
        if (discover)
        {
            paths.AddRange(Discover(inputs));
        }
        var configs = new List<(AnalyzerConfig, ConfigFileOutline)>();
        foreach (string path in paths.Distinct(StringComparer.Ordinal))
        {
            try
            {
                string text = File.ReadAllText(path);
                configs.Add((AnalyzerConfig.Parse(SourceText.From(text), path), ConfigFileOutline.Read(path, text)));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"imrcite: {path}: cannot read ({ex.Message.TrimEnd('.')}).");
                return null;
            }
        }
        // Outermost first, as Roslyn orders them: a nearer file's setting wins.
        configs.Sort((a, b) => a.Item2.Folder.Length.CompareTo(b.Item2.Folder.Length));
        return new SeverityPolicy(configs, commandLine, error);
    }

    /// <summary>The <c>.editorconfig</c> and <c>.globalconfig</c> files in the folders above the inputs, as the SDK finds them above source files.</summary>
    public static IEnumerable<string> Discover(IEnumerable<string> inputs)
    {
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (string input in inputs)
        {
            if (input == "-")
            {
                continue;
            }
            string full = Path.GetFullPath(input);
            for (var folder = Directory.Exists(full) ? full : Path.GetDirectoryName(full); folder is not null; folder = Path.GetDirectoryName(folder))
            {
                if (!folders.Add(folder))
                {
                    break;
                }
            }
        }
        foreach (string folder in folders.OrderBy(f => f.Length).ThenBy(f => f, StringComparer.Ordinal))
        {
            foreach (string name in new[] { ".editorconfig", ".globalconfig" })
            {
                string candidate = Path.Combine(folder, name);
                if (File.Exists(candidate))
                {
                    yield return candidate;
                }
            }
        }
    }

    /// <summary>The severity of a finding of <paramref name="rule"/> reported at <paramref name="reported"/> in a letter or code file.</summary>
    public ImrSeverity Apply(RuleDescriptor rule, ImrSeverity reported, string file) => Resolve(rule, reported, file, treeOptions: true).Severity;

    /// <summary>The severity of a finding in a catalogue file (global configuration only, as in the build).</summary>
    public ImrSeverity ApplyToCatalogue(RuleDescriptor rule, ImrSeverity reported) => Resolve(rule, reported, null, treeOptions: false).Severity;

    /// <summary>The effective severity of <paramref name="rule"/> for <paramref name="file"/> (null: no file) and its source.</summary>
    public ConfiguredSeverity Explain(RuleDescriptor rule, string? file)
    {
        bool catalogueFile = file is not null && file.EndsWith(".imrcite.json", StringComparison.OrdinalIgnoreCase);
        return Resolve(rule, rule.DefaultSeverity, file, treeOptions: file is not null && !catalogueFile);
    }

    private ConfiguredSeverity Resolve(RuleDescriptor rule, ImrSeverity reported, string? file, bool treeOptions)
    {
        if (_commandLine.TryGetValue(rule.Id, out var option))
        {
            return new ConfiguredSeverity(option.Severity, option.Option);
        }
        if (_configs.Count == 0)
        {
            return new ConfiguredSeverity(reported, "default");
        }
        string id = rule.Id.ToLowerInvariant();
        AnalyzerConfigOptionsResult? forFile = treeOptions && file is not null && file != "-" ? _set.GetOptionsForSourcePath(Path.GetFullPath(file)) : null;
        var global = _set.GlobalConfigOptions;
        if (forFile is { } options && options.TreeOptions.TryGetValue(id, out var fromFile) && Map(fromFile) is { } fileSeverity)
        {
            return new ConfiguredSeverity(fileSeverity, SectionSource(file!, $"dotnet_diagnostic.{id}.severity"));
        }
        if (global.TreeOptions.TryGetValue(id, out var fromGlobal) && Map(fromGlobal) is { } globalSeverity)
        {
            return new ConfiguredSeverity(globalSeverity, GlobalSource($"dotnet_diagnostic.{id}.severity"));
        }
        foreach (string key in new[] { $"dotnet_analyzer_diagnostic.category-{rule.Category.ToLowerInvariant()}.severity", "dotnet_analyzer_diagnostic.severity" })
        {
            if (forFile is { } fileOptions && fileOptions.AnalyzerOptions.TryGetValue(key, out string? value) && ParseLevel(value) is { } bulk)
            {
                return new ConfiguredSeverity(bulk, SectionSource(file!, key));
            }
            if (global.AnalyzerOptions.TryGetValue(key, out string? globalValue) && ParseLevel(globalValue) is { } globalBulk)
            {
                return new ConfiguredSeverity(globalBulk, GlobalSource(key));
            }
        }
        return new ConfiguredSeverity(reported, "default");
    }

    /// <summary>
    /// Which section set <paramref name="key"/> for <paramref name="file"/>: the innermost file's last matching
    /// section, each section tested with Roslyn's own matcher on a copy of it alone.
    /// </summary>
    private string SectionSource(string file, string key)
    {
        string full = Path.GetFullPath(file);
        foreach (var config in _configs.Reverse())
        {
            foreach (var (name, properties) in Enumerable.Reverse(config.Sections))
            {
                foreach (var (candidate, value) in Enumerable.Reverse(properties))
                {
                    if (candidate != key)
                    {
                        continue;
                    }
                    var alone = AnalyzerConfig.Parse(SourceText.From($"{(config.IsGlobal ? "is_global = true\n" : "")}[{name}]\n{key} = {value}\n"), config.Path);
                    var result = AnalyzerConfigSet.Create(new[] { alone }).GetOptionsForSourcePath(full);
                    if (result.TreeOptions.Count > 0 || result.AnalyzerOptions.ContainsKey(key))
                    {
                        return $"{config.Path} [{name}]";
                    }
                }
            }
            if (config.IsRoot && !config.IsGlobal)
            {
                break;
            }
        }
        return "configuration";
    }

    private string GlobalSource(string key)
    {
        foreach (var config in _configs.Reverse())
        {
            if (config.IsGlobal && config.Preamble.ContainsKey(key))
            {
                return config.Path;
            }
        }
        return "global configuration";
    }

    private static void Warn(TextWriter error, HashSet<string> warned, string message)
    {
        if (warned.Add(message))
        {
            error.WriteLine("imrcite: warning: " + message);
        }
    }

    /// <summary>The rule id of a <c>dotnet_diagnostic.ID.severity</c> key (lower case), or null.</summary>
    private static string? RuleOfKey(string key)
    {
        const string prefix = "dotnet_diagnostic.";
        const string suffix = ".severity";
        return key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && key.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && key.Length > prefix.Length + suffix.Length
            ? key[prefix.Length..^suffix.Length].ToLowerInvariant()
            : null;
    }

    /// <summary>Every rule the tool knows, by id.</summary>
    internal static RuleDescriptor? ExplainRule(string id) =>
        LetterRules.Find(id) ?? BuildRules.All.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>A severity as <c>.editorconfig</c> and <c>--severity</c> write it, or null.</summary>
    public static ImrSeverity? ParseLevel(string level) => level.Trim().ToLowerInvariant() switch
    {
        "error" => ImrSeverity.Error,
        "warning" or "warn" => ImrSeverity.Warning,
        "note" or "suggestion" or "info" => ImrSeverity.Note,
        "none" or "silent" or "hidden" => ImrSeverity.Hidden,
        _ => null,
    };

    private static ImrSeverity? Map(ReportDiagnostic value) => value switch
    {
        ReportDiagnostic.Error => ImrSeverity.Error,
        ReportDiagnostic.Warn => ImrSeverity.Warning,
        ReportDiagnostic.Info => ImrSeverity.Note,
        ReportDiagnostic.Hidden or ReportDiagnostic.Suppress => ImrSeverity.Hidden,
        _ => null,
    };

    /// <summary>The configured rules' ids seen anywhere, for <c>config show</c>.</summary>
    internal IReadOnlyCollection<string> CommandLineRules => _commandLine.Keys;

    /// <summary>True when nothing is configured.</summary>
    public bool IsEmpty => _configs.Count == 0 && _commandLine.Count == 0;
}
