#!/usr/bin/env bash
# The catalogue generator of two revisions side by side in one process (GeneratorSideBySide.cs): each revision's
# ImrCite.Generators.dll is built in Release in a temporary git worktree, then both run on the shipped catalogue, in each
# build mode, interleaved; the script prints whether both write the same files and each one's process CPU time per run.
# CPU time, not wall time, so that a loaded machine (the figures in docs/benchmarks.md were taken on one) adds little.
# Usage: benchmarks/scripts/generator-side-by-side.sh REV_A REV_B [ROUNDS]   (default 41). Not run by tests or CI.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
[ $# -ge 2 ] || { echo "usage: $0 REV_A REV_B [ROUNDS]" >&2; exit 2; }
rounds=${3:-41}
work=$(mktemp -d "${TMPDIR:-/tmp}/imrcite-generator-side-by-side.XXXXXX")
cleanup() {
  for side in a b; do git -C "$repo" worktree remove --force "$work/$side" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
for side in a b; do
  rev=$([ "$side" = a ] && echo "$1" || echo "$2")
  git -C "$repo" worktree add --detach "$work/$side" "$rev" >/dev/null 2>&1
  echo "== $side: $rev ($(git -C "$repo" rev-parse --short "$rev")), building ImrCite.Generators"
  dotnet build "$work/$side/generators/ImrCite.Generators" -c Release -nologo -v:q >/dev/null
done
echo "== load before: $(uptime)"
# Tiered compilation off: both run fully optimised code from the first timed round.
DOTNET_TieredCompilation=0 dotnet run "$repo/benchmarks/scripts/GeneratorSideBySide.cs" -- \
  "$work/a/generators/ImrCite.Generators/bin/Release/netstandard2.0/ImrCite.Generators.dll" \
  "$work/b/generators/ImrCite.Generators/bin/Release/netstandard2.0/ImrCite.Generators.dll" \
  "$repo/guidelines/catalogue" "$rounds"
echo "== load after: $(uptime)"
