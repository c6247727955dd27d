using System.Buffers.Binary;
using System.Reflection;
using System.Security.Cryptography;
using System.Threading;
using UglyToad.PdfPig;

namespace ImrCite.Cli.Letters;

/// <summary>
/// What the cache keeps of one PDF: its extracted text (with the page-marker lines), its page count, the decoded bytes
/// its extraction needed and each page's glyph bound — all a hit needs to re-check the limits a reading checks.
/// </summary>
/// <param name="Text">The letter's text exactly as <see cref="LetterDocument"/> extracted it.</param>
/// <param name="Pages">The PDF's page count, checked against <c>--max-pdf-pages</c> on a hit.</param>
/// <param name="DecodedBytes">The budget of decoded bytes the extraction needed (<see cref="PdfBudget.Needed"/>), checked against the limit on a hit.</param>
/// <param name="PageBounds">One per page, in order: checked on a hit against <see cref="LetterLimits.PdfPageCap"/> as the reading checks it.</param>
internal sealed record CachedPdfText(string Text, int Pages, long DecodedBytes, IReadOnlyList<CachedPdfPage> PageBounds);

/// <summary>One page as the reading bounded it before laying it out.</summary>
/// <param name="TextStart">The letter's text length before the page (what <see cref="LetterLimits.PdfPageCap"/> takes).</param>
/// <param name="Glyphs">The page's glyph bound (<see cref="PdfPageGlyphs"/>); exact, since a page within its cap is counted whole.</param>
internal readonly record struct CachedPdfPage(int TextStart, long Glyphs);

/// <summary>
/// An opt-in cache of PDF letters' extracted text (<c>imrcite lint --cache DIR</c> or <c>IMRCITE_CACHE</c>), so a
/// second lint of the same letters reads no PDF. Letters' text is health information: nothing is written unless the
/// user names the folder, which is created readable by its owner only, as is each entry.
/// <para>
/// An entry is keyed by the SHA-256 of the PDF's bytes and holds that hash again, the tool's
/// <see cref="Version"/> (this build, the PdfPig version and the entry format), and the SHA-256 of its text: an
/// entry of another version, of another file, cut short or otherwise damaged is a miss, and the letter is read
/// from the PDF and its entry written anew (atomically: a reader sees the old entry or the new, never half).
/// A hit is used only when the letter's limits would have let it be read — its page count, text length, decoded
/// bytes and each page's glyph bound against the per-page cap; otherwise the PDF is read so the refusal (IMR0205) is
/// the one a run without the cache reports. The folder is kept under <see cref="MaxBytes"/>
/// by removing the least recently used entries after a run that wrote some.
/// </para>
/// </summary>
internal sealed class PageTextCache
{
    /// <summary>The size the cache folder is kept under when none is given: 512 MB, some 30,000 letters of three pages.</summary>
    public const long DefaultMaxBytes = 512_000_000;

    /// <summary>The environment variable that names the cache folder when <c>--cache</c> does not.</summary>
    public const string EnvironmentVariable = "IMRCITE_CACHE";

    private const string EntryExtension = ".imrtext";
    // 2: each page's glyph bound, so a hit re-checks the per-page cap (entries of format 1 are misses).
    private const int FormatVersion = 2;
    private const int HashBytes = 32;
    private const int KeyLength = 2 * HashBytes;
    private const int PageBoundBytes = 4 + 8;
    private static ReadOnlySpan<byte> Magic => "IMRCITE-PAGE-TEXT\n"u8;

    private static readonly UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private static readonly UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private readonly byte[] _version;
    private int _hits;
    private int _misses;
    private int _writes;
    private string? _writeProblem;
    private string? _folderProblem;
    private int _folderChecked;

    /// <summary>A cache in <paramref name="folder"/> of at most <paramref name="maxBytes"/>, for this build of the tool.</summary>
    public PageTextCache(string folder, long maxBytes)
        : this(folder, maxBytes, CurrentVersion)
    {
    }

    /// <summary>A cache for the given tool version (tests change it to show that a new version does not read old entries).</summary>
    internal PageTextCache(string folder, long maxBytes, string version)
    {
        Folder = Path.GetFullPath(folder);
        MaxBytes = maxBytes;
        Version = version;
        _version = Encoding.UTF8.GetBytes(version);
    }

    /// <summary>
    /// This build's version as entries record it: the tool's informational version (with its commit), the PdfPig
    /// version that extracted the text, and the entry format. Any change makes every older entry a miss.
    /// </summary>
    public static string CurrentVersion { get; } =
        $"imrcite {InformationalVersion(typeof(PageTextCache).Assembly)}; PdfPig {InformationalVersion(typeof(PdfDocument).Assembly)}; format {FormatVersion}";

    /// <summary>The folder, as a full path.</summary>
    public string Folder { get; }

    /// <summary>The size the folder's entries are kept under.</summary>
    public long MaxBytes { get; }

    /// <summary>The version entries must carry to be used.</summary>
    public string Version { get; }

    /// <summary>Letters served from the cache in this run.</summary>
    public int Hits => Volatile.Read(ref _hits);

    /// <summary>Letters looked up and not served (absent, of another version, damaged, or over a limit).</summary>
    public int Misses => Volatile.Read(ref _misses);

    /// <summary>Entries written in this run.</summary>
    public int Writes => Volatile.Read(ref _writes);

    /// <summary>Why writing an entry failed (the first reason), or null; a failed write costs only the cache.</summary>
    public string? WriteProblem => Volatile.Read(ref _writeProblem);

    /// <summary>
    /// The cache the options ask for: <paramref name="folder"/>, else the <see cref="EnvironmentVariable"/> value,
    /// else none; none with <paramref name="noCache"/>.
    /// </summary>
    public static PageTextCache? Choose(string? folder, bool noCache, string? environmentFolder, long maxBytes)
    {
        if (noCache)
        {
            return null;
        }
        string? chosen = !string.IsNullOrWhiteSpace(folder) ? folder : !string.IsNullOrWhiteSpace(environmentFolder) ? environmentFolder : null;
        return chosen is null ? null : new PageTextCache(chosen, maxBytes);
    }

    /// <summary>The key of a PDF: the SHA-256 of its bytes, in lower-case hex.</summary>
    public static string KeyOf(ReadOnlySpan<byte> pdf) => Convert.ToHexStringLower(SHA256.HashData(pdf));

    /// <summary>Where the entry for <paramref name="key"/> lives: a folder per first two hex digits, so no folder grows huge.</summary>
    public string EntryPath(string key) => Path.Combine(Folder, key[..2], key + EntryExtension);

    /// <summary>
    /// The entry for <paramref name="key"/> when it is whole, of this version and of that PDF, and the letter is
    /// within <paramref name="limits"/>; otherwise null (never throws for what is in the folder).
    /// </summary>
    public CachedPdfText? TryGet(string key, LetterLimits limits)
    {
        var entry = FolderProblem() is null ? Read(key, limits) : null;
        if (entry is null || entry.Pages > limits.MaxPdfPages || entry.Text.Length > limits.MaxTextBytes || entry.DecodedBytes > limits.MaxPdfDecodedBytes
            || !WithinPageCaps(entry, limits))
        {
            Interlocked.Increment(ref _misses);
            return null;
        }
        Interlocked.Increment(ref _hits);
        Touch(EntryPath(key));
        return entry;
    }

    /// <summary>True when every page's glyph bound is within the cap the reading would have given it (<see cref="LetterLimits.PdfPageCap"/>).</summary>
    private static bool WithinPageCaps(CachedPdfText entry, LetterLimits limits)
    {
        foreach (var page in entry.PageBounds)
        {
            if (page.Glyphs > limits.PdfPageCap(page.TextStart))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Writes the entry for <paramref name="key"/>, replacing any; a failure is remembered (<see cref="WriteProblem"/>), not thrown.</summary>
    public void Put(string key, CachedPdfText entry)
    {
        string path = EntryPath(key);
        string folder = Path.GetDirectoryName(path)!;
        string temporary = Path.Combine(folder, $".{key}.{Guid.NewGuid():N}.tmp");
        try
        {
            CreateFolder(Folder);
            if (FolderProblem() is { } unsafeFolder)
            {
                Interlocked.CompareExchange(ref _writeProblem, unsafeFolder, null);
                return;
            }
            CreateFolder(folder);
            byte[] bytes = Serialize(key, entry);
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = OwnerOnlyFile;
            }
            using (var stream = new FileStream(temporary, options))
            {
                stream.Write(bytes);
            }
            // No fsync before the rename, on purpose: a crash may leave an entry whose size is there and whose data is
            // not (zeros, a torn tail), and that is a miss like any damaged entry (the magic, the lengths and the text's
            // hash are checked on every read), so it costs one extraction, not a wrong text; a flush per letter would
            // cost every run.
            File.Move(temporary, path, overwrite: true);
            Interlocked.Increment(ref _writes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Interlocked.CompareExchange(ref _writeProblem, ex.Message.TrimEnd('.'), null);
            try
            {
                File.Delete(temporary);
            }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
            {
                // Nothing more to do: a stray temporary file is removed by a later Trim.
            }
        }
    }

    /// <summary>
    /// Keeps the folder under <see cref="MaxBytes"/>: when its entries add up to more, removes the least recently
    /// used (a hit renews an entry) until they fill at most nine tenths of it; also removes temporary files an
    /// interrupted run left over an hour ago. Failures are ignored: another run may be trimming too.
    /// </summary>
    public void Trim()
    {
        if (!Directory.Exists(Folder) || FolderProblem() is not null)
        {
            return;
        }
        var entries = new List<(string Path, long Length, DateTime Used)>();
        long total = 0;
        try
        {
            foreach (var file in new DirectoryInfo(Folder).EnumerateFiles("*", new EnumerationOptions { RecurseSubdirectories = true, MaxRecursionDepth = 1, IgnoreInaccessible = true, AttributesToSkip = 0 }))
            {
                // Only what Put writes, where it writes it: the folder is the user's and may hold files of their own.
                switch (Written(file))
                {
                    case WrittenFile.Entry:
                        entries.Add((file.FullName, file.Length, file.LastWriteTimeUtc));
                        total += file.Length;
                        break;
                    case WrittenFile.Temporary when file.LastWriteTimeUtc < DateTime.UtcNow.AddHours(-1):
                        TryDelete(file.FullName);
                        break;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return;
        }
        if (total <= MaxBytes)
        {
            return;
        }
        long target = MaxBytes / 10 * 9;
        foreach (var entry in entries.OrderBy(e => e.Used).ThenBy(e => e.Path, StringComparer.Ordinal))
        {
            if (total <= target)
            {
                break;
            }
            if (TryDelete(entry.Path))
            {
                total -= entry.Length;
            }
        }
    }

    private enum WrittenFile
    {
        None,
        Entry,
        Temporary,
    }

    /// <summary>
    /// Whether <paramref name="file"/> is one <see cref="Put"/> writes: in the subfolder of its key's first two hex
    /// digits, an entry (<c>KEY.imrtext</c>) or a temporary (<c>.KEY.GUID.tmp</c>); anything else is left alone.
    /// </summary>
    private WrittenFile Written(FileInfo file)
    {
        string name = file.Name;
        string? parent = file.DirectoryName;
        if (parent is null || !string.Equals(Path.GetDirectoryName(parent), Path.TrimEndingDirectorySeparator(Folder), StringComparison.Ordinal))
        {
            return WrittenFile.None;
        }
        string subfolder = Path.GetFileName(parent);
        if (name.Length == KeyLength + EntryExtension.Length && name.EndsWith(EntryExtension, StringComparison.Ordinal)
            && IsKey(name.AsSpan(0, KeyLength)) && name.StartsWith(subfolder, StringComparison.Ordinal) && subfolder.Length == 2)
        {
            return WrittenFile.Entry;
        }
        // "." + key + "." + 32 hex digits (a Guid's "N" form) + ".tmp"
        if (name.Length == 1 + KeyLength + 1 + 32 + 4 && name[0] == '.' && name[1 + KeyLength] == '.' && name.EndsWith(".tmp", StringComparison.Ordinal)
            && IsKey(name.AsSpan(1, KeyLength)) && IsLowerHex(name.AsSpan(2 + KeyLength, 32)) && subfolder.Length == 2
            && name.AsSpan(1, 2).SequenceEqual(subfolder))
        {
            return WrittenFile.Temporary;
        }
        return WrittenFile.None;
    }

    private static bool IsKey(ReadOnlySpan<char> text) => text.Length == KeyLength && IsLowerHex(text);

    private static bool IsLowerHex(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (c is not ((>= '0' and <= '9') or (>= 'a' and <= 'f')))
            {
                return false;
            }
        }
        return true;
    }

    private CachedPdfText? Read(string key, LetterLimits limits)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(EntryPath(key));
            // An entry holds at most the text cap in UTF-8 (3 bytes a UTF-16 unit) and a small header; anything
            // longer is not an entry of this tool, and is not read into memory.
            if (!info.Exists || info.Length > 1024 + _version.Length + (3 * Math.Min(limits.MaxTextBytes, int.MaxValue / 4)))
            {
                return null;
            }
            bytes = File.ReadAllBytes(info.FullName);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        return Deserialize(key, bytes);
    }

    // The layout: magic, format version, the version (length-prefixed UTF-8), the PDF's SHA-256, pages, decoded
    // bytes, per page its text start (4 bytes) and glyph bound (8), the text's length in UTF-8 bytes, the text's
    // SHA-256, the text. Integers little-endian.
    private byte[] Serialize(string key, CachedPdfText entry)
    {
        byte[] text = Encoding.UTF8.GetBytes(entry.Text);
        int length = Magic.Length + 4 + 4 + _version.Length + HashBytes + 4 + 8 + (PageBoundBytes * entry.PageBounds.Count) + 4 + HashBytes + text.Length;
        byte[] bytes = new byte[length];
        var span = bytes.AsSpan();
        Magic.CopyTo(span);
        int at = Magic.Length;
        BinaryPrimitives.WriteInt32LittleEndian(span[at..], FormatVersion);
        at += 4;
        BinaryPrimitives.WriteInt32LittleEndian(span[at..], _version.Length);
        at += 4;
        _version.CopyTo(span[at..]);
        at += _version.Length;
        Convert.FromHexString(key).CopyTo(span[at..]);
        at += HashBytes;
        BinaryPrimitives.WriteInt32LittleEndian(span[at..], entry.Pages);
        at += 4;
        BinaryPrimitives.WriteInt64LittleEndian(span[at..], entry.DecodedBytes);
        at += 8;
        foreach (var page in entry.PageBounds)
        {
            BinaryPrimitives.WriteInt32LittleEndian(span[at..], page.TextStart);
            BinaryPrimitives.WriteInt64LittleEndian(span[(at + 4)..], page.Glyphs);
            at += PageBoundBytes;
        }
        BinaryPrimitives.WriteInt32LittleEndian(span[at..], text.Length);
        at += 4;
        SHA256.HashData(text, span[at..]);
        at += HashBytes;
        text.CopyTo(span[at..]);
        return bytes;
    }

    private CachedPdfText? Deserialize(string key, byte[] bytes)
    {
        var span = bytes.AsSpan();
        if (!span.StartsWith(Magic))
        {
            return null;
        }
        int at = Magic.Length;
        if (!TakeInt32(span, ref at, out int format) || format != FormatVersion
            || !TakeInt32(span, ref at, out int versionLength) || versionLength != _version.Length
            || !Take(span, ref at, versionLength, out var version) || !version.SequenceEqual(_version)
            || !Take(span, ref at, HashBytes, out var pdfHash) || !pdfHash.SequenceEqual(Convert.FromHexString(key))
            || !TakeInt32(span, ref at, out int pages) || pages < 0
            || !TakeInt64(span, ref at, out long decoded) || decoded < 0
            || !TakePageBounds(span, ref at, pages, out var bounds)
            || !TakeInt32(span, ref at, out int textLength) || textLength < 0
            || !Take(span, ref at, HashBytes, out var textHash)
            || !Take(span, ref at, textLength, out var text) || at != span.Length)
        {
            return null;
        }
        Span<byte> actual = stackalloc byte[HashBytes];
        SHA256.HashData(text, actual);
        if (!actual.SequenceEqual(textHash))
        {
            return null;
        }
        try
        {
            return new CachedPdfText(new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(text), pages, decoded, bounds);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static bool Take(ReadOnlySpan<byte> span, ref int at, int count, out ReadOnlySpan<byte> taken)
    {
        if (count < 0 || span.Length - at < count)
        {
            taken = default;
            return false;
        }
        taken = span.Slice(at, count);
        at += count;
        return true;
    }

    /// <summary>One bound per page; false when the entry is too short for <paramref name="pages"/> of them or one is negative.</summary>
    private static bool TakePageBounds(ReadOnlySpan<byte> span, ref int at, int pages, out CachedPdfPage[] bounds)
    {
        bounds = [];
        if (pages > (span.Length - at) / PageBoundBytes)
        {
            return false;
        }
        var taken = new CachedPdfPage[pages];
        for (int page = 0; page < pages; page++)
        {
            if (!TakeInt32(span, ref at, out int textStart) || textStart < 0 || !TakeInt64(span, ref at, out long glyphs) || glyphs < 0)
            {
                return false;
            }
            taken[page] = new CachedPdfPage(textStart, glyphs);
        }
        bounds = taken;
        return true;
    }

    private static bool TakeInt32(ReadOnlySpan<byte> span, ref int at, out int value)
    {
        bool taken = Take(span, ref at, sizeof(int), out var bytes);
        value = taken ? BinaryPrimitives.ReadInt32LittleEndian(bytes) : 0;
        return taken;
    }

    private static bool TakeInt64(ReadOnlySpan<byte> span, ref int at, out long value)
    {
        bool taken = Take(span, ref at, sizeof(long), out var bytes);
        value = taken ? BinaryPrimitives.ReadInt64LittleEndian(bytes) : 0;
        return taken;
    }

    /// <summary>
    /// Why the folder must not be used, or null: on Unix, a folder other users can write (a shared folder such as one
    /// under /tmp) or one that is not the user's could hold entries planted by someone else, and its entries could be
    /// replaced. Worked out once the folder exists (a folder the cache creates is the user's alone).
    /// </summary>
    private string? FolderProblem()
    {
        if (Volatile.Read(ref _folderChecked) != 0)
        {
            return _folderProblem;
        }
        if (OperatingSystem.IsWindows() || !Directory.Exists(Folder))
        {
            return null;
        }
        string? problem = null;
        try
        {
            var mode = File.GetUnixFileMode(Folder);
            if ((mode & (UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) != 0)
            {
                problem = "it is writable by other users; letters' text is health information: name a folder only you can write";
            }
            else
            {
                // Only the folder's owner (or root) may set its mode: setting the mode it has changes nothing and says whose it is.
                File.SetUnixFileMode(Folder, mode);
            }
        }
        catch (UnauthorizedAccessException)
        {
            problem = "it belongs to another user";
        }
        catch (IOException ex)
        {
            problem = ex.Message.TrimEnd('.');
        }
        _folderProblem = problem;
        Volatile.Write(ref _folderChecked, 1);
        return problem;
    }

    private static void CreateFolder(string folder)
    {
        if (Directory.Exists(folder))
        {
            return;
        }
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            Directory.CreateDirectory(folder, OwnerOnlyFolder);
        }
    }

    /// <summary>Marks an entry as used now, so <see cref="Trim"/> keeps it over entries not used for longer.</summary>
    private static void Touch(string path)
    {
        try
        {
            File.SetLastWriteTimeUtc(path, DateTime.UtcNow);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A read-only cache still serves its entries; only their order of removal is lost.
        }
    }

    private static bool TryDelete(string path)
    {
        try
        {
            File.Delete(path);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static string InformationalVersion(Assembly assembly) =>
        assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? assembly.GetName().Version?.ToString() ?? "unknown";
}
