#!/usr/bin/env bash
# Measures the risk endpoints against a trivial endpoint of the same process with wrk, and writes the figures into
# docs/performance.md (between the load markers). Not run in CI: figures on a shared 2-core machine are recorded,
# never asserted. Usage: bash tools/load.sh [seconds per endpoint, default 20] [connections, default 64]
#
# Varied mode (issue 13): bash tools/load.sh varied [seconds per run, default 10] [connections, default 64] [rounds, default 3]
# Random (person, State, day) queries from tools/varied.lua for GET /api/v1/risk/check and /risk/map, each run right
# after the same script against a bare endpoint of the same response size (Api/LoadTestEndpoints.cs), round after
# round; the ratio is taken within each round and the median reported, because the shared machine's load drifts.
# Then POST /api/v1/risk/checks with 1,000 random queries a body, and the server's memory after all of it.
# Writes between the varied markers of docs/performance.md.
#
# Allocations (issue 13): bash tools/load.sh allocs [seconds per endpoint, default 10] [connections, default 64]
# Bytes allocated by the whole process per request of random risk/check, risk/map and 1,000-query risk/checks
# (GC.GetTotalAllocatedBytes before and after each wrk run, from /api/v1/load/allocated). Prints; writes nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=fixed
if [[ "${1:-}" == varied || "${1:-}" == allocs ]]; then mode=$1; shift; fi
duration="${1:-20}"
connections="${2:-64}"
port=5099
work=$(mktemp -d)
# Not "kill ${server:-0}": before the server starts (a failed build) that would kill this whole process group.
trap '[[ -n "${server:-}" ]] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT

if ! command -v wrk >/dev/null; then
  echo "Installing Debian's wrk..."
  sudo_cmd=(); [[ $(id -u) -ne 0 ]] && sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq && "${sudo_cmd[@]}" apt-get install -y -qq wrk >/dev/null
fi

dotnet build src/TravelRisk.Web -c Release -nologo -clp:ErrorsOnly >/dev/null
ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
  dotnet src/TravelRisk.Web/bin/Release/net10.0/TravelRisk.Web.dll --urls "http://127.0.0.1:$port" \
  "--ConnectionStrings:TravelRisk=Data Source=$work/load.db" --RateLimits:ReadsPerMinute=1000000000 --LoadTest:BareEndpoints=true >"$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 1; done
if [[ $mode != fixed ]]; then
  source "tools/load-$mode.sh"
  exit 0
fi

trip=$(curl -sf "http://127.0.0.1:$port/api/v1/trips?person=vladimir-putin&state=ZAF&status=Delegated" | sed -n 's/.*"items":\[{"id":\([0-9]*\).*/\1/p')
declare -A urls=(
  [trivial]="/api/v1/ping"
  [check]="/api/v1/risk/check?person=vladimir-putin&state=ZAF&date=2023-08-22"
  [trip]="/api/v1/trips/$trip/risk"
)
declare -A rps p99
for name in trivial check trip; do
  wrk -t2 -c"$connections" -d5s "http://127.0.0.1:$port${urls[$name]}" >/dev/null   # warm-up: JIT, caches
  out=$(wrk -t2 -c"$connections" -d"${duration}s" --latency "http://127.0.0.1:$port${urls[$name]}")
  rps[$name]=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
  p99[$name]=$(awk '$1 == "99%" {print $2}' <<<"$out")
  echo "$name ${urls[$name]}: ${rps[$name]} req/s, p99 ${p99[$name]}"
done

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
table=$(cat <<TABLE
<!-- load:begin -->
Measured $(date -u +%Y-%m-%d) with \`bash tools/load.sh $duration $connections\`: wrk, 2 threads, $connections connections, ${duration} s per
endpoint after a 5 s warm-up, against the Release build on SQLite, on this 2-core machine (wrk and the server share it).

| endpoint | requests/s | p99 latency | ratio to trivial |
|---|---:|---:|---:|
| trivial \`GET ${urls[trivial]}\` | ${rps[trivial]} | ${p99[trivial]} | 1.00 |
| \`GET /api/v1/risk/check?person=…&state=ZAF&date=2023-08-22\` | ${rps[check]} | ${p99[check]} | $(ratio "${rps[check]}" "${rps[trivial]}") |
| \`GET /api/v1/trips/{id}/risk\` | ${rps[trip]} | ${p99[trip]} | $(ratio "${rps[trip]}" "${rps[trivial]}") |

Target: ≥ 0.80 × the trivial endpoint's throughput and p99 < 10 ms at 64 connections.
<!-- load:end -->
TABLE
)
python3 - "$table" <<'PY'
import re, sys
path = "docs/performance.md"
text = open(path).read()
block = sys.argv[1]
if "<!-- load:begin -->" in text:
    text = re.sub(r"<!-- load:begin -->.*?<!-- load:end -->", lambda _: block, text, flags=re.S)
else:
    text = text.rstrip() + "\n\n## REST API under load (issue \"REST API v1\")\n\n" + block + "\n"
open(path, "w").write(text)
PY
echo "Wrote docs/performance.md"
