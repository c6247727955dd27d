#!/usr/bin/env bash
# Writes `imrcite lint` output in every format for a set of letter folders into one directory, so a
# refactoring can be shown to change nothing: run it before and after, then `diff -r BEFORE AFTER`.
#   tests/ImrCite.Cli.Tests/scripts/lint-outputs.sh OUT_DIR [FOLDER...]
# Default folders: samples/letters, and /work/devset and /work/shared/seeds when present. The tool is run
# from its build output (build src/ImrCite.Cli first), from the repository root, so paths are the same.
set -euo pipefail
cd "$(dirname "$0")/../../.."
out=${1:?usage: lint-outputs.sh OUT_DIR [FOLDER...]}
shift
mkdir -p "$out"
folders=("$@")
if [ ${#folders[@]} -eq 0 ]; then
  folders=(samples/letters)
  for f in /work/devset /work/shared/seeds; do [ -d "$f" ] && folders+=("$f"); done
fi
dll=src/ImrCite.Cli/bin/Debug/net10.0/ImrCite.Cli.dll
for folder in "${folders[@]}"; do
  name=$(echo "$folder" | tr '/' '_')
  for format in text json sarif; do
    set +e
    dotnet "$dll" lint "$folder" --format "$format" >"$out/$name.$format" 2>"$out/$name.$format.err"
    echo "exit $?" >>"$out/$name.$format.err"
    set -e
  done
done
echo "wrote $(ls "$out" | wc -l) files to $out"
