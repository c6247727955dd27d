using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ImrCite.Diagnostics;
using ImrCite.Generators.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
using Microsoft.CodeAnalysis.Text;

namespace ImrCite.CodeFixes;

/// <summary>
/// Fixes for citations in code. The analyzer puts what to write in the diagnostic's properties, so the
/// fix needs no catalogue: IMR0111 replaces a citation literal with the typed citation from the
/// generated API; IMR0109 replaces a superseded section or document with its successor; IMR0102
/// replaces a misspelled section title with the catalogue's suggestion. Fix All works in document,
/// project and solution.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CitationCodeFixProvider)), Shared]
public sealed class CitationCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(Rules.UnknownSection.Id, Rules.SupersededCitation.Id, Rules.UseGeneratedCitation.Id);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            var properties = diagnostic.Properties;
            if (properties.TryGetValue(CitationLiteralAnalyzer.TextEditProperty, out string? edit) && edit is not null)
            {
                context.RegisterCodeFix(
                    CodeAction.Create($"Change to '{edit}'", ct => ReplaceTextAsync(context.Document, diagnostic.Location.SourceSpan, edit, ct), "ImrCite.UseSuggestedTitle"),
                    diagnostic);
            }
            else if (properties.TryGetValue(CitationLiteralAnalyzer.ReplacementProperty, out string? replacement) && replacement is not null)
            {
                bool wholeLiteral = properties.TryGetValue(CitationLiteralAnalyzer.ReplaceProperty, out string? scope) && scope == CitationLiteralAnalyzer.ReplaceWholeLiteral;
                bool successor = diagnostic.Id == Rules.SupersededCitation.Id;
                string title = successor ? "Cite the successor" : "Use the generated typed citation";
                string key = successor ? "ImrCite.CiteSuccessor" : "ImrCite.UseGeneratedCitation";
                context.RegisterCodeFix(
                    CodeAction.Create(title, ct => ReplaceNodeAsync(context.Document, diagnostic.Location.SourceSpan, replacement, wholeLiteral, ct), key),
                    diagnostic);
            }
        }
        return Task.CompletedTask;
    }

    private static async Task<Document> ReplaceTextAsync(Document document, TextSpan span, string suggestion, CancellationToken cancellationToken)
    {
        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        // The span lies inside a regular or verbatim string literal; write the suggestion escaped for it.
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var token = root!.FindToken(span.Start);
        bool verbatim = token.Text.StartsWith("@", System.StringComparison.Ordinal);
        string escaped = verbatim ? suggestion.Replace("\"", "\"\"") : suggestion.Replace("\\", "\\\\").Replace("\"", "\\\"");
        return document.WithText(text.Replace(span, escaped));
    }

    private static async Task<Document> ReplaceNodeAsync(Document document, TextSpan span, string replacement, bool wholeLiteral, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }
        SyntaxNode node = root.FindNode(span, getInnermostNodeForTie: true);
        if (wholeLiteral)
        {
            // The whole constant: the literal, or the cast, parenthesis or concatenation it stands in.
            if (node is not ExpressionSyntax)
            {
                node = node.FirstAncestorOrSelf<ExpressionSyntax>() ?? node;
            }
            while (node.Parent is ParenthesizedExpressionSyntax or CastExpressionSyntax
                || (node.Parent is BinaryExpressionSyntax binary && binary.IsKind(SyntaxKind.AddExpression)))
            {
                node = node.Parent;
            }
        }
        // The simplifier shortens names, not calls: mark every qualified name in the replacement so
        // "global::ImrCite.Guidelines.Acoem.LowBackComplaints.Pages(303, 304)" becomes "Acoem.LowBackComplaints.Pages(303, 304)" under a using.
        var parsed = SyntaxFactory.ParseExpression(replacement);
        var expression = parsed.ReplaceNodes(
                parsed.DescendantNodesAndSelf().Where(n => n is MemberAccessExpressionSyntax or QualifiedNameSyntax or AliasQualifiedNameSyntax),
                (original, rewritten) => rewritten.WithAdditionalAnnotations(Simplifier.Annotation))
            .WithTriviaFrom(node)
            .WithAdditionalAnnotations(Simplifier.Annotation);
        return document.WithSyntaxRoot(root.ReplaceNode(node, expression));
    }
}
