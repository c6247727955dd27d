using ImrCite.Catalogue;
using ImrCite.Diagnostics;

namespace ImrCite.Citations;

/// <summary>
/// Resolves citation syntax against a catalogue: finds the document and sections the words name,
/// then checks pages, stated totals, regulation ranges and supersession.
/// </summary>
#if IMRCITE_PUBLIC
public sealed class CitationResolver
#else
internal sealed class CitationResolver
#endif
{
    private readonly GuidelineCatalogue _catalogue;
    // The catalogue's name index, asked for once rather than per citation (any thread may set it: it is the same object).
    private CatalogueNameIndex? _index;

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
    internal CitationAnalysis Analyze(string text, int start, int end, GuidelineDate? asOf)
    {
        // The thread's working lists (a nested analysis on the thread makes its own); the result gets exact arrays.
        var work = _idleWork ?? new WorkingLists();
        _idleWork = null;
        var segments = work.Segments;
        // Digits of other scripts ("Page ７４") are read as ASCII digits, and reported once per citation below.
        string original = text;
        text = NonAsciiDigits.Fold(text, start, end);
        CitationSyntax.ParseStatement(text, start, end, segments);
        var matches = work.Matches;
        var problems = work.Problems;
        for (int segmentIndex = 0; segmentIndex < segments.Count; segmentIndex++)
        {
            var segment = segments[segmentIndex];
            if (segment.Problems.Count > 0)
            {
                problems.AddRange(segment.Problems);
            }
            if (!ReferenceEquals(text, original))
            {
                NonAsciiDigits.Report(original, segment, start, end, problems);
            }
            if (segment.IsRegulation)
            {
                ResolveRegulation(text, segment, asOf, matches, problems);
            }
            else
            {
                ResolveNamed(text, segment, asOf, matches, problems, work);
            }
        }
        if (problems.Count > 1)
        {
            problems.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
        var analysis = segments.Count == 1
            ? new CitationAnalysis(original, segments[0], Exactly(matches), Exactly(problems))
            : new CitationAnalysis(original, Exactly(segments), Exactly(matches), Exactly(problems));
        _idleWork = work.Emptied();
        return analysis;
    }

    [ThreadStatic]
    private static WorkingLists? _idleWork;

    /// <summary>The room, in items, the name reading this thread keeps for its next analysis holds (0 when none is kept).</summary>
    internal static int IdleReadingCapacity => _idleWork?.Reading?.KeptCapacity ?? 0;

    private static T[] Exactly<T>(List<T> items) => items.Count == 0 ? Array.Empty<T>() : items.ToArray();

    /// <summary>What an analysis works in, reused from one analysis to the next on a thread (one thread-static, not one per list or reading).</summary>
    private sealed class WorkingLists
    {
        public List<CitationSegment> Segments { get; } = new();

        public List<CitationMatch> Matches { get; } = new();

        public List<CitationProblem> Problems { get; } = new();

        public MentionGroups Groups { get; } = new();

        /// <summary>The name reading of the segments, made at the first named one.</summary>
        public NameReading? Reading { get; set; }

        /// <summary>These lists, emptied for the next analysis; null when one grew past an ordinary statement (memory stays bounded).</summary>
        public WorkingLists? Emptied()
        {
            if (Segments.Capacity > 256 || Matches.Capacity > 256 || Problems.Capacity > 256)
            {
                return null;
            }
            Segments.Clear();
            Matches.Clear();
            Problems.Clear();
            Groups.Clear();
            return this;
        }
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
        for (int candidateIndex = 0; candidateIndex < _catalogue.Documents.Count; candidateIndex++)
        {
            var candidate = _catalogue.Documents[candidateIndex];
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

    private void ResolveNamed(string text, CitationSegment segment, GuidelineDate? asOf, List<CitationMatch> matches, List<CitationProblem> problems, WorkingLists work)
    {
        var reading = work.Reading = NameReading.Start(work.Reading, text, segment, asOf, _catalogue, _index ??= CatalogueNameIndex.For(_catalogue), problems);
        reading.Read();
        matches.AddRange(reading.Matches);
        CheckPages(segment, reading.Matches, reading.DocumentSpans, asOf, problems, work.Groups);
        reading.Release();
    }

    private void CheckPages(CitationSegment segment, IReadOnlyList<CitationMatch> matches, DocumentSpans documentSpans, GuidelineDate? asOf, List<CitationProblem> problems, MentionGroups groups)
    {
        // Group by document, in the order documents are first cited: a statement's pages apply to the sections it
        // names in each document. (A statement names one or two documents: a list searched by id is enough.) The
        // groups' lists are the analysis's working lists, reused from one statement to the next.
        for (int matchIndex = 0; matchIndex < matches.Count; matchIndex++)
        {
            var match = matches[matchIndex];
            if (match.Citation is not { } citation)
            {
                continue;
            }
            groups.Of(citation.Document).Add(new CitationChecker.Mention(citation, match.Start, match.Length));
        }
        for (int group = 0; group < groups.Count; group++)
        {
            var document = groups.Documents[group];
            var mentions = groups.Mentions[group];
            CitationChecker.CheckDocument(document, segment, problems);
            var documentSpan = documentSpans.TryGetValue(document, out var span) ? span : (mentions[0].Start, mentions[0].Length);
            CitationChecker.CheckMentions(mentions, documentSpan, segment, asOf, _catalogue, problems);
        }
        groups.Clear();
    }

    /// <summary>A statement's resolved citations by document, in the order documents are first cited; reused on a thread.</summary>
    private sealed class MentionGroups
    {
        public List<GuidelineDocument> Documents { get; } = new();

        public List<List<CitationChecker.Mention>> Mentions { get; } = new();

        public int Count => Documents.Count;

        /// <summary>The mentions of <paramref name="document"/>'s group, a new group if it has none.</summary>
        public List<CitationChecker.Mention> Of(GuidelineDocument document)
        {
            int group = Documents.Count - 1;
            while (group >= 0 && !string.Equals(Documents[group].Id, document.Id, StringComparison.Ordinal))
            {
                group--;
            }
            if (group >= 0)
            {
                return Mentions[group];
            }
            Documents.Add(document);
            if (Mentions.Count < Documents.Count)
            {
                Mentions.Add(new List<CitationChecker.Mention>(1));
            }
            return Mentions[Documents.Count - 1];
        }

        public void Clear()
        {
            for (int group = 0; group < Documents.Count; group++)
            {
                Mentions[group].Clear();
            }
            Documents.Clear();
            if (Mentions.Count > 64)
            {
                Mentions.RemoveRange(64, Mentions.Count - 64); // bounded by an ordinary statement
            }
        }
    }

    /// <summary>The title or alias of the document's section closest to <paramref name="written"/>, if any is close.</summary>
    internal static string? SuggestSection(GuidelineDocument document, string written) => Suggestions.Closest(new CatalogueNameIndex.DocumentNames(document, new WordTable()).SectionSuggestions, written);
}
