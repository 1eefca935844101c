//! The tagger's tokens: words and punctuation marks with the hashes its features read,
//! computed in one pass over each word, and a per-thread cache of the words already read.

/// Shape classes (index into the per-class transition table).
pub(super) const C_LOWER: u8 = 0;
pub(super) const C_CAP: u8 = 1;
pub(super) const C_UPPER: u8 = 2;
pub(super) const C_INITIAL: u8 = 3; // one capital letter
pub(super) const C_DIGIT: u8 = 4;
pub(super) const C_QUOTE: u8 = 5;
pub(super) const C_STOP: u8 = 6; // . ! ? …
pub(super) const C_PUNCT: u8 = 7;

// Token flags.
pub(super) const F_NEWLINE: u8 = 1; // a line break precedes it
pub(super) const F_LATIN: u8 = 2;
pub(super) const F_WORD: u8 = 8;
pub(super) const F_HARD: u8 = 16; // punctuation that is never inside a name

#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Tok {
    pub start: usize,
    pub end: usize,
    /// Lowercased form.
    pub lw: u64,
    pub suf2: u64,
    pub suf3: u64,
    pub suf4: u64,
    pub pre3: u64,
    pub pre5: u64,
    pub stem: u64,
    pub shape: u64,
    pub suf1: u64,
    pub pre2: u64,
    /// The lowercased form less a Russian case ending (see `ending_len`), hashed.
    pub rstem: u64,
    pub class: u8,
    pub flags: u8,
    /// Document flags of the stem: `D_CAP`, `D_LOWER`.
    pub doc: u8,
    /// Gazetteer bits (`G_*`) of a capitalized word.
    pub gaz: u8,
}

pub(super) const K: u64 = 0x517c_c1b7_2722_0a95;

#[inline]
pub(super) fn fx(h: u64, v: u64) -> u64 {
    (h.rotate_left(5) ^ v).wrapping_mul(K)
}

// Character categories of word characters.
pub(super) const CAT_NONE: u8 = 0;
pub(super) const CAT_LOWER: u8 = 1;
pub(super) const CAT_UPPER: u8 = 2;
pub(super) const CAT_DIGIT: u8 = 3;
pub(super) const CAT_OTHER: u8 = 4; // a letter without case, or a combining mark

/// The category of a char, with fast paths for ASCII and the Russian alphabet.
#[inline]
pub(super) fn cat(c: char) -> u8 {
    match c {
        'a'..='z' | 'а'..='я' | 'ё' => CAT_LOWER,
        'A'..='Z' | 'А'..='Я' | 'Ё' => CAT_UPPER,
        '0'..='9' => CAT_DIGIT,
        '\0'..='\u{7f}' => CAT_NONE,
        '\u{300}'..='\u{36f}' => CAT_OTHER,
        '\u{a0}'..='\u{bf}' | '\u{2000}'..='\u{206f}' => CAT_NONE,
        _ if crate::hash::is_alpha(c) => {
            if crate::hash::is_upper(c) {
                CAT_UPPER
            } else if c.is_lowercase() {
                CAT_LOWER
            } else {
                CAT_OTHER
            }
        }
        _ if c.is_numeric() => CAT_DIGIT,
        _ => CAT_NONE,
    }
}

#[inline]
pub(super) fn is_word_char(c: char) -> bool {
    cat(c) != CAT_NONE
}

#[inline]
pub(super) fn is_joiner(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}' | '\'' | '\u{2019}')
}

#[inline]
pub(super) fn is_quote(c: char) -> bool {
    matches!(
        c,
        '"' | '«' | '»' | '“' | '”' | '„' | '‟' | '\'' | '‘' | '’' | '‚' | '‹' | '›' | '`'
    )
}

/// A char's category and the lowercase form the features see (`ё` → `е`), with fast paths
/// for ASCII and the Russian alphabet.
#[inline]
pub(super) fn char_info(c: char) -> (u8, char) {
    match c {
        'а'..='я' | 'a'..='z' | '0'..='9' => (if c <= '9' { CAT_DIGIT } else { CAT_LOWER }, c),
        'А'..='Я' => (CAT_UPPER, char::from_u32(c as u32 + 0x20).unwrap_or(c)),
        'A'..='Z' => (CAT_UPPER, c.to_ascii_lowercase()),
        'ё' => (CAT_LOWER, 'е'),
        'Ё' => (CAT_UPPER, 'е'),
        _ => {
            let k = cat(c);
            let l = if k == CAT_UPPER {
                crate::hash::lower_char(c)
            } else {
                c
            };
            (k, l)
        }
    }
}

/// Splits `text` into tokens with their per-token hashes.
pub(super) fn tokenize(text: &str) -> Vec<Tok> {
    tokenize_by(text, read_word)
}

/// [`tokenize`], with the gazetteer bits of words set (by `gaz`) and plain words (letters
/// and digits of ASCII and the Russian alphabet, ended by a char that cannot join them to
/// more) read through the per-thread [`WordCache`]: a word's hashes depend on its bytes
/// alone, and most words of a corpus have been read before. The cache starts afresh when
/// `gaz` is another function than on the last call.
pub(super) fn tokenize_cached(text: &str, gaz: fn(&Tok) -> u8) -> Vec<Tok> {
    WORDS.with(|c| {
        let mut c = c.borrow_mut();
        if c.slots.is_empty() || c.gaz != gaz as usize {
            c.slots = vec![Cached::default(); 1 << WORD_CACHE_BITS];
            c.gaz = gaz as usize;
        }
        tokenize_by(text, |text, start| c.read(text, start, gaz))
    })
}

fn tokenize_by(text: &str, mut word: impl FnMut(&str, usize) -> Tok) -> Vec<Tok> {
    let bytes = text.as_bytes();
    let mut toks = Vec::with_capacity(text.len() / 8 + 1);
    let mut newline = true;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let c = if b < 0x80 {
            match b {
                b' ' | b'\t' | b'\r' => {
                    i += 1;
                    continue;
                }
                b'\n' | 0x0b | 0x0c => {
                    newline = true;
                    i += 1;
                    continue;
                }
                _ => b as char,
            }
        } else {
            match text[i..].chars().next() {
                Some(c) => c,
                None => break,
            }
        };
        let mut tok = if is_word_char(c) {
            word(text, i)
        } else if c.is_whitespace() {
            newline |= matches!(c, '\u{2028}' | '\u{2029}' | '\u{85}');
            i += c.len_utf8();
            continue;
        } else {
            punct_tok(c, i, i + c.len_utf8())
        };
        if newline {
            tok.flags |= F_NEWLINE;
            newline = false;
        }
        i = tok.end;
        toks.push(tok);
    }
    toks
}

/// Reads the word that starts at byte `start` (a word char).
pub(super) fn read_word(text: &str, start: usize) -> Tok {
    let bytes = text.as_bytes();
    let mut end = start;
    let mut lw = 0u64;
    let mut pre2 = 0u64;
    let mut pre3 = 0u64;
    let mut pre5 = 0u64;
    let mut hist = [0u64; 4]; // hashes of the last four prefixes
    let mut last = [0u32; 4]; // the last four lowercased chars
    let mut n = 0usize;
    let mut shape = 0u64;
    let mut shape_n = 0u32;
    let mut prev_sym = 0u8;
    let mut run = 0u8;
    let (mut upper, mut lowerc, mut digits) = (0u32, 0u32, 0u32);
    let (mut latin, mut first_upper) = (false, false);
    let mut prev_ascii = false;
    let mut at = start;
    loop {
        // Fast path: once the shape has settled on a run of Cyrillic lowercase letters, more
        // of them (`а`..`я` less `ё`, two bytes each) only extend the hashes.
        if prev_sym == b'x' && run >= 2 {
            while let (Some(&b0), Some(&b1)) = (bytes.get(at), bytes.get(at + 1)) {
                let lower_cyr = (b0 == 0xd0 && (0xb0..=0xbf).contains(&b1))
                    || (b0 == 0xd1 && (0x80..=0x8f).contains(&b1));
                if !lower_cyr {
                    break;
                }
                let l = (((b0 & 0x1f) as u32) << 6) | (b1 & 0x3f) as u32;
                lw = fx(lw, l as u64);
                if n < 5 {
                    if n < 3 {
                        pre3 = lw;
                        if n < 2 {
                            pre2 = lw;
                        }
                    }
                    pre5 = lw;
                }
                hist[n & 3] = lw;
                last[n & 3] = l;
                lowerc += 1;
                n += 1;
                at += 2;
            }
            end = at;
            prev_ascii = false;
        }
        let Some(c) = text.get(at..).and_then(|t| t.chars().next()) else {
            break;
        };
        let (k, l) = char_info(c);
        let sym = if k == CAT_NONE {
            let after = at + c.len_utf8();
            let joins = if c == '.' {
                // Domain names (`infox.ru`): a dot between ASCII letters or digits.
                prev_ascii && bytes.get(after).is_some_and(|b| b.is_ascii_alphanumeric())
            } else {
                is_joiner(c) && text[after..].chars().next().is_some_and(is_word_char)
            };
            if !joins {
                break;
            }
            b'-'
        } else if k == CAT_DIGIT {
            digits += 1;
            b'd'
        } else {
            let is_up = k == CAT_UPPER;
            let is_lat = c.is_ascii();
            latin |= is_lat;
            if is_up {
                upper += 1;
                first_upper |= n == 0;
            } else {
                lowerc += 1;
            }
            match (is_up, is_lat) {
                (true, false) => b'X',
                (false, false) => b'x',
                (true, true) => b'L',
                (false, true) => b'l',
            }
        };
        prev_ascii = c.is_ascii();
        lw = fx(lw, l as u64);
        if n < 2 {
            pre2 = lw;
        }
        if n < 3 {
            pre3 = lw;
        }
        if n < 5 {
            pre5 = lw;
        }
        hist[n & 3] = lw;
        last[n & 3] = l as u32;
        if sym == prev_sym {
            run = run.saturating_add(1);
        } else {
            run = 1;
            prev_sym = sym;
        }
        if run <= 2 && shape_n < 8 {
            shape = (shape << 8) | sym as u64;
            shape_n += 1;
        }
        n += 1;
        at += c.len_utf8();
        end = at;
    }
    let suffix = |k: usize| {
        let k = k.min(n);
        let mut h = 0x1234u64 + k as u64;
        for j in (n - k)..n {
            h = fx(h, last[j & 3] as u64);
        }
        h
    };
    let class = if digits > 0 {
        C_DIGIT
    } else if upper == 0 {
        C_LOWER
    } else if upper == 1 && lowerc == 0 {
        C_INITIAL
    } else if lowerc == 0 {
        C_UPPER
    } else if first_upper {
        C_CAP
    } else {
        C_LOWER
    };
    let mut flags = F_WORD;
    if latin {
        flags |= F_LATIN;
    }
    let stem = if n >= 5 {
        fx(hist[(n - 3) & 3], 7)
    } else {
        fx(lw, 7)
    };
    let k = if digits == 0 && n >= 4 {
        ending_len([last[(n - 3) & 3], last[(n - 2) & 3], last[(n - 1) & 3]], n)
    } else {
        0
    };
    let rstem = fx(hist[(n - 1 - k) & 3], 11);
    Tok {
        start,
        end,
        lw,
        suf2: suffix(2),
        suf3: suffix(3),
        suf4: suffix(4),
        pre3,
        pre5: fx(pre5, 5),
        // A crude stem: the word less its last two chars when it has at least five.
        stem,
        shape,
        suf1: suffix(1),
        pre2: fx(pre2, 2),
        rstem,
        class,
        flags,
        doc: 0,
        gaz: 0,
    }
}

/// Length of the Russian case ending of a lowercased word whose last three chars are `c`
/// (0 when there is none, or when less than three chars would remain): a cheap stemmer with
/// no allocation, under which most case forms of a name meet (`москва`, `москве`, `москвой`
/// → `москв`; `путин`, `путина`, `путиным` → `путин`; `россия`, `россией` → `росси`;
/// `белый`, `белом` → `бел`). `-ов/-ев/-ин` are not endings: they end surnames.
pub(super) fn ending_len(c: [u32; 3], n: usize) -> usize {
    let ch = |u: u32| char::from_u32(u).unwrap_or(' ');
    let (a, b, z) = (ch(c[0]), ch(c[1]), ch(c[2]));
    let three = matches!(
        (a, b, z),
        ('о' | 'е', 'г', 'о') | ('о' | 'е', 'м', 'у') | ('ы' | 'и' | 'а' | 'я', 'м', 'и')
    );
    let two = matches!(
        (b, z),
        ('о' | 'е' | 'ы' | 'и', 'й')
            | ('о' | 'е' | 'а' | 'я' | 'ы' | 'и', 'м')
            | ('а' | 'я' | 'ы' | 'и', 'х')
            | ('у' | 'ю' | 'о' | 'е' | 'ь', 'ю')
            | ('а' | 'я', 'я')
            | ('ы' | 'и', 'е')
    );
    let one = matches!(z, 'а' | 'я' | 'ы' | 'и' | 'у' | 'ю' | 'е' | 'о' | 'ь' | 'й');
    let k = if three {
        3
    } else if two {
        2
    } else {
        one as usize
    };
    if n >= k + 3 {
        k
    } else if n >= 4 && one {
        1
    } else {
        0
    }
}

pub(super) fn punct_tok(c: char, start: usize, end: usize) -> Tok {
    let h = fx(0xabcd, c as u64);
    let (class, hard) = match c {
        '.' | '!' | '?' | '…' => (C_STOP, matches!(c, '!' | '?')),
        _ if is_quote(c) => (C_QUOTE, false),
        ',' | ';' | '(' | ')' | '—' | '–' | ':' => (C_PUNCT, c != ':'),
        _ => (C_PUNCT, false),
    };
    Tok {
        start,
        end,
        lw: h,
        suf2: h,
        suf3: h,
        suf4: h,
        pre3: h,
        pre5: h,
        stem: h,
        shape: h,
        suf1: h,
        pre2: h,
        rstem: h,
        class,
        flags: if hard { F_HARD } else { 0 },
        doc: 0,
        gaz: 0,
    }
}

/// The slots of the per-thread word cache: `2^WORD_CACHE_BITS`, about 1 MB.
const WORD_CACHE_BITS: u32 = 13;

/// A word's token less its position (`end` holds its length), under the hash of its bytes
/// (never 0; 0 marks an empty slot).
#[derive(Clone, Copy)]
struct Cached {
    key: u64,
    tok: Tok,
}

impl Default for Cached {
    fn default() -> Cached {
        Cached {
            key: 0,
            tok: punct_tok(' ', 0, 0),
        }
    }
}

/// Words already read, direct-mapped by the hash of their bytes.
struct WordCache {
    /// The address of the gazetteer function whose bits the slots hold.
    gaz: usize,
    slots: Vec<Cached>,
}

thread_local! {
    static WORDS: std::cell::RefCell<WordCache> =
        const { std::cell::RefCell::new(WordCache { gaz: 0, slots: Vec::new() }) };
}

impl WordCache {
    /// The word at `start`, as [`read_word`] reads it, with its gazetteer bits.
    fn read(&mut self, text: &str, start: usize, gaz: fn(&Tok) -> u8) -> Tok {
        let fresh = |start| {
            let mut t = read_word(text, start);
            t.gaz = gaz(&t);
            t
        };
        let Some(end) = plain_word_end(text, start) else {
            return fresh(start);
        };
        let key = crate::hash::fx_str(&text[start..end]) | 1;
        let slot = &mut self.slots[(key >> (64 - WORD_CACHE_BITS)) as usize];
        if slot.key == key && slot.tok.end == end - start {
            return Tok {
                start,
                end,
                ..slot.tok
            };
        }
        let t = fresh(start);
        debug_assert_eq!(t.end, end, "{:?}", &text[start..]);
        if t.end == end {
            *slot = Cached {
                key,
                tok: Tok {
                    start: 0,
                    end: end - start,
                    ..t
                },
            };
        }
        t
    }
}

/// The end of the word at `start` when it is a plain word: ASCII letters and digits and
/// letters of the Russian alphabet, followed by the end of the text or by a char that ends
/// every word (`read_word` would stop there too). `None` for any other word.
#[inline]
fn plain_word_end(text: &str, start: usize) -> Option<usize> {
    let b = text.as_bytes();
    let mut i = start;
    loop {
        match b.get(i) {
            Some(c) if c.is_ascii_alphanumeric() => i += 1,
            Some(0xd0) if matches!(b.get(i + 1), Some(0x81 | 0x90..=0xbf)) => i += 2,
            Some(0xd1) if matches!(b.get(i + 1), Some(0x80..=0x8f | 0x91)) => i += 2,
            _ => break,
        }
    }
    if i == start {
        return None;
    }
    match b.get(i) {
        None => Some(i),
        // a dot joins ASCII letters or digits on both sides (`infox.ru`)
        Some(b'.') => {
            let joins = b[i - 1] < 0x80 && b.get(i + 1).is_some_and(u8::is_ascii_alphanumeric);
            (!joins).then_some(i)
        }
        Some(b'-' | b'\'') => None,
        Some(&c) if c < 0x80 => Some(i),
        Some(_) => {
            let c = text[i..].chars().next()?;
            (cat(c) == CAT_NONE && !is_joiner(c)).then_some(i)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Texts whose words end in every way `plain_word_end` tells apart.
    const ENDINGS: &str = "Путин, Путина. «Газпром» infox.ru Ростов-на-Дону O'Brien \
        ёлка Ёж 2020-го г.Москва x.y. ма\u{301}ма Đà Nẵng café—кафе слово\u{a0}слово end";

    fn uncached(text: &str) -> Vec<Tok> {
        let mut toks = tokenize(text);
        for t in toks.iter_mut().filter(|t| t.flags & F_WORD != 0) {
            t.gaz = t.lw as u8;
        }
        toks
    }

    fn cached(text: &str) -> Vec<Tok> {
        tokenize_cached(text, |t| t.lw as u8)
    }

    #[test]
    fn cached_words_are_the_words_read_afresh() {
        for _ in 0..2 {
            // the second round reads the plain words from the cache
            assert_eq!(cached(ENDINGS), uncached(ENDINGS));
        }
        assert!(plain_word_end(ENDINGS, 0).is_some());
        assert_eq!(plain_word_end("Ростов-на-Дону", 0), None);
        // another gazetteer function empties the cache: no stale bits
        let other = tokenize_cached(ENDINGS, |t| !(t.lw as u8));
        for t in other.iter().filter(|t| t.flags & F_WORD != 0) {
            assert_eq!(t.gaz, !(t.lw as u8));
        }
    }

    proptest::proptest! {
        // a failing case is printed; no regression file is written outside `src` and `tests`
        #![proptest_config(proptest::prelude::ProptestConfig {
            cases: 500,
            failure_persistence: None,
            ..proptest::prelude::ProptestConfig::default()
        })]
        #[test]
        fn cached_tokenization_agrees(
            text in "[a-zA-Z0-9а-яА-ЯёЁ .,'’\\-«»\u{301}\u{a0}\n]{0,40}"
        ) {
            proptest::prop_assert_eq!(cached(&text), uncached(&text));
            proptest::prop_assert_eq!(cached(&text), uncached(&text));
        }
    }
}
