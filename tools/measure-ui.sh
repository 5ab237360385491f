#!/usr/bin/env bash
# Measures what a reader's browser and the server pay for the UI, against the published app (Production, SQLite,
# the seed data) running as its own process, as it is deployed: axe-core violations per page (light, dark, phone),
# the bytes a first visit transfers, the time until the timeline is usable, and the server's memory per circuit.
# Figures for docs/performance.md; never run in CI (timings on a shared 2-core machine are recorded, not asserted).
# Usage: bash tools/measure-ui.sh [test name filter, default every UI measurement] [tabs per page, default 20]
# TRAVELRISK_MEASURE_PAGES=/leaders measures only pages whose path contains it; TRAVELRISK_GCDUMP_REPORTS=DIR keeps
# each heap dump's type report there (compare *-before.txt with *-after.txt to see what a circuit holds).
set -euo pipefail
cd "$(dirname "$0")/.."
filter="${1:-UiMeasurements}"
export TRAVELRISK_MEASURE_TABS="${2:-20}"
port=5187 # not 5098 or 5099: other measuring scripts on this machine use those
work=$(mktemp -d)
trap 'kill "${server:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT

bash tests/install-browser.sh
# dotnet-gcdump forces a full garbage collection and counts what survives: the memory circuits really hold.
dotnet tool install dotnet-gcdump --version 10.0.750501 --tool-path "$work/tools" >"$work/step.log" || { cat "$work/step.log"; exit 1; }
export TRAVELRISK_GCDUMP="$work/tools/dotnet-gcdump"

dotnet publish src/TravelRisk.Web -c Release -o "$work/app" -nologo -clp:ErrorsOnly >"$work/step.log" || { cat "$work/step.log"; exit 1; }
settings=("--ConnectionStrings:TravelRisk=Data Source=$work/ui.db" --RateLimits:ReadsPerMinute=1000000000)
for role in Analyst Admin; do
  # From the app's folder: the content root, where wwwroot and the static asset manifest are, is the current directory.
  echo "Measure-Password-7" | (cd "$work/app" && ASPNETCORE_ENVIRONMENT=Production dotnet TravelRisk.Web.dll user create \
    --email "measure.$role@example.org" --role "$role" --password-stdin "${settings[@]}" >/dev/null)
done
cd "$work/app"
ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
  dotnet TravelRisk.Web.dll --urls "http://127.0.0.1:$port" "${settings[@]}" >"$work/server.log" 2>&1 &
server=$!
cd - >"$work/step.log" || { cat "$work/step.log"; exit 1; }
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 1; done

export TRAVELRISK_MEASURE_URL="http://127.0.0.1:$port/" TRAVELRISK_MEASURE_PID=$server TRAVELRISK_MEASURE_PASSWORD="Measure-Password-7"
dotnet test tests/TravelRisk.Browser.Tests -c Release --filter "Category=Measurements&FullyQualifiedName~$filter" \
  --logger "console;verbosity=detailed" | grep -E '^\s+(axe|weight|usable|memory|  )' || true
