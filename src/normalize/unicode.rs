//! The Unicode layer: one pass over the input that yields the normalized string and an
//! [`OffsetMap`] back to the input.
//!
//! What it does, in order of appearance:
//! - `\r\n` and `\r` become `\n`; U+2028/U+2029 and U+0085 become `\n`;
//! - every Unicode space (NBSP, thin and figure spaces, ideographic space, tab, …) becomes
//!   ASCII space, runs of spaces collapse to one, and lines are trimmed, so a line of only
//!   NBSPs becomes an empty line;
//! - zero-width characters (ZWSP, ZWNJ, ZWJ, word joiner, BOM, soft hyphen) and other control
//!   characters are dropped;
//! - each word that is not ASCII is put in NFC, its Cyrillic/Latin homoglyphs are repaired
//!   ([`super::homoglyph`]) and its Vietnamese tone marks are placed in one style
//!   ([`super::normalize_vi_tones`]).
//!
//! Quotes and dashes are kept as written (the display text stays faithful); matching code
//! classifies them with [`quote_class`] and [`is_dash`]. Every step is idempotent.

use crate::OffsetMap;
use std::borrow::Cow;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// The normalized text and the map from its offsets to the input's.
#[derive(Debug, Clone, Default)]
pub struct Normalized {
    /// The normalized text.
    pub text: String,
    /// Offsets of `text` mapped to offsets of the input.
    pub map: OffsetMap,
}

/// How a character behaves as a quotation mark.
///
/// ```
/// use polynews::normalize::{quote_class, QuoteClass};
/// assert_eq!(quote_class('«'), Some(QuoteClass::Open));
/// assert_eq!(quote_class('"'), Some(QuoteClass::Either));
/// assert_eq!(quote_class('x'), None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum QuoteClass {
    /// Only opens a quote: `«`, `“` (English), `„`, `‹`.
    Open,
    /// Only closes a quote: `»`, `”`, `›`.
    Close,
    /// Opens or closes, depending on position: `"`, `'`, `‘`, `’`, `“` when closing `„`.
    Either,
}

/// Classifies a quotation mark, or `None` for any other character.
///
/// ```
/// assert!(polynews::normalize::quote_class('”').is_some());
/// ```
pub fn quote_class(c: char) -> Option<QuoteClass> {
    match c {
        '«' | '„' | '‹' | '‚' => Some(QuoteClass::Open),
        '»' | '”' | '›' => Some(QuoteClass::Close),
        '"' | '“' | '‘' | '’' | '\'' | '‟' | '`' => Some(QuoteClass::Either),
        _ => None,
    }
}

/// Whether a character is a dash or hyphen of any kind (ASCII `-`, `‐ ‑ ‒ – — ―`, minus `−`).
///
/// ```
/// assert!(polynews::normalize::is_dash('—'));
/// assert!(!polynews::normalize::is_dash('_'));
/// ```
pub fn is_dash(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}'
    )
}

fn is_space(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\u{0B}' | '\u{0C}' | '\u{A0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' | '\u{180E}'
    )
}

fn is_newline(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

fn is_dropped(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}' | '\u{AD}' | '\u{FFFE}' | '\u{FFFF}')
        || (c.is_control() && !is_newline(c) && !is_space(c))
}

/// Normalizes raw input text (see the module docs).
///
/// ```
/// let n = polynews::normalize::normalize("A\u{a0}\u{a0}b\r\n\u{a0}\r\nc\u{200b}d");
/// assert_eq!(n, "A b\n\ncd");
/// ```
pub fn normalize(input: &str) -> String {
    normalize_with_map(input).text
}

/// Normalizes and returns the offset map too.
pub(crate) fn normalize_with_map(input: &str) -> Normalized {
    let mut w = Writer {
        out: Normalized {
            text: String::with_capacity(input.len()),
            map: OffsetMap::new(),
        },
        pending_space: None,
        word: None,
        special: false,
        other: false,
        last_end: 0,
    };
    let b = input.as_bytes();
    let mut i = 0;
    while i < b.len() {
        // between words, whole words that need no fix are copied with their single spaces
        if w.word.is_none() {
            let n = settled_words(&input[i..]);
            if n > 0 {
                w.push_settled(i, &input[i..i + n]);
                i += n;
                continue;
            }
        }
        // printable ASCII and Cyrillic letters are copied a run at a time
        let (run, latin) = plain_run(&b[i..]);
        if run > 0 {
            w.push_run(i, &input[i..i + run]);
            w.other |= latin;
            i += run;
            continue;
        }
        let Some(c) = input[i..].chars().next() else {
            break;
        };
        if is_newline(c) {
            w.end_word();
            if c == '\r' && b.get(i + 1) == Some(&b'\n') {
                i += 1;
                continue; // the '\n' that follows ends the line
            }
            w.pending_space = None;
            w.out.map.push(w.out.text.len(), i);
            w.out.text.push('\n');
        } else if is_space(c) {
            w.end_word();
            if w.pending_space.is_none() && !w.at_line_start() {
                w.pending_space = Some(i);
            }
        } else if !is_dropped(c) {
            w.push_word_char(i, c);
            w.other |= !c.is_ascii();
        }
        i += c.len_utf8();
    }
    w.end_word();
    w.out
}

/// The leading run of characters that are copied as they are: printable ASCII (no space),
/// Cyrillic letters U+0400..U+047F, and the Latin letters of U+00C0..U+027F and of the
/// Vietnamese block U+1E00..U+1EFF. Returns its length and whether it has a Latin letter
/// outside ASCII (a word with one gets the per-word fix).
fn plain_run(b: &[u8]) -> (usize, bool) {
    let (mut n, mut latin) = (0, false);
    loop {
        match (b.get(n), b.get(n + 1)) {
            (Some(0x21..=0x7E), _) => n += 1,
            (Some(0xD0 | 0xD1), Some(0x80..=0xBF)) => n += 2,
            (Some(0xC3..=0xC9), Some(0x80..=0xBF)) => (n, latin) = (n + 2, true),
            (Some(0xE1), Some(0xB8..=0xBB)) if b.get(n + 2).is_some_and(|z| z & 0xC0 == 0x80) => {
                (n, latin) = (n + 3, true)
            }
            _ => return (n, latin),
        }
    }
}

/// The length of the leading words of `s` that the writer would copy as they are: complete
/// [`plain_run`] words that [`Writer::end_word`] leaves alone (ASCII, non-ASCII without Latin
/// letters beyond ASCII and without an ASCII letter among Cyrillic ones, or a word already
/// found to need no fix), separated by single ASCII spaces. It ends at the end of a word; 0 when the first word does not qualify.
fn settled_words(s: &str) -> usize {
    let b = s.as_bytes();
    let (mut at, mut end) = (0, 0);
    loop {
        let (run, latin) = plain_run(&b[at..]);
        if run == 0 {
            return end;
        }
        let after = at + run;
        // the word must end here, at a space or a line break, not go on with other characters
        let ends = match b.get(after) {
            None => true,
            Some(&x) if x < 0x80 => matches!(x, b' ' | b'\t' | b'\n' | b'\r'),
            Some(_) => s[after..]
                .chars()
                .next()
                .is_some_and(|c| is_space(c) || is_newline(c)),
        };
        let word = &b[at..after];
        let checked = !word.is_ascii() && (latin || word.iter().any(u8::is_ascii_alphabetic));
        if !ends || checked && !known_settled(&s[at..after]) {
            return end;
        }
        end = after;
        if b.get(after) != Some(&b' ') || b.get(after + 1).is_none_or(|&x| x == b' ' || x < 0x21) {
            return end;
        }
        at = after + 1;
    }
}

struct Writer {
    out: Normalized,
    pending_space: Option<usize>,
    /// Output offset and input offset where the current word starts.
    word: Option<(usize, usize)>,
    special: bool,
    /// The current word has a non-ASCII character other than the Cyrillic letters of
    /// [`plain_run`].
    other: bool,
    /// Input offset just past the last word character copied.
    last_end: usize,
}

impl Writer {
    fn at_line_start(&self) -> bool {
        self.out.text.is_empty() || self.out.text.ends_with('\n')
    }

    /// Copies one word character; a dropped character inside a word does not split it.
    fn push_word_char(&mut self, i: usize, c: char) {
        if let Some(sp) = self.pending_space.take() {
            self.out.map.push(self.out.text.len(), sp);
            self.out.text.push(' ');
        }
        if self.word.is_none() {
            self.word = Some((self.out.text.len(), i));
            self.special = false;
            self.other = false;
        }
        if i != self.last_end || self.out.text.len() == self.word.map_or(0, |w| w.0) {
            self.out.map.push(self.out.text.len(), i);
        }
        self.out.text.push(c);
        self.special |= !c.is_ascii();
        self.last_end = i + c.len_utf8();
    }

    /// Copies a run of [`plain_run`] characters: [`Writer::push_word_char`] for its first
    /// character, then the rest at once (contiguous, so no offset needs mapping).
    fn push_run(&mut self, i: usize, run: &str) {
        let mut chars = run.chars();
        let Some(first) = chars.next() else { return };
        self.push_word_char(i, first);
        self.out.text.push_str(chars.as_str());
        self.special |= !run.is_ascii();
        self.last_end = i + run.len();
    }

    /// Copies words of [`settled_words`] starting at input offset `i` (no word is open).
    fn push_settled(&mut self, i: usize, words: &str) {
        if let Some(sp) = self.pending_space.take() {
            self.out.map.push(self.out.text.len(), sp);
            self.out.text.push(' ');
        }
        self.out.map.push(self.out.text.len(), i);
        self.out.text.push_str(words);
        self.last_end = i + words.len();
    }

    /// Ends the current word: fixes it in place when it has non-ASCII characters.
    fn end_word(&mut self) {
        let Some((at, input_start)) = self.word.take() else {
            return;
        };
        // a word of ASCII and Cyrillic letters alone needs no fix unless it mixes the scripts
        if !self.special
            || !self.other
                && !self.out.text.as_bytes()[at..]
                    .iter()
                    .any(u8::is_ascii_alphabetic)
        {
            return;
        }
        let Some(fixed) = fix_word_memo(&self.out.text[at..]) else {
            return;
        };
        self.out.text.truncate(at);
        self.out.map.truncate_from(at);
        // positions inside a repaired word map proportionally, never past its input end
        let span = self.last_end - input_start;
        for (j, _) in fixed.char_indices() {
            let o = input_start + (j * span / fixed.len().max(1)).min(span.saturating_sub(1));
            self.out.map.push(at + j, o);
        }
        self.out.text.push_str(&fixed);
        self.out.map.push(self.out.text.len(), self.last_end);
    }
}

thread_local! {
    /// Words [`fix_word`] leaves as they are (see [`fix_word_memo`]).
    static SETTLED: std::cell::RefCell<crate::hash::FxSet<Box<str>>> = Default::default();
}

/// Whether a word is known to need no fix.
fn known_settled(word: &str) -> bool {
    word.len() <= 24 && SETTLED.with(|s| s.borrow().contains(word))
}

/// [`fix_word`]'s new form of a word, `None` when the word stays as it is. Most words of a
/// Vietnamese text are syllables already in form, and a few thousand of them make up most of
/// any text: those are remembered per thread (bounded), so that a word is analysed once.
fn fix_word_memo(word: &str) -> Option<String> {
    if word.len() > 24 {
        return changed(word);
    }
    if SETTLED.with(|s| s.borrow().contains(word)) {
        return None;
    }
    let fixed = changed(word);
    if fixed.is_none() {
        SETTLED.with(|s| {
            let mut s = s.borrow_mut();
            if s.len() >= 1 << 15 {
                s.clear();
            }
            s.insert(word.into());
        });
    }
    fixed
}

/// [`fix_word`]'s result when it differs from the word.
fn changed(word: &str) -> Option<String> {
    match fix_word(word) {
        Cow::Owned(f) if f != word => Some(f),
        _ => None,
    }
}

/// Whether `c` is one of the characters that NFC leaves as they are in any string made of
/// them: Latin up to U+02FF, the Cyrillic letters (not the combining marks U+0483..U+0489)
/// and the Vietnamese block U+1E00..U+1EFF. Outside these ranges a character may be a
/// combining mark or not NFC-stable. (A test checks every character of the ranges: NFC
/// quick check "yes" and combining class 0.)
#[inline]
pub(crate) fn nfc_stable(c: char) -> bool {
    matches!(c as u32, 0..=0x2FF | 0x400..=0x482 | 0x48A..=0x52F | 0x1E00..=0x1EFF)
}

/// NFC, homoglyph repair and Vietnamese tone placement for one word.
fn fix_word(word: &str) -> Cow<'_, str> {
    // one scan decides which fixes can apply: most words need none
    let (mut plain, mut cyr, mut lat, mut marked) = (true, false, false, false);
    for c in word.chars() {
        plain &= nfc_stable(c);
        match c as u32 {
            0..=0x7F => lat |= c.is_ascii_alphabetic(),
            0x80..=0x2FF | 0x1E00..=0x1EFF => marked = true,
            0x400..=0x482 | 0x48A..=0x52F => cyr = true,
            _ => {}
        }
    }
    let mut w: Cow<'_, str> = if plain {
        Cow::Borrowed(word)
    } else {
        match is_nfc_quick(word.chars()) {
            IsNormalized::Yes => Cow::Borrowed(word),
            _ => Cow::Owned(word.nfc().collect()),
        }
    };
    if !plain || cyr && (lat || marked) {
        if let Cow::Owned(s) = super::homoglyph::repair(&w) {
            w = Cow::Owned(s);
        }
    }
    if !plain || marked {
        if let Cow::Owned(s) = super::normalize_vi_tones(&w) {
            w = Cow::Owned(s);
        }
    }
    w
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spaces_lines_and_controls() {
        assert_eq!(
            normalize("  a \t b  \n\u{a0}\u{a0}\n c\u{7}d "),
            "a b\n\nc d".replace("c d", "cd")
        );
        assert_eq!(normalize("x\r\ny\rz"), "x\ny\nz");
        assert_eq!(normalize("so\u{ad}ft"), "soft");
        assert_eq!(normalize("\u{feff}Title"), "Title");
    }

    #[test]
    fn nfc_stable_characters_are_nfc_in_any_string() {
        use unicode_normalization::char::canonical_combining_class;
        let stable: Vec<char> = (0u32..0x2000)
            .filter_map(char::from_u32)
            .filter(|&c| nfc_stable(c))
            .collect();
        assert_eq!(stable.len(), 0x300 + 0x83 + 0xA6 + 0x100);
        for &c in &stable {
            // quick check "yes" with combining class 0 for every character of a string means
            // the string is in NFC: nothing composes with or reorders around them
            assert_eq!(is_nfc_quick(std::iter::once(c)), IsNormalized::Yes, "{c:?}");
            assert_eq!(canonical_combining_class(c), 0, "{c:?}");
        }
        let s: String = stable.iter().collect();
        assert_eq!(s.nfc().collect::<String>(), s);
        // and a combining mark is not one of them
        assert!(!nfc_stable('\u{301}') && !nfc_stable('\u{483}'));
    }

    #[test]
    fn nfc_and_idempotence() {
        let decomposed = "Ho\u{300}a Nguye\u{302}\u{303}n";
        let n = normalize(decomposed);
        assert!(n.chars().all(|c| !('\u{300}'..='\u{36f}').contains(&c)));
        assert_eq!(normalize(&n), n);
    }

    #[test]
    fn repeated_words_are_fixed_every_time() {
        // settled words are remembered; words that need a fix never are
        let text = "hòa hoà Đà Nẵng hoà ĐÀ NẴNG Ωμέγα hòa hoà";
        let once = normalize(text);
        assert_eq!(once, "hòa hòa Đà Nẵng hòa ĐÀ NẴNG Ωμέγα hòa hòa");
        assert_eq!(normalize(text), once);
        let decomposed = "Nguye\u{302}\u{303}n Nguyễn";
        assert_eq!(normalize(decomposed), "Nguyễn Nguyễn");
    }

    #[test]
    fn map_points_back_to_input() {
        let raw = "\u{a0}\u{a0}Hello\u{a0}\u{a0}world\r\n\u{200b}again";
        assert!(normalize_with_map("1.960 ngườiПутин").map.to_input(20) <= 22);
        let n = normalize_with_map(raw);
        assert_eq!(n.text, "Hello world\nagain");
        for word in ["Hello", "world", "again"] {
            let at = n.text.find(word).unwrap();
            let o = n.map.to_input(at);
            assert_eq!(&raw[o..o + word.len()], word);
        }
    }

    #[test]
    fn stretches_of_settled_words_stop_before_a_word_that_needs_a_fix() {
        // `Мoсква` has a Latin `o`; the words before it are copied as one stretch
        let raw = "Путин прилетел в Мoсква, and  then\u{a0}Hà Nội";
        assert_eq!(settled_words(raw), "Путин прилетел в".len());
        let n = normalize_with_map(raw);
        assert_eq!(n.text, "Путин прилетел в Москва, and then Hà Nội");
        for word in ["Москва", "then", "Hà"] {
            let at = n.text.find(word).unwrap();
            let o = n.map.to_input(at);
            assert_eq!(raw[o..].chars().next(), word.chars().next(), "{word}");
        }
    }

    #[test]
    fn dashes_and_quotes() {
        assert!(is_dash('–') && is_dash('−'));
        assert_eq!(quote_class('»'), Some(QuoteClass::Close));
    }
}
