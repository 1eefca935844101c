//! Corpus runs: JSON Lines in, Article JSON Lines out, in parallel with the input order kept.
//!
//! ```text
//! cargo run --release --example corpus -- [--threads N] [--quiet] [IN [OUT]]
//! ```
//!
//! `IN` is a `.jsonl`, `.jsonl.gz`, a directory or a file; `-` or nothing reads JSON Lines from
//! stdin. `OUT` defaults to stdout. A progress bar (records, MB, MB/s, ETA when the input size
//! is known) goes to stderr, then a summary table: records, MB/s, languages, entities,
//! statements, and every failure with its id and line. The exit status is 1 when a record
//! failed. The program is a line-oriented mapper, so Apache Spark can run it on every
//! partition with `RDD.pipe` (see `scripts/spark_pipe.py`).

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use polynews::corpus::{records_from_path, records_from_reader, Corpus, RecordError, Records};
use polynews::{Article, Parser};
use std::collections::BTreeMap;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::process::ExitCode;
use std::time::Instant;

// the corpus run allocates per record; mimalloc serves that faster than the system allocator
#[global_allocator]
static ALLOC: Mi = Mi;

/// mimalloc, asked for plain blocks where that gives the alignment. `mimalloc::MiMalloc`
/// calls the aligned entry points for every layout, and those take a slower path (an
/// over-allocation) whenever the current small page has no free block; `mi_malloc`
/// blocks are aligned to their size up to 16 bytes, as `malloc`'s are (the rule Rust's
/// `System` allocator uses too).
struct Mi;

const PLAIN_ALIGN: usize = 16;

fn plain(align: usize, size: usize) -> bool {
    align <= PLAIN_ALIGN && align <= size
}

// SAFETY: every block comes from mimalloc and goes back to it (`mi_free` frees blocks of
// both the plain and the aligned entry points); a plain block is used only where `plain`
// holds, where mimalloc's blocks have the layout's alignment.
unsafe impl std::alloc::GlobalAlloc for Mi {
    unsafe fn alloc(&self, layout: std::alloc::Layout) -> *mut u8 {
        if plain(layout.align(), layout.size()) {
            return libmimalloc_sys::mi_malloc(layout.size()).cast();
        }
        mimalloc::MiMalloc.alloc(layout)
    }
    unsafe fn alloc_zeroed(&self, layout: std::alloc::Layout) -> *mut u8 {
        if plain(layout.align(), layout.size()) {
            return libmimalloc_sys::mi_zalloc(layout.size()).cast();
        }
        mimalloc::MiMalloc.alloc_zeroed(layout)
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: std::alloc::Layout) {
        mimalloc::MiMalloc.dealloc(ptr, layout)
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: std::alloc::Layout, size: usize) -> *mut u8 {
        if plain(layout.align(), size) {
            return libmimalloc_sys::mi_realloc(ptr.cast(), size).cast();
        }
        mimalloc::MiMalloc.realloc(ptr, layout, size)
    }
}

struct Args {
    input: Option<String>,
    output: Option<String>,
    quiet: bool,
}

fn args() -> Result<Args, String> {
    let mut a = Args {
        input: None,
        output: None,
        quiet: false,
    };
    let mut it = std::env::args().skip(1);
    while let Some(x) = it.next() {
        match x.as_str() {
            "--threads" => {
                let n: usize = it
                    .next()
                    .and_then(|n| n.parse().ok())
                    .ok_or("--threads takes a number")?;
                rayon::ThreadPoolBuilder::new()
                    .num_threads(n)
                    .build_global()
                    .map_err(|e| e.to_string())?;
            }
            "--quiet" | "-q" => a.quiet = true,
            "-h" | "--help" => {
                return Err("usage: corpus [--threads N] [--quiet] [IN [OUT]]".into())
            }
            _ if a.input.is_none() => a.input = Some(x),
            _ if a.output.is_none() => a.output = Some(x),
            _ => return Err(format!("unexpected argument {x:?}")),
        }
    }
    Ok(a)
}

fn open(input: Option<&str>) -> Result<(Records, Option<u64>), String> {
    match input {
        None | Some("-") => Ok((records_from_reader(std::io::stdin()), None)),
        Some(p) => {
            let size = std::fs::metadata(p)
                .ok()
                .filter(|m| m.is_file())
                .map(|m| m.len());
            Ok((records_from_path(p).map_err(|e| e.to_string())?, size))
        }
    }
}

fn progress(quiet: bool, size: Option<u64>) -> ProgressBar {
    if quiet {
        return ProgressBar::hidden();
    }
    let bar = match size {
        Some(n) => ProgressBar::new(n),
        None => ProgressBar::no_length(),
    };
    bar.set_draw_target(ProgressDrawTarget::stderr_with_hz(4));
    let style = match size {
        Some(_) => "{bar:30} {bytes}/{total_bytes} {binary_bytes_per_sec} ETA {eta} {msg}",
        None => "{spinner} {bytes} {binary_bytes_per_sec} {msg}",
    };
    bar.set_style(
        ProgressStyle::with_template(style).unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    bar
}

/// What the workers hand back per article: its JSON line and what the summary counts.
struct Encoded {
    json: Vec<u8>,
    lang: String,
    entities: usize,
    statements: usize,
}

fn encode(a: Article) -> Encoded {
    // A record's JSON is 2.3 to 4.5 times its text (10th to 90th percentile of the bench
    // corpus): room for five times the text spares most records a reallocation and its copy.
    let mut json = Vec::with_capacity(a.text.len() * 5 + 1024);
    a.write_json(&mut json);
    json.push(b'\n');
    Encoded {
        json,
        lang: a.lang.to_string(),
        entities: a.entities.len(),
        statements: a.statements.len(),
    }
}

#[derive(Default)]
struct Summary {
    langs: BTreeMap<String, usize>,
    entities: usize,
    statements: usize,
    failures: Vec<RecordError>,
}

fn main() -> ExitCode {
    let a = match args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("corpus: {e}");
            return ExitCode::from(2);
        }
    };
    let (records, size) = match open(a.input.as_deref()) {
        Ok(x) => x,
        Err(e) => {
            eprintln!("corpus: {e}");
            return ExitCode::from(2);
        }
    };
    let sink: Box<dyn Write> = match a.output.as_deref() {
        None | Some("-") => Box::new(std::io::stdout().lock()),
        Some(p) => match File::create(p) {
            Ok(f) => Box::new(f),
            Err(e) => {
                eprintln!("corpus: {p}: {e}");
                return ExitCode::from(2);
            }
        },
    };
    let mut out = BufWriter::with_capacity(1 << 20, sink);
    let bar = progress(a.quiet, size);
    let start = Instant::now();
    // articles are encoded in the worker threads; this thread only writes
    let mut corpus = Corpus::new(Parser::new(), records).map_articles(encode);
    let mut sum = Summary::default();
    while let Some(r) = corpus.next() {
        match r {
            Ok(e) => {
                *sum.langs.entry(e.lang).or_default() += 1;
                sum.entities += e.entities;
                sum.statements += e.statements;
                if out.write_all(&e.json).is_err() {
                    eprintln!("corpus: cannot write output");
                    return ExitCode::from(2);
                }
            }
            Err(e) => sum.failures.push(e),
        }
        let s = corpus.stats();
        bar.set_position(s.bytes as u64);
        bar.set_message(format!("{} records, {} failed", s.read, s.failed));
    }
    bar.finish_and_clear();
    if out.flush().is_err() {
        eprintln!("corpus: cannot write output");
        return ExitCode::from(2);
    }
    report(&corpus.stats(), &sum, start.elapsed().as_secs_f64());
    if sum.failures.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

fn report(s: &polynews::corpus::Stats, sum: &Summary, secs: f64) {
    let mb = s.bytes as f64 / 1e6;
    eprintln!(
        "records   {} read, {} written, {} failed",
        s.read, s.written, s.failed
    );
    eprintln!(
        "input     {mb:.2} MB in {secs:.2} s = {:.2} MB/s, {:.0} articles/s",
        mb / secs.max(1e-9),
        s.written as f64 / secs.max(1e-9)
    );
    let langs: Vec<String> = sum.langs.iter().map(|(l, n)| format!("{l} {n}")).collect();
    eprintln!("languages {}", langs.join(", "));
    eprintln!("entities  {}", sum.entities);
    eprintln!("statements {}", sum.statements);
    for f in &sum.failures {
        eprintln!("failed    {f}");
    }
}
