# Sourced by tools/load.sh varied, with the server running on $port: see the usage there.
rounds="${3:-3}"
base="http://127.0.0.1:$port"
curl -sf "$base/api/v1/leaders" | python3 -c 'import json,sys; print("\n".join(l["slug"] for l in json.load(sys.stdin)))' >"$work/people.txt"
curl -sf "$base/api/v1/states" | python3 -c 'import json,sys; print("\n".join(s["iso3"] for s in json.load(sys.stdin)))' >"$work/states.txt"
echo "$(wc -l <"$work/people.txt") people, $(wc -l <"$work/states.txt") States"

total_requests=0
ticks=$(getconf CLK_TCK)
cpu_ticks() { awk '{print $14 + $15}' "/proc/$server/stat"; }
# run NAME SECONDS: one wrk run of tools/varied.lua in mode NAME; sets rps, p99, cpu (the server's CPU microseconds
# per request, user + system: robust to the other work on the machine, unlike requests/s) and adds to total_requests.
run() {
  local out before requests
  before=$(cpu_ticks)
  out=$(wrk -t2 -c"$connections" -d"$2s" --latency -s tools/varied.lua "$base" -- "$1" "$work/people.txt" "$work/states.txt")
  if grep -q "Non-2xx" <<<"$out"; then echo "$out" >&2; echo "$1: some answers were not 200; figures refused" >&2; exit 1; fi
  rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  requests=$(awk '/requests in/ {print $1}' <<<"$out")
  cpu=$(awk -v t="$(( $(cpu_ticks) - before ))" -v hz="$ticks" -v r="$requests" 'BEGIN { printf "%.1f", t * 1e6 / hz / r }')
  total_requests=$((total_requests + requests))
}

for name in bare-check check bare-map map; do run "$name" 5; done   # warm-up: JIT, caches
declare -A all_rps all_p99 all_cpu
for round in $(seq 1 "$rounds"); do
  for name in bare-check check bare-map map; do
    run "$name" "$duration"
    all_rps[$name]+="$rps "; all_p99[$name]+="$p99 "; all_cpu[$name]+="$cpu "
    echo "round $round $name: $rps req/s, p99 $p99, server CPU $cpu us/request"
  done
done
get_requests=$total_requests
get_rss=$(awk '/^VmRSS/ {printf "%d", $2 / 1024}' "/proc/$server/status")
batch_rps=n/a batch_p99=n/a batch_cpu=n/a
if [[ $(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' -d '{"queries":[]}' "$base/api/v1/risk/checks") == 200 ]]; then
  run batch 5   # warm-up
  run batch "$duration"
  batch_rps=$rps batch_p99=$p99 batch_cpu=$cpu
fi
echo "batch: $batch_rps req/s (x1000 assessments), p99 $batch_p99, server CPU $batch_cpu us/request"
# A page of 100 trips with their assessments, under new URLs (uncached) and under one URL (cached).
run trips 5; run trips "$duration"; trips_rps=$rps trips_p99=$p99 trips_cpu=$cpu
run trips-fixed 5; run trips-fixed "$duration"; fixed_rps=$rps fixed_p99=$p99
echo "trips: $trips_rps req/s, p99 $trips_p99, server CPU $trips_cpu us/request; one URL: $fixed_rps req/s, p99 $fixed_p99"
rss=$(awk '/^VmRSS/ {printf "%d", $2 / 1024}' "/proc/$server/status")
hwm=$(awk '/^VmHWM/ {printf "%d", $2 / 1024}' "/proc/$server/status")
echo "server after $get_requests random GETs: RSS $get_rss MB; after $total_requests requests in all: RSS $rss MB, peak $hwm MB"

# median of the words of $1; ratios: median over rounds of check/bare-check (map/bare-map) within the round.
median() { tr ' ' '\n' <<<"$1" | grep . | sort -g | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
ms() { sed -E 's/([0-9.]+)us/\1e-3/; s/([0-9.]+)ms/\1/; s/([0-9.]+)s$/\1e3/' <<<"$1" | awk '{printf "%.2f ms", $1}'; }
ratios() {
  local -a a=(${all_rps[$1]}) b=(${all_rps[$2]}); local out=""
  for i in "${!a[@]}"; do out+=$(awk -v x="${a[$i]}" -v y="${b[$i]}" 'BEGIN { printf "%.2f ", x / y }'); done
  echo "$out"
}
worst_p99() { for v in $1; do ms "$v"; echo; done | sort -g | tail -1; }
check_ratios=$(ratios check bare-check) map_ratios=$(ratios map bare-map)
table=$(cat <<TABLE
<!-- varied:begin -->
Measured $(date -u +%Y-%m-%d) with \`bash tools/load.sh varied $duration $connections $rounds\`: wrk, 2 threads, $connections connections,
${duration} s a run after 5 s warm-ups, $rounds rounds of bare check → check → bare map → map, Release build on SQLite,
wrk and the server sharing this 2-core machine with other work (figures drift; ratios are taken within a round).
Queries from \`tools/varied.lua\`: a random person of $(wc -l <"$work/people.txt"), State of $(wc -l <"$work/states.txt") and day of 2000–2027.

| endpoint | requests/s (median) | p99 (median; worst) | ratio to bare (median; each round) | server CPU per request (median) |
|---|---:|---:|---:|---:|
| bare \`GET /api/v1/load/bare/check\` (fixed 1.5 KB answer; random ones average 1.8 KB) | $(median "${all_rps[bare-check]}") | $(ms "$(median "${all_p99[bare-check]}")"); $(worst_p99 "${all_p99[bare-check]}") | 1.00 | $(median "${all_cpu[bare-check]}") µs |
| random \`GET /api/v1/risk/check\` | $(median "${all_rps[check]}") | $(ms "$(median "${all_p99[check]}")"); $(worst_p99 "${all_p99[check]}") | **$(median "$check_ratios")**; ${check_ratios% } | $(median "${all_cpu[check]}") µs |
| bare \`GET /api/v1/load/bare/map\` (fixed 15 KB answer, as every map) | $(median "${all_rps[bare-map]}") | $(ms "$(median "${all_p99[bare-map]}")"); $(worst_p99 "${all_p99[bare-map]}") | 1.00 | $(median "${all_cpu[bare-map]}") µs |
| random \`GET /api/v1/risk/map\` | $(median "${all_rps[map]}") | $(ms "$(median "${all_p99[map]}")"); $(worst_p99 "${all_p99[map]}") | **$(median "$map_ratios")**; ${map_ratios% } | $(median "${all_cpu[map]}") µs |
| \`POST /api/v1/risk/checks\`, 1,000 random queries a body | $batch_rps ($(awk -v r="$batch_rps" 'BEGIN { printf "%.2f", r * 1000 / 1e6 }') M assessments/s) | $batch_p99 | | $batch_cpu µs ($(awk -v c="$batch_cpu" 'BEGIN { if (c + 0 > 0) printf "%.2f", 2000 / c }') M assessments/s if the server had both cores) |
| \`GET /api/v1/trips?pageSize=100&include=risk&from=…&to=…\`, a new URL each (100 trips a page) | $trips_rps | $(ms "$trips_p99") | | $trips_cpu µs |
| \`GET /api/v1/trips?pageSize=100&include=risk\`, one URL (the output cache answers) | $fixed_rps | $(ms "$fixed_p99") | | |

Server memory after the $get_requests random GETs: RSS $get_rss MB; after all $total_requests requests (the batch and the trip pages too): RSS $rss MB, peak $hwm MB.
<!-- varied:end -->
TABLE
)
python3 - "$table" <<'PY'
import re, sys
path = "docs/performance.md"
text = open(path).read()
block = sys.argv[1]
if "<!-- varied:begin -->" in text:
    text = re.sub(r"<!-- varied:begin -->.*?<!-- varied:end -->", lambda _: block, text, flags=re.S)
else:
    text = text.rstrip() + "\n\n## REST under real traffic (issue 13)\n\n" + block + "\n"
open(path, "w").write(text)
PY
echo "Wrote docs/performance.md"
