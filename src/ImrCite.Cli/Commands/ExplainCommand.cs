using System;
using System.CommandLine;
using System.Linq;
using ImrCite.Cli.Letters;
using ImrCite.Cli.Output;

namespace ImrCite.Cli.Commands;

/// <summary><c>imrcite explain IMRxxxx</c>: what a rule checks, its default severity and its help page.</summary>
internal static class ExplainCommand
{
    public static Command Create(CliConsole console)
    {
        var id = new Argument<string>("id") { Description = "A rule id, e.g. IMR0106." };
        var command = new Command("explain", "Explain a rule: what it checks, its default severity and its help page.") { id };
        command.SetAction(parse => (int)Run(console, parse.GetValue(id)!));
        return command;
    }

    public static ExitCode Run(CliConsole console, string ruleId)
    {
        var rule = LetterRules.Find(ruleId) ?? BuildRules.All.FirstOrDefault(r => string.Equals(r.Id, ruleId, StringComparison.OrdinalIgnoreCase));
        if (rule is null)
        {
            console.Problem($"'{ruleId}' is not a rule id. Rules: {string.Join(", ", LetterRules.Everything().Concat(BuildRules.All).Select(r => r.Id))}.");
            return ExitCode.UsageOrInput;
        }
        var output = console.Output;
        output.WriteLine($"{rule.Id}: {rule.Title}");
        output.WriteLine($"  category:         {rule.Category}");
        output.WriteLine($"  default severity: {Writers.SeverityName(rule.DefaultSeverity)}");
        output.WriteLine($"  message:          {rule.MessageFormat}");
        output.WriteLine($"  help:             {rule.HelpLink}");
        return ExitCode.Clean;
    }
}
