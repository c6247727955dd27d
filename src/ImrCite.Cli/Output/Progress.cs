using Spectre.Console;

namespace ImrCite.Cli.Output;

/// <summary>
/// A progress bar on standard error while letters are checked, drawn by Spectre.Console — only when standard
/// error is an interactive terminal, never in a pipe, a file or a CI log. Problems reported while it is shown
/// are written through it, above the bar.
/// </summary>
internal sealed class Progress
{
    private readonly IAnsiConsole? _console;
    private ProgressTask? _task;

    private Progress(IAnsiConsole? console) => _console = console;

    /// <summary>No progress: problems go straight to <paramref name="error"/>.</summary>
    public static Progress None { get; } = new(null);

    /// <summary>A progress bar on <paramref name="error"/> (a terminal).</summary>
    public static Progress OnTerminal(TextWriter error, bool colour) => new(AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(error),
        Ansi = AnsiSupport.Yes,
        ColorSystem = colour ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors,
        Interactive = InteractionSupport.Yes,
    }));

    /// <summary>Runs <paramref name="work"/> with the bar shown, for <paramref name="total"/> steps.</summary>
    public void Run(string description, int total, Action work)
    {
        if (_console is null)
        {
            work();
            return;
        }
        _console.Progress().AutoClear(true).HideCompleted(true).Start(context =>
        {
            _task = context.AddTask(Markup.Escape(description), maxValue: Math.Max(1, total));
            try
            {
                work();
            }
            finally
            {
                _task = null;
            }
        });
    }

    /// <summary>One step done.</summary>
    public void Step() => _task?.Increment(1);

    /// <summary>Writes a problem line above the bar, or returns false when no bar is shown.</summary>
    public bool TryWriteLine(string line)
    {
        if (_console is null || _task is null)
        {
            return false;
        }
        _console.WriteLine(line);
        return true;
    }
}
