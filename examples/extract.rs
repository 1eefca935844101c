//! The main job: parse every article of a directory, a file, or a JSON Lines file (also
//! `.jsonl.gz`) and print one Article JSON object per line on stdout, with a short summary
//! per article on stderr.
//!
//! ```text
//! cargo run --release --example extract -- seeds > out.jsonl
//! cargo run --release --example extract -- corpus.jsonl --threads 2 > out.jsonl
//! ```
//!
//! Bad records are reported on stderr with their id and line; the run goes on, and the exit
//! status is 1 when any record failed, 2 on a usage or path error.

use polynews::corpus::{records_from_path, Corpus};
use polynews::Parser;
use std::io::{BufWriter, Write};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut path = None;
    let mut quiet = false;
    let mut parser = Parser::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--quiet" | "-q" => quiet = true,
            "--threads" => {
                let n = it.next().and_then(|n| n.parse::<usize>().ok()).unwrap_or(0);
                rayon::ThreadPoolBuilder::new()
                    .num_threads(n)
                    .build_global()
                    .ok();
            }
            "--tagger" => {
                // a Russian tagger model written by the train_tagger example
                let model = it.next().map(std::fs::read).and_then(Result::ok);
                match model.map(|b| polynews::tagger::Tagger::from_bytes(&b)) {
                    Some(Ok(t)) => parser = parser.ru_tagger(std::sync::Arc::new(t)),
                    _ => {
                        eprintln!("extract: --tagger needs a readable model file");
                        return ExitCode::from(2);
                    }
                }
            }
            "-h" | "--help" => {
                eprintln!("usage: extract [--quiet] [--threads N] [--tagger MODEL] PATH   (directory, file, .jsonl or .jsonl.gz)");
                return ExitCode::SUCCESS;
            }
            p => path = Some(p.to_string()),
        }
    }
    let path = path.unwrap_or_else(|| "seeds".to_string());
    let records = match records_from_path(&path) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("extract: {e}");
            return ExitCode::from(2);
        }
    };
    let mut corpus = Corpus::new(parser, records);
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    for result in corpus.by_ref() {
        match result {
            Ok(a) => {
                if !quiet {
                    eprintln!(
                        "{}\t{}\t{}\t{} paragraphs, {} sentences, {} entities, {} statements, {} dates, {} quantities",
                        a.id.as_deref().unwrap_or(""),
                        a.lang,
                        a.title.as_deref().unwrap_or("-"),
                        a.paragraphs.len(),
                        a.sentences.len(),
                        a.entities.len(),
                        a.statements.len(),
                        a.dates.len(),
                        a.quantities.len()
                    );
                }
                if serde_json::to_writer(&mut out, &a).is_err() || writeln!(out).is_err() {
                    return ExitCode::from(2);
                }
            }
            Err(e) => eprintln!("extract: {e}"),
        }
    }
    let _ = out.flush();
    let s = corpus.stats();
    eprintln!(
        "extract: {} read, {} written, {} failed, {} bytes",
        s.read, s.written, s.failed, s.bytes
    );
    if s.failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
