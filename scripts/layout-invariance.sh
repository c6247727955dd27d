#!/usr/bin/env bash
# Layout invariance on real letters: every text letter of the given folders is laid out again — re-wrapped at 60, 80 and
# 110 columns, hyphenated, its page breaks moved with running footers and heads of other shapes, CRLF, doubled and
# no-break spaces, curly quotes, dashes and ligatures, other indentation, each alone and combined — and, with --pdf, printed
# to PDF by Debian's headless chromium at two page sizes and fonts; each layout is linted and its items, citations and
# findings are compared with the original's, positions aside. The transforms and the comparison are the test suite's
# (tests/ImrCite.Cli.Tests/Layout, LayoutInvarianceTests); this runs them on folders the repository cannot hold.
#
# Usage: scripts/layout-invariance.sh [--pdf] [--report FILE] FOLDER...
#   FOLDER     folders of .txt letters (or .txt files)
#   --pdf      also print each letter to PDF with chromium (slow: two prints per letter)
#   --report   write every difference to FILE (default: a temporary file, printed at the end)
# Prints the summary line (letters, layouts compared, differing, lines lost and gained) and the report's path.
# Exit code: 0 when no layout changed anything, 1 when some did, 2 on a usage or build error.
set -euo pipefail
cd "$(dirname "$0")/.."
pdf=0
report=""
folders=()
while [ $# -gt 0 ]; do
  case "$1" in
    --pdf) pdf=1 ;;
    --report) report=$2; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) [ -e "$1" ] || { echo "no such folder: $1" >&2; exit 2; }; folders+=("$(cd "$(dirname "$1")" && pwd)/$(basename "$1")") ;;
  esac
  shift
done
[ "${#folders[@]}" -gt 0 ] || { echo "usage: $0 [--pdf] [--report FILE] FOLDER..." >&2; exit 2; }
if [ "$pdf" = 1 ] && ! command -v chromium >/dev/null; then echo "--pdf needs Debian's chromium (apt-get install chromium)" >&2; exit 2; fi
[ -n "$report" ] || report=$(mktemp "${TMPDIR:-/tmp}/imrcite-layout.XXXXXX.md")
report=$(cd "$(dirname "$report")" && pwd)/$(basename "$report")
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build tests/ImrCite.Cli.Tests -nologo -v:q >/dev/null || { echo "building the tests failed" >&2; exit 2; }
status=0
IMRCITE_LAYOUT_LETTERS=$(IFS=:; echo "${folders[*]}") IMRCITE_LAYOUT_PDF=$pdf IMRCITE_LAYOUT_REPORT="$report" \
  dotnet test tests/ImrCite.Cli.Tests --no-build -nologo -v:q \
    --filter "FullyQualifiedName~LayoutInvarianceTests.TheLettersOfACorpusKeepTheirFindingsInEveryLayout" >/dev/null 2>&1 || status=$?
[ -s "$report" ] || { echo "the corpus test wrote no report (exit code $status)" >&2; exit 2; }
head -1 "$report"
echo "report: $report"
[ "$status" = 0 ] || exit 1
