//! Flat mention scoring shared by the NER dev-set tests, computed as `score.py ner` does:
//! the multiset of (type, folded surface) per document.

#![allow(dead_code)] // each test file uses its own part

use polynews::{Article, EntityKind};
use std::collections::HashMap;

/// Mentions of one document: (type, folded surface) → count.
pub type Bag = HashMap<(&'static str, String), usize>;

/// `score.py`'s `fold`: lowercase, no quotes, one kind of dash, single spaces, trimmed.
pub fn fold(s: &str) -> String {
    let s: String = s
        .chars()
        .filter(|c| !"\"'«»“”„‟‘’‚‹›`".contains(*c))
        .map(|c| match c {
            '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
            c => c,
        })
        .collect::<String>()
        .to_lowercase();
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .trim_matches(|c| " .,;:".contains(c))
        .to_string()
}

/// The scorer's type of an entity kind.
pub fn tag(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "PER",
        EntityKind::Organization => "ORG",
        EntityKind::Location => "LOC",
        _ => "MISC",
    }
}

/// The system's mentions of an article.
pub fn system_bag(a: &Article) -> Bag {
    let mut bag = Bag::new();
    for e in &a.entities {
        for m in &e.mentions {
            *bag.entry((tag(e.kind), fold(&m.text))).or_default() += 1;
        }
    }
    bag
}

/// The gold mentions of a dev-set record (`{"entities": [{"type", "text"}]}`).
pub fn gold_bag(doc: &serde_json::Value) -> Bag {
    let mut bag = Bag::new();
    for e in doc["entities"].as_array().unwrap() {
        let t = match e["type"].as_str().unwrap() {
            "PER" => "PER",
            "ORG" => "ORG",
            "LOC" => "LOC",
            _ => "MISC",
        };
        *bag.entry((t, fold(e["text"].as_str().unwrap())))
            .or_default() += 1;
    }
    bag
}

/// Whether a dev-set id is in the held-out half (last digit odd).
pub fn odd(id: &str) -> bool {
    id.chars()
        .last()
        .and_then(|c| c.to_digit(10))
        .is_some_and(|d| d % 2 == 1)
}

/// True positives, system mentions and gold mentions, for one type or all (`None`).
#[derive(Default, Clone, Copy, Debug)]
pub struct Counts {
    pub tp: usize,
    pub sys: usize,
    pub gold: usize,
}

impl Counts {
    pub fn add(&mut self, sys: &Bag, gold: &Bag, kind: Option<&str>) {
        let keep = |k: &(&str, String)| kind.is_none_or(|t| k.0 == t) && k.0 != "MISC";
        let total = |b: &Bag| {
            b.iter()
                .filter(|(k, _)| keep(k))
                .map(|x| x.1)
                .sum::<usize>()
        };
        self.sys += total(sys);
        self.gold += total(gold);
        self.tp += gold
            .iter()
            .filter(|(k, _)| keep(k))
            .map(|(k, n)| (*n).min(sys.get(k).copied().unwrap_or(0)))
            .sum::<usize>();
    }

    /// Precision, recall, F1.
    pub fn prf(&self) -> (f64, f64, f64) {
        let p = self.tp as f64 / self.sys.max(1) as f64;
        let r = self.tp as f64 / self.gold.max(1) as f64;
        let f = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        (p, r, f)
    }
}
