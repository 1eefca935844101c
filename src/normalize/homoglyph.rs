//! Repair of Cyrillic/Latin homoglyphs inside mixed-script words (`Kарабах` with a Latin `K`).
//!
//! A word whose letters are mostly Cyrillic has its Latin look-alikes turned into Cyrillic, and
//! the other way round; a tie is left alone. Words in one script are untouched.

use std::borrow::Cow;

/// Latin ↔ Cyrillic look-alike pairs.
const PAIRS: &[(char, char)] = &[
    ('A', 'А'),
    ('B', 'В'),
    ('C', 'С'),
    ('E', 'Е'),
    ('H', 'Н'),
    ('K', 'К'),
    ('M', 'М'),
    ('O', 'О'),
    ('P', 'Р'),
    ('T', 'Т'),
    ('X', 'Х'),
    ('Y', 'У'),
    ('a', 'а'),
    ('c', 'с'),
    ('e', 'е'),
    ('o', 'о'),
    ('p', 'р'),
    ('x', 'х'),
    ('y', 'у'),
    ('i', 'і'),
    ('I', 'І'),
];

fn is_cyrillic(c: char) -> bool {
    matches!(c, '\u{400}'..='\u{52F}')
}

/// Repairs homoglyphs in one word; `Borrowed` when nothing changes.
///
/// ```
/// assert_eq!(polynews::normalize::repair_homoglyphs("Kарабах"), "Карабах");
/// assert_eq!(polynews::normalize::repair_homoglyphs("Kremlin"), "Kremlin");
/// ```
pub fn repair(word: &str) -> Cow<'_, str> {
    let (mut cyr, mut lat) = (0usize, 0usize);
    for c in word.chars() {
        if is_cyrillic(c) {
            cyr += 1;
        } else if c.is_ascii_alphabetic() {
            lat += 1;
        }
    }
    if cyr == 0 || lat == 0 || cyr == lat {
        return Cow::Borrowed(word);
    }
    let to_cyr = cyr > lat;
    let mapped: String = word
        .chars()
        .map(|c| {
            PAIRS
                .iter()
                .find(|&&(l, k)| if to_cyr { l == c } else { k == c })
                .map_or(c, |&(l, k)| if to_cyr { k } else { l })
        })
        .collect();
    if mapped == word {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(mapped)
    }
}

#[cfg(test)]
mod tests {
    use super::repair;

    #[test]
    fn mixed_words_are_repaired_to_the_majority_script() {
        assert_eq!(repair("Kарабах"), "Карабах");
        assert_eq!(repair("Mосквa"), "Москва");
        assert_eq!(repair("Mоscow"), "Moscow");
        assert_eq!(repair("Путин"), "Путин");
        assert_eq!(repair("Пут-tin"), "Пут-tin"); // tie: left alone
        assert_eq!(repair(&repair("Kарабах")), "Карабах");
    }
}
