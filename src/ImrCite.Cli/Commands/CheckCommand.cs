using ImrCite.Citations;
using ImrCite.Cli.Configuration;

namespace ImrCite.Cli.Commands;

/// <summary>
/// <c>imrcite check "&lt;citation&gt;" [--as-of DATE]</c>: reads one citation string the way the analyzers and
/// <c>lint</c> read a guideline statement, and prints what it resolves to and every problem, underlined.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(CliConsole console)
    {
        var citation = new Argument<string>("citation") { Description = "The citation text, e.g. \"MTUS Chronic Pain Medical Treatment Guidelines Opioids Page(s): 74-96\"." };
        var asOf = new Option<string?>("--as-of") { HelpName = "yyyy-MM-dd", Description = "The decision date (yyyy-MM-dd): picks the version in force and checks supersession." };
        var format = Options.Format("text", "json");
        var output = Options.Output();
        var catalogues = new Option<string[]>("--catalogue") { HelpName = "FILE|FOLDER", Description = "Catalogue files or folders to add to the shipped catalogue.", AllowMultipleArgumentsPerToken = true };
        var severities = Options.Severities();
        var config = Options.Config();
        var command = RunnableCommand.Create("check", "Check one citation string against the catalogue.",
            "imrcite check \"MTUS Chronic Pain Medical Treatment Guidelines Opioids Page(s): 74-96 of 112\" --as-of 2015-06-01",
            [citation, asOf, format, output, catalogues, severities, config],
            parse => Run(console, parse.GetValue(citation)!, parse.GetValue(asOf), parse.GetValue(format)!, parse.GetValue(output),
            parse.GetValue(catalogues) ?? Array.Empty<string>(), parse.GetValue(severities) ?? Array.Empty<string>(), parse.GetValue(config) ?? Array.Empty<string>(), console.UseColour(parse)));
        return command;
    }

    public static ExitCode Run(CliConsole console, string text, string? asOfText, string format, string? outputPath, string[] catalogues, string[] severities, string[] configs, bool colour)
    {
        if (text.Trim().Length == 0)
        {
            console.Problem("check: the citation is empty; give its text in quotes, e.g. imrcite check \"MTUS Chronic Pain Medical Treatment Guidelines Opioids Page(s): 74-96\".");
            return ExitCode.UsageOrInput;
        }
        GuidelineDate? asOf = null;
        if (asOfText is not null)
        {
            if (!GuidelineDate.TryParse(asOfText, out var date))
            {
                console.Problem($"--as-of: '{asOfText}' is not a date (yyyy-MM-dd).");
                return ExitCode.UsageOrInput;
            }
            asOf = date;
        }
        var catalogue = ShippedCatalogue.LoadWith(catalogues, console.Error, out bool broken);
        var policy = broken ? null : SeverityPolicy.Create(severities, configs, new[] { console.WorkingDirectory }, discover: true, console.Error);
        if (policy is null)
        {
            return ExitCode.UsageOrInput;
        }
        var analysis = new CitationResolver(catalogue).Analyze(text, asOf);
        var problems = analysis.Problems
            .Select(p => (Problem: p, Severity: policy.Apply(p.Rule, p.Severity, "-")))
            .Where(p => p.Severity != ImrSeverity.Hidden)
            .ToList();
        var citations = analysis.Matches.Where(m => m.Citation is not null).ToList();
        using var target = OutputFile.Open(outputPath, console.Output, console.Error);
        if (target is null)
        {
            return ExitCode.UsageOrInput;
        }
        if (format == "json")
        {
            WriteJson(target, text, asOfText, citations, problems);
        }
        else
        {
            WriteText(new StyledWriter(target.Writer, colour && !target.IsFile), text, citations, problems);
        }
        target.Commit();
        return problems.Any(p => p.Severity == ImrSeverity.Error) ? ExitCode.Findings : ExitCode.Clean;
    }

    private static void WriteText(StyledWriter output, string text, List<CitationMatch> citations, List<(CitationProblem Problem, ImrSeverity Severity)> problems)
    {
        foreach (var match in citations)
        {
            output.Write("citation: ", StyledWriter.Heading);
            output.WriteLine(TerminalText.Escape(match.Citation!.ToString()));
        }
        foreach (var (problem, severity) in problems)
        {
            int column = problem.Start < 0 ? 1 : problem.Start + 1;
            output.Write($"citation(1,{column}): ");
            output.Write(Names.Severity(severity), TextLintSink.SeverityStyle(severity));
            output.WriteLine($" {problem.Id}: {TerminalText.Escape(problem.Message)}");
            var (window, start) = Snippet.Cut(text, 0, text.Length, Math.Max(0, problem.Start));
            var (snippet, caret) = TextLintSink.Render(window.Replace('\n', ' ').Replace('\r', ' '), start, Math.Max(1, problem.Length));
            output.WriteLine("    " + snippet);
            output.WriteLine("    " + caret, TextLintSink.SeverityStyle(severity));
        }
        output.WriteLine($"{citations.Count} citation(s); {problems.Count(p => p.Severity == ImrSeverity.Error)} error(s), {problems.Count(p => p.Severity == ImrSeverity.Warning)} warning(s), {problems.Count(p => p.Severity == ImrSeverity.Note)} note(s).");
    }

    private static void WriteJson(OutputFile target, string text, string? asOf, List<CitationMatch> citations, List<(CitationProblem Problem, ImrSeverity Severity)> problems)
    {
        using var json = new JsonOutput(target.Writer);
        var writer = json.Writer;
        writer.WriteStartObject();
        writer.WriteString("text", text);
        writer.WriteString("asOf", asOf);
        writer.WriteStartArray("citations");
        foreach (var match in citations)
        {
            var citation = match.Citation!;
            writer.WriteStartObject();
            writer.WriteNumber("start", match.Start);
            writer.WriteNumber("length", match.Length);
            writer.WriteString("normalized", citation.ToString());
            writer.WriteString("document", citation.Document.Id);
            writer.WriteString("section", citation.Section?.FullId);
            writer.WriteString("pages", citation.Pages?.ToString());
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteStartArray("findings");
        foreach (var (problem, severity) in problems)
        {
            writer.WriteStartObject();
            writer.WriteString("ruleId", problem.Id);
            writer.WriteString("severity", Names.Severity(severity));
            writer.WriteString("message", problem.Message);
            writer.WriteNumber("start", problem.Start);
            writer.WriteNumber("length", problem.Length);
            writer.WriteString("suggestion", problem.Suggestion);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
        json.Complete();
    }
}
