using ImrCite.Diagnostics;
using ImrCite.Text;

namespace ImrCite.Catalogue;

/// <summary>A string read from a catalogue file with its span.</summary>
/// <param name="Value">The value.</param>
/// <param name="Start">0-based offset of the JSON value (including quotes).</param>
/// <param name="Length">Length of the JSON value.</param>
internal readonly record struct LocatedText(string Value, int Start, int Length)
{
    /// <inheritdoc />
    public override string ToString() => Value;
}

/// <summary>A record of a catalogue file: where it stands.</summary>
internal abstract class CatalogueRecord
{
    /// <summary>0-based offset of the record's JSON object.</summary>
    public int Start { get; internal set; }

    /// <summary>Length of the record's JSON object.</summary>
    public int Length { get; internal set; }

    /// <summary>The record's id with its span.</summary>
    public LocatedText Id { get; internal set; }
}

/// <summary>A source as written in a catalogue file.</summary>
internal sealed class SourceRecord : CatalogueRecord
{
    /// <summary>The full name.</summary>
    public string Name { get; internal set; } = "";
    /// <summary>The generated class name.</summary>
    public string? CodeName { get; internal set; }
    /// <summary>The evidence tier.</summary>
    public EvidenceTier Tier { get; internal set; } = EvidenceTier.Other;
    /// <summary>Whether the catalogue lists every section of the source's documents (their default).</summary>
    public SectionCoverage Coverage { get; internal set; }
    /// <summary>Other names.</summary>
    public List<LocatedText> Aliases { get; } = new List<LocatedText>();
    /// <summary>Where each alias comes from (the alias object's <c>source</c>), one per alias in the same order; null for a plain string.</summary>
    public List<string?> AliasSources { get; } = new List<string?>();
    /// <summary>The maintainers' note.</summary>
    public string? Note { get; internal set; }
}

/// <summary>A treatment as written in a catalogue file.</summary>
internal sealed class TreatmentRecord : CatalogueRecord
{
    /// <summary>Generic and brand names.</summary>
    public List<string> Names { get; } = new List<string>();
    /// <summary>Class ids.</summary>
    public List<LocatedText> Classes { get; } = new List<LocatedText>();
    /// <summary>The form it stands for as such, if any.</summary>
    public TreatmentForm? Form { get; internal set; }
    /// <summary>What it is done for, when the catalogue says.</summary>
    public ItemPurpose? Purpose { get; internal set; }
    /// <summary>The body parts it is specific to.</summary>
    public List<BodyPart> BodyParts { get; } = new List<BodyPart>();
    /// <summary>Ids of the treatments it serves (monitors, tapers).</summary>
    public List<LocatedText> AppliesTo { get; } = new List<LocatedText>();
}

/// <summary>A document as written in a catalogue file.</summary>
internal sealed class DocumentRecord : CatalogueRecord
{
    /// <summary>The source id.</summary>
    public LocatedText Source { get; internal set; }
    /// <summary>The tier override.</summary>
    public EvidenceTier? Tier { get; internal set; }
    /// <summary>The title.</summary>
    public LocatedText Title { get; internal set; }
    /// <summary>The series.</summary>
    public string? Series { get; internal set; }
    /// <summary>The chapter number.</summary>
    public string? Chapter { get; internal set; }
    /// <summary>The body parts the document is about.</summary>
    public List<BodyPart> BodyParts { get; } = new List<BodyPart>();
    /// <summary>The kinds of care the whole document is about, when its scope is declared (treatment ids).</summary>
    public List<LocatedText> Addresses { get; } = new List<LocatedText>();
    /// <summary>Where "addresses" is written, when it is an empty array (a document's scope must name a treatment).</summary>
    public LocatedText? EmptyAddresses { get; internal set; }
    /// <summary>The generated class name.</summary>
    public string? CodeName { get; internal set; }
    /// <summary>The edition label.</summary>
    public string Edition { get; internal set; } = "";
    /// <summary>The date the publisher gives this version ("ACOEM December 19, 2024"), if the catalogue knows it.</summary>
    public GuidelineDate? VersionDate { get; internal set; }
    /// <summary>Other names.</summary>
    public List<LocatedText> Aliases { get; } = new List<LocatedText>();
    /// <summary>Where each alias comes from, one per alias in the same order; null for a plain string.</summary>
    public List<string?> AliasSources { get; } = new List<string?>();
    /// <summary>Adopted (the default) or proposed.</summary>
    public DocumentStatus Status { get; internal set; }
    /// <summary>When it was proposed.</summary>
    public GuidelineDate? ProposedOn { get; internal set; }
    /// <summary>First day in force; null for a proposed document (and for an adopted one that lacks it, which is reported).</summary>
    public GuidelineDate? EffectiveFrom { get; internal set; }
    /// <summary>Last day in force.</summary>
    public GuidelineDate? EffectiveTo { get; internal set; }
    /// <summary>Where "effectiveTo" is written.</summary>
    public LocatedText EffectiveToText { get; internal set; }
    /// <summary>The pages the document spans.</summary>
    public PageSet? Pages { get; internal set; }
    /// <summary>Where "pages" is written.</summary>
    public LocatedText PagesText { get; internal set; }
    /// <summary>How the pages are known.</summary>
    public Provenance PagesProvenance { get; internal set; } = Provenance.Cited;
    /// <summary>The footer total.</summary>
    public int? StatedTotal { get; internal set; }
    /// <summary>Provenance for sections that state none.</summary>
    public Provenance DefaultProvenance { get; internal set; } = Provenance.Cited;
    /// <summary>Whether top-level sections may overlap.</summary>
    public SiblingOverlap SiblingOverlap { get; internal set; }
    /// <summary>Whether the section list is complete; null: the source's.</summary>
    public SectionCoverage? Coverage { get; internal set; }
    /// <summary>The adopting regulation.</summary>
    public string? Regulation { get; internal set; }
    /// <summary>The successor's id.</summary>
    public LocatedText? SupersededBy { get; internal set; }
    /// <summary>When it was superseded.</summary>
    public GuidelineDate? SupersededOn { get; internal set; }
    /// <summary>Where the facts come from.</summary>
    public string SourceNote { get; internal set; } = "";
    /// <summary>The predecessor's sections the document deliberately lacks, with the reason.</summary>
    public List<OmissionRecord> Omits { get; } = new List<OmissionRecord>();
    /// <summary>Top-level sections.</summary>
    public List<SectionRecord> Sections { get; } = new List<SectionRecord>();
}

/// <summary>A section as written in a catalogue file.</summary>
internal sealed class SectionRecord : CatalogueRecord
{
    /// <summary>The title.</summary>
    public LocatedText Title { get; internal set; }
    /// <summary>The number.</summary>
    public string? Number { get; internal set; }
    /// <summary>The generated member name.</summary>
    public string? CodeName { get; internal set; }
    /// <summary>Other names.</summary>
    public List<LocatedText> Aliases { get; } = new List<LocatedText>();
    /// <summary>Where each alias comes from, one per alias in the same order; null for a plain string.</summary>
    public List<string?> AliasSources { get; } = new List<string?>();
    /// <summary>The pages.</summary>
    public PageSet? Pages { get; internal set; }
    /// <summary>Where "pages" is written.</summary>
    public LocatedText PagesText { get; internal set; }
    /// <summary>How the pages are known (null: the document's default).</summary>
    public Provenance? Provenance { get; internal set; }
    /// <summary>Treatment ids addressed.</summary>
    public List<LocatedText> Addresses { get; } = new List<LocatedText>();
    /// <summary>True when "addresses" is written as an empty array: the section addresses no treatment at all.</summary>
    public bool AddressesNothing { get; internal set; }
    /// <summary>The body parts the section is about, when narrower than its document's.</summary>
    public List<BodyPart> BodyParts { get; } = new List<BodyPart>();
    /// <summary>First day it applies.</summary>
    public GuidelineDate? EffectiveFrom { get; internal set; }
    /// <summary>The successor's full id.</summary>
    public LocatedText? SupersededBy { get; internal set; }
    /// <summary>When it was superseded.</summary>
    public GuidelineDate? SupersededOn { get; internal set; }
    /// <summary>The maintainers' note.</summary>
    public string? Note { get; internal set; }
    /// <summary>Whether child sections may overlap.</summary>
    public SiblingOverlap SiblingOverlap { get; internal set; }
    /// <summary>Child sections.</summary>
    public List<SectionRecord> Sections { get; } = new List<SectionRecord>();
}

/// <summary>An entry of a document's <c>omits</c>: a predecessor's section it lacks on purpose.</summary>
internal sealed class OmissionRecord
{
    internal OmissionRecord(LocatedText section, string reason)
    {
        Section = section;
        Reason = reason;
    }

    /// <summary>The predecessor's section id, or "*" for every section not carried over.</summary>
    public LocatedText Section { get; }

    /// <summary>Why the section is not in the document.</summary>
    public string Reason { get; }

    /// <summary>True for "*".</summary>
    public bool IsWildcard => Section.Value == "*";
}

/// <summary>One catalogue file as read: its records, and the problems found while reading it.</summary>
internal sealed class CatalogueFile
{
    internal CatalogueFile(string path, string text)
    {
        Path = path;
        Text = text;
        Lines = new LineMap(path, text);
    }

    /// <summary>The path as given.</summary>
    public string Path { get; }

    /// <summary>The text read.</summary>
    public string Text { get; }

    /// <summary>Line and column lookup.</summary>
    public LineMap Lines { get; }

    /// <summary>Sources.</summary>
    public List<SourceRecord> Sources { get; } = new List<SourceRecord>();

    /// <summary>Treatments.</summary>
    public List<TreatmentRecord> Treatments { get; } = new List<TreatmentRecord>();

    /// <summary>Documents.</summary>
    public List<DocumentRecord> Documents { get; } = new List<DocumentRecord>();

    /// <summary>Problems found while reading (syntax, fields, values).</summary>
    public List<ImrDiagnostic> Diagnostics { get; } = new List<ImrDiagnostic>();

    /// <summary>True when the JSON could not be read at all.</summary>
    public bool HasSyntaxError { get; internal set; }

    /// <summary>True when the file's bytes could not be decoded (IMR0019): <see cref="Text"/> is only an approximation, for locating the error.</summary>
    public bool IsUndecodable { get; internal set; }

    /// <summary>
    /// True when a string holds a lone surrogate (reported as IMR0004): no UTF-8 file can hold it, so the text
    /// cannot be written back as it was read.
    /// </summary>
    public bool HasUnencodableText { get; internal set; }

    /// <summary>Locates a span of the file.</summary>
    public TextLocation Locate(int start, int length) => Lines.GetLocation(start, length);
}
