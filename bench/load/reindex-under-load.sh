#!/usr/bin/env bash
# Issue 6: the site keeps answering while the CLI rebuilds the index. Serves ../shared/corpus from a Release build on
# 127.0.0.1, measures /api/search with wrk (16 connections) before, during and after `index --full`, checks that the
# new commit is picked up within seconds (/healthz), then kills an indexer with SIGKILL mid-run and checks that
# nothing is lost or duplicated, and that a second concurrent indexer exits 1 "index is locked by another indexer".
#   bench/load/reindex-under-load.sh [CORPUS]     (env: PORT=5090 SECONDS_EACH=20 DURING=150 WORK=/tmp/sp-load)
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
corpus=$(realpath "${1:-$root/../shared/corpus}")
port=${PORT:-5090}
each=${SECONDS_EACH:-20}
work=${WORK:-/tmp/sp-load}
here="$root/bench/load"
mkdir -p "$work"
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }

dotnet build "$root/src/SearchPortal.Web" -c Release -v q -nologo >&2 || exit 1
dotnet build "$root/src/SearchPortal.Indexer" -c Release -v q -nologo >&2 || exit 1
# Called directly (not through a shell function) so that $! is the indexer process itself and kill -9 hits it.
indexer_cmd=(dotnet "$root/src/SearchPortal.Indexer/bin/Release/net10.0/SearchPortal.Indexer.dll")
indexer() { "${indexer_cmd[@]}" "$@"; }
index="$work/index"
files=$(find "$corpus" -type f \( -name '*.txt' -o -name '*.md' -o -name '*.html' -o -name '*.htm' -o -name '*.docx' \) ! -path '*/.*' | wc -l)

[ -f "$index/segments.gen" ] || ls "$index"/segments_* >/dev/null 2>&1 || indexer index --corpus "$corpus" --index "$index" --json > "$work/initial.json"

# The load comes from one address: lift the per-address search limit (README, rate limits) or it measures 429s.
ASPNETCORE_ENVIRONMENT=Production dotnet "$root/src/SearchPortal.Web/bin/Release/net10.0/SearchPortal.Web.dll" \
  --urls "http://127.0.0.1:$port" --SearchPortal:CorpusPath="$corpus" --SearchPortal:IndexPath="$index" \
  --contentRoot "$root/src/SearchPortal.Web" --SearchPortal:RateLimits:Search:PermitLimit=1000000000 > "$work/site.log" 2>&1 &
site=$!
trap 'kill $site 2>/dev/null' EXIT
for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.5; done
health() { curl -fs "http://127.0.0.1:$port/healthz"; }
echo "healthz: $(health)"

load() { # NAME SECONDS
  SP_QUERIES="$root/../shared/bench/peers/queries.txt" SP_PATH="/api/search?q=" \
    wrk -t 2 -c 16 -d "${2}s" --latency -s "$here/queries.lua" "http://127.0.0.1:$port" > "$work/wrk-$1.txt" 2>&1
  echo "$1: $(grep RESULT "$work/wrk-$1.txt")"
}

load before "$each"

# During: wrk runs for DURING seconds (long enough to cover the whole rebuild); a poller notes when the site starts
# serving the new commit; the indexer's exit time is recorded.
during=${DURING:-150}
before_commit=$(health | sed -n 's/.*"last_commit":"\([^"]*\)".*/\1/p')
rm -f "$work/full.done" "$work/seen.at"
( while :; do c=$(health | sed -n 's/.*"last_commit":"\([^"]*\)".*/\1/p'); if [ -n "$c" ] && [ "$c" != "$before_commit" ]; then date +%s.%N > "$work/seen.at"; break; fi; sleep 0.2; done ) &
poller=$!
( indexer index --corpus "$corpus" --index "$index" --full --json > "$work/full.json" 2> "$work/full.err"; date +%s.%N > "$work/full.done" ) &
ix=$!
load during "$during"
wait $ix
sleep 5; kill $poller 2>/dev/null
echo "full reindex under load: $(cat "$work/full.json")"
if [ -f "$work/seen.at" ]; then
  echo "new commit served $(echo "$(cat "$work/seen.at") - $(cat "$work/full.done")" | bc) s after the indexer exited (negative: before its process ended); healthz: $(health)"
else
  echo "new commit NOT seen by the site; healthz: $(health)"
fi
load after "$each"

echo "--- kill -9 mid-run"
docs_before=$(health | sed -n 's/.*"documents":\([0-9]*\).*/\1/p')
"${indexer_cmd[@]}" index --corpus "$corpus" --index "$index" --full > "$work/killed.out" 2>&1 &
victim=$!
sleep 8
kill -9 $victim; wait $victim 2>/dev/null
sleep 3
echo "after kill: site still answers: $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/search?q=%E5%B7%A1%E8%A7%86"), documents $(health | sed -n 's/.*"documents":\([0-9]*\).*/\1/p') (before: $docs_before)"
echo "--- two indexers at once"
"${indexer_cmd[@]}" index --corpus "$corpus" --index "$index" --full > "$work/first.out" 2>&1 &
first=$!
sleep 3
indexer index --corpus "$corpus" --index "$index" > "$work/second.out" 2>&1; second_rc=$?
echo "second indexer exit code $second_rc: $(cat "$work/second.out" | tail -1)"
wait $first; echo "first indexer exit code $?"
indexer index --corpus "$corpus" --index "$index" --json > "$work/resume.json"
stats=$(indexer stats --index "$index" --json)
echo "next run: $(cat "$work/resume.json")"
echo "documents in index: $(sed -n 's/.*"documents":\([0-9]*\).*/\1/p' <<<"$stats"), readable files in folder: $files (minus failures listed above)"
