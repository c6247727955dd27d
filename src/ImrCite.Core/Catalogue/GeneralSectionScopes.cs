using ImrCite.Diagnostics;
using ImrCite.Text;

namespace ImrCite.Catalogue;

/// <summary>
/// IMR0020: a general section of an MTUS guideline says what it addresses. A general section is one whose heading
/// recurs in other documents of its series (every ACOEM chapter has its "Special Studies", "Initial Care", "Summary";
/// every later chapter its "Recommendations"): letters cite them for every kind of request, so a general section with no
/// scope leaves the topic check (IMR0200) blind to the requests it is cited for. A section has a scope when it, a
/// section it is nested in or one nested in it lists <c>addresses</c>, or says <c>"addresses": []</c> (it addresses no
/// treatment). Only documents in the MTUS (their <c>tier</c>, else their source's) take part. One diagnostic per
/// section; hash maps throughout, linear in the sections of the catalogue.
/// </summary>
internal static class GeneralSectionScopes
{
    public static void Report(CatalogueDeclarations declared, List<ImrDiagnostic> diagnostics)
    {
        // For each series, the documents each heading (by matching key) appears in: a heading of two or more is general.
        var headings = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var checkedDocuments = new List<(CatalogueFile File, DocumentRecord Record)>();
        foreach (var (file, document) in declared.FirstDocuments())
        {
            if (document.Series is not { Length: > 0 } series || !IsMtus(document, declared.Sources))
            {
                continue;
            }
            checkedDocuments.Add((file, document));
            foreach (var section in Sections(document.Sections))
            {
                string key = HeadingKey(series, section);
                if (!headings.TryGetValue(key, out var owners))
                {
                    owners = new HashSet<string>(StringComparer.Ordinal);
                    headings.Add(key, owners);
                }
                owners.Add(document.Id.Value);
            }
        }
        foreach (var (file, document) in checkedDocuments)
        {
            Check(file, document, document.Sections, false, headings, diagnostics);
        }
    }

    private static void Check(CatalogueFile file, DocumentRecord document, List<SectionRecord> sections, bool enclosingHasScope,
        Dictionary<string, HashSet<string>> headings, List<ImrDiagnostic> diagnostics)
    {
        foreach (var section in sections)
        {
            bool ownScope = HasOwnScope(section);
            if (!enclosingHasScope && !ownScope && !HasScopeBelow(section) && headings[HeadingKey(document.Series!, section)].Count > 1)
            {
                diagnostics.Add(new ImrDiagnostic(Rules.GeneralSectionWithoutScope, file.Locate(section.Id.Start, section.Id.Length),
                    new object?[] { TextLimits.Shorten(section.Title.Value), TextLimits.Shorten(document.Id.Value) }));
            }
            Check(file, document, section.Sections, enclosingHasScope || ownScope, headings, diagnostics);
        }
    }

    private static bool HasOwnScope(SectionRecord section) => section.Addresses.Count > 0 || section.AddressesNothing;

    private static bool HasScopeBelow(SectionRecord section)
    {
        foreach (var child in section.Sections)
        {
            if (HasOwnScope(child) || HasScopeBelow(child))
            {
                return true;
            }
        }
        return false;
    }

    private static string HeadingKey(string series, SectionRecord section) => series + "\u001f" + TextKey.Normalize(section.Title.Value);

    private static bool IsMtus(DocumentRecord document, Dictionary<string, (CatalogueFile File, SourceRecord Record)> sources)
    {
        var tier = document.Tier ?? (sources.TryGetValue(document.Source.Value, out var source) ? source.Record.Tier : EvidenceTier.Other);
        return tier == EvidenceTier.Mtus || tier == EvidenceTier.MtusRegulation;
    }

    private static IEnumerable<SectionRecord> Sections(List<SectionRecord> sections)
    {
        foreach (var section in sections)
        {
            yield return section;
            foreach (var child in Sections(section.Sections))
            {
                yield return child;
            }
        }
    }
}
