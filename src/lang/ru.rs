//! Russian: stems and nominative lemmas from [`crate::lexicon`]'s morphology, BGN/PCGN
//! romanization.

use super::{Language, WordTable};
use crate::lexicon::ru_morph;
use crate::{EntityKind, Lang};
use std::sync::OnceLock;

struct Russian {
    words: WordTable,
}

impl Language for Russian {
    fn lang(&self) -> Lang {
        Lang::Ru
    }
    fn words(&self) -> &WordTable {
        &self.words
    }
    fn match_stem<'a>(&self, lower: &'a str) -> &'a str {
        ru_morph::stem(lower)
    }
    fn lemma(&self, tokens: &[&str], kind: EntityKind) -> Vec<String> {
        match kind {
            EntityKind::Person => ru_morph::lemma_person(tokens),
            _ => ru_morph::lemma_phrase(tokens),
        }
    }
    fn romanize(&self, s: &str) -> String {
        crate::normalize::translit_ru(s)
    }
    fn decimal_separator(&self) -> char {
        ','
    }
}

pub(super) fn profile() -> &'static dyn Language {
    static P: OnceLock<Russian> = OnceLock::new();
    P.get_or_init(|| Russian {
        words: WordTable::builtin(include_str!("../data/ru/words.tsv")),
    })
}
