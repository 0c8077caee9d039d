#!/usr/bin/env python3
"""Builds the demo corpus (corpus/) from ../shared/corpus, reproducibly.

    python3 tools/demo-corpus/select.py [--shared ../shared] [--out corpus]

Stratified by type with a fixed seed: each demo folder draws a fixed number of documents from its source folders
(random.Random(SEED).sample over the sorted candidates, files over MAX_BYTES left out so a few giant documents do not
dominate), plus the must-have documents: every edition of 中国共产党纪律处分条例 and the other party regulations, and
whole lineages of laws with several editions. Writes corpus/<folder>/<original file name> (bytes unchanged; a name
taken twice gets a numbered suffix) and corpus/SOURCES.md (each file's source repository, commit, path and licence,
from ../shared/corpus-manifest.tsv). Running it twice gives the same corpus.
"""
import argparse
import os
import random
import re
import shutil
from collections import defaultdict

SEED = 20261206
MAX_BYTES = 120_000

# demo folder -> (what it holds, [(shared folder prefix, manifest kind or None)], sample size; None = all)
STRATA = [
    ("speeches", "讲话（《毛泽东选集》中的讲话、讲演）", [("speeches/maoxuan/", "speech")], 40),
    ("reports", "报告（《毛泽东选集》中的报告）", [("speeches/maoxuan/", "report")], None),
    ("articles", "文章（《毛泽东选集》）", [("speeches/maoxuan/", "article")], 15),
    ("regulations", "党内法规（全部版本）", [("regulations/ccdi-kb/党内法律法规/", None)], None),
    ("regulations", "中央八项规定及配套规定", [("regulations/ccdi-kb/八项规定/", None)], 15),
    ("laws", "法律、行政法规、司法解释",
     [("regulations/ccdi-kb/国家法律法规/", None), ("regulations/lawrefbook/宪法相关法/", None),
      ("regulations/lawrefbook/刑法/", None), ("regulations/lawrefbook/行政法/", None),
      ("regulations/lawrefbook/行政法规/", None), ("regulations/lawrefbook/司法解释/", None),
      ("regulations/lawrefbook/经济法/", None), ("regulations/lawrefbook/社会法/", None)], 55),
    ("ccdi-articles", "中央纪委国家监委网站文章：业务探讨、业务讲堂、巡视巡察、职务犯罪",
     [("regulations/ccdi-kb/业务探讨/", None), ("regulations/ccdi-kb/业务讲堂/", None),
      ("regulations/ccdi-kb/巡视巡察/", None), ("regulations/ccdi-kb/职务犯罪/", None)], 70),
    ("qa", "中央纪委国家监委网站“你问我答”", [("regulations/ccdi-kb/你问我答/", None)], 55),
    ("cases", "案例：中纪委案例、国家监委中央纪委联合指导性案例",
     [("regulations/ccdi-kb/中纪委案例/", None), ("regulations/ccdi-kb/国家监委中央纪委联合指导性案例/", None)], 12),
    ("news", "《新闻联播》文字稿", [("articles/xinwenlianbo/", None)], 24),
]

# Laws with several dated editions (LawRefBook names them 监察法(2018-03-20).md, 监察法(2024-12-25).md): these
# lineages are taken whole, so 新旧对照 and 时效性 have something to show.
EDITION_FAMILIES = ["监察法", "保守国家秘密法", "会计法", "反洗钱法", "各级人民代表大会常务委员会监督法", "立法法", "突发事件应对法"]
EDITION_SOURCES = ("regulations/lawrefbook/宪法相关法/", "regulations/lawrefbook/行政法/",
                   "regulations/lawrefbook/经济法/", "regulations/lawrefbook/社会法/", "regulations/lawrefbook/刑法/")
DATED = re.compile(r"\(\d{4}-\d{2}-\d{2}\)(?=\.md$)")

LICENCES = {
    "LawRefBook/Laws": "官方法律法规文本（著作权法第五条：不适用著作权保护）；仓库未声明许可证",
    "xtjeyvc/xtjeyvc.github.com": "MIT（仓库 LICENSE.md）；内容转自中央纪委国家监委网站等官方发布",
    "king-jingxiang/MaoXuan-Annotated": "MIT（仓库 LICENSE）；仅原文，不含 AI 解读",
    "DuckBurnIncense/xin-wen-lian-bo": "MIT（仓库 LICENSE）",
}


def read_manifest(shared):
    rows = []
    with open(os.path.join(shared, "corpus-manifest.tsv"), encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            rows.append(dict(zip(header, line.rstrip("\n").split("\t"))))
    return rows


def choose(rows):
    rng = random.Random(SEED)
    chosen = []  # (demo folder, manifest row)
    taken = set()

    def take(folder, row):
        if row["path"] not in taken:
            taken.add(row["path"])
            chosen.append((folder, row))

    for row in rows:
        name = os.path.basename(row["path"])
        if row["path"].startswith(EDITION_SOURCES) and DATED.sub("", name)[:-3] in EDITION_FAMILIES:
            take("laws", row)
    for folder, _, sources, size in STRATA:
        pool = sorted((r for r in rows
                       if any(r["path"].startswith(p) and (k is None or r["kind"] == k) for p, k in sources)
                       and r["path"] not in taken),
                      key=lambda r: r["path"])
        if size is None:
            for r in pool: take(folder, r)   # whole folder, large files included (all editions of a regulation)
            continue
        pool = [r for r in pool if 200 <= int(r["bytes"]) <= MAX_BYTES]
        for r in rng.sample(pool, min(size, len(pool))):
            take(folder, r)
    return chosen


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.abspath(os.path.join(here, "..", ".."))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=os.path.join(repo, "..", "shared"))
    parser.add_argument("--out", default=os.path.join(repo, "corpus"))
    args = parser.parse_args()

    rows = read_manifest(args.shared)
    chosen = choose(rows)
    if os.path.isdir(args.out):
        shutil.rmtree(args.out)
    names = set()
    placed = []
    for folder, row in sorted(chosen, key=lambda c: (c[0], c[1]["path"])):
        base, ext = os.path.splitext(os.path.basename(row["path"]))
        rel, n = f"{folder}/{base}{ext}", 2
        while rel in names:
            rel, n = f"{folder}/{base}_{n}{ext}", n + 1
        names.add(rel)
        dest = os.path.join(args.out, rel)
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        shutil.copyfile(os.path.join(args.shared, "corpus", row["path"]), dest)
        placed.append((rel, row))
    write_sources(args.out, placed)
    total = sum(int(r["bytes"]) for _, r in placed)
    by_folder = defaultdict(lambda: [0, 0])
    for rel, r in placed:
        by_folder[rel.split("/")[0]][0] += 1
        by_folder[rel.split("/")[0]][1] += int(r["bytes"])
    for folder, (count, size) in sorted(by_folder.items()):
        print(f"{folder:15} {count:4} files {size / 1e6:5.2f} MB")
    print(f"{'total':15} {len(placed):4} files {total / 1e6:5.2f} MB")


def write_sources(out, placed):
    by_folder = defaultdict(list)
    for rel, row in placed:
        by_folder[rel.split("/")[0]].append((rel, row))
    total = sum(int(r["bytes"]) for _, r in placed)
    repos = sorted({(r["source_repo"], r["commit"]) for _, r in placed})
    lines = [
        "# 演示语料来源 (demo corpus sources)",
        "",
        f"{len(placed)} 篇真实公开文档，{total / 1e6:.1f} MB，由 `tools/demo-corpus/select.py` 从 `../shared/corpus`"
        f"（见其 CORPUS.md）按类型分层抽取（固定随机种子 {SEED}），另加必选文档：《中国共产党纪律处分条例》1997/2003/2015/2018/2023"
        "全部版本及其他党内法规、有多个版本的法律（监察法 2018/2024 等）。文件内容逐字节未改动；重跑脚本得到同一语料。",
        "",
        "## 来源仓库与许可证",
        "",
        "| 仓库 @ 提交 | 许可证 |",
        "|---|---|",
    ]
    lines += [f"| `{repo}` @ `{commit}` | {LICENCES[repo]} |" for repo, commit in repos]
    lines += ["", "## 各类文档", ""]
    lines += ["| 目录 | 篇数 | MB |", "|---|---:|---:|"]
    for folder, items in sorted(by_folder.items()):
        lines.append(f"| `{folder}/` | {len(items)} | {sum(int(r['bytes']) for _, r in items) / 1e6:.2f} |")
    for folder, items in sorted(by_folder.items()):
        lines += ["", f"## `{folder}/`", "", "| 文件 | 来源仓库 | 原路径 | 许可证 |", "|---|---|---|---|"]
        for rel, row in items:
            lines.append(f"| {rel.split('/', 1)[1]} | {row['source_repo']} | {row['source_path']} | "
                         f"{LICENCES[row['source_repo']].split('（')[0]} |")
    with open(os.path.join(out, "SOURCES.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
