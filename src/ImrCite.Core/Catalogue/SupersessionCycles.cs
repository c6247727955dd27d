using ImrCite.Diagnostics;
using ImrCite.Text;

namespace ImrCite.Catalogue;

/// <summary>
/// IMR0018: <c>supersededBy</c> links must not lead back to where they started — a document superseded by
/// itself, two documents superseding each other, a longer loop, and the same among sections. Every record has
/// at most one successor, so the links form a graph in which each record is left once; one walk with
/// three colours finds every cycle in time linear in the number of records.
/// </summary>
internal static class SupersessionCycles
{
    /// <summary>One record that may be superseded: where its <c>supersededBy</c> is written and its successor's index.</summary>
    private readonly record struct Node(string Name, CatalogueFile File, LocatedText Link);

    public static void Report(CatalogueDeclarations declared, CatalogueValidator.SectionIndex sections, List<ImrDiagnostic> diagnostics)
    {
        // Documents: nodes in declaration order (first declarations only), successors by id.
        var documentNodes = new List<Node>();
        var documentIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var documentTargets = new List<string?>();
        // Sections: the same, keyed by full id.
        var sectionNodes = new List<Node>();
        var sectionIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var sectionTargets = new List<string?>();
        foreach (var (file, document) in declared.FirstDocuments())
        {
            documentIndex.Add(document.Id.Value, documentNodes.Count);
            documentNodes.Add(new Node(document.Id.Value, file, document.SupersededBy ?? default));
            documentTargets.Add(document.SupersededBy?.Value);
            var pending = new Stack<SectionRecord>();
            for (int i = document.Sections.Count - 1; i >= 0; i--)
            {
                pending.Push(document.Sections[i]);
            }
            while (pending.Count > 0)
            {
                var section = pending.Pop();
                string fullId = document.Id.Value + "/" + section.Id.Value;
                if (!sectionIndex.ContainsKey(fullId))
                {
                    sectionIndex.Add(fullId, sectionNodes.Count);
                    sectionNodes.Add(new Node(fullId, file, section.SupersededBy ?? default));
                    sectionTargets.Add(section.SupersededBy?.Value);
                }
                for (int i = section.Sections.Count - 1; i >= 0; i--)
                {
                    pending.Push(section.Sections[i]);
                }
            }
        }
        FindCycles(documentNodes, Successors(documentTargets, documentIndex), "document", diagnostics);
        FindCycles(sectionNodes, Successors(sectionTargets, sectionIndex), "section", diagnostics);
    }

    private static int[] Successors(List<string?> targets, Dictionary<string, int> index)
    {
        var next = new int[targets.Count];
        for (int i = 0; i < next.Length; i++)
        {
            // A link to a record that does not exist is IMR0012, not part of a cycle.
            next[i] = targets[i] is { } target && index.TryGetValue(target, out int successor) ? successor : -1;
        }
        return next;
    }

    private static void FindCycles(List<Node> nodes, int[] next, string kind, List<ImrDiagnostic> diagnostics)
    {
        const byte Unvisited = 0;
        const byte OnPath = 1;
        const byte Done = 2;
        var state = new byte[nodes.Count];
        var path = new List<int>();
        for (int start = 0; start < nodes.Count; start++)
        {
            if (state[start] != Unvisited)
            {
                continue;
            }
            path.Clear();
            int current = start;
            while (current >= 0 && state[current] == Unvisited)
            {
                state[current] = OnPath;
                path.Add(current);
                current = next[current];
            }
            if (current >= 0 && state[current] == OnPath)
            {
                ReportCycle(nodes, next, current, kind, diagnostics);
            }
            foreach (int node in path)
            {
                state[node] = Done;
            }
        }
    }

    /// <summary>One diagnostic per cycle, at the link of its first-declared record, pointing at the other links.</summary>
    private static void ReportCycle(List<Node> nodes, int[] next, int entry, string kind, List<ImrDiagnostic> diagnostics)
    {
        var members = new List<int>();
        int first = entry;
        for (int node = entry; ; node = next[node])
        {
            members.Add(node);
            first = Math.Min(first, node);
            if (next[node] == entry)
            {
                break;
            }
        }
        // Name the cycle from its first-declared record: 'a' → 'b' → 'a'.
        var names = new List<string>();
        var others = new List<TextLocation>();
        int at = first;
        do
        {
            names.Add("'" + TextLimits.Shorten(nodes[at].Name) + "'");
            if (at != first && others.Count < TextLimits.ListedItems)
            {
                others.Add(nodes[at].File.Locate(nodes[at].Link.Start, nodes[at].Link.Length));
            }
            at = next[at];
        }
        while (at != first && names.Count <= TextLimits.ListedItems);
        string chain = at == first
            ? string.Join(" \u2192 ", names) + " \u2192 '" + TextLimits.Shorten(nodes[first].Name) + "'"
            : string.Join(" \u2192 ", names) + $" \u2192 \u2026 ({members.Count} {kind}s in the cycle)";
        string subject = members.Count == 1 ? $"A {kind} is superseded by itself" : $"{members.Count} {kind}s supersede each other in a cycle";
        var origin = nodes[first];
        diagnostics.Add(new ImrDiagnostic(Rules.SupersessionCycle, origin.File.Locate(origin.Link.Start, origin.Link.Length),
            new object?[] { subject, chain }, others));
    }
}
