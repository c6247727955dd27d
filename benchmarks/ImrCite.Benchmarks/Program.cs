using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using ImrCite.Benchmarks;

// Every benchmark, default job (precise, slow):
//   dotnet run -c Release --project benchmarks/ImrCite.Benchmarks -- --filter '*'
// Quick mode: BenchmarkDotNet's ShortRun job (3 warm-ups, 3 iterations; a few minutes on 2 cores):
//   dotnet run -c Release --project benchmarks/ImrCite.Benchmarks -- --filter '*' --quick   (same as --job short)
// The validator in a plain in-process loop, steadier under load: --loop pages 3 [--alloc]   (mix, seconds; --alloc: allocation by type)
// Two builds side by side, batch for batch: --ab pages 20 <folder of A's ImrCite.dll> <folder of B's>
// The validator's stages, each timed: --phases pages 10
// The synthetic catalogue on its own: dotnet run benchmarks/scripts/MakeSyntheticCatalogue.cs -- <out-dir> [sections]
// Results go to benchmarks/BenchmarkDotNet.Artifacts (git-ignored) unless --artifacts says otherwise.

// --loop MIX [seconds]: the validator in a plain loop (best/median batch, CPU and bytes per string).
int loop = Array.IndexOf(args, "--loop");
if (loop >= 0 && loop + 1 < args.Length)
{
    double seconds = loop + 2 < args.Length && double.TryParse(args[loop + 2], System.Globalization.CultureInfo.InvariantCulture, out double s) ? s : 3;
    return ValidatorLoop.Run(args[loop + 1], seconds, byType: args.Contains("--alloc", StringComparer.Ordinal));
}

// --ab MIX SECONDS A B: two builds' ImrCite.dll (folders A and B) in one process, batch for batch (ratios under load).
int ab = Array.IndexOf(args, "--ab");
if (ab >= 0 && ab + 4 < args.Length)
{
    return ValidatorAb.Run(args[ab + 1], double.Parse(args[ab + 2], System.Globalization.CultureInfo.InvariantCulture), args[ab + 3], args[ab + 4]);
}

// --phases MIX SECONDS: the validator's stages (syntax, words, name grammar, checks and result), timed in turn.
int phases = Array.IndexOf(args, "--phases");
if (phases >= 0 && phases + 2 < args.Length)
{
    return ValidatorPhases.Run(args[phases + 1], double.Parse(args[phases + 2], System.Globalization.CultureInfo.InvariantCulture));
}

bool quick = args.Contains("--quick", StringComparer.Ordinal);
IConfig config = DefaultConfig.Instance;
if (Paths.FindRepositoryFolder("benchmarks", folder => Directory.Exists(Path.Combine(folder, "ImrCite.Benchmarks"))) is { } benchmarks)
{
    config = config.WithArtifactsPath(Path.Combine(benchmarks, "BenchmarkDotNet.Artifacts"));
}
if (quick)
{
    config = config.AddJob(Job.ShortRun);
}
var summaries = BenchmarkSwitcher.FromAssembly(typeof(GeneratorBenchmarks).Assembly)
    .Run(args.Where(a => a != "--quick").ToArray(), config);
return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
