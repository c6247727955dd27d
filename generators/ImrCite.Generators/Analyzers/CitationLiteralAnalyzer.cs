using System;
using System.Collections.Generic;
using System.Collections.Immutable;
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

namespace ImrCite.Generators.Analyzers
{
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

        /// <summary>Diagnostic property: the catalogue id of the record a superseded citation should move to.</summary>
        public const string SuccessorProperty = "Successor";

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
                GuidelineDate? asOf = null;
                if (start.Options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue("build_property.ImrCiteAsOf", out string? asOfText)
                    && GuidelineDate.TryParse(asOfText?.Trim(), out var date))
                {
                    asOf = date;
                }

                if (citationAttribute is not null)
                {
                    start.RegisterOperationAction(c => AnalyzeArgument(c, citationAttribute, resolver, asOf), OperationKind.Argument);
                    start.RegisterOperationAction(c => AnalyzeInitializer(c, citationAttribute, resolver, asOf), OperationKind.FieldInitializer, OperationKind.PropertyInitializer);
                    start.RegisterOperationAction(c => AnalyzeAssignment(c, citationAttribute, resolver, asOf), OperationKind.SimpleAssignment);
                }
                if (recordAttribute is not null)
                {
                    start.RegisterOperationAction(c => AnalyzeGeneratedCall(c, recordAttribute, resolver, asOf), OperationKind.Invocation);
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

        private static void AnalyzeArgument(OperationAnalysisContext context, INamedTypeSymbol attribute, Lazy<CitationResolver> resolver, GuidelineDate? asOf)
        {
            var argument = (IArgumentOperation)context.Operation;
            if (argument.Parameter is { } parameter && HasAttribute(parameter, attribute))
            {
                CheckValue(context, argument.Value, resolver.Value, asOf);
            }
        }

        private static void AnalyzeInitializer(OperationAnalysisContext context, INamedTypeSymbol attribute, Lazy<CitationResolver> resolver, GuidelineDate? asOf)
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
                CheckValue(context, initializer.Value, resolver.Value, asOf);
            }
        }

        private static void AnalyzeAssignment(OperationAnalysisContext context, INamedTypeSymbol attribute, Lazy<CitationResolver> resolver, GuidelineDate? asOf)
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
                CheckValue(context, assignment.Value, resolver.Value, asOf);
            }
        }

        private static bool HasAttribute(ISymbol symbol, INamedTypeSymbol attribute)
        {
            foreach (var data in symbol.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(data.AttributeClass, attribute))
                {
                    return true;
                }
            }
            return false;
        }

        private static void CheckValue(OperationAnalysisContext context, IOperation value, CitationResolver resolver, GuidelineDate? asOf)
        {
            if (value.ConstantValue is not { HasValue: true, Value: string text })
            {
                return;
            }
            var analysis = resolver.Analyze(text, asOf);
            var syntax = value.Syntax;
            foreach (var problem in analysis.Problems)
            {
                var location = problem.Start >= 0 ? LiteralSpans.Map(syntax, problem.Start, problem.Length) : syntax.GetLocation();
                Report(context, problem, location);
            }
            if (analysis.Segments.Count == 0)
            {
                Report(context, new CitationProblem(Rules.MalformedCitation, new object?[] { "The text holds no citation" }), syntax.GetLocation());
            }
        }

        /// <summary>Checks constant pages given to the generated API, e.g. <c>Opioids.Pages(96, 74)</c>.</summary>
        private static void AnalyzeGeneratedCall(OperationAnalysisContext context, INamedTypeSymbol recordAttribute, Lazy<CitationResolver> resolver, GuidelineDate? asOf)
        {
            var invocation = (IInvocationOperation)context.Operation;
            var method = invocation.TargetMethod;
            if (method.Name != "Pages" && method.Name != "Cite")
            {
                return;
            }
            // Section.Pages(...) on a generated section property, or the generated document class's static Pages(...).
            string? recordId = invocation.Instance is IPropertyReferenceOperation property ? RecordId(property.Property, recordAttribute)
                : method.IsStatic ? RecordId(method.ContainingType, recordAttribute) : null;
            if (recordId is null)
            {
                return;
            }
            var pages = new List<PageRange>();
            if (method.Name == "Pages")
            {
                var values = new List<int>();
                foreach (var argument in invocation.Arguments)
                {
                    if (argument.Value.ConstantValue is not { HasValue: true, Value: int page })
                    {
                        return; // pages computed at run time are checked at run time
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
            var catalogue = resolver.Value.Catalogue;
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
            var syntax = invocation.Syntax is InvocationExpressionSyntax call ? (SyntaxNode)call.ArgumentList : invocation.Syntax;
            foreach (var problem in CitationChecker.Check(citation, asOf, catalogue))
            {
                Report(context, problem, syntax.GetLocation());
            }
        }

        private static string? RecordId(ISymbol symbol, INamedTypeSymbol attribute)
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

        private static void Report(OperationAnalysisContext context, CitationProblem problem, Location location)
        {
            if (DiagnosticDescriptors.Find(problem.Id) is not { } descriptor)
            {
                return;
            }
            var properties = ImmutableDictionary<string, string?>.Empty;
            if (problem.Suggestion is not null)
            {
                properties = properties.Add(SuggestionProperty, problem.Suggestion);
            }
            var arguments = new object?[problem.Arguments.Count];
            for (int i = 0; i < arguments.Length; i++)
            {
                arguments[i] = problem.Arguments[i];
            }
            // An unverified catalogue fact lowers an error to a warning; .editorconfig still has the last word.
            var severity = problem.Severity switch
            {
                ImrSeverity.Error => DiagnosticSeverity.Error,
                ImrSeverity.Warning => DiagnosticSeverity.Warning,
                ImrSeverity.Note => DiagnosticSeverity.Info,
                _ => DiagnosticSeverity.Hidden,
            };
            context.ReportDiagnostic(Diagnostic.Create(descriptor, location, severity, additionalLocations: null, properties, arguments));
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
}
