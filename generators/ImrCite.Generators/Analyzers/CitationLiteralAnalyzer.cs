using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ImrCite.Catalogue;
using ImrCite.Citations;
using ImrCite.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace ImrCite.Generators.Analyzers;

/// <summary>
/// Checks citations written in code, with the shared core and the compilation's catalogue files:
/// constant strings flowing into parameters, fields and properties marked <c>[GuidelineCitation]</c>,
/// and constant pages passed to the generated API (<c>Mtus.ChronicPain.Opioids.Pages(96, 74)</c>).
/// Each problem is reported on the exact part of the literal.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CitationLiteralAnalyzer : DiagnosticAnalyzer
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
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => DiagnosticDescriptors.Citation;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var citationAttribute = start.Compilation.GetTypeByMetadataName("ImrCite.GuidelineCitationAttribute");
            var recordAttribute = start.Compilation.GetTypeByMetadataName("ImrCite.GuidelineRecordAttribute");
            if (citationAttribute is null && recordAttribute is null)
            {
                return; // the runtime library is not referenced: nothing to check
            }
            var texts = new List<AdditionalText>();
            foreach (var text in start.Options.AdditionalFiles)
            {
                if (CatalogueReader.IsCatalogueFile(text.Path))
                {
                    texts.Add(text);
                }
            }
            var cancellation = start.CancellationToken;
            var resolver = new Lazy<CitationResolver>(() => new CitationResolver(LoadCatalogue(texts, cancellation)), LazyThreadSafetyMode.ExecutionAndPublication);
            var compilation = start.Compilation;
            var members = recordAttribute is null
                ? new Lazy<Dictionary<string, string>>(() => new Dictionary<string, string>())
                : new Lazy<Dictionary<string, string>>(() => GeneratedMembers.Index(compilation, recordAttribute, cancellation), LazyThreadSafetyMode.ExecutionAndPublication);
            var state = new State(resolver, members);
            GuidelineDate? asOf = null;
            if (start.Options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue("build_property.ImrCiteAsOf", out string? asOfText)
                && GuidelineDate.TryParse(asOfText?.Trim(), out var date))
            {
                asOf = date;
            }

            if (citationAttribute is not null)
            {
                start.RegisterOperationAction(c => AnalyzeArgument(c, citationAttribute, state, asOf), OperationKind.Argument);
                start.RegisterOperationAction(c => AnalyzeInitializer(c, citationAttribute, state, asOf), OperationKind.FieldInitializer, OperationKind.PropertyInitializer);
                start.RegisterOperationAction(c => AnalyzeAssignment(c, citationAttribute, state, asOf), OperationKind.SimpleAssignment);
                start.RegisterOperationAction(c =>
                {
                    var initializer = (IParameterInitializerOperation)c.Operation;
                    if (HasAttribute(initializer.Parameter, citationAttribute))
                    {
                        CheckValue(c, initializer.Value, state, asOf);
                    }
                }, OperationKind.ParameterInitializer);
            }
            if (recordAttribute is not null)
            {
                start.RegisterOperationAction(c => AnalyzeGeneratedCall(c, recordAttribute, state, asOf), OperationKind.Invocation);
            }
        });
    }

    internal static GuidelineCatalogue LoadCatalogue(List<AdditionalText> texts, CancellationToken cancellationToken)
    {
        var files = new List<CatalogueFile>();
        foreach (var text in texts)
        {
            if (text.GetText(cancellationToken) is { } source)
            {
                files.Add(CatalogueReader.Read(text.Path, source.ToString()));
            }
        }
        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return CatalogueBuilder.Build(files);
    }

    private static void AnalyzeArgument(OperationAnalysisContext context, INamedTypeSymbol attribute, State state, GuidelineDate? asOf)
    {
        var argument = (IArgumentOperation)context.Operation;
        // A default value is checked once, where it is declared (below), not at every call that omits it.
        if (argument.ArgumentKind != ArgumentKind.DefaultValue && argument.Parameter is { } parameter && HasAttribute(parameter, attribute))
        {
            CheckValue(context, argument.Value, state, asOf);
        }
    }

    private static void AnalyzeInitializer(OperationAnalysisContext context, INamedTypeSymbol attribute, State state, GuidelineDate? asOf)
    {
        var initializer = (ISymbolInitializerOperation)context.Operation;
        bool marked = initializer switch
        {
            IFieldInitializerOperation field => field.InitializedFields.Length > 0 && HasAttribute(field.InitializedFields[0], attribute),
            IPropertyInitializerOperation property => property.InitializedProperties.Length > 0 && HasAttribute(property.InitializedProperties[0], attribute),
            _ => false,
        };
        if (marked)
        {
            CheckValue(context, initializer.Value, state, asOf);
        }
    }

    private static void AnalyzeAssignment(OperationAnalysisContext context, INamedTypeSymbol attribute, State state, GuidelineDate? asOf)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        ISymbol? target = assignment.Target switch
        {
            IFieldReferenceOperation field => field.Field,
            IPropertyReferenceOperation property => property.Property,
            _ => null,
        };
        if (target is not null && HasAttribute(target, attribute))
        {
            CheckValue(context, assignment.Value, state, asOf);
        }
    }

    /// <summary>The marker on the symbol or on what it overrides ([GuidelineCitation] is inherited).</summary>
    private static bool HasAttribute(ISymbol symbol, INamedTypeSymbol attribute)
    {
        for (ISymbol? current = symbol; current is not null; current = Overridden(current))
        {
            foreach (var data in current.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(data.AttributeClass, attribute))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static ISymbol? Overridden(ISymbol symbol) => symbol switch
    {
        IPropertySymbol property => property.OverriddenProperty,
        IParameterSymbol { ContainingSymbol: IMethodSymbol { OverriddenMethod: { } overridden } } parameter when parameter.Ordinal < overridden.Parameters.Length
            => overridden.Parameters[parameter.Ordinal],
        IParameterSymbol { ContainingSymbol: IMethodSymbol { AssociatedSymbol: IPropertySymbol { OverriddenProperty: { } baseProperty } } } => baseProperty,
        _ => null,
    };

    private static void CheckValue(OperationAnalysisContext context, IOperation value, State state, GuidelineDate? asOf)
    {
        if (value.ConstantValue is not { HasValue: true, Value: string text })
        {
            return;
        }
        var analysis = state.Resolver.Value.Analyze(text, asOf);
        var syntax = value.Syntax;
        bool inConstantContext = IsConstantContext(value);
        foreach (var problem in analysis.Problems)
        {
            var location = problem.Start >= 0 ? LiteralSpans.Map(syntax, problem.Start, problem.Length) : syntax.GetLocation();
            var properties = ImmutableDictionary<string, string?>.Empty;
            if (problem.Rule == Rules.UnknownSection && problem.Suggestion is not null && location != syntax.GetLocation())
            {
                properties = properties.Add(TextEditProperty, problem.Suggestion);
            }
            else if (problem.Rule == Rules.SupersededCitation && problem.Suggestion is not null && !inConstantContext
                && Expression(state, Successor(state.Resolver.Value.Catalogue, problem.Suggestion, CitedSection(analysis, problem)), null) is { } successor)
            {
                properties = properties.Add(ReplacementProperty, successor + ".ToString()").Add(ReplaceProperty, ReplaceWholeLiteral);
            }
            Report(context, problem, location, properties);
        }
        if (analysis.Segments.Count == 0)
        {
            Report(context, new CitationProblem(Rules.MalformedCitation, new object?[] { "The text holds no citation" }), syntax.GetLocation(), ImmutableDictionary<string, string?>.Empty);
            return;
        }

        // A literal that names exactly one citation, with nothing wrong but its page order, can become the typed API.
        if (inConstantContext || analysis.Matches.Count != 1 || analysis.Matches[0].Citation is not { } citation)
        {
            return;
        }
        foreach (var problem in analysis.Problems)
        {
            if (problem.Rule != Rules.ReversedPageRange && problem.Severity != ImrSeverity.Note)
            {
                return;
            }
        }
        if (citation.ThroughSection is not null || Expression(state, citation.Section?.FullId ?? citation.Document.Id, citation.Pages) is not { } expression)
        {
            return;
        }
        var fixProperties = ImmutableDictionary<string, string?>.Empty
            .Add(ReplacementProperty, expression + ".ToString()")
            .Add(ReplaceProperty, ReplaceWholeLiteral);
        var normalized = citation.Pages is null ? citation : new Citation(citation.Document, citation.Section, citation.Pages.Normalize(), citation.StatedTotal);
        Report(context, new CitationProblem(Rules.UseGeneratedCitation, new object?[] { text, normalized.ToString(), ShortName(expression) }), syntax.GetLocation(), fixProperties);
    }

    /// <summary>
    /// The record a superseded citation should move to: the section's own successor, else the same-named
    /// section of the successor document, else the successor document itself.
    /// </summary>
    private static string Successor(GuidelineCatalogue catalogue, string successorId, GuidelineSection? cited)
    {
        if (cited is null)
        {
            return successorId;
        }
        if (cited.SupersededBy is not null && catalogue.FindSection(cited.SupersededBy) is not null)
        {
            return cited.SupersededBy;
        }
        if (catalogue.FindDocument(successorId) is { } successor)
        {
            var same = successor.FindSection(cited.Id) ?? successor.FindSectionByName(cited.Title);
            if (same is not null)
            {
                return same.FullId;
            }
        }
        return successorId;
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

    /// <summary>Constants in attributes, const fields, switch labels and default values cannot become method calls.</summary>
    private static bool IsConstantContext(IOperation value)
    {
        for (var node = value.Syntax; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case AttributeArgumentSyntax:
                case ParameterSyntax:
                case CaseSwitchLabelSyntax:
                case ConstantPatternSyntax:
                    return true;
                case FieldDeclarationSyntax field:
                    return field.Modifiers.Any(SyntaxKind.ConstKeyword);
                case LocalDeclarationStatementSyntax local:
                    return local.IsConst;
                case StatementSyntax:
                case MemberDeclarationSyntax:
                    return false;
            }
        }
        return false;
    }

    /// <summary>The generated-API expression for a record with pages, e.g. global::Ns.Mtus.ChronicPain.Opioids.Pages(74, 96).</summary>
    private static string? Expression(State state, string recordId, PageSet? pages)
    {
        if (!state.Members.Value.TryGetValue(recordId, out string? member))
        {
            return null;
        }
        if (pages is null || pages.IsEmpty)
        {
            return member + ".Cite()";
        }
        if (pages.Ranges.Count == 1)
        {
            var range = pages.Ranges[0];
            int low = Math.Min(range.First, range.Last);
            int high = Math.Max(range.First, range.Last);
            return low == high ? $"{member}.Pages({low})" : $"{member}.Pages({low}, {high})";
        }
        return $"{member}.Pages(\"{pages.Normalize()}\")";
    }

    private static string ShortName(string expression) =>
        expression.StartsWith("global::", StringComparison.Ordinal) ? expression.Substring(8) : expression;

    /// <summary>Checks constant pages given to the generated API, e.g. <c>Opioids.Pages(96, 74)</c>.</summary>
    private static void AnalyzeGeneratedCall(OperationAnalysisContext context, INamedTypeSymbol recordAttribute, State state, GuidelineDate? asOf)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        if (method.Name != "Pages" && method.Name != "Cite")
        {
            return;
        }
        // Section.Pages(...) on a generated section property, or the generated document class's static Pages(...).
        string? recordId = invocation.Instance is IPropertyReferenceOperation property ? GeneratedMembers.RecordId(property.Property, recordAttribute)
            : method.IsStatic ? GeneratedMembers.RecordId(method.ContainingType, recordAttribute) : null;
        if (recordId is null)
        {
            return;
        }
        var pages = new List<PageRange>();
        if (method.Name == "Pages")
        {
            var values = new List<int>();
            foreach (var argument in invocation.Arguments.OrderBy(a => a.Parameter?.Ordinal ?? 0))
            {
                if (argument.Value.ConstantValue is not { HasValue: true, Value: int page })
                {
                    return; // pages computed at run time (or given as a page-set string) are checked at run time
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
                return;
            }
        }
        var catalogue = state.Resolver.Value.Catalogue;
        Citation? citation = null;
        if (recordId.IndexOf('/') > 0)
        {
            if (catalogue.FindSection(recordId) is { } section)
            {
                citation = new Citation(section.Document, section, pages.Count == 0 ? null : new PageSet(pages));
            }
        }
        else if (catalogue.FindDocument(recordId) is { } document)
        {
            citation = new Citation(document, null, pages.Count == 0 ? null : new PageSet(pages));
        }
        if (citation is null)
        {
            return;
        }
        var call = invocation.Syntax as InvocationExpressionSyntax;
        var syntax = call is null ? invocation.Syntax : (SyntaxNode)call.ArgumentList;
        foreach (var problem in CitationChecker.Check(citation, asOf, catalogue))
        {
            var properties = ImmutableDictionary<string, string?>.Empty;
            var location = syntax.GetLocation();
            if (problem.Rule == Rules.SupersededCitation && problem.Suggestion is not null
                && call?.Expression is MemberAccessExpressionSyntax access
                && state.Members.Value.TryGetValue(Successor(catalogue, problem.Suggestion, citation.Section), out string? successor))
            {
                // Point at the superseded member ("Mtus.ChronicPain.Opioids") and offer its successor.
                location = access.Expression.GetLocation();
                properties = properties.Add(ReplacementProperty, successor);
            }
            Report(context, problem, location, properties);
        }
    }

    private static void Report(OperationAnalysisContext context, CitationProblem problem, Location location, ImmutableDictionary<string, string?> properties)
    {
        if (DiagnosticDescriptors.Find(problem.Id) is not { } descriptor)
        {
            return;
        }
        if (problem.Suggestion is not null)
        {
            properties = properties.SetItem(SuggestionProperty, problem.Suggestion);
        }
        var arguments = new object?[problem.Arguments.Count];
        for (int i = 0; i < arguments.Length; i++)
        {
            arguments[i] = problem.Arguments[i];
        }
        // An unverified catalogue fact lowers an error to a warning; .editorconfig still has the last word.
        var severity = DiagnosticDescriptors.Severity(problem.Severity);
        context.ReportDiagnostic(Diagnostic.Create(descriptor, location, severity, additionalLocations: null, properties, arguments));
    }
}

/// <summary>What one compilation's analysis shares: the catalogue's resolver and the generated members by record id.</summary>
internal sealed class State
{
    public State(Lazy<CitationResolver> resolver, Lazy<Dictionary<string, string>> members)
    {
        Resolver = resolver;
        Members = members;
    }

    public Lazy<CitationResolver> Resolver { get; }

    public Lazy<Dictionary<string, string>> Members { get; }
}

/// <summary>Finds the generated API's members by the catalogue ids in their [GuidelineRecord] attributes.</summary>
internal static class GeneratedMembers
{
    public static Dictionary<string, string> Index(Compilation compilation, INamedTypeSymbol recordAttribute, CancellationToken cancellationToken)
    {
        var index = new Dictionary<string, string>(StringComparer.Ordinal);
        var pending = new Stack<INamespaceOrTypeSymbol>();
        pending.Push(compilation.Assembly.GlobalNamespace);
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var member in pending.Pop().GetMembers())
            {
                if (member is INamespaceOrTypeSymbol container)
                {
                    pending.Push(container);
                }
                if (member is INamedTypeSymbol or IPropertySymbol && RecordId(member, recordAttribute) is { } id && !index.ContainsKey(id))
                {
                    string path = member is INamedTypeSymbol type
                        ? type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)
                        : member.ContainingType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + "." + member.Name;
                    index.Add(id, path);
                }
            }
        }
        return index;
    }

    public static string? RecordId(ISymbol symbol, INamedTypeSymbol attribute)
    {
        foreach (var data in symbol.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(data.AttributeClass, attribute)
                && data.ConstructorArguments.Length == 1 && data.ConstructorArguments[0].Value is string id)
            {
                return id;
            }
        }
        return null;
    }
}

/// <summary>Maps offsets in a string constant's value back to source positions inside its literal.</summary>
internal static class LiteralSpans
{
    public static Location Map(SyntaxNode syntax, int start, int length)
    {
        if (syntax is not LiteralExpressionSyntax { Token: var token } || !token.IsKind(SyntaxKind.StringLiteralToken))
        {
            return syntax.GetLocation();
        }
        int[]? map = BuildMap(token.Text, token.ValueText.Length);
        if (map is null)
        {
            return syntax.GetLocation();
        }
        int from = Math.Max(0, Math.Min(start, map.Length - 1));
        int to = Math.Max(from, Math.Min(start + Math.Max(length, 0), map.Length - 1));
        return Location.Create(syntax.SyntaxTree, TextSpan.FromBounds(token.SpanStart + map[from], token.SpanStart + map[to]));
    }

    /// <summary>map[i] = offset in the token text of value character i; map[value length] = offset of the closing quote.</summary>
    private static int[]? BuildMap(string text, int valueLength)
    {
        var map = new int[valueLength + 1];
        int value = 0;
        if (text.StartsWith("@\"", StringComparison.Ordinal))
        {
            int i = 2;
            while (i < text.Length - 1 && value < valueLength)
            {
                map[value++] = i;
                i += text[i] == '"' && i + 1 < text.Length - 1 && text[i + 1] == '"' ? 2 : 1;
            }
            map[value] = i;
            return value == valueLength ? map : null;
        }
        if (text.StartsWith("\"", StringComparison.Ordinal) && !text.StartsWith("\"\"\"", StringComparison.Ordinal))
        {
            int i = 1;
            while (i < text.Length - 1 && value < valueLength)
            {
                map[value++] = i;
                if (text[i] != '\\')
                {
                    i++;
                    continue;
                }
                char kind = i + 1 < text.Length ? text[i + 1] : ' ';
                int width = kind == 'u' ? 6 : kind == 'U' ? 10 : kind == 'x' ? HexWidth(text, i + 2) + 2 : 2;
                if (kind == 'U')
                {
                    // A \U escape above U+FFFF is two UTF-16 characters.
                    if (value < valueLength && long.TryParse(text.Substring(i + 2, Math.Min(8, text.Length - i - 2)), System.Globalization.NumberStyles.HexNumber, null, out long code) && code > 0xFFFF)
                    {
                        map[value++] = i;
                    }
                }
                i += width;
            }
            map[value] = Math.Min(i, text.Length - 1);
            return value == valueLength ? map : null;
        }
        return null; // raw and interpolated strings: report on the whole literal
    }

    private static int HexWidth(string text, int start)
    {
        int width = 0;
        while (width < 4 && start + width < text.Length && Uri.IsHexDigit(text[start + width]))
        {
            width++;
        }
        return width;
    }
}
