using System;
using System.Collections.Generic;
using ImrCite.Citations;
using ImrCite.Diagnostics;
using ImrCite.Text;

namespace ImrCite.Catalogue;

/// <summary>
/// Checks a set of catalogue files together: ids, references between records, page arithmetic and
/// aliases. Every diagnostic is located in the file that holds the offending record; a duplicate also
/// points at the first declaration.
/// </summary>
#if IMRCITE_PUBLIC
public
#else
internal
#endif
static class CatalogueValidator
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

        foreach (var file in files)
        {
            foreach (var treatment in file.Treatments)
            {
                foreach (var classId in treatment.Classes)
                {
                    if (!treatments.ContainsKey(classId.Value))
                    {
                        Report(diagnostics, file, Rules.UnknownTreatment, classId.Start, classId.Length, treatment.Id.Value, classId.Value, " (as a class)");
                    }
                }
            }
            foreach (var document in file.Documents)
            {
                if (document.Source.Value.Length > 0 && !sources.ContainsKey(document.Source.Value))
                {
                    Report(diagnostics, file, Rules.UnknownSource, document.Source.Start, document.Source.Length,
                        document.Id.Value, document.Source.Value, sources.Count == 0 ? "none" : string.Join(", ", SortedKeys(sources)));
                }
                if (document.SupersededBy is { } successor && !documents.ContainsKey(successor.Value))
                {
                    Report(diagnostics, file, Rules.DanglingSupersession, successor.Start, successor.Length, document.Id.Value, successor.Value);
                }
                if (document.Pages is not null && document.StatedTotal is { } total && document.Pages.Low == 1 && document.Pages.High != total)
                {
                    Report(diagnostics, file, Rules.InvalidValue, document.PagesText.Start, document.PagesText.Length, "pages",
                        $"ends at page {document.Pages.High}, but the document's stated total is {total}");
                }
                ValidateSections(file, document, treatments, documents, diagnostics);
            }
        }
        ValidateDocumentAliases(files, diagnostics);
        return diagnostics;
    }

    private static IEnumerable<string> SortedKeys<T>(Dictionary<string, T> map)
    {
        var keys = new List<string>(map.Keys);
        keys.Sort(StringComparer.Ordinal);
        return keys;
    }

    private static void AddUnique<T>(Dictionary<string, (CatalogueFile File, T Record)> map, CatalogueFile file, T record, string kind, List<ImrDiagnostic> diagnostics)
        where T : CatalogueRecord
    {
        if (map.TryGetValue(record.Id.Value, out var first))
        {
            var firstLocation = first.File.Locate(first.Record.Id.Start, first.Record.Id.Length);
            diagnostics.Add(new ImrDiagnostic(Rules.DuplicateId, file.Locate(record.Id.Start, record.Id.Length),
                new object?[] { kind, record.Id.Value, firstLocation.ToString() }, new[] { firstLocation }));
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
        Dictionary<string, (CatalogueFile File, DocumentRecord Record)> documents,
        List<ImrDiagnostic> diagnostics)
    {
        var ids = new Dictionary<string, SectionRecord>(StringComparer.Ordinal);
        var keys = new Dictionary<string, SectionRecord>(StringComparer.Ordinal);
        void Visit(SectionRecord section, SectionRecord? parent)
        {
            if (ids.TryGetValue(section.Id.Value, out var first))
            {
                var firstLocation = file.Locate(first.Id.Start, first.Id.Length);
                diagnostics.Add(new ImrDiagnostic(Rules.DuplicateId, file.Locate(section.Id.Start, section.Id.Length),
                    new object?[] { $"section (in document '{document.Id.Value}')", section.Id.Value, firstLocation.ToString() }, new[] { firstLocation }));
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
                if (keys.TryGetValue(key, out var owner) && !ReferenceEquals(owner, section))
                {
                    diagnostics.Add(new ImrDiagnostic(Rules.DuplicateAlias, file.Locate(at.Start, at.Length),
                        new object?[] { at.Value, owner.Id.Value, section.Id.Value, document.Id.Value },
                        new[] { file.Locate(owner.Title.Start, owner.Title.Length) }));
                }
                else if (!keys.ContainsKey(key))
                {
                    keys.Add(key, section);
                }
            }

            foreach (var treatment in section.Addresses)
            {
                if (!treatments.ContainsKey(treatment.Value))
                {
                    Report(diagnostics, file, Rules.UnknownTreatment, treatment.Start, treatment.Length, section.Id.Value, treatment.Value, "");
                }
            }

            if (section.SupersededBy is { } successor)
            {
                int slash = successor.Value.IndexOf('/');
                bool exists = documents.TryGetValue(successor.Value.Substring(0, slash), out var target)
                    && FindSection(target.Record.Sections, successor.Value.Substring(slash + 1)) is not null;
                if (!exists)
                {
                    Report(diagnostics, file, Rules.DanglingSupersession, successor.Start, successor.Length, document.Id.Value + "/" + section.Id.Value, successor.Value);
                }
            }

            if (section.Pages is { } pages)
            {
                if (document.Pages is { } documentPages && !documentPages.Contains(pages))
                {
                    Report(diagnostics, file, Rules.SectionPagesBeyondDocument, section.PagesText.Start, section.PagesText.Length,
                        section.Id.Value, pages.ToString(), documentPages.ToString());
                }
                else if (parent?.Pages is { } parentPages && !parentPages.Contains(pages))
                {
                    Report(diagnostics, file, Rules.SectionPagesOutsideParent, section.PagesText.Start, section.PagesText.Length,
                        section.Id.Value, pages.ToString(), parent.Id.Value, parentPages.ToString());
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

    private static IEnumerable<(string Key, LocatedText At)> NamesOf(SectionRecord section)
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

    private static SectionRecord? FindSection(List<SectionRecord> sections, string id)
    {
        foreach (var section in sections)
        {
            if (section.Id.Value == id)
            {
                return section;
            }
            if (FindSection(section.Sections, id) is { } found)
            {
                return found;
            }
        }
        return null;
    }

    /// <summary>Siblings may share one boundary page (one section ends where the next starts) unless overlap is allowed.</summary>
    private static void CheckSiblings(CatalogueFile file, List<SectionRecord> siblings, SiblingOverlap policy, List<ImrDiagnostic> diagnostics)
    {
        if (policy == SiblingOverlap.Allowed)
        {
            return;
        }
        for (int i = 0; i < siblings.Count; i++)
        {
            if (siblings[i].Pages is not { } mine)
            {
                continue;
            }
            for (int j = 0; j < i; j++)
            {
                if (siblings[j].Pages is not { } theirs)
                {
                    continue;
                }
                int shared = mine.OverlapWith(theirs);
                if (shared > 1 || (shared == 1 && !SharesOnlyABoundary(mine, theirs)))
                {
                    var other = siblings[j];
                    diagnostics.Add(new ImrDiagnostic(Rules.OverlappingPages, file.Locate(siblings[i].PagesText.Start, siblings[i].PagesText.Length),
                        new object?[] { $"Section '{siblings[i].Id.Value}' (pages {mine}) shares {shared} page(s) with its sibling '{other.Id.Value}' (pages {theirs}); siblings may share only a boundary page (where one ends and the other begins)" },
                        new[] { file.Locate(other.PagesText.Start, other.PagesText.Length) }));
                }
            }
        }
    }

    /// <summary>True when the one shared page is where each set begins or ends ("56-57" and "57"; not "74-96" and "80").</summary>
    private static bool SharesOnlyABoundary(PageSet a, PageSet b)
    {
        foreach (var x in a.Normalize().Ranges)
        {
            foreach (var y in b.Normalize().Ranges)
            {
                if (x.OverlapWith(y) == 1)
                {
                    int page = Math.Max(x.Low, y.Low);
                    return (page == x.Low || page == x.High) && (page == y.Low || page == y.High);
                }
            }
        }
        return true;
    }

    private static void ValidateDocumentAliases(IReadOnlyList<CatalogueFile> files, List<ImrDiagnostic> diagnostics)
    {
        var seen = new Dictionary<string, List<(CatalogueFile File, DocumentRecord Record)>>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            foreach (var document in file.Documents)
            {
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
                    if (!seen.TryGetValue(key, out var earlier))
                    {
                        earlier = new List<(CatalogueFile File, DocumentRecord Record)>();
                        seen.Add(key, earlier);
                    }
                    // Compare with every earlier document of that name, not just the first.
                    foreach (var first in earlier)
                    {
                        if (first.Record.Id.Value != document.Id.Value && WindowsOverlap(first.Record, document))
                        {
                            diagnostics.Add(new ImrDiagnostic(Rules.AmbiguousDocumentAlias, file.Locate(name.Start, name.Length),
                                new object?[] { name.Value, first.Record.Id.Value, document.Id.Value },
                                new[] { first.File.Locate(first.Record.Id.Start, first.Record.Id.Length) }));
                            break;
                        }
                    }
                    earlier.Add((file, document));
                }
            }
        }
    }

    private static bool WindowsOverlap(DocumentRecord a, DocumentRecord b)
    {
        if (a.EffectiveFrom is not { } aFrom || b.EffectiveFrom is not { } bFrom)
        {
            return false;
        }
        bool aEndsBefore = a.EffectiveTo is { } aTo && aTo < bFrom;
        bool bEndsBefore = b.EffectiveTo is { } bTo && bTo < aFrom;
        return !aEndsBefore && !bEndsBefore;
    }

}
