#!/usr/bin/env python3
"""Run polynews' `corpus` program on Apache Spark with RDD.pipe, keeping the input order.

The output is the same, byte for byte, as one single-process run over the same JSON Lines
(`corpus --quiet < IN.jsonl > OUT.jsonl`): one Article JSON line per good input line, in input
order, bad lines left out.

Local mode (what scripts/test_spark.sh runs):

    cargo build --release --example corpus
    python3 scripts/spark_pipe.py --binary target/release/examples/corpus \\
        --input corpus.jsonl --output out/ --partitions 4 --master 'local[2]'
    # out/part-00000 is the result

On a cluster, ship the binary with --files and name it by its file name. The binary must run
on the executors' OS and CPU (build it on, or for, that platform; a static musl build,
`--target x86_64-unknown-linux-musl`, runs on any x86-64 Linux):

    spark-submit --master yarn --deploy-mode cluster \\
        --files target/release/examples/corpus \\
        scripts/spark_pipe.py --binary corpus \\
        --input hdfs:///news/2024.jsonl --output hdfs:///polynews/2024 --partitions 200

Options:
  --binary PATH|NAME  the corpus binary: a local file is shipped with SparkContext.addFile;
                      otherwise NAME is a file already shipped with --files / spark.files
  --input PATH        JSON Lines (a file, a glob, a directory of parts; .gz is read too)
  --output DIR        write DIR/part-00000, one file (default layout), on any Hadoop FS
  --layout parts      write DIR/part-00000 .. part-<N-1> instead: one per partition, in order,
                      so `cat DIR/part-*` is the result; no single task writes everything
  --single-file PATH  write the result to one local file on the driver (with or without
                      --output)
  --partitions N      pipe tasks (default: spark.default.parallelism); each runs the binary
                      once with --threads 1 (--binary-threads to change), on a contiguous
                      range of lines of about equal bytes
  --master URL        e.g. local[2]; omit under spark-submit
  --split-mb N        read the input in splits of at most N MB (more read tasks)
  --overwrite         replace an existing --output directory
  --conf K=V          any Spark setting, repeatable
  --log-level LEVEL   Spark's log level (default WARN)

Exit status: 0, or 1 when some input lines produced no article (the binary's own rule; the
output is complete either way), 2 on a usage error, 3 when the Spark job failed (then
nothing is written). A summary goes to stderr.

How the order is kept, and why it is exact
------------------------------------------
1. Lines are read with Hadoop's TextInputFormat with the record delimiter set to "\\n" only
   (the default also splits at a lone "\\r", which the binary does not), and numbered 0..n-1
   in file order, the way zipWithIndex does (one counting pass per input partition, which
   also sums the bytes).
2. Each line is keyed (p, g): g its global index, p its partition, chosen so that every
   partition is a contiguous range of about total_bytes/N bytes. repartitionAndSort-
   WithinPartitions puts each range in one task, sorted by g.
3. Each task pipes its lines through the binary, and after every line a sentinel record
   `{"id":"<nonce>:<j>:<g>:<kind>","text":"Sentinel record."}`, and at the end an end
   sentinel with the line count. The binary writes one line per good record in order, so the
   output between sentinel j-1 and sentinel j is exactly the article of line j, or nothing
   when that line failed. No id needs to be unique, no input line is rewritten, and the
   binary sees each line's bytes unchanged. The nonce is random per run and every sentinel
   must come back in sequence, and the end sentinel last: if the binary dies (a panic on one
   record, say), the task fails with a message instead of losing lines silently.
4. A record without a usable id gets the default id `line-<N>` from the binary, N being its
   line number in the binary's input. Within a task that is 2j+1 (sentinels take the even
   lines), so for such lines (found with json.loads before the pipe, <kind> 1) the
   leading `{"id":"line-<2j+1>",` of the article is replaced by `{"id":"line-<g+1>",`,
   the number the single-process run gives. Article JSON always starts with its id.
5. The output keeps the key g, so the result is sorted by g: for one part file through one
   extra shuffle to a single partition, sorted there (spilling to disk if needed); for
   --layout parts and --single-file no sort is needed, since partition p holds range p
   in order.
The piped RDD is cached and counted first, so the binary runs once per partition and a
failure stops the job before anything is written.

Caveats: the input must be UTF-8 (Spark decodes lines as UTF-8 and would replace invalid
bytes, where the single-process run rejects the line); equivalence is with a run over the
concatenated lines (`cat parts | corpus`), not with the binary's directory mode, which reads
each file as one article. The binary writes its summary and failures to the executors'
stderr with its own line numbers; the summary here has the global ones.
"""

import argparse
import json
import os
import shlex
import sys
import time
import uuid

# Runs the shipped binary on an executor: first from the driver's SparkFiles directory (local
# mode; on a cluster that path does not exist on executors, or is the same file), then from
# the task's working directory, where --files and addFile put it on YARN, Kubernetes and
# standalone executors. A copy that lost its executable bit is run from a temporary copy.
LAUNCHER = r"""n=$1; d=$2; shift 2
for f in "$d/$n" "./$n"; do
  [ -f "$f" ] || continue
  [ -x "$f" ] && exec "$f" "$@"
  t=$(mktemp "${TMPDIR:-/tmp}/polynews-corpus.XXXXXX") && cp "$f" "$t" && chmod 700 "$t" || exit 126
  "$t" "$@"; rc=$?; rm -f "$t"; exit $rc
done
echo "spark_pipe: no $n in $d or $(pwd)" >&2
exit 127"""

SENTINEL_TEXT = "Sentinel record."
HAS_ID, DEFAULT_ID, BLANK = 0, 1, 2
BINARY_WS = " \t\n\r\x0c"  # what the binary's is_ascii_whitespace skips


def line_kind(line):
    """HAS_ID, DEFAULT_ID (the binary will call it line-N) or BLANK."""
    if not line.strip(BINARY_WS):
        return BLANK
    try:
        v = json.loads(line)
    except Exception:  # bad JSON: the binary rejects it too, no article, no id to fix
        return HAS_ID
    if not isinstance(v, dict):
        return HAS_ID
    rid = v.get("id")
    if isinstance(rid, str) or (isinstance(rid, (int, float)) and not isinstance(rid, bool)):
        return HAS_ID
    return DEFAULT_ID


def encoder(nonce):
    def encode(it):
        j = 0
        for (_, g), line in it:
            s = '{"id":"%s:%d:%d:%d","text":"%s"}' % (nonce, j, g, line_kind(line),
                                                      SENTINEL_TEXT)
            # pipe() writes str(element) + "\n": two lines, the record then its sentinel
            yield line + "\n" + s
            j += 1
        yield '{"id":"%s:end:%d","text":"%s"}' % (nonce, j, SENTINEL_TEXT)

    return encode


def decoder(nonce, stats):
    prefix = '{"id":"%s:' % nonce

    def decode(part, it):
        pending, j, ended = [], 0, False
        written = failed = blank = 0
        failed_lines = []
        for out in it:
            if not out.startswith(prefix):
                if ended:
                    raise RuntimeError(f"partition {part}: output after the end sentinel")
                pending.append(out)
                continue
            tag = out[len(prefix): out.index('"', len(prefix))].split(":")
            if tag[0] == "end":
                if int(tag[1]) != j or pending:
                    raise RuntimeError(f"partition {part}: end sentinel after {j} lines, "
                                       f"expected {tag[1]}, {len(pending)} lines unmatched")
                ended = True
                continue
            tj, g, kind = int(tag[0]), int(tag[1]), int(tag[2])
            if tj != j or len(pending) > 1:
                raise RuntimeError(f"partition {part}: sentinel {tj} where {j} was expected, "
                                   f"{len(pending)} lines before it")
            if pending:
                art = pending[0]
                if kind == DEFAULT_ID:
                    local = '{"id":"line-%d",' % (2 * j + 1)
                    if not art.startswith(local):
                        raise RuntimeError(f"line {g + 1}: expected an article starting "
                                           f"{local!r}, got {art[:60]!r}")
                    art = '{"id":"line-%d",' % (g + 1) + art[len(local):]
                written += 1
                yield g, art
            elif kind == BLANK:
                blank += 1
            else:
                failed += 1
                if len(failed_lines) < 20:
                    failed_lines.append(g + 1)
            pending = []
            j += 1
        if not ended:
            raise RuntimeError(
                f"partition {part}: the corpus binary stopped after {j} lines without "
                "finishing (it crashed or was killed; its message is in the executor's "
                "stderr log)")
        stats.add((written, failed, blank, failed_lines))

    return decode


def count_lines(it):
    n = b = 0
    for s in it:
        n += 1
        b += len(s) + 1
    return [(n, b)]


def parse_args(argv):
    ap = argparse.ArgumentParser(
        description="Run the polynews corpus binary over JSON Lines on Spark (RDD.pipe), "
        "output in input order.")
    ap.add_argument("--binary", required=True)
    ap.add_argument("--input", required=True)
    ap.add_argument("--output")
    ap.add_argument("--layout", choices=["single", "parts"], default="single")
    ap.add_argument("--single-file")
    ap.add_argument("--partitions", type=int)
    ap.add_argument("--master")
    ap.add_argument("--binary-threads", type=int, default=1)
    ap.add_argument("--split-mb", type=float)
    ap.add_argument("--overwrite", action="store_true")
    ap.add_argument("--conf", action="append", default=[], metavar="K=V")
    ap.add_argument("--log-level", default="WARN")
    ap.add_argument("--app-name", default="polynews-corpus")
    a = ap.parse_args(argv)
    if not a.output and not a.single_file:
        ap.error("give --output DIR and/or --single-file PATH")
    if a.partitions is not None and a.partitions < 1:
        ap.error("--partitions must be at least 1")
    for kv in a.conf:
        if "=" not in kv:
            ap.error(f"--conf takes K=V, not {kv!r}")
    return a


def main(argv=None):
    a = parse_args(argv)
    local = (a.master or "local").startswith("local") and "PYSPARK_GATEWAY_PORT" not in os.environ
    if local and "PYSPARK_PYTHON" not in os.environ:
        os.environ["PYSPARK_PYTHON"] = sys.executable  # workers import the same pyspark

    from pyspark import AccumulatorParam, SparkConf, SparkContext, SparkFiles, StorageLevel

    class Stats(AccumulatorParam):
        def zero(self, v):
            return (0, 0, 0, [])

        def addInPlace(self, x, y):
            return (x[0] + y[0], x[1] + y[1], x[2] + y[2], sorted(x[3] + y[3])[:20])

    conf = SparkConf().setAppName(a.app_name).set("spark.ui.showConsoleProgress", "false")
    if a.master:
        conf.setMaster(a.master)
    for kv in a.conf:
        k, v = kv.split("=", 1)
        conf.set(k, v)
    sc = SparkContext(conf=conf)
    sc.setLogLevel(a.log_level)
    t0 = time.time()
    try:
        code = run(sc, a, Stats, SparkFiles, StorageLevel)
    except Exception as e:  # a failed Spark job: the full trace is in the log above
        msg = [m.strip() for m in str(e).strip().splitlines()] or [type(e).__name__]
        why = next((m for m in msg if m.startswith("RuntimeError: ")), msg[0])
        print(f"spark_pipe: the Spark job failed: {why}", file=sys.stderr)
        code = 3
    finally:
        sc.stop()
    print(f"spark_pipe: done in {time.time() - t0:.1f} s", file=sys.stderr)
    return code


def ship_binary(sc, binary, SparkFiles):
    """The binary's file name on the executors, shipping it when it is a local file."""
    shipped = [p for p in sc.getConf().get("spark.files", "").split(",") if p]
    shipped += [p for p in sc.getConf().get("spark.yarn.dist.files", "").split(",") if p]
    names = {os.path.basename(p.split("#")[-1]) for p in shipped}
    if os.path.isfile(binary):
        name = os.path.basename(binary)
        if name not in names:
            sc.addFile(os.path.abspath(binary))
        return name
    if "/" in binary or binary not in names:
        print(f"spark_pipe: {binary}: no such file, and no file of that name was shipped "
              "with --files", file=sys.stderr)
        return None
    return binary


def fs_path(sc, path):
    jvm = sc._jvm
    p = jvm.org.apache.hadoop.fs.Path(path)
    return p.getFileSystem(sc._jsc.hadoopConfiguration()), p


def run(sc, a, Stats, SparkFiles, StorageLevel):
    name = ship_binary(sc, a.binary, SparkFiles)
    if name is None:
        return 2
    if a.output:
        fs, p = fs_path(sc, a.output)
        if fs.exists(p):
            if not a.overwrite:
                print(f"spark_pipe: {a.output} exists (--overwrite replaces it)", file=sys.stderr)
                return 2
            fs.delete(p, True)

    n_parts = a.partitions or sc.defaultParallelism
    hconf = {"textinputformat.record.delimiter": "\n"}
    if a.split_mb:
        hconf["mapreduce.input.fileinputformat.split.maxsize"] = str(int(a.split_mb * 2**20))
    lines = sc.newAPIHadoopFile(
        a.input, "org.apache.hadoop.mapreduce.lib.input.TextInputFormat",
        "org.apache.hadoop.io.LongWritable", "org.apache.hadoop.io.Text", conf=hconf,
    ).values()

    # Pass 1: lines and bytes per input partition, for global line numbers and byte ranges.
    t_count = time.time()
    sizes = lines.mapPartitions(count_lines).collect()
    t_count = time.time() - t_count
    total_lines = sum(n for n, _ in sizes)
    total_bytes = max(1, sum(b for _, b in sizes))
    starts, g, off = [], 0, 0
    for n, b in sizes:
        starts.append((g, off))
        g, off = g + n, off + b

    def keyed(i, it):
        g, off = starts[i]
        for s in it:
            yield (min(n_parts - 1, off * n_parts // total_bytes), g), s
            g += 1
            off += len(s) + 1

    ranged = lines.mapPartitionsWithIndex(keyed).repartitionAndSortWithinPartitions(
        n_parts, partitionFunc=lambda k: k[0])

    nonce = uuid.uuid4().hex
    stats = sc.accumulator((0, 0, 0, []), Stats())
    cmd = " ".join(shlex.quote(x) for x in [
        "/bin/sh", "-c", LAUNCHER, "spark_pipe", name, SparkFiles.getRootDirectory(),
        "--threads", str(a.binary_threads), "--quiet"])
    env = {"PATH": "/usr/local/bin:/usr/bin:/bin", "LC_ALL": "C"}
    piped = (ranged.mapPartitions(encoder(nonce))
             .pipe(cmd, env=env, checkCode=False)
             .mapPartitionsWithIndex(decoder(nonce, stats), preservesPartitioning=True)
             .persist(StorageLevel.MEMORY_AND_DISK))
    t0 = time.time()
    written = piped.count()
    t1 = time.time()

    if a.output:
        if a.layout == "parts":
            piped.values().saveAsTextFile(a.output)
        else:
            (piped.partitionBy(1).sortByKey(numPartitions=1).values()
             .saveAsTextFile(a.output))
    if a.single_file:
        tmp = a.single_file + ".tmp"
        with open(tmp, "w", encoding="utf-8", newline="\n") as f:
            for art in piped.values().toLocalIterator():
                f.write(art)
                f.write("\n")
        os.replace(tmp, a.single_file)

    t2 = time.time()
    w, failed, blank, failed_lines = stats.value
    if w != written:
        print(f"spark_pipe: warning: {w} articles counted by tasks, {written} in the RDD "
              "(retried tasks?)", file=sys.stderr)
    more = ", ..." if failed > len(failed_lines) else ""
    where = f" (lines {', '.join(map(str, failed_lines))}{more})" if failed else ""
    print(f"spark_pipe: {total_lines} lines in {len(sizes)} input partitions, {n_parts} pipe "
          f"partitions: {written} articles, {failed} failed{where}, {blank} blank; "
          f"count {t_count:.1f} s, pipe {t1 - t0:.1f} s, write {t2 - t1:.1f} s", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
