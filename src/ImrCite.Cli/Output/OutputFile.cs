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
    /// Opens <paramref name="path"/> for writing (null or "-": standard output). Returns null, with the problem written
    /// to <paramref name="error"/> under the name of the <paramref name="option"/> that gave the path, when the path
    /// is empty or a folder, or its folder does not exist or cannot be written.
    /// </summary>
    public static OutputFile? Open(string? path, TextWriter output, TextWriter error, string option = "--output")
    {
        if (path is null || path == "-")
        {
            return Standard(output);
        }
        if (Problem(path, option) is { } problem)
        {
            error.WriteLine("imrcite: " + problem);
            return null;
        }
        string full = Path.GetFullPath(path);
        string folder = Path.GetDirectoryName(full) ?? ".";
        string temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
            var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };
            return new OutputFile(writer, full, temporary);
        }
        catch (UnauthorizedAccessException)
        {
            // The message would name the temporary file; what the user can act on is the folder.
            error.WriteLine($"imrcite: {option} {path}: cannot write in the folder {folder} (permission denied); name a file in a folder you can write.");
            return null;
        }
        catch (IOException ex)
        {
            error.WriteLine($"imrcite: {option} {path}: cannot write ({ex.Message.TrimEnd('.')}).");
            return null;
        }
    }

    /// <summary>
    /// What is wrong with <paramref name="path"/> as a file for <paramref name="option"/> to write, found without
    /// writing anything (so a command can say so before it does its work), or null when nothing is.
    /// </summary>
    public static string? Problem(string path, string option)
    {
        if (path.Trim().Length == 0)
        {
            return $"{option}: the file name is empty; give a file to write (or - for standard output where the option allows it).";
        }
        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return $"{option} {path}: not a usable file name ({ex.Message.TrimEnd('.')}).";
        }
        string folder = Path.GetDirectoryName(full) ?? ".";
        if (!Directory.Exists(folder))
        {
            return $"{option} {path}: the folder {folder} does not exist; create it first or name a file in an existing folder.";
        }
        if (Directory.Exists(full))
        {
            return $"{option} {path}: is a folder; {option} names a file.";
        }
        return null;
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
