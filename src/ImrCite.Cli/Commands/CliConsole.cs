using System;
using System.IO;

namespace ImrCite.Cli.Commands;

/// <summary>
/// The streams a command writes to and reads from, and what they are connected to: the process's console,
/// or writers that a test passes in.
/// </summary>
internal sealed class CliConsole(TextWriter output, TextWriter error, TextReader? input)
{
    /// <summary>Where results go.</summary>
    public TextWriter Output { get; } = output;

    /// <summary>Where problems and progress go.</summary>
    public TextWriter Error { get; } = error;

    /// <summary>Standard input ("-" as a letter).</summary>
    public TextReader Input => input ?? Console.In;

    /// <summary>True when results go to an interactive terminal (colour is then allowed).</summary>
    public bool OutputIsTerminal => ReferenceEquals(Output, Console.Out) && !Console.IsOutputRedirected;

    /// <summary>True when problems go to an interactive terminal (progress is then shown).</summary>
    public bool ErrorIsTerminal => ReferenceEquals(Error, Console.Error) && !Console.IsErrorRedirected;

    /// <summary>The folder relative paths are taken from.</summary>
    public string WorkingDirectory => Environment.CurrentDirectory;

    /// <summary>Writes "imrcite: <paramref name="message"/>" to the error stream.</summary>
    public void Problem(string message) => Error.WriteLine("imrcite: " + message);
}
