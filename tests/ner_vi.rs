//! Vietnamese named entities: flat mention F1 on the dev set `tests/data/vi_ner_dev.jsonl`
//! (scored as `score.py ner` does: type plus folded surface, as a multiset per document),
//! and the rules behind it on sentences written for these tests.

mod common;

use common::{gold_bag, system_bag, Counts};
use polynews::{Article, EntityKind, Parser};
use std::collections::HashMap;

/// Scores of the dev set: all documents, then ids ending in an even digit (the half the
/// rules were tuned on) and an odd one (held out).
fn dev_scores() -> HashMap<(&'static str, Option<&'static str>), Counts> {
    let data = include_str!("data/vi_ner_dev.jsonl");
    let parser = Parser::new();
    let mut out: HashMap<(&str, Option<&str>), Counts> = HashMap::new();
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let doc: serde_json::Value = serde_json::from_str(line).unwrap();
        let id = doc["id"].as_str().unwrap();
        let a = parser
            .parse_with_id(id, doc["text"].as_str().unwrap())
            .unwrap();
        assert_eq!(
            a.lang,
            polynews::Lang::Vi,
            "{id} not detected as Vietnamese"
        );
        let gold = gold_bag(&doc);
        let sys = system_bag(&a);
        let odd = id.chars().last().and_then(|c| c.to_digit(10)).unwrap() % 2 == 1;
        for part in ["all", if odd { "held" } else { "tune" }] {
            for kind in [None, Some("PER"), Some("ORG"), Some("LOC")] {
                out.entry((part, kind)).or_default().add(&sys, &gold, kind);
            }
        }
    }
    for ((part, kind), c) in {
        let mut v: Vec<_> = out.iter().collect();
        v.sort_by_key(|x| *x.0);
        v
    } {
        let (p, r, f) = c.prf();
        eprintln!(
            "{part:<5} {:<4} P {p:.3} R {r:.3} F1 {f:.3} (tp {}, sys {}, gold {})",
            kind.unwrap_or("all"),
            c.tp,
            c.sys,
            c.gold
        );
    }
    out
}

#[test]
fn dev_set_f1_stays_high() {
    let s = dev_scores();
    let f1 = |part, kind| s[&(part, kind)].prf().2;
    // reached: all 0.933 (recall 0.935), held out 0.897; PER 0.982, ORG 0.860, LOC 0.963
    assert!(f1("all", None) >= 0.91, "all: {:.3}", f1("all", None));
    assert!(
        f1("held", None) >= 0.87,
        "held out: {:.3}",
        f1("held", None)
    );
    assert!(s[&("all", None)].prf().1 >= 0.90, "recall");
    for (kind, min) in [("PER", 0.95), ("ORG", 0.82), ("LOC", 0.93)] {
        let f = f1("all", Some(kind));
        assert!(f >= min, "{kind}: {f:.3}");
    }
}

fn mentions(text: &str) -> Vec<(EntityKind, String)> {
    let a = Article::parse(text).unwrap();
    assert_eq!(a.lang, polynews::Lang::Vi);
    let mut v: Vec<(usize, EntityKind, String)> = a
        .entities
        .iter()
        .flat_map(|e| e.mentions.iter().map(|m| (m.start, e.kind, m.text.clone())))
        .collect();
    v.sort();
    v.into_iter().map(|(_, k, t)| (k, t)).collect()
}

fn has(ms: &[(EntityKind, String)], kind: EntityKind, text: &str) -> bool {
    ms.iter().any(|(k, t)| *k == kind && t == text)
}

#[test]
fn organization_names_run_over_lowercase_syllables() {
    let ms = mentions("Chiều nay, Bộ trưởng Bộ Tài nguyên và Môi trường Đặng Quốc Khánh đã làm việc với Tổng cục Hải quan và Sở Tài chính tỉnh Bình Định về kế hoạch năm tới.");
    use EntityKind::*;
    assert!(
        has(&ms, Organization, "Bộ Tài nguyên và Môi trường"),
        "{ms:?}"
    );
    assert!(has(&ms, Person, "Đặng Quốc Khánh"), "{ms:?}");
    assert!(has(&ms, Organization, "Tổng cục Hải quan"), "{ms:?}");
    assert!(
        has(&ms, Organization, "Sở Tài chính tỉnh Bình Định"),
        "{ms:?}"
    );
    // 'và' before another organization does not join the two
    assert!(!ms.iter().any(|(_, t)| t.contains("Hải quan và")), "{ms:?}");
}

#[test]
fn organization_heads_with_acronyms_and_lists() {
    use EntityKind::*;
    let ms = mentions("Ông Nguyễn Văn Long, Chủ tịch UBND huyện Mèo Vạc, cho biết Ngân hàng TMCP Công thương Việt Nam đã tài trợ. Sở Văn hóa, Thể thao và Du lịch Hà Giang cũng tham gia.");
    assert!(has(&ms, Organization, "UBND huyện Mèo Vạc"), "{ms:?}");
    assert!(
        has(&ms, Organization, "Ngân hàng TMCP Công thương Việt Nam"),
        "{ms:?}"
    );
    assert!(
        has(
            &ms,
            Organization,
            "Sở Văn hóa, Thể thao và Du lịch Hà Giang"
        ),
        "{ms:?}"
    );
    assert!(has(&ms, Person, "Nguyễn Văn Long"), "{ms:?}");
}

#[test]
fn administrative_nouns_are_not_part_of_places() {
    use EntityKind::*;
    let ms = mentions("Vụ sạt lở xảy ra tại thôn Nà Khương, xã Cốc Pàng, huyện Bảo Lạc, tỉnh Cao Bằng vào rạng sáng qua.");
    for place in ["Nà Khương", "Cốc Pàng", "Bảo Lạc", "Cao Bằng"] {
        assert!(has(&ms, Location, place), "{place}: {ms:?}");
    }
    assert!(!ms
        .iter()
        .any(|(_, t)| t.starts_with("tỉnh") || t.starts_with("huyện")));
    // a natural feature keeps its noun, as the seeds keep 'hành lang Lachin'
    let ms = mentions("Mực nước sông Mã tại Thanh Hóa đang lên nhanh.");
    assert!(has(&ms, Location, "sông Mã"), "{ms:?}");
}

#[test]
fn common_nouns_and_times_are_not_names() {
    use EntityKind::*;
    let ms = mentions("Sáng 12/6, tại Trụ sở Chính phủ, Phó Thủ tướng Lê Thành Long chủ trì cuộc họp. Tài xế Vũ Văn Hải cho biết tàu Thống Nhất về ga đúng giờ.");
    assert!(
        !ms.iter()
            .any(|(_, t)| t == "Sáng" || t == "Trụ" || t == "Tài"),
        "{ms:?}"
    );
    assert!(has(&ms, Organization, "Chính phủ"), "{ms:?}");
    assert!(has(&ms, Person, "Lê Thành Long"), "{ms:?}");
    assert!(has(&ms, Person, "Vũ Văn Hải"), "{ms:?}");
    assert!(
        !ms.iter().any(|(k, t)| *k == Person && t == "Thống Nhất"),
        "{ms:?}"
    );
}

#[test]
fn persons_split_from_names_before_them() {
    use EntityKind::*;
    let ms = mentions("Giám đốc Sở Giao thông vận tải Đà Nẵng Lê Minh Quân và anh Trần Đức Anh đã kiểm tra công trình. Tổng giám đốc Viettel Tào Đức Thắng cũng có mặt.");
    assert!(has(&ms, Person, "Lê Minh Quân"), "{ms:?}");
    assert!(has(&ms, Person, "Trần Đức Anh"), "{ms:?}");
    assert!(has(&ms, Person, "Tào Đức Thắng"), "{ms:?}");
    // 'Đức' inside a name is not Germany, 'Anh' before a name is not Britain
    assert!(
        !has(&ms, Location, "Đức") && !has(&ms, Location, "Anh"),
        "{ms:?}"
    );
}

#[test]
fn foreign_and_sino_vietnamese_persons() {
    use EntityKind::*;
    let ms = mentions("Thủ tướng Lý Cường gặp Tổng thống Pháp Emmanuel Macron tại Paris. Hai bên thảo luận về hợp tác với Brazil.");
    assert!(has(&ms, Person, "Lý Cường"), "{ms:?}");
    assert!(has(&ms, Person, "Emmanuel Macron"), "{ms:?}");
    assert!(
        has(&ms, Location, "Pháp") && has(&ms, Location, "Paris"),
        "{ms:?}"
    );
}

#[test]
fn unknown_persons_are_named_without_diacritics() {
    let a = Article::parse("Ông Trần Văn Nam, Phó chủ tịch UBND tỉnh Phú Yên, đã đến hiện trường. Ông Nam yêu cầu khắc phục ngay.").unwrap();
    let nam = a
        .entities
        .iter()
        .find(|e| e.kind == EntityKind::Person)
        .unwrap();
    assert_eq!(nam.name, "Tran Van Nam");
    let surfaces: Vec<&str> = nam.mentions.iter().map(|m| m.text.as_str()).collect();
    assert_eq!(surfaces, ["Trần Văn Nam", "Nam"]);
}

#[test]
fn places_that_start_with_a_head_word_and_ordinals() {
    use EntityKind::*;
    // "Hội" heads associations, but "Hội An" is a city of the lexicon; "quý III" is a quarter
    let ms = mentions("Lượng khách đến phố cổ Hội An và Đà Nẵng tăng mạnh trong quý III, ông Trần Quốc Bảo cho biết.");
    assert!(has(&ms, Location, "Hội An"), "{ms:?}");
    assert!(has(&ms, Location, "Đà Nẵng"), "{ms:?}");
    assert!(
        !ms.iter().any(|(_, t)| t == "III" || t.contains(" và ")),
        "{ms:?}"
    );
}
