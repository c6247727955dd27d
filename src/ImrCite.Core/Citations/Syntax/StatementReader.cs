using ImrCite.Diagnostics;

namespace ImrCite.Citations;

/// <summary>
/// Reads one statement — a run of citations — from text[start..end) into <see cref="CitationSegment"/>s: the
/// stateful reader behind <see cref="CitationSyntax"/>. It holds the text, the end and the position, and
/// remembers where the next statement phrase and regulation marker stand, so the text is read in one forward
/// pass: linear in its length however the citations follow each other, never throwing.
/// </summary>
/// <remarks>
/// The grammar: <c>[Decision based on] [Non-MTUS Citation] name words [Page(s): pages [of N]]</c>, or a
/// regulation reference (<c>8 C.C.R. 9792.20 - 9792.26</c>). A citation ends after its pages, before a
/// regulation reference, or before the next "Decision based on" or "and Other Medical Treatment Guidelines"
/// (which introduces another non-MTUS source). Phrases match across line breaks. Pages are read by
/// <c>StatementReader.Pages.cs</c>, regulation references by <c>StatementReader.Regulations.cs</c>.
/// </remarks>
internal partial struct StatementReader
{
    // Statement phrases, matched across line breaks: letters wrap "Decision based\non Non-MTUS Citation".
    private const string DecisionBasedOn = "decision based on";
    private const string NonMtusCitation = "non-mtus citation";
    // MAXIMUS letters join a second, other source to a non-MTUS citation: "ODG ... and Other Medical Treatment Guidelines www.mdguidelines.com".
    private const string AndOtherGuidelines = "and other medical treatment guidelines";
    // The words the phrase searches look for first (Scan.AnchorOf), worked out once rather than per statement.
    private static readonly string DecisionAnchor = Scan.AnchorOf(DecisionBasedOn);
    private static readonly string AndOtherAnchor = Scan.AnchorOf(AndOtherGuidelines);

    private readonly string _text;
    private readonly int _end;
    // Mutable structs, read and updated in place (never copied): no delegate or object per reader.
    private NextOccurrence _nextDecision = NextOccurrence.Start;
    private NextOccurrence _nextOtherGuidelines = NextOccurrence.Start;
    private NextOccurrence _nextRegulationMarker = NextOccurrence.Start;
    private int _position;

    /// <summary>A reader of text[start..end).</summary>
    public StatementReader(string text, int start, int end)
    {
        _text = text;
        _end = end < 0 || end > text.Length ? text.Length : end;
        _position = Math.Max(0, Math.Min(start, _end));
    }

    /// <summary>Reads every citation up to the end.</summary>
    public List<CitationSegment> ReadAll()
    {
        var segments = new List<CitationSegment>(1); // most statements hold one citation; a list's own first array holds four
        ReadAll(segments);
        return segments;
    }

    /// <summary>Reads every citation up to the end into <paramref name="segments"/>.</summary>
    public void ReadAll(List<CitationSegment> segments)
    {
        while (_position < _end)
        {
            _position = SkipSeparators(_position);
            if (_position >= _end)
            {
                break;
            }
            int before = _position;
            if (ReadCitation() is { } segment)
            {
                segments.Add(segment);
            }
            if (_position <= before)
            {
                _position = before + 1; // always make progress
            }
        }
    }

    private CitationSegment? ReadCitation()
    {
        var segment = new CitationSegment(_position);
        int bodyStart = SkipLead(_position, segment);
        // Everything this citation can hold lies before the next "Decision based on".
        int nextDecision = _nextDecision.IsKnownFrom(bodyStart + 1) ? _nextDecision.Found : _nextDecision.Remember(bodyStart + 1, Scan.IndexOfPhrase(_text, DecisionBasedOn, DecisionAnchor, bodyStart + 1, _end));
        int limit = nextDecision > 0 ? nextDecision : _end;
        int regulation = RegulationMarkerBefore(bodyStart, limit);
        if (regulation == bodyStart || (regulation > bodyStart && !Scan.HasLetters(_text, bodyStart, regulation)))
        {
            _position = ReadRegulation(regulation, segment);
            segment.End = _position;
            return segment;
        }

        if (regulation > bodyStart)
        {
            limit = regulation;
        }
        int nextOther = _nextOtherGuidelines.IsKnownFrom(bodyStart + 1) ? _nextOtherGuidelines.Found : _nextOtherGuidelines.Remember(bodyStart + 1, Scan.IndexOfPhrase(_text, AndOtherGuidelines, AndOtherAnchor, bodyStart + 1, _end));
        if (nextOther > 0 && nextOther < limit)
        {
            limit = nextOther;
        }

        int pages = FindPagesMarker(bodyStart, limit, out int listStart);
        if (pages < 0)
        {
            AddNamePart(segment, bodyStart, limit);
            _position = limit;
            segment.End = TrimEndPunctuation(bodyStart, limit);
            CheckParentheses(segment.Start, segment.End, segment);
            return segment.NameParts.Count == 0 && segment.Problems.Count == 0 ? null : segment;
        }

        AddNamePart(segment, bodyStart, pages);
        _position = ReadPageList(pages, listStart, limit, segment);
        // "(page 80)", "(pp. 74-96)": the bracket that closes around the pages belongs to the citation.
        int close = Scan.SkipSpaces(_text, _position, limit);
        if (close < limit && _text[close] == ')' && OpensBracketBefore(bodyStart, pages))
        {
            _position = close + 1;
        }
        segment.End = _position;
        CheckParentheses(segment.Start, segment.End, segment);
        return segment;
    }

    /// <summary>Past the lead phrases, in whatever order letters write them ("Non-MTUS Citation and Other Medical Treatment Guidelines ..."), each at most once.</summary>
    private int SkipLead(int position, CitationSegment segment)
    {
        position = Scan.SkipSpaces(_text, position, _end);
        bool decision = false, other = false, nonMtus = false;
        while (true)
        {
            int length;
            if (!decision && (length = Scan.PhraseLength(_text, position, _end, DecisionBasedOn)) > 0)
            {
                decision = true;
            }
            else if (!other && (length = Scan.PhraseLength(_text, position, _end, AndOtherGuidelines)) > 0)
            {
                other = true;
                segment.IsNonMtus = true;
            }
            else if (!nonMtus && (length = Scan.PhraseLength(_text, position, _end, NonMtusCitation)) > 0)
            {
                nonMtus = true;
                segment.IsNonMtus = true;
            }
            else
            {
                return position;
            }
            position = Scan.SkipSpaces(_text, position + length, _end);
            if (position < _end && _text[position] == ':')
            {
                position = Scan.SkipSpaces(_text, position + 1, _end);
            }
        }
    }

    private void AddNamePart(CitationSegment segment, int start, int end)
    {
        end = TrimEndPunctuation(start, end);
        start = Scan.SkipSpaces(_text, start, end);
        if (end > start && Scan.HasLettersOrDigits(_text, start, end))
        {
            segment.AddNamePart(start, end);
        }
    }

    private void CheckParentheses(int start, int end, CitationSegment segment)
    {
        // Most citations have no parentheses, or balanced ones: that is asked without a stack, jumping from one
        // parenthesis to the next with a vectorised search.
        var span = _text.AsSpan(start, Math.Max(0, end - start));
        int depth = 0;
        for (int at = span.IndexOfAny('(', ')'); at >= 0 && depth >= 0;)
        {
            depth += span[at] == '(' ? 1 : -1;
            int next = span.Slice(at + 1).IndexOfAny('(', ')');
            at = next < 0 ? -1 : at + 1 + next;
        }
        if (depth == 0)
        {
            return;
        }
        // One problem for the first ')' that has no '(' and one for the first '(' never closed, counting the others in
        // the message: a citation's parentheses are one structure, and 100,000 stray '(' must not be 100,000 findings.
        int unopenedAt = -1, unopened = 0;
        int openCount = 0, firstUnclosedAt = -1;
        for (int i = start; i < end; i++)
        {
            if (_text[i] == '(')
            {
                if (openCount++ == 0)
                {
                    firstUnclosedAt = i;
                }
            }
            else if (_text[i] == ')')
            {
                if (openCount > 0)
                {
                    openCount--;
                }
                else if (unopened++ == 0)
                {
                    unopenedAt = i;
                }
            }
        }
        if (unopened > 0)
        {
            segment.AddProblem(new CitationProblem(Rules.MalformedCitation,
                new object?[] { "This ')' has no matching '('" + Others(unopened - 1, "')' has no '('", "')' have no '('") }, unopenedAt, 1));
        }
        if (openCount > 0)
        {
            // "Page(s" is the common truncation; it is still an unclosed parenthesis. The first '(' still open at the end
            // is the outermost: every later one left open is inside it.
            segment.AddProblem(new CitationProblem(Rules.MalformedCitation,
                new object?[] { "This '(' is never closed" + Others(openCount - 1, "'(' after it is never closed", "'(' after it are never closed") }, firstUnclosedAt, 1));
        }
    }

    private static string Others(int count, string one, string many) => count switch
    {
        0 => "",
        1 => " (one more " + one + ")",
        _ => " (" + count.ToString("N0", CultureInfo.InvariantCulture) + " more " + many + ")",
    };

    /// <summary>True when a '(' is open at <paramref name="end"/>, counting from <paramref name="start"/>.</summary>
    private bool OpensBracketBefore(int start, int end)
    {
        int open = 0;
        for (int i = start; i < end; i++)
        {
            open += _text[i] == '(' ? 1 : _text[i] == ')' && open > 0 ? -1 : 0;
        }
        return open > 0;
    }

    private int SkipSeparators(int p)
    {
        while (p < _end && (char.IsWhiteSpace(_text[p]) || _text[p] == ';' || _text[p] == ',' || _text[p] == '.'))
        {
            p++;
        }
        return p;
    }

    private int TrimEndPunctuation(int start, int end)
    {
        while (end > start && (char.IsWhiteSpace(_text[end - 1]) || _text[end - 1] == ';' || _text[end - 1] == ',' || _text[end - 1] == '.' || _text[end - 1] == ':'))
        {
            end--;
        }
        return end;
    }

    /// <summary>Past the digits of a page number at <paramref name="p"/> (at most six), or <paramref name="p"/> when none stand there.</summary>
    private int ReadDigits(int p, int end)
    {
        int q = p;
        while (q < end && q - p < 6 && _text[q] >= '0' && _text[q] <= '9')
        {
            q++;
        }
        // A page number is a whole number, not the start of "12-8" table labels glued to letters.
        return q < end && char.IsLetter(_text[q]) ? p : q;
    }

    /// <summary>The number text[start..end) holds: at most six ASCII digits, as <see cref="ReadDigits"/> found them.</summary>
    private int ParseInt(int start, int end)
    {
        int value = 0;
        for (int i = start; i < end; i++)
        {
            value = value * 10 + (_text[i] - '0');
        }
        return value;
    }

    /// <summary>
    /// Past a range connector at <paramref name="p"/>, or <paramref name="p"/> itself. A dash always connects ("74-"
    /// is a range without its last page); the words "to" and "through" only when a number follows, past what
    /// what may stand before a number skips — a page word, or for <paramref name="regulation"/> numbers a regulation
    /// filler ("page 48 to the effect that ..." is one page).
    /// </summary>
    private int SkipRangeDash(int p, int end, bool regulation)
    {
        if (p < end && (_text[p] == '-' || _text[p] == '\u2013' || _text[p] == '\u2014' || _text[p] == '~'))
        {
            return p + 1;
        }
        int word = Scan.StartsWithWord(_text, p, end, "through") ? 7 : Scan.StartsWithWord(_text, p, end, "to") ? 2 : 0;
        if (word == 0)
        {
            return p;
        }
        int number = Scan.SkipSpaces(_text, p + word, end);
        number = regulation ? SkipRegulationFiller(number, end) : SkipPageWord(number, end);
        return Scan.StartsWithDigit(_text, number, end) ? p + word : p;
    }
}
