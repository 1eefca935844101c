#!/usr/bin/env bash
# Retrains the built-in Russian tagger model, src/data/tagger/ru.bin.
#
#   scripts/train_tagger.sh [DATA.jsonl] [extra train_tagger options...]
#
# DATA defaults to ../shared/data/factrueval2016.dev.jsonl beside the repository (the
# factRuEval-2016 development set, MIT licensed). The script prints 5-fold cross-validation
# scores (the numbers that matter for unseen news), trains on all documents, writes the
# model and benchmarks it. Training is deterministic for a given seed; options such as
# `--epochs 30 --bits 16 --seed 1` override the defaults of `TrainOptions`.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ $# -gt 0 ] && [ "${1#--}" = "$1" ]; then
    data="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
    shift
else
    data="$root/../shared/data/factrueval2016.dev.jsonl"
fi
if [ ! -f "$data" ]; then
    echo "train_tagger.sh: no training data at $data" >&2
    exit 1
fi
cd "$root"
cargo build --release --example train_tagger
bin="${CARGO_TARGET_DIR:-$root/target}/release/examples/train_tagger"
run() { "$bin" "$data" "$@"; }
run --cv 5 "$@"
run --out src/data/tagger/ru.bin "$@"
run --model src/data/tagger/ru.bin --bench 20
