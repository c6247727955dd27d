using ImrCite.Cli.Configuration;
using Spectre.Console;

namespace ImrCite.Cli.Commands;

/// <summary>
/// <c>imrcite config show [FILE]</c>: every rule's effective severity for a file — a letter, a C# file, a
/// catalogue file — and where it came from (the default, a section of an .editorconfig, a .globalconfig, or
/// <c>--severity</c>), read exactly as the build reads it.
/// </summary>
internal static class ConfigCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("config", "Show the configuration the tool and the build read.");
        var file = new Argument<string?>("file") { Description = "The file to show severities for (default: a file in the current folder that no section names).", Arity = ArgumentArity.ZeroOrOne };
        var severities = Options.Severities();
        var config = Options.Config();
        var show = RunnableCommand.Create("show", "Print each rule's effective severity for a file and where it came from.",
            "imrcite config show tests/CitationTests.cs",
            [file, severities, config],
            parse => Show(console, parse.GetValue(file), parse.GetValue(severities) ?? Array.Empty<string>(), parse.GetValue(config) ?? Array.Empty<string>(), console.UseColour(parse)));
        command.Subcommands.Add(show);
        HelpExamples.Add(command, "imrcite config show letters/CM15-0000101.txt");
        return command;
    }

    private static ExitCode Show(CliConsole console, string? file, string[] severities, string[] configs, bool colour)
    {
        if (file is not null && file.Trim().Length == 0)
        {
            console.Problem("config show: the file name is empty; name a file, or give none for a file in the current folder.");
            return ExitCode.UsageOrInput;
        }
        var policy = SeverityPolicy.Create(severities, configs, new[] { file ?? console.WorkingDirectory }, discover: true, console.Error);
        if (policy is null)
        {
            return ExitCode.UsageOrInput;
        }
        var output = new StyledWriter(console.Output, colour);
        output.WriteLine(file is null ? "Severities for a file in the current folder" : $"Severities for {TerminalText.Escape(file)}", StyledWriter.Heading);
        output.WriteLine(policy.Files.Count == 0 ? "Configuration files: none" : "Configuration files: " + string.Join(", ", policy.Files.Select(TerminalText.Escape)));
        if (file is not null && file.EndsWith(".imrcite.json", StringComparison.OrdinalIgnoreCase))
        {
            output.WriteLine("A catalogue file: as in the build, only global configuration (.globalconfig, is_global = true) reaches it.");
        }
        var rows = LetterRules.Everything()
            .Select(rule => (Rule: rule, Effective: policy.Explain(rule, file)))
            .ToList();
        if (output.Colour)
        {
            var table = new Table().AddColumn("Rule").AddColumn("Severity").AddColumn("Default").AddColumn("Source").AddColumn("Title");
            foreach (var (rule, effective) in rows)
            {
                table.AddRow(
                    new Spectre.Console.Text(rule.Id),
                    new Spectre.Console.Text(SeverityName(effective.Severity), effective.Severity == Diagnostics.ImrSeverity.Hidden ? StyledWriter.Dim : TextLintSink.SeverityStyle(effective.Severity)),
                    new Spectre.Console.Text(SeverityName(rule.DefaultSeverity)),
                    new Spectre.Console.Text(effective.Source),
                    new Spectre.Console.Text(rule.Title));
            }
            output.Render(table);
            return ExitCode.Clean;
        }
        int sourceWidth = rows.Max(r => r.Effective.Source.Length);
        foreach (var (rule, effective) in rows)
        {
            output.WriteLine($"{rule.Id}  {SeverityName(effective.Severity),-7}  (default {SeverityName(rule.DefaultSeverity),-7})  {effective.Source.PadRight(sourceWidth)}  {rule.Title}");
        }
        return ExitCode.Clean;
    }

    private static string SeverityName(Diagnostics.ImrSeverity severity) => severity == Diagnostics.ImrSeverity.Hidden ? "none" : Names.Severity(severity);
}
