#!/usr/bin/env bash
# Issue 7: SearchPortal side by side with the peers (Java Lucene + SmartCN, SQLite FTS5 trigram, jieba + FTS5) in one
# run on the same corpus and queries, then SearchPortal's ratio to each peer.
#   bench/compare.sh [CORPUS] [QUERIES]       (env: PASSES=5, OUT_DIR=bench/results/<UTC time>, PEERS=…)
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
shared="$root/../shared"
corpus=${1:-$shared/corpus}
queries=${2:-$shared/bench/peers/queries.txt}
out=${OUT_DIR:-$root/bench/results/$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p "$out"
dotnet build "$root/bench/SearchPortal.Bench" -c Release -v q -nologo >&2 || exit 1
EXTRA_PEERS="$root/bench/adapter $root/bench/adapter-full" OUT_DIR="$out" "$shared/bench/peers/run-all.sh" "$corpus" "$queries"
status=$?
echo
python3 "$root/bench/ratios.py" "$out/results.jsonl" | tee "$out/ratios.md"
exit $status
