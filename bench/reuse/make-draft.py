#!/usr/bin/env python3
"""Assembles the reuse benchmark draft: real sentences of shared-corpus documents (verbatim, or lightly edited:
two characters dropped and a comma changed to 、) interleaved with new sentences (new-sentences.txt, written for
this benchmark), about 5,000 characters in paragraphs of five sentences. Writes draft-5000.txt and truth.tsv
(start, end, label, source id). Deterministic (fixed seed).
`make-draft.py hard` writes draft-hard.txt/truth-hard.tsv instead: each edited sentence also has two characters
replaced by others (four edits in all), to see where heavier rewording falls against the threshold."""
import random, re, os, sys
hard = sys.argv[1:] == ['hard']
suffix = '-hard' if hard else '-5000'
root = os.path.join(os.path.dirname(__file__), '..', '..', '..', 'shared', 'corpus')
rng = random.Random(14)
docs = sorted(os.path.relpath(os.path.join(d, f), root) for d, _, fs in os.walk(root) for f in fs if f.endswith(('.md', '.txt')))
docs = [d for d in docs if d.startswith(('speeches/', 'articles/'))]
rng.shuffle(docs)
reused = []
for doc in docs:
    text = open(os.path.join(root, doc), encoding='utf-8', errors='ignore').read()
    sentences = [s for line in text.splitlines() for s in re.findall(r'[^。！？；\n]+[。！？]', line)]
    good = [s.strip() for s in sentences if 18 <= len(re.findall(r'[\u4e00-\u9fff]', s)) <= 60 and not re.search(r'[#|*\[\]<>“”]', s)]
    if len(good) < 12: continue
    for s in rng.sample(good, 10): reused.append((doc, s))
    if len(reused) >= 100: break
new = [l.strip() for l in open(os.path.join(os.path.dirname(__file__), 'new-sentences.txt'), encoding='utf-8') if l.strip()]

def edit(s):
    chars = list(s)
    idx = [i for i, c in enumerate(chars[:-1]) if '\u4e00' <= c <= '\u9fff']
    for i in sorted(rng.sample(idx, 2), reverse=True): del chars[i]
    if hard:
        idx = [i for i, c in enumerate(chars[:-1]) if '\u4e00' <= c <= '\u9fff']
        for i in rng.sample(idx, 2): chars[i] = rng.choice('甲乙丙丁戊己庚辛壬癸')
    s = ''.join(chars)
    return s.replace('，', '、', 1)

items = [(s if i % 2 == 0 else edit(s), 'reused' if i % 2 == 0 else 'edited', doc) for i, (doc, s) in enumerate(reused)]
items += [(s, 'new', '') for s in new]
rng.shuffle(items)
draft, truth, line = '', [], 0
for k, (s, label, doc) in enumerate(items):
    if len(draft) >= 5000: break
    start = len(draft)
    draft += s
    truth.append((start, len(draft), label, doc))
    if k % 5 == 4: draft += '\n'
open(os.path.join(os.path.dirname(__file__), 'draft' + suffix + '.txt'), 'w', encoding='utf-8').write(draft)
with open(os.path.join(os.path.dirname(__file__), 'truth.tsv' if not hard else 'truth-hard.tsv'), 'w', encoding='utf-8') as f:
    for t in truth: f.write('\t'.join(map(str, t)) + '\n')
print(len(draft), 'characters;', sum(1 for t in truth if t[2] != 'new'), 'reused/edited,', sum(1 for t in truth if t[2] == 'new'), 'new')
