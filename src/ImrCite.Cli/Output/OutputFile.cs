namespace ImrCite.Cli.Output;

/// <summary>
/// Where a command's result goes: standard output, or the file <c>--output FILE</c> names, written atomically —
/// into a temporary file beside it, renamed over it only when the command has written everything. A run that
/// fails or is killed half-way leaves the previous file as it was (and no temporary file when it fails).
/// </summary>
internal sealed class OutputFile : IDisposable
{
    private readonly string? _path;
    private readonly string? _temporary;
    private bool _committed;

    private OutputFile(TextWriter writer, string? path, string? temporary)
    {
        Writer = writer;
        _path = path;
        _temporary = temporary;
    }

    /// <summary>The writer to write the result to.</summary>
    public TextWriter Writer { get; }

    /// <summary>True when the result goes to a file (no colour, no terminal).</summary>
    public bool IsFile => _path is not null;

    /// <summary>Standard output (or the writer a test passed in).</summary>
    public static OutputFile Standard(TextWriter output) => new(output, null, null);

    /// <summary>
    /// Opens <paramref name="path"/> for writing (null: standard output). Returns null, with the problem written
    /// to <paramref name="error"/>, when its folder does not exist or cannot be written.
    /// </summary>
    public static OutputFile? Open(string? path, TextWriter output, TextWriter error)
    {
        if (path is null || path == "-")
        {
            return Standard(output);
        }
        string full = Path.GetFullPath(path);
        string folder = Path.GetDirectoryName(full) ?? ".";
        if (!Directory.Exists(folder))
        {
            error.WriteLine($"imrcite: {path}: the folder {folder} does not exist.");
            return null;
        }
        if (Directory.Exists(full))
        {
            error.WriteLine($"imrcite: {path}: is a folder; --output names a file.");
            return null;
        }
        string temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
            var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };
            return new OutputFile(writer, full, temporary);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"imrcite: {path}: cannot write ({ex.Message.TrimEnd('.')}).");
            return null;
        }
    }

    /// <summary>Flushes the result and, for a file, renames it into place.</summary>
    public void Commit()
    {
        Writer.Flush();
        if (_path is null || _temporary is null)
        {
            return;
        }
        Writer.Dispose();
        File.Move(_temporary, _path, overwrite: true);
        _committed = true;
    }

    /// <summary>Closes the file; an uncommitted temporary file is removed.</summary>
    public void Dispose()
    {
        if (_temporary is null || _committed)
        {
            return;
        }
        Writer.Dispose();
        try
        {
            File.Delete(_temporary);
        }
        catch (IOException)
        {
            // Best effort: the temporary file is named so that it is recognisable.
        }
    }
}
