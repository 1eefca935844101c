//! Language profiles: one file per language implementing [`Language`], reading its word
//! tables from `src/data/<lang>/words.tsv`.
//!
//! Adding a language is adding a profile file and its data file, plus golden texts; no stage
//! changes. The stages ask the profile for words (months, abbreviations, cues, units, titles)
//! and for the few behaviours that differ (Russian stems and lemmas, number separators).
//!
//! ```
//! use polynews::{lang, Lang};
//! let ru = lang::profile(Lang::Ru);
//! assert_eq!(ru.words().month("апреля"), Some(4));
//! assert_eq!(ru.match_stem("кремле"), ru.match_stem("кремль"));
//! ```

mod en;
mod ru;
pub(crate) mod table;
mod vi;

use crate::{EntityKind, Lang};
pub use table::{Antecedent, CueKind, Phrases, StatementWord, WordSeq, WordTable};

/// What a language contributes to the pipeline.
///
/// ```
/// let en = polynews::lang::profile(polynews::Lang::En);
/// assert_eq!(en.lang(), polynews::Lang::En);
/// assert!(en.words().is_abbreviation("mr."));
/// ```
pub trait Language: Send + Sync {
    /// The language.
    fn lang(&self) -> Lang;
    /// Its word tables.
    fn words(&self) -> &WordTable;
    /// The matching stem of a lowercased word (inflection removed where the language has it).
    fn match_stem<'a>(&self, lower: &'a str) -> &'a str {
        lower
    }
    /// The dictionary form of a name's words (Russian: nominative case).
    fn lemma(&self, tokens: &[&str], kind: EntityKind) -> Vec<String> {
        let _ = kind;
        tokens.iter().map(|t| t.to_string()).collect()
    }
    /// Latin-script form of a name for display.
    fn romanize(&self, s: &str) -> String {
        s.to_string()
    }
    /// Whether a lowercase word has the shape of a native word (Vietnamese: one syllable, as
    /// `nguyễn` and not `scholz`), so that names of foreign shape can be told apart.
    fn native_word(&self, lower: &str) -> bool {
        let _ = lower;
        true
    }
    /// The decimal separator of written numbers (`.` in English, `,` in Russian and Vietnamese).
    fn decimal_separator(&self) -> char {
        '.'
    }
    /// Whether the script writes compound nouns as separate syllables (Vietnamese `nhà lãnh
    /// đạo`, "leader", begins with `nhà`, "house"), so a one-word noun followed by more
    /// lowercase words may be only the start of a longer noun.
    fn spaced_compounds(&self) -> bool {
        false
    }
    /// Whether a person's family name comes first (Vietnamese `Nguyễn Văn Nam`), so that a
    /// lone last word (`ông Nam`) is a given name that many share, not a surname.
    fn family_name_first(&self) -> bool {
        false
    }
    /// Whether an unknown capitalized sequence needs evidence to be typed a person: a known
    /// given name first, a title before it, a surname-only mention elsewhere. Where the news
    /// capitalizes organizations and places as freely as people (English), a bare sequence of
    /// two to four capitalized words is no person by default; elsewhere it is.
    fn names_need_evidence(&self) -> bool {
        false
    }
    /// Whether numeric dates put the day first (`9/11` is 9 November).
    fn day_first(&self) -> bool {
        true
    }
    /// The English name of an organization outside the lexicon, built from its parts where
    /// the language names its bodies by formula (Vietnamese `Sở Xây dựng Hà Nội` → `Hanoi
    /// Department of Construction`); `place` gives the English name of a place name. `None`
    /// when there is no formula or a part is unknown.
    fn english_org_name(
        &self,
        words: &[&str],
        place: &dyn Fn(&str) -> Option<String>,
    ) -> Option<String> {
        let _ = (words, place);
        None
    }
    /// The unit a lowercase word names after a number when the unit table does not list it
    /// (English: a plural noun names itself, `14 stores`, `1,080 reefs`); `None` where
    /// inflection or spaced compounds make the word's own form no English unit.
    fn counted_noun(&self, lower: &str) -> Option<String> {
        let _ = lower;
        None
    }
}

/// The profile of a language; languages without their own profile get the English one,
/// whose rules (capitalization, Latin punctuation) are the most neutral.
///
/// ```
/// use polynews::{lang::profile, Lang};
/// assert_eq!(profile(Lang::Vi).lang(), Lang::Vi);
/// assert_eq!(profile(Lang::Und).lang(), Lang::En);
/// ```
pub fn profile(lang: Lang) -> &'static dyn Language {
    match lang {
        Lang::Ru => ru::profile(),
        Lang::Vi => vi::profile(),
        _ => en::profile(),
    }
}

/// All built-in profiles.
///
/// ```
/// assert_eq!(polynews::lang::all().len(), 3);
/// ```
pub fn all() -> [&'static dyn Language; 3] {
    [en::profile(), ru::profile(), vi::profile()]
}
