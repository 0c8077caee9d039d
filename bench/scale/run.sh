#!/usr/bin/env bash
# Issue 16's scale benchmark: for each factor k, a corpus of k times ../shared/corpus (copies perturbed so no two
# documents are byte-identical: make_corpus.py), indexed from scratch, then served by the Release site and measured:
#   index seconds, files/s, index MB per corpus MB, indexer peak RSS (GNU time), site cold start (launch to first
#   answered search), query p50/p99 on one keep-alive connection over queries.txt (105 queries written for this
#   benchmark, none of them in bench/relevance or the peers' list), req/s at 16 connections with every URL new
#   (wrk, unique parameter: the output cache never answers), and the site's RSS after RSS_SECONDS of all-new URLs.
# Writes $WORK/results.tsv, bench/scale/RESULTS.md (the table) and PNG plots in bench/scale/plots/.
#   bench/scale/run.sh [FACTORS…]        default: 1 4     (env: WORK=/tmp/sp-scale PORT=5095 LOAD_SECONDS=30 RSS_SECONDS=60)
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
factors=("$@"); [ ${#factors[@]} -eq 0 ] && factors=(1 4)
work=${WORK:-/tmp/sp-scale}
port=${PORT:-5095}
load_s=${LOAD_SECONDS:-30}
rss_s=${RSS_SECONDS:-60}
source_corpus=$(realpath "${SOURCE:-$root/../shared/corpus}")
mkdir -p "$work"
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }

dotnet build "$root/src/SearchPortal.Web" -c Release -v q -nologo >&2 || exit 1
dotnet build "$root/src/SearchPortal.Indexer" -c Release -v q -nologo >&2 || exit 1
dotnet build "$here/Plot" -c Release -v q -nologo >&2 || exit 1
indexer="$root/src/SearchPortal.Indexer/bin/Release/net10.0/SearchPortal.Indexer.dll"
site_dll="$root/src/SearchPortal.Web/bin/Release/net10.0/SearchPortal.Web.dll"
results="$work/results.tsv"
[ -f "$results" ] || printf 'factor\tdocuments\tparagraphs\tcorpus_mb\tindex_mb\tindex_ratio\tindex_s\tfiles_per_s\tindexer_rss_mb\tcold_start_s\tp50_ms\tp99_ms\trps16\tp99_16_ms\tsite_rss_mb\tsite_peak_mb\n' > "$results"

json_field() { sed -n "s/.*\"$1\":\([0-9.]*\).*/\1/p" "$2" | head -1; }
for k in "${factors[@]}"; do
  corpus="$work/corpus-$k"; index="$work/index-$k"
  if [ "${REUSE:-0}" = 1 ] && [ -f "$work/index-$k.json" ] && [ -d "$index" ]; then
    echo "== ${k}x: corpus and index of the last run (REUSE=1)" >&2
  else
    echo "== ${k}x: corpus" >&2
    python3 "$here/make_corpus.py" "$source_corpus" "$corpus" "$k" >&2
    rm -rf "$index"
    echo "== ${k}x: index" >&2
    # Exit code 2 (some files had no text) still commits the rest; GNU time then adds a line before its figures.
    /usr/bin/time -f '%e %M' -o "$work/time-$k.txt" dotnet "$indexer" index --corpus "$corpus" --index "$index" --full --json > "$work/index-$k.json"
  fi
  read -r index_s rss_kb < <(tail -1 "$work/time-$k.txt")
  corpus_b=$(du -sb "$corpus" | cut -f1); index_b=$(du -sb "$index" | cut -f1)
  docs=$(json_field added "$work/index-$k.json"); paragraphs=$(json_field paragraphs "$work/index-$k.json")
  files_s=$(json_field files_per_s "$work/index-$k.json")

  echo "== ${k}x: site" >&2
  sync; echo 3 > /proc/sys/vm/drop_caches 2>/dev/null || true
  start=$(date +%s.%N)
  # The load comes from one address: lift the per-address search limit (README, rate limits) or it measures 429s.
  ASPNETCORE_ENVIRONMENT=Production dotnet "$site_dll" --urls "http://127.0.0.1:$port" \
    --SearchPortal:CorpusPath="$corpus" --SearchPortal:IndexPath="$index" --contentRoot "$root/src/SearchPortal.Web" \
    --SearchPortal:RateLimits:Search:PermitLimit=1000000000 \
    > "$work/site-$k.log" 2>&1 &
  site=$!
  for _ in $(seq 1 600); do curl -fs -o /dev/null "http://127.0.0.1:$port/api/search?q=%E7%9B%91%E7%9D%A3&cold=1" && break; sleep 0.1; done
  cold=$(echo "$(date +%s.%N) - $start" | bc)
  read -r p50 p99 < <(python3 "$here/latency.py" "127.0.0.1:$port" "$here/queries.txt" 3 | sed -n 's/p50_ms=\([0-9.]*\) p99_ms=\([0-9.]*\).*/\1 \2/p')
  SP_QUERIES="$here/queries.txt" SP_PATH="/api/search?q=" SP_UNIQUE=1 \
    wrk -t 2 -c 16 -d "${load_s}s" --latency -s "$root/bench/load/queries.lua" "http://127.0.0.1:$port" > "$work/wrk-$k.txt" 2>&1
  rps=$(sed -n 's/.*rps=\([0-9.]*\).*/\1/p' "$work/wrk-$k.txt"); p99c=$(sed -n 's/.* p99_ms=\([0-9.]*\).*/\1/p' "$work/wrk-$k.txt")
  remaining=$((rss_s > load_s ? rss_s - load_s : 0))
  [ "$remaining" -gt 0 ] && SP_QUERIES="$here/queries.txt" SP_PATH="/api/search?q=" SP_UNIQUE=1 \
    wrk -t 2 -c 16 -d "${remaining}s" -s "$root/bench/load/queries.lua" "http://127.0.0.1:$port" > /dev/null 2>&1
  rss=$(awk '/VmRSS/ {print int($2/1024)}' /proc/$site/status); peak=$(awk '/VmHWM/ {print int($2/1024)}' /proc/$site/status)
  kill $site; wait $site 2>/dev/null
  printf '%s\t%s\t%s\t%.1f\t%.1f\t%.2f\t%s\t%s\t%d\t%.1f\t%s\t%s\t%s\t%s\t%s\t%s\n' "$k" "$docs" "$paragraphs" \
    "$(echo "$corpus_b/1000000" | bc -l)" "$(echo "$index_b/1000000" | bc -l)" "$(echo "$index_b/$corpus_b" | bc -l)" \
    "$index_s" "$files_s" "$((rss_kb / 1024))" "$cold" "$p50" "$p99" "$rps" "$p99c" "$rss" "$peak" | tee -a "$results"
done

dotnet "$here/Plot/bin/Release/net10.0/ScalePlot.dll" "$results" "$here/plots"
python3 - "$results" "$(date -u '+%Y-%m-%d %H:%M UTC')" > "$here/RESULTS.md" <<'PY'
import sys
rows = [l.rstrip('\n').split('\t') for l in open(sys.argv[1]) if l.strip()]
print('# Scale benchmark results\n')
print(f'`bench/scale/run.sh` run {sys.argv[2]}; what each column means and where each goal breaks: `docs/SCALE.md`.\n')
print('| ' + ' | '.join(rows[0]) + ' |'); print('|' + '---|' * len(rows[0]))
for r in rows[1:]: print('| ' + ' | '.join(r) + ' |')
print()
for name in ['p99_ms', 'p50_ms', 'rps16', 'index_ratio', 'indexer_rss_mb', 'site_rss_mb', 'files_per_s', 'cold_start_s']:
    print(f'![{name}](plots/{name}.png)')
PY
cat "$here/RESULTS.md"
