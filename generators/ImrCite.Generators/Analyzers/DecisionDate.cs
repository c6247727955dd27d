using Microsoft.CodeAnalysis.Diagnostics;

namespace ImrCite.Generators.Analyzers;

/// <summary>The decision date the analyzers check against: the <c>ImrCiteAsOf</c> MSBuild property (yyyy-MM-dd), if set.</summary>
internal static class DecisionDate
{
    public static GuidelineDate? Read(AnalyzerOptions options) =>
        options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue("build_property.ImrCiteAsOf", out string? text)
        && GuidelineDate.TryParse(text?.Trim(), out var date) ? date : null;
}
