#!/usr/bin/env bash
# The consumer test: proves that the packages work for someone who has only them.
#
# It packs ImrCite and the ImrCite.Cli tool into a local folder feed, then, in a new folder outside the
# repository and with a private NuGet cache and no package source but that feed, does what the README's
# "Use it in your project" section tells a newcomer to do:
#   1. dotnet new console; dotnet add package ImrCite
#   2. write code with typed citations and one wrong citation literal; dotnet build compiles it and
#      reports the wrong citation as file(line,col): warning IMR0104; the program runs. The typed API is the package's
#      precompiled ImrCite.Guidelines.dll (nothing generated; in the output, deps.json and publish); with
#      ImrCitePrecompiledApi=false it is generated as before, and a library referencing the project compiles against it
#   3. the CI recipe: dotnet_diagnostic.IMR0104.severity = error makes the same build fail
#   4. add a project-local catalogue file with <ImrCiteCatalogue>; use its generated constants
#   5. a library that references the project uses its generated API (no second copy, no CS0436; the precompiled API
#      is no longer referenced once the project has a team catalogue) and its
#      citation text is still checked
#   6. <ImrCiteUseDefaultCatalogue>false</ImrCiteUseDefaultCatalogue> leaves the shipped catalogue out, and
#      an <ImrCiteCatalogue> item that names no file, or a file not named *.imrcite.json, is reported
#      (IMR0300, IMR0301)
#   7. dotnet tool install --tool-path; imrcite lint a letter, with and without the team's catalogue. The tool is
#      packed as a top-level package that points to one package per runtime identifier: the install must take this
#      machine's, whose assemblies are ReadyToRun (checked with ReadyToRun.cs, which reads their CLI headers)
#   8. pack again: every pack has a version of its own (0.1.0-dev.<UTC time>), so re-running the quick start's
#      commands picks up the new packages, with no cache cleared by hand. The tool is packed again for another
#      platform and `any` only, so the install takes the framework-dependent `any` package, as a machine with no
#      package of its own does, and lint still runs
# The files it writes into the new project are the ones in this folder; the README quotes them, and
# tests/ImrCite.Cli.Tests/ReadmeQuickStartTests.cs keeps the two the same.
#
# Usage: tests/consumer/run.sh [work-folder]   (default: a new temporary folder, removed on success)
set -euo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
here="$repo/tests/consumer"
work=${1:-$(mktemp -d "${TMPDIR:-/tmp}/imrcite-consumer.XXXXXX")}
mkdir -p "$work"
feed="$work/feed"
app="$work/MyDeterminations"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# A private package cache: the consumer must restore ImrCite from the feed, never from an earlier build.
export NUGET_PACKAGES="$work/packages"

case "$work" in "$repo"/*) echo "the work folder must be outside the repository: $work" >&2; exit 2 ;; esac

step() { echo "== consumer: $*"; }
fail() { echo "consumer test FAILED: $*" >&2; exit 1; }
# expect LOG REGEX WHAT: the log must match the extended regular expression, or the test fails showing the log.
expect() { grep -Eq -- "$2" "$1" || { cat "$1"; fail "$3"; }; }
reject() { ! grep -Eq -- "$2" "$1" || { cat "$1"; fail "$3"; }; }
# expect_readme LOG PREFIX: the README shows output starting with PREFIX (to the end of the line or of the
# `code span`); the log must hold that text, whole.
expect_readme() {
  local line
  line=$(awk -v p="$2" '(i = index($0, p)) { s = substr($0, i); j = index(s, "`"); if (j) s = substr(s, 1, j - 1); print s; exit }' "$repo/README.md")
  [ -n "$line" ] || fail "the README's quick start shows no line starting '$2'"
  grep -Fq -- "$line" "$1" || { cat "$1"; fail "the output differs from the README's quick start: $line"; }
}

# newest PACKAGE FOLDER: the version of the newest (highest) PACKAGE.<version>.nupkg in FOLDER.
newest() { ls "$2" | sed -n "s/^$1\.\([0-9][^/]*\)\.nupkg\$/\1/p" | sort -V | tail -n 1; }

step "pack ImrCite and ImrCite.Cli into $feed"
dotnet pack "$repo/src/ImrCite/ImrCite.csproj" -c Release -o "$feed" -nologo -v:q -p:ContinuousIntegrationBuild=true
dotnet pack "$repo/src/ImrCite.Cli/ImrCite.Cli.csproj" -c Release -o "$feed" -nologo -v:q -p:ContinuousIntegrationBuild=true
ls "$feed"
for package in ImrCite ImrCite.Cli; do
  version=$(newest "$package" "$feed")
  case "$version" in 0.1.0-dev.[0-9]*) ;; *) fail "$package was packed as '$version', not as a pre-release of its own (0.1.0-dev.<time>)" ;; esac
done
[ -f "$feed/ImrCite.$(newest ImrCite "$feed").snupkg" ] || fail "ImrCite's symbols are missing from the feed"
# tool_rids VERSION: the runtime identifiers the top-level tool package of that version points to.
tool_rids() { unzip -p "$feed/ImrCite.Cli.$1.nupkg" tools/any/any/DotnetToolSettings.xml | sed -n 's/.*<RuntimeIdentifierPackage RuntimeIdentifier="\([^"]*\)".*/\1/p'; }
first_tool=$(newest ImrCite.Cli "$feed")
first_rids=$(tool_rids "$first_tool" | tr '\n' ' ')
echo "ImrCite.Cli $first_tool points to: $first_rids"
case " $first_rids " in *" linux-x64 "*" any "*) ;; *) fail "the tool package does not point to a linux-x64 and an any package: $first_rids" ;; esac
for rid in $first_rids; do
  # Every package of one pack has the top-level package's version: the install looks for ImrCite.Cli.<rid> at it.
  [ -f "$feed/ImrCite.Cli.$rid.$first_tool.nupkg" ] || fail "ImrCite.Cli.$rid $first_tool is missing from the feed"
  [ -f "$feed/ImrCite.Cli.$rid.$first_tool.snupkg" ] || fail "ImrCite.Cli.$rid's symbols are missing from the feed"
done
first_version=$(newest ImrCite "$feed")
package="$feed/ImrCite.$first_version.nupkg"
for page in "$repo"/docs/diagnostics/IMR*.md; do
  unzip -l "$package" "docs/diagnostics/$(basename "$page")" >/dev/null || fail "the package lacks the help page docs/diagnostics/$(basename "$page")"
done
unzip -p "$package" guidelines/imrcite-catalogue.schema.json | grep -q '"\$id": "imrcite-catalogue.schema.json"' || fail "the packed schema's \$id is not the relative one"

step "deterministic: a clean rebuild packs the same assemblies"
# The precompiled API project references the runtime library: rebuilding it rebuilds both.
dotnet build "$repo/src/ImrCite.Guidelines/ImrCite.Guidelines.csproj" -c Release --no-incremental -nologo -v:q -p:ContinuousIntegrationBuild=true >/dev/null
dotnet pack "$repo/src/ImrCite/ImrCite.csproj" -c Release --no-build -o "$work/feed-again" -nologo -v:q -p:ContinuousIntegrationBuild=true
again_version=$(newest ImrCite "$work/feed-again")
for entry in lib/net10.0/ImrCite.dll precompiled/net10.0/ImrCite.Guidelines.dll analyzers/dotnet/cs/ImrCite.Generators.dll analyzers/dotnet/cs/ImrCite.CodeFixes.dll; do
  first=$(unzip -p "$package" "$entry" | sha256sum)
  again=$(unzip -p "$work/feed-again/ImrCite.$again_version.nupkg" "$entry" | sha256sum)
  [ "$first" = "$again" ] || fail "$entry differs between two builds of the same commit"
done

step "a new console project in $app"
mkdir -p "$app"
cd "$app"
# The feed is the only package source: the consumer needs nothing else.
cat > nuget.config <<EOF
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="imrcite-local" value="$feed" />
  </packageSources>
</configuration>
EOF
dotnet new console --name MyDeterminations --output . --no-restore >/dev/null
dotnet add package ImrCite --prerelease --source "$feed"
expect MyDeterminations.csproj "<PackageReference Include=\"ImrCite\" Version=\"$first_version\" />" "the package reference to the newest pack was not added"

step "build: generated citations compile; the wrong citation literal is reported with file(line,col)"
cp "$here/Program.cs" Program.cs
dotnet build -nologo -p:EmitCompilerGeneratedFiles=true > "$work/build.log" 2>&1 || { cat "$work/build.log"; fail "the consumer project does not build"; }
expect "$work/build.log" 'Program\.cs\(10,[0-9]+\): warning IMR0104: Page\(s\) 30 are outside .Benzodiazepines.' "IMR0104 on the wrong citation literal, with its location, was not reported"
reject "$work/build.log" 'warning (CS|AD|RS)[0-9]+|CS8032|CS8784|CS8785' "the analyzers or the generator failed to load or run"
expect_readme "$work/build.log" 'Program.cs(10,105): warning IMR0104'
# On the shipped catalogue with the default options, the typed API is the package's precompiled ImrCite.Guidelines.dll:
# the generator emits nothing, and the assembly is referenced, copied to the output and listed in deps.json.
generated_dir=obj/Debug/net10.0/generated/ImrCite.Generators
generated_data=$generated_dir/ImrCite.Generators.CatalogueGenerator/GeneratedCatalogue.Data.g.cs
[ "$(find "$generated_dir" -name '*.g.cs' 2>/dev/null | wc -l)" -eq 0 ] || fail "the default consumer generated source files; it should use the precompiled API: $(find "$generated_dir" -name '*.g.cs' | head -3)"
reject "$work/build.log" 'CS0436|CS0433' "the precompiled API and generated classes were both declared"
for file in ImrCite.Guidelines.dll ImrCite.Guidelines.xml; do
  [ -f "bin/Debug/net10.0/$file" ] || fail "the precompiled API's $file is not in the build output"
done
grep -q '"ImrCite.Guidelines' bin/Debug/net10.0/MyDeterminations.deps.json || fail "ImrCite.Guidelines is not in deps.json"
dotnet run --no-build > "$work/run.log"
expect "$work/run.log" 'MTUS Chronic Pain Medical Treatment Guidelines \(2009\), Opioids, pp\. 74.96' "the typed MTUS citation did not print"
expect "$work/run.log" 'Low Back Disorders \(2020\), Recommendations' "the typed ACOEM citation did not print"
cat "$work/run.log"
# Published, it runs from the publish folder, with the precompiled API beside it.
dotnet publish -nologo -o "$work/publish" > "$work/publish.log" 2>&1 || { cat "$work/publish.log"; fail "the consumer project does not publish"; }
[ -f "$work/publish/ImrCite.Guidelines.dll" ] || fail "the precompiled API is not in the publish output"
dotnet "$work/publish/MyDeterminations.dll" > "$work/run-published.log"
cmp -s "$work/run.log" "$work/run-published.log" || { diff "$work/run.log" "$work/run-published.log"; fail "the published program prints otherwise"; }

step "ImrCitePrecompiledApi=false generates the API into the project, as before"
dotnet build -nologo -p:EmitCompilerGeneratedFiles=true -p:ImrCitePrecompiledApi=false > "$work/build-generated.log" 2>&1 || { cat "$work/build-generated.log"; fail "the consumer project does not build with ImrCitePrecompiledApi=false"; }
reject "$work/build-generated.log" 'warning (CS|AD|RS)[0-9]+|CS8032|CS8784|CS8785' "the analyzers or the generator failed to load or run"
[ -f "$generated_dir/ImrCite.Generators.CatalogueGenerator/Mtus.ChronicPain.g.cs" ] || fail "ImrCitePrecompiledApi=false generated no document files"
# On the shipped catalogue, unchanged, the generated data names the table the package's ImrCite.dll carries.
expect "$generated_data" '^[[:space:]]*internal const string Data = global::ImrCite\.ShippedCatalogueTable\.Data;$' "on the shipped catalogue the generated data is not the runtime's table"
[ ! -f bin/Debug/net10.0/ImrCite.Guidelines.dll ] || fail "ImrCitePrecompiledApi=false still copied the precompiled API"
dotnet run --no-build > "$work/run-generated.log"
cmp -s "$work/run.log" "$work/run-generated.log" || { diff "$work/run.log" "$work/run-generated.log"; fail "the generated API prints otherwise than the precompiled one"; }
dotnet build -nologo > /dev/null 2>&1 || fail "the consumer project does not build again with the precompiled API"

step "a library that gets ImrCite through a project reference compiles against the precompiled API that project uses"
mkdir -p "$work/Reports"
( cd "$work/Reports"
  dotnet new classlib --name Reports --output . --no-restore >/dev/null
  rm -f Class1.cs
  cp "$here/Reports/Report.cs" Report.cs
  dotnet add reference "$app/MyDeterminations.csproj" >/dev/null
  dotnet build -nologo > "$work/build-reports-precompiled.log" 2>&1 ) || { cat "$work/build-reports-precompiled.log"; fail "a project referencing the default consumer project does not build"; }
expect "$work/build-reports-precompiled.log" 'Report\.cs\(14,[0-9]+\): warning IMR0104' "the analyzers did not check citation text in the referencing project"
reject "$work/build-reports-precompiled.log" 'CS0436|CS0433' "the referencing project saw the API twice"

step "CI recipe: dotnet_diagnostic.IMR0104.severity = error fails the build"
printf 'root = true\n\n[*.cs]\ndotnet_diagnostic.IMR0104.severity = error\n' > .editorconfig
if dotnet build -nologo --no-incremental > "$work/build-strict.log" 2>&1; then cat "$work/build-strict.log"; fail "the build passed with IMR0104 as an error"; fi
expect "$work/build-strict.log" 'Program\.cs\(10,[0-9]+\): error IMR0104' "IMR0104 was not raised to an error"
rm .editorconfig

step "a project-local catalogue file, added with <ImrCiteCatalogue>, and its generated constants"
mkdir -p guidelines
cp "$here/guidelines/contoso.imrcite.json" guidelines/
sed -i 's#</Project>#  <ItemGroup>\n    <ImrCiteCatalogue Include="guidelines/*.imrcite.json" />\n  </ItemGroup>\n\n</Project>#' MyDeterminations.csproj
# The team's lines go at the end of the top-level statements, before the Letters class.
awk -v lines="$here/OwnCatalogue.lines.cs" '/^static class Letters/ { while ((getline l < lines) > 0) print l; print "" } { print }' "$here/Program.cs" > Program.cs
dotnet build -nologo -p:EmitCompilerGeneratedFiles=true > "$work/build-own.log" 2>&1 || { cat "$work/build-own.log"; fail "the project does not build with its own catalogue"; }
# With a team file the table is not the runtime's: the literal, as before.
expect "$generated_data" '^[[:space:]]*internal const string Data = "' "with a team catalogue the generated data is not its own literal"
reject "$work/build-own.log" 'IMR00[0-9][0-9]|IMR030[0-9]' "the team's catalogue file or its ImrCiteCatalogue item has diagnostics"
reject "$work/build-own.log" 'CS0436|CS0433' "with a team catalogue the generated classes clash with the precompiled API"
[ ! -f bin/Debug/net10.0/ImrCite.Guidelines.dll ] || fail "with a team catalogue the precompiled API is still referenced"
dotnet run --no-build > "$work/run-own.log"
expect "$work/run-own.log" '^Medication Review Policy \(2014\), Opioid Refills, pp\. 4.6$' "the team's typed citation did not print"
expect "$work/run-own.log" '^contoso\.medication-policy\.2014/benzodiazepine-tapering$' "the team's section id did not print"
cat "$work/run-own.log"

step "a library that gets ImrCite through a project reference uses the referenced project's generated API and is still checked"
( cd "$work/Reports"
  dotnet build -nologo > "$work/build-reports.log" 2>&1 ) || { cat "$work/build-reports.log"; fail "a project referencing the consumer project does not build"; }
expect "$work/build-reports.log" 'Report\.cs\(14,[0-9]+\): warning IMR0104' "the analyzers did not check citation text in the referencing project"
reject "$work/build-reports.log" 'CS0436' "the referencing project declared the generated classes a second time"

step "ImrCiteUseDefaultCatalogue=false leaves the shipped catalogue out; wrong catalogue items are IMR0300 and IMR0301"
echo '{}' > guidelines/notes.json
sed -i 's#<ImrCiteCatalogue Include="guidelines/\*.imrcite.json" />#&\n    <ImrCiteCatalogue Include="guidelines/missing.imrcite.json" />\n    <ImrCiteCatalogue Include="guidelines/notes.json" />#' MyDeterminations.csproj
if dotnet build -nologo --no-incremental -p:ImrCiteUseDefaultCatalogue=false > "$work/build-optout.log" 2>&1; then
  cat "$work/build-optout.log"; fail "the build passed without the shipped catalogue, yet Program.cs uses Mtus"
fi
expect "$work/build-optout.log" "error CS0103: The name 'Mtus' does not exist" "Mtus was still generated without the shipped catalogue"
reject "$work/build-optout.log" "error CS0103: The name 'Contoso' does not exist" "the team's catalogue was left out too"
expect "$work/build-optout.log" "MyDeterminations\\.csproj : warning IMR0300: ImrCiteCatalogue item 'guidelines/missing.imrcite.json' names no file" "the missing catalogue file was not reported"
expect "$work/build-optout.log" "warning IMR0301: ImrCiteCatalogue item 'guidelines/notes.json' is not named \\*\\.imrcite\\.json" "the wrongly named catalogue file was not reported"
reject "$work/build-optout.log" "CS2001" "the missing catalogue file reached the compiler"

step "install the imrcite tool from the feed and lint a letter"
dotnet tool install ImrCite.Cli --tool-path tools --prerelease --add-source "$feed"
# installed_tool_dir VERSION: the folder of the installed tool's assemblies, in the package the install took.
installed_tool_dir() {
  local found
  found=$(ls -d tools/.store/imrcite.cli/"$1"/*/"$1"/tools/net10.0/*/ImrCite.Cli.dll 2>/dev/null) || true
  [ "$(echo "$found" | grep -c .)" -eq 1 ] || fail "expected one installed ImrCite.Cli.dll of $1, found: $found"
  dirname "$found"
}
machine_rid=$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')
case " $first_rids " in *" $machine_rid "*) expected_rid=$machine_rid ;; *) expected_rid=any ;; esac
tool_dir=$(installed_tool_dir "$first_tool")
case "$tool_dir" in
  */imrcite.cli.$expected_rid/$first_tool/tools/net10.0/$expected_rid) ;;
  *) fail "the install did not take the ImrCite.Cli.$expected_rid package on this $machine_rid machine: $tool_dir" ;;
esac
if [ "$expected_rid" != any ]; then
  # The command is that package's apphost, and the assemblies lint runs are ReadyToRun; Roslyn's C# compiler, which
  # only `catalogue diff` loads, is left IL.
  [ "$(readlink -f tools/imrcite)" = "$(cd "$tool_dir" && pwd)/ImrCite.Cli" ] || fail "tools/imrcite does not run the $expected_rid package's apphost: $(readlink -f tools/imrcite)"
  ( dir=$tool_dir
    dotnet run --file "$here/ReadyToRun.cs" -- readytorun "$dir/ImrCite.Cli.dll" "$dir/ImrCite.dll" "$dir/UglyToad.PdfPig.dll" \
      "$dir/UglyToad.PdfPig.Fonts.dll" "$dir/System.CommandLine.dll" "$dir/Microsoft.CodeAnalysis.dll"
    dotnet run --file "$here/ReadyToRun.cs" -- il "$dir/Microsoft.CodeAnalysis.CSharp.dll" ) > "$work/r2r.log" 2>&1 \
    || { cat "$work/r2r.log"; fail "the installed $machine_rid tool is not the ReadyToRun build"; }
  cat "$work/r2r.log"
  expect "$work/r2r.log" '/ImrCite\.Cli\.dll: ReadyToRun$' "ReadyToRun.cs did not read the installed ImrCite.Cli.dll"
  expect "$work/r2r.log" '/Microsoft\.CodeAnalysis\.CSharp\.dll: IL only$' "ReadyToRun.cs did not read the installed C# compiler"
fi
tools/imrcite catalogue check --with-shipped guidelines/contoso.imrcite.json > "$work/check-own.log" 2>&1 || { cat "$work/check-own.log"; fail "imrcite catalogue check --with-shipped rejects the team's catalogue"; }
expect "$work/check-own.log" ' 0 diagnostic\(s\)' "the team's catalogue has diagnostics"
cp -r "$here/letters" letters
set +e
tools/imrcite lint letters > "$work/lint.log" 2>&1
code=$?
tools/imrcite lint letters --catalogue guidelines > "$work/lint-own.log" 2>&1
code_own=$?
set -e
cat "$work/lint.log"
[ "$code" -eq 1 ] || fail "imrcite lint exited $code; expected 1 (the letter holds an error)"
expect "$work/lint.log" 'CM26-0000001\.txt\(10,27\): error IMR0106' "the wrong 'of 112' total was not reported"
expect_readme "$work/lint.log" 'letters/CM26-0000001.txt(10,27): error IMR0106'
expect_readme "$work/run.log" 'MTUS Chronic Pain Medical Treatment Guidelines (2009), Opioids, pp. 74'
expect_readme "$work/run-own.log" 'Medication Review Policy (2014), Opioid Refills, pp. 4'

expect "$work/lint.log" 'CM26-0000001\.txt\(21,51\): error IMR0101' "the team's guideline resolved without its catalogue"
[ "$code_own" -eq 1 ] || fail "imrcite lint --catalogue exited $code_own; expected 1"
expect "$work/lint-own.log" 'CM26-0000001\.txt\(22,10\): error IMR0103: Page\(s\) 12 are outside .Opioid Refills.' "the team's catalogue was not used by imrcite lint --catalogue"

step "pack again: the quick start's commands pick up the new packages, with no cache cleared by hand"
sleep 1 # the version has a resolution of one second
dotnet pack "$repo/src/ImrCite/ImrCite.csproj" -c Release -o "$feed" -nologo -v:q
# The tool for another platform and `any` only: a machine with no package of its own gets `any` (and CI packs
# crossgen output for one platform, not seven, a second time).
dotnet pack "$repo/src/ImrCite.Cli/ImrCite.Cli.csproj" -c Release -o "$feed" -nologo -v:q '-p:ToolPackageRuntimeIdentifiers="linux-arm64;any"'
second_version=$(newest ImrCite "$feed")
second_tool=$(newest ImrCite.Cli "$feed")
[ "$second_version" != "$first_version" ] || fail "packing again gave the same version, $first_version"
dotnet add package ImrCite --prerelease --source "$feed" > "$work/add-again.log" 2>&1 || { cat "$work/add-again.log"; fail "dotnet add package failed the second time"; }
expect MyDeterminations.csproj "<PackageReference Include=\"ImrCite\" Version=\"$second_version\" />" "the quick start did not move to the new pack"
dotnet build -nologo > "$work/build-again.log" 2>&1 || { cat "$work/build-again.log"; fail "the project does not build with the new pack"; }
dotnet list package > "$work/list-again.log"
expect "$work/list-again.log" "ImrCite +$second_version +$second_version" "the build did not resolve the new pack"
[ -d "$NUGET_PACKAGES/imrcite/$second_version/analyzers" ] || fail "the new pack was not restored into the cache"
dotnet tool install ImrCite.Cli --tool-path tools --prerelease --add-source "$feed" > "$work/tool-again.log" 2>&1 || { cat "$work/tool-again.log"; fail "re-running the tool install failed"; }
dotnet tool list --tool-path tools > "$work/tools.log"
expect "$work/tools.log" "imrcite.cli +$second_tool" "the tool was not updated to the new pack"
tool_dir=$(installed_tool_dir "$second_tool")
case "$tool_dir" in
  */imrcite.cli.any/$second_tool/tools/net10.0/any) ;;
  *) fail "with no package for this $machine_rid machine, the install did not take the any package: $tool_dir" ;;
esac
dotnet run --file "$here/ReadyToRun.cs" -- il "$tool_dir/ImrCite.Cli.dll" > "$work/r2r-any.log" 2>&1 \
  || { cat "$work/r2r-any.log"; fail "the any package's assemblies are not the framework-dependent IL build"; }
expect "$work/r2r-any.log" '/ImrCite\.Cli\.dll: IL only$' "ReadyToRun.cs did not read the any package's ImrCite.Cli.dll"
set +e
tools/imrcite lint letters > "$work/lint-any.log" 2>&1
code=$?
set -e
[ "$code" -eq 1 ] || { cat "$work/lint-any.log"; fail "imrcite lint from the any package exited $code; expected 1"; }
cmp -s "$work/lint.log" "$work/lint-any.log" || { diff "$work/lint.log" "$work/lint-any.log"; fail "the any package's lint output differs from the ReadyToRun package's"; }

step "passed"
if [ $# -eq 0 ]; then rm -rf "$work"; fi
