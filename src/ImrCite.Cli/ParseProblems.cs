using System.CommandLine.Parsing;

namespace ImrCite.Cli;

/// <summary>
/// What a command line the parser rejected gets told: a command group without its command (or with one it does
/// not have) is answered with the commands it has; any other error with the parser's message, then where the
/// command's arguments and options are listed.
/// </summary>
internal static class ParseProblems
{
    /// <summary>The lines to write, each a whole message (the caller prefixes "imrcite: ").</summary>
    public static IEnumerable<string> Describe(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        string path = CommandPath(parse.CommandResult);
        if (command.Subcommands.Count > 0 && command.Action is null)
        {
            string commands = string.Join(", ", command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name));
            yield return parse.UnmatchedTokens.Count > 0
                ? $"'{parse.UnmatchedTokens[0]}' is not a command of {path}; its commands are {commands}. '{path} --help' says what each does."
                : $"{(command is RootCommand ? "give a command" : $"'{path}' needs a command")}: {commands}. '{path} --help' says what each does.";
            yield break;
        }
        foreach (var error in parse.Errors)
        {
            yield return error.Message;
        }
        yield return $"'{path} --help' lists the arguments and options.";
    }

    /// <summary>"imrcite catalogue check": the commands from the root to <paramref name="result"/>.</summary>
    private static string CommandPath(CommandResult result)
    {
        var names = new List<string>();
        for (SymbolResult? current = result; current is not null; current = current.Parent)
        {
            if (current is CommandResult { Command: var command })
            {
                names.Add(command is RootCommand ? "imrcite" : command.Name);
            }
        }
        names.Reverse();
        return string.Join(' ', names);
    }
}
