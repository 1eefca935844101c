//! Entity mentions: candidates from the lexicon automaton, initials (`V.Putin`, `В.В. Путин`),
//! capitalized chunks typed by context (titles and roles, organization heads, place cues and
//! place nouns), and the learned tagger for Russian; overlaps resolved longest first.

use super::Ctx;
use crate::lexicon::{Class, Lexicon};
use crate::segment::{Tok, TokKind};
use crate::{EntityKind, Span};

/// A mention candidate over name tokens `first..=last`.
#[derive(Debug, Clone)]
pub(crate) struct Cand {
    pub first: usize,
    pub last: usize,
    pub kind: Option<EntityKind>,
    pub entry: Option<u32>,
    /// Priority at equal length: lexicon 3, rules 2, tagger 1, pending surnames 0.
    pub score: u8,
    /// An initial + surname mention (`V.Putin`): token index of the surname.
    pub surname: Option<usize>,
    /// English noun of a place noun in the mention (`коридор` → `corridor`) and its token.
    pub place_noun: Option<(usize, String)>,
}

impl Cand {
    fn new(first: usize, last: usize, kind: Option<EntityKind>, score: u8) -> Cand {
        Cand {
            first,
            last,
            kind,
            entry: None,
            score,
            surname: None,
            place_noun: None,
        }
    }
    fn len(&self) -> usize {
        self.last + 1 - self.first
    }
}

/// Name tokens (hyphens split) with their automaton keys and sentence starts.
pub(crate) struct Names<'a> {
    pub cx: Ctx<'a>,
    keys: Vec<std::cell::Cell<u64>>,
    /// Tokens inside a role phrase (`Secretary of State`, `Tổng thống`): never part of a name.
    role: Vec<bool>,
    pub sent_start: Vec<bool>,
}

impl<'a> Names<'a> {
    pub fn new(cx: Ctx<'a>, sentences: &[Span]) -> Names<'a> {
        let keys = vec![std::cell::Cell::new(0); cx.toks.len()];
        let role = role_mask(&cx);
        let mut sent_start = vec![false; cx.toks.len()];
        for s in sentences {
            let i = cx.toks.partition_point(|t| t.start < s.start);
            if let Some(x) = sent_start.get_mut(i) {
                *x = true;
            }
        }
        // the first word after an opening quote or dash at a sentence start is initial too
        for i in 0..cx.toks.len().saturating_sub(1) {
            if sent_start[i] && cx.toks[i].kind == TokKind::Punct {
                sent_start[i + 1] = true;
            }
        }
        Names {
            role,
            cx,
            keys,
            sent_start,
        }
    }
    /// The automaton key of token `i`, computed on first use (0 means not yet computed).
    pub fn key(&self, i: usize) -> Option<u64> {
        let t = self.cx.toks.get(i)?;
        let k = self.keys[i].get();
        if k != 0 {
            return Some(k);
        }
        // a run of capitals is a shouted phrase ("HÀ NỘI"), not acronyms: match it as words
        let shout = |j: Option<usize>| {
            j.and_then(|j| self.cx.toks.get(j))
                .is_some_and(|n| n.upper && n.kind == TokKind::Word)
        };
        let plain;
        let t = if t.upper && (shout(i.checked_sub(1)) || shout(Some(i + 1))) {
            plain = Tok { upper: false, ..*t };
            &plain
        } else {
            t
        };
        let k = crate::lexicon::token_key(t.text(self.cx.text), &self.cx.lower[t.start..t.end], t)
            .max(1);
        self.keys[i].set(k);
        Some(k)
    }
    fn tok(&self, i: usize) -> &Tok {
        &self.cx.toks[i]
    }
    fn is_name_word(&self, i: usize) -> bool {
        self.cx
            .toks
            .get(i)
            .is_some_and(|t| t.kind == TokKind::Word && (t.cap || t.upper))
            && !self.role[i]
    }
    fn stop(&self, i: usize) -> bool {
        self.cx
            .profile
            .words()
            .stop_caps
            .longest(self.cx.words_from(i))
            .is_some_and(|(n, _)| n == 1)
    }
    /// A phrase of a table ending right before token `i`: its length.
    fn phrase_before<V>(&self, table: &crate::lang::Phrases<V>, i: usize) -> Option<usize> {
        self.cx.phrase_before(table, i, 4)
    }
    pub fn span(&self, c: &Cand) -> Span {
        Span::new(self.tok(c.first).start, self.tok(c.last).end)
    }
}

/// Marks the tokens of role phrases (`President`, `Secretary of State`, `Chủ tịch nước`).
fn role_mask(cx: &Ctx) -> Vec<bool> {
    let mut role = vec![false; cx.toks.len()];
    let titles = &cx.profile.words().person_titles;
    let mut i = 0;
    while i < cx.toks.len() {
        match titles
            .longest(cx.words_from(i))
            .filter(|_| cx.toks[i].kind == TokKind::Word)
        {
            Some((n, _)) => {
                role[i..i + n].iter_mut().for_each(|r| *r = true);
                i += n;
            }
            None => i += 1,
        }
    }
    role
}

/// All candidates, overlaps resolved. `tagged` is the output of a learned tagger when one ran
/// (Russian): it then replaces the typed guesses of the capitalized-chunk rules, which keep
/// only their untyped lone words (these join entities found elsewhere). In cross-validation
/// on factRuEval-2016 the rules' guesses (2–4 capitalized words = person, an acronym = an
/// organization, org-head, title and place-noun chunks), winning overlaps by length, cost
/// 5 points of F1 against the tagger's own spans.
pub(crate) fn find(nm: &Names, lex: &Lexicon, tagged: Option<&[(Span, EntityKind)]>) -> Vec<Cand> {
    let mut cands = lexicon_hits(nm, lex);
    cands.extend(initials(nm, lex));
    let chunk_cands = chunks(nm);
    match tagged {
        Some(tagged) => {
            cands.extend(chunk_cands.into_iter().filter(|c| c.kind.is_none()));
            let spans: Vec<Cand> = tagged
                .iter()
                .filter_map(|(s, k)| from_span(nm, *s, *k))
                .collect();
            // a town of the lexicon inside a name the tagger calls a person is a homonym
            // (`Марин Ле Пен`, `Белов`, `Кан`): the tagger has the context; a city of a
            // million people (`Баку`) is not
            let mut person = vec![false; nm.cx.toks.len()];
            for c in spans.iter().filter(|c| c.kind == Some(EntityKind::Person)) {
                person[c.first..=c.last].iter_mut().for_each(|p| *p = true);
            }
            cands.retain(|c| {
                c.entry.is_none_or(|e| {
                    let e = lex.entry(e);
                    e.class != Class::City || e.weight >= 1_000_000
                }) || !person[c.first..=c.last].iter().any(|&p| p)
            });
            cands.extend(spans);
        }
        None => cands.extend(chunk_cands),
    }
    trim_leading_places(&mut cands);
    resolve(cands)
}

/// A guessed person chunk that starts with a known place ("US Donald Trump", "Nga Sergei
/// Shoigu") starts after it: the place is a modifier, and a mention of its own.
fn trim_leading_places(cands: &mut [Cand]) {
    // known places by their first token (the first one found there, as a scan would find it)
    let mut places: crate::hash::FxMap<usize, Vec<usize>> = Default::default();
    for c in cands
        .iter()
        .filter(|c| c.entry.is_some() && c.kind == Some(EntityKind::Location))
    {
        places.entry(c.first).or_default().push(c.last);
    }
    for c in cands
        .iter_mut()
        .filter(|c| c.entry.is_none() && c.kind == Some(EntityKind::Person) && c.surname.is_none())
    {
        if let Some(&l) = places
            .get(&c.first)
            .and_then(|ls| ls.iter().find(|&&l| l + 2 <= c.last))
        {
            c.first = l + 1;
        }
    }
}

fn lexicon_hits(nm: &Names, lex: &Lexicon) -> Vec<Cand> {
    let toks = nm.cx.toks;
    let mut out = Vec::new();
    for i in 0..toks.len() {
        // a name starts capitalized, or lowercase a few words before a capitalized one
        // ("middle East", "государственный департамент США")
        let may_start = toks[i].cap
            || toks[i + 1..]
                .iter()
                .take(6)
                .take_while(|n| !n.line_start)
                .any(|n| n.cap && n.kind == TokKind::Word);
        if toks[i].kind != TokKind::Word || !may_start {
            continue;
        }
        let Some((n, e)) = lex.trie().longest_by(|k| nm.key(i + k)) else {
            continue;
        };
        let last = i + n - 1;
        let capped = toks[i].cap || n > 1 && toks[last].cap;
        if !capped
            || toks[i + 1..=last].iter().any(|t| t.line_start)
            || !toks[last].is_word() && !nm.is_name_word(last) && toks[last].kind != TokKind::Punct
        {
            continue;
        }
        let entry = lex.entry(e);
        let weak = n == 1
            && (nm.sent_start[i] || nm.stop(i))
            && (entry.class == Class::City && entry.weight < 200_000 || nm.stop(i));
        if weak {
            continue;
        }
        let mut c = Cand::new(i, last, Some(entry.class.kind()), 3);
        c.entry = Some(e);
        out.push(c);
    }
    out
}

/// `V.Putin`, `V. Putin`, `В.В. Путин`, `T.Erdogan`.
fn initials(nm: &Names, lex: &Lexicon) -> Vec<Cand> {
    let (text, toks) = (nm.cx.text, nm.cx.toks);
    let is_initial = |i: usize| {
        toks.get(i)
            .is_some_and(|t| t.kind == TokKind::Word && t.cap && t.text(text).chars().count() == 1)
            && toks
                .get(i + 1)
                .is_some_and(|d| d.is(text, ".") && !d.space_before)
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if !is_initial(i) || i > 0 && is_initial(i.saturating_sub(2)) && toks[i - 1].is(text, ".") {
            i += 1;
            continue;
        }
        let mut j = i;
        while is_initial(j) {
            j += 2;
        }
        if nm.is_name_word(j) && toks[j].text(text).chars().count() > 1 && !toks[j].line_start {
            let mut c = Cand::new(i, j, Some(EntityKind::Person), 3);
            c.surname = Some(j);
            c.entry = lex.person_by_surname(
                text,
                nm.cx.lower,
                &toks[j],
                toks[i].text(text).chars().next(),
            );
            out.push(c);
            i = j + 1;
        } else {
            i += 1;
        }
    }
    out
}

/// Capitalized chunks typed by their context.
fn chunks(nm: &Names) -> Vec<Cand> {
    let toks = nm.cx.toks;
    let w = nm.cx.profile.words();
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if !nm.is_name_word(i) || is_initial_tok(nm, i) {
            i += 1;
            continue;
        }
        let mut last = i;
        while nm.is_name_word(last + 1)
            && !toks[last + 1].line_start
            && toks[last + 1].space_before
            && !is_initial_tok(nm, last + 1)
        {
            last += 1;
        }
        let mut first = i;
        while first <= last && nm.sent_start[first] && nm.stop(first) {
            first += 1;
        }
        // a role inside the chunk ("Russian President Vladimir Putin"): the name follows it
        if let Some(after) = (first..last).rev().find_map(|k| {
            w.person_titles
                .longest(nm.cx.words_from(k))
                .map(|(n, _)| k + n)
                .filter(|&e| e <= last)
        }) {
            first = after;
        }
        if first <= last {
            if let Some(c) = type_chunk(nm, first, last) {
                out.push(c);
            }
        }
        i = last + 1;
    }
    out
}

fn is_initial_tok(nm: &Names, i: usize) -> bool {
    let t = nm.tok(i);
    t.text(nm.cx.text).chars().count() == 1
        && nm
            .cx
            .toks
            .get(i + 1)
            .is_some_and(|d| d.is(nm.cx.text, ".") && !d.space_before)
}

fn type_chunk(nm: &Names, first: usize, last: usize) -> Option<Cand> {
    let w = nm.cx.profile.words();
    let n = last + 1 - first;
    let initial = nm.sent_start[first];
    if n == 1 && nm.stop(first) {
        return None;
    }
    // place nouns: "Лачинского коридора", "hành lang Lachin", "Lachin corridor"
    if let Some((k, noun)) = w.place_nouns.longest(nm.cx.words_from(last + 1)) {
        let mut c = Cand::new(first, last + k, Some(EntityKind::Location), 2);
        c.place_noun = Some((last + 1, noun.clone()));
        return Some(c);
    }
    if let Some(k) = nm.phrase_before(&w.place_nouns, first) {
        let (noun_first, noun) = (
            first - k,
            w.place_nouns
                .longest(nm.cx.words_from(first - k))
                .map(|x| x.1.clone())
                .unwrap_or_default(),
        );
        if !nm.tok(noun_first).cap || nm.sent_start[noun_first] {
            let mut c = Cand::new(noun_first, last, Some(EntityKind::Location), 2);
            c.place_noun = Some((noun_first, noun));
            return Some(c);
        }
    }
    let whole = |t: &crate::lang::Phrases<u8>| {
        t.longest(nm.cx.words_from(first))
            .is_some_and(|(k, _)| k == n)
    };
    if whole(&w.weekdays) || whole(&w.months) {
        return None; // "Thứ Ba", "Monday", "June" name days, not entities
    }
    if n == 1
        && w.units
            .longest(nm.cx.words_from(first))
            .is_some_and(|(k, _)| k == 1)
    {
        return None; // a unit or currency code ("USD", "km") is not a name
    }
    if n >= 2
        && w.place_nouns
            .longest(nm.cx.words_from(last))
            .is_some_and(|(k, _)| k == 1)
    {
        return Some(Cand::new(first, last, Some(EntityKind::Location), 2)); // "Wall Street"
    }
    let org_words = (first..=last)
        .filter_map(|i| {
            w.org_heads
                .longest(nm.cx.words_from(i))
                .filter(|(k, _)| i + k <= last + 1)
                .map(|(k, _)| k)
        })
        .max();
    if org_words.is_some_and(|k| k == n)
        || w.person_titles
            .longest(nm.cx.words_from(first))
            .is_some_and(|(k, _)| k == n)
    {
        return None; // a bare head or role word ("Bộ", "President") is not a name
    }
    if org_words.is_some() {
        return Some(Cand::new(first, last, Some(EntityKind::Organization), 2));
    }
    if nm.phrase_before(&w.person_titles, first).is_some() {
        return Some(Cand::new(first, last, Some(EntityKind::Person), 2));
    }
    if n == 1
        && nm.phrase_before(&w.place_cues, first).is_some()
        && !initial
        && !nm.tok(first).upper
    {
        return Some(Cand::new(first, last, Some(EntityKind::Location), 1));
    }
    if n == 1 && nm.tok(first).upper && nm.tok(first).end - nm.tok(first).start >= 2 {
        return Some(Cand::new(first, last, Some(EntityKind::Organization), 1));
    }
    let short_word = (first..=last).any(|i| nm.cx.word(i).chars().count() < 2);
    if (2..=4).contains(&n) && !short_word {
        return Some(Cand::new(first, last, Some(EntityKind::Person), 1));
    }
    // a lone capitalized word: kept only if it links to an entity of the article
    // (sentence-initial too: "Putin said …" links to the known person)
    let _ = initial;
    (n == 1).then(|| Cand::new(first, last, None, 0))
}

fn from_span(nm: &Names, s: Span, k: EntityKind) -> Option<Cand> {
    let toks = nm.cx.toks;
    let first = toks.partition_point(|t| t.start < s.start);
    let last = toks.partition_point(|t| t.end <= s.end).checked_sub(1)?;
    (first <= last && toks[first].start == s.start && toks[last].end == s.end)
        .then(|| Cand::new(first, last, Some(k), 1))
}

/// Longest first, then by priority; earlier wins ties. Non-overlapping, in text order.
fn resolve(mut cands: Vec<Cand>) -> Vec<Cand> {
    cands.sort_by(|a, b| {
        b.len()
            .cmp(&a.len())
            .then(b.score.cmp(&a.score))
            .then(a.first.cmp(&b.first))
    });
    // tokens already covered, so each candidate is checked in time linear in its length
    let end = cands.iter().map(|c| c.last + 1).max().unwrap_or(0);
    let mut used = vec![false; end];
    let mut taken: Vec<Cand> = Vec::new();
    for c in cands {
        if used[c.first..=c.last].iter().all(|u| !u) {
            used[c.first..=c.last].iter_mut().for_each(|u| *u = true);
            taken.push(c);
        }
    }
    taken.sort_by_key(|c| c.first);
    taken
}
