using System;
using System.Collections.Generic;
using ImrCite.Text;

namespace ImrCite.Catalogue;

/// <summary>
/// The guideline catalogue at run time: sources, treatments and documents with the indexes that
/// citation resolution needs. Built by generated code (no reflection) or from catalogue files.
/// </summary>
#if IMRCITE_PUBLIC
public sealed class GuidelineCatalogue
#else
internal sealed class GuidelineCatalogue
#endif
{
    private readonly Dictionary<string, GuidelineSource> _sources = new Dictionary<string, GuidelineSource>(StringComparer.Ordinal);
    private readonly Dictionary<string, Treatment> _treatments = new Dictionary<string, Treatment>(StringComparer.Ordinal);
    private readonly Dictionary<string, GuidelineDocument> _documents = new Dictionary<string, GuidelineDocument>(StringComparer.Ordinal);
    private readonly Dictionary<string, List<GuidelineDocument>> _documentsByKey = new Dictionary<string, List<GuidelineDocument>>(StringComparer.Ordinal);
    private readonly Dictionary<string, List<GuidelineSource>> _sourcesByKey = new Dictionary<string, List<GuidelineSource>>(StringComparer.Ordinal);
    private readonly List<(string Key, Treatment Treatment)> _treatmentNames = new List<(string, Treatment)>();

    /// <summary>Creates a catalogue. Later duplicates of an id are ignored (catalogue validation reports them).</summary>
    public GuidelineCatalogue(IEnumerable<GuidelineSource> sources, IEnumerable<Treatment> treatments, IEnumerable<GuidelineDocument> documents)
    {
        var sourceList = new List<GuidelineSource>();
        foreach (var source in sources)
        {
            if (!_sources.ContainsKey(source.Id))
            {
                _sources.Add(source.Id, source);
                sourceList.Add(source);
                var keys = new HashSet<string>(StringComparer.Ordinal) { TextKey.Normalize(source.Id), TextKey.Normalize(source.Name) };
                foreach (string alias in source.Aliases)
                {
                    keys.Add(TextKey.Normalize(alias));
                }
                foreach (string key in keys)
                {
                    AddKey(_sourcesByKey, key, source);
                }
            }
        }
        var treatmentList = new List<Treatment>();
        foreach (var treatment in treatments)
        {
            if (!_treatments.ContainsKey(treatment.Id))
            {
                _treatments.Add(treatment.Id, treatment);
                treatmentList.Add(treatment);
                foreach (string name in treatment.Names)
                {
                    string key = TextKey.Normalize(name);
                    if (key.Length > 0)
                    {
                        _treatmentNames.Add((key, treatment));
                    }
                }
            }
        }
        // Longest names first, so "Norco" inside "Norco 10/325" and "lidocaine patch" before "lidocaine".
        _treatmentNames.Sort((a, b) => b.Key.Length != a.Key.Length ? b.Key.Length.CompareTo(a.Key.Length) : string.CompareOrdinal(a.Key, b.Key));
        var documentList = new List<GuidelineDocument>();
        foreach (var document in documents)
        {
            if (!_documents.ContainsKey(document.Id))
            {
                _documents.Add(document.Id, document);
                documentList.Add(document);
                // Each key once per document, so a name shared by many documents costs one append each.
                foreach (string key in new HashSet<string>(DocumentKeys(document), StringComparer.Ordinal))
                {
                    AddKey(_documentsByKey, key, document);
                }
            }
        }
        Sources = sourceList;
        Treatments = treatmentList;
        Documents = documentList;
    }

    /// <summary>The sources.</summary>
    public IReadOnlyList<GuidelineSource> Sources { get; }

    /// <summary>The treatments and treatment classes.</summary>
    public IReadOnlyList<Treatment> Treatments { get; }

    /// <summary>The documents.</summary>
    public IReadOnlyList<GuidelineDocument> Documents { get; }

    /// <summary>An empty catalogue.</summary>
    public static GuidelineCatalogue Empty { get; } = new GuidelineCatalogue(Array.Empty<GuidelineSource>(), Array.Empty<Treatment>(), Array.Empty<GuidelineDocument>());

    /// <summary>The keys under which a document is found: title, aliases, "title edition", "chapter N", "chapter N title".</summary>
    internal static IEnumerable<string> DocumentKeys(GuidelineDocument document)
    {
        yield return TextKey.Normalize(document.Title);
        yield return TextKey.Normalize(document.Title + " " + document.Edition);
        if (document.Chapter is not null)
        {
            yield return TextKey.Normalize("Chapter " + document.Chapter);
            yield return TextKey.Normalize("Chapter " + document.Chapter + " " + document.Title);
        }
        foreach (string alias in document.Aliases)
        {
            yield return TextKey.Normalize(alias);
        }
    }

    private static void AddKey<T>(Dictionary<string, List<T>> index, string key, T value)
        where T : class
    {
        if (key.Length == 0)
        {
            return;
        }
        if (!index.TryGetValue(key, out var list))
        {
            list = new List<T>();
            index.Add(key, list);
        }
        list.Add(value); // callers pass each key once per record
    }

    /// <summary>The document with this id, or null.</summary>
    public GuidelineDocument? FindDocument(string id) => _documents.TryGetValue(id, out var document) ? document : null;

    /// <summary>The section with this full id ("mtus.cpmtg.2009/opioids"), or null.</summary>
    public GuidelineSection? FindSection(string fullId)
    {
        int slash = fullId.IndexOf('/');
        if (slash < 0)
        {
            return null;
        }
        return FindDocument(fullId.Substring(0, slash))?.FindSection(fullId.Substring(slash + 1));
    }

    /// <summary>The source with this id, or null.</summary>
    public GuidelineSource? FindSource(string id) => _sources.TryGetValue(id, out var source) ? source : null;

    /// <summary>The treatment with this id, or null.</summary>
    public Treatment? FindTreatment(string id) => _treatments.TryGetValue(id, out var treatment) ? treatment : null;

    /// <summary>Documents a name (title, alias, label with year) refers to, any spelling with the same <see cref="TextKey"/>.</summary>
    public IReadOnlyList<GuidelineDocument> FindDocumentsByName(string name) =>
        _documentsByKey.TryGetValue(TextKey.Normalize(name), out var list) ? list : (IReadOnlyList<GuidelineDocument>)Array.Empty<GuidelineDocument>();

    /// <summary>Documents whose matching key is exactly <paramref name="key"/> (already normalised).</summary>
    internal IReadOnlyList<GuidelineDocument> FindDocumentsByKey(string key) =>
        _documentsByKey.TryGetValue(key, out var list) ? list : (IReadOnlyList<GuidelineDocument>)Array.Empty<GuidelineDocument>();

    /// <summary>Sources a name refers to ("MTUS", "ODG").</summary>
    internal IReadOnlyList<GuidelineSource> FindSourcesByKey(string key) =>
        _sourcesByKey.TryGetValue(key, out var list) ? list : (IReadOnlyList<GuidelineSource>)Array.Empty<GuidelineSource>();

    /// <summary>All document matching keys, for prefix matching and suggestions.</summary>
    internal IEnumerable<KeyValuePair<string, List<GuidelineDocument>>> DocumentKeyIndex => _documentsByKey;

    /// <summary>
    /// Chooses among documents that share a name: the one in force on <paramref name="asOf"/> if given,
    /// else the earliest to take effect (letters before 2016 cite the 2009 texts by their plain names).
    /// A document never in force (a proposal) is chosen only when no candidate ever took effect.
    /// </summary>
    public static GuidelineDocument? Choose(IReadOnlyList<GuidelineDocument> candidates, GuidelineDate? asOf)
    {
        if (candidates.Count == 0)
        {
            return null;
        }
        if (asOf is { } date)
        {
            foreach (var candidate in candidates)
            {
                if (candidate.IsInForceOn(date))
                {
                    return candidate;
                }
            }
        }
        GuidelineDocument best = candidates[0];
        foreach (var candidate in candidates)
        {
            if (candidate.EffectiveFrom is { } from && (best.EffectiveFrom is not { } bestFrom || from < bestFrom))
            {
                best = candidate;
            }
        }
        return best;
    }

    /// <summary>
    /// The treatments named in a text (e.g. a disputed item "Soma 350mg #90"), matched on whole words
    /// of their generic or brand names, with the classes each belongs to.
    /// </summary>
    public IReadOnlyList<Treatment> FindTreatmentsIn(string text)
    {
        string key = " " + TextKey.Normalize(text) + " ";
        // "MRI of the right shoulder" names "MRI of the shoulder": the side is not part of a treatment's name.
        string withoutSide = key;
        foreach (string side in SideWords)
        {
            withoutSide = withoutSide.Replace(side, " ");
        }
        var found = new List<Treatment>();
        foreach (var (name, treatment) in _treatmentNames)
        {
            string wanted = " " + name + " ";
            if (!found.Contains(treatment)
                && (key.IndexOf(wanted, StringComparison.Ordinal) >= 0 || withoutSide.IndexOf(wanted, StringComparison.Ordinal) >= 0))
            {
                found.Add(treatment);
            }
        }
        // The most specific reading wins: "shoulder MRI" is a shoulder MRI, not also any MRI.
        found.RemoveAll(general => found.Exists(other => other != general && ExpandClassSet(other).Contains(general.Id)));
        return found;
    }

    private static readonly string[] SideWords = { " left ", " right ", " bilateral ", " lt ", " rt " };

    /// <summary>The treatment and every class it belongs to, transitively.</summary>
    public IReadOnlyCollection<string> ExpandClasses(Treatment treatment) => ExpandClassSet(treatment);

    private HashSet<string> ExpandClassSet(Treatment treatment)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        pending.Push(treatment.Id);
        while (pending.Count > 0)
        {
            string id = pending.Pop();
            if (!ids.Add(id))
            {
                continue;
            }
            if (FindTreatment(id) is { } current)
            {
                foreach (string classId in current.Classes)
                {
                    pending.Push(classId);
                }
            }
        }
        return ids;
    }

    /// <summary>
    /// True when <paramref name="section"/> (or a section it is nested in, or one nested in it)
    /// addresses <paramref name="treatment"/>, a class it belongs to, or a kind of it (a disputed "MRI" and a
    /// section on shoulder MRI).
    /// </summary>
    public bool Addresses(GuidelineSection section, Treatment treatment)
    {
        var ids = ExpandClasses(treatment);
        for (var current = section; current is not null; current = current.Parent)
        {
            if (AddressesAny(current, ids) || AddressesKindOf(current, treatment.Id))
            {
                return true;
            }
        }
        return AddressesInChildren(section, ids);
    }

    private bool AddressesKindOf(GuidelineSection section, string treatmentId)
    {
        foreach (string id in section.Addresses)
        {
            if (FindTreatment(id) is { } addressed && !string.Equals(id, treatmentId, StringComparison.Ordinal) && ExpandClassSet(addressed).Contains(treatmentId))
            {
                return true;
            }
        }
        return false;
    }

    private static bool AddressesAny(GuidelineSection section, IReadOnlyCollection<string> ids)
    {
        foreach (string id in section.Addresses)
        {
            foreach (string wanted in ids)
            {
                if (string.Equals(id, wanted, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static bool AddressesInChildren(GuidelineSection section, IReadOnlyCollection<string> ids)
    {
        foreach (var child in section.Children)
        {
            if (AddressesAny(child, ids) || AddressesInChildren(child, ids))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Sections of MTUS documents in force on a date (or any date) that address a treatment.</summary>
    public IReadOnlyList<GuidelineSection> MtusSectionsAddressing(Treatment treatment, GuidelineDate? asOf)
    {
        var ids = ExpandClasses(treatment);
        var sections = new List<GuidelineSection>();
        foreach (var document in Documents)
        {
            if (!document.IsMtus || (asOf is { } date && !document.IsInForceOn(date)))
            {
                continue;
            }
            foreach (var section in document.AllSections)
            {
                if (AddressesAny(section, ids))
                {
                    sections.Add(section);
                }
            }
        }
        return sections;
    }
}
