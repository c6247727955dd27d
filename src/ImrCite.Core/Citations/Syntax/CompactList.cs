using ImrCite.Catalogue;

namespace ImrCite.Citations;

/// <summary>
/// How a finding names many pages or items of one citation: the first few and how many more ("612–640, 700, 702–710,
/// 800, 801 and 9 more"), so one finding per citation stays a line long however long the citation's list is.
/// </summary>
internal static class CompactList
{
    /// <summary>How many items a message names before "and N more".</summary>
    public const int Shown = 5;

    /// <summary>The pages as ascending, merged ranges, the first <see cref="Shown"/> of them and how many more.</summary>
    public static string Pages(PageSet pages)
    {
        var ranges = pages.Normalize().Ranges;
        var builder = new StringBuilder();
        for (int i = 0; i < ranges.Count && i < Shown; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }
            builder.Append(ranges[i].ToDisplayString());
        }
        return More(builder, ranges.Count).ToString();
    }

    /// <summary>Appends " and N more" when <paramref name="total"/> is over <see cref="Shown"/>.</summary>
    public static StringBuilder More(StringBuilder builder, int total) =>
        total > Shown ? builder.Append(" and ").Append((total - Shown).ToString(CultureInfo.InvariantCulture)).Append(" more") : builder;
}
