namespace ImrCite.Cli.Output.Html;

/// <summary>
/// A report written as a folder (<c>-o report/</c>), as atomically as a folder can be: pages are written into a new
/// folder beside the target and the folder is renamed into place when the report is complete. A run that fails
/// leaves the previous report as it was. A folder that is in the way is replaced only when it is empty or is an
/// earlier report (it holds <see cref="Marker"/>), never a folder of anything else.
/// </summary>
internal sealed class ReportFolder : IDisposable
{
    /// <summary>The file that marks a folder as an imrcite report, so a later run may replace it.</summary>
    public const string Marker = ".imrcite-report";

    private readonly string _path;
    private readonly string _temporary;
    private bool _committed;

    private ReportFolder(string path, string temporary)
    {
        _path = path;
        _temporary = temporary;
    }

    /// <summary>True when <paramref name="output"/> names a folder: it ends with a slash or is an existing folder.</summary>
    public static bool IsFolder(string? output) =>
        output is { Length: > 0 } && output != "-" && (output.EndsWith('/') || output.EndsWith(Path.DirectorySeparatorChar) || Directory.Exists(output));

    /// <summary>Prepares to write a report folder at <paramref name="output"/>; null, with the problem on <paramref name="error"/>, when it cannot.</summary>
    public static ReportFolder? Open(string output, TextWriter error)
    {
        string full = Path.GetFullPath(output.TrimEnd('/', Path.DirectorySeparatorChar));
        string parent = Path.GetDirectoryName(full) ?? ".";
        if (!Directory.Exists(parent))
        {
            error.WriteLine($"imrcite: {output}: the folder {parent} does not exist.");
            return null;
        }
        if (File.Exists(full))
        {
            error.WriteLine($"imrcite: {output}: is a file; a report folder needs a new folder, an empty one or an earlier report.");
            return null;
        }
        if (Directory.Exists(full) && !File.Exists(Path.Combine(full, Marker)) && Directory.EnumerateFileSystemEntries(full).Any())
        {
            error.WriteLine($"imrcite: {output}: the folder holds files that are not an imrcite report; give a new folder, an empty one or an earlier report.");
            return null;
        }
        string temporary = Path.Combine(parent, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(temporary);
            File.WriteAllText(Path.Combine(temporary, Marker), "A report written by imrcite lint --format html; imrcite replaces this folder when asked to write the report again.\n");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"imrcite: {output}: cannot write ({ex.Message.TrimEnd('.')}).");
            return null;
        }
        return new ReportFolder(full, temporary);
    }

    /// <summary>Opens a file of the report for writing (UTF-8, <c>\n</c> line ends), creating its folder.</summary>
    public StreamWriter Create(string relativePath)
    {
        string file = Path.Combine(_temporary, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        return new StreamWriter(file, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16) { NewLine = "\n" };
    }

    /// <summary>Moves the complete report into place, replacing an earlier one.</summary>
    public void Commit()
    {
        string? old = null;
        if (Directory.Exists(_path))
        {
            old = Path.Combine(Path.GetDirectoryName(_path)!, $".{Path.GetFileName(_path)}.{Guid.NewGuid():N}.old");
            Directory.Move(_path, old);
        }
        Directory.Move(_temporary, _path);
        _committed = true;
        if (old is not null)
        {
            Directory.Delete(old, recursive: true);
        }
    }

    /// <summary>Removes the unfinished report when it was not committed.</summary>
    public void Dispose()
    {
        if (_committed)
        {
            return;
        }
        try
        {
            Directory.Delete(_temporary, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Best effort: the temporary folder is named so that it is recognisable.
        }
    }
}
