#!/usr/bin/env bash
# Packs the imrcite tool as users get it and installs it from that pack, for the benchmarks that measure the
# installed tool (lint-vs-floor.sh --r2r, startup-settings.sh):
#
#   benchmarks/scripts/install-packed-tool.sh DIR [RIDS]
#
# `dotnet pack src/ImrCite.Cli` into DIR/feed — the top-level package and one package per runtime identifier, by
# default this machine's (ReadyToRun) and `any` only, to keep the pack short — then `dotnet tool install` from that
# feed alone, with a package cache of its own (DIR/packages), into DIR/tool. The command is DIR/tool/imrcite.
# Prints the folder of the installed package's assemblies, whose name says which RID's package the install took.
set -euo pipefail
cd "$(dirname "$0")/../.."
dir=${1:?usage: install-packed-tool.sh DIR [RIDS]}
[ ! -e "$dir/tool" ] || { echo "$dir/tool exists: give a new folder" >&2; exit 2; }
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
rids=${2:-"$(dotnet --info | awk '/^ *RID:/ { print $2; exit }');any"}
dotnet pack src/ImrCite.Cli -c Release -o "$dir/feed" -nologo -v:q "-p:ToolPackageRuntimeIdentifiers=\"$rids\"" >&2
cat > "$dir/nuget.config" <<EOF
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="imrcite-packed" value="$dir/feed" />
  </packageSources>
</configuration>
EOF
( cd "$dir" && NUGET_PACKAGES="$dir/packages" dotnet tool install ImrCite.Cli --tool-path "$dir/tool" --prerelease >&2 )
version=$(ls "$dir/tool/.store/imrcite.cli")
dirname "$(ls -d "$dir/tool/.store/imrcite.cli/$version"/*/"$version"/tools/net10.0/*/ImrCite.Cli.dll)"
