//! Russian: stems and nominative lemmas from [`crate::lexicon`]'s morphology, BGN/PCGN
//! romanization.

use super::{Language, WordTable};
use crate::hash::FxMap;
use crate::lexicon::ru_morph;
use crate::{EntityKind, Lang};
use std::cell::RefCell;
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
        // names recur across a corpus: a bounded per-thread cache saves the morphology work
        thread_local! {
            static CACHE: RefCell<FxMap<(bool, String), Vec<String>>> = RefCell::new(FxMap::default());
        }
        let person = kind == EntityKind::Person;
        let key = (person, tokens.join(" "));
        if let Some(hit) = CACHE.with(|c| c.borrow().get(&key).cloned()) {
            return hit;
        }
        let lemma = if person {
            ru_morph::lemma_person(tokens)
        } else {
            ru_morph::lemma_phrase(tokens)
        };
        CACHE.with(|c| {
            let mut c = c.borrow_mut();
            if c.len() >= 50_000 {
                c.clear();
            }
            c.insert(key, lemma.clone());
        });
        lemma
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
