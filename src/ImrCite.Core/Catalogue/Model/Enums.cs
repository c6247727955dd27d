namespace ImrCite.Catalogue;

/// <summary>
/// A source's standing in the IMR evidence hierarchy (Labor Code 4610.5(c)(2); 8 CCR 9792.21.1):
/// the MTUS first, then other evidence-based guidelines, then peer-reviewed studies, then the rest.
/// </summary>
#if IMRCITE_PUBLIC
public
#else
internal
#endif
enum EvidenceTier
{
    /// <summary>Guidelines adopted into the MTUS (presumed correct, Labor Code 4604.5).</summary>
    Mtus = 1,
    /// <summary>The MTUS regulations themselves (8 CCR 9792.20 ff.).</summary>
    MtusRegulation = 2,
    /// <summary>Other nationally recognised, evidence-based guidelines (ODG, ACOEM outside the MTUS).</summary>
    Guideline = 3,
    /// <summary>Peer-reviewed scientific and medical evidence.</summary>
    PeerReviewed = 4,
    /// <summary>Anything else (drug labels, websites, expert opinion).</summary>
    Other = 5,
}

/// <summary>How a catalogue fact is known, so checks can weigh it.</summary>
#if IMRCITE_PUBLIC
public
#else
internal
#endif
enum Provenance
{
    /// <summary>As commonly cited in letters; not verified against the guideline document.</summary>
    Cited = 0,
    /// <summary>Seen in a secondary source (trade press, a law firm's summary).</summary>
    Secondary = 1,
    /// <summary>Verified against the guideline document or an authoritative record of it.</summary>
    Verified = 2,
}

/// <summary>Whether sibling sections' page sets may overlap.</summary>
#if IMRCITE_PUBLIC
public
#else
internal
#endif
enum SiblingOverlap
{
    /// <summary>Siblings may share one boundary page at most (one section ends where the next begins).</summary>
    Boundary = 0,
    /// <summary>Siblings may overlap freely.</summary>
    Allowed = 1,
}

/// <summary>Names used in catalogue files for the enums.</summary>
internal static class EnumNames
{
    public static readonly string[] Tiers = { "mtus", "mtus-regulation", "guideline", "peer-reviewed", "other" };
    public static readonly string[] Provenances = { "verified", "secondary", "cited" };
    public static readonly string[] Overlaps = { "boundary", "allowed" };

    public static EvidenceTier? ParseTier(string text) => text switch
    {
        "mtus" => EvidenceTier.Mtus,
        "mtus-regulation" => EvidenceTier.MtusRegulation,
        "guideline" => EvidenceTier.Guideline,
        "peer-reviewed" => EvidenceTier.PeerReviewed,
        "other" => EvidenceTier.Other,
        _ => null,
    };

    public static string Name(EvidenceTier tier) => tier switch
    {
        EvidenceTier.Mtus => "mtus",
        EvidenceTier.MtusRegulation => "mtus-regulation",
        EvidenceTier.Guideline => "guideline",
        EvidenceTier.PeerReviewed => "peer-reviewed",
        _ => "other",
    };

    public static Provenance? ParseProvenance(string text) => text switch
    {
        "verified" => Provenance.Verified,
        "secondary" => Provenance.Secondary,
        "cited" => Provenance.Cited,
        _ => null,
    };

    public static string Name(Provenance provenance) => provenance switch
    {
        Provenance.Verified => "verified",
        Provenance.Secondary => "secondary",
        _ => "cited",
    };

    public static SiblingOverlap? ParseOverlap(string text) => text switch
    {
        "boundary" => SiblingOverlap.Boundary,
        "allowed" => SiblingOverlap.Allowed,
        _ => null,
    };
}
