#!/usr/bin/env python3
"""Scores a check-reuse --json run against truth.tsv: precision and recall of flagged sentences, whether the true
source document is among the sources, and the best similarity per label (to choose the threshold: run the check
with --threshold 0.5 and look where new and edited sentences fall)."""
import json, sys, collections
run = json.load(open(sys.argv[1], encoding='utf-8'))
truth = [l.rstrip('\n').split('\t') for l in open(sys.argv[2] if len(sys.argv) > 2 else 'truth.tsv', encoding='utf-8')]
threshold = float(sys.argv[3]) if len(sys.argv) > 3 else 0.0
segs = {(s['start'], s['end']): s for s in run['report']['segments']}
best = collections.defaultdict(list)
tp = fp = fn = right_source = 0
for start, end, label, doc in truth:
    s = segs.get((int(start), int(end)))
    sims = [x['similarity'] for x in s['sources']] if s else []
    best[label].append(max(sims) if sims else 0.0)
    flagged = bool(sims) and max(sims) >= threshold
    if flagged and label != 'new':
        tp += 1
        right_source += any(x['id'] == doc for x in s['sources'])
    elif flagged: fp += 1; print('FP', max(sims), start, end, s['text'], s['sources'][0]['id'])
    elif label != 'new': fn += 1; print('FN', label, start, end, doc)
print(f"precision {tp}/{tp+fp} = {tp/max(1,tp+fp):.3f}; recall {tp}/{tp+fn} = {tp/max(1,tp+fn):.3f}; true source listed {right_source}/{tp}")
for label, sims in sorted(best.items()):
    sims.sort()
    print(f"{label:7} n={len(sims)} min {sims[0]:.2f} median {sims[len(sims)//2]:.2f} max {sims[-1]:.2f}")
print(f"{run['characters']} characters, median {run['median_ms']:.0f} ms, max {run['max_ms']:.0f} ms, reused_share {run['report']['reused_share']}")
