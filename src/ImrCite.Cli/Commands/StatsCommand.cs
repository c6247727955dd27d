using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Json;
using ImrCite.Cli.Help;
using ImrCite.Cli.Output;

namespace ImrCite.Cli.Commands;

/// <summary>
/// <c>imrcite stats [JSON...]</c>: the figures of one or more <c>lint --format json</c> runs, so anyone can measure a
/// batch of letters the same way — letters and disputed items, guideline statements cited, citations resolved /
/// unverified / unresolved (for MAXIMUS's citations apart), findings by rule, error findings per letter, and the
/// names that did not resolve, by how many letters use them (what the catalogue needs next).
/// </summary>
internal static class StatsCommand
{
    public static Command Create(CliConsole console)
    {
        var inputs = new Argument<string[]>("json") { Description = "Output files of 'imrcite lint --format json' ('-' or nothing: standard input).", Arity = ArgumentArity.ZeroOrMore };
        var format = Options.Format("text", "json");
        var output = Options.Output();
        var top = new Option<int>("--top") { Description = "How many unresolved and unverified names to list.", DefaultValueFactory = _ => 15 };
        var command = new Command("stats", "Summarise 'imrcite lint --format json' output: items, citations by outcome, findings, per letter.") { inputs, format, output, top };
        command.SetAction(parse => (int)Run(console, parse.GetValue(inputs) ?? Array.Empty<string>(), parse.GetValue(format)!, parse.GetValue(output), parse.GetValue(top)));
        HelpExamples.Add(command, "imrcite lint letters --format json -o lint.json && imrcite stats lint.json");
        return command;
    }

    public static ExitCode Run(CliConsole console, string[] inputs, string format, string? outputPath, int top)
    {
        var stats = new LintStats();
        foreach (string input in inputs.Length == 0 ? new[] { "-" } : inputs)
        {
            try
            {
                string json = input == "-" ? console.Input.ReadToEnd() : File.ReadAllText(input);
                using var document = JsonDocument.Parse(json);
                stats.Add(document.RootElement);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or JsonException or InvalidOperationException or KeyNotFoundException)
            {
                console.Problem($"{input}: not the JSON output of 'imrcite lint --format json' ({exception.Message})");
                return ExitCode.UsageOrInput;
            }
        }
        using var target = OutputFile.Open(outputPath, console.Output, console.Error);
        if (target is null)
        {
            return ExitCode.UsageOrInput;
        }
        if (format == "json")
        {
            stats.WriteJson(target.Writer, top);
        }
        else
        {
            stats.WriteText(target.Writer, top);
        }
        target.Commit();
        return ExitCode.Clean;
    }
}

/// <summary>The figures <c>imrcite stats</c> gives, accumulated over lint JSON outputs.</summary>
internal sealed class LintStats
{
    private readonly SortedDictionary<string, LetterFigures> _letters = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, (int Errors, int Warnings, int Notes)> _rules = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _unresolvedNames = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, HashSet<string>> _unverifiedNames = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Outcomes> _byRole = new(StringComparer.Ordinal);
    private readonly HashSet<(string File, string Item, string Role)> _statements = new();

    private sealed class LetterFigures
    {
        public int Items;
        public Outcomes Citations;
        public int Errors;
        public int Warnings;
        public int Notes;
    }

    private struct Outcomes
    {
        public int Resolved;
        public int Unverified;
        public int Unresolved;

        public readonly int Total => Resolved + Unverified + Unresolved;

        public void Count(string outcome)
        {
            switch (outcome)
            {
                case "resolved": Resolved++; break;
                case "unverified": Unverified++; break;
                default: Unresolved++; break;
            }
        }
    }

    /// <summary>Adds one lint JSON output.</summary>
    public void Add(JsonElement root)
    {
        foreach (var summary in root.GetProperty("summary").EnumerateArray())
        {
            Letter(summary.GetProperty("file").GetString()!).Items += summary.GetProperty("disputedItems").GetInt32();
        }
        foreach (var citation in root.GetProperty("citations").EnumerateArray())
        {
            string file = citation.GetProperty("file").GetString()!;
            string role = citation.GetProperty("role").GetString()!;
            string outcome = citation.TryGetProperty("outcome", out var o) && o.ValueKind == JsonValueKind.String ? o.GetString()!
                : citation.GetProperty("document").ValueKind == JsonValueKind.Null ? "unresolved" : "resolved";
            Letter(file).Citations.Count(outcome);
            var byRole = _byRole.TryGetValue(role, out var existing) ? existing : default;
            byRole.Count(outcome);
            _byRole[role] = byRole;
            if (role is "maximus" or "claims_administrator" && citation.TryGetProperty("disputedItem", out var item) && item.ValueKind == JsonValueKind.String)
            {
                _statements.Add((file, item.GetString()!, role));
            }
            if (outcome != "resolved")
            {
                string name = citation.TryGetProperty("display", out var display) && display.ValueKind == JsonValueKind.String
                    ? display.GetString()! : ImrCite.Citations.CitationText.OneLine(citation.GetProperty("text").GetString() ?? "", int.MaxValue);
                var names = outcome == "unverified" ? _unverifiedNames : _unresolvedNames;
                if (!names.TryGetValue(name, out var letters))
                {
                    names.Add(name, letters = new HashSet<string>(StringComparer.Ordinal));
                }
                letters.Add(file);
            }
        }
        foreach (var finding in root.GetProperty("findings").EnumerateArray())
        {
            string file = finding.GetProperty("file").GetString()!;
            string rule = finding.GetProperty("ruleId").GetString()!;
            string severity = finding.GetProperty("severity").GetString()!;
            var letter = Letter(file);
            var counts = _rules.TryGetValue(rule, out var c) ? c : default;
            switch (severity)
            {
                case "error": letter.Errors++; counts.Errors++; break;
                case "warning": letter.Warnings++; counts.Warnings++; break;
                default: letter.Notes++; counts.Notes++; break;
            }
            _rules[rule] = counts;
        }
    }

    private LetterFigures Letter(string file)
    {
        if (!_letters.TryGetValue(file, out var figures))
        {
            _letters.Add(file, figures = new LetterFigures());
        }
        return figures;
    }

    private Outcomes All()
    {
        var all = default(Outcomes);
        foreach (var letter in _letters.Values)
        {
            all.Resolved += letter.Citations.Resolved;
            all.Unverified += letter.Citations.Unverified;
            all.Unresolved += letter.Citations.Unresolved;
        }
        return all;
    }

    private static string Percent(int part, int whole) => whole == 0 ? "-" : (100.0 * part / whole).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " %";

    private static IEnumerable<(string Name, int Letters)> Ranked(Dictionary<string, HashSet<string>> names, int top) =>
        names.Select(pair => (pair.Key, pair.Value.Count)).OrderByDescending(p => p.Count).ThenBy(p => p.Key, StringComparer.Ordinal).Take(top);

    public void WriteText(TextWriter output, int top)
    {
        var all = All();
        var maximus = _byRole.TryGetValue("maximus", out var m) ? m : default;
        int withErrors = _letters.Values.Count(l => l.Errors > 0);
        output.WriteLine($"Letters: {_letters.Count}; disputed items: {_letters.Values.Sum(l => l.Items)}; guideline statements cited: {_statements.Count}");
        output.WriteLine($"Citations: {all.Total}; resolved {all.Resolved} ({Percent(all.Resolved, all.Total)}), unverified {all.Unverified} ({Percent(all.Unverified, all.Total)}), unresolved {all.Unresolved} ({Percent(all.Unresolved, all.Total)})");
        output.WriteLine($"MAXIMUS citations: {maximus.Total}; resolved {maximus.Resolved} ({Percent(maximus.Resolved, maximus.Total)}), unverified {maximus.Unverified}, unresolved {maximus.Unresolved}");
        output.WriteLine($"Letters with an error finding: {withErrors} of {_letters.Count}; error findings: {_letters.Values.Sum(l => l.Errors)}, warnings: {_letters.Values.Sum(l => l.Warnings)}, notes: {_letters.Values.Sum(l => l.Notes)}");
        output.WriteLine();
        output.WriteLine("Findings by rule (errors / warnings / notes):");
        foreach (var (rule, counts) in _rules)
        {
            output.WriteLine($"  {rule}: {counts.Errors} / {counts.Warnings} / {counts.Notes}");
        }
        output.WriteLine();
        output.WriteLine("Per letter (items; citations resolved / unverified / unresolved; errors, warnings):");
        foreach (var (file, letter) in _letters)
        {
            output.WriteLine($"  {file}: {letter.Items}; {letter.Citations.Resolved} / {letter.Citations.Unverified} / {letter.Citations.Unresolved}; {letter.Errors}, {letter.Warnings}");
        }
        WriteNames(output, "Unresolved names, by letters using them:", _unresolvedNames, top);
        WriteNames(output, "Unverified names (not in the catalogue), by letters using them:", _unverifiedNames, top);
    }

    private static void WriteNames(TextWriter output, string heading, Dictionary<string, HashSet<string>> names, int top)
    {
        if (names.Count == 0)
        {
            return;
        }
        output.WriteLine();
        output.WriteLine(heading);
        foreach (var (name, letters) in Ranked(names, top))
        {
            output.WriteLine($"  {letters,4}  {name}");
        }
    }

    public void WriteJson(TextWriter output, int top)
    {
        var all = All();
        using var json = new JsonOutput(output);
        var writer = json.Writer;
        writer.WriteStartObject();
        writer.WriteNumber("letters", _letters.Count);
        writer.WriteNumber("disputedItems", _letters.Values.Sum(l => l.Items));
        writer.WriteNumber("statementsCited", _statements.Count);
        WriteOutcomes(writer, "citations", all);
        writer.WriteStartObject("citationsByRole");
        foreach (var (role, outcomes) in _byRole.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            WriteOutcomes(writer, role, outcomes);
        }
        writer.WriteEndObject();
        writer.WriteNumber("lettersWithErrors", _letters.Values.Count(l => l.Errors > 0));
        writer.WriteStartObject("findingsByRule");
        foreach (var (rule, counts) in _rules)
        {
            writer.WriteStartObject(rule);
            writer.WriteNumber("errors", counts.Errors);
            writer.WriteNumber("warnings", counts.Warnings);
            writer.WriteNumber("notes", counts.Notes);
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
        writer.WriteStartArray("perLetter");
        foreach (var (file, letter) in _letters)
        {
            writer.WriteStartObject();
            writer.WriteString("file", file);
            writer.WriteNumber("disputedItems", letter.Items);
            WriteOutcomes(writer, "citations", letter.Citations);
            writer.WriteNumber("errors", letter.Errors);
            writer.WriteNumber("warnings", letter.Warnings);
            writer.WriteNumber("notes", letter.Notes);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        WriteNamesJson(writer, "unresolvedNames", _unresolvedNames, top);
        WriteNamesJson(writer, "unverifiedNames", _unverifiedNames, top);
        writer.WriteEndObject();
        json.Complete();
    }

    private static void WriteOutcomes(Utf8JsonWriter writer, string name, Outcomes outcomes)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("resolved", outcomes.Resolved);
        writer.WriteNumber("unverified", outcomes.Unverified);
        writer.WriteNumber("unresolved", outcomes.Unresolved);
        writer.WriteEndObject();
    }

    private static void WriteNamesJson(Utf8JsonWriter writer, string property, Dictionary<string, HashSet<string>> names, int top)
    {
        writer.WriteStartArray(property);
        foreach (var (name, letters) in Ranked(names, top))
        {
            writer.WriteStartObject();
            writer.WriteString("name", name);
            writer.WriteNumber("letters", letters);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }
}
