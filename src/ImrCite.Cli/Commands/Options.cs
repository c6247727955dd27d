namespace ImrCite.Cli.Commands;

/// <summary>The options several commands share, defined once so they read and behave the same everywhere.</summary>
internal static class Options
{
    /// <summary><c>--format</c>, the first value the default.</summary>
    public static Option<string> Format(params string[] formats) => OneOf("--format", "The output format.", formats);

    /// <summary>
    /// An option that takes one of <paramref name="values"/>, the first the default: shells complete them, and another
    /// value is refused with the option's name and the values it takes.
    /// </summary>
    public static Option<string> OneOf(string name, string description, params string[] values)
    {
        var option = new Option<string>(name) { Description = description, DefaultValueFactory = _ => values[0], HelpName = string.Join('|', values) };
        option.CompletionSources.Add(values);
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && !values.Contains(result.Tokens[^1].Value, StringComparer.Ordinal))
            {
                result.AddError($"{name}: '{result.Tokens[^1].Value}' is not one of {string.Join(", ", values)}.");
            }
        });
        return option;
    }

    /// <summary>
    /// An option that takes a count from <paramref name="minimum"/> on (<c>--max-pdf-pages</c>, <c>--top</c>); a value
    /// that is not one is refused with the option's name and what it takes, not the parser's type name.
    /// </summary>
    public static Option<int> Count(string name, string description, int defaultValue, int minimum)
    {
        return new Option<int>(name)
        {
            Description = description,
            DefaultValueFactory = _ => defaultValue,
            HelpName = "N",
            CustomParser = result =>
            {
                string token = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
                if (int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out int value) && value >= minimum)
                {
                    return value;
                }
                result.AddError($"{name}: '{token}' is not a whole number from {minimum} (the default is {defaultValue}).");
                return defaultValue;
            },
        };
    }

    /// <summary><c>--output FILE</c>: the result written atomically to a file instead of standard output.</summary>
    public static Option<string?> Output() => new("--output", "-o") { HelpName = "FILE", Description = "Write the result to this file (atomically: complete or not at all) instead of standard output." };

    /// <summary><c>--severity IMRxxxx=level</c>, repeatable; wins over configuration files.</summary>
    public static Option<string[]> Severities() => new("--severity") { HelpName = "IMRxxxx=LEVEL", Description = "A rule's severity, IMRxxxx=error|warning|note|none (repeatable); wins over .editorconfig and .globalconfig." };

    /// <summary><c>--config FILE</c>, repeatable: .editorconfig or .globalconfig files read with the discovered ones.</summary>
    public static Option<string[]> Config() => new("--config") { HelpName = "FILE", Description = "An .editorconfig or .globalconfig file to read besides those found above the inputs (repeatable)." };
}
