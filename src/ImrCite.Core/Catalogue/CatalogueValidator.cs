// Why this file is long (~470 lines): every cross-record check runs over the same indexes of all files (ids,
// documents by name, sections by document), built once in Validate; a check per file would rebuild or pass
// them around. Each check is one method.
using ImrCite.Diagnostics;
using ImrCite.Text;

namespace ImrCite.Catalogue;

/// <summary>
/// Checks a set of catalogue files together: ids, references between records, page arithmetic and
/// aliases. Every diagnostic is located in the file that holds the offending record; a duplicate also
/// points at the first declaration.
/// </summary>
/// <remarks>
/// Budgets by design: every check is a hash lookup or a sort and one sweep, so validation takes
/// O(n log n) time in the size of the catalogue, and reports at most one diagnostic per offending record
/// and rule, each quoting a bounded amount of its input.
/// </remarks>
internal static class CatalogueValidator
{
    /// <summary>Every diagnostic of the files: what reading found, then what checking them together finds.</summary>
    public static List<ImrDiagnostic> Validate(IReadOnlyList<CatalogueFile> files)
    {
        var diagnostics = new List<ImrDiagnostic>();
        foreach (var file in files)
        {
            diagnostics.AddRange(file.Diagnostics);
        }
        var sources = new Dictionary<string, (CatalogueFile File, SourceRecord Record)>(StringComparer.Ordinal);
        var treatments = new Dictionary<string, (CatalogueFile File, TreatmentRecord Record)>(StringComparer.Ordinal);
        var documents = new Dictionary<string, (CatalogueFile File, DocumentRecord Record)>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            foreach (var source in file.Sources)
            {
                AddUnique(sources, file, source, "source", diagnostics);
            }
            foreach (var treatment in file.Treatments)
            {
                AddUnique(treatments, file, treatment, "treatment", diagnostics);
            }
            foreach (var document in file.Documents)
            {
                AddUnique(documents, file, document, "document", diagnostics);
            }
        }

        var sectionIds = new SectionIndex(documents);
        string? knownSources = null;
        foreach (var file in files)
        {
            foreach (var treatment in file.Treatments)
            {
                foreach (var classId in treatment.Classes)
                {
                    if (!treatments.ContainsKey(classId.Value))
                    {
                        Report(diagnostics, file, Rules.UnknownTreatment, classId.Start, classId.Length, TextLimits.Shorten(treatment.Id.Value), TextLimits.Shorten(classId.Value), " (as a class)");
                    }
                }
                foreach (var served in treatment.AppliesTo)
                {
                    if (!treatments.ContainsKey(served.Value))
                    {
                        Report(diagnostics, file, Rules.UnknownTreatment, served.Start, served.Length, TextLimits.Shorten(treatment.Id.Value), TextLimits.Shorten(served.Value), " (in appliesTo)");
                    }
                }
            }
            foreach (var document in file.Documents)
            {
                if (document.Source.Value.Length > 0 && !sources.ContainsKey(document.Source.Value))
                {
                    knownSources ??= sources.Count == 0 ? "none" : KnownIds(sources);
                    Report(diagnostics, file, Rules.UnknownSource, document.Source.Start, document.Source.Length,
                        TextLimits.Shorten(document.Id.Value), TextLimits.Shorten(document.Source.Value), knownSources);
                }
                if (document.SupersededBy is { } successor && !documents.ContainsKey(successor.Value))
                {
                    Report(diagnostics, file, Rules.DanglingSupersession, successor.Start, successor.Length, TextLimits.Shorten(document.Id.Value), TextLimits.Shorten(successor.Value));
                }
                if (document.Pages is not null && document.StatedTotal is { } total && document.Pages.Low == 1 && document.Pages.High != total)
                {
                    Report(diagnostics, file, Rules.InvalidValue, document.PagesText.Start, document.PagesText.Length, "pages",
                        $"ends at page {document.Pages.High}, but the document's stated total is {total}");
                }
                ValidateSections(file, document, treatments, sectionIds, diagnostics);
                DocumentScopes.Report(file, document, treatments, diagnostics);
            }
        }
        var declared = new CatalogueDeclarations(files, sources, documents);
        ValidateDocumentAliases(declared, diagnostics);
        CarriedOverSections.Report(declared, diagnostics);
        SupersessionCycles.Report(declared, sectionIds, diagnostics);
        GeneralSectionScopes.Report(declared, diagnostics);
        return diagnostics;
    }

    /// <summary>The ids of a kind of record, sorted, for a message: a few of them and how many more.</summary>
    private static string KnownIds<T>(Dictionary<string, T> map)
    {
        var keys = new List<string>(map.Keys);
        keys.Sort(StringComparer.Ordinal);
        for (int i = 0; i < keys.Count && i < TextLimits.ListedItems; i++)
        {
            keys[i] = TextLimits.Shorten(keys[i]);
        }
        return TextLimits.List(keys);
    }

    private static void AddUnique<T>(Dictionary<string, (CatalogueFile File, T Record)> map, CatalogueFile file, T record, string kind, List<ImrDiagnostic> diagnostics)
        where T : CatalogueRecord
    {
        if (map.TryGetValue(record.Id.Value, out var first))
        {
            var firstLocation = first.File.Locate(first.Record.Id.Start, first.Record.Id.Length);
            diagnostics.Add(new ImrDiagnostic(Rules.DuplicateId, file.Locate(record.Id.Start, record.Id.Length),
                new object?[] { kind, TextLimits.Shorten(record.Id.Value), firstLocation.ToString() }, new[] { firstLocation }));
            return;
        }
        map.Add(record.Id.Value, (file, record));
    }

    private static void Report(List<ImrDiagnostic> diagnostics, CatalogueFile file, RuleDescriptor rule, int start, int length, params object?[] args) =>
        diagnostics.Add(new ImrDiagnostic(rule, file.Locate(start, length), args));

    private static void ValidateSections(
        CatalogueFile file,
        DocumentRecord document,
        Dictionary<string, (CatalogueFile File, TreatmentRecord Record)> treatments,
        SectionIndex sectionIds,
        List<ImrDiagnostic> diagnostics)
    {
        var ids = new Dictionary<string, SectionRecord>(StringComparer.Ordinal);
        var keys = new Dictionary<string, SectionRecord>(StringComparer.Ordinal);
        string documentId = TextLimits.Shorten(document.Id.Value);
        void Visit(SectionRecord section, SectionRecord? parent)
        {
            if (ids.TryGetValue(section.Id.Value, out var first))
            {
                var firstLocation = file.Locate(first.Id.Start, first.Id.Length);
                diagnostics.Add(new ImrDiagnostic(Rules.DuplicateId, file.Locate(section.Id.Start, section.Id.Length),
                    new object?[] { $"section (in document '{documentId}')", TextLimits.Shorten(section.Id.Value), firstLocation.ToString() }, new[] { firstLocation }));
            }
            else
            {
                ids.Add(section.Id.Value, section);
            }

            foreach (var (key, at) in NamesOf(section))
            {
                if (key.Length == 0)
                {
                    continue;
                }
                if (keys.TryGetValue(key, out var owner))
                {
                    if (!ReferenceEquals(owner, section))
                    {
                        diagnostics.Add(new ImrDiagnostic(Rules.DuplicateAlias, file.Locate(at.Start, at.Length),
                            new object?[] { TextLimits.Shorten(at.Value), TextLimits.Shorten(owner.Id.Value), TextLimits.Shorten(section.Id.Value), documentId },
                            new[] { file.Locate(owner.Title.Start, owner.Title.Length) }));
                    }
                }
                else
                {
                    keys.Add(key, section);
                }
            }

            foreach (var treatment in section.Addresses)
            {
                if (!treatments.ContainsKey(treatment.Value))
                {
                    Report(diagnostics, file, Rules.UnknownTreatment, treatment.Start, treatment.Length, TextLimits.Shorten(section.Id.Value), TextLimits.Shorten(treatment.Value), "");
                }
            }

            if (section.SupersededBy is { } successor && !sectionIds.Contains(successor.Value))
            {
                Report(diagnostics, file, Rules.DanglingSupersession, successor.Start, successor.Length,
                    TextLimits.Shorten(document.Id.Value + "/" + section.Id.Value), TextLimits.Shorten(successor.Value));
            }

            if (section.Pages is { } pages)
            {
                if (document.Pages is { } documentPages && !documentPages.Contains(pages))
                {
                    Report(diagnostics, file, Rules.SectionPagesBeyondDocument, section.PagesText.Start, section.PagesText.Length,
                        TextLimits.Shorten(section.Id.Value), TextLimits.Shorten(pages.ToString()), TextLimits.Shorten(documentPages.ToString()));
                }
                else if (parent?.Pages is { } parentPages && !parentPages.Contains(pages))
                {
                    Report(diagnostics, file, Rules.SectionPagesOutsideParent, section.PagesText.Start, section.PagesText.Length,
                        TextLimits.Shorten(section.Id.Value), TextLimits.Shorten(pages.ToString()), TextLimits.Shorten(parent.Id.Value), TextLimits.Shorten(parentPages.ToString()));
                }
            }

            CheckSiblings(file, section.Sections, section.SiblingOverlap, diagnostics);
            foreach (var child in section.Sections)
            {
                Visit(child, section);
            }
        }

        CheckSiblings(file, document.Sections, document.SiblingOverlap, diagnostics);
        foreach (var section in document.Sections)
        {
            Visit(section, null);
        }
    }

    /// <summary>A section's names as matching keys: title, number with title, number, aliases.</summary>
    internal static IEnumerable<(string Key, LocatedText At)> NamesOf(SectionRecord section)
    {
        yield return (TextKey.Normalize(section.Title.Value), section.Title);
        if (section.Number is not null)
        {
            yield return (TextKey.Normalize(section.Number + " " + section.Title.Value), section.Title);
            yield return (TextKey.Normalize(section.Number), section.Title);
        }
        foreach (var alias in section.Aliases)
        {
            yield return (TextKey.Normalize(alias.Value), alias);
        }
    }

    /// <summary>
    /// Siblings may share one boundary page (one section ends where the next starts) unless overlap is allowed.
    /// One sweep over the siblings' ranges in page order: each range is compared with the range that reaches
    /// furthest among those that started before it, which is where any overlap of more than a boundary page
    /// shows. Each offending section is reported once, the later-declared of a pair, pointing at the other.
    /// </summary>
    private static void CheckSiblings(CatalogueFile file, List<SectionRecord> siblings, SiblingOverlap policy, List<ImrDiagnostic> diagnostics)
    {
        if (policy == SiblingOverlap.Allowed || siblings.Count < 2)
        {
            return;
        }
        var ranges = new List<(PageRange Range, int Sibling)>();
        for (int i = 0; i < siblings.Count; i++)
        {
            if (siblings[i].Pages is { } pages)
            {
                foreach (var range in pages.Normalize().Ranges)
                {
                    ranges.Add((range, i));
                }
            }
        }
        ranges.Sort((a, b) => a.Range.Low != b.Range.Low ? a.Range.Low.CompareTo(b.Range.Low) : a.Sibling.CompareTo(b.Sibling));
        var partner = new int[siblings.Count];
        var sharedRange = new PageRange[siblings.Count];
        for (int i = 0; i < partner.Length; i++)
        {
            partner[i] = -1;
        }
        void Conflict(int a, int b, PageRange shared)
        {
            int later = Math.Max(a, b);
            if (partner[later] < 0)
            {
                partner[later] = Math.Min(a, b);
                sharedRange[later] = shared;
            }
        }
        // The range that reaches furthest among those that started on an earlier page.
        int reach = -1;
        int k = 0;
        while (k < ranges.Count)
        {
            int low = ranges[k].Range.Low;
            int end = k;
            while (end < ranges.Count && ranges[end].Range.Low == low)
            {
                end++;
            }
            // Ranges that start on the same page share more than a boundary when both go on past it.
            int firstLong = -1;
            for (int g = k; g < end; g++)
            {
                if (ranges[g].Range.High > low)
                {
                    if (firstLong < 0)
                    {
                        firstLong = g;
                    }
                    else
                    {
                        Conflict(ranges[firstLong].Sibling, ranges[g].Sibling, Intersect(ranges[firstLong].Range, ranges[g].Range));
                    }
                }
            }
            // A range that started earlier and goes on past this page holds this page inside it (or more than it).
            if (reach >= 0 && ranges[reach].Range.High > low)
            {
                for (int g = k; g < end; g++)
                {
                    Conflict(ranges[reach].Sibling, ranges[g].Sibling, Intersect(ranges[reach].Range, ranges[g].Range));
                }
            }
            for (int g = k; g < end; g++)
            {
                if (reach < 0 || ranges[g].Range.High > ranges[reach].Range.High)
                {
                    reach = g;
                }
            }
            k = end;
        }
        for (int i = 0; i < siblings.Count; i++)
        {
            if (partner[i] < 0)
            {
                continue;
            }
            var mine = siblings[i];
            var other = siblings[partner[i]];
            // The exact count needs both sets; bounded, so a pathological set cannot make this quadratic.
            int shared = mine.Pages!.Ranges.Count + other.Pages!.Ranges.Count <= 256
                ? mine.Pages.OverlapWith(other.Pages)
                : sharedRange[i].OverlapWith(sharedRange[i]);
            diagnostics.Add(new ImrDiagnostic(Rules.OverlappingPages, file.Locate(mine.PagesText.Start, mine.PagesText.Length),
                new object?[] { $"Section '{TextLimits.Shorten(mine.Id.Value)}' (pages {TextLimits.Shorten(mine.Pages.ToString())}) shares {shared} page(s) with its sibling '{TextLimits.Shorten(other.Id.Value)}' (pages {TextLimits.Shorten(other.Pages.ToString())}); siblings may share only a boundary page (where one ends and the other begins)" },
                new[] { file.Locate(other.PagesText.Start, other.PagesText.Length) }));
        }
    }

    private static PageRange Intersect(PageRange a, PageRange b) =>
        new PageRange(Math.Max(a.Low, b.Low), Math.Min(a.High, b.High));

    /// <summary>
    /// IMR0016: no name belongs to two documents in force on a common day. Per name, the documents are sorted
    /// by the day they take effect and swept once, keeping the one in force longest so far; a document that
    /// takes effect before that one ends overlaps it. Each document is reported once per name, at the name,
    /// pointing at the other document.
    /// </summary>
    private static void ValidateDocumentAliases(CatalogueDeclarations declared, List<ImrDiagnostic> diagnostics)
    {
        var byKey = new Dictionary<string, List<Named>>(StringComparer.Ordinal);
        int order = 0;
        foreach (var (file, document) in declared.FirstDocuments())
        {
            // A document never in force has no window to overlap.
            if (document.EffectiveFrom is null)
            {
                continue;
            }
            var names = new List<LocatedText> { document.Title };
            names.AddRange(document.Aliases);
            var ownKeys = new HashSet<string>(StringComparer.Ordinal);
            foreach (var name in names)
            {
                string key = TextKey.Normalize(name.Value);
                if (key.Length == 0 || !ownKeys.Add(key))
                {
                    continue;
                }
                if (!byKey.TryGetValue(key, out var list))
                {
                    list = new List<Named>();
                    byKey.Add(key, list);
                }
                list.Add(new Named(file, document, name, order));
            }
            order++;
        }
        var found = new List<(int Order, int Start, ImrDiagnostic Diagnostic)>();
        foreach (var list in byKey.Values)
        {
            if (list.Count < 2)
            {
                continue;
            }
            list.Sort((a, b) => a.From != b.From ? a.From.CompareTo(b.From) : a.Order.CompareTo(b.Order));
            var reported = new HashSet<int>();
            Named? longest = null;
            foreach (var current in list)
            {
                if (longest is { } witness && current.From <= witness.To)
                {
                    // Report at the later-declared of the two, as a duplicate is reported at the second.
                    var (at, other) = current.Order > witness.Order ? (current, witness) : (witness, current);
                    if (reported.Add(at.Order))
                    {
                        found.Add((at.Order, at.Name.Start, new ImrDiagnostic(Rules.AmbiguousDocumentAlias, at.File.Locate(at.Name.Start, at.Name.Length),
                            new object?[] { TextLimits.Shorten(at.Name.Value), TextLimits.Shorten(other.Document.Id.Value), TextLimits.Shorten(at.Document.Id.Value) },
                            new[] { other.File.Locate(other.Document.Id.Start, other.Document.Id.Length) })));
                    }
                }
                if (longest is null || current.To > longest.Value.To)
                {
                    longest = current;
                }
            }
        }
        found.Sort((a, b) => a.Order != b.Order ? a.Order.CompareTo(b.Order) : a.Start.CompareTo(b.Start));
        foreach (var (_, _, diagnostic) in found)
        {
            diagnostics.Add(diagnostic);
        }
    }

    /// <summary>One name of a document with its window (an open end as the last representable day).</summary>
    private readonly record struct Named(CatalogueFile File, DocumentRecord Document, LocatedText Name, int Order)
    {
        public GuidelineDate From { get; } = Document.EffectiveFrom ?? default;

        public GuidelineDate To { get; } = Document.EffectiveTo ?? new GuidelineDate(9999, 12, 31);
    }

    /// <summary>Which "document/section" full ids exist, built once per document on first use (first declarations only).</summary>
    internal sealed class SectionIndex
    {
        private readonly Dictionary<string, (CatalogueFile File, DocumentRecord Record)> _documents;
        private readonly Dictionary<string, Dictionary<string, SectionRecord>> _sections = new Dictionary<string, Dictionary<string, SectionRecord>>(StringComparer.Ordinal);

        public SectionIndex(Dictionary<string, (CatalogueFile File, DocumentRecord Record)> documents)
        {
            _documents = documents;
        }

        public bool Contains(string fullId) => Find(fullId) is not null;

        /// <summary>The section a full id names, with its document's file, or null.</summary>
        public (CatalogueFile File, DocumentRecord Document, SectionRecord Section)? Find(string fullId)
        {
            int slash = fullId.IndexOf('/');
            if (slash <= 0 || !_documents.TryGetValue(fullId.Substring(0, slash), out var document))
            {
                return null;
            }
            if (!_sections.TryGetValue(document.Record.Id.Value, out var sections))
            {
                sections = new Dictionary<string, SectionRecord>(StringComparer.Ordinal);
                var pending = new Stack<SectionRecord>();
                for (int i = document.Record.Sections.Count - 1; i >= 0; i--)
                {
                    pending.Push(document.Record.Sections[i]);
                }
                while (pending.Count > 0)
                {
                    var section = pending.Pop();
                    if (!sections.ContainsKey(section.Id.Value))
                    {
                        sections.Add(section.Id.Value, section);
                    }
                    for (int i = section.Sections.Count - 1; i >= 0; i--)
                    {
                        pending.Push(section.Sections[i]);
                    }
                }
                _sections.Add(document.Record.Id.Value, sections);
            }
            return sections.TryGetValue(fullId.Substring(slash + 1), out var found) ? (document.File, document.Record, found) : null;
        }
    }
}
