//! The cross-article entity index of a corpus: which entities occur in how many articles,
//! in which languages, under which surfaces.
//!
//! ```text
//! cargo run --release --example entities -- seeds [--top 20] [--json]
//! ```

use polynews::corpus::{records_from_path, Corpus};
use polynews::{CorpusIndex, Parser};
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut path = "seeds".to_string();
    let (mut top, mut json) = (25usize, false);
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--top" => top = args.next().and_then(|n| n.parse().ok()).unwrap_or(top),
            "--json" => json = true,
            _ => path = a,
        }
    }
    let records = match records_from_path(&path) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("entities: {e}");
            return ExitCode::from(2);
        }
    };
    let mut index = CorpusIndex::new();
    let mut corpus = Corpus::new(Parser::new(), records);
    for r in corpus.by_ref() {
        match r {
            Ok(a) => index.add(&a),
            Err(e) => eprintln!("entities: {e}"),
        }
    }
    if json {
        println!("{}", serde_json::to_string(&index).unwrap_or_default());
        return ExitCode::SUCCESS;
    }
    println!(
        "{:<36} {:<13} {:>8} {:>8}  {:<9} surfaces",
        "entity", "kind", "articles", "mentions", "languages"
    );
    for (_, e) in index.ranked().into_iter().take(top) {
        let kind = e.kind.map_or("", |k| k.as_str());
        let langs: Vec<&str> = e.langs.iter().map(|l| l.code()).collect();
        let surfaces: Vec<String> = e.surfaces.iter().map(|(s, n)| format!("{s}×{n}")).collect();
        println!(
            "{:<36} {:<13} {:>8} {:>8}  {:<9} {}",
            e.name,
            kind,
            e.articles,
            e.mentions,
            langs.join("+"),
            surfaces.join(", ")
        );
    }
    let s = corpus.stats();
    eprintln!(
        "entities: {} articles, {} distinct entities, {} failed",
        s.written,
        index.len(),
        s.failed
    );
    ExitCode::SUCCESS
}
