//! Quantities: a number with the thing it counts (`About 200 people`, `1.960 người`,
//! `десятки тысяч жителей`, `28 km`), with language-aware separators, number words,
//! multipliers and approximation words. Numbers inside dates are not quantities, nor are
//! definite counts of participants (`the two leaders`).

use super::Ctx;
use crate::segment::TokKind;
use crate::Quantity;

/// All quantities; `in_date[i]` marks tokens that belong to a date.
pub(crate) fn find(cx: &Ctx, in_date: &[bool]) -> Vec<Quantity> {
    let w = cx.profile.words();
    let mut out = Vec::new();
    let mut i = 0;
    while i < cx.toks.len() {
        let Some((mut value, mut approx, mut next)) = number_at(cx, i).filter(|_| !in_date[i])
        else {
            i += 1;
            continue;
        };
        if let Some((n, m)) = w.multipliers.longest(cx.words_from(next)) {
            value *= m;
            next += n;
        }
        let Some((n, unit)) = w
            .units
            .longest(cx.words_from(next))
            .filter(|_| next < cx.toks.len() && !cx.toks[next].line_start)
        else {
            i = next.max(i + 1);
            continue;
        };
        // a number word before a one-syllable noun that goes on ("hai nhà lãnh đạo", the two
        // leaders): the noun is likely longer than the unit found, and no count is stated
        let spelled = cx.toks[i].kind == TokKind::Word && !approx;
        let goes_on = n == 1
            && cx
                .toks
                .get(next + 1)
                .is_some_and(|t| t.kind == TokKind::Word && !t.cap && !t.line_start);
        if spelled && goes_on && cx.profile.spaced_compounds() {
            i = next + n;
            continue;
        }
        let before = i.checked_sub(1).map(|p| cx.lower(p)).unwrap_or("");
        if matches!(before, "the" | "both" | "these" | "those") {
            i = next + n;
            continue;
        }
        approx |= approx_before(cx, i);
        let (start, end) = (cx.toks[i].start, cx.toks[next + n - 1].end);
        out.push(Quantity {
            text: cx.text[start..end].to_string(),
            value,
            unit: unit.clone(),
            approx,
            start,
            end,
        });
        i = next + n;
    }
    out
}

fn approx_before(cx: &Ctx, i: usize) -> bool {
    cx.phrase_before(&cx.profile.words().approx, i, 3).is_some()
}

/// A number at token `i`: (value, approximate, index after it).
fn number_at(cx: &Ctx, i: usize) -> Option<(f64, bool, usize)> {
    let t = cx.toks[i];
    if t.kind == TokKind::Number {
        let mut v = parse_number(t.text(cx.text), cx.profile.decimal_separator())?;
        let mut next = i + 1;
        // "1 960": a group of three digits after a space continues the number (ru, vi)
        while cx.profile.decimal_separator() == ','
            && cx.toks.get(next).is_some_and(|n| {
                n.kind == TokKind::Number && n.end - n.start == 3 && n.space_before && !n.line_start
            })
            && v < 1000.0
        {
            v = v * 1000.0 + parse_number(cx.word(next), ',')?;
            next += 1;
        }
        return Some((v, false, next));
    }
    let (n, (v, approx)) = cx.profile.words().numbers.longest(cx.words_from(i))?;
    Some((*v, *approx, i + n))
}

/// Parses `1.960` / `1,960` / `3,5` / `3.5` / `1.234.567` by the language's decimal separator.
pub(crate) fn parse_number(s: &str, decimal: char) -> Option<f64> {
    if s.contains(['/', ':']) || s.matches('-').count() > 0 {
        return None;
    }
    let group = if decimal == ',' { '.' } else { ',' };
    let groups: Vec<&str> = s.split(group).collect();
    let grouped = groups.len() > 1
        && groups[1..]
            .iter()
            .all(|g| g.len() == 3 || g.split(decimal).next().is_some_and(|x| x.len() == 3));
    let plain: String = if grouped {
        s.replace(group, "")
    } else if s.contains(group) {
        s.replace(group, ".")
    } else {
        s.to_string()
    };
    plain.replace(decimal, ".").parse::<f64>().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Lang;

    fn q(text: &str, lang: Lang) -> Vec<(String, f64, String, bool)> {
        let tt = crate::extract::TestText::new(text);
        let cx = tt.cx(lang);
        let toks = cx.toks;
        find(&cx, &vec![false; toks.len()])
            .into_iter()
            .map(|q| (q.text, q.value, q.unit, q.approx))
            .collect()
    }

    #[test]
    fn numbers_by_language() {
        assert_eq!(parse_number("1.960", ','), Some(1960.0));
        assert_eq!(parse_number("1,960", '.'), Some(1960.0));
        assert_eq!(parse_number("3,5", ','), Some(3.5));
        assert_eq!(parse_number("3.5", '.'), Some(3.5));
        assert_eq!(parse_number("9/11", '.'), None);
    }

    #[test]
    fn quantities_in_three_languages() {
        assert_eq!(
            q(
                "About 200 people were killed, including more than 30 civilians.",
                Lang::En
            ),
            [
                ("200 people".into(), 200.0, "people".into(), true),
                ("30 civilians".into(), 30.0, "civilians".into(), true)
            ]
        );
        assert_eq!(
            q("250 chuyến bay, 1.960 người, dài 28 km", Lang::Vi),
            [
                ("250 chuyến bay".into(), 250.0, "flights".into(), false),
                ("1.960 người".into(), 1960.0, "people".into(), false),
                ("28 km".into(), 28.0, "km".into(), false)
            ]
        );
        assert_eq!(
            q("десятки тысяч жителей Карабаха", Lang::Ru),
            [(
                "десятки тысяч жителей".into(),
                10000.0,
                "residents".into(),
                true
            )]
        );
        assert_eq!(q("the two leaders discussed", Lang::En), []);
        assert_eq!(
            q("được hai nhà lãnh đạo thảo luận, có 3 người", Lang::Vi),
            [("3 người".into(), 3.0, "people".into(), false)]
        );
    }
}
