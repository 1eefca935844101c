//! Names in scripts that write a compound word as separate syllables (Vietnamese).
//!
//! There an organization name capitalizes only the first syllable of each word (`Bộ Kế hoạch
//! và Đầu tư`, `Tổng cục Thống kê`, `Sở Y tế tỉnh Quảng Ninh`), so after an organization head
//! the name runs over lowercase syllables; a lowercase administrative noun before a place is
//! not part of the place (`huyện Bảo Thắng` → `Bảo Thắng`) but is part of an organization
//! (`Công an tỉnh Lào Cai`); and one capitalized run may hold a name and a person (`Sở Y tế
//! tỉnh Quảng Ninh Phạm Thị Hồng`, `Vingroup Phạm Nhật Vượng`), told apart by the closed set
//! of family names. Words come from the profile's tables (`org_head`, `org_alone`,
//! `admin_unit`, `surname`, `misc_head`); the profile also tells native syllables from foreign
//! words, so that a capitalized run with neither a family name nor a foreign word is not
//! guessed to be a person (`Thống Nhất`, `Chợ Rẫy`).

use super::{is_initial_tok, type_chunk, Cand, Names};
use crate::lexicon::{Class, Lexicon};
use crate::segment::TokKind;
use crate::EntityKind;

/// Lexicon hits by their first token: the last token of the longest one, its kind, and
/// whether it is weak (one word naming a small town, as `Yamada`, `Mai`, which are also
/// parts of people's names).
pub(super) struct Known(Vec<Option<(usize, EntityKind, bool)>>);

impl Known {
    pub fn new(n: usize, hits: &[Cand], lex: &Lexicon) -> Known {
        let mut v: Vec<Option<(usize, EntityKind, bool)>> = vec![None; n];
        for c in hits {
            if let (Some(k), Some(slot)) = (c.kind, v.get_mut(c.first)) {
                if slot.is_none_or(|(l, _, _)| l < c.last) {
                    let weak = c.first == c.last
                        && c.entry.is_some_and(|e| {
                            let e = lex.entry(e);
                            e.class == Class::City && e.weight < 200_000
                        });
                    *slot = Some((c.last, k, weak));
                }
            }
        }
        Known(v)
    }
    fn at(&self, i: usize) -> Option<(usize, EntityKind)> {
        self.0.get(i).copied().flatten().map(|(l, k, _)| (l, k))
    }
    /// A hit that is not weak.
    fn strong(&self, i: usize) -> Option<(usize, EntityKind)> {
        self.0
            .get(i)
            .copied()
            .flatten()
            .filter(|x| !x.2)
            .map(|(l, k, _)| (l, k))
    }
}

/// Capitalized names typed by their context.
pub(super) fn chunks(nm: &Names, known: &Known) -> Vec<Cand> {
    let toks = nm.cx.toks;
    let w = nm.cx.words;
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if !nm.is_name_word(i) || is_initial_tok(nm, i) {
            i += 1;
            continue;
        }
        // "Trong khi đó", "Theo", "Sáng nay", "Chiều 15/3" opening a sentence
        if nm.sent_start[i]
            && (w.stop_caps.longest(nm.cx.words_from(i)).is_some()
                || w.relative_dates.longest(nm.cx.words_from(i)).is_some()
                || toks.get(i + 1).is_some_and(|t| t.kind == TokKind::Number))
        {
            i += 1;
            continue;
        }
        let len_at = |t: &crate::lang::Phrases<()>| t.longest(nm.cx.words_from(i)).map(|x| x.0);
        // a storm's name after its lowercase head (`bão Man-yi`): no entity
        if i > 0 && !toks[i - 1].cap && event_name(nm, i) {
            let mut last = i;
            while nm.is_name_word(last + 1) && !toks[last + 1].line_start {
                last += 1;
            }
            i = last + 1;
            continue;
        }
        let org = len_at(&w.org_heads);
        if let Some(m) = len_at(&w.misc_heads).filter(|&m| org.is_none_or(|o| m >= o)) {
            // an event, holiday or law ("Tết Nguyên đán", "Luật Đất đai"): no entity
            i = name_end(nm, known, i + m, false).map_or(i + m, |l| l + 1);
            continue;
        }
        // a place of the lexicon that starts with a head word ("Hội An") is that place
        if let (Some(h), Some((last, EntityKind::Location))) = (org, known.at(i)) {
            if last + 1 > i + h {
                i = last + 1;
                continue;
            }
        }
        if let Some(h) = org {
            let alone = len_at(&w.org_alone) == Some(h);
            let end = name_end(nm, known, i + h, alone).or((alone).then_some(i + h - 1));
            match end {
                Some(last) => {
                    out.push(Cand::new(i, last, Some(EntityKind::Organization), 2));
                    i = last + 1;
                }
                None => i += h, // a bare head ("Sở đã đề nghị")
            }
            continue;
        }
        // a capitalized place noun with lowercase syllables: "Vườn quốc gia Cúc Phương"
        if let Some((h, _)) = w.place_nouns.longest(nm.cx.words_from(i)) {
            if h > 1 && !nm.sent_start[i] {
                if let Some(q) = place_end(nm, known, i + h) {
                    out.push(Cand::new(i, q, Some(EntityKind::Location), 2));
                    i = q + 1;
                    continue;
                }
            }
        }
        let joins = |j: usize| {
            nm.is_name_word(j)
                && !toks[j].line_start
                && toks[j].space_before
                && !is_initial_tok(nm, j)
        };
        if person_start(nm, i) {
            // a person's name takes syllables that alone name places ("Nguyễn Đức Tài"), and
            // a two-syllable place right after the family name ("Đỗ Hà Nam")
            let mut last = i;
            while last < i + 3 && joins(last + 1) && !nm.tok(last + 1).upper {
                match known.at(last + 1) {
                    None => last += 1,
                    Some((q, _)) if q == last + 1 => last += 1,
                    Some((q, EntityKind::Location)) if last == i && q == i + 2 && joins(q) => {
                        last = q
                    }
                    Some(_) => break,
                }
            }
            out.extend(piece(nm, i, last));
            i = last + 1;
            continue;
        }
        let weak_here = known.strong(i).is_none() && joins(i + 1);
        if let Some((q, _)) = known.at(i).filter(|_| !weak_here) {
            // "xã Mỹ Hiệp": after an administrative noun the whole run is the place
            let mut last = q;
            while admin_before(nm, i)
                && last < i + 3
                && joins(last + 1)
                && !person_start(nm, last + 1)
            {
                last += 1;
            }
            if last > q {
                out.push(Cand::new(i, last, Some(EntityKind::Location), 2));
            }
            i = last + 1; // otherwise the lexicon candidate stands for it
            continue;
        }
        let mut last = i;
        while joins(last + 1) && known.strong(last + 1).is_none() && !person_start(nm, last + 1) {
            last += 1;
        }
        out.extend(piece(nm, i, last));
        i = last + 1;
    }
    out
}

/// Types a capitalized run that does not start with an organization head.
fn piece(nm: &Names, first: usize, last: usize) -> Option<Cand> {
    let w = nm.cx.words;
    let n = last + 1 - first;
    if n <= 4 && admin_before(nm, first) && !person_name_at(nm, first) {
        return Some(Cand::new(first, last, Some(EntityKind::Location), 2));
    }
    let mut c = type_chunk(nm, first, last)?;
    let unknown = match c.kind {
        // the default guess for two to four capitalized words
        Some(EntityKind::Person) if c.score == 1 => !personal(nm, first, last),
        // "tại Trụ sở": one syllable of a lowercase compound is not a place after a cue
        Some(EntityKind::Location) if c.score == 1 && n == 1 => nm
            .cx
            .toks
            .get(last + 1)
            .is_some_and(|t| t.is_word() && !t.cap && !t.upper && !t.line_start),
        _ => false,
    };
    if unknown {
        let cue =
            n > 1 && !nm.sent_start[first] && nm.phrase_before(&w.place_cues, first).is_some();
        (c.kind, c.score) = if cue {
            (Some(EntityKind::Location), 1)
        } else {
            (None, 0)
        };
    }
    Some(c)
}

/// A person's name: led by a family name and all native syllables, or with a foreign word.
fn personal(nm: &Names, first: usize, last: usize) -> bool {
    let p = nm.cx.profile;
    let native = |i: usize| p.native_word(nm.cx.lower(i));
    if (first..=last).any(|i| !native(i)) {
        return !(first..=last).any(|i| nm.tok(i).upper);
    }
    p.words()
        .surnames
        .longest(nm.cx.words_from(first))
        .is_some_and(|(k, _)| k == 1)
}

/// A family name followed by a capitalized native syllable: a person's name starts here.
fn person_start(nm: &Names, i: usize) -> bool {
    let p = nm.cx.profile;
    nm.is_name_word(i)
        && !nm.tok(i).upper
        && p.words()
            .surnames
            .longest(nm.cx.words_from(i))
            .is_some_and(|(k, _)| k == 1)
        && nm.is_name_word(i + 1)
        && nm
            .cx
            .toks
            .get(i + 1)
            .is_some_and(|t| t.space_before && !t.line_start && !t.upper)
        && p.native_word(nm.cx.lower(i + 1))
}

/// A lowercase administrative noun right before token `i` (`huyện`, `thị xã`), or one
/// that opens the sentence.
fn admin_before(nm: &Names, i: usize) -> bool {
    nm.phrase_before(&nm.cx.words.admin_units, i)
        .is_some_and(|a| !nm.tok(i - a).cap || nm.sent_start[i - a])
}

/// A lowercase administrative noun at `k` followed by a capitalized word: its length.
fn admin_at(nm: &Names, k: usize) -> Option<usize> {
    let t = nm.cx.toks.get(k)?;
    if !t.is_word() || t.cap && !nm.sent_start[k] {
        return None;
    }
    let (a, _) = nm.cx.words.admin_units.longest(nm.cx.words_from(k))?;
    nm.is_name_word(k + a).then_some(a)
}

/// The last token of a name that starts at `start`, after an organization head: capitalized
/// words, each with the lowercase syllables of its word (`Kế hoạch`), joined by `và`, `-`
/// or `,` (`Văn hóa, Thể thao và Du lịch`), ending at a known place or an administrative
/// unit and its place (`tỉnh Quảng Ninh`), or before a person (`Nguyễn Chí Dũng`). A head
/// that names an organization alone (`alone`: `Quốc hội`) takes capitalized words only.
fn name_end(nm: &Names, known: &Known, start: usize, alone: bool) -> Option<usize> {
    let toks = nm.cx.toks;
    let mut last = None;
    let mut k = start;
    // whether token k-1 is a capitalized word of the name (then k-1 is a one-syllable word
    // or the end of a capitalized pair, and takes no lowercase syllables)
    let mut after_cap = false;
    // a head with its domain in lowercase before a place or an acronym (`Ban Quản lý đường
    // sắt đô thị TP.HCM (MAUR)`): the lowercase syllables are part of the name; one or two
    // are rather a common noun before a name (`Đội tuyển Việt Nam`, `Công ty con VinFast`)
    if !alone {
        let end = lower_run_end(nm, k);
        if (3..=6).contains(&(end - k)) && continues(nm, known, end) {
            last = Some(end - 1);
            k = end;
        }
    }
    while k < toks.len() && !toks[k].line_start {
        if nm.is_name_word(k) && !is_initial_tok(nm, k) {
            // a one-word place inside a longer name ("Đại học Tôn Đức Thắng") is a name word
            let inner = |(q, _): &(usize, EntityKind)| {
                *q == k
                    && nm.is_name_word(k + 1)
                    && toks[k + 1].space_before
                    && known.at(k + 1).is_none()
                    && !person_start(nm, k + 1)
            };
            if let Some((q, kind)) = known.at(k).filter(|x| !inner(x)) {
                if kind == EntityKind::Person {
                    break;
                }
                last = Some(q);
                k = q + 1;
                if kind == EntityKind::Location {
                    break;
                }
                after_cap = true;
                continue;
            }
            if person_start(nm, k) && (last.is_some() || alone) {
                break;
            }
            last = Some(k);
            k += 1;
            // an acronym is a whole word; a second capitalized syllable ends its word
            if nm.tok(k - 1).upper {
                after_cap = false;
                continue;
            }
            if alone || after_cap {
                after_cap = true;
                continue;
            }
            after_cap = true;
            let end = lower_run_end(nm, k);
            if end > k {
                let l = end - k;
                let take = if l <= 8 && (continues(nm, known, end) || closes(nm, end)) {
                    l
                } else {
                    1
                };
                last = Some(k + take - 1);
                k += take;
                after_cap = false;
            }
            continue;
        }
        if let Some(a) = admin_at(nm, k) {
            if let Some(q) = place_end(nm, known, k + a) {
                last = Some(q);
            } else if person_name_at(nm, k + a) {
                // "UBND thành phố Dương Đức Tuấn": the body of the city, then its chairman
                last = Some(k + a - 1);
            }
            break;
        }
        if last.is_some() && !alone && connector(nm, known, k) {
            k += 1;
            after_cap = false;
            continue;
        }
        break;
    }
    last
}

/// The end of a run of lowercase syllables from `k` that may belong to a name: it stops at
/// function words, statement cues, titles, `và` and administrative units.
fn lower_run_end(nm: &Names, k: usize) -> usize {
    let w = nm.cx.words;
    let mut j = k;
    while let Some(t) = nm.cx.toks.get(j) {
        let plain = t.is_word() && !t.cap && !t.upper && !t.line_start;
        let at = |p: &crate::lang::Phrases<()>| p.longest(nm.cx.words_from(j)).is_some();
        // the syllable right after a capitalized one is most likely the rest of its word,
        // even when it is a function word too ("Hàng không", "Phòng không")
        if !plain
            || j > k && at(&w.stop_caps)
            || at(&w.person_titles)
            || w.cues.longest(nm.cx.words_from(j)).is_some()
            || admin_at(nm, j).is_some()
        {
            break;
        }
        j += 1;
    }
    j
}

/// Whether the name goes on at `k` after lowercase syllables: a capitalized word that does
/// not start a person, an administrative unit with its place, or `(ACRONYM)`.
fn continues(nm: &Names, known: &Known, k: usize) -> bool {
    let toks = nm.cx.toks;
    let name = nm.is_name_word(k)
        && !person_start(nm, k)
        && known
            .at(k)
            .is_none_or(|(_, kind)| kind != EntityKind::Person);
    let acronym = toks.get(k).is_some_and(|t| t.is(nm.cx.text, "("))
        && toks.get(k + 1).is_some_and(|t| t.upper);
    name || acronym || admin_at(nm, k).is_some()
}

/// Whether the name ends at `k` by punctuation or the end of the line.
fn closes(nm: &Names, k: usize) -> bool {
    nm.cx.toks.get(k).is_none_or(|t| {
        t.line_start || t.kind == TokKind::Punct && !t.is(nm.cx.text, "-") && !t.is(nm.cx.text, "/")
    })
}

/// `và`, a dash, or a comma inside `A, B và C`, followed by a word that continues the name
/// rather than starting another organization, a known name or a person.
fn connector(nm: &Names, known: &Known, k: usize) -> bool {
    let toks = nm.cx.toks;
    let w = nm.cx.words;
    let Some(t) = toks.get(k) else { return false };
    let next_ok = nm.is_name_word(k + 1)
        && known.at(k + 1).is_none()
        && !person_start(nm, k + 1)
        && !toks[k + 1].line_start;
    if !next_ok {
        return false;
    }
    let head_next = w.org_heads.longest(nm.cx.words_from(k + 1)).is_some();
    let text = nm.cx.text;
    if t.is_word() && nm.cx.lower(k) == "và" {
        !head_next
    } else if t.kind == TokKind::Punct && (t.is(text, "-") || t.is(text, "–")) {
        true
    } else if t.is(text, ",") {
        // a listed part of one name: ", Thể thao và Du lịch"
        !head_next
            && (k + 2..k + 6).any(|j| {
                toks.get(j)
                    .is_some_and(|x| x.is_word() && nm.cx.lower(j) == "và")
                    && nm.is_name_word(j + 1)
                    && !(k + 1..j).any(|m| toks[m].kind == TokKind::Punct)
            })
    } else {
        false
    }
}

/// The last token of a place name at `p` (after an administrative unit): a known place, or
/// up to three capitalized words, not running into a person.
fn place_end(nm: &Names, known: &Known, p: usize) -> Option<usize> {
    if let Some((q, _)) = known.at(p) {
        return Some(q);
    }
    if !nm.is_name_word(p) || person_name_at(nm, p) {
        return None;
    }
    let mut q = p;
    while q < p + 2
        && nm.is_name_word(q + 1)
        && nm.cx.toks[q + 1].space_before
        && !nm.cx.toks[q + 1].line_start
        && known.at(q + 1).is_none()
        && !person_start(nm, q + 1)
    {
        q += 1;
    }
    Some(q)
}

/// A person's full name at `p`: a family name and two or three more capitalized native
/// syllables (`Dương Đức Tuấn`); places are mostly of two (`Lê Thủy`).
fn person_name_at(nm: &Names, p: usize) -> bool {
    if !person_start(nm, p) {
        return false;
    }
    let more = (p + 1..p + 4)
        .take_while(|&k| {
            nm.is_name_word(k)
                && nm.cx.toks[k].space_before
                && !nm.cx.toks[k].line_start
                && !nm.tok(k).upper
                && nm.cx.profile.native_word(nm.cx.lower(k))
        })
        .count();
    more >= 2
}

/// Drops a one-word place that is an honorific before a person's name ("Anh Nguyễn Văn
/// Hùng": `anh` is "elder brother" there, not Britain), then trims administrative nouns.
pub(super) fn adjust(nm: &Names, cands: &mut Vec<Cand>) {
    let honorifics = &nm.cx.words.honorifics;
    cands.retain(|c| {
        let honorific = c.first == c.last
            && c.kind == Some(EntityKind::Location)
            && nm.cx.is_in(honorifics, c.first)
            && person_start(nm, c.first + 1);
        // a lexicon place that names a storm (`bão Man-yi`: `Man`)
        let storm = c.kind != Some(EntityKind::Person) && event_name(nm, c.first);
        !honorific && !storm
    });
    trim_admin(nm, cands);
}

/// Storm words: the name after one is a storm's (`bão Man-yi`, `Bão Trà Mi`, `siêu bão
/// Yagi`), whatever else the name may mean (`Man` is a town).
const STORM: &[&[&str]] = &[&["bão"], &["siêu", "bão"], &["cơn", "bão"]];

/// Whether the name at `i` is a storm's: no entity.
fn event_name(nm: &Names, i: usize) -> bool {
    // compared word by word with the tokens before `i`, from the last: no string is built or
    // split per candidate
    STORM.iter().any(|head| {
        head.len() <= i
            && head
                .iter()
                .rev()
                .zip((0..i).rev())
                .all(|(w, k)| nm.cx.lower(k) == *w)
    })
}

/// A place candidate that starts with a lowercase administrative noun (`tỉnh Quảng Ninh` from
/// the lexicon) starts after it.
fn trim_admin(nm: &Names, cands: &mut [Cand]) {
    let units = &nm.cx.words.admin_units;
    for c in cands
        .iter_mut()
        .filter(|c| c.kind == Some(EntityKind::Location))
    {
        if nm.tok(c.first).cap && !nm.sent_start[c.first] {
            continue;
        }
        if let Some((a, _)) = units.longest(nm.cx.words_from(c.first)) {
            if a < c.len() && nm.is_name_word(c.first + a) {
                c.first += a;
            }
        }
    }
}
