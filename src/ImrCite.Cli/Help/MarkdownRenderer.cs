using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

using Style = Spectre.Console.Style;

namespace ImrCite.Cli.Help;

/// <summary>
/// Renders a rule page's Markdown for the terminal: headings, paragraphs wrapped to a width, lists, tables as
/// aligned rows, code blocks indented (in colour when colour is on). Links keep their text; a link to a web
/// address shows the address too.
/// </summary>
internal static class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    public static void Render(string markdown, StyledWriter output, int width)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        bool first = true;
        foreach (var block in document)
        {
            if (!first)
            {
                output.WriteLine();
            }
            first = false;
            RenderBlock(block, output, width, "");
        }
    }

    private static void RenderBlock(Block block, StyledWriter output, int width, string indent)
    {
        switch (block)
        {
            case HeadingBlock heading:
                Wrap(Runs(heading.Inline), output, width, indent, heading.Level == 1 ? StyledWriter.Title : StyledWriter.Heading);
                break;
            case ParagraphBlock paragraph:
                Wrap(Runs(paragraph.Inline), output, width, indent, null);
                break;
            case FencedCodeBlock or CodeBlock:
                var code = (LeafBlock)block;
                foreach (var line in code.Lines.Lines.Take(code.Lines.Count))
                {
                    output.WriteLine(indent + "    " + TerminalText.Escape(line.ToString()), StyledWriter.Code);
                }
                break;
            case ListBlock list:
                int number = 1;
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    string bullet = list.IsOrdered ? $"{number++}. " : "- ";
                    bool firstChild = true;
                    foreach (var child in item)
                    {
                        output.Write(indent + (firstChild ? "  " + bullet : new string(' ', 2 + bullet.Length)));
                        firstChild = false;
                        RenderBlock(child, output, width, "");
                    }
                }
                break;
            case Table table:
                RenderTable(table, output, indent);
                break;
            case QuoteBlock quote:
                foreach (var child in quote)
                {
                    RenderBlock(child, output, width, indent + "  | ");
                }
                break;
            case ThematicBreakBlock:
                output.WriteLine(indent + new string('-', Math.Min(width, 40)), StyledWriter.Dim);
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    RenderBlock(child, output, width, indent);
                }
                break;
            case LeafBlock leaf when leaf.Inline is not null:
                Wrap(Runs(leaf.Inline), output, width, indent, null);
                break;
        }
    }

    /// <summary>A table as aligned rows: the rule pages' key/value table reads as "Key   value".</summary>
    private static void RenderTable(Table table, StyledWriter output, string indent)
    {
        var rows = table.OfType<TableRow>()
            .Select(row => row.OfType<TableCell>().Select(cell => string.Concat(cell.OfType<ParagraphBlock>().SelectMany(p => Runs(p.Inline)).Select(r => r.Text)).Trim()).ToList())
            .Where(cells => cells.Any(c => c.Length > 0))
            .ToList();
        if (rows.Count == 0)
        {
            return;
        }
        int columns = rows.Max(r => r.Count);
        var widths = Enumerable.Range(0, columns).Select(c => rows.Where(r => c < r.Count - 1).Select(r => r[c].Length).DefaultIfEmpty(0).Max()).ToArray();
        foreach (var row in rows)
        {
            output.Write(indent);
            for (int c = 0; c < row.Count; c++)
            {
                string cell = TerminalText.Escape(row[c]);
                if (c < row.Count - 1)
                {
                    output.Write(cell.PadRight(widths[c] + 2), c == 0 ? StyledWriter.Heading : (Style?)null);
                }
                else
                {
                    output.Write(cell);
                }
            }
            output.WriteLine();
        }
    }

    private readonly record struct Run(string Text, Style? Style);

    private static List<Run> Runs(ContainerInline? inline)
    {
        var runs = new List<Run>();
        if (inline is not null)
        {
            AddRuns(inline, runs, null);
        }
        return runs;
    }

    private static void AddRuns(Inline inline, List<Run> runs, Style? style)
    {
        switch (inline)
        {
            case LiteralInline literal:
                runs.Add(new Run(literal.Content.ToString(), style));
                break;
            case CodeInline code:
                runs.Add(new Run(code.Content, StyledWriter.Code));
                break;
            case LineBreakInline:
                runs.Add(new Run(" ", style));
                break;
            case LinkInline link:
                foreach (var child in link)
                {
                    AddRuns(child, runs, style);
                }
                if (link.Url is { } url && url.StartsWith("http", StringComparison.OrdinalIgnoreCase))
                {
                    runs.Add(new Run($" ({url})", StyledWriter.Dim));
                }
                break;
            case EmphasisInline emphasis:
                foreach (var child in emphasis)
                {
                    AddRuns(child, runs, emphasis.DelimiterCount >= 2 ? StyledWriter.Heading : style);
                }
                break;
            case HtmlInline:
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    AddRuns(child, runs, style);
                }
                break;
        }
    }

    /// <summary>Writes runs word-wrapped at <paramref name="width"/>, each line starting with <paramref name="indent"/>.</summary>
    private static void Wrap(List<Run> runs, StyledWriter output, int width, string indent, Style? baseStyle)
    {
        int column = 0;
        bool lineStarted = false;
        bool pendingSpace = false;
        foreach (var run in runs)
        {
            string text = TerminalText.Escape(run.Text);
            int i = 0;
            while (i < text.Length)
            {
                if (text[i] == ' ')
                {
                    pendingSpace = lineStarted;
                    i++;
                    continue;
                }
                int end = text.IndexOf(' ', i);
                if (end < 0)
                {
                    end = text.Length;
                }
                string word = text[i..end];
                if (!lineStarted)
                {
                    output.Write(indent);
                    column = indent.Length;
                    lineStarted = true;
                }
                else if (pendingSpace && column + 1 + word.Length > width && column > indent.Length)
                {
                    output.WriteLine();
                    output.Write(indent);
                    column = indent.Length;
                    pendingSpace = false;
                }
                if (pendingSpace)
                {
                    output.Write(" ");
                    column++;
                }
                output.Write(word, run.Style ?? baseStyle);
                column += word.Length;
                pendingSpace = false;
                i = end;
            }
        }
        if (lineStarted)
        {
            output.WriteLine();
        }
    }
}
