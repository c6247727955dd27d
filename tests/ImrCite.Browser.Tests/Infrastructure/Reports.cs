using System;
using System.Diagnostics;
using System.IO;
using System.Text.Json;
using ImrCite.Testing;
using Xunit;

namespace ImrCite.Browser.Tests.Infrastructure;

/// <summary>
/// The reports under test, written once by the tool itself — the commands of the README, run from the repository's
/// root as a user runs them — into <c>artifacts/browser/</c>, which CI keeps with the screenshots: the sample letters'
/// report as one file and as a folder, their JSON output and its <c>imrcite stats</c>, and the shipped catalogue's page.
/// </summary>
public sealed class Reports
{
    public Reports()
    {
        Directory.CreateDirectory(Folder);
        Expect(1, "lint", "samples/letters", "--format", "html", "-o", LintFile);
        Expect(1, "lint", "samples/letters", "--format", "html", "-o", LintFolder + "/");
        Expect(1, "lint", "samples/letters", "--format", "json", "-o", LintJsonFile);
        Expect(0, "stats", LintJsonFile, "--format", "json", "-o", StatsJsonFile);
        Expect(0, "catalogue", "report", "-o", CatalogueFile);
        LintJson = JsonDocument.Parse(File.ReadAllText(LintJsonFile)).RootElement;
        StatsJson = JsonDocument.Parse(File.ReadAllText(StatsJsonFile)).RootElement;
    }

    /// <summary>artifacts/browser: the reports and the screenshots, left for CI to keep.</summary>
    public static string Folder { get; } = RepositoryPaths.Combine("artifacts", "browser");

    /// <summary><c>imrcite lint samples/letters --format html -o report.html</c>.</summary>
    public static string LintFile => Path.Combine(Folder, "report.html");

    /// <summary><c>imrcite lint samples/letters --format html -o report/</c>.</summary>
    public static string LintFolder => Path.Combine(Folder, "report");

    /// <summary><c>imrcite catalogue report -o catalogue.html</c>.</summary>
    public static string CatalogueFile => Path.Combine(Folder, "catalogue.html");

    private static string LintJsonFile => Path.Combine(Folder, "lint.json");

    private static string StatsJsonFile => Path.Combine(Folder, "stats.json");

    /// <summary>The sample letters' <c>lint --format json</c> output.</summary>
    public JsonElement LintJson { get; }

    /// <summary><c>imrcite stats --format json</c> of that output.</summary>
    public JsonElement StatsJson { get; }

    /// <summary>Runs the tool as a user does, from <paramref name="folder"/> (default: the repository's root).</summary>
    public static (int Code, string Output) Imrcite(string? folder, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder ?? RepositoryPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ImrCite.Cli.dll"));
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }

    private static void Expect(int code, params string[] args)
    {
        var (actual, output) = Imrcite(null, args);
        Assert.True(actual == code, $"imrcite {string.Join(' ', args)} exited {actual}, expected {code}:\n{output}");
    }

    /// <summary>The file URL of a path.</summary>
    public static string Url(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;
}
