using System;
using BenchmarkDotNet.Running;
using ImrCite.Benchmarks;

// dotnet run -c Release --project benchmarks/ImrCite.Benchmarks -- --filter '*'          (all benchmarks)
// dotnet run -c Release --project benchmarks/ImrCite.Benchmarks -- make-catalogue DIR N  (write a synthetic catalogue)
if (args.Length >= 2 && args[0] == "make-catalogue")
{
    int sections = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 10_000;
    SyntheticCatalogue.Write(args[1], sections);
    Console.WriteLine($"Wrote a synthetic catalogue of {sections} sections to {args[1]}.");
    return 0;
}
BenchmarkSwitcher.FromAssembly(typeof(GeneratorBenchmarks).Assembly).Run(args);
return 0;
