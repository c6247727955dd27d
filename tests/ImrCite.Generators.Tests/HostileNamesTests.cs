using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using ImrCite.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ImrCite.Generators.Tests;

/// <summary>
/// Regression tests from small reproducers (issue 13): catalogues that pass validation must generate code
/// that compiles, whatever their titles hold and whatever the generated classes are called.
/// </summary>
public sealed class HostileNamesTests
{
    private const string Path = "/0/guidelines/hostile.imrcite.json";

    private static string Catalogue(string sourceId, string? sourceCodeName, string documentTitle, string sectionTitle) => $$"""
        {
          "sources": [ { "id": "{{sourceId}}", "name": "Hostile Source", "tier": "other"{{(sourceCodeName is null ? "" : $", \"codeName\": \"{sourceCodeName}\"")}} } ],
          "documents": [
            {
              "id": "{{sourceId}}.doc", "source": "{{sourceId}}", "title": "{{documentTitle}}", "edition": "1",
              "effectiveFrom": "2009-01-01", "sourceNote": "A reproducer.",
              "sections": [ { "id": "s1", "title": "{{sectionTitle}}", "pages": "1-2" } ]
            }
          ]
        }
        """;

    private static GeneratorRun Run(string text, string? ns = null, bool valid = true)
    {
        var loaded = ImrCite.CatalogueLoader.FromText((Path, text));
        Assert.Equal(valid, !loaded.Diagnostics.Any(d => d.Severity == ImrCite.Diagnostics.ImrSeverity.Error));
        var options = ns is null ? null : new Dictionary<string, string> { ["build_property.ImrCiteNamespace"] = ns };
        var run = GeneratorHarness.Run(GeneratorHarness.Texts((Path, text)), GeneratorHarness.CreateCompilation(), options);
        GeneratorHarness.AssertHealthy(run);
        // Nor any warning about a generated name hiding or conflicting with another (CS0435–CS0437), or bad XML docs (CS1570).
        var conflicts = run.Output.GetDiagnostics().Where(d => d.Id is "CS0435" or "CS0436" or "CS0437" or "CS1570").ToList();
        Assert.True(conflicts.Count == 0, string.Join("\n", conflicts));
        return run;
    }

    [Theory]
    [InlineData("U+FFFE", "\\uFFFE")]
    [InlineData("U+FFFF", "\\uFFFF")]
    [InlineData("U+FDD0", "\\uFDD0")]
    [InlineData("U+1FFFE", "\\uD83F\\uDFFE")]
    [InlineData("lone high surrogate", "\\uD800")]
    [InlineData("lone low surrogate", "\\uDC00")]
    public void ANoncharacterOrLoneSurrogateInATitleDoesNotStopTheGenerator(string what, string escaped)
    {
        _ = what;
        // The reader reports such a title (IMR0004); the generator must still not throw, and what it emits compiles.
        var run = Run(Catalogue("hostile", null, "Guide" + escaped + "Book", "Opioids" + escaped + "Use"), valid: false);
        foreach (var (_, text) in run.Sources)
        {
            Assert.DoesNotContain("Guide" + Unescape(escaped) + "Book", text, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// The identifier builder itself, for strings a reader might let through: normalising them would throw
    /// (U+FFFE, lone surrogates); the character separates words instead, and none reaches the XML docs.
    /// </summary>
    [Theory]
    [InlineData("\\uFFFE")]
    [InlineData("\\uFFFF")]
    [InlineData("\\uFDD0")]
    [InlineData("\\uD83F\\uDFFE")]
    [InlineData("\\uD800")]
    [InlineData("\\uDC00")]
    public void IdentifiersAndDocTextAreBuiltFromAnyString(string escaped)
    {
        string bad = Unescape(escaped);
        var identifiers = typeof(CatalogueGenerator).Assembly.GetType("ImrCite.Generators.Identifiers", throwOnError: true)!;
        string FromTitle(string title) => (string)identifiers.GetMethod("FromTitle")!.Invoke(null, new object[] { title })!;
        string XmlDoc(string text) => (string)identifiers.GetMethod("XmlDoc")!.Invoke(null, new object[] { text })!;
        Assert.Equal("OpioidsUse", FromTitle("Opioids" + bad + "use"));
        Assert.Equal("Opioids use", XmlDoc("Opioids" + bad + "use").Replace("  ", " "));
        Assert.Equal("CafeBar", FromTitle("Caf\u00e9 " + bad + "bar"));
    }

    private static string Unescape(string escaped) => Regex.Unescape(escaped);

    [Theory]
    [InlineData("catalogue", null, "CatalogueSource")]
    [InlineData("mtus", "Catalogue", "CatalogueSource")]
    [InlineData("mtus", "Citations", "CitationsSource")]
    [InlineData("mtus", "GuidelineRecord", "GuidelineRecordSource")]
    [InlineData("mtus", "GuidelineRecordAttribute", "GuidelineRecordAttributeSource")]
    [InlineData("mtus", "Diagnostics", "DiagnosticsSource")]
    [InlineData("text", null, "TextSource")]
    [InlineData("mtus", "CatalogueLoader", "CatalogueLoaderSource")]
    [InlineData("mtus", "Guidelines", "Guidelines")]
    public void ASourceClassThatWouldHideANameTheGeneratedCodeUsesGetsASuffix(string sourceId, string? codeName, string expectedClass)
    {
        var run = Run(Catalogue(sourceId, codeName, "Guide", "Opioids"), ns: "ImrCite");
        Assert.Contains(run.Sources, s => s.HintName == expectedClass + ".Guide.g.cs");
        Assert.Contains("public static partial class " + expectedClass, run.Sources.Single(s => s.HintName == "GeneratedCatalogue.g.cs").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSameCodeNameIsKeptInAnotherNamespace()
    {
        var run = Run(Catalogue("mtus", "Catalogue", "Guide", "Opioids"), ns: "My.Guidelines");
        Assert.Contains(run.Sources, s => s.HintName == "Catalogue.Guide.g.cs");
    }

    [Theory]
    [InlineData("System.Array")]
    [InlineData("ImrCite.Catalogue.GuidelineDocument")]
    [InlineData("ImrCite.GuidelineRecordAttribute.Sub")]
    public void ANamespaceNamedAfterATypeTheGeneratedCodeUsesFallsBackToTheDefault(string ns)
    {
        var run = Run(Catalogue("mtus", null, "Guide", "Opioids"), ns: ns);
        Assert.Contains("namespace " + CatalogueGenerator.DefaultNamespace, run.Sources.Single(s => s.HintName == "GeneratedCatalogue.g.cs").Text, StringComparison.Ordinal);
    }

    /// <summary>The runtime library's namespaces and top-level types are all in the emitter's list of names a class must not take.</summary>
    [Fact]
    public void TheListOfLibraryNamesCoversTheRuntimeLibrary()
    {
        var emitter = typeof(CatalogueGenerator).GetNestedType("Emitter", System.Reflection.BindingFlags.NonPublic)!;
        var listed = new HashSet<string>((string[])emitter.GetField("LibraryNames")!.GetValue(null)!, StringComparer.Ordinal);
        var library = typeof(ImrCite.CatalogueLoader).Assembly.GetExportedTypes();
        foreach (string ns in library.Select(t => t.Namespace!).Distinct())
        {
            Assert.Contains(ns, listed);
        }
        foreach (var type in library.Where(t => t.Namespace == "ImrCite" && !t.IsNested))
        {
            Assert.Contains(type.FullName!, listed);
        }
    }

    /// <summary>Every type the generated code names from global:: is in the emitter's list, so the clash rule covers it.</summary>
    [Fact]
    public void TheListOfReferencedTypesCoversTheGeneratedCode()
    {
        var run = GeneratorHarness.Run((TestCatalogues.MainPath, TestCatalogues.Main), (TestCatalogues.SecondPath, TestCatalogues.Second));
        var emitter = typeof(CatalogueGenerator).GetNestedType("Emitter", System.Reflection.BindingFlags.NonPublic)!;
        var listed = new HashSet<string>((string[])emitter.GetField("ReferencedTypes")!.GetValue(null)!, StringComparer.Ordinal);
        var own = new[] { CatalogueGenerator.DefaultNamespace + "." };
        foreach (var source in run.Sources)
        {
            // The document files name the runtime library's types through an alias of global::ImrCite ("I_.GeneratedDocument").
            string text = source.Text.Replace("I_.", "global::ImrCite.", StringComparison.Ordinal);
            foreach (Match match in Regex.Matches(text, "global::([A-Za-z_][A-Za-z0-9_.]*[A-Za-z0-9_])"))
            {
                string name = match.Groups[1].Value;
                if (own.Any(prefix => name.StartsWith(prefix, StringComparison.Ordinal)))
                {
                    continue; // the generated classes themselves
                }
                // A type, or a member of one (Array.Empty, EvidenceTier.Mtus): some prefix is listed; or a namespace on the way
                // to a listed type (the document files' alias of global::ImrCite).
                Assert.True(Prefixes(name).Any(listed.Contains) || listed.Any(type => type.StartsWith(name + ".", StringComparison.Ordinal)),
                    $"{source.HintName} names global::{name}, which ReferencedTypes does not cover");
            }
        }
    }

    private static IEnumerable<string> Prefixes(string name)
    {
        for (int dot = name.IndexOf('.'); dot > 0; dot = name.IndexOf('.', dot + 1))
        {
            yield return name.Substring(0, dot);
        }
        yield return name;
    }
}
