using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using ImrCite.Catalogue;
using ImrCite.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ImrCite.Tooling;

/// <summary>One public member (or type) of the code the source generator makes from a catalogue.</summary>
/// <param name="Path">
/// The member's path: namespace, types and member, dotted (<c>ImrCite.Guidelines.Mtus.ChronicPain.Opioids</c>,
/// <c>ImrCite.Guidelines.Mtus.ChronicPain.Ids.Opioids</c>); methods carry their parameter types
/// (<c>….ChronicPain.Pages(int, int)</c>).
/// </param>
/// <param name="Kind">What it is: <c>class</c>, <c>const</c>, <c>property</c>, <c>method</c> or <c>field</c>.</param>
/// <param name="ObsoleteMessage">The message of its own <c>[Obsolete]</c>, or null when it has none.</param>
public sealed record GeneratedMember(string Path, string Kind, string? ObsoleteMessage)
{
    /// <summary>True when the member itself carries <c>[Obsolete]</c>.</summary>
    public bool IsObsolete => ObsoleteMessage is not null;
}

/// <summary>Runs the real <see cref="CatalogueGenerator"/> over catalogue texts and lists the public API it generates.</summary>
public static class GeneratedApi
{
    /// <summary>
    /// Runs the generator (with <c>build_property.ImrCiteAsOf</c> = <paramref name="asOf"/>, so supersession
    /// on or before that day yields <c>[Obsolete]</c>) over the files and returns the generated public members by path.
    /// </summary>
    /// <param name="files">Catalogue files (path and text); only <c>*.imrcite.json</c> paths are read by the generator.</param>
    /// <param name="asOf">The decision date; null for none (nothing becomes obsolete).</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    public static IReadOnlyDictionary<string, GeneratedMember> Collect(IEnumerable<(string Path, string Text)> files, GuidelineDate? asOf, CancellationToken cancellationToken = default)
    {
        var trees = Generate(files, asOf, cancellationToken);
        var members = new SortedDictionary<string, GeneratedMember>(StringComparer.Ordinal);
        var roots = trees.Select(t => t.GetCompilationUnitRoot(cancellationToken)).ToList();
        // A partial type is public when any of its declarations says so (the generator's document files
        // declare the source class without a modifier; the catalogue file declares it public).
        var publicTypes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var root in roots)
        {
            foreach (var member in root.Members)
            {
                FindPublicTypes(member, "", publicTypes);
            }
        }
        foreach (var root in roots)
        {
            foreach (var member in root.Members)
            {
                Visit(member, "", publicTypes, members);
            }
        }
        return members;
    }

    /// <summary>Runs the generator and returns the generated syntax trees (for inspection and tests).</summary>
    /// <param name="files">Catalogue files (path and text).</param>
    /// <param name="asOf">The decision date, or null.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    public static IReadOnlyList<SyntaxTree> Generate(IEnumerable<(string Path, string Text)> files, GuidelineDate? asOf, CancellationToken cancellationToken = default)
    {
        var additional = files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToImmutableArray();
        var options = new DictionaryOptionsProvider(asOf is null
            ? ImmutableDictionary<string, string>.Empty
            : ImmutableDictionary<string, string>.Empty.Add("build_property.ImrCiteAsOf", asOf.Value.ToString()));
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new CatalogueGenerator().AsSourceGenerator() },
            additional,
            new CSharpParseOptions(LanguageVersion.Latest),
            options);
        driver = driver.RunGenerators(CSharpCompilation.Create("ImrCite.Tooling.GeneratedApi"), cancellationToken);
        var result = driver.GetRunResult();
        return result.GeneratedTrees;
    }

    private static void FindPublicTypes(MemberDeclarationSyntax member, string prefix, HashSet<string> into)
    {
        switch (member)
        {
            case BaseNamespaceDeclarationSyntax ns:
                foreach (var child in ns.Members)
                {
                    FindPublicTypes(child, Join(prefix, ns.Name.ToString()), into);
                }
                break;
            case TypeDeclarationSyntax type:
            {
                string path = Join(prefix, type.Identifier.ValueText);
                if (IsPublic(type.Modifiers))
                {
                    into.Add(path);
                }
                foreach (var child in type.Members)
                {
                    FindPublicTypes(child, path, into);
                }
                break;
            }
        }
    }

    private static void Visit(MemberDeclarationSyntax member, string prefix, HashSet<string> publicTypes, SortedDictionary<string, GeneratedMember> into)
    {
        switch (member)
        {
            case BaseNamespaceDeclarationSyntax ns:
                foreach (var child in ns.Members)
                {
                    Visit(child, Join(prefix, ns.Name.ToString()), publicTypes, into);
                }
                break;
            case TypeDeclarationSyntax type:
            {
                string path = Join(prefix, type.Identifier.ValueText);
                if (!publicTypes.Contains(path))
                {
                    return;
                }
                Add(into, new GeneratedMember(path, "class", Obsolete(type.AttributeLists)));
                foreach (var child in type.Members)
                {
                    Visit(child, path, publicTypes, into);
                }
                break;
            }
            case FieldDeclarationSyntax field when IsPublic(field.Modifiers):
                foreach (var variable in field.Declaration.Variables)
                {
                    Add(into, new GeneratedMember(Join(prefix, variable.Identifier.ValueText), field.Modifiers.Any(SyntaxKind.ConstKeyword) ? "const" : "field", Obsolete(field.AttributeLists)));
                }
                break;
            case PropertyDeclarationSyntax property when IsPublic(property.Modifiers):
                Add(into, new GeneratedMember(Join(prefix, property.Identifier.ValueText), "property", Obsolete(property.AttributeLists)));
                break;
            case MethodDeclarationSyntax method when IsPublic(method.Modifiers):
            {
                string parameters = string.Join(", ", method.ParameterList.Parameters.Select(p => p.Type?.ToString() ?? ""));
                Add(into, new GeneratedMember(Join(prefix, method.Identifier.ValueText) + "(" + parameters + ")", "method", Obsolete(method.AttributeLists)));
                break;
            }
        }
    }

    private static void Add(SortedDictionary<string, GeneratedMember> into, GeneratedMember member)
    {
        // Partial declarations of one type: it is obsolete if any part says so.
        into[member.Path] = into.TryGetValue(member.Path, out var existing)
            ? existing with { ObsoleteMessage = existing.ObsoleteMessage ?? member.ObsoleteMessage }
            : member;
    }

    private static bool IsPublic(SyntaxTokenList modifiers) => modifiers.Any(SyntaxKind.PublicKeyword);

    private static string Join(string prefix, string name) => prefix.Length == 0 ? name : prefix + "." + name;

    private static string? Obsolete(SyntaxList<AttributeListSyntax> lists)
    {
        foreach (var attribute in lists.SelectMany(l => l.Attributes))
        {
            string name = attribute.Name.ToString();
            int dot = name.LastIndexOf('.');
            string simple = dot < 0 ? name : name.Substring(dot + 1);
            if (simple is "Obsolete" or "ObsoleteAttribute")
            {
                var argument = attribute.ArgumentList?.Arguments.FirstOrDefault()?.Expression;
                return argument is LiteralExpressionSyntax literal && literal.Token.Value is string message ? message : "";
            }
        }
        return null;
    }

    private sealed class DictionaryOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private static readonly DictionaryOptions Empty = new DictionaryOptions(ImmutableDictionary<string, string>.Empty);

        public DictionaryOptionsProvider(ImmutableDictionary<string, string> global)
        {
            GlobalOptions = new DictionaryOptions(global);
        }

        public override AnalyzerConfigOptions GlobalOptions { get; }

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Empty;
    }

    private sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        private readonly ImmutableDictionary<string, string> _values;

        public DictionaryOptions(ImmutableDictionary<string, string> values)
        {
            _values = values;
        }

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }
}
