//! Tokens: words (with inner hyphens and apostrophes), numbers (with inner `.`, `,`, `/`, `:`,
//! `-` between digits), and single punctuation marks. Spaces and newlines are not tokens; a
//! token records whether space or a line break came before it.

use crate::hash::is_word_char;

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
    /// A word with a hyphen inside (`Nagorno-Karabakh`), which [`split_hyphens`] splits.
    pub hyphenated: bool,
}

impl Tok {
    fn word(start: usize, end: usize, shape: WordShape, space: bool, line: bool) -> Tok {
        Tok {
            start,
            end,
            kind: TokKind::Word,
            cap: shape.cap,
            upper: shape.upper,
            space_before: space,
            line_start: line,
            hyphenated: shape.hyphenated,
        }
    }
    fn other(start: usize, end: usize, kind: TokKind, space: bool, line: bool) -> Tok {
        Tok {
            kind,
            ..Tok::word(start, end, WordShape::default(), space, line)
        }
    }
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

/// What the reading of a word finds besides its end: the [`Tok`] flags of the same names.
#[derive(Debug, Clone, Copy, Default)]
struct WordShape {
    cap: bool,
    upper: bool,
    hyphenated: bool,
}

impl WordShape {
    fn new((cap, upper): (bool, bool)) -> WordShape {
        WordShape {
            cap,
            upper,
            hyphenated: false,
        }
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
    tokenize_upto_with(text, split_hyphens, usize::MAX, |_, _| {})
}

/// Tokens and the lowercase view of `text` ([`lower_same_len`]) in one pass: the copy's
/// ASCII is lowercased at once, and only the non-ASCII capitals (and `ё`) that the reading of
/// words met are visited again. Every character that lowercasing changes is a word character
/// (a test checks all of them), so every such character is in a word token.
pub(crate) fn tokenize_lower(text: &str) -> (Vec<Tok>, String) {
    tokenize_lower_upto(text, false, usize::MAX)
}

/// The first `limit` tokens of `text` (hyphenated words split as [`tokenize_with`] does, if
/// asked) and the lowercase view of the text up to the last one's end, as [`tokenize_lower`]
/// gives them: line prefixes and credits need only a few (the whole `text` is copied, so it
/// should be a line's head).
pub(crate) fn tokenize_lower_prefix(
    text: &str,
    split_hyphens: bool,
    limit: usize,
) -> (Vec<Tok>, String) {
    let (toks, mut lower) = tokenize_lower_upto(text, split_hyphens, limit);
    lower.truncate(toks.last().map_or(0, |t| t.end));
    (toks, lower)
}

#[inline(always)]
fn tokenize_lower_upto(text: &str, split_hyphens: bool, limit: usize) -> (Vec<Tok>, String) {
    let mut lower = text.to_owned();
    lower.make_ascii_lowercase();
    let toks = tokenize_upto_with(text, split_hyphens, limit, |from, to| {
        for (j, c) in text[from..to].char_indices() {
            let l = lower_keep_len(c);
            if l != c {
                let at = from + j;
                lower.replace_range(at..at + c.len_utf8(), l.encode_utf8(&mut [0; 4]));
            }
        }
    });
    (toks, lower)
}

/// The first `limit` tokens of `text` ([`tokenize_with`]), calling `cased(start, end)` for
/// the characters of words that may be non-ASCII characters lowercasing changes.
#[inline(always)]
fn tokenize_upto_with(
    text: &str,
    split_hyphens: bool,
    limit: usize,
    mut cased: impl FnMut(usize, usize),
) -> Vec<Tok> {
    let mut toks = Vec::with_capacity((text.len() / 5).min(limit));
    let b = text.as_bytes();
    let mut i = 0;
    let (mut space, mut line) = (true, true);
    while i < b.len() && toks.len() < limit {
        match b[i] {
            b' ' | b'\t' | b'\r' => {
                space = true;
                i += 1;
                continue;
            }
            b'a'..=b'z' | b'A'..=b'Z' => {
                let (end, shape) = read_word(text, i, split_hyphens, &mut cased);
                toks.push(Tok::word(i, end, shape, space, line));
                (space, line, i) = (false, false, end);
                continue;
            }
            _ => {}
        }
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
        let tok = if c.is_ascii_digit() {
            Tok::other(i, number_end(text, i), TokKind::Number, space, line)
        } else if is_word_char(c) {
            let (end, shape) = read_word(text, i, split_hyphens, &mut cased);
            Tok::word(i, end, shape, space, line)
        } else {
            Tok::other(i, i + cl, TokKind::Punct, space, line)
        };
        toks.push(tok);
        (space, line, i) = (false, false, tok.end);
    }
    toks
}

/// The word at `start` (a letter): its end and shape, read in one pass where it can be (a
/// word read so has no hyphen: hyphens are not word characters); `cased(from, to)` is
/// called for the non-ASCII characters (or the whole word) that lowercasing may change.
#[inline(always)]
fn read_word(
    text: &str,
    start: usize,
    split_hyphens: bool,
    cased: &mut impl FnMut(usize, usize),
) -> (usize, WordShape) {
    let ascii = match text.as_bytes()[start].is_ascii_alphabetic() {
        true => ascii_word(text.as_bytes(), start),
        false => None,
    };
    let one_pass = match ascii {
        Some(word) => Some(word),
        None => letters_word(text, start, cased),
    };
    match one_pass {
        Some((end, cap, upper)) => (end, WordShape::new((cap, upper))),
        None => {
            let end = word_end(text, start, split_hyphens);
            cased(start, end);
            let w = &text[start..end];
            let hyphenated = w.contains(['-', '\u{2010}', '\u{2011}']);
            let shape = WordShape {
                hyphenated,
                ..WordShape::new(shape(w))
            };
            (end, shape)
        }
    }
}

/// The tokens with hyphenated words split into parts and hyphens, as
/// [`tokenize_with`]`(text, true)` would give, derived without a second pass over the text.
pub(crate) fn split_hyphens(text: &str, toks: &[Tok]) -> Vec<Tok> {
    let mut out = Vec::with_capacity(toks.len() + toks.len() / 8);
    for t in toks {
        if !t.hyphenated {
            out.push(*t);
            continue;
        }
        let w = t.text(text);
        let mut first = true;
        for (sub_start, sub) in split_keep(w) {
            let (cap, upper) = shape(sub);
            let is_hyphen = sub
                .chars()
                .all(|c| matches!(c, '-' | '\u{2010}' | '\u{2011}'));
            let kind = if is_hyphen {
                TokKind::Punct
            } else if sub.starts_with(|c: char| c.is_ascii_digit()) {
                TokKind::Number
            } else {
                TokKind::Word
            };
            let start = t.start + sub_start;
            out.push(Tok {
                start,
                end: start + sub.len(),
                kind,
                cap,
                upper,
                space_before: first && t.space_before,
                line_start: first && t.line_start,
                hyphenated: false,
            });
            first = false;
        }
    }
    out
}

/// Splits a word at hyphens, keeping each hyphen as its own piece.
fn split_keep(w: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut pieces = Vec::new();
    let mut start = 0;
    for (i, c) in w.char_indices() {
        if matches!(c, '-' | '\u{2010}' | '\u{2011}') {
            if i > start {
                pieces.push((start, &w[start..i]));
            }
            pieces.push((i, &w[i..i + c.len_utf8()]));
            start = i + c.len_utf8();
        }
    }
    if start < w.len() {
        pieces.push((start, &w[start..]));
    }
    pieces.into_iter()
}

fn shape(w: &str) -> (bool, bool) {
    // (first letter uppercase, every letter uppercase and more than one): a lowercase first
    // letter or any lowercase letter after it decides without reading further
    if w.is_ascii() {
        let mut letters = w.bytes().filter(u8::is_ascii_alphabetic);
        let Some(first) = letters.next() else {
            return (false, false);
        };
        if !first.is_ascii_uppercase() {
            return (false, false);
        }
        let mut n = 1;
        for b in letters {
            if !b.is_ascii_uppercase() {
                return (true, false);
            }
            n += 1;
        }
        return (true, n > 1);
    }
    let mut chars = w
        .chars()
        .filter(|c| is_word_char(*c) && !c.is_ascii_digit());
    let Some(first) = chars.next() else {
        return (false, false);
    };
    if !crate::hash::is_upper(first) {
        return (false, false);
    }
    let mut n = 1;
    for c in chars {
        if !crate::hash::is_upper(c) {
            return (true, false);
        }
        n += 1;
    }
    (true, n > 1)
}

/// A word of ASCII letters and digits from `start` (a letter) that ends at an ASCII byte
/// other than a joiner, or at the end: `(end, cap, upper)` as [`word_end`] and [`shape`]
/// would give, read in one pass. `None` when the word may go on (a joiner or a non-ASCII
/// byte follows).
#[inline]
fn ascii_word(b: &[u8], start: usize) -> Option<(usize, bool, bool)> {
    let cap = b[start].is_ascii_uppercase();
    let (mut end, mut letters, mut lower_after) = (start + 1, 1usize, false);
    while let Some(&x) = b.get(end) {
        if x.is_ascii_lowercase() {
            lower_after = true;
            letters += 1;
        } else if x.is_ascii_uppercase() {
            letters += 1;
        } else if !x.is_ascii_digit() {
            break;
        }
        end += 1;
    }
    if end < b.len() && (!b[end].is_ascii() || matches!(b[end], b'-' | b'\'' | b'`')) {
        return None;
    }
    Some((end, cap, cap && !lower_after && letters > 1))
}

/// A word of letters and digits from `start` (a word character) that ends before a
/// character that is neither a joiner nor a combining acute: `(end, cap, upper)` as
/// [`word_end`] and [`shape`] would give, read in one pass (Cyrillic letters without
/// decoding); `cased(from, to)` is called for each non-ASCII capital and `ё` (and each
/// character read by decoding). `None` when the general path must decide.
#[inline(always)]
fn letters_word(
    text: &str,
    start: usize,
    cased: &mut impl FnMut(usize, usize),
) -> Option<(usize, bool, bool)> {
    let b = text.as_bytes();
    let (mut end, mut letters, mut first, mut lower) = (start, 0usize, None, false);
    while let Some(&x) = b.get(end) {
        // the commonest letters first: Russian lowercase а-я
        if let (0xD0, Some(0xB0..=0xBF)) | (0xD1, Some(0x80..=0x8F)) = (x, b.get(end + 1)) {
            end += 2;
            letters += 1;
            first.get_or_insert(false);
            lower = true;
            continue;
        }
        let up = match (x, b.get(end + 1)) {
            (b'0'..=b'9', _) => {
                end += 1;
                continue;
            }
            (b'a'..=b'z' | b'A'..=b'Z', _) => {
                end += 1;
                x.is_ascii_uppercase()
            }
            (0x00..=0x7F, _) => break,
            (0xD0, Some(&y @ 0x80..=0xBF)) => {
                end += 2;
                let up = y < 0xB0; // Ѐ..Я
                if up {
                    cased(end - 2, end);
                }
                up
            }
            (0xD1, Some(&y @ 0x80..=0xBF)) => {
                end += 2;
                let up = y >= 0xA0 && y & 1 == 0; // the paired letters Ѡ..ѿ: capitals are even
                if up || y == 0x91 {
                    cased(end - 2, end); // `ё` is folded too
                }
                up
            }
            // U+00C0..U+024F (Latin-1 and Latin Extended letters, Vietnamese ă â đ ê ô ơ
            // ư among them): no decoding, and only the characters lowercasing changes
            // are visited again
            (0xC3..=0xC9, Some(&y)) if latin2(x, y).is_some() => {
                let (up, changes) = latin2(x, y).unwrap_or_default();
                end += 2;
                if changes {
                    cased(end - 2, end);
                }
                up
            }
            // U+1E00..U+1EFF (the Vietnamese letters): all letters, no decoding
            (0xE1, Some(&y @ 0xB8..=0xBB)) if b.get(end + 2).is_some_and(|z| z & 0xC0 == 0x80) => {
                let cp = 0x1E00 | u32::from(y & 0x03) << 6 | u32::from(b[end + 2] & 0x3F);
                end += 3;
                let up = latin_ext_additional_upper(cp);
                if up {
                    cased(end - 3, end);
                }
                up
            }
            _ => match text[end..].chars().next() {
                Some(c) if is_word_char(c) => {
                    cased(end, end + c.len_utf8());
                    end += c.len_utf8();
                    crate::hash::is_upper(c)
                }
                _ => break,
            },
        };
        letters += 1;
        first.get_or_insert(up);
        lower |= !up;
    }
    let joined = match b.get(end) {
        None => false,
        Some(b'-' | b'\'' | b'`') => true,
        Some(x) if x.is_ascii() => false,
        Some(_) => text[end..]
            .chars()
            .next()
            .is_some_and(|c| is_joiner(c) || c == '\u{301}'),
    };
    if end == start || joined {
        return None;
    }
    let cap = first == Some(true);
    Some((end, cap, cap && !lower && letters > 1))
}

/// Capitals of U+00C0..U+024F, bit `cp - 0xC0` (`char::is_uppercase`; a test checks every
/// bit).
const LATIN2_UPPER: [u64; 7] = [
    0x0000_0000_7f7f_ffff,
    0xaa55_5555_5555_5555,
    0x2b55_5555_5555_54aa,
    0x11ae_d2d5_b1db_ced6,
    0x55d2_5555_4aaa_a490,
    0x6c05_5555_5555_5555,
    0x0000_0000_0000_557a,
];

/// The characters of U+00C0..U+024F the lowercase view must visit: the capitals and the
/// title-case digraphs `ǅ ǈ ǋ ǲ`, which [`lower_keep_len`] changes (a test checks every bit).
const LATIN2_CHANGES: [u64; 7] = [
    0x0000_0000_7f7f_ffff,
    0xaa55_5555_5555_5555,
    0x2b55_5555_5555_54aa,
    0x11ae_d2d5_b1db_ced6,
    0x55d6_5555_4aaa_adb0,
    0x6c05_5555_5555_5555,
    0x0000_0000_0000_557a,
];

/// For the two bytes `x y` of a letter of U+00C0..U+024F (every character there but `×` and
/// `÷`): whether it is a capital and whether lowercasing may change it (`LATIN2_CHANGES`).
/// `None` for any other bytes.
#[inline]
fn latin2(x: u8, y: u8) -> Option<(bool, bool)> {
    let cp = usize::from(x & 0x1F) << 6 | usize::from(y & 0x3F);
    if y & 0xC0 != 0x80 || !(0xC0..=0x24F).contains(&cp) || cp == 0xD7 || cp == 0xF7 {
        return None;
    }
    let i = cp - 0xC0;
    let bit = |t: &[u64; 7]| t[i / 64] >> (i % 64) & 1 == 1;
    Some((bit(&LATIN2_UPPER), bit(&LATIN2_CHANGES)))
}

/// Whether a code point of U+1E00..U+1EFF is a capital: the even ones, but for the
/// lowercase U+1E96..U+1E9D and U+1E9F (and the capital sharp s U+1E9E, which is even).
#[inline]
fn latin_ext_additional_upper(cp: u32) -> bool {
    cp & 1 == 0 && !(0x1E96..=0x1E9D).contains(&cp)
}

fn word_end(text: &str, start: usize, split_hyphens: bool) -> usize {
    // ASCII letters and digits need no decoding
    let b = text.as_bytes();
    let mut end = start;
    loop {
        match (b.get(end), b.get(end + 1)) {
            (Some(x), _) if x.is_ascii_alphanumeric() => end += 1,
            // U+0400..U+047F: Cyrillic letters, all word characters
            (Some(0xD0 | 0xD1), Some(0x80..=0xBF)) => end += 2,
            _ => break,
        }
    }
    if end < b.len() && b[end].is_ascii() && !matches!(b[end], b'-' | b'\'' | b'`') {
        return end;
    }
    let start = end;
    let mut it = text[start..].char_indices().peekable();
    while let Some((j, c)) = it.next() {
        if is_word_char(c) || c == '\u{301}' {
            end = start + j + c.len_utf8();
        } else if is_joiner(c) && !(split_hyphens && matches!(c, '-' | '\u{2010}' | '\u{2011}')) {
            // keep a hyphen or apostrophe only between letters/digits; split off English "'s"
            match it.peek() {
                Some(&(_, n)) if is_word_char(n) => {
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

/// [`lower_same_len`] of `text` written into `buf`, for short words without an allocation;
/// `None` when `text` is longer than `buf`.
pub(crate) fn lower_same_len_in<'a>(text: &str, buf: &'a mut [u8]) -> Option<&'a str> {
    let out = buf.get_mut(..text.len())?;
    out.copy_from_slice(text.as_bytes());
    out.make_ascii_lowercase();
    for (i, c) in text.char_indices().filter(|(_, c)| !c.is_ascii()) {
        lower_keep_len(c).encode_utf8(&mut out[i..i + c.len_utf8()]);
    }
    std::str::from_utf8(out).ok()
}

/// Lowercases text keeping byte offsets: a character whose lowercase has another UTF-8 length
/// is kept as it is; `ё` is folded to `е`.
///
/// The text is copied whole and its ASCII letters lowercased in one pass; then only the
/// other characters are visited (ASCII is skipped eight bytes at a time) and the few that
/// change are written over in place, so that no small copies are made between them.
pub(crate) fn lower_same_len(text: &str) -> String {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut out = text.to_owned();
    out.make_ascii_lowercase();
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if let Some(w) = b.get(i..i + 8) {
            if u64::from_le_bytes(w.try_into().unwrap_or([0x80; 8])) & HIGH == 0 {
                i += 8;
                continue;
            }
        }
        let x = b[i];
        if x < 0x80 {
            i += 1;
            continue;
        }
        // Russian lowercase letters а-я stay as they are
        if let (0xD0, Some(0xB0..=0xBF)) | (0xD1, Some(0x80..=0x8F)) = (x, b.get(i + 1)) {
            i += 2;
            continue;
        }
        // so do the odd code points of the Latin Extended Additional block (U+1E00..U+1EFF,
        // the Vietnamese letters), which are all lowercase
        if let (0xE1, Some(0xB8..=0xBB), Some(z)) = (x, b.get(i + 1), b.get(i + 2)) {
            if z & 1 == 1 {
                i += 3;
                continue;
            }
        }
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        let l = lower_keep_len(c);
        if l != c {
            out.replace_range(i..i + c.len_utf8(), l.encode_utf8(&mut [0; 4]));
        }
        i += c.len_utf8();
    }
    out
}

/// The lowercase of `c` when it has the same UTF-8 length (`c` itself otherwise), `ё`
/// folded to `е`.
#[inline]
fn lower_keep_len(c: char) -> char {
    match crate::hash::lower_char(c) {
        'ё' => 'е',
        l if l.len_utf8() == c.len_utf8() => l,
        _ => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lowercase_in_a_buffer_equals_the_allocated_one() {
        let mut buf = [0u8; 40];
        for w in [
            "ТАСС",
            "Интерфакс",
            "ЁЛКА",
            "Reuters",
            "AFP",
            "HÀ",
            "Đà",
            "ǅemal",
            "x",
        ] {
            assert_eq!(
                lower_same_len_in(w, &mut buf),
                Some(lower_same_len(w).as_str())
            );
        }
        assert_eq!(lower_same_len_in(&"x".repeat(41), &mut buf), None);
    }

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
    fn split_hyphens_equals_a_split_tokenization() {
        for t in [
            "Nga-Thổ Nhĩ kỳ, Nagorno-Karabakh 1994-1995 пресс-служба Ростов-на-Дону.",
            "a - b",
            "x-",
        ] {
            let a: Vec<_> = tokenize_with(t, true)
                .iter()
                .map(|k| (k.start, k.end, k.kind, k.cap, k.space_before))
                .collect();
            let b: Vec<_> = split_hyphens(t, &tokenize(t))
                .iter()
                .map(|k| (k.start, k.end, k.kind, k.cap, k.space_before))
                .collect();
            assert_eq!(a, b, "{t}");
        }
    }

    /// The byte-level fast paths agree with lowercasing character by character.
    #[test]
    fn lowercase_fast_paths_agree() {
        let reference = |t: &str| -> String {
            t.chars()
                .map(|c| {
                    let l = c.to_lowercase().next().unwrap_or(c);
                    let l = if l == 'ё' { 'е' } else { l };
                    if l.len_utf8() == c.len_utf8() {
                        l
                    } else {
                        c
                    }
                })
                .collect()
        };
        let all: String = (0x20u32..0x530)
            .chain(0x1E00..0x1F00)
            .filter_map(char::from_u32)
            .collect();
        let mixed = "ЁЖИК Ёлка ёж Ѐ Ѝ ЃЄ Привет, МИР! Hello Ωmega ÀÉ Đà Nẵng ẞ İ";
        let ascii = "the quick brown fox @[`{ AZ az JUMPS over THE lazy dog Z\n";
        for pad in 0..9 {
            for t in [all.as_str(), mixed, ascii] {
                let t = format!("{}{t}{}", "x".repeat(pad), "Q".repeat(pad));
                assert_eq!(lower_same_len(&t), reference(&t));
            }
        }
        let w = "Путин-младший sprach";
        assert_eq!(word_end(w, 0, false), "Путин-младший".len());
    }

    #[test]
    fn one_pass_words_agree_with_the_general_path() {
        let t = "Путин ЕС МИДа ТАСС2 Ѡмега ѠѢ сВО Газпром2 Путин-младший Rosneft'а \
                 ООН: Ёлка Москва—Киев iPhone NATO В.Путин Đà Nẵng O'Neill ĐẠI HỘI Nguyễn’s \
                 за\u{301}мок x² hai\u{2010}bên Ханой» «Huế» ÀÉ×ÿ Ǆ";
        for tok in tokenize(t).iter().filter(|k| k.is_word()) {
            let w = tok.text(t);
            assert_eq!(tok.end, word_end(t, tok.start, false), "{w}");
            assert_eq!((tok.cap, tok.upper), shape(w), "{w}");
        }
    }

    #[test]
    fn two_byte_latin_letters_as_unicode_has_them() {
        for cp in 0x80u32..0x800 {
            let c = char::from_u32(cp).unwrap();
            let mut b = [0u8; 2];
            c.encode_utf8(&mut b);
            let want = (0xC0..=0x24F).contains(&cp) && is_word_char(c);
            let got = latin2(b[0], b[1]);
            assert_eq!(got.is_some(), want, "{c:?}");
            if let Some((up, changes)) = got {
                assert_eq!(up, crate::hash::is_upper(c), "{c:?}");
                assert_eq!(changes, up || lower_keep_len(c) != c, "{c:?}");
            }
        }
        // a continuation byte is required
        assert_eq!(latin2(0xC3, 0x41), None);
    }

    #[test]
    fn vietnamese_block_capitals() {
        for c in '\u{1E00}'..='\u{1EFF}' {
            assert!(is_word_char(c), "{c:?}");
            assert_eq!(
                latin_ext_additional_upper(c as u32),
                c.is_uppercase(),
                "{c:?}"
            );
        }
    }

    #[test]
    fn shapes() {
        for (w, want) in [
            ("Путин", (true, false)),
            ("NATO", (true, true)),
            ("ЕС", (true, true)),
            ("iPhone", (false, false)),
            ("A", (true, false)),
            ("ĐÀ", (true, true)),
            ("Đà", (true, false)),
            ("McDonald", (true, false)),
            ("G7", (true, false)),
            ("42", (false, false)),
        ] {
            assert_eq!(shape(w), want, "{w}");
        }
    }

    #[test]
    fn every_character_that_lowercasing_changes_is_a_word_character() {
        // so every such character is inside a word token, where tokenize_lower looks
        let changed = (0..=u32::from(char::MAX))
            .filter_map(char::from_u32)
            .filter(|&c| lower_keep_len(c) != c);
        for c in changed {
            assert!(is_word_char(c), "{c:?} U+{:04X}", u32::from(c));
        }
    }

    /// Tokens (by their fields) and lowercase view, the fused way and the separate way.
    fn fused_and_separate(t: &str, split: bool, limit: usize) -> [(String, String); 2] {
        let (toks, lower) = tokenize_lower_prefix(t, split, limit);
        let sep = tokenize_upto_with(t, split, limit, |_, _| {});
        let end = sep.last().map_or(0, |x| x.end);
        [
            (format!("{toks:?}"), lower),
            (format!("{sep:?}"), lower_same_len(&t[..end])),
        ]
    }

    #[test]
    fn fused_lowercase_covers_every_changed_character() {
        let changed = (0..=u32::from(char::MAX))
            .filter_map(char::from_u32)
            .filter(|&c| lower_keep_len(c) != c || c == 'ё');
        for c in changed {
            for t in [
                format!("{c}"),
                format!("a{c}b"),
                format!("Ж{c}ж-{c}x"),
                format!("ấ{c}\u{301}{c} 1{c}"),
                format!("x'{c}-{c}"),
            ] {
                let [fused, separate] = fused_and_separate(&t, false, usize::MAX);
                assert_eq!(fused, separate, "{t:?}");
                assert_eq!(tokenize_lower(&t).1, lower_same_len(&t), "{t:?}");
            }
        }
    }

    /// The case proptest once saved for `fused_lowercase_agrees` (`ё` before a space, no
    /// token asked for), kept here now that no regression file is written.
    #[test]
    fn fused_lowercase_agrees_on_the_saved_case() {
        let [fused, separate] = fused_and_separate("ё ", false, 0);
        assert_eq!(fused, separate);
        assert_eq!(tokenize_lower("ё ").1, lower_same_len("ё "));
    }

    proptest::proptest! {
        // a failing case is printed; no regression file is written outside `src` and `tests`
        #![proptest_config(proptest::prelude::ProptestConfig {
            cases: 500,
            failure_persistence: None,
            ..proptest::prelude::ProptestConfig::default()
        })]
        #[test]
        fn fused_lowercase_agrees(
            text in "[a-zA-Z0-9а-яА-ЯёЁѠѡÀàĐđẠạẞßİΣσ .,'’\\-«»\u{301}\u{a0}\n]{0,40}",
            split in proptest::bool::ANY,
            limit in 0usize..20,
        ) {
            let [fused, separate] = fused_and_separate(&text, split, limit);
            proptest::prop_assert_eq!(fused, separate);
            let (toks, lower) = tokenize_lower(&text);
            proptest::prop_assert_eq!(format!("{toks:?}"), format!("{:?}", tokenize(&text)));
            proptest::prop_assert_eq!(lower, lower_same_len(&text));
        }
    }

    #[test]
    fn lowercase_keeps_offsets() {
        let s = "ЁЛКА İstanbul Путин";
        let l = lower_same_len(s);
        assert_eq!(l.len(), s.len());
        assert!(l.starts_with("елка"));
    }
}
