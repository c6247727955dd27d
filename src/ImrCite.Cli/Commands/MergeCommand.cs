using System.Text.Json;
using ImrCite.Cli.Inputs;
using ImrCite.Cli.Output.Sarif;

namespace ImrCite.Cli.Commands;

/// <summary>
/// <c>imrcite merge FILES...</c>: the JSON or SARIF outputs of the shards of a lint (<c>--shard i/n</c>) made into
/// the output a single run over all the letters gives, byte for byte. A single run reports letters in path order
/// and each shard is a subsequence of that order, so merging is a stable sort by the letter's path.
/// </summary>
internal static class MergeCommand
{
    public static Command Create(CliConsole console)
    {
        var files = new Argument<string[]>("files") { Description = "The shards' outputs: all JSON or all SARIF, written by imrcite lint --shard.", Arity = ArgumentArity.OneOrMore };
        var output = Options.Output();
        var command = RunnableCommand.Create("merge", "Merge the JSON or SARIF outputs of lint shards into the output of one run.",
            "imrcite merge shard-0.sarif shard-1.sarif shard-2.sarif --output imrcite.sarif",
            [files, output],
            parse => Run(console, parse.GetValue(files)!, parse.GetValue(output)));
        return command;
    }

    public static ExitCode Run(CliConsole console, string[] files, string? outputPath)
    {
        if (files.GroupBy(Path.GetFullPath, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            console.Problem($"{twice.First()}: given twice; each shard's output is merged once.");
            return ExitCode.UsageOrInput;
        }
        var texts = new List<(string File, string Text)>();
        foreach (string file in files)
        {
            if (FileKind.Of(file).Kind != FileKindValue.Regular)
            {
                console.Problem($"{file}: no such file.");
                return ExitCode.UsageOrInput;
            }
            texts.Add((file, File.ReadAllText(file)));
        }
        var documents = new List<(string File, JsonDocument Json)>();
        try
        {
            foreach (var (file, text) in texts)
            {
                try
                {
                    documents.Add((file, JsonDocument.Parse(text)));
                }
                catch (JsonException ex)
                {
                    console.Problem($"{file}: not JSON ({ex.Message.TrimEnd('.')}).");
                    return ExitCode.UsageOrInput;
                }
            }
            bool sarif = documents[0].Json.RootElement.TryGetProperty("runs", out _);
            foreach (var (file, json) in documents)
            {
                bool isSarif = json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("runs", out _);
                bool isLint = json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("citations", out _);
                if (sarif ? !isSarif : !isLint)
                {
                    string kind = isSarif ? "SARIF" : isLint ? "imrcite lint JSON" : "neither SARIF nor imrcite lint JSON";
                    console.Problem($"{file}: {kind}, but {documents[0].File} is {(sarif ? "SARIF" : "imrcite lint JSON")}; merge outputs of one format (all --format json or all --format sarif).");
                    return ExitCode.UsageOrInput;
                }
            }
            using var target = OutputFile.Open(outputPath, console.Output, console.Error);
            if (target is null)
            {
                return ExitCode.UsageOrInput;
            }
            bool errors = sarif ? MergeSarif(texts, console, target) : MergeJson(documents, console, target);
            target.Commit();
            return errors ? ExitCode.Findings : ExitCode.Clean;
        }
        catch (MergeException ex)
        {
            console.Problem(ex.Message);
            return ExitCode.UsageOrInput;
        }
        finally
        {
            foreach (var (_, json) in documents)
            {
                json.Dispose();
            }
        }
    }

    private sealed class MergeException(string message) : Exception(message);

    /// <summary>The elements of every document's array <paramref name="name"/>, in the single run's order: by the letter's path, stable.</summary>
    private static IEnumerable<JsonElement> Ordered(List<(string File, JsonDocument Json)> documents, string name) =>
        documents
            .SelectMany((document, shard) => Array(document, name).Select((element, index) => (Element: element, Shard: shard, Index: index)))
            .OrderBy(e => Shard.Key(e.Element.TryGetProperty("file", out var file) ? file.GetString() ?? "" : ""), StringComparer.Ordinal)
            .ThenBy(e => e.Shard)
            .ThenBy(e => e.Index)
            .Select(e => e.Element);

    private static IEnumerable<JsonElement> Array((string File, JsonDocument Json) document, string name) =>
        document.Json.RootElement.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray()
            : throw new MergeException($"{document.File}: has no '{name}' array.");

    private static bool MergeJson(List<(string File, JsonDocument Json)> documents, CliConsole console, OutputFile target)
    {
        string[] known = { "citations", "findings", "summary" };
        foreach (var (file, document) in documents)
        {
            if (document.RootElement.EnumerateObject().Select(p => p.Name).FirstOrDefault(name => !known.Contains(name)) is { } unknown)
            {
                throw new MergeException($"{file}: '{unknown}' is not a part of lint output this version of merge knows.");
            }
        }
        // Shards of one run split the letters: a letter in two outputs means two runs' outputs, or overlapping shards.
        var shardOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            foreach (var row in Array(document, "summary"))
            {
                string letter = row.TryGetProperty("file", out var file) ? file.GetString() ?? "" : "";
                if (!shardOf.TryAdd(letter, document.File))
                {
                    throw new MergeException($"{document.File}: the letter {letter} is in {shardOf[letter]} too; shards of one run (--shard INDEX/COUNT, the same COUNT and paths) hold each letter once.");
                }
            }
        }
        bool errors = false;
        using var json = new JsonOutput(target.Writer);
        var writer = json.Writer;
        writer.WriteStartObject();
        foreach (string name in known)
        {
            writer.WriteStartArray(name);
            foreach (var element in Ordered(documents, name))
            {
                errors |= name == "findings" && element.TryGetProperty("severity", out var severity) && severity.GetString() == "error";
                element.WriteTo(writer);
            }
            writer.WriteEndArray();
            json.Flush();
        }
        writer.WriteEndObject();
        json.Complete();
        return errors;
    }

    /// <summary>The path a SARIF artifact URI was made from: a relative reference unescaped, or a file URI's local path.</summary>
    private static string PathOf(SarifLocation? location)
    {
        string uri = location?.PhysicalLocation?.ArtifactLocation.Uri ?? "";
        return Uri.TryCreate(uri, UriKind.Absolute, out var absolute) && absolute.IsFile ? absolute.LocalPath : Shard.Key(Uri.UnescapeDataString(uri));
    }

    private static bool MergeSarif(List<(string File, string Text)> texts, CliConsole console, OutputFile target)
    {
        var logs = new List<(string File, SarifRun Run)>();
        foreach (var (file, text) in texts)
        {
            var log = SarifWriter.Read(text);
            if (log is null || log.Runs.Count != 1)
            {
                throw new MergeException($"{file}: not a SARIF log of one run, as imrcite lint writes.");
            }
            logs.Add((file, log.Runs[0]));
        }
        var first = logs[0].Run;
        foreach (var (file, run) in logs.Skip(1))
        {
            if (run.Tool.Driver.Name != first.Tool.Driver.Name || run.Tool.Driver.Version != first.Tool.Driver.Version || run.AutomationDetails?.Id != first.AutomationDetails?.Id)
            {
                throw new MergeException($"{file}: written by {run.Tool.Driver.Name} {run.Tool.Driver.Version} ({run.AutomationDetails?.Id}), not {first.Tool.Driver.Name} {first.Tool.Driver.Version} ({first.AutomationDetails?.Id}) like {logs[0].File}; merge the shards of one run.");
            }
        }
        var results = logs
            .SelectMany((log, shard) => log.Run.Results.Select((result, index) => (Result: result, Shard: shard, Index: index)))
            .OrderBy(r => PathOf(r.Result.Locations.FirstOrDefault()), StringComparer.Ordinal).ThenBy(r => r.Shard).ThenBy(r => r.Index)
            .Select(r => r.Result)
            .ToList();
        var notifications = logs
            .SelectMany((log, shard) => (log.Run.Invocations?.SelectMany(i => i.ToolExecutionNotifications ?? new List<SarifNotification>()) ?? Enumerable.Empty<SarifNotification>())
                .Select((notification, index) => (Notification: notification, Shard: shard, Index: index)))
            .OrderBy(n => PathOf(n.Notification.Locations?.FirstOrDefault()), StringComparer.Ordinal).ThenBy(n => n.Shard).ThenBy(n => n.Index)
            .Select(n => n.Notification)
            .ToList();
        bool successful = logs.All(l => l.Run.Invocations?.All(i => i.ExecutionSuccessful) ?? true);
        var merged = first with
        {
            Invocations = new List<SarifInvocation> { new() { ExecutionSuccessful = successful, ToolExecutionNotifications = notifications.Count == 0 ? null : notifications } },
            Results = results,
        };
        SarifWriter.Write(new SarifLog { Runs = new List<SarifRun> { merged } }, target.Writer);
        return results.Any(r => r.Level == "error");
    }
}
