using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using CsCheck;
using ImrCite.Catalogue;
using ImrCite.Reliability.Tests.Support;
using ImrCite.Tooling;
using Xunit;

namespace ImrCite.Reliability.Tests;

/// <summary>
/// Properties of the catalogue reader, validator and formatter on any input: they never throw, every
/// diagnostic lies inside the text it is about, and formatting is idempotent and changes nothing the reader
/// reads. CI runs a fixed number of cases; scripts/fuzz.sh runs many more.
/// </summary>
public sealed class CatalogueProperties
{
    private const string Path = "fuzz.imrcite.json";

    [Fact]
    public void ReadingValidatingAndBuildingNeverThrowAndDiagnosticsStayInTheText()
    {
        var counter = new Budget.Counter();
        var watch = Stopwatch.StartNew();
        CatalogueTexts.Any.Sample(text =>
        {
            counter.Add();
            var loaded = CatalogueLoader.FromText((Path, text));
            Invariants.DiagnosticsInRange(loaded.Diagnostics, new Dictionary<string, string> { [Path] = text });
        }, iter: Budget.Iterations(3000), threads: Budget.Threads, print: CatalogueTexts.Show);
        Budget.Report(nameof(ReadingValidatingAndBuildingNeverThrowAndDiagnosticsStayInTheText), counter.Cases, 0, watch.Elapsed);
    }

    [Fact]
    public void ReadingBytesNeverThrowsWhateverTheEncoding()
    {
        var counter = new Budget.Counter();
        var watch = Stopwatch.StartNew();
        var gen = Gen.Select(CatalogueTexts.Any, Gen.Int[0, 3], Gen.UInt, (text, damage, seed) =>
        {
            byte[] bytes = Encoding.UTF8.GetBytes(text);
            var random = new Random((int)seed);
            for (int i = 0; i < damage && bytes.Length > 0; i++)
            {
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256); // Latin-1 letters, stray continuation bytes, BOM halves
            }
            return bytes;
        });
        gen.Sample(bytes =>
        {
            counter.Add();
            var file = CatalogueReader.Read(Path, bytes);
            var diagnostics = CatalogueValidator.Validate(new[] { file });
            Invariants.DiagnosticsInRange(diagnostics, new Dictionary<string, string> { [Path] = file.Text });
            CatalogueBuilder.Build(new[] { file });
        }, iter: Budget.Iterations(2000), threads: Budget.Threads, print: bytes => Convert.ToHexString(bytes));
        Budget.Report(nameof(ReadingBytesNeverThrowsWhateverTheEncoding), counter.Cases, 0, watch.Elapsed);
    }

    [Fact]
    public void FormattingNeverThrowsIsIdempotentAndReadsAsTheOriginal()
    {
        var counter = new Budget.Counter();
        var watch = Stopwatch.StartNew();
        CatalogueTexts.Any.Sample(text =>
        {
            counter.Add();
            var result = CatalogueFormatter.TryFormat(Path, text);
            Invariants.DiagnosticsInRange(result.Diagnostics, new Dictionary<string, string> { [Path] = text });
            if (result.Formatted is not { } formatted)
            {
                return;
            }
            var again = CatalogueFormatter.TryFormat(Path, formatted);
            if (again.Formatted != formatted)
            {
                throw new InvalidOperationException("Formatting is not idempotent:\n" + CatalogueTexts.Show(formatted) + "\n->\n" + CatalogueTexts.Show(again.Formatted ?? "(refused)"));
            }
            var before = CatalogueLoader.FromText((Path, text));
            var after = CatalogueLoader.FromText((Path, formatted));
            string describedBefore = Invariants.Describe(before.Catalogue);
            string describedAfter = Invariants.Describe(after.Catalogue);
            if (describedBefore != describedAfter)
            {
                throw new InvalidOperationException("Formatting changed what is read:\n" + describedBefore + "\n---\n" + describedAfter);
            }
            var diagnosticsBefore = Invariants.Unlocated(before.Diagnostics);
            var diagnosticsAfter = Invariants.Unlocated(after.Diagnostics);
            if (!diagnosticsBefore.SequenceEqual(diagnosticsAfter))
            {
                throw new InvalidOperationException("Formatting changed the diagnostics:\n" + string.Join("\n", diagnosticsBefore) + "\n---\n" + string.Join("\n", diagnosticsAfter));
            }
        }, iter: Budget.Iterations(2000), threads: Budget.Threads, print: CatalogueTexts.Show);
        Budget.Report(nameof(FormattingNeverThrowsIsIdempotentAndReadsAsTheOriginal), counter.Cases, 0, watch.Elapsed);
    }
}
