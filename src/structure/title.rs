//! The headline and date-only lines.

use crate::extract::{date, Ctx};
use crate::lang;
use crate::lexicon::{Class, Lexicon};
use crate::segment::{tokenize_lower, TokKind};

/// A headline: short, not ending like a sentence, not a dateline or agency-led body line.
pub(super) fn is_title(line: &str, lex: &Lexicon) -> bool {
    let t = line.trim_end();
    let words = t.split_whitespace().count();
    if words == 0 || words > 30 || t.ends_with(['.', ',', ';', ':']) {
        return false;
    }
    let agency_led = lex
        .find_at_start(super::super::langid::head(t, 40))
        .is_some_and(|h| lex.entry(h.entry).class == Class::Agency);
    !agency_led && super::dateline::parse(t, lex, None).0.is_none()
}

/// Words that label a date line (`Published: 12 June 2023`, `Cập nhật: 12/02/2024 09:15`,
/// `Опубликовано: 3 февраля 2024`).
const DATE_LABELS: &[&str] = &[
    "published",
    "on",
    "updated",
    "posted",
    "last",
    "first",
    "опубликовано",
    "обновлено",
    "дата",
    "публикации",
    "cập",
    "nhật",
    "đăng",
    "lúc",
    "am",
    "pm",
    "a.m.",
    "p.m.",
    "et",
    "edt",
    "est",
    "bst",
    "cet",
];

/// A line that is only a date (with optional weekday and time): `Some(published)` where the
/// value has a full date, `Some(None)` for a date line without a year.
pub(super) fn date_line(line: &str) -> Option<Option<String>> {
    // every date form has an ASCII digit (see `extract::date`): most lines have none
    if !line.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    // more than 14 words cannot make 14 tokens: skip tokenizing body paragraphs
    if line.split_whitespace().nth(14).is_some() {
        return None;
    }
    let (toks, lower) = tokenize_lower(line);
    if toks.is_empty() || toks.len() > 14 {
        return None;
    }
    // English reads `12/02/2024` month first: with letters of another script or diacritics
    // on the line (`Cập nhật: 12/02/2024`), the day-first languages go first
    let mut langs = lang::all();
    if line
        .chars()
        .any(|c| crate::hash::is_alpha(c) && !c.is_ascii())
    {
        langs.sort_by_key(|p| !p.day_first());
    }
    for p in langs {
        let cx = Ctx::new(line, &lower, &toks, p);
        let found = date::find(&cx);
        let Some(f) = found.first() else { continue };
        let w = p.words();
        let mut covered = vec![false; toks.len()];
        let mut i = 0;
        while i < toks.len() {
            let t = toks[i];
            let phrase = [
                w.weekdays.longest(cx.words_from(i)).map(|x| x.0),
                w.day_words.longest(cx.words_from(i)).map(|x| x.0),
                w.year_words.longest(cx.words_from(i)).map(|x| x.0),
            ];
            let n = phrase.into_iter().flatten().max().unwrap_or(0);
            let single = (f.first..=f.last).contains(&i)
                || t.kind == TokKind::Punct
                || t.kind == TokKind::Number
                    && (t.text(line).contains(':')
                        || clock_with_period(t.text(line))
                        || i > 0 && toks[i - 1].is(line, "+"))
                || matches!(t.text(line), "GMT" | "UTC" | "MSK")
                || DATE_LABELS.contains(&&lower[t.start..t.end]);
            let n = if single { n.max(1) } else { n };
            covered[i..(i + n).min(toks.len())]
                .iter_mut()
                .for_each(|c| *c = true);
            i += n.max(1);
        }
        if covered.iter().all(|c| *c) {
            let full = f.day.is_some() && f.year.is_some();
            return Some(full.then(|| f.value(None)));
        }
    }
    None
}

/// A clock time written with a period, as British outlets do (`17.45` in `Tue 12 Nov 2024
/// 17.45 GMT`): two digits, a period, two digits, a valid hour and minute.
fn clock_with_period(t: &str) -> bool {
    let b = t.as_bytes();
    b.len() == 5
        && b[2] == b'.'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 2 || c.is_ascii_digit())
        && t[..2].parse::<u8>().is_ok_and(|h| h < 24)
        && t[3..].parse::<u8>().is_ok_and(|m| m < 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_and_date_lines() {
        let lex = Lexicon::builtin();
        assert!(is_title(
            "Путин и Алиев обсудили по телефону ситуацию вокруг Нагорного Карабаха",
            lex
        ));
        assert!(!is_title(
            "On Monday, Putin and Pashinyan discussed the situation.",
            lex
        ));
        assert!(!is_title("MOSCOW, June 9. /TASS/. The talks", lex));
        assert_eq!(date_line("09 апреля 2021"), Some(Some("2021-04-09".into())));
        assert_eq!(
            date_line("Thứ Hai, 24/11/2020 10:30 (GMT+7)")
                .flatten()
                .as_deref(),
            Some("2020-11-24")
        );
        assert_eq!(date_line("April 9, 2021"), Some(Some("2021-04-09".into())));
        assert_eq!(date_line("Talks on April 9"), None);
        assert_eq!(
            date_line("Published: 12 June 2023"),
            Some(Some("2023-06-12".into()))
        );
        assert_eq!(
            date_line("Updated March 3, 2024 10:15 AM ET"),
            Some(Some("2024-03-03".into()))
        );
        assert_eq!(
            date_line("Cập nhật: 12/02/2024 09:15"),
            Some(Some("2024-02-12".into()))
        );
        assert_eq!(date_line("Published: the report on April 9"), None);
        assert_eq!(
            date_line("Tue 12 Nov 2024 17.45 GMT"),
            Some(Some("2024-11-12".into()))
        );
        assert_eq!(
            date_line("Published On 14 Oct 2024"),
            Some(Some("2024-10-14".into()))
        );
        assert_eq!(date_line("Talks on 14 Oct 2024"), None);
    }
}
