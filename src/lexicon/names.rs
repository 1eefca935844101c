//! Given names and surnames (`given_names.tsv`, generated from the Faker package by
//! `scripts/gen_names.py`) and English nationality adjectives (`demonyms.tsv`): evidence for
//! typing capitalized sequences. Both are looked up once per capitalized token by its lowercase
//! form.

use crate::hash::FxMap;
use std::sync::OnceLock;

/// What a token is as a personal name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NameWord {
    /// A given name (`Maria`, `Олег`).
    Given,
    /// A given name that is also an ordinary English word (`Will`, `Grant`, `Rose`): evidence
    /// only where a capital is not explained by a sentence start.
    GivenCommon,
    /// A family name that is written first (`Li Qiang`, `Kim Jong Un`, `Nguyen Xuan Phuc`).
    FamilyFirst,
    /// A family name that is written last and is no given name (`Kumar`, `Davis`).
    Surname,
    /// A nationality or other adjective of a country (`German`, `Danish`), or its plural.
    Demonym,
}

fn table() -> &'static FxMap<String, NameWord> {
    static T: OnceLock<FxMap<String, NameWord>> = OnceLock::new();
    T.get_or_init(|| {
        let mut m = FxMap::default();
        for line in include_str!("../data/lexicon/given_names.tsv").lines() {
            if line.starts_with('#') {
                continue;
            }
            let mut cols = line.split('\t');
            let (Some(name), Some(kind)) = (cols.next(), cols.next()) else {
                continue;
            };
            let common = cols.next() == Some("common");
            let w = match (kind, common) {
                ("family_first", false) => NameWord::FamilyFirst,
                ("family_first", true) | ("given", true) => NameWord::GivenCommon,
                ("surname", _) => NameWord::Surname,
                _ => NameWord::Given,
            };
            m.insert(crate::lang::table::fold_phrase(name), w);
        }
        for line in include_str!("../data/lexicon/demonyms.tsv").lines() {
            if line.starts_with('#') {
                continue;
            }
            for adj in line.split('\t').nth(1).unwrap_or("").split('|') {
                let adj = adj.trim().to_lowercase();
                if !adj.is_empty() {
                    m.insert(format!("{adj}s"), NameWord::Demonym);
                    m.insert(adj, NameWord::Demonym);
                }
            }
        }
        m
    })
}

/// The name class of a lowercase word.
pub(crate) fn name_word(lower: &str) -> Option<NameWord> {
    table().get(lower).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn given_names_and_demonyms() {
        assert_eq!(name_word("margarethe"), Some(NameWord::Given));
        assert_eq!(name_word("олег"), Some(NameWord::Given));
        assert_eq!(name_word("grant"), Some(NameWord::GivenCommon));
        assert_eq!(name_word("nguyen"), Some(NameWord::FamilyFirst));
        assert_eq!(name_word("kumar"), Some(NameWord::Surname));
        assert_eq!(name_word("danish"), Some(NameWord::Demonym));
        assert_eq!(name_word("germans"), Some(NameWord::Demonym));
        assert_eq!(name_word("the"), None);
        assert_eq!(name_word("june"), None);
    }
}
