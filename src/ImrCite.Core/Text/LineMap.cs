using System;
using System.Collections.Generic;

namespace ImrCite.Text;

/// <summary>Maps character offsets in a text to 1-based lines and columns.</summary>
#if IMRCITE_PUBLIC
public
#else
internal
#endif
sealed class LineMap
{
    private readonly int[] _lineStarts;
    private readonly int _length;

    /// <summary>Indexes the line starts of <paramref name="text"/> (\n, \r\n and \r end lines).</summary>
    public LineMap(string path, string text)
    {
        Path = path;
        _length = text.Length;
        var starts = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }
        _lineStarts = starts.ToArray();
    }

    /// <summary>The path reported in locations.</summary>
    public string Path { get; }

    /// <summary>Number of lines.</summary>
    public int LineCount => _lineStarts.Length;

    /// <summary>0-based offset of the first character of the 1-based <paramref name="line"/>.</summary>
    public int GetLineStart(int line) => _lineStarts[Math.Max(0, Math.Min(line - 1, _lineStarts.Length - 1))];

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
