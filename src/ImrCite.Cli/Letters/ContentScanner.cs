namespace ImrCite.Cli.Letters;

/// <summary>One operator of a content stream, with what <see cref="PdfPageGlyphs"/> needs of its operands.</summary>
/// <param name="Operator">The operator's bytes (<c>Tj</c>, <c>Do</c>, …).</param>
/// <param name="StringBytes">An upper bound of the bytes of its string operands (arrays included): a literal string's raw bytes, half a hex string's digits.</param>
/// <param name="Name">Its last name operand, without the slash (the XObject of a <c>Do</c>).</param>
internal readonly ref struct ContentOperator(ReadOnlySpan<byte> Operator, long StringBytes, ReadOnlySpan<byte> Name)
{
    public ReadOnlySpan<byte> Operator { get; } = Operator;

    public long StringBytes { get; } = StringBytes;

    public ReadOnlySpan<byte> Name { get; } = Name;

    /// <summary>Tj, TJ, ' or ": operators that show their string operands.</summary>
    public bool IsTextShowing => Operator.SequenceEqual("Tj"u8) || Operator.SequenceEqual("TJ"u8) || Operator.SequenceEqual("'"u8) || Operator.SequenceEqual("\""u8);

    /// <summary>Do: draws the XObject named by <see cref="Name"/>.</summary>
    public bool IsDo => Operator.SequenceEqual("Do"u8);
}

/// <summary>
/// A small, forgiving tokenizer of a decoded PDF content stream (ISO 32000-1, 7.2 and 8.9.7): it yields each operator
/// with the size of its string operands and its last name, and skips numbers, arrays, dictionaries, comments and
/// inline images (<c>BI … ID</c> data <c>EI</c>). Each byte is looked at a bounded number of times: linear time,
/// no allocation. Malformed content (an unterminated string) ends at the end of the stream.
/// </summary>
internal ref struct ContentScanner(ReadOnlySpan<byte> content)
{
    private readonly ReadOnlySpan<byte> _content = content;
    private int _at;

    /// <summary>The next operator; false at the end of the content.</summary>
    public bool Next(out ContentOperator op)
    {
        long stringBytes = 0;
        ReadOnlySpan<byte> name = default;
        var content = _content;
        while (_at < content.Length)
        {
            byte b = content[_at];
            if (IsWhiteSpace(b))
            {
                _at++;
            }
            else if (b == '%')
            {
                while (_at < content.Length && content[_at] != '\n' && content[_at] != '\r')
                {
                    _at++;
                }
            }
            else if (b == '(')
            {
                stringBytes += LiteralString();
            }
            else if (b == '<' && _at + 1 < content.Length && content[_at + 1] == '<')
            {
                _at += 2;
            }
            else if (b == '<')
            {
                stringBytes += HexString();
            }
            else if (b is (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)')')
            {
                _at++;
            }
            else if (b == '/')
            {
                int start = ++_at;
                SkipRegular();
                name = content[start.._at];
            }
            else
            {
                int start = _at;
                SkipRegular();
                var word = content[start.._at];
                if (IsOperand(word))
                {
                    continue;
                }
                if (word.SequenceEqual("BI"u8))
                {
                    SkipInlineImage();
                }
                op = new ContentOperator(word, stringBytes, name);
                return true;
            }
        }
        op = default;
        return false;
    }

    private static bool IsWhiteSpace(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;

    private static bool IsDelimiter(byte b) => b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    /// <summary>A number, true, false or null: an operand, not an operator.</summary>
    private static bool IsOperand(ReadOnlySpan<byte> word) =>
        word[0] is (byte)'+' or (byte)'-' or (byte)'.' or (>= (byte)'0' and <= (byte)'9')
        || word.SequenceEqual("true"u8) || word.SequenceEqual("false"u8) || word.SequenceEqual("null"u8);

    private void SkipRegular()
    {
        while (_at < _content.Length && !IsWhiteSpace(_content[_at]) && !IsDelimiter(_content[_at]))
        {
            _at++;
        }
    }

    /// <summary>A literal string from its '(' : balanced parentheses, backslash escapes; returns its raw length (at least its decoded length).</summary>
    private long LiteralString()
    {
        int start = ++_at;
        int depth = 1;
        while (_at < _content.Length)
        {
            byte b = _content[_at];
            if (b == '\\')
            {
                _at += 2;
                continue;
            }
            _at++;
            if (b == '(')
            {
                depth++;
            }
            else if (b == ')' && --depth == 0)
            {
                return _at - 1 - start;
            }
        }
        _at = _content.Length;
        return _at - start;
    }

    /// <summary>A hex string from its '&lt;': returns half its digits, rounded up.</summary>
    private long HexString()
    {
        _at++;
        long digits = 0;
        while (_at < _content.Length && _content[_at] != '>')
        {
            if (!IsWhiteSpace(_content[_at]))
            {
                digits++;
            }
            _at++;
        }
        _at = Math.Min(_at + 1, _content.Length);
        return (digits + 1) / 2;
    }

    /// <summary>After BI: the image dictionary up to ID, then the data up to an EI that stands as a word of its own.</summary>
    private void SkipInlineImage()
    {
        var content = _content;
        int id = content[_at..].IndexOf("ID"u8);
        if (id < 0)
        {
            _at = content.Length;
            return;
        }
        _at += id + 2;
        while (_at < content.Length)
        {
            int ei = content[_at..].IndexOf("EI"u8);
            if (ei < 0)
            {
                _at = content.Length;
                return;
            }
            int at = _at + ei;
            _at = at + 2;
            if (at > 0 && IsWhiteSpace(content[at - 1]) && (_at == content.Length || IsWhiteSpace(content[_at]) || IsDelimiter(content[_at])))
            {
                return;
            }
        }
    }
}
