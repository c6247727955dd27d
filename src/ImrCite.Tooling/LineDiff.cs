namespace ImrCite.Tooling;

/// <summary>A small line diff (longest common subsequence) rendered in unified style, for <c>fmt --check</c>.</summary>
public static class LineDiff
{
    /// <summary>
    /// Returns a unified-style diff (<c>---</c>/<c>+++</c> headers, <c>@@ -a,b +c,d @@</c> hunks with
    /// <paramref name="context"/> lines of context) from <paramref name="oldText"/> to <paramref name="newText"/>;
    /// empty when the texts are equal. Lines are split on <c>"\n"</c>; a difference only in line endings is reported as such.
    /// </summary>
    /// <param name="oldText">The current text.</param>
    /// <param name="newText">The wanted text.</param>
    /// <param name="oldName">The name in the <c>---</c> header.</param>
    /// <param name="newName">The name in the <c>+++</c> header.</param>
    /// <param name="context">Lines of context around each change.</param>
    public static string Unified(string oldText, string newText, string oldName, string newName, int context = 3)
    {
        if (string.Equals(oldText, newText, StringComparison.Ordinal))
        {
            return "";
        }
        string[] a = Split(oldText);
        string[] b = Split(newText);
        var ops = Diff(a, b);
        var output = new StringBuilder();
        output.Append("--- ").Append(oldName).Append('\n');
        output.Append("+++ ").Append(newName).Append('\n');
        bool any = false;
        int i = 0;
        while (i < ops.Count)
        {
            if (ops[i].Kind == ' ')
            {
                i++;
                continue;
            }
            // A hunk: from `context` lines before this change to `context` lines after the last change that is near enough.
            int start = Math.Max(0, i - context);
            int end = i;
            while (end < ops.Count)
            {
                if (ops[end].Kind != ' ')
                {
                    end++;
                    continue;
                }
                int run = end;
                while (run < ops.Count && ops[run].Kind == ' ')
                {
                    run++;
                }
                if (run < ops.Count && run - end <= 2 * context)
                {
                    end = run;
                    continue;
                }
                end = Math.Min(ops.Count, end + context);
                break;
            }
            int oldStart = ops[start].OldLine, newStart = ops[start].NewLine, oldCount = 0, newCount = 0;
            var body = new StringBuilder();
            for (int k = start; k < end; k++)
            {
                body.Append(ops[k].Kind).Append(ops[k].Text).Append('\n');
                if (ops[k].Kind != '+')
                {
                    oldCount++;
                }
                if (ops[k].Kind != '-')
                {
                    newCount++;
                }
            }
            output.Append("@@ -").Append(Range(oldStart, oldCount)).Append(" +").Append(Range(newStart, newCount)).Append(" @@\n");
            output.Append(body);
            any = true;
            i = end;
        }
        if (!any)
        {
            output.Append("@@ line endings or trailing whitespace differ (the canonical file uses \"\\n\" and one final newline) @@\n");
        }
        return output.ToString();
    }

    private static string Range(int start, int count) =>
        count == 0 ? string.Create(CultureInfo.InvariantCulture, $"{start},0") : string.Create(CultureInfo.InvariantCulture, $"{start + 1},{count}");

    private static string[] Split(string text)
    {
        var lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            lines[i] = lines[i].TrimEnd('\r');
        }
        // A final newline does not make an extra empty line.
        if (lines.Length > 0 && lines[^1].Length == 0)
        {
            Array.Resize(ref lines, lines.Length - 1);
        }
        return lines;
    }

    private readonly record struct Op(char Kind, string Text, int OldLine, int NewLine);

    private static List<Op> Diff(string[] a, string[] b)
    {
        // Trim the common prefix and suffix, then LCS over the middle (catalogue files are small).
        int prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[a.Length - 1 - suffix] == b[b.Length - 1 - suffix])
        {
            suffix++;
        }
        int n = a.Length - prefix - suffix, m = b.Length - prefix - suffix;
        var lcs = new int[n + 1, m + 1];
        for (int x = n - 1; x >= 0; x--)
        {
            for (int y = m - 1; y >= 0; y--)
            {
                lcs[x, y] = a[prefix + x] == b[prefix + y] ? lcs[x + 1, y + 1] + 1 : Math.Max(lcs[x + 1, y], lcs[x, y + 1]);
            }
        }
        var ops = new List<Op>();
        for (int k = 0; k < prefix; k++)
        {
            ops.Add(new Op(' ', a[k], k, k));
        }
        int p = 0, q = 0;
        while (p < n || q < m)
        {
            if (p < n && q < m && a[prefix + p] == b[prefix + q])
            {
                ops.Add(new Op(' ', a[prefix + p], prefix + p, prefix + q));
                p++;
                q++;
            }
            else if (p < n && (q == m || lcs[p + 1, q] >= lcs[p, q + 1]))
            {
                ops.Add(new Op('-', a[prefix + p], prefix + p, prefix + q));
                p++;
            }
            else
            {
                ops.Add(new Op('+', b[prefix + q], prefix + p, prefix + q));
                q++;
            }
        }
        for (int k = 0; k < suffix; k++)
        {
            ops.Add(new Op(' ', a[prefix + n + k], prefix + n + k, prefix + m + k));
        }
        return ops;
    }
}
