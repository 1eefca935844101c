//! Vietnamese: syllable shapes (to tell native names from foreign ones) and romanization
//! without diacritics (`Trần Văn Nam` → `Tran Van Nam`).

use super::{Language, WordTable};
use crate::Lang;
use std::sync::OnceLock;
use unicode_normalization::char::decompose_canonical;

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
    fn family_name_first(&self) -> bool {
        true
    }
    fn native_word(&self, lower: &str) -> bool {
        is_syllable(lower)
    }
    fn romanize(&self, s: &str) -> String {
        s.chars().map(base_letter).collect()
    }
    fn english_org_name(
        &self,
        words: &[&str],
        place: &dyn Fn(&str) -> Option<String>,
    ) -> Option<String> {
        org_names().english(words, place)
    }
}

/// The parts of Vietnamese body names (`src/data/vi/org_names_en.tsv`).
#[derive(Default)]
struct OrgNames {
    /// Head words (lowercase) and the English pattern.
    heads: Vec<(Vec<String>, String)>,
    /// Administrative words left out before a place (lowercase).
    admins: Vec<Vec<String>>,
    /// Domains (lowercase, single-spaced) and their English.
    domains: crate::hash::FxMap<String, String>,
}

fn org_names() -> &'static OrgNames {
    static T: OnceLock<OrgNames> = OnceLock::new();
    T.get_or_init(|| {
        let mut t = OrgNames::default();
        let split = |s: &str| -> Vec<String> {
            crate::normalize::normalize_vi_tones(&s.to_lowercase())
                .split_whitespace()
                .map(String::from)
                .collect()
        };
        for line in include_str!("../data/vi/org_names_en.tsv").lines() {
            let cols: Vec<&str> = line.split('\t').collect();
            match cols.as_slice() {
                ["head", vi, en] => t.heads.push((split(vi), en.to_string())),
                ["admin", vi] => t.admins.push(split(vi)),
                ["domain", vi, en] => {
                    t.domains.insert(split(vi).join(" "), en.to_string());
                }
                _ => {}
            }
        }
        t
    })
}

impl OrgNames {
    fn english(&self, words: &[&str], place: &dyn Fn(&str) -> Option<String>) -> Option<String> {
        let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
        let (head, pattern) = self
            .heads
            .iter()
            .filter(|(h, _)| lower.starts_with(h))
            .max_by_key(|(h, _)| h.len())?;
        let (rest, rest_lower) = (&words[head.len()..], &lower[head.len()..]);
        // the place: the longest tail of the name that is a known place
        let (mut end, place_en) = (0..rest.len())
            .find_map(|j| place(&rest[j..].join(" ")).map(|p| (j, Some(p))))
            .unwrap_or((rest.len(), None));
        let mut admin = false;
        while let Some(a) = self.admins.iter().find(|a| rest_lower[..end].ends_with(a)) {
            end -= a.len();
            admin = true;
        }
        // "UBND thành phố" names the city's body without naming the city: "People's
        // Committee", which then joins the one named in full ("Hanoi People's Committee")
        let domain = rest_lower[..end].join(" ");
        let domain_en = match (domain.is_empty(), pattern.contains("{domain}")) {
            (true, false) if place_en.is_some() || admin => "",
            (false, true) => self.domains.get(&domain)?.as_str(),
            _ => return None,
        };
        let place_en = place_en.unwrap_or_default();
        let place_en = place_en.strip_suffix(" Province").unwrap_or(&place_en);
        let name = pattern
            .replace("{place}", place_en)
            .replace("{domain}", domain_en);
        Some(name.split_whitespace().collect::<Vec<_>>().join(" "))
    }
}

/// A letter without its diacritics (`ế` → `e`, `Đ` → `D`); other characters as they are.
fn base_letter(c: char) -> char {
    match c {
        'đ' => 'd',
        'Đ' => 'D',
        c if c.is_ascii() || !crate::hash::is_alpha(c) => c,
        c => {
            let mut base = c;
            let mut first = true;
            decompose_canonical(c, |d| {
                if first {
                    base = d;
                    first = false;
                }
            });
            base
        }
    }
}

/// Initial consonants of a Vietnamese syllable, longest first (`qu` and `gi` take their
/// vowel letter along).
const INITIALS: [&str; 27] = [
    "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr", "b", "c", "d", "g", "h",
    "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
];
const FINALS: [&str; 9] = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t"];

/// Whether a lowercase word is one Vietnamese syllable: an initial consonant, one to three
/// vowel letters and a final consonant (`nguyễn`, `khoa`, `quyết`; not `scholz`, `takio`).
fn is_syllable(lower: &str) -> bool {
    let mut buf = [0u8; 10];
    let mut n = 0;
    for c in lower.chars() {
        let b = base_letter(c);
        if !b.is_ascii_lowercase() || n == buf.len() {
            return false;
        }
        buf[n] = b as u8;
        n += 1;
    }
    let w = &buf[..n];
    let vowel = |b: &u8| matches!(b, b'a' | b'e' | b'i' | b'o' | b'u' | b'y');
    INITIALS.iter().any(|ini| {
        w.strip_prefix(ini.as_bytes()).is_some_and(|rest| {
            let v = rest.iter().take_while(|b| vowel(b)).count();
            let glide = matches!(*ini, "qu" | "gi") && !rest.is_empty();
            (v >= 1 || glide) && v <= 3 && FINALS.iter().any(|f| &rest[v..] == f.as_bytes())
        })
    })
}

pub(super) fn profile() -> &'static dyn Language {
    static P: OnceLock<Vietnamese> = OnceLock::new();
    P.get_or_init(|| Vietnamese {
        words: WordTable::builtin(include_str!("../data/vi/words.tsv")),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syllables() {
        for w in [
            "nguyễn", "trần", "khoa", "quyết", "gìn", "giang", "nghiêng", "thủy", "ương", "a",
            "kim", "long", "hồ", "choi", "ho",
        ] {
            assert!(is_syllable(w), "{w}");
        }
        for w in [
            "scholz", "takio", "olaf", "trump", "biden", "singh", "joo", "suk", "novak", "",
            "hamas", "x1",
        ] {
            assert!(!is_syllable(w), "{w}");
        }
    }

    #[test]
    fn romanized_without_marks() {
        let vi = profile();
        assert_eq!(vi.romanize("Trần Văn Nam"), "Tran Van Nam");
        assert_eq!(vi.romanize("Đặng Thị Ngọc Thịnh"), "Dang Thi Ngoc Thinh");
        assert_eq!(vi.romanize("Bộ Y tế"), "Bo Y te");
    }
}
