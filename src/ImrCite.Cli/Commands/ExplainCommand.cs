namespace ImrCite.Cli.Commands;

/// <summary>
/// <c>imrcite explain IMRxxxx</c>: the rule's page — what it checks, why, a wrong and a right example, how to
/// configure it — rendered in the terminal from the copy embedded in the tool (no network needed).
/// </summary>
internal static class ExplainCommand
{
    public static Command Create(CliConsole console)
    {
        var id = new Argument<string>("id") { Description = "A rule id, e.g. IMR0106." };
        var path = new Option<bool>("--path") { Description = "Print only the page's path in the ImrCite repository (docs/diagnostics/IMRxxxx.md)." };
        var markdown = new Option<bool>("--markdown") { Description = "Print the page's Markdown source instead of rendering it." };
        var command = RunnableCommand.Create("explain", "Show a rule's page: what it checks, why, wrong and right examples, how to configure it.",
            "imrcite explain IMR0103",
            [id, path, markdown],
            parse => Run(console, parse.GetValue(id)!, parse.GetValue(path), parse.GetValue(markdown), console.UseColour(parse)));
        return command;
    }

    /// <summary>106, 0106 and IMR106 read as the rule id IMR0106: people write a rule's number the short way.</summary>
    internal static string Normalize(string ruleId)
    {
        string text = ruleId.Trim();
        string digits = text.StartsWith("IMR", StringComparison.OrdinalIgnoreCase) ? text[3..] : text;
        return digits.Length is > 0 and <= 4 && digits.All(char.IsAsciiDigit) ? "IMR" + digits.PadLeft(4, '0') : text;
    }

    /// <summary>Every rule the tool can explain: the core's, the letter rules and the build rules.</summary>
    internal static RuleDescriptor? Find(string ruleId) =>
        LetterRules.Find(ruleId) ?? BuildRules.All.FirstOrDefault(r => string.Equals(r.Id, ruleId, StringComparison.OrdinalIgnoreCase));

    public static ExitCode Run(CliConsole console, string ruleId, bool pathOnly, bool markdown, bool colour)
    {
        var rule = Find(Normalize(ruleId));
        string? page = rule is null ? null : RulePages.Read(rule);
        if (rule is null)
        {
            console.Problem($"'{ruleId}' is not a rule id. Rules: {string.Join(", ", LetterRules.Everything().Concat(BuildRules.All).Select(r => r.Id))}.");
            return ExitCode.UsageOrInput;
        }
        var output = new StyledWriter(console.Output, colour);
        if (pathOnly)
        {
            output.WriteLine(rule.HelpPath);
            return ExitCode.Clean;
        }
        if (page is null)
        {
            // Every rule has a page (a test keeps it so); this only guards a tool built without them.
            output.WriteLine($"{rule.Id}: {rule.Title}", StyledWriter.Title);
            output.WriteLine($"Message: {rule.MessageFormat}");
        }
        else if (markdown)
        {
            console.Output.Write(page);
        }
        else
        {
            MarkdownRenderer.Render(page, output, console.TextWidth);
        }
        if (!markdown)
        {
            output.WriteLine();
            output.WriteLine($"Page: {rule.HelpPath} in the ImrCite repository ({rule.HelpLink}).", StyledWriter.Dim);
        }
        return ExitCode.Clean;
    }
}
