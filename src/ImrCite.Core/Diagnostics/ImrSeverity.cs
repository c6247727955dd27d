namespace ImrCite.Diagnostics;

/// <summary>How serious a finding is. Matches SARIF levels and the compiler's severities.</summary>
#if IMRCITE_PUBLIC
public enum ImrSeverity
#else
internal enum ImrSeverity
#endif
{
    /// <summary>Not reported.</summary>
    Hidden = 0,
    /// <summary>Informational.</summary>
    Note = 1,
    /// <summary>Probably wrong; does not fail a build by default.</summary>
    Warning = 2,
    /// <summary>Wrong.</summary>
    Error = 3,
}
