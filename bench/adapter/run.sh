#!/usr/bin/env bash
# SearchPortal's adapter for ../shared/bench/peers (contract in peers/PROTOCOL.md):
#   run.sh build | threads | index CORPUS INDEX_DIR THREADS | query INDEX_DIR QUERIES HITS_TSV PASSES
# A thin entry point (bench/SearchPortal.Bench) over SearchPortal.Core: the product's own indexer and search service.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out="$root/bench/SearchPortal.Bench/bin/Release/net10.0"
cmd=${1:?usage: run.sh build|threads|index|query ...}; shift
case "$cmd" in
  build)   dotnet build "$root/bench/SearchPortal.Bench" -c Release -v q -nologo >&2 ;;
  threads) echo "1 2" ;;
  index)   exec dotnet "$out/SearchPortal.Bench.dll" index "$1" "$2" "$3" ;;
  query)   exec dotnet "$out/SearchPortal.Bench.dll" query "$1" "$2" "$3" "$4" ;;
  *) echo "unknown command $cmd" >&2; exit 2 ;;
esac
