//! The multilingual lexicon of people, organizations and places.
//!
//! Rows come from `src/data/lexicon/*.tsv` (countries, regions and cities generated from CLDR
//! and GeoNames by `scripts/gen_lexicon.py`; curated organizations, agencies, government
//! bodies and people). Each row names one entity in English, Russian and Vietnamese.
//!
//! Names are searched with a token trie — an automaton over token match keys — so one walk
//! from each capitalized token finds the longest name there. A token's match key is its
//! lowercase form, and for Cyrillic words its Russian stem, so `Нагорного Карабаха`,
//! `Нагорном Карабахе` and `Нагорный Карабах` all reach the same entry.
//!
//! ```
//! use polynews::lexicon::{Entry, Lexicon};
//! use polynews::EntityKind;
//! let mut lex = Lexicon::builtin().clone();
//! lex.add(Entry::new(EntityKind::Organization, "Acme Corp", &["Acme Corp", "Акме"]));
//! let hits = lex.find("Сотрудники Акме приехали.");
//! assert_eq!(lex.entry(hits[0].entry).canonical, "Acme Corp");
//! ```

pub(crate) mod names;
pub(crate) mod ru_morph;
mod trie;

use crate::hash::FxMap as HashMap;
use crate::{EntityKind, Span};
use std::sync::OnceLock;
pub(crate) use trie::token_key_hashed;
pub use trie::Hit;
use trie::Trie;

/// What sort of entry a row is; decides the entity kind and breaks ties between homonyms.
///
/// ```
/// assert_eq!(polynews::lexicon::Class::parse("city"), Some(polynews::lexicon::Class::City));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Class {
    /// A person.
    Person,
    /// A country.
    Country,
    /// A territory or dependency.
    Territory,
    /// A region: first-level division, historic or macro region.
    Region,
    /// A city.
    City,
    /// A geographic feature (sea, river, corridor).
    Feature,
    /// An international or other organization.
    Org,
    /// A news agency or outlet.
    Agency,
    /// A government body.
    Body,
}

impl Class {
    /// Parses a class name of the lexicon files.
    ///
    /// ```
    /// assert!(polynews::lexicon::Class::parse("planet").is_none());
    /// ```
    pub fn parse(s: &str) -> Option<Class> {
        Some(match s {
            "person" => Class::Person,
            "country" => Class::Country,
            "territory" => Class::Territory,
            "region" => Class::Region,
            "city" => Class::City,
            "feature" => Class::Feature,
            "org" => Class::Org,
            "agency" => Class::Agency,
            "body" => Class::Body,
            _ => return None,
        })
    }

    /// The entity kind of the class.
    ///
    /// ```
    /// use polynews::{lexicon::Class, EntityKind};
    /// assert_eq!(Class::Agency.kind(), EntityKind::Organization);
    /// ```
    pub fn kind(self) -> EntityKind {
        match self {
            Class::Person => EntityKind::Person,
            Class::Org | Class::Agency | Class::Body => EntityKind::Organization,
            _ => EntityKind::Location,
        }
    }

    /// Preference between homonyms (higher wins): a country over a region over a city.
    fn rank(self) -> u8 {
        match self {
            Class::Country => 9,
            Class::Person => 8,
            Class::Org | Class::Body | Class::Agency => 7,
            Class::Territory => 6,
            Class::Region => 5,
            Class::Feature => 4,
            Class::City => 3,
        }
    }
}

/// One lexicon row: an entity with its names.
///
/// ```
/// let e = polynews::lexicon::Entry::new(polynews::EntityKind::Person, "Ilham Aliyev", &["Ильхам Алиев"]);
/// assert_eq!(e.key, "ilham aliev");
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Entry {
    /// What it is.
    pub class: Class,
    /// Canonical English name.
    pub canonical: String,
    /// Cross-lingual key of the canonical name.
    pub key: String,
    /// Wikidata id, when known.
    pub wikidata: Option<String>,
    /// Population for places (breaks ties, filters small homonyms).
    pub weight: u64,
    /// Every name, all languages.
    pub names: Vec<String>,
}

impl Entry {
    /// An entry of a kind with its names (the canonical name is added to them).
    ///
    /// ```
    /// let e = polynews::lexicon::Entry::new(polynews::EntityKind::Location, "Hanoi", &["Hà Nội"]);
    /// assert_eq!(e.names, ["Hanoi", "Hà Nội"]);
    /// ```
    pub fn new(kind: EntityKind, canonical: &str, names: &[&str]) -> Entry {
        let class = match kind {
            EntityKind::Person => Class::Person,
            EntityKind::Organization => Class::Org,
            EntityKind::Location => Class::Region,
        };
        let mut all = vec![canonical.to_string()];
        all.extend(
            names
                .iter()
                .filter(|n| **n != canonical)
                .map(|n| n.to_string()),
        );
        Entry {
            class,
            canonical: canonical.into(),
            key: unmemoized_key(canonical),
            wikidata: None,
            weight: 0,
            names: all,
        }
    }
}

/// The lexicon: entries plus the automaton over their names.
///
/// ```
/// let lex = polynews::lexicon::Lexicon::builtin();
/// let hits = lex.find("Talks in Moscow and Ankara.");
/// assert_eq!(hits.len(), 2);
/// ```
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    entries: Vec<Entry>,
    trie: Trie,
    /// Person surnames: automaton key of the last name token → entries.
    surnames: HashMap<u64, Vec<u32>>,
    /// Person surnames by cross-lingual key (`aliev` for Aliyev, Aliev, Алиев).
    surname_keys: HashMap<String, Vec<u32>>,
    /// Automaton keys of the first tokens of agency names (see [`Lexicon::may_start_agency`]).
    agency_starts: crate::hash::FxSet<u64>,
}

const BUILTIN: &[(&str, &str)] = &[
    ("countries", include_str!("../data/lexicon/countries.tsv")),
    ("regions", include_str!("../data/lexicon/regions.tsv")),
    ("cities", include_str!("../data/lexicon/cities.tsv")),
    (
        "organizations",
        include_str!("../data/lexicon/organizations.tsv"),
    ),
    ("agencies", include_str!("../data/lexicon/agencies.tsv")),
    ("bodies", include_str!("../data/lexicon/bodies.tsv")),
    ("people", include_str!("../data/lexicon/people.tsv")),
];

impl Lexicon {
    /// An empty lexicon.
    ///
    /// ```
    /// assert!(polynews::lexicon::Lexicon::new().is_empty());
    /// ```
    pub fn new() -> Lexicon {
        Lexicon::default()
    }

    /// The built-in lexicon, built once on first use.
    ///
    /// ```
    /// assert!(polynews::lexicon::Lexicon::builtin().len() > 1000);
    /// ```
    pub fn builtin() -> &'static Lexicon {
        Lexicon::builtin_shared()
    }

    /// The built-in lexicon behind an `Arc`, so that parsers share it instead of copying it.
    pub(crate) fn builtin_shared() -> &'static std::sync::Arc<Lexicon> {
        static L: OnceLock<std::sync::Arc<Lexicon>> = OnceLock::new();
        L.get_or_init(|| {
            let mut lex = Lexicon::new();
            for (_, tsv) in BUILTIN {
                // built-in files are checked by tests; a bad row is skipped, never a panic
                let _ = lex.load_tsv_lenient(tsv);
            }
            lex.add_state_bodies(
                include_str!("../data/lexicon/demonyms.tsv"),
                include_str!("../data/lexicon/body_templates.tsv"),
            );
            std::sync::Arc::new(lex)
        })
    }

    /// Adds an entry.
    ///
    /// ```
    /// use polynews::lexicon::{Entry, Lexicon};
    /// let mut lex = Lexicon::new();
    /// lex.add(Entry::new(polynews::EntityKind::Person, "Jane Roe", &[]));
    /// assert_eq!(lex.find("Jane Roe spoke.").len(), 1);
    /// ```
    pub fn add(&mut self, entry: Entry) {
        let id = self.entries.len() as u32;
        let rank = (entry.class.rank(), entry.weight);
        let person = entry.class == Class::Person;
        if entry.class == Class::Agency {
            for name in &entry.names {
                let (toks, lower) = crate::segment::tokenize_lower_prefix(name, true, 1);
                if let Some(t) = toks.first() {
                    let k = trie::token_key(t.text(name), &lower[t.start..t.end], t);
                    self.agency_starts.insert(k);
                }
            }
        }
        self.entries.push(entry);
        // the names are lent out while they are indexed (ranks read only class and weight)
        let names = std::mem::take(&mut self.entries[id as usize].names);
        for name in &names {
            let entries = &self.entries;
            let ranks = |e: u32| (entries[e as usize].class.rank(), entries[e as usize].weight);
            self.trie.insert(name, id, rank, ranks);
            if person {
                self.index_surname(name, id);
            }
        }
        self.entries[id as usize].names = names;
    }

    /// Loads rows `class<TAB>canonical<TAB>wikidata<TAB>weight<TAB>en<TAB>ru<TAB>vi`
    /// (names `|`-separated; `#` lines are comments). Returns the number of rows added.
    ///
    /// ```
    /// let mut lex = polynews::lexicon::Lexicon::new();
    /// let n = lex.load_tsv("org\tAcme\t\t\tAcme|ACME Inc\tАкме\t\n").unwrap();
    /// assert_eq!(n, 1);
    /// assert!(lex.load_tsv("planet\tMars\t\t\t\t\t\n").is_err());
    /// ```
    ///
    /// # Errors
    /// [`ErrorKind::BadLexicon`](crate::ErrorKind::BadLexicon) naming the first bad line; rows
    /// before it are kept.
    pub fn load_tsv(&mut self, tsv: &str) -> crate::Result<usize> {
        let mut n = 0;
        for (i, line) in tsv.lines().enumerate() {
            if !is_row(line) {
                continue;
            }
            let entry = parse_row(line).map_err(|reason| {
                crate::Error::new(crate::ErrorKind::BadLexicon {
                    line: i + 1,
                    reason,
                })
            })?;
            self.add(entry);
            n += 1;
        }
        Ok(n)
    }

    fn load_tsv_lenient(&mut self, tsv: &str) -> usize {
        tsv.lines()
            .filter(|l| is_row(l))
            .filter_map(|l| parse_row(l).ok())
            .map(|e| self.add(e))
            .count()
    }

    /// Adds the state bodies formed from a country and a template (`Russian Foreign Ministry`,
    /// `МИД России`, `Bộ Ngoại giao Nga` → `Ministry of Foreign Affairs of Russia`): one entry
    /// per country and template. `demonyms` rows are `country<TAB>en adjectives<TAB>ru
    /// adjectives<TAB>vi names`; `templates` rows are `canonical<TAB>en<TAB>ru<TAB>vi` patterns
    /// with `{adj}`, `{country}` and `{country_gen}` (Russian names are matched by stem, so the
    /// nominative serves for the genitive). Returns the number of entries added.
    ///
    /// ```
    /// let mut lex = polynews::lexicon::Lexicon::new();
    /// let n = lex.add_state_bodies("Armenia\tArmenian\tармянский\tArmenia\n",
    ///     "Ministry of Foreign Affairs of {country}\t{adj} Foreign Ministry\tМИД {country_gen}\tBộ Ngoại giao {country}\n");
    /// assert_eq!(n, 1);
    /// let hit = lex.find("The Armenian Foreign Ministry said")[0];
    /// assert_eq!(lex.entry(hit.entry).canonical, "Ministry of Foreign Affairs of Armenia");
    /// ```
    pub fn add_state_bodies(&mut self, demonyms: &str, templates: &str) -> usize {
        let rows = |tsv: &str| -> Vec<Vec<String>> {
            tsv.lines()
                .filter(|l| is_row(l))
                .map(|l| l.split('\t').map(|c| c.trim().to_string()).collect())
                .collect()
        };
        let (countries, templates) = (rows(demonyms), rows(templates));
        // country entries by canonical name, looked up once per demonym row
        let mut by_name: HashMap<&str, Vec<usize>> = HashMap::default();
        for (i, e) in self.entries.iter().enumerate() {
            if e.class == Class::Country {
                by_name.entry(e.canonical.as_str()).or_default().push(i);
            }
        }
        let country_names = |canonical: &str, keep: &dyn Fn(&str) -> bool| -> Vec<String> {
            let mut out: Vec<String> = by_name
                .get(canonical)
                .into_iter()
                .flatten()
                .flat_map(|&i| self.entries[i].names.iter().filter(|n| keep(n)).cloned())
                .collect();
            if out.is_empty() && keep(canonical) {
                out.push(canonical.to_string());
            }
            out
        };
        // each template's patterns are cut at their holes once, not once per country
        let parsed: Vec<(&Vec<String>, [Vec<Pattern>; 3])> = templates
            .iter()
            .filter(|t| t.len() >= 4)
            .map(|t| (t, [1, 2, 3].map(|i| patterns(&t[i]))))
            .collect();
        let mut bodies = Vec::new();
        for c in countries
            .iter()
            .filter(|c| c.len() >= 4 && !c[0].is_empty())
        {
            let alts = |i: usize| {
                c[i].split('|')
                    .filter(|x| !x.is_empty())
                    .map(String::from)
                    .collect::<Vec<_>>()
            };
            let (en_adj, ru_adj, vi_names) = (alts(1), alts(2), alts(3));
            let en_names = country_names(&c[0], &|s| s.is_ascii());
            let ru_names = country_names(&c[0], &|s| {
                s.chars().any(|ch| ('\u{400}'..='\u{4ff}').contains(&ch))
            });
            for (t, [en, ru, vi]) in &parsed {
                let mut names = Vec::new();
                expand(en, &en_adj, &en_names, &mut names);
                expand(ru, &ru_adj, &ru_names, &mut names);
                expand(vi, &[], &vi_names, &mut names);
                let canonical = t[0].replace("{country}", &c[0]);
                let refs: Vec<&str> = names.iter().map(String::as_str).collect();
                let mut e = Entry::new(EntityKind::Organization, &canonical, &refs);
                e.class = Class::Body;
                bodies.push(e);
            }
        }
        let n = bodies.len();
        for e in bodies {
            self.add(e);
        }
        n
    }

    /// The entry of a hit.
    ///
    /// ```
    /// let lex = polynews::lexicon::Lexicon::builtin();
    /// let hit = lex.find("Moscow")[0];
    /// assert_eq!(lex.entry(hit.entry).canonical, "Moscow");
    /// ```
    pub fn entry(&self, id: u32) -> &Entry {
        &self.entries[id as usize]
    }

    /// Number of entries.
    ///
    /// ```
    /// assert_eq!(polynews::lexicon::Lexicon::new().len(), 0);
    /// ```
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether there are no entries.
    ///
    /// ```
    /// assert!(polynews::lexicon::Lexicon::new().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Finds the longest lexicon names in a text (standalone use; the pipeline walks its own
    /// tokens with the same automaton).
    ///
    /// ```
    /// let lex = polynews::lexicon::Lexicon::builtin();
    /// let hits = lex.find("Переговоры в Москве.");
    /// assert_eq!(lex.entry(hits[0].entry).canonical, "Moscow");
    /// ```
    pub fn find(&self, text: &str) -> Vec<Hit> {
        let (toks, lower) = crate::segment::tokenize_lower_prefix(text, true, usize::MAX);
        let keys = trie::token_keys(text, &lower, &toks);
        let mut out = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            match self
                .trie
                .longest(&keys[i..])
                .filter(|_| toks[i].cap || toks[i].kind != crate::segment::TokKind::Word)
            {
                Some((n, entry)) => {
                    out.push(Hit {
                        span: Span::new(toks[i].start, toks[i + n - 1].end),
                        entry,
                        tokens: n,
                    });
                    i += n;
                }
                None => i += 1,
            }
        }
        out
    }

    /// The longest lexicon name at the very start of `text`, if any (datelines and credits).
    pub(crate) fn find_at_start(&self, text: &str) -> Option<Hit> {
        // most lines start with no name: the first token alone rules them out
        let (toks, lower) = crate::segment::tokenize_lower_prefix(text, true, 1);
        let first = *toks.first()?;
        if !first.cap && first.kind == crate::segment::TokKind::Word {
            return None;
        }
        let (w, lw) = (first.text(text), &lower[first.start..first.end]);
        if !self.trie.may_start(trie::token_key(w, lw, &first)) {
            return None;
        }
        let (toks, lower) = crate::segment::tokenize_lower_prefix(text, true, 16);
        // keys only as far as the walk goes (most stop after a token or two)
        let key = |i: usize| {
            let t: &crate::segment::Tok = toks.get(i)?;
            Some(trie::token_key(t.text(text), &lower[t.start..t.end], t))
        };
        let (n, entry) = self.trie.longest_by(key)?;
        Some(Hit {
            span: Span::new(first.start, toks[n - 1].end),
            entry,
            tokens: n,
        })
    }

    /// Whether an agency name may start with this word, given as the tokenizer splitting
    /// hyphens reads it (its lowercase form and token): false when no agency name's first
    /// token has its key, so that [`Lexicon::find_at_start`] cannot find an agency there.
    pub(crate) fn may_start_agency(
        &self,
        word: &str,
        lower: &str,
        tok: &crate::segment::Tok,
    ) -> bool {
        self.agency_starts
            .contains(&trie::token_key(word, lower, tok))
    }

    fn index_surname(&mut self, name: &str, id: u32) {
        let (toks, lower) = crate::segment::tokenize_lower(name);
        let Some(last) = toks.iter().rev().find(|t| t.is_word()) else {
            return;
        };
        if toks.len() < 2 {
            return;
        }
        let k = trie::token_key(last.text(name), &lower[last.start..last.end], last);
        push_unique(self.surnames.entry(k).or_default(), id);
        push_unique(
            self.surname_keys
                .entry(unmemoized_key(last.text(name)))
                .or_default(),
            id,
        );
    }

    /// The one person whose surname is this token (`Putin`, `Путина`, `Aliev`), whose given
    /// name starts with `initial` when one is given.
    pub(crate) fn person_by_surname(
        &self,
        text: &str,
        lower: &str,
        tok: &crate::segment::Tok,
        initial: Option<char>,
    ) -> Option<u32> {
        let k = trie::token_key(tok.text(text), &lower[tok.start..tok.end], tok);
        let ids = self.surnames.get(&k).or_else(|| {
            self.surname_keys
                .get(&crate::normalize::key(tok.text(text)))
        })?;
        let fits = |id: &&u32| {
            initial.is_none_or(|c| {
                let c = crate::hash::lower_char(c);
                self.entries[**id as usize]
                    .names
                    .iter()
                    .any(|n| n.chars().next().map(crate::hash::lower_char) == Some(c))
            })
        };
        let mut it = ids.iter().filter(fits);
        match (it.next(), it.next()) {
            (Some(id), None) => Some(*id),
            _ => None,
        }
    }

    pub(crate) fn trie(&self) -> &Trie {
        &self.trie
    }
}

/// A name pattern of a state body (`Ministry of Foreign Affairs of {country}`) cut at its
/// holes (`{adj}`, `{country_gen}`, `{country}`), which all take the same fill.
struct Pattern<'a> {
    pieces: Vec<&'a str>,
    /// Filled with adjectives (`{adj}`), not country names.
    adj: bool,
}

/// The `|`-separated patterns of a template cell.
fn patterns(cell: &str) -> Vec<Pattern<'_>> {
    const HOLES: [&str; 3] = ["{adj}", "{country_gen}", "{country}"];
    fn cut(mut rest: &str) -> Vec<&str> {
        let mut pieces = Vec::new();
        while let Some((at, len)) = HOLES
            .iter()
            .filter_map(|h| rest.find(h).map(|at| (at, h.len())))
            .min()
        {
            pieces.push(&rest[..at]);
            rest = &rest[at + len..];
        }
        pieces.push(rest);
        pieces
    }
    cell.split('|')
        .filter(|p| !p.is_empty())
        .map(|p| Pattern {
            pieces: cut(p),
            adj: p.contains("{adj}"),
        })
        .collect()
}

/// Appends the names of `patterns` filled with each adjective or country name, each once; a
/// name left with a brace is no name.
fn expand(patterns: &[Pattern], adjs: &[String], countries: &[String], out: &mut Vec<String>) {
    for p in patterns {
        let fills = if p.adj { adjs } else { countries };
        for f in fills {
            let name = p.pieces.join(f.as_str());
            if !name.contains('{') && !out.contains(&name) {
                out.push(name);
            }
        }
    }
}

/// [`crate::normalize::key`] without its per-thread memo: lexicon names are keyed once at
/// build time, and would only crowd out the names of the articles.
fn unmemoized_key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    crate::normalize::key_into(s, &mut out);
    out
}

/// Whether a TSV line is a row (not blank, not a `#` comment).
fn is_row(line: &str) -> bool {
    !line.trim().is_empty() && !line.starts_with('#')
}

fn push_unique(v: &mut Vec<u32>, id: u32) {
    if !v.contains(&id) {
        v.push(id);
    }
}

fn parse_row(line: &str) -> Result<Entry, String> {
    let cols: Vec<&str> = line.split('\t').collect();
    if cols.len() < 5 {
        return Err(format!("expected 7 columns, got {}", cols.len()));
    }
    let class =
        Class::parse(cols[0].trim()).ok_or_else(|| format!("unknown class {:?}", cols[0]))?;
    let canonical = cols[1].trim();
    if canonical.is_empty() {
        return Err("empty canonical name".into());
    }
    let mut names = vec![canonical.to_string()];
    for col in cols.iter().skip(4) {
        for n in col.split('|').map(str::trim).filter(|n| !n.is_empty()) {
            if !names.iter().any(|x| x == n) {
                names.push(n.to_string());
            }
        }
    }
    Ok(Entry {
        class,
        canonical: canonical.to_string(),
        key: unmemoized_key(canonical),
        wikidata: Some(cols[2].trim())
            .filter(|w| w.starts_with('Q'))
            .map(String::from),
        weight: cols[3].trim().parse().unwrap_or(0),
        names,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_fill_every_hole_once_per_name() {
        let p = super::patterns("{adj}–{adj} talks|Embassy of {country} in {country_gen}||x{y}");
        let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        let mut out = s(&["Embassy of Laos in Laos"]);
        super::expand(&p, &s(&["Lao", "Lao"]), &s(&["Laos", "Viet Nam"]), &mut out);
        assert_eq!(
            out,
            s(&[
                "Embassy of Laos in Laos",
                "Lao–Lao talks",
                "Embassy of Viet Nam in Viet Nam",
            ])
        );
    }

    #[test]
    fn builtin_files_are_well_formed() {
        for (name, tsv) in BUILTIN {
            let mut lex = Lexicon::new();
            lex.load_tsv(tsv).unwrap_or_else(|e| panic!("{name}: {e}"));
        }
    }
}
