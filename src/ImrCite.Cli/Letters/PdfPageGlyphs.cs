using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Outline.Destinations;
using UglyToad.PdfPig.Parser.Parts;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;
using UglyToad.PdfPig.Util;

namespace ImrCite.Cli.Letters;

/// <summary>An upper bound of the glyphs PdfPig would lay out on one page (see <see cref="PdfPageGlyphs"/>).</summary>
/// <param name="Glyphs">The bound, or a number over the cap it was counted against (counting stops there).</param>
internal sealed record PdfPageGlyphEstimate(long Glyphs);

/// <summary>
/// Bounds what laying out one PDF page costs before PdfPig does it: PdfPig keeps a few hundred bytes per glyph of
/// a page while it lays the page out, so a page is laid out only when this bound is under the page's cap. The
/// bound is read from the page's decoded content streams (decoded through the document's filter provider, so
/// within its <see cref="PdfBudget"/>): the bytes of the string operands of the text-showing operators
/// (<c>Tj</c>, <c>TJ</c>, <c>'</c>, <c>"</c> — a glyph takes at least one byte), plus, for each <c>Do</c> of a
/// form XObject, that form's own bound times the times it is drawn. Each form is read once per page (memoised),
/// nesting is limited to <see cref="MaxFormDepth"/>, and a form that draws itself counts as over the cap. Time
/// is linear in the decoded content; counting stops once the cap is passed.
/// Registered with <see cref="PdfDocument.AddPageFactory{TPage}(IPageFactory{TPage})"/>, it gets the page
/// dictionary and inherited resources as PdfPig resolves them, without laying the page out.
/// </summary>
internal sealed class PdfPageGlyphs(IPdfTokenScanner scanner, ILookupFilterProvider filters) : IPageFactory<PdfPageGlyphEstimate>
{
    private readonly IPdfTokenScanner _scanner = scanner;
    private readonly ILookupFilterProvider _filters = filters;

    /// <summary>Form XObjects nested deeper than this count as over the cap.</summary>
    public const int MaxFormDepth = 16;

    private static readonly NameToken XObjectKey = NameToken.Create("XObject");
    private static readonly NameToken FormSubtype = NameToken.Create("Form");

    /// <summary>The cap the next page is counted against: counting stops once it is passed.</summary>
    public long Cap { get; set; } = long.MaxValue;

    /// <summary>The bound for page <paramref name="document"/>'s page <paramref name="number"/>, counted up to <paramref name="cap"/>.</summary>
    public static long Estimate(PdfDocument document, PdfPageGlyphs factory, int number, long cap)
    {
        factory.Cap = cap;
        return document.GetPage<PdfPageGlyphEstimate>(number).Glyphs;
    }

    /// <inheritdoc />
    public PdfPageGlyphEstimate Create(int number, DictionaryToken dictionary, PageTreeMembers pageTreeMembers, NamedDestinations annotationDestinations)
    {
        var resources = new List<DictionaryToken>();
        if (dictionary.TryGet(NameToken.Resources, _scanner, out DictionaryToken? own))
        {
            resources.Add(own);
        }
        resources.AddRange(pageTreeMembers.ParentResources);
        var counter = new Counter(this, Cap);
        if (dictionary.TryGet(NameToken.Contents, out IToken? contents))
        {
            if (DirectObjectFinder.TryGet(contents, _scanner, out ArrayToken? parts))
            {
                foreach (var part in parts.Data)
                {
                    if (DirectObjectFinder.TryGet(part, _scanner, out StreamToken? stream))
                    {
                        counter.Add(counter.Count(stream, resources, depth: 0));
                    }
                }
            }
            else if (DirectObjectFinder.TryGet(contents, _scanner, out StreamToken? stream))
            {
                counter.Add(counter.Count(stream, resources, depth: 0));
            }
        }
        return new PdfPageGlyphEstimate(counter.Total);
    }

    /// <summary>One page's count: the running total and the forms already counted.</summary>
    private sealed class Counter(PdfPageGlyphs owner, long cap)
    {
        private readonly Dictionary<IndirectReference, long> _forms = [];
        private readonly HashSet<IndirectReference> _open = [];

        /// <summary>Past the cap: what a form that cannot be bounded counts.</summary>
        private long Over => cap == long.MaxValue ? long.MaxValue : cap + 1;

        public long Total { get; private set; }

        public void Add(long glyphs) => Total = Saturate(Total, glyphs);

        /// <summary>The glyphs one content stream shows, its forms included, counted up to the cap.</summary>
        public long Count(StreamToken stream, IReadOnlyList<DictionaryToken> resources, int depth)
        {
            var content = stream.Decode(owner._filters, owner._scanner).Span;
            long total = 0;
            var scanner = new ContentScanner(content);
            while (total <= cap && scanner.Next(out var op))
            {
                if (op.IsTextShowing)
                {
                    total = Saturate(total, op.StringBytes);
                }
                else if (op.IsDo && op.Name.Length > 0)
                {
                    total = Saturate(total, Form(System.Text.Encoding.Latin1.GetString(op.Name), resources, depth + 1));
                }
            }
            return total;
        }

        /// <summary>The glyphs a form XObject named <paramref name="name"/> shows each time it is drawn; 0 for an image or an unknown name.</summary>
        private long Form(string name, IReadOnlyList<DictionaryToken> resources, int depth)
        {
            var key = NameToken.Create(name);
            foreach (var dictionary in resources)
            {
                if (!dictionary.TryGet(XObjectKey, owner._scanner, out DictionaryToken? xObjects) || !xObjects.TryGet(key, out IToken? entry))
                {
                    continue;
                }
                if (entry is not IndirectReferenceToken reference || !DirectObjectFinder.TryGet(entry, owner._scanner, out StreamToken? form)
                    || form.StreamDictionary.GetNameOrDefault(NameToken.Subtype) is not { } subtype || !FormSubtype.Equals(subtype))
                {
                    return 0;
                }
                if (_forms.TryGetValue(reference.Data, out long known))
                {
                    return known;
                }
                if (depth > MaxFormDepth || !_open.Add(reference.Data))
                {
                    return Over; // too deep, or a form that draws itself
                }
                IReadOnlyList<DictionaryToken> inner = form.StreamDictionary.TryGet(NameToken.Resources, owner._scanner, out DictionaryToken? own)
                    ? [own, .. resources]
                    : resources;
                long glyphs = Count(form, inner, depth);
                _open.Remove(reference.Data);
                _forms[reference.Data] = glyphs;
                return glyphs;
            }
            return 0;
        }

        private static long Saturate(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;
    }
}
