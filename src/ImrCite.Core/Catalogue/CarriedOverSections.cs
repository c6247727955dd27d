using ImrCite.Diagnostics;
using ImrCite.Text;

namespace ImrCite.Catalogue;

/// <summary>
/// IMR0017: a document that supersedes another lists every section of its predecessor — by id, or by a name
/// in common (title, number, "number title", alias) — or says in <c>omits</c> why not. One diagnostic per
/// document. Only a document whose section list is complete (its <c>coverage</c>, else its source's) claims to
/// lack anything: in a partial list an absent section says nothing. A predecessor's section with its own
/// <c>supersededBy</c> has moved and counts as carried over. Each <c>omits</c> entry must name a section a
/// predecessor has (IMR0004). Hash sets throughout: linear in the sections of the documents involved.
/// </summary>
internal static class CarriedOverSections
{
    public static void Report(CatalogueDeclarations declared, List<ImrDiagnostic> diagnostics)
    {
        // Predecessors by successor id, in file order.
        var predecessors = new Dictionary<string, List<(CatalogueFile File, DocumentRecord Record)>>(StringComparer.Ordinal);
        foreach (var (file, record) in declared.FirstDocuments())
        {
            if (record.SupersededBy is { } successor && successor.Value != record.Id.Value && declared.Documents.ContainsKey(successor.Value))
            {
                if (!predecessors.TryGetValue(successor.Value, out var list))
                {
                    list = new List<(CatalogueFile File, DocumentRecord Record)>();
                    predecessors.Add(successor.Value, list);
                }
                list.Add((file, record));
            }
        }
        var none = new List<(CatalogueFile File, DocumentRecord Record)>();
        foreach (var (file, document) in declared.FirstDocuments())
        {
            bool hasPredecessors = predecessors.TryGetValue(document.Id.Value, out var olds);
            if (!hasPredecessors && document.Omits.Count == 0)
            {
                continue;
            }
            var coverage = document.Coverage ?? (declared.Sources.TryGetValue(document.Source.Value, out var source) ? source.Record.Coverage : SectionCoverage.Complete);
            Check(file, document, coverage, olds ?? none, diagnostics);
        }
    }

    private static void Check(CatalogueFile file, DocumentRecord document, SectionCoverage coverage,
        List<(CatalogueFile File, DocumentRecord Record)> predecessors, List<ImrDiagnostic> diagnostics)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var section in AllSections(document.Sections))
        {
            ids.Add(section.Id.Value);
            foreach (var (key, _) in CatalogueValidator.NamesOf(section))
            {
                keys.Add(key);
            }
        }
        bool everyOtherOmitted = false;
        var omitted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var omission in document.Omits)
        {
            if (omission.IsWildcard)
            {
                everyOtherOmitted = true;
            }
            else
            {
                omitted.Add(omission.Section.Value);
            }
        }

        var predecessorIds = new HashSet<string>(StringComparer.Ordinal);
        var missing = new List<SectionRecord>();
        foreach (var (_, predecessor) in predecessors)
        {
            foreach (var section in AllSections(predecessor.Sections))
            {
                predecessorIds.Add(section.Id.Value);
                if (ids.Contains(section.Id.Value) || section.SupersededBy is not null || omitted.Contains(section.Id.Value) || everyOtherOmitted)
                {
                    continue; // carried over by id, moved to a named successor, or omitted on purpose
                }
                bool named = false;
                foreach (var (key, _) in CatalogueValidator.NamesOf(section))
                {
                    if (key.Length > 0 && keys.Contains(key))
                    {
                        named = true;
                        break;
                    }
                }
                if (!named)
                {
                    missing.Add(section);
                }
            }
        }

        foreach (var omission in document.Omits)
        {
            if (!omission.IsWildcard && !predecessorIds.Contains(omission.Section.Value))
            {
                string name = TextLimits.Shorten(omission.Section.Value);
                string why = predecessors.Count == 0
                    ? $"names '{name}', but '{TextLimits.Shorten(document.Id.Value)}' supersedes no document (no document's \"supersededBy\" names it)"
                    : $"names '{name}', which is not a section of {Names(predecessors, quote: true)}";
                diagnostics.Add(new ImrDiagnostic(Rules.InvalidValue, file.Locate(omission.Section.Start, omission.Section.Length), new object?[] { "section", why }));
            }
        }

        if (missing.Count == 0 || coverage == SectionCoverage.Partial)
        {
            return;
        }
        var listed = new List<string>();
        foreach (var section in missing)
        {
            listed.Add(listed.Count < TextLimits.ListedItems ? $"'{TextLimits.Shorten(section.Title.Value)}' ({TextLimits.Shorten(section.Id.Value)})" : "");
        }
        string what = (missing.Count == 1 ? "its section " : $"{missing.Count} of its sections: ") + TextLimits.List(listed);
        var related = new List<TextLocation>();
        foreach (var (predecessorFile, predecessor) in predecessors)
        {
            if (related.Count < TextLimits.ListedItems)
            {
                related.Add(predecessorFile.Locate(predecessor.Id.Start, predecessor.Id.Length));
            }
        }
        diagnostics.Add(new ImrDiagnostic(Rules.MissingPredecessorSection, file.Locate(document.Id.Start, document.Id.Length),
            new object?[] { TextLimits.Shorten(document.Id.Value), Names(predecessors, quote: false), what }, related));
    }

    /// <summary>The predecessors' ids: "'a', 'b'" (quoted), or "a', 'b" to sit inside the message's own quotes.</summary>
    private static string Names(List<(CatalogueFile File, DocumentRecord Record)> documents, bool quote)
    {
        var names = new List<string>();
        foreach (var (_, document) in documents)
        {
            names.Add(quote ? "'" + TextLimits.Shorten(document.Id.Value) + "'" : TextLimits.Shorten(document.Id.Value));
        }
        string joined = TextLimits.List(names);
        return quote ? joined : joined.Replace(", ", "', '");
    }

    private static IEnumerable<SectionRecord> AllSections(List<SectionRecord> sections)
    {
        var pending = new Stack<SectionRecord>();
        for (int i = sections.Count - 1; i >= 0; i--)
        {
            pending.Push(sections[i]);
        }
        while (pending.Count > 0)
        {
            var section = pending.Pop();
            yield return section;
            for (int i = section.Sections.Count - 1; i >= 0; i--)
            {
                pending.Push(section.Sections[i]);
            }
        }
    }
}
