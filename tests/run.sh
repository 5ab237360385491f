#!/usr/bin/env bash
# Runs every test of TravelRisk on a fresh machine: installs Chromium and PostgreSQL if missing, builds once, runs
# the three test projects (Domain, Web, Browser) - the Web tests twice, on SQLite and on a throw-away PostgreSQL
# server - and ends with one line "tests: N passed, N failed[, N skipped]".
# Pass project names (Domain, Web, Browser) to run only those. TRAVELRISK_SKIP_POSTGRES=1 runs Web on SQLite only.
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
if [[ " ${projects[*]} " == *" Web "* ]]; then
  # The Web tests lint docs/openapi.json; without the linter that test fails and says why.
  bash tests/install-openapi-lint.sh || echo "The OpenAPI linter could not be installed: OpenApiLintTests will fail." >&2
fi

dotnet build TravelRisk.sln -c "$configuration" -nologo -clp:ErrorsOnly || { echo "tests: 0 passed, 1 failed"; exit 1; }

run_tests() { # project, results name
  dotnet test "tests/TravelRisk.$1.Tests" -c "$configuration" --no-build -nologo \
    --filter "Category!=Screenshots&Category!=Measurements" \
    --logger "trx;LogFileName=$2.trx" --logger "console;verbosity=minimal" --results-directory "$results"
}

status=0
for project in "${projects[@]}"; do
  (unset TRAVELRISK_TEST_POSTGRES; run_tests "$project" "$project") || status=1
  if [[ $project == Web && "${TRAVELRISK_SKIP_POSTGRES:-}" != 1 ]]; then
    source tests/postgres.sh
    if postgres_start; then
      run_tests Web Web-Postgres || status=1
      postgres_stop
    else
      echo "PostgreSQL could not be started; the Web tests did not run against it." >&2
      status=1
    fi
  fi
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
