using Microsoft.CodeAnalysis.CSharp;

namespace ImrCite.Generators;

/// <summary>Turns catalogue titles into C# identifiers and catalogue strings into safe C# and XML text.</summary>
internal static class Identifiers
{
    private const int MaxLength = 80;

    /// <summary>"Opioids, criteria for use" → "OpioidsCriteriaForUse"; "1.4 Opioids..." → "_1_4OpioidsFor..."; "class" → "Class".</summary>
    public static string FromTitle(string title)
    {
        var builder = new StringBuilder();
        var word = new StringBuilder();
        void Flush()
        {
            if (word.Length == 0)
            {
                return;
            }
            if (char.IsDigit(word[0]) && builder.Length > 0 && char.IsDigit(builder[builder.Length - 1]))
            {
                builder.Append('_'); // "1.4" → "1_4", not "14"
            }
            builder.Append(char.ToUpperInvariant(word[0])).Append(word.ToString(1, word.Length - 1));
            word.Clear();
        }
        foreach (char c in WellFormed(title).Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue; // "é" → "e"
            }
            if (char.IsLetterOrDigit(c) && SyntaxFacts.IsIdentifierPartCharacter(c))
            {
                word.Append(c);
            }
            else
            {
                Flush();
            }
        }
        Flush();
        return Sanitize(builder.ToString());
    }

    /// <summary>
    /// The text with every lone surrogate and noncharacter (U+FDD0–U+FDEF, U+xxFFFE, U+xxFFFF) made a space.
    /// Catalogue strings may hold them (JSON allows them), but Unicode normalisation refuses them, and none
    /// can be part of an identifier or of XML text.
    /// </summary>
    public static string WellFormed(string text)
    {
        StringBuilder? builder = null;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            int code = pair ? char.ConvertToUtf32(c, text[i + 1]) : c;
            bool bad = (!pair && char.IsSurrogate(c)) || IsNoncharacter(code);
            if (bad && builder is null)
            {
                builder = new StringBuilder(text.Length).Append(text, 0, i);
            }
            if (builder is not null)
            {
                if (bad)
                {
                    builder.Append(' ');
                }
                else
                {
                    builder.Append(c);
                    if (pair)
                    {
                        builder.Append(text[i + 1]);
                    }
                }
            }
            if (pair)
            {
                i++;
            }
        }
        return builder?.ToString() ?? text;
    }

    private static bool IsNoncharacter(int code) => (code >= 0xFDD0 && code <= 0xFDEF) || (code & 0xFFFE) == 0xFFFE;

    /// <summary>Makes any string a valid identifier: a leading digit gets '_', keywords get '@', empty becomes "Item".</summary>
    public static string Sanitize(string name)
    {
        var builder = new StringBuilder();
        foreach (char c in name)
        {
            if (SyntaxFacts.IsIdentifierPartCharacter(c) && !char.IsControl(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format)
            {
                builder.Append(c);
            }
        }
        string result = builder.ToString().TrimEnd('_');
        if (result.Length > MaxLength)
        {
            result = result.Substring(0, MaxLength).TrimEnd('_');
        }
        if (result.Length == 0)
        {
            return "Item";
        }
        if (!SyntaxFacts.IsIdentifierStartCharacter(result[0]))
        {
            result = "_" + result;
        }
        if (SyntaxFacts.GetKeywordKind(result) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(result) != SyntaxKind.None)
        {
            result = "@" + result;
        }
        return result;
    }

    /// <summary>A C# string literal for any text: quotes, backslashes, control and non-ASCII characters escaped.</summary>
    public static string Literal(string? value)
    {
        if (value is null)
        {
            return "null";
        }
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (char c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < 0x20 || c > 0x7E)
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }
                    break;
            }
        }
        builder.Append('"');
        return builder.ToString();
    }

    /// <summary>
    /// Text safe inside an XML doc comment line: markup escaped; line breaks, control characters, lone
    /// surrogates and noncharacters (which XML does not allow) made spaces.
    /// </summary>
    public static string XmlDoc(string? value)
    {
        if (value is null)
        {
            return "";
        }
        var builder = new StringBuilder(value.Length);
        foreach (char c in WellFormed(value))
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                default:
                    builder.Append(char.IsControl(c) || c == '\u2028' || c == '\u2029' || c == '\u0085' ? ' ' : c);
                    break;
            }
        }
        return builder.ToString();
    }
}

/// <summary>
/// Hands out names unique in one scope: the wanted name, or it with the first free numeric suffix ("Opioids",
/// "Opioids2", …). Names are kept without '@'. Give a case-insensitive comparer where names become hint
/// names (Roslyn compares those ignoring case). Each name costs amortised constant time, however many want
/// the same one: the next suffix to try is remembered per name.
/// </summary>
internal sealed class UniqueNames
{
    private readonly HashSet<string> _used;
    private readonly Dictionary<string, int> _nextSuffix;

    public UniqueNames(IEnumerable<string> reserved, StringComparer comparer)
    {
        _used = new HashSet<string>(reserved, comparer);
        _nextSuffix = new Dictionary<string, int>(comparer);
    }

    /// <summary>Marks a name as taken.</summary>
    public void Reserve(string name) => _used.Add(name.TrimStart('@'));

    /// <summary>Returns <paramref name="wanted"/>, or it with the first free numeric suffix, and marks it taken.</summary>
    public string Take(string wanted)
    {
        string bare = wanted.TrimStart('@');
        if (_used.Add(bare))
        {
            return wanted;
        }
        int suffix = _nextSuffix.TryGetValue(bare, out int next) ? next : 2;
        string candidate = bare + suffix.ToString(CultureInfo.InvariantCulture);
        while (!_used.Add(candidate))
        {
            suffix++;
            candidate = bare + suffix.ToString(CultureInfo.InvariantCulture);
        }
        _nextSuffix[bare] = suffix + 1;
        return candidate;
    }
}
