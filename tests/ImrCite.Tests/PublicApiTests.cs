using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using ImrCite.Citations;
using ImrCite.Testing;
using Xunit;

namespace ImrCite.Tests;

/// <summary>
/// ImrCite.dll's public API is declared on purpose (docs/architecture.md, "The public API"): the core's public types
/// are exactly those whose declaration says <c>#if IMRCITE_PUBLIC</c>, both branches declare the same type, and the
/// public models are immutable. (Which members are public is checked by the build against PublicAPI.*.txt.)
/// </summary>
public sealed class PublicApiTests
{
    private static readonly Regex VisibilityBlock = new(
        @"^#if IMRCITE_PUBLIC\n(?<public>[^\n]*)\n#else\n(?<internal>[^\n]*)\n#endif\n", RegexOptions.Multiline);

    private static readonly string[] CoreNamespaces = { "ImrCite.Catalogue", "ImrCite.Citations", "ImrCite.Diagnostics", "ImrCite.Text" };

    private static IEnumerable<(string File, Match Block)> Blocks()
    {
        foreach (string file in Directory.EnumerateFiles(RepositoryPaths.Combine("src", "ImrCite.Core"), "*.cs", SearchOption.AllDirectories))
        {
            string text = File.ReadAllText(file).Replace("\r\n", "\n");
            foreach (Match block in VisibilityBlock.Matches(text))
            {
                yield return (file, block);
            }
        }
    }

    [Fact]
    public void EachVisibilityBlockDeclaresOneTypePublicHereAndInternalElsewhere()
    {
        var blocks = Blocks().ToList();
        Assert.NotEmpty(blocks);
        foreach (var (file, block) in blocks)
        {
            string declaration = block.Groups["public"].Value;
            Assert.True(declaration.StartsWith("public ", StringComparison.Ordinal), $"{file}: '{declaration}' should start with 'public '.");
            Assert.Equal("internal " + declaration.Substring("public ".Length), block.Groups["internal"].Value);
        }
    }

    [Fact]
    public void TheCoreTypesImrCiteExportsAreExactlyTheDeclaredOnes()
    {
        var declared = Blocks()
            .Select(b => Regex.Match(b.Block.Groups["public"].Value, @"\b(?:class|struct|enum|record)\s+(\w+)").Groups[1].Value)
            .ToHashSet(StringComparer.Ordinal);
        var exported = typeof(Citation).Assembly.GetExportedTypes()
            .Where(t => CoreNamespaces.Contains(t.Namespace) && !t.IsNested)
            .Select(t => t.Name)
            .ToHashSet(StringComparer.Ordinal);
        Assert.Equal(declared.OrderBy(n => n, StringComparer.Ordinal), exported.OrderBy(n => n, StringComparer.Ordinal));
    }

    [Fact]
    public void PublicModelsHaveNoSettersNoWritableFieldsAndNoMutableCollections()
    {
        var problems = new List<string>();
        foreach (var type in typeof(Citation).Assembly.GetExportedTypes())
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                var setter = property.SetMethod;
                bool isInit = setter is not null && setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
                if (setter is { IsPublic: true } && !isInit)
                {
                    problems.Add($"{type.Name}.{property.Name} has a public setter");
                }
                if (IsMutableCollection(property.PropertyType))
                {
                    problems.Add($"{type.Name}.{property.Name} is a mutable {property.PropertyType.Name}");
                }
            }
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                if (!field.IsLiteral && !field.IsInitOnly && !type.IsEnum)
                {
                    problems.Add($"{type.Name}.{field.Name} is a writable field");
                }
            }
        }
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private static bool IsMutableCollection(Type type) =>
        type.IsArray || (type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(List<>) || type.GetGenericTypeDefinition() == typeof(Dictionary<,>) || type.GetGenericTypeDefinition() == typeof(HashSet<>)));
}
