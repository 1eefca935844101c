#!/usr/bin/env bash
# Retrains the built-in Russian tagger model, src/data/tagger/ru.bin.
#
#   scripts/train_tagger.sh [DATA.jsonl] [extra train_tagger options...]
#
# DATA defaults to ../shared/data/factrueval2016.dev.jsonl (factRuEval-2016 dev set, MIT),
# relative to the repository root. The script first prints 5-fold cross-validation scores
# (the numbers that matter for unseen news), then trains on all documents, writes the model
# and benchmarks it. Training is deterministic for a given seed.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
data="${1:-../shared/data/factrueval2016.dev.jsonl}"
shift || true
if [ ! -f "$data" ]; then
    echo "train_tagger.sh: no training data at $data" >&2
    exit 1
fi
cargo build --release --example train_tagger
bin="${CARGO_TARGET_DIR:-$root/target}/release/examples/train_tagger"
run() { "$bin" "$data" "$@"; }
run --cv 5 "$@"
run --out src/data/tagger/ru.bin "$@"
run --model src/data/tagger/ru.bin --bench 20 "$@"
