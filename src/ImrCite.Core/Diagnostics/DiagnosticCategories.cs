namespace ImrCite.Diagnostics;

/// <summary>
/// Rule categories. The category also says which host reports a rule: catalogue and citation rules are
/// compiler diagnostics (the analyzers) and run-time results; letter rules come from <c>imrcite lint</c>;
/// build rules from the package's MSBuild targets.
/// </summary>
internal static class DiagnosticCategories
{
    /// <summary>Rules about catalogue files (IMR00xx).</summary>
    public const string Catalogue = "ImrCite.Catalogue";
    /// <summary>Rules about citation text (IMR01xx).</summary>
    public const string Citation = "ImrCite.Citation";
    /// <summary>Rules about determination letters (IMR02xx).</summary>
    public const string Letter = "ImrCite.Letter";
    /// <summary>Rules about how a project wires up the ImrCite package (IMR03xx, MSBuild warnings).</summary>
    public const string Build = "ImrCite.Build";
}
