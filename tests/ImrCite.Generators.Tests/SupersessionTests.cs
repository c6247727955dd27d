using System.Collections.Generic;
using System.Linq;
using ImrCite.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ImrCite.Generators.Tests;

/// <summary>Superseded records reach consumers as [Obsolete] when the decision date (ImrCiteAsOf) is past their supersession.</summary>
public sealed class SupersessionTests
{
    private static GeneratorRun RunWith(string? asOf, string userCode)
    {
        var options = new Dictionary<string, string>();
        if (asOf is not null)
        {
            options["build_property.ImrCiteAsOf"] = asOf;
        }
        var texts = GeneratorHarness.Texts((TestCatalogues.MainPath, TestCatalogues.Main), (TestCatalogues.SecondPath, TestCatalogues.Second));
        return GeneratorHarness.Run(texts, GeneratorHarness.CreateCompilation(userCode), options);
    }

    private const string UsesThe2009Guidelines =
        "namespace Consumer { public static class Uses { public static object Cite() => ImrCite.Guidelines.Mtus.ChronicPain.Opioids.Pages(74, 96); } }";

    private static List<Diagnostic> Obsolete(GeneratorRun run) =>
        run.Output.GetDiagnostics().Where(d => d.Id == "CS0618").ToList();

    [Fact]
    public void ASupersededDocumentIsObsoleteAfterItsSupersessionNamingTheSuccessor()
    {
        var run = RunWith("2017-01-01", UsesThe2009Guidelines);
        GeneratorHarness.AssertHealthy(run);
        var warning = Assert.Single(Obsolete(run));
        string message = warning.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("superseded by Mtus.ChronicPain2016 (mtus.cpmtg.2016) on 2016-07-28", message, System.StringComparison.Ordinal);
        Assert.Equal("/0/Test0.cs", warning.Location.SourceTree!.FilePath); // reported in user code, not in generated code
    }

    [Theory]
    [InlineData("2015-06-01")]
    [InlineData(null)]
    public void ADocumentInForceOnTheDecisionDateOrWithNoDateIsNotObsolete(string? asOf)
    {
        var run = RunWith(asOf, UsesThe2009Guidelines);
        GeneratorHarness.AssertHealthy(run);
        Assert.Empty(Obsolete(run));
    }

    [Fact]
    public void GeneratedCodeRaisesNoObsoleteWarningsOfItsOwn()
    {
        var run = RunWith("2020-01-01", GeneratorHarness.DefaultUserCode);
        GeneratorHarness.AssertHealthy(run);
        Assert.Empty(Obsolete(run));
    }

    // The 2016 version in the fixture superseded in its turn: 2009 -> 2016 -> 2024.
    private const string ThirdVersionPath = "/catalogue/third.imrcite.json";

    private static string SecondSupersededOn(string date) => TestCatalogues.Second.Replace(
        "\"effectiveFrom\": \"2016-07-28\",",
        $"\"effectiveFrom\": \"2016-07-28\", \"supersededBy\": \"mtus.cpmtg.2024\", \"supersededOn\": \"{date}\",",
        System.StringComparison.Ordinal);

    private const string ThirdVersion = """
        {
          "documents": [
            {
              "id": "mtus.cpmtg.2024", "source": "mtus", "title": "Chronic Pain Medical Treatment Guidelines",
              "codeName": "ChronicPain2024", "edition": "2024", "effectiveFrom": "2024-01-01", "sourceNote": "Test fixture.",
              "omits": [ { "section": "*", "reason": "Test fixture." } ],
              "sections": [ { "id": "opioids", "title": "Opioids", "pages": "1-30", "addresses": ["opioids"] } ]
            }
          ]
        }
        """;

    [Fact]
    public void AnObsoleteDocumentNamesTheVersionInForceOnTheDecisionDateAlongItsSupersessionChain()
    {
        var options = new Dictionary<string, string> { ["build_property.ImrCiteAsOf"] = "2025-03-01" };
        var texts = GeneratorHarness.Texts((TestCatalogues.MainPath, TestCatalogues.Main), (TestCatalogues.SecondPath, SecondSupersededOn("2024-01-01")), (ThirdVersionPath, ThirdVersion));
        var run = GeneratorHarness.Run(texts, GeneratorHarness.CreateCompilation(UsesThe2009Guidelines), options);
        GeneratorHarness.AssertHealthy(run);
        string message = Assert.Single(Obsolete(run)).GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("superseded by Mtus.ChronicPain2016 (mtus.cpmtg.2016) on 2016-07-28; in force on 2025-03-01: Mtus.ChronicPain2024 (mtus.cpmtg.2024)", message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void AnObsoleteDocumentWhoseSuccessorIsStillInForceNamesOnlyTheSuccessor()
    {
        var options = new Dictionary<string, string> { ["build_property.ImrCiteAsOf"] = "2020-03-01" };
        var texts = GeneratorHarness.Texts((TestCatalogues.MainPath, TestCatalogues.Main), (TestCatalogues.SecondPath, SecondSupersededOn("2024-01-01")), (ThirdVersionPath, ThirdVersion));
        var run = GeneratorHarness.Run(texts, GeneratorHarness.CreateCompilation(UsesThe2009Guidelines), options);
        GeneratorHarness.AssertHealthy(run);
        string message = Assert.Single(Obsolete(run)).GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("on 2016-07-28.", message, System.StringComparison.Ordinal);
        Assert.DoesNotContain("in force on", message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void ASupersessionCycleStillGeneratesAndNamesTheDirectSuccessor()
    {
        var options = new Dictionary<string, string> { ["build_property.ImrCiteAsOf"] = "2025-03-01" };
        string cyclic = ThirdVersion.Replace("\"effectiveFrom\": \"2024-01-01\",", "\"effectiveFrom\": \"2024-01-01\", \"supersededBy\": \"mtus.cpmtg.2016\", \"supersededOn\": \"2024-06-01\",", System.StringComparison.Ordinal);
        var texts = GeneratorHarness.Texts((TestCatalogues.MainPath, TestCatalogues.Main), (TestCatalogues.SecondPath, SecondSupersededOn("2024-01-01")), (ThirdVersionPath, cyclic));
        var run = GeneratorHarness.Run(texts, GeneratorHarness.CreateCompilation(UsesThe2009Guidelines), options);
        Assert.Empty(run.Result.Diagnostics.Where(d => d.Id == "CS8785"));
        string message = Assert.Single(Obsolete(run)).GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("superseded by Mtus.ChronicPain2016 (mtus.cpmtg.2016) on 2016-07-28", message, System.StringComparison.Ordinal);
    }
}
