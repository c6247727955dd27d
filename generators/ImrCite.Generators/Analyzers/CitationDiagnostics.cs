using Microsoft.CodeAnalysis.Diagnostics;

namespace ImrCite.Generators.Analyzers;

/// <summary>Turns the core's <see cref="CitationProblem"/>s into compiler diagnostics, for every citation analyzer alike.</summary>
internal static class CitationDiagnostics
{
    /// <summary>
    /// Reports <paramref name="problem"/> at <paramref name="location"/>, with its suggestion and what a fix
    /// should write in <paramref name="properties"/>, at the problem's severity (an unverified catalogue fact
    /// lowers an error to a warning; .editorconfig still has the last word).
    /// </summary>
    public static void Report(OperationAnalysisContext context, CitationProblem problem, Location location, ImmutableDictionary<string, string?> properties)
    {
        if (DiagnosticDescriptors.Find(problem.Id) is not { } descriptor)
        {
            return;
        }
        if (problem.Suggestion is not null)
        {
            properties = properties.SetItem(CitationLiteralAnalyzer.SuggestionProperty, problem.Suggestion);
        }
        var arguments = new object?[problem.Arguments.Count];
        for (int i = 0; i < arguments.Length; i++)
        {
            arguments[i] = problem.Arguments[i];
        }
        context.ReportDiagnostic(Diagnostic.Create(descriptor, location, DiagnosticDescriptors.Severity(problem.Severity), additionalLocations: null, properties, arguments));
    }
}
