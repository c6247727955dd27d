#!/usr/bin/env bash
# Holds the sample's deliberately wrong citations to what they claim (CI runs this): builds
#   dotnet build samples/ImrCite.Sample -p:ShowCitationErrors=true
# which must fail, and compares the diagnostics it reports with the rule ids named in WrongCitations.cs's comments,
# line by line: every id a line's comment names is reported on that line, and nothing else is reported — no
# diagnostic on another line or in another file (the correct program is not part of that build; see the csproj).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

set +e
dotnet build "$here/ImrCite.Sample.csproj" -p:ShowCitationErrors=true -nologo -v:q -clp:NoSummary >"$work/build.txt" 2>&1
code=$?
set -e
if [ "$code" -eq 0 ]; then
  echo "check-citation-errors: the build with -p:ShowCitationErrors=true succeeded; it must fail on the wrong citations" >&2
  exit 1
fi

# Reported: "LINE ID" for each diagnostic in WrongCitations.cs, and "FILE(...) ID" for any elsewhere.
grep -E ': (error|warning) [A-Z]+[0-9]+:' "$work/build.txt" \
  | sed -E 's/^ *(.*)\(([0-9]+),[0-9]+\): (error|warning) ([A-Z]+[0-9]+):.*/\1 \2 \4/; t; s/^ *(.*): (error|warning) ([A-Z]+[0-9]+):.*/\1 - \3/' \
  | awk -v wrong="$here/WrongCitations.cs" '{ if ($1 == wrong) print $2, $3; else print $0 }' \
  | sort -u >"$work/reported.txt"
# Expected: "LINE ID" for each id a code line's comment names.
awk '/^ *[^ \/].*\/\// { comment = substr($0, index($0, "//")); while (match(comment, /(IMR|CS)[0-9][0-9][0-9][0-9]/)) { print NR, substr(comment, RSTART, RLENGTH); comment = substr(comment, RSTART + RLENGTH) } }' \
  "$here/WrongCitations.cs" | sort -u >"$work/expected.txt"

if [ ! -s "$work/expected.txt" ] || ! cmp -s "$work/expected.txt" "$work/reported.txt"; then
  echo "check-citation-errors: the build's diagnostics differ from WrongCitations.cs's comments (< named, not reported; > reported, not named):" >&2
  diff "$work/expected.txt" "$work/reported.txt" >&2 || true
  grep -vE ': (error|warning) [A-Z]+[0-9]+:' "$work/build.txt" | head -n 20 >&2 || true
  exit 1
fi
echo "check-citation-errors: $(wc -l <"$work/expected.txt") diagnostics on $(cut -d' ' -f1 "$work/expected.txt" | sort -u | wc -l) lines of WrongCitations.cs, each the one its comment names; none elsewhere"
