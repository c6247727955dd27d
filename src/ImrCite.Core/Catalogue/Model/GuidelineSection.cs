using ImrCite.Citations;
using ImrCite.Text;

namespace ImrCite.Catalogue;

/// <summary>A citable section of a guideline document, possibly nested in another.</summary>
#if IMRCITE_PUBLIC
public sealed class GuidelineSection
#else
internal sealed class GuidelineSection
#endif
{
    private GuidelineDocument? _document;
    private AliasList _aliases;

    /// <summary>Creates a section with its child sections.</summary>
    public GuidelineSection(string id, string title, IReadOnlyList<GuidelineSection>? children = null)
    {
        Id = id;
        Title = title;
        Children = children ?? Array.Empty<GuidelineSection>();
    }

    /// <summary>The id within its document, e.g. "opioids".</summary>
    public string Id { get; }

    /// <summary>The id across the catalogue: "&lt;document id&gt;/&lt;section id&gt;".</summary>
    public string FullId => Document.Id + "/" + Id;

    /// <summary>The title as the guideline writes it.</summary>
    public string Title { get; }

    /// <summary>The section number ("1.4", "9792.24.2"), if numbered.</summary>
    public string? Number { get; init; }

    /// <summary>The generated member name.</summary>
    public string? CodeName { get; init; }

    /// <summary>Other names letters use ("Soma" for "Carisoprodol (Soma)"): the names alone. Matching uses these.</summary>
    public IReadOnlyList<string> Aliases { get => _aliases.Names; init => _aliases.Names = value; }

    /// <summary>The same aliases with where each name comes from (null when the catalogue does not say).</summary>
    public IReadOnlyList<GuidelineAlias> AliasEntries { get => _aliases.Entries; init => _aliases.Entries = value; }

    /// <summary>Its pages, or null for sections cited by title only.</summary>
    public PageSet? PageSet { get; init; }

    /// <summary>How its pages are known.</summary>
    public Provenance PagesProvenance { get; init; }

    /// <summary>Ids of the treatments and classes it addresses.</summary>
    public IReadOnlyList<string> Addresses { get; init; } = Array.Empty<string>();

    /// <summary>
    /// True when the catalogue says, with <c>"addresses": []</c>, that the section addresses no treatment at all (a
    /// heading such as "Work-Relatedness"); false when it lists treatments or says nothing about its scope.
    /// </summary>
    public bool AddressesNothing { get; init; }

    /// <summary>The body parts the section is about, when narrower than its document's; empty to take its parent's or its document's.</summary>
    public IReadOnlyList<BodyPart> BodyParts { get; init; } = Array.Empty<BodyPart>();

    /// <summary>
    /// The body parts the section is about: its own <see cref="BodyParts"/>, else the nearest enclosing section's, else
    /// its document's; empty when none of them names a part (the section covers every part).
    /// </summary>
    public IReadOnlyList<BodyPart> Scope
    {
        get
        {
            for (var current = this; current is not null; current = current.Parent)
            {
                if (current.BodyParts.Count > 0)
                {
                    return current.BodyParts;
                }
            }
            return Document.BodyParts;
        }
    }

    /// <summary>The first day it applies, when later than its document's.</summary>
    public GuidelineDate? EffectiveFrom { get; init; }

    /// <summary>The full id of the section that replaced it.</summary>
    public string? SupersededBy { get; init; }

    /// <summary>When it was replaced.</summary>
    public GuidelineDate? SupersededOn { get; init; }

    /// <summary>The maintainers' note.</summary>
    public string? Note { get; init; }

    /// <summary>Its child sections.</summary>
    public IReadOnlyList<GuidelineSection> Children { get; }

    /// <summary>The section it is nested in, or null at the top level.</summary>
    public GuidelineSection? Parent { get; internal set; }

    /// <summary>Its document.</summary>
    public GuidelineDocument Document
    {
        get => _document ?? throw new InvalidOperationException($"Section '{Id}' has not been added to a document.");
        internal set => _document = value;
    }

    /// <summary>The title with its number, e.g. "1.4 Opioids for Post-operative Pain".</summary>
    public string DisplayTitle => Number is null || Title.StartsWith(Number, StringComparison.Ordinal) ? Title : Number + " " + Title;

    /// <summary>The keys under which citations find this section: title, numbered title, number and aliases.</summary>
    internal IEnumerable<string> MatchingKeys()
    {
        yield return TextKey.Normalize(Title);
        if (Number is not null)
        {
            yield return TextKey.Normalize(Number + " " + Title);
            yield return TextKey.Normalize(Number);
        }
        foreach (string alias in Aliases)
        {
            yield return TextKey.Normalize(alias);
        }
    }

    /// <summary>A citation of the section without pages.</summary>
    public Citation Cite() => new Citation(Document, this, null);

    /// <summary>A citation of one page of the section, e.g. <c>Benzodiazepines.Pages(24)</c>.</summary>
    public Citation Pages(int page) => new Citation(Document, this, new Catalogue.PageSet(new PageRange(page, page)));

    /// <summary>A citation of a page range of the section, e.g. <c>Opioids.Pages(74, 96)</c>.</summary>
    public Citation Pages(int first, int last) => new Citation(Document, this, new Catalogue.PageSet(new PageRange(first, last)));

    /// <summary>A citation of the section at a page set such as "76, 80-82".</summary>
    public Citation Pages(string pageSet) => new Citation(Document, this, Catalogue.PageSet.Parse(pageSet));

    /// <summary>A citation of the section at its own pages (or without pages if it has none).</summary>
    public Citation CiteAtOwnPages() => new Citation(Document, this, PageSet);

    /// <inheritdoc />
    public override string ToString() => DisplayTitle;
}
