namespace ImrCite.Citations;

/// <summary>One regulation number ("9792.24.2") as written, with its span.</summary>
internal sealed class RegulationNumber
{
    internal RegulationNumber(string text, int start)
    {
        Text = text;
        Start = start;
        IsWellFormed = IsRegulationNumber(text);
    }

    /// <summary>The number as written.</summary>
    public string Text { get; }

    /// <summary>0-based offset in the text.</summary>
    public int Start { get; }

    /// <summary>Length in characters.</summary>
    public int Length => Text.Length;

    /// <summary>True for the form nnnn.n[.n]... ("9792.20", "9792.24.2").</summary>
    public bool IsWellFormed { get; }

    internal static bool IsRegulationNumber(string text)
    {
        string[] parts = text.Split('.');
        if (parts.Length < 2 || parts.Length > 4 || parts[0].Length != 4)
        {
            return false;
        }
        foreach (string part in parts)
        {
            if (part.Length == 0 || part.Length > 4)
            {
                return false;
            }
            foreach (char c in part)
            {
                if (c < '0' || c > '9')
                {
                    return false;
                }
            }
        }
        return true;
    }

    /// <summary>Compares well-formed numbers component by component (9792.24.2 &lt; 9792.26).</summary>
    internal static int Compare(string left, string right)
    {
        string[] a = left.Split('.');
        string[] b = right.Split('.');
        for (int i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            int x = i < a.Length ? int.Parse(a[i], CultureInfo.InvariantCulture) : -1;
            int y = i < b.Length ? int.Parse(b[i], CultureInfo.InvariantCulture) : -1;
            if (x != y)
            {
                return x.CompareTo(y);
            }
        }
        return 0;
    }
}
