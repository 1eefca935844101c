//! Extraction: entities, dates, quantities and statements from tokens and sentences.

pub(crate) mod date;
pub(crate) mod entity;
pub(crate) mod quantity;
pub(crate) mod statement;

use crate::lang::Language;
use crate::lexicon::Lexicon;
use crate::segment::Tok;
use crate::{Article, DateMention, Options};

/// What every extractor reads: the text, its tokens (with lowercase view and the hash of
/// each lowercase token, computed once for every phrase table) and the profile.
pub(crate) struct Ctx<'a> {
    pub text: &'a str,
    pub lower: &'a str,
    pub toks: &'a [Tok],
    pub profile: &'a dyn Language,
    /// `profile.words()`, read once rather than through the trait object at every use.
    pub words: &'a crate::lang::WordTable,
    hashes: Vec<u64>,
}

/// The lowercase words from a token on, as phrase tables read them (see [`Ctx::words_from`]).
pub(crate) struct Words<'c, 'a> {
    cx: &'c Ctx<'a>,
    at: usize,
}

impl<'a> crate::lang::WordSeq<'a> for Words<'_, 'a> {
    fn word(&self, k: usize) -> Option<&'a str> {
        let j = self.at + k;
        let t = self.cx.toks.get(j)?;
        if k > 0 && t.line_start {
            return None;
        }
        Some(self.cx.lower(j))
    }
    fn first_hash(&self) -> Option<u64> {
        self.cx.hashes.get(self.at).copied()
    }
}

impl<'a> Ctx<'a> {
    /// A context over `text` and its tokens; `lower` is `text` lowercased with the same
    /// byte offsets.
    pub fn new(text: &'a str, lower: &'a str, toks: &'a [Tok], profile: &'a dyn Language) -> Self {
        let hashes = toks
            .iter()
            .map(|t| crate::hash::fx_str(&lower[t.start..t.end]))
            .collect();
        Ctx {
            text,
            lower,
            toks,
            profile,
            words: profile.words(),
            hashes,
        }
    }
    /// The same text over its tokens with hyphenated words split
    /// ([`crate::segment::split_hyphens`] of this context's tokens): a word that was not
    /// split keeps its hash, only the parts of split ones are hashed.
    pub fn retokenized<'b>(&self, toks: &'b [Tok]) -> Ctx<'b>
    where
        'a: 'b,
    {
        let mut hashes = Vec::with_capacity(toks.len());
        let mut rest = toks.iter();
        for (o, &h) in self.toks.iter().zip(&self.hashes) {
            if !o.hyphenated {
                match rest.next() {
                    Some(t) if (t.start, t.end) == (o.start, o.end) => hashes.push(h),
                    _ => break,
                }
                continue;
            }
            while let Some(t) = rest.as_slice().first() {
                if t.start < o.start || t.end > o.end {
                    break;
                }
                hashes.push(crate::hash::fx_str(&self.lower[t.start..t.end]));
                rest.next();
            }
        }
        if hashes.len() != toks.len() {
            // not the split of this context's tokens after all: hash them all
            return Ctx::new(self.text, self.lower, toks, self.profile);
        }
        Ctx {
            text: self.text,
            lower: self.lower,
            toks,
            profile: self.profile,
            words: self.words,
            hashes,
        }
    }
    /// The hash of token `i`'s lowercase form, as phrase tables compute it.
    pub fn hash(&self, i: usize) -> u64 {
        self.hashes[i]
    }
    /// The value of token `i`'s lowercase form in a table of phrases, by the token's hash.
    #[inline]
    pub fn get_in<'t, V>(&self, table: &'t crate::lang::Phrases<V>, i: usize) -> Option<&'t V> {
        table.get_word(self.hashes[i], self.lower(i))
    }
    /// Whether token `i`'s lowercase form is a phrase of a table (see [`Ctx::get_in`]).
    #[inline]
    pub fn is_in<V>(&self, table: &crate::lang::Phrases<V>, i: usize) -> bool {
        self.get_in(table, i).is_some()
    }
    pub fn lower(&self, i: usize) -> &'a str {
        let t = &self.toks[i];
        &self.lower[t.start..t.end]
    }
    pub fn word(&self, i: usize) -> &'a str {
        self.toks[i].text(self.text)
    }
    /// Length of a phrase of `table` (at most `max` words) that ends right before token `i`,
    /// on the same line.
    pub fn phrase_before<V>(
        &self,
        table: &crate::lang::Phrases<V>,
        i: usize,
        max: usize,
    ) -> Option<usize> {
        if self.toks.get(i).is_some_and(|t| t.line_start) {
            return None;
        }
        // no phrase is longer than the table's longest
        (1..=max.min(i).min(table.max_words())).rev().find(|&n| {
            table
                .longest(self.words_from(i - n))
                .is_some_and(|(k, _)| k == n)
        })
    }

    /// The lowercase words from token `i` on, for phrase matching (stops at a line break).
    pub fn words_from(&self, i: usize) -> Words<'_, 'a> {
        Words { cx: self, at: i }
    }
}

/// A text with its tokens and lowercase view, for tests that need a [`Ctx`].
#[cfg(test)]
pub(crate) struct TestText {
    text: String,
    lower: String,
    toks: Vec<Tok>,
}

#[cfg(test)]
impl TestText {
    pub fn new(text: &str) -> TestText {
        let toks = crate::segment::tokenize(text);
        TestText {
            text: text.to_string(),
            lower: crate::segment::lower_same_len(text),
            toks,
        }
    }
    pub fn cx(&self, lang: crate::Lang) -> Ctx<'_> {
        Ctx::new(
            &self.text,
            &self.lower,
            &self.toks,
            crate::lang::profile(lang),
        )
    }
}

/// Runs the extractors in order and fills the article.
pub(crate) fn run(
    cx: &Ctx,
    a: &mut Article,
    opts: &Options,
    lex: &Lexicon,
    ru_tagger: &crate::tagger::Tagger,
) {
    if opts.dates || opts.quantities {
        let found = date::find(cx);
        if opts.dates {
            a.dates = dates(cx, a, &found);
        }
        if opts.quantities {
            let mut in_date = vec![false; cx.toks.len()];
            for f in &found {
                in_date[f.first..=f.last].iter_mut().for_each(|x| *x = true);
            }
            a.quantities = quantity::find(cx, &in_date);
        }
    }
    if opts.entities {
        let toks = crate::segment::split_hyphens(cx.text, cx.toks);
        let ncx = cx.retokenized(&toks);
        let names = entity::Names::new(ncx, &a.sentences);
        let tagged = (a.lang == crate::Lang::Ru).then(|| ru_tagger.tag(cx.text));
        let cands = entity::find(&names, lex, tagged.as_deref());
        a.entities = crate::link::link(&names, &cands, lex, &a.sentences);
    }
    if opts.statements {
        a.statements = statement::find(cx, &a.sentences, &a.paragraphs, &a.entities);
    }
}

/// Dates with the year filled from the text itself, the published date or the dateline.
fn dates(cx: &Ctx, a: &Article, found: &[date::Found]) -> Vec<DateMention> {
    let anchor_year = a
        .published
        .as_deref()
        .or(a.dateline.as_ref().and_then(|d| d.date.as_deref()))
        .and_then(|v| v.get(..4))
        .and_then(|y| y.parse::<u16>().ok());
    found
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let same = found[..i].iter().rev().find(|g| {
                g.year.is_some() && g.month == f.month && g.day == f.day && f.day.is_some()
            });
            let fill = same.and_then(|g| g.year).or(anchor_year);
            let (start, end) = (cx.toks[f.first].start, cx.toks[f.last].end);
            DateMention {
                text: cx.text[start..end].to_string(),
                value: f.value(fill),
                start,
                end,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_tokens_keep_or_recompute_their_hashes() {
        let t = TestText::new("Nagorno-Karabakh, Ростов-на-Дону и COVID-19; V.Putin’s - x-");
        let cx = t.cx(crate::Lang::En);
        let split = crate::segment::split_hyphens(&t.text, &t.toks);
        assert!(split.len() > t.toks.len());
        let reused = cx.retokenized(&split);
        let fresh = Ctx::new(&t.text, &t.lower, &split, cx.profile);
        assert_eq!(reused.hashes, fresh.hashes);
        // tokens that are not a split of the context's: every hash computed afresh
        let other: Vec<Tok> = t.toks.iter().rev().copied().collect();
        let fresh = Ctx::new(&t.text, &t.lower, &other, cx.profile);
        assert_eq!(cx.retokenized(&other).hashes, fresh.hashes);
        // as many tokens as the context's, but other ones (no word to split)
        let t = TestText::new("Moscow and Ankara met.");
        let cx = t.cx(crate::Lang::En);
        let other: Vec<Tok> = t.toks.iter().rev().copied().collect();
        let fresh = Ctx::new(&t.text, &t.lower, &other, cx.profile);
        assert_eq!(cx.retokenized(&other).hashes, fresh.hashes);
    }
}
