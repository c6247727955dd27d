using System.Runtime.CompilerServices;
using System.Threading;

namespace ImrCite.Generators.Analyzers;

/// <summary>
/// The generated API of one compilation, found by the catalogue ids in this compilation's own code: the
/// <c>[GuidelineRecord]</c> attributes of document classes and their <c>Ids</c> constants, which name the section
/// properties. Indexed once per compilation and shared by the citation analyzers; it tells them which member stands
/// for a record and writes the typed expression a code fix puts in place of citation text.
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

    /// <summary>
    /// The catalogue record a symbol stands for: the id in its <c>[GuidelineRecord]</c> attribute (a generated document
    /// class), or for a generated section property — a static property of such a class — the value of the class's
    /// <c>Ids</c> constant of the same name; null for anything else.
    /// </summary>
    public string? RecordId(ISymbol symbol)
    {
        if (RecordAttribute is null)
        {
            return null;
        }
        if (AttributeId(symbol) is { } id)
        {
            return id;
        }
        return symbol is IPropertySymbol { IsStatic: true, ContainingType: { } document } property && AttributeId(document) is not null
            ? SectionId(document, property.Name)
            : null;
    }

    /// <summary>The id in a symbol's own <c>[GuidelineRecord]</c> attribute, or null.</summary>
    private string? AttributeId(ISymbol symbol)
    {
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

    /// <summary>The value of a document class's <c>Ids.<paramref name="member"/></c> constant, or null when it has none.</summary>
    private static string? SectionId(INamedTypeSymbol document, string member)
    {
        foreach (var ids in document.GetTypeMembers("Ids"))
        {
            foreach (var field in ids.GetMembers(member))
            {
                if (field is IFieldSymbol { IsConst: true, ConstantValue: string id })
                {
                    return id;
                }
            }
        }
        return null;
    }

    /// <summary>
    /// The generated document class a static member belongs to: the type itself, or for the members every document
    /// class inherits (<c>GeneratedDocument&lt;Mtus.ChronicPain&gt;.Pages</c>) its type argument.
    /// </summary>
    public static INamedTypeSymbol DocumentClass(INamedTypeSymbol containingType) =>
        containingType.IsGenericType && containingType.TypeArguments.Length == 1 && containingType.TypeArguments[0] is INamedTypeSymbol document
            && containingType.Name == "GeneratedDocument" && containingType.ContainingNamespace?.ToDisplayString() == "ImrCite"
            ? document
            : containingType;

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

    /// <summary>
    /// Walks the compilation's own types once. Only a type with a <c>[GuidelineRecord]</c> (a generated document class)
    /// has its properties read: the generator puts the section records there and nowhere else.
    /// </summary>
    private Dictionary<string, string> Index(Compilation compilation, INamedTypeSymbol recordAttribute)
    {
        var index = new Dictionary<string, string>(StringComparer.Ordinal);
        var pending = new Stack<INamespaceOrTypeSymbol>();
        pending.Push(compilation.Assembly.GlobalNamespace);
        while (pending.Count > 0)
        {
            var container = pending.Pop();
            if (container is INamespaceSymbol ns)
            {
                foreach (var member in ns.GetMembers())
                {
                    pending.Push(member);
                }
                continue;
            }
            var type = (INamedTypeSymbol)container;
            foreach (var nested in type.GetTypeMembers())
            {
                pending.Push(nested);
            }
            if (RecordId(type) is not { } documentId)
            {
                continue;
            }
            string path = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
            if (!index.ContainsKey(documentId))
            {
                index.Add(documentId, path);
            }
            foreach (var member in type.GetMembers())
            {
                if (member is IPropertySymbol && RecordId(member) is { } id && !index.ContainsKey(id))
                {
                    index.Add(id, path + "." + member.Name);
                }
            }
        }
        return index;
    }
}
