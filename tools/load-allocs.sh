# Sourced by tools/load.sh allocs, with the server running on $port: see the usage there.
base="http://127.0.0.1:$port"
curl -sf "$base/api/v1/leaders" | python3 -c 'import json,sys; print("\n".join(l["slug"] for l in json.load(sys.stdin)))' >"$work/people.txt"
curl -sf "$base/api/v1/states" | python3 -c 'import json,sys; print("\n".join(s["iso3"] for s in json.load(sys.stdin)))' >"$work/states.txt"
modes=(check map trips-plain)
# What the build under test has (the same script measures the code of before issue 13, which had neither).
[[ $(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' -d '{"queries":[]}' "$base/api/v1/risk/checks") == 200 ]] && modes+=(batch)
curl -sf "$base/api/v1/trips?pageSize=1&include=risk" | grep -q '"risk":' && modes+=(trips)
for name in "${modes[@]}"; do
  wrk -t2 -c"$connections" -d5s -s tools/varied.lua "$base" -- "$name" "$work/people.txt" "$work/states.txt" >/dev/null   # warm-up
  before=$(curl -sf "$base/api/v1/load/allocated")
  out=$(wrk -t2 -c"$connections" -d"${duration}s" -s tools/varied.lua "$base" -- "$name" "$work/people.txt" "$work/states.txt")
  after=$(curl -sf "$base/api/v1/load/allocated")
  requests=$(awk '/requests in/ {print $1}' <<<"$out")
  awk -v n="$name" -v a="$before" -v b="$after" -v r="$requests" 'BEGIN { printf "%s: %d requests, %.0f bytes allocated per request\n", n, r, (b - a) / r }'
done
rss=$(awk '/^VmRSS/ {printf "%d", $2 / 1024}' "/proc/$server/status")
echo "server RSS $rss MB"
