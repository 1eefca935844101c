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
        // names recur across a corpus: a bounded per-thread memo saves the transliteration
        thread_local! {
            static MEMO: RefCell<crate::hash::Memo<Box<str>>> =
                RefCell::new(crate::hash::Memo::new(1 << 14));
        }
        crate::hash::memoized(&MEMO, s, 64, || romanize(s).into_boxed_str()).into_string()
    }
    fn decimal_separator(&self) -> char {
        ','
    }
}

/// Romanization with the English press's spelling of given names (`Александр` →
/// `Alexander`), the rest by [`crate::normalize::translit_ru`].
fn romanize(s: &str) -> String {
    if !s.split(' ').any(|w| english_given_name(w).is_some()) {
        return crate::normalize::translit_ru(s);
    }
    s.split(' ')
        .map(|w| {
            english_given_name(w).map_or_else(|| crate::normalize::translit_ru(w), String::from)
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The English spelling of a Russian given name (nominative, as written) where it differs
/// from the romanization (`src/data/ru/given_names_en.tsv`).
fn english_given_name(word: &str) -> Option<&'static str> {
    static T: OnceLock<FxMap<&'static str, &'static str>> = OnceLock::new();
    T.get_or_init(|| {
        include_str!("../data/ru/given_names_en.tsv")
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split_once('\t'))
            .collect()
    })
    .get(word)
    .copied()
}

pub(super) fn profile() -> &'static dyn Language {
    static P: OnceLock<Russian> = OnceLock::new();
    P.get_or_init(|| Russian {
        words: WordTable::builtin(include_str!("../data/ru/words.tsv")),
    })
}
