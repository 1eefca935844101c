//! Word tables: the plain-data part of a language profile.

use crate::hash::{fx_str, FxSet};
use hashbrown::HashTable;
use std::cell::RefCell;
use std::collections::HashSet;

/// What a statement cue does.
///
/// ```
/// use polynews::lang::{profile, CueKind};
/// let en = profile(polynews::Lang::En);
/// assert_eq!(en.words().cues.get("said"), Some(&CueKind::Say));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum CueKind {
    /// A verb of communication that takes content (`said`, `заявил`, `cho biết`).
    Say,
    /// A source attribution (`according to`, `по словам`, `Theo`).
    According,
    /// An impersonal form with no subject (`отмечается`, `говорится`).
    Impersonal,
    /// A noun that heads a reported statement (`statement`, `заявление`).
    Noun,
    /// A verb of speaking that reports no content by itself (`spoke`, `asked`, `выступил`): it
    /// attributes a quote right next to it (`"…?" he asked`, `– продолжил Брод, –`) or gives
    /// context to a quote in the next sentence (`Peskov spoke to reporters. "…"`).
    Speech,
}

/// What a pronoun refers back to.
///
/// ```
/// use polynews::lang::{profile, Antecedent};
/// let ru = profile(polynews::Lang::Ru).words();
/// assert_eq!(ru.pronouns.get("они"), Some(&(Antecedent::Group, true)));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Antecedent {
    /// A person (`he`, `она`, `ông`).
    Person,
    /// An organization (`it`, `оно`).
    Organization,
    /// Several people or organizations (`they`, `они`, `họ`).
    Group,
}

/// A class of words the statement extractor reads (a word may be in several).
///
/// ```
/// use polynews::lang::{profile, StatementWord};
/// let en = profile(polynews::Lang::En).words();
/// assert!(en.statement_word("never", StatementWord::Neg));
/// assert!(en.statement_word("in", StatementWord::Lead) && en.statement_word("in", StatementWord::Prep));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum StatementWord {
    /// Dropped from the start of a speaker: prepositions, conjunctions, subordinators.
    Lead,
    /// A preposition: a speaker that opens with one is a place (`В Кремле заявили`), or the
    /// subject comes after the phrase it opens.
    Prep,
    /// An adverb or auxiliary between a subject and its cue.
    Adv,
    /// A form of "be": before a cue it makes a passive (`was agreed`, `được thông báo`).
    Be,
    /// Negation before a cue (`did not say`, `не сообщил`, `không cho biết`).
    Neg,
    /// A coordinating conjunction: a clause boundary, and the mark of several speakers.
    Conj,
    /// A lowercase word inside a name-like speaker (`the Ministry of Defence`).
    Glue,
    /// A preposition that links a cue to its content (`concern over`, `thông báo về`).
    PrepLink,
    /// Opens a parenthetical attribution (`As X said, …`).
    Paren,
    /// After a cue, points back to what was said (`Peskov said this`).
    This,
    /// Starts a remainder with no content after a cue: time, place, medium, addressee.
    Tail,
    /// An addressee or medium between a cue and its speaker (`reporters`, `журналистам`).
    Addressee,
    /// A cue that performs an act on a noun phrase (`declared victory`) and reports only
    /// with a clause.
    Performative,
    /// A cue that also means "gained" before a figure (`added 275,000 jobs`).
    Add,
    /// Makes a description plural or indefinite (`two`, `các`, `оба`): no single entity.
    Group,
    /// A relative pronoun: the speaker is the entity just before.
    Relative,
    /// A relative pronoun after an attribution cue (`according to which`): a clause about a
    /// document, not a source.
    RelAfter,
    /// Never a speaker by itself (`this`, `это`).
    NotSpeaker,
    /// A role many people hold (`spokesman`, `представитель`): a description by one introduces
    /// someone new rather than referring back.
    NotUnique,
    /// An article before a role in an apposition (`John Smith, an analyst at X`).
    Article,
    /// A preposition opening a time adverbial after a cue (`said on Friday`, `заявил в
    /// пятницу`).
    TimePrep,
}

impl StatementWord {
    const NAMES: [(&'static str, StatementWord); 21] = [
        ("lead", StatementWord::Lead),
        ("prep", StatementWord::Prep),
        ("adv", StatementWord::Adv),
        ("be", StatementWord::Be),
        ("neg", StatementWord::Neg),
        ("conj", StatementWord::Conj),
        ("glue", StatementWord::Glue),
        ("prep_link", StatementWord::PrepLink),
        ("paren", StatementWord::Paren),
        ("this", StatementWord::This),
        ("tail", StatementWord::Tail),
        ("addressee", StatementWord::Addressee),
        ("performative", StatementWord::Performative),
        ("add", StatementWord::Add),
        ("group", StatementWord::Group),
        ("relative", StatementWord::Relative),
        ("rel_after", StatementWord::RelAfter),
        ("not_speaker", StatementWord::NotSpeaker),
        ("not_unique", StatementWord::NotUnique),
        ("article", StatementWord::Article),
        ("time_prep", StatementWord::TimePrep),
    ];

    fn parse(name: &str) -> Option<StatementWord> {
        Self::NAMES
            .iter()
            .find(|(n, _)| *n == name)
            .map(|&(_, c)| c)
    }

    fn bit(self) -> u32 {
        1 << self as u32
    }
}

/// A sequence of lowercase words, as [`Phrases::longest`] reads it: any
/// `Fn(usize) -> Option<&str>` closure (`None` past the end), or a view that also knows the
/// hash of its first word, so that most lookups cost no hashing at all.
///
/// ```
/// use polynews::lang::WordSeq;
/// let words = ["more", "than"];
/// let seq = |i: usize| words.get(i).copied();
/// assert_eq!(seq.word(1), Some("than"));
/// ```
pub trait WordSeq<'w> {
    /// Word `i` of the sequence, lowercase; `None` past the end.
    fn word(&self, i: usize) -> Option<&'w str>;
    /// The hash of word 0 (as the crate's phrase tables compute it), when already known.
    fn first_hash(&self) -> Option<u64> {
        None
    }
}

impl<'w, F: Fn(usize) -> Option<&'w str>> WordSeq<'w> for F {
    fn word(&self, i: usize) -> Option<&'w str> {
        self(i)
    }
}

/// Multi-word phrases (lowercase, single-spaced) with a value each.
///
/// ```
/// let mut p = polynews::lang::Phrases::default();
/// p.insert("more than", 1);
/// let words = ["more", "than", "30"];
/// assert_eq!(p.longest(|i| words.get(i).copied()), Some((2, &1)));
/// ```
#[derive(Debug, Clone)]
pub struct Phrases<V> {
    /// (hash of the phrase, phrase, value): looked up by a hash computed once per token.
    table: HashTable<(u64, Box<str>, V)>,
    /// Hashes of every phrase's first word.
    first: FxSet<u64>,
    /// A Bloom filter over `first`: most tokens are rejected by one bit test.
    first_filter: crate::hash::HashFilter,
    /// Hashes of every proper prefix of a multi-word phrase (`more`, `more than` of
    /// `more than a`): a longest match stops reading words as soon as none can follow.
    prefixes: FxSet<u64>,
    max_words: usize,
}

impl<V> Default for Phrases<V> {
    fn default() -> Self {
        Phrases {
            table: HashTable::new(),
            first: FxSet::default(),
            first_filter: Default::default(),
            prefixes: FxSet::default(),
            max_words: 0,
        }
    }
}

thread_local! {
    static BUF: RefCell<String> = const { RefCell::new(String::new()) };
}

impl<V> Phrases<V> {
    /// Adds a phrase (lowercased and space-folded here); a phrase added again gets the new value.
    ///
    /// ```
    /// let mut p = polynews::lang::Phrases::default();
    /// p.insert("Called  For", ());
    /// assert!(p.get("called for").is_some());
    /// ```
    pub fn insert(&mut self, phrase: &str, value: V) {
        let folded = fold_phrase(phrase);
        if folded.is_empty() {
            return;
        }
        self.max_words = self.max_words.max(folded.split(' ').count());
        let h0 = fx_str(folded.split(' ').next().unwrap_or(""));
        if self.first.insert(h0) {
            self.first_filter.add(h0, || self.first.iter().copied());
        }
        for (i, _) in folded.match_indices(' ') {
            self.prefixes.insert(fx_str(&folded[..i]));
        }
        let h = fx_str(&folded);
        match self.table.find_mut(h, |e| *e.1 == *folded) {
            Some(e) => e.2 = value,
            None => {
                self.table
                    .insert_unique(h, (h, folded.into_boxed_str(), value), |e| e.0);
            }
        }
    }

    /// Whether a word hash may be a first word (no false negatives).
    #[inline]
    fn may_start(&self, h0: u64) -> bool {
        self.first_filter.may_contain(h0) && self.first.contains(&h0)
    }

    /// Whether some phrase starts with this (lowercase) word: when not, no
    /// [`Phrases::longest`] from it matches.
    pub(crate) fn may_start_word(&self, word: &str) -> bool {
        self.may_start(fx_str(word))
    }

    fn find(&self, h: u64, phrase: &str) -> Option<&V> {
        self.table.find(h, |e| *e.1 == *phrase).map(|e| &e.2)
    }

    /// The value of a one-word phrase (a lowercase token of hash `h`): most words are
    /// rejected by the first-word filter, without a probe.
    #[inline]
    pub(crate) fn get_word(&self, h: u64, word: &str) -> Option<&V> {
        if !self.first_filter.may_contain(h) {
            return None;
        }
        self.find(h, word)
    }

    /// The value of an exact (folded) phrase.
    ///
    /// ```
    /// let mut p = polynews::lang::Phrases::default();
    /// p.insert("theo", 7);
    /// assert_eq!(p.get("theo"), Some(&7));
    /// ```
    pub fn get(&self, phrase: &str) -> Option<&V> {
        self.find(fx_str(phrase), phrase)
    }

    /// The number of words of the longest phrase (0 when empty): a match never reads
    /// further.
    ///
    /// ```
    /// let mut p = polynews::lang::Phrases::default();
    /// p.insert("photo by", ());
    /// p.insert("AP", ());
    /// assert_eq!(p.max_words(), 2);
    /// ```
    pub fn max_words(&self) -> usize {
        self.max_words
    }

    /// Whether the phrase is present.
    ///
    /// ```
    /// let p: polynews::lang::Phrases<()> = Default::default();
    /// assert!(!p.contains("x"));
    /// ```
    pub fn contains(&self, phrase: &str) -> bool {
        self.get(phrase).is_some()
    }

    /// The longest phrase starting at word 0 of a sequence of lowercase words (see
    /// [`WordSeq`]). Returns the number of words and the value.
    ///
    /// ```
    /// let mut p = polynews::lang::Phrases::default();
    /// p.insert("by", 1);
    /// assert_eq!(p.longest(|i| ["by", "x"].get(i).copied()), Some((1, &1)));
    /// ```
    #[inline(always)]
    pub fn longest<'w>(&self, words: impl WordSeq<'w>) -> Option<(usize, &V)> {
        // the first word's hash is usually known: most words are rejected without reading
        // them, here, inlined in the caller; the rest of the match is out of line
        let h0 = match words.first_hash() {
            Some(h) => h,
            None => fx_str(words.word(0)?),
        };
        if !self.may_start(h0) {
            return None;
        }
        self.longest_from(h0, words)
    }

    /// [`Phrases::longest`] for a first word that may start a phrase, of hash `h0`.
    #[inline(never)]
    fn longest_from<'w>(&self, h0: u64, words: impl WordSeq<'w>) -> Option<(usize, &V)> {
        let w0 = words.word(0)?;
        let mut best = self.find(h0, w0).map(|v| (1, v));
        if !self.prefixes.contains(&h0) {
            return best;
        }
        BUF.with(|b| {
            let mut buf = b.borrow_mut();
            buf.clear();
            buf.push_str(w0);
            for n in 1..self.max_words {
                let Some(w) = words.word(n) else { break };
                buf.push(' ');
                buf.push_str(w);
                let h = fx_str(&buf);
                if let Some(v) = self.find(h, &buf) {
                    best = Some((n + 1, v));
                }
                if !self.prefixes.contains(&h) {
                    break;
                }
            }
            best
        })
    }

    /// Number of phrases.
    ///
    /// ```
    /// assert_eq!(polynews::lang::Phrases::<()>::default().len(), 0);
    /// ```
    pub fn len(&self) -> usize {
        self.table.len()
    }

    /// Whether there are no phrases.
    ///
    /// ```
    /// assert!(polynews::lang::Phrases::<()>::default().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.table.is_empty()
    }

    /// Iterates over the phrases and values.
    ///
    /// ```
    /// assert_eq!(polynews::lang::Phrases::<()>::default().iter().count(), 0);
    /// ```
    pub fn iter(&self) -> impl Iterator<Item = (&str, &V)> {
        self.table.iter().map(|(_, k, v)| (&**k, v))
    }
}

/// Lowercases, folds `ё` to `е`, and puts one space between tokens (`Фото:` → `фото :`), the
/// form in which the matchers see token sequences.
pub(crate) fn fold_phrase(s: &str) -> String {
    // a word of ASCII letters is one token (most table rows and names)
    if s.bytes().all(|b| b.is_ascii_alphabetic()) {
        return s.to_ascii_lowercase();
    }
    fold_tokens(s)
}

/// [`fold_phrase`] token by token.
fn fold_tokens(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 4);
    for t in crate::segment::tokenize(s) {
        if !out.is_empty() {
            out.push(' ');
        }
        for c in t.text(s).chars() {
            push_lower(c, &mut out);
        }
    }
    out
}

/// Pushes the lowercase of `c` (`ё` folded to `е`).
pub(crate) fn push_lower(c: char, out: &mut String) {
    match c {
        'ё' | 'Ё' => out.push('е'),
        'А'..='Я' => out.push(char::from_u32(c as u32 + 0x20).unwrap_or(c)),
        'а'..='я' => out.push(c),
        _ => out.extend(c.to_lowercase()),
    }
}

/// The word tables of one language, read from a `category<TAB>phrase<TAB>value` TSV.
///
/// ```
/// let t = polynews::lang::WordTable::parse("month\tjune\t6\nabbrev\tmr.\t\n").unwrap();
/// assert_eq!(t.month("June"), Some(6));
/// assert!(t.is_abbreviation("Mr."));
/// ```
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct WordTable {
    /// Month names and abbreviations → month number.
    pub months: Phrases<u8>,
    /// Weekday names → 1 (Monday) to 7.
    pub weekdays: Phrases<u8>,
    /// Words that introduce a month number (vi `tháng`).
    pub month_words: Phrases<()>,
    /// Words before a day number that are not part of the date (vi `ngày`).
    pub day_words: Phrases<()>,
    /// Year words → true when they follow the year (ru `года`), false when they precede it (vi `năm`).
    pub year_words: Phrases<bool>,
    /// Relative date words (`yesterday`, `вчера`).
    pub relative_dates: Phrases<()>,
    /// Abbreviations (lowercase, with their final dot) that do not end a sentence.
    pub abbreviations: HashSet<String>,
    /// Line beginnings of boilerplate lines (photo credits, read-more).
    pub boiler_prefixes: Phrases<()>,
    /// Phrases that introduce a credited agency (`По материалам`, `Theo`).
    pub credits: Phrases<()>,
    /// Approximation words before a number (`about`, `более`, `khoảng`).
    pub approx: Phrases<()>,
    /// Number words → (value, approximate).
    pub numbers: Phrases<(f64, bool)>,
    /// Multipliers (`thousand`, `тысяч`, `nghìn`).
    pub multipliers: Phrases<f64>,
    /// Counted nouns → English unit.
    pub units: Phrases<String>,
    /// Statement cues.
    pub cues: Phrases<CueKind>,
    /// Words linking a cue to its content (`that`, `что`, `rằng`).
    pub complementizers: Phrases<()>,
    /// Role words before a person's name.
    pub person_titles: Phrases<()>,
    /// Words that begin or end organization names.
    pub org_heads: Phrases<()>,
    /// Words before a place.
    pub place_cues: Phrases<()>,
    /// Common nouns that form place names → English noun.
    pub place_nouns: Phrases<String>,
    /// Capitalized words that are never names by themselves.
    pub stop_caps: Phrases<()>,
    /// Family names that begin a person's name (vi `Nguyễn`, `Trần`; Sino-Vietnamese `Tập`).
    pub surnames: Phrases<()>,
    /// Administrative and address nouns written lowercase before a place name (vi `tỉnh Quảng
    /// Ninh` → `Quảng Ninh`, `huyện`, `xã`, `phường`, `đường`) or after it (en `Idlib
    /// province` → `Idlib`) and not part of it.
    pub admin_units: Phrases<()>,
    /// Organization heads that name one organization by themselves when capitalized (vi
    /// `Chính phủ`, `Quốc hội`).
    pub org_alone: Phrases<()>,
    /// Kinship words used as honorifics before a name that are also names of their own (vi
    /// `anh` "elder brother" and `Anh` "Britain"), so they are no role word.
    pub honorifics: Phrases<()>,
    /// Heads of names that are not entities: the first word where names put their head
    /// first (vi `Tết`, `Luật`), the last word in English (`Cup`, `Prize`, `Act`).
    pub misc_heads: Phrases<()>,
    /// Legal forms and company words ending organization names (`Inc`, `Group`, `Party`),
    /// left out when the organization is named again; they are in `org_heads` too.
    pub org_suffixes: Phrases<()>,
    /// Lowercase words inside names (`bin`, `da`, `van`, `al-`).
    pub name_particles: Phrases<()>,
    /// Capitalized words that are no name by themselves (`Muslim`, `Western`, `Brexit`).
    pub misc_words: Phrases<()>,
    /// Coordinating conjunctions (`и`, `или`): between two capitalized names in one tagged
    /// span they separate two names.
    pub conjunctions: Phrases<()>,
    /// Verbs of a match result (`beat`, `drew`, `defeated`): with a score in the sentence, a
    /// city named next to one is its team.
    pub result_verbs: Phrases<()>,
    /// Words joining the parts of an organization or place name (`of`, `for`, `&`).
    pub name_joiners: Phrases<()>,
    /// Sentence-initial phrases before a cue whose content is the sentence before (`Об этом
    /// сообщил`).
    pub anaphors: Phrases<()>,
    /// Phrases that hold a cue word but report nothing (`nói chuyện` talk, `проще говоря`
    /// simply put), matched at the cue or one word before it.
    pub not_cues: Phrases<()>,
    /// Pronouns → what they refer to, and whether they can be a subject.
    pub pronouns: Phrases<(Antecedent, bool)>,
    /// The statement word classes of each word, one bit per [`StatementWord`] (see
    /// [`WordTable::statement_word`]).
    statement_words: Phrases<u32>,
}

impl WordTable {
    /// Parses a word table; errors name the bad line.
    ///
    /// ```
    /// assert!(polynews::lang::WordTable::parse("bogus\tx\t\n").is_err());
    /// ```
    ///
    /// # Errors
    /// [`ErrorKind::BadLexicon`](crate::ErrorKind::BadLexicon) for a row with an unknown
    /// category or a bad value.
    pub fn parse(tsv: &str) -> crate::Result<WordTable> {
        let mut t = WordTable::default();
        for (n, line) in tsv.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            t.add_row(line).map_err(|reason| {
                crate::Error::new(crate::ErrorKind::BadLexicon {
                    line: n + 1,
                    reason,
                })
            })?;
        }
        Ok(t)
    }

    /// The built-in table of a language; a broken built-in file is a bug caught by tests.
    pub(crate) fn builtin(tsv: &str) -> WordTable {
        WordTable::parse(tsv).unwrap_or_default()
    }

    /// Adds one `category<TAB>phrase<TAB>value` row.
    ///
    /// ```
    /// let mut t = polynews::lang::WordTable::default();
    /// t.add_row("unit\tflights\tflights").unwrap();
    /// assert_eq!(t.units.get("flights").map(String::as_str), Some("flights"));
    /// ```
    ///
    /// # Errors
    /// A message when the category is unknown or the value malformed.
    pub fn add_row(&mut self, line: &str) -> Result<(), String> {
        let mut cols = line.split('\t');
        let (cat, phrase) = (
            cols.next().unwrap_or("").trim(),
            cols.next().unwrap_or("").trim(),
        );
        let value = cols.next().unwrap_or("").trim();
        if phrase.is_empty() {
            return Err(format!("empty phrase in {line:?}"));
        }
        let num = |v: &str| {
            v.split_whitespace()
                .next()
                .and_then(|x| x.parse::<f64>().ok())
        };
        let bad = || format!("bad value {value:?} for {cat}");
        match cat {
            "month" => self.months.insert(
                phrase,
                num(value)
                    .filter(|m| (1.0..=12.0).contains(m))
                    .ok_or_else(bad)? as u8,
            ),
            "weekday" => self
                .weekdays
                .insert(phrase, num(value).unwrap_or(0.0) as u8),
            "month_word" => self.month_words.insert(phrase, ()),
            "day_word" => self.day_words.insert(phrase, ()),
            "year_word" => self.year_words.insert(phrase, value != "before"),
            "relative_date" => self.relative_dates.insert(phrase, ()),
            "abbrev" => {
                self.abbreviations.insert(fold_phrase(phrase));
            }
            "boiler_prefix" => self.boiler_prefixes.insert(phrase, ()),
            "credit" => self.credits.insert(phrase, ()),
            "approx" => self.approx.insert(phrase, ()),
            "number" => self.numbers.insert(
                phrase,
                (num(value).ok_or_else(bad)?, value.contains("approx")),
            ),
            "multiplier" => self.multipliers.insert(phrase, num(value).ok_or_else(bad)?),
            "unit" => self.units.insert(
                phrase,
                if value.is_empty() {
                    phrase.to_string()
                } else {
                    value.to_string()
                },
            ),
            "cue" => self.cues.insert(phrase, cue_kind(value).ok_or_else(bad)?),
            "complementizer" => self.complementizers.insert(phrase, ()),
            "person_title" => self.person_titles.insert(phrase, ()),
            "org_head" => self.org_heads.insert(phrase, ()),
            "place_cue" => self.place_cues.insert(phrase, ()),
            "place_noun" => self.place_nouns.insert(
                phrase,
                if value.is_empty() {
                    phrase.to_string()
                } else {
                    value.to_string()
                },
            ),
            "stop_cap" => self.stop_caps.insert(phrase, ()),
            "surname" => self.surnames.insert(phrase, ()),
            "admin_unit" => self.admin_units.insert(phrase, ()),
            "org_alone" => self.org_alone.insert(phrase, ()),
            "misc_head" => self.misc_heads.insert(phrase, ()),
            "honorific" => self.honorifics.insert(phrase, ()),
            "org_suffix" => {
                self.org_suffixes.insert(phrase, ());
                self.org_heads.insert(phrase, ());
            }
            "name_particle" => self.name_particles.insert(phrase, ()),
            "misc_word" => self.misc_words.insert(phrase, ()),
            "result_verb" => self.result_verbs.insert(phrase, ()),
            "conjunction" => self.conjunctions.insert(phrase, ()),
            "name_joiner" => self.name_joiners.insert(phrase, ()),
            "statement" => {
                let class = StatementWord::parse(value).ok_or_else(bad)?;
                let bits = self.statement_words.get(&fold_phrase(phrase)).copied();
                self.statement_words
                    .insert(phrase, bits.unwrap_or(0) | class.bit());
            }
            "anaphor" => self.anaphors.insert(phrase, ()),
            "not_cue" => self.not_cues.insert(phrase, ()),
            "pronoun" => {
                let mut v = value.split_whitespace();
                let refers = match v.next() {
                    Some("person") => Antecedent::Person,
                    Some("org") => Antecedent::Organization,
                    Some("group") => Antecedent::Group,
                    _ => return Err(bad()),
                };
                let subject = match v.next() {
                    None => false,
                    Some("subject") => true,
                    Some(_) => return Err(bad()),
                };
                self.pronouns.insert(phrase, (refers, subject));
            }
            "nationality" => {}
            _ => return Err(format!("unknown category {cat:?}")),
        }
        Ok(())
    }

    /// Whether a lowercase word is in a statement word class.
    ///
    /// ```
    /// use polynews::lang::{profile, StatementWord};
    /// assert!(profile(polynews::Lang::Ru).words().statement_word("не", StatementWord::Neg));
    /// ```
    pub fn statement_word(&self, word: &str, class: StatementWord) -> bool {
        self.statement_words
            .get(word)
            .is_some_and(|b| b & class.bit() != 0)
    }

    /// [`WordTable::statement_word`] for a word whose hash ([`Phrases`]' own) is known.
    pub(crate) fn statement_word_hashed(&self, h: u64, word: &str, class: StatementWord) -> bool {
        self.statement_words
            .get_word(h, word)
            .is_some_and(|b| b & class.bit() != 0)
    }

    /// The month number of a month word.
    ///
    /// ```
    /// let ru = polynews::lang::profile(polynews::Lang::Ru);
    /// assert_eq!(ru.words().month("НОЯБРЯ"), Some(11));
    /// ```
    pub fn month(&self, word: &str) -> Option<u8> {
        self.months.get(&fold_phrase(word)).copied()
    }

    /// Whether a token with its final dot (`Mr.`, `г.`) is an abbreviation.
    ///
    /// ```
    /// let ru = polynews::lang::profile(polynews::Lang::Ru);
    /// assert!(ru.words().is_abbreviation("г."));
    /// ```
    pub fn is_abbreviation(&self, word_with_dot: &str) -> bool {
        // the common case, one word and its dot, folded without tokenizing
        match word_with_dot.strip_suffix('.') {
            Some(w) if !w.is_empty() && w.chars().all(crate::hash::is_alpha) => BUF.with(|b| {
                let mut b = b.borrow_mut();
                b.clear();
                w.chars().for_each(|c| push_lower(c, &mut b));
                b.push_str(" .");
                self.abbreviations.contains(b.as_str())
            }),
            _ => self.abbreviations.contains(&fold_phrase(word_with_dot)),
        }
    }
}

fn cue_kind(v: &str) -> Option<CueKind> {
    Some(match v {
        "say" | "" => CueKind::Say,
        "according" => CueKind::According,
        "impersonal" => CueKind::Impersonal,
        "noun" => CueKind::Noun,
        "speech" => CueKind::Speech,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_of_ascii_letters_fold_as_tokens_do() {
        let names = include_str!("../data/lexicon/given_names.tsv");
        let words = names.lines().filter_map(|l| l.split('\t').next());
        let mut fast = 0;
        for w in words.chain(["", "A", "McDonald", "ZZ", "x"]) {
            assert_eq!(fold_phrase(w), fold_tokens(w), "{w:?}");
            fast += usize::from(w.bytes().all(|b| b.is_ascii_alphabetic()));
        }
        assert!(fast > 20_000, "{fast}");
    }

    #[test]
    fn longest_reads_only_while_a_phrase_can_follow() {
        let mut p = Phrases::default();
        p.insert("a", 1);
        p.insert("a b c d", 4);
        p.insert("x y", 2);
        let seq = |words: &'static [&'static str]| move |i: usize| words.get(i).copied();
        assert_eq!(p.longest(seq(&["a", "b", "c", "d", "e"])), Some((4, &4)));
        assert_eq!(p.longest(seq(&["a", "b", "c", "x"])), Some((1, &1)));
        assert_eq!(p.longest(seq(&["a", "z", "c", "d"])), Some((1, &1)));
        assert_eq!(p.longest(seq(&["x", "y", "c", "d"])), Some((2, &2)));
        assert_eq!(p.longest(seq(&["x", "b"])), None);
        // a word read past a dead end would panic here
        let guarded = |i: usize| {
            assert!(i < 2, "read word {i}");
            ["a", "q"].get(i).copied()
        };
        assert_eq!(p.longest(guarded), Some((1, &1)));
    }

    #[test]
    fn builtin_tables_parse() {
        for (name, tsv) in [
            ("en", include_str!("../data/en/words.tsv")),
            ("ru", include_str!("../data/ru/words.tsv")),
            ("vi", include_str!("../data/vi/words.tsv")),
        ] {
            let t = WordTable::parse(tsv).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert!(
                t.months.len() + t.month_words.len() > 0,
                "{name} has no months"
            );
            assert!(!t.cues.is_empty(), "{name} has no cues");
        }
    }
}
