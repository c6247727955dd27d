namespace ImrCite.Cli.Configuration;

/// <summary>
/// The outline of an .editorconfig or .globalconfig file — its preamble and its sections with their keys, in
/// order — for saying where a severity came from and for warnings about settings. Severities themselves come
/// from Roslyn's <c>AnalyzerConfigSet</c>, which does not expose sections; this outline only names them.
/// </summary>
internal sealed class ConfigFileOutline
{
    private ConfigFileOutline(string path, Dictionary<string, string> preamble, List<(string Name, List<(string Key, string Value)> Properties)> sections)
    {
        Path = path;
        Preamble = preamble;
        Sections = sections;
    }

    /// <summary>The file's full path.</summary>
    public string Path { get; }

    /// <summary>The keys before the first section (<c>root</c>, <c>is_global</c>).</summary>
    public Dictionary<string, string> Preamble { get; }

    /// <summary>The sections, in order, each with its keys (lower case, as Roslyn reads them) in order.</summary>
    public List<(string Name, List<(string Key, string Value)> Properties)> Sections { get; }

    /// <summary>True for a global config: named .globalconfig, or <c>is_global = true</c>.</summary>
    public bool IsGlobal =>
        string.Equals(System.IO.Path.GetFileName(Path), ".globalconfig", StringComparison.Ordinal)
        || (Preamble.TryGetValue("is_global", out string? value) && string.Equals(value, "true", StringComparison.OrdinalIgnoreCase));

    /// <summary>True when the file says <c>root = true</c>: files in folders above it are not read.</summary>
    public bool IsRoot => Preamble.TryGetValue("root", out string? value) && string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The folder the file's sections are relative to.</summary>
    public string Folder => System.IO.Path.GetDirectoryName(Path) ?? "";

    /// <summary>Outlines <paramref name="text"/>: lines <c>[section]</c> and <c>key = value</c>; <c>#</c> and <c>;</c> start comments.</summary>
    public static ConfigFileOutline Read(string path, string text)
    {
        var preamble = new Dictionary<string, string>(StringComparer.Ordinal);
        var sections = new List<(string, List<(string, string)>)>();
        List<(string, string)>? current = null;
        foreach (string raw in text.Split('\n'))
        {
            string line = raw.Trim();
            if (line.Length == 0 || line[0] is '#' or ';')
            {
                continue;
            }
            if (line[0] == '[' && line[^1] == ']')
            {
                current = new List<(string, string)>();
                sections.Add((line[1..^1], current));
                continue;
            }
            int equals = line.IndexOfAny(new[] { '=', ':' });
            if (equals <= 0)
            {
                continue;
            }
            string key = line[..equals].Trim().ToLowerInvariant();
            string value = line[(equals + 1)..].Trim();
            if (current is null)
            {
                preamble[key] = value;
            }
            else
            {
                current.Add((key, value));
            }
        }
        return new ConfigFileOutline(path, preamble, sections);
    }

    /// <summary>Reads and outlines a file.</summary>
    public static ConfigFileOutline Load(string path) => Read(path, File.ReadAllText(path));
}
