using System;

namespace ImrCite.Testing;

/// <summary>
/// Positions of marker strings in test texts, computed independently of the code under test (the one copy,
/// linked into each test project that needs it).
/// </summary>
internal static class TextPositions
{
    /// <summary>0-based offset of the <paramref name="occurrence"/>-th (1-based) occurrence of <paramref name="marker"/>.</summary>
    public static int OffsetOf(string text, string marker, int occurrence = 1)
    {
        int at = -1;
        for (int i = 0; i < occurrence; i++)
        {
            at = text.IndexOf(marker, at + 1, StringComparison.Ordinal);
            if (at < 0)
            {
                throw new ArgumentException($"'{marker}' occurs fewer than {occurrence} time(s) in the test text.");
            }
        }
        return at;
    }

    /// <summary>1-based line and column (UTF-16 units) of an offset; \n, \r\n and \r end lines.</summary>
    public static (int Line, int Column) PositionOf(string text, int offset)
    {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++)
        {
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                continue; // the \n that follows ends the line
            }
            if (text[i] == '\n' || text[i] == '\r')
            {
                line++;
                lineStart = i + 1;
            }
        }
        return (line, offset - lineStart + 1);
    }

    /// <summary>1-based line and column of the <paramref name="occurrence"/>-th occurrence of <paramref name="marker"/>.</summary>
    public static (int Line, int Column) PositionOf(string text, string marker, int occurrence = 1) =>
        PositionOf(text, OffsetOf(text, marker, occurrence));
}
