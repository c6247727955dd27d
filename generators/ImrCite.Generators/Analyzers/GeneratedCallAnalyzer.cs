using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ImrCite.Generators.Analyzers;

/// <summary>
/// Checks constant pages given to the generated API — <c>Mtus.ChronicPain.Opioids.Pages(96, 74)</c>,
/// <c>Acoem.LowBackComplaints.Pages(400)</c> — and citations of superseded records through it, with the
/// same checks as citation text (<see cref="CitationChecker"/>). Generated members are recognised by their
/// <c>[GuidelineRecord]</c> attribute, so calls into a referenced project's generated API are checked too.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class GeneratedCallAnalyzer() : CompilationAnalyzer(DiagnosticDescriptors.CitationChecks)
{
    /// <inheritdoc />
    private protected override void Start(CompilationStartAnalysisContext start)
    {
        var api = GeneratedApi.For(start.Compilation);
        if (api.RecordAttribute is null)
        {
            return; // the runtime library is not referenced: there is no generated API
        }
        var catalogue = SharedCatalogue.For(start.Options.AdditionalFiles, start.CancellationToken);
        var asOf = DecisionDate.Read(start.Options);
        start.RegisterOperationAction(c => Check(c, catalogue, api, asOf), OperationKind.Invocation);
    }

    private static void Check(OperationAnalysisContext context, SharedCatalogue catalogue, GeneratedApi api, GuidelineDate? asOf)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        if (method.Name != "Pages" && method.Name != "Cite")
        {
            return;
        }
        // Section.Pages(...) on a generated section property, or the generated document class's static Pages(...),
        // which it inherits from GeneratedDocument<TheClass>.
        string? recordId = invocation.Instance is IPropertyReferenceOperation property ? api.RecordId(property.Property)
            : method.IsStatic ? api.RecordId(GeneratedApi.DocumentClass(method.ContainingType)) : null;
        if (recordId is null || !TryReadPages(invocation, out var pages))
        {
            return;
        }
        var citation = Cite(catalogue.Catalogue, recordId, pages);
        if (citation is null)
        {
            return;
        }
        var call = invocation.Syntax as InvocationExpressionSyntax;
        var syntax = call is null ? invocation.Syntax : (SyntaxNode)call.ArgumentList;
        foreach (var problem in CitationChecker.Check(citation, asOf, catalogue.Catalogue))
        {
            var properties = ImmutableDictionary<string, string?>.Empty;
            var location = syntax.GetLocation();
            if (problem.Rule == Rules.SupersededCitation && problem.Suggestion is not null
                && call?.Expression is MemberAccessExpressionSyntax access
                && api.TryGetMember(GeneratedApi.Successor(catalogue.Catalogue, problem.Suggestion, citation.Section), out string successor))
            {
                // Point at the superseded member ("Mtus.ChronicPain.Opioids") and offer its successor.
                location = access.Expression.GetLocation();
                properties = properties.Add(CitationLiteralAnalyzer.ReplacementProperty, successor);
            }
            CitationDiagnostics.Report(context, problem, location, properties);
        }
    }

    /// <summary>The constant pages of a <c>Pages(page)</c> or <c>Pages(first, last)</c> call (none for <c>Cite()</c>); false when they are computed at run time or given as a page-set string.</summary>
    private static bool TryReadPages(IInvocationOperation invocation, out List<PageRange> pages)
    {
        pages = new List<PageRange>();
        if (invocation.TargetMethod.Name != "Pages")
        {
            return true;
        }
        var values = new List<int>();
        foreach (var argument in invocation.Arguments.OrderBy(a => a.Parameter?.Ordinal ?? 0))
        {
            if (argument.Value.ConstantValue is not { HasValue: true, Value: int page })
            {
                return false; // checked at run time
            }
            values.Add(page);
        }
        if (values.Count == 1)
        {
            pages.Add(new PageRange(values[0], values[0]));
        }
        else if (values.Count == 2)
        {
            pages.Add(new PageRange(values[0], values[1]));
        }
        else
        {
            return false;
        }
        return true;
    }

    /// <summary>The citation a generated call makes of a section (an id with '/') or a document.</summary>
    private static Citation? Cite(GuidelineCatalogue catalogue, string recordId, List<PageRange> pages)
    {
        var pageSet = pages.Count == 0 ? null : new PageSet(pages);
        if (recordId.IndexOf('/') > 0)
        {
            return catalogue.FindSection(recordId) is { } section ? new Citation(section.Document, section, pageSet) : null;
        }
        return catalogue.FindDocument(recordId) is { } document ? new Citation(document, null, pageSet) : null;
    }
}
