using ImrCite.Catalogue;

namespace ImrCite.Citations;

/// <summary>What became of a name read from citation text.</summary>
#if IMRCITE_PUBLIC
public enum CitationOutcome
#else
internal enum CitationOutcome
#endif
{
    /// <summary>The name resolved to a catalogued document or section, and the citation was checked.</summary>
    Resolved,

    /// <summary>
    /// The name was recognised as part of a guideline whose catalogue entry is partial (ODG, for instance) but
    /// is not itself in the catalogue: a topic the catalogue does not hold. Not checked; not an error.
    /// </summary>
    Unverified,

    /// <summary>The name did not resolve; a finding says why.</summary>
    Unresolved,
}

/// <summary>A citation found in text: the resolved citation (if any) and the span of the words that name it.</summary>
#if IMRCITE_PUBLIC
public sealed class CitationMatch
#else
internal sealed class CitationMatch
#endif
{
    internal CitationMatch(CitationSegment segment, Citation? citation, int start, int length, bool isNonMtusMarked,
        CitationOutcome? outcome = null, GuidelineDocument? recognisedDocument = null, GuidelineSource? recognisedSource = null)
    {
        Segment = segment;
        Citation = citation;
        Start = start;
        Length = length;
        IsMarkedNonMtus = isNonMtusMarked;
        Outcome = outcome ?? (citation is null ? CitationOutcome.Unresolved : CitationOutcome.Resolved);
        RecognisedDocument = recognisedDocument ?? citation?.Document;
        RecognisedSource = recognisedSource;
    }

    /// <summary>The syntax the citation was read from.</summary>
    internal CitationSegment Segment { get; }

    /// <summary>The resolved citation, or null when the name did not resolve or is unverified.</summary>
    public Citation? Citation { get; }

    /// <summary>0-based offset of the naming words (or regulation reference) in the text.</summary>
    public int Start { get; }

    /// <summary>Length of the naming words.</summary>
    public int Length { get; }

    /// <summary>True when the letter introduced it as a "Non-MTUS Citation".</summary>
    public bool IsMarkedNonMtus { get; }

    /// <summary>Resolved, unverified (a topic of a partially catalogued guideline) or unresolved.</summary>
    public CitationOutcome Outcome { get; }

    /// <summary>The document the words were recognised as belonging to, if any (for an unverified topic, its chapter).</summary>
    public GuidelineDocument? RecognisedDocument { get; }

    /// <summary>For an unverified name of a source's unknown chapter, the source; otherwise null.</summary>
    public GuidelineSource? RecognisedSource { get; }
}
