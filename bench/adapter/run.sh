#!/usr/bin/env bash
# SearchPortal's adapter for ../shared/bench/peers (contract in peers/PROTOCOL.md), engine "searchportal":
#   run.sh build | threads | index CORPUS INDEX_DIR THREADS | query INDEX_DIR QUERIES HITS_TSV PASSES
# Exactly the protocol's work (path/title/body, AND of terms, exact total, top 10, 3 highlighted passages) done by a
# thin entry point (bench/SearchPortal.Bench) over SearchPortal.Core's analyzer, codec, writer settings and highlighter.
# bench/adapter-full runs everything the product does instead (engine "searchportal-full").
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out="$root/bench/SearchPortal.Bench/bin/Release/net10.0"
prefix=${SP_BENCH_PREFIX:-}
cmd=${1:?usage: run.sh build|threads|index|query ...}; shift
case "$cmd" in
  build)   dotnet build "$root/bench/SearchPortal.Bench" -c Release -v q -nologo >&2 ;;
  threads) echo "1 2" ;;
  index)   exec dotnet "$out/SearchPortal.Bench.dll" "${prefix}index" "$1" "$2" "$3" ;;
  query)   exec dotnet "$out/SearchPortal.Bench.dll" "${prefix}query" "$1" "$2" "$3" "$4" ;;
  *) echo "unknown command $cmd" >&2; exit 2 ;;
esac
