namespace ImrCite.Diagnostics;

/// <summary>
/// Stable diagnostic ids. IMR00xx are catalogue rules (about guideline catalogue files), IMR01xx are
/// citation rules (about citation text in code or letters), IMR02xx are letter rules. An id never
/// changes meaning once shipped.
/// </summary>
#if IMRCITE_PUBLIC
public
#else
internal
#endif
static class DiagnosticIds
{
    /// <summary>The catalogue file is not valid JSON.</summary>
    public const string CatalogueSyntaxError = "IMR0001";
    /// <summary>A field the catalogue format does not define.</summary>
    public const string UnknownField = "IMR0002";
    /// <summary>A required field is missing.</summary>
    public const string MissingField = "IMR0003";
    /// <summary>A field has a value of the wrong type or form.</summary>
    public const string InvalidValue = "IMR0004";
    /// <summary>Two records share an id.</summary>
    public const string DuplicateId = "IMR0005";
    /// <summary>A page set cannot be read.</summary>
    public const string InvalidPageSet = "IMR0006";
    /// <summary>A page range in the catalogue runs backwards.</summary>
    public const string ReversedCataloguePageRange = "IMR0007";
    /// <summary>Page ranges overlap where they may not.</summary>
    public const string OverlappingPages = "IMR0008";
    /// <summary>A section's pages lie beyond its document's pages.</summary>
    public const string SectionPagesBeyondDocument = "IMR0009";
    /// <summary>A section's pages lie outside its parent section's pages.</summary>
    public const string SectionPagesOutsideParent = "IMR0010";
    /// <summary>One alias or title names two sections of one document.</summary>
    public const string DuplicateAlias = "IMR0011";
    /// <summary>A supersession names a document or section the catalogue lacks.</summary>
    public const string DanglingSupersession = "IMR0012";
    /// <summary>A date is malformed or an effective window is reversed.</summary>
    public const string InvalidDate = "IMR0013";
    /// <summary>A document names a source the catalogue lacks.</summary>
    public const string UnknownSource = "IMR0014";
    /// <summary>A section addresses a treatment the catalogue lacks.</summary>
    public const string UnknownTreatment = "IMR0015";
    /// <summary>Two documents in force at the same time share an alias.</summary>
    public const string AmbiguousDocumentAlias = "IMR0016";
    /// <summary>supersededBy links lead back to where they started.</summary>
    public const string SupersessionCycle = "IMR0018";
    /// <summary>A catalogue file's bytes are not valid UTF-8.</summary>
    public const string CatalogueEncoding = "IMR0019";

    /// <summary>Citation text that cannot be read.</summary>
    public const string MalformedCitation = "IMR0100";
    /// <summary>A citation names no document the catalogue knows.</summary>
    public const string UnknownDocument = "IMR0101";
    /// <summary>A citation names a section its document lacks.</summary>
    public const string UnknownSection = "IMR0102";
    /// <summary>Cited pages lie outside the section's verified pages.</summary>
    public const string PagesOutsideSection = "IMR0103";
    /// <summary>Cited pages lie outside the section's pages as commonly cited (unverified).</summary>
    public const string PagesOutsideSectionUnverified = "IMR0104";
    /// <summary>Cited pages lie beyond the document's length.</summary>
    public const string PagesBeyondDocument = "IMR0105";
    /// <summary>A stated total ("of 112") contradicts the document's length.</summary>
    public const string StatedTotalMismatch = "IMR0106";
    /// <summary>A cited page range runs backwards.</summary>
    public const string ReversedPageRange = "IMR0107";
    /// <summary>A regulation reference is malformed.</summary>
    public const string MalformedRegulation = "IMR0108";
    /// <summary>A superseded section or document is cited.</summary>
    public const string SupersededCitation = "IMR0109";
    /// <summary>A non-MTUS source is cited for a topic the MTUS addresses.</summary>
    public const string NonMtusForMtusTopic = "IMR0110";
    /// <summary>A valid citation literal could be the generated API's typed citation.</summary>
    public const string UseGeneratedCitation = "IMR0111";
    /// <summary>A citation marked non-MTUS names a source the catalogue does not hold (an article, a website).</summary>
    public const string UncataloguedNonMtusSource = "IMR0112";
}

/// <summary>Diagnostic categories.</summary>
#if IMRCITE_PUBLIC
public
#else
internal
#endif
static class DiagnosticCategories
{
    /// <summary>Rules about catalogue files.</summary>
    public const string Catalogue = "ImrCite.Catalogue";
    /// <summary>Rules about citation text.</summary>
    public const string Citation = "ImrCite.Citation";
    /// <summary>Rules about determination letters.</summary>
    public const string Letter = "ImrCite.Letter";
    /// <summary>Rules about how a project wires up the ImrCite package (MSBuild warnings).</summary>
    public const string Build = "ImrCite.Build";
}
