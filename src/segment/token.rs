//! Tokens: words (with inner hyphens and apostrophes), numbers (with inner `.`, `,`, `/`, `:`,
//! `-` between digits), and single punctuation marks. Spaces and newlines are not tokens; a
//! token records whether space or a line break came before it.

use crate::lang::table::push_lower;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokKind {
    Word,
    Number,
    Punct,
}

/// One token: byte span into the text plus shape flags.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: TokKind,
    /// First letter uppercase.
    pub cap: bool,
    /// Every letter uppercase and more than one letter.
    pub upper: bool,
    /// Whitespace (or the start of the text) before it.
    pub space_before: bool,
    /// A line break before it (or the start of the text).
    pub line_start: bool,
}

impl Tok {
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
    pub fn is_word(&self) -> bool {
        self.kind == TokKind::Word
    }
    pub fn is(&self, text: &str, s: &str) -> bool {
        self.text(text) == s
    }
}

fn is_joiner(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}' | '\'' | '’' | '`')
}

/// Splits text into tokens.
pub(crate) fn tokenize(text: &str) -> Vec<Tok> {
    tokenize_with(text, false)
}

/// Splits text into tokens; with `split_hyphens`, hyphenated words become their parts and
/// the hyphens (`Nga-Thổ` → `Nga`, `-`, `Thổ`), as name matching wants.
pub(crate) fn tokenize_with(text: &str, split_hyphens: bool) -> Vec<Tok> {
    let mut toks = Vec::with_capacity(text.len() / 5);
    let b = text.as_bytes();
    let mut i = 0;
    let (mut space, mut line) = (true, true);
    while i < b.len() {
        let c = text[i..].chars().next().unwrap_or(' ');
        let cl = c.len_utf8();
        if c == '\n' {
            line = true;
            space = true;
            i += 1;
            continue;
        }
        if c.is_whitespace() {
            space = true;
            i += cl;
            continue;
        }
        let (end, kind) = if c.is_ascii_digit() {
            (number_end(text, i), TokKind::Number)
        } else if c.is_alphanumeric() {
            (word_end(text, i, split_hyphens), TokKind::Word)
        } else {
            (i + cl, TokKind::Punct)
        };
        let (cap, upper) = shape(&text[i..end]);
        toks.push(Tok {
            start: i,
            end,
            kind,
            cap,
            upper,
            space_before: space,
            line_start: line,
        });
        space = false;
        line = false;
        i = end;
    }
    toks
}

fn shape(w: &str) -> (bool, bool) {
    let mut chars = w.chars().filter(|c| c.is_alphabetic());
    let Some(first) = chars.next() else {
        return (false, false);
    };
    let cap = first.is_uppercase();
    let mut n = 1;
    let mut all = cap;
    for c in chars {
        n += 1;
        all &= c.is_uppercase();
    }
    (cap, all && n > 1)
}

fn word_end(text: &str, start: usize, split_hyphens: bool) -> usize {
    let mut end = start;
    let mut it = text[start..].char_indices().peekable();
    while let Some((j, c)) = it.next() {
        if c.is_alphanumeric() || c == '\u{301}' {
            end = start + j + c.len_utf8();
        } else if is_joiner(c) && !(split_hyphens && matches!(c, '-' | '\u{2010}' | '\u{2011}')) {
            // keep a hyphen or apostrophe only between letters/digits; split off English "'s"
            match it.peek() {
                Some(&(_, n)) if n.is_alphanumeric() => {
                    let rest = &text[start + j + c.len_utf8()..];
                    if c != '-' && c != '\u{2010}' && c != '\u{2011}' && is_possessive(rest) {
                        break;
                    }
                }
                _ => break,
            }
        } else {
            break;
        }
    }
    end
}

fn is_possessive(rest: &str) -> bool {
    let mut cs = rest.chars();
    matches!(cs.next(), Some('s' | 'S')) && !cs.next().is_some_and(|c| c.is_alphanumeric())
}

fn number_end(text: &str, start: usize) -> usize {
    let b = text.as_bytes();
    let mut end = start;
    let mut j = start;
    while j < b.len() {
        if b[j].is_ascii_digit() {
            j += 1;
            end = j;
        } else if matches!(b[j], b'.' | b',' | b'/' | b':' | b'-')
            && j + 1 < b.len()
            && b[j + 1].is_ascii_digit()
            && end == j
        {
            j += 1;
        } else {
            break;
        }
    }
    end
}

/// Lowercases text keeping byte offsets: a character whose lowercase has another UTF-8 length
/// is kept as it is; `ё` is folded to `е`.
pub(crate) fn lower_same_len(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut buf = String::new();
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
            continue;
        }
        buf.clear();
        push_lower(c, &mut buf);
        if buf.len() == c.len_utf8() {
            out.push_str(&buf);
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(t: &str) -> Vec<&str> {
        tokenize(t).iter().map(|k| k.text(t)).collect()
    }

    #[test]
    fn hard_tokens() {
        assert_eq!(
            words("V.Putin, Nagorno-Karabakh"),
            ["V", ".", "Putin", ",", "Nagorno-Karabakh"]
        );
        assert_eq!(
            words("1.960 người 9/11 1994-1995 3,5"),
            ["1.960", "người", "9/11", "1994-1995", "3,5"]
        );
        assert_eq!(
            words("Kiev’s aspirations"),
            ["Kiev", "’", "s", "aspirations"]
        );
        assert_eq!(
            words("пресс-служба Кремля."),
            ["пресс-служба", "Кремля", "."]
        );
        assert_eq!(
            words("— Мы готовы, — сказал"),
            ["—", "Мы", "готовы", ",", "—", "сказал"]
        );
        assert_eq!(words("2021."), ["2021", "."]);
    }

    #[test]
    fn lowercase_keeps_offsets() {
        let s = "ЁЛКА İstanbul Путин";
        let l = lower_same_len(s);
        assert_eq!(l.len(), s.len());
        assert!(l.starts_with("елка"));
    }
}
