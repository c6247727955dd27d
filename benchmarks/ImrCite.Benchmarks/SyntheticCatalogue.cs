using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ImrCite.Benchmarks;

/// <summary>
/// Writes a valid synthetic guideline catalogue of N sections for benchmarks. The one implementation:
/// the benchmarks call it in-process and <c>benchmarks/scripts/MakeSyntheticCatalogue.cs</c> calls it from
/// the command line.
/// <list type="bullet">
/// <item>Documents: one per 200 sections, at most 50, in files of 10 documents, plus one file of sources
/// and treatments. Documents come in edition pairs (2009 superseded by 2016 on 2016-07-28) that share
/// their title and aliases (their in-force windows do not overlap, so the names are not ambiguous).</item>
/// <item>Sections: a repeating three-level template (a numbered chapter, 4 numbered topics, 3 subtopics
/// each), cut off after the document's share of the sections; ids, titles and aliases are unique per
/// document; some 2009 sections are superseded by the 2016 section of the same id.</item>
/// <item>Pages: ranges ascend; every section lies within its parent and the document; siblings share at
/// most one boundary page (where one ends and the next starts); some leaves are lists ("12-13, 15").</item>
/// <item>Addresses name defined treatments or treatment classes.</item>
/// </list>
/// The result is checked with <see cref="CatalogueLoader"/> (<see cref="Validate"/>): zero diagnostics.
/// </summary>
public static class SyntheticCatalogue
{
    /// <summary>The default size: 10,000 sections.</summary>
    public const int DefaultSections = 10_000;

    /// <summary>Sections per document until the document count reaches <see cref="MaxDocuments"/>.</summary>
    public const int SectionsPerDocument = 200;

    /// <summary>The most documents a catalogue has; larger catalogues get larger documents.</summary>
    public const int MaxDocuments = 50;

    /// <summary>Documents per catalogue file.</summary>
    public const int DocumentsPerFile = 10;

    private const int Treatments = 60;
    private const int TreatmentClasses = 6;
    private const int TopicsPerChapter = 4;
    private const int SubtopicsPerTopic = 3;

    private static readonly string[] Subjects =
    {
        "Opioids", "Acupuncture", "Physical Medicine", "Epidural Steroid Injections", "NSAIDs", "Muscle Relaxants",
        "Topical Analgesics", "Antidepressants", "Functional Restoration", "Imaging", "Surgical Considerations",
        "Work Conditioning", "TENS", "Aquatic Therapy", "Massage", "Chiropractic Manipulation",
    };

    private static readonly string[] Aspects =
    {
        "Criteria for Use", "Initiating Therapy", "Ongoing Management", "When to Discontinue", "Dosing", "Red Flags",
        "Follow-up Visits", "Special Studies",
    };

    private static readonly (string Id, string Name, string CodeName, string Tier)[] Sources =
    {
        ("synth-mtus", "Synthetic MTUS", "SynthMtus", "mtus"),
        ("synth-acoem", "Synthetic ACOEM", "SynthAcoem", "guideline"),
        ("synth-odg", "Synthetic ODG", "SynthOdg", "guideline"),
    };

    /// <summary>What <see cref="Write"/> produced.</summary>
    public sealed record Summary(string Directory, int Files, int Documents, int Sections, long Bytes);

    /// <summary>Writes a catalogue of <paramref name="sections"/> sections into <paramref name="directory"/> (created if missing).</summary>
    public static Summary Write(string directory, int sections = DefaultSections)
    {
        if (sections < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(sections), "A synthetic catalogue needs at least one section.");
        }
        Directory.CreateDirectory(directory);
        foreach (string stale in Directory.GetFiles(directory, "synthetic-*.imrcite.json"))
        {
            File.Delete(stale);
        }

        int documents = Math.Clamp((sections + SectionsPerDocument - 1) / SectionsPerDocument, 1, MaxDocuments);
        var counts = new int[documents];
        for (int d = 0; d < documents; d++)
        {
            counts[d] = sections / documents + (d < sections % documents ? 1 : 0);
        }

        var files = new List<string> { Path.Combine(directory, "synthetic-sources.imrcite.json") };
        File.WriteAllText(files[0], Json(writer => WriteSourcesFile(writer)));
        for (int first = 0, file = 0; first < documents; first += DocumentsPerFile, file++)
        {
            string path = Path.Combine(directory, $"synthetic-{file:D2}.imrcite.json");
            int last = Math.Min(first + DocumentsPerFile, documents);
            File.WriteAllText(path, Json(writer => WriteDocumentsFile(writer, first, last, counts)));
            files.Add(path);
        }
        return new Summary(directory, files.Count, documents, sections, files.Sum(f => new FileInfo(f).Length));
    }

    /// <summary>Loads the catalogue in <paramref name="directory"/>; returns its section count, or throws if it has any diagnostic.</summary>
    public static int Validate(string directory)
    {
        var loaded = CatalogueLoader.Load(new[] { directory });
        if (loaded.Diagnostics.Count > 0)
        {
            throw new InvalidOperationException(
                $"The synthetic catalogue in {directory} has {loaded.Diagnostics.Count} diagnostic(s), e.g.:{Environment.NewLine}"
                + string.Join(Environment.NewLine, loaded.Diagnostics.Take(5)));
        }
        return loaded.Catalogue.Documents.Sum(d => d.AllSections.Count);
    }

    private static string Json(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteSourcesFile(Utf8JsonWriter writer)
    {
        writer.WriteStartArray("sources");
        foreach (var (id, name, codeName, tier) in Sources)
        {
            writer.WriteStartObject();
            writer.WriteString("id", id);
            writer.WriteString("name", name);
            writer.WriteString("codeName", codeName);
            writer.WriteString("tier", tier);
            writer.WriteStartArray("aliases");
            writer.WriteStringValue(name + " Guidelines");
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();

        writer.WriteStartArray("treatments");
        for (int c = 0; c < TreatmentClasses; c++)
        {
            writer.WriteStartObject();
            writer.WriteString("id", $"class-{c}");
            WriteStrings(writer, "names", $"synthetic class {c}", $"class {c} agents");
            writer.WriteEndObject();
        }
        for (int t = 0; t < Treatments; t++)
        {
            writer.WriteStartObject();
            writer.WriteString("id", $"treatment-{t}");
            WriteStrings(writer, "names", $"synthomab {t}", $"Brandix {t}");
            WriteStrings(writer, "classes", $"class-{t % TreatmentClasses}");
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    private static void WriteDocumentsFile(Utf8JsonWriter writer, int first, int last, int[] counts)
    {
        writer.WriteStartArray("documents");
        for (int d = first; d < last; d++)
        {
            WriteDocument(writer, d, counts);
        }
        writer.WriteEndArray();
    }

    /// <summary>Documents 2g and 2g+1 are the 2009 and 2016 editions of guideline g (an odd last document stands alone).</summary>
    private static void WriteDocument(Utf8JsonWriter writer, int d, int[] counts)
    {
        int guideline = d / 2;
        bool older = d % 2 == 0 && d + 1 < counts.Length;
        bool newer = d % 2 == 1;
        string edition = newer ? "2016" : "2009";
        string id = $"synth.g{guideline}.{edition}";
        string successorId = $"synth.g{guideline}.2016";
        var source = Sources[guideline % Sources.Length];

        var tree = Layout(counts[d]);
        int lastPage = tree.Count == 0 ? 1 : tree[^1].Last;
        int totalPages = lastPage + 4; // an index and appendices after the last section

        writer.WriteStartObject();
        writer.WriteString("id", id);
        writer.WriteString("source", source.Id);
        writer.WriteString("title", $"Synthetic Guideline {guideline}");
        writer.WriteString("edition", edition);
        WriteStrings(writer, "aliases", $"SG {guideline}", $"Synthetic {guideline} Treatment Guidelines", $"{source.Name} Guideline {guideline}");
        writer.WriteString("effectiveFrom", newer ? "2016-07-28" : "2009-07-18");
        if (older)
        {
            writer.WriteString("effectiveTo", "2016-07-27");
        }
        writer.WriteString("pages", $"1-{totalPages}");
        writer.WriteString("provenance", "verified");
        writer.WriteNumber("statedTotal", totalPages);
        writer.WriteString("defaultProvenance", "cited");
        if (older)
        {
            writer.WriteString("supersededBy", successorId);
            writer.WriteString("supersededOn", "2016-07-28");
        }
        writer.WriteString("sourceNote", "Synthetic: generated by benchmarks/ImrCite.Benchmarks/SyntheticCatalogue.cs for benchmarks; not a real guideline.");
        writer.WriteStartArray("sections");
        foreach (var chapter in tree)
        {
            WriteSection(writer, chapter, older ? (successorId, counts[d + 1]) : null);
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteSection(Utf8JsonWriter writer, Node node, (string Document, int Sections)? successor)
    {
        writer.WriteStartObject();
        writer.WriteString("id", node.Id);
        writer.WriteString("title", node.Title);
        if (node.Number is not null)
        {
            writer.WriteString("number", node.Number);
        }
        if (node.Depth < 2)
        {
            WriteStrings(writer, "aliases", node.Depth == 0 ? $"Chapter {node.Number}" : $"{Abbreviate(node.Title)} {node.Ordinal}");
        }
        writer.WriteString("pages", node.PagesText);
        if (node.Ordinal % 5 == 0)
        {
            writer.WriteString("provenance", "verified");
        }
        if (node.Depth == 0)
        {
            WriteStrings(writer, "addresses", $"class-{node.Ordinal % TreatmentClasses}");
        }
        else if (node.Depth == 1)
        {
            WriteStrings(writer, "addresses", $"treatment-{node.Ordinal % Treatments}", $"treatment-{(node.Ordinal + 7) % Treatments}");
        }
        // The same ordinal has the same id in the next edition (the template is the same), if that edition is long enough.
        if (successor is { } next && node.Depth == 1 && node.Ordinal % 3 == 0 && node.Ordinal < next.Sections)
        {
            writer.WriteString("supersededBy", next.Document + "/" + node.Id);
            writer.WriteString("supersededOn", "2016-07-28");
        }
        if (node.Children.Count > 0)
        {
            writer.WriteStartArray("sections");
            foreach (var child in node.Children)
            {
                WriteSection(writer, child, successor);
            }
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, params string[] values)
    {
        writer.WriteStartArray(name);
        foreach (string value in values)
        {
            writer.WriteStringValue(value);
        }
        writer.WriteEndArray();
    }

    private static string Abbreviate(string title) =>
        new string(title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsLetter(w[0])).Select(w => char.ToUpperInvariant(w[0])).ToArray());

    private sealed class Node
    {
        public required string Id { get; init; }
        public required string Title { get; init; }
        public string? Number { get; init; }
        public int Depth { get; init; }
        public int Ordinal { get; init; }
        public List<Node> Children { get; } = new();
        public int First { get; set; }
        public int Last { get; set; }
        public string PagesText { get; set; } = "";
    }

    /// <summary>The first <paramref name="count"/> sections of the template, in document order, with their pages.</summary>
    private static List<Node> Layout(int count)
    {
        var chapters = new List<Node>();
        int ordinal = 0;
        Node Make(int depth, string number, string id)
        {
            int n = ordinal++;
            string subject = Subjects[n % Subjects.Length];
            string title = depth switch
            {
                0 => $"{subject} Chapter {number}",
                1 => $"{subject} {Aspects[n % Aspects.Length]} {number}",
                _ => $"{subject}: {Aspects[n % Aspects.Length]} {number}",
            };
            return new Node { Id = id, Title = title, Number = depth < 2 ? number : null, Depth = depth, Ordinal = n };
        }

        for (int c = 1; ordinal < count; c++)
        {
            var chapter = Make(0, $"{c}", $"ch{c}");
            chapters.Add(chapter);
            for (int t = 1; t <= TopicsPerChapter && ordinal < count; t++)
            {
                var topic = Make(1, $"{c}.{t}", $"ch{c}-t{t}");
                chapter.Children.Add(topic);
                for (int s = 1; s <= SubtopicsPerTopic && ordinal < count; s++)
                {
                    topic.Children.Add(Make(2, $"{c}.{t}.{s}", $"ch{c}-t{t}-s{s}"));
                }
            }
        }

        // Chapters never share pages; a document starts with 2 pages of front matter.
        int page = 3;
        foreach (var chapter in chapters)
        {
            AssignPages(chapter, page);
            page = chapter.Last + 1;
        }
        return chapters;
    }

    /// <summary>
    /// A leaf takes 1-3 pages (every seventh is a list that skips a page); a parent takes an opening page,
    /// then its children, and spans to its last child's last page. A child may start on the page where
    /// its previous sibling (a plain range of at least two pages) ends: the one shared boundary page allowed.
    /// </summary>
    private static void AssignPages(Node node, int first)
    {
        node.First = first;
        if (node.Children.Count == 0)
        {
            if (node.Ordinal % 7 == 3)
            {
                node.Last = first + 3;
                node.PagesText = $"{first}-{first + 1}, {first + 3}";
            }
            else
            {
                node.Last = first + node.Ordinal % 3;
                node.PagesText = node.Last == first ? $"{first}" : $"{first}-{node.Last}";
            }
            return;
        }

        int next = first + 1;
        Node? previous = null;
        foreach (var child in node.Children)
        {
            bool share = previous is not null && child.Ordinal % 2 == 0
                && !previous.PagesText.Contains(',', StringComparison.Ordinal) && previous.Last > previous.First;
            AssignPages(child, share ? previous!.Last : next);
            next = child.Last + 1;
            previous = child;
        }
        node.Last = previous!.Last;
        node.PagesText = string.Create(CultureInfo.InvariantCulture, $"{node.First}-{node.Last}");
    }
}
