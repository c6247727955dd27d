using Spectre.Console;

namespace ImrCite.Cli.Output;

/// <summary>
/// Writes text with optional styles: through Spectre.Console when colour is on, as plain text otherwise (a
/// file, a pipe, <c>NO_COLOR</c>, <c>--no-color</c>). Nothing is wrapped: long lines stay whole, for logs and
/// for the terminal's own wrapping.
/// </summary>
internal sealed class StyledWriter
{
    private readonly IAnsiConsole? _ansi;

    public StyledWriter(TextWriter writer, bool colour)
    {
        Writer = writer;
        if (colour)
        {
            _ansi = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Ansi = AnsiSupport.Yes,
                ColorSystem = ColorSystemSupport.Standard,
                Out = new AnsiConsoleOutput(writer),
                Interactive = InteractionSupport.No,
            });
            _ansi.Profile.Width = int.MaxValue / 2;
        }
    }

    /// <summary>The underlying writer.</summary>
    public TextWriter Writer { get; }

    /// <summary>True when styles are written as colours.</summary>
    public bool Colour => _ansi is not null;

    public static readonly Style Error = new(Color.Red, decoration: Decoration.Bold);
    public static readonly Style Warning = new(Color.Yellow, decoration: Decoration.Bold);
    public static readonly Style Note = new(Color.Aqua);
    public static readonly Style Heading = new(decoration: Decoration.Bold);
    public static readonly Style Title = new(decoration: Decoration.Bold | Decoration.Underline);
    public static readonly Style Code = new(Color.Aqua);
    public static readonly Style Dim = new(decoration: Decoration.Dim);
    public static readonly Style Success = new(Color.Green, decoration: Decoration.Bold);

    /// <summary>Writes <paramref name="text"/> (already free of control characters) in <paramref name="style"/>.</summary>
    public void Write(string text, Style? style = null)
    {
        if (text.Length == 0)
        {
            return;
        }
        if (_ansi is not null && style is not null)
        {
            _ansi.Write(new Spectre.Console.Text(text, style));
        }
        else
        {
            Writer.Write(text);
        }
    }

    /// <summary>Writes a line.</summary>
    public void WriteLine(string text = "", Style? style = null)
    {
        Write(text, style);
        Writer.Write('\n');
    }

    /// <summary>Writes a renderable (a table) when colour is on; callers write a plain form otherwise.</summary>
    public void Render(Spectre.Console.Rendering.IRenderable renderable)
    {
        if (_ansi is null)
        {
            throw new InvalidOperationException("Renderables are written only with colour on.");
        }
        _ansi.Write(renderable);
    }
}
