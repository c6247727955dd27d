namespace ImrCite.Cli.Letters;

/// <summary>
/// The part of a line a finding quotes: the whole line when it is short, otherwise a window of
/// <see cref="Window"/> characters around the span, with "..." where it was cut — so a one-line letter of a
/// megabyte costs a few hundred characters per finding, not a copy of the line.
/// </summary>
public static class Snippet
{
    /// <summary>The most characters of a line a finding quotes.</summary>
    public const int Window = 200;

    /// <summary>How many characters before the span a cut window keeps.</summary>
    private const int Lead = 60;

    /// <summary>The quoted text for a span starting at <paramref name="spanStart"/> in the line [<paramref name="lineStart"/>, <paramref name="lineEnd"/>) of <paramref name="text"/>, and where the span starts in it.</summary>
    public static (string Text, int Start) Cut(string text, int lineStart, int lineEnd, int spanStart)
    {
        lineStart = Math.Clamp(lineStart, 0, text.Length);
        lineEnd = Math.Clamp(lineEnd, lineStart, text.Length);
        spanStart = Math.Clamp(spanStart, lineStart, lineEnd);
        if (lineEnd - lineStart <= Window)
        {
            return (text.Substring(lineStart, lineEnd - lineStart), spanStart - lineStart);
        }
        int from = Math.Max(lineStart, Math.Min(spanStart - Lead, lineEnd - Window));
        int to = Math.Min(lineEnd, from + Window);
        string before = from > lineStart ? "..." : "";
        string after = to < lineEnd ? "..." : "";
        return (before + text.Substring(from, to - from) + after, before.Length + spanStart - from);
    }
}
