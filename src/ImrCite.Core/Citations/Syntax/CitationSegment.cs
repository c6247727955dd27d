using ImrCite.Catalogue;

namespace ImrCite.Citations;

/// <summary>
/// One citation as read from text, before the catalogue is consulted: where its name words are,
/// its pages and stated total, or its regulation numbers, and any syntax problems.
/// </summary>
internal sealed class CitationSegment
{
    internal CitationSegment(int start)
    {
        Start = start;
    }

    /// <summary>0-based offset where the citation starts in the text.</summary>
    public int Start { get; }

    /// <summary>0-based offset just past the citation.</summary>
    public int End { get; internal set; }

    // A citation's name parts and pages are one item each in most citations: held in place, not in lists of their own.
    private InlineList<(int Start, int End)> _nameParts;
    private InlineList<PageToken> _pages;

    /// <summary>Spans (start, end) of the words naming the document and sections.</summary>
    public InlineList<(int Start, int End)> NameParts => _nameParts;

    /// <summary>Adds the span of a run of name words.</summary>
    internal void AddNamePart(int start, int end) => _nameParts.Add((start, end));

    /// <summary>True when introduced as a "Non-MTUS Citation".</summary>
    public bool IsNonMtus { get; internal set; }

    /// <summary>The cited pages as written.</summary>
    public InlineList<PageToken> Pages => _pages;

    /// <summary>Adds a cited page or range.</summary>
    internal void AddPage(PageToken page) => _pages.Add(page);

    /// <summary>The total stated after the pages ("of 127"), or null.</summary>
    public int? StatedTotal { get; internal set; }

    /// <summary>Offset of the stated total's number.</summary>
    public int StatedTotalStart { get; internal set; } = -1;

    /// <summary>Length of the stated total's number.</summary>
    public int StatedTotalLength { get; internal set; }

    /// <summary>The first regulation number of a regulation citation, or null.</summary>
    public RegulationNumber? RegulationFirst { get; internal set; }

    /// <summary>The last regulation number of a range ("9792.20 - 9792.26"), or null.</summary>
    public RegulationNumber? RegulationLast { get; internal set; }

    /// <summary>True for a regulation citation ("8 C.C.R. ...").</summary>
    public bool IsRegulation { get; internal set; }

    private List<CitationProblem>? _problems;

    /// <summary>Syntax problems found while reading.</summary>
    public IReadOnlyList<CitationProblem> Problems => (IReadOnlyList<CitationProblem>?)_problems ?? System.Array.Empty<CitationProblem>();

    /// <summary>Adds a syntax problem (the list is made at the first: most citations have none).</summary>
    internal void AddProblem(CitationProblem problem) => (_problems ??= new List<CitationProblem>()).Add(problem);

    /// <summary>The pages as a page set, or null when none were cited.</summary>
    public PageSet? PageSet
    {
        get
        {
            if (_pages.Count == 0)
            {
                return null;
            }
            if (_pages.Count == 1)
            {
                return new PageSet(_pages[0].Range);
            }
            var ranges = new PageRange[_pages.Count];
            for (int i = 0; i < ranges.Length; i++)
            {
                ranges[i] = _pages[i].Range;
            }
            return PageSet.Owning(ranges);
        }
    }
}
