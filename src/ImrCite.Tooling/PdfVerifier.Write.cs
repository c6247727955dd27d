using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ImrCite.Catalogue;

namespace ImrCite.Tooling;

/// <summary>The <c>catalogue verify --write</c> step: a verification report written back into the catalogue file.</summary>
public static partial class PdfVerifier
{
    /// <summary>
    /// The <c>--write</c> step: returns <paramref name="catalogueText"/> (a catalogue file holding the report's document)
    /// with each located section's <c>pages</c> set to the verified page set and <c>"provenance": "verified"</c>, in
    /// canonical layout (<see cref="CatalogueFormatter"/>). Sections whose heading was not found are left unchanged.
    /// </summary>
    /// <param name="catalogueText">The catalogue file's text.</param>
    /// <param name="report">The verification report.</param>
    /// <exception cref="InvalidOperationException">The file does not hold the report's document.</exception>
    /// <exception cref="CatalogueFormatException">The file is not a readable catalogue file.</exception>
    public static string ApplyVerification(string catalogueText, PdfVerificationReport report)
    {
        var root = JsonNode.Parse(catalogueText, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip })
            ?? throw new InvalidOperationException("The catalogue file is empty.");
        var document = (root["documents"] as JsonArray)?.OfType<JsonObject>()
            .FirstOrDefault(d => d["id"] is JsonValue id && id.TryGetValue(out string? value) && value == report.DocumentId)
            ?? throw new InvalidOperationException($"The catalogue file does not hold document '{report.DocumentId}'.");
        Update(document["sections"] as JsonArray, report);
        string json = root.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        return CatalogueFormatter.Format(json);
    }

    /// <summary>
    /// Finds which of the catalogue files at <paramref name="paths"/> holds the report's document, applies
    /// <see cref="ApplyVerification"/> to it and writes it back atomically. Returns the file written, or null when no file holds it.
    /// </summary>
    /// <param name="paths">Catalogue files or folders.</param>
    /// <param name="report">The verification report.</param>
    public static string? WriteVerification(IEnumerable<string> paths, PdfVerificationReport report)
    {
        foreach (string path in CatalogueFiles.Expand(paths))
        {
            string text = File.ReadAllText(path);
            var file = CatalogueReader.Read(path, text);
            if (file.Documents.Any(d => d.Id.Value == report.DocumentId))
            {
                CatalogueFormatter.WriteAtomically(path, ApplyVerification(text, report));
                return path;
            }
        }
        return null;
    }

    private static void Update(JsonArray? sections, PdfVerificationReport report)
    {
        if (sections is null)
        {
            return;
        }
        foreach (var section in sections.OfType<JsonObject>())
        {
            if (section["id"] is JsonValue id && id.TryGetValue(out string? value) && report.VerifiedPages.TryGetValue(value, out var pages))
            {
                section["pages"] = pages.ToString();
                section["provenance"] = "verified";
            }
            Update(section["sections"] as JsonArray, report);
        }
    }
}
