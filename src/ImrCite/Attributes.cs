namespace ImrCite;

/// <summary>
/// Marks a string parameter, field or property as holding guideline citation text, in the spirit of
/// <c>[StringSyntax]</c>: the ImrCite analyzers parse constant strings that flow into it and check
/// them against the catalogue at compile time.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Field | AttributeTargets.Property, Inherited = true)]
public sealed class GuidelineCitationAttribute : Attribute
{
}

/// <summary>
/// Put by the source generator on generated documents and sections, naming the catalogue record they
/// stand for, so analyzers can check calls such as <c>Opioids.Pages(96, 74)</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property | AttributeTargets.Class, Inherited = false)]
public sealed class GuidelineRecordAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="id">A document id ("mtus.cpmtg.2009") or a section's full id ("mtus.cpmtg.2009/opioids").</param>
    public GuidelineRecordAttribute(string id)
    {
        Id = id;
    }

    /// <summary>The catalogue id.</summary>
    public string Id { get; }
}
