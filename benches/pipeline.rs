//! Throughput of the whole parse (all extraction on) on the seeds and on a generated
//! mixed-language corpus of a few MB; criterion reports MB/s. Also per-option variants, to
//! show what entity and statement extraction add, and short records (headlines).
//!
//! `POLYNEWS_BENCH_CORPUS=path.jsonl` benches the first 8 MB of a JSON Lines corpus instead of
//! the seed recombination, e.g. the mixed corpus of `scripts/make_bench_corpus.py`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use polynews::{Options, Parser};
use std::fs;

fn seeds() -> Vec<String> {
    let mut v: Vec<_> = fs::read_dir("seeds")
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    v.sort();
    v.into_iter()
        .map(|p| fs::read_to_string(p).unwrap())
        .collect()
}

/// A few MB of articles: the seeds recombined paragraph by paragraph (deterministic), so
/// the mix of languages and constructions is that of real news.
fn corpus(target: usize) -> Vec<String> {
    let paras: Vec<Vec<String>> = seeds()
        .iter()
        .map(|s| {
            s.lines()
                .filter(|l| !l.trim().is_empty())
                .map(String::from)
                .collect()
        })
        .collect();
    let mut out = Vec::new();
    let (mut size, mut x) = (0usize, 12345u64);
    while size < target {
        x = x
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let src = &paras[(x >> 33) as usize % paras.len()];
        let n = 3 + (x >> 40) as usize % src.len().max(1);
        let article: Vec<&str> = (0..n)
            .map(|k| src[(k + (x >> 20) as usize) % src.len()].as_str())
            .collect();
        let a = article.join("\n\n");
        size += a.len();
        out.push(a);
    }
    out
}

/// Short records, as in a corpus of headlines: the first eight words of every line of the
/// seeds. A Latin-script text this short is told apart by whatlang's trigram method, not by
/// English function words, so this measures that path.
fn headlines() -> Vec<String> {
    seeds()
        .iter()
        .flat_map(|s| s.lines())
        .map(|l| l.split_whitespace().take(8).collect::<Vec<_>>().join(" "))
        .filter(|l| l.chars().filter(|c| c.is_alphabetic()).count() > 3)
        .collect()
}

/// The `text` of the records of a JSON Lines file, up to about `limit` bytes.
fn jsonl(path: &str, limit: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut size = 0;
    let file = std::io::BufReader::new(fs::File::open(path).expect("bench corpus"));
    for line in std::io::BufRead::lines(file).map_while(Result::ok) {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) else {
            continue;
        };
        if let Some(t) = v.get("text").and_then(|t| t.as_str()) {
            size += t.len();
            out.push(t.to_string());
        }
        if size >= limit {
            break;
        }
    }
    out
}

fn run(c: &mut Criterion, name: &str, docs: &[String], opts: Options) {
    let parser = Parser::with_options(opts);
    let bytes: usize = docs.iter().map(String::len).sum();
    let mut g = c.benchmark_group(name);
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10);
    g.bench_function("parse", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| parser.parse(d).map(|a| a.entities.len()).unwrap_or(0))
                .sum::<usize>()
        })
    });
    g.finish();
}

fn bench(c: &mut Criterion) {
    let _ = Parser::new().parse("warm up the lexicon"); // built once, outside the timing
    run(c, "seeds_all", &seeds(), Options::default());
    run(c, "headlines", &headlines(), Options::default());
    let docs = match std::env::var("POLYNEWS_BENCH_CORPUS") {
        Ok(path) => jsonl(&path, 8 << 20),
        Err(_) => corpus(4 << 20),
    };
    let off = Options {
        entities: false,
        statements: false,
        dates: false,
        quantities: false,
        ..Options::default()
    };
    // stage by stage: each variant adds one extractor to the one before
    run(c, "corpus_1_structure_segment", &docs, off.clone());
    run(
        c,
        "corpus_2_dates_quantities",
        &docs,
        Options {
            dates: true,
            quantities: true,
            ..off.clone()
        },
    );
    run(
        c,
        "corpus_3_entities",
        &docs,
        Options {
            entities: true,
            statements: false,
            ..Options::default()
        },
    );
    run(c, "corpus_4_all", &docs, Options::default());
    let bytes: usize = docs.iter().map(String::len).sum();
    let mut g = c.benchmark_group("corpus_normalize_only");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10);
    g.bench_function("normalize", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| polynews::normalize::normalize(d).len())
                .sum::<usize>()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
