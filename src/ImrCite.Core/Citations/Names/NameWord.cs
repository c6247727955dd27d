namespace ImrCite.Citations;

/// <summary>The punctuation that stands between a word and the word before it.</summary>
internal enum NameSeparator : byte
{
    /// <summary>Only white space, a hyphen inside a compound, or nothing.</summary>
    None,
    /// <summary>A comma.</summary>
    Comma,
    /// <summary>A semicolon.</summary>
    Semicolon,
    /// <summary>A colon.</summary>
    Colon,
    /// <summary>A slash between words ("Chapter/ Computed Tomography").</summary>
    Slash,
    /// <summary>A dash standing apart ("Low Back - MRI", "Low Back- MRI", an en or em dash).</summary>
    Dash,
}

/// <summary>What a word is to the name grammar.</summary>
internal enum NameWordKind : byte
{
    /// <summary>A word that names something: part of a title, an alias, a source's name.</summary>
    Content,
    /// <summary>
    /// A word that qualifies a name without naming anything: "Chapter", "Section(s)", "Topic", "Guidelines",
    /// "(Online Version)", "(updated 11/16/16)", "Procedure Summary", "(Acute &amp; Chronic)". Skipped when
    /// names are matched, in the text and in the catalogue alike.
    /// </summary>
    Qualifier,
    /// <summary>A year ("2016"): skipped when names are matched, but it may pick a version ("Low Back Disorders 2019").</summary>
    Year,
    /// <summary>A version ("v11", "version 11"): skipped when names are matched; it picks a version ("MTUS Drug List v11").</summary>
    Version,
    /// <summary>An edition ordinal ("3rd ed.", "2nd Edition"): skipped when names are matched; it picks an edition.</summary>
    Edition,
    /// <summary>
    /// A word of a version's date ("December 19, 2024" in "Chronic Pain Guideline (ACOEM December 19, 2024)"): skipped
    /// when names are matched; it picks the version the publisher dated so.
    /// </summary>
    VersionDate,
}

/// <summary>One word of citation text as the name grammar reads it.</summary>
internal readonly struct NameWord
{
    /// <summary>A content word; <paramref name="flags"/> are the key's <see cref="NameQualifiers.FlagsOf"/>, worked out here when not given.</summary>
    public NameWord(string key, int start, int end, NameSeparator before, int depth, int joinedAt, WordTable? table = null, int stemId = WordTable.NoStem, WordFlags? flags = null)
        : this(key, start, end, before, depth, joinedAt, NameWordKind.Content, null, table?.Id ?? WordTable.NoTable, stemId, flags ?? NameQualifiers.FlagsOf(key))
    {
    }

    /// <summary>A content word read against the table whose <see cref="WordTable.Id"/> is <paramref name="tableId"/>, its facts known.</summary>
    public NameWord(string key, int start, int end, NameSeparator before, int depth, int joinedAt, int tableId, int stemId, WordFlags flags)
        : this(key, start, end, before, depth, joinedAt, NameWordKind.Content, null, tableId, stemId, flags)
    {
    }

    private NameWord(string key, int start, int end, NameSeparator before, int depth, int joinedAt, NameWordKind kind, string? selector, int tableId, int stemId, WordFlags flags)
    {
        Flags = flags;
        TableId = tableId;
        StemId = stemId;
        Key = key;
        Start = start;
        End = end;
        Before = before;
        Depth = depth;
        JoinedAt = joinedAt;
        Kind = kind;
        Selector = selector;
    }

    /// <summary>The word's matching key: lower case letters and digits ("&amp;" reads "and").</summary>
    public string Key { get; }

    /// <summary>0-based offset of the word's first character.</summary>
    public int Start { get; }

    /// <summary>0-based offset just past the word.</summary>
    public int End { get; }

    /// <summary>The separator between this word and the previous one.</summary>
    public NameSeparator Before { get; }

    /// <summary>How many brackets ("(", "[") are open at the word.</summary>
    public int Depth { get; }

    /// <summary>
    /// Where, in <see cref="Key"/>, two halves were joined across a hyphen at a line break ("Electro-⏎diagnostic"
    /// reads "electrodiagnostic"); -1 when the word was written whole. The halves are tried too when the whole
    /// word matches nothing ("Low Back-⏎Lumbar").
    /// </summary>
    public int JoinedAt { get; }

    /// <summary>What the word is to the grammar.</summary>
    public NameWordKind Kind { get; }

    /// <summary>For a year, version, edition or version-date word, the value it selects ("2019", "v11", "3", "2024-12-19"); otherwise null.</summary>
    public string? Selector { get; }

    /// <summary>True for a word that names nothing and is skipped when names are matched.</summary>
    public bool IsSkipped => Kind != NameWordKind.Content;

    /// <summary>True when a ',', ';', ':', '/' or a standing dash precedes the word.</summary>
    public bool HasSeparatorBefore => Before != NameSeparator.None;

    /// <summary>This word with another kind.</summary>
    public NameWord As(NameWordKind kind, string? selector = null) => new(Key, Start, End, Before, Depth, JoinedAt, kind, selector, TableId, StemId, Flags);

    /// <summary>What the qualifier grammar knows of the word's key by itself: <see cref="NameQualifiers.FlagsOf"/>.</summary>
    public WordFlags Flags { get; }

    /// <summary>True when the key is ASCII digits only (<see cref="NameQualifiers.IsNumber"/>).</summary>
    public bool IsNumber => (Flags & WordFlags.Number) != 0;

    /// <summary>True for a filler word (<see cref="NameQualifiers.IsFiller"/>).</summary>
    public bool IsFiller => (Flags & WordFlags.Filler) != 0;

    /// <summary>
    /// The <see cref="WordTable.Id"/> of the table the word was read against, or <see cref="WordTable.NoTable"/>;
    /// <see cref="StemId"/> is an id of that table. (An id, not the table: a word holds as few references as it can,
    /// for each is a write barrier where a word is stored.)
    /// </summary>
    public int TableId { get; }

    /// <summary>The id of the word's stem in <paramref name="table"/>: the one read with it if it was read against that table.</summary>
    public int StemIn(WordTable table) => TableId == table.Id ? StemId : table.FindStem(Key.AsSpan());

    /// <summary>The id of the word's stem in the table of <see cref="TableId"/>, or <see cref="WordTable.NoStem"/> when no name there holds it.</summary>
    public int StemId { get; }

    /// <inheritdoc />
    public override string ToString() => Key;
}
