using System.Runtime.CompilerServices;
using System.Threading;

namespace ImrCite.Generators.Analyzers;

/// <summary>
/// The generated API of one compilation, found by the catalogue ids in its <c>[GuidelineRecord]</c>
/// attributes in this compilation's own code. Indexed once per compilation
/// and shared by the citation analyzers; it tells them which member stands for a record and writes the
/// typed expression a code fix puts in place of citation text.
/// </summary>
internal sealed class GeneratedApi
{
    private static readonly ConditionalWeakTable<Compilation, GeneratedApi> PerCompilation = new ConditionalWeakTable<Compilation, GeneratedApi>();

    private readonly Lazy<Dictionary<string, string>> _members;

    private GeneratedApi(Compilation compilation, INamedTypeSymbol? recordAttribute)
    {
        RecordAttribute = recordAttribute;
        // Not cancelled: the walk is bounded by the compilation's declarations, and the index is shared.
        _members = recordAttribute is null
            ? new Lazy<Dictionary<string, string>>(() => new Dictionary<string, string>(StringComparer.Ordinal))
            : new Lazy<Dictionary<string, string>>(() => Index(compilation, recordAttribute), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>ImrCite.GuidelineRecordAttribute, or null when the runtime library is not referenced.</summary>
    public INamedTypeSymbol? RecordAttribute { get; }

    /// <summary>The generated API of <paramref name="compilation"/>.</summary>
    public static GeneratedApi For(Compilation compilation) =>
        PerCompilation.GetValue(compilation, c => new GeneratedApi(c, c.GetTypeByMetadataName("ImrCite.GuidelineRecordAttribute")));

    /// <summary>The fully qualified member for a record id (<c>global::Ns.Mtus.ChronicPain.Opioids</c>), if the API has one.</summary>
    public bool TryGetMember(string recordId, out string member)
    {
        if (_members.Value.TryGetValue(recordId, out string? found))
        {
            member = found;
            return true;
        }
        member = "";
        return false;
    }

    /// <summary>The record id in a symbol's <c>[GuidelineRecord]</c> attribute, or null.</summary>
    public string? RecordId(ISymbol symbol)
    {
        if (RecordAttribute is null)
        {
            return null;
        }
        foreach (var data in symbol.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(data.AttributeClass, RecordAttribute)
                && data.ConstructorArguments.Length == 1 && data.ConstructorArguments[0].Value is string id)
            {
                return id;
            }
        }
        return null;
    }

    /// <summary>The generated-API expression for a record with pages, e.g. global::Ns.Mtus.ChronicPain.Opioids.Pages(74, 96).</summary>
    public string? Expression(string recordId, PageSet? pages)
    {
        if (!TryGetMember(recordId, out string member))
        {
            return null;
        }
        if (pages is null || pages.IsEmpty)
        {
            return member + ".Cite()";
        }
        if (pages.Ranges.Count == 1)
        {
            var range = pages.Ranges[0];
            int low = Math.Min(range.First, range.Last);
            int high = Math.Max(range.First, range.Last);
            return low == high ? $"{member}.Pages({low})" : $"{member}.Pages({low}, {high})";
        }
        return $"{member}.Pages(\"{pages.Normalize()}\")";
    }

    /// <summary>An expression without its <c>global::</c> prefix, for messages.</summary>
    public static string ShortName(string expression) =>
        expression.StartsWith("global::", StringComparison.Ordinal) ? expression.Substring(8) : expression;

    /// <summary>
    /// The record a superseded citation should move to: the section's own successor, else the same-named
    /// section of the successor document, else the successor document itself.
    /// </summary>
    public static string Successor(GuidelineCatalogue catalogue, string successorId, GuidelineSection? cited)
    {
        if (cited is null)
        {
            return successorId;
        }
        if (cited.SupersededBy is not null && catalogue.FindSection(cited.SupersededBy) is not null)
        {
            return cited.SupersededBy;
        }
        if (catalogue.FindDocument(successorId) is { } successor)
        {
            var same = successor.FindSection(cited.Id) ?? successor.FindSectionByName(cited.Title);
            if (same is not null)
            {
                return same.FullId;
            }
        }
        return successorId;
    }

    private Dictionary<string, string> Index(Compilation compilation, INamedTypeSymbol recordAttribute)
    {
        var index = new Dictionary<string, string>(StringComparer.Ordinal);
        var pending = new Stack<INamespaceOrTypeSymbol>();
        pending.Push(compilation.Assembly.GlobalNamespace);
        while (pending.Count > 0)
        {
            foreach (var member in pending.Pop().GetMembers())
            {
                if (member is INamespaceOrTypeSymbol container)
                {
                    pending.Push(container);
                }
                if (member is INamedTypeSymbol or IPropertySymbol && RecordId(member) is { } id && !index.ContainsKey(id))
                {
                    string path = member is INamedTypeSymbol type
                        ? type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)
                        : member.ContainingType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + "." + member.Name;
                    index.Add(id, path);
                }
            }
        }
        return index;
    }
}
