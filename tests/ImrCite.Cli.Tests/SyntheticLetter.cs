using System;
using System.IO;
using System.Linq;
using ImrCite.Cli.Commands;
using ImrCite.Cli.Letters;

namespace ImrCite.Cli.Tests;

/// <summary>
/// A synthetic letter of our own, linted once with the shipped catalogue (on first use), with the look-ups the topic
/// tests make of it: the IMR0200 findings about an item, and the line a text starts on.
/// </summary>
internal sealed class SyntheticLetter
{
    private readonly string _text;
    private readonly Lazy<LetterReport> _report;

    public SyntheticLetter(string fileName, string text)
    {
        _text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        _report = new Lazy<LetterReport>(() =>
        {
            var linter = new LetterLinter(ShippedCatalogue.LoadWith(Array.Empty<string>(), TextWriter.Null, out _));
            return linter.Lint(LetterDocument.FromText(Path.Combine(Tool.TempFolder(), fileName), _text));
        });
    }

    /// <summary>The letter's report.</summary>
    public LetterReport Report => _report.Value;

    /// <summary>The IMR0200 findings whose message quotes <paramref name="item"/>.</summary>
    public LetterFinding[] TopicFindings(string item) =>
        Report.Findings.Where(f => f.Rule.Id == "IMR0200" && f.Message.Contains("'" + item + "'", StringComparison.Ordinal)).ToArray();

    /// <summary>The 1-based number of the first line that starts with <paramref name="start"/>; 0 when none does.</summary>
    public int LineOf(string start) =>
        Array.FindIndex(_text.Split('\n'), line => line.StartsWith(start, StringComparison.Ordinal)) + 1;
}
