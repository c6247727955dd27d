using ImrCite.Cli.Configuration;
using ImrCite.Cli.Inputs;
using ImrCite.Cli.Output.Html;
using ImrCite.Cli.Output.Sarif;
using ImrCite.Tooling;

namespace ImrCite.Cli.Commands;

/// <summary><c>imrcite catalogue check|fmt|diff|verify|report</c>: the guideline maintainers' commands.</summary>
internal static class CatalogueCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("catalogue", "Maintain guideline catalogues: check, fmt, diff, verify, report.");
        command.Subcommands.Add(Check(console));
        command.Subcommands.Add(Fmt(console));
        command.Subcommands.Add(Diff(console));
        command.Subcommands.Add(Verify(console));
        command.Subcommands.Add(Report(console));
        // A team's own file (the README's quick start writes this one): the shipped catalogue's own folder given with
        // --with-shipped would be read twice, every id a duplicate.
        HelpExamples.Add(command, "imrcite catalogue check --with-shipped guidelines/contoso.imrcite.json");
        return command;
    }

    private static Argument<string[]> CataloguePaths() =>
        new("paths") { Description = "Catalogue files or folders, or git:REV:PATH (default: the shipped catalogue).", Arity = ArgumentArity.ZeroOrMore };

    private static Command Check(CliConsole console)
    {
        var paths = CataloguePaths();
        var format = Options.Format("text", "json", "sarif");
        var output = Options.Output();
        var severities = Options.Severities();
        var config = Options.Config();
        // A team's own files may name shipped sources, treatments or successors; they validate only beside them.
        var withShipped = new Option<bool>("--with-shipped") { Description = "Validate the given files together with the shipped catalogue, as a project's build does." };
        var command = RunnableCommand.Create("check", "Validate catalogue files; diagnostics in MSBuild format (file(line,col): severity IMR0xxx: message).",
            "imrcite catalogue check guidelines --format sarif --output catalogue.sarif",
            [paths, format, output, withShipped, severities, config],
            parse => RunCheck(console, parse.GetValue(paths) ?? Array.Empty<string>(), parse.GetValue(format)!, parse.GetValue(output), parse.GetValue(withShipped),
            parse.GetValue(severities) ?? Array.Empty<string>(), parse.GetValue(config) ?? Array.Empty<string>()));
        return command;
    }

    private static ExitCode RunCheck(CliConsole console, string[] paths, string format, string? outputPath, bool withShipped, string[] severities, string[] configs)
    {
        string[] given = ShippedCatalogue.OrShipped(paths);
        var loaded = Load(given, withShipped && paths.Length > 0, console);
        if (loaded is null)
        {
            return ExitCode.UsageOrInput;
        }
        // Catalogue rules are configured as the build configures them in additional files: by global configs.
        var policy = SeverityPolicy.Create(severities, configs, given.Where(p => !CatalogueSources.IsGit(p)), discover: true, console.Error);
        if (policy is null)
        {
            return ExitCode.UsageOrInput;
        }
        var diagnostics = loaded.Diagnostics
            .Select(d => (Diagnostic: d, Severity: policy.ApplyToCatalogue(d.Rule, d.Severity)))
            .Where(d => d.Severity != ImrSeverity.Hidden)
            .Select(d => d.Severity == d.Diagnostic.Severity ? d.Diagnostic : new ImrDiagnostic(d.Diagnostic.Rule, d.Diagnostic.Location, d.Diagnostic.Arguments.ToArray(), d.Diagnostic.AdditionalLocations, d.Severity))
            .ToList();
        using var target = OutputFile.Open(outputPath, console.Output, console.Error);
        if (target is null)
        {
            return ExitCode.UsageOrInput;
        }
        if (format == "sarif")
        {
            var findings = diagnostics.Select(d => new SarifFinding(d.Rule, d.Severity, d.Message, d.Location.Path, d.Location.StartLine, d.Location.StartColumn, d.Location.EndLine, d.Location.EndColumn,
                LetterLinter.Fingerprint(d.Location.Path, "", d.Message, d.Id)));
            SarifWriter.Write(SarifWriter.Build(findings, Array.Empty<(string, string)>(), console.WorkingDirectory, "imrcite/catalogue/"), target.Writer);
        }
        else if (format == "json")
        {
            using var json = new JsonOutput(target.Writer);
            var writer = json.Writer;
            writer.WriteStartObject();
            writer.WriteStartArray("findings");
            foreach (var d in diagnostics)
            {
                writer.WriteStartObject();
                writer.WriteString("ruleId", d.Id);
                writer.WriteString("severity", Names.Severity(d.Severity));
                writer.WriteString("message", d.Message);
                writer.WriteString("file", d.Location.Path);
                writer.WriteNumber("line", d.Location.StartLine);
                writer.WriteNumber("column", d.Location.StartColumn);
                writer.WriteNumber("endLine", d.Location.EndLine);
                writer.WriteNumber("endColumn", d.Location.EndColumn);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteNumber("files", loaded.Files.Count);
            writer.WriteEndObject();
            json.Complete();
        }
        else
        {
            foreach (var diagnostic in diagnostics)
            {
                target.Writer.WriteLine(TerminalText.Escape(diagnostic.ToString()));
            }
            target.Writer.WriteLine($"{loaded.Files.Count} catalogue file(s), {loaded.Catalogue.Documents.Count} document(s), {diagnostics.Count} diagnostic(s).");
        }
        target.Commit();
        return diagnostics.Any(d => d.Severity == ImrSeverity.Error) ? ExitCode.Findings : ExitCode.Clean;
    }

    /// <summary>Loads files, folders and git:REV:PATH catalogues together (with the shipped one first when asked).</summary>
    private static LoadedCatalogue? Load(string[] given, bool withShipped, CliConsole console)
    {
        var all = withShipped ? given.Prepend(ShippedCatalogue.Location()).ToArray() : given;
        if (!all.Any(CatalogueSources.IsGit))
        {
            foreach (string path in all.Where(p => FileKind.Of(p).Kind == FileKindValue.Missing))
            {
                console.Problem($"{path}: no such file or folder.");
                return null;
            }
            if (given.FirstOrDefault(CatalogueSources.IsFolderWithoutCatalogue) is { } empty)
            {
                console.Problem($"{empty}: no catalogue file (*.imrcite.json) there.");
                return null;
            }
            var skipped = new List<SkippedPath>();
            var files = FileTree.CatalogueFiles(all, skipped);
            foreach (var skip in skipped)
            {
                console.Problem($"note: {skip.Path}: skipped: {skip.Reason}.");
            }
            return CatalogueLoader.Load(files);
        }
        var texts = new List<(string Path, string Text)>();
        foreach (string spec in all)
        {
            var snapshot = CatalogueSources.Snapshot(spec, null, console.Error);
            if (snapshot is null)
            {
                return null;
            }
            texts.AddRange(snapshot.Files);
        }
        return CatalogueLoader.FromText(texts.ToArray());
    }

    private static Command Fmt(CliConsole console)
    {
        var paths = CataloguePaths();
        var check = new Option<bool>("--check") { Description = "Change nothing; exit 1 with a diff when a file is not canonical." };
        var command = RunnableCommand.Create("fmt", "Rewrite catalogue files in the canonical order and layout (atomically).",
            "imrcite catalogue fmt --check guidelines",
            [paths, check],
            parse => RunFmt(console, parse.GetValue(paths), parse.GetValue(check)));
        return command;
    }

    private static ExitCode RunFmt(CliConsole console, string[]? paths, bool checkOnly)
    {
        var given = ShippedCatalogue.OrShipped(paths);
        if (given.FirstOrDefault(CatalogueSources.IsGit) is { } revision)
        {
            console.Problem($"{revision}: fmt formats files on disk, not a git revision.");
            return ExitCode.UsageOrInput;
        }
        if (given.FirstOrDefault(p => FileKind.Of(p).Kind == FileKindValue.Missing) is { } missing)
        {
            console.Problem($"{missing}: no such file or folder.");
            return ExitCode.UsageOrInput;
        }
        var skipped = new List<SkippedPath>();
        var files = FileTree.CatalogueFiles(given, skipped);
        foreach (var skip in skipped)
        {
            console.Problem($"note: {skip.Path}: skipped: {skip.Reason}.");
        }
        // As for every catalogue command, a place with no catalogue file is an error, not a clean run over nothing.
        if (given.FirstOrDefault(CatalogueSources.IsFolderWithoutCatalogue) is { } empty)
        {
            console.Problem($"{empty}: no catalogue file (*.imrcite.json) there.");
            return ExitCode.UsageOrInput;
        }
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
        var old = new Argument<string>("old") { Description = "The old catalogue: a file, a folder, git:REV:PATH, or git:REV for the new catalogue's path in revision REV." };
        var @new = new Argument<string>("new") { Description = "The new catalogue: a file, a folder, git:REV:PATH, or git:REV for the old catalogue's path in revision REV." };
        var format = Options.Format("text", "json");
        var output = Options.Output();
        var failOn = Options.OneOf("--fail-on", "Exit 1 on: breaking (a generated member removed), any (any change) or none.", "none", "breaking", "any");
        var command = RunnableCommand.Create("diff", "What changed between two catalogues, and the generated identifiers consumers gain or lose.",
            "imrcite catalogue diff git:origin/main guidelines --fail-on breaking",
            [old, @new, format, output, failOn],
            parse => RunDiff(console, parse.GetValue(old)!, parse.GetValue(@new)!, parse.GetValue(format)!, parse.GetValue(output), parse.GetValue(failOn)!));
        return command;
    }

    private static ExitCode RunDiff(CliConsole console, string oldSpec, string newSpec, string format, string? outputPath, string failOn)
    {
        var before = CatalogueSources.Snapshot(oldSpec, newSpec, console.Error);
        var after = CatalogueSources.Snapshot(newSpec, oldSpec, console.Error);
        if (before is null || after is null)
        {
            return ExitCode.UsageOrInput;
        }
        var diff = CatalogueDiffer.Compare(before, after);
        using var target = OutputFile.Open(outputPath, console.Output, console.Error);
        if (target is null)
        {
            return ExitCode.UsageOrInput;
        }
        target.Writer.WriteLine(format == "json" ? diff.ToJson() : diff.ToText());
        target.Commit();
        // A file that could not be read at all holds no documents for the diff: they show as removed, which is not a
        // change anyone made. The diff is written (its Diagnostics list the file), but the run is not a verdict.
        var unread = diff.OldDiagnostics.Concat(diff.NewDiagnostics)
            .Where(d => d.Rule == Rules.CatalogueSyntaxError || d.Rule == Rules.CatalogueEncoding)
            .ToList();
        if (unread.Count > 0)
        {
            foreach (var diagnostic in unread)
            {
                console.Error.WriteLine(diagnostic.ToString());
            }
            console.Problem("a catalogue file could not be read, so its documents show as removed; fix it ('imrcite catalogue check') and diff again.");
            return ExitCode.UsageOrInput;
        }
        bool fails = failOn switch
        {
            "breaking" => diff.IsBreaking,
            "any" => !diff.IsEmpty,
            _ => false,
        };
        if (fails)
        {
            console.Problem(diff.IsBreaking
                ? $"{diff.RemovedMembers.Count()} generated member(s) removed: code that uses them no longer compiles (--fail-on {failOn})."
                : $"the catalogue changed (--fail-on {failOn}).");
        }
        return fails ? ExitCode.Findings : ExitCode.Clean;
    }

    private static Command Verify(CliConsole console)
    {
        var pdf = new Option<string>("--pdf") { HelpName = "FILE", Description = "The official guideline PDF.", Required = true };
        var document = new Option<string>("--document") { HelpName = "ID", Description = "The catalogue id of the document the PDF is.", Required = true };
        var paths = new Option<string[]>("--catalogue") { HelpName = "FILE|FOLDER", Description = "Catalogue files or folders (default: the shipped catalogue)." };
        var write = new Option<bool>("--write") { Description = "Record the verified page sets in the catalogue and mark them verified." };
        var format = Options.Format("text", "json");
        var command = RunnableCommand.Create("verify", "Check the catalogue's pages against where headings stand in the guideline PDF.",
            "imrcite catalogue verify --pdf CPMTG.pdf --document mtus.cpmtg.2009 --catalogue guidelines/catalogue",
            [pdf, document, paths, write, format],
            parse => RunVerify(console, parse.GetValue(pdf)!, parse.GetValue(document)!, parse.GetValue(paths), parse.GetValue(write), parse.GetValue(format)!));
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
        if (FileKind.Of(pdfPath).Kind != FileKindValue.Regular)
        {
            console.Problem($"{pdfPath}: no such file.");
            return ExitCode.UsageOrInput;
        }
        PdfVerificationReport report;
        try
        {
            report = PdfVerifier.Verify(pdfPath, guideline);
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or ArgumentException or FormatException or UglyToad.PdfPig.Core.PdfDocumentFormatException)
        {
            console.Problem($"--pdf {pdfPath}: cannot read the PDF ({ex.Message.TrimEnd('.')}); give the guideline's PDF file.");
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

    private static Command Report(CliConsole console)
    {
        var paths = CataloguePaths();
        var output = Options.Output();
        var command = RunnableCommand.Create("report", "Write the catalogue as one searchable HTML page: sources, documents in force on a timeline, supersession chains, sections with pages, provenance and aliases.",
            "imrcite catalogue report -o catalogue.html",
            [paths, output],
            parse => RunReport(console, parse.GetValue(paths) ?? Array.Empty<string>(), parse.GetValue(output)));
        return command;
    }

    /// <summary>Writes the HTML page of the catalogue (docs/catalogue.html is the shipped one's); exit 1 when the catalogue has errors, which are printed.</summary>
    private static ExitCode RunReport(CliConsole console, string[] paths, string? outputPath)
    {
        var loaded = Load(ShippedCatalogue.OrShipped(paths), withShipped: false, console);
        if (loaded is null)
        {
            return ExitCode.UsageOrInput;
        }
        foreach (var diagnostic in loaded.Diagnostics)
        {
            console.Error.WriteLine(TerminalText.Escape(diagnostic.ToString()));
        }
        using var target = OutputFile.Open(outputPath, console.Output, console.Error);
        if (target is null)
        {
            return ExitCode.UsageOrInput;
        }
        CatalogueView.Write(target.Writer, loaded.Catalogue);
        target.Commit();
        return loaded.Diagnostics.Any(d => d.Severity == ImrSeverity.Error) ? ExitCode.Findings : ExitCode.Clean;
    }
}
