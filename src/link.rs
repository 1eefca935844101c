//! Linking: mentions → entities within an article, and a corpus-level index across articles.
//!
//! Within an article, mentions of one lexicon entry form one entity; others are grouped by
//! their cross-lingual key, and a shorter mention joins a longer entity whose key ends with or
//! contains its words (`Putin` → `Vladimir Putin`, `Foreign Ministry` → `Russian Foreign
//! Ministry`). The name is the lexicon's canonical name, else the romanized lemma
//! (`Николом Пашиняном` → `Nikol Pashinyan`).

use crate::extract::entity::{Cand, Names};
use crate::hash::FxMap;
use crate::lexicon::Lexicon;
use crate::normalize::key;
use crate::{Article, Entity, EntityKind, Lang, Mention, Span};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

struct Group {
    kind: Option<EntityKind>,
    entry: Option<u32>,
    name: String,
    key: String,
    /// The name is English (the lexicon's, translated, or the text's own English), not a
    /// romanization.
    english: bool,
    /// Keys of the mentions' own words (`russian foreign ministry` for an entity named
    /// `Ministry of Foreign Affairs of Russia`), so a shorter mention can join by them.
    alts: Vec<String>,
    cands: Vec<usize>,
}

/// Groups candidates into entities.
pub(crate) fn link(nm: &Names, cands: &[Cand], lex: &Lexicon, sentences: &[Span]) -> Vec<Entity> {
    // keys computed once, the index last so that ties keep the mentions' order
    let mut keyed: Vec<_> = (0..cands.len())
        .map(|i| {
            let c = &cands[i];
            let span = std::cmp::Reverse(c.last - c.first);
            (c.entry.is_none(), span, c.kind.is_none(), i)
        })
        .collect();
    keyed.sort_unstable();
    let order = keyed.into_iter().map(|(.., i)| i);
    let mut groups: Vec<Group> = Vec::new();
    // names derived per distinct surface and kind: Russian lemmatization is the costly part
    let mut derived: crate::hash::FxMap<(&str, Option<EntityKind>, bool), Derived> =
        Default::default();
    let mut ix = GroupIndex::with_capacity(cands.len());
    let acronyms = parenthesized_acronyms(nm, cands, lex);
    let mut group_of: Vec<Option<usize>> = vec![None; cands.len()];
    for i in order {
        let c = &cands[i];
        let entry = c.entry.or_else(|| {
            let e = lone_surname(nm, c, lex)?;
            // a person of the article with this surname wins over the lexicon's namesake
            // ("Dmitry Patrushev ... Patrushev", where the lexicon knows his father)
            let w = stem_key(nm, c);
            let antecedent = ix.groups_with(crate::hash::fx_str(&w)).any(|g| {
                groups[g].kind == Some(EntityKind::Person)
                    && groups[g].entry != Some(e)
                    && groups[g].key.rsplit(' ').next() == Some(w.as_str())
            });
            (!antecedent).then_some(e)
        });
        let stem;
        let (name, k, english): (&str, &str, bool) = match entry {
            Some(e) => (&lex.entry(e).canonical, &lex.entry(e).key, true),
            // a lone word only joins an entity: a cheap stem key is enough, no lemma needed
            None if c.kind.is_none() => {
                stem = stem_key(nm, c);
                ("", &stem, true)
            }
            None => {
                let d = derived
                    .entry((nm.span(c).slice(nm.cx.text), c.kind, c.place_noun.is_some()))
                    .or_insert_with(|| derived_name(nm, c, lex));
                (&d.name, &d.key, d.english)
            }
        };
        if k.is_empty() {
            continue;
        }
        // an acronym in parentheses after a name is that name's (and so is every later use)
        if let Some(g) = acronyms.get(&i).and_then(|&j| group_of[j]) {
            // a Latin acronym names a body better than its name romanized from another
            // language (`JAXA`, not `Co quan Nghien cuu ... Nhat Ban`)
            let surface = nm.span(c).slice(nm.cx.text);
            if !groups[g].english && surface.is_ascii() {
                groups[g].name = surface.to_string();
                groups[g].english = true;
            }
            groups[g].cands.push(i);
            group_of[i] = Some(g);
            if !ix.by_key.contains_key(k) {
                ix.by_key.insert(k.to_string(), g);
            }
            continue;
        }
        let weak_kind = if c.score <= 1 { None } else { c.kind };
        let same = [entry.and_then(|e| ix.by_entry.get(&e)), ix.by_key.get(k)]
            .into_iter()
            .flatten()
            .min()
            .copied();
        let found = same.or_else(|| contained_in(&groups, &ix, k, weak_kind));
        match found {
            Some(g) => {
                groups[g].cands.push(i);
                group_of[i] = Some(g);
                if entry.is_some() {
                    push_alt(&mut groups[g], &mut ix, g, nm, c);
                }
            }
            None if c.kind.is_some() || entry.is_some() => {
                let kind = entry.map(|e| lex.entry(e).class.kind()).or(c.kind);
                groups.push(Group {
                    kind,
                    entry,
                    name: name.to_string(),
                    key: k.to_string(),
                    english,
                    alts: Vec::new(),
                    cands: vec![i],
                });
                let g = groups.len() - 1;
                group_of[i] = Some(g);
                ix.add(g, entry, &groups[g].key);
                if entry.is_some() {
                    push_alt(&mut groups[g], &mut ix, g, nm, c);
                }
            }
            None => {}
        }
    }
    let out: Vec<(usize, Entity)> = groups
        .into_iter()
        .map(|g| entity(nm, cands, lex, g, sentences))
        .collect();
    // by first mention (the group's order breaks ties), moving keys rather than entities
    let mut firsts: Vec<(usize, usize)> = out.iter().enumerate().map(|(g, o)| (o.0, g)).collect();
    firsts.sort_unstable();
    let mut out: Vec<Option<Entity>> = out.into_iter().map(|(_, e)| Some(e)).collect();
    firsts
        .into_iter()
        .filter_map(|(_, g)| out[g].take())
        .enumerate()
        .map(|(n, mut e)| {
            e.id = entity_id(n + 1);
            e
        })
        .collect()
}

/// Acronyms and short names in parentheses right after an organization's name (`Hiệp hội
/// Lương thực Việt Nam (VFA)`, `… Forestry and Fire Protection (Cal Fire)`): the short
/// name's candidate → the name's.
fn parenthesized_acronyms(nm: &Names, cands: &[Cand], lex: &Lexicon) -> FxMap<usize, usize> {
    let (toks, text) = (nm.cx.toks, nm.cx.text);
    let by_last: FxMap<usize, usize> = cands.iter().enumerate().map(|(i, c)| (c.last, i)).collect();
    let is_org = |c: &Cand| {
        c.entry.map_or(c.kind, |e| Some(lex.entry(e).class.kind()))
            == Some(EntityKind::Organization)
    };
    let mut out = FxMap::default();
    for (i, c) in cands.iter().enumerate() {
        let f = c.first;
        let enclosed = f >= 2
            && toks[f - 1].is(text, "(")
            && toks.get(c.last + 1).is_some_and(|t| t.is(text, ")"));
        // an acronym (`VFA`) or a short name of up to three capitalized words (`Cal Fire`)
        let short = if c.first == c.last {
            toks[f].upper
        } else {
            c.last - c.first < 3 && toks[f..=c.last].iter().all(|t| t.cap)
        };
        if !short || c.entry.is_some() || !enclosed {
            continue;
        }
        if let Some(&j) = by_last
            .get(&(f - 2))
            .filter(|&&j| is_org(&cands[j]) && j != i)
        {
            out.insert(i, j);
        }
    }
    out
}

/// A lone capitalized word that is the surname of exactly one lexicon person.
fn lone_surname(nm: &Names, c: &Cand, lex: &Lexicon) -> Option<u32> {
    // a weak guess (a lone unknown word typed an organization) may still be a known surname;
    // where the family name comes first, a lone last word is a given name
    if c.first != c.last
        || !matches!(c.kind, None | Some(EntityKind::Person)) && c.score > 0
        || nm.cx.profile.family_name_first()
    {
        return None;
    }
    let t = &nm.cx.toks[c.first];
    (t.end - t.start >= 4)
        .then(|| lex.person_by_surname(nm.cx.text, nm.cx.lower, t, None))
        .flatten()
}

/// Groups by entry, by key, and by every word of their keys, so that linking stays linear
/// in the number of mentions however long the article.
struct GroupIndex {
    by_entry: FxMap<u32, usize>,
    by_key: FxMap<String, usize>,
    /// The groups having a word, by the word's hash: the last group added, whose entry in
    /// `word_groups` links to the one added before (no allocation per word). A hash names
    /// candidates only: every use checks the words themselves.
    by_word: FxMap<u64, usize>,
    /// `(group, index of the previous entry of the same word or usize::MAX)`.
    word_groups: Vec<(usize, usize)>,
}

impl GroupIndex {
    fn with_capacity(mentions: usize) -> GroupIndex {
        GroupIndex {
            by_entry: FxMap::with_capacity_and_hasher(mentions, Default::default()),
            by_key: FxMap::with_capacity_and_hasher(mentions, Default::default()),
            by_word: FxMap::with_capacity_and_hasher(2 * mentions, Default::default()),
            word_groups: Vec::with_capacity(2 * mentions),
        }
    }
    fn add(&mut self, g: usize, entry: Option<u32>, k: &str) {
        if let Some(e) = entry {
            self.by_entry.entry(e).or_insert(g);
        }
        if !self.by_key.contains_key(k) {
            self.by_key.insert(k.to_string(), g);
        }
        self.add_words(g, k);
    }
    fn add_words(&mut self, g: usize, k: &str) {
        for w in k.split(' ') {
            let h = crate::hash::fx_str(w);
            let head = self.by_word.get(&h).copied().unwrap_or(usize::MAX);
            if !self.groups_with(h).any(|x| x == g) {
                self.word_groups.push((g, head));
                self.by_word.insert(h, self.word_groups.len() - 1);
            }
        }
    }
    /// The groups that may have the word of hash `h`, the latest first.
    fn groups_with(&self, h: u64) -> impl Iterator<Item = usize> + '_ {
        let mut at = self.by_word.get(&h).copied().unwrap_or(usize::MAX);
        std::iter::from_fn(move || {
            let &(g, prev) = self.word_groups.get(at)?;
            at = prev;
            Some(g)
        })
    }
}

/// `e1`, `e2`, …: written digit by digit (a `format!` per entity showed in profiles).
fn entity_id(n: usize) -> String {
    let digits = n.checked_ilog10().unwrap_or(0) as usize + 1;
    let mut id = String::with_capacity(digits + 1);
    id.push('e');
    for k in (0..digits).rev() {
        id.push(char::from(b'0' + (n / 10usize.pow(k as u32) % 10) as u8));
    }
    id
}

/// Records the key of a lexicon mention's own words when it differs from the entity key.
fn push_alt(group: &mut Group, ix: &mut GroupIndex, g: usize, nm: &Names, c: &Cand) {
    let k = key(nm.span(c).slice(nm.cx.text));
    if !group.alts.contains(&k) {
        ix.add_words(g, &k);
        group.alts.push(k);
    }
}

/// The first group whose key (or a mention's key) contains all of `k`'s words, the last word
/// for persons; only groups that have `k`'s last word are looked at.
fn contained_in(
    groups: &[Group],
    ix: &GroupIndex,
    k: &str,
    kind: Option<EntityKind>,
) -> Option<usize> {
    let mut buf = [""; MAX_KEY_WORDS];
    let words = key_words(k, &mut buf)?;
    ix.groups_with(crate::hash::fx_str(words.last()?))
        .filter(|&g| {
            let g = &groups[g];
            std::iter::once(&g.key)
                .chain(&g.alts)
                .any(|gk| contains_words(g, gk, words, kind))
        })
        .min()
}

/// Keys of more words than this are never looked up inside other keys.
const MAX_KEY_WORDS: usize = 16;

/// The words of a key, in `buf` (no allocation); `None` when there are too many.
fn key_words<'k, 'b>(k: &'k str, buf: &'b mut [&'k str; MAX_KEY_WORDS]) -> Option<&'b [&'k str]> {
    let mut n = 0;
    for w in k.split(' ') {
        *buf.get_mut(n)? = w;
        n += 1;
    }
    Some(&buf[..n])
}

fn contains_words(g: &Group, gk: &str, words: &[&str], kind: Option<EntityKind>) -> bool {
    let compatible = kind.is_none() || g.kind == kind;
    if !compatible {
        return false;
    }
    let mut buf = [""; MAX_KEY_WORDS];
    let Some(gw) = key_words(gk, &mut buf) else {
        return false;
    };
    gw.len() > words.len()
        && match g.kind {
            Some(EntityKind::Person) => {
                gw.last() == words.last() && words.iter().all(|w| gw.contains(w))
            }
            // other kinds: the words in a row, and a lone word only as the head ("Karabakh")
            _ => {
                gw.windows(words.len()).any(|win| win == words)
                    && (words.len() > 1 || gw.last() == words.last())
            }
        }
}

/// The key of a candidate's words with Russian inflection stripped by the matching stem
/// (`Путина` → `putin`), for candidates that can only join an existing entity.
fn stem_key(nm: &Names, c: &Cand) -> String {
    let mut s = String::with_capacity(nm.span(c).end - nm.span(c).start + 8);
    for t in &nm.cx.toks[c.first..=c.last] {
        if t.kind == TokKind::Word {
            let lower = &nm.cx.lower[t.start..t.end];
            s.push_str(if t.upper {
                lower
            } else {
                crate::lexicon::ru_morph::stem(lower)
            });
            s.push(' ');
        }
    }
    key(&s)
}

/// The name and key of a candidate without a lexicon entry.
struct Derived {
    name: String,
    key: String,
    /// The name is English, not a romanization of another language.
    english: bool,
}

/// Name and key of a candidate without a lexicon entry.
fn derived_name(nm: &Names, c: &Cand, lex: &Lexicon) -> Derived {
    let p = nm.cx.profile;
    let toks: Vec<&str> = (c.first..=c.last)
        .filter(|&i| {
            nm.cx.toks[i].kind == TokKind::Word
                && c.place_noun
                    .as_ref()
                    .is_none_or(|(n, _)| i < *n || i > *n + noun_len(nm, *n))
        })
        .map(|i| nm.cx.word(i))
        .collect();
    let mut english = p.lang() == Lang::En;
    let name = if let Some(s) = c.surname {
        let initials: String = (c.first..s).map(|i| nm.cx.word(i)).collect();
        format!("{initials} {}", nm.cx.word(s))
    } else if let Some(translated) = (c.kind == Some(EntityKind::Organization))
        .then(|| p.english_org_name(&toks, &|s| place_name(lex, s)))
        .flatten()
    {
        english = true;
        translated
    } else {
        let kind = c.kind.unwrap_or(EntityKind::Person);
        let lemma = if p.lang() == Lang::Ru {
            p.lemma(&toks, kind)
        } else {
            toks.iter().map(|t| t.to_string()).collect()
        };
        let mut name = p.romanize(&lemma.join(" "));
        if let Some((_, noun)) = &c.place_noun {
            name = format!("{} {noun}", strip_adjective(&name));
        }
        name
    };
    let key = key(&name);
    Derived { name, key, english }
}

/// The English name of a text that is exactly one lexicon place.
fn place_name(lex: &Lexicon, s: &str) -> Option<String> {
    use crate::lexicon::Class;
    match lex.find(s).as_slice() {
        [h] if h.span.start == 0 && h.span.end == s.len() => {
            let e = lex.entry(h.entry);
            matches!(
                e.class,
                Class::Country | Class::City | Class::Region | Class::Territory
            )
            .then(|| e.canonical.clone())
        }
        _ => None,
    }
}

use crate::segment::TokKind;

fn noun_len(nm: &Names, at: usize) -> usize {
    nm.cx
        .profile
        .words()
        .place_nouns
        .longest(nm.cx.words_from(at))
        .map_or(1, |(n, _)| n)
        - 1
}

/// `Lachinskiy` → `Lachin`: a romanized Russian adjective of a place name back to the name.
fn strip_adjective(s: &str) -> &str {
    for suf in ["skiy", "skaya", "skoye", "skoe", "sky", "iy", "yy", "aya"] {
        if let Some(stem) = s.strip_suffix(suf) {
            if stem.len() >= 3 {
                return stem;
            }
        }
    }
    s
}

fn entity(
    nm: &Names,
    cands: &[Cand],
    lex: &Lexicon,
    mut g: Group,
    sentences: &[Span],
) -> (usize, Entity) {
    g.cands.sort_by_key(|&i| cands[i].first);
    let mentions: Vec<Mention> = g
        .cands
        .iter()
        .map(|&i| {
            let s = nm.span(&cands[i]);
            let sentence = sentences
                .partition_point(|x| x.end <= s.start)
                .min(sentences.len().saturating_sub(1));
            Mention {
                start: s.start,
                end: s.end,
                text: s.slice(nm.cx.text).to_string(),
                sentence,
            }
        })
        .collect();
    let entry = g.entry.map(|e| lex.entry(e));
    let e = Entity {
        id: String::new(),
        kind: g.kind.unwrap_or(EntityKind::Person),
        name: g.name,
        key: g.key,
        wikidata: entry.and_then(|e| e.wikidata.clone()),
        mentions,
    };
    (e.mentions.first().map_or(0, |m| m.start), e)
}

/// One entity across a corpus: where it occurs and how often.
///
/// ```
/// use polynews::{Article, CorpusIndex};
/// let mut index = CorpusIndex::new();
/// index.add(&Article::parse("Владимир Путин прибыл в Москву.").unwrap());
/// index.add(&Article::parse("Vladimir Putin arrived in Moscow.").unwrap());
/// let e = index.get("vladimir putin").unwrap();
/// assert_eq!(e.articles, 2);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct IndexEntry {
    /// The canonical name.
    pub name: String,
    /// The kind.
    pub kind: Option<EntityKind>,
    /// Articles that mention it.
    pub articles: usize,
    /// Mentions over all articles.
    pub mentions: usize,
    /// Article ids (or their position in the corpus when they have none).
    pub ids: Vec<String>,
    /// Languages of those articles.
    pub langs: Vec<Lang>,
    /// Surfaces seen, with counts.
    pub surfaces: BTreeMap<String, usize>,
}

/// Index of entities over many articles, by cross-lingual key.
///
/// ```
/// let index = polynews::CorpusIndex::new();
/// assert!(index.is_empty());
/// ```
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CorpusIndex {
    entries: BTreeMap<String, IndexEntry>,
    articles: usize,
}

impl CorpusIndex {
    /// An empty index.
    ///
    /// ```
    /// assert_eq!(polynews::CorpusIndex::new().len(), 0);
    /// ```
    pub fn new() -> CorpusIndex {
        CorpusIndex::default()
    }

    /// Adds an article's entities.
    ///
    /// ```
    /// let mut ix = polynews::CorpusIndex::new();
    /// ix.add(&polynews::Article::parse("Talks in Moscow.").unwrap());
    /// assert!(ix.get(&polynews::normalize::key("Moscow")).is_some());
    /// ```
    pub fn add(&mut self, a: &Article) {
        self.articles += 1;
        let id =
            a.id.clone()
                .unwrap_or_else(|| format!("#{}", self.articles));
        for e in &a.entities {
            let x = self.entries.entry(e.key.clone()).or_default();
            if x.name.is_empty() {
                x.name = e.name.clone();
                x.kind = Some(e.kind);
            }
            x.articles += 1;
            x.mentions += e.mentions.len();
            x.ids.push(id.clone());
            if !x.langs.contains(&a.lang) {
                x.langs.push(a.lang);
            }
            for m in &e.mentions {
                *x.surfaces.entry(m.text.clone()).or_default() += 1;
            }
        }
    }

    /// The entry of a key.
    ///
    /// ```
    /// assert!(polynews::CorpusIndex::new().get("x").is_none());
    /// ```
    pub fn get(&self, key: &str) -> Option<&IndexEntry> {
        self.entries.get(key)
    }

    /// Entries by number of articles, then mentions, most first.
    ///
    /// ```
    /// assert_eq!(polynews::CorpusIndex::new().ranked().len(), 0);
    /// ```
    pub fn ranked(&self) -> Vec<(&str, &IndexEntry)> {
        let mut v: Vec<_> = self.entries.iter().map(|(k, e)| (k.as_str(), e)).collect();
        v.sort_by(|a, b| {
            b.1.articles
                .cmp(&a.1.articles)
                .then(b.1.mentions.cmp(&a.1.mentions))
                .then(a.0.cmp(b.0))
        });
        v
    }

    /// Number of distinct entities.
    ///
    /// ```
    /// assert_eq!(polynews::CorpusIndex::new().len(), 0);
    /// ```
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the index is empty.
    ///
    /// ```
    /// assert!(polynews::CorpusIndex::new().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn entity_ids_count_from_one() {
        for n in [1usize, 9, 10, 11, 99, 100, 12345] {
            assert_eq!(super::entity_id(n), format!("e{n}"));
        }
    }
}
