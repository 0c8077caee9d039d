#!/usr/bin/env bash
# Run the peer engines (../shared/bench/peers) on exactly the relevance queries, then score them.
#
#   bench/relevance/run-peers.sh            # from anywhere; runs from the repo root
#
# Environment:
#   OUT_DIR=...      where run-all.sh writes (default /tmp/relevance-peers-<UTC time>)
#   PASSES=1         timed passes (latency is not what this suite measures; 1 keeps the run short)
#   EXTRA_PEERS=dir  also run another adapter folder (e.g. bench/adapter for SearchPortal)
#   SKIP_RUN=1       only score the hits.tsv files already in OUT_DIR
# The peers' hits files are copied to bench/relevance/peer-hits/<engine>.tsv so the figures in
# RESULTS.md can be re-scored without re-running the engines.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$root"
corpus=../shared/corpus
peers_dir=../shared/bench/peers
out=${OUT_DIR:-/tmp/relevance-peers-$(date -u +%Y%m%dT%H%M%SZ)}

# queries.txt = the query column of queries.tsv, one per line, same order.
tail -n +2 "$here/queries.tsv" | cut -f3 > "$here/queries.txt"

if [[ -z ${SKIP_RUN:-} ]]; then
  OUT_DIR=$out PASSES=${PASSES:-1} "$peers_dir/run-all.sh" "$corpus" bench/relevance/queries.txt
fi

mkdir -p "$here/peer-hits"
files=() names=()
for d in "$out"/*/; do
  [[ -f $d/hits.tsv ]] || continue
  name=$(basename "$d")
  cp "$d/hits.tsv" "$here/peer-hits/$name.tsv"
  files+=("$d/hits.tsv"); names+=("$name")
done
(( ${#files[@]} )) || { echo "no hits.tsv under $out" >&2; exit 1; }
echo
echo "relevance ($out):"
python3 "$here/score.py" "${files[@]}" --names "$(IFS=,; echo "${names[*]}")"
