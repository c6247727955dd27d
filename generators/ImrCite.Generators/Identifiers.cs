using System.Collections.Generic;
using System.Globalization;
using System.Text;
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
        foreach (char c in title.Normalize(NormalizationForm.FormD))
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

    /// <summary>
    /// Returns <paramref name="wanted"/>, or it with the first free numeric suffix, and marks it used. Names
    /// are kept without '@'; give a case-insensitive set where names become hint names (Roslyn compares those ignoring case).
    /// </summary>
    public static string Unique(string wanted, HashSet<string> used)
    {
        string bare = wanted.TrimStart('@');
        string candidate = wanted;
        for (int suffix = 2; used.Contains(candidate.TrimStart('@')); suffix++)
        {
            candidate = bare + suffix.ToString(CultureInfo.InvariantCulture);
        }
        used.Add(candidate.TrimStart('@'));
        return candidate;
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

    /// <summary>Text safe inside an XML doc comment line: markup escaped, line breaks and control characters made spaces.</summary>
    public static string XmlDoc(string? value)
    {
        if (value is null)
        {
            return "";
        }
        var builder = new StringBuilder(value.Length);
        foreach (char c in value)
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
