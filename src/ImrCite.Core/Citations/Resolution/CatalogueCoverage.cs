using ImrCite.Catalogue;

namespace ImrCite.Citations;

/// <summary>Whether the catalogue lists every section of a document (or every document of a source), as the catalogue states it.</summary>
internal static class CatalogueCoverage
{
    /// <summary>True when the catalogue holds only part of the document's sections: an unknown topic is unverified, not an error.</summary>
    public static bool IsPartial(GuidelineDocument document) => document.SourceId == "odg";

    /// <summary>True when the catalogue holds only some of the source's documents and topics.</summary>
    public static bool IsPartial(GuidelineSource source) => source.Id is "odg" or "acoem" or "other";
}
