using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ImrCite.Tooling;

/// <summary>
/// An additional file held in memory: a catalogue file handed to the generator or the analyzers without a disk.
/// The one copy: the tooling runs the generator with it, and the generator and analyzer tests and the benchmarks
/// compile this file in (linked) for theirs.
/// </summary>
internal sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly SourceText _text;

    public InMemoryAdditionalText(string path, string text)
    {
        Path = path;
        _text = SourceText.From(text, Encoding.UTF8);
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
