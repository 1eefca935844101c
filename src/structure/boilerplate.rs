//! Boilerplate lines: language switchers, photo credits, credit lines, rubric and footer lines.

use super::Line;
use crate::lang;
use crate::lexicon::{Class, Lexicon};
use crate::segment::tokenize_lower_prefix;

/// `Some(source)` when the line is boilerplate (`source` is the credited agency of a credit
/// line, if any); `None` for a content line.
pub(super) fn classify(line: &str, lex: &Lexicon) -> Option<Option<String>> {
    if is_switcher(line) {
        return Some(None);
    }
    let full = line;
    // the endings are ASCII: compared in place, without lowercasing the whole line
    let tail = full.trim_end().as_bytes();
    let ends_with = |e: &str| {
        tail.len() >= e.len() && tail[tail.len() - e.len()..].eq_ignore_ascii_case(e.as_bytes())
    };
    if full.len() < 300 && CREDIT_ENDINGS.iter().any(|e| ends_with(e)) {
        return Some(None);
    }
    if is_byline(full) {
        return Some(None);
    }
    // prefixes and credits are at the start
    let line = crate::langid::head(line, 96);
    // most lines start with a word that starts no prefix or credit in any language: their
    // first token decides, without reading more
    let (first, lower) = tokenize_lower_prefix(line, false, 1);
    let starts = |w: &lang::WordTable, word: &str| {
        w.boiler_prefixes.may_start_word(word) || w.credits.may_start_word(word)
    };
    let first = first.first().map(|t| &lower[t.start..t.end]);
    if !first.is_some_and(|word| lang::all().into_iter().any(|p| starts(p.words(), word))) {
        return None;
    }
    // as many tokens as the longest phrase that can match
    let (toks, lower) = tokenize_lower_prefix(line, false, prefix_words());
    let word = |i: usize| toks.get(i).map(|t| &lower[t.start..t.end]);
    for p in lang::all() {
        let w = p.words();
        if w.boiler_prefixes.longest(word).is_some() {
            return Some(None);
        }
        if let Some((n, _)) = w.credits.longest(word) {
            let words = full.split_whitespace().take(n + 7).count();
            if words <= n + 6 && !line.trim_end().ends_with(['.', '!', '?']) || words <= n + 3 {
                return Some(agency_in(line, lex));
            }
        }
    }
    None
}

/// The most words a boilerplate prefix or credit phrase has, in any language.
fn prefix_words() -> usize {
    static N: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *N.get_or_init(|| {
        lang::all()
            .into_iter()
            .map(|p| p.words())
            .map(|w| w.boiler_prefixes.max_words().max(w.credits.max_words()))
            .max()
            .unwrap_or(0)
    })
}

/// Endings of reporter credit lines (`Associated Press writer X in Y contributed to this
/// report.`).
const CREDIT_ENDINGS: &[&str] = &[
    "contributed to this report.",
    "contributed to this report",
    "contributed reporting.",
    "contributed to this story.",
];

/// The agency credited in parentheses on a footer line (`Minh Anh (Theo Reuters, Kyodo)`,
/// `Иван Петров (по материалам ТАСС)`).
pub(super) fn footer_credit(line: &str, lex: &Lexicon) -> Option<String> {
    let open = line.find('(')?;
    classify(&line[open + 1..], lex)
        .flatten()
        .or_else(|| bracketed_outlets(line, lex))
}

/// A footer line that is only outlet names in parentheses (`(Vietnam+)`, `(TTXVN/Vietnam+)`,
/// `(Reuters)`): the first of them, when every part is an agency of the lexicon.
fn bracketed_outlets(line: &str, lex: &Lexicon) -> Option<String> {
    let inner = line.trim().strip_prefix('(')?.strip_suffix(')')?;
    let mut first = None;
    for part in inner.split(['/', ',']).map(str::trim) {
        let hit = lex.find_at_start(part)?;
        let e = lex.entry(hit.entry);
        if e.class != Class::Agency || hit.span.end != part.len() {
            return None;
        }
        first.get_or_insert_with(|| e.canonical.clone());
    }
    first
}

/// The canonical name of the first agency named in a text.
pub(super) fn agency_in(text: &str, lex: &Lexicon) -> Option<String> {
    lex.find(text)
        .into_iter()
        .map(|h| lex.entry(h.entry))
        .find(|e| e.class == Class::Agency)
        .map(|e| e.canonical.clone())
}

/// A byline: `By` and up to five capitalized names (`By John Smith`, `By Jane Doe and Li
/// Wei`), nothing that reads as a sentence (`By 2030, the company …` is body text).
fn is_byline(line: &str) -> bool {
    let mut words = line.split_whitespace();
    if words.next() != Some("By") {
        return false;
    }
    let rest: Vec<&str> = words.collect();
    (2..=6).contains(&rest.len())
        && rest.iter().all(|w| {
            *w == "and"
                || w.chars().next().is_some_and(crate::hash::is_upper) && !w.ends_with(['.', ':'])
                || w.len() <= 3 && w.ends_with('.')
        })
        && !rest.iter().any(|w| w.ends_with(','))
}

/// A language switcher: two or more short letter codes and nothing else (`En Ar`, `RU | EN`).
fn is_switcher(line: &str) -> bool {
    let mut codes = 0;
    for w in line.split(|c: char| c.is_whitespace() || c == '|' || c == '/' || c == '·') {
        if w.is_empty() {
            continue;
        }
        let n = w.chars().count();
        if !(2..=3).contains(&n)
            || !w.chars().all(crate::hash::is_alpha)
            || !w.chars().next().is_some_and(crate::hash::is_upper)
        {
            return false;
        }
        codes += 1;
    }
    codes >= 2
}

/// Index of the first footer line: trailing short lines that end without sentence
/// punctuation, after the last line that reads as body text. Never the first content line.
pub(super) fn footer_start(norm: &str, content: &[Line]) -> usize {
    let mut i = content.len();
    while i > 1 {
        let t = content[i - 1].text(norm).trim_end();
        let words = t.split_whitespace().count();
        let core = t.trim_end_matches(['»', '"', '”', '’', ')']);
        // a sentence has lowercase words (`Работа продолжается.`); a signature has none
        let lower_word = t
            .split_whitespace()
            .skip(1)
            .any(|w| w.chars().next().is_some_and(char::is_lowercase));
        let sentence_end =
            core.ends_with(['.', '!', '?', '…']) && (words > 3 || words >= 2 && lower_word);
        if sentence_end || words > 12 {
            break;
        }
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The first-word test before the full lookup turns away no line that starts with a
    /// prefix or a credit phrase of any language.
    #[test]
    fn every_prefix_and_credit_passes_the_first_word_test() {
        let lex = Lexicon::builtin();
        let mut n = 0;
        for p in lang::all() {
            let w = p.words();
            for (phrase, _) in w.boiler_prefixes.iter().chain(w.credits.iter()) {
                let line = format!("{phrase} Ivan");
                assert!(classify(&line, lex).is_some(), "{line:?}");
                n += 1;
            }
        }
        assert!(n > 100, "{n} phrases");
    }

    #[test]
    fn boilerplate_lines() {
        let lex = Lexicon::builtin();
        assert_eq!(classify("En Ar", lex), Some(None));
        assert_eq!(
            classify("Фото: официальный сайт Президента РФ", lex),
            Some(None)
        );
        assert_eq!(
            classify("По материалам ТАСС", lex),
            Some(Some("TASS".into()))
        );
        assert_eq!(classify("Theo TTXVN", lex), Some(Some("VNA".into())));
        assert_eq!(classify("Ảnh: Reuters", lex), Some(None));
        assert_eq!(classify("Theo Bộ trưởng, 250 chuyến bay đã được thực hiện, 1.960 người và 552 thiết bị được vận chuyển.", lex), None);
        assert_eq!(classify("Putin and Erdogan held talks", lex), None);
        assert_eq!(
            classify(
                "Associated Press writer Olga Rodriguez in San Francisco contributed to this report.",
                lex
            ),
            Some(None)
        );
        assert_eq!(classify("Image source, Getty Images", lex), Some(None));
        assert_eq!(
            footer_credit("Minh Anh (Theo Reuters, Kyodo)", lex),
            Some("Reuters".into())
        );
        assert_eq!(footer_credit("Related Topics", lex), None);
        assert_eq!(footer_credit("(Vietnam+)", lex), Some("VietnamPlus".into()));
        assert_eq!(footer_credit("(TTXVN/Vietnam+)", lex), Some("VNA".into()));
        assert_eq!(footer_credit("(Hà Nội)", lex), None);
        assert_eq!(classify("By John Smith", lex), Some(None));
        let lines = |t: &str| {
            let mut v = Vec::new();
            let mut start = 0;
            for l in t.split('\n') {
                v.push(Line {
                    start,
                    end: start + l.len(),
                });
                start += l.len() + 1;
            }
            v
        };
        let t = "Шторм оставил без света 500 тысяч человек, сообщил глава республики.\nРабота продолжается.\nИван Петров";
        assert_eq!(footer_start(t, &lines(t)), 2);
        let t = "Nhiều tuyến phố ngập sâu, ông Tùng cho biết.\nMinh Anh.";
        assert_eq!(footer_start(t, &lines(t)), 1);
        assert_eq!(classify("By Jane Doe and Li Wei", lex), Some(None));
        assert_eq!(classify("By 2030 the plant will be closed", lex), None);
        assert_eq!(classify("By Monday, Russia had", lex), None);
        assert_eq!(
            classify("Our Standards: The Thomson Reuters Trust Principles.", lex),
            Some(None)
        );
    }
}
