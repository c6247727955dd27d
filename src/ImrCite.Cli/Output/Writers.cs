using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using ImrCite.Cli.Letters;
using ImrCite.Diagnostics;

namespace ImrCite.Cli.Output;

/// <summary>Writes lint reports as compiler-style text, JSON (docs/cli.md) or SARIF 2.1.0.</summary>
public static class Writers
{
    internal static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string SeverityName(ImrSeverity severity) => severity switch
    {
        ImrSeverity.Error => "error",
        ImrSeverity.Warning => "warning",
        _ => "note",
    };

    internal static string RoleName(CitationRole role) => role switch
    {
        CitationRole.ClaimsAdministrator => "claims_administrator",
        CitationRole.Maximus => "maximus",
        CitationRole.Rationale => "rationale",
        _ => "other",
    };

    /// <summary><c>file(line,col): severity IMRxxxx: message</c>, the line, and the span underlined; colour only on a terminal.</summary>
    public static void Text(IReadOnlyList<LetterReport> reports, TextWriter output, bool colour)
    {
        foreach (var report in reports)
        {
            foreach (var finding in report.Findings)
            {
                string where = finding.Page is { } page ? $" [page {page}]" : "";
                string severity = SeverityName(finding.Severity);
                if (colour)
                {
                    string code = finding.Severity == ImrSeverity.Error ? "\u001b[31m" : finding.Severity == ImrSeverity.Warning ? "\u001b[33m" : "\u001b[36m";
                    severity = code + severity + "\u001b[0m";
                }
                output.WriteLine($"{finding.File}({finding.Line},{finding.Column}): {severity} {finding.Rule.Id}: {finding.Message}{where}");
                output.WriteLine("    " + finding.SnippetLine);
                output.WriteLine("    " + new string(' ', Math.Min(finding.SnippetStart, finding.SnippetLine.Length)) + "^" + new string('~', Math.Max(0, Math.Min(finding.SnippetLength, 200) - 1)));
            }
            output.WriteLine($"{report.File}: {report.Items.Count} disputed item(s), {report.Citations.Count(c => c.Resolved is not null)} citation(s); " +
                $"{report.CitationLikeSpans} citation-like span(s), {report.ResolvedSpans} resolved; " +
                $"{report.Findings.Count(f => f.Severity == ImrSeverity.Error)} error(s), {report.Findings.Count(f => f.Severity == ImrSeverity.Warning)} warning(s).");
        }
    }

    /// <summary>One object with <c>citations</c>, <c>findings</c> and <c>summary</c> arrays.</summary>
    public static void Json(IReadOnlyList<LetterReport> reports, TextWriter output)
    {
        var sink = new JsonSink(output);
        foreach (var report in reports)
        {
            sink.Add(report);
        }
        sink.Complete();
    }

    internal static JsonObject CitationJson(LetterCitation citation)
    {
        var resolved = citation.Resolved;
        return new JsonObject
        {
            ["file"] = citation.File,
            ["line"] = citation.Line,
            ["column"] = citation.Column,
            ["endLine"] = citation.EndLine,
            ["endColumn"] = citation.EndColumn,
            ["page"] = citation.Page,
            ["text"] = citation.Text,
            ["role"] = RoleName(citation.Role),
            ["disputedItem"] = citation.DisputedItem,
            ["normalized"] = resolved?.ToString(),
            ["document"] = resolved?.Document.Id,
            ["section"] = resolved?.Section?.FullId,
            ["pages"] = resolved?.Pages?.ToString(),
        };
    }

    internal static JsonObject FindingJson(LetterFinding finding) => new()
    {
        ["ruleId"] = finding.Rule.Id,
        ["severity"] = SeverityName(finding.Severity),
        ["message"] = finding.Message,
        ["file"] = finding.File,
        ["line"] = finding.Line,
        ["column"] = finding.Column,
        ["endLine"] = finding.EndLine,
        ["endColumn"] = finding.EndColumn,
        ["page"] = finding.Page,
        ["fingerprint"] = finding.Fingerprint,
    };

    internal static JsonObject SummaryJson(LetterReport report) => new()
    {
        ["file"] = report.File,
        ["disputedItems"] = report.Items.Count,
        ["citationLikeSpans"] = report.CitationLikeSpans,
        ["resolvedSpans"] = report.ResolvedSpans,
        ["errors"] = report.Findings.Count(f => f.Severity == ImrSeverity.Error),
        ["warnings"] = report.Findings.Count(f => f.Severity == ImrSeverity.Warning),
    };

    internal static string Serialize(JsonNode node) => node.ToJsonString(Indented);

    /// <summary>SARIF 2.1.0 for catalogue diagnostics (file, line, column in the catalogue files).</summary>
    public static void SarifForCatalogue(IReadOnlyList<ImrDiagnostic> diagnostics, TextWriter output, string workingDirectory)
    {
        var results = diagnostics.Select(d => (d.Rule, d.Severity, d.Message, d.Location.Path, d.Location.StartLine, d.Location.StartColumn, d.Location.EndLine, d.Location.EndColumn,
            Fingerprint: LetterLinter.Fingerprint(d.Location.Path, "", d.Message, d.Id)));
        WriteSarif(results, output, workingDirectory);
    }

    /// <summary>SARIF 2.1.0 with rules, levels, regions and partial fingerprints.</summary>
    public static void Sarif(IReadOnlyList<LetterReport> reports, TextWriter output, string workingDirectory)
    {
        var results = reports.SelectMany(r => r.Findings).Select(f => (f.Rule, f.Severity, f.Message, f.File, f.Line, f.Column, f.EndLine, f.EndColumn, f.Fingerprint));
        WriteSarif(results, output, workingDirectory);
    }

    private static void WriteSarif(
        IEnumerable<(RuleDescriptor Rule, ImrSeverity Severity, string Message, string File, int Line, int Column, int EndLine, int EndColumn, string Fingerprint)> findings,
        TextWriter output, string workingDirectory)
    {
        var rules = new JsonArray();
        foreach (var rule in LetterRules.Everything())
        {
            rules.Add(new JsonObject
            {
                ["id"] = rule.Id,
                ["name"] = string.Concat(rule.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w.Substring(1))).Replace("-", "", StringComparison.Ordinal).Replace("(", "", StringComparison.Ordinal).Replace(")", "", StringComparison.Ordinal),
                ["shortDescription"] = new JsonObject { ["text"] = rule.Title },
                ["fullDescription"] = new JsonObject { ["text"] = rule.MessageFormat },
                ["help"] = new JsonObject { ["text"] = $"{rule.Title}. See {rule.HelpLink}" },
                ["helpUri"] = rule.HelpLink,
                ["defaultConfiguration"] = new JsonObject { ["level"] = SeverityName(rule.DefaultSeverity) },
            });
        }
        var results = new JsonArray();
        foreach (var finding in findings)
        {
            {
                results.Add(new JsonObject
                {
                    ["ruleId"] = finding.Rule.Id,
                    ["level"] = SeverityName(finding.Severity),
                    ["message"] = new JsonObject { ["text"] = finding.Message },
                    ["locations"] = new JsonArray(new JsonObject
                    {
                        ["physicalLocation"] = new JsonObject
                        {
                            ["artifactLocation"] = new JsonObject { ["uri"] = RelativeUri(finding.File, workingDirectory) },
                            ["region"] = new JsonObject
                            {
                                ["startLine"] = finding.Line,
                                ["startColumn"] = finding.Column,
                                ["endLine"] = finding.EndLine,
                                ["endColumn"] = Math.Max(finding.EndColumn, finding.EndLine == finding.Line ? finding.Column + 1 : 1),
                            },
                        },
                    }),
                    ["partialFingerprints"] = new JsonObject { ["imrciteFinding/v1"] = finding.Fingerprint },
                });
            }
        }
        string version = typeof(Writers).Assembly.GetName().Version?.ToString(3) ?? "1.0.0";
        var root = new JsonObject
        {
            ["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json",
            ["version"] = "2.1.0",
            ["runs"] = new JsonArray(new JsonObject
            {
                ["tool"] = new JsonObject
                {
                    ["driver"] = new JsonObject
                    {
                        ["name"] = "imrcite",
                        ["version"] = version,
                        ["semanticVersion"] = version,
                        ["informationUri"] = "https://github.com/imrcite/imrcite",
                        ["rules"] = rules,
                    },
                },
                ["results"] = results,
            }),
        };
        output.WriteLine(root.ToJsonString(Indented));
    }

    private static string RelativeUri(string file, string workingDirectory)
    {
        if (file == "-")
        {
            return "stdin";
        }
        string full = Path.GetFullPath(file);
        string relative = Path.GetRelativePath(workingDirectory, full);
        if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            // Outside the working directory: an absolute file URI (a bare "/path" is a relative reference, SARIF1004).
            return new Uri(full).AbsoluteUri;
        }
        // A relative reference: each segment escaped ("my letters/a b.pdf" is "my%20letters/a%20b.pdf").
        return string.Join("/", relative.Split('/', '\\').Select(Uri.EscapeDataString));
    }
}
