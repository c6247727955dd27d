namespace ImrCite.Catalogue;

/// <summary>
/// A source's standing in the IMR evidence hierarchy (Labor Code 4610.5(c)(2); 8 CCR 9792.21.1):
/// the MTUS first, then other evidence-based guidelines, then peer-reviewed studies, then the rest.
/// </summary>
#if IMRCITE_PUBLIC
public enum EvidenceTier
#else
internal enum EvidenceTier
#endif
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
public enum Provenance
#else
internal enum Provenance
#endif
{
    /// <summary>As commonly cited in letters; not verified against the guideline document.</summary>
    Cited = 0,
    /// <summary>Seen in a secondary source (trade press, a law firm's summary).</summary>
    Secondary = 1,
    /// <summary>Verified against the guideline document or an authoritative record of it.</summary>
    Verified = 2,
}

/// <summary>Whether sibling sections' page sets may overlap.</summary>
internal enum SiblingOverlap
{
    /// <summary>Siblings may share one boundary page at most (one section ends where the next begins).</summary>
    Boundary = 0,
    /// <summary>Siblings may overlap freely.</summary>
    Allowed = 1,
}

/// <summary>Whether the catalogue lists every section of a document, or only some of them.</summary>
#if IMRCITE_PUBLIC
public enum SectionCoverage
#else
internal enum SectionCoverage
#endif
{
    /// <summary>The catalogue lists every section the document has: a section it lacks does not exist.</summary>
    Complete = 0,
    /// <summary>The catalogue lists only some sections (an open guideline such as ODG): a topic it lacks may still exist.</summary>
    Partial = 1,
}

/// <summary>Whether a document has been adopted or is only proposed.</summary>
#if IMRCITE_PUBLIC
public enum DocumentStatus
#else
internal enum DocumentStatus
#endif
{
    /// <summary>Adopted: in force from its effective date.</summary>
    Adopted = 0,
    /// <summary>Proposed (for example a draft regulation out for comment): never in force as far as the catalogue knows.</summary>
    Proposed = 1,
}

/// <summary>
/// The form a treatment takes, or a disputed item is requested in: how it reaches the patient. A treatment that stands
/// for a form as such (topical analgesics, compounded drugs, injections, durable medical equipment) carries it in the
/// catalogue, and a section that addresses that treatment addresses every item in that form.
/// </summary>
#if IMRCITE_PUBLIC
public enum TreatmentForm
#else
internal enum TreatmentForm
#endif
{
    /// <summary>Taken by mouth (tablets, capsules).</summary>
    Oral = 0,
    /// <summary>Applied to the skin (creams, gels, patches).</summary>
    Topical = 1,
    /// <summary>Compounded by a pharmacy from several ingredients.</summary>
    Compounded = 2,
    /// <summary>Injected.</summary>
    Injected = 3,
    /// <summary>A device or equipment, bought or rented.</summary>
    Device = 4,
    /// <summary>
    /// A systemic drug delivered through the skin (a buprenorphine or fentanyl patch): it acts through the blood, so it is
    /// not a topical product however it is applied.
    /// </summary>
    Transdermal = 5,
}

/// <summary>What a disputed item is requested for.</summary>
#if IMRCITE_PUBLIC
public enum ItemPurpose
#else
internal enum ItemPurpose
#endif
{
    /// <summary>To treat (the default).</summary>
    Treatment = 0,
    /// <summary>To diagnose (imaging, nerve studies, an evaluation).</summary>
    Diagnosis = 1,
    /// <summary>To monitor another treatment (a urine drug test on opioid therapy).</summary>
    Monitoring = 2,
    /// <summary>Around a surgery: an associated surgical service, post-operative (or pre-operative) care.</summary>
    PostOperative = 3,
}

/// <summary>Names used in catalogue files for the enums.</summary>
internal static class EnumNames
{
    public static readonly string[] Tiers = { "mtus", "mtus-regulation", "guideline", "peer-reviewed", "other" };
    public static readonly string[] Provenances = { "verified", "secondary", "cited" };
    public static readonly string[] Overlaps = { "boundary", "allowed" };
    public static readonly string[] Coverages = { "complete", "partial" };
    public static readonly string[] Statuses = { "adopted", "proposed" };
    public static readonly string[] Forms = { "oral", "topical", "compounded", "injected", "device", "transdermal" };
    public static readonly string[] Purposes = { "treatment", "diagnosis", "monitoring", "post-operative" };

    public static TreatmentForm? ParseForm(string text) => Array.IndexOf(Forms, text) is int i and >= 0 ? (TreatmentForm)i : null;

    public static string Name(TreatmentForm form) => Forms[(int)form];

    public static ItemPurpose? ParsePurpose(string text) => Array.IndexOf(Purposes, text) is int i and >= 0 ? (ItemPurpose)i : null;

    public static string Name(ItemPurpose purpose) => Purposes[(int)purpose];

    public static SectionCoverage? ParseCoverage(string text) => text switch
    {
        "complete" => SectionCoverage.Complete,
        "partial" => SectionCoverage.Partial,
        _ => null,
    };

    public static DocumentStatus? ParseStatus(string text) => text switch
    {
        "adopted" => DocumentStatus.Adopted,
        "proposed" => DocumentStatus.Proposed,
        _ => null,
    };

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
