using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using CsCheck;
using ImrCite.Catalogue;
using ImrCite.Citations;
using Xunit;

namespace ImrCite.Tests;

/// <summary>
/// The validator's hot path reads a run of ASCII letters and digits at once and hashes each word as it reads it, and
/// an analysis is built in the thread's working lists and handed out as exact arrays. Both must change nothing: a word
/// read against the shipped catalogue's word table is the word read without it (key, span, separator, depth, flags)
/// with the table's stem id; and a string analysed after any other string on the thread is analysed exactly as on a
/// thread that never analysed anything. Checked by properties over generated strings (catalogue words, page lists,
/// punctuation, non-ASCII letters, words longer than the tokenizer's stack buffer) and over every citation string of
/// the test corpus (Data/*.tsv).
/// </summary>
public sealed class ValidatorFastPathTests
{
    private static readonly Lazy<GuidelineCatalogue> Shipped = new(() =>
        CatalogueLoader.Load(new[] { Path.Combine(AppContext.BaseDirectory, "guidelines") }).Catalogue);

    // Words of the shipped catalogue's names (so the table's keys are hit), and words it does not hold.
    private static readonly Lazy<string[]> CatalogueWords = new(() =>
        Shipped.Value.Documents
            .SelectMany(d => d.AllSections.Select(s => s.Title).Append(d.Title).Concat(d.Aliases))
            .SelectMany(name => name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Distinct(StringComparer.Ordinal).OrderBy(w => w, StringComparer.Ordinal).ToArray());

    private static readonly string[] Pieces =
    {
        " ", " ", " ", ", ", "; ", ": ", " - ", "-", "/", " / ", "(", ")", "[", "]", " & ", "'s", "\u2019", "\u00AE", "\u00AD",
        "\n", "-\n  ", "\u2013", "MTUS", "ODG", "ACOEM", "Page(s): ", "Pages ", "pp. ", "p. ", "74-96", "303-304", " of 112",
        "2016", "v11", "3rd ed.", "Chapter 12", "Section(s): ", "Decision based on ", "Non-MTUS Citation ", "8 C.C.R. 9792.20 - 9792.26",
        "\u00C9t\u00E9", "\u0130", "\u212A", "\u00DF", "Stra\u00DFe", "caf\u00E9", new string('x', 70), string.Concat(Enumerable.Repeat("Ab9", 30)),
    };

    /// <summary>Citation-like strings: catalogue words in any case, joined by the punctuation and syntax letters use.</summary>
    private static Gen<string> CitationText() =>
        Gen.Frequency(
                (6, Gen.Int[0, 1_000_000].Select(i => CatalogueWords.Value[i % CatalogueWords.Value.Length])),
                (1, Gen.Int[0, 1_000_000].Select(i => CatalogueWords.Value[i % CatalogueWords.Value.Length].ToUpperInvariant())),
                (4, Gen.OneOfConst(Pieces)),
                (1, Gen.String[Gen.Char["aZ09 -(),;:\u00E9"], 1, 12]))
            .Array[1, 24]
            .Select(parts => string.Concat(parts));

    [Fact]
    public void WordsReadAgainstTheShippedTableAreTheWordsReadWithout()
    {
        var table = CatalogueNameIndex.For(Shipped.Value).Words;
        CitationText().Sample(text =>
        {
            var withTable = NameTokenizer.Read(text, new[] { (0, text.Length) }, table);
            var without = NameTokenizer.Read(text, 0, text.Length);
            Assert.Equal(Describe(without), Describe(withTable));
            foreach (var word in withTable)
            {
                Assert.Equal(table.FindStem(word.Key.AsSpan()), word.StemId);
                // A word the table holds is the table's own string: found by the hash taken while reading.
                if (table.FindKey(word.Key.AsSpan(), out _, out _) is { } held)
                {
                    Assert.Same(held, word.Key);
                }
            }
        }, iter: 3000);
    }

    [Fact]
    public void AStringIsAnalysedAfterOthersAsOnAFreshThread()
    {
        var resolver = new CitationResolver(Shipped.Value);
        var date = new GuidelineDate(2016, 1, 15);
        CitationText().Array[1, 6].Sample(texts =>
        {
            var fresh = texts.Select(text => OnFreshThread(() => Render(resolver.Analyze(text, date)))).ToArray();
            for (int k = 0; k < texts.Length; k++)
            {
                Assert.Equal(fresh[k], Render(resolver.Analyze(texts[k], date)));
            }
        }, iter: 300);
    }

    [Fact]
    public void EveryCorpusStringIsAnalysedAfterOthersAsOnAFreshThread()
    {
        var resolver = new CitationResolver(Shipped.Value);
        var rows = CorpusRows();
        Assert.True(rows.Count > 200, $"only {rows.Count} corpus strings found");
        var fresh = rows.Select(row => OnFreshThread(() => Render(resolver.Analyze(row.Text, row.Date)))).ToArray();
        // Twice over on this thread, in two orders, the thread's lists reused throughout.
        for (int k = 0; k < rows.Count; k++)
        {
            Assert.Equal(fresh[k], Render(resolver.Analyze(rows[k].Text, rows[k].Date)));
        }
        for (int k = rows.Count - 1; k >= 0; k--)
        {
            Assert.Equal(fresh[k], Render(resolver.Analyze(rows[k].Text, rows[k].Date)));
        }
        Assert.Contains(fresh, r => r.Contains("IMR0", StringComparison.Ordinal)); // problems were rendered too
    }

    [Fact]
    public void AnAnalysisKeepsItsResultsWhenTheNextOneIsMade()
    {
        var resolver = new CitationResolver(Shipped.Value);
        var first = resolver.Analyze("MTUS Chronic Pain Treatment Guidelines Opioids Page(s): 74-96 of 112", new GuidelineDate(2015, 6, 1));
        string before = Render(first);
        resolver.Analyze("Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Pain (Chronic), Opioids", new GuidelineDate(2015, 6, 1));
        Assert.Equal(before, Render(first));
        Assert.Single(first.Matches);
        Assert.Single(first.Problems);
    }

    private static string Render(CitationAnalysis analysis)
    {
        var text = new StringBuilder();
        foreach (var match in analysis.Matches)
        {
            text.Append($"M {match.Start}+{match.Length} {match.Outcome} {match.IsMarkedNonMtus} {match.Citation} {match.RecognisedDocument?.Id} {match.RecognisedSource?.Id}\n");
        }
        foreach (var problem in analysis.Problems)
        {
            text.Append($"P {problem.Id} {problem.Severity} {problem.Start}+{problem.Length} {problem.Message} [{problem.Suggestion}]\n");
        }
        foreach (var segment in analysis.Segments)
        {
            text.Append($"S {segment.Start}-{segment.End} {segment.PageSet} {segment.StatedTotal}\n");
        }
        return text.ToString();
    }

    private static T OnFreshThread<T>(Func<T> work)
    {
        T result = default!;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = work();
            }
            catch (Exception e)
            {
                failure = e;
            }
        });
        thread.Start();
        thread.Join();
        if (failure is not null)
        {
            throw new InvalidOperationException("The fresh thread failed.", failure);
        }
        return result;
    }

    private static List<(GuidelineDate Date, string Text)> CorpusRows()
    {
        var rows = new List<(GuidelineDate, string)>();
        foreach (string file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Data"), "*.tsv").OrderBy(f => f, StringComparer.Ordinal))
        {
            foreach (string line in File.ReadLines(file))
            {
                string[] columns = line.Split('\t');
                if (!line.StartsWith('#') && columns.Length >= 2 && GuidelineDate.TryParse(columns[0], out var date))
                {
                    rows.Add((date, columns[1]));
                }
            }
        }
        return rows;
    }

    private static string[] Describe(NameWordList words) =>
        words.Select(w => $"{w.Key}@{w.Start}-{w.End} {w.Before} d{w.Depth} j{w.JoinedAt} {w.Kind} {w.Selector} {w.Flags}").ToArray();
}
