//! Bad input never panics: it gives a typed error or a graceful result.

use polynews::corpus::{records_from_reader, records_from_reader_with_limit, Corpus};
use polynews::{ErrorKind, Parser};

#[test]
fn empty_binary_and_invalid_utf8() {
    let p = Parser::new();
    assert_eq!(p.parse("").unwrap_err().kind(), &ErrorKind::Empty);
    assert_eq!(
        p.parse(" \u{a0}\n\n ").unwrap_err().kind(),
        &ErrorKind::Empty
    );
    assert_eq!(
        p.parse_bytes(&[0u8, 1, 2, 3, 200, 17]).unwrap_err().kind(),
        &ErrorKind::Binary
    );
    assert!(matches!(
        p.parse_bytes(b"abc \xc3\x28 def").unwrap_err().kind(),
        ErrorKind::InvalidUtf8 { valid_up_to: 4 }
    ));
    assert!(p
        .parse_bytes_lossy(b"Talks in Moscow \xc3\x28 went on.")
        .is_ok());
}

#[test]
fn random_bytes_do_not_panic() {
    let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
    for n in 0..300 {
        let bytes: Vec<u8> = (0..(n * 7 % 500))
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                (x >> 24) as u8
            })
            .collect();
        let _ = Parser::new().parse_bytes_lossy(&bytes);
        let _ = Parser::new().parse_bytes(&bytes);
    }
}

#[test]
fn huge_and_mixed_script_input() {
    let p = Parser::new();
    let big =
        "Путин провел переговоры в Москве. Tổng thống Nga V.Putin. Erdogan said \"yes, we will\". "
            .repeat(5_000);
    let a = p.parse(&big).unwrap();
    assert!(!a.entities.is_empty());
    let opts = polynews::Options {
        max_bytes: 1000,
        ..Default::default()
    };
    assert!(matches!(
        Parser::with_options(opts).parse(&big).unwrap_err().kind(),
        ErrorKind::TooLarge { .. }
    ));
}

#[test]
fn broken_jsonl_lines_are_counted_not_dropped() {
    let input = "{\"id\":\"a\",\"text\":\"Talks in Moscow.\"}\n{broken\n\n{\"id\":7,\"text\":\"\"}\n{\"id\":\"d\"}\n{\"id\":\"e\",\"text\":\"Hà Nội (TTXVN) - Thủ tướng đã có cuộc gặp.\"}\n";
    let mut c = Corpus::new(Parser::new(), records_from_reader(input.as_bytes()));
    let results: Vec<_> = c.by_ref().collect();
    assert_eq!(results.len(), 5);
    assert_eq!(results[1].as_ref().unwrap_err().line, Some(2));
    assert_eq!(results[2].as_ref().unwrap_err().id.as_deref(), Some("7"));
    assert_eq!(results[3].as_ref().unwrap_err().line, Some(5));
    assert!(results[4].is_ok());
    let s = c.stats();
    assert_eq!(s.read, s.written + s.failed);
    assert_eq!((s.written, s.failed), (2, 3));
}

#[test]
#[cfg(feature = "gzip")]
fn gzip_corpus_with_injected_bad_records_counts_every_record() {
    use std::io::Write;
    let dir = std::env::temp_dir().join(format!("polynews-gz-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("c.jsonl.gz");
    let mut gz = flate2::write::GzEncoder::new(
        std::fs::File::create(&path).unwrap(),
        flate2::Compression::fast(),
    );
    let big = "Путин провел переговоры в Москве с Эрдоганом. ".repeat(12_000); // ~1 MB article
    let lines = [
        serde_json::json!({"id": "ok1", "text": "Talks were held in Moscow on Tuesday."})
            .to_string(),
        "{\"id\": \"broken\", \"text\": ".to_string(),
        serde_json::json!({"id": "notext", "body": "x"}).to_string(),
        serde_json::json!({"id": "binary", "text": "\u{0}\u{1}\u{2}\u{3}\u{4}\u{5}"}).to_string(),
        serde_json::json!({"id": "big", "text": big}).to_string(),
        serde_json::json!({"id": "ok2", "text": "Hà Nội (TTXVN) - Thủ tướng đã có cuộc gặp."})
            .to_string(),
    ];
    for l in &lines {
        writeln!(gz, "{l}").unwrap();
    }
    gz.finish().unwrap();
    let records = polynews::corpus::records_from_path(&path).unwrap();
    let mut c = Corpus::new(Parser::new(), records).batch_size(2);
    let ids: Vec<Result<String, Option<usize>>> = c
        .by_ref()
        .map(|r| r.map(|a| a.id.unwrap()).map_err(|e| e.line))
        .collect();
    assert_eq!(
        ids,
        [
            Ok("ok1".into()),
            Err(Some(2)),
            Err(Some(3)),
            Err(Some(4)),
            Ok("big".into()),
            Ok("ok2".into())
        ]
    );
    let s = c.stats();
    assert_eq!((s.read, s.written, s.failed), (6, 3, 3));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn mapping_a_corpus_after_it_started_keeps_every_record() {
    let jsonl: String = (0..7)
        .map(|i| format!("{{\"id\": \"r{i}\", \"text\": \"Talks {i} in Moscow.\"}}\n"))
        .collect();
    let records = polynews::corpus::records_from_reader(std::io::Cursor::new(jsonl));
    let mut c = Corpus::new(Parser::new(), records).batch_size(2);
    let first = c.next().unwrap().unwrap().id.unwrap();
    let mut c = c.map_articles(|a| a.id.unwrap_or_default());
    let rest: Vec<String> = c.by_ref().map(Result::unwrap).collect();
    assert_eq!(first, "r0");
    assert_eq!(rest, ["r1", "r2", "r3", "r4", "r5", "r6"]);
    let s = c.stats();
    assert_eq!((s.read, s.written, s.failed), (7, 7, 0));
}

#[test]
fn line_separators_before_dates_do_not_panic() {
    for sep in ["\r", "\u{85}", "\u{2028}", "\u{2029}", "\r\n"] {
        let t = format!("Hello,{sep} 21/03/2024\nMOSCOW,{sep}June 9. /TASS/. Talks.");
        let _ = Parser::new().parse(&t);
    }
}

#[test]
fn an_over_long_jsonl_line_is_skipped_as_it_is_read_and_counted() {
    let long = format!(
        "{{\"id\": \"big\", \"text\": \"{}\"}}",
        "слово ".repeat(200_000)
    );
    let input = format!("{{\"text\": \"Putin met Erdogan.\"}}\n{long}\n{{\"text\": \"Hanoi.\"}}\n");
    let recs = records_from_reader_with_limit(std::io::Cursor::new(input.into_bytes()), 1 << 20);
    let mut c = Corpus::new(Parser::new(), recs);
    let out: Vec<_> = c.by_ref().collect();
    assert_eq!(out.len(), 3);
    let e = out[1].as_ref().unwrap_err();
    assert_eq!(e.line, Some(2));
    assert!(matches!(e.error.kind(), ErrorKind::TooLarge { limit, .. } if *limit == 1 << 20));
    assert!(out[0].is_ok() && out[2].is_ok());
    let s = c.stats();
    assert_eq!((s.read, s.written, s.failed), (3, 2, 1));
}

#[test]
fn a_long_line_under_the_limit_is_read_whole() {
    // past 1 MiB the reader reserves room for the longest line at once
    let long = format!("{{\"text\": \"{}\"}}", "слово ".repeat(250_000));
    let input = format!("{long}\n{{\"text\": \"Hanoi.\"}}\n{long}");
    let recs: Vec<_> =
        records_from_reader_with_limit(std::io::Cursor::new(input.clone().into_bytes()), 4 << 20)
            .collect();
    assert_eq!(recs.len(), 3);
    let bytes: Vec<&[u8]> = recs
        .iter()
        .map(|r| &r.as_ref().unwrap().bytes[..])
        .collect();
    assert_eq!(bytes[0], format!("{long}\n").as_bytes());
    assert_eq!(bytes[1], b"{\"text\": \"Hanoi.\"}\n");
    assert_eq!(bytes[2], long.as_bytes());
    assert!(recs[0].as_ref().unwrap().bytes.capacity() < 2 * long.len());
}

#[test]
fn a_jsonl_line_of_invalid_utf8_is_a_counted_error() {
    let mut input = b"{\"text\": \"Talks in Moscow.\"}\n{\"text\": \"bad ".to_vec();
    input.extend_from_slice(b"\xff\xfe\"}\n{\"text\": \"\xd0\xb4\xd0\xb0.\"}\n");
    let mut c = Corpus::new(
        Parser::new(),
        records_from_reader(std::io::Cursor::new(input)),
    );
    let out: Vec<_> = c.by_ref().collect();
    assert_eq!(out.len(), 3);
    let e = out[1].as_ref().unwrap_err();
    assert_eq!(e.line, Some(2));
    assert!(
        e.error.to_string().contains("invalid UTF-8 at byte 14"),
        "{}",
        e.error
    );
    assert!(out[0].is_ok() && out[2].is_ok());
    assert_eq!(c.stats().failed, 1);
}
