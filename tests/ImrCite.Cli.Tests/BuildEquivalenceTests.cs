using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace ImrCite.Cli.Tests;

/// <summary>
/// The build and the tool agree on severities: a project whose .editorconfig raises IMR0104 to an error in
/// [*.cs] and lowers it to a warning in [tests/**.cs] is built with the real analyzer (dotnet build) and linted
/// with imrcite lint --config .editorconfig; both report the same severity for each file.
/// </summary>
public sealed class BuildEquivalenceTests
{
    private const string Citation = "MTUS Chronic Pain Medical Treatment Guidelines Benzodiazepines Page(s): 30";

    /// <summary>C# that passes the citation to a [GuidelineCitation] parameter, followed by the same citation in a letter the tool reads.</summary>
    private static string Source(string type) => $$"""
        using ImrCite;

        namespace Probe;

        public static class {{type}}
        {
            public static string Cite([GuidelineCitation] string citation) => citation;

            public static string Wrong() => Cite("{{Citation}}");
        }

        /*
        IMR ISSUES, DECISIONS AND RATIONALES
        Diazepam 5 mg #30: Upheld
        MAXIMUS guideline: Decision based on {{Citation}}
        Decision rationale: Not recommended for long-term use.
        */

        """;

    [Fact]
    public void TheBuildAndLintGiveEachFileTheSameSeverity()
    {
        string bin = AppContext.BaseDirectory;
        string project = Tool.TempFolder("imrcite-build-");
        File.WriteAllText(Path.Combine(project, ".editorconfig"),
            "root = true\n\n[*.cs]\ndotnet_diagnostic.IMR0104.severity = error\n\n[tests/**.cs]\ndotnet_diagnostic.IMR0104.severity = warning\n");
        string targets = Path.Combine(RepositoryFiles.Root, "src", "ImrCite", "buildTransitive");
        File.WriteAllText(Path.Combine(project, "Probe.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImrCiteDefaultCatalogueDirectory>{Path.Combine(RepositoryFiles.Root, "guidelines", "catalogue")}/</ImrCiteDefaultCatalogueDirectory>
                <ImrCiteGenerateApi>false</ImrCiteGenerateApi>
              </PropertyGroup>
              <Import Project="{Path.Combine(targets, "ImrCite.props")}" />
              <ItemGroup>
                <Reference Include="{Path.Combine(bin, "ImrCite.dll")}" />
                <Analyzer Include="{Path.Combine(bin, "ImrCite.Generators.dll")}" />
              </ItemGroup>
              <Import Project="{Path.Combine(targets, "ImrCite.targets")}" />
            </Project>
            """);
        File.WriteAllText(Path.Combine(project, "Program.cs"), Source("Letters"));
        Directory.CreateDirectory(Path.Combine(project, "tests"));
        File.WriteAllText(Path.Combine(project, "tests", "CitationTests.cs"), Source("TestLetters"));

        var (_, build) = Tool.Exec(project, "dotnet", "build", "-nologo", "-p:UseSharedCompilation=false", "-nodeReuse:false", "-p:TreatWarningsAsErrors=false");
        var fromBuild = Severities(build, project);
        Assert.True(fromBuild.Count == 2, build);
        Assert.Equal("error", fromBuild["Program.cs"]);
        Assert.Equal("warning", fromBuild["tests/CitationTests.cs"]);

        var (_, lint, error) = Tool.Run("lint", Path.Combine(project, "Program.cs"), Path.Combine(project, "tests", "CitationTests.cs"), "--config", Path.Combine(project, ".editorconfig"));
        var fromLint = Severities(lint, project);
        Assert.True(fromBuild.OrderBy(p => p.Key).SequenceEqual(fromLint.OrderBy(p => p.Key)), lint + error);
    }

    /// <summary>The IMR0104 severity reported for each file, by its path relative to the project.</summary>
    private static Dictionary<string, string> Severities(string output, string project)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match match in Regex.Matches(output, @"(?<file>[^\s:]+\.cs)\(\d+,\d+\): (?<severity>error|warning|info) IMR0104"))
        {
            string file = Path.GetRelativePath(project, Path.GetFullPath(match.Groups["file"].Value, project)).Replace('\\', '/');
            found[file] = match.Groups["severity"].Value;
        }
        return found;
    }
}
