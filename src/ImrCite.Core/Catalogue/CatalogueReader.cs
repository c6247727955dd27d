// Why this file is long (~800 lines): one reader per record kind (source, treatment, document, section,
// omission) with the Context that reports located diagnostics for all of them; the kinds share that context and
// its field helpers, and reading one record is a few dozen lines. The field list itself is CatalogueSchema.
using ImrCite.Catalogue.Json;
using ImrCite.Diagnostics;
using ImrCite.Text;

namespace ImrCite.Catalogue;

/// <summary>
/// Reads one catalogue file (JSON; see guidelines/README.md) into records that keep their spans.
/// Never throws: every problem becomes a located diagnostic, and a broken record is skipped while the
/// rest of the file is still read.
/// </summary>
internal static class CatalogueReader
{
    /// <summary>True when a path names a catalogue file (<c>*.imrcite.json</c>).</summary>
    public static bool IsCatalogueFile(string path) => path.EndsWith(".imrcite.json", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Reads a catalogue file's bytes: UTF-8 (a byte order mark is allowed), or UTF-16 with its byte order mark.
    /// Bytes that are not valid in that encoding are never replaced silently: the file is reported
    /// (IMR0019, at the first bad byte) and nothing in it is read.
    /// </summary>
    public static CatalogueFile Read(string path, byte[] bytes)
    {
        var decoded = StrictDecoder.Decode(bytes);
        if (decoded.Error is { } error)
        {
            var file = new CatalogueFile(path, decoded.Text) { HasSyntaxError = true, IsUndecodable = true };
            file.Diagnostics.Add(new ImrDiagnostic(Rules.CatalogueEncoding, file.Locate(decoded.ErrorOffset, 1), new object?[] { error }));
            return file;
        }
        return Read(path, decoded.Text);
    }

    /// <summary>Reads a catalogue file's text.</summary>
    public static CatalogueFile Read(string path, string text)
    {
        var file = new CatalogueFile(path, text);
        var result = JsonTreeReader.Read(text);
        if (result.Root is null)
        {
            file.HasSyntaxError = true;
            file.Diagnostics.Add(new ImrDiagnostic(Rules.CatalogueSyntaxError, file.Locate(result.ErrorOffset, 0),
                new object?[] { result.ErrorMessage }));
            return file;
        }
        var context = new Context(file);
        context.ReportInvalidCharacters(result.Root, "(value)");
        if (!context.Expect(result.Root, JsonNodeKind.Object, "The catalogue file"))
        {
            return file;
        }
        var top = context.Fields(result.Root, CatalogueSchema.File);
        foreach (var item in context.Array(top, "sources"))
        {
            if (ReadSource(context, item) is { } source)
            {
                file.Sources.Add(source);
            }
        }
        foreach (var item in context.Array(top, "treatments"))
        {
            if (ReadTreatment(context, item) is { } treatment)
            {
                file.Treatments.Add(treatment);
            }
        }
        foreach (var item in context.Array(top, "documents"))
        {
            if (ReadDocument(context, item) is { } document)
            {
                file.Documents.Add(document);
            }
        }
        return file;
    }

    private static SourceRecord? ReadSource(Context context, JsonNode node)
    {
        if (context.Record<SourceRecord>(node, "A source", CatalogueSchema.Source) is not ({ } record, { } fields))
        {
            return null;
        }
        record.Name = context.RequiredString(fields, node, $"Source '{TextLimits.Shorten(record.Id.Value)}'", "name")?.Value ?? record.Id.Value;
        record.CodeName = context.CodeName(fields);
        record.Tier = context.Tier(fields, "tier", required: true, node, $"Source '{TextLimits.Shorten(record.Id.Value)}'") ?? EvidenceTier.Other;
        record.Coverage = context.Coverage(fields) ?? SectionCoverage.Complete;
        context.Aliases(fields, record.Aliases, record.AliasSources);
        record.Note = context.OptionalString(fields, "note")?.Value;
        return record;
    }

    private static TreatmentRecord? ReadTreatment(Context context, JsonNode node)
    {
        if (context.Record<TreatmentRecord>(node, "A treatment", CatalogueSchema.Treatment) is not ({ } record, { } fields))
        {
            return null;
        }
        var names = new List<LocatedText>();
        if (!fields.ContainsKey("names"))
        {
            context.Missing(node, $"Treatment '{TextLimits.Shorten(record.Id.Value)}'", "names");
        }
        context.Strings(fields, "names", names);
        foreach (var name in names)
        {
            record.Names.Add(name.Value);
        }
        context.Ids(fields, "classes", record.Classes);
        record.Form = context.Enum(fields, "form", EnumNames.Forms, EnumNames.ParseForm);
        record.Purpose = context.Enum(fields, "purpose", EnumNames.Purposes, EnumNames.ParsePurpose);
        context.BodyParts(fields, record.BodyParts);
        context.Ids(fields, "appliesTo", record.AppliesTo);
        return record;
    }

    private static DocumentRecord? ReadDocument(Context context, JsonNode node)
    {
        if (context.Record<DocumentRecord>(node, "A document", CatalogueSchema.Document) is not ({ } record, { } fields))
        {
            return null;
        }
        string owner = $"Document '{TextLimits.Shorten(record.Id.Value)}'";
        var source = context.RequiredId(fields, node, owner, "source");
        var title = context.RequiredString(fields, node, owner, "title");
        var edition = context.RequiredString(fields, node, owner, "edition");
        var sourceNote = context.RequiredString(fields, node, owner, "sourceNote");
        record.Source = source ?? new LocatedText("", node.Start, 1);
        record.Title = title ?? new LocatedText(record.Id.Value, node.Start, 1);
        record.Edition = edition?.Value ?? "";
        record.SourceNote = sourceNote?.Value ?? "";
        record.Tier = context.Tier(fields, "tier", required: false, node, owner);
        record.Series = context.OptionalString(fields, "series")?.Value;
        record.Chapter = context.OptionalString(fields, "chapter")?.Value;
        context.BodyParts(fields, record.BodyParts);
        context.Ids(fields, "addresses", record.Addresses);
        if (fields.TryGetValue("addresses", out var addresses) && addresses.Value.Kind == JsonNodeKind.Array && addresses.Value.Items.Count == 0)
        {
            record.EmptyAddresses = new LocatedText("addresses", addresses.Value.Start, addresses.Value.Length);
        }
        record.CodeName = context.CodeName(fields);
        context.Aliases(fields, record.Aliases, record.AliasSources);
        record.Status = context.Status(fields) ?? DocumentStatus.Adopted;
        bool proposed = record.Status == DocumentStatus.Proposed;
        record.ProposedOn = context.Date(fields, "proposedOn", required: proposed, node, owner, out _);
        record.VersionDate = context.Date(fields, "versionDate", required: false, node, owner, out _);
        if (proposed)
        {
            // A proposal is never in force as far as the catalogue knows: it has no effective window.
            context.NotAllowedWhenProposed(fields, "effectiveFrom");
            context.NotAllowedWhenProposed(fields, "effectiveTo");
        }
        else
        {
            record.EffectiveFrom = context.Date(fields, "effectiveFrom", required: true, node, owner, out _);
            record.EffectiveTo = context.Date(fields, "effectiveTo", required: false, node, owner, out var toText);
            record.EffectiveToText = toText;
            if (record.EffectiveFrom is { } from && record.EffectiveTo is { } to && to < from)
            {
                context.Report(Rules.InvalidDate, toText.Start, toText.Length,
                    $"{owner} ends on {to} before it takes effect on {from}");
            }
        }
        record.Pages = context.Pages(fields, out var pagesText);
        record.PagesText = pagesText;
        record.PagesProvenance = context.Provenance(fields, "provenance") ?? Provenance.Cited;
        record.StatedTotal = context.PositiveInteger(fields, "statedTotal");
        record.DefaultProvenance = context.Provenance(fields, "defaultProvenance") ?? Provenance.Cited;
        record.SiblingOverlap = context.Overlap(fields);
        record.Coverage = context.Coverage(fields);
        record.Regulation = context.OptionalString(fields, "regulation")?.Value;
        record.SupersededBy = context.OptionalId(fields, "supersededBy");
        record.SupersededOn = context.Date(fields, "supersededOn", required: record.SupersededBy is not null, node, owner, out _);
        foreach (var item in context.Array(fields, "omits"))
        {
            if (ReadOmission(context, item, owner) is { } omission)
            {
                record.Omits.Add(omission);
            }
        }
        foreach (var item in context.Array(fields, "sections"))
        {
            if (ReadSection(context, item, record.Id.Value) is { } section)
            {
                record.Sections.Add(section);
            }
        }
        return record;
    }

    private static SectionRecord? ReadSection(Context context, JsonNode node, string documentId)
    {
        if (context.Record<SectionRecord>(node, "A section", CatalogueSchema.Section, $"A section of '{TextLimits.Shorten(documentId)}'") is not ({ } record, { } fields))
        {
            return null;
        }
        string owner = $"Section '{TextLimits.Shorten(record.Id.Value)}'";
        record.Title = context.RequiredString(fields, node, owner, "title") ?? new LocatedText(record.Id.Value, node.Start, 1);
        record.Number = context.OptionalString(fields, "number")?.Value;
        record.CodeName = context.CodeName(fields);
        context.Aliases(fields, record.Aliases, record.AliasSources);
        record.Pages = context.Pages(fields, out var pagesText);
        record.PagesText = pagesText;
        record.Provenance = context.Provenance(fields, "provenance");
        context.Ids(fields, "addresses", record.Addresses);
        record.AddressesNothing = fields.TryGetValue("addresses", out var addresses) && addresses.Value.Kind == JsonNodeKind.Array && addresses.Value.Items.Count == 0;
        context.BodyParts(fields, record.BodyParts);
        record.EffectiveFrom = context.Date(fields, "effectiveFrom", required: false, node, owner, out _);
        record.SupersededBy = context.SectionReference(fields, "supersededBy");
        record.SupersededOn = context.Date(fields, "supersededOn", required: record.SupersededBy is not null, node, owner, out _);
        record.Note = context.OptionalString(fields, "note")?.Value;
        record.SiblingOverlap = context.Overlap(fields);
        foreach (var item in context.Array(fields, "sections"))
        {
            if (ReadSection(context, item, documentId) is { } child)
            {
                record.Sections.Add(child);
            }
        }
        return record;
    }

    private static OmissionRecord? ReadOmission(Context context, JsonNode node, string owner)
    {
        if (!context.Expect(node, JsonNodeKind.Object, "An entry of 'omits'"))
        {
            return null;
        }
        var fields = context.Fields(node, CatalogueSchema.Omission);
        string what = $"An entry of 'omits' of {owner.Substring(0, 1).ToLowerInvariant()}{owner.Substring(1)}";
        var section = context.RequiredString(fields, node, what, "section");
        var reason = context.RequiredString(fields, node, what, "reason");
        if (section is not { } id || reason is null)
        {
            return null;
        }
        if (id.Value != "*" && !IsValidId(id.Value))
        {
            context.Report(Rules.InvalidValue, id.Start, id.Length, "section",
                $"'{TextLimits.Shorten(id.Value)}' is neither a section id nor \"*\" (every section not carried over)");
            return null;
        }
        return new OmissionRecord(id, reason.Value.Value);
    }

    /// <summary>
    /// The first two entries of a page set that share a page (in written order of the later one), and how many
    /// entries repeat a page of an entry written before them; null when no entries overlap. Sorts once: O(n log n).
    /// </summary>
    private static (PageRange Earlier, PageRange Later, int Count)? OverlapsWithin(PageSet pages)
    {
        var ranges = pages.Ranges;
        if (ranges.Count < 2)
        {
            return null;
        }
        var order = new int[ranges.Count];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }
        System.Array.Sort(order, (a, b) => ranges[a].CompareTo(ranges[b]) != 0 ? ranges[a].CompareTo(ranges[b]) : a.CompareTo(b));
        // Sweep in page order, keeping the entry that reaches furthest; an entry that starts inside it overlaps it.
        var overlapping = new bool[ranges.Count];
        int count = 0;
        int reach = order[0];
        for (int k = 1; k < order.Length; k++)
        {
            int current = order[k];
            if (ranges[current].Low <= ranges[reach].High)
            {
                // Of the two, the one written later repeats pages of the other.
                int later = System.Math.Max(current, reach);
                if (!overlapping[later])
                {
                    overlapping[later] = true;
                    count++;
                }
            }
            if (ranges[current].High > ranges[reach].High)
            {
                reach = current;
            }
        }
        if (count == 0)
        {
            return null;
        }
        for (int later = 0; later < ranges.Count; later++)
        {
            if (overlapping[later])
            {
                for (int earlier = 0; earlier < later; earlier++)
                {
                    if (ranges[earlier].OverlapWith(ranges[later]) > 0)
                    {
                        return (ranges[earlier], ranges[later], count);
                    }
                }
            }
        }
        return null;
    }

    /// <summary>True for a stable id: lower-case letters and digits separated by '.' or '-'.</summary>
    public static bool IsValidId(string id)
    {
        if (id.Length == 0 || !IsIdChar(id[0]) || !IsIdChar(id[id.Length - 1]))
        {
            return false;
        }
        for (int i = 0; i < id.Length; i++)
        {
            char c = id[i];
            if (c == '.' || c == '-')
            {
                if (id[i - 1] == '.' || id[i - 1] == '-')
                {
                    return false;
                }
            }
            else if (!IsIdChar(c))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsIdChar(char c) => (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');

    private static bool IsIdentifier(string text)
    {
        if (text.Length == 0 || !(char.IsLetter(text[0]) || text[0] == '_'))
        {
            return false;
        }
        foreach (char c in text)
        {
            if (!(c < 128 && (char.IsLetterOrDigit(c) || c == '_')))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Shared state and field helpers for one file.</summary>
    private sealed class Context
    {
        private readonly CatalogueFile _file;

        public Context(CatalogueFile file)
        {
            _file = file;
        }

        public void Report(RuleDescriptor rule, int start, int length, params object?[] args) =>
            _file.Diagnostics.Add(new ImrDiagnostic(rule, _file.Locate(start, length), args));

        /// <summary>
        /// One IMR0004 per string or field name that holds a character that is not text (a lone surrogate, a
        /// noncharacter). The records keep U+FFFD in its place, so nothing downstream meets it.
        /// </summary>
        public void ReportInvalidCharacters(JsonNode root, string rootField)
        {
            var pending = new Stack<(JsonNode Node, string Field)>();
            pending.Push((root, rootField));
            while (pending.Count > 0)
            {
                var (node, field) = pending.Pop();
                if (node.InvalidCharacter >= 0)
                {
                    Invalid(node.Start, node.Length, field, node.InvalidCharacter);
                }
                for (int i = node.Items.Count - 1; i >= 0; i--)
                {
                    pending.Push((node.Items[i], field));
                }
                for (int i = node.Properties.Count - 1; i >= 0; i--)
                {
                    var property = node.Properties[i];
                    if (property.InvalidCharacter >= 0)
                    {
                        Invalid(property.NameStart, property.NameEnd - property.NameStart, property.Name, property.InvalidCharacter);
                    }
                    pending.Push((property.Value, property.Name));
                }
            }
        }

        private void Invalid(int start, int length, string field, int codePoint)
        {
            if (codePoint >= 0xD800 && codePoint <= 0xDFFF)
            {
                _file.HasUnencodableText = true;
            }
            Report(Rules.InvalidValue, start, length, TextLimits.Shorten(field),
                $"holds {TextCharacters.Describe(codePoint)}, which is not text; remove it or write the character it was meant to be");
        }

        public bool Expect(JsonNode node, JsonNodeKind kind, string what)
        {
            if (node.Kind == kind)
            {
                return true;
            }
            Report(Rules.InvalidValue, node.Start, node.Length, what.ToLowerInvariant(), $"must be {new JsonNode(kind, 0, 0).KindName}, not {node.KindName}");
            return false;
        }

        public void Missing(JsonNode node, string owner, string field) =>
            Report(Rules.MissingField, node.Start, 1, owner, field);

        /// <summary>The object's fields by name; reports unknown and repeated fields.</summary>
        public Dictionary<string, JsonProperty> Fields(JsonNode node, CatalogueRecordSchema schema)
        {
            var fields = new Dictionary<string, JsonProperty>(StringComparer.Ordinal);
            foreach (var property in node.Properties)
            {
                if (schema.IndexOf(property.Name) < 0)
                {
                    Report(Rules.UnknownField, property.NameStart, property.NameEnd - property.NameStart, TextLimits.Shorten(property.Name), schema.Description, schema.AllowedList);
                    continue;
                }
                if (fields.ContainsKey(property.Name))
                {
                    Report(Rules.InvalidValue, property.NameStart, property.NameEnd - property.NameStart, TextLimits.Shorten(property.Name), "appears twice in the same object; keep one");
                    continue;
                }
                fields.Add(property.Name, property);
            }
            return fields;
        }

        public IEnumerable<JsonNode> Array(Dictionary<string, JsonProperty> fields, string name)
        {
            if (!fields.TryGetValue(name, out var property))
            {
                return System.Array.Empty<JsonNode>();
            }
            if (property.Value.Kind != JsonNodeKind.Array)
            {
                Report(Rules.InvalidValue, property.Value.Start, property.Value.Length, name, $"must be an array, not {property.Value.KindName}");
                return System.Array.Empty<JsonNode>();
            }
            return property.Value.Items;
        }

        public LocatedText? OptionalString(Dictionary<string, JsonProperty> fields, string name)
        {
            if (!fields.TryGetValue(name, out var property))
            {
                return null;
            }
            var value = property.Value;
            if (value.Kind != JsonNodeKind.String)
            {
                Report(Rules.InvalidValue, value.Start, value.Length, name, $"must be a string, not {value.KindName}");
                return null;
            }
            return new LocatedText(value.Text ?? "", value.Start, value.Length);
        }

        public LocatedText? RequiredString(Dictionary<string, JsonProperty> fields, JsonNode node, string owner, string name)
        {
            if (!Present(fields, name, required: true, node, owner))
            {
                return null;
            }
            var text = OptionalString(fields, name);
            if (text is { Value.Length: 0 })
            {
                Report(Rules.InvalidValue, text.Value.Start, text.Value.Length, name, "must not be empty");
            }
            return text;
        }

        /// <summary>
        /// What reading every record with an id begins with: the value must be an object (<paramref name="what"/>
        /// names it), its members are checked against <paramref name="schema"/>, and it must have a valid id
        /// (<paramref name="owner"/> names the record in that message, <paramref name="what"/> unless given). The new
        /// record with its span and id, and its fields; null, reported, when the value cannot be the record.
        /// </summary>
        public (T Record, Dictionary<string, JsonProperty> Fields)? Record<T>(JsonNode node, string what, CatalogueRecordSchema schema, string? owner = null)
            where T : CatalogueRecord, new()
        {
            if (!Expect(node, JsonNodeKind.Object, what))
            {
                return null;
            }
            var fields = Fields(node, schema);
            var record = new T { Start = node.Start, Length = node.Length };
            if (RequiredId(fields, node, owner ?? what, "id") is not { } id)
            {
                return null;
            }
            record.Id = id;
            return (record, fields);
        }

        public LocatedText? RequiredId(Dictionary<string, JsonProperty> fields, JsonNode node, string owner, string name) =>
            Present(fields, name, required: true, node, owner) ? OptionalId(fields, name) : null;

        /// <summary>True when the field is there; when it is not and <paramref name="required"/>, reports it missing.</summary>
        private bool Present(Dictionary<string, JsonProperty> fields, string name, bool required, JsonNode node, string owner)
        {
            if (fields.ContainsKey(name))
            {
                return true;
            }
            if (required)
            {
                Missing(node, owner, name);
            }
            return false;
        }

        public LocatedText? OptionalId(Dictionary<string, JsonProperty> fields, string name)
        {
            var text = OptionalString(fields, name);
            if (text is { } id && !IsValidId(id.Value))
            {
                Report(Rules.InvalidValue, id.Start, id.Length, name,
                    $"'{TextLimits.Shorten(id.Value)}' is not a valid id: use lower-case letters and digits separated by '.' or '-'");
                return null;
            }
            return text;
        }

        public LocatedText? SectionReference(Dictionary<string, JsonProperty> fields, string name)
        {
            var text = OptionalString(fields, name);
            if (text is { } reference)
            {
                int slash = reference.Value.IndexOf('/');
                if (slash <= 0 || !IsValidId(reference.Value.Substring(0, slash)) || !IsValidId(reference.Value.Substring(slash + 1)))
                {
                    Report(Rules.InvalidValue, reference.Start, reference.Length, name,
                        $"'{TextLimits.Shorten(reference.Value)}' is not a section reference: write '<document id>/<section id>'");
                    return null;
                }
            }
            return text;
        }

        public string? CodeName(Dictionary<string, JsonProperty> fields)
        {
            var text = OptionalString(fields, "codeName");
            if (text is { } name && !IsIdentifier(name.Value))
            {
                Report(Rules.InvalidValue, name.Start, name.Length, "codeName",
                    $"'{TextLimits.Shorten(name.Value)}' is not a C# identifier: use ASCII letters, digits and '_', not starting with a digit");
                return null;
            }
            return text?.Value;
        }

        public void Strings(Dictionary<string, JsonProperty> fields, string name, List<LocatedText> into)
        {
            foreach (var item in Array(fields, name))
            {
                if (item.Kind != JsonNodeKind.String || string.IsNullOrWhiteSpace(item.Text))
                {
                    Report(Rules.InvalidValue, item.Start, item.Length, name, "must hold non-empty strings");
                    continue;
                }
                into.Add(new LocatedText(item.Text!, item.Start, item.Length));
            }
        }

        /// <summary>Reads "aliases": each item a non-empty string, or an object with a name and where it comes from.</summary>
        public void Aliases(Dictionary<string, JsonProperty> fields, List<LocatedText> into, List<string?> sources)
        {
            foreach (var item in Array(fields, "aliases"))
            {
                if (item.Kind == JsonNodeKind.Object)
                {
                    var alias = Fields(item, CatalogueSchema.Alias);
                    var name = RequiredString(alias, item, "An alias", "name");
                    var source = OptionalString(alias, "source");
                    if (source is { Value.Length: 0 })
                    {
                        Report(Rules.InvalidValue, source.Value.Start, source.Value.Length, "source", "must not be empty; leave it out instead");
                    }
                    if (name is { } located && !string.IsNullOrWhiteSpace(located.Value))
                    {
                        into.Add(located);
                        sources.Add(source is { Value.Length: > 0 } ? source.Value.Value : null);
                    }
                    else if (name is { } blank && blank.Value.Length > 0)
                    {
                        Report(Rules.InvalidValue, blank.Start, blank.Length, "name", "must hold more than white space");
                    }
                    continue;
                }
                if (item.Kind != JsonNodeKind.String || string.IsNullOrWhiteSpace(item.Text))
                {
                    Report(Rules.InvalidValue, item.Start, item.Length, "aliases", "must hold non-empty strings or objects { \"name\": ..., \"source\": ... }");
                    continue;
                }
                into.Add(new LocatedText(item.Text!, item.Start, item.Length));
                sources.Add(null);
            }
        }

        public SectionCoverage? Coverage(Dictionary<string, JsonProperty> fields) =>
            Enum(fields, "coverage", EnumNames.Coverages, EnumNames.ParseCoverage);

        public DocumentStatus? Status(Dictionary<string, JsonProperty> fields) =>
            Enum(fields, "status", EnumNames.Statuses, EnumNames.ParseStatus);

        public void NotAllowedWhenProposed(Dictionary<string, JsonProperty> fields, string name)
        {
            if (fields.TryGetValue(name, out var property))
            {
                Report(Rules.InvalidValue, property.NameStart, property.Value.End - property.NameStart, name,
                    "must not be set on a proposed document, which is not in force; remove it, or set \"status\": \"adopted\" once the document is adopted");
            }
        }

        public void Ids(Dictionary<string, JsonProperty> fields, string name, List<LocatedText> into)
        {
            var strings = new List<LocatedText>();
            Strings(fields, name, strings);
            foreach (var id in strings)
            {
                if (!IsValidId(id.Value))
                {
                    Report(Rules.InvalidValue, id.Start, id.Length, name, $"'{TextLimits.Shorten(id.Value)}' is not a valid id");
                    continue;
                }
                into.Add(id);
            }
        }

        /// <summary>
        /// An optional enum field: its value, or null when absent or not one of <paramref name="names"/> (reported as
        /// "is not <paramref name="verdict"/>; use one of …").
        /// </summary>
        public T? Enum<T>(Dictionary<string, JsonProperty> fields, string name, string[] names, Func<string, T?> parse, string verdict = "allowed")
            where T : struct
        {
            var text = OptionalString(fields, name);
            if (text is null)
            {
                return null;
            }
            var value = parse(text.Value.Value);
            if (value is null)
            {
                Report(Rules.InvalidValue, text.Value.Start, text.Value.Length, name, $"'{TextLimits.Shorten(text.Value.Value)}' is not {verdict}; use one of {string.Join(", ", names)}");
            }
            return value;
        }

        /// <summary>Reads "bodyParts": an array of body part names, each once.</summary>
        public void BodyParts(Dictionary<string, JsonProperty> fields, List<BodyPart> into)
        {
            var strings = new List<LocatedText>();
            Strings(fields, "bodyParts", strings);
            foreach (var text in strings)
            {
                var part = Catalogue.BodyParts.Parse(text.Value);
                if (part is null)
                {
                    Report(Rules.InvalidValue, text.Start, text.Length, "bodyParts", $"'{TextLimits.Shorten(text.Value)}' is not a body part; use one of {string.Join(", ", Catalogue.BodyParts.Names)}");
                }
                else if (into.Contains(part.Value))
                {
                    Report(Rules.InvalidValue, text.Start, text.Length, "bodyParts", $"'{TextLimits.Shorten(text.Value)}' is listed twice");
                }
                else
                {
                    into.Add(part.Value);
                }
            }
        }

        public EvidenceTier? Tier(Dictionary<string, JsonProperty> fields, string name, bool required, JsonNode node, string owner) =>
            Present(fields, name, required, node, owner) ? Enum(fields, name, EnumNames.Tiers, EnumNames.ParseTier, "a tier") : null;

        public Provenance? Provenance(Dictionary<string, JsonProperty> fields, string name) =>
            Enum(fields, name, EnumNames.Provenances, EnumNames.ParseProvenance, "a provenance");

        public SiblingOverlap Overlap(Dictionary<string, JsonProperty> fields) =>
            Enum(fields, "siblingOverlap", EnumNames.Overlaps, EnumNames.ParseOverlap) ?? SiblingOverlap.Boundary;

        public int? PositiveInteger(Dictionary<string, JsonProperty> fields, string name)
        {
            if (!fields.TryGetValue(name, out var property))
            {
                return null;
            }
            var value = property.Value;
            if (value.Kind != JsonNodeKind.Number || !int.TryParse(value.Text, NumberStyles.None, CultureInfo.InvariantCulture, out int number) || number < 1)
            {
                Report(Rules.InvalidValue, value.Start, value.Length, name, "must be a whole number of at least 1");
                return null;
            }
            return number;
        }

        public GuidelineDate? Date(Dictionary<string, JsonProperty> fields, string name, bool required, JsonNode node, string owner, out LocatedText text)
        {
            text = default;
            if (!Present(fields, name, required, node, owner))
            {
                return null;
            }
            var located = OptionalString(fields, name);
            if (located is null)
            {
                return null;
            }
            text = located.Value;
            if (!GuidelineDate.TryParse(text.Value, out var date))
            {
                Report(Rules.InvalidDate, text.Start, text.Length, $"'{TextLimits.Shorten(text.Value)}' in '{name}' of {owner.Substring(0, 1).ToLowerInvariant()}{owner.Substring(1)} is not a valid date");
                return null;
            }
            return date;
        }

        public PageSet? Pages(Dictionary<string, JsonProperty> fields, out LocatedText text)
        {
            text = default;
            var located = OptionalString(fields, "pages");
            if (located is null)
            {
                return null;
            }
            text = located.Value;
            var pages = PageSet.TryParse(text.Value, out string? error);
            if (pages is null)
            {
                Report(Rules.InvalidPageSet, text.Start, text.Length, TextLimits.Shorten(text.Value), TextLimits.Shorten(error, 2 * TextLimits.QuotedLength));
                return null;
            }
            // One diagnostic per page set and problem, however many entries share it.
            bool valid = true;
            foreach (var range in pages.Ranges)
            {
                if (range.IsReversed)
                {
                    Report(Rules.ReversedCataloguePageRange, text.Start, text.Length, range.ToString(), new PageRange(range.Last, range.First).ToString());
                    valid = false;
                    break;
                }
            }
            if (OverlapsWithin(pages) is { } overlap)
            {
                Report(Rules.OverlappingPages, text.Start, text.Length,
                    $"Pages {overlap.Earlier} and {overlap.Later} of the page set '{TextLimits.Shorten(text.Value)}' overlap"
                    + (overlap.Count > 1 ? $" ({overlap.Count} entries repeat pages listed before them)" : "")
                    + "; list each page once");
                valid = false;
            }
            return valid ? pages : null;
        }
    }
}
