using ImrCite.Diagnostics;
using ImrCite.Text;

namespace ImrCite.Catalogue;

/// <summary>
/// A document's declared scope (its <c>addresses</c>: the kinds of care the whole guideline is about) is well formed: every
/// id is a treatment (IMR0015), the list is not empty (an empty scope would say the guideline addresses nothing, which no
/// guideline cited in a letter does: leave the field out instead; IMR0004), and no section of the document addresses a
/// treatment outside it (the scope or the section is wrong; IMR0004). A section is inside the scope when each treatment it
/// addresses is one the scope lists or a kind of one (through <c>classes</c>). The topic check (IMR0200) reports a citation
/// of the whole document for an item outside this scope, so a scope narrower than the guideline would make false warnings.
/// One pass over the documents and their sections; a treatment's classes are walked once per query, bounded by the treatments.
/// </summary>
internal static class DocumentScopes
{
    public static void Report(CatalogueFile file, DocumentRecord document, Dictionary<string, (CatalogueFile File, TreatmentRecord Record)> treatments,
        List<ImrDiagnostic> diagnostics)
    {
        if (document.EmptyAddresses is { } empty)
        {
            diagnostics.Add(new ImrDiagnostic(Rules.InvalidValue, file.Locate(empty.Start, empty.Length), new object?[]
            {
                "addresses", $"of document '{TextLimits.Shorten(document.Id.Value)}' is empty; a document's scope names the kinds of care the whole guideline is about (leave the field out when it is not one kind)",
            }));
            return;
        }
        if (document.Addresses.Count == 0)
        {
            return;
        }
        var scope = new List<string>();
        foreach (var id in document.Addresses)
        {
            if (treatments.ContainsKey(id.Value))
            {
                scope.Add(id.Value);
            }
            else
            {
                diagnostics.Add(new ImrDiagnostic(Rules.UnknownTreatment, file.Locate(id.Start, id.Length), new object?[]
                {
                    TextLimits.Shorten(document.Id.Value), TextLimits.Shorten(id.Value), " (in the document's scope)",
                }));
            }
        }
        if (scope.Count == 0)
        {
            return;
        }
        CheckSections(file, document, document.Sections, scope, treatments, diagnostics);
    }

    private static void CheckSections(CatalogueFile file, DocumentRecord document, List<SectionRecord> sections, List<string> scope,
        Dictionary<string, (CatalogueFile File, TreatmentRecord Record)> treatments, List<ImrDiagnostic> diagnostics)
    {
        foreach (var section in sections)
        {
            foreach (var addressed in section.Addresses)
            {
                if (treatments.ContainsKey(addressed.Value) && !Within(addressed.Value, scope, treatments))
                {
                    diagnostics.Add(new ImrDiagnostic(Rules.InvalidValue, file.Locate(addressed.Start, addressed.Length), new object?[]
                    {
                        "addresses",
                        $"of section '{TextLimits.Shorten(section.Id.Value)}' lists '{TextLimits.Shorten(addressed.Value)}', which is outside the scope of its document '{TextLimits.Shorten(document.Id.Value)}' ({TextLimits.List(scope)}); widen the document's \"addresses\" or correct the section's",
                    }));
                }
            }
            CheckSections(file, document, section.Sections, scope, treatments, diagnostics);
        }
    }

    /// <summary>True when <paramref name="id"/> is one of <paramref name="scope"/> or belongs to one through its classes, transitively.</summary>
    private static bool Within(string id, List<string> scope, Dictionary<string, (CatalogueFile File, TreatmentRecord Record)> treatments)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        pending.Push(id);
        while (pending.Count > 0)
        {
            string current = pending.Pop();
            if (!seen.Add(current))
            {
                continue;
            }
            if (scope.Contains(current))
            {
                return true;
            }
            if (treatments.TryGetValue(current, out var treatment))
            {
                foreach (var classId in treatment.Record.Classes)
                {
                    pending.Push(classId.Value);
                }
            }
        }
        return false;
    }
}
