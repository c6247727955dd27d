using System;
using System.Collections.Generic;
using System.Linq;
using ImrCite;
using ImrCite.Citations;
using ImrCite.Diagnostics;
using ImrCite.Testing;
using Xunit;

namespace ImrCite.Tests.Support;

/// <summary>Loading catalogue texts and asserting on their diagnostics.</summary>
internal static class Catalogues
{
    public const string DefaultPath = "test.imrcite.json";

    public static LoadedCatalogue Load(string text) => CatalogueLoader.FromText((DefaultPath, text));

    public static string Describe(IEnumerable<ImrDiagnostic> diagnostics)
    {
        var lines = diagnostics.Select(d => "  " + d).ToList();
        return lines.Count == 0 ? "  (no diagnostics)" : string.Join(Environment.NewLine, lines);
    }

    /// <summary>Asserts the catalogue has no diagnostics at all.</summary>
    public static void AssertClean(LoadedCatalogue loaded) =>
        Assert.True(loaded.Diagnostics.Count == 0, "Expected no diagnostics, got:" + Environment.NewLine + Describe(loaded.Diagnostics));

    /// <summary>Asserts the catalogue has exactly one diagnostic, with the given id, and returns it.</summary>
    public static ImrDiagnostic AssertSingle(LoadedCatalogue loaded, string id)
    {
        Assert.True(loaded.Diagnostics.Count == 1 && loaded.Diagnostics[0].Id == id,
            $"Expected exactly one {id}, got:" + Environment.NewLine + Describe(loaded.Diagnostics));
        return loaded.Diagnostics[0];
    }

    /// <summary>Asserts every diagnostic has one of the ids, and at least one has <paramref name="id"/>; returns those.</summary>
    public static List<ImrDiagnostic> AssertAll(LoadedCatalogue loaded, string id, int count)
    {
        var found = loaded.Diagnostics.Where(d => d.Id == id).ToList();
        Assert.True(found.Count == count && loaded.Diagnostics.Count == count,
            $"Expected exactly {count} × {id}, got:" + Environment.NewLine + Describe(loaded.Diagnostics));
        return found;
    }

    /// <summary>Asserts the diagnostic starts where <paramref name="marker"/> does (line and column, 1-based).</summary>
    public static void AssertAt(ImrDiagnostic diagnostic, string text, string marker, int occurrence = 1)
    {
        var expected = TextPositions.PositionOf(text, marker, occurrence);
        Assert.True(expected == (diagnostic.Location.StartLine, diagnostic.Location.StartColumn),
            $"Expected {diagnostic.Id} at ({expected.Line},{expected.Column}) ('{marker}'), got ({diagnostic.Location.StartLine},{diagnostic.Location.StartColumn}): {diagnostic}");
        Assert.Equal(TextPositions.OffsetOf(text, marker, occurrence), diagnostic.Location.Start);
    }

    /// <summary>As <see cref="AssertAt"/>, and the span covers exactly <paramref name="marker"/>.</summary>
    public static void AssertSpan(ImrDiagnostic diagnostic, string text, string marker, int occurrence = 1)
    {
        AssertAt(diagnostic, text, marker, occurrence);
        Assert.Equal(marker.Length, diagnostic.Location.Length);
    }
}

/// <summary>Assertions on citation analyses.</summary>
internal static class Analyses
{
    public static string Describe(CitationAnalysis analysis)
    {
        var lines = new List<string> { "Text: " + analysis.Text };
        foreach (var match in analysis.Matches)
        {
            lines.Add($"  match [{match.Start},{match.Length}] '{Slice(analysis.Text, match.Start, match.Length)}' -> {(match.Citation is null ? "(unresolved)" : match.Citation.Document.Id + "/" + match.Citation.Section?.Id + " pages " + match.Citation.Pages)}");
        }
        foreach (var problem in analysis.Problems)
        {
            lines.Add($"  problem {problem.Id} {problem.Severity} [{problem.Start},{problem.Length}] '{Slice(analysis.Text, problem.Start, problem.Length)}' suggestion={problem.Suggestion ?? "-"}: {problem.Message}");
        }
        return string.Join(Environment.NewLine, lines);
    }

    private static string Slice(string text, int start, int length) =>
        start < 0 || start > text.Length ? "" : text.Substring(start, Math.Min(length, text.Length - start));

    public static void AssertNoProblems(CitationAnalysis analysis) =>
        Assert.True(analysis.Problems.Count == 0, "Expected no problems." + Environment.NewLine + Describe(analysis));

    /// <summary>Asserts every problem is a note (the informational MTUS-first hint a non-MTUS citation gets).</summary>
    public static void AssertOnlyNotes(CitationAnalysis analysis) =>
        Assert.True(analysis.Problems.All(p => p.Severity == ImrSeverity.Note), "Expected notes at most." + Environment.NewLine + Describe(analysis));

    /// <summary>Asserts the problems are exactly these ids, in text order.</summary>
    public static void AssertProblemIds(CitationAnalysis analysis, params string[] ids) =>
        Assert.True(analysis.Problems.Select(p => p.Id).SequenceEqual(ids),
            $"Expected problems [{string.Join(", ", ids)}]." + Environment.NewLine + Describe(analysis));

    /// <summary>Asserts the problem covers exactly <paramref name="spanText"/> in the analysed text.</summary>
    public static void AssertSpan(CitationAnalysis analysis, CitationProblem problem, string spanText, int occurrence = 1)
    {
        int start = TextPositions.OffsetOf(analysis.Text, spanText, occurrence);
        Assert.True(problem.Start == start && problem.Length == spanText.Length,
            $"Expected {problem.Id} on '{spanText}' [{start},{spanText.Length}], got [{problem.Start},{problem.Length}]." + Environment.NewLine + Describe(analysis));
    }

    /// <summary>Asserts the match covers exactly <paramref name="spanText"/>.</summary>
    public static void AssertSpan(CitationAnalysis analysis, CitationMatch match, string spanText, int occurrence = 1)
    {
        int start = TextPositions.OffsetOf(analysis.Text, spanText, occurrence);
        Assert.True(match.Start == start && match.Length == spanText.Length,
            $"Expected the match on '{spanText}' [{start},{spanText.Length}], got [{match.Start},{match.Length}]." + Environment.NewLine + Describe(analysis));
    }

    /// <summary>The resolved citations, asserting there are exactly <paramref name="count"/> matches and all resolved.</summary>
    public static List<(CitationMatch Match, Citation Citation)> AssertResolved(CitationAnalysis analysis, int count)
    {
        Assert.True(analysis.Matches.Count == count && analysis.Matches.All(m => m.Citation is not null),
            $"Expected {count} resolved citation(s)." + Environment.NewLine + Describe(analysis));
        return analysis.Matches.Select(m => (m, m.Citation!)).ToList();
    }
}

/// <summary>An independent check that a string holds only text: no lone surrogate, no noncharacter.</summary>
internal static class TextCheck
{
    /// <summary>The string with lone surrogates and noncharacters replaced by U+FFFD; <paramref name="first"/> gets the first one's code point.</summary>
    public static string Sanitized(string text, ref int first)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var rune in EnumerateScalars(text))
        {
            bool bad = rune < 0 || (rune >= 0xFDD0 && rune <= 0xFDEF) || (rune & 0xFFFE) == 0xFFFE;
            if (bad && first < 0)
            {
                first = rune < 0 ? -rune : rune;
            }
            builder.Append(bad ? "\uFFFD" : char.ConvertFromUtf32(rune));
        }
        return builder.ToString();
    }

    /// <summary>Code points of the text; a lone surrogate comes out negated.</summary>
    private static IEnumerable<int> EnumerateScalars(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                yield return char.ConvertToUtf32(text[i], text[i + 1]);
                i++;
            }
            else
            {
                yield return char.IsSurrogate(text[i]) ? -text[i] : text[i];
            }
        }
    }
}
