using System.ComponentModel;
using ImrCite.Catalogue;
using ImrCite.Citations;

namespace ImrCite;

/// <summary>A generated document class: the catalogue document it stands for. Implemented by the source generator's classes.</summary>
public interface IGeneratedDocument
{
    /// <summary>The document and its sections.</summary>
    static abstract GuidelineDocument Document { get; }
}

/// <summary>
/// The members every generated document class has — <c>Mtus.ChronicPain.Pages(74, 96)</c>, <c>Cite()</c> — inherited
/// rather than generated again for each document, so a consumer's build compiles them once. A generated class derives
/// from it with itself as <typeparamref name="TDocument"/>.
/// </summary>
/// <typeparam name="TDocument">The generated document class.</typeparam>
#pragma warning disable CA1000 // Static members on a generic type: they are the generated classes' own members, called through them.
public abstract class GeneratedDocument<TDocument>
    where TDocument : IGeneratedDocument
{
    /// <summary>For generated classes, which are never instantiated.</summary>
    protected GeneratedDocument()
    {
    }

    /// <summary>Cites the document.</summary>
    public static Citation Cite() => TDocument.Document.Cite();

    /// <summary>Cites a page.</summary>
    /// <param name="page">The page.</param>
    public static Citation Pages(int page) => TDocument.Document.Pages(page);

    /// <summary>Cites a page range.</summary>
    /// <param name="first">The first page.</param>
    /// <param name="last">The last page.</param>
    public static Citation Pages(int first, int last) => TDocument.Document.Pages(first, last);

    /// <summary>Cites a page set such as "290, 303-304".</summary>
    /// <param name="pageSet">The pages, as letters write them.</param>
    public static Citation Pages(string pageSet) => TDocument.Document.Pages(pageSet);

    /// <summary>A document of the generated catalogue's data: a generated class's <c>Document</c>.</summary>
    /// <param name="data">The generated catalogue's data.</param>
    /// <param name="id">The document's id.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected static GuidelineDocument Read(string data, string id) => CatalogueTable.Document(data, id);

    /// <summary>The section at <paramref name="index"/> of the document's <see cref="GuidelineDocument.AllSections"/>: a generated section property's value.</summary>
    /// <param name="index">The section's position, parents before their children.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected static GuidelineSection At(int index) => TDocument.Document.AllSections[index];
}
#pragma warning restore CA1000
