#!/usr/bin/env bash
# Cold start (issue 13): how long a Release publish takes from process start to its first 200, on a fresh SQLite
# database (created, migrated and seeded from data/) and again on that existing database. Prints; writes nothing.
# Usage: bash tools/cold-start.sh [runs, default 3] [r2r]. Figures on the shared 2-core machine are recorded, never
# asserted. With r2r the publish is ReadyToRun for linux-x64 (docs/deploy.md), made from a copy of the sources: a
# runtime identifier adds runtime sections to the lock files, which must not change in the working copy.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
port=5097
work=$(mktemp -d)
trap '[[ -n "${server:-}" ]] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT
if [[ "${2:-}" == r2r ]]; then
  mkdir "$work/copy"
  tar --exclude=bin --exclude=obj -c src data Directory.Build.props Directory.Packages.props global.json .editorconfig \
    | tar -x -C "$work/copy"
  dotnet publish "$work/copy/src/TravelRisk.Web" -c Release -nologo -clp:ErrorsOnly -o "$work/app" \
    -r linux-x64 --self-contained false -p:PublishReadyToRun=true -p:RestoreLockedMode=false >/dev/null
else
  dotnet publish src/TravelRisk.Web -c Release -nologo -clp:ErrorsOnly -o "$work/app" >/dev/null
fi

# first_200 DB: starts the app on DB, prints the milliseconds from start to the first 200 of /api/v1/risk/check.
first_200() {
  local start end
  start=$(date +%s%N)
  ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning dotnet "$work/app/TravelRisk.Web.dll" --urls "http://127.0.0.1:$port" \
    "--ConnectionStrings:TravelRisk=Data Source=$1" >>"$work/server.log" 2>&1 &
  server=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/api/v1/risk/check?person=vladimir-putin&state=ZAF&date=2023-08-22"; do sleep 0.02; done
  end=$(date +%s%N)
  kill "$server"; wait "$server" 2>/dev/null || true
  echo $(( (end - start) / 1000000 ))
}
for run in $(seq 1 "$runs"); do
  fresh=$(first_200 "$work/cold-$run.db")
  existing=$(first_200 "$work/cold-$run.db")
  echo "run $run: fresh database ${fresh} ms, existing database ${existing} ms"
done
