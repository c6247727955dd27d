using System.Runtime.InteropServices;

namespace ImrCite.Tooling;

/// <summary>
/// Replaces a file's content so that a reader sees the old content or the new, never a part: the new text goes
/// to a temporary file beside the target, is flushed to disk, then renamed over the target.
/// <list type="bullet">
/// <item>A symbolic link is followed: the file it points to (at the end of a chain of links) is replaced, and the link stays a link.</item>
/// <item>The target's Unix permissions are kept (a 600 file stays 600); the temporary file is never more readable than that.</item>
/// <item>The temporary file is removed when writing fails, when the token is cancelled, and when the process is stopped by SIGINT, SIGTERM, SIGHUP or SIGQUIT. Only SIGKILL (or a power cut) can leave it behind: a hidden <c>.NAME.RANDOM.tmp</c> beside the target, never a half-written target.</item>
/// </list>
/// </summary>
public static class AtomicFileWriter
{
    private static readonly PosixSignal[] StopSignals = { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP, PosixSignal.SIGQUIT };

    /// <summary>The file a path finally names: the path itself, or the target at the end of its symbolic links.</summary>
    /// <param name="path">A file path.</param>
    public static string ResolveTarget(string path)
    {
        string full = Path.GetFullPath(path);
        var info = new FileInfo(full);
        if (info.LinkTarget is null)
        {
            return full;
        }
        var target = info.ResolveLinkTarget(returnFinalTarget: true);
        return target is null ? full : Path.GetFullPath(target.FullName);
    }

    /// <summary>Writes <paramref name="text"/> as UTF-8 (no byte order mark) over the file <paramref name="path"/> names, atomically.</summary>
    /// <param name="path">The file to replace, or a symbolic link to it.</param>
    /// <param name="text">The new content.</param>
    /// <param name="cancellationToken">Cancels the write before the rename; the target is then unchanged.</param>
    /// <exception cref="IOException">The file could not be written; it is unchanged and no temporary file is left.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder or file may not be written; nothing changed.</exception>
    /// <exception cref="OperationCanceledException">Cancelled; nothing changed.</exception>
    public static void Write(string path, string text, CancellationToken cancellationToken = default)
    {
        string target = ResolveTarget(path);
        string folder = Path.GetDirectoryName(target) ?? ".";
        string temp = Path.Combine(folder, "." + Path.GetFileName(target) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        UnixFileMode? mode = OperatingSystem.IsWindows() || !File.Exists(target) ? null : File.GetUnixFileMode(target);
        var registrations = new List<PosixSignalRegistration>();
        int stopped = 0;
        try
        {
            foreach (var signal in StopSignals)
            {
                try
                {
                    registrations.Add(PosixSignalRegistration.Create(signal, _ =>
                    {
                        // The default action (ending the process) follows this handler: take the temporary file with us.
                        Interlocked.Exchange(ref stopped, 1);
                        TryDelete(temp);
                    }));
                }
                catch (PlatformNotSupportedException)
                {
                    // A platform without this signal cannot be stopped by it either.
                }
            }
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }
            using (var stream = new FileStream(temp, options))
            {
                byte[] bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);
                stream.Write(bytes, 0, bytes.Length);
                stream.Flush(flushToDisk: true);
            }
            if (mode is { } keep && !OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temp, keep);
            }
            cancellationToken.ThrowIfCancellationRequested();
            if (Volatile.Read(ref stopped) != 0)
            {
                throw new OperationCanceledException("The process is stopping; the file was left unchanged.");
            }
            File.Move(temp, target, overwrite: true);
        }
        finally
        {
            foreach (var registration in registrations)
            {
                registration.Dispose();
            }
            TryDelete(temp);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path); // no error when it does not exist
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Best effort: an open file on Windows cannot be deleted; the write itself reports what failed.
        }
    }
}
