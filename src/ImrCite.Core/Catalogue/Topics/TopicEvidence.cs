using System;
using System.Collections.Generic;
using System.Threading;
using ImrCite.Text;

namespace ImrCite.Catalogue;

/// <summary>Why a section is known not to address a disputed item.</summary>
#if IMRCITE_PUBLIC
public enum MismatchEvidence
#else
internal enum MismatchEvidence
#endif
{
    /// <summary>No evidence: the section addresses the item, or the catalogue cannot tell.</summary>
    None = 0,
    /// <summary>The item's body parts are known and the section is about other body parts (a knee MRI on the low back chapter).</summary>
    BodyPart = 1,
    /// <summary>The section's title names its topic, and the item's treatment is of another kind (a benzodiazepine on "Opioids").</summary>
    Topic = 2,
    /// <summary>
    /// The section is a general heading located in its chapter whose scope holds treatments of one purpose only, and the
    /// item is of the other: a diagnostic test on a heading of therapeutic methods ("Physical Methods" for an MRI), or a
    /// drug, device or therapy course on a heading of diagnostic studies ("Special Studies" for physical therapy).
    /// </summary>
    Purpose = 3,
}

// What counts as evidence that a section does not address an item (IMR0200). A warning must be one we would defend to the
// letter's author, so the check is silent unless the evidence is positive:
//  - body part: the item's body parts are read (named in its words, or its treatment is specific to them) and the section
//    is about other ones. The section's body parts are those the catalogue declares, widened by the body parts its titles
//    name ("Low Back – Lumbar & Thoracic", "Neck and Upper Back"), never narrowed or invented by them;
//  - topic: the section's title names its topic ("Opioids", "Manipulation") and it is no general heading of its series
//    (a "Special Studies" or "Initial Care" whose scope is inferred by class), the item's treatment is known, and it is
//    not even of the same narrow class as what the section addresses (an H2 blocker on the PPI section, an H-wave unit on
//    TENS, a CT on an MRI section are not clearly outside it);
//  - purpose: the section's title states its purpose in words ("Ultrasound, therapeutic") and its scope agrees, or it is a
//    general heading the catalogue locates in its chapter (its pages, taken with their topics
//    from the facts), everything its scope holds is declared of one purpose — only treatment (medications, physical
//    methods, devices, injections) or only diagnosis (imaging, nerve studies) — and every treatment of the item is declared
//    of the other purpose. A heading with no pages is one listed because its series has it everywhere, with a scope inferred
//    from the heading's kind: its content is not known, so no purpose evidence. A scope that mixes purposes (Surgical
//    Considerations: surgery and the consultation before it; Summary), or holds a treatment whose purpose is not declared
//    (a consultation, an office visit), gives none; nor does an item around a surgery or one that monitors another.
// A scope inferred at the class level, a treatment the catalogue lacks, a visit about an unknown treatment: no evidence.
#pragma warning disable IDE0040 // this type's visibility is declared once, on its part in Model/GuidelineCatalogue.cs
partial class GuidelineCatalogue
#pragma warning restore IDE0040
{
    private TopicEvidenceIndex? _topicEvidence;

    private TopicEvidenceIndex Evidence => LazyInitializer.EnsureInitialized(ref _topicEvidence, () => new TopicEvidenceIndex(this))!;

    /// <summary>
    /// The body parts a section is about for the topic check: its <see cref="GuidelineSection.Scope"/>, widened by the parts
    /// its own title, the titles of the sections it is nested in and its document's title name. Empty when the catalogue
    /// gives it none (titles never give a section body parts on their own).
    /// </summary>
    public IReadOnlyList<BodyPart> BodyPartsAbout(GuidelineSection section) => Evidence.SectionParts(section);

    /// <summary>The body parts a document is about: its <see cref="GuidelineDocument.BodyParts"/>, widened by those its title names.</summary>
    public IReadOnlyList<BodyPart> BodyPartsAbout(GuidelineDocument document) => Evidence.DocumentParts(document);

    /// <summary>
    /// True when the section's scope is its own topic: its title (or an enclosing section's) names a treatment, and it is
    /// not a general heading of an MTUS series ("Special Studies", "Surgical Considerations", "Recommendations": every
    /// chapter has one, and what it addresses is inferred by class).
    /// </summary>
    public bool NamesItsTopic(GuidelineSection section) => Evidence.NamesTopic(section);

    /// <summary>
    /// True when what the section addresses is its own topic rather than a scope inferred by class: it is no general heading
    /// (<see cref="IsGeneralSection"/>), and its title names its topic (<see cref="NamesItsTopic"/>) or it lists only
    /// treatments that are no class of others. "Initial Care" (medications, physical methods) has no such scope; "Opioids"
    /// and a section on lumbar MRI have.
    /// </summary>
    public bool HasOwnTopicScope(GuidelineSection section) => Evidence.HasOwnTopic(section);

    /// <summary>True when the section's heading recurs in another MTUS document of its series (IMR0020's general section).</summary>
    public bool IsGeneralSection(GuidelineSection section) => Evidence.IsGeneral(section);

    /// <summary>
    /// The one purpose of what a general heading addresses, for the topic check's purpose evidence: <see cref="ItemPurpose.Treatment"/>
    /// when every treatment its scope holds (with the sections nested in it) is declared a treatment, <see cref="ItemPurpose.Diagnosis"/>
    /// when every one is declared diagnostic; null when the section is no general heading, the catalogue does not locate it
    /// in its chapter (no pages), or its scope is empty, mixes purposes or holds a treatment of no declared purpose.
    /// </summary>
    public ItemPurpose? HeadingPurpose(GuidelineSection section) => Evidence.HeadingPurpose(section);

    /// <summary>
    /// The one purpose of what a section addresses, for the topic check's purpose evidence: a general heading's
    /// <see cref="HeadingPurpose"/>, or for another section the purpose its own title states in words ("Ultrasound,
    /// therapeutic") when everything its scope holds is declared of that purpose. Null when neither says.
    /// </summary>
    public ItemPurpose? SectionPurpose(GuidelineSection section) => Evidence.HeadingPurpose(section) ?? Evidence.TitlePurpose(section);

    /// <summary>The evidence that <paramref name="section"/> does not address <paramref name="item"/>, or <see cref="MismatchEvidence.None"/>.</summary>
    public MismatchEvidence EvidenceAgainst(GuidelineSection section, DisputedItemReading item)
    {
        if (item.IsUnknown)
        {
            return MismatchEvidence.None;
        }
        if (item.BodyParts.Count > 0 && BodyPartsAbout(section) is { Count: > 0 } parts && !BodyParts.Compatible(item.BodyParts, parts))
        {
            return MismatchEvidence.BodyPart;
        }
        // Every section of a guideline that declares its scope of care lies within it (the catalogue check sees to it).
        if (section.Document.Addresses.Count > 0 && EvidenceAgainst(section.Document, item) == MismatchEvidence.Topic)
        {
            return MismatchEvidence.Topic;
        }
        if (item.IsVisitOnly || !HasScope(section))
        {
            return MismatchEvidence.None;
        }
        if (SectionPurpose(section) is { } purpose && DeclaredPurpose(item) is { } own && own != purpose)
        {
            return MismatchEvidence.Purpose;
        }
        if (!NamesItsTopic(section))
        {
            return MismatchEvidence.None;
        }
        var anyPart = item.WithoutBodyParts();
        if (ScopeMatch(section, anyPart, ownOnly: false) is not null || SharesNarrowClass(section, item))
        {
            return MismatchEvidence.None;
        }
        return MismatchEvidence.Topic;
    }

    /// <summary>
    /// The item's purpose when the catalogue declares it for every treatment the item names and nothing in the item's words
    /// changes it: diagnosis for imaging or nerve studies, treatment for a drug, a device or a therapy course. Null for an
    /// item around a surgery, one that monitors another, one that mixes purposes or names a treatment of no declared purpose.
    /// </summary>
    private ItemPurpose? DeclaredPurpose(DisputedItemReading item)
    {
        if (item.Purpose != ItemPurpose.Treatment && item.Purpose != ItemPurpose.Diagnosis)
        {
            return null;
        }
        foreach (var treatment in item.Treatments)
        {
            if (PurposeOf(treatment) != item.Purpose)
            {
                return null;
            }
        }
        // The item's words may say otherwise ("diagnostic medial branch block", "diagnostic arthroscopy"): then it is not certain.
        foreach (var stated in item.StatedPurposes)
        {
            if (stated != item.Purpose)
            {
                return null;
            }
        }
        return item.Purpose;
    }

    /// <summary>
    /// The evidence that a document cited as a whole does not address the item: the body parts it is about, or the kinds of
    /// care its declared scope (<see cref="GuidelineDocument.Addresses"/>) is limited to — the item's treatment is known, no
    /// treatment the scope lists takes it in (as itself, a class, a kind, a service, a form or what it serves), none shares a
    /// narrow class with it, and no section of the document addresses it: chiropractic decided on the Acupuncture Medical
    /// Treatment Guidelines, psychotherapy on the drug formulary. A document with no declared scope is judged on body parts only.
    /// </summary>
    public MismatchEvidence EvidenceAgainst(GuidelineDocument document, DisputedItemReading item)
    {
        if (item.IsUnknown)
        {
            return MismatchEvidence.None;
        }
        if (item.BodyParts.Count > 0 && BodyPartsAbout(document) is { Count: > 0 } parts && !BodyParts.Compatible(item.BodyParts, parts))
        {
            return MismatchEvidence.BodyPart;
        }
        if (document.Addresses.Count == 0 || item.IsVisitOnly)
        {
            return MismatchEvidence.None;
        }
        var anyPart = item.WithoutBodyParts();
        foreach (string id in document.Addresses)
        {
            if (!_treatments.TryGetValue(id, out var addressed) || Relation(addressed, anyPart, ownOnly: false) is not null)
            {
                return MismatchEvidence.None;
            }
        }
        if (SharesNarrowClass(document.Addresses, item))
        {
            return MismatchEvidence.None;
        }
        foreach (var section in document.AllSections)
        {
            if (OwnMatch(section, anyPart, ownOnly: false) is not null)
            {
                return MismatchEvidence.None;
            }
        }
        return MismatchEvidence.Topic;
    }

    /// <summary>
    /// True when one of the item's treatments and one the section (or a section around or within it) addresses share a
    /// class below the broad families: both proton-pump inhibitors and H2 blockers are gastric protection, both TENS and
    /// H-wave transcutaneous electrotherapy. A family is a treatment class that belongs to no other class ("medications",
    /// "diagnostic testing"): an opioid and a benzodiazepine share only that.
    /// </summary>
    private bool SharesNarrowClass(GuidelineSection section, DisputedItemReading item)
    {
        var addressed = new List<string>();
        for (var current = section; current is not null; current = current.Parent)
        {
            addressed.AddRange(current.Addresses);
        }
        CollectBelow(section, addressed);
        return SharesNarrowClass(addressed, item);
    }

    /// <summary>True when one of the item's treatments and one of <paramref name="addressed"/> share a class below the broad families.</summary>
    private bool SharesNarrowClass(IReadOnlyList<string> addressed, DisputedItemReading item)
    {
        foreach (var treatment in item.Treatments)
        {
            var mine = ClassDistances(treatment.Id);
            foreach (string id in addressed)
            {
                foreach (var pair in ClassDistances(id))
                {
                    if (mine.ContainsKey(pair.Key) && !IsFamily(pair.Key))
                    {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static void CollectBelow(GuidelineSection section, List<string> addressed)
    {
        foreach (var child in section.Children)
        {
            addressed.AddRange(child.Addresses);
            CollectBelow(child, addressed);
        }
    }

    private bool IsFamily(string id) => !_treatments.TryGetValue(id, out var treatment) || treatment.Classes.Count == 0;

    /// <summary>The topic check's facts about sections, computed once per catalogue (read-only afterwards, so shared freely).</summary>
    private sealed class TopicEvidenceIndex
    {
        private readonly Dictionary<GuidelineSection, IReadOnlyList<BodyPart>> _sectionParts = new Dictionary<GuidelineSection, IReadOnlyList<BodyPart>>();
        private readonly Dictionary<GuidelineDocument, IReadOnlyList<BodyPart>> _documentParts = new Dictionary<GuidelineDocument, IReadOnlyList<BodyPart>>();
        private readonly HashSet<GuidelineSection> _general = new HashSet<GuidelineSection>();
        private readonly HashSet<GuidelineSection> _titled = new HashSet<GuidelineSection>();
        private readonly HashSet<GuidelineSection> _ownTopic = new HashSet<GuidelineSection>();
        private readonly Dictionary<GuidelineSection, ItemPurpose> _headingPurpose = new Dictionary<GuidelineSection, ItemPurpose>();
        private readonly Dictionary<GuidelineSection, ItemPurpose> _titlePurpose = new Dictionary<GuidelineSection, ItemPurpose>();

        public TopicEvidenceIndex(GuidelineCatalogue catalogue)
        {
            // General headings: within one series of MTUS documents, a heading found in two or more of them.
            var owners = new Dictionary<string, HashSet<GuidelineDocument>>(StringComparer.Ordinal);
            foreach (var document in catalogue.Documents)
            {
                _documentParts[document] = Widen(document.BodyParts, document.Title, catalogue);
                if (!document.IsMtus || document.Series is not { Length: > 0 } series)
                {
                    continue;
                }
                foreach (var section in document.AllSections)
                {
                    string key = series + "\u001f" + TextKey.Normalize(section.Title);
                    if (!owners.TryGetValue(key, out var set))
                    {
                        set = new HashSet<GuidelineDocument>();
                        owners.Add(key, set);
                    }
                    set.Add(document);
                }
            }
            foreach (var document in catalogue.Documents)
            {
                foreach (var section in document.AllSections)
                {
                    if (document.IsMtus && document.Series is { Length: > 0 } series
                        && owners[series + "\u001f" + TextKey.Normalize(section.Title)].Count > 1)
                    {
                        _general.Add(section);
                    }
                    _sectionParts[section] = PartsOf(section, catalogue);
                }
            }
            // The treatments that are a class of another: a scope that lists one is a scope by class.
            var classes = new HashSet<string>(StringComparer.Ordinal);
            foreach (var treatment in catalogue.Treatments)
            {
                foreach (string classId in treatment.Classes)
                {
                    classes.Add(classId);
                }
            }
            foreach (var document in catalogue.Documents)
            {
                foreach (var section in document.AllSections)
                {
                    if (_general.Contains(section))
                    {
                        if (section.PageSet is not null && OnePurpose(section, catalogue) is { } purpose)
                        {
                            _headingPurpose.Add(section, purpose);
                        }
                        continue;
                    }
                    // The section's own title is read once, for its stated purpose and for the treatments it names.
                    var ownTitle = catalogue.ReadItem(section.Title);
                    if (StatedTitlePurpose(section, ownTitle, catalogue) is { } stated)
                    {
                        _titlePurpose.Add(section, stated);
                    }
                    for (var current = section; current is not null; current = current.Parent)
                    {
                        if ((current == section ? ownTitle : catalogue.ReadItem(current.Title)).Treatments.Count > 0)
                        {
                            _titled.Add(section);
                            break;
                        }
                    }
                    if (_titled.Contains(section) || (section.Addresses.Count > 0 && !AnyIn(section.Addresses, classes)))
                    {
                        _ownTopic.Add(section);
                    }
                }
            }
        }

        public IReadOnlyList<BodyPart> SectionParts(GuidelineSection section) =>
            _sectionParts.TryGetValue(section, out var parts) ? parts : section.Scope;

        public IReadOnlyList<BodyPart> DocumentParts(GuidelineDocument document) =>
            _documentParts.TryGetValue(document, out var parts) ? parts : document.BodyParts;

        public bool IsGeneral(GuidelineSection section) => _general.Contains(section);

        public ItemPurpose? HeadingPurpose(GuidelineSection section) => _headingPurpose.TryGetValue(section, out var purpose) ? purpose : null;

        public ItemPurpose? TitlePurpose(GuidelineSection section) => _titlePurpose.TryGetValue(section, out var purpose) ? purpose : null;

        /// <summary>The purpose every treatment the section and the sections nested in it address is declared of, or null.</summary>
        private static ItemPurpose? OnePurpose(GuidelineSection section, GuidelineCatalogue catalogue)
        {
            ItemPurpose? found = null;
            bool mixed = false;
            void Visit(GuidelineSection current)
            {
                foreach (string id in current.Addresses)
                {
                    var purpose = catalogue.FindTreatment(id) is { } treatment ? catalogue.PurposeOf(treatment) : null;
                    if (purpose is not (ItemPurpose.Treatment or ItemPurpose.Diagnosis) || (found is { } seen && seen != purpose))
                    {
                        mixed = true;
                    }
                    found ??= purpose;
                }
                foreach (var child in current.Children)
                {
                    Visit(child);
                }
            }
            Visit(section);
            return mixed ? null : found;
        }

        /// <summary>
        /// The purpose a section's own title states in words ("Ultrasound, therapeutic"), when its scope agrees: every
        /// treatment it addresses is declared of that purpose. Null when the title states none or two ("Diagnostic and
        /// treatment recommendations" states one word, but its scope mixes purposes), or the scope is empty.
        /// </summary>
        private static ItemPurpose? StatedTitlePurpose(GuidelineSection section, DisputedItemReading title, GuidelineCatalogue catalogue)
        {
            if (section.Addresses.Count == 0 || title.StatedPurposes is not { Count: 1 } stated)
            {
                return null;
            }
            return OnePurpose(section, catalogue) == stated[0] ? stated[0] : null;
        }

        private static bool AnyIn(IReadOnlyList<string> ids, HashSet<string> set)
        {
            foreach (string id in ids)
            {
                if (set.Contains(id))
                {
                    return true;
                }
            }
            return false;
        }

        public bool NamesTopic(GuidelineSection section) => _titled.Contains(section);

        public bool HasOwnTopic(GuidelineSection section) => _ownTopic.Contains(section);

        /// <summary>The section's declared scope, widened by the titles from the section up to where that scope is declared.</summary>
        private static IReadOnlyList<BodyPart> PartsOf(GuidelineSection section, GuidelineCatalogue catalogue)
        {
            var scope = section.Scope;
            if (scope.Count == 0)
            {
                return scope;
            }
            var parts = new List<BodyPart>(scope);
            for (var current = section; current is not null; current = current.Parent)
            {
                AddNamed(parts, current.Title, catalogue);
                if (current.BodyParts.Count > 0)
                {
                    return parts;
                }
            }
            AddNamed(parts, section.Document.Title, catalogue);
            return parts;
        }

        private static IReadOnlyList<BodyPart> Widen(IReadOnlyList<BodyPart> declared, string title, GuidelineCatalogue catalogue)
        {
            if (declared.Count == 0)
            {
                return declared;
            }
            var parts = new List<BodyPart>(declared);
            AddNamed(parts, title, catalogue);
            return parts;
        }

        private static void AddNamed(List<BodyPart> parts, string title, GuidelineCatalogue catalogue)
        {
            var reading = catalogue.ReadItem(title);
            if (!reading.BodyPartsNamed)
            {
                return;
            }
            foreach (var part in reading.BodyParts)
            {
                if (!parts.Contains(part))
                {
                    parts.Add(part);
                }
            }
        }
    }
}
