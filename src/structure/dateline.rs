//! Wire datelines and agency prefixes on the first body line.
//!
//! Forms: `MOSCOW, June 9. /TASS/.`, `МОСКВА, 9 июня. /ТАСС/.`, `WASHINGTON (AP) —`,
//! `LONDON, March 3 (Reuters) -`, `ROME 1996-12-06`, `HÀ NỘI (TTXVN) -`, `Moscow, June 9
//! (Reuters) -`, and a leading agency name (`OREANDA-NEWS.`, `Reuters -`).

use crate::extract::{date, Ctx};
use crate::lang;
use crate::lexicon::{Class, Lexicon};
use crate::normalize::is_dash;
use crate::segment::{lower_same_len, tokenize, Tok, TokKind};
use crate::Dateline;

struct Line<'a> {
    text: &'a str,
    toks: Vec<Tok>,
    lex: &'a Lexicon,
}

impl Line<'_> {
    fn is(&self, i: usize, p: &str) -> bool {
        self.toks.get(i).is_some_and(|t| t.is(self.text, p))
    }
    fn is_dash(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.kind == TokKind::Punct && t.text(self.text).chars().all(is_dash))
    }
    /// An agency name starting at token `i`: (canonical, tokens).
    fn agency_at(&self, i: usize) -> Option<(String, usize)> {
        let t = self.toks.get(i)?;
        // Most words start no agency name. A word without a hyphen is read alike with hyphens
        // split (as the lexicon reads names) or not, so its key rules it out at once.
        let w = t.text(self.text);
        if w.len() <= 40 && !w.contains(['-', '\u{2010}', '\u{2011}']) {
            // as `find_at_start` does first: a lowercase word starts no name
            if t.kind == TokKind::Word && !t.cap {
                return None;
            }
            let mut buf = [0u8; 40];
            let lower = crate::segment::lower_same_len_in(w, &mut buf)?;
            if !self.lex.may_start_agency(w, lower, t) {
                return None;
            }
        }
        let rest = &self.text[t.start..];
        let hit = self.lex.find_at_start(crate::langid::head(rest, 60))?;
        let e = self.lex.entry(hit.entry);
        // the hit's tokens split hyphens; count this line's tokens up to the hit's end
        let end = t.start + hit.span.end;
        let n = self.toks[i..].iter().take_while(|x| x.end <= end).count();
        (e.class == Class::Agency && n > 0).then(|| (e.canonical.clone(), n))
    }
    /// `/AGENCY/` or `(AGENCY)` at token `i`: (canonical, index after the closing mark).
    fn bracketed_agency(&self, i: usize) -> Option<(String, usize)> {
        let t = self.toks.get(i)?;
        let close = match (t.end - t.start, self.text.as_bytes()[t.start]) {
            (1, b'/') => "/",
            (1, b'(') => ")",
            _ => return None,
        };
        if let Some((name, n)) = self.agency_at(i + 1) {
            if self.is(i + 1 + n, close) {
                return Some((name, i + 2 + n));
            }
        }
        // `/Корр. ТАСС Иван Иванов/.`, `/Спец. корр. ТАСС/`: a correspondent's credit
        if close != "/" {
            return None;
        }
        let end = (i + 1..self.toks.len().min(i + 12)).find(|&k| self.is(k, "/"))?;
        (i + 1..end)
            .find_map(|k| self.agency_at(k).filter(|(_, n)| k + n <= end))
            .map(|(name, _)| (name, end + 1))
    }
}

/// Parses the dateline and the source credited on a first body line.
pub(super) fn parse(
    text: &str,
    lex: &Lexicon,
    year: Option<u16>,
) -> (Option<Dateline>, Option<String>) {
    let head = crate::langid::head(text, 240);
    let line = Line {
        text: head,
        toks: tokenize(head),
        lex,
    };
    if line.toks.is_empty() {
        return (None, None);
    }
    if let Some((name, n)) = line.agency_at(0) {
        if line.is(n, ".") || line.is(n, ":") || line.is_dash(n) {
            return (None, Some(name));
        }
    }
    let source = (0..line.toks.len().min(30))
        .find_map(|i| line.bracketed_agency(i))
        .map(|(s, _)| s);
    match place_and_date(&line, year) {
        Some((d, named)) => (Some(d), source.or(named)),
        None => (None, source),
    }
}

/// The dateline, and an agency named after it without brackets (`МОСКВА, 14 мая — РИА
/// Новости.`, `Москва. 21 апреля. INTERFAX.RU -`).
fn place_and_date(line: &Line, year: Option<u16>) -> Option<(Dateline, Option<String>)> {
    let (end, upper) = place_end(line)?;
    let t = &line.toks;
    let place = line.text[t[0].start..t[end - 1].end].to_string();
    let mut k = end;
    let mut found = None;
    let number_at = |k: usize| t.get(k).is_some_and(|x| x.kind == TokKind::Number);
    // `Москва. 21 апреля.`: a period between the place and a date (Interfax)
    let period_date = line.is(k, ".") && number_at(k + 1) && date_at(line, k + 1).is_some();
    if line.is(k, ",") || number_at(k) || period_date {
        if line.is(k, ",") || period_date {
            k += 1;
        }
        // `AL-AIN , United Arab Emirates 1996-12-06`: the country comes before the date
        let n = t[k.min(t.len())..]
            .iter()
            .take(4)
            .take_while(|x| x.kind == TokKind::Word && x.cap)
            .count();
        match date_at(line, k).or_else(|| date_at(line, k + n).filter(|_| n > 0)) {
            Some((f, date_text, last)) => {
                found = Some((f, date_text));
                k = last + 1;
                if line.is(k, ".") || line.is(k, ",") {
                    k += 1;
                }
            }
            // `REDDING, Calif. (AP) —`: a state or country between the place and the agency
            None => k = state_before_agency(line, k)?,
        }
    }
    let agency = line.bracketed_agency(k).is_some();
    let named = unbracketed_agency(line, k);
    let dash_after = line.is_dash(k) || agency || named.is_some();
    if found.is_none() && !dash_after || !upper && !agency && named.is_none() {
        return None;
    }
    // capitals after the dash make a headline (`SOCCER - JAPAN GET LUCKY WIN`), not a dateline
    let shouted = t
        .get(k + 1..)
        .unwrap_or_default()
        .iter()
        .filter(|x| x.kind == TokKind::Word)
        .take(3)
        .filter(|x| x.upper)
        .count();
    if found.is_none() && !agency && shouted >= 2 {
        return None;
    }
    let (date_text, date) = match found {
        Some((f, text)) => (Some(text), Some(f.value(year))),
        None => (None, None),
    };
    let dl = Dateline {
        place,
        date_text,
        date,
    };
    Some((dl, named))
}

/// The index of the bracketed agency after up to three capitalized words, each with an
/// optional period (`Calif. (AP)`, `N.Y. (Reuters)`).
fn state_before_agency(line: &Line, mut k: usize) -> Option<usize> {
    let t = &line.toks;
    for _ in 0..3 {
        if line.bracketed_agency(k).is_some() {
            return Some(k);
        }
        if !t.get(k).is_some_and(|x| x.kind == TokKind::Word && x.cap) {
            return None;
        }
        k += 1;
        if line.is(k, ".") {
            k += 1;
        }
    }
    line.bracketed_agency(k).map(|_| k)
}

/// An agency named without brackets right after the dateline: after a dash and followed by a
/// period (`— РИА Новости.`), or followed by a dash (`INTERFAX.RU -`, a web domain allowed).
fn unbracketed_agency(line: &Line, k: usize) -> Option<String> {
    if line.is_dash(k) {
        let (name, n) = line.agency_at(k + 1)?;
        return line.is(k + 1 + n, ".").then_some(name);
    }
    let (name, mut n) = line.agency_at(k)?;
    let t = &line.toks;
    // `INTERFAX.RU`: a domain suffix written without spaces
    if line.is(k + n, ".")
        && t.get(k + n + 1)
            .is_some_and(|x| x.kind == TokKind::Word && !x.space_before && x.end - x.start <= 4)
    {
        n += 2;
    }
    line.is_dash(k + n).then_some(name)
}

/// End (exclusive token index) of a leading place: up to four ALL-CAPS words (`HÀ NỘI`,
/// `ST. PETERSBURG`), or up to three capitalized ones; and whether it was all caps.
fn place_end(line: &Line) -> Option<(usize, bool)> {
    let t = &line.toks;
    let mut i = 0;
    let mut letters = 0;
    while i < t.len() && i < 6 {
        let w = t[i];
        if w.kind == TokKind::Word && (w.upper || w.cap && w.text(line.text).chars().count() == 1) {
            letters += w.text(line.text).chars().count();
            i += 1;
            if line.is(i, ".")
                && !t[i + 1..]
                    .first()
                    .is_some_and(|n| n.space_before && !n.upper)
            {
                i += 1;
            }
        } else {
            break;
        }
    }
    if i > 0 && letters >= 3 {
        return Some((i, true));
    }
    let n = t
        .iter()
        .take(3)
        .take_while(|w| w.kind == TokKind::Word && w.cap)
        .count();
    (n > 0).then_some((n, false))
}

/// A date starting at token `k`, tried with every language's tables.
fn date_at(line: &Line, k: usize) -> Option<(date::Found, String, usize)> {
    let lower = lower_same_len(line.text);
    lang::all().into_iter().find_map(|p| {
        let cx = Ctx::new(line.text, &lower, &line.toks, p);
        let f = date::at(&cx, k)?;
        let text = line.text[line.toks[f.first].start..line.toks[f.last].end].to_string();
        Some((f, text, f.last))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    type Parsed = (
        Option<(String, Option<String>, Option<String>)>,
        Option<String>,
    );

    fn dl(s: &str) -> Parsed {
        let (d, src) = parse(s, Lexicon::builtin(), None);
        (d.map(|d| (d.place, d.date_text, d.date)), src)
    }

    fn some(
        p: &str,
        t: Option<&str>,
        v: Option<&str>,
    ) -> Option<(String, Option<String>, Option<String>)> {
        Some((p.into(), t.map(String::from), v.map(String::from)))
    }

    /// `Line::agency_at` rules a word out by the lexicon's set of agency first tokens: every
    /// agency name of the built-in lexicon must pass it (as a line's tokenizer reads the
    /// name, when it has no hyphen), and agencies added later must be found.
    #[test]
    fn every_agency_name_passes_the_first_token_check() {
        let lex = Lexicon::builtin();
        let mut checked = 0;
        for id in 0..lex.len() as u32 {
            let e = lex.entry(id);
            if e.class != Class::Agency {
                continue;
            }
            for name in &e.names {
                let toks = tokenize(name);
                let t = toks[0];
                let w = t.text(name);
                if !w.contains('-') {
                    let lower = crate::segment::lower_same_len(w);
                    assert!(lex.may_start_agency(w, &lower, &t), "{name}");
                    checked += 1;
                }
            }
        }
        assert!(checked > 100, "{checked}");
        assert!(!lex.may_start_agency("Президент", "президент", &tokenize("Президент")[0]));
        let mut lex = Lexicon::new();
        let mut e = crate::lexicon::Entry::new(crate::EntityKind::Organization, "Acme Wire", &[]);
        e.class = Class::Agency;
        lex.add(e);
        let (_, src) = parse("LONDON (Acme Wire) - The president", &lex, None);
        assert_eq!(src.as_deref(), Some("Acme Wire"));
    }

    #[test]
    fn wire_forms() {
        assert_eq!(
            dl("MOSCOW, June 9. /TASS/. The Russian and Turkish"),
            (
                some("MOSCOW", Some("June 9"), Some("--06-09")),
                Some("TASS".into())
            )
        );
        assert_eq!(
            dl("МОСКВА, 9 июня. /ТАСС/. Президент"),
            (
                some("МОСКВА", Some("9 июня"), Some("--06-09")),
                Some("TASS".into())
            )
        );
        assert_eq!(
            dl("WASHINGTON (AP) — The president"),
            (some("WASHINGTON", None, None), Some("AP".into()))
        );
        assert_eq!(
            dl("LONDON, March 3 (Reuters) - Shares"),
            (
                some("LONDON", Some("March 3"), Some("--03-03")),
                Some("Reuters".into())
            )
        );
        assert_eq!(
            dl("ROME 1996-12-06 Italy"),
            (some("ROME", Some("1996-12-06"), Some("1996-12-06")), None)
        );
        assert_eq!(
            dl("HÀ NỘI (TTXVN) - Thủ tướng"),
            (some("HÀ NỘI", None, None), Some("VNA".into()))
        );
        assert_eq!(
            dl("OREANDA-NEWS.  Russian President"),
            (None, Some("OREANDA-NEWS".into()))
        );
        assert_eq!(
            dl("On Monday, Russian President Vladimir Putin"),
            (None, None)
        );
        assert_eq!(
            dl("Moscow and Ankara reaffirmed their commitment"),
            (None, None)
        );
        assert_eq!(
            dl("AL-AIN , United Arab Emirates 1996-12-06"),
            (some("AL-AIN", Some("1996-12-06"), Some("1996-12-06")), None)
        );
        assert_eq!(
            dl("SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT ."),
            (None, None)
        );
        assert_eq!(
            dl("REDDING, Calif. (AP) — A fast-moving wildfire"),
            (some("REDDING", None, None), Some("AP".into()))
        );
        assert_eq!(
            dl("МОСКВА, 14 мая — РИА Новости. Движение по новому участку"),
            (
                some("МОСКВА", Some("14 мая"), Some("--05-14")),
                Some("RIA Novosti".into())
            )
        );
        assert_eq!(
            dl("Москва. 21 апреля. INTERFAX.RU - Уровень воды"),
            (
                some("Москва", Some("21 апреля"), Some("--04-21")),
                Some("Interfax".into())
            )
        );
        assert_eq!(dl("Москва. Кремль объявил"), (None, None));
        assert_eq!(
            dl("ВАШИНГТОН, 3 марта. /Корр. ТАСС Иван Иванов/. Президент США"),
            (
                some("ВАШИНГТОН", Some("3 марта"), Some("--03-03")),
                Some("TASS".into())
            )
        );
    }
}
