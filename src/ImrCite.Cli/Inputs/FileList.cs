using ImrCite.Cli.Commands;

namespace ImrCite.Cli.Inputs;

/// <summary><c>--files-from FILE</c>: paths to lint, one per line (an object-store listing), <c>-</c> for standard input.</summary>
internal static class FileList
{
    /// <summary>
    /// The command line's paths followed by the list's; null (the problem reported) when the list cannot be read
    /// or standard input is asked for twice.
    /// </summary>
    public static IReadOnlyList<string>? Combine(string[] paths, string? list, CliConsole console)
    {
        var all = new List<string>(paths);
        if (list is null)
        {
            return all;
        }
        if (list == "-" && Array.IndexOf(paths, "-") >= 0)
        {
            console.Problem("standard input cannot be both a letter (-) and the list of files (--files-from -).");
            return null;
        }
        TextReader reader;
        if (list == "-")
        {
            reader = console.Input;
        }
        else if (FileKind.Of(list).Kind == FileKindValue.Regular)
        {
            reader = new StreamReader(list);
        }
        else
        {
            console.Problem(Directory.Exists(list)
                ? $"--files-from: {list}: is a folder; name a file that lists paths one per line (or give the folder itself as a path)."
                : $"--files-from: {list}: no such file.");
            return null;
        }
        using (list == "-" ? null : reader)
        {
            for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
            {
                if (line.Contains('\0', StringComparison.Ordinal))
                {
                    // A binary file named by mistake: its "lines" are not paths, and echoing them would garble the terminal.
                    console.Problem($"--files-from: {list}: binary data, not a list of paths (one per line).");
                    return null;
                }
                string path = line.Trim();
                if (path.Length > 0 && !path.StartsWith('#'))
                {
                    all.Add(path);
                }
            }
        }
        return all;
    }
}
