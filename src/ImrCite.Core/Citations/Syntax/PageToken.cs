using ImrCite.Catalogue;

namespace ImrCite.Citations;

/// <summary>One cited page or page range with its span in the citation text.</summary>
internal readonly struct PageToken
{
    /// <summary>Creates a page token.</summary>
    public PageToken(PageRange range, int start, int length)
    {
        Range = range;
        Start = start;
        Length = length;
    }

    /// <summary>The pages as written.</summary>
    public PageRange Range { get; }

    /// <summary>0-based offset in the text.</summary>
    public int Start { get; }

    /// <summary>Length in characters.</summary>
    public int Length { get; }
}
