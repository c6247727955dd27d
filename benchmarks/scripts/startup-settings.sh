#!/usr/bin/env bash
# Start-up of the installed (ReadyToRun) tool under the runtime's JIT settings, side by side in one run (issue 15.4):
# does ReadyToRun, or a setting it makes worth trying, make a one-letter lint cheaper?
#
#   benchmarks/scripts/startup-settings.sh [--rounds R] [--text FILE] [--pdf FILE] [--corpus DIR] [--corpus-rounds R]
#     --text FILE        one text letter (default samples/letters/CM15-0000101.txt)
#     --pdf FILE         one PDF letter (default: none)
#     --corpus DIR       also a folder of letters (e.g. the development set), to see that a setting that helps start-up
#                        does not cost more over many letters
#     --rounds R         rounds of the one-letter lints, default 10; --corpus-rounds R of the folder, default 3
#
# The tool is packed and installed as users get it (install-packed-tool.sh), then every configuration lints the same
# inputs in each round, in turn, with `--format json` to /dev/null:
#   any                  the framework-dependent `any` package of the same pack (IL only: what a platform without a
#                        package of its own gets, and what the tool was before), its files run with `dotnet`
#   r2r                  the installed package: ReadyToRun code, tiered compilation, TieredPGO off (the project's setting)
# and environment variables on the installed files:
#   r2r+pgo              DOTNET_TieredPGO=1
#   r2r-quickjitloops    DOTNET_TC_QuickJitForLoops=0: methods with loops compiled optimised at once
#   r2r-notiering        DOTNET_TieredCompilation=0: ReadyToRun code kept, everything else compiled optimised at once
# Wall time from `date`, CPU time (user + system) from GNU time; prints each round, then min / median per row.
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=10; corpus_rounds=3; text=samples/letters/CM15-0000101.txt; pdf=""; corpus=""
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) rounds=$2; shift 2 ;;
    --corpus-rounds) corpus_rounds=$2; shift 2 ;;
    --text) text=$2; shift 2 ;;
    --pdf) pdf=$2; shift 2 ;;
    --corpus) corpus=$2; shift 2 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "installed tool: $(benchmarks/scripts/install-packed-tool.sh "$work/r2r" 2>/dev/null)"
mkdir -p "$work/any" "$work/text" "$work/pdf" "$work/corpus"
unzip -q "$(ls "$work"/r2r/feed/ImrCite.Cli.any.*.nupkg)" 'tools/*' -d "$work/any"
configs="any r2r r2r+pgo r2r-quickjitloops r2r-notiering"
command_of() { # CONFIG -> the command line that runs the tool
  case "$1" in
    any) echo "dotnet $(ls "$work"/any/tools/net10.0/any/ImrCite.Cli.dll)" ;;
    *) echo "$work/r2r/tool/imrcite" ;;
  esac
}
settings() { # CONFIG -> the environment assignments for env(1), if any
  case "$1" in
    r2r+pgo) echo "DOTNET_TieredPGO=1" ;;
    r2r-quickjitloops) echo "DOTNET_TC_QuickJitForLoops=0" ;;
    r2r-notiering) echo "DOTNET_TieredCompilation=0" ;;
  esac
}

# run NAME CONFIG INPUT: wall and user+system seconds into $work/NAME.times
run() {
  local name=$1 config=$2 input=$3 start end user sys
  start=$(date +%s.%N)
  # shellcheck disable=SC2046 # word splitting wanted: an assignment or none, a command and its arguments
  env $(settings "$config") /usr/bin/time -f '%U %S' -o "$work/time.out" $(command_of "$config") lint "$input" --format json > /dev/null 2>&1 || true
  end=$(date +%s.%N)
  read -r user sys < <(tail -n 1 "$work/time.out")
  echo "$(echo "$end - $start" | bc) $(echo "$user + $sys" | bc)" >> "$work/$name.times"
  printf '  %-28s %7.3f s wall %7.3f s cpu\n' "$name" "$(echo "$end - $start" | bc)" "$(echo "$user + $sys" | bc)"
}

echo "cores: $(nproc); load: $(cut -d' ' -f1-3 /proc/loadavg)"
for c in any r2r; do $(command_of "$c") lint "$text" --format json > /dev/null 2>&1 || true; done # files in the page cache
for r in $(seq 1 "$rounds"); do
  echo "round $r"
  for c in $configs; do
    run "text/$c" "$c" "$text"
    if [ -n "$pdf" ]; then run "pdf/$c" "$c" "$pdf"; fi
  done
done
if [ -n "$corpus" ]; then
  for r in $(seq 1 "$corpus_rounds"); do
    echo "corpus round $r"
    for c in $configs; do run "corpus/$c" "$c" "$corpus"; done
  done
fi

stat() { # file column -> "min median"
  cut -d' ' -f"$2" "$1" | sort -g | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.3f %.3f\n", a[1], m}'
}
echo
echo "summary (min / median), each row against the installed r2r tool by median:"
for input in text pdf corpus; do
  [ -f "$work/$input/r2r.times" ] || continue
  read -r _ base_wall < <(stat "$work/$input/r2r.times" 1)
  read -r _ base_cpu < <(stat "$work/$input/r2r.times" 2)
  for c in $configs; do
    read -r wmin wmed < <(stat "$work/$input/$c.times" 1)
    read -r cmin cmed < <(stat "$work/$input/$c.times" 2)
    printf '  %-6s %-18s wall %6.3f / %6.3f s  cpu %6.3f / %6.3f s   %5.2fx wall, %5.2fx cpu\n' "$input" "$c" "$wmin" "$wmed" "$cmin" "$cmed" \
      "$(echo "scale=3; $wmed / $base_wall" | bc)" "$(echo "scale=3; $cmed / $base_cpu" | bc)"
  done
done
echo "load at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
