#!/usr/bin/env bash
# Steady-state cost of the corpus run in instructions per input byte, the measure that
# compares builds on a machine whose wall-clock speed swings from minute to minute.
#
# It runs `examples/corpus` (one thread) under callgrind on the first 1.5 MB and the first
# 3 MB of the mixed benchmark corpus and divides the difference by the bytes in between, so
# that start-up (the built-in lexicon and tables) and cold caches are left out.
#
# Usage: scripts/instructions_per_byte.sh [CORPUS.jsonl]
#   (default: a 20 MB corpus from scripts/make_bench_corpus.py, built once under target/)
# Needs valgrind.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "valgrind is not installed" >&2; exit 1; }
target=${CARGO_TARGET_DIR:-target}
work="$target/ipb"
mkdir -p "$work"
corpus=${1:-$work/bench20.jsonl}
if [ ! -s "$corpus" ]; then
    python3 scripts/make_bench_corpus.py --mb 20 --out "$corpus"
fi
cargo build --release --example corpus
bin="$target/release/examples/corpus"

# whole records: the first lines that fit in 1.5 MB and in 3 MB
python3 - "$corpus" "$work" <<'EOF'
import sys
src, work = sys.argv[1], sys.argv[2]
for name, limit in (("small", 1_500_000), ("large", 3_000_000)):
    size = 0
    with open(src, "rb") as f, open(f"{work}/{name}.jsonl", "wb") as out:
        for line in f:
            if size + len(line) > limit:
                break
            out.write(line)
            size += len(line)
EOF

irefs() {
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bin" --threads 1 -q "$1" /dev/null 2>&1 |
        awk '/refs:/ {gsub(",", "", $NF); print $NF}'
}
irefs "$work/small.jsonl" > "$work/small.ir" &
irefs "$work/large.jsonl" > "$work/large.ir"
wait
small=$(cat "$work/small.ir")
large=$(cat "$work/large.ir")
bytes=$(( $(stat -c %s "$work/large.jsonl") - $(stat -c %s "$work/small.jsonl") ))
echo "instructions: first part $small, both parts $large"
echo "steady state: $(( (large - small) / bytes )) instructions per byte"
