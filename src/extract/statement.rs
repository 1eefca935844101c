//! Statements: who said what.
//!
//! - Direct: a quoted passage (`"…"`, `“…”`, `«…»`, `„…“`) of four or more words, attributed by
//!   a cue after it (`"…," the Kremlin said`, `"…", - говорится в сообщении`, `”… ” it added`),
//!   or before it in the same sentence (`Erdogan said that "…"`, `Отмечается, что, "…"`). The
//!   Russian dash form (`— Мы готовы, — сказал Песков.`) counts as a quote.
//! - Indirect: speaker + communication verb (+ that / что / rằng) + content, with the cue
//!   lexicons of the language profile; source attributions (`according to X`, `по словам X`,
//!   `Theo X`) where the content follows the comma; Russian `Об этом сообщил X`, whose content is
//!   the sentence before; impersonal forms (`Отмечается`) with no speaker.
//! - Speakers link to the article's entity whose mention lies in the speaker words; pronouns
//!   and descriptions (`it`, `он`, `the ministry`) to the last entity of a fitting kind before.
//!   Reported speech inside a quote is extracted too, as its own statement.

use super::Ctx;
use crate::lang::CueKind;
use crate::normalize::{is_dash, quote_class, QuoteClass};
use crate::segment::TokKind;
use crate::{Entity, EntityKind, Span, Statement, StatementKind};

/// A cue found at tokens `first..=last`.
#[derive(Clone, Copy)]
struct Cue {
    first: usize,
    last: usize,
    kind: CueKind,
}

/// All statements of the article, ordered by where their content starts.
pub(crate) fn find(
    cx: &Ctx,
    sentences: &[Span],
    paragraphs: &[Span],
    entities: &[Entity],
) -> Vec<Statement> {
    let cues = find_cues(cx);
    let mut used = vec![false; cues.len()];
    let mut out = Vec::new();
    for p in paragraphs {
        for q in quotes(cx.text, *p) {
            if let Some(s) = direct(cx, q, &cues, &mut used, sentences, entities) {
                out.push(s);
            }
        }
    }
    for (ci, cue) in cues.iter().enumerate() {
        if used[ci] {
            continue;
        }
        if let Some(s) = indirect(cx, *cue, sentences, entities) {
            if !out
                .iter()
                .any(|o: &Statement| o.content_span == s.content_span)
            {
                out.push(s);
            }
        }
    }
    out.sort_by_key(|s| s.content_span.start);
    out
}

fn find_cues(cx: &Ctx) -> Vec<Cue> {
    let w = cx.profile.words();
    let mut out = Vec::new();
    let mut i = 0;
    while i < cx.toks.len() {
        match w
            .cues
            .longest(cx.words_from(i))
            .filter(|_| cx.toks[i].kind == TokKind::Word)
        {
            Some((n, k)) => {
                out.push(Cue {
                    first: i,
                    last: i + n - 1,
                    kind: *k,
                });
                i += n;
            }
            None => i += 1,
        }
    }
    out
}

/// Quoted passages of a paragraph: content spans (between the marks).
fn quotes(text: &str, p: Span) -> Vec<Span> {
    let par = &text[p.start..p.end];
    let mut out = Vec::new();
    let mut stack: Vec<(char, usize)> = Vec::new();
    let chars: Vec<(usize, char)> = par.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        let prev = k.checked_sub(1).map(|j| chars[j].1);
        let next = chars.get(k + 1).map(|x| x.1);
        if matches!(c, '\'' | '’' | '`') || c == '‘' && prev.is_some_and(char::is_alphanumeric)
        {
            continue; // apostrophes
        }
        let Some(class) = quote_class(c) else {
            continue;
        };
        let closes = match (class, stack.last()) {
            (QuoteClass::Close, Some(_)) => true,
            (QuoteClass::Either, Some(&(o, _))) => {
                o == c
                    || o == '„' && c == '“'
                    || o == '‘'
                    || !next.is_some_and(char::is_alphanumeric) && o != '«'
            }
            _ => false,
        };
        if closes {
            if let Some((_, s)) = stack.pop() {
                if stack.is_empty() {
                    out.push(Span::new(p.start + s, p.start + i));
                }
            }
        } else if class != QuoteClass::Close {
            stack.push((c, i + c.len_utf8()));
        }
    }
    if par.starts_with(['—', '–']) || par.starts_with("- ") {
        if let Some(q) = dash_quote(par) {
            out.push(Span::new(p.start + q.start, p.start + q.end));
        }
    }
    out.retain(|q| text[q.start..q.end].split_whitespace().count() >= 4);
    out
}

/// `— Мы готовы, — сказал Песков.`: the speech between the leading dash and `, —`.
fn dash_quote(par: &str) -> Option<Span> {
    let start = par.char_indices().find(|(_, c)| c.is_alphanumeric())?.0;
    let rest = &par[start..];
    let end = rest
        .char_indices()
        .find(|&(i, c)| is_dash(c) && rest[..i].trim_end().ends_with([',', '!', '?', '.']))?
        .0;
    let content = rest[..end].trim_end().trim_end_matches(',');
    Some(Span::new(start, start + content.len()))
}

fn tok_at(cx: &Ctx, byte: usize) -> usize {
    cx.toks.partition_point(|t| t.start < byte)
}

/// A direct statement: the quote and its attribution.
fn direct(
    cx: &Ctx,
    q: Span,
    cues: &[Cue],
    used: &mut [bool],
    sentences: &[Span],
    entities: &[Entity],
) -> Option<Statement> {
    let after = tok_at(cx, q.end) + 1; // past the closing mark
    let before = tok_at(cx, q.start).saturating_sub(1); // the opening mark
                                                        // after: the cue within a few tokens, before the sentence goes on
    let next = cues.partition_point(|c| c.first < after);
    let prev = cues.partition_point(|c| c.last < before).checked_sub(1);
    let ci = Some(next)
        .filter(|&i| {
            cues.get(i)
                .is_some_and(|c| c.first <= after + 8 && no_stop_between(cx, after, c.first))
        })
        .or_else(|| {
            prev.filter(|&i| {
                same_sentence(sentences, cx.toks[cues[i].last].start, q.start)
                    && before - cues[i].last <= 12
            })
        })?;
    let cue = cues[ci];
    used[ci] = true;
    let speaker = if cue.first >= after {
        speaker_after_quote(cx, after, cue)
    } else {
        speaker_before(cx, cue)
    };
    let mut content = q.slice(cx.text).trim_end_matches([',', ' ']).to_string();
    if content.ends_with(',') {
        content.pop();
    }
    Some(build(
        cx,
        cue,
        speaker,
        StatementKind::Direct,
        Span::new(q.start, q.start + content.len()),
        sentences,
        entities,
    ))
}

fn no_stop_between(cx: &Ctx, from: usize, to: usize) -> bool {
    cx.toks[from.min(to)..to]
        .iter()
        .all(|t| !t.is(cx.text, ".") && !t.line_start)
}

fn same_sentence(sentences: &[Span], a: usize, b: usize) -> bool {
    let s = sentences.partition_point(|x| x.end <= a);
    sentences.get(s).is_some_and(|x| x.start <= b && b < x.end)
}

/// Speaker between the quote and a following cue (`the Kremlin said`), or after the cue
/// (`подчеркнули в Кремле`, `said Putin`).
fn speaker_after_quote(cx: &Ctx, after: usize, cue: Cue) -> Option<Span> {
    let words: Vec<usize> = (after..cue.first)
        .filter(|&i| cx.toks[i].kind == TokKind::Word)
        .collect();
    if let (Some(&f), Some(&l)) = (words.first(), words.last()) {
        return trim(cx, f, l);
    }
    if cue.kind == CueKind::Impersonal {
        return None;
    }
    let mut l = cue.last + 1;
    while l + 1 < cx.toks.len()
        && cx.toks[l + 1].kind == TokKind::Word
        && !cx.toks[l + 1].line_start
        && l - cue.last < 5
    {
        l += 1;
    }
    (l < cx.toks.len() && cx.toks[l].kind == TokKind::Word)
        .then(|| trim(cx, cue.last + 1, l))
        .flatten()
}

/// Speaker words before a cue: back to a clause boundary, at most eight tokens.
fn speaker_before(cx: &Ctx, cue: Cue) -> Option<Span> {
    if cue.kind == CueKind::Impersonal || cue.first == 0 {
        return None;
    }
    let mut f = cue.first;
    while f > 0 && cue.first - f < 8 {
        let t = cx.toks[f - 1];
        if t.kind == TokKind::Punct && !t.is(cx.text, "-") || cx.toks[f].line_start {
            break;
        }
        f -= 1;
    }
    if f == cue.first {
        return None;
    }
    trim(cx, f, cue.first - 1)
}

/// Drops leading articles, prepositions and adverbs, and trailing adverbs (`also`, `đều`).
fn trim(cx: &Ctx, mut f: usize, mut l: usize) -> Option<Span> {
    const LEAD: &[&str] = &[
        "the",
        "a",
        "an",
        "in",
        "в",
        "во",
        "и",
        "а",
        "но",
        "but",
        "and",
        "then",
        "also",
        "ещё",
        "еще",
        "также",
    ];
    const TAIL: &[&str] = &[
        "also",
        "once",
        "again",
        "further",
        "đều",
        "cũng",
        "đã",
        "также",
        "ещё",
        "еще",
        "have",
        "has",
        "had",
        "is",
        "was",
    ];
    while f <= l && LEAD.contains(&cx.lower(f)) {
        f += 1;
    }
    while l > f && (TAIL.contains(&cx.lower(l)) || cx.toks[l].kind == TokKind::Punct) {
        l -= 1;
    }
    (f <= l).then(|| Span::new(cx.toks[f].start, cx.toks[l].end))
}

/// An indirect statement around a cue not used by a quote.
fn indirect(cx: &Ctx, cue: Cue, sentences: &[Span], entities: &[Entity]) -> Option<Statement> {
    let si = sentences.partition_point(|s| s.end <= cx.toks[cue.first].start);
    let sent = *sentences.get(si)?;
    let send = tok_at(cx, sent.end);
    if cue.kind == CueKind::Noun {
        return None;
    }
    if cue.kind == CueKind::According {
        return according(cx, cue, sent, send, sentences, entities);
    }
    // Russian "Об этом сообщила X": the content is the sentence before
    if cue.first >= 2
        && cx.lower(cue.first - 2) == "об"
        && cx.lower(cue.first - 1) == "этом"
        && si > 0
    {
        let prev = sentences[si - 1];
        let content = Span::new(
            prev.start,
            prev.end - usize::from(cx.text[..prev.end].ends_with('.')),
        );
        let speaker = trim(
            cx,
            cue.last + 1,
            send.saturating_sub(1)
                .max(cue.last + 1)
                .min(cx.toks.len() - 1),
        );
        return Some(build(
            cx,
            cue,
            speaker,
            StatementKind::Indirect,
            content,
            sentences,
            entities,
        ));
    }
    let mut c = cue.last + 1;
    let w = cx.profile.words();
    while c < send
        && (cx.toks[c].is(cx.text, ",")
            || cx.toks[c].is(cx.text, ":")
            || w.complementizers
                .longest(cx.words_from(c))
                .is_some_and(|(n, _)| n == 1)
            || matches!(cx.lower(c), "over" | "of" | "về" | "on"))
    {
        c += 1;
    }
    if c >= send {
        return None;
    }
    let speaker = speaker_before(cx, cue);
    if speaker.is_none() && cue.kind != CueKind::Impersonal {
        return None;
    }
    let start = cx.toks[c].start;
    let mut end = sent.end;
    while end > start && cx.text[..end].ends_with(['.', ' ']) {
        end -= 1;
    }
    let mut span = Span::new(start, end);
    let mut kind = StatementKind::Indirect;
    // the content is one quoted passage: a direct statement ("условились «об …»")
    let first = cx.text[start..].chars().next().unwrap_or(' ');
    if quote_class(first).is_some() && cx.text[..end].ends_with(|c: char| quote_class(c).is_some())
    {
        span = Span::new(
            start + first.len_utf8(),
            end - cx.text[..end].chars().next_back().map_or(0, char::len_utf8),
        );
        kind = StatementKind::Direct;
    }
    (!span.is_empty()).then(|| build(cx, cue, speaker, kind, span, sentences, entities))
}

/// `According to X, …`, `По словам X, …`, `Theo X, …`, `Согласно X, …`.
fn according(
    cx: &Ctx,
    cue: Cue,
    sent: Span,
    send: usize,
    sentences: &[Span],
    entities: &[Entity],
) -> Option<Statement> {
    let comma = (cue.last + 1..send).find(|&i| cx.toks[i].is(cx.text, ","))?;
    if comma == cue.last + 1 || comma - cue.last > 10 {
        return None;
    }
    let speaker = trim(cx, cue.last + 1, comma - 1);
    let start = cx.toks.get(comma + 1)?.start;
    let mut end = sent.end;
    while end > start && cx.text[..end].ends_with(['.', ' ', '/']) {
        end -= 1;
    }
    (end > start).then(|| {
        build(
            cx,
            cue,
            speaker,
            StatementKind::Indirect,
            Span::new(start, end),
            sentences,
            entities,
        )
    })
}

fn build(
    cx: &Ctx,
    cue: Cue,
    speaker: Option<Span>,
    kind: StatementKind,
    content: Span,
    sentences: &[Span],
    entities: &[Entity],
) -> Statement {
    let cue_text = cx.text[cx.toks[cue.first].start..cx.toks[cue.last].end].to_string();
    let speaker_id = speaker.and_then(|s| resolve(cx, s, entities));
    Statement {
        speaker: speaker_id,
        speaker_text: speaker.map(|s| s.slice(cx.text).to_string()),
        cue: cue_text,
        kind,
        content: content.slice(cx.text).to_string(),
        content_span: content,
        sentence: sentences
            .partition_point(|s| s.end <= content.start)
            .min(sentences.len().saturating_sub(1)),
    }
}

/// The entity a speaker refers to: a mention inside the words, else the last fitting entity
/// before them for pronouns and descriptions.
fn resolve(cx: &Ctx, s: Span, entities: &[Entity]) -> Option<String> {
    let first_at = |e: &Entity, from: usize| e.mentions.partition_point(|m| m.start < from);
    let inside = entities
        .iter()
        .filter_map(|e| {
            e.mentions
                .get(first_at(e, s.start))
                .filter(|m| m.end <= s.end)
                .map(|m| (m.start, e))
        })
        .min_by_key(|x| x.0);
    if let Some((_, e)) = inside {
        return Some(e.id.clone());
    }
    let words = s.slice(cx.text).to_lowercase();
    let want = match words.as_str() {
        "he" | "she" | "он" | "она" | "ông" | "bà" => Some(EntityKind::Person),
        _ if words.split_whitespace().count() <= 3 => None,
        _ => return None,
    };
    entities
        .iter()
        .filter_map(|e| {
            first_at(e, s.start)
                .checked_sub(1)
                .map(|k| (e.mentions[k].start, e))
        })
        .filter(|(_, e)| want.is_none_or(|k| e.kind == k) && e.kind != EntityKind::Location)
        .max_by_key(|x| x.0)
        .map(|(_, e)| e.id.clone())
}
