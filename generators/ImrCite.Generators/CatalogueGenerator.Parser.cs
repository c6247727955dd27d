using System.Threading;
using ImrCite.Generators.Model;
using Microsoft.CodeAnalysis.Text;

namespace ImrCite.Generators;

public sealed partial class CatalogueGenerator
{
    /// <summary>
    /// Turns catalogue text into pipeline specs with the shared core's reader. Records the reader
    /// could not read are left out; the catalogue analyzer reports them.
    /// </summary>
    internal static class Parser
    {
        public static CatalogueFileSpec ParseFile(string path, SourceText? text, CancellationToken cancellationToken)
        {
            // Read once per content, and shared with the analyzers (CatalogueFiles).
            var file = CatalogueFiles.Read(path, text ?? SourceText.From(""));
            // The full path identifies the file: two folders may hold files of the same name.
            string fileName = path;
            var sources = file.Sources.Select(s => new SourceSpec(
                s.Id.Value, s.Name, s.CodeName ?? Identifiers.FromTitle(s.Id.Value), (int)s.Tier,
                EquatableArray.From(s.Aliases.Select(a => a.Value)), s.Note, AliasSources(s.AliasSources), (int)s.Coverage));
            var treatments = file.Treatments.Select(t => new TreatmentSpec(
                t.Id.Value, EquatableArray.From(t.Names), EquatableArray.From(t.Classes.Select(c => c.Value)),
                t.Form is { } form ? (int)form : null, t.Purpose is { } purpose ? (int)purpose : null,
                EquatableArray.From(t.BodyParts.Select(b => (int)b)), EquatableArray.From(t.AppliesTo.Select(a => a.Value))));
            var documents = new List<DocumentSpec>();
            for (int i = 0; i < file.Documents.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                documents.Add(ToSpec(fileName, i, file.Documents[i]));
            }
            return new CatalogueFileSpec(fileName, EquatableArray.From(sources), EquatableArray.From(treatments), EquatableArray.From(documents));
        }

        private static DocumentSpec ToSpec(string fileName, int ordinal, DocumentRecord record) => new DocumentSpec(
            fileName,
            ordinal,
            record.Id.Value,
            record.Source.Value,
            record.Tier is { } tier ? (int)tier : null,
            record.Title.Value,
            record.Edition,
            record.Series,
            record.Chapter,
            record.CodeName,
            EquatableArray.From(record.Aliases.Select(a => a.Value)),
            record.EffectiveFrom?.ToString(),
            record.EffectiveTo?.ToString(),
            record.Pages?.ToString(),
            (int)record.PagesProvenance,
            record.StatedTotal,
            record.Regulation,
            record.SupersededBy?.Value,
            record.SupersededOn?.ToString(),
            record.SourceNote,
            EquatableArray.From(record.Sections.Select(s => ToSpec(s, record.DefaultProvenance))),
            AliasSources(record.AliasSources),
            (int)record.Status,
            record.ProposedOn?.ToString(),
            record.Coverage is { } coverage ? (int)coverage : null,
            EquatableArray.From(record.BodyParts.Select(b => (int)b)),
            record.VersionDate?.ToString(),
            EquatableArray.From(record.Addresses.Select(a => a.Value)));

        private static SectionSpec ToSpec(SectionRecord record, Provenance defaultProvenance) => new SectionSpec(
            record.Id.Value,
            record.Title.Value,
            record.Number,
            record.CodeName,
            EquatableArray.From(record.Aliases.Select(a => a.Value)),
            record.Pages?.ToString(),
            (int)(record.Provenance ?? defaultProvenance),
            EquatableArray.From(record.Addresses.Select(a => a.Value)),
            record.EffectiveFrom?.ToString(),
            record.SupersededBy?.Value,
            record.SupersededOn?.ToString(),
            record.Note,
            EquatableArray.From(record.Sections.Select(s => ToSpec(s, defaultProvenance))),
            AliasSources(record.AliasSources),
            EquatableArray.From(record.BodyParts.Select(b => (int)b)),
            record.AddressesNothing);

        private static EquatableArray<string> AliasSources(List<string?> sources) => EquatableArray.From(sources.Select(s => s ?? ""));

        /// <summary>
        /// Decides every document's class: the first declaration of an id wins (duplicates are reported
        /// by the analyzer), documents whose source is unknown are left out, and class names that would
        /// collide within a source class get a numeric suffix, in a deterministic order.
        /// </summary>
        public static DocumentNames Name(IEnumerable<CatalogueFileSpec> files, string ns)
        {
            var ordered = files.OrderBy(f => f.FileName, StringComparer.Ordinal).ToList();
            var sources = new Dictionary<string, SourceSpec>(StringComparer.Ordinal);
            foreach (var source in ordered.SelectMany(f => f.Sources))
            {
                if (!sources.ContainsKey(source.Id))
                {
                    sources.Add(source.Id, source);
                }
            }
            // Source classes must differ from each other, from the catalogue class and be valid.
            var sourceClasses = new Dictionary<string, string>(StringComparer.Ordinal);
            // Hint names are compared ignoring case, so class names must differ in more than case.
            var usedSourceClasses = new UniqueNames(new[] { Emitter.CatalogueClassName, Emitter.FormerSectionAlias, Emitter.RecordAlias }, StringComparer.OrdinalIgnoreCase);
            foreach (var source in sources.Values.OrderBy(s => s.Id, StringComparer.Ordinal))
            {
                // A source class must not hide a namespace or type the generated code uses (Catalogue in ImrCite).
                sourceClasses[source.Id] = usedSourceClasses.Take(Emitter.ClassFor(ns, Identifiers.Sanitize(source.ClassName)));
            }

            var seenIds = new HashSet<string>(StringComparer.Ordinal);
            var used = new Dictionary<string, UniqueNames>(StringComparer.Ordinal);
            var names = new List<DocumentName>();
            foreach (var document in ordered.SelectMany(f => f.Documents))
            {
                if (!seenIds.Add(document.Id) || !sources.TryGetValue(document.SourceId, out var source))
                {
                    continue;
                }
                string sourceClass = sourceClasses[source.Id];
                if (!used.TryGetValue(sourceClass, out var taken))
                {
                    taken = new UniqueNames(Emitter.ReservedMembers, StringComparer.OrdinalIgnoreCase);
                    taken.Reserve(sourceClass);
                    used.Add(sourceClass, taken);
                }
                string wanted = Identifiers.Sanitize(document.CodeName ?? Identifiers.FromTitle(document.Title));
                string className = taken.Take(wanted);
                names.Add(new DocumentName(document.Id, document.FileName, document.Ordinal, sourceClass, className, document.Tier ?? source.Tier, document.Coverage ?? source.Coverage, document.SupersededBy, document.SupersededOn));
            }
            var sourceList = sources.Values
                .OrderBy(s => s.Id, StringComparer.Ordinal)
                .Select(s => s with { ClassName = sourceClasses[s.Id] });
            return new DocumentNames(EquatableArray.From(names), EquatableArray.From(sourceList));
        }
    }
}
