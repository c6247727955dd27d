using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using ImrCite.Catalogue;
using ImrCite.Diagnostics;
using ImrCite.Text;

namespace ImrCite.Reliability.Tests.Support;

/// <summary>What must hold of every result, whatever the input.</summary>
internal static class Invariants
{
    /// <summary>The most characters a diagnostic message may have: one readable line.</summary>
    public const int MessageLimit = 1500;

    /// <summary>Every location lies inside its file's text, and its line and column agree with the offset.</summary>
    public static void DiagnosticsInRange(IReadOnlyList<ImrDiagnostic> diagnostics, IReadOnlyDictionary<string, string> texts)
    {
        foreach (var diagnostic in diagnostics)
        {
            foreach (var location in new[] { diagnostic.Location }.Concat(diagnostic.AdditionalLocations))
            {
                if (!texts.TryGetValue(location.Path, out string? text))
                {
                    throw new InvalidOperationException($"{diagnostic.Id} is located in an unknown file '{location.Path}'.");
                }
                if (location.Start < 0 || location.Length < 0 || location.End > text.Length)
                {
                    throw new InvalidOperationException($"{diagnostic.Id} at [{location.Start}, {location.End}) is outside the text of {text.Length} characters: {diagnostic}");
                }
                var expected = new LineMap(location.Path, text).GetPosition(location.Start);
                if (expected != (location.StartLine, location.StartColumn))
                {
                    throw new InvalidOperationException($"{diagnostic.Id} says ({location.StartLine},{location.StartColumn}) for offset {location.Start}; expected {expected}.");
                }
            }
            if (diagnostic.Message.Length > MessageLimit)
            {
                throw new InvalidOperationException($"{diagnostic.Id}'s message has {diagnostic.Message.Length} characters.");
            }
        }
    }

    /// <summary>The diagnostics as sorted "id: message" lines, with the places they quote taken out.</summary>
    public static List<string> Unlocated(IEnumerable<ImrDiagnostic> diagnostics) =>
        diagnostics.Select(d => d.Id + ": " + Regex.Replace(d.Message, @"\(\d+,\d+\)", "(…)")).OrderBy(s => s, StringComparer.Ordinal).ToList();

    /// <summary>Everything the run-time catalogue holds, as text, to compare two readings.</summary>
    public static string Describe(GuidelineCatalogue catalogue)
    {
        var lines = new List<string>();
        lines.AddRange(catalogue.Sources.Select(s => string.Join("|", s.Id, s.Name, s.Tier, s.CodeName, s.Coverage, string.Join(";", s.AliasEntries), s.Note)));
        lines.AddRange(catalogue.Treatments.Select(t => t.Id + "|" + string.Join(";", t.Names) + "|" + string.Join(";", t.Classes)));
        foreach (var d in catalogue.Documents)
        {
            lines.Add(string.Join("|", new object?[] { d.Id, d.SourceId, d.Tier, d.Title, d.Edition, d.Series, d.Chapter, d.CodeName, string.Join(";", d.AliasEntries), d.Status, d.ProposedOn, d.VersionDate, d.EffectiveFrom, d.EffectiveTo, d.Coverage, d.PageSet, d.PagesProvenance, d.StatedTotal, d.Regulation, d.SupersededBy, d.SupersededOn, d.SourceNote }));
            lines.AddRange(d.AllSections.Select(s => "  " + string.Join("|", new object?[] { s.Id, s.Title, s.Number, s.CodeName, string.Join(";", s.AliasEntries), s.PageSet, s.PagesProvenance, string.Join(";", s.Addresses), s.EffectiveFrom, s.SupersededBy, s.SupersededOn, s.Note, s.Parent?.Id })));
        }
        return string.Join("\n", lines);
    }
}
