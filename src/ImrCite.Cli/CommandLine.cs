using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ImrCite.Catalogue;
using ImrCite.Cli.Letters;
using ImrCite.Cli.Output;
using ImrCite.Diagnostics;
using ImrCite.Tooling;

namespace ImrCite.Cli;

/// <summary>
/// The commands: <c>lint</c> (letters), <c>explain</c> (a rule), <c>catalogue check|fmt|diff|verify</c>.
/// Exit codes: 0 nothing at error severity, 1 findings at error severity, 2 usage or input errors.
/// </summary>
public static class CommandLine
{
    public const int Clean = 0;
    public const int Findings = 1;
    public const int UsageOrInput = 2;

    /// <summary>Runs the tool with the given streams (tests call this in-process).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, TextReader? input = null)
    {
        var root = new RootCommand("imrcite: check guideline citations in IMR determination letters and guideline catalogues.");
        root.Subcommands.Add(LintCommand(output, error, input));
        root.Subcommands.Add(ExplainCommand(output, error));
        root.Subcommands.Add(CatalogueCommand(output, error));
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var problem in parse.Errors)
            {
                error.WriteLine("imrcite: " + problem.Message);
            }
            return UsageOrInput;
        }
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return parse.Invoke(configuration);
    }

    // ---------------------------------------------------------------- lint

    private static Command LintCommand(TextWriter output, TextWriter error, TextReader? input)
    {
        var paths = new Argument<string[]>("paths") { Description = "Letters (.txt, .pdf), folders (searched recursively) or - for standard input.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "text (default), json or sarif.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
        var catalogues = new Option<string[]>("--catalogue") { Description = "Catalogue files or folders to add to the shipped catalogue.", AllowMultipleArgumentsPerToken = true };
        var include = new Option<string[]>("--include") { Description = "File-name globs to read within folders (default *.txt and *.pdf)." };
        var exclude = new Option<string[]>("--exclude") { Description = "File-name globs to skip within folders." };
        var severities = new Option<string[]>("--severity") { Description = "Per-rule severity: IMRxxxx=error|warning|note|none (repeatable)." };
        var config = new Option<string?>("--config") { Description = "An .editorconfig-style file with dotnet_diagnostic.IMRxxxx.severity = level lines." };
        var baseline = new Option<string?>("--baseline") { Description = "Accept the findings whose fingerprints this file lists; fail only on new ones." };
        var writeBaseline = new Option<string?>("--write-baseline") { Description = "Write the fingerprints of today's findings to this file." };
        var command = new Command("lint", "Check every guideline citation in determination letters.")
        {
            paths, format, catalogues, include, exclude, severities, config, baseline, writeBaseline,
        };
        command.SetAction(parse =>
        {
            var catalogue = LoadCatalogue(parse.GetValue(catalogues) ?? Array.Empty<string>(), error, out bool catalogueBroken);
            if (catalogueBroken)
            {
                return UsageOrInput;
            }
            if (!TryReadSeverities(parse.GetValue(severities) ?? Array.Empty<string>(), parse.GetValue(config), error, out var levels))
            {
                return UsageOrInput;
            }
            var files = ExpandLetters(parse.GetValue(paths)!, parse.GetValue(include), parse.GetValue(exclude), error, out bool missing);
            var linter = new LetterLinter(catalogue, levels);
            var accepted = ReadBaseline(parse.GetValue(baseline), error, out bool baselineBroken);
            if (baselineBroken)
            {
                return UsageOrInput;
            }
            var sink = LintSink.For(parse.GetValue(format)!, output, ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected, Environment.CurrentDirectory);
            var fingerprints = new SortedSet<string>(StringComparer.Ordinal);
            bool anyFailure = false;
            // Progress on the terminal only (standard error), never in redirected or captured output.
            bool progress = ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected && files.Count > 1;
            int finished = 0;

            // Letters are checked in parallel, a batch at a time, and written in input order as each batch
            // completes, so memory is bounded by the batch, not by the corpus.
            int batch = Math.Max(16, Environment.ProcessorCount * 16);
            for (int first = 0; first < files.Count; first += batch)
            {
                int count = Math.Min(batch, files.Count - first);
                var reports = new LetterReport?[count];
                var failures = new ConcurrentBag<(int Index, string Message)>();
                Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, k =>
                {
                    string file = files[first + k];
                    try
                    {
                        var letter = file == "-" ? LetterDocument.FromText("-", (input ?? Console.In).ReadToEnd()) : LetterDocument.Load(file);
                        reports[k] = linter.Lint(letter);
                    }
                    catch (LetterReadException ex)
                    {
                        failures.Add((k, ex.Message));
                    }
                    catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
                    {
                        failures.Add((k, $"{file}: skipped: the letter exceeded the per-document scanning budget."));
                    }
                    int done = System.Threading.Interlocked.Increment(ref finished);
                    if (progress)
                    {
                        lock (error)
                        {
                            error.Write($"\r  {done}/{files.Count} letters checked");
                            if (done == files.Count)
                            {
                                error.WriteLine();
                            }
                        }
                    }
                });
                foreach (var failure in failures.OrderBy(f => f.Index))
                {
                    error.WriteLine("imrcite: " + failure.Message);
                    anyFailure = true;
                }
                foreach (var report in reports)
                {
                    if (report is null)
                    {
                        continue;
                    }
                    foreach (var finding in report.Findings)
                    {
                        fingerprints.Add(finding.Fingerprint);
                    }
                    sink.Add(report with { Findings = report.Findings.Where(f => !accepted.Contains(f.Fingerprint)).ToList() });
                }
            }
            sink.Complete();
            if (parse.GetValue(writeBaseline) is { } baselineOut)
            {
                File.WriteAllLines(baselineOut, fingerprints);
            }
            if (missing || anyFailure)
            {
                return UsageOrInput;
            }
            return sink.HasErrors ? Findings : Clean;
        });
        return command;
    }

    private static GuidelineCatalogue LoadCatalogue(string[] extra, TextWriter error, out bool broken)
    {
        var paths = new List<string> { ShippedCatalogue() };
        paths.AddRange(extra);
        var loaded = CatalogueLoader.Load(paths);
        broken = false;
        foreach (var diagnostic in loaded.Diagnostics.Where(d => d.Severity == ImrSeverity.Error))
        {
            error.WriteLine(diagnostic.ToString());
            broken = true;
        }
        return loaded.Catalogue;
    }

    /// <summary>The catalogue copied beside the tool (guidelines/), or the repository's when run from a checkout.</summary>
    public static string ShippedCatalogue()
    {
        string beside = Path.Combine(AppContext.BaseDirectory, "guidelines");
        if (Directory.Exists(beside))
        {
            return beside;
        }
        for (var directory = new DirectoryInfo(Environment.CurrentDirectory); directory is not null; directory = directory.Parent)
        {
            string candidate = Path.Combine(directory.FullName, "guidelines", "catalogue");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        return beside;
    }

    private static List<string> ExpandLetters(string[] paths, string[]? include, string[]? exclude, TextWriter error, out bool missing)
    {
        missing = false;
        var includes = include is { Length: > 0 } ? include : new[] { "*.txt", "*.pdf" };
        var files = new List<string>();
        foreach (string path in paths)
        {
            if (path == "-" || File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                var found = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => includes.Any(g => Glob(Path.GetFileName(f), g)) && !(exclude ?? Array.Empty<string>()).Any(g => Glob(Path.GetFileName(f), g) || Glob(Path.GetRelativePath(path, f), g)))
                    .OrderBy(f => f, StringComparer.Ordinal);
                files.AddRange(found);
            }
            else
            {
                error.WriteLine($"imrcite: {path}: no such file or folder.");
                missing = true;
            }
        }
        return files;
    }

    /// <summary>'*' and '?' globs, matched without regular expressions.</summary>
    public static bool Glob(string name, string pattern)
    {
        int n = 0, p = 0, star = -1, mark = 0;
        while (n < name.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || char.ToLowerInvariant(pattern[p]) == char.ToLowerInvariant(name[n])))
            {
                n++;
                p++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                mark = n;
            }
            else if (star >= 0)
            {
                p = star + 1;
                n = ++mark;
            }
            else
            {
                return false;
            }
        }
        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }
        return p == pattern.Length;
    }

    private static bool TryReadSeverities(string[] options, string? config, TextWriter error, out Dictionary<string, ImrSeverity> levels)
    {
        levels = new Dictionary<string, ImrSeverity>(StringComparer.OrdinalIgnoreCase);
        var entries = new List<(string Rule, string Level, string Where)>();
        foreach (string option in options)
        {
            int equals = option.IndexOf('=');
            entries.Add(equals > 0 ? (option[..equals].Trim(), option[(equals + 1)..].Trim(), "--severity") : (option, "", "--severity"));
        }
        if (config is not null)
        {
            if (!File.Exists(config))
            {
                error.WriteLine($"imrcite: {config}: no such file.");
                return false;
            }
            foreach (string line in File.ReadAllLines(config))
            {
                string text = line.Trim();
                const string prefix = "dotnet_diagnostic.";
                const string suffix = ".severity";
                int equals = text.IndexOf('=');
                if (equals > 0 && text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && text[..equals].Trim().EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
                {
                    string key = text[..equals].Trim();
                    string rule = key[prefix.Length..^suffix.Length];
                    // A project's .editorconfig also configures other analyzers (CA1000, IDE0005...): only IMR ids are ours.
                    if (rule.StartsWith("IMR", StringComparison.OrdinalIgnoreCase))
                    {
                        entries.Add((rule, text[(equals + 1)..].Trim(), config));
                    }
                }
            }
        }
        foreach (var (rule, level, where) in entries)
        {
            ImrSeverity? parsed = level.ToLowerInvariant() switch
            {
                "error" => ImrSeverity.Error,
                "warning" => ImrSeverity.Warning,
                "note" or "suggestion" or "info" => ImrSeverity.Note,
                "none" or "silent" => ImrSeverity.Hidden,
                _ => null,
            };
            if (LetterRules.Find(rule) is null || parsed is null)
            {
                error.WriteLine($"imrcite: {where}: '{rule}={level}' is not a rule and a level (error, warning, note, none).");
                return false;
            }
            levels[rule] = parsed.Value;
        }
        return true;
    }

    private static HashSet<string> ReadBaseline(string? path, TextWriter error, out bool broken)
    {
        broken = false;
        var accepted = new HashSet<string>(StringComparer.Ordinal);
        if (path is null)
        {
            return accepted;
        }
        if (!File.Exists(path))
        {
            error.WriteLine($"imrcite: {path}: no such baseline file.");
            broken = true;
            return accepted;
        }
        foreach (string line in File.ReadAllLines(path))
        {
            if (line.Trim().Length > 0 && !line.StartsWith('#'))
            {
                accepted.Add(line.Trim());
            }
        }
        return accepted;
    }

    // ---------------------------------------------------------------- explain

    private static Command ExplainCommand(TextWriter output, TextWriter error)
    {
        var id = new Argument<string>("id") { Description = "A rule id, e.g. IMR0106." };
        var command = new Command("explain", "Explain a rule: what it checks, its default severity and its help page.") { id };
        command.SetAction(parse =>
        {
            string ruleId = parse.GetValue(id)!;
            var rule = LetterRules.Find(ruleId) ?? BuildRules.All.FirstOrDefault(r => string.Equals(r.Id, ruleId, StringComparison.OrdinalIgnoreCase));
            if (rule is null)
            {
                error.WriteLine($"imrcite: '{ruleId}' is not a rule id. Rules: {string.Join(", ", LetterRules.Everything().Concat(BuildRules.All).Select(r => r.Id))}.");
                return UsageOrInput;
            }
            output.WriteLine($"{rule.Id}: {rule.Title}");
            output.WriteLine($"  category:         {rule.Category}");
            output.WriteLine($"  default severity: {Writers.SeverityName(rule.DefaultSeverity)}");
            output.WriteLine($"  message:          {rule.MessageFormat}");
            output.WriteLine($"  help:             {rule.HelpLink}");
            return Clean;
        });
        return command;
    }

    // ---------------------------------------------------------------- catalogue

    private static Command CatalogueCommand(TextWriter output, TextWriter error)
    {
        var command = new Command("catalogue", "Maintain guideline catalogues: check, fmt, diff, verify.");
        command.Subcommands.Add(CatalogueCheck(output));
        command.Subcommands.Add(CatalogueFmt(output, error));
        command.Subcommands.Add(CatalogueDiff(output, error));
        command.Subcommands.Add(CatalogueVerify(output, error));
        return command;
    }

    private static Argument<string[]> CataloguePaths() =>
        new("paths") { Description = "Catalogue files or folders (default: the shipped catalogue).", Arity = ArgumentArity.ZeroOrMore };

    private static string[] OrShipped(string[]? paths) => paths is { Length: > 0 } ? paths : new[] { ShippedCatalogue() };

    private static Command CatalogueCheck(TextWriter output)
    {
        var paths = CataloguePaths();
        var format = new Option<string>("--format") { Description = "text (default), json or sarif.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
        // A team's own files may name shipped sources, treatments or successors; they validate only beside them.
        var withShipped = new Option<bool>("--with-shipped") { Description = "Validate the given files together with the shipped catalogue, as a project's build does." };
        var command = new Command("check", "Validate catalogue files; diagnostics in MSBuild format (file(line,col): severity IMR0xxx: message).") { paths, format, withShipped };
        command.SetAction(parse =>
        {
            string[] given = OrShipped(parse.GetValue(paths));
            var loaded = CatalogueLoader.Load(parse.GetValue(withShipped) && parse.GetValue(paths) is { Length: > 0 } ? given.Prepend(ShippedCatalogue()).ToArray() : given);
            if (parse.GetValue(format) == "sarif")
            {
                Writers.SarifForCatalogue(loaded.Diagnostics, output, Environment.CurrentDirectory);
            }
            else if (parse.GetValue(format) == "json")
            {
                var array = new System.Text.Json.Nodes.JsonArray();
                foreach (var d in loaded.Diagnostics)
                {
                    array.Add(new System.Text.Json.Nodes.JsonObject
                    {
                        ["ruleId"] = d.Id, ["severity"] = Writers.SeverityName(d.Severity), ["message"] = d.Message,
                        ["file"] = d.Location.Path, ["line"] = d.Location.StartLine, ["column"] = d.Location.StartColumn,
                        ["endLine"] = d.Location.EndLine, ["endColumn"] = d.Location.EndColumn,
                    });
                }
                output.WriteLine(new System.Text.Json.Nodes.JsonObject { ["findings"] = array, ["files"] = loaded.Files.Count }.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
            }
            else
            {
                foreach (var diagnostic in loaded.Diagnostics)
                {
                    output.WriteLine(diagnostic.ToString());
                }
                output.WriteLine($"{loaded.Files.Count} catalogue file(s), {loaded.Catalogue.Documents.Count} document(s), {loaded.Diagnostics.Count} diagnostic(s).");
            }
            return loaded.Diagnostics.Any(d => d.Severity == ImrSeverity.Error) ? Findings : Clean;
        });
        return command;
    }

    private static Command CatalogueFmt(TextWriter output, TextWriter error)
    {
        var paths = CataloguePaths();
        var check = new Option<bool>("--check") { Description = "Change nothing; exit 1 with a diff when a file is not canonical." };
        var command = new Command("fmt", "Rewrite catalogue files in the canonical order and layout (atomically).") { paths, check };
        command.SetAction(parse =>
        {
            bool checkOnly = parse.GetValue(check);
            var files = CatalogueFiles.Expand(OrShipped(parse.GetValue(paths))).ToList();
            int result = Clean;
            foreach (var file in CatalogueFormatter.FormatFiles(files, checkOnly))
            {
                if (file.Failed)
                {
                    foreach (var diagnostic in file.Format.Diagnostics)
                    {
                        error.WriteLine(diagnostic.ToString());
                    }
                    result = UsageOrInput;
                }
                else if (file.Changed)
                {
                    if (checkOnly)
                    {
                        output.WriteLine(file.Diff);
                        result = Math.Max(result, Findings);
                    }
                    else
                    {
                        output.WriteLine($"formatted {file.Path}");
                    }
                }
            }
            return result;
        });
        return command;
    }

    private static Command CatalogueDiff(TextWriter output, TextWriter error)
    {
        var old = new Argument<string>("old") { Description = "The old catalogue: a file, a folder, git:REVISION (the revision's guidelines/catalogue) or git:REVISION:PATH." };
        var @new = new Argument<string>("new") { Description = "The new catalogue: a file, a folder, git:REVISION or git:REVISION:PATH." };
        var format = new Option<string>("--format") { Description = "text (default) or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("diff", "What changed between two catalogues, and the generated identifiers consumers gain or lose.") { old, @new, format };
        command.SetAction(parse =>
        {
            var before = Snapshot(parse.GetValue(old)!, error);
            var after = Snapshot(parse.GetValue(@new)!, error);
            if (before is null || after is null)
            {
                return UsageOrInput;
            }
            var diff = CatalogueDiffer.Compare(before, after);
            output.WriteLine(parse.GetValue(format) == "json" ? diff.ToJson() : diff.ToText());
            return Clean;
        });
        return command;
    }

    private static CatalogueSnapshot? Snapshot(string spec, TextWriter error)
    {
        if (spec.StartsWith("git:", StringComparison.Ordinal))
        {
            // git:REVISION reads the revision's guidelines/catalogue; git:REVISION:PATH any file or folder in it.
            string rest = spec[4..];
            int colon = rest.IndexOf(':');
            string revision = colon < 0 ? rest : rest[..colon];
            string path = colon < 0 ? "guidelines/catalogue/" : rest[(colon + 1)..];
            var names = Git($"ls-tree -r --full-name --name-only {revision} -- \"{path}\"", error);
            if (names is null)
            {
                return null;
            }
            var texts = new List<(string Path, string Text)>();
            foreach (string name in names.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(n => n.EndsWith(".imrcite.json", StringComparison.Ordinal)))
            {
                string? text = Git($"show {revision}:{name}", error);
                if (text is null)
                {
                    return null;
                }
                texts.Add((name, text));
            }
            return CatalogueSnapshot.FromTexts(spec, texts.ToArray());
        }
        if (!File.Exists(spec) && !Directory.Exists(spec))
        {
            error.WriteLine($"imrcite: {spec}: no such file or folder.");
            return null;
        }
        return CatalogueSnapshot.FromPaths(spec, new[] { spec });
    }

    private static string? Git(string arguments, TextWriter error)
    {
        var start = new System.Diagnostics.ProcessStartInfo("git", arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = System.Diagnostics.Process.Start(start);
        if (process is null)
        {
            error.WriteLine("imrcite: git is not available.");
            return null;
        }
        string text = process.StandardOutput.ReadToEnd();
        string problem = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            error.WriteLine($"imrcite: git {arguments}: {problem.Trim()}");
            return null;
        }
        return text;
    }

    private static Command CatalogueVerify(TextWriter output, TextWriter error)
    {
        var pdf = new Option<string>("--pdf") { Description = "The official guideline PDF.", Required = true };
        var document = new Option<string>("--document") { Description = "The catalogue id of the document the PDF is.", Required = true };
        var paths = new Option<string[]>("--catalogue") { Description = "Catalogue files or folders (default: the shipped catalogue)." };
        var write = new Option<bool>("--write") { Description = "Record the verified page sets in the catalogue and mark them verified." };
        var format = new Option<string>("--format") { Description = "text (default) or json.", DefaultValueFactory = _ => "text" };
        var command = new Command("verify", "Check the catalogue's pages against where headings stand in the guideline PDF.") { pdf, document, paths, write, format };
        command.SetAction(parse =>
        {
            var catalogueFiles = OrShipped(parse.GetValue(paths));
            var loaded = CatalogueLoader.Load(catalogueFiles);
            string id = parse.GetValue(document)!;
            if (loaded.Catalogue.FindDocument(id) is not { } guideline)
            {
                error.WriteLine($"imrcite: the catalogue has no document '{id}'.");
                return UsageOrInput;
            }
            string pdfPath = parse.GetValue(pdf)!;
            if (!File.Exists(pdfPath))
            {
                error.WriteLine($"imrcite: {pdfPath}: no such file.");
                return UsageOrInput;
            }
            PdfVerificationReport report;
            try
            {
                report = PdfVerifier.Verify(pdfPath, guideline);
            }
            catch (Exception ex) when (ex is IOException or InvalidOperationException or ArgumentException or FormatException)
            {
                error.WriteLine($"imrcite: {pdfPath}: cannot read the PDF ({ex.Message.TrimEnd('.')}).");
                return UsageOrInput;
            }
            output.WriteLine(parse.GetValue(format) == "json" ? report.ToJson() : report.ToText());
            if (parse.GetValue(write))
            {
                string? written = PdfVerifier.WriteVerification(CatalogueFiles.Expand(catalogueFiles), report);
                if (written is null)
                {
                    error.WriteLine($"imrcite: no catalogue file holds '{id}'; nothing written.");
                    return UsageOrInput;
                }
                output.WriteLine($"recorded the verified pages in {written}");
            }
            return report.Findings.Count > 0 && !parse.GetValue(write) ? Findings : Clean;
        });
        return command;
    }
}
