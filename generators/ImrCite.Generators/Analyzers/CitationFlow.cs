using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ImrCite.Generators.Analyzers;

/// <summary>
/// Where a value flows into something marked <c>[GuidelineCitation]</c>: an argument of a marked parameter,
/// the initializer of a marked field or property, an assignment to one, a marked parameter's default value.
/// The marker is inherited: an override's parameter or property is marked when what it overrides is.
/// </summary>
internal static class CitationFlow
{
    /// <summary>Calls <paramref name="onValue"/> for every value that flows into a marked symbol.</summary>
    public static void Register(CompilationStartAnalysisContext start, INamedTypeSymbol attribute, Action<OperationAnalysisContext, IOperation> onValue)
    {
        start.RegisterOperationAction(context =>
        {
            var argument = (IArgumentOperation)context.Operation;
            // A default value is checked once, where it is declared (below), not at every call that omits it.
            if (argument.ArgumentKind != ArgumentKind.DefaultValue && argument.Parameter is { } parameter && IsMarked(parameter, attribute))
            {
                onValue(context, argument.Value);
            }
        }, OperationKind.Argument);

        start.RegisterOperationAction(context =>
        {
            var initializer = (ISymbolInitializerOperation)context.Operation;
            bool marked = initializer switch
            {
                IFieldInitializerOperation field => field.InitializedFields.Length > 0 && IsMarked(field.InitializedFields[0], attribute),
                IPropertyInitializerOperation property => property.InitializedProperties.Length > 0 && IsMarked(property.InitializedProperties[0], attribute),
                _ => false,
            };
            if (marked)
            {
                onValue(context, initializer.Value);
            }
        }, OperationKind.FieldInitializer, OperationKind.PropertyInitializer);

        start.RegisterOperationAction(context =>
        {
            var assignment = (ISimpleAssignmentOperation)context.Operation;
            ISymbol? target = assignment.Target switch
            {
                IFieldReferenceOperation field => field.Field,
                IPropertyReferenceOperation property => property.Property,
                _ => null,
            };
            if (target is not null && IsMarked(target, attribute))
            {
                onValue(context, assignment.Value);
            }
        }, OperationKind.SimpleAssignment);

        start.RegisterOperationAction(context =>
        {
            var initializer = (IParameterInitializerOperation)context.Operation;
            if (IsMarked(initializer.Parameter, attribute))
            {
                onValue(context, initializer.Value);
            }
        }, OperationKind.ParameterInitializer);
    }

    /// <summary>Constants in attributes, const fields, switch labels and default values cannot become method calls.</summary>
    public static bool IsConstantContext(IOperation value)
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

    /// <summary>The marker on the symbol or on what it overrides.</summary>
    private static bool IsMarked(ISymbol symbol, INamedTypeSymbol attribute)
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
}
