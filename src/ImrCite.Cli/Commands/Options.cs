namespace ImrCite.Cli.Commands;

/// <summary>The options several commands share, defined once so they read and behave the same everywhere.</summary>
internal static class Options
{
    /// <summary><c>--format</c>, the first value the default.</summary>
    public static Option<string> Format(params string[] formats)
    {
        var option = new Option<string>("--format") { Description = $"{string.Join(", ", formats)} (default {formats[0]}).", DefaultValueFactory = _ => formats[0] };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    /// <summary><c>--output FILE</c>: the result written atomically to a file instead of standard output.</summary>
    public static Option<string?> Output() => new("--output", "-o") { Description = "Write the result to this file (atomically: complete or not at all) instead of standard output." };

    /// <summary><c>--severity IMRxxxx=level</c>, repeatable; wins over configuration files.</summary>
    public static Option<string[]> Severities() => new("--severity") { Description = "A rule's severity, IMRxxxx=error|warning|note|none (repeatable); wins over .editorconfig and .globalconfig." };

    /// <summary><c>--config FILE</c>, repeatable: .editorconfig or .globalconfig files read with the discovered ones.</summary>
    public static Option<string[]> Config() => new("--config") { Description = "An .editorconfig or .globalconfig file to read besides those found above the inputs (repeatable)." };
}
