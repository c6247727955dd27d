namespace ImrCite.Cli.Baselines;

/// <summary>
/// A baseline: the findings a team has accepted, one per line — the fingerprint, then (tab-separated, for the
/// people who review the file) the rule id, the letter and what was found. Only the fingerprint is matched, so
/// older baselines of bare fingerprints read the same. A run with a baseline reports only findings it does not
/// list, and counts the findings it accepted and the entries that no longer match anything.
/// </summary>
public sealed class Baseline
{
    private const int SummaryLength = 160;

    private readonly Dictionary<string, string?> _letterOf;
    private readonly HashSet<string> _matched = new(StringComparer.Ordinal);

    private Baseline(Dictionary<string, string?> letterOf) => _letterOf = letterOf;

    /// <summary>The baseline that accepts nothing.</summary>
    public static Baseline None => new(new Dictionary<string, string?>(StringComparer.Ordinal));

    /// <summary>How many entries the file has.</summary>
    public int Count => _letterOf.Count;

    /// <summary>How many findings were accepted so far.</summary>
    public int Suppressed { get; private set; }

    /// <summary>True (and counted) when the baseline lists the finding's fingerprint.</summary>
    public bool Accepts(LetterFinding finding)
    {
        if (!_letterOf.ContainsKey(finding.Fingerprint))
        {
            return false;
        }
        _matched.Add(finding.Fingerprint);
        Suppressed++;
        return true;
    }

    /// <summary>
    /// The entries that matched no finding, counting only entries about the letters this run checked (named by
    /// <paramref name="lettersChecked"/>, file names without extension) and entries that name no letter (old
    /// baselines): a run over part of a corpus does not call the rest stale.
    /// </summary>
    public int Unmatched(IReadOnlySet<string> lettersChecked) =>
        _letterOf.Count(e => !_matched.Contains(e.Key) && (e.Value is null || lettersChecked.Contains(e.Value)));

    /// <summary>The letter key entries and fingerprints use: the file name without folder or extension.</summary>
    public static string LetterKey(string file) => TerminalText.Escape(Path.GetFileNameWithoutExtension(file));

    /// <summary>
    /// Reads a baseline file; null (the problem written to <paramref name="error"/>) when it does not exist, is a folder,
    /// or holds a line that is not an entry — a file other than a baseline would otherwise accept nothing, silently.
    /// </summary>
    public static Baseline? Read(string path, TextWriter error)
    {
        if (Directory.Exists(path))
        {
            error.WriteLine($"imrcite: --baseline {path}: is a folder; name the file --write-baseline wrote.");
            return null;
        }
        if (!File.Exists(path))
        {
            error.WriteLine($"imrcite: --baseline {path}: no such baseline file; write one with --write-baseline.");
            return null;
        }
        var entries = new Dictionary<string, string?>(StringComparer.Ordinal);
        int number = 0;
        foreach (string line in File.ReadLines(path))
        {
            number++;
            string text = line.Trim();
            if (text.Length == 0 || text.StartsWith('#'))
            {
                continue;
            }
            string[] fields = text.Split('\t');
            string fingerprint = fields[0].Trim();
            if (!IsFingerprint(fingerprint))
            {
                error.WriteLine($"imrcite: --baseline {path}({number}): not a baseline entry: each line is a fingerprint (hexadecimal), then rule, letter and finding, tab-separated; write the file with --write-baseline.");
                return null;
            }
            string? letter = fields.Length >= 3 && fields[2].Trim().Length > 0 ? fields[2].Trim() : null;
            entries.TryAdd(fingerprint, letter);
        }
        return new Baseline(entries);
    }

    private static bool IsFingerprint(string text) => text.Length is >= 8 and <= 128 && text.All(char.IsAsciiHexDigit);

    /// <summary>
    /// Writes one entry per distinct fingerprint, by letter, rule and fingerprint, atomically. Returns the number
    /// of entries, or -1 (the problem written to <paramref name="error"/>) when the file cannot be written.
    /// </summary>
    public static int Write(string path, IEnumerable<LetterFinding> findings, TextWriter error)
    {
        var entries = findings
            .Select(f => (Fingerprint: f.Fingerprint, Rule: f.Rule.Id, Letter: LetterKey(f.File), Summary: Summary(f.Message)))
            .OrderBy(e => e.Letter, StringComparer.Ordinal).ThenBy(e => e.Rule, StringComparer.Ordinal).ThenBy(e => e.Fingerprint, StringComparer.Ordinal)
            .DistinctBy(e => e.Fingerprint)
            .ToList();
        using var file = OutputFile.Open(path, TextWriter.Null, error, "--write-baseline");
        if (file is null)
        {
            return -1;
        }
        file.Writer.Write("# imrcite baseline: accepted findings, one per line: fingerprint, rule, letter, what was found (tab-separated).\n");
        file.Writer.Write("# Only the fingerprint is matched. Regenerate with: imrcite lint ... --write-baseline FILE\n");
        foreach (var (fingerprint, rule, letter, summary) in entries)
        {
            file.Writer.Write($"{fingerprint}\t{rule}\t{letter}\t{summary}\n");
        }
        file.Commit();
        return entries.Count;
    }

    private static string Summary(string message)
    {
        var text = new StringBuilder(Math.Min(message.Length, SummaryLength + 8));
        foreach (char c in message)
        {
            if (text.Length >= SummaryLength)
            {
                text.Append("...");
                break;
            }
            TerminalText.Append(text, c);
        }
        return text.ToString();
    }
}
