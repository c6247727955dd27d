using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ImrCite.Cli.Baselines;
using ImrCite.Cli.Configuration;
using ImrCite.Cli.Inputs;
using ImrCite.Cli.Letters;
using ImrCite.Cli.Output;

namespace ImrCite.Cli.Commands;

/// <summary>What <c>imrcite lint</c> was asked to do.</summary>
internal sealed record LintOptions(
    string[] Paths, string Format, string[] Catalogues, string[]? Include, string[]? Exclude,
    string[] Severities, string? Config, string? Baseline, string? WriteBaseline);

/// <summary><c>imrcite lint</c>: check every guideline citation in determination letters.</summary>
internal static class LintCommand
{
    public static Command Create(CliConsole console)
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
        command.SetAction(parse => (int)Run(console, new LintOptions(
            parse.GetValue(paths)!, parse.GetValue(format)!, parse.GetValue(catalogues) ?? Array.Empty<string>(),
            parse.GetValue(include), parse.GetValue(exclude), parse.GetValue(severities) ?? Array.Empty<string>(),
            parse.GetValue(config), parse.GetValue(baseline), parse.GetValue(writeBaseline))));
        return command;
    }

    /// <summary>Runs a lint: reads the configuration, checks the letters, writes the report.</summary>
    public static ExitCode Run(CliConsole console, LintOptions options)
    {
        var catalogue = ShippedCatalogue.LoadWith(options.Catalogues, console.Error, out bool catalogueBroken);
        if (catalogueBroken)
        {
            return ExitCode.UsageOrInput;
        }
        if (!SeverityConfiguration.TryRead(options.Severities, options.Config, console.Error, out var levels))
        {
            return ExitCode.UsageOrInput;
        }
        var files = LetterFiles.Expand(options.Paths, options.Include, options.Exclude, console.Error, out bool missing);
        var linter = new LetterLinter(catalogue, levels);
        var baseline = options.Baseline is null ? Baseline.None : Baseline.Read(options.Baseline, console.Error);
        if (baseline is null)
        {
            return ExitCode.UsageOrInput;
        }
        var sink = LintSink.For(options.Format, console.Output, console.OutputIsTerminal, console.WorkingDirectory);
        var fingerprints = new List<string>();
        bool anyFailure = false;
        foreach (var (reports, failures) in CheckInBatches(files, linter, console))
        {
            foreach (var failure in failures)
            {
                console.Problem(failure);
                anyFailure = true;
            }
            foreach (var report in reports)
            {
                fingerprints.AddRange(report.Findings.Select(f => f.Fingerprint));
                sink.Add(report with { Findings = report.Findings.Where(f => !baseline.Accepts(f.Fingerprint)).ToList() });
            }
        }
        sink.Complete();
        if (options.WriteBaseline is { } baselineOut)
        {
            Baseline.Write(baselineOut, fingerprints);
        }
        if (missing || anyFailure)
        {
            return ExitCode.UsageOrInput;
        }
        return sink.HasErrors ? ExitCode.Findings : ExitCode.Clean;
    }

    /// <summary>
    /// Checks the letters in parallel, a batch at a time, and yields each batch's reports and read failures in
    /// input order as it completes, so memory is bounded by the batch, not by the corpus.
    /// </summary>
    private static IEnumerable<(List<LetterReport> Reports, List<string> Failures)> CheckInBatches(List<string> files, LetterLinter linter, CliConsole console)
    {
        // Progress on the terminal only (standard error), never in redirected or captured output.
        bool progress = console.ErrorIsTerminal && files.Count > 1;
        int finished = 0;
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
                    var letter = file == "-" ? LetterDocument.FromText("-", console.Input.ReadToEnd()) : LetterDocument.Load(file);
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
                int done = Interlocked.Increment(ref finished);
                if (progress)
                {
                    lock (console.Error)
                    {
                        console.Error.Write($"\r  {done}/{files.Count} letters checked");
                        if (done == files.Count)
                        {
                            console.Error.WriteLine();
                        }
                    }
                }
            });
            yield return (reports.OfType<LetterReport>().ToList(), failures.OrderBy(f => f.Index).Select(f => f.Message).ToList());
        }
    }
}
