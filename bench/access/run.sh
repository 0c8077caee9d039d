#!/usr/bin/env bash
# What the access filter costs a query: the product's whole search (full-query) over bench/relevance/queries.txt
# (68 queries x 10 passes), before (a build of BASE, default main, over ../shared/corpus) and after (this tree over a
# copy of the corpus with access.txt), scopes everything / anonymous / group:纪检, rounds interleaved.
# Usage: bench/access/run.sh [WORK_DIR] [BASE] [ROUNDS]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
W=${1:-/tmp/sp-access-bench}; BASE=${2:-main}; ROUNDS=${3:-6}
Q=$ROOT/bench/relevance/queries.txt
mkdir -p "$W"
if [ ! -d "$W/base-src" ]; then mkdir "$W/base-src"; git -C "$ROOT" archive "$BASE" | tar -x -C "$W/base-src"; fi
dotnet build "$W/base-src/bench/SearchPortal.Bench" -c Release -m:1 -v q -nologo >/dev/null
dotnet build "$ROOT/bench/SearchPortal.Bench" -c Release -m:1 -v q -nologo >/dev/null
OLD="dotnet $W/base-src/bench/SearchPortal.Bench/bin/Release/net10.0/SearchPortal.Bench.dll"
NEW="dotnet $ROOT/bench/SearchPortal.Bench/bin/Release/net10.0/SearchPortal.Bench.dll"
if [ ! -f "$W/corpus/access.txt" ]; then
  rm -rf "$W/corpus"; cp -r "$ROOT/../shared/corpus" "$W/corpus"; chmod -R u+w "$W/corpus"
  cp "$ROOT/bench/access/access.txt" "$W/corpus/access.txt"
fi
[ -d "$W/index-base" ] || $OLD full-index "$ROOT/../shared/corpus" "$W/index-base" 2 > "$W/index-base.json"
[ -d "$W/index-new" ] || $NEW full-index "$W/corpus" "$W/index-new" 2 > "$W/index-new.json"
for round in $(seq 1 "$ROUNDS"); do
  $OLD full-query "$W/index-base" "$Q" /dev/null 10 > "$W/q-base-$round.json" 2>/dev/null
  for scope in everything anonymous group:纪检; do
    SP_BENCH_SCOPE=$scope $NEW full-query "$W/index-new" "$Q" /dev/null 10 > "$W/q-${scope%%:*}-$round.json" 2>/dev/null
  done
done
python3 - "$W" <<'PY'
import glob, json, statistics, sys
for k in ["base", "everything", "anonymous", "group"]:
    rows = [json.load(open(f)) for f in sorted(glob.glob(f"{sys.argv[1]}/q-{k}-*.json"))]
    med = lambda key: statistics.median(r[key] for r in rows)
    print(f"{k:10} rounds {len(rows)}  p50 {med('p50_ms'):.1f} ms  p99 {med('p99_ms'):.1f} ms  mean {med('mean_ms'):.1f} ms  zero-hit {rows[0]['zero_hit_queries']}")
PY
