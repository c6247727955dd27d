#!/usr/bin/env -S dotnet run
#:project ../ImrCite.Benchmarks/ImrCite.Benchmarks.csproj

// Writes a synthetic guideline catalogue for the benchmarks and checks that it validates.
//   dotnet run benchmarks/scripts/MakeSyntheticCatalogue.cs -- <out-dir> [sections=10000]
// The generator is ImrCite.Benchmarks.SyntheticCatalogue (the same code the benchmarks run in-process).

using System;
using System.Globalization;
using ImrCite.Benchmarks;

if (args.Length is < 1 or > 2 || args[0] is "-h" or "--help")
{
    Console.Error.WriteLine("usage: dotnet run benchmarks/scripts/MakeSyntheticCatalogue.cs -- <out-dir> [sections=10000]");
    return 2;
}
int sections = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : SyntheticCatalogue.DefaultSections;
var summary = SyntheticCatalogue.Write(args[0], sections);
int loaded = SyntheticCatalogue.Validate(summary.Directory);
Console.WriteLine($"Wrote {summary.Sections:N0} sections in {summary.Documents} documents ({summary.Files} files, {summary.Bytes:N0} bytes) to {summary.Directory}; "
    + $"CatalogueLoader reads {loaded:N0} sections with 0 diagnostics.");
return loaded == sections ? 0 : 1;
