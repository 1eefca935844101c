//! A small, fast, non-cryptographic hasher (the FxHash mix) for the crate's internal maps:
//! their keys are short words, not attacker-chosen, and SipHash dominated profiles.

use std::hash::{BuildHasherDefault, Hasher};

/// FxHash-style hasher.
#[derive(Default, Clone, Copy)]
pub(crate) struct FxHasher(u64);

const K: u64 = 0x517c_c1b7_2722_0a95;

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        self.add_bytes(bytes);
    }
    fn write_u8(&mut self, i: u8) {
        self.add(i as u64);
    }
    fn write_u32(&mut self, i: u32) {
        self.add(i as u64);
    }
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

impl FxHasher {
    #[inline]
    fn add(&mut self, x: u64) {
        self.0 = (self.0.rotate_left(5) ^ x).wrapping_mul(K);
    }

    /// Mixes in a byte string by 8-byte words: the last 1 to 8 bytes are read as one word
    /// (overlapping the word before, or as two overlapping halves, or as the first, middle
    /// and last byte of a short string), then the length. Strings of up to 8 bytes cannot
    /// collide: each byte is read, and the mix is a bijection.
    #[inline]
    fn add_bytes(&mut self, b: &[u8]) {
        let n = b.len();
        let word = |i: usize| u64::from_le_bytes(b[i..i + 8].try_into().unwrap_or([0; 8]));
        let half = |i: usize| u32::from_le_bytes(b[i..i + 4].try_into().unwrap_or([0; 4])) as u64;
        let mut i = 0;
        while i + 8 < n {
            self.add(word(i));
            i += 8;
        }
        self.add(match n {
            8.. => word(n - 8),
            4..=7 => half(0) | half(n - 4) << 32,
            1..=3 => b[0] as u64 | (b[n / 2] as u64) << 8 | (b[n - 1] as u64) << 16,
            0 => 0,
        });
        self.add(n as u64);
    }
}

/// Builds [`FxHasher`]s.
pub(crate) type FxBuild = BuildHasherDefault<FxHasher>;
/// A `HashMap` with [`FxHasher`].
pub(crate) type FxMap<K, V> = std::collections::HashMap<K, V, FxBuild>;
/// A `HashSet` with [`FxHasher`].
pub(crate) type FxSet<K> = std::collections::HashSet<K, FxBuild>;

/// A bounded per-thread memo from short strings to values: results that recur across a
/// corpus (names, words) are worked out once. It empties itself when full.
pub(crate) struct Memo<V> {
    map: FxMap<Box<str>, V>,
    cap: usize,
}

impl<V: Clone> Memo<V> {
    /// A memo of at most `cap` entries.
    pub fn new(cap: usize) -> Memo<V> {
        Memo {
            map: FxMap::default(),
            cap,
        }
    }
}

/// The value of `key` in a thread's memo, computed by `f` when it is not there yet (keys
/// longer than `max_key` bytes are computed every time). `f` runs with the memo unborrowed,
/// so it may use the memo itself.
pub(crate) fn memoized<V: Clone>(
    memo: &'static std::thread::LocalKey<std::cell::RefCell<Memo<V>>>,
    key: &str,
    max_key: usize,
    f: impl FnOnce() -> V,
) -> V {
    if key.len() > max_key {
        return f();
    }
    if let Some(v) = memo.with(|m| m.borrow().map.get(key).cloned()) {
        return v;
    }
    let v = f();
    memo.with(|m| {
        let mut m = m.borrow_mut();
        if m.map.len() >= m.cap {
            m.map.clear();
        }
        m.map.insert(key.into(), v.clone());
    });
    v
}

/// A one-hash Bloom filter over 64-bit hashes, kept at about 16 bits a key: most lookups of
/// keys that are absent end at one bit test, before a probe into a large hash table.
#[derive(Debug, Clone)]
pub(crate) struct HashFilter {
    bits: Vec<u64>,
    /// `bits.len() * 64 - 1`: the bit index of a hash is masked with it.
    mask: usize,
    keys: usize,
}

impl Default for HashFilter {
    fn default() -> Self {
        // one empty word: every lookup reads a bit, none is set
        HashFilter {
            bits: vec![0],
            mask: 63,
            keys: 0,
        }
    }
}

impl HashFilter {
    /// Adds a new key; when the filter grows, it is refilled from `all`, every key added so
    /// far (this one included).
    pub fn add<I: Iterator<Item = u64>>(&mut self, h: u64, all: impl FnOnce() -> I) {
        self.keys += 1;
        let want = (self.keys * 16).next_power_of_two().max(512) / 64;
        if self.bits.len() < want {
            self.bits = vec![0; want];
            self.mask = want * 64 - 1;
            all().for_each(|k| self.set(k));
        } else {
            self.set(h);
        }
    }

    fn bit(&self, h: u64) -> usize {
        // the high bits: FxHash mixes them best
        (h >> 40) as usize & self.mask
    }

    fn set(&mut self, h: u64) {
        let b = self.bit(h);
        self.bits[b / 64] |= 1 << (b % 64);
    }

    /// Whether `h` may have been added (no false negatives).
    #[inline]
    pub fn may_contain(&self, h: u64) -> bool {
        let b = self.bit(h);
        self.bits
            .get(b / 64)
            .is_some_and(|w| w & (1 << (b % 64)) != 0)
    }
}

/// Hash of a string: [`FxHasher`] over its bytes (see `FxHasher::add_bytes`), without the
/// terminator the `Hash` impl of `str` adds.
#[inline]
pub(crate) fn fx_str(s: &str) -> u64 {
    let mut h = FxHasher::default();
    h.add_bytes(s.as_bytes());
    h.finish()
}

/// One in every byte of a word: the byte-wise tests below read eight bytes at a time.
pub(crate) const LANES: u64 = 0x0101_0101_0101_0101;

/// The bytes of the 8-byte word `w` below `n` (at most 0x80), as their high bits. The
/// lowest set bit always marks a true match (a borrow can mark bytes above a match, never
/// below), and no bit is set when no byte matches.
#[inline]
pub(crate) fn bytes_below(w: u64, n: u8) -> u64 {
    w.wrapping_sub(LANES * u64::from(n)) & !w & (LANES << 7)
}

/// The bytes of the 8-byte word `w` equal to `c`, as their high bits (see [`bytes_below`]).
#[inline]
pub(crate) fn bytes_equal(w: u64, c: u8) -> u64 {
    bytes_below(w ^ (LANES * u64::from(c)), 1)
}

/// The index of the first byte of `b` from `from` on that is one of `set`, read eight bytes
/// at a time.
#[inline]
pub(crate) fn find_any(b: &[u8], from: usize, set: &[u8]) -> Option<usize> {
    let mut i = from;
    while let Some(w) = b.get(i..i + 8) {
        let w = u64::from_le_bytes(w.try_into().unwrap_or([0; 8]));
        let m = set.iter().fold(0, |m, &c| m | bytes_equal(w, c));
        if m != 0 {
            return Some(i + m.trailing_zeros() as usize / 8);
        }
        i += 8;
    }
    b.get(i..)?
        .iter()
        .position(|x| set.contains(x))
        .map(|p| i + p)
}

/// `char::is_uppercase` with fast paths for ASCII and Russian Cyrillic.
#[inline]
pub(crate) fn is_upper(c: char) -> bool {
    match c {
        'A'..='Z' | 'А'..='Я' | 'Ё' => true,
        '\0'..='\u{7f}' | 'а'..='я' | 'ё' => false,
        '\u{c0}'..='\u{de}' => c != '\u{d7}',
        '\u{df}'..='\u{ff}' => false,
        // the Vietnamese block pairs capitals (even) with small letters (odd)
        '\u{1e00}'..='\u{1e95}' | '\u{1ea0}'..='\u{1eff}' => c as u32 & 1 == 0,
        _ => c.is_uppercase(),
    }
}

/// The one-character lowercase of `c` (`c` itself when the lowercase is longer), fast for
/// ASCII and Russian Cyrillic.
#[inline]
pub(crate) fn lower_char(c: char) -> char {
    match c {
        'A'..='Z' => c.to_ascii_lowercase(),
        'А'..='Я' => char::from_u32(c as u32 + 0x20).unwrap_or(c),
        'Ё' => 'ё',
        '\0'..='\u{7f}' | 'а'..='я' | 'ё' => c,
        // Latin-1 capitals and the Vietnamese block, where upper and lower pair up
        '\u{c0}'..='\u{de}' if c != '\u{d7}' => char::from_u32(c as u32 + 0x20).unwrap_or(c),
        '\u{1e00}'..='\u{1e95}' | '\u{1ea0}'..='\u{1eff}' => {
            char::from_u32(c as u32 | 1).unwrap_or(c)
        }
        '\u{df}'..='\u{ff}' => c,
        _ => c.to_lowercase().next().unwrap_or(c),
    }
}

/// `char::is_alphabetic` with fast paths for ASCII, Latin, Cyrillic and the Vietnamese block.
#[inline]
pub(crate) fn is_alpha(c: char) -> bool {
    let u = c as u32;
    match u {
        0..=0x7F => c.is_ascii_alphabetic(),
        0xC0..=0x24F => u != 0xD7 && u != 0xF7,
        0x400..=0x481 | 0x48A..=0x52F => true,
        0x1E00..=0x1EFF => true,
        _ => c.is_alphabetic(),
    }
}

/// Whether a character is a letter or digit, with fast paths for ASCII, Latin-1 and Latin
/// Extended, Cyrillic and the Vietnamese block before the general Unicode lookup.
#[inline]
pub(crate) fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        is_alpha(c) || c.is_numeric()
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn find_any_finds_the_first_byte_of_a_set_at_every_position() {
        for len in 0..40 {
            for at in 0..=len {
                for from in [0, 1, 9] {
                    let mut b = vec![b'x'; len];
                    if at < len {
                        b[at] = if at % 2 == 0 { 0xC2 } else { b'"' };
                    }
                    if len > 30 {
                        b[len - 1] = 0xE2; // a later match never wins
                    }
                    let set = [b'"', 0xC2, 0xE2];
                    let want = b
                        .iter()
                        .skip(from)
                        .position(|c| set.contains(c))
                        .map(|p| p + from);
                    assert_eq!(super::find_any(&b, from, &set), want, "{len} {at} {from}");
                }
            }
        }
    }

    #[test]
    fn short_strings_never_collide() {
        // up to 8 bytes every byte is read once per length, and the mix is a bijection
        let mut seen = std::collections::HashMap::new();
        let alphabet = ["", "a", "b", "я", "ệ", " ", "0"];
        for a in alphabet {
            for b in alphabet {
                for c in alphabet {
                    let s = format!("{a}{b}{c}");
                    let prev = seen.insert(super::fx_str(&s), s.clone());
                    assert!(prev.as_ref().is_none_or(|p| *p == s), "{s:?} and {prev:?}");
                }
            }
        }
        assert_ne!(super::fx_str("abcdefgh1"), super::fx_str("abcdefgh2"));
        assert_ne!(super::fx_str(""), super::fx_str("\0"));
    }

    #[test]
    fn hash_filter_has_no_false_negatives_as_it_grows() {
        let mut f = super::HashFilter::default();
        assert!(!f.may_contain(1));
        let mix = |k: u64| k.wrapping_mul(0x9e37_79b9_7f4a_7c15);
        let keys: Vec<u64> = (0..5000u64).map(mix).collect();
        for (n, &k) in keys.iter().enumerate() {
            f.add(k, || keys[..=n].iter().copied());
        }
        assert!(keys.iter().all(|&k| f.may_contain(k)));
        let misses = (5000..15000u64)
            .map(mix)
            .filter(|&k| f.may_contain(k))
            .count();
        assert!(misses < 1500, "{misses} false positives in 10000");
    }

    #[test]
    fn lower_char_agrees_with_unicode() {
        for c in (0u32..0x2000).filter_map(char::from_u32) {
            let want = c.to_lowercase().next().unwrap_or(c);
            assert_eq!(super::lower_char(c), want, "{c:?}");
            assert_eq!(super::is_upper(c), c.is_uppercase(), "{c:?}");
            assert_eq!(super::is_alpha(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(super::is_word_char(c), c.is_alphanumeric(), "{c:?}");
        }
    }
}
