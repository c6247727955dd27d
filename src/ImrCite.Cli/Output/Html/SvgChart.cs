namespace ImrCite.Cli.Output.Html;

/// <summary>One bar of a chart: its label and a value per series (stacked left to right).</summary>
internal sealed record ChartRow(string Label, IReadOnlyList<int> Values);

/// <summary>A series of a chart: its name (in the legend) and the CSS class that colours its bars.</summary>
internal sealed record ChartSeries(string Name, string CssClass);

/// <summary>
/// Horizontal bar charts as inline SVG. A chart is an image with a name (<c>role="img"</c>, its title) and a short
/// description; the page puts a table of the same figures beside it, the chart's text equivalent.
/// </summary>
internal static class SvgChart
{
    private const int Width = 760;
    private const int LabelWidth = 340;
    private const int BarArea = 350;
    private const int RowHeight = 24;
    private const int MaxLabel = 42;

    /// <summary>
    /// Writes a chart; <paramref name="description"/> summarises what it shows (read by screen readers). A long label is
    /// cut at its end, or in its middle with <paramref name="cutInTheMiddle"/> (names that differ at their end, such as
    /// the chapters of one series).
    /// </summary>
    public static void Bars(TextWriter output, string id, string title, string description, IReadOnlyList<ChartRow> rows, IReadOnlyList<ChartSeries> series,
        bool cutInTheMiddle = false)
    {
        int height = Math.Max(1, rows.Count) * RowHeight + 8;
        int max = Math.Max(1, rows.Count == 0 ? 1 : rows.Max(r => r.Values.Sum()));
        output.Write($"<svg class=\"chart\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\" xmlns=\"http://www.w3.org/2000/svg\">");
        output.Write($"<title id=\"{id}-title\">{Html.Text(title)}</title><desc id=\"{id}-desc\">{Html.Text(description)}</desc>");
        for (int r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            int top = 4 + r * RowHeight;
            string label = row.Label.Length <= MaxLabel ? row.Label
                : cutInTheMiddle ? row.Label[..14].TrimEnd() + "…" + row.Label[^(MaxLabel - 15)..].TrimStart()
                : row.Label[..(MaxLabel - 1)] + "…";
            output.Write($"<text x=\"{LabelWidth - 8}\" y=\"{top + 16}\" text-anchor=\"end\">{Html.Text(label)}</text>");
            double x = LabelWidth;
            for (int s = 0; s < row.Values.Count && s < series.Count; s++)
            {
                int value = row.Values[s];
                if (value <= 0)
                {
                    continue;
                }
                double width = Math.Max(1.5, (double)value / max * BarArea);
                output.Write($"<rect class=\"{series[s].CssClass}\" x=\"{Number(x)}\" y=\"{top + 3}\" width=\"{Number(width)}\" height=\"{RowHeight - 8}\"></rect>");
                x += width;
            }
            output.Write($"<text x=\"{Number(x + 6)}\" y=\"{top + 16}\">{row.Values.Sum().ToString(CultureInfo.InvariantCulture)}</text>");
        }
        output.Write("</svg>\n");
        if (series.Count > 1)
        {
            output.Write("<ul class=\"legend\">");
            foreach (var item in series)
            {
                output.Write($"<li><svg width=\"14\" height=\"14\" aria-hidden=\"true\" focusable=\"false\"><rect class=\"{item.CssClass}\" width=\"14\" height=\"14\"></rect></svg> {Html.Text(item.Name)}</li>");
            }
            output.Write("</ul>\n");
        }
    }

    private static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
