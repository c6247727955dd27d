using ImrCite.Catalogue;
using ImrCite.Diagnostics;

namespace ImrCite.Citations;

/// <summary>
/// A checked reference to a guideline: a document, optionally a section, optionally pages; or a
/// regulation or range of regulations. Value equality; <see cref="ToString"/> gives the canonical form.
/// </summary>
/// <remarks>
/// Canonical forms:
/// <list type="bullet">
/// <item><c>MTUS Chronic Pain Medical Treatment Guidelines (2009), Opioids, pp. 74–96</c></item>
/// <item><c>MTUS Chronic Pain Medical Treatment Guidelines (2009), Benzodiazepines, p. 24</c></item>
/// <item><c>MTUS ACOEM Practice Guidelines, 2nd Edition (2004), Chapter 12 Low Back Complaints, pp. 303–304</c></item>
/// <item><c>Official Disability Guidelines (ODG), Low Back - Lumbar &amp; Thoracic (Acute &amp; Chronic) (2016), MRIs (magnetic resonance imaging)</c></item>
/// <item><c>8 C.C.R. §§ 9792.20–9792.26</c> and <c>8 C.C.R. § 9792.24.2</c></item>
/// </list>
/// The document's name, then the section title (with its number, if numbered), then pages with an
/// en dash, "p." for one page and "pp." for more; a stated total ("of 127") is checked but not printed.
/// </remarks>
#if IMRCITE_PUBLIC
public sealed class Citation : IEquatable<Citation>
#else
internal sealed class Citation : IEquatable<Citation>
#endif
{
    /// <summary>Creates a citation of a document, optionally a section of it, optionally at pages.</summary>
    public Citation(GuidelineDocument document, GuidelineSection? section, PageSet? pages, int? statedTotal = null)
    {
        Document = document;
        Section = section;
        Pages = pages;
        StatedTotal = statedTotal;
    }

    private Citation(GuidelineDocument document, GuidelineSection first, GuidelineSection through)
    {
        Document = document;
        Section = first;
        ThroughSection = through;
    }

    /// <summary>Creates a citation of a range of regulation sections ("9792.20 - 9792.26").</summary>
    public static Citation RegulationRange(GuidelineDocument document, GuidelineSection first, GuidelineSection through) =>
        new Citation(document, first, through);

    /// <summary>The cited document.</summary>
    public GuidelineDocument Document { get; }

    /// <summary>The cited section, or null for the document as a whole.</summary>
    public GuidelineSection? Section { get; }

    /// <summary>The last section of a cited range of regulations, or null.</summary>
    public GuidelineSection? ThroughSection { get; }

    /// <summary>The cited pages, or null.</summary>
    public PageSet? Pages { get; }

    /// <summary>The total the citation states ("of 127"), or null.</summary>
    public int? StatedTotal { get; }

    /// <summary>A copy with a stated total, as letters copy it from page footers.</summary>
    public Citation WithStatedTotal(int total) => new Citation(Document, Section, Pages, total);

    /// <summary>Checks the citation against its document and section (pages, stated total, supersession).</summary>
    /// <param name="asOf">The decision date, for supersession; null skips that check.</param>
    public System.Collections.Generic.IReadOnlyList<CitationProblem> Check(GuidelineDate? asOf = null) =>
        CitationChecker.Check(this, asOf, catalogue: null);

    /// <summary>True when <see cref="Check"/> finds nothing at error severity.</summary>
    public bool IsValid
    {
        get
        {
            foreach (var problem in Check())
            {
                if (problem.Severity == ImrSeverity.Error)
                {
                    return false;
                }
            }
            return true;
        }
    }

    /// <summary>The canonical form; see the remarks on <see cref="Citation"/>.</summary>
    public override string ToString()
    {
        if (Document.Tier == EvidenceTier.MtusRegulation && Section?.Number is not null)
        {
            return ThroughSection?.Number is null || ThroughSection == Section
                ? "8 C.C.R. \u00a7 " + Section.Number
                : "8 C.C.R. \u00a7\u00a7 " + Section.Number + "\u2013" + ThroughSection.Number;
        }
        var builder = new StringBuilder(Document.CanonicalName);
        if (Section is not null)
        {
            builder.Append(", ").Append(Section.DisplayTitle);
        }
        if (Pages is not null && !Pages.IsEmpty)
        {
            builder.Append(", ").Append(Pages.ToCitationString());
        }
        return builder.ToString();
    }

    /// <inheritdoc />
    public bool Equals(Citation? other) =>
        other is not null
        && string.Equals(Document.Id, other.Document.Id, StringComparison.Ordinal)
        && string.Equals(Section?.Id, other.Section?.Id, StringComparison.Ordinal)
        && string.Equals(ThroughSection?.Id, other.ThroughSection?.Id, StringComparison.Ordinal)
        && Equals(Pages, other.Pages)
        && StatedTotal == other.StatedTotal;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Citation);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        int hash = StringComparer.Ordinal.GetHashCode(Document.Id);
        hash = hash * 31 + (Section is null ? 0 : StringComparer.Ordinal.GetHashCode(Section.Id));
        hash = hash * 31 + (ThroughSection is null ? 0 : StringComparer.Ordinal.GetHashCode(ThroughSection.Id));
        hash = hash * 31 + (Pages?.GetHashCode() ?? 0);
        return hash * 31 + (StatedTotal ?? 0);
    }

    /// <summary>Value equality.</summary>
    public static bool operator ==(Citation? left, Citation? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(Citation? left, Citation? right) => !(left == right);
}

/// <summary>
/// A problem with a citation: the rule, a message saying what is wrong and how to fix it, and the
/// span of the offending part within the citation text (when the citation was parsed from text).
/// </summary>
#if IMRCITE_PUBLIC
public sealed class CitationProblem
#else
internal sealed class CitationProblem
#endif
{
    // A problem whose suggestion ("did you mean") is searched for only when asked: what is wrong, its span and
    // its severity are known at once, but finding the closest catalogued name costs more than reading the
    // citation, and callers that only look at rules and spans (lint reading rationale prose) never ask.
    private Func<(object?[] Arguments, string? Suggestion)>? _details;
    private object?[] _arguments;
    private string? _message;
    private string? _suggestion;

    /// <summary>Creates a problem.</summary>
    internal CitationProblem(RuleDescriptor rule, object?[] arguments, int start = -1, int length = 0, string? suggestion = null, ImrSeverity? severity = null)
    {
        Rule = rule;
        _arguments = arguments;
        _message = rule.Format(arguments);
        Severity = severity ?? rule.DefaultSeverity;
        Start = start;
        Length = length;
        _suggestion = suggestion;
    }

    /// <summary>A problem whose message arguments and suggestion <paramref name="details"/> gives when first asked for (a pure function).</summary>
    internal CitationProblem(RuleDescriptor rule, Func<(object?[] Arguments, string? Suggestion)> details, int start, int length, ImrSeverity? severity = null)
    {
        Rule = rule;
        _arguments = Array.Empty<object?>();
        _details = details;
        Severity = severity ?? rule.DefaultSeverity;
        Start = start;
        Length = length;
    }

    /// <summary>The rule broken.</summary>
    public RuleDescriptor Rule { get; }

    /// <summary>The rule id.</summary>
    public string Id => Rule.Id;

    /// <summary>The message arguments (hosts with their own descriptors format them).</summary>
    public System.Collections.Generic.IReadOnlyList<object?> Arguments
    {
        get
        {
            Resolve();
            return _arguments;
        }
    }

    /// <summary>What is wrong and how to fix it.</summary>
    public string Message
    {
        get
        {
            Resolve();
            return _message!;
        }
    }

    /// <summary>0-based offset of the offending part in the citation text; -1 when not from text.</summary>
    public int Start { get; }

    /// <summary>Length of the offending part.</summary>
    public int Length { get; }

    /// <summary>A replacement the catalogue suggests (a section title, a successor id), if any.</summary>
    public string? Suggestion
    {
        get
        {
            Resolve();
            return _suggestion;
        }
    }

    private void Resolve()
    {
        if (System.Threading.Volatile.Read(ref _details) is not { } details)
        {
            return;
        }
        // A pure function: two threads racing here compute and store the same values.
        var (arguments, suggestion) = details();
        _arguments = arguments;
        _suggestion = suggestion;
        _message = Rule.Format(arguments);
        System.Threading.Volatile.Write(ref _details, null);
    }

    /// <summary>
    /// Severity before configuration: the rule's default, lowered to a warning where the catalogue
    /// fact it rests on is not verified.
    /// </summary>
    public ImrSeverity Severity { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Id}: {Message}";
}
