#!/usr/bin/env bash
# Prints the accuracy figures of docs/accuracy.md for any folder of letters (PDF or text):
# letters, disputed items, citations resolved / unverified / unresolved, MAXIMUS citations,
# findings by rule and per letter, and the names that did not resolve.
#
#   scripts/accuracy.sh <folder-of-letters> [output.json]
#
# The JSON it writes (default: a temporary file) is the input for reading each finding against its letter.
set -euo pipefail
if [[ $# -lt 1 ]]; then
  echo "usage: scripts/accuracy.sh <folder-of-letters> [output.json]" >&2
  exit 2
fi
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
letters="$1"
json="${2:-$(mktemp --suffix=.json)}"
cli=(dotnet run --project "$root/src/ImrCite.Cli" -c Release --)
# lint exits 1 when a letter has an error finding; that is a figure here, not a failure.
"${cli[@]}" lint "$letters" --format json -o "$json" || [[ $? -eq 1 ]]
"${cli[@]}" stats "$json"
echo "JSON: $json"
