namespace ImrCite.Cli.Output;

/// <summary>The totals of a lint run, for the last line of the text output and the run's SARIF invocation.</summary>
public sealed class LintTotals
{
    /// <summary>Letters read and checked.</summary>
    public int Letters { get; set; }

    /// <summary>Inputs not read (over the cap, not text, not a regular file), each reported by a finding.</summary>
    public int NotRead { get; set; }

    /// <summary>Disputed items found.</summary>
    public int Items { get; set; }

    /// <summary>Citations resolved.</summary>
    public int Citations { get; set; }

    /// <summary>Citations recognised but not checked: topics of guidelines the catalogue holds only in part.</summary>
    public int Unverified { get; set; }

    /// <summary>Findings by severity.</summary>
    public int Errors { get; set; }

    /// <summary>Warnings reported.</summary>
    public int Warnings { get; set; }

    /// <summary>Notes reported.</summary>
    public int Notes { get; set; }

    /// <summary>Findings a baseline accepted (not reported).</summary>
    public int Suppressed { get; set; }

    /// <summary>Files that could not be read (named on standard error, and in SARIF as notifications).</summary>
    public List<(string File, string Message)> Failures { get; } = new();
}

/// <summary>
/// Receives letter reports in input order as they are checked and writes what it can at once, so memory stays
/// bounded by the findings, not by the letters: text streams whole reports; JSON streams citations and keeps
/// findings and summaries (small rows) for the end; SARIF keeps only findings; HTML writes each letter's section or
/// page as it comes and keeps a row of figures per letter for the summary.
/// </summary>
public abstract class LintSink
{
    /// <summary>What has been reported so far.</summary>
    public LintTotals Totals { get; } = new();

    /// <summary>Whether any finding reported has error severity.</summary>
    public bool HasErrors => Totals.Errors > 0;

    /// <summary>
    /// Takes one report (its findings already configured and filtered by the baseline); <paramref name="isLetter"/>
    /// is false for an input that was not read, whose report is only the finding that says why. <paramref name="letter"/>
    /// is the letter's text, for a sink that shows it (<see cref="WantsLetterText"/>).
    /// </summary>
    public void Add(LetterReport report, bool isLetter = true, LetterDocument? letter = null)
    {
        IsLetter = isLetter;
        Letter = letter;
        if (isLetter)
        {
            Totals.Letters++;
        }
        else
        {
            Totals.NotRead++;
        }
        Totals.Items += report.Items.Count;
        foreach (var citation in report.Citations)
        {
            Totals.Citations += citation.Resolved is null ? 0 : 1;
            Totals.Unverified += citation.Outcome == ImrCite.Citations.CitationOutcome.Unverified ? 1 : 0;
        }
        foreach (var finding in report.Findings)
        {
            switch (finding.Severity)
            {
                case ImrSeverity.Error: Totals.Errors++; break;
                case ImrSeverity.Warning: Totals.Warnings++; break;
                default: Totals.Notes++; break;
            }
        }
        Write(report);
        Letter = null; // kept no longer than its report is written
    }

    /// <summary>Whether the report being written is a letter that was read.</summary>
    protected bool IsLetter { get; private set; } = true;

    /// <summary>The text of the letter being written, when the sink asked for it (<see cref="WantsLetterText"/>).</summary>
    protected LetterDocument? Letter { get; private set; }

    /// <summary>True when the sink shows each letter's text: the caller then passes it to <see cref="Add"/>.</summary>
    public virtual bool WantsLetterText => false;

    /// <summary>Records a file that could not be read.</summary>
    public void AddFailure(string file, string message) => Totals.Failures.Add((file, message));

    /// <summary>Writes one report.</summary>
    protected abstract void Write(LetterReport report);

    /// <summary>Ends the output.</summary>
    public abstract void Complete();
}
