//! Language identification: script and diacritic evidence first, then whatlang.
//!
//! - Vietnamese letters (`ă â đ ê ô ơ ư` and the tone-marked vowels of the Latin Extended
//!   Additional block) are decisive: no other language writes them densely.
//! - Cyrillic narrows the choice: Ukrainian (`і ї є ґ`), Belarusian (`ў`), Serbian/Macedonian
//!   (`ђ ј љ њ ћ џ ѓ ќ ѕ`) letters decide those; otherwise Russian letters `ы э ё` decide Russian,
//!   and only longer texts without them are given to whatlang among the Cyrillic languages, so
//!   short Russian is never read as Ukrainian or Bulgarian.
//! - Latin without Vietnamese letters goes to whatlang's method (computed by
//!   [`whatlang_latin`], exactly and faster); English function words back English up, so
//!   that short English is not read as Afrikaans or Latin.
//!
//! Only a sample of the body (the first [`SAMPLE`] bytes) is read: enough for a decision,
//! cheap on long articles.

mod whatlang_latin;

use crate::Lang;
use whatlang::{Detector, Lang as W};

/// Bytes of body text read for the decision.
pub(crate) const SAMPLE: usize = 1536;

/// Letter counts by script over the sample.
#[derive(Debug, Default, PartialEq)]
struct Evidence {
    latin: usize,
    cyrillic: usize,
    other: usize,
    vi_letters: usize,
    uk: usize,
    be: usize,
    sr: usize,
    ru: usize,
    words: usize,
    en_words: usize,
}

const EN_WORDS: &[&str] = &[
    "the", "of", "and", "to", "in", "is", "was", "for", "on", "that", "with", "as", "by", "at",
    "it", "he", "she", "they", "we", "you", "are", "were", "be", "been", "has", "have", "had",
    "this", "from", "not", "but", "his", "her", "their", "an", "a", "said", "will", "would",
    "which", "who", "what", "i", "my", "me", "do", "does", "did", "there", "here", "all", "can",
];

/// A word of up to eight ASCII letters as one integer, lowercased (`|0x20` lowercases letters).
const fn pack(w: &[u8]) -> u64 {
    let mut k = 0u64;
    let mut i = 0;
    while i < w.len() {
        k = k << 8 | (w[i] | 0x20) as u64;
        i += 1;
    }
    k
}

/// [`EN_WORDS`] packed and sorted at compile time, for a binary search per word.
const EN_KEYS: [u64; EN_WORDS.len()] = {
    let mut keys = [0u64; EN_WORDS.len()];
    let mut i = 0;
    while i < keys.len() {
        keys[i] = pack(EN_WORDS[i].as_bytes());
        i += 1;
    }
    // insertion sort: const fns have no `sort`
    let mut i = 1;
    while i < keys.len() {
        let mut j = i;
        while j > 0 && keys[j - 1] > keys[j] {
            let t = keys[j];
            keys[j] = keys[j - 1];
            keys[j - 1] = t;
            j -= 1;
        }
        i += 1;
    }
    keys
};

/// Whether a word is one of [`EN_WORDS`], in any case.
fn is_en_word(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() <= 5 && b.iter().all(u8::is_ascii_alphabetic) && EN_KEYS.binary_search(&pack(b)).is_ok()
}

/// Byte equality of short slices, compared inline (no `memcmp` call per candidate).
#[inline]
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x == y)
}

fn is_vi_letter(c: char) -> bool {
    matches!(
        c,
        'ă' | 'Ă'
            | 'â'
            | 'Â'
            | 'đ'
            | 'Đ'
            | 'ê'
            | 'Ê'
            | 'ô'
            | 'Ô'
            | 'ơ'
            | 'Ơ'
            | 'ư'
            | 'Ư'
            | 'ĩ'
            | 'Ĩ'
            | 'ũ'
            | 'Ũ'
            | 'ỹ'
            | 'Ỹ'
            | '\u{1EA0}'..='\u{1EF9}'
    )
}

/// [`base_letter`] of `đ`/`Đ`.
const DJ: u8 = 0xFF;

/// The lowercase ASCII base letter of a precomposed Latin letter (`ộ` → `o`), [`DJ`] for
/// `đ`/`Đ`, 0 for anything else; looked up in a table over U+00C0..U+1EFF built once.
fn base_letter(c: char) -> u8 {
    const FIRST: u32 = 0xC0;
    const LAST: u32 = 0x1EFF;
    static TABLE: std::sync::OnceLock<Box<[u8]>> = std::sync::OnceLock::new();
    fn decomposed(c: char) -> u8 {
        let mut base = 0;
        unicode_normalization::char::decompose_canonical(c, |d| {
            if d.is_ascii_alphabetic() {
                base = d.to_ascii_lowercase() as u8;
            } else if d == 'đ' || d == 'Đ' {
                base = DJ;
            }
        });
        base
    }
    let u = c as u32;
    if !(FIRST..=LAST).contains(&u) {
        return decomposed(c);
    }
    let t = TABLE.get_or_init(|| {
        (FIRST..=LAST)
            .map(|u| char::from_u32(u).map_or(0, decomposed))
            .collect()
    });
    t[(u - FIRST) as usize]
}

/// Initial consonants of a Vietnamese syllable (base letters), and its finals.
const VI_INITIALS: [&str; 28] = [
    "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr", "b", "c", "d", "đ", "g",
    "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
];
const VI_FINALS: [&str; 13] = [
    "ch", "ng", "nh", "c", "m", "n", "p", "t", "o", "u", "i", "y", "",
];

/// [`is_vi_syllable`], remembered per thread (bounded): a few thousand syllables make up
/// most of any Vietnamese text, so each is analysed about once.
fn is_vi_syllable_memo(w: &str) -> bool {
    // a word in another script (every Russian word) is told at its first letter, cheaper
    // than a lookup
    if !starts_latin(w) {
        return false;
    }
    thread_local! {
        static SEEN: std::cell::RefCell<crate::hash::Memo<bool>> =
            std::cell::RefCell::new(crate::hash::Memo::new(1 << 15));
    }
    crate::hash::memoized(&SEEN, w, 24, || is_vi_syllable(w))
}

/// Whether a word starts with a letter of the Latin script, as Vietnamese syllables do.
#[inline]
fn starts_latin(w: &str) -> bool {
    w.chars().next().is_some_and(|c| {
        c.is_ascii_alphabetic()
            || ('\u{c0}'..='\u{24f}').contains(&c)
            || ('\u{1e00}'..='\u{1eff}').contains(&c)
    })
}

/// Whether a word has the shape of one Vietnamese syllable: optional initial consonant
/// cluster, one to three vowels, optional final (`ngoài`, `chúng`, `khách`, `trình`). Tone and
/// vowel marks are read off the base letters; Latin-1 accents alone are not decisive (French,
/// Spanish), but few words of those languages have this shape.
fn is_vi_syllable(w: &str) -> bool {
    // Vietnamese letters are Latin: a word in another script is rejected at its first letter
    if !starts_latin(w) {
        return false;
    }
    if w.chars().count() > 7
        || w.chars()
            .any(|c| crate::hash::is_upper(c) && c != w.chars().next().unwrap_or(c))
    {
        return false;
    }
    // the base letters, lowercased, without allocating: at most 7 chars of one base letter
    // each (`đ` is two bytes)
    let mut buf = [0u8; 16];
    let mut n = 0;
    for c in w.chars() {
        if c.is_ascii() {
            if c.is_ascii_alphabetic() && n < buf.len() {
                buf[n] = c.to_ascii_lowercase() as u8;
                n += 1;
            }
            continue;
        }
        let base: &[u8] = match base_letter(c) {
            0 => b"",
            DJ => "đ".as_bytes(),
            l => &[l],
        };
        if n + base.len() <= buf.len() {
            buf[n..n + base.len()].copy_from_slice(base);
            n += base.len();
        }
    }
    let b = &buf[..n];
    VI_INITIALS
        .iter()
        .filter(|i| b.get(..i.len()).is_some_and(|p| same(p, i.as_bytes())))
        .any(|i| {
            let rest = &b[i.len()..];
            let vowels = rest.iter().take_while(|c| b"aeiouy".contains(c)).count();
            (1..=3).contains(&vowels)
                && VI_FINALS
                    .iter()
                    .any(|f| same(f.as_bytes(), &rest[vowels..]))
        })
}

fn gather(text: &str) -> Evidence {
    let mut e = Evidence::default();
    let mut word_start: Option<usize> = None;
    let end_word = |e: &mut Evidence, start: Option<usize>, i: usize| {
        if let Some(s) = start {
            e.words += 1;
            let w = &text[s..i];
            if !w.is_ascii() && is_vi_syllable_memo(w) {
                e.vi_letters += 1; // a tone-marked Vietnamese syllable (chúng, ngoài, khách)
            }
            if is_en_word(w) {
                e.en_words += 1;
            }
        }
    };
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        // ASCII bytes need no decoding: a letter extends the word, anything else ends it
        if b[i].is_ascii() {
            if b[i].is_ascii_alphabetic() {
                word_start.get_or_insert(i);
                e.latin += 1;
            } else {
                end_word(&mut e, word_start.take(), i);
            }
            i += 1;
            continue;
        }
        // Russian lowercase а-я (two bytes) need no decoding either: count_letter would count
        // a Cyrillic letter, and a Russian one for ы and э
        if let (0xD0, Some(0xB0..=0xBF)) | (0xD1, Some(0x80..=0x8F)) = (b[i], b.get(i + 1)) {
            word_start.get_or_insert(i);
            e.cyrillic += 1;
            e.ru += usize::from(b[i] == 0xD1 && matches!(b[i + 1], 0x8B | 0x8D));
            i += 2;
            continue;
        }
        // so do the letters of the Vietnamese block U+1E00..U+1EFF (three bytes): all letters,
        // Vietnamese ones from U+1EA0 to U+1EF9, as count_letter counts them
        if let (0xE1, Some(&y @ 0xB8..=0xBB), Some(&z)) = (b[i], b.get(i + 1), b.get(i + 2)) {
            let cp = 0x1E00 | u32::from(y & 0x03) << 6 | u32::from(z & 0x3F);
            word_start.get_or_insert(i);
            if (0x1EA0..=0x1EF9).contains(&cp) {
                e.latin += 1;
                e.vi_letters += 1;
            } else {
                e.other += 1;
            }
            i += 3;
            continue;
        }
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        if crate::hash::is_word_char(c) {
            word_start.get_or_insert(i);
            count_letter(&mut e, c);
        } else {
            end_word(&mut e, word_start.take(), i);
        }
        i += c.len_utf8();
    }
    end_word(&mut e, word_start.take(), text.len());
    e
}

fn count_letter(e: &mut Evidence, c: char) {
    if c.is_ascii_alphabetic() {
        e.latin += 1;
    } else if ('\u{400}'..='\u{52F}').contains(&c) {
        e.cyrillic += 1;
        match crate::hash::lower_char(c) {
            'і' | 'ї' | 'є' | 'ґ' => e.uk += 1,
            'ў' => e.be += 1,
            'ђ' | 'ј' | 'љ' | 'њ' | 'ћ' | 'џ' | 'ѓ' | 'ќ' | 'ѕ' => e.sr += 1,
            'ы' | 'э' | 'ё' => e.ru += 1,
            _ => {}
        }
    } else if is_vi_letter(c) {
        e.latin += 1;
        e.vi_letters += 1;
    } else if crate::hash::is_alpha(c) && (c as u32) < 0x250 {
        e.latin += 1;
    } else {
        e.other += 1;
    }
}

/// Detects the language of a body text: `(lang, confidence)`; `(Und, 0.0)` when no decision
/// can be made (no letters, or an unreliable guess).
///
/// ```ignore
/// assert_eq!(detect("Президент провел переговоры").0, Lang::Ru);
/// ```
pub(crate) fn detect(text: &str) -> (Lang, f64) {
    let sample = head(text, SAMPLE);
    let e = gather(sample);
    let letters = e.latin + e.cyrillic + e.other;
    if letters == 0 {
        return (Lang::Und, 0.0);
    }
    if e.cyrillic * 2 > letters {
        return cyrillic(sample, &e);
    }
    if e.latin * 2 > letters {
        return latin(sample, &e);
    }
    whatlang_any(sample)
}

fn cyrillic(sample: &str, e: &Evidence) -> (Lang, f64) {
    let share = |n: usize| (0.8 + 0.2 * (n as f64 / 3.0).min(1.0)).min(0.99);
    if e.uk > e.ru && e.uk > 0 {
        return (Lang::from_code("uk"), share(e.uk));
    }
    if e.be > 0 && e.be >= e.ru {
        return (Lang::from_code("be"), share(e.be));
    }
    if e.sr > 0 && e.sr >= e.ru {
        return (Lang::from_code("sr"), share(e.sr));
    }
    if e.ru > 0 || e.cyrillic < 200 {
        return (Lang::Ru, share(e.ru.max(1)));
    }
    let d = Detector::with_allowlist(vec![W::Rus, W::Ukr, W::Bel, W::Bul, W::Srp, W::Mkd]);
    match d.detect(sample) {
        Some(info) if info.lang() != W::Rus && info.is_reliable() => {
            (from_whatlang(info.lang()), info.confidence())
        }
        _ => (Lang::Ru, 0.9),
    }
}

fn latin(sample: &str, e: &Evidence) -> (Lang, f64) {
    // Two Vietnamese letters per ten words is far above any other language's rate.
    if e.vi_letters > 0 && e.vi_letters * 10 >= e.words.max(1) * 2
        || e.vi_letters >= 3 && e.words < 6
    {
        let conf = (0.85 + e.vi_letters as f64 / (e.words.max(1) as f64) * 0.2).min(0.99);
        return (Lang::Vi, conf);
    }
    let en_share = e.en_words as f64 / e.words.max(1) as f64;
    // English news has a third of its words among these function words; no other Latin-script
    // language comes near a quarter, so whatlang's trigram scan is not needed
    if e.words >= 12 && en_share >= 0.25 {
        return (Lang::En, (0.7 + en_share).min(0.99));
    }
    match whatlang_latin::detect(sample) {
        Some(g) if g.lang == W::Eng => (Lang::En, g.confidence.max(0.5)),
        Some(g) if g.is_reliable() && en_share < 0.15 => (from_whatlang(g.lang), g.confidence),
        _ if en_share >= 0.1 || e.words <= 3 => (Lang::En, (0.5 + en_share).min(0.95)),
        Some(g) if g.confidence > 0.3 => (from_whatlang(g.lang), g.confidence),
        _ => (Lang::En, 0.4),
    }
}

fn whatlang_any(sample: &str) -> (Lang, f64) {
    match whatlang_latin::detect(sample) {
        Some(g) if g.is_reliable() => (from_whatlang(g.lang), g.confidence),
        _ => (Lang::Und, 0.0),
    }
}

/// The first `max` bytes of `text`, cut on a char boundary.
pub(crate) fn head(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// ISO 639-1 code of a whatlang language (ISO 639-3); `und` for those without one.
fn from_whatlang(l: W) -> Lang {
    let code = match l {
        W::Eng => "en",
        W::Rus => "ru",
        W::Vie => "vi",
        W::Ukr => "uk",
        W::Bel => "be",
        W::Bul => "bg",
        W::Srp => "sr",
        W::Mkd => "mk",
        W::Deu => "de",
        W::Fra => "fr",
        W::Spa => "es",
        W::Ita => "it",
        W::Por => "pt",
        W::Nld => "nl",
        W::Pol => "pl",
        W::Ces => "cs",
        W::Slk => "sk",
        W::Slv => "sl",
        W::Hrv => "hr",
        W::Ron => "ro",
        W::Hun => "hu",
        W::Tur => "tr",
        W::Swe => "sv",
        W::Dan => "da",
        W::Nob => "nb",
        W::Fin => "fi",
        W::Est => "et",
        W::Lav => "lv",
        W::Lit => "lt",
        W::Afr => "af",
        W::Lat => "la",
        W::Epo => "eo",
        W::Ind => "id",
        W::Tgl => "tl",
        W::Aze => "az",
        W::Uzb => "uz",
        W::Cmn => "zh",
        W::Jpn => "ja",
        W::Kor => "ko",
        W::Ara => "ar",
        W::Heb => "he",
        W::Pes => "fa",
        W::Hin => "hi",
        W::Tha => "th",
        W::Ell => "el",
        W::Kat => "ka",
        W::Hye => "hy",
        W::Ben => "bn",
        _ => "und",
    };
    Lang::from_code(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_read_without_decoding_count_as_decoded_ones() {
        let ranges = ['\u{400}'..='\u{47F}', '\u{1E00}'..='\u{1EFF}', 'a'..='z'];
        for c in ranges.into_iter().flatten() {
            let w = c.to_string();
            let mut want = Evidence {
                words: 1,
                ..Default::default()
            };
            count_letter(&mut want, c);
            want.vi_letters += usize::from(!w.is_ascii() && is_vi_syllable(&w));
            want.en_words += usize::from(is_en_word(&w));
            assert_eq!(gather(&w), want, "{c:?}");
        }
    }

    #[test]
    fn scripts_decide_first() {
        assert_eq!(detect("Президент провел переговоры").0, Lang::Ru);
        assert_eq!(detect("Все это довольно срочно.").0, Lang::Ru);
        assert_eq!(detect("Привіт, як справи? Це її книга.").0.code(), "uk");
        assert_eq!(detect("Tổng thống Nga đã có cuộc điện đàm").0, Lang::Vi);
        assert_eq!(
            detect("The talks were held on Tuesday in Moscow.").0,
            Lang::En
        );
        assert_eq!(detect("It was a good day.").0, Lang::En);
        assert_eq!(detect("12345 !!!").0, Lang::Und);
        assert_eq!(detect("chúng trong").0, Lang::Vi);
        assert_eq!(detect("nhanh chóng").0, Lang::Vi);
        assert_eq!(detect("Le café est très bon à Paris.").0.code(), "fr");
        assert_eq!(
            detect("La situación está muy complicada en el país.")
                .0
                .code(),
            "es"
        );
    }

    #[test]
    fn english_function_words_in_any_case() {
        for w in EN_WORDS {
            assert!(is_en_word(w) && is_en_word(&w.to_uppercase()), "{w}");
        }
        for w in ["thee", "o", "tha", "whi", "saidx", "Путин", "ngày", "th3"] {
            assert!(!is_en_word(w), "{w}");
        }
    }
}
