#!/usr/bin/env bash
# Spark check: the corpus binary run through Apache Spark (RDD.pipe, local mode, 4+ partitions)
# must give the same bytes as one single-process run over the same JSON Lines.
#
#   scripts/test_spark.sh
#
# Needs python3, java (17) and cargo. Installs pyspark (PYSPARK_VERSION, default 3.5.9) into a
# venv at SPARK_VENV (default ~/.cache/polynews-spark-venv) the first time; later runs reuse
# it. SPARK_TEST_MB sets the corpus size (default 3), SPARK_TEST_KEEP=1 keeps the work dir.
# Ends with "1 passed, 0 failed", or "0 passed, 1 failed" and exit status 1.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
PYSPARK_VERSION=${PYSPARK_VERSION:-3.5.9}
VENV=${SPARK_VENV:-$HOME/.cache/polynews-spark-venv}
MB=${SPARK_TEST_MB:-3}
START=$SECONDS

fail() {
  echo "test_spark: FAIL: $*" >&2
  echo "0 passed, 1 failed"
  exit 1
}
step() { printf 'test_spark: [%4ds] %s\n' $((SECONDS - START)) "$*"; }

command -v java >/dev/null || fail "java is not on PATH (Spark 3.5 needs Java 8, 11 or 17)"
command -v cargo >/dev/null || fail "cargo is not on PATH"

step "building the corpus binary"
cargo build --release --example corpus || fail "cargo build failed"
TARGET=$(cargo metadata --format-version 1 --no-deps |
  python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')
BIN=$TARGET/release/examples/corpus
[[ -x $BIN ]] || fail "no binary at $BIN"

if "$VENV/bin/python" -c "import sys, pyspark; sys.exit(pyspark.__version__ != '$PYSPARK_VERSION')" 2>/dev/null; then
  step "pyspark $PYSPARK_VERSION already in $VENV"
else
  step "installing pyspark $PYSPARK_VERSION into $VENV"
  python3 -m venv "$VENV" || fail "cannot create a venv at $VENV (python3 -m venv)"
  if ! "$VENV/bin/pip" install --quiet --disable-pip-version-check "pyspark==$PYSPARK_VERSION"; then
    echo "test_spark: cannot install pyspark==$PYSPARK_VERSION from the package registry" \
      "(offline, or the registry refused?); nothing was tested" >&2
    echo "0 passed, 1 failed"
    exit 1
  fi
fi
PY=$VENV/bin/python

WORK=$(mktemp -d "${TMPDIR:-/tmp}/polynews-spark.XXXXXX")
ok=0
cleanup() {
  if [[ $ok == 1 && ${SPARK_TEST_KEEP:-0} != 1 ]]; then rm -rf "$WORK"; else echo "test_spark: files kept in $WORK" >&2; fi
}
trap cleanup EXIT

# Spark from the venv only, on loopback only, its scratch files in the work dir.
unset SPARK_HOME PYSPARK_GATEWAY_PORT PYSPARK_SUBMIT_ARGS
export PYSPARK_PYTHON=$PY SPARK_LOCAL_IP=127.0.0.1
SPARK_OPTS=(--master 'local[2]' --log-level ERROR --conf spark.ui.enabled=false
  --conf "spark.local.dir=$WORK/spark-local")

step "making a ${MB} MB corpus with 3 bad records and one 1 MB article"
python3 scripts/make_bench_corpus.py --mb "$MB" --bad 3 --big-mb 1 --seed 7 --out "$WORK/bench.jsonl"
# Lines that test the order and id bookkeeping: records without a usable id (the binary
# names them line-N after their line number), numeric, duplicate and look-alike ids, blank
# lines, a CR that is JSON whitespace (Hadoop's default reader would split there), a CRLF
# line end, and a last line without a newline.
python3 - "$WORK" <<'EOF'
import json, sys
w = sys.argv[1]
head = [
    "",
    '{"text": "MOSCOW, June 9. /TASS/. Vladimir Putin held talks with Recep Tayyip Erdogan."}',
    '{"id": 42, "text": "Hà Nội (TTXVN) - Thủ tướng đã có cuộc gặp với Tổng thống Pháp."}',
    '{"id": "dup", "text": "Президент России Владимир Путин провел переговоры в Кремле."}',
    '   \t',
    '{"id": "dup", "text": "The Kremlin said in a statement on its website on Monday."}',
    '{"id": null, "text": "LONDON, March 3 (Reuters) - British officials met in Geneva."}',
]
tail = [
    '{"id": "line-7", "text": "An id that looks like a default one, in Ankara."}',
    '{"id": true, "text": "Ilham Aliyev spoke with Nikol Pashinyan by phone."}',
    '{"id": "first", "text": "Talks in Baku ended on Tuesday.", "id": null}',
    '{"\\u0069d": "escaped-key", "text": "Erdogan and Putin met in Sochi."}',
    '{"id":"cr",\r"text":"The OSCE Minsk group met in Vienna."}',
    '{"id": "crlf", "text": "Armenia and Azerbaijan agreed to a truce."}\r',
    '{"id": 1.50, "text": "Лидеры обсудили ситуацию вокруг Нагорного Карабаха."}',
    '[1, 2, 3]',
    '{"id": "empty", "text": ""}',
    '{"id": "идентификатор \\"q\\" \\\\ /", "text": "Ông Putin đã điện đàm với ông Erdogan."}',
    '{"text": "WASHINGTON (AP) — The last line has no newline and no id."}',
]
body = open(f"{w}/bench.jsonl", encoding="utf-8", newline="").read()
with open(f"{w}/corpus.jsonl", "w", encoding="utf-8", newline="") as f:
    f.write("\n".join(head) + "\n" + body + "\n".join(tail))
EOF

step "single-process run"
rc=0
"$BIN" --threads 2 --quiet <"$WORK/corpus.jsonl" >"$WORK/single.jsonl" 2>"$WORK/single.err" || rc=$?
[[ $rc == 1 ]] || { cat "$WORK/single.err" >&2; fail "single-process run exited $rc (expected 1: bad lines)"; }
N=$(wc -l <"$WORK/single.jsonl")
FAILED=$(sed -n 's/^records .* \([0-9]*\) failed$/\1/p' "$WORK/single.err")
[[ $N -gt 100 ]] || fail "only $N articles from the single-process run"
[[ $(grep -c '^{"id":"line-' "$WORK/single.jsonl") -ge 4 ]] || fail "the default-id records are missing"

spark() { # name, args...
  local name=$1 rc=0
  shift
  "$PY" scripts/spark_pipe.py --binary "$BIN" "${SPARK_OPTS[@]}" "$@" >"$WORK/$name.out" 2>"$WORK/$name.err" || rc=$?
  grep '^spark_pipe:' "$WORK/$name.err" | sed 's/^/  /' || true
  return $rc
}

step "Spark, local[2], 4 partitions, input read in 1 MB splits: one part file and a single file"
rc=0
spark run1 --input "$WORK/corpus.jsonl" --output "$WORK/out1" --single-file "$WORK/single-spark.jsonl" \
  --partitions 4 --split-mb 1 || rc=$?
[[ $rc == 1 ]] || { tail -40 "$WORK/run1.err" >&2; fail "spark_pipe exited $rc (expected 1: bad lines)"; }
grep -q "^spark_pipe: .* $FAILED failed" "$WORK/run1.err" || fail "spark_pipe did not count $FAILED failed lines"
[[ ! -e $WORK/out1/part-00001 ]] || fail "more than one part file in $WORK/out1"
cmp "$WORK/single.jsonl" "$WORK/out1/part-00000" || fail "out1/part-00000 differs from the single-process output"
cmp "$WORK/single.jsonl" "$WORK/single-spark.jsonl" || fail "--single-file output differs from the single-process output"

step "Spark, local[2], 5 partitions, --layout parts"
rc=0
spark run2 --input "$WORK/corpus.jsonl" --output "$WORK/out2" --layout parts --partitions 5 || rc=$?
[[ $rc == 1 ]] || { tail -40 "$WORK/run2.err" >&2; fail "spark_pipe --layout parts exited $rc"; }
[[ -e $WORK/out2/part-00004 ]] || fail "expected 5 part files in $WORK/out2"
cat "$WORK"/out2/part-* | cmp "$WORK/single.jsonl" - || fail "cat out2/part-* differs from the single-process output"

step "Spark with a binary that dies mid-partition: the job must fail, not drop lines"
printf '#!/bin/sh\nhead -n 3 >/dev/null\nexit 101\n' >"$WORK/corpus"
chmod +x "$WORK/corpus"
head -n 50 "$WORK/corpus.jsonl" >"$WORK/small.jsonl"
rc=0
spark run3 --binary "$WORK/corpus" --input "$WORK/small.jsonl" --output "$WORK/out3" --partitions 2 || rc=$?
[[ $rc != 0 && $rc != 1 ]] || fail "spark_pipe exited $rc with a crashing binary"
grep -q 'stopped after' "$WORK/run3.err" || { tail -20 "$WORK/run3.err" >&2; fail "no 'stopped after' message for the crash"; }
[[ ! -e $WORK/out3/part-00000 ]] || fail "output was written although the binary crashed"

ok=1
step "done"
echo "spark: $N records identical"
echo "1 passed, 0 failed"
