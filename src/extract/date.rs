//! Calendar dates in the three languages.
//!
//! Forms: `9 ноября 2020`, `09 апреля 2021`, `June 9`, `October 10, 2020`, `9 June 2020`,
//! `февраля 1988` (→ `YYYY-MM`), `ngày 24/11` and `24/11/2020` (day first in Russian and
//! Vietnamese), `ngày 24 tháng 11 năm 2020`, ISO `2021-04-09`, `24.11.2020`, a year after a
//! year cue (`in 1991`, `в 1991 году`, `năm 2020`) and year ranges `1994-1995` (→ `1994/1995`).
//! Vietnamese `23 và 24/11` gives two dates. Weekdays and relative words are not dates; bare
//! numbers, scores and quantities are not either.

use super::Ctx;
use crate::segment::TokKind;

/// A date found: token range, value parts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Found {
    pub first: usize,
    pub last: usize,
    pub year: Option<u16>,
    pub year2: Option<u16>,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

impl Found {
    /// A date of one calendar part or more, not a range of years.
    fn new(
        first: usize,
        last: usize,
        year: Option<u16>,
        month: Option<u8>,
        day: Option<u8>,
    ) -> Found {
        Found {
            first,
            last,
            year,
            year2: None,
            month,
            day,
        }
    }

    /// A range of years written as one token (`2023/24`, `2019-2021`).
    fn years(i: usize, y1: u16, y2: u16) -> Found {
        Found {
            year2: Some(y2),
            ..Found::new(i, i, Some(y1), None, None)
        }
    }
    /// The normalized value, the year filled from `fill` when missing.
    pub fn value(&self, fill: Option<u16>) -> String {
        match (
            self.year.or(fill.filter(|_| self.month.is_some())),
            self.month,
            self.day,
            self.year2,
        ) {
            (Some(y), _, _, Some(y2)) => format!("{y}/{y2}"),
            (Some(y), Some(m), Some(d), _) => format!("{y:04}-{m:02}-{d:02}"),
            (Some(y), Some(m), None, _) => format!("{y:04}-{m:02}"),
            (None, Some(m), Some(d), _) => format!("--{m:02}-{d:02}"),
            (Some(y), None, _, _) => format!("{y:04}"),
            _ => String::new(),
        }
    }
}

fn small(s: &str, max: u32) -> Option<u8> {
    if s.len() > 2 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse::<u32>()
        .ok()
        .filter(|n| (1..=max).contains(n))
        .map(|n| n as u8)
}

fn year(s: &str) -> Option<u16> {
    if s.len() != 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse::<u16>().ok().filter(|y| (1000..=2199).contains(y))
}

/// All dates of a token slice.
pub(crate) fn find(cx: &Ctx) -> Vec<Found> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < cx.toks.len() {
        match at(cx, i) {
            Some(f) => {
                if let Some(extra) = leading_day(cx, &f) {
                    out.push(extra);
                }
                i = f.last + 1;
                out.push(f);
            }
            None => i += 1,
        }
    }
    out
}

/// A date starting at token `i`. Most words are neither a month nor end in a digit: they
/// are told here, inlined in the caller's loop.
#[inline(always)]
pub(crate) fn at(cx: &Ctx, i: usize) -> Option<Found> {
    let t = *cx.toks.get(i)?;
    match t.kind {
        TokKind::Number => numeric(cx, i),
        TokKind::Word => {
            let month = cx.words.months.longest(cx.words_from(i));
            let digit_end = cx.text.as_bytes()[t.end - 1].is_ascii_digit();
            if month.is_none() && !digit_end {
                return None;
            }
            word_date(cx, i)
        }
        TokKind::Punct => None,
    }
}

/// A date starting at word `i`, a month name or a word ending in a digit.
#[inline(never)]
fn word_date(cx: &Ctx, i: usize) -> Option<Found> {
    month_first(cx, i).or_else(|| part_of_year(cx, i))
}

fn month_of(cx: &Ctx, i: usize) -> Option<(u8, usize)> {
    let (n, m) = cx.words.months.longest(cx.words_from(i))?;
    // an abbreviation's dot is part of the month word
    let last = i + n - 1;
    let dot = cx.toks.get(last + 1).filter(|t| {
        !t.space_before
            && t.is(cx.text, ".")
            && cx.words.is_abbreviation(&format!("{}.", cx.lower(last)))
    });
    Some((*m, if dot.is_some() { last + 1 } else { last }))
}

/// A part of a year written as one word: `mid-2023`, `early-2024`, `late-2019` (→ the year).
fn part_of_year(cx: &Ctx, i: usize) -> Option<Found> {
    let w = cx.lower(i);
    if !w.as_bytes().last().is_some_and(u8::is_ascii_digit) {
        return None; // most words: no year at their end
    }
    let y = ["mid-", "early-", "late-"]
        .iter()
        .find_map(|p| w.strip_prefix(p))
        .and_then(year)?;
    Some(Found::new(i, i, Some(y), None, None))
}

/// `Month D[, YYYY]` or `Month YYYY`.
fn month_first(cx: &Ctx, i: usize) -> Option<Found> {
    let (m, last) = month_of(cx, i)?;
    let next = cx
        .toks
        .get(last + 1)
        .filter(|t| t.kind == TokKind::Number && !t.line_start)?;
    let s = next.text(cx.text);
    if let Some(y) = year(s) {
        return Some(Found::new(i, last + 1, Some(y), Some(m), None));
    }
    let d = small(s, 31)?;
    let mut f = Found::new(i, last + 1, None, Some(m), Some(d));
    let (comma, y) = (cx.toks.get(last + 2), cx.toks.get(last + 3));
    if let (Some(c), Some(y)) = (comma, y) {
        if c.is(cx.text, ",") {
            if let Some(yv) = year(y.text(cx.text)) {
                f.year = Some(yv);
                f.last = last + 3;
            }
        }
    }
    Some(f)
}

/// Dates that start with a number: `9 ноября [2020]`, `24/11[/2020]`, `2021-04-09`, years.
fn numeric(cx: &Ctx, i: usize) -> Option<Found> {
    let s = cx.word(i);
    if let Some(f) = month_year(cx, i, s) {
        return Some(f);
    }
    if let Some(f) = compact(cx, i, s) {
        return Some(f);
    }
    if let Some(d) = small(s, 31) {
        if let Some(f) = day_month(cx, i, d) {
            return Some(f);
        }
    }
    year_alone(cx, i, s)
}

/// Vietnamese month and year after the month word: `tháng 5 năm 2023`, `tháng 5/2023`
/// (→ `2023-05`). The text starts at the month number, as it leaves out `ngày`.
fn month_year(cx: &Ctx, i: usize, s: &str) -> Option<Found> {
    let w = cx.words;
    cx.phrase_before(&w.month_words, i, 1)?;
    let found = |last: usize, y: u16, m: u8| Found::new(i, last, Some(y), Some(m), None);
    if let Some((m, y)) = s.split_once('/') {
        return Some(found(i, year(y)?, small(m, 12)?));
    }
    let m = small(s, 12)?;
    let (n, false) = w
        .year_words
        .longest(cx.words_from(i + 1))
        .map(|(n, v)| (n, *v))?
    else {
        return None;
    };
    let y = year(cx.toks.get(i + 1 + n)?.text(cx.text))?;
    Some(found(i + 1 + n, y, m))
}

/// `D Month [YYYY]` and vi `D tháng M [năm YYYY]`.
fn day_month(cx: &Ctx, i: usize, d: u8) -> Option<Found> {
    let j = i + 1;
    cx.toks
        .get(j)
        .filter(|t| t.kind == TokKind::Word && !t.line_start)?;
    let (m, last) = match month_of(cx, j) {
        Some(x) => x,
        None => {
            let (n, _) = cx.words.month_words.longest(cx.words_from(j))?;
            (
                small(cx.toks.get(j + n).map(|t| t.text(cx.text))?, 12)?,
                j + n,
            )
        }
    };
    let mut f = Found::new(i, last, None, Some(m), Some(d));
    let mut k = last + 1;
    if let Some((n, false)) = cx
        .words
        .year_words
        .longest(cx.words_from(k))
        .map(|(n, v)| (n, *v))
    {
        k += n; // vi "năm" before the year
    }
    if let Some(y) = cx.toks.get(k).and_then(|t| year(t.text(cx.text))) {
        f.year = Some(y);
        f.last = k;
    }
    Some(f)
}

/// One-token numeric dates: `24/11`, `24/11/2020`, `24.11.2020`, `2021-04-09`, `1994-1995`.
fn compact(cx: &Ctx, i: usize, s: &str) -> Option<Found> {
    let sep = s.bytes().find(|b| matches!(b, b'/' | b'.' | b'-'))? as char;
    let parts: Vec<&str> = s.split(sep).collect();
    let one = |y: Option<u16>, m: Option<u8>, d: Option<u8>| Some(Found::new(i, i, y, m, d));
    match (sep, parts.as_slice()) {
        // a season or fiscal year: `2023/24`, `2022/2023`, `2023-24`
        ('/' | '-', [a, b]) if year(a).is_some() && b.len() == 2 => {
            let y1 = year(a)?;
            let y2 = y1 + 1;
            (small(b, 99).is_some_and(|n| u16::from(n) == y2 % 100) || *b == "00" && y2 % 100 == 0)
                .then_some(Found::years(i, y1, y2))
        }
        ('-' | '/', [a, b]) if year(a).is_some() => {
            let (y1, y2) = (year(a)?, year(b)?);
            (y2 > y1 && y2 - y1 < 50).then_some(Found::years(i, y1, y2))
        }
        ('-', [y, m, d]) => one(Some(year(y)?), Some(small(m, 12)?), Some(small(d, 31)?)),
        (_, [a, b, y]) if year(y).is_some() => {
            let (d, m) = if cx.profile.day_first() || sep == '.' {
                (a, b)
            } else {
                (b, a)
            };
            one(year(y), Some(small(m, 12)?), Some(small(d, 31)?))
        }
        ('/', [a, b]) if cx.profile.day_first() && after_day_word(cx, i) => {
            one(None, Some(small(b, 12)?), Some(small(a, 31)?))
        }
        _ => None,
    }
}

fn after_day_word(cx: &Ctx, i: usize) -> bool {
    cx.phrase_before(&cx.words.day_words, i, 3).is_some()
        || (i >= 2 && cx.toks[i - 2].kind == TokKind::Number && after_day_word(cx, i - 2))
}

/// Vietnamese `23 và 24/11`: the bare day before a conjunction shares the month.
fn leading_day(cx: &Ctx, f: &Found) -> Option<Found> {
    let (m, _) = (f.month?, f.day?);
    // one token (`24/11`) or a day first (`10 апреля`), not `April 10`
    let day_first = cx.toks[f.first].kind == TokKind::Number;
    if f.first < 2 || f.first != f.last && !day_first {
        return None;
    }
    let d = small(cx.word(f.first - 2), 31)?;
    let conj = cx.lower(f.first - 1);
    // `23 và 24/11`, `с 1 по 10 апреля`, `từ ngày 1 đến 10/4`, `1 to 10 April`
    let joined = matches!(
        conj,
        "và" | "and" | "и" | "-" | "–" | "—" | "по" | "до" | "đến" | "tới" | "to"
    );
    joined.then_some(Found::new(
        f.first - 2,
        f.first - 2,
        f.year,
        Some(m),
        Some(d),
    ))
}

/// A year standing alone: after a year cue (`in`, `в`, `năm`, `since`) or before a Russian
/// year word (`1991 года`).
fn year_alone(cx: &Ctx, i: usize, s: &str) -> Option<Found> {
    let y = year(s)?;
    let w = cx.words;
    let before = i.checked_sub(1).map(|p| cx.lower(p)).unwrap_or("");
    let cue = matches!(
        before,
        "in" | "since"
            | "early"
            | "mid"
            | "late"
            | "during"
            | "throughout"
            | "until"
            | "by"
            | "from"
            | "of"
            | "into"
            | "for"
            | "before"
            | "after"
            | "through"
            | "its"
            | "the"
            | "their"
            | "в"
            | "с"
            | "до"
            | "к"
            | "от"
            | "năm"
            | "từ"
            | "đến"
    ) || w
        .year_words
        .longest(cx.words_from(i + 1))
        .is_some_and(|(_, after)| *after);
    cue.then_some(Found::new(i, i, Some(y), None, None))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Lang;

    fn dates(text: &str, lang: Lang) -> Vec<(String, String)> {
        let tt = crate::extract::TestText::new(text);
        let cx = tt.cx(lang);
        let toks = cx.toks;
        find(&cx)
            .iter()
            .map(|f| {
                (
                    text[toks[f.first].start..toks[f.last].end].to_string(),
                    f.value(None),
                )
            })
            .collect()
    }

    /// `structure::title::date_line` skips lines without an ASCII digit: every date form
    /// must have one, here over the texts of the seeds and of the test data in all three
    /// languages, and over month and year words standing alone.
    #[test]
    fn every_date_has_an_ascii_digit() {
        let mut texts = vec![
            "9 ноября, в ноябре, в середине ноября, в прошлом году, весной".to_string(),
            "ngày mùng một tháng Mười năm ngoái, tháng Chạp".to_string(),
            "in June, mid-June, early this year, last year, Monday".to_string(),
        ];
        texts.extend(crate::test_articles());
        let mut found = 0;
        for t in &texts {
            for lang in [Lang::Ru, Lang::Vi, Lang::En] {
                for (span, _) in dates(t, lang) {
                    assert!(span.bytes().any(|b| b.is_ascii_digit()), "{span:?}");
                    found += 1;
                }
            }
        }
        assert!(found > 100, "{found}");
    }

    fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
        v.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    #[test]
    fn russian() {
        assert_eq!(
            dates("от 9 ноября 2020 года и 11 января 2021 года", Lang::Ru),
            pairs(&[
                ("9 ноября 2020", "2020-11-09"),
                ("11 января 2021", "2021-01-11")
            ])
        );
        assert_eq!(
            dates("с февраля 1988 года", Lang::Ru),
            pairs(&[("февраля 1988", "1988-02")])
        );
        assert_eq!(
            dates("с 1 по 10 апреля", Lang::Ru),
            pairs(&[("1", "--04-01"), ("10 апреля", "--04-10")])
        );
        assert_eq!(
            dates("7 апреля в Москве, в четверг", Lang::Ru),
            pairs(&[("7 апреля", "--04-07")])
        );
        assert_eq!(
            dates("в 1991 году, счет 2:1, 24.11.2020", Lang::Ru),
            pairs(&[("1991", "1991"), ("24.11.2020", "2020-11-24")])
        );
    }

    #[test]
    fn english() {
        assert_eq!(
            dates("on October 10 in Moscow; June 9, 2021", Lang::En),
            pairs(&[("October 10", "--10-10"), ("June 9, 2021", "2021-06-09")])
        );
        assert_eq!(
            dates(
                "since 1991, the 1994-1995 agreements, 200 people, 9/11",
                Lang::En
            ),
            pairs(&[("1991", "1991"), ("1994-1995", "1994/1995")])
        );
        assert_eq!(
            dates(
                "in the 2023/24 season, after 2022/2023 and 2023-24",
                Lang::En
            ),
            pairs(&[
                ("2023/24", "2023/2024"),
                ("2022/2023", "2022/2023"),
                ("2023-24", "2023/2024")
            ])
        );
        assert_eq!(dates("a 2023/25 split, 1/2", Lang::En), pairs(&[]));
        assert_eq!(
            dates("in early 2024 and mid-2023, from 1 to 10 April", Lang::En),
            pairs(&[
                ("2024", "2024"),
                ("mid-2023", "2023"),
                ("1", "--04-01"),
                ("10 April", "--04-10")
            ])
        );
        assert_eq!(
            dates("ROME 1996-12-06", Lang::En),
            pairs(&[("1996-12-06", "1996-12-06")])
        );
    }

    #[test]
    fn vietnamese() {
        assert_eq!(
            dates("ngày 24/11, trong các ngày 23 và 24/11", Lang::Vi),
            pairs(&[
                ("24/11", "--11-24"),
                ("23", "--11-23"),
                ("24/11", "--11-24")
            ])
        );
        assert_eq!(
            dates("ngày 24 tháng 11 năm 2020", Lang::Vi),
            pairs(&[("24 tháng 11 năm 2020", "2020-11-24")])
        );
        assert_eq!(
            dates(
                "Từ tháng 5 năm 2023, đến tháng 6/2024, trong 10 tháng",
                Lang::Vi
            ),
            pairs(&[("5 năm 2023", "2023-05"), ("6/2024", "2024-06")])
        );
        assert_eq!(
            dates("từ ngày 1 đến 10/4", Lang::Vi),
            pairs(&[("1", "--04-01"), ("10/4", "--04-10")])
        );
        assert_eq!(
            dates("Rạng sáng 12/2, chiều 3/10, tối 28/1", Lang::Vi),
            pairs(&[
                ("12/2", "--02-12"),
                ("3/10", "--10-03"),
                ("28/1", "--01-28")
            ])
        );
        assert_eq!(
            dates("1.960 người và 552 thiết bị, tỷ số 2/1", Lang::Vi),
            pairs(&[])
        );
    }
}
