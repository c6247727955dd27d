#!/usr/bin/env bash
# `imrcite lint` against the floor of its inputs, side by side in one run (issue 15.4):
#   text letters against `grep -rc` over the same files, PDF letters against `pdftotext` over the same files
#   (one pdftotext per file, as many at a time as there are cores, as lint checks letters in parallel).
# Several rounds, interleaved (lint text, grep, lint PDF, pdftotext, then again), so machine load hits all alike;
# prints each round, then the minimum and the median of each and the ratios of both.
#
#   benchmarks/scripts/lint-vs-floor.sh [--text-mb N] [--pdf DIR] [--pdf-copies K] [--pdf-cache] [--r2r] [--rounds R] [--text DIR] [--baseline REV]
#     --text-mb N     size of the synthetic text corpus (MakeLetterCorpus.cs), default 100
#     --text DIR      lint this folder of text letters instead of writing a synthetic corpus
#     --pdf DIR       a folder of PDF letters (e.g. the development set); without it, no PDF rows
#     --pdf-copies K  lint K copies of the PDF folder (a larger corpus of the same letters), default 1
#     --pdf-cache     also lint the PDFs with a warm page-text cache (`--cache`, filled once before the rounds)
#     --r2r           also lint the PDFs with the tool as users install it: packed (`dotnet pack`, ReadyToRun package for
#                     this machine's runtime identifier) and installed from that pack (install-packed-tool.sh), cold
#     --rounds R      default 5
#     --baseline REV  also lint the text corpus with the tool built from git revision REV (e.g. main), in a temporary
#                     worktree, right after this checkout's lint in every round: before and after in the same run
#     --memory        then peak memory of `lint --format json` and `--format sarif` over the text corpus and over
#                     4 copies of it (hard links), to show that memory does not grow with the corpus or its findings
# Needs GNU time (/usr/bin/time) for user+system time and peak memory, and poppler-utils for pdftotext.
set -euo pipefail
cd "$(dirname "$0")/../.."
mb=100; text_dir=""; pdf_dir=""; copies=1; rounds=5; memory=false; pdf_cache=false; r2r=false; baseline=""
while [ $# -gt 0 ]; do
  case "$1" in
    --text-mb) mb=$2; shift 2 ;;
    --text) text_dir=$2; shift 2 ;;
    --pdf) pdf_dir=$2; shift 2 ;;
    --pdf-copies) copies=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --memory) memory=true; shift ;;
    --baseline) baseline=$2; shift 2 ;;
    --pdf-cache) pdf_cache=true; shift ;;
    --r2r) r2r=true; shift ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
work=$(mktemp -d)
trap 'rm -rf "$work"; git worktree prune' EXIT
if [ -z "$text_dir" ]; then
  text_dir="$work/text"
  dotnet run benchmarks/scripts/MakeLetterCorpus.cs -- "$text_dir" "$mb" >/dev/null
fi
if [ -n "$pdf_dir" ]; then
  for k in $(seq 1 "$copies"); do
    mkdir -p "$work/pdf/$k"
    cp "$pdf_dir"/*.pdf "$work/pdf/$k/"
  done
fi
dotnet build -c Release src/ImrCite.Cli -v q -nologo >/dev/null
cli=src/ImrCite.Cli/bin/Release/net10.0/ImrCite.Cli.dll
if [ -n "$baseline" ]; then
  git worktree add --detach "$work/baseline" "$baseline" >/dev/null 2>&1
  dotnet build -c Release "$work/baseline/src/ImrCite.Cli" -v q -nologo >/dev/null
  baseline_cli=$work/baseline/src/ImrCite.Cli/bin/Release/net10.0/ImrCite.Cli.dll
  echo "baseline: $baseline at $(git rev-parse --short "$baseline"); this checkout: $(git rev-parse --short HEAD)$(git diff --quiet HEAD || echo ' (with uncommitted changes)')"
fi
if $r2r; then
  echo "installed tool (lint-pdf-r2r): $(benchmarks/scripts/install-packed-tool.sh "$work/r2r" 2>/dev/null)"
fi
cores=$(nproc)

# run NAME COMMAND...: wall seconds, user+system seconds and peak KB into $work/NAME.times
run() {
  local name=$1; shift
  local start end
  start=$(date +%s.%N)
  /usr/bin/time -f '%U %S %M' -o "$work/time.out" "$@" > /dev/null 2>&1 || true
  end=$(date +%s.%N)
  read -r user sys peak < <(tail -n 1 "$work/time.out")
  echo "$(echo "$end - $start" | bc) $(echo "$user + $sys" | bc) $peak" >> "$work/$name.times"
  printf '  %-14s %8.2f s wall %8.2f s cpu %8d KB peak\n' "$name" "$(echo "$end - $start" | bc)" "$(echo "$user + $sys" | bc)" "$peak"
}

text_files=$(find "$text_dir" -type f | wc -l)
text_bytes=$(find "$text_dir" -type f -printf '%s\n' | awk '{s+=$1} END {print s}')
echo "text: $text_files files, $((text_bytes / 1048576)) MB; cores: $cores; load: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ -n "$pdf_dir" ]; then
  pdf_files=$(find "$work/pdf" -name '*.pdf' | wc -l)
  echo "pdf: $pdf_files files ($copies copies of $pdf_dir)"
  if $pdf_cache; then
    dotnet "$cli" lint "$work/pdf" --format json --cache "$work/cache" >/dev/null || true
    echo "page-text cache: $(find "$work/cache" -name '*.imrtext' | wc -l) entries, $(du -sk "$work/cache" | cut -f1) KB"
  fi
  if $r2r; then
    dotnet "$cli" lint "$work/pdf" --format json > "$work/cold.json" || true
    "$work/r2r/tool/imrcite" lint "$work/pdf" --format json > "$work/r2r.json" || true
    if cmp -s "$work/cold.json" "$work/r2r.json"; then echo "installed tool: the same JSON as the build, byte for byte"; else echo "installed tool: the JSON DIFFERS from the build's"; fi
  fi
fi
for r in $(seq 1 "$rounds"); do
  echo "round $r"
  run lint-text dotnet "$cli" lint "$text_dir" --format json
  if [ -n "$baseline" ]; then
    run lint-text-base dotnet "$baseline_cli" lint "$text_dir" --format json
  fi
  run grep grep -rc "Decision based on" "$text_dir"
  if [ -n "$pdf_dir" ]; then
    run lint-pdf dotnet "$cli" lint "$work/pdf" --format json
    if $pdf_cache; then run lint-pdf-warm dotnet "$cli" lint "$work/pdf" --format json --cache "$work/cache"; fi
    if $r2r; then run lint-pdf-r2r "$work/r2r/tool/imrcite" lint "$work/pdf" --format json; fi
    run pdftotext sh -c "find '$work/pdf' -name '*.pdf' -print0 | xargs -0 -P $cores -I{} pdftotext {} /dev/null"
  fi
done

stat() { # file column -> "min median"
  cut -d' ' -f"$2" "$1" | sort -g | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.3f %.3f\n", a[1], m}'
}
echo
echo "summary over $rounds rounds (min / median):"
for name in lint-text lint-text-base grep lint-pdf lint-pdf-warm lint-pdf-r2r pdftotext; do
  [ -f "$work/$name.times" ] || continue
  read -r wmin wmed < <(stat "$work/$name.times" 1)
  read -r cmin cmed < <(stat "$work/$name.times" 2)
  read -r pmin pmed < <(stat "$work/$name.times" 3)
  printf '  %-13s wall %7.2f / %7.2f s   cpu %7.2f / %7.2f s   peak %8.0f KB (median)\n' "$name" "$wmin" "$wmed" "$cmin" "$cmed" "$pmed"
  eval "${name//-/_}_min=$wmin; ${name//-/_}_med=$wmed; ${name//-/_}_cmin=$cmin; ${name//-/_}_cmed=$cmed"
done
mbs() { echo "scale=1; $text_bytes / 1048576 / $1" | bc; }
echo "  lint text: $(mbs "$lint_text_min") MB/s best, $(mbs "$lint_text_med") MB/s median"
echo "  lint text / grep: $(echo "scale=1; $lint_text_min / $grep_min" | bc)x (min), $(echo "scale=1; $lint_text_med / $grep_med" | bc)x (median)"
if [ -n "$baseline" ]; then
  echo "  lint text, $baseline: $(mbs "$lint_text_base_min") MB/s best, $(mbs "$lint_text_base_med") MB/s median; this checkout / $baseline: $(echo "scale=2; $lint_text_min / $lint_text_base_min" | bc)x (min), $(echo "scale=2; $lint_text_med / $lint_text_base_med" | bc)x (median)"
fi
if [ -n "$pdf_dir" ]; then
  ratio() { # NAME: wall and cpu ratios of that row to pdftotext's
    local wmin wmed cmin cmed
    eval "wmin=\$${1//-/_}_min; wmed=\$${1//-/_}_med; cmin=\$${1//-/_}_cmin; cmed=\$${1//-/_}_cmed"
    echo "  $1 / pdftotext: wall $(echo "scale=2; $wmin / $pdftotext_min" | bc)x (min), $(echo "scale=2; $wmed / $pdftotext_med" | bc)x (median); cpu $(echo "scale=2; $cmin / $pdftotext_cmin" | bc)x (min), $(echo "scale=2; $cmed / $pdftotext_cmed" | bc)x (median)"
  }
  ratio lint-pdf
  if $pdf_cache; then ratio lint-pdf-warm; fi
  if $r2r; then ratio lint-pdf-r2r; fi
fi

echo "load at the end: $(cut -d' ' -f1-3 /proc/loadavg)"

if $memory; then
  mkdir -p "$work/x4"
  for k in 1 2 3 4; do cp -al "$text_dir" "$work/x4/$k"; done
  echo
  echo "peak memory, one run each (1x = $text_files letters, 4x = $((4 * text_files)) letters):"
  for fmt in json sarif; do
    for corpus in 1x 4x; do
      dir=$text_dir; [ "$corpus" = 4x ] && dir=$work/x4
      run "memory-$fmt-$corpus" dotnet "$cli" lint "$dir" --format "$fmt" --output "$work/out.$fmt"
      rm -f "$work/out.$fmt"
    done
  done
fi
