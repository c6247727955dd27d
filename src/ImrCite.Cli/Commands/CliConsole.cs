namespace ImrCite.Cli.Commands;

/// <summary>
/// The streams a command writes to and reads from, and what they are connected to: the process's console,
/// or writers that a test passes in.
/// </summary>
internal sealed class CliConsole(TextWriter output, TextWriter error, TextReader? input)
{
    /// <summary><c>--no-color</c>, on every command: no colour even on a terminal.</summary>
    public static readonly Option<bool> NoColorOption = new("--no-color") { Description = "No colour, even on a terminal (as does the NO_COLOR environment variable).", Recursive = true };

    private readonly object _errorLock = new();

    /// <summary>Where results go.</summary>
    public TextWriter Output { get; } = output;

    /// <summary>Where problems and progress go.</summary>
    public TextWriter Error { get; } = error;

    /// <summary>Standard input ("-" as a letter, "-" as a file list).</summary>
    public TextReader Input => input ?? Console.In;

    /// <summary>True when standard input is the process's, from an interactive terminal (nothing piped in).</summary>
    public bool InputIsTerminal => input is null && !Console.IsInputRedirected;

    /// <summary>True when results go to an interactive terminal (colour is then allowed).</summary>
    public bool OutputIsTerminal => ReferenceEquals(Output, Console.Out) && !Console.IsOutputRedirected;

    /// <summary>True when problems go to an interactive terminal (progress is then shown).</summary>
    public bool ErrorIsTerminal => ReferenceEquals(Error, Console.Error) && !Console.IsErrorRedirected;

    /// <summary>The folder relative paths are taken from.</summary>
    public string WorkingDirectory => Environment.CurrentDirectory;

    /// <summary>The width text is wrapped to: the terminal's (at most 100), or 100.</summary>
    public int TextWidth
    {
        get
        {
            if (!OutputIsTerminal)
            {
                return 100;
            }
            try
            {
                return Math.Clamp(Console.WindowWidth, 40, 100);
            }
            catch (IOException)
            {
                return 100;
            }
        }
    }

    /// <summary>
    /// Whether to write colour: only to an interactive terminal, never with <c>--no-color</c>, and never when the
    /// <c>NO_COLOR</c> environment variable is set to anything but the empty string (https://no-color.org).
    /// </summary>
    public static bool ColourWanted(bool terminal, bool noColorOption, string? noColorVariable) =>
        terminal && !noColorOption && string.IsNullOrEmpty(noColorVariable);

    /// <summary>Colour on the output.</summary>
    public bool UseColour(ParseResult parse) => ColourWanted(OutputIsTerminal, parse.GetValue(NoColorOption), Environment.GetEnvironmentVariable("NO_COLOR"));

    /// <summary>Colour on the error stream (progress, problems), by the same rules.</summary>
    public bool UseErrorColour(ParseResult parse) => ColourWanted(ErrorIsTerminal, parse.GetValue(NoColorOption), Environment.GetEnvironmentVariable("NO_COLOR"));

    /// <summary>Writes "imrcite: <paramref name="message"/>" to the error stream.</summary>
    public void Problem(string message)
    {
        lock (_errorLock)
        {
            Error.WriteLine("imrcite: " + message);
        }
    }
}
