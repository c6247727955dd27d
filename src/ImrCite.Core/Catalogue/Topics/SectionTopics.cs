// Why this file is long (~520 lines): the topic side of the catalogue — the treatment indexes (classes, names,
// forms, purposes) and the judgment of a section's scope against a disputed item — works over the same indexes built
// once per catalogue; the evidence rule and the memoised answers are in TopicEvidence.cs and TopicMemoisation.cs.
using ImrCite.Text;

namespace ImrCite.Catalogue;

/// <summary>Whether a cited section (or document) addresses a disputed item.</summary>
#if IMRCITE_PUBLIC
public enum TopicVerdict
#else
internal enum TopicVerdict
#endif
{
    /// <summary>The catalogue cannot tell: the item names no known treatment, or the section does not take it in but there is no evidence of a mismatch (a scope inferred by class, no body part to compare).</summary>
    Unknown = 0,
    /// <summary>The section addresses the item.</summary>
    Addresses = 1,
    /// <summary>The section does not take the item in, and there is evidence of it: another body part, or the other topic its title names.</summary>
    DoesNotAddress = 2,
}

/// <summary>A verdict on a section and an item, with how closely the section fits when it addresses the item.</summary>
#if IMRCITE_PUBLIC
public readonly struct TopicMatch
#else
internal readonly struct TopicMatch
#endif
{
    internal TopicMatch(TopicVerdict verdict, int distance)
    {
        Verdict = verdict;
        Distance = distance;
    }

    /// <summary>The verdict.</summary>
    public TopicVerdict Verdict { get; }

    /// <summary>
    /// For <see cref="TopicVerdict.Addresses"/>, how far the section's topic is from the item's: 0 when it addresses the
    /// treatment itself (or a kind of it), more for a class, more again through a service, a form or a section around
    /// it. Suggestions prefer the closest.
    /// </summary>
    public int Distance { get; }
}

// The topic side of the catalogue: how treatments relate (classes, forms, purposes, what they serve), how a disputed
// item's words find treatment names, and whether a section's scope — the treatments it addresses, for the body parts
// it is about — takes in a disputed item.
#pragma warning disable IDE0040 // this type's visibility is declared once, on its part in Model/GuidelineCatalogue.cs
partial class GuidelineCatalogue
#pragma warning restore IDE0040
{
    private const int ThroughService = 4;
    private const int ThroughForm = 4;
    private const int ThroughServedTreatment = 3;
    private const int ThroughEnclosingSection = 1;
    private const int BroadSection = 8;

    private readonly Dictionary<string, Dictionary<string, int>> _classDistances = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string[] Words, Treatment Treatment)>> _namesByFirstWord = new Dictionary<string, List<(string[] Words, Treatment Treatment)>>(StringComparer.Ordinal);
    private readonly Dictionary<string, Treatment> _treatmentsByName = new Dictionary<string, Treatment>(StringComparer.Ordinal);

    private void IndexTreatments(List<Treatment> treatments)
    {
        foreach (var treatment in treatments)
        {
            _classDistances.Add(treatment.Id, Distances(treatment.Id));
            foreach (string name in NameVariants(treatment.Names))
            {
                string key = TextKey.Normalize(name);
                if (key.Length == 0)
                {
                    continue;
                }
                if (!_treatmentsByName.ContainsKey(key))
                {
                    _treatmentsByName.Add(key, treatment);
                }
                string[] words = key.Split(' ');
                if (!_namesByFirstWord.TryGetValue(words[0], out var list))
                {
                    list = new List<(string[] Words, Treatment Treatment)>();
                    _namesByFirstWord.Add(words[0], list);
                }
                list.Add((words, treatment));
            }
        }
        foreach (var key in new List<string>(_namesByFirstWord.Keys))
        {
            // Longest first; among names of one length, the first declared (a stable sort).
            var list = _namesByFirstWord[key];
            var ordered = new List<(string[] Words, Treatment Treatment)>(list.Count);
            for (int length = MaxLength(list); length > 0; length--)
            {
                ordered.AddRange(list.FindAll(n => n.Words.Length == length));
            }
            _namesByFirstWord[key] = ordered;
        }
    }

    /// <summary>
    /// A treatment's names and their systematic variants: the plural of a name that ends in a common lower-case word
    /// ("lumbar support" — "lumbar supports", "physical therapy" — "physical therapies"). Brand names, acronyms and words with
    /// punctuation get none.
    /// </summary>
    private static IEnumerable<string> NameVariants(IReadOnlyList<string> names)
    {
        foreach (string name in names)
        {
            yield return name;
            int space = name.LastIndexOf(' ');
            string last = name.Substring(space + 1);
            if (last.Length >= 4 && !last.EndsWith("s", StringComparison.Ordinal) && IsLowerCaseWord(last))
            {
                yield return last.EndsWith("y", StringComparison.Ordinal) && !IsVowel(last[last.Length - 2])
                    ? name.Substring(0, name.Length - 1) + "ies"
                    : name + "s";
            }
        }
    }

    private static bool IsLowerCaseWord(string word)
    {
        foreach (char c in word)
        {
            if (c < 'a' || c > 'z')
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsVowel(char c) => "aeiou".IndexOf(c) >= 0;

    private static int MaxLength(List<(string[] Words, Treatment Treatment)> names)
    {
        int max = 0;
        foreach (var name in names)
        {
            max = Math.Max(max, name.Words.Length);
        }
        return max;
    }

    /// <summary>The treatment and its classes, transitively, each with how many class steps away it is (the treatment itself: 0).</summary>
    private Dictionary<string, int> Distances(string id)
    {
        var distances = new Dictionary<string, int>(StringComparer.Ordinal);
        var queue = new Queue<(string Id, int Distance)>();
        queue.Enqueue((id, 0));
        while (queue.Count > 0)
        {
            var (current, distance) = queue.Dequeue();
            if (distances.ContainsKey(current))
            {
                continue;
            }
            distances.Add(current, distance);
            if (_treatments.TryGetValue(current, out var treatment))
            {
                foreach (string classId in treatment.Classes)
                {
                    queue.Enqueue((classId, distance + 1));
                }
            }
        }
        return distances;
    }

    private IReadOnlyDictionary<string, int> ClassDistances(string id) =>
        _classDistances.TryGetValue(id, out var distances) ? distances : new Dictionary<string, int>(StringComparer.Ordinal) { { id, 0 } };

    private IReadOnlyCollection<string> ClassSet(string id) => (IReadOnlyCollection<string>)ClassDistances(id).Keys;

    /// <summary>The treatment one of whose names is exactly <paramref name="name"/> (by matching key), or null.</summary>
    public Treatment? FindTreatmentByName(string name) => _treatmentsByName.TryGetValue(TextKey.Normalize(name), out var treatment) ? treatment : null;

    /// <summary>The longest treatment name that starts at <paramref name="at"/> in a list of matching-key words, and how many words it takes.</summary>
    internal (Treatment? Treatment, int Length) LongestTreatmentName(IReadOnlyList<string> words, int at)
    {
        if (_namesByFirstWord.TryGetValue(words[at], out var names))
        {
            foreach (var (nameWords, treatment) in names)
            {
                if (DisputedItemReading.Matches(words, at, nameWords))
                {
                    return (treatment, nameWords.Length);
                }
            }
        }
        return (null, 0);
    }

    /// <summary>A kind of <paramref name="treatment"/> (one whose own classes name it) that has the form <paramref name="form"/> as its own — the fentanyl patch for fentanyl — or null.</summary>
    internal Treatment? KindInForm(Treatment treatment, TreatmentForm form)
    {
        foreach (var kind in Treatments)
        {
            if (kind.Form != form)
            {
                continue;
            }
            foreach (string classId in kind.Classes)
            {
                if (string.Equals(classId, treatment.Id, StringComparison.Ordinal))
                {
                    return kind;
                }
            }
        }
        return null;
    }

    /// <summary>True when <paramref name="treatment"/> is <paramref name="kind"/> or belongs to it through its classes.</summary>
    public bool IsKindOf(Treatment treatment, Treatment kind) => ClassDistances(treatment.Id).ContainsKey(kind.Id);

    /// <summary>The body parts a treatment is specific to: its own, else the nearest class's.</summary>
    public IReadOnlyList<BodyPart> BodyPartsOf(Treatment treatment) => Nearest(treatment, t => t.BodyParts.Count > 0 ? t.BodyParts : null) ?? Array.Empty<BodyPart>();

    /// <summary>The form a treatment takes: its own, else the nearest class's; null when none says.</summary>
    public TreatmentForm? FormOf(Treatment treatment) => Nearest(treatment, t => t.Form is { } form ? new[] { form } : null) is { } forms ? forms[0] : null;

    /// <summary>What a treatment is for: its own purpose, else the nearest class's; null when none says.</summary>
    public ItemPurpose? PurposeOf(Treatment treatment) => Nearest(treatment, t => t.Purpose is { } purpose ? new[] { purpose } : null) is { } purposes ? purposes[0] : null;

    /// <summary>The first value a treatment or one of its classes gives, nearest class first.</summary>
    private IReadOnlyList<T>? Nearest<T>(Treatment treatment, Func<Treatment, IReadOnlyList<T>?> value)
    {
        IReadOnlyList<T>? best = null;
        int bestDistance = int.MaxValue;
        foreach (var pair in ClassDistances(treatment.Id))
        {
            if (pair.Value < bestDistance && _treatments.TryGetValue(pair.Key, out var current) && value(current) is { } found)
            {
                best = found;
                bestDistance = pair.Value;
            }
        }
        return best;
    }

    /// <summary>
    /// Whether <paramref name="section"/> addresses <paramref name="item"/>. The section's scope is what it addresses
    /// (with the sections it is nested in and those nested in it), each addressed treatment for the body parts the
    /// section is about (<see cref="BodyPartsAbout(GuidelineSection)"/>), or that the treatment is specific to. It takes in the
    /// item when, for a body part of the item (or any, when the item or the scope names none), it addresses: the item's
    /// treatment, a class of it or a kind of it; a service the item's words stand for (the consultation of a referral,
    /// the surgery of a post-operative item); a treatment that stands for a form the item is in (topical analgesics
    /// for a cream, compounded drugs for a compound); or a treatment that serves the item's (urine drug testing for an
    /// opioid), or one the item's serves. When it does not, the verdict is <see cref="TopicVerdict.DoesNotAddress"/> only
    /// on positive evidence (<see cref="EvidenceAgainst(GuidelineSection, DisputedItemReading)"/>), else
    /// <see cref="TopicVerdict.Unknown"/>.
    /// </summary>
    public TopicMatch Judge(GuidelineSection section, DisputedItemReading item)
    {
        if (item.IsUnknown)
        {
            return new TopicMatch(TopicVerdict.Unknown, 0);
        }
        if (HasScope(section) && ScopeMatch(section, item, ownOnly: false) is { } distance)
        {
            return new TopicMatch(TopicVerdict.Addresses, distance);
        }
        // Not addressed is not enough: only positive evidence of a mismatch makes a verdict (TopicEvidence.cs).
        return EvidenceAgainst(section, item) != MismatchEvidence.None
            ? new TopicMatch(TopicVerdict.DoesNotAddress, 0)
            : new TopicMatch(TopicVerdict.Unknown, 0);
    }

    /// <summary>
    /// Whether a document cited as a whole addresses the item: not when the document is about other body parts than the
    /// item, or its declared scope is other kinds of care (<see cref="EvidenceAgainst(GuidelineDocument, DisputedItemReading)"/>);
    /// yes when its declared scope or one of its sections takes the item in; otherwise the catalogue cannot tell.
    /// </summary>
    public TopicVerdict Judge(GuidelineDocument document, DisputedItemReading item)
    {
        if (item.IsUnknown)
        {
            return TopicVerdict.Unknown;
        }
        if (EvidenceAgainst(document, item) != MismatchEvidence.None)
        {
            return TopicVerdict.DoesNotAddress;
        }
        foreach (string id in document.Addresses)
        {
            if (_treatments.TryGetValue(id, out var addressed) && BodyParts.Compatible(item.BodyParts, ScopeParts(BodyPartsOf(addressed), BodyPartsAbout(document)))
                && Relation(addressed, item, ownOnly: false) is not null)
            {
                return TopicVerdict.Addresses;
            }
        }
        foreach (var section in document.AllSections)
        {
            if (OwnMatch(section, item, ownOnly: false) is not null)
            {
                return TopicVerdict.Addresses;
            }
        }
        return TopicVerdict.Unknown;
    }

    /// <summary>
    /// The MTUS sections in force on <paramref name="asOf"/> (when given; never a proposed one) that address a disputed
    /// item, best suggestion first, leaving out the sections already <paramref name="cited"/> for it. The guideline the
    /// letter already cites comes first (the same document, then one of its series or title), then a section whose body
    /// parts are the item's, then one whose title names the item's treatment, then the closest topic (<see cref="TopicMatch.Distance"/>), then a section on a kind of care before one on the whole chapter, then the catalogue's order.
    /// An item around a surgery prefers, before all that, a section on the post-operative use of its treatment ("Opioids for
    /// Post-operative Pain" for post-op Percocet). A section is never suggested when it takes the item in only as one of
    /// the many classes a chapter summary lists, nor a general heading of no body part for an item whose words name one
    /// (a hip MRI is not helped by the general approach chapter's "Summary"): no suggestion is better than those.
    /// </summary>
    public IReadOnlyList<GuidelineSection> SuggestSections(DisputedItemReading item, GuidelineDate? asOf, IReadOnlyCollection<GuidelineSection> cited,
        IReadOnlyCollection<GuidelineDocument> citedDocuments)
    {
        var ranked = new List<(GuidelineSection Section, int Surgery, int Inferred, int Guideline, int Parts, int Titled, int Distance, int Exhibit, int Breadth, int Order)>();
        // A chapter summary of the item's own body part: the guideline a reader should open when no section closer to the
        // item addresses it (the ACOEM guidelines adopted by AD order are catalogued by their summaries only).
        var fallback = new List<(GuidelineSection Section, int Surgery, int Inferred, int Guideline, int Parts, int Titled, int Distance, int Exhibit, int Breadth, int Order)>();
        if (item.IsUnknown)
        {
            return Array.Empty<GuidelineSection>();
        }
        int order = 0;
        foreach (var document in Documents)
        {
            if (!document.IsMtus || document.IsProposed || (asOf is { } date && !document.IsInForceOn(date)))
            {
                continue;
            }
            int guideline = GuidelineRank(document, citedDocuments);
            foreach (var section in document.AllSections)
            {
                order++;
                if (Contains(cited, section) || OwnMatch(section, item, ownOnly: false) is not { } distance)
                {
                    continue;
                }
                int parts = item.BodyParts.Count > 0 && section.Scope.Count > 0 ? 0 : 1;
                // A section on the whole chapter (its summary) comes after the sections on a kind of care.
                int breadth = section.Addresses.Count > BroadSection ? 1 : 0;
                int titled = TitleNames(section, item) ? 0 : 1;
                if (item.BodyParts.Count > 0 && section.Scope.Count == 0 && titled == 1 && !HasOwnTopicScope(section))
                {
                    // Covers a class of care for no body part in particular, and the item is of one (by its words or its
                    // treatment, a lumbar MRI): it does not address this treatment of this body part in any way a reader could use.
                    continue;
                }
                if (item.Purpose != ItemPurpose.PostOperative && IsAfterSurgery(section))
                {
                    // A section on the care after an operation (the Postsurgical guidelines' "Knee") is no guidance on the
                    // operation itself, nor on a treatment outside that period.
                    continue;
                }
                // A post-operative section first, when it is about the item's own treatment or its class (not a kind of
                // it: a post-operative TENS section is no place for post-operative physical therapy).
                int surgery = item.Purpose == ItemPurpose.PostOperative && OwnMatch(section, item, ownOnly: true) is not null && IsAboutSurgery(section) ? 0 : 1;
                // An item of no body part (a drug) that a chapter's heading takes in only as one of the broad classes inferred
                // for such headings ("Initial Care": medications) comes after any section on the item's treatment or its own
                // class, whatever guideline the letter cites: the heading's body part cannot make it the place to look.
                // Among those, a section of a guideline whose declared scope is the item's kind of care (the drug formulary
                // for a drug) comes before a heading of a guideline about something else (a condition's summary).
                int inferred = item.BodyParts.Count == 0 && distance >= 2 && !HasOwnTopicScope(section)
                    ? (section.Document.Addresses.Count > 0 ? 1 : 2)
                    : 0;
                // A numbered table ("Table 13-2") summarises what a heading of its chapter says: among sections equally
                // close to the item, the heading comes first.
                int exhibit = IsNumberedExhibit(section.Title) ? 1 : 0;
                if (breadth == 1 && distance > 0)
                {
                    // Lists the item's class among everything a chapter covers: suggested only when it is the chapter of
                    // the item's body part and nothing closer addresses the item.
                    if (item.BodyParts.Count > 0 && BodyPartsAbout(section).Count > 0)
                    {
                        fallback.Add((section, surgery, inferred, guideline, parts, titled, distance, exhibit, breadth, order));
                    }
                    continue;
                }
                ranked.Add((section, surgery, inferred, guideline, parts, titled, distance, exhibit, breadth, order));
            }
        }
        if (ranked.Count == 0)
        {
            ranked = fallback;
        }
        ranked.Sort((a, b) =>
            a.Surgery != b.Surgery ? a.Surgery.CompareTo(b.Surgery)
            : a.Inferred != b.Inferred ? a.Inferred.CompareTo(b.Inferred)
            : a.Guideline != b.Guideline ? a.Guideline.CompareTo(b.Guideline)
            : a.Parts != b.Parts ? a.Parts.CompareTo(b.Parts)
            : a.Titled != b.Titled ? a.Titled.CompareTo(b.Titled)
            : a.Distance != b.Distance ? a.Distance.CompareTo(b.Distance)
            : a.Exhibit != b.Exhibit ? a.Exhibit.CompareTo(b.Exhibit)
            : a.Breadth != b.Breadth ? a.Breadth.CompareTo(b.Breadth)
            : a.Order.CompareTo(b.Order));
        var sections = new List<GuidelineSection>(ranked.Count);
        foreach (var entry in ranked)
        {
            sections.Add(entry.Section);
        }
        return sections;
    }

    /// <summary>
    /// True when a title is only the label of a numbered exhibit of its chapter — "Table 13-2", "Figure 3", "Algorithm 12-5":
    /// the word, then one number or two joined by a hyphen or a dot, and nothing else.
    /// </summary>
    internal static bool IsNumberedExhibit(string title)
    {
        // The matching key splits "13-2" and "12.5" into number words: "table 13 2".
        string[] words = TextKey.Normalize(title).Split(' ');
        if (words.Length < 2 || words.Length > 3 || (words[0] != "table" && words[0] != "figure" && words[0] != "algorithm" && words[0] != "box"))
        {
            return false;
        }
        for (int i = 1; i < words.Length; i++)
        {
            foreach (char c in words[i])
            {
                if (c < '0' || c > '9')
                {
                    return false;
                }
            }
        }
        return true;
    }

    /// <summary>True when the section's title (or an enclosing one's) says it is about care around a surgery ("Opioids for Post-operative Pain").</summary>
    private bool IsAboutSurgery(GuidelineSection section)
    {
        for (var current = section; current is not null; current = current.Parent)
        {
            if (ReadItem(current.Title).Purpose == ItemPurpose.PostOperative)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// True when the section's document is about care after an operation (its title says so: the Postsurgical Treatment
    /// Guidelines), or the section's own title does ("Opioids for Post-operative Pain").
    /// </summary>
    private bool IsAfterSurgery(GuidelineSection section) =>
        ReadItem(section.Document.Title).Purpose == ItemPurpose.PostOperative || IsAboutSurgery(section);

    /// <summary>
    /// True when the section's title names one of the item's treatments ("Functional capacity evaluation") or the class
    /// each belongs to directly ("Injections" for a corticosteroid injection).
    /// </summary>
    private bool TitleNames(GuidelineSection section, DisputedItemReading item)
    {
        string title = " " + TextKey.Normalize(section.Title) + " ";
        foreach (var treatment in item.Treatments)
        {
            if (TitleHasName(title, treatment))
            {
                return true;
            }
            foreach (var pair in ClassDistances(treatment.Id))
            {
                if (pair.Value == 1 && _treatments.TryGetValue(pair.Key, out var own) && TitleHasName(title, own))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>True when the section's own title names <paramref name="treatment"/> ("Psychological evaluations" names a psychological evaluation).</summary>
    internal static bool TitleNames(GuidelineSection section, Treatment treatment) =>
        TitleHasName(" " + TextKey.Normalize(section.Title) + " ", treatment);

    private static bool TitleHasName(string title, Treatment treatment)
    {
        foreach (string name in NameVariants(treatment.Names))
        {
            string key = TextKey.Normalize(name);
            if (key.Length > 0 && title.IndexOf(" " + key + " ", StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>0 for a document already cited, 1 for another of its series or another edition of it, 2 otherwise.</summary>
    private static int GuidelineRank(GuidelineDocument document, IReadOnlyCollection<GuidelineDocument> citedDocuments)
    {
        int rank = 2;
        foreach (var cited in citedDocuments)
        {
            if (ReferenceEquals(cited, document))
            {
                return 0;
            }
            if ((cited.Series is not null && string.Equals(cited.Series, document.Series, StringComparison.Ordinal))
                || string.Equals(cited.Title, document.Title, StringComparison.Ordinal))
            {
                rank = 1;
            }
        }
        return rank;
    }

    private static bool Contains(IReadOnlyCollection<GuidelineSection> sections, GuidelineSection section)
    {
        foreach (var each in sections)
        {
            if (ReferenceEquals(each, section))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// True when the section, a section it is nested in, or one nested in it says what it addresses, or its document
    /// declares the scope of the whole guideline (<see cref="GuidelineDocument.Addresses"/>), which a section that says
    /// nothing takes.
    /// </summary>
    public static bool HasScope(GuidelineSection section) => HasOwnOrNestedScope(section) || section.Document.Addresses.Count > 0;

    /// <summary>The treatments a section addresses as such: its own, or its document's declared scope when neither it nor a section around or within it says.</summary>
    private static IReadOnlyList<string> AddressesOf(GuidelineSection section) =>
        section.Addresses.Count > 0 || section.AddressesNothing || section.Document.Addresses.Count == 0 || HasOwnOrNestedScope(section)
            ? section.Addresses
            : section.Document.Addresses;

    private static bool HasOwnOrNestedScope(GuidelineSection section)
    {
        for (var current = section; current is not null; current = current.Parent)
        {
            if (current.Addresses.Count > 0 || current.AddressesNothing)
            {
                return true;
            }
        }
        return HasScopeBelow(section);
    }

    private static bool HasScopeBelow(GuidelineSection section)
    {
        foreach (var child in section.Children)
        {
            if (child.Addresses.Count > 0 || child.AddressesNothing || HasScopeBelow(child))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// How closely the section's scope takes in the item, or null when it does not. <paramref name="ownOnly"/> looks at the
    /// section's own addresses and at the item's treatment and its classes only (the MTUS sections on a topic, IMR0110).
    /// </summary>
    private int? ScopeMatch(GuidelineSection section, DisputedItemReading item, bool ownOnly)
    {
        int? best = OwnMatch(section, item, ownOnly);
        if (ownOnly)
        {
            return best;
        }
        for (var parent = section.Parent; parent is not null; parent = parent.Parent)
        {
            best = Better(best, OwnMatch(parent, item, false) + ThroughEnclosingSection);
        }
        return Better(best, BelowMatch(section, item));
    }

    private int? BelowMatch(GuidelineSection section, DisputedItemReading item)
    {
        int? best = null;
        foreach (var child in section.Children)
        {
            best = Better(best, OwnMatch(child, item, false) + ThroughEnclosingSection);
            best = Better(best, BelowMatch(child, item));
        }
        return best;
    }

    private static int? Better(int? a, int? b) => a is null ? b : b is null ? a : Math.Min(a.Value, b.Value);

    private int? OwnMatch(GuidelineSection section, DisputedItemReading item, bool ownOnly)
    {
        int? best = null;
        // A guideline's declared scope taken by a section that says nothing is not the section's own topic (IMR0110's question).
        foreach (string addressedId in ownOnly ? section.Addresses : AddressesOf(section))
        {
            if (!_treatments.TryGetValue(addressedId, out var addressed))
            {
                continue;
            }
            var scope = ScopeParts(BodyPartsOf(addressed), BodyPartsAbout(section));
            if (!BodyParts.Compatible(item.BodyParts, scope))
            {
                continue;
            }
            best = Better(best, Relation(addressed, item, ownOnly));
        }
        return best;
    }

    /// <summary>
    /// The body parts a section addresses a treatment for: the treatment's own parts narrowed to the section's where one is
    /// within the other (an injection of the spine in the low back chapter is a lumbar one, not a cervical one); the
    /// treatment's own where they do not meet (a section that lists another part's treatment on purpose); the section's
    /// when the treatment is of no part in particular.
    /// </summary>
    private static IReadOnlyList<BodyPart> ScopeParts(IReadOnlyList<BodyPart> ownParts, IReadOnlyList<BodyPart> sectionParts)
    {
        if (ownParts.Count == 0)
        {
            return sectionParts;
        }
        if (sectionParts.Count == 0)
        {
            return ownParts;
        }
        var narrowed = new List<BodyPart>();
        foreach (var own in ownParts)
        {
            foreach (var part in sectionParts)
            {
                var narrower = own == part || BodyParts.RegionOf(part) == own ? part : BodyParts.RegionOf(own) == part ? own : (BodyPart?)null;
                if (narrower is { } kept && !narrowed.Contains(kept))
                {
                    narrowed.Add(kept);
                }
            }
        }
        return narrowed.Count > 0 ? narrowed : ownParts;
    }

    /// <summary>How closely an addressed treatment relates to the item's topic, or null when it does not.</summary>
    private int? Relation(Treatment addressed, DisputedItemReading item, bool ownOnly)
    {
        int? best = null;
        foreach (var treatment in item.Treatments)
        {
            best = Better(best, Related(addressed, treatment, ownOnly));
        }
        if (ownOnly)
        {
            return best;
        }
        foreach (var service in item.Services)
        {
            best = Better(best, Related(addressed, service, false) + ThroughService);
        }
        if (addressed.Form is { } form && item.HasForm(form))
        {
            best = Better(best, ThroughForm);
        }
        return best;
    }

    private int? Related(Treatment addressed, Treatment treatment, bool ownOnly)
    {
        // The treatment itself, or a class of it: the section on opioids addresses Norco.
        if (ClassDistances(treatment.Id).TryGetValue(addressed.Id, out int distance))
        {
            // Only a section on the treatment or its own class is about it as such: a section on all medications or all
            // diagnostic testing is no MTUS treatment of the topic of a non-MTUS section (IMR0110).
            return ownOnly && distance > 1 ? null : distance;
        }
        if (ownOnly)
        {
            return null;
        }
        // A kind of it: a section on shoulder MRI addresses a disputed MRI (a step away: it covers only part of the item).
        if (ClassDistances(addressed.Id).ContainsKey(treatment.Id))
        {
            return 1;
        }
        // What one serves: the drug-testing section bears on an opioid, the opioid section on a drug test.
        if (Serves(addressed, treatment) || Serves(treatment, addressed))
        {
            return ThroughServedTreatment;
        }
        return null;
    }

    /// <summary>True when <paramref name="server"/> (or a class of it) applies to <paramref name="served"/>, a class of it or a kind of it.</summary>
    private bool Serves(Treatment server, Treatment served)
    {
        foreach (var pair in ClassDistances(server.Id))
        {
            if (!_treatments.TryGetValue(pair.Key, out var current))
            {
                continue;
            }
            foreach (string target in current.AppliesTo)
            {
                if (ClassDistances(served.Id).ContainsKey(target) || ClassDistances(target).ContainsKey(served.Id))
                {
                    return true;
                }
            }
        }
        return false;
    }
}
