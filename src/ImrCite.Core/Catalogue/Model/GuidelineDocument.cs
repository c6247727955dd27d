using ImrCite.Citations;
using ImrCite.Text;

namespace ImrCite.Catalogue;

/// <summary>One edition or version of a guideline document, with its sections.</summary>
#if IMRCITE_PUBLIC
public sealed class GuidelineDocument
#else
internal sealed class GuidelineDocument
#endif
{
    private readonly List<GuidelineSection> _allSections = new List<GuidelineSection>();
    private readonly Dictionary<string, GuidelineSection> _sectionsById = new Dictionary<string, GuidelineSection>(StringComparer.Ordinal);
    private Dictionary<string, GuidelineSection>? _sectionsByKey;
    private AliasList _aliases;

    /// <summary>Creates a document and links its sections to it.</summary>
    public GuidelineDocument(string id, string sourceId, EvidenceTier tier, string title, string edition, IReadOnlyList<GuidelineSection> sections)
    {
        Id = id;
        SourceId = sourceId;
        Tier = tier;
        Title = title;
        Edition = edition;
        Sections = sections;
        foreach (var section in sections)
        {
            Link(section, parent: null);
        }
    }

    private void Link(GuidelineSection section, GuidelineSection? parent)
    {
        section.Document = this;
        section.Parent = parent;
        _allSections.Add(section);
        if (!_sectionsById.ContainsKey(section.Id))
        {
            _sectionsById.Add(section.Id, section); // a duplicate id keeps its first declaration, as validation reports
        }
        foreach (var child in section.Children)
        {
            Link(child, section);
        }
    }

    /// <summary>The stable id, e.g. "mtus.cpmtg.2009".</summary>
    public string Id { get; }

    /// <summary>The id of the publishing or adopting source.</summary>
    public string SourceId { get; }

    /// <summary>The document's standing in the evidence hierarchy.</summary>
    public EvidenceTier Tier { get; }

    /// <summary>True for the MTUS and its regulations, which are presumed correct.</summary>
    public bool IsMtus => Tier == EvidenceTier.Mtus || Tier == EvidenceTier.MtusRegulation;

    /// <summary>The title, e.g. "Chronic Pain Medical Treatment Guidelines".</summary>
    public string Title { get; }

    /// <summary>The edition or version label, e.g. "2009".</summary>
    public string Edition { get; }

    /// <summary>The series, e.g. "ACOEM Practice Guidelines, 2nd Edition".</summary>
    public string? Series { get; init; }

    /// <summary>The chapter number within the series, e.g. "12".</summary>
    public string? Chapter { get; init; }

    /// <summary>The generated class name.</summary>
    public string? CodeName { get; init; }

    /// <summary>Other names letters use: the names alone. Matching uses these.</summary>
    public IReadOnlyList<string> Aliases { get => _aliases.Names; init => _aliases.Names = value; }

    /// <summary>The same aliases with where each name comes from (null when the catalogue does not say).</summary>
    public IReadOnlyList<GuidelineAlias> AliasEntries { get => _aliases.Entries; init => _aliases.Entries = value; }

    /// <summary>Adopted (the default) or proposed. A proposed document is never in force (<see cref="IsInForceOn"/>).</summary>
    public DocumentStatus Status { get; init; }

    /// <summary>True for a proposed document.</summary>
    public bool IsProposed => Status == DocumentStatus.Proposed;

    /// <summary>
    /// The date the publisher gives this version of the guideline, if the catalogue knows it: ACOEM dates each version
    /// ("Low Back Disorders Guideline (ACOEM February 13, 2020)"), and a citation may name the version by that date.
    /// </summary>
    public GuidelineDate? VersionDate { get; init; }

    /// <summary>When the document was proposed, if the catalogue says.</summary>
    public GuidelineDate? ProposedOn { get; init; }

    /// <summary>First day in force; null when the document has never been in force (a proposed document).</summary>
    public GuidelineDate? EffectiveFrom { get; init; }

    /// <summary>Last day in force, or null while in force.</summary>
    public GuidelineDate? EffectiveTo { get; init; }

    /// <summary>
    /// Whether the catalogue lists every section of the document (<see cref="SectionCoverage.Complete"/>): then a
    /// section it lacks does not exist. With <see cref="SectionCoverage.Partial"/> a topic it lacks may still exist.
    /// The effective value: the document's own, else its source's.
    /// </summary>
    public SectionCoverage Coverage { get; init; }

    /// <summary>The body parts the document is about ("Knee Complaints": the knee); empty when it is about no part in particular.</summary>
    public IReadOnlyList<BodyPart> BodyParts { get; init; } = Array.Empty<BodyPart>();

    /// <summary>
    /// The kinds of care the whole document is about (treatment and treatment class ids: the Acupuncture Medical Treatment
    /// Guidelines, acupuncture; the drug formulary, medications); empty when the catalogue does not declare it. A citation of
    /// the whole document for an item of another kind of care is a mismatch (IMR0200).
    /// </summary>
    public IReadOnlyList<string> Addresses { get; init; } = Array.Empty<string>();

    /// <summary>The pages the document spans ("1-127", "286-326"), or null when cited by section only.</summary>
    public PageSet? PageSet { get; init; }

    /// <summary>How the document's pages are known.</summary>
    public Provenance PagesProvenance { get; init; }

    /// <summary>The total in its page footers ("of 127"), when it has one.</summary>
    public int? StatedTotal { get; init; }

    /// <summary>The regulation that adopts it, e.g. "8 CCR 9792.24.2".</summary>
    public string? Regulation { get; init; }

    /// <summary>The id of the document that replaced it.</summary>
    public string? SupersededBy { get; init; }

    /// <summary>When it was replaced.</summary>
    public GuidelineDate? SupersededOn { get; init; }

    /// <summary>Where its facts come from.</summary>
    public string SourceNote { get; init; } = "";

    /// <summary>The top-level sections.</summary>
    public IReadOnlyList<GuidelineSection> Sections { get; }

    /// <summary>Every section, depth first in document order.</summary>
    public IReadOnlyList<GuidelineSection> AllSections => _allSections;

    /// <summary>
    /// A lookup from a section's matching key (<see cref="TextKey"/>) to the section. The source
    /// generator supplies a compiled switch; documents read from files get a dictionary.
    /// </summary>
    public Func<string, GuidelineSection?>? SectionLookup { get; init; }

    /// <summary>
    /// True when the document is in force on <paramref name="date"/>: adopted, effective by then and not yet
    /// ended. Always false for a proposed document.
    /// </summary>
    public bool IsInForceOn(GuidelineDate date) =>
        Status == DocumentStatus.Adopted && EffectiveFrom is { } from && date >= from && (EffectiveTo is null || date <= EffectiveTo.Value);

    /// <summary>The canonical name, e.g. "MTUS Chronic Pain Medical Treatment Guidelines (2009)".</summary>
    public string CanonicalName => FormatName(Title, Edition, Series, Chapter, IsMtus);

    /// <summary>
    /// Formats a document's canonical name: "MTUS " for MTUS documents (unless the name says it), then
    /// "Series (Edition), Chapter N Title", "Series, Title (Edition)" or "Title (Edition)".
    /// </summary>
    internal static string FormatName(string title, string edition, string? series, string? chapter, bool isMtus)
    {
        string prefix = isMtus && !title.StartsWith("MTUS", StringComparison.Ordinal) && (series is null || !series.StartsWith("MTUS", StringComparison.Ordinal)) ? "MTUS " : "";
        if (series is not null && chapter is not null)
        {
            return $"{prefix}{series} ({edition}), Chapter {chapter} {title}";
        }
        return series is not null ? $"{prefix}{series}, {title} ({edition})" : $"{prefix}{title} ({edition})";
    }

    /// <summary>Finds a section by its id within the document ("opioids"), or null.</summary>
    public GuidelineSection? FindSection(string sectionId) => _sectionsById.TryGetValue(sectionId, out var section) ? section : null;

    /// <summary>Finds the section a title or alias names (any spelling with the same <see cref="TextKey"/>), or null.</summary>
    public GuidelineSection? FindSectionByName(string name)
    {
        string key = TextKey.Normalize(name);
        if (key.Length == 0)
        {
            return null;
        }
        if (SectionLookup is not null)
        {
            return SectionLookup(key);
        }
        if (_sectionsByKey is null)
        {
            var index = new Dictionary<string, GuidelineSection>(StringComparer.Ordinal);
            foreach (var section in _allSections)
            {
                foreach (string sectionKey in section.MatchingKeys())
                {
                    if (sectionKey.Length > 0 && !index.ContainsKey(sectionKey))
                    {
                        index.Add(sectionKey, section);
                    }
                }
            }
            _sectionsByKey = index;
        }
        return _sectionsByKey.TryGetValue(key, out var found) ? found : null;
    }

    /// <summary>A citation of the whole document, without pages.</summary>
    public Citation Cite() => new Citation(this, null, null);

    /// <summary>A citation of one page of the document.</summary>
    public Citation Pages(int page) => new Citation(this, null, new Catalogue.PageSet(new PageRange(page, page)));

    /// <summary>A citation of a page range of the document, e.g. <c>Pages(303, 304)</c>.</summary>
    public Citation Pages(int first, int last) => new Citation(this, null, new Catalogue.PageSet(new PageRange(first, last)));

    /// <summary>A citation of the document at a page set such as "76, 80-82".</summary>
    public Citation Pages(string pageSet) => new Citation(this, null, Catalogue.PageSet.Parse(pageSet));

    /// <inheritdoc />
    public override string ToString() => CanonicalName;
}
