using System;
using System.IO;
using System.Text.Json;
using System.Text;

namespace ImrCite.Cli.Output;

/// <summary>
/// A write-only stream for the part of an output that must come after what is still being written (JSON's findings and
/// summaries, SARIF's results): kept in memory up to <see cref="MemoryLimit"/> bytes, then in a temporary file that only
/// the user can read, unlinked as soon as it is open on Unix (deleted when the spill is disposed on Windows). Memory
/// stays bounded however many findings a corpus has; <see cref="CopyTo"/> hands the bytes on as UTF-8 text at the end.
/// </summary>
internal sealed class Spill : Stream
{
    /// <summary>The most bytes kept in memory before the spill moves to a file.</summary>
    internal const int MemoryLimit = 1 << 20;

    private readonly int _memoryLimit;
    private MemoryStream? _memory = new();
    private FileStream? _file;

    public Spill(int memoryLimit = MemoryLimit) => _memoryLimit = memoryLimit;

    /// <summary>True once the bytes are in a temporary file.</summary>
    public bool InFile => _file is not null;

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => _file?.Length ?? _memory!.Length;
    public override long Position { get => Length; set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (_file is null && _memory!.Length + buffer.Length > _memoryLimit)
        {
            string path = Path.Combine(Path.GetTempPath(), "imrcite-" + Path.GetRandomFileName());
            var options = new FileStreamOptions
            {
                Mode = FileMode.CreateNew,
                Access = FileAccess.ReadWrite,
                Options = OperatingSystem.IsWindows() ? FileOptions.DeleteOnClose : FileOptions.None,
                BufferSize = 1 << 16,
            };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite; // findings quote letters
            }
            _file = new FileStream(path, options);
            if (!OperatingSystem.IsWindows())
            {
                // Unlinked at once (the open handle keeps it): nothing is left behind even if the process is killed.
                File.Delete(path);
            }
            _memory.WriteTo(_file);
            _memory = null;
        }
        if (_file is not null)
        {
            _file.Write(buffer);
        }
        else
        {
            _memory!.Write(buffer);
        }
    }

    public override void Flush() => _file?.Flush();

    /// <summary>Writes the bytes from <paramref name="skip"/> on to <paramref name="output"/> as UTF-8 text.</summary>
    public void CopyTo(TextWriter output, long skip)
    {
        Stream source;
        if (_file is not null)
        {
            _file.Flush();
            _file.Position = skip;
            source = _file;
        }
        else
        {
            source = new MemoryStream(_memory!.GetBuffer(), (int)skip, (int)(_memory.Length - skip), writable: false);
        }
        using var reader = new StreamReader(source, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16, leaveOpen: true);
        var chars = new char[1 << 15];
        int read;
        while ((read = reader.Read(chars, 0, chars.Length)) > 0)
        {
            output.Write(chars, 0, read);
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _file?.Dispose();
            _memory?.Dispose();
        }
        base.Dispose(disposing);
    }
}

/// <summary>
/// A JSON array written apart from its document, through its own <see cref="Utf8JsonWriter"/> at the depth it has in the
/// document, so its bytes — line breaks and indentation included — are those the document's writer would have written:
/// the document writes what comes before it, then the array is copied in (<see cref="CopyTo"/>).
/// </summary>
internal sealed class SpilledJsonArray : IDisposable
{
    private readonly Spill _spill;
    private readonly long _start;
    private bool _disposed;

    /// <param name="name">The array's property name.</param>
    /// <param name="enclosing">The arrays of objects it is nested in, outermost first ("runs" for a SARIF run's results).</param>
    /// <param name="memoryLimit">Bytes kept in memory before the array moves to a temporary file.</param>
    public SpilledJsonArray(string name, string[] enclosing, int memoryLimit = Spill.MemoryLimit)
    {
        _spill = new Spill(memoryLimit);
        Writer = new Utf8JsonWriter(_spill, JsonOutput.Options);
        Writer.WriteStartObject();
        foreach (string outer in enclosing)
        {
            Writer.WriteStartArray(outer);
            Writer.WriteStartObject();
        }
        Writer.Flush();
        // From here: the line break and indentation before the property, its name, and the array.
        _start = _spill.Length;
        Writer.WriteStartArray(name);
    }

    /// <summary>Writes the array's elements.</summary>
    public Utf8JsonWriter Writer { get; }

    /// <summary>Hands written elements on to the spill (call between letters, so the writer's own buffer stays small).</summary>
    public void Flush() => Writer.Flush();

    /// <summary>Ends the array and writes it — from the line break before its property name to its closing bracket — to <paramref name="output"/>.</summary>
    public void CopyTo(TextWriter output)
    {
        Writer.WriteEndArray();
        Writer.Flush();
        _spill.CopyTo(output, _start);
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        Writer.Dispose();
        _spill.Dispose();
    }
}
