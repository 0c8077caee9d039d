#!/usr/bin/env python3
"""Per-kind nDCG@10 / MRR@10 / S@3 for several hits files (uses score.py's readers and metrics).

    python3 bench/relevance/per_kind.py NAME=HITS_TSV [NAME=HITS_TSV ...]
"""
import os, sys
from collections import defaultdict
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import score

here = os.path.dirname(os.path.abspath(__file__))
queries = score.read_queries(os.path.join(here, "queries.tsv"))
qrels = score.read_qrels(os.path.join(here, "qrels.tsv"), queries)
engines = [a.split("=", 1) for a in sys.argv[1:]]
print("| kind | n | " + " | ".join(f"{n} nDCG / MRR / S@3" for n, _ in engines) + " |")
print("|---|---:|" + "---:|" * len(engines))
rows = defaultdict(lambda: defaultdict(list))
for name, path in engines:
    hits = score.read_hits(path)
    for qid, (kind, q) in queries.items():
        _, paths = hits.get(score.norm_query(q), (0, []))
        rows[kind][name].append(score.metrics(paths, qrels.get(qid, {}))[:3])
for kind in list(dict.fromkeys(k for k, _ in queries.values())) + ["all"]:
    cells = []
    n = 0
    for name, _ in engines:
        ms = [m for k in rows for m in rows[k][name]] if kind == "all" else rows[kind][name]
        n = len(ms)
        cells.append(" / ".join(f"{sum(m[i] for m in ms) / len(ms):.3f}" for i in range(3)))
    print(f"| {kind} | {n} | " + " | ".join(cells) + " |")
