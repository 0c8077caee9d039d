#!/usr/bin/env python3
"""Draws the judged samples of bench/citations/README.md from the dump of an index:

    dotnet bench/SearchPortal.Bench/bin/Release/net10.0/SearchPortal.Bench.dll citations INDEX_DIR /tmp/citations.tsv
    python3 bench/citations/sample.py /tmp/citations.tsv SEED

writes precision-latest.tsv (the 100 linked citations whose SHA-256 of "seed|citing|ordinal|start" sorts first),
discipline-latest.tsv (the same for the 40 linked citations of 中国共产党纪律处分条例, where the edition matters most)
and recall-latest.tsv (the 100 occurrences of 第X条 inside a paragraph, by the same hash order). Hash order, not a
shuffle: a rule change that adds or removes a few citations leaves the rest of the sample where it was.
"""
import csv, hashlib, os, sys

dump, seed = sys.argv[1], sys.argv[2]
here = os.path.dirname(os.path.abspath(__file__))
csv.field_size_limit(1 << 24)


def read(path):
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def order(rows, key):
    return sorted(rows, key=lambda r: hashlib.sha256(f"{seed}|{key(r)}".encode()).hexdigest())


def write(name, rows, fields):
    with open(os.path.join(here, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\")
        w.writerow(["judgement"] + fields)
        for r in rows:
            w.writerow([""] + [r[k] for k in fields])


found = read(dump)
linked = [r for r in found if r["target"]]
fields = ["citing", "date", "ordinal", "start", "text", "regulation", "article", "year", "tense", "target", "target_paragraph", "context", "target_text"]
key = lambda r: f"{r['citing']}|{r['ordinal']}|{r['start']}"
write("precision-latest.tsv", order(linked, key)[:100], fields)
write("discipline-latest.tsv", order([r for r in linked if r["regulation"] == "中国共产党纪律处分条例"], key)[:40], fields)
candidates = read(dump + ".candidates.tsv")
write("recall-latest.tsv", order(candidates, lambda r: f"{r['citing']}|{r['ordinal']}|{r['offset']}")[:100],
      ["citing", "date", "ordinal", "offset", "number", "linked_text", "target", "target_paragraph", "context", "target_text"])
print(f"{len(found)} citations found, {len(linked)} linked; {len(candidates)} occurrences of 第X条 inside paragraphs")
