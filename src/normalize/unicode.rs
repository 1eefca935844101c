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
    matches!(c, '-' | '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}')
}

fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\u{0B}' | '\u{0C}' | '\u{A0}' | '\u{1680}' | '\u{2000}'..='\u{200A}'
        | '\u{202F}' | '\u{205F}' | '\u{3000}' | '\u{180E}')
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
    let mut w = Writer { out: Normalized { text: String::with_capacity(input.len()), map: OffsetMap::new() }, pending_space: None, word_start: None, word_special: false };
    let mut iter = input.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if is_newline(c) {
            w.end_word(input);
            if c == '\r' && matches!(iter.peek(), Some((_, '\n'))) {
                continue; // the '\n' that follows ends the line
            }
            w.pending_space = None;
            w.out.map.push(w.out.text.len(), i);
            w.out.text.push('\n');
        } else if is_space(c) {
            w.end_word(input);
            if w.pending_space.is_none() && !w.at_line_start() {
                w.pending_space = Some(i);
            }
        } else if is_dropped(c) {
            w.end_word(input);
        } else {
            w.push_word_char(i, c);
        }
    }
    w.end_word(input);
    w.out
}

struct Writer {
    out: Normalized,
    pending_space: Option<usize>,
    word_start: Option<usize>,
    word_special: bool,
}

impl Writer {
    fn at_line_start(&self) -> bool {
        self.out.text.is_empty() || self.out.text.ends_with('\n')
    }

    fn push_word_char(&mut self, i: usize, c: char) {
        if let Some(sp) = self.pending_space.take() {
            self.out.map.push(self.out.text.len(), sp);
            self.out.text.push(' ');
        }
        if self.word_start.is_none() {
            self.word_start = Some(i);
            self.word_special = false;
            self.out.map.push(self.out.text.len(), i);
        }
        self.word_special |= !c.is_ascii();
    }

    /// Copies the pending word from the input, fixing it if it has non-ASCII characters.
    fn end_word(&mut self, input: &str) {
        let Some(start) = self.word_start.take() else { return };
        let end = next_word_end(input, start);
        let word = &input[start..end];
        let fixed = if self.word_special { fix_word(word) } else { Cow::Borrowed(word) };
        let at = self.out.text.len();
        self.out.text.push_str(&fixed);
        if fixed.len() != word.len() {
            self.out.map.push(at + fixed.len(), end);
        }
    }
}

/// End of the run of word characters that starts at `start`.
fn next_word_end(input: &str, start: usize) -> usize {
    input[start..]
        .char_indices()
        .find(|&(_, c)| is_newline(c) || is_space(c) || is_dropped(c))
        .map_or(input.len(), |(j, _)| start + j)
}

/// NFC, homoglyph repair and Vietnamese tone placement for one word.
fn fix_word(word: &str) -> Cow<'_, str> {
    let mut w: Cow<'_, str> = match is_nfc_quick(word.chars()) {
        IsNormalized::Yes => Cow::Borrowed(word),
        _ => Cow::Owned(word.nfc().collect()),
    };
    if let Cow::Owned(s) = super::homoglyph::repair(&w) {
        w = Cow::Owned(s);
    }
    if let Cow::Owned(s) = super::normalize_vi_tones(&w) {
        w = Cow::Owned(s);
    }
    w
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spaces_lines_and_controls() {
        assert_eq!(normalize("  a \t b  \n\u{a0}\u{a0}\n c\u{7}d "), "a b\n\nc d".replace("c d", "cd"));
        assert_eq!(normalize("x\r\ny\rz"), "x\ny\nz");
        assert_eq!(normalize("so\u{ad}ft"), "soft");
        assert_eq!(normalize("\u{feff}Title"), "Title");
    }

    #[test]
    fn nfc_and_idempotence() {
        let decomposed = "Ho\u{300}a Nguye\u{302}\u{303}n";
        let n = normalize(decomposed);
        assert!(n.chars().all(|c| !('\u{300}'..='\u{36f}').contains(&c)));
        assert_eq!(normalize(&n), n);
    }

    #[test]
    fn map_points_back_to_input() {
        let raw = "\u{a0}\u{a0}Hello\u{a0}\u{a0}world\r\n\u{200b}again";
        let n = normalize_with_map(raw);
        assert_eq!(n.text, "Hello world\nagain");
        for word in ["Hello", "world", "again"] {
            let at = n.text.find(word).unwrap();
            let o = n.map.to_input(at);
            assert_eq!(&raw[o..o + word.len()], word);
        }
    }

    #[test]
    fn dashes_and_quotes() {
        assert!(is_dash('–') && is_dash('−'));
        assert_eq!(quote_class('»'), Some(QuoteClass::Close));
    }
}
