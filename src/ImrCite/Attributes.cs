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
/// Put by the source generator on each generated document class, naming the catalogue document it stands for, so
/// analyzers can check calls such as <c>Mtus.ChronicPain.Pages(96, 74)</c>. A generated section property
/// (<c>Mtus.ChronicPain.Opioids</c>) is known by its class's <c>Ids</c> constant of the same name, and at run time by
/// its value's <see cref="Catalogue.GuidelineSection.FullId"/>. Code may also put it on its own fields and properties.
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
