namespace ImrCite.Text;

/// <summary>
/// A located region of a text file: 0-based character offsets plus 1-based line and column numbers,
/// the form compilers and CI annotate (<c>file(line,col)</c>).
/// </summary>
/// <param name="path">The file path as given to the reader.</param>
/// <param name="start">0-based character offset of the first character.</param>
/// <param name="length">Length in characters.</param>
/// <param name="startLine">1-based line of the first character.</param>
/// <param name="startColumn">1-based column (in UTF-16 code units) of the first character.</param>
/// <param name="endLine">1-based line just past the region.</param>
/// <param name="endColumn">1-based column just past the region.</param>
#if IMRCITE_PUBLIC
public readonly struct TextLocation(string path, int start, int length, int startLine, int startColumn, int endLine, int endColumn) : IEquatable<TextLocation>
#else
internal readonly struct TextLocation(string path, int start, int length, int startLine, int startColumn, int endLine, int endColumn) : IEquatable<TextLocation>
#endif
{
    /// <summary>The file path as given to the reader.</summary>
    public string Path { get; } = path;

    /// <summary>0-based character offset of the first character.</summary>
    public int Start { get; } = start;

    /// <summary>Length in characters.</summary>
    public int Length { get; } = length;

    /// <summary>0-based character offset just past the last character.</summary>
    public int End => Start + Length;

    /// <summary>1-based line of the first character.</summary>
    public int StartLine { get; } = startLine;

    /// <summary>1-based column (in UTF-16 code units) of the first character.</summary>
    public int StartColumn { get; } = startColumn;

    /// <summary>1-based line just past the region.</summary>
    public int EndLine { get; } = endLine;

    /// <summary>1-based column just past the region.</summary>
    public int EndColumn { get; } = endColumn;

    /// <summary>True for the default value, which locates nothing.</summary>
    public bool IsNone => Path is null;

    /// <summary>Formats as <c>path(line,col)</c>, the MSBuild canonical form.</summary>
    public override string ToString() => IsNone ? "" : $"{Path}({StartLine},{StartColumn})";

    /// <inheritdoc />
    public bool Equals(TextLocation other) =>
        string.Equals(Path, other.Path, StringComparison.Ordinal) && Start == other.Start && Length == other.Length;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TextLocation other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => ((Path?.GetHashCode() ?? 0) * 31 + Start) * 31 + Length;
}
