namespace ImrCite.Catalogue;

/// <summary>The kind of value a catalogue field holds (the schema's type for it).</summary>
internal enum CatalogueValueKind
{
    /// <summary>Any string (<c>note</c>, <c>series</c>…).</summary>
    Text,
    /// <summary>A string that must not be empty (<c>title</c>, <c>sourceNote</c>…).</summary>
    NonEmptyText,
    /// <summary>A stable id: <c>#/$defs/id</c>.</summary>
    Id,
    /// <summary>A section reference <c>document/section</c>.</summary>
    SectionReference,
    /// <summary>A <c>yyyy-MM-dd</c> date: <c>#/$defs/date</c>.</summary>
    Date,
    /// <summary>A page set: <c>#/$defs/pageSet</c>.</summary>
    PageSet,
    /// <summary>A whole number of at least 1.</summary>
    PositiveInteger,
    /// <summary>A C# identifier: <c>#/$defs/codeName</c>.</summary>
    CodeName,
    /// <summary>One of the names in <see cref="CatalogueField.Values"/>.</summary>
    Enum,
    /// <summary>An array of non-empty strings (a treatment's <c>names</c>).</summary>
    Names,
    /// <summary>An array of ids.</summary>
    Ids,
    /// <summary>An array of the names in <see cref="CatalogueField.Values"/> (a document's <c>bodyParts</c>).</summary>
    EnumArray,
    /// <summary>An array of aliases: strings, or objects of the <c>alias</c> record.</summary>
    Aliases,
    /// <summary>An array of records of the kind <see cref="CatalogueField.Items"/> names.</summary>
    Records,
}

/// <summary>When a field must be present.</summary>
internal enum CatalogueFieldRequirement
{
    /// <summary>Never required.</summary>
    Optional,
    /// <summary>Always required (listed in the schema's <c>required</c>).</summary>
    Required,
    /// <summary>Required only in some cases (<see cref="CatalogueField.Condition"/>).</summary>
    Conditional,
}

/// <summary>One field of a catalogue record: its name, its kind of value and whether it is required.</summary>
internal sealed class CatalogueField
{
    internal CatalogueField(string name, CatalogueValueKind kind, CatalogueFieldRequirement requirement, string? items = null, IReadOnlyList<string>? values = null, string? condition = null)
    {
        Name = name;
        Kind = kind;
        Requirement = requirement;
        Items = items;
        Values = values ?? Array.Empty<string>();
        Condition = condition;
    }

    /// <summary>The field's name as written in the file (case-sensitive).</summary>
    public string Name { get; }

    /// <summary>What the field holds.</summary>
    public CatalogueValueKind Kind { get; }

    /// <summary>Whether the field must be present.</summary>
    public CatalogueFieldRequirement Requirement { get; }

    /// <summary>For <see cref="CatalogueValueKind.Records"/> and <see cref="CatalogueValueKind.Aliases"/>: the record kind of the array's objects.</summary>
    public string? Items { get; }

    /// <summary>For <see cref="CatalogueValueKind.Enum"/> and <see cref="CatalogueValueKind.EnumArray"/>: the allowed values.</summary>
    public IReadOnlyList<string> Values { get; }

    /// <summary>For <see cref="CatalogueFieldRequirement.Conditional"/>: when the field is required.</summary>
    public string? Condition { get; }

    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>One kind of catalogue record (a source, a document…): its fields in canonical order.</summary>
internal sealed class CatalogueRecordSchema
{
    private readonly Dictionary<string, int> _index = new Dictionary<string, int>(StringComparer.Ordinal);

    internal CatalogueRecordSchema(string name, string description, params CatalogueField[] fields)
    {
        Name = name;
        Description = description;
        Fields = fields;
        var names = new string[fields.Length];
        for (int i = 0; i < fields.Length; i++)
        {
            names[i] = fields[i].Name;
            _index.Add(fields[i].Name, i);
        }
        FieldNames = names;
        AllowedList = string.Join(", ", names);
    }

    /// <summary>The record kind's name: the schema's <c>$defs</c> entry ("source", "document"…), or "file" for the root object.</summary>
    public string Name { get; }

    /// <summary>How diagnostics name the record ("a source", "the catalogue file").</summary>
    public string Description { get; }

    /// <summary>The fields in canonical order: the order of the schema, of <c>catalogue fmt</c> and of the format reference.</summary>
    public IReadOnlyList<CatalogueField> Fields { get; }

    /// <summary>The field names in canonical order.</summary>
    public IReadOnlyList<string> FieldNames { get; }

    /// <summary>The field names joined by ", ", for messages.</summary>
    public string AllowedList { get; }

    /// <summary>The position of a field in canonical order, or -1 when the record has no such field.</summary>
    public int IndexOf(string fieldName) => _index.TryGetValue(fieldName, out int index) ? index : -1;

    /// <summary>The field of that name, or null.</summary>
    public CatalogueField? Find(string fieldName) => _index.TryGetValue(fieldName, out int index) ? Fields[index] : null;

    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>
/// The catalogue format in code: every record kind with its fields, in the canonical order. The reader
/// (which fields exist), the formatter (key order) and the schema test (guidelines/imrcite-catalogue.schema.json
/// says the same) all use this one description.
/// </summary>
internal static class CatalogueSchema
{
    private static CatalogueField Optional(string name, CatalogueValueKind kind, string? items = null) =>
        new CatalogueField(name, kind, CatalogueFieldRequirement.Optional, items);

    private static CatalogueField Required(string name, CatalogueValueKind kind) =>
        new CatalogueField(name, kind, CatalogueFieldRequirement.Required);

    private static CatalogueField Conditional(string name, CatalogueValueKind kind, string condition) =>
        new CatalogueField(name, kind, CatalogueFieldRequirement.Conditional, condition: condition);

    private static CatalogueField Enum(string name, IReadOnlyList<string> values, bool required = false) =>
        new CatalogueField(name, CatalogueValueKind.Enum, required ? CatalogueFieldRequirement.Required : CatalogueFieldRequirement.Optional, values: values);

    private static CatalogueField EnumArray(string name, IReadOnlyList<string> values) =>
        new CatalogueField(name, CatalogueValueKind.EnumArray, CatalogueFieldRequirement.Optional, values: values);

    /// <summary>
    /// The fields several record kinds have, each declared once (a document's and a section's <c>pages</c> are the
    /// same field). A class of their own, so they are built before the record kinds that list them.
    /// </summary>
    private static class Field
    {
        public static readonly CatalogueField Id = Required("id", CatalogueValueKind.Id);

        public static readonly CatalogueField Title = Required("title", CatalogueValueKind.NonEmptyText);

        public static readonly CatalogueField CodeName = Optional("codeName", CatalogueValueKind.CodeName);

        public static readonly CatalogueField Aliases = Optional("aliases", CatalogueValueKind.Aliases, "alias");

        public static readonly CatalogueField BodyParts = EnumArray("bodyParts", Catalogue.BodyParts.Names);

        public static readonly CatalogueField Coverage = Enum("coverage", EnumNames.Coverages);

        public static readonly CatalogueField Pages = Optional("pages", CatalogueValueKind.PageSet);

        public static readonly CatalogueField PagesProvenance = Enum("provenance", EnumNames.Provenances);

        public static readonly CatalogueField SiblingOverlap = Enum("siblingOverlap", EnumNames.Overlaps);

        public static readonly CatalogueField SupersededOn = Conditional("supersededOn", CatalogueValueKind.Date, "when supersededBy is set");

        public static readonly CatalogueField Note = Optional("note", CatalogueValueKind.Text);

        public static readonly CatalogueField Sections = Optional("sections", CatalogueValueKind.Records, "section");
    }

    /// <summary>The root object of a file.</summary>
    public static CatalogueRecordSchema File { get; } = new CatalogueRecordSchema("file", "the catalogue file",
        Optional("$schema", CatalogueValueKind.Text),
        Optional("sources", CatalogueValueKind.Records, "source"),
        Optional("treatments", CatalogueValueKind.Records, "treatment"),
        Optional("documents", CatalogueValueKind.Records, "document"));

    /// <summary>A source.</summary>
    public static CatalogueRecordSchema Source { get; } = new CatalogueRecordSchema("source", "a source",
        Field.Id,
        Required("name", CatalogueValueKind.NonEmptyText),
        Field.CodeName,
        Enum("tier", EnumNames.Tiers, required: true),
        Field.Coverage,
        Field.Aliases,
        Field.Note);

    /// <summary>A treatment.</summary>
    public static CatalogueRecordSchema Treatment { get; } = new CatalogueRecordSchema("treatment", "a treatment",
        Field.Id,
        Required("names", CatalogueValueKind.Names),
        Optional("classes", CatalogueValueKind.Ids),
        Enum("form", EnumNames.Forms),
        Enum("purpose", EnumNames.Purposes),
        Field.BodyParts,
        Optional("appliesTo", CatalogueValueKind.Ids));

    /// <summary>A document.</summary>
    public static CatalogueRecordSchema Document { get; } = new CatalogueRecordSchema("document", "a document",
        // identity and place in its source
        Field.Id, Required("source", CatalogueValueKind.Id), Enum("tier", EnumNames.Tiers),
        // names
        Field.Title, Optional("series", CatalogueValueKind.Text), Optional("chapter", CatalogueValueKind.Text),
        Field.BodyParts, Optional("addresses", CatalogueValueKind.Ids), Field.CodeName, Required("edition", CatalogueValueKind.NonEmptyText), Optional("versionDate", CatalogueValueKind.Date), Field.Aliases,
        // status and the dates it is in force
        Enum("status", EnumNames.Statuses),
        Conditional("proposedOn", CatalogueValueKind.Date, "when status is proposed"),
        Conditional("effectiveFrom", CatalogueValueKind.Date, "when status is adopted (the default); not allowed when proposed"),
        Optional("effectiveTo", CatalogueValueKind.Date),
        // pages and how they are known
        Field.Pages, Field.PagesProvenance, Optional("statedTotal", CatalogueValueKind.PositiveInteger),
        Enum("defaultProvenance", EnumNames.Provenances), Field.SiblingOverlap, Field.Coverage,
        // adoption and supersession
        Optional("regulation", CatalogueValueKind.Text), Optional("supersededBy", CatalogueValueKind.Id), Field.SupersededOn,
        Required("sourceNote", CatalogueValueKind.NonEmptyText),
        Optional("omits", CatalogueValueKind.Records, "omission"),
        Field.Sections);

    /// <summary>A section.</summary>
    public static CatalogueRecordSchema Section { get; } = new CatalogueRecordSchema("section", "a section",
        // identity and names
        Field.Id, Field.Title, Optional("number", CatalogueValueKind.Text), Field.CodeName, Field.Aliases,
        // pages and how they are known
        Field.Pages, Field.PagesProvenance,
        // what it is about
        Optional("addresses", CatalogueValueKind.Ids), Field.BodyParts,
        // validity and supersession
        Optional("effectiveFrom", CatalogueValueKind.Date), Optional("supersededBy", CatalogueValueKind.SectionReference),
        Field.SupersededOn,
        Field.Note, Field.SiblingOverlap, Field.Sections);

    /// <summary>An alias written as an object: the name and where it comes from.</summary>
    public static CatalogueRecordSchema Alias { get; } = new CatalogueRecordSchema("alias", "an alias",
        Required("name", CatalogueValueKind.NonEmptyText),
        Optional("source", CatalogueValueKind.NonEmptyText));

    /// <summary>An entry of a document's <c>omits</c>: a predecessor's section the document deliberately lacks.</summary>
    public static CatalogueRecordSchema Omission { get; } = new CatalogueRecordSchema("omission", "an omission",
        Required("section", CatalogueValueKind.Text),
        Required("reason", CatalogueValueKind.NonEmptyText));

    /// <summary>Every record kind, the file first.</summary>
    public static IReadOnlyList<CatalogueRecordSchema> All { get; } = new[] { File, Source, Treatment, Document, Section, Alias, Omission };

    /// <summary>The record kind of that name ("section"), or null.</summary>
    public static CatalogueRecordSchema? Find(string name)
    {
        foreach (var record in All)
        {
            if (string.Equals(record.Name, name, StringComparison.Ordinal))
            {
                return record;
            }
        }
        return null;
    }
}
