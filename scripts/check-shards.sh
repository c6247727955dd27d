#!/usr/bin/env bash
# Lints a folder of letters once, then in n shards for each n given, merges each set of shards, and checks the merge is
# byte-identical to the single run, for JSON and SARIF (issue 15: "for n = 1, 2, 3, 7 over the shared letters").
#
#   scripts/check-shards.sh FOLDER [N ...]          # default N: 1 2 3 7
#   IMRCITE=/path/to/imrcite scripts/check-shards.sh FOLDER
#
# Exits 0 when every merge equals the single run, 1 when one differs, 2 on a usage or tool error.
set -uo pipefail

if [ $# -lt 1 ] || [ ! -d "$1" ]; then
  echo "usage: scripts/check-shards.sh FOLDER [N ...]" >&2
  exit 2
fi
folder=$1; shift
counts=("$@"); [ ${#counts[@]} -eq 0 ] && counts=(1 2 3 7)
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
if [ -z "${IMRCITE:-}" ]; then
  dotnet build "$root/src/ImrCite.Cli" -c Release -v q -nologo >/dev/null || { echo "build failed" >&2; exit 2; }
  IMRCITE="$root/src/ImrCite.Cli/bin/Release/net10.0/ImrCite.Cli"
fi
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
status=0
for format in json sarif; do
  "$IMRCITE" lint "$folder" --format "$format" --output "$work/single.$format"
  [ $? -le 1 ] || { echo "lint failed ($format)" >&2; exit 2; }
  for n in "${counts[@]}"; do
    shards=()
    for ((i = 0; i < n; i++)); do
      "$IMRCITE" lint "$folder" --format "$format" --shard "$i/$n" --output "$work/shard-$n-$i.$format"
      [ $? -le 1 ] || { echo "lint --shard $i/$n failed ($format)" >&2; exit 2; }
      shards+=("$work/shard-$n-$i.$format")
    done
    "$IMRCITE" merge "${shards[@]}" --output "$work/merged-$n.$format"
    [ $? -le 1 ] || { echo "merge failed (n=$n, $format)" >&2; exit 2; }
    if cmp -s "$work/single.$format" "$work/merged-$n.$format"; then
      echo "$format n=$n: merged output identical to the single run ($(wc -c < "$work/single.$format") bytes)"
    else
      echo "$format n=$n: DIFFERS from the single run"
      status=1
    fi
  done
done
exit $status
