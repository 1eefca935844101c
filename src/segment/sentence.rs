//! Sentence boundaries.
//!
//! A sentence ends at a line break, or after `.`, `!`, `?`, `…` (with any closing quotes and
//! brackets that follow) when whitespace and then an uppercase letter, a digit, an opening
//! quote or a dash come next — unless the word before the dot is an abbreviation of the
//! language (`г.`, `Mr.`, `TP.`), a single-letter initial (`В.`, `V.`), or the dot sits inside
//! a token (`V.Putin`, `1.960`, `U.S.`).

use super::token::{Tok, TokKind};
use crate::lang::Language;
use crate::normalize::{is_dash, quote_class, QuoteClass};
use crate::Span;

/// Splits a text into sentence spans.
pub(crate) fn sentences(text: &str, toks: &[Tok], profile: &dyn Language) -> Vec<Span> {
    let mut out = Vec::with_capacity(toks.len() / 16 + 1);
    let mut start: Option<usize> = None;
    let mut i = 0;
    while i < toks.len() {
        let t = toks[i];
        if t.line_start {
            if let Some(s) = start.take() {
                out.push(Span::new(toks[s].start, toks[i - 1].end));
            }
        }
        start.get_or_insert(i);
        if t.kind == TokKind::Punct && is_terminal(t.text(text)) {
            let mut j = i + 1;
            while j < toks.len() && !toks[j].space_before && is_closer(toks[j].text(text)) {
                j += 1;
            }
            if ends_here(text, toks, i, j, profile) {
                let s = start.take().unwrap_or(i);
                out.push(Span::new(toks[s].start, toks[j - 1].end));
            }
            i = j;
            continue;
        }
        i += 1;
    }
    if let Some(s) = start {
        out.push(Span::new(toks[s].start, toks[toks.len() - 1].end));
    }
    out
}

fn is_terminal(p: &str) -> bool {
    matches!(p, "." | "!" | "?" | "…")
}

fn is_closer(p: &str) -> bool {
    let c = p.chars().next().unwrap_or(' ');
    matches!(
        c,
        ')' | ']' | '»' | '”' | '"' | '’' | '\'' | '/' | '.' | '!' | '?'
    ) || quote_class(c) == Some(QuoteClass::Close)
}

fn ends_here(text: &str, toks: &[Tok], dot: usize, next: usize, profile: &dyn Language) -> bool {
    let Some(n) = toks.get(next) else { return true };
    if n.line_start {
        return true;
    }
    if !n.space_before {
        return false;
    }
    let first = n.text(text).chars().next().unwrap_or(' ');
    let starts = crate::hash::is_upper(first)
        || first.is_ascii_digit()
        || is_dash(first)
        || quote_class(first).is_some_and(|q| q != QuoteClass::Close)
        || first == '(';
    if !starts {
        return false;
    }
    if toks[dot].text(text) != "." || dot == 0 || next > dot + 1 {
        return true;
    }
    let prev = toks[dot - 1];
    if prev.end != toks[dot].start || prev.kind != TokKind::Word {
        return true;
    }
    let word = prev.text(text);
    let single_initial = word.chars().count() == 1 && word.chars().all(crate::hash::is_upper);
    if single_initial {
        return false;
    }
    let with_dot = &text[abbrev_start(text, toks, dot - 1)..toks[dot].end];
    !profile.words().is_abbreviation(with_dot)
}

/// Start of a dotted abbreviation ending at token `i` (`т.е`, `U.S`), or of the word itself.
fn abbrev_start(text: &str, toks: &[Tok], mut i: usize) -> usize {
    while i >= 2
        && toks[i - 1].is(text, ".")
        && toks[i - 1].start == toks[i - 2].end
        && toks[i].start == toks[i - 1].end
        && !toks[i].space_before
    {
        i -= 2;
    }
    toks[i].start
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::tokenize;
    use crate::Lang;

    fn split(t: &str, lang: Lang) -> Vec<&str> {
        let toks = tokenize(t);
        sentences(t, &toks, crate::lang::profile(lang))
            .into_iter()
            .map(|s| s.slice(t))
            .collect()
    }

    #[test]
    fn initials_abbreviations_numbers() {
        assert_eq!(
            split("Tổng thống V.Putin đã nói. Hai bên đồng ý.", Lang::Vi).len(),
            2
        );
        assert_eq!(
            split("В.В. Путин прибыл в г. Москву. Он заявил.", Lang::Ru),
            ["В.В. Путин прибыл в г. Москву.", "Он заявил."]
        );
        assert_eq!(
            split(
                "Mr. Smith went to the U.S. Army base. Then he left.",
                Lang::En
            )
            .len(),
            2
        );
        assert_eq!(split("Có 1.960 người. 3.5 km.", Lang::Vi).len(), 2);
        assert_eq!(
            split("He said \"No.\" Then left.", Lang::En),
            ["He said \"No.\"", "Then left."]
        );
        assert_eq!(
            split("Line one\nLine two", Lang::En),
            ["Line one", "Line two"]
        );
        assert_eq!(split("т.е. это так. Да.", Lang::Ru).len(), 2);
        assert_eq!(
            split("Đảm bảo an toàn./.", Lang::Vi),
            ["Đảm bảo an toàn./."]
        );
    }
}
