using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Runtime.CompilerServices;

namespace ImrCite.Cli.Help;

/// <summary>One example per command, shown at the end of its <c>--help</c>.</summary>
internal static class HelpExamples
{
    // Weak: commands are built per run (tests run the tool many times in one process).
    private static readonly ConditionalWeakTable<Command, string> Examples = new();

    /// <summary>Registers <paramref name="example"/> for <paramref name="command"/>.</summary>
    public static void Add(Command command, string example) => Examples.AddOrUpdate(command, example);

    /// <summary>True when the command line asks for help (errors such as a missing argument are then not reported).</summary>
    public static bool IsHelp(ParseResult parse) => parse.Action is WithExample or HelpAction;

    /// <summary>Makes <c>--help</c> (the root's option, which every subcommand shares) end with the command's example.</summary>
    public static void Install(RootCommand root)
    {
        foreach (var option in root.Options.OfType<HelpOption>())
        {
            if (option.Action is HelpAction help)
            {
                option.Action = new WithExample(help);
            }
        }
    }

    private sealed class WithExample(HelpAction help) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            int result = help.Invoke(parseResult);
            if (Examples.TryGetValue(parseResult.CommandResult.Command, out string? example))
            {
                var output = parseResult.InvocationConfiguration.Output;
                output.WriteLine("Example:");
                output.WriteLine("  " + example);
                output.WriteLine();
            }
            return result;
        }
    }
}
