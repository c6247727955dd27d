using System.Buffers;
using ImrCite.Text;

namespace ImrCite.Citations;

/// <summary>
/// Splits citation text into <see cref="NameWord"/>s: the words of the matching key (lower case, "&amp;" as
/// "and", apostrophes inside words and trademark signs dropped) with their spans, the separator before each,
/// the bracket depth, and hyphens at line breaks rejoined. Then <see cref="NameQualifiers"/> marks the words
/// that qualify a name rather than name something. Linear in the length of the text.
/// </summary>
internal static class NameTokenizer
{
    /// <summary>The words of text[start..end), classified.</summary>
    public static NameWordList Read(string text, int start, int end)
    {
        var words = new NameWordList();
        Append(text, start, end, words, null);
        NameQualifiers.Classify(text, words);
        return words;
    }

    /// <summary>
    /// The words of several spans of one text, in order, classified together; each word's key is the table's
    /// string when the table holds it (no string is built for it) and carries its stem's id in the table.
    /// </summary>
    public static NameWordList Read(string text, IReadOnlyList<(int Start, int End)> parts, WordTable? table = null)
    {
        // Sized for the usual word length, so the list seldom grows (a word is a large struct).
        int length = 0;
        for (int itemIndex = 0; itemIndex < parts.Count; itemIndex++)
        {
            var (start, end) = parts[itemIndex];
            length += Math.Max(0, end - start);
        }
        var words = new NameWordList(Math.Min(512, length / 6 + 4));
        var inline = default(InlineList<(int Start, int End)>);
        for (int itemIndex = 0; itemIndex < parts.Count; itemIndex++)
        {
            inline.Add(parts[itemIndex]);
        }
        Read(text, inline, table, words);
        return words;
    }

    /// <summary>As <see cref="Read(string, IReadOnlyList{ValueTuple{int, int}}, WordTable?)"/> (a segment's name parts), into <paramref name="words"/> (empty).</summary>
    public static void Read(string text, InlineList<(int Start, int End)> parts, WordTable? table, NameWordList words)
    {
        for (int itemIndex = 0; itemIndex < parts.Count; itemIndex++)
        {
            var (start, end) = parts[itemIndex];
            Append(text, start, end, words, table);
        }
        NameQualifiers.Classify(text, words);
    }

    private static void Append(string text, int start, int end, NameWordList words, WordTable? table)
    {
        // The word being read lives on the stack (a longer word moves to an array of its own): no buffer is rented.
        var word = new WordBuilder(stackalloc char[64], words, table);
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (c <= '\u007F')
            {
                // ASCII, the usual case: the whole run of letters and digits is added at once (a letter lowers by
                // one bit, a digit stays); the rest is punctuation below.
                if (IsAsciiLetterOrDigit(c))
                {
                    int runEnd = i + 1;
                    while (runEnd < end && IsAsciiLetterOrDigit(text[runEnd]))
                    {
                        runEnd++;
                    }
                    word.AddAscii(text, i, runEnd);
                    i = runEnd - 1;
                    continue;
                }
            }
            else if (TextCharacters.Ligature(c) is { } letters)
            {
                // A ligature a PDF's text holds is its letters: "speciﬁc" reads "specific".
                foreach (char letter in letters)
                {
                    word.Add(letter, i, depth: word.Depth);
                }
                continue;
            }
            else if (char.IsLetterOrDigit(c))
            {
                word.Add(char.ToLowerInvariant(c), i, depth: word.Depth);
                continue;
            }
            switch (c)
            {
                case '\'' or '\u2019' when word.Length > 0 && i + 1 < end && char.IsLetter(text[i + 1]):
                case '\u00AE' or '\u2122':
                    // An apostrophe inside a word joins it ("Reiter's" reads "reiters"); trademark signs vanish.
                    break;
                case '&':
                    word.Flush();
                    words.Add(new NameWord("and", i, i + 1, word.Separator, word.Depth, -1, table, table?.FindStemId("and".AsSpan()) ?? WordTable.NoStem));
                    word.Separator = NameSeparator.None;
                    break;
                case '\u00AD':
                    break; // a soft hyphen is invisible: the word goes on
                case '-':
                    int after = Scan.LineBreakAfter(text, i + 1, end);
                    if (word.Length > 0 && after > 0 && char.IsLetter(text[after]))
                    {
                        // A word hyphenated at a line break ("Electro-⏎diagnostic") continues on the next line.
                        word.JoinedAt = word.Length;
                        i = after - 1;
                        break;
                    }
                    bool standsApart = (i > start && char.IsWhiteSpace(text[i - 1])) || (i + 1 < end && char.IsWhiteSpace(text[i + 1]));
                    if (standsApart)
                    {
                        word.Separate(NameSeparator.Dash);
                    }
                    else
                    {
                        word.Flush(); // a compound ("post-operative") reads as two words
                    }
                    break;
                case '\u2013' or '\u2014':
                    word.Separate(NameSeparator.Dash);
                    break;
                case ',':
                    word.Separate(NameSeparator.Comma);
                    break;
                case ';':
                    word.Separate(NameSeparator.Semicolon);
                    break;
                case ':':
                    word.Separate(NameSeparator.Colon);
                    break;
                case '/':
                    // Between digits a slash belongs to a date or a fraction ("11/16/16"); between two words written
                    // together it joins a compound ("Hydrocodone/Acetaminophen", "EMG/NCS"); standing apart it
                    // separates ("Neck Chapter/ Computed Tomography").
                    bool joined = word.Length > 0 && i + 1 < end && char.IsLetterOrDigit(text[i + 1]);
                    if (joined)
                    {
                        word.Flush();
                    }
                    else
                    {
                        word.Separate(NameSeparator.Slash);
                    }
                    break;
                case '(' or '[':
                    word.Flush();
                    word.Depth++;
                    break;
                case ')' or ']':
                    word.Flush();
                    if (word.Depth > 0)
                    {
                        word.Depth--;
                    }
                    break;
                default:
                    word.Flush();
                    break;
            }
        }
        word.Flush();
        word.Return();
    }

    private static bool IsAsciiLetterOrDigit(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9;

    /// <summary>
    /// The word being read: its characters (lower case), span, separator before it and bracket depth, and the hash
    /// of its characters so far (<see cref="WordTable.HashStep"/>), so the table is asked without a second pass.
    /// </summary>
    private ref struct WordBuilder
    {
        private readonly NameWordList _words;
        private readonly WordTable? _table;
        private Span<char> _current;
        private char[]? _rented;

        public WordBuilder(Span<char> buffer, NameWordList words, WordTable? table)
        {
            _current = buffer;
            _rented = null;
            _words = words;
            _table = table;
            Length = 0;
            WordStart = -1;
            WordEnd = -1;
            JoinedAt = -1;
            Depth = 0;
            WordDepth = 0;
            Separator = NameSeparator.None;
            _hash = WordTable.HashSeed;
        }

        private uint _hash;

        public int Length;
        public int WordStart;
        public int WordEnd;
        public int JoinedAt;
        public int Depth;
        public int WordDepth;
        public NameSeparator Separator;

        /// <summary>Adds the (lowered) character of text[at] to the word, starting it at bracket depth <paramref name="depth"/>.</summary>
        public void Add(char lower, int at, int depth)
        {
            if (Length == 0)
            {
                WordStart = at;
                WordDepth = depth;
            }
            if (Length == _current.Length)
            {
                Grow(Length + 1);
            }
            _current[Length++] = lower;
            _hash = WordTable.HashStep(_hash, lower);
            WordEnd = at + 1;
        }

        /// <summary>Adds the ASCII letters and digits text[from..to), lowered, to the word, starting it at the current depth.</summary>
        public void AddAscii(string text, int from, int to)
        {
            int count = to - from;
            if (Length == 0)
            {
                WordStart = from;
                WordDepth = Depth;
            }
            if (Length + count > _current.Length)
            {
                Grow(Length + count);
            }
            var into = _current.Slice(Length, count);
            uint hash = _hash;
            for (int k = 0; k < into.Length; k++)
            {
                // A letter lowers by one bit; a digit already has that bit set.
                char lower = (char)(text[from + k] | 0x20);
                into[k] = lower;
                hash = WordTable.HashStep(hash, lower);
            }
            _hash = hash;
            Length += count;
            WordEnd = to;
        }

        /// <summary>A word longer than the stack buffer (a web address): a pooled array, given back by Return.</summary>
        private void Grow(int needed)
        {
            var larger = ArrayPool<char>.Shared.Rent(Math.Max(needed, Length * 2));
            _current.Slice(0, Length).CopyTo(larger);
            Return();
            _rented = larger;
            _current = larger;
        }

        public void Flush()
        {
            if (Length > 0)
            {
                var characters = _current.Slice(0, Length);
                int stem = WordTable.NoStem;
                WordFlags flags = WordFlags.None;
                string? key = _table?.FindKey(characters, _hash, out stem, out flags);
                if (key is null)
                {
                    // A word the table does not hold gets its flags from its own string.
                    key = characters.ToString();
                    flags = NameQualifiers.FlagsOf(key);
                }
                _words.AddContent(key, WordStart, WordEnd, Separator, WordDepth, JoinedAt, _table?.Id ?? WordTable.NoTable, stem, flags);
                Length = 0;
                _hash = WordTable.HashSeed;
                Separator = NameSeparator.None;
                JoinedAt = -1;
            }
        }

        /// <summary>Gives back the pooled array of a long word, if one was taken.</summary>
        public void Return()
        {
            if (_rented is not null)
            {
                ArrayPool<char>.Shared.Return(_rented);
                _rented = null;
            }
        }

        public void Separate(NameSeparator kind)
        {
            Flush();
            // The strongest mark wins: "MRI), and" is a comma before "and".
            if (Separator == NameSeparator.None || kind == NameSeparator.Semicolon)
            {
                Separator = kind;
            }
        }
    }
}
