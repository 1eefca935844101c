//! Statements: who said what.
//!
//! Direct statements are quoted passages (`"…"`, `“…”`, `«…»`, `„…“`, `‘…’`, nested `«…„…“…»`,
//! and the Russian dash form `— Мы готовы, — сказал Песков.`), one per contiguous passage. A
//! passage is attributed, in this order, by
//! - an attribution between dashes inside it, which splits it in two (`«A, – продолжил Брод, –
//!   B»`);
//! - a cue right after it (`"…," the Kremlin said`, `«…», — подчеркнули в Кремле`, `"…", said
//!   Putin`), also across a sentence end when that sentence is only the attribution (`"…."
//!   Peskov said.`, `«…». Об этом заявил Песков.`);
//! - a cue before it in its sentence, linked by `:`, a comma or a complementizer (`Putin said:
//!   "…"`, `Erdogan said that "…"`, `Как сказал Песков, «…»`, `"…," the ministry said, "…"`);
//! - a cue that opens it, after its speaker (`the diplomats "agreed on …"`);
//! - the previous sentence, when the passage is a sentence of three words or more and that
//!   sentence has a speaker and a cue or speech verb (`Peskov spoke to reporters. "…"`).
//!
//! Indirect statements come from the cues no quote used, in one of four shapes: `Об этом
//! сообщил X` (the content is the sentence before); `As X said, …` / `Как заявил X, …`;
//! `…, X said.` / `…, говорится в сообщении.` (the content is before the comma); and the
//! forward shape `X said (that) …`, where verbs joined by `and`, `;` or `, adding` share their
//! subject. Source attributions: `According to X, …`, `…, according to X.`, `X, по словам Y,
//! Z`, `Согласно X`, `Theo X`, `Cũng theo X`. A cue is skipped when negated, in a passive
//! without an agent (`It was agreed`), capitalized inside a sentence (a title), or part of a
//! phrase that reports nothing (`проще говоря`, `theo dõi`); a reported clause inside another
//! reported clause is not extracted again, reported speech inside a quote is.
//!
//! Speaker words stop at a clause boundary and must look like someone: a name, title,
//! organization word or pronoun, or a few words with no verb-like word. A leading adverbial
//! (`В этот же день президент США …`) and a trailing one (`глава МИД в очередной раз`) are
//! dropped. Speakers resolve to entities after all statements are found: a mention inside
//! the words (a title before an organization's name describes a person: `Глава МИД`); for
//! pronouns and descriptions (`he`, `it`, `the ministry`, `The Russian leader`, `The
//! statement`) the entity they refer to when one fits (the subject of a recent sentence, the
//! last organization named with the same head word, the speaker of the statement before),
//! else none. Several speakers (`Putin and Erdogan`, `Hai bên`) keep their words in
//! `speaker_text` and have no single entity.
//!
//! Closed word classes that the word tables have no category for (prepositions, adverbs,
//! pronouns, speech verbs that are no cues) are short lists below, one list for all languages.

use super::Ctx;
use crate::lang::{Antecedent, CueKind, StatementWord as SW};
use crate::normalize::{is_dash, quote_class};
use crate::segment::TokKind;
use crate::{Entity, EntityKind, Span, Statement, StatementKind};

/// What a cue found in the text does.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Role {
    Say,
    According,
    Impersonal,
    Noun,
    /// A speech verb that is no cue by itself (`spoke`).
    Speech,
}

/// A cue at tokens `first..=last`.
#[derive(Clone, Copy, Debug)]
struct Cue {
    first: usize,
    last: usize,
    role: Role,
}

/// A quoted passage: its content, the token of its opening mark (or dash) and the first token
/// after its closing mark.
#[derive(Clone, Copy, Debug)]
struct Passage {
    content: Span,
    open: usize,
    after: usize,
    dash: bool,
}

/// A statement before its speaker is resolved.
#[derive(Clone, Copy, Debug)]
struct Found {
    cue: usize,
    speaker: Option<Span>,
    kind: StatementKind,
    content: Span,
}

/// All statements of the article, ordered by where their content starts.
pub(crate) fn find(
    cx: &Ctx,
    sentences: &[Span],
    paragraphs: &[Span],
    entities: &[Entity],
) -> Vec<Statement> {
    let cues = find_cues(cx);
    if cues.is_empty() || sentences.is_empty() {
        return Vec::new();
    }
    let mut quotes = Vec::new();
    let mut stack = Vec::new();
    for p in paragraphs {
        passages(cx, *p, &mut stack, &mut quotes);
    }
    quotes.sort_by_key(|q: &Passage| q.content.start);
    let mut end = 0;
    quotes.retain(|q| {
        let keep = q.content.start >= end;
        end = end.max(q.content.end);
        keep
    });
    let mut s = Scan {
        cx,
        sentences,
        speakers: vec![None; cues.len()],
        used: vec![false; cues.len()],
        cues,
        quotes,
        found: Vec::new(),
        ents: entities,
        ms: mentions(entities),
        open: None,
    };
    for qi in 0..s.quotes.len() {
        s.direct(qi);
    }
    for ci in 0..s.cues.len() {
        if !s.used[ci] {
            s.indirect(ci);
        }
    }
    s.finish()
}

fn find_cues(cx: &Ctx) -> Vec<Cue> {
    let w = cx.words;
    let mut out = Vec::new();
    let mut i = 0;
    while i < cx.toks.len() {
        if cx.toks[i].kind != TokKind::Word {
            i += 1;
            continue;
        }
        let found = w.cues.longest(cx.words_from(i)).map(|(n, k)| (n, role(*k)));
        match found {
            Some((n, role)) if !not_cue(cx, i) => {
                out.push(Cue {
                    first: i,
                    last: i + n - 1,
                    role,
                });
                i += n;
            }
            _ => i += 1,
        }
    }
    out
}

fn role(k: CueKind) -> Role {
    match k {
        CueKind::Say => Role::Say,
        CueKind::According => Role::According,
        CueKind::Impersonal => Role::Impersonal,
        CueKind::Speech => Role::Speech,
        _ => Role::Noun,
    }
}

/// Whether a cue word at `i` is part of a phrase that reports nothing.
fn not_cue(cx: &Ctx, i: usize) -> bool {
    let table = &cx.words.not_cues;
    table.longest(cx.words_from(i)).is_some()
        || i > 0 && table.longest(cx.words_from(i - 1)).is_some()
}

/// What a quotation mark does, given the innermost open mark and its neighbours.
#[derive(PartialEq, Eq)]
enum Mark {
    Open,
    Close,
    Skip,
}

fn mark(c: char, top: Option<char>, prev: Option<char>, next: Option<char>) -> Mark {
    let alnum = |x: Option<char>| x.is_some_and(char::is_alphanumeric);
    let open_pos = prev
        .is_none_or(|p| p.is_whitespace() || "([{/:—–-".contains(p) || quote_class(p).is_some())
        && next.is_some_and(|n| !n.is_whitespace());
    let either = |same: bool| match top {
        Some(_) if same && !open_pos => Mark::Close,
        _ if open_pos => Mark::Open,
        Some(_) if same => Mark::Close,
        _ => Mark::Skip,
    };
    match c {
        '«' | '„' | '‹' | '‚' => Mark::Open,
        '»' | '›' | '”' if top.is_some() => Mark::Close,
        '”' if open_pos => Mark::Open,
        '“' if top == Some('„') => Mark::Close,
        '“' => either(top == Some('“') && !alnum(next)),
        '‘' if top == Some('‚') => Mark::Close,
        '‘' if !alnum(prev) && open_pos => Mark::Open,
        '’' if top == Some('‘') && !alnum(next) => Mark::Close,
        '"' | '‟' => either(top == Some('"') || top == Some('“') && !alnum(next)),
        _ => Mark::Skip,
    }
}

/// Quoted passages of a paragraph (outermost quotes only), then its dash passages.
fn passages(cx: &Ctx, p: Span, stack: &mut Vec<(char, usize)>, out: &mut Vec<Passage>) {
    let par = p.slice(cx.text);
    stack.clear();
    // every quotation mark is ASCII or starts with byte 0xC2 or 0xE2: decode only there
    let next_mark = |from: usize| crate::hash::find_any(par.as_bytes(), from, b"\"\xC2\xE2");
    let mut at = next_mark(0);
    while let Some(i) = at {
        at = next_mark(i + 1);
        let Some(c) = par[i..]
            .chars()
            .next()
            .filter(|&c| quote_class(c).is_some())
        else {
            continue;
        };
        let prev = par[..i].chars().next_back();
        let next = par[i + c.len_utf8()..].chars().next();
        match mark(c, stack.last().map(|x| x.0), prev, next) {
            Mark::Open if stack.len() < 8 => stack.push((c, p.start + i + c.len_utf8())),
            Mark::Close => {
                let popped = stack.pop();
                if let (Some((_, s)), true) = (popped, stack.is_empty()) {
                    push_quote(cx, Span::new(s, p.start + i), out);
                }
            }
            _ => {}
        }
    }
    if par.starts_with(is_dash) && par.chars().nth(1) == Some(' ') {
        dash_passages(cx, p, out);
    }
}

fn push_quote(cx: &Ctx, raw: Span, out: &mut Vec<Passage>) {
    let close = tok_at(cx, raw.end);
    let open = tok_at(cx, raw.start).saturating_sub(1);
    let content = trim_span(cx.text, raw);
    if !content.is_empty() && close < cx.toks.len() {
        out.push(Passage {
            content,
            open,
            after: close + 1,
            dash: false,
        });
    }
}

/// `— Мы готовы, — сказал Песков. — Но нужны гарантии.`: the speech between the dashes; the
/// segments after a leading dash alternate speech and attribution, split at `, —` / `. —`.
fn dash_passages(cx: &Ctx, p: Span, out: &mut Vec<Passage>) {
    let par = p.slice(cx.text);
    let mut seg_start = 0;
    let mut speech = true;
    let mut dash_at = 0;
    let mut it = par.char_indices().skip(1);
    loop {
        let next = it.find(|&(i, c)| {
            is_dash(c)
                && par[..i].trim_end().ends_with([',', '.', '!', '?', '…'])
                && par[i + c.len_utf8()..].starts_with(' ')
        });
        let end = next.map_or(par.len(), |x| x.0);
        if speech {
            let raw = Span::new(p.start + seg_start, p.start + end);
            let content = trim_span(cx.text, raw);
            let content = Span::new(
                content.start,
                content.end - usize::from(content.slice(cx.text).ends_with(',')),
            );
            if !content.is_empty() {
                out.push(Passage {
                    content,
                    open: tok_at(cx, p.start + dash_at),
                    after: tok_at(cx, content.end),
                    dash: true,
                });
            }
        }
        let Some((i, c)) = next else { break };
        speech = !speech;
        dash_at = i;
        seg_start = i + c.len_utf8();
    }
}

/// A span without surrounding whitespace and leading dashes.
fn trim_span(text: &str, s: Span) -> Span {
    let raw = s.slice(text);
    let t = raw.trim_start_matches(|c: char| c.is_whitespace() || is_dash(c));
    let start = s.start + raw.len() - t.len();
    Span::new(start, start + t.trim_end().len())
}

fn tok_at(cx: &Ctx, byte: usize) -> usize {
    cx.toks.partition_point(|t| t.start < byte)
}

/// Speaker words before a cue: the first token looked at, the speaker's first and last token,
/// and the boundary token that ended the look back (`None` at the clause start).
struct Before {
    first: usize,
    span: Option<(usize, usize)>,
    boundary: Option<usize>,
}

/// The working state: cues, passages and the statements found so far.
struct Scan<'a, 'c> {
    cx: &'a Ctx<'c>,
    sentences: &'a [Span],
    cues: Vec<Cue>,
    /// The speaker found for each cue, for the quotes and coordinated verbs that share it.
    speakers: Vec<Option<Span>>,
    used: Vec<bool>,
    quotes: Vec<Passage>,
    found: Vec<Found>,
    ents: &'a [Entity],
    /// Entity mentions sorted by start.
    ms: Vec<M>,
    /// The last indirect statement: a later cue in its content is nested or starts a clause.
    open: Option<usize>,
}

impl Scan<'_, '_> {
    fn w(&self, i: usize) -> &str {
        self.cx.lower(i)
    }

    /// Whether token `i` is a word of a statement word class of the language.
    fn is(&self, i: usize, class: SW) -> bool {
        self.cx.toks.get(i).is_some_and(|_| {
            self.cx
                .words
                .statement_word_hashed(self.cx.hash(i), self.w(i), class)
        })
    }

    /// Whether a lowercase word is of a statement word class of the language.
    fn word_is(&self, word: &str, class: SW) -> bool {
        self.cx.words.statement_word(word, class)
    }

    fn punct(&self, i: usize, p: &[&str]) -> bool {
        let t = self.cx.toks[i];
        t.kind == TokKind::Punct && p.contains(&t.text(self.cx.text))
    }

    /// A comma or dash that links a quote or clause to its attribution.
    fn link(&self, i: usize) -> bool {
        let t = self.cx.toks[i];
        t.kind == TokKind::Punct
            && (t.is(self.cx.text, ",") || t.text(self.cx.text).starts_with(is_dash))
    }

    fn span(&self, a: usize, b: usize) -> Span {
        Span::new(self.cx.toks[a].start, self.cx.toks[b].end)
    }

    fn words(&self, a: usize, b: usize) -> usize {
        self.cx.toks[a.min(b)..b]
            .iter()
            .filter(|t| t.kind != TokKind::Punct)
            .count()
    }

    fn sent_of(&self, byte: usize) -> usize {
        self.sentences
            .partition_point(|s| s.end <= byte)
            .min(self.sentences.len() - 1)
    }

    /// Token range of the sentence holding token `i`.
    fn sentence_toks(&self, i: usize) -> (usize, usize) {
        let s = self.sentences[self.sent_of(self.cx.toks[i].start)];
        (tok_at(self.cx, s.start), tok_at(self.cx, s.end).max(i + 1))
    }

    /// The passage whose content holds a byte.
    fn passage_at(&self, byte: usize) -> Option<&Passage> {
        let k = self.quotes.partition_point(|q| q.content.start <= byte);
        self.quotes[..k].last().filter(|q| byte < q.content.end)
    }

    /// The clause of token `i`: its sentence, within the passage that holds it, without a
    /// wire dateline that opens it.
    fn clause(&self, i: usize) -> (usize, usize) {
        let (mut lo, mut hi) = self.sentence_toks(i);
        lo = self.after_dateline(lo, hi.min(i + 1));
        if let Some(q) = self.passage_at(self.cx.toks[i].start) {
            lo = lo.max(tok_at(self.cx, q.content.start));
            hi = hi.min(tok_at(self.cx, q.content.end));
        }
        (lo, hi.max(i + 1))
    }

    /// The first token after a wire dateline at the start of a line (`HANOI (Reuters) -`,
    /// `LONDON, March 3 (Reuters) -`, `ĐÀ NẴNG (TTXVN) -`, `REDDING, Calif. (AP) —`): a word
    /// in capitals, then within a dozen tokens a bracketed word and a dash. Else `lo`.
    fn after_dateline(&self, lo: usize, hi: usize) -> usize {
        let toks = self.cx.toks;
        let first = toks[lo];
        let bracket = self.punct(lo, &["("]); // `(CNN) —`, `(Dân trí) -`
                                              // `Москва. 21 апреля. INTERFAX.RU -`: an agency in capitals and a spaced dash after a
                                              // place and date
        let spaced_dash = |k: usize| {
            toks[k].kind == TokKind::Punct
                && self.cx.word(k).chars().all(is_dash)
                && toks[k].space_before
        };
        // (the sentence may start at the agency, after `Москва. 21 апреля.`)
        let line_at = (lo.saturating_sub(8)..=lo)
            .rev()
            .find(|&j| toks[j].line_start || j == 0);
        if let (Some(l), true) = (line_at, first.kind == TokKind::Word && first.cap) {
            let agency_dash = (lo + 1..hi.min(lo + 12)).find(|&k| {
                spaced_dash(k)
                    && toks[k - 1].kind == TokKind::Word
                    && toks[k - 1].upper
                    && toks[k - 1].end - toks[k - 1].start >= 2
                    && (l..k).any(|j| toks[j].kind == TokKind::Number)
            });
            if let Some(k) = agency_dash {
                return k + 1;
            }
        }
        // `Paris (AFP) –`, `Washington (CNN) —`: a capitalized place before a bracketed agency
        let place_bracket = first.kind == TokKind::Word
            && first.cap
            && (lo + 1..hi.min(lo + 4)).any(|k| self.punct(k, &["("]));
        if !(first.line_start || lo == 0)
            || !bracket && !place_bracket && (first.kind != TokKind::Word || !first.upper)
        {
            return lo;
        }
        // `LONDON —`, `NEW YORK -`, `INTERFAX.RU -`: words in capitals (and commas, and the
        // period of a domain) right before the dash
        let caps = |k: usize| {
            (lo..k).all(|j| {
                toks[j].kind == TokKind::Word && toks[j].upper
                    || self.punct(j, &[","])
                    || self.punct(j, &["."]) && j > lo && !toks[j].space_before
            })
        };
        (lo + 1..hi.min(lo + 12))
            .find(|&k| {
                self.cx.word(k).chars().all(is_dash)
                    && toks[k].kind == TokKind::Punct
                    && (k > lo + 1 && self.punct(k - 1, &[")"]) || k <= lo + 4 && caps(k))
                    && (!bracket || k <= lo + 6)
            })
            .map_or(lo, |k| k + 1)
    }

    /// A clausal complementizer at `i` (`that`, `что`, `rằng`), with its length in tokens.
    fn clausal(&self, i: usize) -> Option<usize> {
        let w = self.cx.words;
        let (n, _) = w.complementizers.longest(self.cx.words_from(i))?;
        (n > 1 || !self.is(i, SW::PrepLink)).then_some(n)
    }

    /// A `.` inside a name: after an initial (`V.Putin`, `В.В. Путин`) or an abbreviation.
    fn soft_dot(&self, i: usize) -> bool {
        let toks = self.cx.toks;
        if i == 0 || !toks[i].is(self.cx.text, ".") || toks[i - 1].kind != TokKind::Word {
            return false;
        }
        let prev = toks[i - 1].text(self.cx.text);
        prev.chars().count() <= 2 && toks[i - 1].cap
            || self
                .cx
                .words
                .is_abbreviation(&self.cx.text[toks[i - 1].start..toks[i].end])
    }

    /// Whether token `i` ends a speaker looking back: punctuation, a clausal complementizer.
    fn boundary(&self, i: usize) -> bool {
        let t = self.cx.toks[i];
        match t.kind {
            TokKind::Punct => !self.soft_dot(i) && !self.punct(i, &["(", ")", "&", "'", "’"]),
            TokKind::Word => self.clausal(i) == Some(1),
            TokKind::Number => false,
        }
    }

    /// Last token of the nearest attributing cue ending before token `end`.
    fn prev_cue_last(&self, end: usize) -> Option<usize> {
        let k = self.cues.partition_point(|c| c.last < end);
        self.cues[..k]
            .iter()
            .rev()
            .find(|c| c.role != Role::Noun)
            .map(|c| c.last)
    }

    /// Tokens before `end` back to a clause boundary: the first token and the boundary token
    /// (`None` at the clause start); `None` when no boundary comes within twelve tokens.
    fn back(&self, end: usize, lo: usize) -> Option<(usize, Option<usize>)> {
        let stop = self.prev_cue_last(end);
        let mut f = end;
        while f > lo && !self.cx.toks[f].line_start {
            let k = f - 1;
            if Some(k) == stop || self.boundary(k) {
                return Some((f, Some(k)));
            }
            f -= 1;
            if end - f > 16 {
                return None;
            }
        }
        Some((f, None))
    }

    /// Tokens `f..e` without leading prepositions and conjunctions, and without trailing
    /// adverbs and dates (`Медведев 8 февраля`).
    fn trim(&self, mut f: usize, mut e: usize) -> Option<(usize, usize)> {
        let months = &self.cx.words.months;
        while f < e && (self.is(f, SW::Lead) || self.cx.toks[f].kind == TokKind::Punct) {
            f += 1;
        }
        while e > f {
            let t = self.cx.toks[e - 1];
            // a closing bracket whose opening one is in the words stays (`Sở X (SXD)`)
            if self.punct(e - 1, &[")"]) && (f..e - 1).any(|k| self.punct(k, &["("])) {
                break;
            }
            let date = t.kind == TokKind::Number || self.cx.get_in(months, e - 1).is_some();
            if !(self.is(e - 1, SW::Adv) || t.kind == TokKind::Punct || date) {
                break;
            }
            e -= 1;
        }
        (f < e).then(|| (f, e - 1))
    }

    /// The speaker words before token `end`, with the boundary that ended them.
    fn before(&self, end: usize, lo: usize) -> Option<Before> {
        let (f, b) = self.back(end, lo)?;
        let span = self.trim(f, end).and_then(|(a, z)| {
            let a = self.subject_start(f, a, z);
            let z = self.phrase_end(a, z);
            self.speaker_ok(f, (a, z))
                .then(|| self.enumeration((a, z), b, lo))
        });
        Some(Before {
            first: f,
            span,
            boundary: b,
        })
    }

    /// Whether speaker words `a..=z` (raw start `f`) can be a speaker: not a relative or
    /// demonstrative pronoun, and after a preposition only a place, organization or person
    /// (`В Кремле`, `В пресс-службе`), not a time or circumstance (`В ходе визита в Украину`).
    fn speaker_ok(&self, f: usize, (a, z): (usize, usize)) -> bool {
        if self.is(a, SW::RelAfter)
            || a == z && self.is(a, SW::NotSpeaker)
            || !self.plausible((a, z))
        {
            return false;
        }
        if !(self.is(f, SW::Prep) || self.is(f, SW::PrepLink)) {
            return true;
        }
        let at = self.cx.toks[a].start;
        let m = self.ms.partition_point(|m| m.start < at);
        let exact = self
            .ms
            .get(m)
            .is_some_and(|m| m.start == at && m.end == self.cx.toks[z].end);
        exact || (a..=z).any(|i| self.names(i))
    }

    /// Whether words look like who speaks rather than a piece of a clause: a name, title,
    /// organization word or subject pronoun in them, a name-like phrase, or at most four words
    /// with no auxiliary, negation, complementizer or preposition (`Hai bên`, `the diplomats`).
    fn plausible(&self, (a, z): (usize, usize)) -> bool {
        let clause_word = |i: usize| {
            self.is(i, SW::Be)
                || self.is(i, SW::Neg)
                || self.is(i, SW::Lead)
                || self.clausal(i).is_some()
        };
        (a..=z).any(|i| self.candidate(i).is_some())
            || self.nominal((a, z))
            || z - a < 4 && !(a..=z).any(clause_word)
    }

    /// A token inside a person's or organization's mention.
    fn in_name(&self, i: usize) -> bool {
        let t = self.cx.toks[i];
        let k = self.ms.partition_point(|m| m.start <= t.start);
        self.ms[..k]
            .iter()
            .rev()
            .take(4)
            .any(|m| m.end >= t.end && self.rank(m) < 2)
    }

    /// A gerund cue (`adding`, `заявив`, `требуя`): it shares the subject of its main clause
    /// and never has a subject of its own after it.
    fn gerund(&self, ci: usize) -> bool {
        let c = self.cues[ci];
        // the verb leads a phrase cue (`was quoted as saying` is no participle)
        let w = self.w(c.first);
        c.role == Role::Say
            && (w.ends_with("ing")
                || w.ends_with('в')
                || w.ends_with("вши")
                || w.ends_with("вшись")
                || w.ends_with('я') && !w.ends_with("ся"))
    }

    /// How well token `i` can start a subject: 0 a person (title, subject pronoun, person
    /// mention), 1 an organization (head word, mention), 2 a place mention not governed by a
    /// preposition; `None` otherwise.
    fn candidate(&self, i: usize) -> Option<u8> {
        let w = self.cx.words;
        if self.pronoun(i).is_some_and(|(_, subject)| subject) {
            return Some(0);
        }
        if w.person_titles.longest(self.cx.words_from(i)).is_some() {
            return Some(0);
        }
        let at = self.cx.toks[i].start;
        let m = self.ms.partition_point(|m| m.start < at);
        let kind = self
            .ms
            .get(m)
            .filter(|m| m.start == at)
            .map(|m| self.ents[m.ent].kind);
        match kind {
            Some(EntityKind::Person) => Some(0),
            Some(EntityKind::Organization) => Some(1),
            _ if w.org_heads.longest(self.cx.words_from(i)).is_some() => Some(1),
            Some(_) if i > 0 && !self.is(i - 1, SW::Prep) => Some(2),
            _ => None,
        }
    }

    /// An object pronoun (`их`, `him`): no subject.
    fn oblique(&self, i: usize) -> bool {
        self.pronoun(i).is_some_and(|(_, subject)| !subject)
    }

    /// Whether token `i` starts a person or an organization.
    fn names(&self, i: usize) -> bool {
        self.candidate(i).is_some_and(|r| r < 2)
    }

    /// Where a subject starts in speaker words `a..=z` whose raw start is `f`: past a leading
    /// prepositional phrase, number or time word (`В этот же день президент США`, `Ещё 28
    /// февраля президент`), at the first candidate, with its determiner or capitalized
    /// modifiers; else `a`.
    fn subject_start(&self, f: usize, a: usize, z: usize) -> usize {
        let Some(c) = (a..=z).find(|&i| self.candidate(i).is_some()) else {
            return a;
        };
        let opens = |i: usize| {
            self.is(i, SW::Prep) || self.is(i, SW::Adv) || self.cx.toks[i].kind == TokKind::Number
        };
        if c == a || !(f..c).any(opens) {
            return a;
        }
        let mut s = c;
        while s > a && self.modifier(s - 1) {
            s -= 1;
        }
        s
    }

    /// A determiner, or a capitalized word that does not open its sentence and is no date.
    fn modifier(&self, i: usize) -> bool {
        let t = self.cx.toks[i];
        let initial = t.line_start || i == 0 || self.cx.toks[i - 1].kind == TokKind::Punct;
        self.w(i) == "the" || t.cap && !initial && !self.is(i, SW::Prep) && !self.date_word(i)
    }

    /// A time word: a number, month, weekday or time adverb.
    fn date_word(&self, i: usize) -> bool {
        let w = self.cx.words;
        self.cx.toks[i].kind == TokKind::Number
            || self.is(i, SW::Adv)
            || self.cx.get_in(&w.months, i).is_some()
            || self.cx.get_in(&w.weekdays, i).is_some()
    }

    /// The end of a speaker before a prepositional phrase of time or manner that follows it
    /// (`глава МИД в очередной раз`, `Песков в интервью ТАСС`, `Putin on Tuesday`).
    /// A phrase followed by a person's name is part of a title (`Министр по делам … Питер
    /// Данн`) and stays.
    fn phrase_end(&self, a: usize, z: usize) -> usize {
        let person_after = |i: usize| (i..=z).any(|k| self.candidate(k) == Some(0));
        (a + 1..z)
            .find(|&i| {
                self.is(i, SW::Prep)
                    && (!self.cx.toks[i + 1].cap || self.date_word(i + 1))
                    && !person_after(i + 1)
            })
            .map_or(z, |i| i - 1)
    }

    /// Whether tokens `a..=z` look like a noun phrase that names someone: capitalized words,
    /// titles, organization heads, subject pronouns, and glue words (`the`, `of`, `и`).
    fn nominal(&self, (a, z): (usize, usize)) -> bool {
        let w = self.cx.words;
        let mut i = a;
        while i <= z {
            let n = w
                .person_titles
                .longest(self.cx.words_from(i))
                .map(|x| x.0)
                .or_else(|| w.org_heads.longest(self.cx.words_from(i)).map(|x| x.0));
            let word = self.cx.toks[i].cap
                || self.is(i, SW::Conj)
                || self.is(i, SW::Glue)
                || self.soft_dot(i)
                || self.pronoun(i).is_some_and(|(_, subject)| subject);
            match n {
                Some(n) => i += n,
                None if word => i += 1,
                None => return false,
            }
        }
        true
    }

    /// `Putin, Trump and Macron`: extends a speaker with a conjunction over earlier
    /// comma-separated names.
    fn enumeration(
        &self,
        mut sp: (usize, usize),
        mut b: Option<usize>,
        lo: usize,
    ) -> (usize, usize) {
        if !(sp.0..=sp.1).any(|i| self.is(i, SW::Conj)) {
            return sp;
        }
        while let Some(k) = b.filter(|&k| self.punct(k, &[","])) {
            let Some((f, b2)) = self.back(k, lo) else {
                break;
            };
            let ok = k - f <= 5 && !self.is(f, SW::Lead) && self.cx.toks[f].cap;
            if !ok {
                break;
            }
            sp.0 = f;
            b = b2;
        }
        sp
    }

    /// Speaker words after a cue (`said Putin`, `подчеркнули в Кремле`, `сказал в беседе с
    /// корреспондентом лидер движения Александр Белов`), up to `hi`.
    fn after(&self, from: usize, hi: usize) -> Option<(usize, usize)> {
        let mut a = from;
        // a quoted outlet the words were told to (`сообщили "Интерфаксу" в …`, `заявил
        // «Известиям»`): an addressee of at most three words
        let opens = |k: usize| self.cx.word(k).chars().all(|c| "\"«“„".contains(c));
        let closes = |k: usize| self.cx.word(k).chars().all(|c| "\"»”“".contains(c));
        if a < hi && self.cx.toks[a].kind == TokKind::Punct && opens(a) {
            if let Some(k) = (a + 2..hi.min(a + 5)).find(|&k| closes(k)) {
                a = k + 1;
            }
        }
        while a < hi && (self.is(a, SW::Lead) || self.is(a, SW::Addressee)) {
            a += 1;
        }
        if a < hi && self.clausal(a).is_some() {
            return None;
        }
        if (from..a).any(|i| self.is(i, SW::Prep)) {
            a = self.subject_after_phrase(a, hi).unwrap_or(a);
        }
        let mut b = a;
        while b < hi
            && b - a < 10
            && (self.cx.toks[b].kind != TokKind::Punct || self.soft_dot(b))
            && (b == a || !self.is(b, SW::Tail) && self.clausal(b).is_none())
            && !(b > a && self.cx.toks[b].line_start)
        {
            b += 1;
        }
        (b > a).then(|| (a, b - 1))
    }

    /// The best subject candidate within a dozen tokens after a prepositional phrase, a person
    /// before an organization before a place.
    fn subject_after_phrase(&self, a: usize, hi: usize) -> Option<usize> {
        let end = hi.min(a + 12);
        let stop = (a..end)
            .find(|&i| self.punct(i, &[".", ",", ";", ":", "!", "?"]))
            .unwrap_or(end);
        let best = (a + 1..stop)
            .filter_map(|i| self.candidate(i).map(|r| (r, i)))
            .min()?;
        let mut s = best.1;
        while s > a + 1 && self.modifier(s - 1) {
            s -= 1;
        }
        Some(s)
    }

    /// Whether a cue may attribute anything: not negated, not a passive without an agent, not a
    /// capitalized verb inside a sentence (`the Tuyên bố of …`, a title).
    fn cue_ok(&self, ci: usize) -> bool {
        let c = self.cues[ci];
        let mut k = c.first;
        while k > 0 && self.is(k - 1, SW::Adv) {
            k -= 1;
        }
        let prev = if k > 0 { self.w(k - 1) } else { "" };
        if self.word_is(prev, SW::Neg) || prev.ends_with("n't") || prev.ends_with("n’t") {
            return false;
        }
        if c.role != Role::Say {
            return true;
        }
        let t = self.cx.toks[c.first];
        if c.first > 0 && t.cap && !t.line_start && !self.boundary(c.first - 1) {
            return false;
        }
        !self.word_is(prev, SW::Be) || self.passive_by(ci)
    }

    /// A passive with its agent: `was stated by the ministry`.
    fn passive_by(&self, ci: usize) -> bool {
        let next = self.cues[ci].last + 1;
        next < self.cx.toks.len() && self.w(next) == "by"
    }

    /// The subject of a cue: the words before it (for an impersonal cue only a place: `В
    /// докладе отмечается`), across a parenthetical (`Moscow and Ankara, when touching upon …,
    /// reaffirmed`), or after it in a passive with an agent.
    fn subject(&self, ci: usize, lo: usize, hi: usize) -> Option<Span> {
        let c = self.cues[ci];
        if self.passive_by(ci) {
            return self.after(c.last + 2, hi).map(|(a, b)| self.span(a, b));
        }
        let bf = self.before(c.first, lo)?;
        if c.role == Role::Impersonal && !self.is(bf.first, SW::Prep) {
            return None;
        }
        if let Some(sp) = bf.span {
            return Some(self.span(sp.0, sp.1));
        }
        (c.first > 0 && bf.boundary == Some(c.first - 1) && self.punct(c.first - 1, &[","]))
            .then(|| {
                self.appositive(lo, c.first - 1)
                    .or_else(|| self.paren_subject(lo, c.first - 1))
            })
            .flatten()
    }

    /// A person or organization mention that fills tokens `a..=z` exactly.
    fn mention_exactly(&self, a: usize, z: usize) -> bool {
        self.person_or_org_at(a)
            .is_some_and(|m| m.end == self.cx.toks[z].end)
    }

    /// The mention of a person or organization that starts at token `a`, if any.
    fn person_or_org_at(&self, a: usize) -> Option<&M> {
        let at = self.cx.toks[a].start;
        let m = self.ms.partition_point(|m| m.start < at);
        self.ms.get(m).filter(|m| m.start == at && self.rank(m) < 2)
    }

    /// Whether tokens `a..b` read as a short description: at most `max` words, no comma, no
    /// cue, complementizer or form of "be".
    fn description(&self, a: usize, b: usize, max: usize) -> bool {
        a < b
            && self.words(a, b) <= max
            && (a..b).all(|i| {
                (i == a || !self.cx.toks[i].line_start)
                    && !self.punct(i, &[",", ";", ":", ".", "!", "?"])
                    && self.clausal(i).is_none()
                    && !self.is(i, SW::Be)
                    && !self.cues.iter().any(|c| c.first == i)
            })
    }

    /// `The environment secretary, Steve Reed, said`, `Its commissioner-general, Philippe
    /// Lazzarini, warned`: a person or organization named between commas right before the
    /// cue (`comma`), after a short description that opens the clause: the name, which the
    /// description only introduces (`The UN agency for Palestinian refugees, UNRWA`).
    fn appositive(&self, lo: usize, comma: usize) -> Option<Span> {
        let open = (lo..comma).rev().find(|&k| self.punct(k, &[","]))?;
        let (a, z) = (open + 1, comma.checked_sub(1)?);
        if a > z || !self.mention_exactly(a, z) || !self.description(lo, open, 8) {
            return None;
        }
        Some(self.span(a, z))
    }

    /// The clause's first words before its first comma, when a parenthetical then follows
    /// (`Moscow and Ankara, when …, reaffirmed`): a short noun phrase only.
    fn paren_subject(&self, lo: usize, comma: usize) -> Option<Span> {
        let first_comma = (lo..comma).find(|&k| self.punct(k, &[","]))?;
        let (a, b) = self.trim(lo, first_comma)?;
        // a relative clause leaves a longer name before it (`Prof Terry Hughes of James Cook
        // University, who has studied …, told`); the parenthetical may be a long title with an
        // organization and its acronym (`Bà X, Giám đốc Trung tâm Kiểm soát bệnh tật Hà Nội
        // (CDC Hà Nội), cho biết`)
        let max = if self.is(first_comma + 1, SW::Relative) {
            9
        } else {
            6
        };
        (a == lo && b - a < max && self.nominal((a, b)) && comma - first_comma < 24)
            .then(|| self.span(a, b))
    }

    /// Number of tokens of a sentence-initial anaphor (`Об этом`) at `i`.
    fn anaphor(&self, i: usize) -> usize {
        let table = &self.cx.words.anaphors;
        table.longest(self.cx.words_from(i)).map_or(0, |(n, _)| n)
    }

    /// What the pronoun at token `i` refers to, and whether it can be a subject.
    fn pronoun(&self, i: usize) -> Option<(Antecedent, bool)> {
        self.cx.toks.get(i)?;
        self.cx.get_in(&self.cx.words.pronouns, i).copied()
    }

    /// Whether the tokens `from..hi` say nothing more: empty, or a time, place or addressee
    /// (`in a statement on Wednesday`, `журналистам`), or `this`.
    /// Looks up to the end of the clause (`стало известно 10 декабря, днём позже …`), or of
    /// the sentence when a comma follows the cue (`cho biết, tại khu vực …, …`).
    fn is_tail(&self, from: usize, hi: usize) -> bool {
        let comma = |k: usize| self.punct(k, &[",", ";"]);
        let hi = match from < hi && !comma(from) {
            true => (from..hi).find(|&k| comma(k)).unwrap_or(hi),
            false => hi,
        };
        let words = self.words(from, hi);
        words == 0
            || words <= 8
                && (self.is(from, SW::Tail)
                    || self.is(from, SW::This)
                    || self.is(from, SW::Addressee)
                    || self.date_word(from))
                && !(from..hi).any(|k| self.clausal(k).is_some())
    }

    fn push(&mut self, f: Found) {
        self.speakers[f.cue] = self.speakers[f.cue].or(f.speaker);
        self.found.push(f);
    }
}

/// Direct statements.
impl Scan<'_, '_> {
    fn direct(&mut self, qi: usize) {
        let q = self.quotes[qi];
        if !self.speechlike(q) {
            return;
        }
        if let Some((ci, speaker, parts)) = self.attr_inner(q) {
            self.used[ci] = true;
            for content in parts {
                self.push(Found {
                    cue: ci,
                    speaker,
                    kind: StatementKind::Direct,
                    content,
                });
            }
            return;
        }
        let own = self
            .attr_after(q)
            .or_else(|| self.attr_before(qi))
            .or_else(|| self.attr_inside(q));
        let (ci, speaker) = match own {
            Some(x) => {
                self.used[x.0] = true;
                x
            }
            None => match self.attr_prev(q) {
                Some(x) => x,
                None => return,
            },
        };
        let raw = q.content.slice(self.cx.text);
        let trimmed = raw.trim_end_matches([',', ' ']);
        self.push(Found {
            cue: ci,
            speaker,
            kind: StatementKind::Direct,
            content: Span::new(q.content.start, q.content.start + trimmed.len()),
        });
    }

    /// `«Мне кажется, – продолжил Брод, – что …»`: an attribution between dashes inside the
    /// quote splits it into two passages by the same speaker.
    fn attr_inner(&self, q: Passage) -> Option<(usize, Option<Span>, [Span; 2])> {
        let (a, b) = (
            tok_at(self.cx, q.content.start),
            tok_at(self.cx, q.content.end),
        );
        let dash_after =
            |k: usize, p: &[&str]| self.link(k) && !self.punct(k, &[","]) && self.punct(k - 1, p);
        let k = (a + 1..b).find(|&k| dash_after(k, &[",", ".", "!", "?", "…"]))?;
        let ci = self.cues.partition_point(|c| c.first <= k);
        let c = *self.cues.get(ci)?;
        let role_ok = matches!(c.role, Role::Say | Role::Speech);
        if c.first > k + 3 || !role_ok || c.last + 2 >= b || !self.cue_ok(ci) {
            return None;
        }
        let m = (c.last + 1..b.min(c.last + 10)).find(|&m| dash_after(m, &[",", "."]))?;
        if m + 1 >= b {
            return None;
        }
        let speaker = self
            .trim(k + 1, c.first)
            .or_else(|| self.after(c.last + 1, m))
            .map(|(x, y)| self.span(x, y))?;
        let first = &self.cx.text[q.content.start..self.cx.toks[k - 1].end];
        let first = Span::new(
            q.content.start,
            q.content.start + first.trim_end_matches([',', ' ']).len(),
        );
        let second = Span::new(self.cx.toks[m + 1].start, q.content.end);
        Some((ci, Some(speaker), [first, second]))
    }

    /// Four words or more, or a quote that opens a sentence or follows a colon.
    fn speechlike(&self, q: Passage) -> bool {
        let (a, b) = (
            tok_at(self.cx, q.content.start),
            tok_at(self.cx, q.content.end),
        );
        q.dash
            || self.words(a, b) >= 4
            || q.open == 0
            || self.cx.toks[q.open].line_start
            || self.punct(q.open - 1, &[".", "!", "?", "…", ":"])
            || self.link(q.open - 1) && self.cx.toks[q.open - 1].text(self.cx.text) != ","
    }

    /// `"…," the Kremlin said`, `«…», — сказал Песков`, `"…." Peskov said.`, `«…». Об этом …`.
    fn attr_after(&self, q: Passage) -> Option<(usize, Option<Span>)> {
        let toks = self.cx.toks;
        let last = q.content.slice(self.cx.text).chars().next_back()?;
        let mut ended = matches!(last, '.' | '!' | '?' | '…');
        let mut linked = ended || last == ',';
        let mut k = q.after;
        while k < toks.len() && !toks[k].line_start && toks[k].kind == TokKind::Punct {
            if self.link(k) || self.punct(k, &[":"]) {
                linked = true;
            } else if self.punct(k, &[".", "!", "?", "…"]) {
                (linked, ended) = (true, true);
            } else {
                break;
            }
            k += 1;
        }
        if !linked || k >= toks.len() || toks[k].line_start || toks[k].kind == TokKind::Punct {
            return None;
        }
        let from = k + self.anaphor(k);
        let ci = self.cues.partition_point(|c| c.first < from);
        let c = *self.cues.get(ci)?;
        let gap_ok = c.first <= from + 8
            && (from..c.first).all(|i| {
                !toks[i].line_start && (toks[i].kind != TokKind::Punct || self.soft_dot(i))
            });
        // `"…," Fabien Villedieu, a spokesman for the union, told AFP`: a name, then a
        // description between commas before the cue
        let appos = (!gap_ok)
            .then(|| self.name_then_description(from, c.first))
            .flatten();
        if !gap_ok && appos.is_none() || c.role == Role::Noun || !self.cue_ok(ci) {
            return None;
        }
        let (_, hi) = self.sentence_toks(c.first);
        let (speaker, rest) = if let Some(sp) = appos {
            (Some(sp), c.last + 1)
        } else if from < c.first {
            let sp = self.trim(from, c.first)?;
            (Some(self.span(sp.0, sp.1)), c.last + 1)
        } else {
            self.inverted(ci, hi)
        };
        if c.role != Role::Impersonal && speaker.is_none() || ended && !self.is_tail(rest, hi) {
            return None;
        }
        Some((ci, speaker))
    }

    /// A person or organization mention at `from`, a comma, a description of at most a dozen
    /// words and a comma right before the cue at `cue`: the mention.
    fn name_then_description(&self, from: usize, cue: usize) -> Option<Span> {
        let m = self.person_or_org_at(from)?;
        let z = tok_at(self.cx, m.end).checked_sub(1)?;
        let ok = self.cx.toks.get(z + 1).is_some()
            && self.punct(z + 1, &[","])
            && cue >= z + 3
            && self.punct(cue - 1, &[","])
            && self.description(z + 2, cue - 1, 12);
        ok.then(|| self.span(from, z))
    }

    /// The speaker after a cue and where the rest of the clause starts; an impersonal cue has
    /// a speaker only when it ends in a noun with its owner after it (`в сообщении МИД`).
    fn inverted(&self, ci: usize, hi: usize) -> (Option<Span>, usize) {
        let c = self.cues[ci];
        if c.role == Role::Impersonal && !self.noun_cue_at(c.last) {
            return (None, c.last + 1);
        }
        match self.after(c.last + 1, hi) {
            Some((a, b)) => (Some(self.span(a, b)), b + 1),
            None => (None, c.last + 1),
        }
    }

    fn noun_cue_at(&self, i: usize) -> bool {
        let w = self.cx.words;
        matches!(self.cx.get_in(&w.cues, i), Some(CueKind::Noun))
    }

    /// `Putin said: "…"`, `Erdogan said that "…"`, `Как сказал Песков, «…»`, `По словам X, «…»`.
    fn attr_before(&self, qi: usize) -> Option<(usize, Option<Span>)> {
        let q = self.quotes[qi];
        let open = q.open;
        let (lo, _) = self.sentence_toks(open);
        let k = self.cues.partition_point(|c| c.last < open);
        let ci = (0..k).rev().find(|&i| self.cues[i].role != Role::Noun)?;
        let c = self.cues[ci];
        let between_quote = qi > 0 && self.quotes[qi - 1].open > c.last;
        if c.first < lo
            || open - c.last > 10
            || between_quote
            || c.role == Role::Speech
            || !self.cue_ok(ci)
        {
            return None;
        }
        let mut j = open - 1;
        while j > c.last && self.punct(j, &[","]) {
            j -= 1;
        }
        let linked = j == c.last
            || self.punct(j, &[":"])
            || self.link(j)
            || self.clausal(j).is_some()
            || self.is(j, SW::PrepLink);
        let words_between =
            (c.last + 1..=j).all(|i| self.cx.toks[i].kind != TokKind::Punct || self.soft_dot(i));
        let speaker = if c.role == Role::According && self.punct(j, &[":"]) {
            // `Theo ông Bình: "…"`, `According to the ministry: "…"`
            self.trim(c.last + 1, j).map(|(a, b)| self.span(a, b))
        } else if linked && c.role != Role::According {
            self.ovs(ci, j + 1)
                .or_else(|| self.subject(ci, lo, j + 1))
                .or_else(|| self.after(c.last + 1, j + 1).map(|(a, b)| self.span(a, b)))
        } else if self.is(j, SW::Be) {
            // `said the deal was "a big step forward"`: a quoted predicate inside reported
            // content, which the indirect statement keeps
            return None;
        } else if words_between && j - c.last <= 8 {
            self.trim(c.last + 1, j + 1).map(|(a, b)| self.span(a, b))
        } else {
            return None;
        };
        let speaker = speaker.or_else(|| self.pronoun_in_cue(ci));
        (speaker.is_some() || c.role == Role::Impersonal).then_some((ci, speaker))
    }

    /// `Вот как это прокомментировал писатель Шендерович: «…»`: before a quote, words that are
    /// no noun phrase, then the cue, then a name: object, verb, subject.
    fn ovs(&self, ci: usize, hi: usize) -> Option<Span> {
        let c = self.cues[ci];
        let (lo, _) = self.sentence_toks(c.first);
        let sp = self.before(c.first, lo)?.span?;
        let (x, y) = self.after(c.last + 1, hi)?;
        let names = x <= c.last + 1 && (x..=y.min(x + 1)).any(|i| self.names(i));
        (names && !self.nominal(sp)).then(|| self.span(x, y))
    }

    /// `the diplomats "agreed on …"`: a quote that opens with the cue, after its speaker.
    fn attr_inside(&self, q: Passage) -> Option<(usize, Option<Span>)> {
        if q.dash || q.open == 0 || self.cx.toks[q.open - 1].kind != TokKind::Word {
            return None;
        }
        let ci = self.cues.partition_point(|c| c.first < q.open + 1);
        let c = self.cues.get(ci)?;
        if c.first != q.open + 1 || c.role != Role::Say {
            return None;
        }
        let (lo, _) = self.sentence_toks(q.open);
        let sp = self.before(q.open, lo)?.span?;
        Some((ci, Some(self.span(sp.0, sp.1))))
    }

    /// A quote that is a sentence of its own, spoken by the subject of the sentence before when
    /// that sentence has a cue or speech verb (`Peskov spoke to reporters. "…"`).
    fn attr_prev(&self, q: Passage) -> Option<(usize, Option<Span>)> {
        let toks = self.cx.toks;
        let starts = q.open == 0
            || toks[q.open].line_start
            || self.sentences[self.sent_of(toks[q.open].start)].start == toks[q.open].start;
        let ends = q.after >= toks.len()
            || toks[q.after].line_start
            || self.punct(q.after, &[".", "!", "?", "…"])
            || q.content
                .slice(self.cx.text)
                .ends_with(['.', '!', '?', '…']);
        let words = self.words(
            tok_at(self.cx, q.content.start),
            tok_at(self.cx, q.content.end),
        );
        if !starts || !ends || q.open == 0 || words < 3 {
            return None;
        }
        let (a, b) = self.sentence_toks(q.open - 1);
        let k = self.cues.partition_point(|c| c.first < b);
        let ci = (0..k)
            .rev()
            .take_while(|&i| self.cues[i].first >= a)
            .find(|&i| matches!(self.cues[i].role, Role::Say | Role::Speech))?;
        let speaker = self.speakers[ci].or_else(|| {
            self.cue_ok(ci)
                .then(|| self.subject(ci, a, b).or_else(|| self.inverted(ci, b).0))
                .flatten()
        })?;
        Some((ci, Some(speaker)))
    }

    /// `по его словам`, `theo ông`: the pronoun inside an attribution cue.
    fn pronoun_in_cue(&self, ci: usize) -> Option<Span> {
        let c = self.cues[ci];
        (c.first..=c.last)
            .find(|&i| self.pronoun(i).is_some())
            .map(|i| self.span(i, i))
    }
}

/// Indirect statements.
impl Scan<'_, '_> {
    fn indirect(&mut self, ci: usize) {
        if !self.cue_ok(ci) {
            return;
        }
        match self.cues[ci].role {
            Role::According => {
                if let Some(f) = self.according(ci) {
                    self.add_indirect(f, None);
                }
            }
            Role::Say | Role::Impersonal => self.reported(ci),
            _ => {}
        }
    }

    /// Adds an indirect statement, first cutting the open statement's content at `cut`.
    fn add_indirect(&mut self, f: Found, cut: Option<usize>) {
        if let (Some(p), Some(k)) = (self.open, cut) {
            let start = self.found[p].content.start;
            let end = self.content_end(start, self.cx.toks[k].start);
            if end > start {
                self.found[p].content.end = end;
            }
        }
        if self.words(
            tok_at(self.cx, f.content.start),
            tok_at(self.cx, f.content.end),
        ) >= 2
        {
            let opens = self.cues[f.cue].role != Role::According;
            self.open = opens.then_some(self.found.len()).or(self.open);
            self.push(f);
        }
    }

    /// The open indirect statement, when its content holds token `i`.
    fn parent(&self, i: usize) -> Option<usize> {
        let at = self.cx.toks[i].start;
        self.open
            .filter(|&p| self.found[p].content.start <= at && at < self.found[p].content.end)
    }

    fn reported(&mut self, ci: usize) {
        let c = self.cues[ci];
        let (lo, hi) = self.clause(c.first);
        if let Some(f) = self
            .anaphoric(ci, lo, hi)
            .or_else(|| self.parenthetical(ci, lo, hi))
        {
            return self.add_indirect(f, None);
        }
        if let Some((f, comma)) = self.trailing(ci, lo, hi) {
            let cut = self.parent(c.first).map(|_| comma);
            return self.add_indirect(f, cut);
        }
        self.forward(ci, lo, hi);
    }

    /// `X said (that) …`, with the speaker shared by coordinated cues (`agreed … and
    /// emphasized …`), and a cue inside another reported clause left out.
    fn forward(&mut self, ci: usize, lo: usize, hi: usize) {
        let Some((speaker, cut)) = self.forward_subject(ci, lo, hi) else {
            return;
        };
        let content = self.forward_content(ci, hi);
        if content.is_none() {
            // a cue that reports nothing still lends its subject to the next coordinated one
            // (`declared a state of emergency … and said …`)
            self.speakers[ci] = self.speakers[ci].or(speaker);
        }
        if let Some(content) = content {
            let kind = StatementKind::Indirect;
            self.add_indirect(
                Found {
                    cue: ci,
                    speaker,
                    kind,
                    content,
                },
                cut,
            );
        }
    }

    /// The speaker of a forward cue and where the open statement's content must end; `None`
    /// when the cue is nested in that content or has no subject.
    fn forward_subject(
        &self,
        ci: usize,
        lo: usize,
        hi: usize,
    ) -> Option<(Option<Span>, Option<usize>)> {
        let c = self.cues[ci];
        let parent = self.parent(c.first);
        let mut left = c.first;
        while left > lo && self.is(left - 1, SW::Adv) {
            left -= 1;
        }
        // `…, đồng thời cho biết …` ("and at the same time said")
        if left >= lo + 2 && self.w(left - 2) == "đồng" && self.w(left - 1) == "thời" {
            left -= 2;
        }
        let coordinated =
            left > lo && (self.punct(left - 1, &[",", ";"]) || self.is(left - 1, SW::Conj));
        let shared = ci
            .checked_sub(1)
            .filter(|&p| self.cues[p].first >= lo)
            .and_then(|p| self.speakers[p]);
        let (speaker, cut) = match parent {
            Some(p) if coordinated => (self.found[p].speaker, Some(left - 1)),
            None if coordinated && shared.is_some() => (shared, None),
            // `Губернатор Александр Беглов провел совещание и потребовал …`: the coordinated
            // verbs share the person or organization that opens the sentence
            _ if coordinated && !self.punct(left - 1, &[","]) => {
                (Some(self.opening_subject(lo, left - 1)?), None)
            }
            Some(_) => self
                .new_clause(c.first, lo)
                .map(|(sp, k)| (Some(sp), Some(k)))?,
            None if self.gerund(ci) => return None,
            None => (self.subject(ci, lo, hi), None),
        };
        (speaker.is_some() || c.role != Role::Say).then_some((speaker, cut))
    }

    /// The subject that opens a clause (`lo`) before the conjunction at `conj`: a title or a
    /// person or organization mention, with the titles and names that follow it (`Губернатор
    /// Александр Беглов`, `Transport Minister François Durovray`), and no cue or
    /// complementizer between it and the conjunction.
    fn opening_subject(&self, lo: usize, conj: usize) -> Option<Span> {
        let mut a = lo;
        while a < conj && self.cx.toks[a].kind == TokKind::Punct {
            a += 1;
        }
        // capitalized modifiers before the title (`Transport Minister`)
        let mut c = a;
        while c < conj.min(a + 3)
            && self.candidate(c).is_none()
            && self.cx.toks[c].kind == TokKind::Word
            && self.cx.toks[c].cap
        {
            c += 1;
        }
        self.candidate(c).filter(|&r| r < 2)?;
        let w = self.cx.words;
        let mut z = c;
        while z + 1 < conj {
            let k = z + 1;
            let title = w.person_titles.longest(self.cx.words_from(k)).is_some();
            let t = self.cx.toks[k];
            if !(title || self.in_name(k) || t.kind == TokKind::Word && t.cap || self.soft_dot(k)) {
                break;
            }
            z = k;
        }
        let clean = !(z + 1..conj).any(|k| {
            self.clausal(k).is_some()
                || self.cues.iter().any(|c| c.first == k)
                || self.boundary(k) && !self.punct(k, &[","])
        });
        clean.then(|| self.span(a, z))
    }

    /// The content after a forward cue (or after the agent of a passive), when it says more
    /// than where, when or to whom.
    fn forward_content(&self, ci: usize, hi: usize) -> Option<Span> {
        let c = self.cues[ci];
        let from = if self.passive_by(ci) {
            self.after(c.last + 2, hi).map_or(c.last + 2, |x| x.1 + 1)
        } else {
            c.last + 1
        };
        let hi = self.quote_break(from, hi);
        let (start, linked) = self.content_start(from, hi)?;
        // `declared a state of emergency`: an act, not a report, unless a clause follows;
        // `added 275,000 jobs`, `добавил 2%`: growth, not speech
        if !linked && (c.first..=c.last).any(|k| self.is(k, SW::Performative)) {
            return None;
        }
        let figure = |k: usize| {
            self.cx.toks[k].kind == TokKind::Number
                || self
                    .cx
                    .toks
                    .get(k + 1)
                    .is_some_and(|n| n.kind == TokKind::Number)
                    && self.cx.toks[k].kind == TokKind::Punct
        };
        if !linked && (c.first..=c.last).any(|k| self.is(k, SW::Add)) && figure(start) {
            return None;
        }
        let start = self.cx.toks[start].start;
        let content = Span::new(start, self.content_end(start, self.cx.toks[hi - 1].end));
        let (a, b) = (tok_at(self.cx, content.start), tok_at(self.cx, content.end));
        let short = self.words(a, b) < 2 || !linked && self.adverbial(a, b);
        (!short).then_some(content)
    }

    /// The comma that closes an apposition opened by the comma at `k` (`Theo ông An, giám đốc
    /// sở, …`, `According to John Smith, an analyst at X, …`): a role of up to six words.
    fn apposition_end(&self, k: usize, hi: usize) -> Option<usize> {
        let w = self.cx.words;
        let k2 = (k + 2..hi.min(k + 9)).find(|&j| self.punct(j, &[","]))?;
        let a = if self.is(k + 1, SW::Article) {
            k + 2
        } else {
            k + 1
        };
        let role = w.person_titles.longest(self.cx.words_from(a)).is_some();
        (role && self.words(k + 1, k2) <= 6 && !(k + 1..k2).any(|j| self.clausal(j).is_some()))
            .then_some(k2)
    }

    /// The end of reported content before a quote that opens a new sentence inside the same
    /// segmented sentence (`cho biết … 0,8 m. "Chúng tôi …", ông Tuấn nói`): the quote is a
    /// statement of its own.
    fn quote_break(&self, from: usize, hi: usize) -> usize {
        self.quotes
            .iter()
            .map(|q| q.open)
            .find(|&k| k > from + 1 && k < hi && self.punct(k - 1, &[".", "!", "?", "…"]))
            .unwrap_or(hi)
    }

    /// A cue inside the open statement's content that starts a clause of its own (`…, but
    /// later Azerbaijan and Armenia accused`): its subject and where the open content ends.
    fn new_clause(&self, first: usize, lo: usize) -> Option<(Span, usize)> {
        let bf = self.before(first, lo)?;
        let (a, z) = bf.span?;
        let cut = match bf.boundary {
            Some(k) if self.link(k) || self.punct(k, &[";"]) => k,
            _ => (bf.first..a).find(|&i| self.is(i, SW::Conj))?,
        };
        Some((self.span(a, z), cut))
    }

    /// Where reported content starts: after a clausal complementizer a few words on (`said, on
    /// Monday, that`, `told reporters that`), else after the linking words next to the cue.
    /// Also tells whether a complementizer was passed.
    fn content_start(&self, from: usize, hi: usize) -> Option<(usize, bool)> {
        let toks = self.cx.toks;
        let from = self.time_adverbial(from, hi);
        let mut k = from;
        let reach = if k < hi
            && (self.punct(k, &[","]) || self.is(k, SW::Tail) || self.is(k, SW::Addressee))
        {
            8
        } else if k < hi && toks[k].cap {
            3
        } else if k + 1 < hi && self.w(k) == "the" && toks[k + 1].cap {
            4 // `told the BBC that`
        } else {
            0
        };
        if reach > 0 {
            while k < hi
                && k < from + reach
                && !self.punct(k, &[".", "!", "?", ";"])
                && quote_class_tok(self, k).is_none()
            {
                if let Some(n) = self.clausal(k) {
                    return self.skip_links(k + n, hi).map(|k| (k, true));
                }
                k += 1;
            }
        }
        let w = self.cx.words;
        let k = self.skip_links(from, hi)?;
        match w.complementizers.longest(self.cx.words_from(k)) {
            Some((n, _)) => self.skip_links(k + n, hi).map(|k| (k, true)),
            None => Some((k, false)),
        }
    }

    /// The end of a time adverbial right after a cue (`said on Friday his team …`, `said
    /// Wednesday it …`, `said in May 2024 it …`, `заявил в пятницу, что`): a weekday, month or
    /// `yesterday`/`today`, after an optional preposition, with the numbers and commas of a
    /// date. Else `k`.
    fn time_adverbial(&self, k: usize, hi: usize) -> usize {
        let w = self.cx.words;
        let toks = self.cx.toks;
        let mut j = k;
        if self.is(j, SW::TimePrep) {
            j += 1;
        }
        let day = |j: usize| {
            j < hi
                && (self.cx.get_in(&w.weekdays, j).is_some()
                    || self.cx.get_in(&w.months, j).is_some()
                    || self.cx.get_in(&w.relative_dates, j).is_some())
        };
        if !day(j) {
            return k;
        }
        j += 1;
        while j < hi
            && (toks[j].kind == TokKind::Number
                || self.punct(j, &[","])
                    && toks.get(j + 1).is_some_and(|t| t.kind == TokKind::Number))
        {
            j += 1;
        }
        if j < hi && self.punct(j, &[","]) {
            j += 1;
        }
        if j < hi && toks[j].kind == TokKind::Word {
            j
        } else {
            k
        }
    }

    /// Words after a cue that are only where, when or to whom (`in a statement on Wednesday`,
    /// `trước báo giới hôm thứ Hai`): up to four words opened by such a preposition, or up to
    /// eight with another one inside.
    fn adverbial(&self, a: usize, b: usize) -> bool {
        let tail = |i: usize| {
            self.is(i, SW::Tail)
                || self.is(i, SW::Addressee)
                || self.date_word(i)
                || self.noun_cue_at(i)
        };
        let n = self.words(a, b);
        // `said 5 people died`: a number that counts something opens a clause, not a date
        let months = &self.cx.words.months;
        let counted = self.cx.toks[a].kind == TokKind::Number
            && self.cx.toks.get(a + 1).is_some_and(|t| {
                t.kind == TokKind::Word && !t.cap && self.cx.get_in(months, a + 1).is_none()
            });
        tail(a)
            && !counted
            && (n <= 4 || n <= 8 && (a + 1..b).any(tail))
            && !(a..b).any(|k| self.clausal(k).is_some())
    }

    fn skip_links(&self, mut k: usize, hi: usize) -> Option<usize> {
        while k < hi && (self.link(k) || self.punct(k, &[":"])) {
            k += 1;
        }
        (k < hi).then_some(k)
    }

    /// The end of reported content before `end`: no final period, comma or space.
    fn content_end(&self, start: usize, end: usize) -> usize {
        let t = &self.cx.text[start..end.max(start)];
        start
            + t.trim_end_matches(['.', ',', ';', ':', ' ', '/', '\n'])
                .len()
    }

    /// `Об этом сообщила пресс-служба Кремля.`: the content is the sentence before.
    /// The speaker is between the anaphor and the cue when that is a noun phrase (`Об этом
    /// Песков заявил`), else after the cue (`Об этом журналистам сообщил Песков`).
    fn anaphoric(&self, ci: usize, lo: usize, hi: usize) -> Option<Found> {
        let c = self.cues[ci];
        let n = self.anaphor(lo);
        let reach = if c.role == Role::Impersonal { 0 } else { 6 };
        if n == 0 || c.first < lo + n || c.first > lo + n + reach {
            return None;
        }
        let s = self.sent_of(self.cx.toks[c.first].start);
        let prev = *self.sentences.get(s.checked_sub(1)?)?;
        let between = self.trim(lo + n, c.first);
        let speaker = between
            .filter(|&x| self.nominal(x))
            .map(|(a, b)| self.span(a, b))
            .or(self.inverted(ci, hi).0)
            .or(between.map(|(a, b)| self.span(a, b)));
        if speaker.is_none() && c.role == Role::Say {
            return None;
        }
        let content = Span::new(prev.start, self.content_end(prev.start, prev.end));
        Some(Found {
            cue: ci,
            speaker,
            kind: StatementKind::Indirect,
            content,
        })
    }

    /// `As Peskov said, …`, `Как заявили в Кремле, …`, `Как сообщается, …`.
    fn parenthetical(&self, ci: usize, lo: usize, hi: usize) -> Option<Found> {
        let c = self.cues[ci];
        if !self.is(lo, SW::Paren) || c.first - lo > 6 {
            return None;
        }
        let comma = (c.last + 1..hi.min(c.last + 12)).find(|&k| self.punct(k, &[","]))?;
        let speaker = if c.first > lo + 1 {
            self.trim(lo + 1, c.first)
        } else if c.role == Role::Impersonal && !self.noun_cue_at(c.last) {
            None
        } else {
            self.after(c.last + 1, comma)
        };
        let speaker = speaker.map(|(a, b)| self.span(a, b));
        if speaker.is_none() && c.role == Role::Say || comma + 1 >= hi {
            return None;
        }
        let start = self.cx.toks[comma + 1].start;
        let content = Span::new(start, self.content_end(start, self.cx.toks[hi - 1].end));
        Some(Found {
            cue: ci,
            speaker,
            kind: StatementKind::Indirect,
            content,
        })
    }

    /// `…, the ministry said in a statement.`, `…, said Peskov.`, `…, говорится в сообщении.`:
    /// the content is the clause before the comma. Also returns the comma.
    fn trailing(&self, ci: usize, lo: usize, hi: usize) -> Option<(Found, usize)> {
        let c = self.cues[ci];
        let (comma, speaker, rest) = if c.first > lo && self.link(c.first - 1) {
            let (sp, rest) = self.inverted(ci, hi);
            let subject_before = c.first >= 2 && self.in_name(c.first - 2);
            let odd = |x: Span| {
                let (a, z) = (tok_at(self.cx, x.start), tok_at(self.cx, x.end) - 1);
                self.oblique(a) || !self.plausible((a, z))
            };
            if self.gerund(ci) || subject_before || sp.is_some_and(odd) {
                return None;
            }
            // `Officials, who spoke on condition of anonymity, said …`: the words before the
            // comma are the subject and its relative clause, not content
            if self.paren_subject(lo, c.first - 1).is_some()
                && (lo..c.first - 1)
                    .find(|&k| self.punct(k, &[","]))
                    .is_some_and(|k| self.is(k + 1, SW::Relative))
            {
                return None;
            }
            (c.first - 1, sp, rest)
        } else {
            let bf = self.before(c.first, lo)?;
            let (b, sp) = (bf.boundary?, bf.span?);
            if !self.link(b) {
                return None;
            }
            (b, Some(self.span(sp.0, sp.1)), c.last + 1)
        };
        if speaker.is_none() && c.role == Role::Say || !self.is_tail(rest, hi) {
            return None;
        }
        let mut end = comma;
        while end > lo && self.link(end - 1) {
            end -= 1;
        }
        if end <= lo || self.words(lo, end) < 3 {
            return None;
        }
        let w = self.cx.words;
        let first = match w.complementizers.longest(self.cx.words_from(lo)) {
            Some((n, _)) => self.skip_links(lo + n, end).unwrap_or(lo),
            None => lo,
        };
        let start = self.cx.toks[first].start;
        let content = Span::new(start, self.content_end(start, self.cx.toks[end - 1].end));
        Some((
            Found {
                cue: ci,
                speaker,
                kind: StatementKind::Indirect,
                content,
            },
            comma,
        ))
    }

    /// `According to X, …` / `…, according to X.` / `По словам X, …` / `Theo X, …`. A cue in
    /// the middle (`X, по словам Y, Z`) gives the whole clause as content.
    fn according(&self, ci: usize) -> Option<Found> {
        let c = self.cues[ci];
        let (lo, hi) = self.clause(c.first);
        let at_start = c.first == lo || self.boundary(c.first - 1);
        if c.first == c.last && !at_start || self.is(c.last + 1, SW::RelAfter) {
            return None;
        }
        let comma = (c.last + 1..hi.min(c.last + 14)).find(|&k| self.punct(k, &[","]));
        let after = comma
            .map(|k| self.apposition_end(k, hi).unwrap_or(k))
            .filter(|&k| self.words(k + 1, hi) > 0);
        let mut end = c.first;
        while end > lo && self.punct(end - 1, &[",", ";", "(", "-", "—", "–"]) {
            end -= 1;
        }
        let before = self.words(lo, end);
        let (from, to) = match after {
            Some(k) if before < 3 => (k + 1, hi),
            Some(_) => (lo, hi),
            None if before >= 2 => (lo, end),
            None => return None,
        };
        let speaker = self
            .trim(c.last + 1, comma.unwrap_or(hi))
            .filter(|&x| self.plausible(x))
            .map(|(a, b)| self.span(a, b))
            .or_else(|| self.pronoun_in_cue(ci))?;
        let start = self.cx.toks[from].start;
        let content = Span::new(start, self.content_end(start, self.cx.toks[to - 1].end));
        Some(Found {
            cue: ci,
            speaker: Some(speaker),
            kind: StatementKind::Indirect,
            content,
        })
    }
}

fn quote_class_tok(s: &Scan, k: usize) -> Option<crate::normalize::QuoteClass> {
    let t = s.cx.toks[k];
    (t.kind == TokKind::Punct)
        .then(|| t.text(s.cx.text).chars().next().and_then(quote_class))
        .flatten()
}

/// All entity mentions, sorted by start.
fn mentions(entities: &[Entity]) -> Vec<M> {
    let mut ms: Vec<M> = entities
        .iter()
        .enumerate()
        .flat_map(|(ent, e)| {
            e.mentions.iter().map(move |m| M {
                start: m.start,
                end: m.end,
                sent: m.sentence,
                ent,
            })
        })
        .collect();
    ms.sort_by_key(|m| m.start);
    ms
}

/// One entity mention, flat and sorted by start, for resolving speakers.
#[derive(Clone, Copy)]
struct M {
    start: usize,
    end: usize,
    sent: usize,
    ent: usize,
}

/// Speaker resolution and output.
impl Scan<'_, '_> {
    fn finish(mut self) -> Vec<Statement> {
        let mut found = std::mem::take(&mut self.found);
        found.sort_by_key(|f| (f.content.start, f.content.end));
        found.dedup_by_key(|f| (f.content.start, f.content.end));
        found.retain(|f| !f.content.is_empty());
        let mut ids: Vec<Option<usize>> = Vec::with_capacity(found.len());
        for i in 0..found.len() {
            let id = self.resolve(&found[i], &found[..i], &ids);
            ids.push(id);
        }
        found
            .iter()
            .zip(ids)
            .map(|(f, id)| self.build(f, id.map(|e| self.ents[e].id.clone())))
            .collect()
    }

    fn build(&self, f: &Found, speaker: Option<String>) -> Statement {
        let c = self.cues[f.cue];
        Statement {
            speaker,
            speaker_text: f.speaker.map(|s| s.slice(self.cx.text).to_string()),
            cue: self.span(c.first, c.last).slice(self.cx.text).to_string(),
            kind: f.kind,
            content: f.content.slice(self.cx.text).to_string(),
            content_span: f.content,
            sentence: self.sent_of(f.content.start),
        }
    }

    /// The entity a statement's speaker is or refers to; `prior` are the statements before it
    /// and `ids` their entities.
    fn resolve(&self, f: &Found, prior: &[Found], ids: &[Option<usize>]) -> Option<usize> {
        let Some(sp) = f.speaker else {
            let c = self.cues[f.cue];
            let noun = (c.first..=c.last).any(|i| self.noun_cue_at(i));
            return (c.role == Role::Impersonal && noun)
                .then(|| self.prior_speaker(f, prior, ids))
                .flatten();
        };
        let inside = &self.ms[self.ms.partition_point(|m| m.start < sp.start)
            ..self.ms.partition_point(|m| m.start < sp.end)];
        if self.joint(sp, inside) {
            return None;
        }
        if let Some(e) = self.named(sp, inside) {
            return Some(e);
        }
        self.refer(f, sp, prior, ids)
    }

    /// Several speakers: two entities of the leading kind (`Putin and Erdogan`, `Baku and
    /// Yerevan`), or a conjunction before another person's title or pronoun (`Putin and his
    /// Turkish counterpart`); not two titles of one person (`глава X и совладелец Y Артур …`).
    fn joint(&self, sp: Span, inside: &[M]) -> bool {
        let whole = || inside.iter().filter(|m| m.end <= sp.end);
        if let Some(best) = whole().map(|m| self.rank(m)).min() {
            let mut of_kind = whole().filter(|m| self.rank(m) == best).map(|m| m.ent);
            let first = of_kind.next();
            if of_kind.any(|e| Some(e) != first) {
                return true;
            }
        }
        let (a, b) = (tok_at(self.cx, sp.start), tok_at(self.cx, sp.end));
        let in_name = |i: usize| {
            let t = self.cx.toks[i];
            whole().any(|m| m.start <= t.start && t.end <= m.end)
        };
        let w = self.cx.words;
        (a..b).any(|i| {
            self.is(i, SW::Conj)
                && !in_name(i)
                && (i + 1..b.min(i + 4)).take_while(|&k| !in_name(k)).any(|k| {
                    w.person_titles.longest(self.cx.words_from(k)).is_some()
                        || self.pronoun(k).is_some_and(|(_, subject)| subject)
                })
        })
    }

    /// A mention inside the speaker words: a person first, then an organization, then a place
    /// when it is the whole speaker (`Moscow`, not `the ministry of Russia`).
    /// A title before an organization's or place's name describes a person (`Глава МИД России`,
    /// `Tổng thống Nga`): no name then.
    fn named(&self, sp: Span, inside: &[M]) -> Option<usize> {
        let rank = |m: &M| self.rank(m);
        let a = tok_at(self.cx, sp.start);
        let titled = self.candidate(a) == Some(0) && !self.is(a, SW::NotUnique);
        if titled && !inside.iter().any(|m| rank(m) == 0) {
            return None;
        }
        let whole = |m: &M| {
            m.end == sp.end && matches!(self.cx.lower[sp.start..m.start].trim(), "" | "the")
        };
        inside
            .iter()
            .filter(|m| m.end <= sp.end && (rank(m) < 2 || whole(m)))
            .min_by_key(|m| rank(m))
            .map(|m| m.ent)
    }

    /// A person before an organization before a place.
    fn rank(&self, m: &M) -> u8 {
        match self.ents[m.ent].kind {
            EntityKind::Person => 0,
            EntityKind::Organization => 1,
            _ => 2,
        }
    }

    /// A pronoun or description: the entity it refers to, when one fits.
    fn refer(&self, f: &Found, sp: Span, prior: &[Found], ids: &[Option<usize>]) -> Option<usize> {
        let (a, b) = (tok_at(self.cx, sp.start), tok_at(self.cx, sp.end));
        let first = self.w(a);
        if b == a + 1 || b == a + 2 && self.w(a + 1) == "ấy" {
            if let Some((r, _)) = self.pronoun(a) {
                return match r {
                    Antecedent::Person => self.antecedent(sp, EntityKind::Person, None),
                    Antecedent::Organization => self.antecedent(sp, EntityKind::Organization, None),
                    _ => None,
                };
            }
            if self.word_is(first, SW::Relative) {
                return self.relative(sp);
            }
        }
        if (a..b).any(|i| self.is(i, SW::Group)) {
            return None;
        }
        let w = self.cx.words;
        for i in a..b {
            if self.noun_cue_at(i) {
                return self.prior_speaker(f, prior, ids);
            }
            if let Some((n, _)) = w.person_titles.longest(self.cx.words_from(i)) {
                let role = (i..i + n).any(|k| self.is(k, SW::NotUnique));
                return (!role)
                    .then(|| self.antecedent(sp, EntityKind::Person, None))
                    .flatten();
            }
            if let Some((n, _)) = w.org_heads.longest(self.cx.words_from(i)) {
                let head = self.w(i + n - 1);
                return self.antecedent(sp, EntityKind::Organization, Some(head));
            }
        }
        None
    }

    /// `…, who said`: the nearest entity before, in the same sentence and outside quotes.
    fn relative(&self, sp: Span) -> Option<usize> {
        let k = self.ms.partition_point(|m| m.start < sp.start);
        let s = self.sent_of(sp.start);
        self.ms[..k]
            .iter()
            .rev()
            .take_while(|m| m.sent == s)
            .find(|m| self.passage_at(m.start).is_none())
            .map(|m| m.ent)
    }

    /// The speaker entity of the nearest earlier statement, within three sentences.
    fn prior_speaker(&self, f: &Found, prior: &[Found], ids: &[Option<usize>]) -> Option<usize> {
        let s = self.sent_of(f.content.start);
        prior
            .iter()
            .zip(ids)
            .rev()
            .take_while(|(p, _)| self.sent_of(p.content.start) + 3 >= s)
            .find_map(|(_, id)| *id)
    }

    /// The nearest earlier entity of a kind outside quotes: in the nearest of the three
    /// sentences before that has one (any earlier sentence for a description with a head
    /// word), the first in that sentence, as subjects come first. With `head`, one of its
    /// mentions must hold a word that starts like the head (`the ministry` → `Foreign Ministry`).
    fn antecedent(&self, sp: Span, kind: EntityKind, head: Option<&str>) -> Option<usize> {
        let s = self.sent_of(sp.start);
        let reach = if head.is_some() { s } else { 3 };
        let k = self.ms.partition_point(|m| m.start < sp.start);
        let mut best: Option<&M> = None;
        for m in self.ms[..k].iter().rev() {
            if m.sent + reach < s || best.is_some_and(|x| x.sent != m.sent) {
                break;
            }
            let e = &self.ents[m.ent];
            let fits = m.sent < s
                && e.kind == kind
                && self.passage_at(m.start).is_none()
                && head.is_none_or(|h| self.has_head(e, h));
            if fits {
                best = Some(m);
            }
        }
        best.map(|m| m.ent)
    }

    fn has_head(&self, e: &Entity, head: &str) -> bool {
        let n = head.char_indices().nth(5).map_or(head.len(), |x| x.0);
        let (stem, short) = (&head[..n], head.chars().count() <= 3);
        e.mentions.iter().any(|m| {
            self.cx.lower[m.start..m.end]
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| {
                    if short {
                        w == stem
                    } else {
                        w.starts_with(stem)
                    }
                })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Lang;

    /// The passages of a one-paragraph text, as strings.
    fn quoted(text: &str, lang: Lang) -> Vec<String> {
        let tt = crate::extract::TestText::new(text);
        let cx = tt.cx(lang);
        let mut out = Vec::new();
        passages(&cx, Span::new(0, text.len()), &mut Vec::new(), &mut out);
        out.iter()
            .map(|q| q.content.slice(text).to_string())
            .collect()
    }

    #[test]
    fn statement_quote_styles() {
        assert_eq!(
            quoted(
                "\"a b,\" he said, “c d” and ‘e f’ — Kiev’s troops’ line",
                Lang::En
            ),
            ["a b,", "c d", "e f"]
        );
        assert_eq!(
            quoted("«Москва „не примет“ условия», — сказал он", Lang::Ru),
            ["Москва „не примет“ условия"]
        );
        assert_eq!(
            quoted("\"unclosed quote and more", Lang::En),
            Vec::<String>::new()
        );
        assert_eq!(
            quoted("the so-called \"peacekeepers\" left", Lang::En),
            ["peacekeepers"]
        );
    }

    #[test]
    fn statement_dash_segments() {
        assert_eq!(
            quoted(
                "— Мы готовы, — сказал Песков. — Но нужны гарантии.",
                Lang::Ru
            ),
            ["Мы готовы", "Но нужны гарантии."]
        );
        assert_eq!(
            quoted("— Это провокация! — заявила она.", Lang::Ru),
            ["Это провокация!"]
        );
        assert_eq!(
            quoted("-5 градусов ожидается завтра", Lang::Ru),
            Vec::<String>::new()
        );
    }

    #[test]
    fn statement_marks_by_position() {
        assert!(mark('"', None, Some(' '), Some('W')) == Mark::Open);
        assert!(mark('"', Some('"'), Some(','), Some(' ')) == Mark::Close);
        assert!(mark('’', Some('‘'), Some('v'), Some('s')) == Mark::Skip);
        assert!(mark('’', Some('‘'), Some('.'), Some(' ')) == Mark::Close);
        assert!(mark('“', Some('„'), Some('т'), Some(' ')) == Mark::Close);
        assert!(mark('»', None, Some('a'), None) == Mark::Skip);
    }
}
