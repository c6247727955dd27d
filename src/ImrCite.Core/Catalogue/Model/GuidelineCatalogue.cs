using ImrCite.Text;

namespace ImrCite.Catalogue;

/// <summary>
/// The guideline catalogue at run time: sources, treatments and documents with the indexes that
/// citation resolution needs. Built by generated code (no reflection) or from catalogue files.
/// </summary>
#if IMRCITE_PUBLIC
public sealed partial class GuidelineCatalogue
#else
internal sealed partial class GuidelineCatalogue
#endif
{
    private readonly Dictionary<string, GuidelineSource> _sources = new Dictionary<string, GuidelineSource>(StringComparer.Ordinal);
    private readonly Dictionary<string, Treatment> _treatments = new Dictionary<string, Treatment>(StringComparer.Ordinal);
    private readonly Dictionary<string, GuidelineDocument> _documents = new Dictionary<string, GuidelineDocument>(StringComparer.Ordinal);
    private readonly Dictionary<string, List<GuidelineDocument>> _documentsByKey = new Dictionary<string, List<GuidelineDocument>>(StringComparer.Ordinal);
    private readonly Dictionary<string, List<GuidelineSource>> _sourcesByKey = new Dictionary<string, List<GuidelineSource>>(StringComparer.Ordinal);

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
            }
        }
        IndexTreatments(treatmentList);
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
    /// of their generic or brand names, the most specific reading of each: "MRI of the right shoulder" is a
    /// shoulder MRI, not also an MRI. The item's request words are read as modifiers, not treatments
    /// (<see cref="DisputedItemReading"/>): "Referral to physical therapy" names physical therapy.
    /// </summary>
    public IReadOnlyList<Treatment> FindTreatmentsIn(string text) => DisputedItemReading.Read(text, this).Treatments;

    /// <summary>Reads a disputed item as a topic: treatment, form, body parts and purpose.</summary>
    public DisputedItemReading ReadItem(string text) => DisputedItemReading.Read(text, this);

    /// <summary>The treatment and every class it belongs to, transitively.</summary>
    public IReadOnlyCollection<string> ExpandClasses(Treatment treatment) => ClassSet(treatment.Id);

    /// <summary>
    /// True when <paramref name="section"/> (or a section it is nested in, or one nested in it)
    /// addresses <paramref name="treatment"/>, a class it belongs to, or a kind of it (a disputed "MRI" and a
    /// section on shoulder MRI), for the body parts the treatment is specific to: the low back chapter's
    /// "Special Studies" addresses imaging, but not a shoulder MRI.
    /// </summary>
    public bool Addresses(GuidelineSection section, Treatment treatment) =>
        Judge(section, DisputedItemReading.Of(treatment, this)).Verdict == TopicVerdict.Addresses;

    /// <summary>
    /// Sections of MTUS documents in force on a date (or any date) that address a treatment, a class it belongs to,
    /// or a kind of it, within the body parts it is specific to.
    /// </summary>
    public IReadOnlyList<GuidelineSection> MtusSectionsAddressing(Treatment treatment, GuidelineDate? asOf) => MtusSectionsAddressing(treatment, asOf, null);

    /// <summary>
    /// Sections of MTUS documents in force on a date (or any date) whose scope is their own topic, not one inferred by class
    /// (<see cref="HasOwnTopicScope"/>), that address a treatment or its own class, for the given
    /// body parts (those of a cited section's scope: an MTUS chapter on another body part does not address the topic of a
    /// non-MTUS section on the hip).
    /// </summary>
    /// <remarks>
    /// Not remembered here: IMR0110 asks through <c>Citations.MtusPreference</c>, which keeps its whole answer per
    /// cited section and date epoch, so this search runs a bounded number of times per catalogue.
    /// </remarks>
    public IReadOnlyList<GuidelineSection> MtusSectionsAddressing(Treatment treatment, GuidelineDate? asOf, IReadOnlyList<BodyPart>? bodyParts) =>
        FindMtusSectionsAddressing(treatment, asOf, bodyParts);

    /// <summary>The answer of <see cref="MtusSectionsAddressing(Treatment, GuidelineDate?, IReadOnlyList{BodyPart}?)"/>.</summary>
    internal GuidelineSection[] FindMtusSectionsAddressing(Treatment treatment, GuidelineDate? asOf, IReadOnlyList<BodyPart>? bodyParts)
    {
        var item = DisputedItemReading.Of(treatment, this, bodyParts);
        var sections = new List<GuidelineSection>();
        foreach (var document in Documents)
        {
            if (!document.IsMtus || (asOf is { } date && !document.IsInForceOn(date)))
            {
                continue;
            }
            foreach (var section in document.AllSections)
            {
                // A scope inferred by class ("Initial Care": medications, physical methods, equipment) is no evidence
                // that the MTUS addresses the topic.
                if (HasOwnTopicScope(section) && ScopeMatch(section, item, ownOnly: true) is not null)
                {
                    sections.Add(section);
                }
            }
        }
        return sections.ToArray();
    }
}
