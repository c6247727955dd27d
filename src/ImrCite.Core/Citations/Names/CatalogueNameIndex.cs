using System.Runtime.CompilerServices;
using ImrCite.Catalogue;
using ImrCite.Text;

namespace ImrCite.Citations;

/// <summary>
/// Every name in a catalogue, indexed once for the resolver: sources, documents (title and aliases; "Chapter N"
/// and "Chapter N title" for chapters of a series), and each document's sections (title, numbered title and
/// aliases) as <see cref="NameTrie{T}"/>s, plus each document's section numbers and title words. Built when a
/// catalogue is first resolved against and kept as long as the catalogue lives; read-only afterwards, so
/// resolvers on many threads share it.
/// </summary>
internal sealed class CatalogueNameIndex
{
    private static readonly ConditionalWeakTable<GuidelineCatalogue, CatalogueNameIndex> Indexes = new();

    private readonly Dictionary<GuidelineDocument, DocumentNames> _documents = new();

    private CatalogueNameIndex(GuidelineCatalogue catalogue)
    {
        Sources = new NameTrie<GuidelineSource>(Words);
        Documents = new NameTrie<GuidelineDocument>(Words);
        ChapterNumbers = new NameTrie<GuidelineDocument>(Words);
        AnySection = new NameTrie<GuidelineSection>(Words);
        // The words letters write around names, so that reading them builds no string either.
        foreach (string word in NameQualifiers.KnownWords)
        {
            Words.AddKey(word);
        }
        foreach (var source in catalogue.Sources)
        {
            Sources.Add(source.Name, source);
            Sources.Add(source.Id, source);
            foreach (string alias in source.Aliases)
            {
                Sources.Add(alias, source);
            }
        }
        foreach (var document in catalogue.Documents)
        {
            Documents.Add(document.Title, document);
            DocumentSuggestions.Add(new SuggestionName(document.Title, document.Title));
            foreach (string alias in document.Aliases)
            {
                Documents.Add(alias, document);
                DocumentSuggestions.Add(new SuggestionName(document.Title, alias));
            }
            if (document.Chapter is { } chapter)
            {
                // A bare "Chapter 12" names a chapter only where the series is already in view (see NameReading).
                ChapterNumbers.AddStems(new[] { "chapter", NameTrie<GuidelineDocument>.Stem(TextKey.Normalize(chapter)) }, "chapter " + TextKey.Normalize(chapter), document);
                Documents.Add("Chapter " + chapter + " " + document.Title, document);
            }
            _documents.Add(document, new DocumentNames(document, Words, AnySection));
        }
    }

    /// <summary>The index of <paramref name="catalogue"/>, built on first use.</summary>
    public static CatalogueNameIndex For(GuidelineCatalogue catalogue) => Indexes.GetValue(catalogue, c => new CatalogueNameIndex(c));

    /// <summary>Every word of every name, and the words letters write around them: what citation text is tokenized against.</summary>
    public WordTable Words { get; } = new();

    /// <summary>Sources by name, id and alias.</summary>
    public NameTrie<GuidelineSource> Sources { get; }

    /// <summary>Documents by title, alias and "Chapter N title"; every version that shares a name.</summary>
    public NameTrie<GuidelineDocument> Documents { get; }

    /// <summary>Chapters of a series by "Chapter N" alone.</summary>
    public NameTrie<GuidelineDocument> ChapterNumbers { get; }

    /// <summary>Every document's section names in one trie: where a section of some document can end (<see cref="NameTrie{T}.Ends"/>).</summary>
    public NameTrie<GuidelineSection> AnySection { get; }

    /// <summary>Every document's title and aliases, prepared for "did you mean" (each suggests the title).</summary>
    public List<SuggestionName> DocumentSuggestions { get; } = new();

    /// <summary>The section names, numbers and title words of <paramref name="document"/>.</summary>
    public DocumentNames Of(GuidelineDocument document) =>
        _documents.TryGetValue(document, out var names) ? names : new DocumentNames(document, new WordTable());

    /// <summary>One document's section names.</summary>
    internal sealed class DocumentNames
    {
        private readonly Dictionary<string, GuidelineSection> _byNumber = new(StringComparer.Ordinal);
        private readonly HashSet<int> _titleWords = new();
        private readonly WordTable _table;

        public DocumentNames(GuidelineDocument document, WordTable table, NameTrie<GuidelineSection>? anySection = null)
        {
            _table = table;
            Sections = new NameTrie<GuidelineSection>(table);
            foreach (var section in document.AllSections)
            {
                Sections.Add(section.Title, section, alsoInto: anySection);
                SectionSuggestions.Add(new SuggestionName(section.Title, section.Title));
                foreach (string alias in section.Aliases)
                {
                    Sections.Add(alias, section, alsoInto: anySection);
                    SectionSuggestions.Add(new SuggestionName(alias, alias));
                }
                if (section.Number is { } number)
                {
                    Sections.Add(number + " " + section.Title, section, alsoInto: anySection);
                    string key = TextKey.Normalize(number);
                    if (key.Length > 0 && !_byNumber.ContainsKey(key))
                    {
                        _byNumber.Add(key, section);
                    }
                }
            }
            foreach (string name in DocumentNamesOf(document))
            {
                foreach (var word in NameTokenizer.Read(name, 0, name.Length))
                {
                    _titleWords.Add(table.AddStem(NameTrie<GuidelineDocument>.Stem(word.Key)));
                }
            }
        }

        /// <summary>Sections by title, numbered title and alias.</summary>
        public NameTrie<GuidelineSection> Sections { get; }

        /// <summary>
        /// True when <paramref name="word"/>'s stem is the stem of a word of the document's title or aliases: what a
        /// letter may echo after naming it ("Low Back (Thoracic and Lumbar) Chapter").
        /// </summary>
        public bool IsTitleWord(NameWord word)
        {
            int stem = word.StemIn(_table);
            return stem >= 0 && _titleWords.Contains(stem);
        }

        /// <summary>Every section's title and aliases, prepared for "did you mean".</summary>
        public List<SuggestionName> SectionSuggestions { get; } = new();

        /// <summary>The section numbered <paramref name="numberKey"/> ("3 3 9"), or null.</summary>
        public GuidelineSection? ByNumber(string numberKey) => _byNumber.TryGetValue(numberKey, out var section) ? section : null;

        private static IEnumerable<string> DocumentNamesOf(GuidelineDocument document)
        {
            yield return document.Title;
            foreach (string alias in document.Aliases)
            {
                yield return alias;
            }
        }
    }
}
