//! Properties over arbitrary input: no panic, spans inside `text` on char boundaries,
//! normalization idempotent, `write_json` the same bytes as serde_json.

use polynews::normalize::{key, normalize, normalize_vi_tones};
use polynews::Parser;
use proptest::prelude::*;

fn texty() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            Just("Путин".to_string()),
            Just(" ".to_string()),
            Just("\u{a0}".to_string()),
            Just("\n".to_string()),
            Just("V.Putin".to_string()),
            Just("«".to_string()),
            Just("»".to_string()),
            Just("\"".to_string()),
            Just("ngày 24/11".to_string()),
            Just("1.960 người".to_string()),
            Just(". ".to_string()),
            Just("Moscow".to_string()),
            Just("said".to_string()),
            Just("—".to_string()),
            Just("hoà".to_string()),
            any::<char>().prop_map(|c| c.to_string()),
            "[a-zA-Zа-яА-Я ]{0,8}",
        ],
        0..40,
    )
    .prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn parse_never_panics_and_spans_are_valid(s in texty()) {
        if let Ok(a) = Parser::new().parse(&s) {
            let ok = |st: usize, en: usize| st <= en && en <= a.text.len() && a.text.is_char_boundary(st) && a.text.is_char_boundary(en);
            for x in a.sentences.iter().chain(&a.paragraphs) { prop_assert!(ok(x.start, x.end)); }
            for e in &a.entities { for m in &e.mentions { prop_assert!(ok(m.start, m.end)); } }
            for st in &a.statements { prop_assert!(ok(st.content_span.start, st.content_span.end)); }
            for d in &a.dates { prop_assert!(ok(d.start, d.end)); }
            for q in &a.quantities { prop_assert!(ok(q.start, q.end)); }
            for x in &a.sentences { let o = a.source_span(*x); prop_assert!(o.end <= s.len()); }
            let mut fast = Vec::new();
            a.write_json(&mut fast);
            prop_assert_eq!(String::from_utf8(fast).unwrap(), serde_json::to_string(&a).unwrap());
        }
    }

    #[test]
    fn normalization_is_idempotent(s in texty()) {
        let n = normalize(&s);
        prop_assert_eq!(normalize(&n), n.clone());
        let v = normalize_vi_tones(&n).into_owned();
        prop_assert_eq!(normalize_vi_tones(&v).into_owned(), v);
        let k = key(&s);
        prop_assert_eq!(key(&k), k);
    }
}
