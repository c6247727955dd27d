// Why this file is long (~500 lines): the generated data table has one format, and its writer (Pack and the
// table text) and its reader (one method per record kind over a shared Reader) are kept side by side so that a change
// to the format is made in one place; the format itself is described in the remarks below.
using System.ComponentModel;
using System.IO;
using System.IO.Compression;
using System.Runtime.CompilerServices;

namespace ImrCite.Catalogue;

/// <summary>
/// The generated API's data: the whole catalogue — sources, treatments, documents and their sections — packed in
/// one string, which the source generator writes and this class reads back into the run-time model at first use.
/// One compressed literal compiles far faster than a constructor expression per record, and it is the only copy of
/// the data in the generated code. For generated code; not meant to be called directly.
/// </summary>
/// <remarks>
/// The generated data (<see cref="Catalogue(string)"/>) is the table text, UTF-8, deflated and written in base 85 (<see cref="Base85"/>): the
/// sources (a count, then per source its id, name, tier, code name, aliases, note and coverage), the treatments
/// (as <see cref="Treatments(string)"/> reads them) and the documents (a count, then each as <see cref="Document(string)"/>
/// reads one). The table is a sequence of fields separated by <c>|</c>. In a field <c>~|</c> stands for <c>|</c> and
/// <c>~~</c> for <c>~</c>; an empty field is null and <c>~e</c> the empty string. Numbers are decimal, dates
/// yyyy-MM-dd, pages <c>first-last</c> ranges (or one page) joined by <c>,</c>, lists a count then their items (aliases: a
/// negative count when each alias is followed by its source). The field order is <see cref="Document(string)"/>'s and
/// <see cref="Section"/>'s below, and the generator's <c>Emitter.Table</c> writes the same order.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
#if IMRCITE_PUBLIC
public static class CatalogueTable
#else
internal static class CatalogueTable
#endif
{
    /// <summary>The field separator.</summary>
    internal const char Separator = '|';

    /// <summary>The escape character.</summary>
    internal const char Escape = '~';

    /// <summary>The catalogues read so far, by their data string (a literal: one instance per generated catalogue).</summary>
    private static readonly ConditionalWeakTable<string, Decoded> Read = new ConditionalWeakTable<string, Decoded>();

    /// <summary>The catalogue in the generator's compressed data, read once per data string.</summary>
    /// <exception cref="FormatException">The text is not such data.</exception>
    public static GuidelineCatalogue Catalogue(string data) => Decode(data).Catalogue.Value;

    /// <summary>
    /// The catalogue in the generator's compressed data, narrowed to some sources (<c>ImrCiteGenerate</c>): those sources,
    /// every treatment and the documents of those sources, in the data's order. Read once per data string and list.
    /// </summary>
    /// <param name="data">The generated catalogue's data.</param>
    /// <param name="sources">Source ids separated by <c>;</c>, as the generator writes them (<c>"acoem;mtus"</c>).</param>
    /// <exception cref="FormatException">The text is not such data.</exception>
    public static GuidelineCatalogue Catalogue(string data, string sources) =>
        Decode(data).Narrowed(sources ?? throw new ArgumentNullException(nameof(sources)));

    /// <summary>One document of the generator's compressed data (the data is read once, at the first call).</summary>
    /// <param name="data">The generated catalogue's data.</param>
    /// <param name="id">The document's id.</param>
    /// <exception cref="FormatException">The text is not such data, or holds no document with that id.</exception>
    public static GuidelineDocument Document(string data, string id) =>
        Decode(data).Documents.TryGetValue(id ?? throw new ArgumentNullException(nameof(id)), out var document)
            ? document
            : throw new FormatException($"The data holds no document '{id}'.");

    private static Decoded Decode(string data) =>
        Read.GetValue(data ?? throw new ArgumentNullException(nameof(data)), static text => new Decoded(Unpack(text)));

    /// <summary>The generator's side: the table text deflated and written in base 85.</summary>
    internal static string Pack(string table)
    {
        using var packed = new MemoryStream();
        using (var deflate = new DeflateStream(packed, CompressionLevel.Optimal, leaveOpen: true))
        {
            byte[] bytes = Encoding.UTF8.GetBytes(table);
            deflate.Write(bytes, 0, bytes.Length);
        }
        return Base85.Encode(packed.GetBuffer(), (int)packed.Length);
    }

    /// <summary>The table text in the generator's compressed data.</summary>
    internal static string Unpack(string data)
    {
        try
        {
            using var deflate = new DeflateStream(new MemoryStream(Base85.Decode(data)), CompressionMode.Decompress);
            using var text = new StreamReader(deflate, Encoding.UTF8);
            return text.ReadToEnd();
        }
        catch (InvalidDataException e)
        {
            throw new FormatException("The data is not a deflated table.", e);
        }
    }

    /// <summary>A decoded catalogue: its documents by id at once, the catalogue (with its indexes) on first use.</summary>
    private sealed class Decoded
    {
        public Decoded(string table)
        {
            var reader = new Reader(table);
            var sources = new GuidelineSource[reader.Int()];
            for (int i = 0; i < sources.Length; i++)
            {
                sources[i] = Source(ref reader);
            }
            var treatments = Treatments(ref reader);
            var documents = new GuidelineDocument[reader.Int()];
            Documents = new Dictionary<string, GuidelineDocument>(documents.Length, StringComparer.Ordinal);
            for (int i = 0; i < documents.Length; i++)
            {
                documents[i] = Document(ref reader);
                Documents[documents[i].Id] = documents[i];
            }
            if (!reader.AtEnd)
            {
                throw new FormatException("The table has fields after its last document.");
            }
            _sources = sources;
            _treatments = treatments;
            _documents = documents;
            Catalogue = new Lazy<GuidelineCatalogue>(() => new GuidelineCatalogue(sources, treatments, documents));
        }

        private readonly GuidelineSource[] _sources;
        private readonly Treatment[] _treatments;
        private readonly GuidelineDocument[] _documents;

        /// <summary>The narrowed catalogues, by their source list: a project has one, so this holds one or a few.</summary>
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, GuidelineCatalogue> _narrowed =
            new System.Collections.Concurrent.ConcurrentDictionary<string, GuidelineCatalogue>(StringComparer.Ordinal);

        public Dictionary<string, GuidelineDocument> Documents { get; }

        public Lazy<GuidelineCatalogue> Catalogue { get; }

        /// <summary>
        /// The catalogue of some sources: what the data of a generator narrowed to them holds (the same sources, treatments
        /// and documents in the same order), over the same document objects.
        /// </summary>
        public GuidelineCatalogue Narrowed(string sourceList) => _narrowed.GetOrAdd(sourceList, Narrow);

        private GuidelineCatalogue Narrow(string sourceList)
        {
            var ids = new HashSet<string>(sourceList.Split(';'), StringComparer.Ordinal);
            var sources = new List<GuidelineSource>();
            foreach (var source in _sources)
            {
                if (ids.Contains(source.Id))
                {
                    sources.Add(source);
                }
            }
            var documents = new List<GuidelineDocument>();
            foreach (var document in _documents)
            {
                if (ids.Contains(document.SourceId))
                {
                    documents.Add(document);
                }
            }
            return new GuidelineCatalogue(sources, _treatments, documents);
        }
    }

    private static GuidelineSource Source(ref Reader reader)
    {
        string id = reader.Required();
        string name = reader.Required();
        var tier = (EvidenceTier)reader.Int();
        return new GuidelineSource(id, name, tier)
        {
            CodeName = reader.Text(),
            AliasEntries = reader.Aliases(),
            Note = reader.Text(),
            Coverage = (SectionCoverage)reader.Int(),
        };
    }

    /// <summary>Reads one document (with its sections) from a table the generator wrote.</summary>
    /// <exception cref="FormatException">The text is not such a table.</exception>
    public static GuidelineDocument Document(string table)
    {
        var reader = new Reader(table ?? throw new ArgumentNullException(nameof(table)));
        var document = Document(ref reader);
        if (!reader.AtEnd)
        {
            throw new FormatException("The table has fields after its last section.");
        }
        return document;
    }

    private static GuidelineDocument Document(ref Reader reader)
    {
        string id = reader.Required();
        string sourceId = reader.Required();
        var tier = (EvidenceTier)reader.Int();
        string title = reader.Required();
        string edition = reader.Required();
        string? series = reader.Text();
        string? chapter = reader.Text();
        string? codeName = reader.Text();
        var aliases = reader.Aliases();
        var status = (DocumentStatus)reader.Int();
        var proposedOn = reader.Date();
        var effectiveFrom = reader.Date();
        var coverage = (SectionCoverage)reader.Int();
        var bodyParts = reader.BodyParts();
        var addresses = reader.List();
        var effectiveTo = reader.Date();
        var pages = reader.Pages();
        var pagesProvenance = (Provenance)reader.Int();
        int? statedTotal = reader.Text() is { } total ? ParseInt(total) : null;
        string? regulation = reader.Text();
        string? supersededBy = reader.Text();
        var supersededOn = reader.Date();
        string sourceNote = reader.Text() ?? "";
        var versionDate = reader.Date();
        var sections = Sections(ref reader);
        return new GuidelineDocument(id, sourceId, tier, title, edition, sections)
        {
            Series = series,
            Chapter = chapter,
            CodeName = codeName,
            AliasEntries = aliases,
            Status = status,
            ProposedOn = proposedOn,
            EffectiveFrom = effectiveFrom,
            Coverage = coverage,
            BodyParts = bodyParts,
            Addresses = addresses,
            EffectiveTo = effectiveTo,
            PageSet = pages,
            PagesProvenance = pagesProvenance,
            StatedTotal = statedTotal,
            Regulation = regulation,
            SupersededBy = supersededBy,
            SupersededOn = supersededOn,
            SourceNote = sourceNote,
            VersionDate = versionDate,
        };
    }

    /// <summary>Reads the treatments from a table the generator wrote: for each, its id, names, classes, form, purpose, body parts and the treatments it serves.</summary>
    /// <exception cref="FormatException">The text is not such a table.</exception>
    public static Treatment[] Treatments(string table)
    {
        var reader = new Reader(table ?? throw new ArgumentNullException(nameof(table)));
        var treatments = Treatments(ref reader);
        if (!reader.AtEnd)
        {
            throw new FormatException("The table has fields after its last treatment.");
        }
        return treatments;
    }

    private static Treatment[] Treatments(ref Reader reader)
    {
        var treatments = new Treatment[reader.Int()];
        for (int i = 0; i < treatments.Length; i++)
        {
            string id = reader.Required();
            var names = reader.List();
            var classes = reader.List();
            string? form = reader.Text();
            string? purpose = reader.Text();
            treatments[i] = new Treatment(id, names)
            {
                Classes = classes,
                Form = form is null ? null : (TreatmentForm)ParseInt(form),
                Purpose = purpose is null ? null : (ItemPurpose)ParseInt(purpose),
                BodyParts = reader.BodyParts(),
                AppliesTo = reader.List(),
            };
        }
        return treatments;
    }

    private static GuidelineSection[] Sections(ref Reader reader)
    {
        int count = reader.Int();
        if (count == 0)
        {
            return Array.Empty<GuidelineSection>();
        }
        var sections = new GuidelineSection[count];
        for (int i = 0; i < count; i++)
        {
            sections[i] = Section(ref reader);
        }
        return sections;
    }

    private static GuidelineSection Section(ref Reader reader)
    {
        string id = reader.Required();
        string title = reader.Required();
        string? number = reader.Text();
        string? codeName = reader.Text();
        var aliases = reader.Aliases();
        var pages = reader.Pages();
        var provenance = (Provenance)reader.Int();
        var addresses = reader.List();
        bool addressesNothing = reader.Int() != 0;
        var bodyParts = reader.BodyParts();
        var effectiveFrom = reader.Date();
        string? supersededBy = reader.Text();
        var supersededOn = reader.Date();
        string? note = reader.Text();
        return new GuidelineSection(id, title, Sections(ref reader))
        {
            Number = number,
            CodeName = codeName,
            AliasEntries = aliases,
            PageSet = pages,
            PagesProvenance = provenance,
            Addresses = addresses,
            AddressesNothing = addressesNothing,
            BodyParts = bodyParts,
            EffectiveFrom = effectiveFrom,
            SupersededBy = supersededBy,
            SupersededOn = supersededOn,
            Note = note,
        };
    }

    private static int ParseInt(string text) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value) ? value : throw new FormatException($"'{text}' is not a number.");

    /// <summary>Writes a table: the generator's side of the format.</summary>
    internal sealed class Writer
    {
        private readonly StringBuilder _text = new StringBuilder();
        private bool _first = true;

        /// <summary>A text field; null is written as an empty field.</summary>
        public Writer Text(string? value)
        {
            Start();
            if (value is null)
            {
                return this;
            }
            if (value.Length == 0)
            {
                _text.Append(Escape).Append('e');
                return this;
            }
            foreach (char c in value)
            {
                if (c == Separator || c == Escape)
                {
                    _text.Append(Escape);
                }
                _text.Append(c);
            }
            return this;
        }

        /// <summary>A number field.</summary>
        public Writer Int(int value) => Text(value.ToString(CultureInfo.InvariantCulture));

        /// <summary>A list: its count, then its items.</summary>
        public Writer List(IReadOnlyList<string> values)
        {
            Int(values.Count);
            foreach (string value in values)
            {
                Text(value);
            }
            return this;
        }

        /// <summary>A list of numbers: its count, then its items.</summary>
        public Writer Ints(IReadOnlyList<int> values)
        {
            Int(values.Count);
            foreach (int value in values)
            {
                Int(value);
            }
            return this;
        }

        /// <summary>Aliases: names alone, or (a negative count) each name followed by its source ("" for none).</summary>
        public Writer Aliases(IReadOnlyList<string> names, IReadOnlyList<string> sources)
        {
            bool withSources = false;
            foreach (string source in sources)
            {
                withSources |= source.Length > 0;
            }
            if (!withSources)
            {
                return List(names);
            }
            Int(-names.Count);
            for (int i = 0; i < names.Count; i++)
            {
                Text(names[i]);
                Text(i < sources.Count && sources[i].Length > 0 ? sources[i] : null);
            }
            return this;
        }

        /// <summary>Page ranges as first-last (or the one page) joined by ',', or null.</summary>
        public Writer Pages(PageSet? pages)
        {
            if (pages is null)
            {
                return Text(null);
            }
            var text = new StringBuilder();
            foreach (var range in pages.Ranges)
            {
                text.Append(text.Length == 0 ? "" : ",").Append(range.First.ToString(CultureInfo.InvariantCulture));
                if (range.Last != range.First)
                {
                    text.Append('-').Append(range.Last.ToString(CultureInfo.InvariantCulture));
                }
            }
            return Text(text.ToString());
        }

        /// <inheritdoc />
        public override string ToString() => _text.ToString();

        private void Start()
        {
            if (!_first)
            {
                _text.Append(Separator);
            }
            _first = false;
        }
    }

    private struct Reader
    {
        private readonly string _text;
        private int _position;

        public Reader(string text)
        {
            _text = text;
            _position = 0;
        }

        public bool AtEnd => _position > _text.Length;

        /// <summary>The next field, unescaped; null when empty.</summary>
        public string? Text()
        {
            if (_position > _text.Length)
            {
                throw new FormatException("The table ends too early.");
            }
            int start = _position;
            StringBuilder? escaped = null;
            int i = start;
            for (; i < _text.Length && _text[i] != Separator; i++)
            {
                if (_text[i] == Escape && i + 1 < _text.Length)
                {
                    escaped ??= new StringBuilder().Append(_text, start, i - start);
                    char next = _text[++i];
                    if (next == 'e')
                    {
                        continue; // the empty string
                    }
                    escaped.Append(next);
                }
                else
                {
                    escaped?.Append(_text[i]);
                }
            }
            _position = i + 1;
            if (escaped is not null)
            {
                return escaped.ToString();
            }
            return i == start ? null : _text.Substring(start, i - start);
        }

        public string Required() => Text() ?? throw new FormatException("A required field of the table is empty.");

        public int Int() => ParseInt(Required());

        public GuidelineDate? Date() => Text() is { } text ? GuidelineDate.Parse(text) : null;

        public PageSet? Pages()
        {
            if (Text() is not { } text)
            {
                return null;
            }
            string[] parts = text.Split(',');
            var ranges = new PageRange[parts.Length];
            for (int i = 0; i < parts.Length; i++)
            {
                int dash = parts[i].IndexOf('-', 1);
                ranges[i] = dash < 0
                    ? new PageRange(ParseInt(parts[i]), ParseInt(parts[i]))
                    : new PageRange(ParseInt(parts[i].Substring(0, dash)), ParseInt(parts[i].Substring(dash + 1)));
            }
            return new PageSet(ranges);
        }

        /// <summary>Body parts: a count, then their values.</summary>
        public BodyPart[] BodyParts()
        {
            int count = Int();
            if (count == 0)
            {
                return Array.Empty<BodyPart>();
            }
            var parts = new BodyPart[count];
            for (int i = 0; i < count; i++)
            {
                parts[i] = (BodyPart)Int();
            }
            return parts;
        }

        /// <summary>A list of text fields.</summary>
        public string[] List()
        {
            int count = Int();
            if (count == 0)
            {
                return Array.Empty<string>();
            }
            var items = new string[count];
            for (int i = 0; i < count; i++)
            {
                items[i] = Required();
            }
            return items;
        }

        /// <summary>Aliases, with their sources when the table gives them (names alone and entries without sources hold the same).</summary>
        public GuidelineAlias[] Aliases()
        {
            int count = Int();
            if (count == 0)
            {
                return Array.Empty<GuidelineAlias>();
            }
            var entries = new GuidelineAlias[Math.Abs(count)];
            for (int i = 0; i < entries.Length; i++)
            {
                entries[i] = new GuidelineAlias(Required(), count < 0 ? Text() : null);
            }
            return entries;
        }
    }
}
