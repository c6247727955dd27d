namespace ImrCite.Generators;

/// <summary>
/// A small indented text writer for generated source (no syntax trees, no NormalizeWhitespace). It indents with
/// tabs: one byte a level instead of four, in text every consumer's build compiles again.
/// </summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _builder = new StringBuilder();
    private int _indent;

    public void Line(string text = "")
    {
        if (text.Length > 0)
        {
            _builder.Append('\t', _indent);
        }
        _builder.Append(text).Append('\n');
    }

    public void Open(string text)
    {
        Line(text);
        Line("{");
        _indent++;
    }

    public void Close(string suffix = "")
    {
        _indent--;
        Line("}" + suffix);
    }

    public void Indent() => _indent++;

    public void Outdent() => _indent--;

    public override string ToString() => _builder.ToString();
}
