//! Vietnamese tone-mark placement (old/classic style). The rules are documented on
//! [`normalize_vi_tones`].

use std::borrow::Cow;

use unicode_normalization::char::{decompose_canonical, is_combining_mark};
use unicode_normalization::UnicodeNormalization;

/// Most letters in a Vietnamese syllable (`nghiêng` has 7).
const MAX: usize = 8;

const GRAVE: char = '\u{300}';
const ACUTE: char = '\u{301}';
const TILDE: char = '\u{303}';
const HOOK: char = '\u{309}';
const DOT: char = '\u{323}';
const CIRCUMFLEX: char = '\u{302}';
const BREVE: char = '\u{306}';
const HORN: char = '\u{31B}';

fn is_tone(c: char) -> bool {
    matches!(c, GRAVE | ACUTE | TILDE | HOOK | DOT)
}

fn is_quality(c: char) -> bool {
    matches!(c, CIRCUMFLEX | BREVE | HORN)
}

/// Whether `c` makes the text worth a closer look: a letter carrying a tone mark, or a
/// separate Vietnamese combining mark (decomposed input).
fn needs_look(c: char) -> bool {
    if c.is_ascii() {
        return false;
    }
    match table_bits(c) {
        Some(b) if b & OTHER == 0 => return b & TONED != 0,
        _ => {}
    }
    if is_combining_mark(c) {
        return is_tone(c) || is_quality(c) || matches!(c, '\u{340}' | '\u{341}');
    }
    let mut toned = false;
    decompose_canonical(c, |d| toned |= is_tone(d));
    toned
}

/// First and last code point of the precomputed letter table: Latin-1 to the end of the
/// Vietnamese block, where every Vietnamese letter lives.
const TABLE_FIRST: u32 = 0xC0;
const TABLE_LAST: u32 = 0x1EFF;

/// [`letter_bits`] of a letter in the table range, looked up instead of decomposed.
fn table_bits(c: char) -> Option<u8> {
    static TABLE: std::sync::OnceLock<Box<[u8]>> = std::sync::OnceLock::new();
    let u = c as u32;
    if !(TABLE_FIRST..=TABLE_LAST).contains(&u) {
        return None;
    }
    let t = TABLE.get_or_init(|| {
        (TABLE_FIRST..=TABLE_LAST)
            .map(|u| char::from_u32(u).map_or(OTHER, decomposed_bits))
            .collect()
    });
    Some(t[(u - TABLE_FIRST) as usize])
}

/// Unifies Vietnamese tone-mark placement to the old (classic) style, in NFC.
///
/// Vietnamese text writes the tone mark of a syllable with more than one vowel in two
/// styles: the "old" (classic) one, `hòa`, `khỏe`, `thủy`, and the "new" one, `hoà`,
/// `khoẻ`, `thuỷ`. Both are common, so the same word can fail to match itself.
/// This function rewrites every Vietnamese syllable to the **old style**, the
/// one most Vietnamese news sites use, in precomposed (NFC) form.
///
/// # Where the mark goes
///
/// A syllable is parsed as initial consonant + vowel cluster + final consonant. The
/// initials `qu` and `gi` (before another vowel) include their `u`/`i`, so those never
/// carry the mark (`quý`, `giá`, `giữ`; but `gì`, `gìn`, where `i` is the only vowel).
/// Then, within the vowel cluster:
///
/// 1. If a vowel has a quality mark (`ă â ê ô ơ ư`), the tone goes on it; for `ươ`, on
///    `ơ`: `người`, `thuyền`, `khuyến`, `tuần`, `huế`, `được`.
/// 2. Else a single vowel takes it: `má`.
/// 3. Else, with a final consonant (`c ch m n ng nh p t`), the last vowel: `hoàn`,
///    `hoạch`, `huỳnh`, `quýt`.
/// 4. Else three vowels: the middle one: `hoài`, `xoáy`, `khuỷu`, `ngoẻo`.
/// 5. Else (two vowels, no final): the first one: `hòa`, `khỏe`, `thủy`, `tài`, `múa`,
///    `mía`, `cáo`.
///
/// Rule 5 is where the styles differ (`oa`, `oe`, `uy`): new-style input `hoà`, `khoẻ`,
/// `thuỷ`, `uỷ` becomes `hòa`, `khỏe`, `thủy`, `ủy`. Marks put on the wrong vowel
/// altogether (`qúy`, `gìa`, `hòan`) are moved too. Case is kept per letter
/// (`HOÀ` → `HÒA`).
///
/// # What counts as a syllable
///
/// A word (a run of letters and combining marks) is rewritten only if it is a
/// well-formed Vietnamese syllable: letters from the Vietnamese alphabet (no `f j w z`),
/// quality marks only where Vietnamese has them, at most one tone mark, a known initial,
/// one of the Vietnamese vowel clusters, and a known final. Anything else (Russian,
/// English, `café`, `Erdoğan`, two tone marks) is left exactly as it was.
///
/// A syllable that is rewritten comes out NFC, so decomposed input (`hoa` + U+0300) is
/// composed. If the text has no tone mark at all and no separate Vietnamese combining
/// mark (the case for ASCII and for NFC text without tones), it is returned borrowed
/// without looking at the words. The result is [`Cow::Borrowed`] whenever nothing
/// changes, and the function is idempotent.
///
/// ```
/// use polynews::normalize::normalize_vi_tones;
/// assert_eq!(normalize_vi_tones("Khánh Hoà, sức khoẻ, thuỷ điện"), "Khánh Hòa, sức khỏe, thủy điện");
/// assert_eq!(normalize_vi_tones("HOÀ BÌNH"), "HÒA BÌNH");
/// assert_eq!(normalize_vi_tones("hoàn toàn, quý, giá, thuyền"), "hoàn toàn, quý, giá, thuyền");
/// assert!(matches!(normalize_vi_tones("Hòa Bình"), std::borrow::Cow::Borrowed(_)));
/// ```
#[must_use]
pub fn normalize_vi_tones(s: &str) -> Cow<'_, str> {
    if s.is_ascii() || !s.chars().any(needs_look) {
        return Cow::Borrowed(s);
    }
    let mut out: Option<String> = None;
    // Bytes of `s` already accounted for in `out`.
    let mut copied = 0;
    let mut word_start: Option<usize> = None;
    let mut word_ascii = true;
    let mut buf = ['\0'; MAX * 2];
    let mut flush = |start: usize, end: usize, out: &mut Option<String>, copied: &mut usize| {
        let word = &s[start..end];
        if settled(word) {
            return;
        }
        memo_rewrite(word, &mut buf, |fixed| {
            let o = out.get_or_insert_with(|| String::with_capacity(s.len()));
            o.push_str(&s[*copied..start]);
            o.push_str(fixed);
            *copied = end;
        });
    };
    for (i, c) in s.char_indices() {
        if crate::hash::is_alpha(c) || is_combining_mark(c) {
            if word_start.is_none() {
                word_start = Some(i);
                word_ascii = true;
            }
            word_ascii &= c.is_ascii();
        } else if let Some(start) = word_start.take() {
            if !word_ascii {
                flush(start, i, &mut out, &mut copied);
            }
        }
    }
    if let Some(start) = word_start {
        if !word_ascii {
            flush(start, s.len(), &mut out, &mut copied);
        }
    }
    match out {
        Some(mut o) => {
            o.push_str(&s[copied..]);
            Cow::Owned(o)
        }
        None => Cow::Borrowed(s),
    }
}

const VOWEL: u8 = 1;
const TONED: u8 = 2;
const QUALITY: u8 = 4;
const U_HORN: u8 = 8;
const O_HORN: u8 = 16;
const OTHER: u8 = 32;

/// What a precomposed letter is: vowel, tone mark, quality mark, `ư`/`ơ`; `OTHER` for
/// combining marks and anything that needs the full parse.
fn letter_bits(c: char) -> u8 {
    if c.is_ascii() {
        return match c.to_ascii_lowercase() {
            'a' | 'e' | 'i' | 'o' | 'u' | 'y' => VOWEL,
            _ => 0,
        };
    }
    table_bits(c).unwrap_or_else(|| decomposed_bits(c))
}

fn decomposed_bits(c: char) -> u8 {
    if is_combining_mark(c) {
        return OTHER;
    }
    let mut bits = 0;
    let mut base = '\0';
    decompose_canonical(c, |d| {
        if is_tone(d) {
            bits |= TONED;
        } else if d == HORN {
            bits |= QUALITY | if base == 'u' { U_HORN } else { O_HORN };
        } else if is_quality(d) {
            bits |= QUALITY;
        } else if base == '\0' {
            base = d.to_ascii_lowercase();
            if matches!(base, 'a' | 'e' | 'i' | 'o' | 'u' | 'y') {
                bits |= VOWEL;
            }
        } else {
            bits |= OTHER;
        }
    });
    bits
}

/// Whether a precomposed word's tone mark is where [`rewrite`] would put it anyway, decided
/// without parsing the syllable: no tone, a single vowel, or the tone on the vowel with the
/// quality mark (on `ơ` in `ươ`). Most Vietnamese syllables are settled this way.
fn settled(word: &str) -> bool {
    let (mut vowels, mut quality, mut prev) = (0, 0, 0u8);
    let mut toned: Option<(u8, u8)> = None; // (bits of the toned vowel, bits before it)
    for c in word.chars() {
        let b = letter_bits(c);
        if b & OTHER != 0 {
            return false;
        }
        vowels += usize::from(b & VOWEL != 0);
        quality += usize::from(b & QUALITY != 0);
        if b & TONED != 0 {
            if toned.is_some() {
                return false;
            }
            toned = Some((b, prev));
        }
        prev = b;
    }
    match toned {
        None => true,
        Some(_) if vowels <= 1 => true,
        // the tone on a quality vowel; in `ươ` only on `ơ`
        Some((b, before)) if b & QUALITY != 0 => {
            quality == 1 || b & O_HORN != 0 && before & U_HORN != 0
        }
        Some(_) => false,
    }
}

/// [`rewrite`] with a per-thread memo: the syllables that need the full parse are few and
/// recur constantly. `apply` gets the rewritten word when it differs.
fn memo_rewrite(word: &str, buf: &mut [char; MAX * 2], apply: impl FnOnce(&str)) {
    thread_local! {
        static MEMO: std::cell::RefCell<crate::hash::FxMap<Box<str>, Option<Box<str>>>> =
            Default::default();
    }
    let hit = MEMO.with(|m| m.borrow().get(word).cloned());
    let fixed = hit.unwrap_or_else(|| {
        let r: Option<Box<str>> = rewrite(word, buf).map(|len| buf[..len].iter().collect());
        MEMO.with(|m| {
            let mut m = m.borrow_mut();
            if m.len() >= 20_000 {
                m.clear();
            }
            m.insert(word.into(), r.clone());
        });
        r
    });
    if let Some(f) = fixed {
        apply(&f);
    }
}

/// One letter of a syllable, split into its parts.
#[derive(Clone, Copy)]
struct Letter {
    /// Lowercase base letter: `a`–`z` or `đ`.
    base: char,
    upper: bool,
    quality: Option<char>,
    tone: Option<char>,
}

const EMPTY: Letter = Letter {
    base: '\0',
    upper: false,
    quality: None,
    tone: None,
};

/// Rewrites `word` into `buf` if it is a Vietnamese syllable whose canonical form
/// differs from it; returns the number of chars written.
fn rewrite(word: &str, buf: &mut [char; MAX * 2]) -> Option<usize> {
    let mut letters = [EMPTY; MAX];
    let n = parse(word, &mut letters)?;
    let letters = &mut letters[..n];
    let tone = letters.iter().find_map(|l| l.tone);
    let target = target(letters)?;
    for l in letters.iter_mut() {
        l.tone = None;
    }
    letters[target].tone = tone;
    let mut len = 0;
    for l in letters.iter() {
        let base = if l.upper {
            l.base.to_uppercase().next().unwrap_or(l.base)
        } else {
            l.base
        };
        let marks = [l.quality, l.tone];
        for c in std::iter::once(base)
            .chain(marks.into_iter().flatten())
            .nfc()
        {
            *buf.get_mut(len)? = c;
            len += 1;
        }
    }
    if buf[..len].iter().copied().eq(word.chars()) {
        None
    } else {
        Some(len)
    }
}

/// Splits `word` into letters; `None` if it cannot be a Vietnamese syllable.
fn parse(word: &str, letters: &mut [Letter; MAX]) -> Option<usize> {
    let mut n: usize = 0;
    let mut tones = 0;
    let mut ok = true;
    for c in word.chars() {
        decompose_canonical(c, |d| {
            if !ok {
                return;
            }
            if is_combining_mark(d) {
                let Some(l) = n.checked_sub(1).map(|i| &mut letters[i]) else {
                    ok = false;
                    return;
                };
                if is_tone(d) && l.tone.is_none() {
                    l.tone = Some(d);
                    tones += 1;
                } else if is_quality(d) && l.quality.is_none() {
                    l.quality = Some(d);
                } else {
                    ok = false;
                }
                return;
            }
            let lower = crate::hash::lower_char(d);
            let valid = matches!(lower, 'a'..='z' | 'đ') && !matches!(lower, 'f' | 'j' | 'w' | 'z');
            if !valid || n == MAX {
                ok = false;
                return;
            }
            letters[n] = Letter {
                base: lower,
                upper: crate::hash::is_upper(d),
                quality: None,
                tone: None,
            };
            n += 1;
        });
        if !ok {
            return None;
        }
    }
    (n > 0 && tones <= 1).then_some(n)
}

/// The letter as a Vietnamese vowel (`a ă â e ê i o ô ơ u ư y`), if it is one.
fn vowel(l: &Letter) -> Option<char> {
    Some(match (l.base, l.quality) {
        ('a', None) => 'a',
        ('a', Some(BREVE)) => 'ă',
        ('a', Some(CIRCUMFLEX)) => 'â',
        ('e', None) => 'e',
        ('e', Some(CIRCUMFLEX)) => 'ê',
        ('i', None) => 'i',
        ('o', None) => 'o',
        ('o', Some(CIRCUMFLEX)) => 'ô',
        ('o', Some(HORN)) => 'ơ',
        ('u', None) => 'u',
        ('u', Some(HORN)) => 'ư',
        ('y', None) => 'y',
        _ => return None,
    })
}

const OPEN: u8 = 1;
const CLOSED: u8 = 2;
const BOTH: u8 = OPEN | CLOSED;

/// Vowel clusters of Vietnamese, with whether they occur without (`OPEN`) and with
/// (`CLOSED`) a final consonant.
const CLUSTERS: &[(&str, u8)] = &[
    ("a", BOTH),
    ("ă", CLOSED),
    ("â", CLOSED),
    ("e", BOTH),
    ("ê", BOTH),
    ("i", BOTH),
    ("o", BOTH),
    ("ô", BOTH),
    ("ơ", BOTH),
    ("u", BOTH),
    ("ư", BOTH),
    ("y", BOTH),
    ("ai", OPEN),
    ("ao", OPEN),
    ("au", OPEN),
    ("ay", OPEN),
    ("âu", OPEN),
    ("ây", OPEN),
    ("eo", OPEN),
    ("êu", OPEN),
    ("ia", OPEN),
    ("iê", CLOSED),
    ("iu", OPEN),
    ("oa", BOTH),
    ("oă", CLOSED),
    ("oe", BOTH),
    ("oi", OPEN),
    ("ôi", OPEN),
    ("ơi", OPEN),
    ("oo", CLOSED),
    ("ua", OPEN),
    ("uâ", CLOSED),
    ("uê", BOTH),
    ("ui", OPEN),
    ("uô", CLOSED),
    ("uơ", OPEN),
    ("uy", BOTH),
    ("ưa", OPEN),
    ("ưi", OPEN),
    ("ươ", CLOSED),
    ("ưu", OPEN),
    ("yê", CLOSED),
    ("iêu", OPEN),
    ("oai", OPEN),
    ("oay", OPEN),
    ("oeo", OPEN),
    ("uây", OPEN),
    ("uôi", OPEN),
    ("uya", OPEN),
    ("uyê", CLOSED),
    ("uyu", OPEN),
    ("ươi", OPEN),
    ("ươu", OPEN),
    ("yêu", OPEN),
];

const FINALS: &[&str] = &["c", "ch", "m", "n", "ng", "nh", "p", "t"];

/// Multi-letter initials, longest first; `gi` and `qu` are handled separately.
const INITIALS: &[&str] = &["ngh", "ng", "nh", "ch", "gh", "kh", "ph", "th", "tr"];

/// Checks the syllable shape: `Some(i)` if it is a syllable whose tone belongs on letter
/// `i`, `None` if it is not a syllable.
fn target(letters: &[Letter]) -> Option<usize> {
    let n = letters.len();
    let mut v = ['\0'; MAX];
    let mut is_v = [false; MAX];
    for (i, l) in letters.iter().enumerate() {
        match vowel(l) {
            Some(c) => {
                v[i] = c;
                is_v[i] = true;
            }
            None if l.quality.is_none() && l.tone.is_none() => v[i] = l.base,
            None => return None,
        }
    }
    let v = &v[..n];
    let is_v = &is_v[..n];

    // Initial consonant.
    let starts = |p: &str| p.chars().count() <= n && p.chars().zip(v).all(|(a, &b)| a == b);
    let init = if n >= 3 && (starts("gi") || starts("qu")) && is_v[2] {
        2
    } else if let Some(p) = INITIALS.iter().find(|p| starts(p)) {
        p.len()
    } else if is_v[0] {
        0
    } else if matches!(
        v[0],
        'b' | 'c'
            | 'd'
            | 'đ'
            | 'g'
            | 'h'
            | 'k'
            | 'l'
            | 'm'
            | 'n'
            | 'p'
            | 'r'
            | 's'
            | 't'
            | 'v'
            | 'x'
    ) {
        1
    } else {
        return None;
    };

    // Vowel cluster.
    let mut end = init;
    while end < n && is_v[end] {
        end += 1;
    }
    let len = end - init;
    if !(1..=3).contains(&len) {
        return None;
    }
    let cluster = &v[init..end];

    // Final consonant.
    let fin = &v[end..];
    let closed = !fin.is_empty();
    if closed && !FINALS.iter().any(|f| f.chars().eq(fin.iter().copied())) {
        return None;
    }
    let flags = CLUSTERS
        .iter()
        .find(|(c, _)| c.chars().eq(cluster.iter().copied()))?
        .1;
    if flags & if closed { CLOSED } else { OPEN } == 0 {
        return None;
    }

    // The tone may sit on any vowel, including the `i`/`u` of `gi`/`qu`, never elsewhere.
    if letters
        .iter()
        .zip(is_v)
        .any(|(l, &vow)| l.tone.is_some() && !vow)
    {
        return None;
    }

    let diacritic = cluster
        .iter()
        .rposition(|c| matches!(c, 'ă' | 'â' | 'ê' | 'ô' | 'ơ' | 'ư'));
    let k = match (diacritic, len, closed) {
        (Some(k), _, _) => k,
        (None, 1, _) => 0,
        (None, _, true) => len - 1,
        (None, 3, false) => 1,
        (None, _, false) => 0,
    };
    Some(init + k)
}

#[cfg(test)]
mod tests {
    use super::normalize_vi_tones as norm;
    use super::{rewrite, settled, CLUSTERS, MAX};
    use std::borrow::Cow;
    use unicode_normalization::UnicodeNormalization;

    fn owned(s: &str, want: &str) {
        let got = norm(s);
        assert!(matches!(got, Cow::Owned(_)), "{s:?} should change");
        assert_eq!(got, want, "{s:?}");
    }

    fn borrowed(s: &str) {
        let got = norm(s);
        assert!(
            matches!(got, Cow::Borrowed(_)),
            "{s:?} -> {got:?} should be borrowed"
        );
        assert_eq!(got, s);
    }

    /// The shortcut never skips a word the full rewrite would change: every syllable shape
    /// (initial × vowel cluster × final × tone, in both tone styles and in capitals).
    #[test]
    fn settled_words_need_no_rewrite() {
        let tones = ["", "\u{300}", "\u{301}", "\u{303}", "\u{309}", "\u{323}"];
        let mut buf = ['\0'; MAX * 2];
        let mut checked = 0;
        for (cluster, _) in CLUSTERS {
            let cl: Vec<char> = cluster.chars().collect();
            for init in ["", "b", "ngh", "qu", "gi", "tr"] {
                for fin in ["", "n", "ng", "ch"] {
                    for tone in tones {
                        for at in 0..cl.len() {
                            let mut w: String = init.to_string();
                            for (k, c) in cl.iter().enumerate() {
                                w.push(*c);
                                if k == at {
                                    w.push_str(tone);
                                }
                            }
                            w.push_str(fin);
                            for w in [
                                w.nfc().collect::<String>(),
                                w.to_uppercase().nfc().collect(),
                            ] {
                                if settled(&w) {
                                    checked += 1;
                                    assert_eq!(rewrite(&w, &mut buf), None, "{w}");
                                }
                            }
                        }
                    }
                }
            }
        }
        assert!(checked > 1000, "{checked}");
        assert!(settled("người") && settled("được") && settled("thuyền") && settled("và"));
        assert!(!settled("hoà") && !settled("ngừơi"));
    }

    #[test]
    fn new_style_oa_oe_uy_become_old_style() {
        owned("hoà", "hòa");
        owned("hoá", "hóa");
        owned("toà", "tòa");
        owned("khoẻ", "khỏe");
        owned("xoè", "xòe");
        owned("thuỷ", "thủy");
        owned("tuỳ", "tùy");
        owned("luỹ", "lũy");
        owned("uỷ ban", "ủy ban");
        owned("hoạ sĩ", "họa sĩ");
    }

    #[test]
    fn old_style_is_kept() {
        for s in [
            "hòa",
            "hóa",
            "khỏe",
            "thủy",
            "ủy ban",
            "Hòa Bình",
            "sức khỏe tốt",
        ] {
            borrowed(s);
        }
    }

    #[test]
    fn final_consonant_puts_mark_on_last_vowel() {
        borrowed("hoàn toàn");
        owned("hòan", "hoàn");
        owned("tóan", "toán");
        owned("hòach", "hoàch");
        owned("hụynh", "huỵnh");
        owned("hùynh", "huỳnh");
        borrowed("khoảng");
        borrowed("hoạch định");
    }

    #[test]
    fn qu_and_gi_initials() {
        borrowed("quý");
        borrowed("giá");
        borrowed("già");
        borrowed("quá");
        borrowed("quýt");
        borrowed("gì");
        borrowed("gìn giữ");
        owned("qúy", "quý");
        owned("qúa", "quá");
        owned("gía", "giá");
        owned("gìa", "già");
        owned("gíup", "giúp");
        owned("QÚY", "QUÝ");
        borrowed("quẹo");
        borrowed("giỏi");
    }

    #[test]
    fn quality_vowel_takes_the_mark() {
        borrowed("thuyền");
        borrowed("khuyến");
        borrowed("người");
        borrowed("được");
        borrowed("rượu");
        borrowed("tuần");
        borrowed("Huế");
        borrowed("hoặc");
        borrowed("thuở");
        owned("ngừơi", "người");
        owned("thúyên", "thuyến");
        owned("hóăc", "hoắc");
        owned("tìên", "tiền");
    }

    #[test]
    fn three_vowels_take_the_middle() {
        borrowed("hoài");
        borrowed("xoáy");
        borrowed("khuỷu");
        borrowed("ngoẻo");
        owned("hoaì", "hoài");
        owned("hòai", "hoài");
        owned("xoaý", "xoáy");
        owned("khủyu", "khuỷu");
    }

    #[test]
    fn two_vowels_open_take_the_first() {
        for s in [
            "tài", "cáo", "sáu", "máy", "kéo", "mía", "dịu", "nói", "túi", "múa", "cứu",
        ] {
            borrowed(s);
        }
        owned("taì", "tài");
        owned("muá", "múa");
        owned("miá", "mía");
    }

    #[test]
    fn decomposed_input_becomes_nfc() {
        owned("hoa\u{300}", "hòa");
        owned("ho\u{300}a", "hòa");
        owned("thuye\u{302}\u{300}n", "thuyền");
        owned("thuye\u{300}\u{302}n", "thuyền");
        owned("ngu\u{31b}o\u{31b}\u{300}i", "người");
        owned("kho\u{309}e", "khỏe");
        owned("khoe\u{309}", "khỏe");
        // Quality marks only, no tone: still composed.
        owned("da\u{302}n", "dân");
        // Legacy tone marks U+0340/U+0341.
        owned("hoa\u{341}", "hóa");
        // Precomposed quality vowel + separate tone.
        owned("ơ\u{300}", "ờ");
        let nfd: String = "Thủ tướng Nguyễn Xuân Phúc thăm Khánh Hoà".nfd().collect();
        assert_eq!(norm(&nfd), "Thủ tướng Nguyễn Xuân Phúc thăm Khánh Hòa");
    }

    #[test]
    fn uppercase() {
        owned("HOÀ", "HÒA");
        owned("Hoà", "Hòa");
        owned("THUỶ", "THỦY");
        owned("KHOẺ", "KHỎE");
        borrowed("ĐOÀN");
        owned("ĐÒAN", "ĐOÀN");
        owned("HOÀ BÌNH", "HÒA BÌNH");
        owned("hOà", "hÒa");
    }

    #[test]
    fn mixed_text() {
        owned(
            "Ông Nguyễn Xuân Phúc (Nguyen Xuan Phuc) gặp Путин ở Hoà Bình, Erdoğan và café.",
            "Ông Nguyễn Xuân Phúc (Nguyen Xuan Phuc) gặp Путин ở Hòa Bình, Erdoğan và café.",
        );
        owned("«Hoà»—thuỷ;khoẻ", "«Hòa»—thủy;khỏe");
        borrowed("hoà\u{301} thuỷ\u{300}"); // two tones: not a syllable, unchanged
    }

    #[test]
    fn not_syllables_are_unchanged() {
        for s in [
            "café",
            "José Pérez",
            "Erdoğan",
            "São Paulo",
            "déjà vu",
            "Пу\u{301}тин",
            "Путин",
            "fòa",
            "hoàx",
            "hòà",
            "\u{300}hoa",
            "oàoa",
            "Zürich",
            "wà",
        ] {
            borrowed(s);
        }
    }

    #[test]
    fn fast_path_borrows() {
        borrowed("");
        borrowed("plain ascii text, 123");
        borrowed("Nguyen Xuan Phuc");
        borrowed("Việt Nam"); // NFC with tones, already old style
        borrowed("dân tộc Đông Nam Á");
        borrowed("Москва, Россия");
    }

    #[test]
    fn every_cluster_and_tone_is_a_fixed_point() {
        let tones = ['\u{300}', '\u{301}', '\u{303}', '\u{309}', '\u{323}'];
        for &(cluster, flags) in super::CLUSTERS {
            for fin in ["", "n"] {
                if (fin.is_empty() && flags & super::OPEN == 0)
                    || (!fin.is_empty() && flags & super::CLOSED == 0)
                {
                    continue;
                }
                let n = cluster.chars().count();
                for pos in 0..n {
                    for t in tones {
                        let word: String = std::iter::once('t')
                            .chain(cluster.chars().enumerate().flat_map(|(i, c)| {
                                std::iter::once(c).chain((i == pos).then_some(t))
                            }))
                            .chain(fin.chars())
                            .nfc()
                            .collect();
                        let once = norm(&word).into_owned();
                        assert_eq!(norm(&once), once, "{word:?}");
                        // Exactly one tone survives, wherever it was put.
                        let marks = once.nfd().filter(|c| tones.contains(c)).count();
                        assert_eq!(marks, 1, "{word:?} -> {once:?}");
                        // And all placements of one tone agree.
                        let first: String =
                            std::iter::once('t')
                                .chain(cluster.chars().enumerate().flat_map(|(i, c)| {
                                    std::iter::once(c).chain((i == 0).then_some(t))
                                }))
                                .chain(fin.chars())
                                .nfc()
                                .collect();
                        assert_eq!(once, norm(&first), "{word:?}");
                    }
                }
            }
        }
    }

    /// Deterministic pseudo-random strings, heavy on marks and Vietnamese letters.
    fn generated() -> Vec<String> {
        const PIECES: &[&str] = &[
            "a", "o", "e", "u", "i", "y", "h", "q", "g", "n", "t", "c", "k", "ng", "qu", "gi", "ư",
            "ơ", "ô", "â", "ă", "ê", "đ", "Đ", "A", "O", "U", "Y", "\u{300}", "\u{301}", "\u{303}",
            "\u{309}", "\u{323}", "\u{302}", "\u{306}", "\u{31b}", "\u{308}", "à", "ỷ", "ẻ", "ớ",
            "п", "ё", "é", "ß", " ", "-", ",", "1", "\u{340}", "😀", "\u{200d}",
        ];
        let mut state: u64 = 0x2545_F491_4F6C_DD1D;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        (0..2000)
            .map(|_| {
                let len = (next() % 12) as usize;
                (0..len)
                    .map(|_| PIECES[(next() % PIECES.len() as u64) as usize])
                    .collect()
            })
            .collect()
    }

    #[test]
    fn never_panics_and_is_idempotent() {
        for s in generated() {
            let once = norm(&s).into_owned();
            assert_eq!(norm(&once), once, "{s:?}");
        }
    }

    #[test]
    fn idempotent_on_text() {
        let text = "Thủ tướng Phạm Minh Chính, Bộ trưởng Bùi Thanh Sơn; Khánh Hoà, Thanh Hoá, \
                    thuỷ lợi, hoà bình, sức khoẻ, quý khách, giá cả, uỷ ban, khuyến khích.";
        let once = norm(text).into_owned();
        assert_eq!(
            once,
            "Thủ tướng Phạm Minh Chính, Bộ trưởng Bùi Thanh Sơn; Khánh Hòa, Thanh Hóa, \
             thủy lợi, hòa bình, sức khỏe, quý khách, giá cả, ủy ban, khuyến khích."
        );
        assert!(matches!(norm(&once), Cow::Borrowed(_)));
    }
}
