//! Entity mentions: candidates from the lexicon automaton, initials (`V.Putin`, `В.В. Путин`),
//! capitalized chunks typed by context (titles and roles, organization heads, place cues and
//! place nouns), and the learned tagger for Russian; overlaps resolved longest first.

mod spaced;

use super::Ctx;
use crate::lexicon::names::{name_word, NameWord};
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
    /// Whether unknown capitalized sequences need evidence to be persons (the profile's
    /// [`names_need_evidence`](crate::lang::Language::names_need_evidence)); the fields below
    /// are filled only then.
    evidence: bool,
    /// Tokens on a headline line in Title Case or capitals: their capitals say nothing.
    headline: Vec<bool>,
    /// Capitalized words standing alone (not in a longer capitalized sequence) after a
    /// sentence start, by lowercase form: `Saka` after `Bukayo Saka` marks a person's surname.
    alone: std::cell::OnceCell<crate::hash::FxMap<&'a str, u16>>,
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
        // and so is the first word after a dateline or outlet prefix's dash near the line
        // start (`LONDON (Reuters) - Shares`, `NDO - Theo Sở Y tế`, `INTERFAX.RU - За сутки`)
        let mut line_at = 0;
        for i in 1..cx.toks.len().saturating_sub(1) {
            let t = cx.toks[i];
            if t.line_start {
                line_at = i;
            }
            if t.kind != TokKind::Punct || !t.space_before || t.line_start || i - line_at > 12 {
                continue;
            }
            let prev = cx.toks[i - 1];
            let dash = t.text(cx.text).chars().all(crate::normalize::is_dash);
            let closes_prefix = prev.is(cx.text, ")") || prev.kind == TokKind::Word && prev.upper;
            if dash && closes_prefix {
                sent_start[i + 1] = true;
            }
        }
        let evidence = cx.profile.names_need_evidence();
        let mut nm = Names {
            role,
            cx,
            keys,
            sent_start,
            evidence,
            headline: Vec::new(),
            alone: std::cell::OnceCell::new(),
        };
        if evidence {
            nm.evidence_marks();
        }
        nm
    }

    /// Fills the marks the evidence rules read: headline lines, capitalized words standing
    /// alone.
    fn evidence_marks(&mut self) {
        let (text, toks) = (self.cx.text, self.cx.toks);
        self.headline = vec![false; toks.len()];
        let mut start = 0;
        while start < toks.len() {
            let end = toks[start + 1..]
                .iter()
                .position(|t| t.line_start)
                .map_or(toks.len(), |p| start + 1 + p);
            let line = &toks[start..end];
            // one pass: words, capitalized words, numbers, and whether every word is shouted
            let (mut words, mut caps, mut numbers, mut shouted) = (0, 0, 0, true);
            for t in line {
                match t.kind {
                    TokKind::Word => {
                        words += 1;
                        caps += usize::from(t.cap || t.upper);
                        shouted &= t.upper || t.cap && t.end - t.start == 1;
                    }
                    TokKind::Number => numbers += 1,
                    TokKind::Punct => {}
                }
            }
            // a sentence ends with a full stop, however many names it has; a line in capitals
            // is a headline whatever its end (`SOCCER - JAPAN GET LUCKY WIN .`)
            let stop = line.last().is_some_and(|t| t.is(text, "."));
            if words >= 4 && (shouted || caps * 4 >= words * 3 && numbers < 2 && !stop) {
                self.headline[start..end].iter_mut().for_each(|h| *h = true);
            }
            start = end;
        }
    }

    /// Counts the capitalized words standing alone after a sentence start, except those of
    /// lexicon names (`France` alone says nothing about `Stade de France`).
    fn count_alone(&self, lexicon: &[Cand]) {
        let toks = self.cx.toks;
        let mut known = vec![false; toks.len()];
        for c in lexicon {
            known[c.first..=c.last].iter_mut().for_each(|k| *k = true);
        }
        let mut alone: crate::hash::FxMap<&str, u16> = Default::default();
        // the name-word tests of the token before, this one and the next, slid along
        let (mut before, mut this) = (false, self.is_name_word(0));
        for i in 0..toks.len() {
            let next = self.is_name_word(i + 1);
            let joined_before = before && toks[i].space_before;
            let joined_after = next && toks[i + 1].space_before;
            let counted = this && !known[i] && !self.sent_start[i];
            (before, this) = (this, next);
            if counted && !self.headline[i] && !joined_before && !joined_after {
                *alone.entry(self.cx.lower(i)).or_default() += 1;
            }
        }
        let _ = self.alone.set(alone);
    }
    /// The automaton key of token `i`, computed on first use (0 means not yet computed).
    pub fn key(&self, i: usize) -> Option<u64> {
        self.cx.toks.get(i)?;
        let k = self.keys[i].get();
        if k != 0 {
            return Some(k);
        }
        // a run of capitals is a shouted phrase ("HÀ NỘI"), not acronyms: match it as words
        let shout = |j: Option<usize>| {
            j.and_then(|j| self.cx.toks.get(j))
                .is_some_and(|n| n.upper && n.kind == TokKind::Word)
        };
        let t = &self.cx.toks[i];
        let plain;
        let t = if t.upper && (shout(i.checked_sub(1)) || shout(Some(i + 1))) {
            plain = Tok { upper: false, ..*t };
            &plain
        } else {
            t
        };
        let lower = &self.cx.lower[t.start..t.end];
        let k = crate::lexicon::token_key_hashed(t.text(self.cx.text), lower, t, self.cx.hash(i))
            .max(1);
        self.keys[i].set(k);
        Some(k)
    }
    /// The automaton key of token `i` as written, acronyms kept (`UBND TP.HCM`, `TP HCM`).
    fn raw_key(&self, i: usize) -> Option<u64> {
        let t = self.cx.toks.get(i)?;
        Some(
            crate::lexicon::token_key_hashed(
                t.text(self.cx.text),
                &self.cx.lower[t.start..t.end],
                t,
                self.cx.hash(i),
            )
            .max(1),
        )
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
            .words
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
    let titles = &cx.words.person_titles;
    let mut i = 0;
    while i < cx.toks.len() {
        let heads = &cx.words.org_heads;
        match titles.longest(cx.words_from(i)).filter(|(n, _)| {
            cx.toks[i].kind == TokKind::Word
                // "General Motors", "General Electric": a capitalized head makes it a name
                && !(cx.profile.names_need_evidence()
                    && cx.toks[i].cap
                    && cx.toks.get(i + n).is_some_and(|t| t.cap && !t.line_start)
                    && heads.longest(cx.words_from(i + n)).is_some())
        }) {
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
    if nm.evidence {
        nm.count_alone(&cands);
    }
    cands.extend(initials(nm, lex));
    let chunk_cands = if nm.cx.profile.spaced_compounds() {
        let known = spaced::Known::new(nm.cx.toks.len(), &cands, lex);
        cands.extend(spaced::chunks(nm, &known));
        spaced::adjust(nm, &mut cands);
        Vec::new()
    } else {
        chunks(nm)
    };
    match tagged {
        Some(tagged) => {
            cands.extend(chunk_cands.into_iter().filter(|c| c.kind.is_none()));
            let spans: Vec<Cand> = tagged
                .iter()
                .filter_map(|(s, k)| from_span(nm, *s, *k))
                .flat_map(|c| split_coordination(nm, &cands, c))
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
    if nm.evidence {
        retype_by_document(nm, lex, &mut cands);
        teams_by_result(nm, lex, &mut cands);
    }
    // a Roman numeral standing alone is an ordinal ("quý III", "Phase II"), not an acronym
    cands.retain(|c| c.first != c.last || c.entry.is_some() || !is_roman(nm.cx.word(c.first)));
    // a country prefix written against a currency sign (`S$742 million`, `HK$`, `R$`) is no name
    cands.retain(|c| !(c.first == c.last && currency_prefix(&nm.cx, c.first)));
    resolve(cands)
}

/// Whether token `i` is a short capitalized prefix glued to a currency sign (`S` in `S$`).
fn currency_prefix(cx: &Ctx, i: usize) -> bool {
    let t = cx.toks[i];
    t.kind == TokKind::Word
        && t.end - t.start <= 3
        && cx.toks.get(i + 1).is_some_and(|n| {
            !n.space_before
                && n.kind == TokKind::Punct
                && matches!(n.text(cx.text), "$" | "€" | "£")
        })
}

/// A city named as a side of a match result is its team: `Chelsea` in `Manchester United beat
/// Chelsea 2-1`, `Liverpool` in `Liverpool drew 1-1 with Arsenal` — a result verb right after
/// the name, or a few lowercase words or numbers before it, and a score in the sentence.
/// Countries stay places (national sides are annotated as places).
fn teams_by_result(nm: &Names, lex: &Lexicon, cands: &mut [Cand]) {
    let w = nm.cx.words;
    let toks = nm.cx.toks;
    let verb_at = |k: usize| w.result_verbs.longest(nm.cx.words_from(k)).map(|x| x.0);
    let mut teams: crate::hash::FxSet<Option<u32>> = Default::default();
    for c in cands.iter() {
        let city = c.kind == Some(EntityKind::Location)
            && c.entry.is_some_and(|e| lex.entry(e).class == Class::City);
        if !city {
            continue;
        }
        let start = (0..=c.first).rev().find(|&i| nm.sent_start[i]).unwrap_or(0);
        let end = (c.last + 1..toks.len())
            .find(|&i| nm.sent_start[i])
            .unwrap_or(toks.len());
        let score = (start..end).any(|i| {
            let t = nm.cx.word(i);
            toks[i].kind == TokKind::Number
                && t.split_once('-').is_some_and(|(a, b)| {
                    !a.is_empty() && a.len() <= 3 && !b.is_empty() && b.len() <= 3
                })
        });
        let subject = verb_at(c.last + 1).is_some();
        let object = (c.first.saturating_sub(4)..c.first).any(|k| {
            verb_at(k).is_some() && (k + 1..c.first).all(|j| !toks[j].cap && !toks[j].upper)
        });
        if score && (subject || object) {
            teams.insert(c.entry);
        }
    }
    // every mention of such a city in the article is the team, and no longer the city entry
    for c in cands.iter_mut() {
        if c.kind == Some(EntityKind::Location) && c.entry.is_some() && teams.contains(&c.entry) {
            c.kind = Some(EntityKind::Organization);
            c.entry = None;
        }
    }
}

/// `II`, `III`, `IV`, `XIV`: two or more of `I`, `V`, `X` (single letters are initials).
fn is_roman(w: &str) -> bool {
    w.len() >= 2 && w.bytes().all(|b| matches!(b, b'I' | b'V' | b'X'))
}

/// Types a mention by the other mentions of its text: a lone word that a person's name ends
/// with is that person, not the town of the lexicon (`Matthew Perry` ... `Perry`), and the
/// short name of an organization is an organization (`Toyota Motor Corp` ... `Toyota`,
/// `Labour Party` ... `Labour`).
fn retype_by_document(nm: &Names, lex: &Lexicon, cands: &mut [Cand]) {
    let w = nm.cx.words;
    let words = |c: &Cand| {
        (c.first..=c.last)
            .map(|i| nm.cx.lower(i))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut surnames: crate::hash::FxSet<&str> = Default::default();
    let mut short: crate::hash::FxSet<String> = Default::default();
    for c in cands.iter().filter(|c| c.last > c.first) {
        match c.kind {
            Some(EntityKind::Person) => {
                surnames.insert(nm.cx.lower(c.last));
            }
            Some(EntityKind::Organization) => {
                let mut last = c.last;
                while last > c.first && nm.cx.is_in(&w.org_suffixes, last) {
                    last -= 1;
                }
                if last < c.last {
                    let mut s = c.clone();
                    s.last = last;
                    short.insert(words(&s));
                }
            }
            _ => {}
        }
    }
    // the first word of a short name of several words: "Anglo American Plc" ... "Anglo"
    let firsts: Vec<String> = short
        .iter()
        .filter_map(|s| s.split_once(' ').map(|x| x.0.to_string()))
        .collect();
    short.extend(firsts);
    // persons by token, for lists: "Nathan McSweeney and Marnus Labuschagne"
    let mut person_at = vec![false; nm.cx.toks.len() + 1];
    for c in cands.iter().filter(|c| c.kind == Some(EntityKind::Person)) {
        person_at[c.first] = true;
        person_at[c.last] = true;
    }
    let listed = |c: &Cand| {
        let sep = |i: usize| {
            let t = &nm.cx.toks[i];
            t.is(nm.cx.text, ",") || nm.cx.is_in(&w.name_joiners, i) && !t.cap
        };
        c.first >= 2 && sep(c.first - 1) && person_at[c.first - 2]
            || c.last + 2 < nm.cx.toks.len() && sep(c.last + 1) && person_at[c.last + 2]
    };
    for c in cands.iter_mut() {
        if c.score == 0
            && c.entry.is_none()
            && c.kind == Some(EntityKind::Organization)
            && c.last > c.first
            && listed(c)
        {
            c.kind = Some(EntityKind::Person);
            continue;
        }
        let place = c.entry.is_some_and(|e| {
            matches!(
                lex.entry(e).class,
                Class::City | Class::Region | Class::Feature | Class::Territory
            )
        }) || c.entry.is_none() && c.kind == Some(EntityKind::Location);
        if c.first == c.last && place && surnames.contains(nm.cx.lower(c.first)) {
            (c.entry, c.kind, c.score) = (None, None, 0);
        } else if c.kind != Some(EntityKind::Organization)
            && c.entry.is_none_or(|e| lex.entry(e).class != Class::Country)
            && !short.is_empty()
            && short.contains(&words(c))
        {
            (c.entry, c.kind, c.score) = (None, Some(EntityKind::Organization), 2);
        }
    }
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
    let mut out = Vec::with_capacity(toks.len() / 16);
    // a name starts capitalized, or lowercase a few words before a capitalized one ("middle
    // East", "государственный департамент США"): the next capitalized word on the line, from
    // the end
    let mut next_cap = vec![usize::MAX; toks.len()];
    for i in (1..toks.len()).rev() {
        next_cap[i - 1] = match toks[i] {
            t if t.line_start => usize::MAX,
            t if t.cap && t.kind == TokKind::Word => i,
            _ => next_cap[i],
        };
    }
    for i in 0..toks.len() {
        let may_start = toks[i].cap || next_cap[i] - i <= 6;
        if toks[i].kind != TokKind::Word || !may_start {
            continue;
        }
        let mut hit = lex.trie().longest_by(|k| nm.key(i + k));
        if toks[i].upper {
            // acronyms next to acronyms ("UBND TP.HCM") are read as written too
            let raw = lex.trie().longest_by(|k| nm.raw_key(i + k));
            if raw.is_some_and(|r| hit.is_none_or(|h| r.0 > h.0)) {
                hit = raw;
            }
        }
        let Some((mut n, e)) = hit else {
            continue;
        };
        // a lowercase last word after a name of the same kind is the text's common noun,
        // not part of the name (`Bac Ninh province`)
        let mut e = e;
        while n > 1 && toks[i + n - 1].kind == TokKind::Word && !toks[i + n - 1].cap {
            let shorter = lex
                .trie()
                .longest_by(|k| if k < n - 1 { nm.key(i + k) } else { None });
            match shorter {
                Some((m, f))
                    if m == n - 1 && lex.entry(f).class.kind() == lex.entry(e).class.kind() =>
                {
                    (n, e) = (m, f)
                }
                _ => break,
            }
        }
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
            && (nm.sent_start[i] || nm.stop(i) || nm.evidence && nm.headline[i])
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
        toks.get(i).is_some_and(|t| {
            // one letter: at most four bytes, then counted
            t.kind == TokKind::Word
                && t.cap
                && t.end - t.start <= 4
                && t.text(text).chars().count() == 1
        }) && toks
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
            // more name words after the first: "N. Chandrababu Naidu"
            let mut j = j;
            while nm.evidence
                && nm.is_name_word(j + 1)
                && toks[j + 1].space_before
                && !toks[j + 1].line_start
            {
                j += 1;
            }
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
    let w = nm.cx.words;
    let mut out = Vec::with_capacity(toks.len() / 16);
    let mut i = 0;
    while i < toks.len() {
        let particle_start = nm.evidence && particle_hyphen(nm, i);
        if !particle_start && (!nm.is_name_word(i) || is_initial_tok(nm, i)) {
            i += 1;
            continue;
        }
        let mut last = if particle_start { i + 2 } else { i };
        loop {
            while nm.is_name_word(last + 1)
                && !toks[last + 1].line_start
                && toks[last + 1].space_before
                && !is_initial_tok(nm, last + 1)
            {
                last += 1;
            }
            match nm.evidence.then(|| join(nm, i, last)).flatten() {
                Some(l) => last = l,
                None => break,
            }
        }
        let mut first = i;
        while first <= last && (nm.sent_start[first] || nm.evidence) && nm.stop(first) {
            first += 1;
            // nor does the hyphen that joined the stop word start a name ("Monday-Friday")
            while first <= last && hyphen(nm, nm.tok(first)) {
                first += 1;
            }
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
        if first <= last && nm.evidence && nm.headline[first] {
            // a Title Case or capitals headline: its words only join entities named below
            out.extend(
                (first..=last)
                    .filter(|&k| nm.is_name_word(k) && !nm.stop(k))
                    .map(|k| Cand::new(k, k, None, 0)),
            );
        } else if first <= last {
            if let Some(c) = type_chunk(nm, first, last) {
                out.push(c);
            }
        }
        i = last + 1;
    }
    out
}

/// A lowercase particle glued to a capitalized word by a hyphen (`al-Jaber`, `el-Sisi`).
fn particle_hyphen(nm: &Names, i: usize) -> bool {
    let toks = nm.cx.toks;
    toks.get(i)
        .is_some_and(|t| t.kind == TokKind::Word && !t.cap)
        && toks.get(i + 1).is_some_and(|h| hyphen(nm, h))
        && nm.is_name_word(i + 2)
        && nm.cx.is_in(&nm.cx.words.name_particles, i)
}

fn hyphen(nm: &Names, t: &Tok) -> bool {
    t.kind == TokKind::Punct && !t.space_before && t.text(nm.cx.text) == "-"
}

/// Where a name continues past token `last` of a chunk starting at `first`: over a hyphen
/// (`Evans-Pritchard`, `Park Sang-hyun`), a particle (`bin Salman`, `da Silva`, `al-Jaber`), or
/// a joiner after an organization or place head (`Bank of England`, `Gulf of Mexico`,
/// `Procter & Gamble`). Returns the new last token.
fn join(nm: &Names, first: usize, last: usize) -> Option<usize> {
    let (toks, w) = (nm.cx.toks, nm.cx.words);
    let next = toks.get(last + 1)?;
    if next.line_start {
        return None;
    }
    let word_after = |j: usize, cap: bool| {
        toks.get(j).is_some_and(|t| {
            t.kind == TokKind::Word && !t.line_start && (!cap || nm.is_name_word(j))
        })
    };
    let demonym = |i: usize| name_word(nm.cx.lower(i)) == Some(NameWord::Demonym);
    if hyphen(nm, next)
        && word_after(last + 2, true)
        && !toks[last + 2].space_before
        && !demonym(last)
        && !demonym(last + 2)
    {
        return Some(last + 2);
    }
    // a Korean given name's lowercase second syllable: "Park Sang-hyun"
    if hyphen(nm, next)
        && last > first
        && word_after(last + 2, false)
        && !toks[last + 2].space_before
        && name_word(nm.cx.lower(first)) == Some(NameWord::FamilyFirst)
    {
        return Some(last + 2);
    }
    // "Warner Bros. Television", "Amazon.com Inc.": a head abbreviation keeps its dot
    if next.is(nm.cx.text, ".")
        && !next.space_before
        && w.org_heads
            .longest(nm.cx.words_from(last))
            .is_some_and(|(k, _)| k == 2)
    {
        return Some(last + 1);
    }
    if next.cap || next.kind != TokKind::Word && next.kind != TokKind::Punct {
        return None;
    }
    let dated = |i: usize| {
        toks.get(i)
            .is_some_and(|_| nm.cx.is_in(&w.months, i) || nm.cx.is_in(&w.weekdays, i))
    };
    if dated(last + 2) {
        return None;
    }
    let lower = nm.cx.lower(last + 1);
    if nm.cx.is_in(&w.name_particles, last + 1) {
        if word_after(last + 2, true) && toks[last + 2].space_before {
            return Some(last + 2);
        }
        if particle_hyphen(nm, last + 1) {
            return Some(last + 3);
        }
        return None;
    }
    if !w.name_joiners.contains(lower) || !word_after(last + 2, true) {
        return None;
    }
    let has = |t: &crate::lang::Phrases<()>| (first..=last).any(|k| nm.cx.is_in(t, k));
    let head = has(&w.org_heads);
    let lead_place = w
        .place_nouns
        .longest(nm.cx.words_from(first))
        .is_some_and(|(k, _)| k == 1);
    let joined = (first..=last).any(|k| nm.cx.is_in(&w.name_joiners, k));
    let ok = match lower {
        "&" => true,
        "and" => {
            // one word after "and", or two that do not start with a given name ("Department
            // of Forestry and Fire Protection", "Ministry of Agriculture and Rural Development")
            let tail = !nm.is_name_word(last + 3)
                || !nm.is_name_word(last + 4)
                    && !matches!(
                        name_word(nm.cx.lower(last + 2)),
                        Some(NameWord::Given | NameWord::GivenCommon)
                    );
            (head && joined && tail)
                || nm.cx.is_in(&w.org_suffixes, last + 2) && !nm.is_name_word(last + 3)
        }
        _ => head || lead_place,
    };
    ok.then_some(last + 2)
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
    let w = nm.cx.words;
    let n = last + 1 - first;
    let initial = nm.sent_start[first];
    if n == 1 && nm.stop(first) {
        return None;
    }
    let ev = nm.evidence;
    if ev && nm.headline[first] {
        // a Title Case or capitals headline: its words only join entities named below
        return None;
    }
    // a chunk joined over a hyphen ("Nagorno-Karabakh") is a name of its own: a lexicon
    // name there keeps its own span
    let hyphenated = ev && (first..last).any(|i| hyphen(nm, nm.tok(i)));
    // a lowercase administrative noun after a name makes it a place, but is not part of it
    // ("Idlib province" → "Idlib")
    if nm
        .cx
        .toks
        .get(last + 1)
        .is_some_and(|t| !t.cap && !t.line_start)
        && w.admin_units
            .longest(nm.cx.words_from(last + 1))
            .is_some_and(|(k, _)| k == 1)
    {
        return Some(Cand::new(first, last, Some(EntityKind::Location), 2));
    }
    // place nouns: "Лачинского коридора", "hành lang Lachin", "Lachin corridor"
    if let Some((k, noun)) = w
        .place_nouns
        .longest(nm.cx.words_from(last + 1))
        .filter(|_| !hyphenated)
    {
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
    let dated = |t: &crate::lang::Phrases<u8>| n == 1 && nm.cx.is_in(t, first);
    if whole(&w.weekdays) || whole(&w.months) || dated(&w.weekdays) || dated(&w.months) {
        return None; // "Thứ Ba", "Monday", "June" name days, not entities
    }
    // a span of months or days ("April-June", "Monday-Friday")
    let calendar = |k: usize| {
        let t = nm.tok(k);
        hyphen(nm, t)
            || [&w.months, &w.weekdays].iter().any(|table| {
                table
                    .longest(nm.cx.words_from(k))
                    .is_some_and(|(m, _)| m == 1)
            })
    };
    if n >= 3 && (first..=last).all(calendar) {
        return None;
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
    if ev && n >= 2 {
        let joined = (first..=last).any(|k| nm.cx.is_in(&w.name_joiners, k));
        if joined
            && w.place_nouns
                .longest(nm.cx.words_from(first))
                .is_some_and(|(k, _)| k == 1)
        {
            return Some(Cand::new(first, last, Some(EntityKind::Location), 2)); // "Gulf of Mexico"
        }
        if nm.cx.is_in(&w.misc_heads, last) {
            return None; // "World Cup", "Nobel Prize": neither person, organization nor place
        }
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
    if ev {
        return type_by_evidence(nm, first, last);
    }
    if n == 1
        && nm.phrase_before(&w.place_cues, first).is_some()
        && !initial
        && !nm.tok(first).upper
    {
        return Some(Cand::new(first, last, Some(EntityKind::Location), 1));
    }
    if n == 1 && nm.cx.is_in(&w.misc_words, first) {
        return None; // "GMT", "ВВП": no entity
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

/// Types a capitalized chunk that has no head, title or place noun, where persons need
/// evidence: a given name first, a surname or short name standing alone elsewhere in the
/// text. What remains is most often an organization (companies, teams, groups).
fn type_by_evidence(nm: &Names, first: usize, last: usize) -> Option<Cand> {
    let w = nm.cx.words;
    let n = last + 1 - first;
    let initial = nm.sent_start[first];
    let lower = |i: usize| nm.cx.lower(i);
    let kind = |k| Some(Cand::new(first, last, Some(k), 1));
    let weak = |k| Some(Cand::new(first, last, Some(k), 0));
    let word = name_word(lower(first));
    let toks = nm.cx.toks;
    let dateline = nm.tok(first).line_start
        && (first..=last).all(|i| nm.tok(i).upper)
        && toks.get(last + 1).is_some_and(|t| {
            t.kind == TokKind::Punct
                && (t.is(nm.cx.text, ",")
                    || t.is(nm.cx.text, "(")
                    || t.text(nm.cx.text).chars().all(crate::normalize::is_dash))
        });
    if dateline {
        return kind(EntityKind::Location); // "BOCA CHICA, Texas (Reuters) -"
    }
    if n == 1 {
        let t = nm.tok(first);
        let acronym = t.upper && t.end - t.start >= 2;
        let name = matches!(word, Some(NameWord::Demonym | NameWord::FamilyFirst));
        // "Nvidia said ...", "Xiaomi told ...": a sentence-initial word that speaks is a name
        // (a plural "Doctors said" is not)
        let speaks = w
            .cues
            .longest(nm.cx.words_from(first + 1))
            .is_some_and(|(_, k)| *k == crate::lang::CueKind::Say)
            && nm.cx.toks.get(first + 1).is_some_and(|t| !t.cap)
            && !lower(first).ends_with('s');
        if initial && !acronym && !speaks
            || name
            || nm.cx.is_in(&w.misc_words, first)
            || t.text(nm.cx.text).contains(|c: char| c.is_ascii_digit())
        {
            // only joins an entity: "Putin said ...", "Maria", but never "Danish" or "COVID"
            return match word {
                Some(NameWord::Demonym) => None,
                Some(NameWord::FamilyFirst) if !initial => kind(EntityKind::Person),
                _ if nm.cx.is_in(&w.misc_words, first) => None,
                _ => Some(Cand::new(first, last, None, 0)),
            };
        }
        if nm.phrase_before(&w.place_cues, first).is_some() && !t.upper {
            return weak(EntityKind::Location);
        }
        // a guess (score 0): still a known person's surname or a word of an entity named
        // elsewhere in the text when there is one
        return weak(EntityKind::Organization);
    }
    if (first..=last).any(|i| nm.cx.word(i).chars().count() < 2 && nm.tok(i).is_word()) {
        return None;
    }
    let l = lower(last);
    let last_word = name_word(l);
    let plural = l.len() > 3 && l.ends_with('s') && !l.ends_with("ss") && !l.ends_with("us");
    if role_in_apposition(nm, last) {
        return kind(EntityKind::Person); // "Grant Shapps, the British defence secretary"
    }
    if plural && !matches!(last_word, Some(NameWord::Surname | NameWord::Given)) {
        return kind(EntityKind::Organization); // "Denver Nuggets", "Liberal Democrats"
    }
    match word {
        Some(NameWord::Given) | Some(NameWord::FamilyFirst) => return kind(EntityKind::Person),
        Some(NameWord::GivenCommon) if !initial => return kind(EntityKind::Person),
        _ => {}
    }
    // a given name after a leading word: "US Donald Trump" (the place is trimmed off later)
    if (first + 1..last).any(|i| name_word(lower(i)) == Some(NameWord::Given)) {
        return kind(EntityKind::Person);
    }
    // a known surname last ("Nitish Kumar"), or the last word standing alone elsewhere
    // ("Handre Pollard ... Pollard kicked")
    let alone = |i: usize| {
        nm.alone
            .get()
            .and_then(|a| a.get(lower(i)))
            .copied()
            .unwrap_or(0)
    };
    if matches!(last_word, Some(NameWord::Surname | NameWord::Given)) || alone(last) > 0 {
        return kind(EntityKind::Person);
    }
    if alone(first) > 0 {
        return kind(EntityKind::Organization); // "Goldman Sachs ... Goldman said"
    }
    // words before a capitalized role are the role's ("Economic Security Minister")
    let role_after = nm.role.get(last + 1).copied().unwrap_or(false)
        && nm.tok(last + 1).cap
        && nm.tok(last + 1).space_before;
    if role_after {
        return None;
    }
    // a guess (score 0): a person after all when it stands in a list with persons
    if n <= 4 {
        weak(EntityKind::Organization)
    } else {
        None
    }
}

/// A role noun heading an apposition right after token `last`: `, the British defence
/// secretary`, `, an analyst at ...`, `, 54, a former minister` — at most three words before
/// it, no other punctuation (`, a group founded by an activist` is no role of the name).
fn role_in_apposition(nm: &Names, last: usize) -> bool {
    let toks = nm.cx.toks;
    let comma = |k: usize| toks.get(k).is_some_and(|t| t.is(nm.cx.text, ","));
    if !comma(last + 1) {
        return false;
    }
    let mut k = last + 2;
    // an age first: ", 54, a former minister"
    if toks.get(k).is_some_and(|t| t.kind == TokKind::Number) && comma(k + 1) {
        k += 2;
    }
    let titles = &nm.cx.words.person_titles;
    for _ in 0..4 {
        match toks.get(k) {
            Some(t) if !t.line_start && t.kind == TokKind::Word => {
                if titles.longest(nm.cx.words_from(k)).is_some() {
                    return true;
                }
                k += 1;
            }
            _ => return false,
        }
    }
    false
}

/// A tagged span that coordinates two capitalized names, one of them a lexicon name right
/// at the conjunction (`Росстата и Центробанка`, `ЦБ РФ и Банк России`), is two names; a
/// lowercase word after the conjunction (`Министерство науки и высшего образования`) or
/// names the lexicon does not know (`театр имени Станиславского и Немировича-Данченко`)
/// keep it whole.
fn split_coordination(nm: &Names, known: &[Cand], c: Cand) -> Vec<Cand> {
    let toks = nm.cx.toks;
    let name = |i: usize| toks[i].kind == TokKind::Word && (toks[i].cap || toks[i].upper);
    let lexicon_at = |i: usize| {
        known
            .iter()
            .any(|k| k.entry.is_some() && (k.last + 1 == i || k.first == i + 1))
    };
    let mut out = Vec::new();
    let mut first = c.first;
    for (i, t) in toks.iter().enumerate().take(c.last).skip(c.first + 1) {
        let conjunction =
            t.kind == TokKind::Word && !t.cap && nm.cx.is_in(&nm.cx.words.conjunctions, i);
        if conjunction && name(i - 1) && name(i + 1) && lexicon_at(i) {
            out.push(Cand::new(first, i - 1, c.kind, c.score));
            first = i + 1;
        }
    }
    out.push(Cand { first, ..c });
    out
}

fn from_span(nm: &Names, s: Span, k: EntityKind) -> Option<Cand> {
    let toks = nm.cx.toks;
    let first = toks.partition_point(|t| t.start < s.start);
    let mut last = toks.partition_point(|t| t.end <= s.end).checked_sub(1)?;
    if first > last || toks[first].start != s.start || toks[last].end != s.end {
        return None;
    }
    // a quote or bracket the tagger took in at the end is no part of the name
    while last > first && toks[last].kind == TokKind::Punct {
        last -= 1;
    }
    // nor is a leading word that names no entity (`ВВП России`: GDP)
    let misc = &nm.cx.words.misc_words;
    let mut first = first;
    while first <= last && nm.cx.is_in(misc, first) {
        first += 1;
    }
    // nor a lowercase word that says what the name is (`агентству Анадолу`, `аэропорту
    // Пулково`, `газета «Коммерсантъ»`), unless it forms the name (`Невском районе`)
    if first < last && toks[first].kind == TokKind::Word && !toks[first].cap && !toks[first].upper {
        let w = nm.cx.words;
        let mut next = first + 1;
        while next < last && toks[next].kind == TokKind::Punct {
            next += 1;
        }
        let descriptor = w.place_nouns.longest(nm.cx.words_from(first)).is_none()
            && w.person_titles.longest(nm.cx.words_from(first)).is_none();
        if descriptor && toks[next].cap && (next == first + 1 || !toks[next].space_before) {
            first = next;
        }
    }
    (first <= last).then(|| Cand::new(first, last, Some(k), 1))
}

/// Longest first, then by priority; earlier wins ties. Non-overlapping, in text order.
fn resolve(cands: Vec<Cand>) -> Vec<Cand> {
    // the order is sorted as small keys, not the candidates themselves; the index as the
    // last key keeps equal candidates in their order, as a stable sort would
    let mut order: Vec<(usize, std::cmp::Reverse<u8>, usize, usize)> = cands
        .iter()
        .enumerate()
        .map(|(i, c)| (usize::MAX - c.len(), std::cmp::Reverse(c.score), c.first, i))
        .collect();
    order.sort_unstable();
    // tokens already covered, so each candidate is checked in time linear in its length
    let end = cands.iter().map(|c| c.last + 1).max().unwrap_or(0);
    let mut used = vec![false; end];
    let mut cands: Vec<Option<Cand>> = cands.into_iter().map(Some).collect();
    let mut taken: Vec<Cand> = Vec::with_capacity(cands.len());
    for (.., i) in order {
        let Some(c) = cands[i].take() else { continue };
        if used[c.first..=c.last].iter().all(|u| !u) {
            used[c.first..=c.last].iter_mut().for_each(|u| *u = true);
            taken.push(c);
        }
    }
    // taken candidates do not overlap: their first tokens differ
    taken.sort_unstable_by_key(|c| c.first);
    taken
}
