using ImrCite.Catalogue;

namespace ImrCite.Citations;

/// <summary>What the catalogue says of its own coverage, as the resolver asks it.</summary>
internal static class CatalogueCoverage
{
    /// <summary>True when the catalogue holds only part of the document's sections: an unknown topic is unverified, not an error.</summary>
    public static bool IsPartial(GuidelineDocument document) => document.Coverage == SectionCoverage.Partial;

    /// <summary>True when the catalogue holds only part of the source: an unknown chapter or topic of it is unverified, not an error.</summary>
    public static bool IsPartial(GuidelineSource source) => source.Coverage == SectionCoverage.Partial;
}
