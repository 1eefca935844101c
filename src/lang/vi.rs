//! Vietnamese.

use super::{Language, WordTable};
use crate::Lang;
use std::sync::OnceLock;

struct Vietnamese {
    words: WordTable,
}

impl Language for Vietnamese {
    fn lang(&self) -> Lang {
        Lang::Vi
    }
    fn words(&self) -> &WordTable {
        &self.words
    }
    fn spaced_compounds(&self) -> bool {
        true
    }
    fn decimal_separator(&self) -> char {
        ','
    }
}

pub(super) fn profile() -> &'static dyn Language {
    static P: OnceLock<Vietnamese> = OnceLock::new();
    P.get_or_init(|| Vietnamese {
        words: WordTable::builtin(include_str!("../data/vi/words.tsv")),
    })
}
