#!/usr/bin/env python3
"""Builds a corpus of FACTOR times the source corpus for the scale benchmark.

Copy 0 is the source as is; copies 1..k-1 live in copyN/ folders and each file is perturbed (a few CJK characters
deleted, chosen by a seeded generator), so no two documents are byte-identical and the index cannot share anything
between copies, while the text keeps the source's vocabulary and structure. A fractional factor (0.25) takes a
seeded sample of the files instead.

    make_corpus.py SRC DEST FACTOR [SEED]
"""
import os, random, shutil, sys, hashlib

def files(src):
    for root, dirs, names in os.walk(src):
        dirs[:] = sorted(d for d in dirs if not d.startswith('.'))
        for n in sorted(names):
            if not n.startswith('.'):
                yield os.path.relpath(os.path.join(root, n), src)

def perturb(text, rng):
    lines = text.split('\n')
    # Leave the first lines (title, front matter) alone so metadata reads the same; edit a few body lines.
    body = [i for i, l in enumerate(lines) if i > 8 and any('\u4e00' <= c <= '\u9fff' for c in l)]
    if not body:
        return text + '\n'
    for i in rng.sample(body, max(1, len(body) // 30)):
        l = lines[i]
        cjk = [j for j, c in enumerate(l) if '\u4e00' <= c <= '\u9fff']
        j = rng.choice(cjk)
        lines[i] = l[:j] + l[j + 1:]
    return '\n'.join(lines)

def main():
    src, dest, factor = sys.argv[1], sys.argv[2], float(sys.argv[3])
    seed = int(sys.argv[4]) if len(sys.argv) > 4 else 20261206
    all_files = list(files(src))
    if os.path.exists(dest):
        shutil.rmtree(dest)
    whole, part = int(factor), factor - int(factor)
    plan = [(0, f) for f in all_files] if whole >= 1 else []
    for copy in range(1, whole):
        plan += [(copy, f) for f in all_files]
    if part > 0:
        rng = random.Random(seed)
        plan += [(whole, f) for f in rng.sample(all_files, round(part * len(all_files)))]
    for copy, rel in plan:
        out = os.path.join(dest, rel if copy == 0 else os.path.join(f'copy{copy}', rel))
        os.makedirs(os.path.dirname(out), exist_ok=True)
        path = os.path.join(src, rel)
        if copy == 0 or not rel.endswith(('.md', '.txt', '.html', '.htm')):
            shutil.copyfile(path, out)
            continue
        with open(path, encoding='utf-8', errors='surrogateescape') as f:
            text = f.read()
        rng = random.Random(int(hashlib.sha256(f'{seed}|{copy}|{rel}'.encode()).hexdigest()[:12], 16))
        with open(out, 'w', encoding='utf-8', errors='surrogateescape') as f:
            f.write(perturb(text, rng))
    print(f'{len(plan)} files')

if __name__ == '__main__':
    main()
