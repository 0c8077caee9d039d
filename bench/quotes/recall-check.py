#!/usr/bin/env python3
"""Recall on bench/quotes/recall-sample.tsv: a real quotation counts as found when the extractor yields a quotation
in the same document whose normalised text equals it, or contains or is contained in it (>= 8 characters).
Input: the extractor's full output written by the QuotePrecisionSample test ($TMPDIR/sp-quotes-all.tsv).
Usage: python3 bench/quotes/recall-check.py [all.tsv]   (prints found/total and every miss or change)."""
import csv, os, re, sys, tempfile

def norm(s):
    return re.sub(r"[^\w]", "", s)

here = os.path.dirname(os.path.abspath(__file__))
all_path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(tempfile.gettempdir(), "sp-quotes-all.tsv")
by_doc = {}
with open(all_path, encoding="utf-8") as f:
    for line in f:
        cols = line.rstrip("\n").split("\t")
        if len(cols) >= 5:
            by_doc.setdefault(cols[3], []).append((norm(cols[0]), cols[1], cols[2]))
found = total = 0
with open(os.path.join(here, "recall-sample.tsv"), encoding="utf-8") as f:
    for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
        total += 1
        t = norm(row["text"])
        hit = next((q for q in by_doc.get(row["source"], [])
                    if q[0] == t or (min(len(q[0]), len(t)) >= 8 and (t in q[0] or q[0] in t))), None)
        was = row["extracted"] == "y"
        if hit:
            found += 1
        if bool(hit) != was or (hit and (hit[1], hit[2]) != (row["who"], row["kind"])):
            print(f"{row['id']}\twas={row['extracted']} {row['who']}|{row['kind']}\tnow={'y' if hit else 'n'} "
                  f"{hit[1] + '|' + hit[2] if hit else ''}\t{row['text'][:40]}")
print(f"recall {found}/{total}")
