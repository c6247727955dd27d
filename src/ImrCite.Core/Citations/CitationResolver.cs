using System;
using System.Collections.Generic;
using ImrCite.Catalogue;
using ImrCite.Diagnostics;

namespace ImrCite.Citations;

/// <summary>A citation found in text: the resolved citation (if any) and the span of the words that name it.</summary>
#if IMRCITE_PUBLIC
public
#else
internal
#endif
sealed class CitationMatch
{
    internal CitationMatch(CitationSegment segment, Citation? citation, int start, int length, bool isNonMtusMarked)
    {
        Segment = segment;
        Citation = citation;
        Start = start;
        Length = length;
        IsMarkedNonMtus = isNonMtusMarked;
    }

    /// <summary>The syntax the citation was read from.</summary>
    public CitationSegment Segment { get; }

    /// <summary>The resolved citation, or null when the name did not resolve.</summary>
    public Citation? Citation { get; }

    /// <summary>0-based offset of the naming words (or regulation reference) in the text.</summary>
    public int Start { get; }

    /// <summary>Length of the naming words.</summary>
    public int Length { get; }

    /// <summary>True when the letter introduced it as a "Non-MTUS Citation".</summary>
    public bool IsMarkedNonMtus { get; }
}

/// <summary>The result of reading and checking citation text: the citations found and every problem, with spans.</summary>
#if IMRCITE_PUBLIC
public
#else
internal
#endif
sealed class CitationAnalysis
{
    internal CitationAnalysis(string text, IReadOnlyList<CitationSegment> segments, IReadOnlyList<CitationMatch> matches, IReadOnlyList<CitationProblem> problems)
    {
        Text = text;
        Segments = segments;
        Matches = matches;
        Problems = problems;
    }

    /// <summary>The text read.</summary>
    public string Text { get; }

    /// <summary>The citations as read, before resolution.</summary>
    public IReadOnlyList<CitationSegment> Segments { get; }

    /// <summary>The citations found, resolved or not.</summary>
    public IReadOnlyList<CitationMatch> Matches { get; }

    /// <summary>Every problem, in text order.</summary>
    public IReadOnlyList<CitationProblem> Problems { get; }

    /// <summary>The resolved citations.</summary>
    public IEnumerable<Citation> Citations
    {
        get
        {
            foreach (var match in Matches)
            {
                if (match.Citation is not null)
                {
                    yield return match.Citation;
                }
            }
        }
    }

    /// <summary>True when no problem has error severity.</summary>
    public bool IsValid
    {
        get
        {
            foreach (var problem in Problems)
            {
                if (problem.Severity == ImrSeverity.Error)
                {
                    return false;
                }
            }
            return true;
        }
    }
}

/// <summary>
/// Resolves citation syntax against a catalogue: finds the document and sections the words name,
/// then checks pages, stated totals, regulation ranges and supersession.
/// </summary>
#if IMRCITE_PUBLIC
public
#else
internal
#endif
sealed class CitationResolver
{
    private const int MaxNameWords = 40;

    // Words that carry no identity in letters' citation lines ("MTUS", "Guidelines", "Section(s):", "(updated 11/16/16)").
    private static readonly HashSet<string> FillerWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "mtus", "non", "citation", "decision", "based", "on", "the", "guideline", "guidelines", "section", "sections", "s",
        "chapter", "chapters", "topic", "topics", "updated", "edition", "annual", "web", "online", "and", "of", "in", "per", "see",
        "acoem", "odg", "twc",
    };

    private readonly GuidelineCatalogue _catalogue;

    /// <summary>Creates a resolver over a catalogue.</summary>
    public CitationResolver(GuidelineCatalogue catalogue)
    {
        _catalogue = catalogue;
    }

    /// <summary>The catalogue.</summary>
    public GuidelineCatalogue Catalogue => _catalogue;

    /// <summary>Reads and checks every citation in <paramref name="text"/>.</summary>
    /// <param name="text">Citation text: one citation, or a statement holding several.</param>
    /// <param name="asOf">The decision date: chooses among versions and enables supersession checks.</param>
    public CitationAnalysis Analyze(string text, GuidelineDate? asOf = null) => Analyze(text, 0, text.Length, asOf);

    /// <summary>Reads and checks the citations in text[start..end); spans stay relative to the whole text.</summary>
    public CitationAnalysis Analyze(string text, int start, int end, GuidelineDate? asOf)
    {
        var segments = CitationSyntax.ParseStatement(text, start, end);
        var matches = new List<CitationMatch>();
        var problems = new List<CitationProblem>();
        foreach (var segment in segments)
        {
            problems.AddRange(segment.Problems);
            if (segment.IsRegulation)
            {
                ResolveRegulation(text, segment, asOf, matches, problems);
            }
            else
            {
                ResolveNamed(text, segment, asOf, matches, problems);
            }
        }
        problems.Sort((a, b) => a.Start.CompareTo(b.Start));
        return new CitationAnalysis(text, segments, matches, problems);
    }

    private void ResolveRegulation(string text, CitationSegment segment, GuidelineDate? asOf, List<CitationMatch> matches, List<CitationProblem> problems)
    {
        int length = segment.End - segment.Start;
        if (segment.RegulationFirst is not { IsWellFormed: true } first || (segment.RegulationLast is { IsWellFormed: false }))
        {
            matches.Add(new CitationMatch(segment, null, segment.Start, length, segment.IsNonMtus));
            return;
        }
        var firstSection = FindRegulation(first.Text, asOf, out var document);
        if (firstSection is null || document is null)
        {
            problems.Add(UnknownRegulation(first));
            matches.Add(new CitationMatch(segment, null, segment.Start, length, segment.IsNonMtus));
            return;
        }
        GuidelineSection? lastSection = firstSection;
        if (segment.RegulationLast is { } last)
        {
            lastSection = document.FindSectionByName(last.Text);
            if (lastSection is null)
            {
                problems.Add(UnknownRegulation(last));
                matches.Add(new CitationMatch(segment, null, segment.Start, length, segment.IsNonMtus));
                return;
            }
        }
        var citation = lastSection == firstSection ? new Citation(document, firstSection, null) : Citation.RegulationRange(document, firstSection, lastSection!);
        matches.Add(new CitationMatch(segment, citation, segment.Start, length, segment.IsNonMtus));
    }

    private static CitationProblem UnknownRegulation(RegulationNumber number) =>
        new CitationProblem(Rules.UnknownSection,
            new object?[] { "8 C.C.R.", number.Text, "" },
            number.Start, number.Length);

    private GuidelineSection? FindRegulation(string number, GuidelineDate? asOf, out GuidelineDocument? document)
    {
        document = null;
        GuidelineSection? fallback = null;
        GuidelineDocument? fallbackDocument = null;
        foreach (var candidate in _catalogue.Documents)
        {
            if (candidate.Tier != EvidenceTier.MtusRegulation)
            {
                continue;
            }
            var section = candidate.FindSectionByName(number);
            if (section is null)
            {
                continue;
            }
            if (asOf is null || candidate.IsInForceOn(asOf.Value))
            {
                document = candidate;
                return section;
            }
            fallback ??= section;
            fallbackDocument ??= candidate;
        }
        document = fallbackDocument;
        return fallback;
    }

    private void ResolveNamed(string text, CitationSegment segment, GuidelineDate? asOf, List<CitationMatch> matches, List<CitationProblem> problems)
    {
        var words = new List<KeyWord>();
        foreach (var (start, end) in segment.NameParts)
        {
            words.AddRange(TextKey.Tokenize(text, start, end));
        }
        var pages = segment.PageSet;
        GuidelineDocument? document = null;
        int documentStart = -1;
        int documentEnd = -1;
        var sectionsOfDocument = new List<(GuidelineSection Section, int Start, int End)>();
        var emitted = new List<CitationMatch>();

        bool documentHadUnknownSection = false;
        var documentSpans = new Dictionary<string, (int Start, int Length)>(StringComparer.Ordinal);

        // The source named last ("Official Disability Guidelines (ODG)"), and whether it was the last thing read:
        // a document may follow a source's name directly, and a topic named after it alone is one of its sections.
        string? namedSource = null;
        bool sourceJustNamed = false;

        void FlushDocument()
        {
            if (document is null)
            {
                return;
            }
            if (!documentSpans.ContainsKey(document.Id))
            {
                documentSpans.Add(document.Id, (documentStart, documentEnd - documentStart));
            }
            // A document named alone is a citation of the document; one whose section was not found is not.
            if (sectionsOfDocument.Count == 0 && !documentHadUnknownSection)
            {
                var citation = new Citation(document, null, pages, segment.StatedTotal);
                emitted.Add(new CitationMatch(segment, citation, documentStart, documentEnd - documentStart, segment.IsNonMtus));
            }
            foreach (var (section, start, end) in sectionsOfDocument)
            {
                var citation = new Citation(document, section, pages, segment.StatedTotal);
                emitted.Add(new CitationMatch(segment, citation, start, end - start, segment.IsNonMtus));
            }
            sectionsOfDocument.Clear();
            documentHadUnknownSection = false;
        }

        int i = 0;
        int guard = 0;
        while (i < words.Count && guard++ < 10_000)
        {
            // Filler words ("MTUS", "Section(s):", years) may stand before a name; look past them.
            int named = i;
            while (named < words.Count && named - i < 4 && IsFiller(words[named]))
            {
                named++;
            }

            // A section of the current document: by its number ("3.3.9 ..."), else by the longest name,
            // read where the words start or past filler words.
            if (document is not null && TryMatchSectionByNumber(document, words, named, out var numbered, out int numberEnd))
            {
                // The rest of a numbered section's title runs to the next numbered section or the next guideline.
                while (numberEnd < words.Count && !StartsNextItem(words, numberEnd, asOf))
                {
                    numberEnd++;
                }
                sectionsOfDocument.Add((numbered!, words[named].Start, ExtendToClosingParenthesis(text, words[named].Start, words[numberEnd - 1].End)));
                i = numberEnd;
                continue;
            }
            int at = i;
            GuidelineSection? section = null;
            int sectionEnd = i;
            bool found = document is not null && TryMatchSection(document, words, i, out section, out sectionEnd);
            if (!found && document is not null && named > i && named < words.Count)
            {
                found = TryMatchSection(document, words, named, out section, out sectionEnd);
                at = named;
            }
            if (found)
            {
                sectionsOfDocument.Add((section!, words[at].Start, ExtendToClosingParenthesis(text, words[at].Start, words[sectionEnd - 1].End)));
                i = sectionEnd;
                sourceJustNamed = false;
                continue;
            }

            // A document: the first, a new one after a separator ("..., and Forearm, Wrist, and Hand Complaints 2004"),
            // one right after its source's name ("(ODG) Knee and Leg"), or a second chapter of the same source
            // joined by "and" before any section ("ODG Low Back and Neck Chapter").
            bool mayStartDocument = document is null || StartsAfterSeparator(words, i) || sourceJustNamed;
            bool joinsSameSource = !mayStartDocument && words[i].Key == "and" && sectionsOfDocument.Count == 0 && !documentHadUnknownSection;
            if ((mayStartDocument || joinsSameSource)
                && TryMatchDocument(words, i, asOf, namedSource, out var matched, out int documentWordsStart, out int documentWordsEnd)
                && (mayStartDocument || matched!.SourceId == document!.SourceId))
            {
                FlushDocument();
                document = matched;
                documentStart = words[documentWordsStart].Start;
                documentEnd = ExtendToClosingParenthesis(text, documentStart, words[documentWordsEnd - 1].End);
                i = documentWordsEnd;
                sourceJustNamed = false;
                continue;
            }
            // A source's name ("Official Disability Guidelines (ODG)", "Work Loss Data Institute", "ODG") says who
            // publishes what follows, not which document: read past it.
            if (TryMatchSource(words, i, out int sourceEnd, out var source))
            {
                namedSource = source;
                sourceJustNamed = true;
                i = sourceEnd;
                continue;
            }
            if (IsFiller(words[i]))
            {
                i++; // filler between a source and its document ("ODG (updated 2016) Knee") keeps the source just named
                continue;
            }
            sourceJustNamed = false;
            // Unknown words up to the next ',' or ';'.
            int runEnd = RunEnd(words, i);
            int spanStart = words[i].Start;
            int spanEnd = ExtendToClosingParenthesis(text, words[i].Start, words[runEnd - 1].End);
            string written = text.Substring(spanStart, spanEnd - spanStart);
            if (document is null && TryMatchTopicBeforeItsDocument(words, i, runEnd, asOf, namedSource, out var later, out var topic, out int topicWordsEnd, out int laterStart, out int laterEnd))
            {
                // "(ODG) physical therapy, elbow chapter", "(ODG) MRI shoulder": the topic first, then the chapter it is in.
                document = later;
                documentStart = words[laterStart].Start;
                documentEnd = ExtendToClosingParenthesis(text, documentStart, words[laterEnd - 1].End);
                sectionsOfDocument.Add((topic!, spanStart, ExtendToClosingParenthesis(text, spanStart, words[topicWordsEnd - 1].End)));
                i = laterEnd;
                continue;
            }
            if (document is null && namedSource is not null && TryMatchTopicOfSource(words, i, asOf, namedSource, out var owner, out var sourceTopic, out int topicEnd) && topicEnd == runEnd)
            {
                // "(ODG) PRP": a topic named after its source alone is that source's section of the name.
                int topicSpanEnd = ExtendToClosingParenthesis(text, words[i].Start, words[topicEnd - 1].End);
                document = owner;
                documentStart = spanStart;
                documentEnd = topicSpanEnd;
                sectionsOfDocument.Add((sourceTopic!, spanStart, topicSpanEnd));
                i = topicEnd;
                continue;
            }
            // The closest catalogued name decides between IMR0112 and IMR0101, and IMR0101 offers it: look it up once.
            string? suggestedDocument = document is null ? SuggestDocumentName(written) : null;
            if (document is null && segment.IsNonMtus && namedSource is null && suggestedDocument is null)
            {
                // A non-MTUS citation of something the catalogue does not hold and that resembles nothing it does (an
                // article, a website): one finding for the whole reference, up to where a known name starts.
                int referenceEnd = runEnd;
                while (referenceEnd < words.Count
                    && !TryMatchDocument(words, referenceEnd, asOf, out _, out _, out _) && !TryMatchSource(words, referenceEnd, out _, out _))
                {
                    referenceEnd = RunEnd(words, referenceEnd);
                }
                spanEnd = ExtendToClosingParenthesis(text, spanStart, words[referenceEnd - 1].End);
                written = text.Substring(spanStart, spanEnd - spanStart);
                problems.Add(new CitationProblem(Rules.UncataloguedNonMtusSource,
                    new object?[] { Shorten(written) }, spanStart, spanEnd - spanStart));
                emitted.Add(new CitationMatch(segment, null, spanStart, spanEnd - spanStart, segment.IsNonMtus));
                i = referenceEnd;
                continue;
            }
            if (document is null)
            {
                problems.Add(new CitationProblem(Rules.UnknownDocument,
                    new object?[] { written, suggestedDocument is null ? "" : $" (did you mean '{suggestedDocument}'?)" }, spanStart, spanEnd - spanStart, suggestedDocument));
                emitted.Add(new CitationMatch(segment, null, spanStart, spanEnd - spanStart, segment.IsNonMtus));
            }
            else
            {
                string? suggestion = SuggestSection(document, written);
                problems.Add(new CitationProblem(Rules.UnknownSection,
                    new object?[] { document.CanonicalName, written, suggestion is null ? "" : $" (did you mean '{suggestion}'?)" },
                    spanStart, spanEnd - spanStart, suggestion));
                emitted.Add(new CitationMatch(segment, null, spanStart, spanEnd - spanStart, segment.IsNonMtus));
                documentHadUnknownSection = true;
            }
            i = runEnd;
        }
        FlushDocument();

        if (emitted.Count == 0 && segment.Pages.Count > 0)
        {
            int start = segment.Start;
            problems.Add(new CitationProblem(Rules.MalformedCitation,
                new object?[] { "The pages do not say which guideline they are in" }, start, Math.Max(1, segment.End - start)));
        }
        matches.AddRange(emitted);
        CheckPages(segment, emitted, documentSpans, asOf, problems);
    }

    /// <summary>Past the run of words that starts at <paramref name="start"/>: up to the next word after a ',' or ';'.</summary>
    private static int RunEnd(List<KeyWord> words, int start)
    {
        int end = start + 1;
        while (end < words.Count && words[end].SeparatorBefore == '\0')
        {
            end++;
        }
        return end;
    }

    /// <summary>Text for a message: one line, at most 100 characters.</summary>
    private static string Shorten(string written)
    {
        var builder = new System.Text.StringBuilder(written.Length);
        foreach (char c in written)
        {
            bool space = char.IsWhiteSpace(c);
            if (!space || (builder.Length > 0 && builder[builder.Length - 1] != ' '))
            {
                builder.Append(space ? ' ' : c);
            }
        }
        string line = builder.ToString().Trim();
        return line.Length <= 100 ? line : line.Substring(0, 99).TrimEnd() + "\u2026";
    }

    /// <summary>True at the first word, or after a ',' or ';' (optionally followed by "and"): where letters name a new guideline.</summary>
    private static bool StartsAfterSeparator(List<KeyWord> words, int i) =>
        i == 0
        || words[i].SeparatorBefore != '\0'
        || (words[i - 1].Key == "and" && words[i - 1].SeparatorBefore != '\0');

    /// <summary>True where a numbered section's title ends: a separator before a number or before another guideline's name.</summary>
    private bool StartsNextItem(List<KeyWord> words, int i, GuidelineDate? asOf)
    {
        if (words[i].SeparatorBefore == '\0')
        {
            return false;
        }
        char first = words[i].Key[0];
        if (first >= '0' && first <= '9')
        {
            return true;
        }
        int from = words[i].Key == "and" ? i + 1 : i;
        return from < words.Count && TryMatchDocument(words, from, asOf, out _, out _, out _);
    }

    private static bool IsFiller(KeyWord word)
    {
        if (FillerWords.Contains(word.Key))
        {
            return true;
        }
        // Years, dates and ordinals ("2016", "11 16 16", "21th").
        char first = word.Key[0];
        return first >= '0' && first <= '9';
    }

    private static string JoinKeys(List<KeyWord> words, int start, int end)
    {
        var builder = new System.Text.StringBuilder();
        for (int k = start; k < end; k++)
        {
            if (k > start)
            {
                builder.Append(' ');
            }
            builder.Append(words[k].Key);
        }
        return builder.ToString();
    }

    private static bool TryMatchSection(GuidelineDocument document, List<KeyWord> words, int start, out GuidelineSection? section, out int end)
    {
        int maxEnd = Math.Min(words.Count, start + MaxNameWords);
        for (end = maxEnd; end > start; end--)
        {
            section = document.FindSectionByName(JoinKeys(words, start, end));
            if (section is not null)
            {
                return true;
            }
        }
        section = null;
        return false;
    }

    /// <summary>
    /// The document named at <paramref name="start"/>, allowing leading filler words ("MTUS", "ODG",
    /// "Non-MTUS Citation"): the reading that consumes the most words wins, so "MTUS Chronic Pain Medical
    /// Treatment 2009" is the 2009 label, not "MTUS Chronic Pain" followed by stray words.
    /// </summary>
    private bool TryMatchSource(List<KeyWord> words, int start, out int end, out string? sourceId)
    {
        for (end = Math.Min(words.Count, start + 8); end > start; end--)
        {
            var sources = _catalogue.FindSourcesByKey(JoinKeys(words, start, end));
            if (sources.Count > 0)
            {
                sourceId = sources[0].Id;
                return true;
            }
        }
        sourceId = null;
        return false;
    }

    /// <summary>
    /// Words [start, runEnd) that name no document but a section of a document named right after it: in the
    /// same run ("MRI shoulder") or past a separator ("physical therapy, elbow chapter"). The section's words
    /// and the document's words must each be read whole.
    /// </summary>
    private bool TryMatchTopicBeforeItsDocument(List<KeyWord> words, int start, int runEnd, GuidelineDate? asOf, string? preferredSource,
        out GuidelineDocument? document, out GuidelineSection? section, out int sectionEnd, out int documentStart, out int documentEnd)
    {
        // Both names are at most MaxNameWords long (documents allow a little leading filler), which also keeps
        // a long run of prose linear.
        int firstSplit = Math.Max(start + 1, runEnd - MaxNameWords - 4);
        int lastSplit = Math.Min(runEnd - 1, start + MaxNameWords);
        for (int split = firstSplit; split <= lastSplit; split++)
        {
            if (TryMatchDocument(words, split, asOf, preferredSource, out document, out documentStart, out documentEnd) && documentStart == split && documentEnd == runEnd
                && TryMatchSection(document!, words, start, out section, out sectionEnd) && sectionEnd == split)
            {
                return true;
            }
        }
        if (runEnd < words.Count && TryMatchDocument(words, runEnd, asOf, preferredSource, out document, out documentStart, out documentEnd) && documentEnd == RunEnd(words, runEnd)
            && TryMatchSection(document!, words, start, out section, out sectionEnd) && sectionEnd == runEnd)
        {
            return true;
        }
        document = null;
        section = null;
        sectionEnd = documentStart = documentEnd = runEnd;
        return false;
    }

    /// <summary>
    /// The longest section name at <paramref name="start"/> among the documents of <paramref name="sourceId"/> (in force
    /// on the decision date, when one is given); the first such document in catalogue order wins a tie.
    /// </summary>
    private bool TryMatchTopicOfSource(List<KeyWord> words, int start, GuidelineDate? asOf, string sourceId,
        out GuidelineDocument? document, out GuidelineSection? section, out int end)
    {
        document = null;
        section = null;
        end = start;
        // Only outside the MTUS: an MTUS topic without its guideline is ambiguous across documents and versions.
        foreach (var candidate in _catalogue.Documents)
        {
            if (candidate.SourceId != sourceId || candidate.IsMtus || (asOf is { } date && !candidate.IsInForceOn(date)))
            {
                continue;
            }
            if (TryMatchSection(candidate, words, start, out var found, out int foundEnd) && foundEnd > end)
            {
                document = candidate;
                section = found;
                end = foundEnd;
            }
        }
        return document is not null;
    }

    /// <summary>A numbered section named by its number: the longest run of number words that is a section's number.</summary>
    private static bool TryMatchSectionByNumber(GuidelineDocument document, List<KeyWord> words, int start, out GuidelineSection? section, out int end)
    {
        int run = start;
        while (run < words.Count && run - start < 6 && IsNumber(words[run].Key) && (run == start || words[run].SeparatorBefore == '\0'))
        {
            run++;
        }
        for (end = run; end > start; end--)
        {
            string key = JoinKeys(words, start, end);
            section = document.FindSectionByName(key);
            if (section?.Number is not null && TextKey.Normalize(section.Number) == key)
            {
                return true;
            }
        }
        section = null;
        return false;
    }

    private static bool IsNumber(string key)
    {
        foreach (char c in key)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }
        }
        return key.Length > 0;
    }

    private bool TryMatchDocument(List<KeyWord> words, int start, GuidelineDate? asOf, out GuidelineDocument? document, out int matchStart, out int end) =>
        TryMatchDocument(words, start, asOf, null, out document, out matchStart, out end);

    /// <summary>As above; among documents that share the words, those of <paramref name="preferredSource"/> (the source just named) come first.</summary>
    private bool TryMatchDocument(List<KeyWord> words, int start, GuidelineDate? asOf, string? preferredSource, out GuidelineDocument? document, out int matchStart, out int end)
    {
        document = null;
        matchStart = start;
        end = start;
        for (int from = start; from < words.Count && from <= start + 4; from++)
        {
            if (from > start && !IsFiller(words[from - 1]))
            {
                break;
            }
            int maxEnd = Math.Min(words.Count, from + MaxNameWords);
            for (int to = maxEnd; to > from && to > end; to--)
            {
                var candidates = PreferSource(_catalogue.FindDocumentsByKey(JoinKeys(words, from, to)), preferredSource);
                if (candidates.Count > 0 && GuidelineCatalogue.Choose(candidates, asOf) is { } chosen)
                {
                    document = chosen;
                    matchStart = from;
                    end = to;
                    break;
                }
            }
        }
        return document is not null;
    }

    private static IReadOnlyList<GuidelineDocument> PreferSource(IReadOnlyList<GuidelineDocument> candidates, string? sourceId)
    {
        if (sourceId is null || candidates.Count < 2)
        {
            return candidates;
        }
        var ofSource = new List<GuidelineDocument>();
        foreach (var candidate in candidates)
        {
            if (candidate.SourceId == sourceId)
            {
                ofSource.Add(candidate);
            }
        }
        return ofSource.Count > 0 ? ofSource : candidates;
    }

    /// <summary>Includes a ')' that closes a '(' opened inside the span: "MRIs (magnetic resonance imaging)".</summary>
    private static int ExtendToClosingParenthesis(string text, int start, int end)
    {
        int open = 0;
        for (int k = start; k < end; k++)
        {
            open += text[k] == '(' ? 1 : text[k] == ')' ? -1 : 0;
        }
        while (open > 0 && end < text.Length && (text[end] == ')' || text[end] == ' '))
        {
            if (text[end] == ')')
            {
                open--;
                end++;
                continue;
            }
            int next = end;
            while (next < text.Length && text[next] == ' ')
            {
                next++;
            }
            if (next >= text.Length || text[next] != ')')
            {
                break;
            }
            end = next;
        }
        return end;
    }

    private void CheckPages(CitationSegment segment, List<CitationMatch> matches, Dictionary<string, (int Start, int Length)> documentSpans, GuidelineDate? asOf, List<CitationProblem> problems)
    {
        // Group by document: a statement's pages apply to the sections it names in each document.
        var order = new List<string>();
        var documents = new Dictionary<string, GuidelineDocument>(StringComparer.Ordinal);
        var mentions = new Dictionary<string, List<CitationChecker.Mention>>(StringComparer.Ordinal);
        foreach (var match in matches)
        {
            if (match.Citation is not { } citation)
            {
                continue;
            }
            string id = citation.Document.Id;
            if (!documents.ContainsKey(id))
            {
                order.Add(id);
                documents.Add(id, citation.Document);
                mentions.Add(id, new List<CitationChecker.Mention>());
            }
            mentions[id].Add(new CitationChecker.Mention(citation, match.Start, match.Length));
        }
        foreach (string id in order)
        {
            problems.AddRange(CitationChecker.CheckDocument(documents[id], segment));
            var documentSpan = documentSpans.TryGetValue(id, out var span) ? span : (mentions[id][0].Start, mentions[id][0].Length);
            CitationChecker.CheckMentions(mentions[id], documentSpan, segment, asOf, _catalogue, problems);
        }
    }

    private string? SuggestDocumentName(string written)
    {
        string key = TextKey.Normalize(written);
        string? best = null;
        double bestScore = 0;
        foreach (var pair in _catalogue.DocumentKeyIndex)
        {
            double score = Similarity(key, pair.Key);
            if (score > bestScore)
            {
                bestScore = score;
                best = pair.Value[0].Title;
            }
        }
        return bestScore >= 0.6 ? best : null;
    }

    /// <summary>The title or alias of the document's section closest to <paramref name="written"/>, if any is close.</summary>
    public static string? SuggestSection(GuidelineDocument document, string written)
    {
        string key = TextKey.Normalize(written);
        string? best = null;
        double bestScore = 0;
        foreach (var section in document.AllSections)
        {
            var names = new List<string> { section.Title };
            names.AddRange(section.Aliases);
            foreach (string name in names)
            {
                double score = Similarity(key, TextKey.Normalize(name));
                if (score > bestScore)
                {
                    bestScore = score;
                    best = name;
                }
            }
        }
        return bestScore >= 0.6 ? best : null;
    }

    /// <summary>Similarity in [0, 1]: the better of edit-distance similarity and shared-word overlap.</summary>
    internal static double Similarity(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }
        int longest = Math.Max(a.Length, b.Length);
        int cap = Math.Max(2, longest / 3);
        int distance = TextKey.Distance(a, b, cap);
        double edit = distance > cap ? 0 : 1.0 - (double)distance / longest;
        var wordsA = new HashSet<string>(a.Split(' '));
        var wordsB = new HashSet<string>(b.Split(' '));
        int shared = 0;
        foreach (string word in wordsA)
        {
            if (wordsB.Contains(word))
            {
                shared++;
            }
        }
        double overlap = (double)shared / Math.Max(wordsA.Count, wordsB.Count);
        return Math.Max(edit, overlap);
    }
}
