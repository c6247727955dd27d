using System.Collections.Concurrent;
using System.Threading;
using Microsoft.CodeAnalysis.Text;

namespace ImrCite.Generators.Analyzers;

/// <summary>
/// The catalogue of one set of catalogue files (AdditionalFiles named <c>*.imrcite.json</c>): read once
/// (each file through <see cref="CatalogueFiles"/>, which the generator uses too), then validated, built and
/// indexed on first use, and shared by every analyzer that asks for the same file contents — in one
/// compilation, and across compilations while the contents stay the same (an edit to C# code re-reads nothing).
/// </summary>
internal sealed class SharedCatalogue
{
    // The last few catalogues, most recently used first. Few: a build or an editor session uses one or two
    // sets of catalogue files; the bound keeps memory bounded in a long-lived compiler server or IDE.
    private const int Capacity = 4;

    // Analyses kept per catalogue: enough for the distinct citation literals of a large project, so that a new
    // compilation (a keystroke in the IDE) re-analyses only new text; the bound keeps memory bounded.
    private const int AnalysisCapacity = 8192;

    private static readonly List<SharedCatalogue> Recent = new List<SharedCatalogue>();
    private static int _builds;
    private static int _analysed;

    private readonly (string Path, SourceText Text)[] _key;
    private readonly Lazy<List<CatalogueFile>> _files;
    private readonly Lazy<Dictionary<string, List<ImrDiagnostic>>> _diagnostics;
    private readonly Lazy<CitationResolver> _resolver;
    private readonly ConcurrentDictionary<(string Text, GuidelineDate? AsOf), CitationAnalysis> _analyses =
        new ConcurrentDictionary<(string Text, GuidelineDate? AsOf), CitationAnalysis>();

    private SharedCatalogue((string Path, SourceText Text)[] key)
    {
        _key = key;
        // Each piece is computed once, by whichever analyzer needs it first, while the others wait for it.
        // None takes a cancellation token: the work is bounded by the files' size, and a cancelled caller
        // must not leave a cancelled result in the cache for the next one.
        _files = new Lazy<List<CatalogueFile>>(() => Read(key), LazyThreadSafetyMode.ExecutionAndPublication);
        _diagnostics = new Lazy<Dictionary<string, List<ImrDiagnostic>>>(() => Validate(_files.Value), LazyThreadSafetyMode.ExecutionAndPublication);
        _resolver = new Lazy<CitationResolver>(() =>
        {
            Interlocked.Increment(ref _builds);
            return new CitationResolver(CatalogueBuilder.Build(_files.Value));
        }, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>How many catalogues have been built (validated files turned into a model) in this process; for tests.</summary>
    public static int Builds => Volatile.Read(ref _builds);

    /// <summary>How many citation texts have been analysed (not found in a catalogue's cache) in this process; for tests.</summary>
    public static int Analyses => Volatile.Read(ref _analysed);

    /// <summary>The files, read in path order (the order that decides "first declared").</summary>
    public IReadOnlyList<CatalogueFile> Files => _files.Value;

    /// <summary>Every catalogue diagnostic of the files validated together, by file path.</summary>
    public Dictionary<string, List<ImrDiagnostic>> DiagnosticsByPath => _diagnostics.Value;

    /// <summary>A resolver over the catalogue built from the files.</summary>
    public CitationResolver Resolver => _resolver.Value;

    /// <summary>The catalogue built from the files.</summary>
    public GuidelineCatalogue Catalogue => _resolver.Value.Catalogue;

    /// <summary>
    /// The analysis of citation text on a decision date, computed once per catalogue: the same text in another
    /// literal, or in the next compilation over the same catalogue files, is not read again. Analyses are immutable.
    /// </summary>
    public CitationAnalysis Analyze(string text, GuidelineDate? asOf)
    {
        if (_analyses.TryGetValue((text, asOf), out var analysis))
        {
            return analysis;
        }
        analysis = Resolver.Analyze(text, asOf);
        Interlocked.Increment(ref _analysed);
        if (_analyses.Count >= AnalysisCapacity)
        {
            _analyses.Clear(); // a crude bound: the working set of a project refills it quickly
        }
        _analyses.TryAdd((text, asOf), analysis);
        return analysis;
    }

    /// <summary>Whether any catalogue file was given.</summary>
    public bool IsEmpty => _key.Length == 0;

    /// <summary>The catalogue of the catalogue files among <paramref name="additionalFiles"/>.</summary>
    public static SharedCatalogue For(IEnumerable<AdditionalText> additionalFiles, CancellationToken cancellationToken)
    {
        var key = new List<(string Path, SourceText Text)>();
        foreach (var file in additionalFiles)
        {
            if (CatalogueReader.IsCatalogueFile(file.Path) && file.GetText(cancellationToken) is { } text)
            {
                key.Add((file.Path, text));
            }
        }
        key.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        var wanted = key.ToArray();
        lock (Recent)
        {
            for (int i = 0; i < Recent.Count; i++)
            {
                if (Recent[i].Holds(wanted))
                {
                    var hit = Recent[i];
                    Recent.RemoveAt(i);
                    Recent.Insert(0, hit);
                    return hit;
                }
            }
            var entry = new SharedCatalogue(wanted);
            Recent.Insert(0, entry);
            if (Recent.Count > Capacity)
            {
                Recent.RemoveAt(Recent.Count - 1);
            }
            return entry;
        }
    }

    /// <summary>Same paths in the same order and the same text (the same object, or equal content).</summary>
    private bool Holds((string Path, SourceText Text)[] key)
    {
        if (key.Length != _key.Length)
        {
            return false;
        }
        for (int i = 0; i < key.Length; i++)
        {
            if (!string.Equals(key[i].Path, _key[i].Path, StringComparison.Ordinal)
                || !(ReferenceEquals(key[i].Text, _key[i].Text) || key[i].Text.ContentEquals(_key[i].Text)))
            {
                return false;
            }
        }
        return true;
    }

    private static List<CatalogueFile> Read((string Path, SourceText Text)[] key)
    {
        var files = new List<CatalogueFile>(key.Length);
        foreach (var (path, text) in key)
        {
            files.Add(CatalogueFiles.Read(path, text));
        }
        return files;
    }

    private static Dictionary<string, List<ImrDiagnostic>> Validate(List<CatalogueFile> files)
    {
        var byPath = new Dictionary<string, List<ImrDiagnostic>>(StringComparer.Ordinal);
        foreach (var diagnostic in CatalogueValidator.Validate(files))
        {
            if (!byPath.TryGetValue(diagnostic.Location.Path, out var list))
            {
                list = new List<ImrDiagnostic>();
                byPath.Add(diagnostic.Location.Path, list);
            }
            list.Add(diagnostic);
        }
        return byPath;
    }
}
