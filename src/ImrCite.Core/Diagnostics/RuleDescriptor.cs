using System.Collections.Generic;

namespace ImrCite.Diagnostics;

/// <summary>
/// Everything a host needs to report a rule: id, title, message format, category, default severity
/// and help link. The analyzers build their Roslyn descriptors from the same constants.
/// </summary>
#if IMRCITE_PUBLIC
public
#else
internal
#endif
sealed class RuleDescriptor
{
    /// <summary>Where each rule's help page lives: docs/diagnostics/&lt;ID&gt;.md in the repository.</summary>
    public const string HelpLinkBase = "https://github.com/imrcite/imrcite/blob/main/docs/diagnostics/";

    /// <summary>Creates a rule descriptor.</summary>
    public RuleDescriptor(string id, string title, string messageFormat, string category, ImrSeverity defaultSeverity)
    {
        Id = id;
        Title = title;
        MessageFormat = messageFormat;
        Category = category;
        DefaultSeverity = defaultSeverity;
    }

    /// <summary>The stable id, e.g. IMR0001.</summary>
    public string Id { get; }

    /// <summary>A short title.</summary>
    public string Title { get; }

    /// <summary>A composite format string: what is wrong and how to fix it.</summary>
    public string MessageFormat { get; }

    /// <summary>The category.</summary>
    public string Category { get; }

    /// <summary>The severity unless configured otherwise.</summary>
    public ImrSeverity DefaultSeverity { get; }

    /// <summary>The rule's help page.</summary>
    public string HelpLink => HelpLinkBase + Id + ".md";

    /// <summary>Formats the message with its arguments.</summary>
    public string Format(params object?[] args) => string.Format(System.Globalization.CultureInfo.InvariantCulture, MessageFormat, args);

    /// <inheritdoc />
    public override string ToString() => Id;
}

/// <summary>Titles and message formats, as constants so compiler-hosted descriptors can use them.</summary>
#if IMRCITE_PUBLIC
public
#else
internal
#endif
static class RuleText
{
#pragma warning disable CS1591 // The constants are named for the rule they describe; see DiagnosticIds.
    public const string CatalogueSyntaxErrorTitle = "Catalogue file is not valid JSON";
    public const string CatalogueSyntaxErrorMessage = "The catalogue file is not valid JSON: {0}. Fix the syntax at this position.";
    public const string UnknownFieldTitle = "Unknown catalogue field";
    public const string UnknownFieldMessage = "Unknown field '{0}' in {1}. Allowed fields: {2}.";
    public const string MissingFieldTitle = "Missing required catalogue field";
    public const string MissingFieldMessage = "{0} is missing the required field '{1}'. Add it.";
    public const string InvalidValueTitle = "Invalid catalogue value";
    public const string InvalidValueMessage = "Field '{0}' {1}. Correct the value.";
    public const string DuplicateIdTitle = "Duplicate catalogue id";
    public const string DuplicateIdMessage = "Duplicate {0} id '{1}' (first declared at {2}). Ids must be unique: rename or remove one.";
    public const string InvalidPageSetTitle = "Invalid page set";
    public const string InvalidPageSetMessage = "Page set '{0}' is not valid: {1}. Write pages as ranges and lists, e.g. \"74-96\" or \"76, 80-82\".";
    public const string ReversedCataloguePageRangeTitle = "Catalogue page range runs backwards";
    public const string ReversedCataloguePageRangeMessage = "Page range '{0}' runs backwards. Write it as '{1}'.";
    public const string OverlappingPagesTitle = "Overlapping page ranges";
    public const string OverlappingPagesMessage = "{0}. Fix the pages, nest one section in the other, or set \"siblingOverlap\": \"allowed\" on the parent.";
    public const string SectionPagesBeyondDocumentTitle = "Section pages beyond the document";
    public const string SectionPagesBeyondDocumentMessage = "Section '{0}' has pages {1}, outside its document's pages {2}. Correct the pages.";
    public const string SectionPagesOutsideParentTitle = "Section pages outside the parent section";
    public const string SectionPagesOutsideParentMessage = "Section '{0}' has pages {1}, outside its parent section '{2}' (pages {3}). Correct the pages or move the section.";
    public const string DuplicateAliasTitle = "Alias names two sections";
    public const string DuplicateAliasMessage = "'{0}' names both section '{1}' and section '{2}' of document '{3}'. A citation could not tell them apart: remove or reword one.";
    public const string DanglingSupersessionTitle = "Supersession names a missing successor";
    public const string DanglingSupersessionMessage = "'{0}' is superseded by '{1}', which the catalogue does not contain. Add the successor or correct the id.";
    public const string InvalidDateTitle = "Invalid date";
    public const string InvalidDateMessage = "{0}. Dates are written yyyy-MM-dd and an effective window must not end before it starts.";
    public const string UnknownSourceTitle = "Unknown source";
    public const string UnknownSourceMessage = "Document '{0}' names source '{1}', which the catalogue does not define. Known sources: {2}.";
    public const string UnknownTreatmentTitle = "Unknown treatment";
    public const string UnknownTreatmentMessage = "Section '{0}' addresses '{1}', which is not a treatment in the catalogue{2}. Add it to \"treatments\" or correct the id.";
    public const string AmbiguousDocumentAliasTitle = "Alias names two documents in force together";
    public const string AmbiguousDocumentAliasMessage = "'{0}' names both '{1}' and '{2}', whose effective windows overlap. A citation by this name would be ambiguous: remove it from one.";
    public const string SupersessionCycleTitle = "Supersession cycle";
    public const string SupersessionCycleMessage = "{0}: {1}. A chain of supersededBy links must end at a record nobody supersedes: correct or remove one of the links.";
    public const string CatalogueEncodingTitle = "Catalogue file is not valid UTF-8";
    public const string CatalogueEncodingMessage = "The catalogue file is not valid UTF-8: {0}. Save the file as UTF-8 (it looks like Latin-1 or Windows-1252 text); it was not read.";

    public const string MalformedCitationTitle = "Malformed citation";
    public const string MalformedCitationMessage = "{0}. Write citations as \"MTUS Chronic Pain Medical Treatment Guidelines Opioids Page(s): 74-96\".";
    public const string UnknownDocumentTitle = "Unknown guideline document";
    public const string UnknownDocumentMessage = "No guideline document in the catalogue is called '{0}'. Use a name the catalogue knows{1}.";
    public const string UnknownSectionTitle = "Unknown guideline section";
    public const string UnknownSectionMessage = "{0} has no section '{1}'. Use a title or alias the catalogue lists{2}.";
    public const string PagesOutsideSectionTitle = "Pages outside the cited section";
    public const string PagesOutsideSectionMessage = "Page(s) {0} are outside '{1}', which is on pages {2} (verified). Cite the pages of the section, or the section those pages belong to{3}.";
    public const string PagesOutsideSectionUnverifiedTitle = "Pages outside the cited section (unverified pages)";
    public const string PagesOutsideSectionUnverifiedMessage = "Page(s) {0} are outside '{1}', which is on pages {2} as commonly cited (not verified against the guideline). Check the pages{3}.";
    public const string PagesBeyondDocumentTitle = "Pages beyond the document";
    public const string PagesBeyondDocumentMessage = "Page(s) {0} are beyond {1}, which has pages {2}. Correct the page numbers.";
    public const string StatedTotalMismatchTitle = "Stated page total contradicts the document";
    public const string StatedTotalMismatchMessage = "The citation says 'of {0}' but {1} has {2} pages. Write 'of {2}' or check which document is meant.";
    public const string ReversedPageRangeTitle = "Cited page range runs backwards";
    public const string ReversedPageRangeMessage = "Page range {0} runs backwards. Write it as {1}.";
    public const string MalformedRegulationTitle = "Malformed regulation reference";
    public const string MalformedRegulationMessage = "{0}. Write regulation references as \"8 C.C.R. 9792.20 - 9792.26\".";
    public const string SupersededCitationTitle = "Superseded guideline cited";
    public const string SupersededCitationMessage = "{0} was superseded by {1} on {2}. Cite the successor for decisions after that date.";
    public const string NonMtusForMtusTopicTitle = "Non-MTUS source cited for a topic the MTUS addresses";
    public const string NonMtusForMtusTopicMessage = "{0} is not part of the MTUS, but the MTUS addresses this topic in {1}. The MTUS is presumed correct (Labor Code 4610.5(c)(2)): cite it first.";
    public const string UseGeneratedCitationTitle = "Citation text can be a typed citation";
    public const string UseGeneratedCitationMessage = "'{0}' is {1}. Use the generated API ({2}) so the compiler checks it.";
    public const string UncataloguedNonMtusSourceTitle = "Non-MTUS source not in the catalogue";
    public const string UncataloguedNonMtusSourceMessage = "'{0}' is cited as non-MTUS evidence but is not in the catalogue, so it was not checked. If it is a guideline letters cite, add it to a catalogue file.";
#pragma warning restore CS1591
}

/// <summary>The rules of the shared core, by id.</summary>
#if IMRCITE_PUBLIC
public
#else
internal
#endif
static class Rules
{
#pragma warning disable CS1591 // Each field is the rule named by the DiagnosticIds constant of the same name.
    public static readonly RuleDescriptor CatalogueSyntaxError = new(DiagnosticIds.CatalogueSyntaxError, RuleText.CatalogueSyntaxErrorTitle, RuleText.CatalogueSyntaxErrorMessage, DiagnosticCategories.Catalogue, ImrSeverity.Error);
    public static readonly RuleDescriptor UnknownField = new(DiagnosticIds.UnknownField, RuleText.UnknownFieldTitle, RuleText.UnknownFieldMessage, DiagnosticCategories.Catalogue, ImrSeverity.Error);
    public static readonly RuleDescriptor MissingField = new(DiagnosticIds.MissingField, RuleText.MissingFieldTitle, RuleText.MissingFieldMessage, DiagnosticCategories.Catalogue, ImrSeverity.Error);
    public static readonly RuleDescriptor InvalidValue = new(DiagnosticIds.InvalidValue, RuleText.InvalidValueTitle, RuleText.InvalidValueMessage, DiagnosticCategories.Catalogue, ImrSeverity.Error);
    public static readonly RuleDescriptor DuplicateId = new(DiagnosticIds.DuplicateId, RuleText.DuplicateIdTitle, RuleText.DuplicateIdMessage, DiagnosticCategories.Catalogue, ImrSeverity.Error);
    public static readonly RuleDescriptor InvalidPageSet = new(DiagnosticIds.InvalidPageSet, RuleText.InvalidPageSetTitle, RuleText.InvalidPageSetMessage, DiagnosticCategories.Catalogue, ImrSeverity.Error);
    public static readonly RuleDescriptor ReversedCataloguePageRange = new(DiagnosticIds.ReversedCataloguePageRange, RuleText.ReversedCataloguePageRangeTitle, RuleText.ReversedCataloguePageRangeMessage, DiagnosticCategories.Catalogue, ImrSeverity.Error);
    public static readonly RuleDescriptor OverlappingPages = new(DiagnosticIds.OverlappingPages, RuleText.OverlappingPagesTitle, RuleText.OverlappingPagesMessage, DiagnosticCategories.Catalogue, ImrSeverity.Error);
    public static readonly RuleDescriptor SectionPagesBeyondDocument = new(DiagnosticIds.SectionPagesBeyondDocument, RuleText.SectionPagesBeyondDocumentTitle, RuleText.SectionPagesBeyondDocumentMessage, DiagnosticCategories.Catalogue, ImrSeverity.Error);
    public static readonly RuleDescriptor SectionPagesOutsideParent = new(DiagnosticIds.SectionPagesOutsideParent, RuleText.SectionPagesOutsideParentTitle, RuleText.SectionPagesOutsideParentMessage, DiagnosticCategories.Catalogue, ImrSeverity.Error);
    public static readonly RuleDescriptor DuplicateAlias = new(DiagnosticIds.DuplicateAlias, RuleText.DuplicateAliasTitle, RuleText.DuplicateAliasMessage, DiagnosticCategories.Catalogue, ImrSeverity.Error);
    public static readonly RuleDescriptor DanglingSupersession = new(DiagnosticIds.DanglingSupersession, RuleText.DanglingSupersessionTitle, RuleText.DanglingSupersessionMessage, DiagnosticCategories.Catalogue, ImrSeverity.Error);
    public static readonly RuleDescriptor InvalidDate = new(DiagnosticIds.InvalidDate, RuleText.InvalidDateTitle, RuleText.InvalidDateMessage, DiagnosticCategories.Catalogue, ImrSeverity.Error);
    public static readonly RuleDescriptor UnknownSource = new(DiagnosticIds.UnknownSource, RuleText.UnknownSourceTitle, RuleText.UnknownSourceMessage, DiagnosticCategories.Catalogue, ImrSeverity.Error);
    public static readonly RuleDescriptor UnknownTreatment = new(DiagnosticIds.UnknownTreatment, RuleText.UnknownTreatmentTitle, RuleText.UnknownTreatmentMessage, DiagnosticCategories.Catalogue, ImrSeverity.Error);
    public static readonly RuleDescriptor AmbiguousDocumentAlias = new(DiagnosticIds.AmbiguousDocumentAlias, RuleText.AmbiguousDocumentAliasTitle, RuleText.AmbiguousDocumentAliasMessage, DiagnosticCategories.Catalogue, ImrSeverity.Warning);
    public static readonly RuleDescriptor SupersessionCycle = new(DiagnosticIds.SupersessionCycle, RuleText.SupersessionCycleTitle, RuleText.SupersessionCycleMessage, DiagnosticCategories.Catalogue, ImrSeverity.Error);
    public static readonly RuleDescriptor CatalogueEncoding = new(DiagnosticIds.CatalogueEncoding, RuleText.CatalogueEncodingTitle, RuleText.CatalogueEncodingMessage, DiagnosticCategories.Catalogue, ImrSeverity.Error);

    public static readonly RuleDescriptor MalformedCitation = new(DiagnosticIds.MalformedCitation, RuleText.MalformedCitationTitle, RuleText.MalformedCitationMessage, DiagnosticCategories.Citation, ImrSeverity.Error);
    public static readonly RuleDescriptor UnknownDocument = new(DiagnosticIds.UnknownDocument, RuleText.UnknownDocumentTitle, RuleText.UnknownDocumentMessage, DiagnosticCategories.Citation, ImrSeverity.Error);
    public static readonly RuleDescriptor UnknownSection = new(DiagnosticIds.UnknownSection, RuleText.UnknownSectionTitle, RuleText.UnknownSectionMessage, DiagnosticCategories.Citation, ImrSeverity.Error);
    public static readonly RuleDescriptor PagesOutsideSection = new(DiagnosticIds.PagesOutsideSection, RuleText.PagesOutsideSectionTitle, RuleText.PagesOutsideSectionMessage, DiagnosticCategories.Citation, ImrSeverity.Error);
    public static readonly RuleDescriptor PagesOutsideSectionUnverified = new(DiagnosticIds.PagesOutsideSectionUnverified, RuleText.PagesOutsideSectionUnverifiedTitle, RuleText.PagesOutsideSectionUnverifiedMessage, DiagnosticCategories.Citation, ImrSeverity.Warning);
    public static readonly RuleDescriptor PagesBeyondDocument = new(DiagnosticIds.PagesBeyondDocument, RuleText.PagesBeyondDocumentTitle, RuleText.PagesBeyondDocumentMessage, DiagnosticCategories.Citation, ImrSeverity.Error);
    public static readonly RuleDescriptor StatedTotalMismatch = new(DiagnosticIds.StatedTotalMismatch, RuleText.StatedTotalMismatchTitle, RuleText.StatedTotalMismatchMessage, DiagnosticCategories.Citation, ImrSeverity.Error);
    public static readonly RuleDescriptor ReversedPageRange = new(DiagnosticIds.ReversedPageRange, RuleText.ReversedPageRangeTitle, RuleText.ReversedPageRangeMessage, DiagnosticCategories.Citation, ImrSeverity.Error);
    public static readonly RuleDescriptor MalformedRegulation = new(DiagnosticIds.MalformedRegulation, RuleText.MalformedRegulationTitle, RuleText.MalformedRegulationMessage, DiagnosticCategories.Citation, ImrSeverity.Error);
    public static readonly RuleDescriptor SupersededCitation = new(DiagnosticIds.SupersededCitation, RuleText.SupersededCitationTitle, RuleText.SupersededCitationMessage, DiagnosticCategories.Citation, ImrSeverity.Warning);
    public static readonly RuleDescriptor NonMtusForMtusTopic = new(DiagnosticIds.NonMtusForMtusTopic, RuleText.NonMtusForMtusTopicTitle, RuleText.NonMtusForMtusTopicMessage, DiagnosticCategories.Citation, ImrSeverity.Note);
    public static readonly RuleDescriptor UseGeneratedCitation = new(DiagnosticIds.UseGeneratedCitation, RuleText.UseGeneratedCitationTitle, RuleText.UseGeneratedCitationMessage, DiagnosticCategories.Citation, ImrSeverity.Note);
    public static readonly RuleDescriptor UncataloguedNonMtusSource = new(DiagnosticIds.UncataloguedNonMtusSource, RuleText.UncataloguedNonMtusSourceTitle, RuleText.UncataloguedNonMtusSourceMessage, DiagnosticCategories.Citation, ImrSeverity.Warning);
#pragma warning restore CS1591

    /// <summary>Every rule, ordered by id.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } = new[]
    {
        CatalogueSyntaxError, UnknownField, MissingField, InvalidValue, DuplicateId, InvalidPageSet,
        ReversedCataloguePageRange, OverlappingPages, SectionPagesBeyondDocument, SectionPagesOutsideParent,
        DuplicateAlias, DanglingSupersession, InvalidDate, UnknownSource, UnknownTreatment, AmbiguousDocumentAlias,
        SupersessionCycle, CatalogueEncoding,
        MalformedCitation, UnknownDocument, UnknownSection, PagesOutsideSection, PagesOutsideSectionUnverified,
        PagesBeyondDocument, StatedTotalMismatch, ReversedPageRange, MalformedRegulation, SupersededCitation,
        NonMtusForMtusTopic, UseGeneratedCitation, UncataloguedNonMtusSource,
    };

    /// <summary>Finds a rule by id, or null.</summary>
    public static RuleDescriptor? Find(string id)
    {
        foreach (var rule in All)
        {
            if (string.Equals(rule.Id, id, System.StringComparison.OrdinalIgnoreCase))
            {
                return rule;
            }
        }
        return null;
    }
}
