namespace ImrCite.Cli;

/// <summary>The <c>imrcite</c> entry point.</summary>
public static class Program
{
    /// <summary>Runs the command line.</summary>
    public static int Main(string[] args) => CommandLine.Run(args, Console.Out, Console.Error, Console.In);
}
