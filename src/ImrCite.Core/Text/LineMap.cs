namespace ImrCite.Text;

/// <summary>
/// Maps character offsets in a text to 1-based lines and columns and back; "\n", "\r\n" and "\r" each end a
/// line, and a column counts UTF-16 code units. The one text-position helper of the core: diagnostics of
/// catalogue files and letters are located with it.
/// </summary>
internal sealed class LineMap
{
    private static readonly char[] LineBreaks = { '\r', '\n' };

    private readonly int[] _lineStarts;
    private readonly int _length;

    /// <summary>Line starts that follow a "\r\n" (two characters of line break), when the text has any.</summary>
    private readonly HashSet<int>? _crlfBefore;

    /// <summary>Indexes the line starts of <paramref name="text"/> (\n, \r\n and \r end lines).</summary>
    public LineMap(string path, string text)
    {
        Path = path;
        _length = text.Length;
        var starts = new List<int> { 0 };
        // From line break to line break (a vectorised search), not character by character.
        for (int i = text.IndexOfAny(LineBreaks); i >= 0; i = i + 1 < text.Length ? text.IndexOfAny(LineBreaks, i + 1) : -1)
        {
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
                (_crlfBefore ??= new HashSet<int>()).Add(i + 1);
            }
            starts.Add(i + 1);
        }
        _lineStarts = starts.ToArray();
    }

    /// <summary>The path reported in locations.</summary>
    public string Path { get; }

    /// <summary>Number of lines.</summary>
    public int LineCount => _lineStarts.Length;

    /// <summary>0-based offset of the first character of the 1-based <paramref name="line"/>.</summary>
    public int GetLineStart(int line) => _lineStarts[Math.Max(0, Math.Min(line - 1, _lineStarts.Length - 1))];

    /// <summary>
    /// The 0-based offset of a 1-based line and column, clamped to the line (its line break excluded) and to the
    /// text: the inverse of <see cref="GetPosition"/>.
    /// </summary>
    public int GetOffset(int line, int column)
    {
        int index = Math.Max(0, Math.Min(line - 1, _lineStarts.Length - 1));
        int start = _lineStarts[index];
        int end = index + 1 < _lineStarts.Length ? _lineStarts[index + 1] : _length;
        // The next line starts after this line's break ("\n", "\r\n" or "\r"); a column never lands inside it.
        int lineEnd = end;
        if (index + 1 < _lineStarts.Length)
        {
            lineEnd = end - 1;
            if (lineEnd > start && _crlfBefore is not null && _crlfBefore.Contains(end))
            {
                lineEnd--;
            }
        }
        return Math.Max(start, Math.Min(start + Math.Max(0, column - 1), lineEnd));
    }

    /// <summary>Returns the 1-based (line, column) of a 0-based offset.</summary>
    public (int Line, int Column) GetPosition(int offset)
    {
        offset = Math.Max(0, Math.Min(offset, _length));
        int index = Array.BinarySearch(_lineStarts, offset);
        if (index < 0)
        {
            index = ~index - 1;
        }
        return (index + 1, offset - _lineStarts[index] + 1);
    }

    /// <summary>Locates the region [<paramref name="start"/>, <paramref name="start"/> + <paramref name="length"/>).</summary>
    public TextLocation GetLocation(int start, int length)
    {
        start = Math.Max(0, Math.Min(start, _length));
        length = Math.Max(0, Math.Min(length, _length - start));
        var (line, column) = GetPosition(start);
        var (endLine, endColumn) = GetPosition(start + length);
        return new TextLocation(Path, start, length, line, column, endLine, endColumn);
    }
}
