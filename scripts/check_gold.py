#!/usr/bin/env python3
"""Checks hand-written gold files (seed format) against their texts, before any scoring.

  check_gold.py DIR          DIR holds NNN.txt and gold/NNN.json (as tests/data/heldout/)

Checks: every string occurs verbatim in the text; boilerplate and title are whole lines;
each mention surface is annotated as often as it occurs bounded, counted longest first,
outside boilerplate lines; each entity's mentions are in document order and entities are
listed by their first mention; statements are ordered by where their content starts and an
indirect content has no final period. Prints one line per problem; exit status 1 if any.
Only the Python standard library is used.
"""
import json
import os
import sys
from collections import Counter


def bounded(text, s):
    out, i = [], text.find(s)
    while i >= 0:
        a = text[i - 1] if i > 0 else " "
        b = text[i + len(s)] if i + len(s) < len(text) else " "
        if not (a.isalnum() or a == "_") and not (b.isalnum() or b == "_"):
            out.append(i)
        i = text.find(s, i + 1)
    return out


def check(path_txt, g, err):
    raw = open(path_txt, encoding="utf-8").read()
    lines = raw.split("\n")
    bp = set(g["boilerplate"])
    for b in bp:
        if b not in lines:
            err(f"boilerplate is not a whole line: {b!r}")
    if g["title"] is not None and g["title"] not in lines:
        err("title is not a whole line")
    text = "\n".join(l for l in lines if l not in bp)
    surf = Counter(m for e in g["entities"] for m in e["mentions"])
    taken = [False] * len(text)
    occ = {}
    for s in sorted(surf, key=len, reverse=True):
        pos = [i for i in bounded(text, s) if not any(taken[i:i + len(s)])]
        for i in pos:
            for k in range(i, i + len(s)):
                taken[k] = True
        occ[s] = pos
        if len(pos) != surf[s]:
            err(f"mention {s!r}: {len(pos)} bounded occurrences, {surf[s]} annotated")
    nxt, firsts = Counter(), []
    for e in g["entities"]:
        ps = []
        for m in e["mentions"]:
            l = occ.get(m, [])
            ps.append(l[nxt[m]] if nxt[m] < len(l) else 10**9)
            nxt[m] += 1
        if ps != sorted(ps):
            err(f"{e['canonical']}: mentions not in document order")
        firsts.append(ps[0] if ps else 10**9)
    if firsts != sorted(firsts):
        err("entities are not listed by first mention")
    last = -1
    for s in g["statements"]:
        for x in (s["speaker_text"], s["cue"], s["content"]):
            if x is not None and x not in text:
                err(f"statement string not in the text: {x!r}")
        p = text.find(s["content"])
        if p < last:
            err(f"statement out of order: {s['content'][:40]!r}")
        last = max(last, p)
        if s["kind"] == "indirect" and s["content"].endswith("."):
            err(f"indirect content ends with a period: {s['content'][:40]!r}")
    for d in g["dates"]:
        if not bounded(text, d["text"]):
            err(f"date text {d['text']!r} not in the text")
    for q in g["quantities"]:
        if q["text"] not in text:
            err(f"quantity text {q['text']!r} not in the text")
    for x in (g.get("dateline") or {}).values():
        if x is not None and x not in text:
            err(f"dateline part {x!r} not in the text")


def main(d):
    problems = 0
    for fn in sorted(os.listdir(os.path.join(d, "gold"))):
        if not fn.endswith(".json"):
            continue
        g = json.load(open(os.path.join(d, "gold", fn), encoding="utf-8"))

        def err(msg, fn=fn):
            nonlocal problems
            problems += 1
            print(f"{fn}: {msg}")

        check(os.path.join(d, g["file"]), g, err)
    print(f"{problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1]))
