using System;
using System.Collections.Generic;
using System.IO;
using ImrCite.Cli.Letters;
using ImrCite.Diagnostics;

namespace ImrCite.Cli.Configuration;

/// <summary>
/// Per-rule severities for <c>lint</c>: <c>--severity IMRxxxx=level</c> options and the
/// <c>dotnet_diagnostic.IMRxxxx.severity = level</c> lines of a <c>--config</c> file.
/// </summary>
public static class SeverityConfiguration
{
    /// <summary>
    /// Reads the options and the config file into a rule → severity map. Returns false, having written the
    /// problem to <paramref name="error"/>, when the file is missing or an entry names no rule or level.
    /// </summary>
    public static bool TryRead(IEnumerable<string> options, string? config, TextWriter error, out Dictionary<string, ImrSeverity> levels)
    {
        levels = new Dictionary<string, ImrSeverity>(StringComparer.OrdinalIgnoreCase);
        var entries = new List<(string Rule, string Level, string Where)>();
        foreach (string option in options)
        {
            int equals = option.IndexOf('=');
            entries.Add(equals > 0 ? (option[..equals].Trim(), option[(equals + 1)..].Trim(), "--severity") : (option, "", "--severity"));
        }
        if (config is not null)
        {
            if (!File.Exists(config))
            {
                error.WriteLine($"imrcite: {config}: no such file.");
                return false;
            }
            entries.AddRange(ReadConfigLines(config));
        }
        foreach (var (rule, level, where) in entries)
        {
            var parsed = ParseLevel(level);
            if (LetterRules.Find(rule) is null || parsed is null)
            {
                error.WriteLine($"imrcite: {where}: '{rule}={level}' is not a rule and a level (error, warning, note, none).");
                return false;
            }
            levels[rule] = parsed.Value;
        }
        return true;
    }

    /// <summary>A severity name as .editorconfig and --severity write it, or null.</summary>
    public static ImrSeverity? ParseLevel(string level) => level.ToLowerInvariant() switch
    {
        "error" => ImrSeverity.Error,
        "warning" => ImrSeverity.Warning,
        "note" or "suggestion" or "info" => ImrSeverity.Note,
        "none" or "silent" => ImrSeverity.Hidden,
        _ => null,
    };

    private static IEnumerable<(string Rule, string Level, string Where)> ReadConfigLines(string config)
    {
        const string prefix = "dotnet_diagnostic.";
        const string suffix = ".severity";
        foreach (string line in File.ReadAllLines(config))
        {
            string text = line.Trim();
            int equals = text.IndexOf('=');
            if (equals > 0 && text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && text[..equals].Trim().EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                string key = text[..equals].Trim();
                string rule = key[prefix.Length..^suffix.Length];
                // A project's .editorconfig also configures other analyzers (CA1000, IDE0005...): only IMR ids are ours.
                if (rule.StartsWith("IMR", StringComparison.OrdinalIgnoreCase))
                {
                    yield return (rule, text[(equals + 1)..].Trim(), config);
                }
            }
        }
    }
}
