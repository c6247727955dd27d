using ImrCite.Cli.Commands;

namespace ImrCite.Cli;

/// <summary>The process exit codes, the same contract for every command (docs/cli.md).</summary>
public enum ExitCode
{
    /// <summary>Nothing at error severity.</summary>
    Clean = 0,

    /// <summary>Findings at error severity (for <c>fmt --check</c>: a file is not canonical).</summary>
    Findings = 1,

    /// <summary>The command could not do its job: a bad argument, a missing or unreadable input.</summary>
    UsageOrInput = 2,
}

/// <summary>
/// The wiring of the <c>imrcite</c> commands, each in its own file under Commands/: <c>lint</c> (letters),
/// <c>merge</c> (shards of a lint), <c>explain</c> (a rule's page), <c>check</c> (one citation), <c>stats</c> (the figures of lint JSON),
/// <c>catalogue check|fmt|diff|verify|report</c> and
/// <c>config show</c>; <c>--no-color</c> on all of them, an example at the end of each <c>--help</c>.
/// </summary>
public static class CommandLine
{
    /// <summary>Runs the tool with the given streams (tests call this in-process) and returns the exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, TextReader? input = null)
    {
        var console = new CliConsole(output, error, input);
        var root = new RootCommand("imrcite: check guideline citations in IMR determination letters and guideline catalogues.");
        root.Subcommands.Add(LintCommand.Create(console));
        root.Subcommands.Add(MergeCommand.Create(console));
        root.Subcommands.Add(ExplainCommand.Create(console));
        root.Subcommands.Add(CheckCommand.Create(console));
        root.Subcommands.Add(StatsCommand.Create(console));
        root.Subcommands.Add(CatalogueCommand.Create(console));
        root.Subcommands.Add(ConfigCommand.Create(console));
        root.Options.Add(CliConsole.NoColorOption);
        HelpExamples.Add(root, "imrcite lint letters   (then imrcite explain IMRxxxx for a rule in the output)");
        HelpExamples.Install(root);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0 && !HelpExamples.IsHelp(parse))
        {
            foreach (string problem in ParseProblems.Describe(parse))
            {
                console.Problem(problem);
            }
            return (int)ExitCode.UsageOrInput;
        }
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // A bug or an unforeseen condition of the machine: one located line, not a stack trace, and the exit code
            // of a run that could not do its job — never 1, which would read as "the letters have errors".
            console.Problem($"the command failed: {exception.GetType().Name}: {exception.Message.TrimEnd('.')}. An --output file is left as it was."
                + " If the command line is right, this is a bug in imrcite: please report it with the command and this message.");
            return (int)ExitCode.UsageOrInput;
        }
    }
}
