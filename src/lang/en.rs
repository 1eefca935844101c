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
}

pub(super) fn profile() -> &'static dyn Language {
    static P: OnceLock<English> = OnceLock::new();
    P.get_or_init(|| English {
        words: WordTable::builtin(include_str!("../data/en/words.tsv")),
    })
}
