//! Extraction: entities, dates, quantities and statements from tokens and sentences.

pub(crate) mod date;
pub(crate) mod entity;
pub(crate) mod quantity;
pub(crate) mod statement;

use crate::lang::Language;
use crate::segment::Tok;

/// What every extractor reads: the text, its tokens (with lowercase view) and the profile.
pub(crate) struct Ctx<'a> {
    pub text: &'a str,
    pub lower: &'a str,
    pub toks: &'a [Tok],
    pub profile: &'a dyn Language,
}

impl<'a> Ctx<'a> {
    pub fn lower(&self, i: usize) -> &'a str {
        let t = &self.toks[i];
        &self.lower[t.start..t.end]
    }
    pub fn word(&self, i: usize) -> &'a str {
        self.toks[i].text(self.text)
    }
    /// The lowercase words from token `i` on, for phrase matching (stops at a line break).
    pub fn words_from(&self, i: usize) -> impl Fn(usize) -> Option<&'a str> + '_ {
        move |k| {
            let j = i + k;
            let t = self.toks.get(j)?;
            if k > 0 && t.line_start {
                return None;
            }
            Some(self.lower(j))
        }
    }
}
