#!/usr/bin/env bash
# Runs every test of TravelRisk on a fresh machine: installs Chromium if missing, builds once, runs the three
# test projects (Domain, Web, Browser) and ends with one line "tests: N passed, N failed[, N skipped]".
# Pass a project name (Domain, Web or Browser) to run only that one.
set -uo pipefail
cd "$(dirname "$0")/.."

configuration=Release
results="$PWD/TestResults"
rm -rf "$results"
projects=("${@:-Domain Web Browser}")
projects=(${projects[*]})

if [[ " ${projects[*]} " == *" Browser "* ]]; then
  bash tests/install-browser.sh || exit 1
fi

dotnet build TravelRisk.sln -c "$configuration" -nologo -clp:ErrorsOnly || { echo "tests: 0 passed, 1 failed"; exit 1; }

status=0
for project in "${projects[@]}"; do
  dotnet test "tests/TravelRisk.$project.Tests" -c "$configuration" --no-build -nologo \
    --filter "Category!=Screenshots&Category!=Measurements" \
    --logger "trx;LogFileName=$project.trx" --logger "console;verbosity=normal" --results-directory "$results" || status=1
done

passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [[ -f "$trx" ]] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  value() { sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" <<<"$counters"; }
  passed=$((passed + $(value passed)))
  failed=$((failed + $(value failed)))
  skipped=$((skipped + $(value notExecuted)))
done
if [[ $status -ne 0 && $failed -eq 0 ]]; then failed=1; fi # a project that crashed before writing results

summary="tests: $passed passed, $failed failed"
if [[ $skipped -gt 0 ]]; then summary+=", $skipped skipped"; fi
echo "$summary"
exit $status
