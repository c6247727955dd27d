#!/usr/bin/env bash
# Lint throughput on a synthetic letter corpus, against grep over the same files in the same run.
#   benchmarks/scripts/lint-throughput.sh [MEGABYTES=100]
# Prints files/second for both, the ratio, and imrcite's peak memory (GNU time's maximum resident set size).
set -euo pipefail
cd "$(dirname "$0")/../.."
mb="${1:-100}"
corpus=$(mktemp -d)
trap 'rm -rf "$corpus"' EXIT
dotnet run benchmarks/scripts/MakeLetterCorpus.cs -- "$corpus" "$mb"
dotnet build -c Release src/ImrCite.Cli -v q -nologo >/dev/null
files=$(find "$corpus" -name '*.txt' | wc -l)
bytes=$(du -sb "$corpus" | cut -f1)
start=$(date +%s.%N)
/usr/bin/time -f '%M' -o "$corpus.mem" dotnet src/ImrCite.Cli/bin/Release/net10.0/ImrCite.Cli.dll lint "$corpus" --format json > "$corpus.json" || true
lint=$(echo "$(date +%s.%N) - $start" | bc)
start=$(date +%s.%N)
grep -rc "Decision based on" "$corpus" > /dev/null
grep=$(echo "$(date +%s.%N) - $start" | bc)
echo "corpus: $files files, $((bytes / 1048576)) MB"
echo "imrcite lint: ${lint}s, $(echo "$files / $lint" | bc) files/s, peak memory $(( $(tail -n 1 "$corpus.mem") / 1024 )) MB"
echo "grep -c:      ${grep}s, $(echo "$files / $grep" | bc) files/s"
echo "ratio (lint / grep): $(echo "scale=1; $lint / $grep" | bc)x"
rm -f "$corpus.mem" "$corpus.json"
