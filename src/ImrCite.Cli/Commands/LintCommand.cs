using System.Threading.Tasks;
using ImrCite.Citations;
using ImrCite.Cli.Baselines;
using ImrCite.Cli.Configuration;
using ImrCite.Cli.Inputs;
using ImrCite.Cli.Output.Html;
using ImrCite.Cli.Output.Sarif;

namespace ImrCite.Cli.Commands;

/// <summary>What <c>imrcite lint</c> was asked to do.</summary>
internal sealed record LintOptions(
    IReadOnlyList<string> Paths, string Format, string? Output, string[] Catalogues, string[]? Include, string[]? Exclude,
    string[] Severities, string[] Configs, string? Baseline, string? WriteBaseline, bool Colour, bool ErrorColour,
    LetterLimits Limits, Shard Shard, PageTextCache? Cache = null);

/// <summary><c>imrcite lint</c>: check every guideline citation in determination letters.</summary>
internal static class LintCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("paths") { Description = "Letters (.txt, .pdf), folders (searched recursively) or - for standard input.", Arity = ArgumentArity.ZeroOrMore };
        var filesFrom = new Option<string?>("--files-from") { HelpName = "FILE", Description = "Read more paths from this file, one per line (- for standard input; # starts a comment)." };
        var shard = new Option<string?>("--shard") { HelpName = "INDEX/COUNT", Description = "Lint only shard INDEX/COUNT of the letters (INDEX from 0), split by file path; merge the shards' outputs with imrcite merge." };
        var format = Options.Format("text", "json", "sarif", "html");
        var output = Options.Output();
        var catalogues = new Option<string[]>("--catalogue") { HelpName = "FILE|FOLDER", Description = "Catalogue files or folders to add to the shipped catalogue.", AllowMultipleArgumentsPerToken = true };
        var include = new Option<string[]>("--include") { HelpName = "GLOB", Description = "Globs of the files to read within folders (default *.txt and *.pdf; ** crosses folders, * does not; a glob without / matches file names)." };
        var exclude = new Option<string[]>("--exclude") { HelpName = "GLOB", Description = "Globs of the files to skip within folders (e.g. drafts/** or *-draft.pdf)." };
        var severities = Options.Severities();
        var config = Options.Config();
        var baseline = new Option<string?>("--baseline") { HelpName = "FILE", Description = "Accept the findings this file lists; report (and fail on) only new ones." };
        var writeBaseline = new Option<string?>("--write-baseline") { HelpName = "FILE", Description = "Write today's findings to this baseline file (exit 0: recording is not failing)." };
        var maxSize = new Option<string>("--max-letter-size") { HelpName = "SIZE", Description = "The most text one letter may hold, e.g. 20MB or 512KB; a larger letter is reported (IMR0205), not read. PDFs: 5x for the file, 8x for its inflated content, and one page at most 1/200 of it in characters (at least 100,000).", DefaultValueFactory = _ => "20MB" };
        var maxPages = Options.Count("--max-pdf-pages", "The most pages a PDF letter may have; a longer one is reported (IMR0205), not read.", LetterLimits.Default.MaxPdfPages, minimum: 1);
        var cache = new Option<string?>("--cache") { HelpName = "FOLDER", Description = $"Keep PDF letters' extracted text in this folder (created for your user only; letters' text is health information) and reuse it when a PDF is linted again; also ${PageTextCache.EnvironmentVariable}. Off unless asked for." };
        var noCache = new Option<bool>("--no-cache") { Description = $"Read every PDF, even with --cache or ${PageTextCache.EnvironmentVariable} set." };
        var cacheSize = new Option<string>("--cache-size") { HelpName = "SIZE", Description = "The most the --cache folder may hold, e.g. 512MB or 2GB; the least recently used entries go first.", DefaultValueFactory = _ => "512MB" };
        var command = new Command("lint", "Check every guideline citation in determination letters.")
        {
            paths, filesFrom, shard, format, output, catalogues, include, exclude, severities, config, baseline, writeBaseline, maxSize, maxPages, cache, noCache, cacheSize,
        };
        command.SetAction(parse =>
        {
            if (!LetterLimits.TryParseSize(parse.GetValue(maxSize)!, out long bytes))
            {
                console.Problem($"--max-letter-size: '{parse.GetValue(maxSize)}' is not a size (e.g. 20MB, 512KB, 1GiB).");
                return (int)ExitCode.UsageOrInput;
            }
            if (!Shard.TryParse(parse.GetValue(shard), out var part))
            {
                console.Problem($"--shard '{parse.GetValue(shard)}' is not INDEX/COUNT with 0 <= INDEX < COUNT (e.g. 0/4).");
                return (int)ExitCode.UsageOrInput;
            }
            if (!LetterLimits.TryParseSize(parse.GetValue(cacheSize)!, out long cacheBytes))
            {
                console.Problem($"--cache-size: '{parse.GetValue(cacheSize)}' is not a size (e.g. 512MB, 2GB).");
                return (int)ExitCode.UsageOrInput;
            }
            var all = FileList.Combine(parse.GetValue(paths) ?? Array.Empty<string>(), parse.GetValue(filesFrom), console);
            if (all is null)
            {
                return (int)ExitCode.UsageOrInput;
            }
            if (all.Any(p => p.Trim().Length == 0))
            {
                console.Problem("lint: an empty path was given; name a letter, a folder, or - for standard input.");
                return (int)ExitCode.UsageOrInput;
            }
            return (int)Run(console, new LintOptions(
                all, parse.GetValue(format)!, parse.GetValue(output), parse.GetValue(catalogues) ?? Array.Empty<string>(),
                parse.GetValue(include), parse.GetValue(exclude), parse.GetValue(severities) ?? Array.Empty<string>(),
                parse.GetValue(config) ?? Array.Empty<string>(), parse.GetValue(baseline), parse.GetValue(writeBaseline),
                console.UseColour(parse), console.UseErrorColour(parse), new LetterLimits(bytes, parse.GetValue(maxPages)), part,
                PageTextCache.Choose(parse.GetValue(cache), parse.GetValue(noCache), Environment.GetEnvironmentVariable(PageTextCache.EnvironmentVariable), cacheBytes)));
        });
        HelpExamples.Add(command, "imrcite lint letters --format sarif --output imrcite.sarif --baseline imrcite.baseline");
        command.Validators.Add(result =>
        {
            if ((result.GetValue(paths)?.Length ?? 0) == 0 && result.GetValue(filesFrom) is null)
            {
                result.AddError("Give the letters: paths, or --files-from FILE.");
            }
        });
        return command;
    }

    /// <summary>Runs a lint: reads the configuration, checks the letters, writes the report.</summary>
    public static ExitCode Run(CliConsole console, LintOptions options)
    {
        // A baseline that cannot be written is said before the letters are read, not after a whole run.
        if (options.WriteBaseline is { } baselinePath
            && (baselinePath == "-" ? "--write-baseline: '-' is not a file; name the baseline file to write." : OutputFile.Problem(baselinePath, "--write-baseline")) is { } baselineProblem)
        {
            console.Problem(baselineProblem);
            return ExitCode.UsageOrInput;
        }
        // The catalogue loads (and the linter warms up) on another core while this one walks the folders. What
        // each says on standard error is held and written in the order of a run that does one after the other:
        // the catalogue's problems first, and the walk's only when the catalogue is not broken.
        var catalogueErrors = new StringWriter { NewLine = console.Error.NewLine };
        var loading = Task.Run(() => LoadLinter(options.Catalogues, catalogueErrors));
        var walkErrors = new StringWriter { NewLine = console.Error.NewLine };
        var expanded = LetterFiles.Expand(options.Paths, options.Include, options.Exclude, walkErrors);
        var (linter, catalogueBroken) = loading.GetAwaiter().GetResult();
        console.Error.Write(catalogueErrors.ToString());
        if (catalogueBroken)
        {
            return ExitCode.UsageOrInput;
        }
        console.Error.Write(walkErrors.ToString());
        if (expanded.Inputs.Count == 0 && !expanded.Missing)
        {
            // A green run that checked nothing is how a wrong folder or glob goes unnoticed in CI: say so.
            var globs = options.Include is { Length: > 0 } ? options.Include : LetterFiles.DefaultIncludes;
            console.Problem($"warning: no letter found in {string.Join(", ", options.Paths.Select(TerminalText.Escape))} (folders are searched for {string.Join(", ", globs)}"
                + $"{(options.Exclude is { Length: > 0 } ? ", less --exclude " + string.Join(", ", options.Exclude) : "")}); nothing was checked.");
        }
        // One order for every run: by path. Each shard is then a part of the single run's order, and merge
        // restores it by sorting; a letter named twice is read once.
        var letters = expanded with
        {
            Inputs = expanded.Inputs
                .DistinctBy(i => Shard.Key(i.Path), StringComparer.Ordinal)
                .OrderBy(i => Shard.Key(i.Path), StringComparer.Ordinal)
                .Where(i => options.Shard.Contains(i.Path))
                .ToList(),
        };
        if (letters.Inputs.Count >= ManyLetters)
        {
            // The walk's and the load's temporaries (for a big corpus, megabytes of paths and the glob matcher's
            // tree) are garbage now but have outlived the young generation: drop them before the letters start, so
            // the heap the letters work in does not grow with the size of the folder walked.
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        }
        var policy = SeverityPolicy.Create(options.Severities, options.Configs, options.Paths, discover: true, console.Error);
        if (policy is null)
        {
            return ExitCode.UsageOrInput;
        }
        var baseline = options.Baseline is null ? Baseline.None : Baseline.Read(options.Baseline, console.Error);
        if (baseline is null)
        {
            return ExitCode.UsageOrInput;
        }
        // An HTML report written to a folder (-o report/) is a page per letter; every other output is one file.
        using var folder = options.Format == "html" && ReportFolder.IsFolder(options.Output) ? ReportFolder.Open(options.Output!, console.Error) : null;
        if (folder is null && options.Format == "html" && ReportFolder.IsFolder(options.Output))
        {
            return ExitCode.UsageOrInput;
        }
        using var target = folder is not null ? OutputFile.Standard(System.IO.TextWriter.Null) : OutputFile.Open(options.Output, console.Output, console.Error);
        if (target is null)
        {
            return ExitCode.UsageOrInput;
        }
        LintSink sink = options.Format switch
        {
            "json" => new JsonLintSink(target.Writer),
            "sarif" => new SarifLintSink(target.Writer, console.WorkingDirectory),
            "html" => folder is not null ? new HtmlLintSink(folder) : new HtmlLintSink(target.Writer),
            _ => new TextLintSink(new StyledWriter(target.Writer, options.Colour && !target.IsFile)),
        };
        using var sinkResources = sink as IDisposable;
        var recorded = new List<LetterFinding>();
        var checkedLetters = new HashSet<string>(StringComparer.Ordinal);
        var progress = console.ErrorIsTerminal && letters.Inputs.Count > 1 ? Progress.OnTerminal(console.Error, options.ErrorColour) : Progress.None;
        progress.Run("Checking letters", letters.Inputs.Count, () =>
        {
            foreach (var (report, isLetter, letter, failure) in CheckInOrder(letters.Inputs, linter, options.Limits, options.Cache, console, progress, sink.WantsLetterText))
            {
                if (failure is { } problem)
                {
                    if (!progress.TryWriteLine("imrcite: " + problem.Message))
                    {
                        console.Problem(problem.Message);
                    }
                    sink.AddFailure(problem.File, problem.Message);
                    continue;
                }
                var configured = Configure(report!, policy);
                if (options.Baseline is not null)
                {
                    checkedLetters.Add(Baseline.LetterKey(configured.File)); // only a baseline needs the letters' names
                }
                if (options.WriteBaseline is not null)
                {
                    recorded.AddRange(configured.Findings);
                }
                var reported = configured.Findings.Where(f => !baseline.Accepts(f)).ToList();
                sink.Add(configured with { Findings = reported }, isLetter, letter);
            }
        });
        if (options.Cache is { } cache)
        {
            if (cache.WriteProblem is { } problem)
            {
                console.Problem($"the page-text cache {cache.Folder} could not be written ({problem}); those letters were read from their PDFs.");
            }
            if (cache.Writes > 0)
            {
                cache.Trim();
            }
        }
        sink.Totals.Suppressed = baseline.Suppressed;
        sink.Complete();
        target.Commit();
        folder?.Commit();
        if (options.Baseline is not null)
        {
            int stale = baseline.Unmatched(checkedLetters);
            console.Problem($"baseline {options.Baseline}: {baseline.Suppressed} finding(s) accepted, {stale} of its {baseline.Count} entr{(baseline.Count == 1 ? "y" : "ies")} no longer match a finding{(stale > 0 ? " (regenerate it with --write-baseline to drop them)" : "")}.");
        }
        bool failed = letters.Missing || sink.Totals.Failures.Count > 0;
        if (options.WriteBaseline is { } baselineOut)
        {
            int written = Baseline.Write(baselineOut, recorded, console.Error);
            if (written < 0)
            {
                return ExitCode.UsageOrInput;
            }
            console.Problem($"wrote {written} finding(s) to the baseline {baselineOut}.");
            // Recording a baseline is not a verdict on the letters: only a run that could not read everything fails.
            return failed ? ExitCode.UsageOrInput : ExitCode.Clean;
        }
        if (failed)
        {
            return ExitCode.UsageOrInput;
        }
        return sink.HasErrors ? ExitCode.Findings : ExitCode.Clean;
    }

    /// <summary>
    /// Loads the catalogue and makes the linter, then runs what every worker would otherwise pay for on its first
    /// letter — the catalogue's name index, the first compilation of the letter scanner's and the resolver's hot
    /// paths — on a tiny letter of its own, whose result is dropped (reading and resolving have no state a letter
    /// could change).
    /// </summary>
    private static (LetterLinter Linter, bool Broken) LoadLinter(string[] catalogues, TextWriter error)
    {
        var catalogue = ShippedCatalogue.LoadWith(catalogues, error, out bool broken);
        var linter = new LetterLinter(catalogue);
        if (!broken)
        {
            LetterReader.Read(WarmUpLetter);
            new CitationResolver(catalogue).Analyze(WarmUpCitation, new GuidelineDate(2016, 1, 4));
        }
        return (linter, broken);
    }

    private const string WarmUpLetter = "Decision Date: 01/04/2016\nIMR ISSUES, DECISIONS AND RATIONALES\nAn item: Upheld\n"
        + "Claims Administrator guideline: Decision based on MTUS.\nMAXIMUS guideline: Decision based on MTUS.\nDecision rationale: MTUS.\n";

    private const string WarmUpCitation = "Decision based on MTUS Chronic Pain Medical Treatment Guidelines Opioids Page(s): 74-96 of 127; 8 C.C.R. 9792.20 - 9792.26";

    /// <summary>From this many inputs on, the start-up's garbage is collected before the letters are read.</summary>
    private const int ManyLetters = 4096;

    /// <summary>The longest message a finding prints; a longer one (quoting a huge span of a letter) is cut.</summary>
    private const int MaxMessage = 1000;

    /// <summary>
    /// The report with each finding at its configured severity (findings configured to none are dropped) and
    /// with a bounded message.
    /// </summary>
    private static LetterReport Configure(LetterReport report, SeverityPolicy policy)
    {
        if (policy.IsEmpty && report.Findings.All(f => f.Message.Length <= MaxMessage))
        {
            return report;
        }
        var findings = new List<LetterFinding>(report.Findings.Count);
        foreach (var finding in report.Findings)
        {
            var severity = policy.Apply(finding.Rule, finding.Severity, finding.File);
            if (severity == ImrSeverity.Hidden)
            {
                continue;
            }
            var configured = severity == finding.Severity ? finding : finding with { Severity = severity };
            if (configured.Message.Length > MaxMessage)
            {
                configured = configured with { Message = configured.Message[..MaxMessage] + $"... ({configured.Message.Length - MaxMessage} more characters)" };
            }
            findings.Add(configured);
        }
        return report with { Findings = findings };
    }

    /// <summary>
    /// Checks the inputs in parallel, one worker per core, and yields each one's report (a letter's, or the finding
    /// that says why it was not read) or read failure in input order as soon as it and those before it are done;
    /// workers run at most a window of letters ahead of the writer, so memory is bounded by the window, not by the
    /// corpus. With <paramref name="keepText"/>, each letter's text too (for the HTML report).
    /// </summary>
    private static IEnumerable<(LetterReport? Report, bool IsLetter, LetterDocument? Letter, (string File, string Message)? Failure)> CheckInOrder(
        List<LetterInput> inputs, LetterLinter linter, LetterLimits limits, PageTextCache? cache, CliConsole console, Progress progress, bool keepText)
    {
        int workers = Environment.ProcessorCount;
        return OrderedParallel.Map(inputs, input => Check(input, linter, limits, cache, console, progress, keepText), workers, Math.Max(16, workers * 16));
    }

    private static (LetterReport? Report, bool IsLetter, LetterDocument? Letter, (string File, string Message)? Failure) Check(
        LetterInput input, LetterLinter linter, LetterLimits limits, PageTextCache? cache, CliConsole console, Progress progress, bool keepText)
    {
        try
        {
            if (input.SkipReason is { } reason)
            {
                return (InputRules.Refusal(input.Path, InputRules.Skipped, new object?[] { reason }, "skipped"), false, null, null);
            }
            var read = input.Path == "-" ? LetterDocument.FromStandardInput(console.Input, limits) : LetterDocument.Read(input.Path, limits, cache);
            if (read.Letter is { } letter)
            {
                return (linter.Lint(letter), true, keepText ? letter : null, null);
            }
            return (InputRules.Refusal(input.Path, read.Refusal!, read.Arguments, read.Key), false, null, null);
        }
        catch (LetterReadException ex)
        {
            return (null, false, null, (input.Path, ex.Message));
        }
        catch (Exception ex) when (ex is not (OperationCanceledException or OutOfMemoryException))
        {
            // A defect of the tool on one letter must not cost the others their findings: this letter fails, named, the run
            // goes on and exits as one that could not check everything.
            return (null, false, null, (input.Path, $"{input.Path}: internal error while checking this letter ({ex.GetType().Name}: {ex.Message.TrimEnd('.')}); the other letters were checked. Please report it."));
        }
        finally
        {
            progress.Step();
        }
    }
}
