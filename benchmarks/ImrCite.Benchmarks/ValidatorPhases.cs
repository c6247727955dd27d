using System.Diagnostics;
using ImrCite.Catalogue;
using ImrCite.Citations;

namespace ImrCite.Benchmarks;

/// <summary>
/// What each stage of <see cref="CitationResolver.Analyze(string, GuidelineDate?)"/> costs on a mix: <c>--phases MIX
/// SECONDS</c> times four prefixes of the work, batch for batch in turn (so all four see the same load) — the
/// statement syntax alone; with the name words tokenized and classified; with the name grammar read; the whole
/// analysis — and prints each prefix's median batch and the differences: syntax, words, name grammar, and the checks
/// with the result.
/// </summary>
internal static class ValidatorPhases
{
    /// <summary>Runs the breakdown; returns the exit code.</summary>
    public static int Run(string mix, double seconds)
    {
        var items = ValidatorBenchmarks.MixOf(mix);
        using var folder = Paths.ShippedCatalogueOrFallback();
        var catalogue = CatalogueLoader.Load(new[] { folder.Directory }).Catalogue;
        var resolver = new CitationResolver(catalogue);
        var index = CatalogueNameIndex.For(catalogue);
        string[] texts = items.Select(i => i.Text).ToArray();
        var dates = items.Select(i => GuidelineDate.TryParse(i.Date, out var d) ? d : throw new FormatException(i.Date)).ToArray();
        var words = new NameWordList();
        var problems = new List<CitationProblem>();
        var segments = new List<CitationSegment>();
        NameReading? reading = null;

        var phases = new (string Name, Action<int> Run)[]
        {
            ("syntax", k =>
            {
                segments.Clear();
                CitationSyntax.ParseStatement(texts[k], 0, texts[k].Length, segments);
            }),
            ("+ words", k =>
            {
                segments.Clear();
                CitationSyntax.ParseStatement(texts[k], 0, texts[k].Length, segments);
                foreach (var segment in segments)
                {
                    if (!segment.IsRegulation)
                    {
                        words.Clear();
                        NameTokenizer.Read(texts[k], segment.NameParts, index.Words, words);
                    }
                }
            }),
            ("+ name grammar", k =>
            {
                segments.Clear();
                CitationSyntax.ParseStatement(texts[k], 0, texts[k].Length, segments);
                foreach (var segment in segments)
                {
                    if (!segment.IsRegulation)
                    {
                        problems.Clear();
                        reading = NameReading.Start(reading, texts[k], segment, dates[k], catalogue, index, problems);
                        reading.Read();
                        reading.Release();
                    }
                }
            }),
            ("whole Analyze", k => resolver.Analyze(texts[k], dates[k])),
        };

        int perBatch = texts.Length * 20;
        var times = phases.Select(_ => new List<double>()).ToArray();
        void Batch(int phase, bool record)
        {
            long start = Stopwatch.GetTimestamp();
            for (int n = 0; n < perBatch; n++)
            {
                phases[phase].Run(n % texts.Length);
            }
            if (record)
            {
                times[phase].Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds * 1000.0 / perBatch);
            }
        }

        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed.TotalSeconds < Math.Min(2.0, seconds / 3))
        {
            for (int phase = 0; phase < phases.Length; phase++)
            {
                Batch(phase, record: false);
            }
        }
        var total = Stopwatch.StartNew();
        for (int round = 0; total.Elapsed.TotalSeconds < seconds; round++)
        {
            for (int p = 0; p < phases.Length; p++)
            {
                Batch((p + round) % phases.Length, record: true); // each phase first in turn
            }
        }

        Console.WriteLine($"phases {mix}: {texts.Length} strings, {times[0].Count} batches of {perBatch} per phase (median batch per string; the step is its difference from the row above)");
        double previous = 0;
        for (int phase = 0; phase < phases.Length; phase++)
        {
            var sorted = times[phase].OrderBy(t => t).ToList();
            double median = sorted[sorted.Count / 2];
            Console.WriteLine($"  {phases[phase].Name,-16} median {median:F3} µs, best {sorted[0]:F3} µs; step {median - previous:F3} µs");
            previous = median;
        }
        return 0;
    }
}
