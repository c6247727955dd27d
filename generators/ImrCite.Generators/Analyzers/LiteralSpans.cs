using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace ImrCite.Generators.Analyzers;

/// <summary>
/// Maps offsets in a string constant's value back to source positions inside its literal. The map is built once
/// per literal (<see cref="For"/>) and then answers each problem in constant time: a literal with thousands of
/// problems costs its length once, not once per problem.
/// </summary>
internal sealed class LiteralSpans
{
    private readonly SyntaxNode _syntax;
    private readonly int _tokenStart;
    private readonly int[]? _map;

    private LiteralSpans(SyntaxNode syntax, int tokenStart, int[]? map)
    {
        _syntax = syntax;
        _tokenStart = tokenStart;
        _map = map;
    }

    /// <summary>The mapping for <paramref name="syntax"/>: a plain or verbatim string literal maps character by character, anything else to the whole expression.</summary>
    public static LiteralSpans For(SyntaxNode syntax)
    {
        if (syntax is not LiteralExpressionSyntax { Token: var token } || !token.IsKind(SyntaxKind.StringLiteralToken))
        {
            return new LiteralSpans(syntax, 0, null);
        }
        return new LiteralSpans(syntax, token.SpanStart, BuildMap(token.Text, token.ValueText.Length));
    }

    /// <summary>Where the value's characters [<paramref name="start"/>, + <paramref name="length"/>) stand in the source.</summary>
    public Location Map(int start, int length)
    {
        if (_map is null)
        {
            return _syntax.GetLocation();
        }
        int from = Math.Max(0, Math.Min(start, _map.Length - 1));
        int to = Math.Max(from, Math.Min(start + Math.Max(length, 0), _map.Length - 1));
        return Location.Create(_syntax.SyntaxTree, TextSpan.FromBounds(_tokenStart + _map[from], _tokenStart + _map[to]));
    }

    /// <summary>map[i] = offset in the token text of value character i; map[value length] = offset of the closing quote.</summary>
    private static int[]? BuildMap(string text, int valueLength)
    {
        var map = new int[valueLength + 1];
        int value = 0;
        if (text.StartsWith("@\"", StringComparison.Ordinal))
        {
            int i = 2;
            while (i < text.Length - 1 && value < valueLength)
            {
                map[value++] = i;
                i += text[i] == '"' && i + 1 < text.Length - 1 && text[i + 1] == '"' ? 2 : 1;
            }
            map[value] = i;
            return value == valueLength ? map : null;
        }
        if (text.StartsWith("\"", StringComparison.Ordinal) && !text.StartsWith("\"\"\"", StringComparison.Ordinal))
        {
            int i = 1;
            while (i < text.Length - 1 && value < valueLength)
            {
                map[value++] = i;
                if (text[i] != '\\')
                {
                    i++;
                    continue;
                }
                char kind = i + 1 < text.Length ? text[i + 1] : ' ';
                int width = kind == 'u' ? 6 : kind == 'U' ? 10 : kind == 'x' ? HexWidth(text, i + 2) + 2 : 2;
                if (kind == 'U')
                {
                    // A \U escape above U+FFFF is two UTF-16 characters.
                    if (value < valueLength && long.TryParse(text.Substring(i + 2, Math.Min(8, text.Length - i - 2)), System.Globalization.NumberStyles.HexNumber, null, out long code) && code > 0xFFFF)
                    {
                        map[value++] = i;
                    }
                }
                i += width;
            }
            map[value] = Math.Min(i, text.Length - 1);
            return value == valueLength ? map : null;
        }
        return null; // raw and interpolated strings: report on the whole literal
    }

    private static int HexWidth(string text, int start)
    {
        int width = 0;
        while (width < 4 && start + width < text.Length && Uri.IsHexDigit(text[start + width]))
        {
            width++;
        }
        return width;
    }
}
