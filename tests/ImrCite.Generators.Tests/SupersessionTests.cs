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
}
