using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ImrCite.Cli.Output;

/// <summary>
/// A <see cref="Utf8JsonWriter"/> that streams to a <see cref="TextWriter"/>: JSON is written to a buffer and
/// handed on at each <see cref="Flush"/>, so a report of any size is never held whole in memory. Two-space
/// indentation, <c>\n</c> line ends, non-ASCII text as is (control characters escaped, as JSON requires).
/// </summary>
internal sealed class JsonOutput : IDisposable
{
    /// <summary>The options of every JSON document the tool writes.</summary>
    public static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly TextWriter _output;
    private readonly ArrayBufferWriter<byte> _buffer = new(1 << 16);

    public JsonOutput(TextWriter output)
    {
        _output = output;
        Writer = new Utf8JsonWriter(_buffer, Options);
    }

    /// <summary>The JSON writer.</summary>
    public Utf8JsonWriter Writer { get; }

    /// <summary>Hands what was written so far on to the text writer.</summary>
    public void Flush()
    {
        Writer.Flush();
        if (_buffer.WrittenCount > 0)
        {
            _output.Write(Encoding.UTF8.GetString(_buffer.WrittenSpan));
            _buffer.ResetWrittenCount();
        }
    }

    /// <summary>Flushes and ends the document with a line break.</summary>
    public void Complete()
    {
        Flush();
        _output.Write('\n');
        _output.Flush();
    }

    public void Dispose() => Writer.Dispose();
}
