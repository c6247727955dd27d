using ImrCite.Catalogue;

namespace ImrCite.Citations;

/// <summary>One cited page or page range with its span in the citation text.</summary>
/// <param name="Range">The pages as written.</param>
/// <param name="Start">0-based offset in the text.</param>
/// <param name="Length">Length in characters.</param>
internal readonly record struct PageToken(PageRange Range, int Start, int Length);
