#!/usr/bin/env bash
# The long fuzz run of the reliability suite (issue 13): the same CsCheck properties CI runs with a few
# thousand cases each, run with ITERATIONS cases each (default 250,000; four properties, so one million
# cases), with the cases, failures and time of each written to a report and printed at the end.
#
#   scripts/fuzz.sh [ITERATIONS]        e.g. scripts/fuzz.sh 250000
#
# Exit 0 when no property failed. A failure prints CsCheck's seed; rerun one property with
#   CsCheck_Seed=<seed> dotnet test tests/ImrCite.Reliability.Tests --filter <PropertyName>
# Record the figures of a run in docs/reliability.md ("Last fuzz run").
set -euo pipefail
cd "$(dirname "$0")/.."
iterations="${1:-250000}"
report="$(mktemp)"
trap 'rm -f "$report"' EXIT

dotnet build tests/ImrCite.Reliability.Tests -nologo -v:q >/dev/null
start=$(date +%s)
status=0
IMRCITE_FUZZ_ITERATIONS="$iterations" IMRCITE_FUZZ_REPORT="$report" \
  dotnet test tests/ImrCite.Reliability.Tests --no-build -nologo \
    --filter "FullyQualifiedName~CatalogueProperties|FullyQualifiedName~CitationProperties.AnalyzeNeverThrows" || status=$?
end=$(date +%s)

echo
echo "property	cases	failures	seconds"
cat "$report"
awk -F'\t' '{ cases += $2 } END { printf "total cases: %d\n", cases }' "$report"
echo "wall time: $((end - start)) s; dotnet test exit code: $status ($(nproc) cores, $(date -u +%Y-%m-%d))"
exit "$status"
