using System;
using System.Diagnostics;
using System.IO;
using ImrCite.Cli;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace ImrCite.Cli.Tests;

/// <summary>Runs the tool in-process, and other programs (git, dotnet) as child processes, for the tests.</summary>
internal static class Tool
{
    /// <summary>A synthetic PDF letter named <paramref name="name"/> in a new temporary folder: one page per array of lines.</summary>
    public static string PdfLetter(string name, params string[][] pages)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var lines in pages)
        {
            var page = builder.AddPage(PageSize.Letter);
            double y = 700;
            foreach (string line in lines)
            {
                page.AddText(line, 11, new PdfPoint(50, y), font);
                y -= 20;
            }
        }
        string path = Path.Combine(TempFolder(), name);
        File.WriteAllBytes(path, builder.Build());
        return path;
    }

    public static string Samples => Path.Combine(RepositoryFiles.Root, "samples", "letters");

    public static (ExitCode Code, string Output, string Error) Run(params string[] args) => RunWithInput("", args);

    public static (ExitCode Code, string Output, string Error) RunWithInput(string input, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = (ExitCode)CommandLine.Run(args, output, error, new StringReader(input));
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>A new empty folder outside the repository.</summary>
    public static string TempFolder(string prefix = "imrcite-cli-") => Directory.CreateTempSubdirectory(prefix).FullName;

    /// <summary>Runs a program to completion; returns its exit code and both streams.</summary>
    public static (int Code, string Output) Exec(string folder, string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }

    /// <summary>A git repository in a new folder, with a committer configured.</summary>
    public static string GitRepository()
    {
        string folder = TempFolder("imrcite-git-");
        Git(folder, "init", "-q", "-b", "main");
        Git(folder, "config", "user.email", "test@example.invalid");
        Git(folder, "config", "user.name", "Test");
        Git(folder, "config", "commit.gpgsign", "false");
        return folder;
    }

    public static void Git(string folder, params string[] args)
    {
        var (code, output) = Exec(folder, "git", args);
        if (code != 0)
        {
            throw new InvalidOperationException($"git {string.Join(' ', args)}: {output}");
        }
    }
}
