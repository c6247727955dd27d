using System.Text.Json;

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
        var command = RunnableCommand.Create("stats", "Summarise 'imrcite lint --format json' output: items, citations by outcome, findings, per letter.",
            "imrcite lint letters --format json -o lint.json && imrcite stats lint.json",
            [inputs, format, output, top],
            parse => Run(console, parse.GetValue(inputs) ?? Array.Empty<string>(), parse.GetValue(format)!, parse.GetValue(output), parse.GetValue(top)));
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
