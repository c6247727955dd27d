using Microsoft.CodeAnalysis.Diagnostics;

namespace ImrCite.Generators.Analyzers;

/// <summary>
/// IMR0111: citation text that names exactly one citation, with nothing wrong but its page order, can be
/// the generated API's typed citation, which the compiler checks. The diagnostic carries the expression
/// (<c>Mtus.ChronicPain.Opioids.Pages(74, 96).ToString()</c>) for the code fix to put in the literal's place.
/// Run by <see cref="CitationLiteralAnalyzer"/> on each literal it has analysed, outside constant contexts.
/// </summary>
internal static class TypedCitationRule
{
    /// <summary>The IMR0111 problem and its fix for <paramref name="text"/>, or null when the text is not one typed citation.</summary>
    /// <remarks>Depends only on the text, its analysis and the compilation's generated API, so it is computed once per text.</remarks>
    public static Suggestion? Suggest(string text, CitationAnalysis analysis, GeneratedApi api)
    {
        if (analysis.Matches.Count != 1 || analysis.Matches[0].Citation is not { } citation)
        {
            return null;
        }
        foreach (var problem in analysis.Problems)
        {
            if (problem.Rule != Rules.ReversedPageRange && problem.Severity != ImrSeverity.Note)
            {
                return null;
            }
        }
        if (citation.ThroughSection is not null || api.Expression(citation.Section?.FullId ?? citation.Document.Id, citation.Pages) is not { } expression)
        {
            return null;
        }
        var properties = ImmutableDictionary<string, string?>.Empty
            .Add(CitationLiteralAnalyzer.ReplacementProperty, expression + ".ToString()")
            .Add(CitationLiteralAnalyzer.ReplaceProperty, CitationLiteralAnalyzer.ReplaceWholeLiteral);
        var normalized = citation.Pages is null ? citation : new Citation(citation.Document, citation.Section, citation.Pages.Normalize(), citation.StatedTotal);
        return new Suggestion(new CitationProblem(Rules.UseGeneratedCitation, new object?[] { text, normalized.ToString(), GeneratedApi.ShortName(expression) }), properties);
    }

    /// <summary>Reports <paramref name="suggestion"/> on the literal.</summary>
    public static void Report(OperationAnalysisContext context, SyntaxNode literal, Suggestion suggestion) =>
        CitationDiagnostics.Report(context, suggestion.Problem, literal.GetLocation(), suggestion.Properties);

    /// <summary>An IMR0111 problem and the properties its code fix reads.</summary>
    internal sealed class Suggestion
    {
        public Suggestion(CitationProblem problem, ImmutableDictionary<string, string?> properties)
        {
            Problem = problem;
            Properties = properties;
        }

        public CitationProblem Problem { get; }

        public ImmutableDictionary<string, string?> Properties { get; }
    }
}
