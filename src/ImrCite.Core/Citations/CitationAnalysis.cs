using ImrCite.Diagnostics;

namespace ImrCite.Citations;

/// <summary>The result of reading and checking citation text: the citations found and every problem, with spans.</summary>
#if IMRCITE_PUBLIC
public sealed class CitationAnalysis
#else
internal sealed class CitationAnalysis
#endif
{
    internal CitationAnalysis(string text, IReadOnlyList<CitationSegment> segments, IReadOnlyList<CitationMatch> matches, IReadOnlyList<CitationProblem> problems)
    {
        Text = text;
        _segments = segments;
        Matches = matches;
        Problems = problems;
    }

    /// <summary>An analysis of text that held one citation, <paramref name="onlySegment"/>: its list is made only if asked for.</summary>
    internal CitationAnalysis(string text, CitationSegment onlySegment, IReadOnlyList<CitationMatch> matches, IReadOnlyList<CitationProblem> problems)
    {
        Text = text;
        _onlySegment = onlySegment;
        Matches = matches;
        Problems = problems;
    }

    // Most texts hold one citation, and only the tool's letter checks ask for the segments: one object fewer per analysis.
    private readonly CitationSegment? _onlySegment;
    private IReadOnlyList<CitationSegment>? _segments;

    /// <summary>The text read.</summary>
    public string Text { get; }

    /// <summary>The citations as read, before resolution.</summary>
    internal IReadOnlyList<CitationSegment> Segments => _segments ??= new[] { _onlySegment! };

    /// <summary>The citations found: resolved, unverified or unresolved.</summary>
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
