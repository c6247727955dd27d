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
        var top = Options.Count("--top", "How many unresolved and unverified names to list.", 15, minimum: 0);
        var command = RunnableCommand.Create("stats", "Summarise 'imrcite lint --format json' output: items, citations by outcome, findings, per letter.",
            "imrcite lint letters --format json -o lint.json && imrcite stats lint.json",
            [inputs, format, output, top],
            parse => Run(console, parse.GetValue(inputs) ?? Array.Empty<string>(), parse.GetValue(format)!, parse.GetValue(output), parse.GetValue(top)));
        return command;
    }

    /// <summary>Adds one lint output to <paramref name="stats"/>; what is wrong with it, or null.</summary>
    private static string? Read(CliConsole console, string input, LintStats stats)
    {
        const string Wanted = "stats reads the output of 'imrcite lint --format json'";
        string json;
        try
        {
            json = input == "-" ? console.Input.ReadToEnd() : File.ReadAllText(input);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return "no such file.";
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return $"cannot read it ({exception.Message.TrimEnd('.')}).";
        }
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("runs", out _))
            {
                return $"a SARIF file; {Wanted}.";
            }
            stats.Add(document.RootElement);
            return null;
        }
        catch (JsonException exception)
        {
            return json.Trim().Length == 0 ? $"empty; {Wanted}." : $"not JSON (line {exception.LineNumber + 1}); {Wanted}.";
        }
        catch (Exception exception) when (exception is InvalidOperationException or KeyNotFoundException)
        {
            return "JSON, but not the output of 'imrcite lint --format json' (an object with citations, findings and summary).";
        }
    }

    public static ExitCode Run(CliConsole console, string[] inputs, string format, string? outputPath, int top)
    {
        if (inputs.Length == 0 && console.InputIsTerminal)
        {
            // Nothing named and nothing piped: waiting for JSON typed at the terminal would look like a hang.
            console.Problem("stats: give the files 'imrcite lint --format json' wrote, or pipe one in (- reads standard input).");
            return ExitCode.UsageOrInput;
        }
        var stats = new LintStats();
        foreach (string input in inputs.Length == 0 ? new[] { "-" } : inputs)
        {
            if (Read(console, input, stats) is { } problem)
            {
                console.Problem($"{TerminalText.Escape(input)}: {problem}");
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
