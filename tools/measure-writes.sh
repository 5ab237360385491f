#!/usr/bin/env bash
# Measures what concurrent writers do to the default SQLite database, the way a new user would meet it: publishes the
# app, starts it on a fresh database, then
#   1. 16 writers x N `POST /api/v1/trips` (each its own host, a new month each time) while 16 more writers record the
#      same leader, host and month 10 times each (so their slugs collide), and counts the answers by status;
#   2. with sqlite3: trips stored without any revision, and acknowledged (201) trips missing or without revision 1;
#   3. R rounds of 2 concurrent `PUT /api/v1/trips/{id}` with one ETag: expected one 200 and one 412 per round.
# Not run in CI; the figures go into docs/performance.md. Usage: bash tools/measure-writes.sh [N, default 100] [R, default 30]
set -euo pipefail
cd "$(dirname "$0")/.."
per_writer="${1:-100}"
rounds="${2:-30}"
writers=16
port=5097
base="http://127.0.0.1:$port"
work=$(mktemp -d)
trap 'kill "${server:-0}" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT

if ! command -v sqlite3 >/dev/null; then
  echo "Installing Debian's sqlite3..."
  sudo_cmd=(); [[ $(id -u) -ne 0 ]] && sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq && "${sudo_cmd[@]}" apt-get install -y -qq sqlite3 >/dev/null
fi

dotnet publish src/TravelRisk.Web -c Release -o "$work/app" -nologo -clp:ErrorsOnly >/dev/null
db="$work/writes.db"
settings=("--ConnectionStrings:TravelRisk=Data Source=$db" --RateLimits:WritesPerMinute=1000000000 --RateLimits:ReadsPerMinute=1000000000)
key=$(cd "$work/app" && dotnet TravelRisk.Web.dll apikey create --name measure "${settings[@]}" | tail -n 1)
(cd "$work/app" && ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
  exec dotnet TravelRisk.Web.dll --urls "$base" "${settings[@]}" >"$work/server.log" 2>&1) &
server=$!
for _ in $(seq 1 180); do curl -sf "$base/health" >/dev/null && break; sleep 1; done
curl -sf "$base/health" >/dev/null || { echo "The app did not start:"; cat "$work/server.log"; exit 1; }

trip_json() { # host, start date
  printf '{"leader":"vladimir-putin","host":"%s","startDate":"%s","endDate":"%s","status":"Planned","confidence":"Low",' "$1" "$2" "$2"
  printf '"sources":[{"url":"https://example.org/%s/%s","outlet":"Example","publishedOn":"2026-11-20","quote":"He is expected."}]}' "$1" "$2"
}
post() { # body -> "status id"
  curl -s -o /dev/null -D - -w 'status %{http_code}\n' -X POST "$base/api/v1/trips" -H "X-Api-Key: $key" \
    -H 'Content-Type: application/json' --data "$1" | awk '/^[Ll]ocation:/ {sub(/\r/, ""); n = split($2, p, "/"); id = p[n]} /^status / {print $2, id}'
}

hosts=(KAZ UZB TJK KGZ ARM AZE BLR CHN IND BRA ZAF MNG TUR IRN EGY VNM)
echo "Writing: $writers writers x $per_writer trips, plus $writers writers x 10 trips on one leader, host and month..."
started=$(date +%s.%N)
for w in $(seq 0 $((writers - 1))); do
  (for n in $(seq 0 $((per_writer - 1))); do
     post "$(trip_json "${hosts[$w]}" "$(printf '%04d-%02d-01' $((2030 + n / 12)) $((n % 12 + 1)))")"
   done >"$work/spread-$w.txt") &
  (for _ in $(seq 1 10); do post "$(trip_json KAZ 2027-06-15)"; done >"$work/same-$w.txt") &
done
wait $(jobs -p | grep -v "^$server\$")
elapsed=$(awk -v s="$started" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }')

cat "$work"/spread-*.txt "$work"/same-*.txt >"$work/posts.txt"
total=$(wc -l <"$work/posts.txt")
echo "POST answers by status ($total requests in $elapsed s):"
awk '{print $1}' "$work/posts.txt" | sort | uniq -c | sed 's/^/  /'
five=$(awk '$1 >= 500' "$work/posts.txt" | wc -l)

awk '$1 == 201 {print $2}' "$work/posts.txt" >"$work/acked.txt"
without=$(sqlite3 "$db" 'SELECT COUNT(*) FROM Trips t WHERE NOT EXISTS (SELECT 1 FROM TripRevisions r WHERE r.TripId = t.Id);')
lost=$(sqlite3 "$db" ".mode list" "CREATE TEMP TABLE acked(id INTEGER);" ".import $work/acked.txt acked" \
  'SELECT COUNT(*) FROM acked a WHERE NOT EXISTS (SELECT 1 FROM TripRevisions r WHERE r.TripId = a.id AND r.Number = 1);')
echo "Trips without any revision: $without; acknowledged trips missing or without revision 1: $lost"

echo "Lost update: $rounds rounds of 2 concurrent PUTs with one ETag..."
: >"$work/puts.txt"
for r in $(seq 1 "$rounds"); do
  id=$(post "$(trip_json UZB "$(printf '%04d-01-01' $((2040 + r)))")" | awk '{print $2}')
  [[ -n "$id" ]] || { echo "  round $r: the trip could not be created"; continue; }
  etag=$(curl -s -D - -o /dev/null "$base/api/v1/trips/$id" | awk 'tolower($1) == "etag:" {sub(/\r/, ""); print $2}')
  for host in TJK KGZ; do
    curl -s -o /dev/null -w '%{http_code}\n' -X PUT "$base/api/v1/trips/$id" -H "X-Api-Key: $key" -H "If-Match: $etag" \
      -H 'Content-Type: application/json' --data "$(trip_json "$host" "$(printf '%04d-01-01' $((2040 + r)))")" >>"$work/puts.txt" &
  done
  wait $(jobs -p | grep -v "^$server\$")
done
echo "PUT answers by status:"
sort "$work/puts.txt" | uniq -c | sed 's/^/  /'
locked=$(grep -c "database is locked" "$work/server.log" || true)
echo "Server log lines with 'database is locked': $locked; SQLite errors logged (each may be logged more than once):"
grep -o "SQLite Error [0-9]*: '[^']*'" "$work/server.log" | sort | uniq -c | sed 's/^/  /' || true
echo "summary: posts=$total 5xx=$five without_revision=$without acknowledged_incomplete=$lost put_200=$(grep -c '^200' "$work/puts.txt" || true) put_412=$(grep -c '^412' "$work/puts.txt" || true) put_other=$(grep -vc '^\(200\|412\)' "$work/puts.txt" || true)"
