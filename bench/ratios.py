#!/usr/bin/env python3
"""SearchPortal's ratio to each peer, from one run's results.jsonl (bench/compare.sh).

Two SearchPortal engines: "searchportal" (the protocol's work with the product's components) and "searchportal-full"
(the product's whole pipeline). Index: docs/s ratio per thread count (> 1 = SearchPortal faster). Query: peer ms /
SearchPortal ms for p50 and p99 (> 1 = SearchPortal faster)."""
import json
import sys

OURS = ("searchportal", "searchportal-full")
recs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8") if l.strip().startswith("{")]
print("| SearchPortal engine | peer | phase | threads | peer | SearchPortal | ratio (×, >1 = SearchPortal faster) |")
print("|---|---|---|---|---|---|---|")
for ours in OURS:
    ours_index = {r["threads"]: r for r in recs if r["engine"] == ours and r["phase"] == "index"}
    ours_query = next((r for r in recs if r["engine"] == ours and r["phase"] == "query"), None)
    for r in recs:
        if r["engine"] in OURS:
            continue
        if r["phase"] == "index" and r["threads"] in ours_index:
            o = ours_index[r["threads"]]
            print(f"| {ours} | {r['engine']} | index docs/s | {r['threads']} | {r['docs_per_s']:.1f} | {o['docs_per_s']:.1f} | {o['docs_per_s'] / r['docs_per_s']:.2f} |")
        if r["phase"] == "query" and ours_query:
            for k in ("p50_ms", "p99_ms"):
                print(f"| {ours} | {r['engine']} | query {k} | 1 | {r[k]:.2f} | {ours_query[k]:.2f} | {r[k] / ours_query[k]:.2f} |")
