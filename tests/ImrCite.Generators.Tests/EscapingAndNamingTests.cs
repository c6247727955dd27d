using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ImrCite.Catalogue;
using ImrCite.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace ImrCite.Generators.Tests;

/// <summary>
/// Catalogue text that is hostile to generated C#: quotes, comment terminators, newlines, preprocessor
/// directives, XML doc markup, keywords, leading digits, non-ASCII, and titles that derive colliding names.
/// The output must compile, keep every string exactly, and be the same on every run.
/// </summary>
public sealed class EscapingAndNamingTests
{
    private const string Path = "/0/guidelines/hostile.imrcite.json";

    private static readonly JsonSerializerOptions Json = new JsonSerializerOptions
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // keep "É" and friends as raw UTF-8 text
    };

    internal static JsonObject Source(string id, string? codeName = null, string tier = "mtus")
    {
        var source = new JsonObject { ["id"] = id, ["name"] = "Source " + id, ["tier"] = tier };
        if (codeName is not null)
        {
            source["codeName"] = codeName;
        }
        return source;
    }

    internal static JsonObject Document(string id, string title, string source = "mtus", string? codeName = null, params JsonObject[] sections)
    {
        var document = new JsonObject
        {
            ["id"] = id,
            ["source"] = source,
            ["title"] = title,
            ["edition"] = "2009",
            ["effectiveFrom"] = "2009-07-18",
            ["pages"] = "1-500",
            ["sourceNote"] = "Note for " + title,
            ["sections"] = new JsonArray(sections.Cast<JsonNode?>().ToArray()),
        };
        if (codeName is not null)
        {
            document["codeName"] = codeName;
        }
        return document;
    }

    internal static JsonObject Section(string id, string title, string? number = null, string? codeName = null, string[]? aliases = null, string? note = null, params JsonObject[] children)
    {
        var section = new JsonObject { ["id"] = id, ["title"] = title };
        if (number is not null)
        {
            section["number"] = number;
        }
        if (codeName is not null)
        {
            section["codeName"] = codeName;
        }
        if (aliases is not null)
        {
            section["aliases"] = new JsonArray(aliases.Select(a => (JsonNode?)a).ToArray());
        }
        if (note is not null)
        {
            section["note"] = note;
        }
        if (children.Length > 0)
        {
            section["sections"] = new JsonArray(children.Cast<JsonNode?>().ToArray());
        }
        return section;
    }

    internal static string File(JsonObject[] sources, params JsonObject[] documents) =>
        new JsonObject
        {
            ["sources"] = new JsonArray(sources.Cast<JsonNode?>().ToArray()),
            ["documents"] = new JsonArray(documents.Cast<JsonNode?>().ToArray()),
        }.ToJsonString(Json);

    /// <summary>One document whose sections carry every hostile title, plus hostile document titles.</summary>
    internal static string Hostile() => File(
        new[] { Source("mtus") },
        Document("hostile", "Say \"hi\" */ \\ back\\slash", codeName: "Hostile", sections: new[]
        {
            Section("quotes", "Opioids \"long-term\" use", note: "Quoted \"note\" with \\ and \t tab"),
            Section("comment-end", "Ends a comment */ here /* and opens one", aliases: new[] { "*/ alias /*" }),
            Section("newline", "First line\nSecond line\r\nThird\u2028line\u0085end"),
            Section("directive", "#if DEBUG\n#error boom\n#endif"),
            // The generated data table's separator and escape characters, and an empty note, round-trip as text.
            Section("table-characters", "Pipes | and ~ tildes ~| ~e ~~", note: "", aliases: new[] { "a|b", "~", "x~|y|" }),
            Section("xml", "</summary> <c>code</c> & <see cref=\"X\"/> ]]>"),
            Section("class", "class"),
            Section("event", "event"),
            Section("keyword-code", "Keyword code name", codeName: "namespace"),
            Section("digits", "1.4 Opioids for Post-operative Pain"),
            Section("numbered", "Opioids for Post-operative Pain", number: "1.5"),
            Section("accent", "Épaule et coude (Ω, 日本語)"),
            Section("opioids", "Opioids"),
            Section("opioids-bang", "Opioids!"),
            Section("opioids-dash", "OPIOIDS", aliases: new[] { "opioids again" }),
            Section("same-as-class", "Hostile"),
            Section("id", "Id"),
            Section("pages", "Pages"),
            Section("document", "Document"),
            Section("ids", "Ids"),
            Section("cite", "Cite"),
            Section("build", "Build"),
            Section("find-section", "Find Section"),
            Section("to-string", "To String"),
            Section("get-type", "GetType"),
            // The base class's helpers: a section property named like one would hide it from the generated code.
            Section("read", "Read"),
            Section("at", "At"),
            Section("empty-name", "!!! ???"),
            Section("surrogates", "Emoji \U0001F600 title"),
            Section("long", new string('x', 200) + " long title"),
            Section("long-2", new string('x', 200) + " long title too"),
            Section("parent", "Parent \"section\"", children: new[]
            {
                Section("child", "Child */ section", children: new[] { Section("grandchild", "Grand\nchild") }),
            }),
        }),
        Document("class-doc", "class", codeName: "class"),
        Document("event-doc", "event"),
        Document("digits-doc", "1.4 Opioids"),
        Document("accent-doc", "Épaule"),
        Document("newline-doc", "Line one\nline two */ #if X"));

    [Fact]
    public void HostileTitlesCompile()
    {
        var run = GeneratorHarness.Run((Path, Hostile()));
        GeneratorHarness.AssertHealthy(run);
    }

    [Fact]
    public void HostileTitlesRoundTripExactly()
    {
        string text = Hostile();
        var run = GeneratorHarness.Run((Path, text));
        GeneratorHarness.AssertHealthy(run);
        var assembly = GeneratorHarness.Load(run.Output);
        var generated = (GuidelineCatalogue)GeneratorHarness.Static(assembly, "ImrCite.Guidelines.GeneratedCatalogue", "Default")!;
        var loaded = CatalogueLoader.FromText((Path, text));
        CatalogueEquivalence.AssertEquivalent(loaded.Catalogue, generated);
    }

    /// <summary>
    /// With documentation comments checked (GenerateDocumentationFile: the compiler diagnoses every doc comment), the
    /// hostile titles' one-line docs on keyword and suffixed members raise no warning, and every public member is documented.
    /// </summary>
    [Fact]
    public void HostileTitlesGiveWellFormedDocComments()
    {
        var parseOptions = GeneratorHarness.ParseOptions.WithDocumentationMode(DocumentationMode.Diagnose);
        var compilation = GeneratorHarness.CreateCompilation().WithOptions(GeneratorHarness.CreateCompilation().Options.WithSpecificDiagnosticOptions(
            new Dictionary<string, ReportDiagnostic> { ["CS1591"] = ReportDiagnostic.Error }));
        compilation = compilation.RemoveAllSyntaxTrees().AddSyntaxTrees(CSharpSyntaxTree.ParseText(GeneratorHarness.DefaultUserCode, parseOptions, "/0/Test0.cs"));
        var driver = CSharpGeneratorDriver.Create(new[] { new CatalogueGenerator().AsSourceGenerator() }, GeneratorHarness.Texts((Path, Hostile())), parseOptions);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        Assert.Empty(generatorDiagnostics);
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Location.SourceTree?.FilePath.Contains("Mtus.Hostile", StringComparison.Ordinal) == true).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void HostileTitlesSnapshot()
    {
        var run = GeneratorHarness.Run((Path, Hostile()));
        Snapshot.Verify(run.Source("Mtus.Hostile.g.cs"));
    }

    [Fact]
    public void SectionMemberNames()
    {
        var run = GeneratorHarness.Run((Path, Hostile()));
        var members = SectionMembers(run.Source("Mtus.Hostile.g.cs"));
        var expected = new Dictionary<string, string>
        {
            ["quotes"] = "OpioidsLongTermUse",
            ["comment-end"] = "EndsACommentHereAndOpensOne",
            ["newline"] = "FirstLineSecondLineThirdLineEnd",
            ["directive"] = "IfDEBUGErrorBoomEndif",
            ["xml"] = "SummaryCCodeCSeeCrefX",
            ["class"] = "Class",
            ["event"] = "Event",
            ["keyword-code"] = "@namespace",
            ["digits"] = "_1_4OpioidsForPostOperativePain",
            ["numbered"] = "_1_5OpioidsForPostOperativePain",
            ["opioids"] = "Opioids",
            ["opioids-bang"] = "Opioids2",
            ["opioids-dash"] = "OPIOIDS",
            ["same-as-class"] = "HostileSection",
            ["id"] = "IdSection",
            ["pages"] = "PagesSection",
            ["document"] = "DocumentSection",
            ["ids"] = "IdsSection",
            ["cite"] = "CiteSection",
            ["build"] = "BuildSection",
            ["find-section"] = "FindSectionSection",
            ["to-string"] = "ToStringSection",
            ["get-type"] = "GetTypeSection",
            ["read"] = "ReadSection",
            ["at"] = "AtSection",
            ["empty-name"] = "Item",
            ["parent"] = "ParentSection",
            ["child"] = "ChildSection",
            ["grandchild"] = "GrandChild",
        };
        foreach (var (id, name) in expected)
        {
            Assert.True(members.TryGetValue(id, out string? actual), $"No member for section '{id}'");
            Assert.True(name == actual, $"Section '{id}': expected member {name}, got {actual}");
        }
        Assert.StartsWith("Epaule", members["accent"]);
        Assert.All(members.Values, m => Assert.True(m.TrimStart('@').Length <= 80 + 2, m)); // 80 characters plus a collision suffix
        Assert.NotEqual(members["long"], members["long-2"]);
        Assert.Equal(members.Count, members.Values.Distinct().Count());
    }

    [Fact]
    public void DocumentClassNames()
    {
        var run = GeneratorHarness.Run((Path, Hostile()));
        GeneratorHarness.AssertHealthy(run);
        Assert.Equal(
            new[] { "GeneratedCatalogue.Data.g.cs", "GeneratedCatalogue.g.cs", "Mtus.Epaule.g.cs", "Mtus.Event.g.cs", "Mtus.Hostile.g.cs", "Mtus.LineOneLineTwoIfX.g.cs", "Mtus._1_4Opioids.g.cs", "Mtus.class.g.cs" }
                .OrderBy(n => n, System.StringComparer.Ordinal),
            run.Sources.Select(s => s.HintName));
        Assert.Contains("public abstract partial class @class:I_.GeneratedDocument<@class>", run.Source("Mtus.class.g.cs"));
    }

    [Fact]
    public void OutputIsDeterministic()
    {
        string text = Hostile();
        var first = GeneratorHarness.Run((Path, text), (TestCatalogues.MainPath, TestCatalogues.Main), (TestCatalogues.SecondPath, TestCatalogues.Second));
        var second = GeneratorHarness.Run((Path, text), (TestCatalogues.MainPath, TestCatalogues.Main), (TestCatalogues.SecondPath, TestCatalogues.Second));
        AssertSameOutput(first, second);
    }

    [Fact]
    public void OutputDoesNotDependOnTheOrderOfCatalogueFiles()
    {
        string text = Hostile();
        var forward = GeneratorHarness.Run((Path, text), (TestCatalogues.MainPath, TestCatalogues.Main), (TestCatalogues.SecondPath, TestCatalogues.Second));
        var backward = GeneratorHarness.Run((TestCatalogues.SecondPath, TestCatalogues.Second), (TestCatalogues.MainPath, TestCatalogues.Main), (Path, text));
        AssertSameOutput(forward, backward);
    }

    private static void AssertSameOutput(GeneratorRun first, GeneratorRun second)
    {
        Assert.Equal(first.Sources.Select(s => s.HintName), second.Sources.Select(s => s.HintName));
        foreach (var ((hint, a), (_, b)) in first.Sources.Zip(second.Sources))
        {
            Assert.True(a == b, $"{hint} differs between runs:\n{Snapshot.Diff(a, b)}");
            Assert.Equal(System.Text.Encoding.UTF8.GetBytes(a), System.Text.Encoding.UTF8.GetBytes(b));
        }
    }

    /// <summary>Keywords as code names become verbatim identifiers (@class), and compile.</summary>
    [Theory]
    [InlineData("class")]
    [InlineData("event")]
    [InlineData("namespace")]
    [InlineData("var")]
    [InlineData("record")]
    [InlineData("global")]
    public void KeywordCodeNamesCompile(string keyword)
    {
        string text = File(
            new[] { Source("src", codeName: keyword) },
            Document("doc", "Doc", source: "src", codeName: "operator", sections: new[] { Section("s", "S", codeName: keyword) }));
        var run = GeneratorHarness.Run((Path, text));
        GeneratorHarness.AssertHealthy(run);
    }

    /// <summary>
    /// A document class may not be named like its enclosing source class (CS0542); the generator suffixes it.
    /// The same must hold when both names are keywords, i.e. verbatim identifiers (@class inside @class).
    /// </summary>
    [Theory]
    [InlineData("Mtus")]
    [InlineData("class")]
    [InlineData("event")]
    public void DocumentCodeNameEqualToItsSourceClassCompiles(string codeName)
    {
        string text = File(
            new[] { Source("src", codeName: codeName) },
            Document("doc", "Doc", source: "src", codeName: codeName, sections: new[] { Section("s", "S") }));
        var run = GeneratorHarness.Run((Path, text));
        GeneratorHarness.AssertHealthy(run);
    }

    /// <summary>A document whose class would be named like a member every document class declares.</summary>
    [Theory]
    [InlineData("Id")]
    [InlineData("Ids")]
    [InlineData("Pages")]
    [InlineData("Document")]
    [InlineData("Cite")]
    [InlineData("Build")]
    [InlineData("FindSection")]
    public void DocumentNamedLikeAGeneratedMemberCompiles(string title)
    {
        string text = File(new[] { Source("mtus") }, Document("doc", title, sections: new[] { Section("s", "Section one") }));
        var run = GeneratorHarness.Run((Path, text));
        GeneratorHarness.AssertHealthy(run);
    }

    /// <summary>
    /// A section or document named like a name its document file uses unqualified: the catalogue class (its data constant)
    /// and the section type's alias. The first is reserved; no generated name can be the second (a name never ends in '_').
    /// </summary>
    [Theory]
    [InlineData("GeneratedCatalogue", "GeneratedCatalogueSection")]
    [InlineData("ImrCiteSection", "ImrCiteSectionSection")]
    [InlineData("S_", "S")]
    [InlineData("S", "S")]
    [InlineData("I_", "I")]
    public void RecordsNamedLikeANameTheDocumentFileUsesCompile(string codeName, string member)
    {
        string text = File(new[] { Source("mtus") },
            Document("named", "Named", codeName: codeName, sections: new[] { Section("s", "Section one") }),
            Document("doc", "Doc", sections: new[] { Section("s", "Section one", codeName: codeName), Section("t", "Two") }));
        var run = GeneratorHarness.Run((Path, text));
        GeneratorHarness.AssertHealthy(run);
        Assert.Contains($"public static S_ {member}=>At(0);", run.Source("Mtus.Doc.g.cs"), StringComparison.Ordinal);
    }

    /// <summary>
    /// The document files' short aliases (<c>I_</c>, <c>S_</c>) are declared inside the generated namespace, so a
    /// consumer's own types of those names in the global namespace do not clash with them (CS0576).
    /// </summary>
    [Fact]
    public void ConsumerTypesNamedLikeTheAliasesCompile()
    {
        string text = File(new[] { Source("mtus") }, Document("doc", "Doc", sections: new[] { Section("s", "Section one") }));
        var compilation = GeneratorHarness.CreateCompilation(GeneratorHarness.DefaultUserCode, "public sealed class I_ { } public sealed class S_ { }");
        var run = GeneratorHarness.Run(GeneratorHarness.Texts((Path, text)), compilation);
        GeneratorHarness.AssertHealthy(run);
    }

    /// <summary>A source whose class would be named like a member of <c>GeneratedCatalogue</c>, which names source classes unqualified.</summary>
    [Theory]
    [InlineData("default")]
    [InlineData("resolver")]
    [InlineData("validate")]
    [InlineData("create")]
    [InlineData("generated-catalogue")]
    public void SourceNamedLikeACatalogueMemberCompiles(string sourceId)
    {
        string text = File(new[] { Source(sourceId) }, Document("doc", "Doc", source: sourceId, sections: new[] { Section("s", "Section one") }));
        var run = GeneratorHarness.Run((Path, text));
        GeneratorHarness.AssertHealthy(run);
    }

    /// <summary>Hint names are compared ignoring case by Roslyn, but C# names are not: "Opioids" and "OPIOIDS" are two classes.</summary>
    [Fact]
    public void DocumentsWhoseNamesDifferOnlyInCase()
    {
        string text = File(new[] { Source("mtus") },
            Document("a", "Opioids", sections: new[] { Section("s", "S") }),
            Document("b", "OPIOIDS", sections: new[] { Section("s", "S") }));
        var run = GeneratorHarness.Run((Path, text));
        GeneratorHarness.AssertHealthy(run);
        Assert.Equal(4, run.Sources.Count);
    }

    [Fact]
    public void SourcesWhoseNamesDifferOnlyInCase()
    {
        string text = File(new[] { Source("mtus"), Source("mtus-upper", codeName: "MTUS") },
            Document("a", "Opioids", sections: new[] { Section("s", "S") }),
            Document("b", "Opioids", source: "mtus-upper", sections: new[] { Section("s", "S") }));
        var run = GeneratorHarness.Run((Path, text));
        GeneratorHarness.AssertHealthy(run);
        Assert.Equal(4, run.Sources.Count);
    }

    /// <summary>Documents and sources that derive the same class name get numeric suffixes, in a stable order.</summary>
    [Fact]
    public void CollidingDocumentAndSourceNames()
    {
        string text = File(new[] { Source("mtus"), Source("mtus.x", codeName: "Mtus"), Source("generated.catalogue") },
            Document("a", "Low Back", sections: new[] { Section("s", "S") }),
            Document("b", "Low-Back", sections: new[] { Section("s", "S") }),
            Document("c", "Mtus", sections: new[] { Section("s", "S") }),
            Document("d", "Other", source: "mtus.x", sections: new[] { Section("s", "S") }),
            Document("e", "Other", source: "generated.catalogue", sections: new[] { Section("s", "S") }));
        var run = GeneratorHarness.Run((Path, text));
        GeneratorHarness.AssertHealthy(run);
        Assert.Equal(
            new[] { "GeneratedCatalogue.Data.g.cs", "GeneratedCatalogue.g.cs", "GeneratedCatalogue2.Other.g.cs", "Mtus.LowBack.g.cs", "Mtus.LowBack2.g.cs", "Mtus.Mtus2.g.cs", "Mtus2.Other.g.cs" },
            run.Sources.Select(s => s.HintName).ToArray());
    }

    /// <summary>Maps section id → generated member name, from the <c>Ids</c> constants (<c>Opioids = Id + "/opioids"</c>).</summary>
    internal static Dictionary<string, string> SectionMembers(string source)
    {
        var members = new Dictionary<string, string>();
        var ids = CSharpSyntaxTree.ParseText(source).GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>().Where(c => c.Identifier.ValueText == "Ids");
        foreach (var variable in ids.SelectMany(c => c.Members.OfType<FieldDeclarationSyntax>()).SelectMany(f => f.Declaration.Variables))
        {
            if (variable.Initializer?.Value is BinaryExpressionSyntax { Left: IdentifierNameSyntax { Identifier.ValueText: "Id" }, Right: LiteralExpressionSyntax literal }
                && literal.Token.Value is string suffix && suffix.StartsWith('/'))
            {
                members[suffix.Substring(1)] = variable.Identifier.Text;
            }
        }
        return members;
    }
}
