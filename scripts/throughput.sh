#!/usr/bin/env bash
# Wall-clock throughput of the corpus run: one core against two threads, in alternating runs.
#
# This machine's speed swings from minute to minute, so single runs do not compare: the two
# configurations are run in turn, ROUNDS times each, and the medians are reported. One core
# is `taskset -c 0 … --threads 1` (reading and writing included, on the same core); two
# threads is `--threads 2` on the whole machine. Start-up (the built-in lexicon and tables)
# is part of every run, as it is of a user's.
#
# Usage: scripts/throughput.sh [CORPUS.jsonl] [ROUNDS]
#   (default: the 20 MB corpus of scripts/make_bench_corpus.py, built once under target/,
#   and 5 rounds)
# Needs taskset (util-linux).
set -euo pipefail
cd "$(dirname "$0")/.."
target=${CARGO_TARGET_DIR:-target}
work="$target/ipb"
mkdir -p "$work"
corpus=${1:-$work/bench20.jsonl}
rounds=${2:-5}
if [ ! -s "$corpus" ]; then
    python3 scripts/make_bench_corpus.py --mb 20 --out "$corpus"
fi
cargo build --release --example corpus
bin="$target/release/examples/corpus"
bytes=$(stat -c %s "$corpus")

seconds() { # runs the command, prints its wall-clock seconds
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    echo "$(( (end - start) / 1000000 ))" | awk '{printf "%.3f", $1 / 1000}'
}

one=() two=()
for r in $(seq "$rounds"); do
    one+=("$(seconds taskset -c 0 "$bin" --threads 1 -q "$corpus" /dev/null)")
    two+=("$(seconds "$bin" --threads 2 -q "$corpus" /dev/null)")
    echo "round $r: one core ${one[-1]} s, two threads ${two[-1]} s"
done

median() { printf '%s\n' "$@" | sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
m1=$(median "${one[@]}")
m2=$(median "${two[@]}")
awk -v b="$bytes" -v m1="$m1" -v m2="$m2" 'BEGIN {
    printf "median: one core %.3f s (%.1f MB/s), two threads %.3f s (%.1f MB/s), %.2f times one core\n",
        m1, b / m1 / 1e6, m2, b / m2 / 1e6, m1 / m2
}'
