using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Xunit;

namespace ImrCite.Tooling.Tests;

/// <summary>
/// Issue 13: <c>catalogue fmt</c> never throws, never writes over a file it could not decode or write back as read,
/// follows symbolic links, keeps the file mode, and leaves no temporary file behind.
/// </summary>
public class CatalogueFormatterFileTests
{
    private static string NonCanonical => Fixtures.Catalogue().Replace("\n", "\r\n", StringComparison.Ordinal);

    [Fact]
    public void ARawLoneSurrogateIsRefusedNotThrown() =>
        // Built here: test-case data passes through UTF-8, which cannot carry a lone surrogate.
        A_lone_surrogate_the_reader_reports_is_refused_not_thrown("{ \"sources\": [ { \"id\": \"mtus\", \"name\": \"MTUS " + '\uD800' + "\", \"tier\": \"mtus\" } ] }");

    [Theory]
    [InlineData("{ \"sources\": [ { \"id\": \"mtus\", \"name\": \"MTUS \\uD800\", \"tier\": \"mtus\" } ] }")]
    [InlineData("{ \"sources\": [ { \"id\": \"mtus\", \"\\uDFFF\": 1, \"name\": \"MTUS\", \"tier\": \"mtus\" } ] }")]
    public void A_lone_surrogate_the_reader_reports_is_refused_not_thrown(string text)
    {
        var result = CatalogueFormatter.TryFormat("s.imrcite.json", text);
        Assert.False(result.Succeeded);
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "IMR0004" && d.Message.Contains("lone surrogate", StringComparison.Ordinal));
        Assert.True(diagnostic.Location.Start > 0);
    }

    [Fact]
    public void ANoncharacterIsReportedByTheReaderAndFormatsIdempotently()
    {
        const string text = "{\"sources\":[{\"tier\":\"mtus\",\"name\":\"MTUS \\uFFFE \uFFFF\",\"id\":\"mtus\"}]}";
        var result = CatalogueFormatter.TryFormat("n.imrcite.json", text);
        Assert.True(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Id == "IMR0004");
        Assert.Equal(result.Formatted, CatalogueFormatter.Format(result.Formatted!));
        Assert.Equal(CatalogueLoader.FromText(("a.imrcite.json", text)).Catalogue.Sources[0].Name, CatalogueLoader.FromText(("a.imrcite.json", result.Formatted!)).Catalogue.Sources[0].Name);
    }

    [Fact]
    public void ALatin1FileIsNeverWrittenOver()
    {
        string folder = Fixtures.TempFolder();
        string path = Path.Combine(folder, "latin1.imrcite.json");
        byte[] bytes = Encoding.Latin1.GetBytes("{\r\n\"sources\": [ { \"id\": \"mtus\", \"name\": \"M\u00e9dical\", \"tier\": \"mtus\" } ] }");
        File.WriteAllBytes(path, bytes);
        var result = CatalogueFormatter.FormatFile(path, checkOnly: false);
        Assert.True(result.Failed);
        Assert.False(result.Written);
        Assert.Equal("IMR0019", Assert.Single(result.Format.Diagnostics).Id);
        Assert.Equal(bytes, File.ReadAllBytes(path));
        Assert.Equal(new[] { path }, Directory.GetFiles(folder));
    }

    [Fact]
    public void AMissingFileIsAFailedResultWithAMessageNotAnException()
    {
        string path = Path.Combine(Fixtures.TempFolder(), "missing.imrcite.json");
        var results = CatalogueFormatter.FormatFiles(new[] { path }, checkOnly: false);
        var result = Assert.Single(results);
        Assert.True(result.Failed);
        var diagnostic = Assert.Single(result.Format.Diagnostics);
        Assert.Contains("cannot be read", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(path, diagnostic.Location.Path);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void ASymbolicLinkStaysALinkAndItsTargetIsFormatted()
    {
        string folder = Fixtures.TempFolder();
        string targetFolder = Directory.CreateDirectory(Path.Combine(folder, "real")).FullName;
        string target = Path.Combine(targetFolder, "guide.imrcite.json");
        File.WriteAllText(target, NonCanonical);
        string link = Path.Combine(folder, "link.imrcite.json");
        File.CreateSymbolicLink(link, Path.Combine("real", "guide.imrcite.json"));

        var result = CatalogueFormatter.FormatFile(link, checkOnly: false);
        Assert.True(result.Written);
        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.Equal(CatalogueFormatter.Format(NonCanonical), File.ReadAllText(target));
        Assert.Equal(new[] { link }, Directory.GetFiles(folder));
        Assert.Equal(new[] { target }, Directory.GetFiles(targetFolder));
    }

    [Fact]
    public void TheFileModeIsKept()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Unix permissions only
        }
        string path = Path.Combine(Fixtures.TempFolder(), "private.imrcite.json");
        File.WriteAllText(path, NonCanonical);
        var mode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        File.SetUnixFileMode(path, mode);
        Assert.True(CatalogueFormatter.FormatFile(path, checkOnly: false).Written);
        Assert.Equal(mode, File.GetUnixFileMode(path));

        var shared = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.OtherRead;
        File.WriteAllText(path, NonCanonical);
        File.SetUnixFileMode(path, shared);
        Assert.True(CatalogueFormatter.FormatFile(path, checkOnly: false).Written);
        Assert.Equal(shared, File.GetUnixFileMode(path));
    }

    [Fact]
    public void ACancelledWriteLeavesTheFileAndNoTemporaryFile()
    {
        string folder = Fixtures.TempFolder();
        string path = Path.Combine(folder, "guide.imrcite.json");
        File.WriteAllText(path, NonCanonical);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Throws<OperationCanceledException>(() => AtomicFileWriter.Write(path, "{}\n", cancelled.Token));
        Assert.Equal(NonCanonical, File.ReadAllText(path));
        Assert.Equal(new[] { path }, Directory.GetFiles(folder));
    }

    [Fact]
    public void AFailedWriteReportsAndLeavesNoTemporaryFile()
    {
        string folder = Fixtures.TempFolder();
        string path = Path.Combine(folder, "guide.imrcite.json");
        File.WriteAllText(path, NonCanonical);
        // A link whose target is a folder: reading fails before anything is written; nothing is left behind.
        string link = Path.Combine(folder, "folder.imrcite.json");
        Directory.CreateSymbolicLink(link, folder);
        var result = CatalogueFormatter.FormatFile(link, checkOnly: false);
        Assert.True(result.Failed);
        Assert.Equal(new[] { path }, Directory.GetFiles(folder).Where(f => !f.EndsWith("folder.imrcite.json", StringComparison.Ordinal)));
        Assert.Empty(Directory.GetFiles(folder, "*.tmp", SearchOption.AllDirectories));
    }
}
