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

// ---------------------------------------------------------------- `score.py seeds`

/// `score.py`'s `latin_fold`: `fold`, then `đ`/`ё` and combining marks removed.
pub fn latin_fold(s: &str) -> String {
    use unicode_normalization::{char::is_combining_mark, UnicodeNormalization};
    fold(s)
        .replace('đ', "d")
        .replace('ё', "е")
        .nfd()
        .filter(|c| !is_combining_mark(*c))
        .collect()
}

/// `score.py`'s `words`: the `\w+` runs of the folded text.
pub fn words(s: &str) -> Vec<String> {
    fold(s)
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// `score.py`'s `overlap_f1`: word-multiset F1 between gold and system content.
pub fn overlap_f1(gold: &str, sys: &str) -> f64 {
    let bag = |s: &str| {
        let mut m = HashMap::<String, usize>::new();
        for w in words(s) {
            *m.entry(w).or_default() += 1;
        }
        m
    };
    let (g, s) = (bag(gold), bag(sys));
    let common: usize = g
        .iter()
        .map(|(w, n)| (*n).min(s.get(w).copied().unwrap_or(0)))
        .sum();
    if common == 0 {
        return 0.0;
    }
    let p = common as f64 / s.values().sum::<usize>() as f64;
    let r = common as f64 / g.values().sum::<usize>() as f64;
    2.0 * p * r / (p + r)
}

/// The per-field scores of `score.py seeds` over a set of articles with gold in the seed
/// format: micro F1 of statements, dates and quantities, and the metadata accuracy.
#[derive(Default, Debug)]
pub struct SeedScore {
    pub statements: Counts,
    /// Entity mentions: (kind, folded surface) multisets.
    pub mentions: Counts,
    /// (passed, checked): a gold entity's found mentions fall in one system entity.
    pub grouped: (usize, usize),
    /// (passed, checked): ... under the gold canonical name (latin-folded).
    pub named: (usize, usize),
    pub dates: Counts,
    pub quantities: Counts,
    /// (passed, checked) for lang, title, source, dateline, published, paragraphs, boilerplate.
    pub meta: [(usize, usize); 7],
    pub misses: Vec<String>,
}

impl SeedScore {
    /// The metadata score: the mean of the seven check accuracies.
    pub fn metadata(&self) -> f64 {
        self.meta
            .iter()
            .map(|(ok, n)| *ok as f64 / (*n).max(1) as f64)
            .sum::<f64>()
            / 7.0
    }

    /// Mentions, grouping and naming of one article, as `score.py seeds` scores them.
    fn add_entities(&mut self, id: &str, a: &Article, g: &serde_json::Value) {
        let gold = g["entities"].as_array().unwrap();
        let mut gm = Bag::new();
        for e in gold {
            let t = match e["kind"].as_str().unwrap() {
                "person" => "PER",
                "organization" => "ORG",
                _ => "LOC",
            };
            for m in e["mentions"].as_array().unwrap() {
                *gm.entry((t, fold(m.as_str().unwrap()))).or_default() += 1;
            }
        }
        self.mentions.add(&system_bag(a), &gm, None);
        let mut owner: HashMap<String, Vec<&str>> = HashMap::new();
        for e in &a.entities {
            for m in &e.mentions {
                let ids = owner.entry(fold(&m.text)).or_default();
                if !ids.contains(&e.id.as_str()) {
                    ids.push(&e.id);
                }
            }
        }
        for e in gold {
            let mut ids: Vec<&str> = e["mentions"]
                .as_array()
                .unwrap()
                .iter()
                .flat_map(|m| owner.get(&fold(m.as_str().unwrap())).into_iter().flatten())
                .copied()
                .collect();
            ids.sort();
            ids.dedup();
            if ids.is_empty() {
                continue;
            }
            let canonical = e["canonical"].as_str().unwrap();
            self.grouped.1 += 1;
            self.named.1 += 1;
            if ids.len() == 1 {
                self.grouped.0 += 1;
            } else {
                self.misses
                    .push(format!("{id} {canonical} split over {ids:?}"));
            }
            let named = a
                .entities
                .iter()
                .filter(|x| ids.contains(&x.id.as_str()))
                .any(|x| latin_fold(&x.name) == latin_fold(canonical));
            if named {
                self.named.0 += 1;
            } else {
                self.misses.push(format!("{id} {canonical} misnamed"));
            }
        }
    }

    /// Scores one article against its gold, as `score.py seeds` does.
    pub fn add(&mut self, id: &str, a: &Article, g: &serde_json::Value) {
        let s = |v: &serde_json::Value| v.as_str().map(str::to_string);
        let mut check = |k: usize, ok: bool, what: &str| {
            self.meta[k].0 += ok as usize;
            self.meta[k].1 += 1;
            if !ok {
                self.misses.push(format!("{id} {what}"));
            }
        };
        check(0, a.lang.code() == g["lang"].as_str().unwrap(), "lang");
        let title = a.title.as_deref().map(fold).unwrap_or_default();
        check(
            1,
            title == s(&g["title"]).map(|t| fold(&t)).unwrap_or_default(),
            "title",
        );
        let src = latin_fold(a.source.as_deref().unwrap_or(""));
        check(
            2,
            src == latin_fold(&s(&g["source"]).unwrap_or_default()),
            "source",
        );
        let place = a.dateline.as_ref().map(|d| fold(&d.place));
        let gold_place = g["dateline"]["place"].as_str().map(fold);
        check(3, place == gold_place, "dateline");
        check(4, a.published == s(&g["published"]), "published");
        check(
            5,
            a.paragraphs.len() as u64 == g["paragraphs"].as_u64().unwrap(),
            "paragraphs",
        );
        let body = fold(&a.text);
        for line in g["boilerplate"].as_array().unwrap() {
            let line = line.as_str().unwrap();
            check(6, !body.contains(&fold(line)), &format!("kept {line:?}"));
        }

        self.add_entities(id, a, g);

        // statements: speaker words agree (unless impersonal) and content overlaps >= 0.5
        let name = |sp: &Option<String>| {
            sp.as_ref()
                .and_then(|id| a.entities.iter().find(|e| &e.id == id))
                .map(|e| e.name.clone())
                .unwrap_or_default()
        };
        let gs = g["statements"].as_array().unwrap();
        let mut used = vec![false; a.statements.len()];
        for gst in gs {
            let gspeaker = words(gst["speaker"].as_str().unwrap());
            let gtext = gst["speaker_text"].as_str();
            let gcontent = gst["content"].as_str().unwrap();
            let mut best = (0.0, None);
            for (i, st) in a.statements.iter().enumerate() {
                if used[i] {
                    continue;
                }
                let spk = format!(
                    "{} {}",
                    latin_fold(&name(&st.speaker)),
                    latin_fold(st.speaker_text.as_deref().unwrap_or(""))
                );
                let spk = words(&spk);
                if let Some(t) = gtext {
                    let agree = gspeaker.iter().chain(&words(t)).any(|w| spk.contains(w));
                    if !agree {
                        continue;
                    }
                }
                let o = overlap_f1(gcontent, &st.content);
                if o > best.0 {
                    best = (o, Some(i));
                }
            }
            match best {
                (o, Some(i)) if o >= 0.5 => {
                    used[i] = true;
                    self.statements.tp += 1;
                }
                _ => self.misses.push(format!("{id} statement {gcontent:?}")),
            }
        }
        self.statements.sys += a.statements.len();
        self.statements.gold += gs.len();

        // dates by value, quantities by value and the unit's last word without a plural `s`
        let bag_tp = |g: Vec<String>, s: Vec<String>, c: &mut Counts| {
            let mut left = s.clone();
            c.sys += s.len();
            c.gold += g.len();
            for x in g {
                if let Some(k) = left.iter().position(|y| *y == x) {
                    left.swap_remove(k);
                    c.tp += 1;
                }
            }
        };
        let gd = g["dates"].as_array().unwrap();
        bag_tp(
            gd.iter()
                .map(|d| d["value"].as_str().unwrap().to_string())
                .collect(),
            a.dates.iter().map(|d| d.value.clone()).collect(),
            &mut self.dates,
        );
        let unit = |u: &str| {
            u.split_whitespace()
                .last()
                .unwrap_or("")
                .to_lowercase()
                .trim_end_matches('s')
                .to_string()
        };
        let gq = g["quantities"].as_array().unwrap();
        bag_tp(
            gq.iter()
                .map(|q| {
                    format!(
                        "{} {}",
                        q["value"].as_f64().unwrap(),
                        unit(q["unit"].as_str().unwrap())
                    )
                })
                .collect(),
            a.quantities
                .iter()
                .map(|q| format!("{} {}", q.value, unit(&q.unit)))
                .collect(),
            &mut self.quantities,
        );
    }
}
