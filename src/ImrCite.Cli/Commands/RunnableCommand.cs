namespace ImrCite.Cli.Commands;

/// <summary>
/// A command that runs: its name, description, arguments and options, its action (whose exit code the process
/// returns) and the example its <c>--help</c> ends with, put together the same way for every such command.
/// </summary>
internal static class RunnableCommand
{
    /// <summary>The command; <paramref name="symbols"/> are its arguments and options, in the order its help lists them.</summary>
    public static Command Create(string name, string description, string example, Symbol[] symbols, Func<ParseResult, ExitCode> run)
    {
        var command = new Command(name, description);
        foreach (var symbol in symbols)
        {
            switch (symbol)
            {
                case Argument argument:
                    command.Arguments.Add(argument);
                    break;
                case Option option:
                    command.Options.Add(option);
                    break;
                default:
                    throw new ArgumentException($"'{symbol.Name}' is neither an argument nor an option.", nameof(symbols));
            }
        }
        command.SetAction(parse => (int)run(parse));
        HelpExamples.Add(command, example);
        return command;
    }
}
