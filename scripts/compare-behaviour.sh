#!/usr/bin/env bash
# Compares what two revisions of ImrCite do, byte for byte: the output of `imrcite lint` (text, json and
# sarif) on folders of letters, and every source file the generator emits for the shipped catalogue.
# A refactoring must leave both identical (issue 14); a change that is meant to alter them shows where.
#
# Usage: scripts/compare-behaviour.sh [--show-diff] [--keep] REV_A REV_B [letter folder...]
#   REV_A, REV_B   any git revision (commit, branch, tag, HEAD~2); the working tree's uncommitted changes
#                  are not part of either: commit first
#   letter folder  folders (or files) to lint, as the lint command takes them; default: the letters and
#                  seeds in the `shared` folder beside the main checkout (../shared/letters, ../shared/seeds)
#   --show-diff    print a unified diff for each file that differs (otherwise one line per file)
#   --keep         keep the temporary worktrees and outputs (their folder is printed)
#
# Each revision is checked out in a temporary git worktree and built in Release with the same fixed
# version (so a version derived from git cannot make outputs differ), then:
#   - `imrcite lint FOLDER --format text|json|sarif` runs from the current folder, with the folder as given,
#     for each folder; stdout, stderr and the exit code are compared;
#   - samples/ImrCite.Sample is built with EmitCompilerGeneratedFiles=true and the files under the
#     generator's output folder (ImrCite.Generators/...) are compared by relative path.
# Prints `identical` or `differs` (or `only in A`/`only in B`) per compared file, then a total.
# Exit code: 0 all identical, 1 something differs, 2 usage or build error.
set -euo pipefail

show_diff=false
keep=false
args=()
for arg in "$@"; do
  case "$arg" in
    --show-diff) show_diff=true ;;
    --keep) keep=true ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) args+=("$arg") ;;
  esac
done
if [ "${#args[@]}" -lt 2 ]; then
  echo "usage: $0 [--show-diff] [--keep] REV_A REV_B [letter folder...]" >&2
  exit 2
fi
rev_a=${args[0]}
rev_b=${args[1]}
folders=("${args[@]:2}")

repo=$(cd "$(dirname "$0")/.." && pwd)
# The shared folder sits beside the main checkout (the repository whose .git the worktrees share).
common=$(cd "$repo" && cd "$(git rev-parse --git-common-dir)" && pwd)
if [ "${#folders[@]}" -eq 0 ]; then
  folders=("$(dirname "$(dirname "$common")")/shared/letters" "$(dirname "$(dirname "$common")")/shared/seeds")
  [ -d "${folders[0]}" ] || folders=("$repo/../shared/letters" "$repo/../shared/seeds")
fi
for folder in "${folders[@]}"; do
  [ -e "$folder" ] || { echo "no such letter folder: $folder" >&2; exit 2; }
done

sha_a=$(git -C "$repo" rev-parse --verify --quiet "$rev_a^{commit}") || { echo "not a revision: $rev_a" >&2; exit 2; }
sha_b=$(git -C "$repo" rev-parse --verify --quiet "$rev_b^{commit}") || { echo "not a revision: $rev_b" >&2; exit 2; }

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
work=$(mktemp -d "${TMPDIR:-/tmp}/imrcite-compare.XXXXXX")
cleanup() {
  for side in a b; do
    if [ -d "$work/$side" ]; then git -C "$repo" worktree remove --force "$work/$side" >/dev/null 2>&1 || true; fi
  done
  git -C "$repo" worktree prune >/dev/null 2>&1 || true
  if [ "$keep" = true ]; then echo "kept: $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

# The same version for both sides: the SARIF output names the tool's version.
version=0.0.0-compare

prepare() { # side sha
  local side=$1 sha=$2 tree="$work/$1"
  echo "== $side: $(git -C "$repo" log -1 --format='%h %s' "$sha" | cut -c1-100)"
  git -C "$repo" worktree add --detach --quiet "$tree" "$sha"
  if ! dotnet build "$tree/src/ImrCite.Cli/ImrCite.Cli.csproj" -c Release -nologo -v:q -p:Version=$version > "$work/$side-build-cli.log" 2>&1; then
    cat "$work/$side-build-cli.log" >&2; echo "building the CLI at $side ($sha) failed" >&2; exit 2
  fi
  if ! dotnet build "$tree/samples/ImrCite.Sample/ImrCite.Sample.csproj" -c Release -nologo -v:q -p:Version=$version \
      -p:EmitCompilerGeneratedFiles=true -p:CompilerGeneratedFilesOutputPath="$work/$side-generated" > "$work/$side-build-sample.log" 2>&1; then
    cat "$work/$side-build-sample.log" >&2; echo "building the sample at $side ($sha) failed" >&2; exit 2
  fi
  mkdir -p "$work/out-$side/lint"
  local cli="$tree/src/ImrCite.Cli/bin/Release/net10.0/ImrCite.Cli.dll" index=0 folder format code
  for folder in "${folders[@]}"; do
    index=$((index + 1))
    for format in text json sarif; do
      local name
      name="$(printf '%02d' "$index")-$(basename "$folder").$format"
      set +e
      dotnet "$cli" lint "$folder" --format "$format" > "$work/out-$side/lint/$name" 2> "$work/out-$side/lint/$name.stderr"
      code=$?
      set -e
      echo "$code" > "$work/out-$side/lint/$name.exit"
    done
  done
  # Only the ImrCite generator's files: other generators (if any) are not ours to compare.
  mkdir -p "$work/out-$side/generated"
  if [ -d "$work/$side-generated/ImrCite.Generators" ]; then
    cp -r "$work/$side-generated/ImrCite.Generators/." "$work/out-$side/generated/"
  fi
}

prepare a "$sha_a"
prepare b "$sha_b"

compared=0
differing=0
while IFS= read -r file; do
  compared=$((compared + 1))
  left="$work/out-a/$file"
  right="$work/out-b/$file"
  if [ ! -e "$left" ]; then
    status="only in B"
  elif [ ! -e "$right" ]; then
    status="only in A"
  elif cmp -s "$left" "$right"; then
    status="identical"
  else
    status="differs"
  fi
  printf '%-10s %s\n' "$status" "$file"
  if [ "$status" != identical ]; then
    differing=$((differing + 1))
    if [ "$show_diff" = true ]; then
      [ -e "$left" ] || left=/dev/null
      [ -e "$right" ] || right=/dev/null
      diff -u --label "A/$file" --label "B/$file" "$left" "$right" || true
    fi
  fi
done < <( (cd "$work/out-a" && find . -type f; cd "$work/out-b" && find . -type f) | sed 's#^\./##' | LC_ALL=C sort -u)

echo "total: $compared compared, $((compared - differing)) identical, $differing differ (A=$(git -C "$repo" rev-parse --short "$sha_a"), B=$(git -C "$repo" rev-parse --short "$sha_b"))"
[ "$differing" -eq 0 ]
