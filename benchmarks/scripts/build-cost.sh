#!/usr/bin/env bash
# What the ImrCite package costs a consumer's build, measured side by side in one run (issue 15, goals 1 and 2):
#   1. generated source per catalogue section: the sample built with EmitCompilerGeneratedFiles, bytes of the
#      generator's files over the sections they declare (every source, then ImrCiteGenerate=mtus;acoem);
#   2. build time of a minimal console app with the package against the same app without it, interleaved, with
#      a warm compiler server and with -p:UseSharedCompilation=false (min and median of RUNS each);
#   3. analyzer cost per checked literal: an app with 10,000 [GuidelineCitation] literals built with
#      -p:ReportAnalyzer=true, against the run-time validator's own time for the same strings in the same run.
# Usage: benchmarks/scripts/build-cost.sh [RUNS]   (default 5). Not run by tests or CI; results go in docs/benchmarks.md.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
runs=${1:-5}
work=$(mktemp -d "${TMPDIR:-/tmp}/imrcite-build-cost.XXXXXX")
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 NUGET_PACKAGES="$work/packages"

ms() { date +%s%3N; }
stats() { sort -n | awk '{ a[NR] = $1 } END { printf "min %d ms, median %d ms", a[1], a[int((NR + 1) / 2)] }'; }

echo "== 1. generated source per section (shipped catalogue, a throwaway project wired like samples/ImrCite.Sample)"
mkdir -p "$work/Gen"
cat > "$work/Gen/Gen.csproj" <<PROJ
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable>
    <ImrCiteDefaultCatalogueDirectory>$repo/guidelines/catalogue/</ImrCiteDefaultCatalogueDirectory>
    <ImrCiteGenerateApi>true</ImrCiteGenerateApi>
    <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
  </PropertyGroup>
  <Import Project="$repo/src/ImrCite/buildTransitive/ImrCite.props" />
  <ItemGroup>
    <ProjectReference Include="$repo/src/ImrCite/ImrCite.csproj" />
    <ProjectReference Include="$repo/generators/ImrCite.Generators/ImrCite.Generators.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
  </ItemGroup>
  <Import Project="$repo/src/ImrCite/buildTransitive/ImrCite.targets" />
</Project>
PROJ
echo 'System.Console.WriteLine(ImrCite.Guidelines.GeneratedCatalogue.Default.Documents.Count);' > "$work/Gen/Program.cs"
for generate in "" "mtus;acoem"; do
  out="$work/gen-${generate//;/-}"
  dotnet build "$work/Gen" -c Release -nologo -v:q --no-incremental -p:CompilerGeneratedFilesOutputPath="$out" -p:ImrCiteGenerate="${generate//;/%3B}" >/dev/null
  files=$(find "$out/ImrCite.Generators" -name '*.g.cs' | wc -l)
  bytes=$(find "$out/ImrCite.Generators" -name '*.g.cs' -exec cat {} + | wc -c)
  sections=$(find "$out/ImrCite.Generators" -name '*.g.cs' -exec cat {} + | grep -c 'GuidelineRecord("[^"]*/' || true)
  echo "ImrCiteGenerate='${generate:-every source}': $files files, $bytes bytes, $sections sections, $((bytes / (sections > 0 ? sections : 1))) bytes per section"
done

echo "== packing ImrCite"
dotnet pack "$repo/src/ImrCite" -c Release -o "$work/feed" -nologo -v:q >/dev/null
version=$(ls "$work/feed" | sed -n 's/^ImrCite\.\([0-9][^/]*\)\.nupkg$/\1/p' | sort -V | tail -n 1)
printf '<configuration><packageSources><clear /><add key="feed" value="%s" /></packageSources></configuration>\n' "$work/feed" > "$work/nuget.config"
make_app() { # name with-package
  mkdir -p "$work/$1" && cp "$work/nuget.config" "$work/$1/"
  ( cd "$work/$1" && dotnet new console --name "$1" --output . >/dev/null && echo 'System.Console.WriteLine("hello");' > Program.cs
    if [ "$2" = yes ]; then dotnet add package ImrCite --version "$version" >/dev/null; fi
    dotnet build -nologo -v:q >/dev/null )
}
make_app Plain no
make_app WithImrCite yes

echo "== 2. build time, interleaved, $runs runs each (--no-incremental)"
for mode in "warm server" "UseSharedCompilation=false"; do
  extra=(); [ "$mode" = "warm server" ] || extra=(-p:UseSharedCompilation=false)
  : > "$work/plain.times"; : > "$work/with.times"
  for i in $(seq "$runs"); do
    for app in Plain WithImrCite; do
      start=$(ms); dotnet build "$work/$app" -nologo -v:q --no-incremental "${extra[@]}" >/dev/null; end=$(ms)
      if [ "$app" = Plain ]; then echo $((end - start)) >> "$work/plain.times"; else echo $((end - start)) >> "$work/with.times"; fi
    done
  done
  plain=$(stats < "$work/plain.times"); with=$(stats < "$work/with.times")
  pmed=$(sort -n "$work/plain.times" | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
  wmed=$(sort -n "$work/with.times" | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
  echo "$mode: without $plain; with $with; ratio of medians $(awk -v a="$wmed" -v b="$pmed" 'BEGIN { printf "%.2f", a / b }')"
done

echo "== 3. analyzer cost per literal (10,000 [GuidelineCitation] literals) against the validator in the same run"
mkdir -p "$work/Literals" && cp "$work/nuget.config" "$work/Literals/"
( cd "$work/Literals" && dotnet new console --name Literals --output . >/dev/null && dotnet add package ImrCite --version "$version" >/dev/null )
{
  echo 'using System; using System.Diagnostics; using ImrCite; using ImrCite.Guidelines;'
  echo 'static class L { public static string C([GuidelineCitation] string c) => c; }'
  echo 'static class Program { static void Main() {'
  echo '  var all = new string[] {'
  for i in $(seq 0 9999); do
    case $((i % 4)) in
      0) echo "    L.C(\"MTUS Chronic Pain Medical Treatment Guidelines Opioids Page(s): 74-96\")," ;;
      1) echo "    L.C(\"MTUS Chronic Pain Medical Treatment Guidelines Benzodiazepines Page(s): 24\")," ;;
      2) echo "    L.C(\"ACOEM Practice Guidelines, 2nd Edition (2004), Chapter 12 Low Back Complaints, page 303\")," ;;
      3) echo "    L.C(\"MTUS Chronic Pain Medical Treatment Guidelines NSAIDs Page(s): 67-73\")," ;;
    esac
  done
  echo '  };'
  echo '  foreach (var s in all) GeneratedCatalogue.Validate(s); // warm'
  echo '  var w = Stopwatch.StartNew(); foreach (var s in all) GeneratedCatalogue.Validate(s); w.Stop();'
  echo '  Console.WriteLine($"validator: {w.Elapsed.TotalMilliseconds * 1000 / all.Length:F1} us per string ({all.Length} strings)");'
  echo '} }'
} > "$work/Literals/Program.cs"
dotnet build "$work/Literals" -c Release -nologo -v:d -p:ReportAnalyzer=true > "$work/literals.log" 2>&1 || { tail -30 "$work/literals.log"; exit 1; }
grep -E "ImrCite\.Generators\.Analyzers\.[A-Za-z]+Analyzer|Total analyzer execution time|ImrCite.Generators.CatalogueGenerator" "$work/literals.log" | sed 's/^ *//' | sort -u
dotnet run --project "$work/Literals" -c Release --no-build
