//! Golden tests: each seed article against its hand annotation in tests/gold/.

use polynews::{Article, Parser};
use serde_json::Value;
use std::fs;

fn fold(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

fn seeds() -> Vec<(String, Article, Value)> {
    let mut out = Vec::new();
    let mut names: Vec<_> = fs::read_dir("seeds")
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    names.sort();
    for p in names {
        let id = p.file_stem().unwrap().to_str().unwrap().to_string();
        let text = fs::read_to_string(&p).unwrap();
        let gold: Value =
            serde_json::from_str(&fs::read_to_string(format!("tests/gold/{id}.json")).unwrap())
                .unwrap();
        let a = Parser::new().parse_with_id(&id, &text).unwrap();
        out.push((id, a, gold));
    }
    assert_eq!(out.len(), 5);
    out
}

#[test]
fn metadata_matches_gold() {
    for (id, a, g) in seeds() {
        assert_eq!(a.lang.code(), g["lang"].as_str().unwrap(), "{id} lang");
        assert_eq!(
            a.title.as_deref().map(fold),
            g["title"].as_str().map(fold),
            "{id} title"
        );
        assert_eq!(a.source.as_deref(), g["source"].as_str(), "{id} source");
        assert_eq!(
            a.published.as_deref(),
            g["published"].as_str(),
            "{id} published"
        );
        let place = a.dateline.as_ref().map(|d| d.place.clone());
        assert_eq!(
            place.as_deref(),
            g["dateline"]["place"].as_str(),
            "{id} dateline"
        );
        assert_eq!(
            a.paragraphs.len() as u64,
            g["paragraphs"].as_u64().unwrap(),
            "{id} paragraphs"
        );
        for b in g["boilerplate"].as_array().unwrap() {
            assert!(
                !a.text.contains(b.as_str().unwrap()),
                "{id} kept boilerplate {b}"
            );
            assert!(
                a.boilerplate.iter().any(|x| x == b.as_str().unwrap()),
                "{id} did not list {b}"
            );
        }
    }
}

#[test]
fn dates_match_gold() {
    for (id, a, g) in seeds() {
        let mut want: Vec<&str> = g["dates"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["value"].as_str().unwrap())
            .collect();
        let mut got: Vec<&str> = a.dates.iter().map(|d| d.value.as_str()).collect();
        want.sort();
        got.sort();
        assert_eq!(got, want, "{id} dates");
    }
}

#[test]
fn quantities_match_gold_values() {
    let (mut tp, mut gold_n) = (0, 0);
    for (_, a, g) in seeds() {
        for q in g["quantities"].as_array().unwrap() {
            gold_n += 1;
            let v = q["value"].as_f64().unwrap();
            tp += a.quantities.iter().any(|x| x.value == v) as usize;
        }
    }
    assert!(tp * 10 >= gold_n * 8, "quantities found {tp}/{gold_n}");
}

#[test]
fn statements_cover_gold() {
    let (mut tp, mut n) = (0, 0);
    for (_, a, g) in seeds() {
        for s in g["statements"].as_array().unwrap() {
            n += 1;
            let words: Vec<String> = s["content"]
                .as_str()
                .unwrap()
                .split_whitespace()
                .map(str::to_lowercase)
                .collect();
            tp += a.statements.iter().any(|x| {
                let got = x.content.to_lowercase();
                words.iter().filter(|w| got.contains(w.as_str())).count() * 2 >= words.len()
            }) as usize;
        }
    }
    assert!(tp * 10 >= n * 8, "statements found {tp}/{n}");
}

#[test]
fn spans_and_offsets_are_consistent() {
    for (id, a, _) in seeds() {
        let raw = fs::read_to_string(format!("seeds/{id}.txt")).unwrap();
        for s in a.sentences.iter().chain(&a.paragraphs) {
            assert!(
                a.text.is_char_boundary(s.start)
                    && a.text.is_char_boundary(s.end)
                    && s.end <= a.text.len()
            );
            let o = a.source_span(*s);
            assert!(o.end <= raw.len(), "{id}: source span out of range");
        }
        for e in &a.entities {
            for m in &e.mentions {
                assert_eq!(&a.text[m.start..m.end], m.text, "{id} mention span");
            }
        }
        for d in &a.dates {
            assert_eq!(&a.text[d.start..d.end], d.text);
        }
        let json = serde_json::to_string(&a).unwrap();
        let back: Article = serde_json::from_str(&json).unwrap();
        assert_eq!(back, a, "{id} serde round trip");
    }
}

#[test]
fn corpus_index_links_across_languages() {
    let mut index = polynews::CorpusIndex::new();
    for (_, a, _) in seeds() {
        index.add(&a);
    }
    let putin = index
        .get(&polynews::normalize::key("Vladimir Putin"))
        .expect("Putin indexed");
    assert_eq!(putin.articles, 4);
    for l in ["en", "ru", "vi"] {
        assert!(
            putin.langs.iter().any(|x| x.code() == l),
            "Putin not seen in {l}"
        );
    }
    for surface in ["V.Putin", "Владимир Путин", "Vladimir Putin", "Путин"] {
        assert!(
            putin.surfaces.contains_key(surface),
            "{surface} not linked to Putin"
        );
    }
    let karabakh = index
        .get(&polynews::normalize::key("Nagorno-Karabakh"))
        .unwrap();
    assert!(
        karabakh.surfaces.contains_key("Нагорного Карабаха")
            && karabakh.surfaces.contains_key("Karabakh")
    );
    let aliyev = index
        .get(&polynews::normalize::key("Ilham Aliyev"))
        .unwrap();
    assert!(
        aliyev.surfaces.contains_key("I.Aliev") && aliyev.surfaces.contains_key("Ильхамом Алиевым")
    );
}
