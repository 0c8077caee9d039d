#!/usr/bin/env python3
"""Score search engines' hits files against the relevance judgments in this folder.

    python3 bench/relevance/score.py HITS_TSV [HITS_TSV ...] [--names a,b] [--per-query] [--by-kind]

HITS_TSV is the peers' format (../shared/bench/peers/PROTOCOL.md):
    query \t total_hits \t top1_path ... top10_path      (paths relative to the corpus)
Rows are matched to queries.tsv by query text (trimmed). A query absent from a hits file counts
as zero hits. Judgments: qrels.tsv (id, path, grade 1|2, note); unjudged documents are grade 0.

Metrics (top 10 only, a path repeated in one row counts once):
  nDCG@10    gain 2^grade - 1, discount log2(rank + 1), ideal = all judged docs sorted by grade
  MRR@10     1 / rank of the first document with grade >= 1 (0 if none in the top 10)
  S@3        share of queries with a grade >= 1 document in the top 3
  S@3(2)     share of queries with a grade 2 document in the top 3 (stricter: "exactly what was wanted")
  zero-hit   queries for which the engine reported total_hits = 0 (or which are missing)
Standard library only.
"""
import argparse
import math
import os
import sys
import unicodedata
from collections import OrderedDict, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = ["question", "multi-term", "compound", "title", "sentence", "slogan", "colloquial", "term"]


def norm_query(text):
    """Match query rows tolerantly: NFC, trimmed, runs of whitespace as one space."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def norm_path(path):
    """Corpus-relative path with / separators, NFC, no leading ./ (adapters may differ in these)."""
    p = unicodedata.normalize("NFC", path.strip()).replace("\\", "/")
    while p.startswith("./"):
        p = p[2:]
    return p


def read_queries(path):
    queries = OrderedDict()  # id -> (kind, query)
    with open(path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        if header[:3] != ["id", "kind", "query"]:
            sys.exit(f"{path}: expected header id/kind/query, got {header}")
        for n, line in enumerate(f, 2):
            line = line.rstrip("\n")
            if not line.strip():
                continue
            cols = line.split("\t")
            if len(cols) < 3:
                sys.exit(f"{path}:{n}: expected 3 columns")
            qid, kind, query = cols[0].strip(), cols[1].strip(), cols[2].strip()
            if qid in queries:
                sys.exit(f"{path}:{n}: duplicate id {qid}")
            queries[qid] = (kind, query)
    return queries


def read_qrels(path, queries):
    qrels = defaultdict(dict)  # id -> {path: grade}
    with open(path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        if header[:3] != ["id", "path", "grade"]:
            sys.exit(f"{path}: expected header id/path/grade[/note], got {header}")
        for n, line in enumerate(f, 2):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            qid, doc, grade = cols[0].strip(), norm_path(cols[1]), int(cols[2])
            if qid not in queries:
                sys.exit(f"{path}:{n}: unknown query id {qid}")
            if grade not in (0, 1, 2):
                sys.exit(f"{path}:{n}: grade must be 0, 1 or 2")
            if doc in qrels[qid]:
                sys.exit(f"{path}:{n}: {qid} judges {doc} twice")
            qrels[qid][doc] = grade
    for qid in queries:
        if not any(g == 2 for g in qrels.get(qid, {}).values()):
            print(f"warning: query {qid} has no grade-2 document", file=sys.stderr)
    return qrels


def read_hits(path):
    """query text -> (total_hits, [paths]) ; later duplicate rows win."""
    hits = {}
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.rstrip("\r\n")
            if not line.strip():
                continue
            cols = line.split("\t")
            query = norm_query(cols[0])
            try:
                total = int(cols[1]) if len(cols) > 1 and cols[1].strip() else 0
            except ValueError:
                continue  # a header line or garbage
            paths = [norm_path(p) for p in cols[2:12] if p.strip()]
            hits[query] = (total, paths)
    return hits


def metrics(ranked, judged):
    seen, docs = set(), []
    for p in ranked:
        if p not in seen:
            seen.add(p)
            docs.append(p)
    docs = docs[:10]
    grades = [judged.get(p, 0) for p in docs]
    dcg = sum((2 ** g - 1) / math.log2(i + 2) for i, g in enumerate(grades))
    ideal = sorted(judged.values(), reverse=True)[:10]
    idcg = sum((2 ** g - 1) / math.log2(i + 2) for i, g in enumerate(ideal))
    ndcg = dcg / idcg if idcg > 0 else 0.0
    rr = next((1.0 / (i + 1) for i, g in enumerate(grades) if g >= 1), 0.0)
    s3 = 1.0 if any(g >= 1 for g in grades[:3]) else 0.0
    s3_2 = 1.0 if any(g == 2 for g in grades[:3]) else 0.0
    return ndcg, rr, s3, s3_2


def default_name(path):
    base = os.path.basename(path)
    if base == "hits.tsv":
        return os.path.basename(os.path.dirname(os.path.abspath(path))) or base
    return os.path.splitext(base)[0]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("hits", nargs="+", help="hits.tsv files (query, total_hits, top-10 paths)")
    ap.add_argument("--names", help="comma-separated engine names, one per hits file")
    ap.add_argument("--per-query", action="store_true", help="also print per-query nDCG@10, engines side by side")
    ap.add_argument("--by-kind", action="store_true", help="also print nDCG@10 per query kind")
    ap.add_argument("--queries", default=os.path.join(HERE, "queries.tsv"))
    ap.add_argument("--qrels", default=os.path.join(HERE, "qrels.tsv"))
    ap.add_argument("--corpus", help="warn about judged paths that do not exist under this corpus dir")
    args = ap.parse_args()

    names = args.names.split(",") if args.names else [default_name(h) for h in args.hits]
    if len(names) != len(args.hits):
        sys.exit("--names must give one name per hits file")
    queries = read_queries(args.queries)
    qrels = read_qrels(args.qrels, queries)
    if args.corpus:
        missing = sorted({p for docs in qrels.values() for p in docs
                          if not os.path.isfile(os.path.join(args.corpus, p))})
        for p in missing:
            print(f"warning: judged document not in corpus: {p}", file=sys.stderr)

    per_engine = []  # (name, {qid: (ndcg, rr, s3, s3_2, zero)}, unmatched rows)
    for name, path in zip(names, args.hits):
        hits = read_hits(path)
        known = {norm_query(q) for _, q in queries.values()}
        unmatched = sum(1 for q in hits if q not in known)
        rows = {}
        for qid, (kind, query) in queries.items():
            total, ranked = hits.get(norm_query(query), (0, []))
            ndcg, rr, s3, s3_2 = metrics(ranked, qrels.get(qid, {}))
            rows[qid] = (ndcg, rr, s3, s3_2, total == 0)
        per_engine.append((name, rows, unmatched))

    n = len(queries)
    print(f"{n} queries, {sum(len(v) for v in qrels.values())} judged documents "
          f"(grade 2: {sum(1 for v in qrels.values() for g in v.values() if g == 2)})\n")
    print("| engine | nDCG@10 | MRR@10 | S@3 | S@3(2) | zero-hit |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, rows, _ in per_engine:
        avg = [sum(r[i] for r in rows.values()) / n for i in range(4)]
        zero = sum(1 for r in rows.values() if r[4])
        print(f"| {name} | {avg[0]:.3f} | {avg[1]:.3f} | {avg[2]:.3f} | {avg[3]:.3f} | {zero}/{n} |")
    for name, _, unmatched in per_engine:
        if unmatched:
            print(f"\nnote: {unmatched} rows of {name}'s hits file match no query in queries.tsv", file=sys.stderr)

    if args.by_kind:
        kinds = [k for k in KINDS if any(kd == k for kd, _ in queries.values())]
        kinds += sorted({kd for kd, _ in queries.values()} - set(kinds))
        print("\nnDCG@10 by kind (zero-hit queries in brackets)\n")
        print("| kind | n | " + " | ".join(name for name, _, _ in per_engine) + " |")
        print("|---|---:|" + "---:|" * len(per_engine))
        for k in kinds:
            ids = [qid for qid, (kd, _) in queries.items() if kd == k]
            cells = []
            for _, rows, _ in per_engine:
                nd = sum(rows[q][0] for q in ids) / len(ids)
                zero = sum(1 for q in ids if rows[q][4])
                cells.append(f"{nd:.3f} ({zero})")
            print(f"| {k} | {len(ids)} | " + " | ".join(cells) + " |")

    if args.per_query:
        print("\nper-query nDCG@10 (`0h` = zero hits)\n")
        print("| id | kind | query | " + " | ".join(name for name, _, _ in per_engine) + " |")
        print("|---|---|---|" + "---:|" * len(per_engine))
        for qid, (kind, query) in queries.items():
            cells = []
            for _, rows, _ in per_engine:
                r = rows[qid]
                cells.append("0h" if r[4] and r[0] == 0 else f"{r[0]:.2f}")
            print(f"| {qid} | {kind} | {query} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
