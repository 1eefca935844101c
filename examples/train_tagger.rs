//! Trains, cross-validates and benchmarks the entity tagger (`polynews::tagger`).
//!
//! ```text
//! cargo run --release --example train_tagger -- DATA.jsonl [options]
//!   --cv K            K-fold cross-validation by document; prints P/R/F1 per type
//!   --out PATH        train on all documents and write the model to PATH
//!   --epochs N[,N..]  epochs (a list runs the CV once per value)       [default: TrainOptions]
//!   --bits N[,N..]    hash bits (a list runs the CV once per value)     [default: TrainOptions]
//!   --seed N[,N..]    shuffling seed(s); with --cv the counts of all seeds are summed
//!   --fast            use the lowercase fast path (see polynews::tagger); --no-fast: don't
//!   --both            with --cv: run with and without the fast path
//!   --model PATH      evaluate / benchmark this model file instead of training
//!   --eval            score the model (--model, or the built-in one) on DATA
//!   --bench [N]       tag all of DATA N times (default 20) and print MB/s
//!   --errors          print missed and spurious mentions (with --cv or --eval)
//!   --predict PATH    write mentions as JSON Lines for `score.py ner`: with --cv the
//!                     held-out predictions of the first seed, else the model's
//! ```
//!
//! DATA is JSON Lines: `{"id","text","entities":[{"byte_start","byte_end","type",
//! "nested","unnamed","geo_adj"}]}` (the factRuEval-2016 conversion in `shared/data`). Mentions
//! of type PER/ORG/LOC that are not nested, unnamed or adjectival are used, and scored as the
//! project's scorer does: a multiset of (type, folded surface) per document.

use polynews::tagger::{Tagger, TrainOptions};
use polynews::{EntityKind, Span};
use std::collections::HashMap;
use std::time::Instant;
use unicode_normalization::UnicodeNormalization;

type Example = (String, Vec<(Span, EntityKind)>);

fn main() {
    if let Err(e) = run() {
        eprintln!("error: {e}");
        std::process::exit(2);
    }
}

fn list<T: std::str::FromStr>(s: &str) -> Result<Vec<T>, String> {
    s.split(',')
        .map(|x| {
            x.trim()
                .parse::<T>()
                .map_err(|_| format!("bad number {x:?}"))
        })
        .collect()
}

fn run() -> Result<(), String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut data = None;
    let mut cv = 0usize;
    let mut out = None;
    let mut model = None;
    let mut epochs: Vec<usize> = vec![TrainOptions::default().epochs];
    let mut bits: Vec<u8> = vec![TrainOptions::default().hash_bits];
    let mut seeds: Vec<u64> = vec![TrainOptions::default().seed];
    let mut fast = vec![TrainOptions::default().fast_lowercase];
    let mut bench = 0usize;
    let mut eval = false;
    let mut predict: Option<String> = None;
    let mut errors = false;
    let mut i = 0;
    let next = |i: &mut usize| -> Result<String, String> {
        *i += 1;
        args.get(*i)
            .cloned()
            .ok_or_else(|| format!("{} needs a value", args[*i - 1]))
    };
    while i < args.len() {
        match args[i].as_str() {
            "--cv" => cv = next(&mut i)?.parse().map_err(|_| "bad --cv")?,
            "--out" => out = Some(next(&mut i)?),
            "--model" => model = Some(next(&mut i)?),
            "--epochs" => epochs = list(&next(&mut i)?)?,
            "--bits" => bits = list(&next(&mut i)?)?,
            "--seed" => seeds = list(&next(&mut i)?)?,
            "--no-fast" => fast = vec![false],
            "--fast" => fast = vec![true],
            "--both" => fast = vec![true, false],
            "--eval" => eval = true,
            "--predict" => predict = Some(next(&mut i)?),
            "--errors" => errors = true,
            "--bench" => {
                bench = 20;
                if let Some(n) = args.get(i + 1).and_then(|a| a.parse().ok()) {
                    bench = n;
                    i += 1;
                }
            }
            "-h" | "--help" => {
                println!("usage: train_tagger DATA.jsonl [--cv K] [--out PATH] [--epochs N,..] [--bits N,..] [--seed N,..] [--fast|--no-fast|--both] [--model PATH] [--eval] [--bench [N]] [--errors] [--predict PATH]");
                return Ok(());
            }
            a if a.starts_with("--") => return Err(format!("unknown option {a}")),
            a => data = Some(a.to_string()),
        }
        i += 1;
    }
    let data = data.ok_or("missing DATA.jsonl (see --help)")?;
    let (ids, docs) = load(&data)?;
    let n_ment: usize = docs.iter().map(|d| d.1.len()).sum();
    let bytes: usize = docs.iter().map(|d| d.0.len()).sum();
    eprintln!(
        "{} documents, {} mentions, {} bytes of text",
        docs.len(),
        n_ment,
        bytes
    );

    if cv > 1 {
        let mut configs = Vec::new();
        for &fast_lowercase in &fast {
            for &hash_bits in &bits {
                for &epochs in &epochs {
                    configs.push(TrainOptions {
                        epochs,
                        seed: 0,
                        hash_bits,
                        fast_lowercase,
                    });
                }
            }
        }
        for base in configs {
            let t0 = Instant::now();
            let mut tally = Tally::default();
            for (n, &seed) in seeds.iter().enumerate() {
                let mut held_out = vec![Vec::new(); docs.len()];
                let opts = TrainOptions {
                    seed,
                    ..base.clone()
                };
                cross_validate(&docs, cv, &opts, errors, &mut tally, &mut held_out);
                if let (0, Some(path)) = (n, &predict) {
                    write_predictions(path, &ids, &docs, &held_out)?;
                    eprintln!("wrote held-out predictions of seed {seed} to {path}");
                }
            }
            println!(
                "cv {cv} epochs {} bits {} fast {} seeds {seeds:?} ({:.1}s)",
                base.epochs,
                base.hash_bits,
                base.fast_lowercase,
                t0.elapsed().as_secs_f64()
            );
            tally.print();
        }
    }

    let loaded = match &model {
        Some(p) => {
            let b = std::fs::read(p).map_err(|e| format!("{p}: {e}"))?;
            Some(Tagger::from_bytes(&b).map_err(|e| format!("{p}: {e}"))?)
        }
        None => None,
    };

    if let Some(path) = &out {
        let opts = TrainOptions {
            epochs: epochs[0],
            seed: seeds[0],
            hash_bits: bits[0],
            fast_lowercase: fast[0],
        };
        let t0 = Instant::now();
        let t = Tagger::train(&docs, &opts);
        let b = t.to_bytes();
        std::fs::write(path, &b).map_err(|e| format!("{path}: {e}"))?;
        println!(
            "trained on {} documents with {opts:?} in {:.1}s; wrote {path} ({} bytes)",
            docs.len(),
            t0.elapsed().as_secs_f64(),
            b.len()
        );
    }

    let tagger: &Tagger = match &loaded {
        Some(t) => t,
        None => Tagger::builtin_ru(),
    };
    if let (true, Some(path)) = (cv <= 1, &predict) {
        let found: Vec<_> = docs.iter().map(|(text, _)| tagger.tag(text)).collect();
        write_predictions(path, &ids, &docs, &found)?;
        eprintln!("wrote predictions to {path}");
    }
    if eval {
        let mut tally = Tally::default();
        for (text, gold) in &docs {
            tally.add(text, gold, &tagger.tag(text), errors);
        }
        println!("scored on the training data itself (optimistic):");
        tally.print();
    }
    if bench > 0 {
        // Each round tags the whole corpus once; the best and the median round are reported,
        // so that other load on a shared machine disturbs the figure less.
        let mut times = Vec::with_capacity(bench);
        let mut n = 0usize;
        for _ in 0..bench {
            let t0 = Instant::now();
            for (text, _) in &docs {
                n += tagger.tag(text).len();
            }
            times.push(t0.elapsed().as_secs_f64());
        }
        times.sort_by(f64::total_cmp);
        let mbs = |s: f64| bytes as f64 / s / 1e6;
        println!(
            "bench: {bench} rounds of {bytes} bytes: best {:.1} MB/s, median {:.1} MB/s ({} spans per round)",
            mbs(times[0]),
            mbs(times[times.len() / 2]),
            n / bench
        );
    }
    Ok(())
}

fn load(path: &str) -> Result<(Vec<String>, Vec<Example>), String> {
    let raw = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    let mut docs = Vec::new();
    let mut ids = Vec::new();
    for (n, line) in raw.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value =
            serde_json::from_str(line).map_err(|e| format!("{path}:{}: {e}", n + 1))?;
        let text = v["text"]
            .as_str()
            .ok_or_else(|| format!("{path}:{}: no text", n + 1))?
            .to_string();
        let mut spans = Vec::new();
        for e in v["entities"].as_array().into_iter().flatten() {
            let flag = |k: &str| e[k].as_bool().unwrap_or(false);
            if flag("nested") || flag("unnamed") || flag("geo_adj") {
                continue;
            }
            let kind = match e["type"].as_str() {
                Some("PER") => EntityKind::Person,
                Some("ORG") => EntityKind::Organization,
                Some("LOC") => EntityKind::Location,
                _ => continue,
            };
            let (Some(s), Some(t)) = (e["byte_start"].as_u64(), e["byte_end"].as_u64()) else {
                continue;
            };
            let span = Span::new(s as usize, t as usize);
            if text.get(span.start..span.end).is_none() {
                return Err(format!(
                    "{path}:{}: span {span:?} off char boundaries",
                    n + 1
                ));
            }
            spans.push((span, kind));
        }
        ids.push(match &v["id"] {
            serde_json::Value::String(s) => s.clone(),
            serde_json::Value::Null => format!("{}", docs.len()),
            other => other.to_string(),
        });
        docs.push((text, spans));
    }
    Ok((ids, docs))
}

/// Writes found mentions as JSON Lines the project's scorer reads (`score.py ner`).
fn write_predictions(
    path: &str,
    ids: &[String],
    docs: &[Example],
    found: &[Vec<(Span, EntityKind)>],
) -> Result<(), String> {
    let mut out = String::new();
    for ((id, (text, _)), spans) in ids.iter().zip(docs).zip(found) {
        let entities: Vec<serde_json::Value> = spans
            .iter()
            .map(|(s, k)| {
                serde_json::json!({"kind": k.as_str(), "mentions": [{"text": s.slice(text)}]})
            })
            .collect();
        out.push_str(&serde_json::json!({"id": id, "entities": entities}).to_string());
        out.push('\n');
    }
    std::fs::write(path, out).map_err(|e| format!("{path}: {e}"))
}

/// Adds the k-fold cross-validation counts of one training setup to `tally`.
fn cross_validate(
    docs: &[Example],
    k: usize,
    opts: &TrainOptions,
    errors: bool,
    tally: &mut Tally,
    held_out: &mut [Vec<(Span, EntityKind)>],
) {
    // Deterministic shuffle of document indices, then round-robin folds.
    let mut idx: Vec<usize> = (0..docs.len()).collect();
    let mut s = 0x2545_f491_4f6c_dd1du64;
    for i in (1..idx.len()).rev() {
        s ^= s << 13;
        s ^= s >> 7;
        s ^= s << 17;
        idx.swap(i, (s % (i as u64 + 1)) as usize);
    }
    for f in 0..k {
        let train: Vec<Example> = idx
            .iter()
            .enumerate()
            .filter(|(j, _)| j % k != f)
            .map(|(_, &d)| docs[d].clone())
            .collect();
        let t = Tagger::train(&train, opts);
        for (j, &d) in idx.iter().enumerate() {
            if j % k == f {
                let (text, gold) = &docs[d];
                let found = t.tag(text);
                tally.add(text, gold, &found, errors);
                held_out[d] = found;
            }
        }
    }
}

/// The scorer's `fold`: NFC, case fold, drop quotes, fold dashes and whitespace, strip ` .,;:`.
fn fold(s: &str) -> String {
    let mut out = String::new();
    let mut space = false;
    for c in s.nfc() {
        if "\"'«»“”„‟‘’‚‹›`".contains(c) {
            continue;
        }
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        let c = if ('\u{2010}'..='\u{2015}').contains(&c) || c == '\u{2212}' {
            '-'
        } else {
            c
        };
        out.extend(c.to_lowercase());
    }
    out.trim_matches(|c| " .,;:".contains(c)).to_string()
}

fn kind_name(k: EntityKind) -> &'static str {
    match k {
        EntityKind::Person => "PER",
        EntityKind::Organization => "ORG",
        EntityKind::Location => "LOC",
        _ => "?",
    }
}

#[derive(Default)]
struct Tally {
    c: HashMap<&'static str, [usize; 3]>, // tp, sys, gold
}

impl Tally {
    fn add(
        &mut self,
        text: &str,
        gold: &[(Span, EntityKind)],
        sys: &[(Span, EntityKind)],
        errors: bool,
    ) {
        let bag = |v: &[(Span, EntityKind)]| {
            let mut m: HashMap<(&'static str, String), usize> = HashMap::new();
            for (s, k) in v {
                *m.entry((kind_name(*k), fold(s.slice(text)))).or_default() += 1;
            }
            m
        };
        let (g, s) = (bag(gold), bag(sys));
        for name in ["PER", "ORG", "LOC", "all"] {
            let sel = |k: &str| name == "all" || k == name;
            let e = self.c.entry(name).or_default();
            for (key, &n) in &g {
                if sel(key.0) {
                    e[2] += n;
                    e[0] += n.min(s.get(key).copied().unwrap_or(0));
                }
            }
            for (key, &n) in &s {
                if sel(key.0) {
                    e[1] += n;
                }
            }
        }
        if errors {
            for (key, &n) in &g {
                let m = s.get(key).copied().unwrap_or(0);
                if n > m {
                    println!("  miss {} {:?} x{}", key.0, key.1, n - m);
                }
            }
            for (key, &n) in &s {
                let m = g.get(key).copied().unwrap_or(0);
                if n > m {
                    println!("  spur {} {:?} x{}", key.0, key.1, n - m);
                }
            }
        }
    }

    fn print(&self) {
        for name in ["PER", "ORG", "LOC", "all"] {
            let [tp, s, g] = self.c.get(name).copied().unwrap_or_default();
            let p = if s > 0 { tp as f64 / s as f64 } else { 0.0 };
            let r = if g > 0 { tp as f64 / g as f64 } else { 0.0 };
            let f = if p + r > 0.0 {
                2.0 * p * r / (p + r)
            } else {
                0.0
            };
            println!("  {name:<4} P {p:.3}  R {r:.3}  F1 {f:.3}   (tp {tp}, sys {s}, gold {g})");
        }
    }
}
