using System.Collections.Generic;
using ImrCite.Catalogue;
using ImrCite.Citations;

namespace ImrCite.Sample;

/// <summary>How the reviewer decided one disputed item.</summary>
public enum Decision
{
    /// <summary>The utilization review denial stands.</summary>
    Upheld,
    /// <summary>The denial is reversed.</summary>
    Overturned,
    /// <summary>The denial is reversed in part.</summary>
    PartiallyOverturned,
}

/// <summary>One disputed item/service with its decision, the guidelines each side relied on, and the rationale.</summary>
public sealed record DisputedItem(
    string Request,
    Decision Decision,
    IReadOnlyList<Citation> ClaimsAdministratorGuidelines,
    IReadOnlyList<Citation> ReviewerGuidelines,
    string Rationale);

/// <summary>A final determination: the decision date, which picks the guideline versions in force, and the disputed items in the order they are decided.</summary>
public sealed record Determination(string CaseNumber, GuidelineDate DecidedOn, IReadOnlyList<DisputedItem> Items);
