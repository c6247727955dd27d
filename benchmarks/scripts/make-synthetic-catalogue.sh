#!/usr/bin/env bash
# Writes a synthetic catalogue for benchmarks: make-synthetic-catalogue.sh OUT_DIR [SECTIONS=10000]
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet run -c Release --project benchmarks/ImrCite.Benchmarks -- make-catalogue "${1:?output folder}" "${2:-10000}"
