#!/usr/bin/env python3
"""Cross-validated NER of the whole pipeline on factRuEval-2016 (what unseen Russian news gets).

The built-in Russian tagger is trained on the same file that `score.py ner` scores, so running
the pipeline on it measures training data. This script splits the documents into K folds (by
document, seeded), trains a tagger on K-1 folds with the train_tagger example, runs the extract
example with that model (`--tagger`) on the held-out fold, and scores all held-out predictions
together with ../shared/eval/score.py.

    python3 scripts/cv_pipeline.py [--data ../shared/data/factrueval2016.dev.jsonl] [--folds 5]
"""
import argparse, json, os, random, subprocess, sys, tempfile

def main():
    ap = argparse.ArgumentParser()
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    ap.add_argument("--data", default=os.path.join(root, "..", "shared", "data", "factrueval2016.dev.jsonl"))
    ap.add_argument("--scorer", default=os.path.join(root, "..", "shared", "eval", "score.py"))
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--keep", help="also write the held-out predictions here")
    ap.add_argument("--keep-tagger", help="also write the held-out predictions of the tagger alone here")
    a = ap.parse_args()
    docs = [l for l in open(a.data, encoding="utf-8") if l.strip()]
    order = list(range(len(docs)))
    random.Random(a.seed).shuffle(order)
    subprocess.run(["cargo", "build", "--release", "--quiet", "--example", "train_tagger", "--example", "extract"], cwd=root, check=True)
    target = os.environ.get("CARGO_TARGET_DIR") or os.path.join(root, "target")
    train_bin = os.path.join(target, "release", "examples", "train_tagger")
    extract_bin = os.path.join(target, "release", "examples", "extract")
    with tempfile.TemporaryDirectory() as tmp:
        preds = os.path.join(tmp, "pred.jsonl")
        tagger_preds = []
        with open(preds, "w", encoding="utf-8") as out:
            for k in range(a.folds):
                held = set(order[k::a.folds])
                train, test = (os.path.join(tmp, f"{n}{k}.jsonl") for n in ("train", "test"))
                with open(train, "w", encoding="utf-8") as t, open(test, "w", encoding="utf-8") as h:
                    for i, d in enumerate(docs):
                        (h if i in held else t).write(d)
                model = os.path.join(tmp, f"model{k}.bin")
                subprocess.run([train_bin, train, "--out", model], check=True, stdout=subprocess.DEVNULL)
                res = subprocess.run([extract_bin, "--quiet", "--tagger", model, test], check=False, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
                out.write(res.stdout.decode("utf-8"))
                if a.keep_tagger:
                    tp = os.path.join(tmp, f"tagger{k}.jsonl")
                    subprocess.run([train_bin, test, "--model", model, "--predict", tp], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                    tagger_preds.append(tp)
                print(f"fold {k + 1}/{a.folds} done", file=sys.stderr)
        if a.keep:
            with open(preds, encoding="utf-8") as src, open(a.keep, "w", encoding="utf-8") as dst:
                dst.write(src.read())
        if a.keep_tagger:
            with open(a.keep_tagger, "w", encoding="utf-8") as dst:
                for tp in tagger_preds:
                    with open(tp, encoding="utf-8") as src:
                        dst.write(src.read())
        subprocess.run([sys.executable, a.scorer, "ner", preds, a.data], check=True)

if __name__ == "__main__":
    main()
