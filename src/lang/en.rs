//! English.

use super::{Language, WordTable};
use crate::Lang;
use std::sync::OnceLock;

struct English {
    words: WordTable,
}

impl Language for English {
    fn lang(&self) -> Lang {
        Lang::En
    }
    fn words(&self) -> &WordTable {
        &self.words
    }
    fn day_first(&self) -> bool {
        false
    }
    fn names_need_evidence(&self) -> bool {
        true
    }
    fn counted_noun(&self, lower: &str) -> Option<String> {
        plural_noun(lower).then(|| lower.to_string())
    }
}

/// Words ending in `s` that are no plural nouns.
const NOT_PLURAL: &[&str] = &[
    "was",
    "has",
    "does",
    "goes",
    "this",
    "thus",
    "plus",
    "less",
    "its",
    "his",
    "hers",
    "ours",
    "yours",
    "theirs",
    "across",
    "always",
    "besides",
    "perhaps",
    "unless",
    "whereas",
    "towards",
    "afterwards",
    "sometimes",
    "nevertheless",
    "news",
    "series",
    "species",
    "means",
    "remains",
    "seems",
    "stands",
    "rises",
    "falls",
    "comes",
    "makes",
    "takes",
    "says",
    "shows",
    "gives",
];

/// A lowercase plural noun by its form: letters only, at least four, ending in `s` but not
/// `ss`, `us` or `is` (`jobs`, `stores`, `reefs`; not `was`, `this`, `status`, `basis`).
fn plural_noun(w: &str) -> bool {
    w.len() >= 4
        && w.bytes().all(|b| b.is_ascii_lowercase())
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
        && !NOT_PLURAL.contains(&w)
}

pub(super) fn profile() -> &'static dyn Language {
    static P: OnceLock<English> = OnceLock::new();
    P.get_or_init(|| English {
        words: WordTable::builtin(include_str!("../data/en/words.tsv")),
    })
}
