using ImrCite.Diagnostics;
using Microsoft.CodeAnalysis;

namespace ImrCite.Generators.Analyzers;

/// <summary>
/// Roslyn descriptors for the shared rules. Ids, titles, messages and categories are the core's
/// constants, so the compiler, the CLI and the docs say the same thing.
/// </summary>
internal static class DiagnosticDescriptors
{
    private static string Help(string id) => RuleDescriptor.HelpLinkBase + id + ".md";

    public static readonly DiagnosticDescriptor CatalogueSyntaxError = new(DiagnosticIds.CatalogueSyntaxError, RuleText.CatalogueSyntaxErrorTitle, RuleText.CatalogueSyntaxErrorMessage, DiagnosticCategories.Catalogue, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: Help(DiagnosticIds.CatalogueSyntaxError));
    public static readonly DiagnosticDescriptor UnknownField = new(DiagnosticIds.UnknownField, RuleText.UnknownFieldTitle, RuleText.UnknownFieldMessage, DiagnosticCategories.Catalogue, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: Help(DiagnosticIds.UnknownField));
    public static readonly DiagnosticDescriptor MissingField = new(DiagnosticIds.MissingField, RuleText.MissingFieldTitle, RuleText.MissingFieldMessage, DiagnosticCategories.Catalogue, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: Help(DiagnosticIds.MissingField));
    public static readonly DiagnosticDescriptor InvalidValue = new(DiagnosticIds.InvalidValue, RuleText.InvalidValueTitle, RuleText.InvalidValueMessage, DiagnosticCategories.Catalogue, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: Help(DiagnosticIds.InvalidValue));
    public static readonly DiagnosticDescriptor DuplicateId = new(DiagnosticIds.DuplicateId, RuleText.DuplicateIdTitle, RuleText.DuplicateIdMessage, DiagnosticCategories.Catalogue, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: Help(DiagnosticIds.DuplicateId));
    public static readonly DiagnosticDescriptor InvalidPageSet = new(DiagnosticIds.InvalidPageSet, RuleText.InvalidPageSetTitle, RuleText.InvalidPageSetMessage, DiagnosticCategories.Catalogue, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: Help(DiagnosticIds.InvalidPageSet));
    public static readonly DiagnosticDescriptor ReversedCataloguePageRange = new(DiagnosticIds.ReversedCataloguePageRange, RuleText.ReversedCataloguePageRangeTitle, RuleText.ReversedCataloguePageRangeMessage, DiagnosticCategories.Catalogue, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: Help(DiagnosticIds.ReversedCataloguePageRange));
    public static readonly DiagnosticDescriptor OverlappingPages = new(DiagnosticIds.OverlappingPages, RuleText.OverlappingPagesTitle, RuleText.OverlappingPagesMessage, DiagnosticCategories.Catalogue, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: Help(DiagnosticIds.OverlappingPages));
    public static readonly DiagnosticDescriptor SectionPagesBeyondDocument = new(DiagnosticIds.SectionPagesBeyondDocument, RuleText.SectionPagesBeyondDocumentTitle, RuleText.SectionPagesBeyondDocumentMessage, DiagnosticCategories.Catalogue, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: Help(DiagnosticIds.SectionPagesBeyondDocument));
    public static readonly DiagnosticDescriptor SectionPagesOutsideParent = new(DiagnosticIds.SectionPagesOutsideParent, RuleText.SectionPagesOutsideParentTitle, RuleText.SectionPagesOutsideParentMessage, DiagnosticCategories.Catalogue, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: Help(DiagnosticIds.SectionPagesOutsideParent));
    public static readonly DiagnosticDescriptor DuplicateAlias = new(DiagnosticIds.DuplicateAlias, RuleText.DuplicateAliasTitle, RuleText.DuplicateAliasMessage, DiagnosticCategories.Catalogue, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: Help(DiagnosticIds.DuplicateAlias));
    public static readonly DiagnosticDescriptor DanglingSupersession = new(DiagnosticIds.DanglingSupersession, RuleText.DanglingSupersessionTitle, RuleText.DanglingSupersessionMessage, DiagnosticCategories.Catalogue, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: Help(DiagnosticIds.DanglingSupersession));
    public static readonly DiagnosticDescriptor InvalidDate = new(DiagnosticIds.InvalidDate, RuleText.InvalidDateTitle, RuleText.InvalidDateMessage, DiagnosticCategories.Catalogue, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: Help(DiagnosticIds.InvalidDate));
    public static readonly DiagnosticDescriptor UnknownSource = new(DiagnosticIds.UnknownSource, RuleText.UnknownSourceTitle, RuleText.UnknownSourceMessage, DiagnosticCategories.Catalogue, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: Help(DiagnosticIds.UnknownSource));
    public static readonly DiagnosticDescriptor UnknownTreatment = new(DiagnosticIds.UnknownTreatment, RuleText.UnknownTreatmentTitle, RuleText.UnknownTreatmentMessage, DiagnosticCategories.Catalogue, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: Help(DiagnosticIds.UnknownTreatment));
    public static readonly DiagnosticDescriptor AmbiguousDocumentAlias = new(DiagnosticIds.AmbiguousDocumentAlias, RuleText.AmbiguousDocumentAliasTitle, RuleText.AmbiguousDocumentAliasMessage, DiagnosticCategories.Catalogue, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: Help(DiagnosticIds.AmbiguousDocumentAlias));
    public static readonly DiagnosticDescriptor SupersessionCycle = new(DiagnosticIds.SupersessionCycle, RuleText.SupersessionCycleTitle, RuleText.SupersessionCycleMessage, DiagnosticCategories.Catalogue, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: Help(DiagnosticIds.SupersessionCycle));
    public static readonly DiagnosticDescriptor CatalogueEncoding = new(DiagnosticIds.CatalogueEncoding, RuleText.CatalogueEncodingTitle, RuleText.CatalogueEncodingMessage, DiagnosticCategories.Catalogue, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: Help(DiagnosticIds.CatalogueEncoding));

    public static readonly DiagnosticDescriptor MalformedCitation = new(DiagnosticIds.MalformedCitation, RuleText.MalformedCitationTitle, RuleText.MalformedCitationMessage, DiagnosticCategories.Citation, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: Help(DiagnosticIds.MalformedCitation));
    public static readonly DiagnosticDescriptor UnknownDocument = new(DiagnosticIds.UnknownDocument, RuleText.UnknownDocumentTitle, RuleText.UnknownDocumentMessage, DiagnosticCategories.Citation, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: Help(DiagnosticIds.UnknownDocument));
    public static readonly DiagnosticDescriptor UnknownSection = new(DiagnosticIds.UnknownSection, RuleText.UnknownSectionTitle, RuleText.UnknownSectionMessage, DiagnosticCategories.Citation, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: Help(DiagnosticIds.UnknownSection));
    public static readonly DiagnosticDescriptor PagesOutsideSection = new(DiagnosticIds.PagesOutsideSection, RuleText.PagesOutsideSectionTitle, RuleText.PagesOutsideSectionMessage, DiagnosticCategories.Citation, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: Help(DiagnosticIds.PagesOutsideSection));
    public static readonly DiagnosticDescriptor PagesOutsideSectionUnverified = new(DiagnosticIds.PagesOutsideSectionUnverified, RuleText.PagesOutsideSectionUnverifiedTitle, RuleText.PagesOutsideSectionUnverifiedMessage, DiagnosticCategories.Citation, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: Help(DiagnosticIds.PagesOutsideSectionUnverified));
    public static readonly DiagnosticDescriptor PagesBeyondDocument = new(DiagnosticIds.PagesBeyondDocument, RuleText.PagesBeyondDocumentTitle, RuleText.PagesBeyondDocumentMessage, DiagnosticCategories.Citation, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: Help(DiagnosticIds.PagesBeyondDocument));
    public static readonly DiagnosticDescriptor StatedTotalMismatch = new(DiagnosticIds.StatedTotalMismatch, RuleText.StatedTotalMismatchTitle, RuleText.StatedTotalMismatchMessage, DiagnosticCategories.Citation, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: Help(DiagnosticIds.StatedTotalMismatch));
    public static readonly DiagnosticDescriptor ReversedPageRange = new(DiagnosticIds.ReversedPageRange, RuleText.ReversedPageRangeTitle, RuleText.ReversedPageRangeMessage, DiagnosticCategories.Citation, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: Help(DiagnosticIds.ReversedPageRange));
    public static readonly DiagnosticDescriptor MalformedRegulation = new(DiagnosticIds.MalformedRegulation, RuleText.MalformedRegulationTitle, RuleText.MalformedRegulationMessage, DiagnosticCategories.Citation, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: Help(DiagnosticIds.MalformedRegulation));
    public static readonly DiagnosticDescriptor SupersededCitation = new(DiagnosticIds.SupersededCitation, RuleText.SupersededCitationTitle, RuleText.SupersededCitationMessage, DiagnosticCategories.Citation, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: Help(DiagnosticIds.SupersededCitation));
    public static readonly DiagnosticDescriptor NonMtusForMtusTopic = new(DiagnosticIds.NonMtusForMtusTopic, RuleText.NonMtusForMtusTopicTitle, RuleText.NonMtusForMtusTopicMessage, DiagnosticCategories.Citation, DiagnosticSeverity.Info, isEnabledByDefault: true, helpLinkUri: Help(DiagnosticIds.NonMtusForMtusTopic));
    public static readonly DiagnosticDescriptor UseGeneratedCitation = new(DiagnosticIds.UseGeneratedCitation, RuleText.UseGeneratedCitationTitle, RuleText.UseGeneratedCitationMessage, DiagnosticCategories.Citation, DiagnosticSeverity.Info, isEnabledByDefault: true, helpLinkUri: Help(DiagnosticIds.UseGeneratedCitation));
    public static readonly DiagnosticDescriptor UncataloguedNonMtusSource = new(DiagnosticIds.UncataloguedNonMtusSource, RuleText.UncataloguedNonMtusSourceTitle, RuleText.UncataloguedNonMtusSourceMessage, DiagnosticCategories.Citation, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: Help(DiagnosticIds.UncataloguedNonMtusSource));

    /// <summary>The citation descriptors, by id.</summary>
    public static readonly System.Collections.Immutable.ImmutableArray<DiagnosticDescriptor> Citation = System.Collections.Immutable.ImmutableArray.Create(
        MalformedCitation, UnknownDocument, UnknownSection, PagesOutsideSection, PagesOutsideSectionUnverified, PagesBeyondDocument,
        StatedTotalMismatch, ReversedPageRange, MalformedRegulation, SupersededCitation, NonMtusForMtusTopic, UseGeneratedCitation,
        UncataloguedNonMtusSource);

    /// <summary>The catalogue descriptors, by id.</summary>
    public static readonly System.Collections.Immutable.ImmutableArray<DiagnosticDescriptor> Catalogue = System.Collections.Immutable.ImmutableArray.Create(
        CatalogueSyntaxError, UnknownField, MissingField, InvalidValue, DuplicateId, InvalidPageSet, ReversedCataloguePageRange,
        OverlappingPages, SectionPagesBeyondDocument, SectionPagesOutsideParent, DuplicateAlias, DanglingSupersession, InvalidDate,
        UnknownSource, UnknownTreatment, AmbiguousDocumentAlias, SupersessionCycle, CatalogueEncoding);

    public static DiagnosticDescriptor? Find(string id)
    {
        foreach (var descriptor in Catalogue)
        {
            if (descriptor.Id == id)
            {
                return descriptor;
            }
        }
        foreach (var descriptor in Citation)
        {
            if (descriptor.Id == id)
            {
                return descriptor;
            }
        }
        return null;
    }
}
