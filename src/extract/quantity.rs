//! Quantities: a number with the thing it counts (`About 200 people`, `1.960 người`,
//! `десятки тысяч жителей`, `28 km`), with language-aware separators, number words,
//! multipliers and approximation words. Numbers inside dates are not quantities, nor are
//! definite counts of participants (`the two leaders`).

use super::Ctx;
use crate::segment::TokKind;
use crate::Quantity;

/// All quantities; `in_date[i]` marks tokens that belong to a date.
pub(crate) fn find(cx: &Ctx, in_date: &[bool]) -> Vec<Quantity> {
    let w = cx.words;
    let mut out: Vec<Quantity> = Vec::new();
    let mut i = 0;
    while i < cx.toks.len() {
        if let Some((pair, after)) = range_at(cx, i).filter(|_| !in_date[i]) {
            out.extend(pair);
            i = after;
            continue;
        }
        let Some((mut value, mut approx, mut next)) = number_at(cx, i).filter(|_| !in_date[i])
        else {
            i += 1;
            continue;
        };
        let mut multiplied = false;
        if let Some((n, m)) = w.multipliers.longest(cx.words_from(next)) {
            value *= m;
            next += n;
            multiplied = true;
        }
        // a currency sign before the number (`$190.1 billion`, `A$1.2bn`, `€5 million`)
        if let Some((first, unit)) = currency_before(cx, i) {
            // `£18m`, `$50k`: a letter written against the amount multiplies it
            if !multiplied {
                if let Some(m) = cx
                    .toks
                    .get(next)
                    .filter(|t| !t.space_before && t.kind == TokKind::Word)
                    .and_then(|_| match cx.lower(next) {
                        "m" => Some(1e6),
                        "k" => Some(1e3),
                        _ => None,
                    })
                {
                    value *= m;
                    next += 1;
                }
            }
            approx |= approx_before(cx, first);
            let (start, end) = (cx.toks[first].start, cx.toks[next - 1].end);
            out.push(Quantity {
                text: cx.text[start..end].to_string(),
                value,
                unit,
                approx,
                start,
                end,
            });
            i = next;
            continue;
        }
        // `hundreds of people`, `dozens of workers`: an approximate plural before `of`
        if approx
            && cx.toks[i].kind == TokKind::Word
            && cx.lower(next.min(cx.toks.len() - 1)) == "of"
        {
            next += 1;
        }
        let in_line = next < cx.toks.len() && !cx.toks[next].line_start;
        let found = w
            .units
            .longest(cx.words_from(next))
            .filter(|_| in_line)
            .map(|(n, u)| (n, u.clone()))
            .or_else(|| {
                let t = cx.toks.get(next).filter(|_| in_line)?;
                let year_like = cx.toks[i].kind == TokKind::Number
                    && (1900.0..2100.0).contains(&value)
                    && value.fract() == 0.0
                    && !multiplied;
                (t.kind == TokKind::Word && !t.cap && !year_like)
                    .then(|| cx.profile.counted_noun(cx.lower(next)))
                    .flatten()
                    .map(|u| (1, u))
            })
            // `4,7 млрд рублей, из них 3 млрд`: a multiplied number without a unit counts what
            // the quantity just before it in the sentence counted
            .or_else(|| {
                let last = out.last()?;
                let near = cx.toks[i].start - last.end < 80
                    && !cx.text[last.end..cx.toks[i].start].contains(['.', '\n']);
                (multiplied && near).then(|| (0, last.unit.clone()))
            });
        let Some((n, unit)) = found else {
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
        // definite counts of participants are spelled (`the two leaders`); a figure after
        // `the` is a measure (`the 12 months to January`, `of the 1,080 reefs`)
        let before = i.checked_sub(1).map(|p| cx.lower(p)).unwrap_or("");
        // a spelled small count of countries, sides or leaders names the participants
        // (`между двумя странами`, `lãnh đạo hai nước`); Vietnamese `một` before a noun is
        // mostly the article (`một nhà xưởng`, a factory)
        let participants = spelled
            && value <= 3.0
            && matches!(
                unit.as_str(),
                "countries" | "sides" | "leaders" | "presidents" | "states" | "parties"
            );
        let article = spelled && value == 1.0 && cx.lower(i) == "một";
        // a number after a label word names a thing (`cơn bão số 9 năm nay`, storm No. 9 this
        // year; `рейс № 5`), it counts nothing
        if matches!(before, "số" | "№" | "no." | "No.") {
            i = next + n;
            continue;
        }
        if participants || article || unit == "hours" && clock_time(cx, i, next + n) {
            i = next + n;
            continue;
        }
        // a span of time is a measure even when definite (`the six months ended Sept. 30`)
        let duration = matches!(
            unit.as_str(),
            "years" | "months" | "weeks" | "days" | "hours" | "minutes" | "decades"
        );
        if spelled && !duration && matches!(before, "the" | "both" | "these" | "those") {
            i = next + n;
            continue;
        }
        approx |= approx_before(cx, i);
        // `минус 18 градусов`, `âm 5 độ`, `minus 40 degrees`: a spelled sign makes it negative
        let minus = matches!(before, "минус" | "minus" | "âm");
        let (value, first) = if minus { (-value, i - 1) } else { (value, i) };
        let (start, end) = (cx.toks[first].start, cx.toks[next + n - 1].end);
        out.push(Quantity {
            text: cx.text[start..end].to_string(),
            value,
            unit,
            approx,
            start,
            end,
        });
        i = next + n;
    }
    out
}

/// A range written as one token before a unit (`6.0-6.5%`, `10-15 km`, `2-3 triệu người`):
/// one quantity per bound, sharing the multiplier and the unit; and the index after them.
fn range_at(cx: &Ctx, i: usize) -> Option<([Quantity; 2], usize)> {
    let t = cx.toks[i];
    if t.kind != TokKind::Number {
        return None;
    }
    let (a, b) = t.text(cx.text).split_once('-')?;
    let sep = cx.profile.decimal_separator();
    let (lo, hi) = (parse_number(a, sep)?, parse_number(b, sep)?);
    if lo >= hi {
        return None;
    }
    let w = cx.words;
    let mut next = i + 1;
    let mut mult = 1.0;
    if let Some((n, m)) = w.multipliers.longest(cx.words_from(next)) {
        mult = *m;
        next += n;
    }
    let (n, unit) = w
        .units
        .longest(cx.words_from(next))
        .filter(|_| next < cx.toks.len() && !cx.toks[next].line_start)?;
    let approx = approx_before(cx, i);
    let cut = t.start + a.len();
    let q = |start: usize, end: usize, value: f64| Quantity {
        text: cx.text[start..end].to_string(),
        value: value * mult,
        unit: unit.clone(),
        approx,
        start,
        end,
    };
    let end = cx.toks[next + n - 1].end;
    Some(([q(t.start, cut, lo), q(cut + 1, end, hi)], next + n))
}

/// Whether `N giờ` / `N часов` at `i` (unit ending before `end`) is a time of day: after `lúc`,
/// `vào`, `в`, `к`, `từ`, `đến`, `с`, `до`, or before minutes or a part of the day (`9 giờ 30`,
/// `8 giờ sáng`, `10 часов утра`).
fn clock_time(cx: &Ctx, i: usize, end: usize) -> bool {
    let before = i.checked_sub(1).map(|p| cx.lower(p)).unwrap_or("");
    let after = cx.toks.get(end);
    matches!(
        before,
        "lúc" | "vào" | "từ" | "đến" | "в" | "к" | "с" | "до" | "at"
    ) || after.is_some_and(|t| {
        t.kind == TokKind::Number
            || matches!(
                cx.lower(end),
                "sáng"
                    | "chiều"
                    | "tối"
                    | "trưa"
                    | "đêm"
                    | "kém"
                    | "утра"
                    | "вечера"
                    | "дня"
                    | "ночи"
            )
    })
}

/// A currency sign right before the number at `i` (`$`, `€`, `£`), with a country prefix
/// written against it (`A$`, `US$`): the first token and the unit.
fn currency_before(cx: &Ctx, i: usize) -> Option<(usize, String)> {
    let s = i.checked_sub(1)?;
    let sign = cx.toks[s];
    if sign.kind != TokKind::Punct || cx.toks[i].space_before {
        return None;
    }
    let unit = cx.get_in(&cx.words.units, s)?.clone();
    let prefix = s > 0 && {
        let p = cx.toks[s - 1];
        p.kind == TokKind::Word
            && !sign.space_before
            && p.end - p.start <= 3
            && cx.word(s - 1).bytes().all(|b| b.is_ascii_uppercase())
    };
    Some((if prefix { s - 1 } else { s }, unit))
}

fn approx_before(cx: &Ctx, i: usize) -> bool {
    cx.phrase_before(&cx.words.approx, i, 3).is_some()
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
    let (n, (v, approx)) = cx.words.numbers.longest(cx.words_from(i))?;
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
            q("Sau gần 4 giờ, lúc 9 giờ 30, đến 8 giờ sáng", Lang::Vi),
            [("4 giờ".into(), 4.0, "hours".into(), true)]
        );
        assert_eq!(
            q("через 2 часа, в 10 часов утра", Lang::Ru),
            [("2 часа".into(), 2.0, "hours".into(), false)]
        );
        assert_eq!(q("товарооборот между двумя странами вырос", Lang::Ru), []);
        assert_eq!(
            q("một nhà xưởng rộng 3.000 m2, một triệu người", Lang::Vi),
            [
                ("3.000 m2".into(), 3000.0, "sq m".into(), false),
                ("một triệu người".into(), 1e6, "people".into(), false)
            ]
        );
        assert_eq!(
            q("hundreds of people and dozens of workers", Lang::En),
            [
                ("hundreds of people".into(), 100.0, "people".into(), true),
                ("dozens of workers".into(), 12.0, "workers".into(), true)
            ]
        );
        assert_eq!(
            q(
                "rose to $190.1 billion, A$1.2bn and about $35 per tonne",
                Lang::En
            ),
            [
                ("$190.1 billion".into(), 190.1e9, "dollars".into(), false),
                ("A$1.2bn".into(), 1.2e9, "dollars".into(), false),
                ("$35".into(), 35.0, "dollars".into(), true)
            ]
        );
        assert_eq!(
            q(
                "close 14 stores in the 12 months, 84 pence; its 2024 results",
                Lang::En
            ),
            [
                ("14 stores".into(), 14.0, "stores".into(), false),
                ("12 months".into(), 12.0, "months".into(), false),
                ("84 pence".into(), 84.0, "pence".into(), false)
            ]
        );
        assert_eq!(
            q("за девять месяцев построены 12 мостов", Lang::Ru),
            [
                ("девять месяцев".into(), 9.0, "months".into(), false),
                ("12 мостов".into(), 12.0, "bridges".into(), false)
            ]
        );
        assert_eq!(
            q("trong 10 tháng đầu năm, sau 4 ngày bay", Lang::Vi),
            [
                ("10 tháng".into(), 10.0, "months".into(), false),
                ("4 ngày".into(), 4.0, "days".into(), false)
            ]
        );
        assert_eq!(
            q("a target of 6.0-6.5% and 10-15 km", Lang::En),
            [
                ("6.0".into(), 6.0, "percent".into(), false),
                ("6.5%".into(), 6.5, "percent".into(), false),
                ("10".into(), 10.0, "km".into(), false),
                ("15 km".into(), 15.0, "km".into(), false)
            ]
        );
        assert_eq!(
            q(
                "составляет 4,7 млрд рублей, из них 3 млрд выделены",
                Lang::Ru
            ),
            [
                ("4,7 млрд рублей".into(), 4.7e9, "rubles".into(), false),
                ("3 млрд".into(), 3e9, "rubles".into(), false)
            ]
        );
        assert_eq!(
            q("fined £18m, a $50k grant; the six months ended", Lang::En),
            [
                ("£18m".into(), 18e6, "pounds".into(), false),
                ("$50k".into(), 5e4, "dollars".into(), false),
                ("six months".into(), 6.0, "months".into(), false)
            ]
        );
        assert_eq!(
            q("опустится до минус 18 градусов", Lang::Ru),
            [("минус 18 градусов".into(), -18.0, "degrees".into(), false)]
        );
        assert_eq!(
            q("cơn bão số 9 năm nay, gió 195 km/h, 3 ga ngầm", Lang::Vi),
            [
                ("195 km/h".into(), 195.0, "km/h".into(), false),
                ("3 ga".into(), 3.0, "stations".into(), false)
            ]
        );
        assert_eq!(
            q("được hai nhà lãnh đạo thảo luận, có 3 người", Lang::Vi),
            [("3 người".into(), 3.0, "people".into(), false)]
        );
    }
}
