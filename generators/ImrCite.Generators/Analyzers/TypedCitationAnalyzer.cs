using System.Collections.Concurrent;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ImrCite.Generators.Analyzers;

/// <summary>
/// IMR0111: citation text that names exactly one citation, with nothing wrong but its page order, can be
/// the generated API's typed citation, which the compiler checks. The diagnostic carries the expression
/// (<c>Mtus.ChronicPain.Opioids.Pages(74, 96).ToString()</c>) for the code fix to put in the literal's place.
/// </summary>
/// <remarks>
/// An analyzer of its own, supporting IMR0111 alone, because IMR0111 is an info suggestion: a command-line build
/// shows no info diagnostic (unless it writes an error log or the rule is raised), and the compiler then does not run
/// an analyzer all of whose rules are hidden — so a build pays neither for the suggestion nor for the generated-API
/// index it needs, and the IDE, where the light bulb is, still gets it. Each text's analysis comes from
/// <see cref="SharedCatalogue"/>, so the literal analyzer and this one read a text once between them.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TypedCitationAnalyzer() : CompilationAnalyzer(DiagnosticDescriptors.TypedCitation)
{
    /// <inheritdoc />
    private protected override void Start(CompilationStartAnalysisContext start)
    {
        var citationAttribute = start.Compilation.GetTypeByMetadataName("ImrCite.GuidelineCitationAttribute");
        if (citationAttribute is null)
        {
            return; // the runtime library is not referenced: nothing is marked
        }
        var catalogue = SharedCatalogue.For(start.Options.AdditionalFiles, start.CancellationToken);
        var api = GeneratedApi.For(start.Compilation);
        var asOf = DecisionDate.Read(start.Options);
        // Each distinct text's suggestion once per compilation: it depends on this compilation's generated API.
        var suggestions = new ConcurrentDictionary<string, Suggestion?>(StringComparer.Ordinal);
        CitationFlow.Register(start, citationAttribute, (operation, value) =>
        {
            if (value.ConstantValue is not { HasValue: true, Value: string text } || CitationFlow.IsConstantContext(value))
            {
                return;
            }
            if (!suggestions.TryGetValue(text, out var suggestion))
            {
                suggestion = suggestions.GetOrAdd(text, Suggest(text, catalogue.Analyze(text, asOf), api));
            }
            if (suggestion is not null)
            {
                CitationDiagnostics.Report(operation, suggestion.Problem, value.Syntax.GetLocation(), suggestion.Properties);
            }
        });
    }

    /// <summary>The IMR0111 problem and its fix for <paramref name="text"/>, or null when the text is not one typed citation.</summary>
    /// <remarks>Depends only on the text, its analysis and the compilation's generated API, so it is computed once per text.</remarks>
    internal static Suggestion? Suggest(string text, CitationAnalysis analysis, GeneratedApi api)
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
