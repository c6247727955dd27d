using System.Collections.Concurrent;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ImrCite.Generators.Analyzers;

/// <summary>
/// Checks citation text written in code: constant strings flowing into parameters, fields and properties
/// marked <c>[GuidelineCitation]</c> (<see cref="CitationFlow"/>) are read and checked by the shared core
/// against the compilation's catalogue, and each problem is reported on the exact part of the literal. A
/// literal that is one valid citation is offered as the generated API's typed citation by
/// <see cref="TypedCitationAnalyzer"/> (IMR0111). Constant pages given to the generated API are checked by
/// <see cref="GeneratedCallAnalyzer"/>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CitationLiteralAnalyzer() : CompilationAnalyzer(DiagnosticDescriptors.CitationChecks)
{
    /// <summary>Diagnostic property: the replacement the catalogue suggests (section title, successor id, number).</summary>
    public const string SuggestionProperty = "Suggestion";

    /// <summary>Diagnostic property: text that replaces the diagnostic's span (a suggested section title).</summary>
    public const string TextEditProperty = "TextEdit";

    /// <summary>Diagnostic property: a C# expression that replaces the node at the diagnostic (or the whole literal).</summary>
    public const string ReplacementProperty = "Replacement";

    /// <summary>Diagnostic property: <see cref="ReplaceWholeLiteral"/> when <see cref="ReplacementProperty"/> replaces the whole string literal.</summary>
    public const string ReplaceProperty = "Replace";

    /// <summary>The value of <see cref="ReplaceProperty"/> that says the replacement stands for the whole literal.</summary>
    public const string ReplaceWholeLiteral = "literal";

    /// <inheritdoc />
    private protected override void Start(CompilationStartAnalysisContext start)
    {
        var citationAttribute = start.Compilation.GetTypeByMetadataName("ImrCite.GuidelineCitationAttribute");
        if (citationAttribute is null)
        {
            return; // the runtime library is not referenced: nothing is marked
        }
        var literals = new Literals(SharedCatalogue.For(start.Options.AdditionalFiles, start.CancellationToken), GeneratedApi.For(start.Compilation), DecisionDate.Read(start.Options));
        CitationFlow.Register(start, citationAttribute, (operation, value) => Check(operation, value, literals));
    }

    private static void Check(OperationAnalysisContext context, IOperation value, Literals literals)
    {
        if (value.ConstantValue is not { HasValue: true, Value: string text })
        {
            return;
        }
        var analysis = literals.Get(text);
        var catalogue = literals.Catalogue;
        var api = literals.Api;
        var syntax = value.Syntax;
        bool inConstantContext = CitationFlow.IsConstantContext(value);
        LiteralSpans? spans = null; // built at the first problem, once for all of them
        foreach (var problem in analysis.Problems)
        {
            var location = problem.Start >= 0 ? (spans ??= LiteralSpans.For(syntax)).Map(problem.Start, problem.Length) : syntax.GetLocation();
            var properties = ImmutableDictionary<string, string?>.Empty;
            if (problem.Rule == Rules.UnknownSection && problem.Suggestion is not null && location != syntax.GetLocation())
            {
                properties = properties.Add(TextEditProperty, problem.Suggestion);
            }
            else if (problem.Rule == Rules.SupersededCitation && problem.Suggestion is not null && !inConstantContext
                && api.Expression(GeneratedApi.Successor(catalogue.Catalogue, problem.Suggestion, CitedSection(analysis, problem)), null) is { } successor)
            {
                properties = properties.Add(ReplacementProperty, successor + ".ToString()").Add(ReplaceProperty, ReplaceWholeLiteral);
            }
            CitationDiagnostics.Report(context, problem, location, properties);
        }
        if (analysis.Segments.Count == 0)
        {
            CitationDiagnostics.Report(context, new CitationProblem(Rules.MalformedCitation, new object?[] { "The text holds no citation" }), syntax.GetLocation(), ImmutableDictionary<string, string?>.Empty);
        }
    }

    /// <summary>
    /// What the literals of one compilation need, and each distinct text's analysis, looked up once per compilation:
    /// a literal repeated through the code costs a lookup and its reports, not another reading.
    /// </summary>
    private sealed class Literals
    {
        private readonly ConcurrentDictionary<string, CitationAnalysis> _byText = new ConcurrentDictionary<string, CitationAnalysis>(System.StringComparer.Ordinal);

        private readonly GuidelineDate? _asOf;

        public Literals(SharedCatalogue catalogue, GeneratedApi api, GuidelineDate? asOf)
        {
            Catalogue = catalogue;
            Api = api;
            _asOf = asOf;
        }

        public SharedCatalogue Catalogue { get; }

        public GeneratedApi Api { get; }

        public CitationAnalysis Get(string text) =>
            _byText.TryGetValue(text, out var analysis) ? analysis : _byText.GetOrAdd(text, Catalogue.Analyze(text, _asOf));
    }

    /// <summary>The one section cited from the superseded document the problem is about, if there is exactly one.</summary>
    private static GuidelineSection? CitedSection(CitationAnalysis analysis, CitationProblem problem)
    {
        GuidelineSection? found = null;
        foreach (var match in analysis.Matches)
        {
            var citation = match.Citation;
            bool fromSuperseded = citation?.Document.SupersededBy == problem.Suggestion || citation?.Section?.SupersededBy == problem.Suggestion;
            if (citation?.Section is { } section && fromSuperseded)
            {
                if (found is not null && !ReferenceEquals(found, section))
                {
                    return null;
                }
                found = section;
            }
        }
        return found;
    }
}
