#!/usr/bin/env python3
"""Build tests/data/en_ner_dev.jsonl from its marked-up source tests/data/en_ner_dev.src.txt.

The source has one article per block, introduced by a line `=== ID`; lines starting with `#`
before the first block are comments. Mentions are written `{P name}`, `{O name}` or `{L name}`
(PER, ORG, LOC). The output is the JSON Lines gold that `score.py ner` reads:
`{"id", "lang": "en", "text", "entities": [{"type", "text", "start", "end"}]}` with character
offsets. Ids whose last digit is odd form the held-out half (see tests/ner_dev.rs).

Usage: python3 scripts/make_en_ner_dev.py   (stdlib only, from the repository root)
"""
import json
import re
import sys

SRC = "tests/data/en_ner_dev.src.txt"
OUT = "tests/data/en_ner_dev.jsonl"
TYPES = {"P": "PER", "O": "ORG", "L": "LOC"}
MARK = re.compile(r"\{([POL]) ([^{}]+)\}")


def convert(doc_id, body):
    text, ents, pos = [], [], 0
    out_len = 0
    for m in MARK.finditer(body):
        text.append(body[pos:m.start()])
        out_len += m.start() - pos
        name = m.group(2)
        ents.append({"type": TYPES[m.group(1)], "text": name,
                     "start": out_len, "end": out_len + len(name)})
        text.append(name)
        out_len += len(name)
        pos = m.end()
    text.append(body[pos:])
    text = "".join(text)
    if "{" in text or "}" in text:
        sys.exit(f"{doc_id}: unbalanced mark-up")
    for e in ents:
        assert text[e["start"]:e["end"]] == e["text"]
    return {"id": doc_id, "lang": "en", "text": text, "entities": ents}


def main():
    docs, cur, body = [], None, []
    for line in open(SRC, encoding="utf-8"):
        if line.startswith("=== "):
            if cur:
                docs.append(convert(cur, "".join(body).strip() + "\n"))
            cur, body = line[4:].strip(), []
        elif cur:
            body.append(line)
    if cur:
        docs.append(convert(cur, "".join(body).strip() + "\n"))
    with open(OUT, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    n = sum(len(d["entities"]) for d in docs)
    print(f"{OUT}: {len(docs)} articles, {n} mentions")


if __name__ == "__main__":
    main()
