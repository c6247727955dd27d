// Why this file is long (~1,000 lines): it is the name grammar, one walk over a segment's words whose branches
// (numbered section, section, document, source, filler, topic before chapter, topic of a lone source, unknown
// name) all read and move the same state: the current source, document and clause, the words consumed and the
// matches emitted. Split across files, that state would have to be passed around or spread over partial
// classes; here each branch is one method, in the order Read tries them.
using System.Linq;
using ImrCite.Catalogue;
using ImrCite.Diagnostics;

namespace ImrCite.Citations;

/// <summary>
/// Reads the name words of one citation segment against the catalogue: which source, document and sections
/// they name, and what they fail to name. One instance per segment; <see cref="Read"/> walks the words once,
/// and at each word tries, in order, one branch per form letters use (each a method below):
/// a numbered section of the current document, a section of it, a new document, a source's name, filler, a
/// topic written before its chapter, a topic of a source named alone, and finally an unknown name.
/// </summary>
/// <remarks>
/// What the words cannot name is reported once per clause, by what the catalogue knows: in a document whose
/// section list is complete, an unknown section is an error (IMR0102, with "did you mean"); in a partial one
/// (ODG) it is an unverified topic (IMR0113), unless it misspells a catalogued title; an unknown chapter of a
/// partial source likewise; a reference that is no guideline at all (a web address, a book) is IMR0112.
/// </remarks>
internal sealed class NameReading
{
    // What is read, against what. A reading object is reused from one segment to the next on a thread (see Start),
    // with its working lists: only results are new.
    private string _text = "";
    private CitationSegment _segment = null!;
    private GuidelineDate? _asOf;
    private GuidelineCatalogue _catalogue = null!;
    private CatalogueNameIndex _index = null!;
    private List<CitationProblem> _problems = null!;

    private readonly NameWordList _words = new(32);
    private readonly List<CitationMatch> _emitted = new();
    // By the document itself (a catalogue holds one object per id): no id is hashed to ask.
    private readonly DocumentSpans _documentSpans = new();
    private readonly List<(GuidelineSection Section, int Start, int End)> _sections = new();
    private readonly List<GuidelineDocument> _documentEntries = new();
    private readonly List<GuidelineSection> _sectionEntries = new();
    private readonly List<GuidelineSource> _sourceEntries = new();
    private readonly List<GuidelineDocument> _candidates = new();
    private static readonly List<GuidelineDocument> NoDocuments = new(0);

    // The section names of the document asked about last: the branches ask for the current document's names
    // several times per word, and a catalogue lookup each time showed in profiles.
    private GuidelineDocument? _namesDocument;
    private CatalogueNameIndex.DocumentNames? _names;

    // The last LongestSection answer: the words are not changed while they are read, so it stands for the reading.
    private CatalogueNameIndex.DocumentNames? _sectionLookupNames;
    private int _sectionLookupStart;
    private int _sectionLookupEnd;
    private GuidelineSection? _sectionLookupFirst;

    // The segment's pages as a page set, built once for every citation read from it (a page set is immutable).
    private PageSet? _pages;
    private bool _pagesBuilt;

    // The document being read, where its name stands, and whether a section of it failed to resolve.
    private GuidelineDocument? _document;
    private int _documentStart;
    private int _documentEnd;
    private bool _documentHadUnknown;
    private bool _documentUnverified;
    // For a document named in a version the catalogue does not hold ("v4", "December 18, 2024"): what the words named
    // and the versions the catalogue holds, for the one finding; null otherwise.
    private string? _unheldVersion;
    private string? _heldVersions;

    // The source named last ("Official Disability Guidelines (ODG)"), and whether it was the last thing read:
    // a document may follow a source's name directly, and a topic named after it alone is one of its sections.
    private GuidelineSource? _namedSource;
    private bool _sourceJustNamed;
    private int _sourceStart;
    private int _sourceEnd;

    // The last unknown name reported, while nothing known has been read since: the next unknown words extend it.
    private int _openUnknownProblem;
    private int _openUnknownMatch;

    // How many matches were emitted when the last document was flushed: every later document's name stands after
    // all of them, so a question about the current document looks only at the matches emitted since.
    private int _emittedAtFlush;

    // After a misspelt document's name, its sections cannot be read: they are part of that one finding.
    private bool _afterMisspeltDocument;

    private NameReading()
    {
    }

    /// <summary>
    /// A reading of <paramref name="segment"/>'s name words, its words tokenized, in <paramref name="reading"/> (an idle
    /// reading of the caller's working lists, reused from one segment to the next; null makes one). Call
    /// <see cref="Release"/> when done.
    /// </summary>
    public static NameReading Start(NameReading? reading, string text, CitationSegment segment, GuidelineDate? asOf, GuidelineCatalogue catalogue, CatalogueNameIndex index, List<CitationProblem> problems)
    {
        reading ??= new NameReading();
        reading._text = text;
        reading._segment = segment;
        reading._asOf = asOf;
        reading._catalogue = catalogue;
        reading._index = index;
        reading._namesDocument = null;
        reading._names = null;
        reading._sectionLookupNames = null;
        reading._sectionLookupFirst = null;
        reading._problems = problems;
        reading._pages = null;
        reading._pagesBuilt = false;
        reading._document = null;
        reading._documentStart = -1;
        reading._documentEnd = -1;
        reading._documentHadUnknown = false;
        reading._documentUnverified = false;
        reading._unheldVersion = null;
        reading._heldVersions = null;
        reading._namedSource = null;
        reading._sourceJustNamed = false;
        reading._sourceStart = -1;
        reading._sourceEnd = -1;
        reading._openUnknownProblem = -1;
        reading._openUnknownMatch = -1;
        reading._emittedAtFlush = 0;
        reading._afterMisspeltDocument = false;
        NameTokenizer.Read(text, segment.NameParts, reading._index.Words, reading._words);
        return reading;
    }

    /// <summary>
    /// Empties the reading for the next one; <see cref="Matches"/> and <see cref="DocumentSpans"/> are empty
    /// afterwards, so read them first. What it held is dropped, so nothing read stays reachable from it.
    /// </summary>
    public void Release()
    {
        _words.Clear();
        _emitted.Clear();
        _documentSpans.Clear();
        _sections.Clear();
        _documentEntries.Clear();
        _sectionEntries.Clear();
        _sourceEntries.Clear();
        _candidates.Clear();
        // Memory stays bounded by an ordinary statement, not by the largest ever read on the thread.
        Bound(_words);
        Bound(_emitted);
        Bound(_sections);
        Bound(_documentEntries);
        Bound(_sectionEntries);
        Bound(_sourceEntries);
        Bound(_candidates);
        _text = "";
        _segment = null!;
        _catalogue = null!;
        _index = null!;
        _problems = null!;
        _pages = null;
        _document = null;
        _namedSource = null;
        _namesDocument = null;
        _names = null;
        _sectionLookupNames = null;
        _sectionLookupFirst = null;
    }

    /// <summary>The most items a working list keeps room for between readings; one that grew past it is cut back.</summary>
    private const int MaxKeptCapacity = 1024;

    private static void Bound<T>(List<T> list)
    {
        if (list.Capacity > MaxKeptCapacity)
        {
            list.Capacity = 32;
        }
    }

    private static void Bound(NameWordList list)
    {
        if (list.Capacity > MaxKeptCapacity)
        {
            list.Capacity = 32;
        }
    }

    /// <summary>The room, in items, this reading keeps in its working lists while idle.</summary>
    internal int KeptCapacity =>
        _words.Capacity + _emitted.Capacity + _sections.Capacity + _documentEntries.Capacity
            + _sectionEntries.Capacity + _sourceEntries.Capacity + _candidates.Capacity;

    /// <summary>The citations and unresolved names found, in text order.</summary>
    public IReadOnlyList<CitationMatch> Matches => _emitted;

    /// <summary>Where each cited document's name stands, by document (for findings about the whole document).</summary>
    public DocumentSpans DocumentSpans => _documentSpans;

    /// <summary>Reads the words.</summary>
    public void Read()
    {
        int problemsBefore = _problems.Count;
        int i = 0;
        while (i < _words.Count)
        {
            if (_words[i].IsSkipped)
            {
                i++; // qualifiers, years and versions are read with the name they qualify
                continue;
            }
            if (TryNumberedSection(ref i) || TrySection(ref i) || TryTopicBeforeItsDocument(ref i) || TryDocument(ref i) || TrySource(ref i)
                || TrySkipFiller(ref i) || TryTopicOfSource(ref i))
            {
                continue;
            }
            ReadUnknown(ref i);
        }
        FlushDocument();
        if (_emitted.Count == 0 && _segment.Pages.Count > 0)
        {
            TryChapterByPage();
        }
        if (_emitted.Count == 0 && _segment.Pages.Count > 0)
        {
            int start = _segment.Start;
            _problems.Add(new CitationProblem(Rules.MalformedCitation,
                new object?[] { "The pages do not say which guideline they are in" }, start, Math.Max(1, _segment.End - start)));
        }
        if (_emitted.Count == 0 && _problems.Count == problemsBefore && _namedSource is { } source && _sourceStart >= 0)
        {
            // A source named with no chapter or topic ("Official Disability Guidelines (ODG)") is cited, too vaguely to check.
            AddUnverified(Shorten(_text.Substring(_sourceStart, _sourceEnd - _sourceStart)), _sourceStart, _sourceEnd,
                $"a citation of {source.Name} with no chapter or topic", "", null, source);
        }
        SortByStart(_emitted);
    }

    /// <summary>
    /// Puts the matches in text order, once per reading (sorting at every document's end made a statement naming many
    /// documents quadratic). Stable: matches that start together keep the order they were found in.
    /// </summary>
    private static void SortByStart(List<CitationMatch> matches)
    {
        for (int k = 1; k < matches.Count; k++)
        {
            if (matches[k].Start < matches[k - 1].Start)
            {
                var sorted = matches.Select((match, order) => (match, order)).OrderBy(pair => pair.match.Start).ThenBy(pair => pair.order).Select(pair => pair.match).ToList();
                matches.Clear();
                matches.AddRange(sorted);
                return;
            }
        }
    }

    // ---- Branches ------------------------------------------------------------------------------------------

    /// <summary>"3.3.9 Opioids for Chronic Pain …: Maintenance …": a section of the current document named by its number.</summary>
    private bool TryNumberedSection(ref int i)
    {
        if (_document is null)
        {
            return false;
        }
        int named = PastFiller(i);
        int run = named;
        while (run < _words.Count && run - named < 6 && _words[run].IsNumber && (run == named || !_words[run].HasSeparatorBefore))
        {
            run++;
        }
        var names = NamesOf(_document);
        for (int end = run; end > named; end--)
        {
            if (names.ByNumber(JoinKeys(named, end)) is not { } section)
            {
                continue;
            }
            // The rest of a numbered section's title runs to the next numbered section or the next guideline.
            int titleEnd = end;
            while (titleEnd < _words.Count && !StartsNextItem(titleEnd))
            {
                titleEnd++;
            }
            AddSection(section, named, titleEnd);
            i = titleEnd;
            return true;
        }
        return false;
    }

    /// <summary>A section of the current document, by the longest title or alias, where the words start or past filler.</summary>
    private bool TrySection(ref int i)
    {
        if (_document is null)
        {
            return false;
        }
        var names = NamesOf(_document);
        int at = i;
        int end = LongestSection(names, i, out var section);
        int named = PastFiller(i);
        if (end < 0 && named > i)
        {
            at = named;
            end = LongestSection(names, named, out section);
        }
        if (end < 0)
        {
            return false;
        }
        // Longest reading wins across kinds too: after a separator, words that name a whole document and run
        // past the section's title ("…Chapter, ODG Physical Therapy Guidelines") start that document.
        if ((StartsAfterSeparator(i) || _sourceJustNamed) && TryMatchDocument(at, out var namedDocuments, out int documentStart, out int documentEnd))
        {
            if (documentStart == at && documentEnd > end)
            {
                return false;
            }
            // A version written with the words belongs to what has versions: in "MTUS Drug Formulary, MTUS Drug List v12"
            // the formulary's section "MTUS Drug List" has none, the Drug List's versions are documents, so the words
            // start that document, which the version then picks. (The same words: the document's name starts inside the
            // section's, not after it as in "Recommendations, and Depressive Disorders 2020".)
            if (documentStart < end && documentEnd >= end && VersionSelectors.Read(_words, at, QualifiersEnd(documentEnd)) is { Any: true } selectors
                && VersionChoice.PicksAnotherVersion(namedDocuments, _document, selectors))
            {
                return false;
            }
        }
        end = PastAnnotation(at, end);
        if (TryLongerOpenTopic(at, end, ref i))
        {
            return true;
        }
        AddSection(section!, at, end);
        i = end;
        return true;
    }

    /// <summary>
    /// "Back brace, post operative (fusion)": in a statement marked non-MTUS, a catalogued topic of an open source's guideline
    /// followed by a qualifier (<see cref="TopicTitleQualifier"/>) is one longer topic the catalogue lacks, unless the two
    /// together misspell a catalogued title (that misspelling is then the finding, read after the section).
    /// </summary>
    private bool TryLongerOpenTopic(int at, int end, ref int i)
    {
        var document = _document!;
        if (!_segment.IsNonMtus || document.IsMtus || !IsPartial(document) || _documentUnverified
            || TopicTitleQualifier.End(_words, _text, end, _words[at].Depth, _index, _catalogue) is not (> 0 and var longer))
        {
            return false;
        }
        int spanStart = _words[at].Start;
        int spanEnd = ExtendToClosingParenthesis(spanStart, _words[longer - 1].End);
        string written = Shorten(_text.Substring(spanStart, spanEnd - spanStart));
        if (Suggestions.Misspelt(NamesOf(document).SectionSuggestions, written) is not null)
        {
            return false;
        }
        _sourceJustNamed = false;
        AddUnverified(written, spanStart, spanEnd, "a topic of " + document.CanonicalName, PartialNote(document), document, null);
        i = longer;
        return true;
    }

    /// <summary>
    /// A document: the first, a new one after a separator ("..., and Forearm, Wrist, and Hand Complaints 2004"),
    /// one right after its source's name ("(ODG) Knee and Leg"), or a second chapter of the same source joined by
    /// "and" before any section ("ODG Low Back and Neck Chapter").
    /// </summary>
    private bool TryDocument(ref int i)
    {
        bool mayStart = _document is null || StartsAfterSeparator(i) || _sourceJustNamed;
        bool joinsSameSource = !mayStart && _words[i].Key == "and" && _sections.Count == 0 && !_documentHadUnknown;
        if (!mayStart && !joinsSameSource)
        {
            return false;
        }
        if (!TryMatchDocument(i, out var candidates, out int nameStart, out int nameEnd))
        {
            return false;
        }
        if (!mayStart && candidates[0].SourceId != _document!.SourceId)
        {
            return false;
        }
        int end = PastTitleEcho(candidates[0], nameEnd);
        if (MisspellsALongerName(candidates[0], nameStart, end))
        {
            return false; // "Knee Complants 2004" is a misspelt "Knee Complaints", not ODG's "Knee" and a topic
        }
        int qualifiersEnd = QualifiersEnd(end);
        var selectors = VersionSelectors.Read(_words, LeadStart(i), qualifiersEnd);
        if (selectors.Date is not null)
        {
            candidates = WithTheTitleBeforeGuideline(candidates, nameStart, nameEnd);
        }
        var chosen = VersionChoice.Choose(candidates, selectors, _asOf, out var fit);
        string? heldVersions = fit == VersionChoice.Fit.OtherEdition && selectors.Edition is null && (selectors.Version ?? selectors.Date?.ToString()) is not null
            ? VersionChoice.HeldVersions(candidates, selectors)
            : null;
        FlushDocument();
        _document = chosen;
        _documentStart = _words[nameStart].Start;
        // A version's date after the name is part of how the letter names the guideline: "Chronic Pain Guideline (ACOEM December 19, 2024)".
        int nameWordsEnd = end;
        if (selectors.Date is not null)
        {
            for (int k = end; k < qualifiersEnd; k++)
            {
                nameWordsEnd = _words[k].Kind == NameWordKind.VersionDate ? k + 1 : nameWordsEnd;
            }
        }
        _documentEnd = ExtendToClosingParenthesis(_documentStart, _words[nameWordsEnd - 1].End);
        _heldVersions = heldVersions;
        _unheldVersion = heldVersions is null ? null : selectors.Version ?? "dated " + selectors.Date;
        // A guideline the letter does not present as MTUS, in a version the catalogue does not hold or that the MTUS
        // had not adopted on the date, is recognised but not checked: "Non-MTUS Citation: ACOEM ... 3rd ed. ...".
        _documentUnverified = fit == VersionChoice.Fit.OtherEdition
            || (fit == VersionChoice.Fit.NotInForce && chosen.IsMtus && (_segment.IsNonMtus || IsNonMtusSource(_namedSource)));
        _sourceJustNamed = false;
        CloseUnknown();
        i = end;
        return true;
    }

    /// <summary>
    /// "Chronic Pain Guideline (ACOEM December 19, 2024)": a version's date is the publisher's, so the guideline it dates
    /// is named by the title before the common noun "Guideline(s)" — ACOEM's "Chronic Pain" — as well as by the longer
    /// name that holds the noun (the Chronic Pain Medical Treatment Guidelines' alias "Chronic Pain Guidelines"). Both are
    /// candidates; the date picks among them.
    /// </summary>
    private List<GuidelineDocument> WithTheTitleBeforeGuideline(List<GuidelineDocument> candidates, int nameStart, int nameEnd)
    {
        if (nameEnd - 1 <= nameStart || _words[nameEnd - 1].Key is not ("guideline" or "guidelines")
            || _index.Documents.Longest(_words, nameStart, nameEnd - 1, _documentEntries) != nameEnd - 1)
        {
            return candidates;
        }
        var merged = new List<GuidelineDocument>(candidates); // a copy: PreferSource refills the candidates list
        foreach (var document in PreferSource(_documentEntries))
        {
            if (!merged.Contains(document))
            {
                merged.Add(document);
            }
        }
        return merged;
    }

    /// <summary>
    /// Past the qualifiers right after a name, which qualify it even past a comma ("Drug List, version 7"), and past
    /// "Guideline(s)" written with it: "Low Back Disorders Guideline (ACOEM February 13, 2020)".
    /// </summary>
    private int QualifiersEnd(int end)
    {
        int qualifiersEnd = end;
        while (qualifiersEnd < _words.Count
            && (_words[qualifiersEnd].IsSkipped || (!_words[qualifiersEnd].HasSeparatorBefore && _words[qualifiersEnd].Key is "guideline" or "guidelines")))
        {
            qualifiersEnd++;
        }
        return qualifiersEnd;
    }

    /// <summary>A source's name ("Official Disability Guidelines (ODG)", "Work Loss Data Institute", "ODG"): who publishes what follows, not which document.</summary>
    private bool TrySource(ref int i)
    {
        int end = _index.Sources.Longest(_words, i, _words.Count, _sourceEntries);
        if (end < 0)
        {
            return false;
        }
        if (!_sourceJustNamed || _sourceStart < 0 || !ReferenceEquals(_namedSource, _sourceEntries[0]))
        {
            _sourceStart = _words[i].Start; // "Official Disability Guidelines (ODG)": one name, read as two
        }
        _namedSource = _sourceEntries[0];
        _sourceJustNamed = true;
        _sourceEnd = ExtendToClosingParenthesis(_sourceStart, _words[end - 1].End);
        CloseUnknown();
        i = end;
        return true;
    }

    /// <summary>Filler between names ("and", "the", "ODG (updated 2016) Knee"): skipped, keeping the source just named.</summary>
    private bool TrySkipFiller(ref int i)
    {
        // Numbers that name nothing are filler too: page numbers in a section list, ordinals, parts of dates.
        if (!_words[i].IsFiller && !char.IsDigit(_words[i].Key[0]))
        {
            return false;
        }
        i++;
        return true;
    }

    /// <summary>
    /// Words that name no document but a section of a document named right after them: in the same run ("MRI
    /// shoulder") or past a separator ("physical therapy, elbow chapter"). Both names must be read whole.
    /// </summary>
    private bool TryTopicBeforeItsDocument(ref int i)
    {
        if (_document is not null || _afterMisspeltDocument)
        {
            return false;
        }
        // Only where a section of some document can end is a document's name looked for after it: one walk of the
        // index of every section name, instead of a document match at every split.
        ulong sectionEnds = _index.AnySection.Ends(_words, i, _words.Count);
        if (sectionEnds == 0)
        {
            return false;
        }
        int runEnd = ClauseEnd(i);
        int lastSplit = Math.Min(runEnd - 1, i + NameTrie<GuidelineSection>.MaxWalk);
        for (int split = i + 1; split <= lastSplit; split++)
        {
            if ((sectionEnds & (1UL << (split - i))) == 0)
            {
                continue;
            }
            if (TryDocumentAt(split, out var document, out int documentEnd) && OnlySkippedBetween(documentEnd, runEnd)
                && NamesOf(document!).Sections.Longest(_words, i, split, _sectionEntries) == split)
            {
                AdoptTopicAndDocument(_sectionEntries[0], i, split, document!, split, documentEnd);
                i = documentEnd;
                return true;
            }
        }
        if (runEnd < _words.Count && runEnd - i < 64 && (sectionEnds & (1UL << (runEnd - i))) != 0 && TryDocumentAt(runEnd, out var later, out int laterEnd) && OnlySkippedBetween(laterEnd, ClauseEnd(runEnd))
            && NamesOf(later!).Sections.Longest(_words, i, runEnd, _sectionEntries) == runEnd)
        {
            AdoptTopicAndDocument(_sectionEntries[0], i, runEnd, later!, runEnd, laterEnd);
            i = laterEnd;
            return true;
        }
        return false;
    }

    /// <summary>"(ODG) PRP": a topic named after its source alone is that source's section of the name (outside the MTUS, where topics repeat across versions).</summary>
    private bool TryTopicOfSource(ref int i)
    {
        if (_document is not null || _namedSource is null || _afterMisspeltDocument)
        {
            return false;
        }
        int runEnd = ClauseEnd(i);
        GuidelineDocument? owner = null;
        GuidelineSection? topic = null;
        int topicEnd = i;
        for (int candidateIndex = 0; candidateIndex < _catalogue.Documents.Count; candidateIndex++)
        {
            var candidate = _catalogue.Documents[candidateIndex];
            if (candidate.SourceId != _namedSource.Id || candidate.IsMtus || (_asOf is { } date && !candidate.IsInForceOn(date)))
            {
                continue;
            }
            int end = NamesOf(candidate).Sections.Longest(_words, i, runEnd, _sectionEntries);
            if (end > topicEnd)
            {
                owner = candidate;
                topic = _sectionEntries[0];
                topicEnd = end;
            }
        }
        if (owner is null || topicEnd != runEnd)
        {
            return false;
        }
        int spanStart = _words[i].Start;
        int spanEnd = ExtendToClosingParenthesis(spanStart, _words[topicEnd - 1].End);
        _document = owner;
        _documentStart = spanStart;
        _documentEnd = spanEnd;
        _documentUnverified = false;
        _sections.Add((topic!, spanStart, spanEnd));
        CloseUnknown();
        i = topicEnd;
        return true;
    }

    /// <summary>Words that name nothing the catalogue holds, up to the next separator: reported by what the catalogue knows.</summary>
    private void ReadUnknown(ref int i)
    {
        _sourceJustNamed = false;
        // An unknown topic of a known document runs to the next separator ("Low Back chapter: MRI"); an unknown
        // document's name to the end of its clause, for titles hold colons and dashes ("Workplace Mental Health: …").
        int runEnd = _document is null ? ClauseEnd(i) : PastLowerCaseQualifiers(RunEnd(i));
        if (RunHasReferenceCue(i, runEnd))
        {
            ReadReference(ref i);
            return;
        }
        if (_document is not null && TryMisspeltWithTheSectionBefore(i, runEnd))
        {
            i = runEnd;
            return;
        }
        if (_openUnknownProblem < 0 && TryMisspeltAcrossClauses(i, out int misspeltEnd))
        {
            i = misspeltEnd;
            return;
        }
        int spanStart = _words[i].Start;
        int spanEnd = ExtendToClosingParenthesis(spanStart, _words[runEnd - 1].End);
        if (_afterMisspeltDocument)
        {
            i = runEnd; // "Forewarm, Wrist, and Hand Complaints 2004, Section(s): Special Studies": one finding, at the name
            return;
        }
        if (_openUnknownProblem >= 0)
        {
            ExtendUnknown(spanEnd);
            i = runEnd;
            return;
        }
        string written = Shorten(_text.Substring(spanStart, spanEnd - spanStart));
        if (_document is not null)
        {
            ReadUnknownSection(written, spanStart, spanEnd);
        }
        else
        {
            ReadUnknownDocument(written, spanStart, spanEnd, ref runEnd);
        }
        i = runEnd;
    }

    /// <summary>
    /// Past the comma-separated words that go on an unknown topic's name rather than start another: a run that
    /// begins in lower case ("Home cervical traction devices, pneumatic"; "Ultrasound, therapeutic"), where
    /// letters begin each topic they list with a capital.
    /// </summary>
    private int PastLowerCaseQualifiers(int end)
    {
        while (end < _words.Count && _words[end].Before == NameSeparator.Comma && !_words[end].IsSkipped
            && char.IsLower(_text[_words[end].Start]) && !StartsKnownName(end))
        {
            end = RunEnd(end);
        }
        return end;
    }

    /// <summary>
    /// "Opioids, criteria for uese": the section just read ("Opioids") and the unknown words after it, read
    /// together, misspell a longer title of the document ("Opioids, criteria for use"): the misspelling is the
    /// finding, over both, and the shorter section was not what the letter meant.
    /// </summary>
    private bool TryMisspeltWithTheSectionBefore(int i, int runEnd)
    {
        if (_sections.Count == 0 || !_words[i].HasSeparatorBefore || _documentUnverified)
        {
            return false;
        }
        var (previous, previousStart, previousEnd) = _sections[_sections.Count - 1];
        if (previousEnd > _words[i].Start)
        {
            return false;
        }
        int spanEnd = ExtendToClosingParenthesis(previousStart, _words[runEnd - 1].End);
        string written = Shorten(_text.Substring(previousStart, spanEnd - previousStart));
        string? misspelt = Suggestions.Misspelt(NamesOf(_document!).SectionSuggestions, written);
        if (misspelt is null || string.Equals(misspelt, previous.Title, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        _sections.RemoveAt(_sections.Count - 1);
        OpenUnknown(new CitationProblem(Rules.UnknownSection,
            new object?[] { _document!.CanonicalName, written, $" (did you mean '{misspelt}'?)" }, previousStart, spanEnd - previousStart, misspelt),
            previousStart, spanEnd);
        _documentHadUnknown = true;
        return true;
    }

    /// <summary>
    /// A misspelt name whose title holds commas ("Forewarm, Wrist, and Hand Complaints 2004"): the unknown words,
    /// read across up to a few more comma clauses, misspell a catalogued document's (or, after a document, a
    /// section's) title or alias. The misspelling over the whole span is the finding — not one piece of it an
    /// unknown name and the next a shorter name it happens to contain.
    /// </summary>
    private bool TryMisspeltAcrossClauses(int i, out int end)
    {
        end = i;
        int k = ClauseEnd(i);
        for (int clauses = 1; clauses <= 4 && k < _words.Count; clauses++)
        {
            k = ClauseEnd(k);
            int last = k;
            while (last > i && _words[last - 1].IsSkipped)
            {
                last--;
            }
            int spanStart = _words[i].Start;
            int spanEnd = ExtendToClosingParenthesis(spanStart, _words[last - 1].End);
            string written = Shorten(_text.Substring(spanStart, spanEnd - spanStart));
            string? misspelt = _document is null ? Suggestions.Misspelt(_index.DocumentSuggestions, written) : Suggestions.Misspelt(NamesOf(_document).SectionSuggestions, written);
            if (misspelt is null)
            {
                continue;
            }
            var problem = _document is null
                ? new CitationProblem(Rules.UnknownDocument, new object?[] { written, $" (did you mean '{misspelt}'?)" }, spanStart, spanEnd - spanStart, misspelt)
                : new CitationProblem(Rules.UnknownSection, new object?[] { _document.CanonicalName, written, $" (did you mean '{misspelt}'?)" }, spanStart, spanEnd - spanStart, misspelt);
            OpenUnknown(problem, spanStart, spanEnd);
            _documentHadUnknown |= _document is not null;
            _afterMisspeltDocument = _document is null;
            end = k;
            return true;
        }
        return false;
    }

    private void ReadUnknownSection(string written, int spanStart, int spanEnd)
    {
        var document = _document!;
        if (_documentUnverified)
        {
            return; // the whole document is unverified: its topics are part of that one finding
        }
        string? misspelt = Suggestions.Misspelt(NamesOf(document).SectionSuggestions, written);
        if (IsPartial(document) && misspelt is null)
        {
            AddUnverified(written, spanStart, spanEnd, "a topic of " + document.CanonicalName, PartialNote(document), document, null);
            return;
        }
        // The closest section is searched for only if the finding's message or suggestion is asked for.
        var index = _index;
        OpenUnknown(new CitationProblem(Rules.UnknownSection, () =>
        {
            string? suggestion = misspelt ?? Suggestions.Closest(index.Of(document).SectionSuggestions, written);
            return (new object?[] { document.CanonicalName, written, DidYouMean(suggestion) }, suggestion);
        }, spanStart, spanEnd - spanStart), spanStart, spanEnd);
        _documentHadUnknown = true;
    }

    private void ReadUnknownDocument(string written, int spanStart, int spanEnd, ref int runEnd)
    {
        if (_namedSource is { } source && IsPartial(source) && Suggestions.Misspelt(_index.DocumentSuggestions, written) is null)
        {
            // "ODG, Hernia chapter": a chapter of a source the catalogue holds only in part.
            AddUnverified(written, spanStart, spanEnd, "a chapter or topic of " + source.Name, $" (it lists only part of {source.Name})", null, source);
            return;
        }
        // Whether the words resemble a catalogued document decides here only for a non-MTUS citation of no named source.
        bool mayBeReference = _segment.IsNonMtus && _namedSource is null;
        string? suggested = mayBeReference ? Suggestions.Closest(_index.DocumentSuggestions, written) : null;
        if (mayBeReference && suggested is null)
        {
            // A non-MTUS citation of something the catalogue does not hold and that resembles nothing it does (an
            // article, a website): one finding for the whole reference, up to where a known name starts.
            int referenceEnd = runEnd;
            while (referenceEnd < _words.Count && !TryDocumentAt(referenceEnd, out _, out _)
                && _index.Sources.Longest(_words, referenceEnd, _words.Count, _sourceEntries) < 0)
            {
                referenceEnd = RunEnd(referenceEnd);
            }
            AddReference(spanStart, referenceEnd);
            runEnd = referenceEnd;
            return;
        }
        var index = _index; // the finding may be read after this reading is over: it captures no reading
        OpenUnknown(new CitationProblem(Rules.UnknownDocument, () =>
        {
            string? suggestion = mayBeReference ? suggested : Suggestions.Closest(index.DocumentSuggestions, written);
            return (new object?[] { written, DidYouMean(suggestion) }, suggestion);
        }, spanStart, spanEnd - spanStart), spanStart, spanEnd);
    }

    /// <summary>
    /// A web address, an author, a book or a journal: one IMR0112 reference, up to where a guideline's source is
    /// named again ("…, and ODG Low Back"); a guideline's title inside it ("… of low back pain") is the reference's.
    /// </summary>
    private void ReadReference(ref int i)
    {
        int end = i;
        while (end < _words.Count && (end == i || _index.Sources.Longest(_words, end, _words.Count, _sourceEntries) < 0))
        {
            end = RunEnd(end);
        }
        AddReference(_words[i].Start, end);
        i = end;
    }

    /// <summary>
    /// "ACOEM, Second Edition, 2004, page 115": a series named by its source and edition, with pages but no
    /// chapter, is cited at the chapter whose pages hold the first page cited.
    /// </summary>
    private void TryChapterByPage()
    {
        if (_namedSource is not { } source)
        {
            return;
        }
        var selectors = VersionSelectors.Read(_words, 0, _words.Count);
        int page = _segment.Pages[0].Range.First;
        var chapters = new List<GuidelineDocument>();
        for (int documentIndex = 0; documentIndex < _catalogue.Documents.Count; documentIndex++)
        {
            var document = _catalogue.Documents[documentIndex];
            if (document.SourceId == source.Id && document.Series is not null && document.PageSet is { } pages && pages.Contains(page))
            {
                chapters.Add(document);
            }
        }
        if (chapters.Count == 0)
        {
            return;
        }
        var chosen = VersionChoice.Choose(chapters, selectors, _asOf, out var fit);
        if (fit == VersionChoice.Fit.OtherEdition)
        {
            return;
        }
        int start = _words.Count > 0 ? _words[0].Start : _segment.Start;
        int end = _words.Count > 0 ? _words[_words.Count - 1].End : _segment.End;
        _documentSpans.Set(chosen, (start, end - start));
        _emitted.Add(new CitationMatch(_segment, new Citation(chosen, null, SegmentPages(), _segment.StatedTotal), start, end - start, _segment.IsNonMtus));
    }

    // ---- Names ---------------------------------------------------------------------------------------------

    /// <summary>
    /// The documents named at <paramref name="start"/>, allowing a few leading filler words ("MTUS", "ODG",
    /// "Non-MTUS Citation"): the reading that consumes the most words wins, so "MTUS Chronic Pain Medical
    /// Treatment 2009" is the 2009 label, not "MTUS Chronic Pain" followed by stray words.
    /// </summary>
    private bool TryMatchDocument(int start, out List<GuidelineDocument> candidates, out int nameStart, out int nameEnd)
    {
        candidates = NoDocuments; // a list is made only for a name found (most words start none)
        nameStart = start;
        nameEnd = -1;
        bool seriesInView = SeriesInView(start);
        for (int from = start; from < _words.Count && from <= start + 4; from++)
        {
            if (from > start && !_words[from - 1].IsSkipped && !_words[from - 1].IsFiller)
            {
                break;
            }
            seriesInView |= from > start && _words[from - 1].Key is "acoem" or "mtus";
            int end = _index.Documents.Longest(_words, from, _words.Count, _documentEntries);
            if (end < 0 && seriesInView)
            {
                end = _index.ChapterNumbers.Longest(_words, from, _words.Count, _documentEntries);
            }
            if (end > nameEnd)
            {
                nameEnd = end;
                nameStart = from;
                candidates = PreferSource(_documentEntries);
            }
        }
        return nameEnd > 0;
    }

    private bool TryDocumentAt(int start, out GuidelineDocument? document, out int end)
    {
        document = null;
        end = -1;
        if (!TryMatchDocument(start, out var candidates, out _, out int nameEnd))
        {
            return false;
        }
        document = VersionChoice.Choose(candidates, VersionSelectors.Read(_words, start, nameEnd), _asOf, out _);
        end = nameEnd;
        return true;
    }

    /// <summary>
    /// True when a document's name is followed, in the same clause, by words that are no section of it and that,
    /// read with the name, misspell another catalogued document's name: the misspelling is the finding.
    /// </summary>
    private bool MisspellsALongerName(GuidelineDocument matched, int nameStart, int end)
    {
        if (end >= _words.Count || _words[end].HasSeparatorBefore || _words[end].IsSkipped
            || LongestSection(NamesOf(matched), end, out _) > 0)
        {
            return false;
        }
        int clauseEnd = ClauseEnd(nameStart);
        int last = clauseEnd;
        while (last > end && _words[last - 1].IsSkipped)
        {
            last--;
        }
        string written = _text.Substring(_words[nameStart].Start, _words[last - 1].End - _words[nameStart].Start);
        return Suggestions.Misspelt(_index.DocumentSuggestions, written) is { } misspelt && !string.Equals(misspelt, matched.Title, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True when a series of chapters (ACOEM's) is in view, so a bare "Chapter 12" is its chapter and not a book's.</summary>
    private bool SeriesInView(int start) =>
        (_namedSource is { } source && source.Id is "acoem" or "mtus")
        || (_document?.Series is not null)
        || (start > 0 && _words[start - 1].Key is "acoem" or "mtus");

    /// <summary>Among documents that share the words, those of the source just named come first.</summary>
    private List<GuidelineDocument> PreferSource(List<GuidelineDocument> found)
    {
        // Into the one candidates list of this reading: a caller uses the candidates before it matches again.
        var ordered = _candidates;
        ordered.Clear();
        if (_namedSource is not null)
        {
            foreach (var document in found)
            {
                if (document.SourceId == _namedSource.Id)
                {
                    ordered.Add(document);
                }
            }
            if (_namedSource.Tier is EvidenceTier.Mtus)
            {
                // "MTUS …" names the MTUS, whichever publisher wrote the chapter (ACOEM's chapters are MTUS documents).
                int sameSource = ordered.Count;
                foreach (var document in found)
                {
                    if (document.IsMtus && ordered.IndexOf(document, 0, sameSource) < 0)
                    {
                        ordered.Add(document);
                    }
                }
            }
        }
        foreach (var document in found)
        {
            if (!ordered.Contains(document))
            {
                ordered.Add(document);
            }
        }
        return ordered;
    }

    /// <summary>
    /// Past the words after a document's name that only echo its title or qualify it: "Low Back (Thoracic and
    /// Lumbar, Acute and Chronic) Chapter", "Low Back chapter Lumbar &amp; Thoracic:". Stops at a separator outside
    /// brackets and where a section of the document starts.
    /// </summary>
    private int PastTitleEcho(GuidelineDocument document, int end)
    {
        var names = NamesOf(document);
        int depth = end > 0 ? _words[end - 1].Depth : 0;
        // Qualifiers, years and versions right after the name belong to it ("Chronic Pain Medical Treatment 2009").
        int j = end;
        while (j < _words.Count && _words[j].IsSkipped && (!_words[j].HasSeparatorBefore || _words[j].Depth > depth))
        {
            j++;
        }
        int qualified = j;
        while (j < _words.Count)
        {
            ref readonly var word = ref _words[j];
            bool insideGroup = word.Depth > depth;
            if (word.HasSeparatorBefore && !insideGroup)
            {
                break;
            }
            if (!word.IsSkipped)
            {
                if (!names.IsTitleWord(word) || LongestSection(names, j, out _) > 0)
                {
                    break;
                }
            }
            j++;
        }
        // Keep only an echo that ends cleanly: "Low Back Lumbar fusion" is the topic "Lumbar fusion", not an echo.
        bool endsCleanly = j >= _words.Count || _words[j].HasSeparatorBefore || _words[j].IsSkipped || _words[j].Depth != _words[j - 1].Depth;
        return endsCleanly ? j : qualified;
    }

    /// <summary>
    /// Past a bracketed annotation of a matched name: the rest of a group the match ended inside ("Naproxen
    /// (Naprosyn, EC-Naprosyn, …)" matched as "Naproxen (Naprosyn"), or a group right after it that names nothing
    /// itself ("Naproxen (Naprosyn, Anaprox DS [otc])").
    /// </summary>
    private int PastAnnotation(int start, int end)
    {
        int baseDepth = _words[start].Depth;
        int j = end;
        while (j < _words.Count && _words[j].Depth > baseDepth && _words[j - 1].Depth > baseDepth)
        {
            j++; // the rest of a group the name ended inside
        }
        if (j == end && j < _words.Count && _words[j].Depth > baseDepth && !_words[j].HasSeparatorBefore && !StartsKnownName(j))
        {
            while (j < _words.Count && _words[j].Depth > baseDepth)
            {
                j++;
            }
        }
        return j;
    }

    private bool StartsKnownName(int j) =>
        (_document is not null && LongestSection(NamesOf(_document), j, out _) > 0)
        || TryDocumentAt(j, out _, out _);

    /// <summary>True where a numbered section's title ends: a separator before a number or before another guideline's name.</summary>
    private bool StartsNextItem(int i)
    {
        // Numbered titles hold colons and slashes ("1.4 Opioids for Acute Pain: Opioids for Post-operative Pain").
        if (_words[i].Before is not (NameSeparator.Comma or NameSeparator.Semicolon))
        {
            return false;
        }
        if (_words[i].IsNumber)
        {
            return true;
        }
        int from = _words[i].Key == "and" ? i + 1 : i;
        return from < _words.Count && TryDocumentAt(from, out _, out _);
    }

    // ---- State ---------------------------------------------------------------------------------------------

    private void AddSection(GuidelineSection section, int start, int end)
    {
        _sections.Add((section, _words[start].Start, ExtendToClosingParenthesis(_words[start].Start, _words[end - 1].End)));
        _sourceJustNamed = false;
        CloseUnknown();
    }

    private void AdoptTopicAndDocument(GuidelineSection topic, int topicStart, int topicEnd, GuidelineDocument document, int documentStart, int documentEnd)
    {
        _document = document;
        _documentStart = _words[documentStart].Start;
        _documentEnd = ExtendToClosingParenthesis(_documentStart, _words[documentEnd - 1].End);
        _documentUnverified = false;
        int spanStart = _words[topicStart].Start;
        _sections.Add((topic, spanStart, ExtendToClosingParenthesis(spanStart, _words[topicEnd - 1].End)));
        CloseUnknown();
    }

    private void FlushDocument()
    {
        if (_document is not { } document)
        {
            return;
        }
        _documentSpans.AddIfAbsent(document, (_documentStart, _documentEnd - _documentStart));
        var pages = SegmentPages();
        if (_documentUnverified)
        {
            string written = Shorten(_text.Substring(_documentStart, _documentEnd - _documentStart));
            string why = _unheldVersion is not null ? $"{document.Title}, version {_unheldVersion}"
                : _asOf is { } date && !document.IsInForceOn(date)
                ? $"{document.Title}, in a version the MTUS had not adopted on {date}"
                : $"{document.Title}, in an edition other than {document.CanonicalName}";
            _problems.Add(new CitationProblem(Rules.UnverifiedTopic, new object?[] { written, why, _heldVersions ?? "" },
                _documentStart, _documentEnd - _documentStart));
            _emitted.Add(new CitationMatch(_segment, null, _documentStart, _documentEnd - _documentStart, _segment.IsNonMtus,
                CitationOutcome.Unverified, document));
        }
        else
        {
            // A document named alone is a citation of the document; one whose section was not found is not.
            if (_sections.Count == 0 && !_documentHadUnknown && !HasUnverifiedTopicOf(document))
            {
                _emitted.Add(new CitationMatch(_segment, new Citation(document, null, pages, _segment.StatedTotal), _documentStart, _documentEnd - _documentStart, _segment.IsNonMtus));
            }
            foreach (var (section, start, end) in _sections)
            {
                _emitted.Add(new CitationMatch(_segment, new Citation(document, section, pages, _segment.StatedTotal), start, end - start, _segment.IsNonMtus));
            }
        }
        _emittedAtFlush = _emitted.Count;
        _sections.Clear();
        _documentHadUnknown = false;
        _documentUnverified = false;
        _unheldVersion = null;
        _heldVersions = null;
    }

    private PageSet? SegmentPages()
    {
        if (!_pagesBuilt)
        {
            _pages = _segment.PageSet;
            _pagesBuilt = true;
        }
        return _pages;
    }

    private bool HasUnverifiedTopicOf(GuidelineDocument document)
    {
        for (int k = _emittedAtFlush; k < _emitted.Count; k++)
        {
            var match = _emitted[k];
            if (match.Outcome == CitationOutcome.Unverified && ReferenceEquals(match.RecognisedDocument, document) && match.Start >= _documentStart)
            {
                return true;
            }
        }
        return false;
    }

    private void AddUnverified(string written, int spanStart, int spanEnd, string recognisedAs, string partOf, GuidelineDocument? document, GuidelineSource? source)
    {
        _problems.Add(new CitationProblem(Rules.UnverifiedTopic, new object?[] { written, recognisedAs, partOf }, spanStart, spanEnd - spanStart));
        _emitted.Add(new CitationMatch(_segment, null, spanStart, spanEnd - spanStart, _segment.IsNonMtus, CitationOutcome.Unverified, document, source));
        CloseUnknown();
    }

    private void AddReference(int spanStart, int wordsEnd)
    {
        int spanEnd = ExtendToClosingParenthesis(spanStart, _words[wordsEnd - 1].End);
        _problems.Add(new CitationProblem(Rules.UncataloguedNonMtusSource,
            new object?[] { Shorten(_text.Substring(spanStart, spanEnd - spanStart)) }, spanStart, spanEnd - spanStart));
        _emitted.Add(new CitationMatch(_segment, null, spanStart, spanEnd - spanStart, _segment.IsNonMtus));
        CloseUnknown();
    }

    private void OpenUnknown(CitationProblem problem, int spanStart, int spanEnd)
    {
        _openUnknownProblem = _problems.Count;
        _problems.Add(problem);
        _openUnknownMatch = _emitted.Count;
        _emitted.Add(new CitationMatch(_segment, null, spanStart, spanEnd - spanStart, _segment.IsNonMtus));
    }

    /// <summary>More unknown words right after an unknown name: one finding for the whole clause, not one per piece.</summary>
    private void ExtendUnknown(int spanEnd)
    {
        var open = _problems[_openUnknownProblem];
        var match = _emitted[_openUnknownMatch];
        int start = open.Start;
        string written = Shorten(_text.Substring(start, spanEnd - start));
        bool section = open.Rule == Rules.UnknownSection;
        var document = _document;
        var index = _index;
        // Searched for only if asked, as when the finding was opened.
        _problems[_openUnknownProblem] = new CitationProblem(open.Rule, () =>
        {
            var arguments = new object?[open.Arguments.Count];
            for (int k = 0; k < arguments.Length; k++)
            {
                arguments[k] = open.Arguments[k];
            }
            // The written name is the first argument of IMR0101 and the second of IMR0102.
            arguments[section ? 1 : 0] = written;
            // The suggestion is for the whole name now, not its first piece.
            string? suggestion = section && document is not null
                ? Suggestions.Misspelt(index.Of(document).SectionSuggestions, written) ?? Suggestions.Closest(index.Of(document).SectionSuggestions, written)
                : Suggestions.Misspelt(index.DocumentSuggestions, written) ?? Suggestions.Closest(index.DocumentSuggestions, written);
            suggestion ??= open.Suggestion;
            arguments[section ? 2 : 1] = DidYouMean(suggestion);
            return (arguments, suggestion);
        }, start, spanEnd - start, open.Severity);
        _emitted[_openUnknownMatch] = new CitationMatch(_segment, null, match.Start, spanEnd - match.Start, match.IsMarkedNonMtus);
    }

    private void CloseUnknown()
    {
        _openUnknownProblem = -1;
        _openUnknownMatch = -1;
        _afterMisspeltDocument = false;
    }

    // ---- Helpers -------------------------------------------------------------------------------------------

    /// <summary>
    /// The longest section name of <paramref name="names"/> from word <paramref name="start"/> to the end of the words
    /// (<see cref="NameTrie{T}.Longest"/>) and the best section it names: the last answer kept, for the branches ask the
    /// same one in turn (a document's name is checked for a section after it, which the next word's branch then reads).
    /// </summary>
    private int LongestSection(CatalogueNameIndex.DocumentNames names, int start, out GuidelineSection? first)
    {
        if (!ReferenceEquals(names, _sectionLookupNames) || start != _sectionLookupStart)
        {
            _sectionLookupEnd = names.Sections.Longest(_words, start, _words.Count, _sectionEntries);
            _sectionLookupFirst = _sectionLookupEnd > 0 ? _sectionEntries[0] : null;
            _sectionLookupNames = names;
            _sectionLookupStart = start;
        }
        first = _sectionLookupFirst;
        return _sectionLookupEnd;
    }

    /// <summary>The section names of <paramref name="document"/> (<see cref="CatalogueNameIndex.Of"/>), the last answer kept.</summary>
    private CatalogueNameIndex.DocumentNames NamesOf(GuidelineDocument document)
    {
        if (!ReferenceEquals(document, _namesDocument) || _names is null)
        {
            _names = _index.Of(document);
            _namesDocument = document;
        }
        return _names;
    }

    private static bool IsPartial(GuidelineDocument document) => CatalogueCoverage.IsPartial(document);

    private bool IsPartial(GuidelineSource source) => CatalogueCoverage.IsPartial(source);

    private static bool IsNonMtusSource(GuidelineSource? source) => source is not null && source.Tier is not (EvidenceTier.Mtus or EvidenceTier.MtusRegulation);

    /// <summary>" (it lists only part of ODG)": why a topic the catalogue lacks is not an error.</summary>
    private string PartialNote(GuidelineDocument document) =>
        $" (it lists only part of {(_catalogue.FindSource(document.SourceId) is { } source && CatalogueCoverage.IsPartial(source) ? source.Name : document.CanonicalName)})";

    /// <summary>The first of the qualifiers and filler words right before <paramref name="i"/> ("2016 Chronic Pain Guidelines").</summary>
    private int LeadStart(int i)
    {
        int start = i;
        while (start > 0 && !_words[start].HasSeparatorBefore && (_words[start - 1].IsSkipped || _words[start - 1].IsFiller))
        {
            start--;
        }
        return start;
    }

    private int PastFiller(int i)
    {
        int named = i;
        while (named < _words.Count && named - i < 4 && (_words[named].IsSkipped || _words[named].IsFiller))
        {
            named++;
        }
        return named < _words.Count ? named : i;
    }

    private bool RunHasReferenceCue(int start, int end)
    {
        for (int k = start; k < end; k++)
        {
            if (ReferenceCues.IsCue(_text, _words, k))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True at the first word, or after a separator (optionally followed by "and"): where letters name a new guideline.</summary>
    private bool StartsAfterSeparator(int i) =>
        i == 0
        || _words[i].HasSeparatorBefore
        || (_words[i - 1].Key == "and" && _words[i - 1].HasSeparatorBefore)
        || PreviousIsSkippedAfterSeparator(i);

    // "Low Back Chapter, (Online Version) Pain": a separator before qualifiers counts for the word after them.
    private bool PreviousIsSkippedAfterSeparator(int i)
    {
        int k = i - 1;
        while (k >= 0 && _words[k].IsSkipped)
        {
            if (_words[k].HasSeparatorBefore)
            {
                return true;
            }
            k--;
        }
        return false;
    }

    /// <summary>Past the run of words that starts at <paramref name="start"/>: up to the next separator outside brackets opened in the run.</summary>
    private int RunEnd(int start)
    {
        int depth = _words[start].Depth;
        int end = start + 1;
        while (end < _words.Count && !(_words[end].HasSeparatorBefore && _words[end].Depth <= depth))
        {
            end++;
        }
        return end;
    }

    private bool OnlySkippedBetween(int start, int end)
    {
        for (int k = start; k < end; k++)
        {
            if (!_words[k].IsSkipped)
            {
                return false;
            }
        }
        return start <= end;
    }

    /// <summary>Past the clause that starts at <paramref name="start"/>: up to the next ',' or ';' outside brackets opened in it.</summary>
    private int ClauseEnd(int start)
    {
        int depth = _words[start].Depth;
        int end = start + 1;
        while (end < _words.Count && !(_words[end].Before is NameSeparator.Comma or NameSeparator.Semicolon && _words[end].Depth <= depth))
        {
            end++;
        }
        return end;
    }

    private string JoinKeys(int start, int end)
    {
        var builder = new System.Text.StringBuilder();
        for (int k = start; k < end; k++)
        {
            if (k > start)
            {
                builder.Append(' ');
            }
            builder.Append(_words[k].Key);
        }
        return builder.ToString();
    }

    /// <summary>Includes a ')' that closes a '(' opened inside the span: "MRIs (magnetic resonance imaging)".</summary>
    private int ExtendToClosingParenthesis(int start, int end)
    {
        // Most names hold no bracket: one vectorised search says so (every name and section read asks this).
        if (end <= start)
        {
            return end;
        }
        var span = _text.AsSpan(start, end - start);
        int at = span.IndexOfAny('(', ')');
        if (at < 0)
        {
            return end;
        }
        int open = 0;
        for (int k = at; k < span.Length; k++)
        {
            open += span[k] == '(' ? 1 : span[k] == ')' ? -1 : 0;
        }
        while (open > 0 && end < _text.Length && (_text[end] == ')' || _text[end] == ' ' || _text[end] is '\u00AE' or '\u2122'))
        {
            if (_text[end] is '\u00AE' or '\u2122')
            {
                end++; // "(Norco®)": a trademark sign before the closing bracket
                continue;
            }
            if (_text[end] == ')')
            {
                open--;
                end++;
                continue;
            }
            int next = end;
            while (next < _text.Length && _text[next] == ' ')
            {
                next++;
            }
            if (next >= _text.Length || _text[next] != ')')
            {
                break;
            }
            end = next;
        }
        return end;
    }

    private static string DidYouMean(string? suggestion) => suggestion is null ? "" : $" (did you mean '{suggestion}'?)";

    private static string Shorten(string written) => CitationText.OneLine(written);
}
