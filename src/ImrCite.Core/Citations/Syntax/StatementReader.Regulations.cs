using ImrCite.Diagnostics;

namespace ImrCite.Citations;

/// <summary>
/// Regulation references: a marker ("8 C.C.R.", "CCR", "Title 8 CCR", "Cal. Code Regs., tit. 8,", "§", "§§")
/// and a section number or a range of them ("9792.20 - 9792.26"). OCR noise in a number (':', '\'', ',' for
/// '.') and a range end that lost digits are reported with the repair suggested.
/// </summary>
internal partial struct StatementReader
{
    private static readonly string[] RegulationMarkers =
    {
        "california code of regulations", "cal. code of regs", "cal. code regs", "cal. code reg", "cal code regs",
        "c. c. r.", "c.c.r.", "c.c.r", "ccr", "\u00a7",
    };

    private static readonly string[] RegulationFillers = { "tit. 8", "title 8", "sections", "section", "secs.", "sec." };

    /// <summary>Where the regulation reference that starts first in [start, limit) begins (with its title number), or -1.</summary>
    private int RegulationMarkerBefore(int start, int limit)
    {
        int marker = _nextRegulationMarker.IsKnownFrom(start) ? _nextRegulationMarker.Found : _nextRegulationMarker.Remember(start, FindRegulationMarkerFrom(start));
        if (marker < 0 || marker >= limit)
        {
            return -1;
        }
        // Include a title number written before the marker: "8 C.C.R.", "Title 8 CCR".
        int back = marker;
        int q = marker - 1;
        while (q >= start && _text[q] == ' ')
        {
            q--;
        }
        if (q >= start && _text[q] == '8' && (q == start || !char.IsLetterOrDigit(_text[q - 1])))
        {
            back = q;
            if (back - 6 >= start && Scan.StartsWithIgnoreCase(_text, back - 6, _end, "title "))
            {
                back -= 6;
            }
        }
        return back;
    }

    /// <summary>The first regulation marker at or after <paramref name="from"/> that a section number follows soon, or -1.</summary>
    private int FindRegulationMarkerFrom(int from)
    {
        for (int i = from; i < _end; i++)
        {
            // Every marker starts with 'c' or '§' (only 'c' and 'C' lower to 'c'): jump to the next.
            int next = _text.AsSpan(i, _end - i).IndexOfAny('c', 'C', '\u00a7');
            if (next < 0)
            {
                return -1;
            }
            i += next;
            char c = char.ToLowerInvariant(_text[i]);
            if (i > from && char.IsLetter(_text[i - 1]))
            {
                continue;
            }
            // Every marker that starts with 'c' goes on with 'a', '.' or 'c' ("cal", "c.c.r.", "ccr"): most words do not.
            if (c == 'c' && (i + 1 >= _end || char.ToLowerInvariant(_text[i + 1]) is not ('a' or '.' or 'c')))
            {
                continue;
            }
            // The markers that go on with 'a' are "cal…" ("Cal. Code Regs.", "California Code of Regulations"): an 'l'
            // must follow ("Care", "Carisoprodol" are left here without comparing every marker).
            if (c == 'c' && (_text[i + 1] | 0x20) == 'a' && (i + 2 >= _end || (_text[i + 2] | 0x20) != 'l'))
            {
                continue;
            }
            foreach (string marker in RegulationMarkers)
            {
                if (Scan.StartsWithIgnoreCase(_text, i, _end, marker) && (marker == "\u00a7" || i + marker.Length >= _end || !char.IsLetter(_text[i + marker.Length])))
                {
                    // "§" must be followed by a number soon ("§ 9792.24.2"); the other markers stand for themselves.
                    int p = SkipRegulationFiller(i + marker.Length, _end);
                    if (marker != "\u00a7" || (p < _end && char.IsDigit(_text[p])))
                    {
                        return i;
                    }
                }
            }
        }
        return -1;
    }

    /// <summary>Reads a regulation reference that starts at <paramref name="marker"/>; returns the offset past it.</summary>
    private int ReadRegulation(int marker, CitationSegment segment)
    {
        segment.IsRegulation = true;
        int p = marker;
        // A title number may stand before the marker: "8 C.C.R.", "Title 8 CCR".
        if (Scan.StartsWithWord(_text, p, _end, "title"))
        {
            p = Scan.SkipSpaces(_text, p + 5, _end);
        }
        if (p < _end && _text[p] == '8')
        {
            p = Scan.SkipSpaces(_text, p + 1, _end);
        }
        // Skip the marker itself and what may follow it: "tit. 8", "§§", "section(s)".
        foreach (string candidate in RegulationMarkers)
        {
            if (Scan.StartsWithIgnoreCase(_text, p, _end, candidate))
            {
                p += candidate.Length;
                break;
            }
        }
        p = SkipRegulationFiller(p, _end);
        int firstStart = p;
        int firstEnd = ReadRegulationNumber(p, _end);
        if (firstEnd == firstStart)
        {
            segment.AddProblem(new CitationProblem(Rules.MalformedRegulation,
                new object?[] { "The regulation reference has no section number" }, marker, Math.Max(1, p - marker)));
            return Math.Max(p, marker + 1);
        }
        segment.RegulationFirst = new RegulationNumber(_text.Substring(firstStart, firstEnd - firstStart), firstStart);
        int position = firstEnd;
        int dash = Scan.SkipSpaces(_text, firstEnd, _end);
        int afterDash = SkipRangeDash(dash, _end, regulation: true);
        if (afterDash > dash)
        {
            int secondStart = SkipRegulationFiller(Scan.SkipSpaces(_text, afterDash, _end), _end);
            int secondEnd = ReadRegulationNumber(secondStart, _end);
            if (secondEnd > secondStart)
            {
                segment.RegulationLast = new RegulationNumber(_text.Substring(secondStart, secondEnd - secondStart), secondStart);
                position = secondEnd;
            }
            else
            {
                segment.AddProblem(new CitationProblem(Rules.MalformedRegulation,
                    new object?[] { "The regulation range '" + CitationText.OneLine(_text.Substring(firstStart, afterDash - firstStart)) + "' has no last section" },
                    firstStart, afterDash - firstStart));
                position = afterDash;
            }
        }
        CheckRegulationNumbers(segment);
        return position;
    }

    private static void CheckRegulationNumbers(CitationSegment segment)
    {
        var first = segment.RegulationFirst!;
        var last = segment.RegulationLast;
        if (!first.IsWellFormed)
        {
            segment.AddProblem(new CitationProblem(Rules.MalformedRegulation,
                new object?[] { DescribeBadNumber(first.Text, null) }, first.Start, first.Length, SuggestNumber(first.Text, null)));
        }
        if (last is not null && !last.IsWellFormed)
        {
            segment.AddProblem(new CitationProblem(Rules.MalformedRegulation,
                new object?[] { DescribeBadNumber(last.Text, first.IsWellFormed ? first.Text : null) }, last.Start, last.Length,
                SuggestNumber(last.Text, first.IsWellFormed ? first.Text : null)));
        }
        if (last is not null && first.IsWellFormed && last.IsWellFormed && RegulationNumber.Compare(first.Text, last.Text) > 0)
        {
            segment.AddProblem(new CitationProblem(Rules.MalformedRegulation,
                new object?[] { $"The regulation range {first.Text} - {last.Text} runs backwards; write {last.Text} - {first.Text}" },
                first.Start, last.Start + last.Length - first.Start, last.Text + " - " + first.Text));
        }
    }

    private static string DescribeBadNumber(string number, string? rangeStart)
    {
        foreach (char c in number)
        {
            if (c == ':' || c == '\'' || c == '\u2019' || c == ',')
            {
                return $"'{number}' is not a regulation section number: '{c}' looks like OCR noise for '.'";
            }
        }
        if (number.Contains(".."))
        {
            return $"'{number}' is not a regulation section number: it has an empty part between dots";
        }
        return rangeStart is null
            ? $"'{number}' is not a regulation section number (expected the form 9792.20 or 9792.24.2)"
            : $"'{number}' is not a regulation section number: a range starting at {rangeStart} should end at a 9792.x section";
    }

    /// <summary>Repairs OCR noise ("9792:24.2" → "9792.24.2") or a range end missing digits ("972.26" after 9792.20 → "9792.26").</summary>
    private static string? SuggestNumber(string number, string? rangeStart)
    {
        string repaired = number.Replace(':', '.').Replace('\'', '.').Replace('\u2019', '.').Replace(',', '.');
        while (repaired.Contains(".."))
        {
            repaired = repaired.Replace("..", ".");
        }
        if (RegulationNumber.IsRegulationNumber(repaired))
        {
            return repaired;
        }
        if (rangeStart is not null)
        {
            int dot = repaired.IndexOf('.');
            if (dot > 0)
            {
                string candidate = rangeStart.Substring(0, 4) + repaired.Substring(dot);
                if (RegulationNumber.IsRegulationNumber(candidate))
                {
                    return candidate;
                }
            }
        }
        return null;
    }

    private int SkipRegulationFiller(int p, int end)
    {
        while (true)
        {
            int before = p;
            p = Scan.SkipSpaces(_text, p, end);
            if (p < end && (_text[p] == '\u00a7' || _text[p] == ',' || (_text[p] == '.' && p > 0 && char.IsLetter(_text[p - 1]))))
            {
                p++; // "§", "," and the period of an abbreviation ("Regs.")
                continue;
            }
            foreach (string filler in RegulationFillers)
            {
                if (Scan.StartsWithWordOrDot(_text, p, end, filler))
                {
                    p += filler.Length;
                    break;
                }
            }
            if (p == before)
            {
                return p;
            }
        }
    }

    private int ReadRegulationNumber(int p, int end)
    {
        int q = p;
        while (q < end && (char.IsDigit(_text[q]) || _text[q] == '.' || _text[q] == ':' || _text[q] == '\'' || _text[q] == '\u2019'
            || (_text[q] == ',' && q + 1 < end && char.IsDigit(_text[q + 1]) && q > p && char.IsDigit(_text[q - 1]) && CountDigitsBack(q) < 4 && HasDotBetween(p, q))))
        {
            q++;
        }
        while (q > p && !char.IsDigit(_text[q - 1]))
        {
            q--;
        }
        return q > p && char.IsDigit(_text[p]) ? q : p;
    }

    private int CountDigitsBack(int q)
    {
        int count = 0;
        while (q - 1 - count >= 0 && char.IsDigit(_text[q - 1 - count]))
        {
            count++;
        }
        return count;
    }

    private bool HasDotBetween(int start, int q) => _text.IndexOf('.', start, q - start) >= 0;
}
