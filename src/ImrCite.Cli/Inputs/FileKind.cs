using System.Runtime.InteropServices;

namespace ImrCite.Cli.Inputs;

/// <summary>What a path is, after following symbolic links.</summary>
public enum FileKindValue
{
    /// <summary>Nothing there, or it cannot be examined.</summary>
    Missing,
    /// <summary>A regular file: the only kind the tool reads.</summary>
    Regular,
    /// <summary>A folder.</summary>
    Directory,
    /// <summary>A named pipe: reading it would wait for a writer forever.</summary>
    Fifo,
    /// <summary>A character device (<c>/dev/zero</c>: endless).</summary>
    CharacterDevice,
    /// <summary>A block device.</summary>
    BlockDevice,
    /// <summary>A socket.</summary>
    Socket,
    /// <summary>
    /// A folder entry whose name is not valid UTF-8 (Latin-1 from an old system, say): .NET lists it with U+FFFD in
    /// place of the bad bytes and can neither examine nor open it by that name.
    /// </summary>
    UndecodableName,
}

/// <summary>A path's kind and identity (device and inode, where the system tells them).</summary>
public readonly record struct FileIdentity(FileKindValue Kind, ulong Device, ulong Inode)
{
    /// <summary>True when device and inode identify the file (Linux).</summary>
    public bool HasInode => Inode != 0;
}

/// <summary>
/// Examines paths without opening them: .NET reports a FIFO or a device as an ordinary file, and opening a FIFO
/// blocks until something writes to it. On Linux the kind, device and inode come from <c>statx(2)</c>, whose
/// structure layout is the same on every architecture; elsewhere .NET's own view is used (regular or folder).
/// </summary>
public static class FileKind
{
    private const int AtFdCwd = -100;
    private const uint StatxType = 0x0001;
    private const uint StatxIno = 0x0100;
    private const int StatxSize = 256;

    /// <summary>The kind and identity of <paramref name="path"/>, following symbolic links.</summary>
    public static FileIdentity Of(string path)
    {
        if (OperatingSystem.IsLinux())
        {
            try
            {
                return Statx(path);
            }
            catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
            {
                // Without statx (a very old C library): fall through to .NET's view.
            }
        }
        if (Directory.Exists(path))
        {
            return new FileIdentity(FileKindValue.Directory, 0, 0);
        }
        return File.Exists(path) ? new FileIdentity(FileKindValue.Regular, 0, 0) : new FileIdentity(FileKindValue.Missing, 0, 0);
    }

    /// <summary>Describes a kind the tool does not read, for the note that skips it.</summary>
    public static string Describe(FileKindValue kind) => kind switch
    {
        FileKindValue.Fifo => "a named pipe (FIFO)",
        FileKindValue.CharacterDevice => "a character device",
        FileKindValue.BlockDevice => "a block device",
        FileKindValue.Socket => "a socket",
        FileKindValue.Directory => "a folder",
        FileKindValue.UndecodableName => "a file whose name is not valid UTF-8, which the tool cannot open by that name: rename it",
        _ => "not a regular file",
    };

    /// <summary>Why a path of <paramref name="kind"/> (not a regular file) is skipped, for the note (IMR0207).</summary>
    public static string SkipReason(FileKindValue kind) =>
        kind == FileKindValue.UndecodableName
            ? "this is " + Describe(kind)
            : "this is " + Describe(kind) + ", not a regular file; only regular files are read";

    private static FileIdentity Statx(string path)
    {
        byte[] name = Encoding.UTF8.GetBytes(path + "\0");
        byte[] buffer = new byte[StatxSize];
        if (NativeStatx(AtFdCwd, name, 0, StatxType | StatxIno, buffer) != 0)
        {
            return new FileIdentity(FileKindValue.Missing, 0, 0);
        }
        int mode = BitConverter.ToUInt16(buffer, 28);
        ulong inode = BitConverter.ToUInt64(buffer, 32);
        ulong device = ((ulong)BitConverter.ToUInt32(buffer, 136) << 32) | BitConverter.ToUInt32(buffer, 140);
        var kind = (mode & 0xF000) switch
        {
            0x8000 => FileKindValue.Regular,
            0x4000 => FileKindValue.Directory,
            0x1000 => FileKindValue.Fifo,
            0x2000 => FileKindValue.CharacterDevice,
            0x6000 => FileKindValue.BlockDevice,
            0xC000 => FileKindValue.Socket,
            _ => FileKindValue.Missing,
        };
        return new FileIdentity(kind, device, inode);
    }

    // DllImport with blittable arguments only (no unsafe code, no marshalling of strings).
    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int NativeStatx(int directoryFd, byte[] path, int flags, uint mask, byte[] buffer);
}
