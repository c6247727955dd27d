namespace ImrCite.Catalogue;

/// <summary>A calendar date (yyyy-MM-dd) for effective windows; usable on every target framework.</summary>
#if IMRCITE_PUBLIC
public readonly struct GuidelineDate : IEquatable<GuidelineDate>, IComparable<GuidelineDate>
#else
internal readonly struct GuidelineDate : IEquatable<GuidelineDate>, IComparable<GuidelineDate>
#endif
{
    /// <summary>Creates a date; the parts must form a real calendar date.</summary>
    public GuidelineDate(int year, int month, int day)
    {
        if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            throw new ArgumentOutOfRangeException(nameof(day), $"{year:D4}-{month:D2}-{day:D2} is not a calendar date.");
        }
        Year = year;
        Month = month;
        Day = day;
    }

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary>The month, 1-12.</summary>
    public int Month { get; }

    /// <summary>The day of the month.</summary>
    public int Day { get; }

    private int Ordinal => Year * 10000 + Month * 100 + Day;

    /// <summary>Parses yyyy-MM-dd; false for anything else or a date that does not exist.</summary>
    public static bool TryParse(string? text, out GuidelineDate date)
    {
        date = default;
        if (text is null || text.Length != 10 || text[4] != '-' || text[7] != '-')
        {
            return false;
        }
        if (!int.TryParse(text.Substring(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int year)
            || !int.TryParse(text.Substring(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int month)
            || !int.TryParse(text.Substring(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int day))
        {
            return false;
        }
        if (year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }
        date = new GuidelineDate(year, month, day);
        return true;
    }

    /// <summary>Parses yyyy-MM-dd or throws <see cref="FormatException"/>.</summary>
    public static GuidelineDate Parse(string text) =>
        TryParse(text, out var date) ? date : throw new FormatException($"'{text}' is not a date in the form yyyy-MM-dd.");

    /// <summary>The date of a <see cref="DateTime"/>.</summary>
    public static GuidelineDate FromDateTime(DateTime value) => new GuidelineDate(value.Year, value.Month, value.Day);

    /// <summary>yyyy-MM-dd.</summary>
    public override string ToString() => $"{Year:D4}-{Month:D2}-{Day:D2}";

    /// <inheritdoc />
    public bool Equals(GuidelineDate other) => Ordinal == other.Ordinal;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is GuidelineDate other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Ordinal;

    /// <inheritdoc />
    public int CompareTo(GuidelineDate other) => Ordinal.CompareTo(other.Ordinal);

    /// <summary>Earlier than.</summary>
    public static bool operator <(GuidelineDate left, GuidelineDate right) => left.Ordinal < right.Ordinal;

    /// <summary>Later than.</summary>
    public static bool operator >(GuidelineDate left, GuidelineDate right) => left.Ordinal > right.Ordinal;

    /// <summary>Not later than.</summary>
    public static bool operator <=(GuidelineDate left, GuidelineDate right) => left.Ordinal <= right.Ordinal;

    /// <summary>Not earlier than.</summary>
    public static bool operator >=(GuidelineDate left, GuidelineDate right) => left.Ordinal >= right.Ordinal;

    /// <summary>Same day.</summary>
    public static bool operator ==(GuidelineDate left, GuidelineDate right) => left.Equals(right);

    /// <summary>Different day.</summary>
    public static bool operator !=(GuidelineDate left, GuidelineDate right) => !left.Equals(right);
}
