using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using ImrCite.Catalogue;
using ImrCite.Citations;

namespace ImrCite.Benchmarks;

/// <summary>
/// The runtime validator, <see cref="CitationResolver.Analyze(string, GuidelineDate?)"/>, against the shipped
/// catalogue loaded with <see cref="CatalogueLoader"/>. One operation is one citation string read, resolved
/// and checked, so Mean is the time per citation, Op/s is citations per second and Allocated is bytes per
/// citation. Each invocation takes the next string of the mix, in turn, with its decision date.
/// <list type="bullet">
/// <item><b>curated</b>: 12 strings in the formats IMR letters use, some with defects (a stated total, a
/// typo in a regulation number, a misplaced ';'); also timed by kind: <b>pages</b> (5 single CPMTG/ACOEM
/// page citations), <b>regulation</b> (2 "8 C.C.R." ranges), <b>statement</b> (5 statements naming several
/// sections or guidelines: "Decision based on MTUS ..., Section(s): ...", ODG non-MTUS, two citations in one).</item>
/// <item><b>letters</b>: every citation string of the test corpus in tests/ImrCite.Tests/Data/*.tsv (the
/// fidelity table, the seed letters and the MAXIMUS statements of 65 letters), read at setup.</item>
/// </list>
/// </summary>
[MemoryDiagnoser]
[Config(typeof(CitationsPerSecond))]
public class ValidatorBenchmarks
{
    private static readonly (string Kind, string Date, string Text)[] Curated =
    {
        ("pages", "2015-06-01", "MTUS Chronic Pain Treatment Guidelines Opioids Page(s): 74-96"),
        ("pages", "2015-06-01", "MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 303-304"),
        ("pages", "2015-06-01", "MTUS Chronic Pain Treatment Guidelines Criteria for use of opioids Page(s): 76-79."),
        ("pages", "2015-06-01", "MTUS CPMTG Muscle relaxants (for pain) Page(s): 63-66"),
        ("pages", "2015-06-01", "MTUS Chronic Pain Treatment Guidelines Opioids Page(s): 74-96 of 112"),
        ("regulation", "2015-06-01", "8 C.C.R. 9792.20 - 9792.26"),
        ("regulation", "2015-06-01", "8 C.C.R. 9792.20 - 972.26"),
        ("statement", "2015-06-01", "MTUS ACOEM Chapter 3 Initial Approaches to Treatment Page(s): 47-49,Chronic Pain Treatment Guidelines When to Continue Opioids; Weaning of Medications Page(s): 80-81;."),
        ("statement", "2015-06-01", "Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Pain (Chronic), Opioids"),
        ("statement", "2017-01-10", "Decision based on MTUS Shoulder Complaints 2004, Section(s): Initial Care, Follow-up Visits, and Knee Complaints 2004, Section(s): Surgical Considerations."),
        ("statement", "2017-01-15", "Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Muscle relaxants (for pain), Cyclobenzaprine (Flexeril)."),
        ("statement", "2017-01-15", "Decision based on MTUS Low Back Complaints 2004, Section(s): Surgical Considerations, Physical Methods, Summary."),
    };

    private CitationResolver _resolver = null!;
    private string[] _texts = null!;
    private GuidelineDate[] _dates = null!;
    private int _next;

    /// <summary>Which citation strings: the curated 12, one kind of them, or the whole test corpus.</summary>
    [Params("curated", "pages", "regulation", "statement", "letters")]
    public string Mix { get; set; } = "curated";

    [GlobalSetup]
    public void Setup()
    {
        using var folder = Paths.ShippedCatalogueOrFallback();
        var loaded = CatalogueLoader.Load(new[] { folder.Directory });
        _resolver = new CitationResolver(loaded.Catalogue);

        var items = MixOf(Mix);
        _texts = items.Select(i => i.Text).ToArray();
        _dates = items.Select(i => GuidelineDate.TryParse(i.Date, out var d) ? d : throw new FormatException(i.Date)).ToArray();

        int citations = 0, problems = 0, resolved = 0;
        for (int i = 0; i < _texts.Length; i++)
        {
            var analysis = _resolver.Analyze(_texts[i], _dates[i]);
            citations += analysis.Matches.Count;
            resolved += analysis.Matches.Count(m => m.Citation is not null);
            problems += analysis.Problems.Count;
        }
        if (resolved == 0)
        {
            throw new InvalidOperationException("No citation of the mix resolved: wrong catalogue?");
        }
        Console.WriteLine($"// {Mix}: {_texts.Length} strings, {_texts.Sum(t => t.Length) / _texts.Length} chars on average, "
            + $"{citations} citations read, {resolved} resolved, {problems} problems; catalogue of {loaded.Catalogue.Documents.Count} documents, "
            + $"{loaded.Catalogue.Documents.Sum(d => d.AllSections.Count)} sections, {loaded.Diagnostics.Count} diagnostics");
    }

    /// <summary>How many strings the mix holds (after <see cref="Setup"/>).</summary>
    public int MixSize => _texts.Length;

    /// <summary>The strings of <paramref name="mix"/> with their decision dates (yyyy-MM-dd), without a catalogue.</summary>
    public static (string Date, string Text)[] MixOf(string mix) => mix switch
    {
        "letters" => ReadCorpus(),
        "curated" => Curated.Select(c => (c.Date, c.Text)).ToArray(),
        _ => Curated.Where(c => c.Kind == mix).Select(c => (c.Date, c.Text)).ToArray(),
    };

    /// <summary>Analyzes the next string of the mix.</summary>
    [Benchmark(Description = "Analyze one citation string")]
    public CitationAnalysis Analyze()
    {
        int i = _next;
        _next = i + 1 == _texts.Length ? 0 : i + 1;
        return _resolver.Analyze(_texts[i], _dates[i]);
    }

    /// <summary>Every (date, text) row of tests/ImrCite.Tests/Data/*.tsv.</summary>
    private static (string Date, string Text)[] ReadCorpus()
    {
        string? data = Paths.FindRepositoryFolder(Path.Combine("tests", "ImrCite.Tests", "Data"))
            ?? throw new DirectoryNotFoundException("tests/ImrCite.Tests/Data not found above the working directory.");
        var rows = new List<(string, string)>();
        foreach (string file in Directory.GetFiles(data, "*.tsv").OrderBy(f => f, StringComparer.Ordinal))
        {
            foreach (string line in File.ReadLines(file))
            {
                string[] columns = line.Split('\t');
                if (line.StartsWith('#') || columns.Length < 2 || !GuidelineDate.TryParse(columns[0], out _))
                {
                    continue;
                }
                rows.Add((columns[0], columns[1]));
            }
        }
        return rows.ToArray();
    }

    /// <summary>Adds the Op/s column (citations per second, since one operation is one citation).</summary>
    private sealed class CitationsPerSecond : ManualConfig
    {
        public CitationsPerSecond() => AddColumn(StatisticColumn.OperationsPerSecond);
    }
}

/// <summary>
/// Loading the catalogue (<see cref="CatalogueLoader.Load"/>: read, validate, build) and creating a
/// <see cref="CitationResolver"/>: what a CLI run pays once before validating anything.
/// </summary>
[MemoryDiagnoser]
public class CatalogueLoadBenchmarks
{
    private TempCatalogue _folder = null!;

    /// <summary>The shipped catalogue or a synthetic one of 10,000 sections.</summary>
    [Params("shipped", "synthetic-10000")]
    public string Catalogue { get; set; } = "shipped";

    [GlobalSetup]
    public void Setup() => _folder = Catalogue == "shipped" ? Paths.ShippedCatalogueOrFallback() : Paths.SyntheticCatalogue(10_000);

    [GlobalCleanup]
    public void Cleanup() => _folder.Dispose();

    [Benchmark(Description = "CatalogueLoader.Load + new CitationResolver")]
    public CitationResolver Load() => new(CatalogueLoader.Load(new[] { _folder.Directory }).Catalogue);
}

/// <summary>
/// What a generated <c>Opioids.Pages(74, 96)</c> call runs: <see cref="GuidelineSection.Pages(int, int)"/> on a
/// section of the shipped catalogue. The goal is no allocation beyond the result: the citation, its page set and
/// the set's one-range array.
/// </summary>
[MemoryDiagnoser]
public class PagesCallBenchmarks
{
    private GuidelineSection _section = null!;

    [GlobalSetup]
    public void Setup()
    {
        using var folder = Paths.ShippedCatalogueOrFallback();
        var catalogue = CatalogueLoader.Load(new[] { folder.Directory }).Catalogue;
        _section = catalogue.Documents.SelectMany(d => d.AllSections).FirstOrDefault(s => s.Title == "Opioids")
            ?? catalogue.Documents.SelectMany(d => d.AllSections).First();
        Console.WriteLine($"// section: {_section.Document.Id} / {_section.Title}");
    }

    /// <summary>A citation of pages 74–96 of the section.</summary>
    [Benchmark(Description = "section.Pages(74, 96)")]
    public Citation Pages() => _section.Pages(74, 96);
}
