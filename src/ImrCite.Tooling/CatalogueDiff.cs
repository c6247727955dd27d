using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ImrCite.Catalogue;
using ImrCite.Diagnostics;

namespace ImrCite.Tooling;

/// <summary>One side of a catalogue comparison: a set of catalogue files held in memory.</summary>
public sealed class CatalogueSnapshot
{
    private CatalogueSnapshot(string name, IReadOnlyList<(string Path, string Text)> files)
    {
        Name = name;
        Files = files;
    }

    /// <summary>A label for reports (a folder, a git revision).</summary>
    public string Name { get; }

    /// <summary>The catalogue files: path and text.</summary>
    public IReadOnlyList<(string Path, string Text)> Files { get; }

    /// <summary>Reads catalogue files from disk: files, or folders searched recursively for <c>*.imrcite.json</c>.</summary>
    /// <param name="name">A label for reports.</param>
    /// <param name="paths">Files or folders.</param>
    public static CatalogueSnapshot FromPaths(string name, IEnumerable<string> paths)
    {
        var files = new List<(string, string)>();
        foreach (string file in CatalogueFiles.Expand(paths))
        {
            files.Add((file, File.ReadAllText(file)));
        }
        return new CatalogueSnapshot(name, files);
    }

    /// <summary>Uses catalogue texts held in memory (for example read from a git revision with <c>git show REV:path</c>).</summary>
    /// <param name="name">A label for reports.</param>
    /// <param name="files">Path (must end in <c>.imrcite.json</c>) and text of each file.</param>
    public static CatalogueSnapshot FromTexts(string name, params (string Path, string Text)[] files) =>
        new CatalogueSnapshot(name, files.ToList());
}

/// <summary>What changed about a document or section.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CatalogueChangeKind>))]
public enum CatalogueChangeKind
{
    /// <summary>A document is new.</summary>
    DocumentAdded,
    /// <summary>A document was removed (its generated class is lost).</summary>
    DocumentRemoved,
    /// <summary>A document kept its id and changed its title.</summary>
    DocumentRenamed,
    /// <summary>A document gained a <c>supersededBy</c>.</summary>
    DocumentSuperseded,
    /// <summary>A section is new.</summary>
    SectionAdded,
    /// <summary>A section was removed.</summary>
    SectionRemoved,
    /// <summary>A section kept its id and changed its title.</summary>
    SectionRenamed,
    /// <summary>A section's pages or their provenance changed.</summary>
    SectionRepaged,
    /// <summary>A section gained a <c>supersededBy</c>.</summary>
    SectionSuperseded,
    /// <summary>A document gained an alias: letter text that writes it now cites the document.</summary>
    DocumentAliasAdded,
    /// <summary>A document lost an alias: letter text that writes it no longer cites the document.</summary>
    DocumentAliasRemoved,
    /// <summary>A section gained an alias: letter text that writes it now cites the section.</summary>
    SectionAliasAdded,
    /// <summary>A section lost an alias: letter text that writes it no longer cites the section.</summary>
    SectionAliasRemoved,
    /// <summary>A document's <c>versionDate</c> changed, was set or was removed: which dated citation picks it.</summary>
    DocumentVersionDateChanged,
    /// <summary>A document's declared scope of care (<c>addresses</c>) changed: what a whole-guideline citation is checked against.</summary>
    DocumentScopeChanged,
    /// <summary>A section's <c>addresses</c> changed: what a citation of the section is checked against (IMR0200).</summary>
    SectionScopeChanged,
}

/// <summary>One change between two catalogues.</summary>
/// <param name="Kind">What changed.</param>
/// <param name="Id">The document id, or the section's full id (<c>document/section</c>).</param>
/// <param name="Old">The old value (title, pages and provenance, successor, alias), or null.</param>
/// <param name="New">The new value, or null.</param>
public sealed record CatalogueChange(CatalogueChangeKind Kind, string Id, string? Old, string? New)
{
    /// <summary>A one-line description.</summary>
    public string Describe() => Kind switch
    {
        CatalogueChangeKind.DocumentAdded => $"document added: {Id} \"{New}\"",
        CatalogueChangeKind.DocumentRemoved => $"document removed: {Id} \"{Old}\"",
        CatalogueChangeKind.DocumentRenamed => $"document renamed: {Id} \"{Old}\" -> \"{New}\"",
        CatalogueChangeKind.DocumentSuperseded => $"document superseded: {Id} by {New}",
        CatalogueChangeKind.SectionAdded => $"section added: {Id} \"{New}\"",
        CatalogueChangeKind.SectionRemoved => $"section removed: {Id} \"{Old}\"",
        CatalogueChangeKind.SectionRenamed => $"section renamed: {Id} \"{Old}\" -> \"{New}\"",
        CatalogueChangeKind.SectionRepaged => $"section re-paged: {Id} {Old} -> {New}",
        CatalogueChangeKind.SectionSuperseded => $"section superseded: {Id} by {New}",
        CatalogueChangeKind.DocumentAliasAdded => $"document alias added: {Id} \"{New}\"",
        CatalogueChangeKind.DocumentAliasRemoved => $"document alias removed: {Id} \"{Old}\"",
        CatalogueChangeKind.SectionAliasAdded => $"section alias added: {Id} \"{New}\"",
        CatalogueChangeKind.SectionAliasRemoved => $"section alias removed: {Id} \"{Old}\"",
        CatalogueChangeKind.DocumentVersionDateChanged => $"document version date changed: {Id} {Old ?? "none"} -> {New ?? "none"}",
        CatalogueChangeKind.DocumentScopeChanged => $"document scope changed: {Id} {Old} -> {New}",
        CatalogueChangeKind.SectionScopeChanged => $"section scope changed: {Id} {Old} -> {New}",
        _ => $"{Kind}: {Id}",
    };
}

/// <summary>How a generated member changed.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ApiChangeKind>))]
public enum ApiChangeKind
{
    /// <summary>The member is gone: code that uses it no longer compiles (breaking).</summary>
    Removed,
    /// <summary>The member is new (not breaking).</summary>
    Added,
    /// <summary>The member now carries <c>[Obsolete]</c>: users get a warning (not breaking unless warnings are errors).</summary>
    BecameObsolete,
}

/// <summary>A change to the generated API.</summary>
/// <param name="Kind">How it changed.</param>
/// <param name="Path">The member's path (<c>ImrCite.Guidelines.Mtus.ChronicPain.Opioids</c>).</param>
/// <param name="MemberKind">class, const, property, method or field.</param>
/// <param name="ObsoleteMessage">For <see cref="ApiChangeKind.BecameObsolete"/>, the message users will see.</param>
public sealed record ApiChange(ApiChangeKind Kind, string Path, string MemberKind, string? ObsoleteMessage)
{
    /// <summary>True when the change breaks code that uses the member.</summary>
    public bool IsBreaking => Kind == ApiChangeKind.Removed;
}

/// <summary>Options of <see cref="CatalogueDiffer.Compare"/>.</summary>
public sealed class CatalogueDiffOptions
{
    /// <summary>The decision date given to the generator (<c>ImrCiteAsOf</c>): records superseded on or before it become <c>[Obsolete]</c>. Default: today.</summary>
    public GuidelineDate AsOf { get; init; } = GuidelineDate.FromDateTime(DateTime.Today);

    /// <summary>False to skip running the generator (faster; no API changes reported).</summary>
    public bool IncludeGeneratedApi { get; init; } = true;
}

/// <summary>The result of comparing two catalogues.</summary>
/// <param name="OldName">The old catalogue's label.</param>
/// <param name="NewName">The new catalogue's label.</param>
/// <param name="AsOf">The decision date used for obsolescence.</param>
/// <param name="Changes">Document and section changes, documents first, each in id order.</param>
/// <param name="ApiChanges">Changes to the generated API, in path order: removed, then added, then newly obsolete.</param>
/// <param name="OldDiagnostics">What loading the old catalogue found (located); a diff of broken catalogues may be incomplete.</param>
/// <param name="NewDiagnostics">What loading the new catalogue found (located).</param>
public sealed record CatalogueDiffResult(
    string OldName, string NewName, GuidelineDate AsOf, IReadOnlyList<CatalogueChange> Changes, IReadOnlyList<ApiChange> ApiChanges,
    IReadOnlyList<ImrDiagnostic> OldDiagnostics, IReadOnlyList<ImrDiagnostic> NewDiagnostics)
{
    /// <summary>The generated members a consumer loses (breaking).</summary>
    public IEnumerable<ApiChange> RemovedMembers => ApiChanges.Where(c => c.Kind == ApiChangeKind.Removed);

    /// <summary>The generated members a consumer gains.</summary>
    public IEnumerable<ApiChange> AddedMembers => ApiChanges.Where(c => c.Kind == ApiChangeKind.Added);

    /// <summary>The generated members that became <c>[Obsolete]</c>.</summary>
    public IEnumerable<ApiChange> ObsoletedMembers => ApiChanges.Where(c => c.Kind == ApiChangeKind.BecameObsolete);

    /// <summary>True when a generated member is removed.</summary>
    public bool IsBreaking => ApiChanges.Any(c => c.IsBreaking);

    /// <summary>True when nothing changed.</summary>
    public bool IsEmpty => Changes.Count == 0 && ApiChanges.Count == 0;

    /// <summary>A human-readable report.</summary>
    public string ToText()
    {
        var text = new StringBuilder();
        text.Append("Catalogue diff ").Append(OldName).Append(" -> ").Append(NewName).Append(" (as of ").Append(AsOf.ToString()).Append(")\n");
        if (IsEmpty)
        {
            text.Append("No changes.\n");
        }
        if (Changes.Count > 0)
        {
            text.Append("\nCatalogue changes:\n");
            foreach (var change in Changes)
            {
                text.Append("  ").Append(change.Describe()).Append('\n');
            }
        }
        AppendApi(text, "Breaking: generated members removed", RemovedMembers, false);
        AppendApi(text, "Generated members added", AddedMembers, false);
        AppendApi(text, "Generated members now [Obsolete]", ObsoletedMembers, true);
        if (OldDiagnostics.Count > 0 || NewDiagnostics.Count > 0)
        {
            text.Append("\nDiagnostics (").Append(OldDiagnostics.Count).Append(" old, ").Append(NewDiagnostics.Count).Append(" new):\n");
            foreach (var diagnostic in OldDiagnostics.Concat(NewDiagnostics))
            {
                text.Append("  ").Append(diagnostic.ToString()).Append('\n');
            }
        }
        return text.ToString();
    }

    private static void AppendApi(StringBuilder text, string title, IEnumerable<ApiChange> changes, bool withMessage)
    {
        var list = changes.ToList();
        if (list.Count == 0)
        {
            return;
        }
        text.Append('\n').Append(title).Append(" (").Append(list.Count).Append("):\n");
        foreach (var change in list)
        {
            text.Append("  ").Append(change.Path);
            if (withMessage && !string.IsNullOrEmpty(change.ObsoleteMessage))
            {
                text.Append(": ").Append(change.ObsoleteMessage);
            }
            text.Append('\n');
        }
    }

    /// <summary>
    /// The report as JSON: <c>{ "old", "new", "asOf", "breaking", "changes": [{ "kind", "id", "old", "new" }],
    /// "api": [{ "kind", "path", "memberKind", "obsoleteMessage" }], "diagnostics": [{ "side", "id", "severity", "message", "path", "line", "column" }] }</c>.
    /// </summary>
    public string ToJson()
    {
        var model = new JsonReport(
            OldName, NewName, AsOf.ToString(), IsBreaking, Changes, ApiChanges,
            OldDiagnostics.Select(d => JsonDiagnostic.From("old", d)).Concat(NewDiagnostics.Select(d => JsonDiagnostic.From("new", d))).ToList());
        return JsonSerializer.Serialize(model, JsonOptions) + "\n";
    }

    private static readonly JsonSerializerOptions JsonOptions = new JsonSerializerOptions
    {
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private sealed record JsonReport(string Old, string New, string AsOf, bool Breaking, IReadOnlyList<CatalogueChange> Changes, IReadOnlyList<ApiChange> Api, IReadOnlyList<JsonDiagnostic> Diagnostics);

    private sealed record JsonDiagnostic(string Side, string Id, string Severity, string Message, string? Path, int Line, int Column)
    {
        public static JsonDiagnostic From(string side, ImrDiagnostic d) =>
            new JsonDiagnostic(side, d.Id, d.Severity.ToString().ToLowerInvariant(), d.Message, d.Location.IsNone ? null : d.Location.Path, d.Location.StartLine, d.Location.StartColumn);
    }
}

/// <summary>Compares two catalogues: their documents and sections, and the generated API a consumer gains or loses.</summary>
public static class CatalogueDiffer
{
    /// <summary>
    /// Compares <paramref name="oldCatalogue"/> with <paramref name="newCatalogue"/>. Records are matched by id
    /// (documents by id, sections by full id), so a retitled record is a rename, and a changed id is a removal
    /// plus an addition. The generator is run on both sides to list generated members removed (breaking), added,
    /// and newly <c>[Obsolete]</c> as of <see cref="CatalogueDiffOptions.AsOf"/>.
    /// </summary>
    /// <param name="oldCatalogue">The catalogue before the change.</param>
    /// <param name="newCatalogue">The catalogue after the change.</param>
    /// <param name="options">Options, or null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the generator runs.</param>
    public static CatalogueDiffResult Compare(CatalogueSnapshot oldCatalogue, CatalogueSnapshot newCatalogue, CatalogueDiffOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new CatalogueDiffOptions();
        var oldLoaded = CatalogueLoader.FromText(oldCatalogue.Files.ToArray());
        var newLoaded = CatalogueLoader.FromText(newCatalogue.Files.ToArray());
        var changes = CompareRecords(oldLoaded.Catalogue, newLoaded.Catalogue);
        var api = new List<ApiChange>();
        if (options.IncludeGeneratedApi)
        {
            var before = GeneratedApi.Collect(oldCatalogue.Files, options.AsOf, cancellationToken);
            var after = GeneratedApi.Collect(newCatalogue.Files, options.AsOf, cancellationToken);
            api.AddRange(before.Values.Where(m => !after.ContainsKey(m.Path)).Select(m => new ApiChange(ApiChangeKind.Removed, m.Path, m.Kind, null)));
            api.AddRange(after.Values.Where(m => !before.ContainsKey(m.Path)).Select(m => new ApiChange(ApiChangeKind.Added, m.Path, m.Kind, null)));
            api.AddRange(after.Values
                .Where(m => m.IsObsolete && (!before.TryGetValue(m.Path, out var old) || !old.IsObsolete))
                .Select(m => new ApiChange(ApiChangeKind.BecameObsolete, m.Path, m.Kind, m.ObsoleteMessage)));
        }
        return new CatalogueDiffResult(oldCatalogue.Name, newCatalogue.Name, options.AsOf, changes, api, oldLoaded.Diagnostics, newLoaded.Diagnostics);
    }

    private static List<CatalogueChange> CompareRecords(GuidelineCatalogue before, GuidelineCatalogue after)
    {
        var changes = new List<CatalogueChange>();
        var oldDocs = First(before.Documents, d => d.Id);
        var newDocs = First(after.Documents, d => d.Id);
        foreach (var id in oldDocs.Keys.Union(newDocs.Keys).OrderBy(k => k, StringComparer.Ordinal))
        {
            oldDocs.TryGetValue(id, out var o);
            newDocs.TryGetValue(id, out var n);
            if (o is null)
            {
                changes.Add(new CatalogueChange(CatalogueChangeKind.DocumentAdded, id, null, n!.Title));
            }
            else if (n is null)
            {
                changes.Add(new CatalogueChange(CatalogueChangeKind.DocumentRemoved, id, o.Title, null));
            }
            else
            {
                if (o.Title != n.Title)
                {
                    changes.Add(new CatalogueChange(CatalogueChangeKind.DocumentRenamed, id, o.Title, n.Title));
                }
                if (n.SupersededBy is not null && (o.SupersededBy != n.SupersededBy || o.SupersededOn != n.SupersededOn))
                {
                    changes.Add(new CatalogueChange(CatalogueChangeKind.DocumentSuperseded, id, Successor(o.SupersededBy, o.SupersededOn), Successor(n.SupersededBy, n.SupersededOn)));
                }
                CompareAliases(id, o.Aliases, n.Aliases, CatalogueChangeKind.DocumentAliasAdded, CatalogueChangeKind.DocumentAliasRemoved, changes);
                if (o.VersionDate != n.VersionDate)
                {
                    changes.Add(new CatalogueChange(CatalogueChangeKind.DocumentVersionDateChanged, id, o.VersionDate?.ToString(), n.VersionDate?.ToString()));
                }
                string oldScope = Scope(o.Addresses, addressesNothing: false), newScope = Scope(n.Addresses, addressesNothing: false);
                if (oldScope != newScope)
                {
                    changes.Add(new CatalogueChange(CatalogueChangeKind.DocumentScopeChanged, id, oldScope, newScope));
                }
            }
        }
        var oldSections = First(before.Documents.SelectMany(d => d.AllSections), s => s.FullId);
        var newSections = First(after.Documents.SelectMany(d => d.AllSections), s => s.FullId);
        foreach (var id in oldSections.Keys.Union(newSections.Keys).OrderBy(k => k, StringComparer.Ordinal))
        {
            oldSections.TryGetValue(id, out var o);
            newSections.TryGetValue(id, out var n);
            if (o is null)
            {
                changes.Add(new CatalogueChange(CatalogueChangeKind.SectionAdded, id, null, n!.Title));
            }
            else if (n is null)
            {
                changes.Add(new CatalogueChange(CatalogueChangeKind.SectionRemoved, id, o.Title, null));
            }
            else
            {
                if (o.Title != n.Title)
                {
                    changes.Add(new CatalogueChange(CatalogueChangeKind.SectionRenamed, id, o.Title, n.Title));
                }
                string oldPages = Pages(o), newPages = Pages(n);
                if (oldPages != newPages)
                {
                    changes.Add(new CatalogueChange(CatalogueChangeKind.SectionRepaged, id, oldPages, newPages));
                }
                if (n.SupersededBy is not null && (o.SupersededBy != n.SupersededBy || o.SupersededOn != n.SupersededOn))
                {
                    changes.Add(new CatalogueChange(CatalogueChangeKind.SectionSuperseded, id, Successor(o.SupersededBy, o.SupersededOn), Successor(n.SupersededBy, n.SupersededOn)));
                }
                CompareAliases(id, o.Aliases, n.Aliases, CatalogueChangeKind.SectionAliasAdded, CatalogueChangeKind.SectionAliasRemoved, changes);
                string oldScope = Scope(o.Addresses, o.AddressesNothing), newScope = Scope(n.Addresses, n.AddressesNothing);
                if (oldScope != newScope)
                {
                    changes.Add(new CatalogueChange(CatalogueChangeKind.SectionScopeChanged, id, oldScope, newScope));
                }
            }
        }
        // Documents first (document changes explain section ones), each group in id order (a stable sort keeps it).
        return changes.OrderBy(c => IsAboutADocument(c.Kind) ? 0 : 1).ToList();
    }

    private static bool IsAboutADocument(CatalogueChangeKind kind) => kind is CatalogueChangeKind.DocumentAdded or CatalogueChangeKind.DocumentRemoved
        or CatalogueChangeKind.DocumentRenamed or CatalogueChangeKind.DocumentSuperseded or CatalogueChangeKind.DocumentAliasAdded or CatalogueChangeKind.DocumentAliasRemoved
        or CatalogueChangeKind.DocumentVersionDateChanged or CatalogueChangeKind.DocumentScopeChanged;

    /// <summary>
    /// A scope as a maintainer reads it: the treatment ids in order of id ("[acupuncture, medications]"), "[] (addresses
    /// nothing)" for an empty list written, "(none declared)" when there is none. Order does not matter to the check.
    /// </summary>
    private static string Scope(IReadOnlyList<string> addresses, bool addressesNothing) =>
        addressesNothing ? "[] (addresses nothing)"
        : addresses.Count == 0 ? "(none declared)"
        : "[" + string.Join(", ", addresses.Distinct(StringComparer.Ordinal).OrderBy(a => a, StringComparer.Ordinal)) + "]";

    /// <summary>
    /// The names added and removed, each once, added first. Names, not their sources: a source noted or reworded changes
    /// nothing a letter may write. Compared as written, so a name recased shows as one removed and one added.
    /// </summary>
    private static void CompareAliases(string id, IReadOnlyList<string> before, IReadOnlyList<string> after, CatalogueChangeKind added, CatalogueChangeKind removed, List<CatalogueChange> changes)
    {
        var old = new HashSet<string>(before, StringComparer.Ordinal);
        var current = new HashSet<string>(after, StringComparer.Ordinal);
        foreach (string name in after.Where(a => !old.Contains(a)).Distinct(StringComparer.Ordinal))
        {
            changes.Add(new CatalogueChange(added, id, null, name));
        }
        foreach (string name in before.Where(a => !current.Contains(a)).Distinct(StringComparer.Ordinal))
        {
            changes.Add(new CatalogueChange(removed, id, name, null));
        }
    }

    private static string Pages(GuidelineSection section) =>
        (section.PageSet is null ? "(no pages)" : "pp. " + section.PageSet.ToString()) + " [" + section.PagesProvenance.ToString().ToLowerInvariant() + "]";

    private static string? Successor(string? id, GuidelineDate? on) => id is null ? null : on is null ? id : id + " on " + on.Value.ToString();

    private static Dictionary<string, T> First<T>(IEnumerable<T> items, Func<T, string> key)
    {
        // Duplicates keep their first declaration, as the catalogue does.
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            map.TryAdd(key(item), item);
        }
        return map;
    }
}
