using System.Text.Encodings.Web;
using System.Text.Json;
using ImrCite.Catalogue;
using ImrCite.Diagnostics;

namespace ImrCite.Tooling;

/// <summary>The outcome of formatting one catalogue text.</summary>
/// <param name="Path">The path the text was read from (used to locate diagnostics).</param>
/// <param name="Original">The text as given.</param>
/// <param name="Formatted">The canonical text, or null when the file is broken and was not formatted.</param>
/// <param name="Diagnostics">What reading the file found (located). When <see cref="Formatted"/> is null these explain why; otherwise they are the file's other problems, which formatting neither causes nor fixes.</param>
public sealed record CatalogueFormatResult(string Path, string Original, string? Formatted, IReadOnlyList<ImrDiagnostic> Diagnostics)
{
    /// <summary>True when the file could be formatted.</summary>
    public bool Succeeded => Formatted is not null;

    /// <summary>True when the file was formatted and its text is already canonical.</summary>
    public bool IsCanonical => Formatted is not null && string.Equals(Formatted, Original, StringComparison.Ordinal);
}

/// <summary>The outcome of <see cref="CatalogueFormatter.FormatFile"/>.</summary>
/// <param name="Format">The formatting outcome (diagnostics; canonical text).</param>
/// <param name="Written">True when the file was rewritten (never in check mode).</param>
/// <param name="Diff">In check mode, a unified-style diff of the current text against the canonical one; empty otherwise or when canonical.</param>
public sealed record CatalogueFormatFileResult(CatalogueFormatResult Format, bool Written, string Diff)
{
    /// <summary>The file's path.</summary>
    public string Path => Format.Path;

    /// <summary>True when the file was broken and left alone.</summary>
    public bool Failed => !Format.Succeeded;

    /// <summary>True when the file is formatted and was not canonical (in check mode: would change).</summary>
    public bool Changed => Format.Succeeded && !Format.IsCanonical;
}

/// <summary>Thrown by <see cref="CatalogueFormatter.Format(string)"/> when the text is not a readable catalogue file.</summary>
public sealed class CatalogueFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CatalogueFormatException(IReadOnlyList<ImrDiagnostic> diagnostics)
        : base("The catalogue text cannot be formatted: " + string.Join("; ", diagnostics.Select(d => d.ToString())))
    {
        Diagnostics = diagnostics;
    }

    /// <summary>Why the text could not be formatted.</summary>
    public IReadOnlyList<ImrDiagnostic> Diagnostics { get; }
}

/// <summary>
/// Writes catalogue files (<c>*.imrcite.json</c>) in one canonical layout, so that reviews show only
/// real changes. The rules:
/// <list type="bullet">
/// <item>Two-space indentation, <c>"\n"</c> line endings, one trailing newline; arrays and objects one item per line; empty ones as <c>[]</c> and <c>{}</c>.</item>
/// <item>Keys in the canonical order of <c>CatalogueSchema</c> for each kind of object (file: <c>$schema</c>, <c>sources</c>, <c>treatments</c>, <c>documents</c>; then source, treatment, document, section, alias and omission, the order of <c>imrcite-catalogue.schema.json</c>). Unknown keys (which the validator reports as IMR0002) are kept after the known ones, in their original order.</item>
/// <item>Array items keep their order: records, aliases and names are not sorted. Sections in particular stay in <b>document order</b>, which the catalogue uses for "first declaration" (duplicates keep the first) and the generator for member order.</item>
/// <item>Strings are written with relaxed escaping: <c>&amp;</c>, <c>'</c>, <c>&lt;</c> and non-ASCII text such as en dashes stay readable; only quotes, backslashes and control characters are escaped. Numbers are kept as written.</item>
/// <item>Comments and trailing commas, which the reader tolerates, are removed (keep notes in <c>note</c>/<c>sourceNote</c>).</item>
/// </list>
/// A file that is not valid JSON, or whose root is not an object, is not formatted.
/// The layout is idempotent and preserves content: the records read before and after are the same.
/// </summary>
public static class CatalogueFormatter
{
    /// <summary>Returns the canonical layout of a catalogue file's text.</summary>
    /// <exception cref="CatalogueFormatException">The text is not a readable catalogue file.</exception>
    public static string Format(string text)
    {
        var result = TryFormat("catalogue.imrcite.json", text);
        return result.Formatted ?? throw new CatalogueFormatException(result.Diagnostics);
    }

    /// <summary>Formats a catalogue file's text; never throws. A broken file yields diagnostics and no text.</summary>
    /// <param name="path">The file's path, used to locate diagnostics.</param>
    /// <param name="text">The file's text.</param>
    public static CatalogueFormatResult TryFormat(string path, string text)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }
        return TryFormat(CatalogueReader.Read(path, text));
    }

    /// <summary>
    /// Formats what the reader read. A file the reader could not read, or whose strings hold a lone surrogate
    /// (IMR0004: no UTF-8 file can hold it, so it cannot be written back as read), is not formatted; the
    /// reader's located diagnostics say why.
    /// </summary>
    private static CatalogueFormatResult TryFormat(CatalogueFile file)
    {
        string path = file.Path;
        string text = file.Text;
        var diagnostics = new List<ImrDiagnostic>(file.Diagnostics);
        if (file.HasSyntaxError || file.HasUnencodableText)
        {
            return new CatalogueFormatResult(path, text, null, diagnostics);
        }
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 256 });
        }
        catch (JsonException ex)
        {
            // The core reader accepted what System.Text.Json rejects: report it in the reader's terms.
            // System.Text.Json counts lines by "\n" and positions in bytes: near enough for a case the reader let through.
            int offset = file.Lines.GetOffset((int)(ex.LineNumber ?? 0) + 1, (int)(ex.BytePositionInLine ?? 0) + 1);
            diagnostics.Add(new ImrDiagnostic(Rules.CatalogueSyntaxError, file.Locate(offset, 0), new object?[] { Shorten(ex.Message.TrimEnd('.')) }));
            return new CatalogueFormatResult(path, text, null, diagnostics);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            return Refused(file, diagnostics, "the text cannot be parsed again for formatting (" + Shorten(ex.Message.TrimEnd('.')) + ")");
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                if (diagnostics.Count == 0)
                {
                    diagnostics.Add(new ImrDiagnostic(Rules.CatalogueSyntaxError, file.Locate(0, 0), new object?[] { "the file is not a JSON object" }));
                }
                return new CatalogueFormatResult(path, text, null, diagnostics);
            }
            try
            {
                return new CatalogueFormatResult(path, text, Write(document.RootElement), diagnostics);
            }
            catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
            {
                // Never expected after the reader's checks; the promise is never to throw and never to write a guess.
                return Refused(file, diagnostics, "a value cannot be written back as read (" + Shorten(ex.Message.TrimEnd('.')) + ")");
            }
        }
    }

    /// <summary>An exception's message, cut to one line's length: System.Text.Json may quote much of the input.</summary>
    private static string Shorten(string message) =>
        message.Length <= 240 ? message : message.Substring(0, char.IsHighSurrogate(message[238]) ? 238 : 239) + "\u2026";

    private static CatalogueFormatResult Refused(CatalogueFile file, List<ImrDiagnostic> diagnostics, string why)
    {
        diagnostics.Add(new ImrDiagnostic(Rules.CatalogueSyntaxError, file.Locate(0, 0), new object?[] { why }));
        return new CatalogueFormatResult(file.Path, file.Text, null, diagnostics);
    }

    /// <summary>
    /// Formats a catalogue file on disk; never throws for a file that cannot be read, decoded or written — that
    /// is a failed result with a diagnostic, and the file is left as it was. In check mode nothing is written and
    /// <see cref="CatalogueFormatFileResult.Diff"/> holds a unified-style diff when the file is not canonical;
    /// otherwise a non-canonical file is replaced by <see cref="AtomicFileWriter.Write"/> (through a symbolic link
    /// to its target, keeping its permissions), so a reader never sees a half-written catalogue. A file whose
    /// bytes are not valid UTF-8 (IMR0019) is never written.
    /// </summary>
    /// <param name="path">The catalogue file.</param>
    /// <param name="checkOnly">True to only check (CI); false to rewrite.</param>
    /// <param name="cancellationToken">Stops before the file is replaced.</param>
    public static CatalogueFormatFileResult FormatFile(string path, bool checkOnly, CancellationToken cancellationToken = default)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return Unreadable(path, "the file cannot be read (" + ex.Message.TrimEnd('.') + ")");
        }
        var result = TryFormat(CatalogueReader.Read(path, bytes));
        if (result.Formatted is null || result.IsCanonical)
        {
            return new CatalogueFormatFileResult(result, false, "");
        }
        if (checkOnly)
        {
            return new CatalogueFormatFileResult(result, false, LineDiff.Unified(result.Original, result.Formatted, path, path + " (canonical)"));
        }
        try
        {
            AtomicFileWriter.Write(path, result.Formatted, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            var diagnostics = new List<ImrDiagnostic>(result.Diagnostics)
            {
                new ImrDiagnostic(Rules.CatalogueSyntaxError, new Text.LineMap(path, "").GetLocation(0, 0),
                    new object?[] { "the file cannot be written, and was left unchanged (" + ex.Message.TrimEnd('.') + ")" }),
            };
            return new CatalogueFormatFileResult(new CatalogueFormatResult(path, result.Original, null, diagnostics), false, "");
        }
        return new CatalogueFormatFileResult(result, true, "");
    }

    private static CatalogueFormatFileResult Unreadable(string path, string why)
    {
        var location = new Text.LineMap(path, "").GetLocation(0, 0);
        var diagnostic = new ImrDiagnostic(Rules.CatalogueSyntaxError, location, new object?[] { why });
        return new CatalogueFormatFileResult(new CatalogueFormatResult(path, "", null, new[] { diagnostic }), false, "");
    }

    /// <summary>
    /// Formats every catalogue file at <paramref name="paths"/> (files, or folders searched recursively for
    /// <c>*.imrcite.json</c>), in path order.
    /// </summary>
    /// <param name="paths">Files or folders.</param>
    /// <param name="checkOnly">True to only check (CI); false to rewrite.</param>
    /// <param name="cancellationToken">Stops before the next file is replaced.</param>
    public static IReadOnlyList<CatalogueFormatFileResult> FormatFiles(IEnumerable<string> paths, bool checkOnly, CancellationToken cancellationToken = default)
    {
        var results = new List<CatalogueFormatFileResult>();
        foreach (string file in CatalogueFiles.Expand(paths))
        {
            cancellationToken.ThrowIfCancellationRequested();
            results.Add(FormatFile(file, checkOnly, cancellationToken));
        }
        return results;
    }

    /// <summary>Writes text to a file atomically; see <see cref="AtomicFileWriter.Write"/>.</summary>
    /// <param name="path">The file to replace (a symbolic link is followed to its target).</param>
    /// <param name="text">The new text (written as UTF-8 without a byte order mark).</param>
    public static void WriteAtomically(string path, string text) => AtomicFileWriter.Write(path, text);

    private static string Write(JsonElement root)
    {
        var options = new JsonWriterOptions
        {
            Indented = true,
            IndentSize = 2,
            IndentCharacter = ' ',
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            SkipValidation = false,
        };
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            WriteValue(writer, root, CatalogueSchema.File);
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteValue(Utf8JsonWriter writer, JsonElement element, CatalogueRecordSchema? kind)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                WriteObject(writer, element, kind);
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    WriteValue(writer, item, kind);
                }
                writer.WriteEndArray();
                break;
            case JsonValueKind.String:
                writer.WriteStringValue(element.GetString());
                break;
            case JsonValueKind.Number:
                writer.WriteRawValue(element.GetRawText(), skipInputValidation: true);
                break;
            case JsonValueKind.True:
                writer.WriteBooleanValue(true);
                break;
            case JsonValueKind.False:
                writer.WriteBooleanValue(false);
                break;
            default:
                writer.WriteNullValue();
                break;
        }
    }

    private static void WriteObject(Utf8JsonWriter writer, JsonElement element, CatalogueRecordSchema? kind)
    {
        var properties = element.EnumerateObject()
            .Select((property, index) => (Property: property, Index: index, Field: kind?.Find(property.Name)))
            .OrderBy(p => p.Field is null ? int.MaxValue : kind!.IndexOf(p.Field.Name))
            .ThenBy(p => p.Index)
            .ToList();
        writer.WriteStartObject();
        foreach (var (property, _, field) in properties)
        {
            writer.WritePropertyName(property.Name);
            // Unknown keys (IMR0002) keep their content as written, with no record order applied inside.
            WriteValue(writer, property.Value, field?.Items is { } items ? CatalogueSchema.Find(items) : null);
        }
        writer.WriteEndObject();
    }
}

/// <summary>Expands catalogue paths (files, or folders searched recursively) into files in path order.</summary>
public static class CatalogueFiles
{
    /// <summary>Every catalogue file named or under the folders named, sorted ordinally, without duplicates.</summary>
    /// <param name="paths">Files or folders.</param>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths) => CatalogueLoader.ExpandPaths(paths);
}
