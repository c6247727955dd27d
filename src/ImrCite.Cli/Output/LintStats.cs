// Why this file is long (~400 lines): the corpus figures that stats, the JSON summary and the HTML report all
// read, counted in one place so the three agree; the small count types above LintStats are only its parts.
using System.Text.Json;

namespace ImrCite.Cli.Output;

/// <summary>Citations counted by outcome.</summary>
internal struct Outcomes
{
    /// <summary>Resolved and checked against the catalogue.</summary>
    public int Resolved;

    /// <summary>Recognised as part of a guideline the catalogue holds only in part; not checked.</summary>
    public int Unverified;

    /// <summary>Not resolved (a finding says why).</summary>
    public int Unresolved;

    /// <summary>All three.</summary>
    public readonly int Total => Resolved + Unverified + Unresolved;

    /// <summary>Counts one citation by its outcome's name in the JSON (<see cref="Names.Outcome"/>).</summary>
    public void Count(string outcome)
    {
        switch (outcome)
        {
            case "resolved": Resolved++; break;
            case "unverified": Unverified++; break;
            default: Unresolved++; break;
        }
    }
}

/// <summary>One letter's figures.</summary>
internal sealed class LetterFigures
{
    /// <summary>Disputed items.</summary>
    public int Items { get; set; }

    /// <summary>Citations by outcome.</summary>
    public Outcomes Citations;

    /// <summary>Findings at error severity.</summary>
    public int Errors { get; set; }

    /// <summary>Findings at warning severity.</summary>
    public int Warnings { get; set; }

    /// <summary>Findings at note severity.</summary>
    public int Notes { get; set; }
}

/// <summary>A rule's findings by severity.</summary>
internal readonly record struct RuleCounts(int Errors, int Warnings, int Notes)
{
    /// <summary>All three.</summary>
    public int Total => Errors + Warnings + Notes;
}

/// <summary>A name (a citation as written, a document or section id) and how often it is used.</summary>
internal readonly record struct NameUse(string Name, int Citations, int Letters);

/// <summary>
/// The corpus figures of a lint run, one implementation for <c>imrcite stats</c> (fed the JSON output of
/// <c>lint --format json</c>) and the HTML report's summary (fed the letter reports as they are checked): both
/// reduce what they read to the same rows — a letter and its disputed items, a citation (file, role, outcome,
/// name, disputed item, document, section), a finding (file, rule, severity) — with the names the JSON uses
/// (<see cref="Names"/>), so the two agree by construction. Memory is a small row per letter and per name.
/// </summary>
internal sealed class LintStats
{
    private readonly SortedDictionary<string, LetterFigures> _letters = new(StringComparer.Ordinal);
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, RuleCounts> _rules = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _unresolvedNames = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, HashSet<string>> _unverifiedNames = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Outcomes> _byRole = new(StringComparer.Ordinal);
    private readonly HashSet<(string File, string Item, string Role)> _statements = new();
    private readonly Dictionary<string, (int Citations, HashSet<string> Letters)> _documents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Citations, HashSet<string> Letters)> _sections = new(StringComparer.Ordinal);

    /// <summary>Adds one lint JSON output (docs/cli.md, "JSON").</summary>
    public void Add(JsonElement root)
    {
        foreach (var summary in root.GetProperty("summary").EnumerateArray())
        {
            AddLetter(summary.GetProperty("file").GetString()!, summary.GetProperty("disputedItems").GetInt32());
        }
        foreach (var citation in root.GetProperty("citations").EnumerateArray())
        {
            string outcome = citation.TryGetProperty("outcome", out var o) && o.ValueKind == JsonValueKind.String ? o.GetString()!
                : citation.GetProperty("document").ValueKind == JsonValueKind.Null ? "unresolved" : "resolved";
            string name = citation.TryGetProperty("display", out var display) && display.ValueKind == JsonValueKind.String
                ? display.GetString()! : ImrCite.Citations.CitationText.OneLine(citation.GetProperty("text").GetString() ?? "", int.MaxValue);
            AddCitation(citation.GetProperty("file").GetString()!, citation.GetProperty("role").GetString()!, outcome, name,
                String(citation, "disputedItem"), String(citation, "document"), String(citation, "section"));
        }
        foreach (var finding in root.GetProperty("findings").EnumerateArray())
        {
            AddFinding(finding.GetProperty("file").GetString()!, finding.GetProperty("ruleId").GetString()!, finding.GetProperty("severity").GetString()!);
        }
    }

    /// <summary>
    /// Adds one letter report as the JSON output would show it: its summary row when it is a letter that was read
    /// (<paramref name="isLetter"/>), its citations and its findings.
    /// </summary>
    public void Add(LetterReport report, bool isLetter)
    {
        if (isLetter)
        {
            AddLetter(report.File, report.Items.Count);
        }
        foreach (var citation in report.Citations)
        {
            AddCitation(citation.File, Names.Role(citation.Role), Names.Outcome(citation.Outcome), citation.Display, citation.DisputedItem,
                citation.Resolved?.Document.Id, citation.Resolved?.Section?.FullId);
        }
        foreach (var finding in report.Findings)
        {
            AddFinding(finding.File, finding.Rule.Id, Names.Severity(finding.Severity));
        }
    }

    private static string? String(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private void AddLetter(string file, int disputedItems)
    {
        _read.Add(file);
        Letter(file).Items += disputedItems;
    }

    private void AddCitation(string file, string role, string outcome, string name, string? disputedItem, string? document, string? section)
    {
        Letter(file).Citations.Count(outcome);
        var byRole = _byRole.TryGetValue(role, out var existing) ? existing : default;
        byRole.Count(outcome);
        _byRole[role] = byRole;
        if (role is "maximus" or "claims_administrator" && disputedItem is not null)
        {
            _statements.Add((file, disputedItem, role));
        }
        if (outcome != "resolved")
        {
            var names = outcome == "unverified" ? _unverifiedNames : _unresolvedNames;
            if (!names.TryGetValue(name, out var letters))
            {
                names.Add(name, letters = new HashSet<string>(StringComparer.Ordinal));
            }
            letters.Add(file);
        }
        Use(_documents, document, file);
        Use(_sections, section, file);
    }

    private static void Use(Dictionary<string, (int Citations, HashSet<string> Letters)> uses, string? id, string file)
    {
        if (id is null)
        {
            return;
        }
        if (!uses.TryGetValue(id, out var use))
        {
            use = (0, new HashSet<string>(StringComparer.Ordinal));
        }
        use.Letters.Add(file);
        uses[id] = (use.Citations + 1, use.Letters);
    }

    private void AddFinding(string file, string rule, string severity)
    {
        var letter = Letter(file);
        var counts = _rules.TryGetValue(rule, out var c) ? c : default;
        switch (severity)
        {
            case "error": letter.Errors++; counts = counts with { Errors = counts.Errors + 1 }; break;
            case "warning": letter.Warnings++; counts = counts with { Warnings = counts.Warnings + 1 }; break;
            default: letter.Notes++; counts = counts with { Notes = counts.Notes + 1 }; break;
        }
        _rules[rule] = counts;
    }

    private LetterFigures Letter(string file)
    {
        if (!_letters.TryGetValue(file, out var figures))
        {
            _letters.Add(file, figures = new LetterFigures());
        }
        return figures;
    }

    /// <summary>Letters (and inputs with a finding that says why they were not read).</summary>
    public int Letters => _letters.Count;

    /// <summary>Letters read: those with a summary row in the JSON.</summary>
    public int LettersRead => _read.Count;

    /// <summary>Disputed items.</summary>
    public int DisputedItems => _letters.Values.Sum(l => l.Items);

    /// <summary>Guideline statements (claims administrator's or MAXIMUS's, per disputed item) that cite something.</summary>
    public int StatementsCited => _statements.Count;

    /// <summary>Citations by outcome.</summary>
    public Outcomes Citations
    {
        get
        {
            var all = default(Outcomes);
            foreach (var letter in _letters.Values)
            {
                all.Resolved += letter.Citations.Resolved;
                all.Unverified += letter.Citations.Unverified;
                all.Unresolved += letter.Citations.Unresolved;
            }
            return all;
        }
    }

    /// <summary>Citations by role (<see cref="Names.Role"/>) and outcome, by role name.</summary>
    public IEnumerable<(string Role, Outcomes Outcomes)> CitationsByRole => _byRole.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value));

    /// <summary>Letters with a finding at error severity.</summary>
    public int LettersWithErrors => _letters.Values.Count(l => l.Errors > 0);

    /// <summary>Findings at error severity.</summary>
    public int Errors => _letters.Values.Sum(l => l.Errors);

    /// <summary>Findings at warning severity.</summary>
    public int Warnings => _letters.Values.Sum(l => l.Warnings);

    /// <summary>Findings at note severity.</summary>
    public int Notes => _letters.Values.Sum(l => l.Notes);

    /// <summary>Findings by rule id, in id order.</summary>
    public IEnumerable<(string Rule, RuleCounts Counts)> FindingsByRule => _rules.Select(p => (p.Key, p.Value));

    /// <summary>Each letter's figures, in path order.</summary>
    public IEnumerable<(string File, LetterFigures Figures)> PerLetter => _letters.Select(p => (p.Key, p.Value));

    /// <summary>The citations that did not resolve, as written, by how many letters use them (most first).</summary>
    public IReadOnlyList<NameUse> UnresolvedNames(int top) => Ranked(_unresolvedNames, top);

    /// <summary>The unverified citations (topics the catalogue lacks), as written, by how many letters use them.</summary>
    public IReadOnlyList<NameUse> UnverifiedNames(int top) => Ranked(_unverifiedNames, top);

    /// <summary>The documents most cited (by citations, then letters), by id.</summary>
    public IReadOnlyList<NameUse> MostCitedDocuments(int top) => MostCited(_documents, top);

    /// <summary>The sections most cited, by full id.</summary>
    public IReadOnlyList<NameUse> MostCitedSections(int top) => MostCited(_sections, top);

    private static IReadOnlyList<NameUse> Ranked(Dictionary<string, HashSet<string>> names, int top) =>
        names.Select(pair => new NameUse(pair.Key, 0, pair.Value.Count)).OrderByDescending(p => p.Letters).ThenBy(p => p.Name, StringComparer.Ordinal).Take(top).ToList();

    private static IReadOnlyList<NameUse> MostCited(Dictionary<string, (int Citations, HashSet<string> Letters)> uses, int top) =>
        uses.Select(pair => new NameUse(pair.Key, pair.Value.Citations, pair.Value.Letters.Count))
            .OrderByDescending(u => u.Citations).ThenByDescending(u => u.Letters).ThenBy(u => u.Name, StringComparer.Ordinal).Take(top).ToList();

    private static string Percent(int part, int whole) => whole == 0 ? "-" : (100.0 * part / whole).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " %";

    /// <summary>The text <c>imrcite stats</c> prints.</summary>
    public void WriteText(TextWriter output, int top)
    {
        var all = Citations;
        var maximus = _byRole.TryGetValue("maximus", out var m) ? m : default;
        output.WriteLine($"Letters: {Letters}; disputed items: {DisputedItems}; guideline statements cited: {StatementsCited}");
        output.WriteLine($"Citations: {all.Total}; resolved {all.Resolved} ({Percent(all.Resolved, all.Total)}), unverified {all.Unverified} ({Percent(all.Unverified, all.Total)}), unresolved {all.Unresolved} ({Percent(all.Unresolved, all.Total)})");
        output.WriteLine($"MAXIMUS citations: {maximus.Total}; resolved {maximus.Resolved} ({Percent(maximus.Resolved, maximus.Total)}), unverified {maximus.Unverified}, unresolved {maximus.Unresolved}");
        output.WriteLine($"Letters with an error finding: {LettersWithErrors} of {Letters}; error findings: {Errors}, warnings: {Warnings}, notes: {Notes}");
        output.WriteLine();
        output.WriteLine("Findings by rule (errors / warnings / notes):");
        foreach (var (rule, counts) in _rules)
        {
            output.WriteLine($"  {rule}: {counts.Errors} / {counts.Warnings} / {counts.Notes}");
        }
        output.WriteLine();
        output.WriteLine("Per letter (items; citations resolved / unverified / unresolved; errors, warnings):");
        foreach (var (file, letter) in _letters)
        {
            output.WriteLine($"  {file}: {letter.Items}; {letter.Citations.Resolved} / {letter.Citations.Unverified} / {letter.Citations.Unresolved}; {letter.Errors}, {letter.Warnings}");
        }
        WriteNames(output, "Unresolved names, by letters using them:", UnresolvedNames(top));
        WriteNames(output, "Unverified names (not in the catalogue), by letters using them:", UnverifiedNames(top));
        WriteUses(output, "Most-cited documents (citations, letters):", MostCitedDocuments(top));
        WriteUses(output, "Most-cited sections (citations, letters):", MostCitedSections(top));
    }

    private static void WriteNames(TextWriter output, string heading, IReadOnlyList<NameUse> names)
    {
        if (names.Count == 0)
        {
            return;
        }
        output.WriteLine();
        output.WriteLine(heading);
        foreach (var name in names)
        {
            output.WriteLine($"  {name.Letters,4}  {name.Name}");
        }
    }

    private static void WriteUses(TextWriter output, string heading, IReadOnlyList<NameUse> uses)
    {
        if (uses.Count == 0)
        {
            return;
        }
        output.WriteLine();
        output.WriteLine(heading);
        foreach (var use in uses)
        {
            output.WriteLine($"  {use.Citations,4} {use.Letters,4}  {use.Name}");
        }
    }

    /// <summary>The JSON <c>imrcite stats --format json</c> prints.</summary>
    public void WriteJson(TextWriter output, int top)
    {
        using var json = new JsonOutput(output);
        var writer = json.Writer;
        writer.WriteStartObject();
        writer.WriteNumber("letters", Letters);
        writer.WriteNumber("disputedItems", DisputedItems);
        writer.WriteNumber("statementsCited", StatementsCited);
        WriteOutcomes(writer, "citations", Citations);
        writer.WriteStartObject("citationsByRole");
        foreach (var (role, outcomes) in CitationsByRole)
        {
            WriteOutcomes(writer, role, outcomes);
        }
        writer.WriteEndObject();
        writer.WriteNumber("lettersWithErrors", LettersWithErrors);
        writer.WriteStartObject("findingsByRule");
        foreach (var (rule, counts) in _rules)
        {
            writer.WriteStartObject(rule);
            writer.WriteNumber("errors", counts.Errors);
            writer.WriteNumber("warnings", counts.Warnings);
            writer.WriteNumber("notes", counts.Notes);
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
        writer.WriteStartArray("perLetter");
        foreach (var (file, letter) in _letters)
        {
            writer.WriteStartObject();
            writer.WriteString("file", file);
            writer.WriteNumber("disputedItems", letter.Items);
            WriteOutcomes(writer, "citations", letter.Citations);
            writer.WriteNumber("errors", letter.Errors);
            writer.WriteNumber("warnings", letter.Warnings);
            writer.WriteNumber("notes", letter.Notes);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        WriteNamesJson(writer, "unresolvedNames", UnresolvedNames(top));
        WriteNamesJson(writer, "unverifiedNames", UnverifiedNames(top));
        WriteUsesJson(writer, "mostCitedDocuments", "document", MostCitedDocuments(top));
        WriteUsesJson(writer, "mostCitedSections", "section", MostCitedSections(top));
        writer.WriteEndObject();
        json.Complete();
    }

    private static void WriteOutcomes(Utf8JsonWriter writer, string name, Outcomes outcomes)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("resolved", outcomes.Resolved);
        writer.WriteNumber("unverified", outcomes.Unverified);
        writer.WriteNumber("unresolved", outcomes.Unresolved);
        writer.WriteEndObject();
    }

    private static void WriteNamesJson(Utf8JsonWriter writer, string property, IReadOnlyList<NameUse> names)
    {
        writer.WriteStartArray(property);
        foreach (var name in names)
        {
            writer.WriteStartObject();
            writer.WriteString("name", name.Name);
            writer.WriteNumber("letters", name.Letters);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    private static void WriteUsesJson(Utf8JsonWriter writer, string property, string key, IReadOnlyList<NameUse> uses)
    {
        writer.WriteStartArray(property);
        foreach (var use in uses)
        {
            writer.WriteStartObject();
            writer.WriteString(key, use.Name);
            writer.WriteNumber("citations", use.Citations);
            writer.WriteNumber("letters", use.Letters);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }
}
