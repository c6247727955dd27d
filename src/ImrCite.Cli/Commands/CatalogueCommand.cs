using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using ImrCite.Catalogue;
using ImrCite.Cli.Output;
using ImrCite.Diagnostics;
using ImrCite.Tooling;

namespace ImrCite.Cli.Commands;

/// <summary><c>imrcite catalogue check|fmt|diff|verify</c>: the guideline maintainers' commands.</summary>
internal static class CatalogueCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("catalogue", "Maintain guideline catalogues: check, fmt, diff, verify.");
        command.Subcommands.Add(Check(console));
        command.Subcommands.Add(Fmt(console));
        command.Subcommands.Add(Diff(console));
        command.Subcommands.Add(Verify(console));
        return command;
    }

    private static Argument<string[]> CataloguePaths() =>
        new("paths") { Description = "Catalogue files or folders (default: the shipped catalogue).", Arity = ArgumentArity.ZeroOrMore };

    private static Command Check(CliConsole console)
    {
        var paths = CataloguePaths();
        var format = new Option<string>("--format") { Description = "text (default), json or sarif.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
        // A team's own files may name shipped sources, treatments or successors; they validate only beside them.
        var withShipped = new Option<bool>("--with-shipped") { Description = "Validate the given files together with the shipped catalogue, as a project's build does." };
        var command = new Command("check", "Validate catalogue files; diagnostics in MSBuild format (file(line,col): severity IMR0xxx: message).") { paths, format, withShipped };
        command.SetAction(parse => (int)RunCheck(console, parse.GetValue(paths), parse.GetValue(format)!, parse.GetValue(withShipped)));
        return command;
    }

    private static ExitCode RunCheck(CliConsole console, string[]? paths, string format, bool withShipped)
    {
        string[] given = ShippedCatalogue.OrShipped(paths);
        var loaded = CatalogueLoader.Load(withShipped && paths is { Length: > 0 } ? given.Prepend(ShippedCatalogue.Location()).ToArray() : given);
        var output = console.Output;
        if (format == "sarif")
        {
            Writers.SarifForCatalogue(loaded.Diagnostics, output, console.WorkingDirectory);
        }
        else if (format == "json")
        {
            var array = new JsonArray();
            foreach (var d in loaded.Diagnostics)
            {
                array.Add(new JsonObject
                {
                    ["ruleId"] = d.Id, ["severity"] = Writers.SeverityName(d.Severity), ["message"] = d.Message,
                    ["file"] = d.Location.Path, ["line"] = d.Location.StartLine, ["column"] = d.Location.StartColumn,
                    ["endLine"] = d.Location.EndLine, ["endColumn"] = d.Location.EndColumn,
                });
            }
            output.WriteLine(new JsonObject { ["findings"] = array, ["files"] = loaded.Files.Count }.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        }
        else
        {
            foreach (var diagnostic in loaded.Diagnostics)
            {
                output.WriteLine(diagnostic.ToString());
            }
            output.WriteLine($"{loaded.Files.Count} catalogue file(s), {loaded.Catalogue.Documents.Count} document(s), {loaded.Diagnostics.Count} diagnostic(s).");
        }
        return loaded.Diagnostics.Any(d => d.Severity == ImrSeverity.Error) ? ExitCode.Findings : ExitCode.Clean;
    }

    private static Command Fmt(CliConsole console)
    {
        var paths = CataloguePaths();
        var check = new Option<bool>("--check") { Description = "Change nothing; exit 1 with a diff when a file is not canonical." };
        var command = new Command("fmt", "Rewrite catalogue files in the canonical order and layout (atomically).") { paths, check };
        command.SetAction(parse => (int)RunFmt(console, parse.GetValue(paths), parse.GetValue(check)));
        return command;
    }

    private static ExitCode RunFmt(CliConsole console, string[]? paths, bool checkOnly)
    {
        var files = CatalogueFiles.Expand(ShippedCatalogue.OrShipped(paths)).ToList();
        var result = ExitCode.Clean;
        foreach (var file in CatalogueFormatter.FormatFiles(files, checkOnly))
        {
            if (file.Failed)
            {
                foreach (var diagnostic in file.Format.Diagnostics)
                {
                    console.Error.WriteLine(diagnostic.ToString());
                }
                result = ExitCode.UsageOrInput;
            }
            else if (file.Changed)
            {
                if (checkOnly)
                {
                    console.Output.WriteLine(file.Diff);
                    result = (ExitCode)Math.Max((int)result, (int)ExitCode.Findings);
                }
                else
                {
                    console.Output.WriteLine($"formatted {file.Path}");
                }
            }
        }
        return result;
    }

    private static Command Diff(CliConsole console)
    {
        var old = new Argument<string>("old") { Description = "The old catalogue: a file, a folder, git:REVISION (the revision's guidelines/catalogue) or git:REVISION:PATH." };
        var @new = new Argument<string>("new") { Description = "The new catalogue: a file, a folder, git:REVISION or git:REVISION:PATH." };
        var format = new Option<string>("--format") { Description = "text (default) or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("diff", "What changed between two catalogues, and the generated identifiers consumers gain or lose.") { old, @new, format };
        command.SetAction(parse =>
        {
            var before = CatalogueSources.Snapshot(parse.GetValue(old)!, console.Error);
            var after = CatalogueSources.Snapshot(parse.GetValue(@new)!, console.Error);
            if (before is null || after is null)
            {
                return (int)ExitCode.UsageOrInput;
            }
            var diff = CatalogueDiffer.Compare(before, after);
            console.Output.WriteLine(parse.GetValue(format) == "json" ? diff.ToJson() : diff.ToText());
            return (int)ExitCode.Clean;
        });
        return command;
    }

    private static Command Verify(CliConsole console)
    {
        var pdf = new Option<string>("--pdf") { Description = "The official guideline PDF.", Required = true };
        var document = new Option<string>("--document") { Description = "The catalogue id of the document the PDF is.", Required = true };
        var paths = new Option<string[]>("--catalogue") { Description = "Catalogue files or folders (default: the shipped catalogue)." };
        var write = new Option<bool>("--write") { Description = "Record the verified page sets in the catalogue and mark them verified." };
        var format = new Option<string>("--format") { Description = "text (default) or json.", DefaultValueFactory = _ => "text" };
        var command = new Command("verify", "Check the catalogue's pages against where headings stand in the guideline PDF.") { pdf, document, paths, write, format };
        command.SetAction(parse => (int)RunVerify(console, parse.GetValue(pdf)!, parse.GetValue(document)!, parse.GetValue(paths), parse.GetValue(write), parse.GetValue(format)!));
        return command;
    }

    private static ExitCode RunVerify(CliConsole console, string pdfPath, string id, string[]? paths, bool write, string format)
    {
        var catalogueFiles = ShippedCatalogue.OrShipped(paths);
        var loaded = CatalogueLoader.Load(catalogueFiles);
        if (loaded.Catalogue.FindDocument(id) is not { } guideline)
        {
            console.Problem($"the catalogue has no document '{id}'.");
            return ExitCode.UsageOrInput;
        }
        if (!File.Exists(pdfPath))
        {
            console.Problem($"{pdfPath}: no such file.");
            return ExitCode.UsageOrInput;
        }
        PdfVerificationReport report;
        try
        {
            report = PdfVerifier.Verify(pdfPath, guideline);
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or ArgumentException or FormatException)
        {
            console.Problem($"{pdfPath}: cannot read the PDF ({ex.Message.TrimEnd('.')}).");
            return ExitCode.UsageOrInput;
        }
        console.Output.WriteLine(format == "json" ? report.ToJson() : report.ToText());
        if (write)
        {
            string? written = PdfVerifier.WriteVerification(CatalogueFiles.Expand(catalogueFiles), report);
            if (written is null)
            {
                console.Problem($"no catalogue file holds '{id}'; nothing written.");
                return ExitCode.UsageOrInput;
            }
            console.Output.WriteLine($"recorded the verified pages in {written}");
        }
        return report.Findings.Count > 0 && !write ? ExitCode.Findings : ExitCode.Clean;
    }
}
