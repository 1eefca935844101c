//! Whatlang's detection of a Latin-script text, computed exactly but from an index.
//!
//! `whatlang::Detector::detect` scores a Latin text against 36 language profiles of 300
//! trigrams each by looking every profile trigram up in the text's trigrams: about 11,000
//! hash lookups, some 570,000 instructions whatever the text's length. That dominated the cost
//! of a short record (a headline, or a few words in a language other than English) by a
//! hundred times. Here the profiles are inverted once into trigram → (language, rank), so a
//! text pays one lookup per distinct trigram of its own; the distances, scores, their
//! combination with whatlang's alphabet scores and the confidence are computed as whatlang
//! computes them, with the same sorts on the same vectors so that ties break alike. A test
//! checks the result (language and confidence, bit for bit) against whatlang on every text
//! of the repository's test data, cut at many lengths, and on random text.
//!
//! The profiles and alphabets are whatlang's own, generated into `src/data/langid/` by
//! `scripts/gen_latin_trigrams.py` from the whatlang source in `Cargo.lock` (whatlang does not
//! export them).

use hashbrown::HashMap;
use std::cmp::Reverse;
use std::sync::OnceLock;
use whatlang::{Detector, Lang as W, Script};

const PROFILES: &str = include_str!("../data/langid/latin_trigrams.tsv");
const ALPHABETS: &str = include_str!("../data/langid/latin_alphabets.tsv");

/// Whatlang's constants: the distance of a trigram missing from the text, the total cap,
/// how many of the text's trigrams are ranked, and the reliability threshold.
const MAX_TRIGRAM_DISTANCE: u32 = 300;
const MAX_TOTAL_DISTANCE: u32 = MAX_TRIGRAM_DISTANCE * MAX_TRIGRAM_DISTANCE;
const TEXT_TRIGRAMS_SIZE: usize = 600;
const RELIABLE_CONFIDENCE: f64 = 0.9;

/// A language guess, as `whatlang::Info` gives it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Guess {
    pub lang: W,
    pub confidence: f64,
}

impl Guess {
    /// Whatlang's `Info::is_reliable`.
    pub fn is_reliable(&self) -> bool {
        self.confidence > RELIABLE_CONFIDENCE
    }
}

/// What `Detector::new().detect(text)` returns: the fast path for Latin-script text, whatlang
/// itself for the other scripts.
pub(crate) fn detect(text: &str) -> Option<Guess> {
    match whatlang::detect_script(text)? {
        Script::Latin => Some(latin(text)),
        _ => Detector::new().detect(text).map(|i| Guess {
            lang: i.lang(),
            confidence: i.confidence(),
        }),
    }
}

/// [`Index::ascii`] of a character in no alphabet.
const NO_LETTER: u16 = u16::MAX;

/// The inverted profiles.
struct Index {
    /// Languages in whatlang's profile order, with their profile lengths.
    langs: Vec<(W, u32)>,
    /// Mixed trigram key → range of `hits`.
    postings: HashMap<u64, (u32, u32), crate::hash::FxBuild>,
    /// (language index, rank in its profile), grouped by trigram.
    hits: Vec<(u8, u16)>,
    /// Whatlang's Latin languages (`Script::Latin.langs()`), the order of alphabet scores.
    script_langs: &'static [W],
    /// Each alphabet character, sorted, with the set of `script_langs` positions that write
    /// it (a bit each).
    alphabet: Vec<(char, u64)>,
    /// The `alphabet` index of each ASCII character ([`NO_LETTER`] for those in none).
    ascii: [u16; 128],
    /// Whether the profiles' languages are the `script_langs`.
    same_langs: bool,
}

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| build(PROFILES, ALPHABETS))
}

fn rows(tsv: &str) -> impl Iterator<Item = (W, std::str::Split<'_, char>)> {
    tsv.lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .filter_map(|line| {
            let mut fields = line.split('\t');
            let lang = W::from_code(fields.next()?)?;
            Some((lang, fields))
        })
}

/// The index of the trigram profiles and alphabets (the data files' text).
fn build(profiles: &str, alphabets: &str) -> Index {
    let mut langs = Vec::new();
    let mut by_key: Vec<(u64, u8, u16)> = Vec::new();
    for (lang, fields) in rows(profiles) {
        let li = langs.len() as u8;
        let mut n = 0u32;
        for (rank, t) in fields.enumerate() {
            let mut cs = t.chars();
            if let (Some(a), Some(b), Some(c), None) = (cs.next(), cs.next(), cs.next(), cs.next())
            {
                by_key.push((key(a, b, c), li, rank as u16));
                n += 1;
            }
        }
        langs.push((lang, n));
    }
    by_key.sort_unstable();
    let mut postings = HashMap::with_capacity_and_hasher(by_key.len(), Default::default());
    let mut hits = Vec::with_capacity(by_key.len());
    for group in by_key.chunk_by(|x, y| x.0 == y.0) {
        let from = hits.len() as u32;
        hits.extend(group.iter().map(|&(_, l, r)| (l, r)));
        postings.insert(group[0].0, (from, hits.len() as u32));
    }
    let script_langs = Script::Latin.langs();
    let same_langs =
        langs.len() == script_langs.len() && langs.iter().all(|(l, _)| script_langs.contains(l));
    let alphabet = build_alphabets(alphabets, script_langs);
    let mut ascii = [NO_LETTER; 128];
    for (i, &(c, _)) in alphabet.iter().enumerate().filter(|(_, x)| x.0.is_ascii()) {
        ascii[c as usize] = i as u16;
    }
    Index {
        same_langs,
        langs,
        postings,
        hits,
        script_langs,
        alphabet,
        ascii,
    }
}

/// The alphabet characters with the languages (positions in `script_langs`) that write them.
fn build_alphabets(tsv: &str, script_langs: &[W]) -> Vec<(char, u64)> {
    let mut by_char: Vec<(char, u64)> = Vec::new();
    for (lang, mut fields) in rows(tsv) {
        // a bit per language: a 65th language would have none (the tests check 36)
        let Some(bit) = script_langs
            .iter()
            .position(|&l| l == lang)
            .filter(|&b| b < 64)
        else {
            continue;
        };
        for c in fields.next().unwrap_or_default().chars() {
            by_char.push((c, 1 << bit));
        }
    }
    by_char.sort_unstable();
    let mut out: Vec<(char, u64)> = Vec::new();
    for (c, bit) in by_char {
        match out.last_mut() {
            Some(last) if last.0 == c => last.1 |= bit,
            _ => out.push((c, bit)),
        }
    }
    out
}

/// Whatlang's alphabet scores of a lowercased text (`alphabet_calculate_scores`): each
/// language scores the text's letters in its alphabet less those outside it, floored at 0,
/// over the number of letters; languages by score, and the number of letters.
fn alphabet_scores(lower: &str) -> (Vec<(W, f64)>, usize) {
    let ix = index();
    // as whatlang: 2 per letter to the letter's score, then each letter's score to its
    // languages, or to all of them at once when every language writes it
    let mut char_scores = vec![0usize; ix.alphabet.len()];
    let mut max_raw_score = 0usize;
    for c in lower.chars().filter(|&c| to_trigram_char(c) != ' ') {
        max_raw_score += 1;
        let i = match c.is_ascii() {
            true => Some(ix.ascii[c as usize] as usize).filter(|&i| i != NO_LETTER as usize),
            false => ix.alphabet.binary_search_by_key(&c, |x| x.0).ok(),
        };
        if let Some(i) = i {
            char_scores[i] += 2;
        }
    }
    let all = ix.script_langs.len() as u32;
    let mut lang_scores = vec![0usize; ix.script_langs.len()];
    let mut common = 0usize;
    for (&(_, langs), &score) in ix.alphabet.iter().zip(&char_scores) {
        if score == 0 {
            continue;
        }
        if langs.count_ones() == all {
            common += score;
            continue;
        }
        let mut l = langs;
        while l != 0 {
            lang_scores[l.trailing_zeros() as usize] += score;
            l &= l - 1;
        }
    }
    let mut raw: Vec<(W, usize)> = ix
        .script_langs
        .iter()
        .zip(&lang_scores)
        .map(|(&l, &s)| (l, (s + common).saturating_sub(max_raw_score)))
        .collect();
    raw.sort_unstable_by_key(|(_, score)| Reverse(*score));
    let scores = raw
        .iter()
        .map(|&(l, s)| (l, s as f64 / max_raw_score as f64))
        .collect();
    (scores, max_raw_score)
}

/// A trigram packed in whatlang's order: the first char most significant, so that packed
/// trigrams compare as whatlang's `Trigram`s do.
#[inline]
fn pack(a: char, b: char, c: char) -> u64 {
    (a as u64) << 42 | (b as u64) << 21 | c as u64
}

/// A packed trigram mixed by a bijection, so that the hasher's low bits depend on every
/// character: the key of the postings.
#[inline]
fn mix(packed: u64) -> u64 {
    let h = packed.wrapping_mul(MIX);
    h ^ (h >> 29)
}

const MIX: u64 = 0x9e37_79b9_7f4a_7c15;
/// `MIX * MIX_INVERSE == 1` modulo 2^64 (a test checks it).
const MIX_INVERSE: u64 = {
    // Newton's iteration doubles the correct low bits each step: 3 → 6 → … → 96
    let mut x = MIX;
    let mut i = 0;
    while i < 5 {
        x = x.wrapping_mul(2u64.wrapping_sub(MIX.wrapping_mul(x)));
        i += 1;
    }
    x
};

/// The packed trigram of a [`mix`]: the inverse of the xor-shift, then of the multiplication
/// (by the multiplicative inverse of the odd constant modulo 2^64).
#[inline]
fn unmix(h: u64) -> u64 {
    let mut x = h ^ (h >> 29);
    x ^= x >> 58;
    x.wrapping_mul(MIX_INVERSE)
}

/// [`mix`] of a trigram.
#[inline]
fn key(a: char, b: char, c: char) -> u64 {
    mix(pack(a, b, c))
}

/// Whatlang's `is_stop_char`: ASCII punctuation, digits, space and controls.
#[inline]
fn to_trigram_char(c: char) -> char {
    match c {
        '\u{0}'..='\u{40}' | '\u{5b}'..='\u{60}' | '\u{7b}'..='\u{7e}' => ' ',
        _ => c,
    }
}

/// The text's trigrams ranked as whatlang ranks them (by count, then by the trigram, both
/// descending), the first 600: `(mixed key, rank)`. Counted in a hash map by packed trigram,
/// then ranked by sorting the integers `count << 64 | trigram`.
fn ranked_trigrams(lower: &str) -> Vec<(u64, u32)> {
    let mut counts: HashMap<u64, u32, crate::hash::FxBuild> =
        HashMap::with_capacity_and_hasher(lower.len() + 1, Default::default());
    let mut chars = lower.chars().map(to_trigram_char).chain(Some(' '));
    let (mut c1, mut c2) = (' ', chars.next().unwrap_or(' '));
    for c3 in chars {
        if !(c2 == ' ' && (c1 == ' ' || c3 == ' ')) {
            // keyed by the mixed form: the hasher's low bits must see every character
            *counts.entry(key(c1, c2, c3)).or_insert(0) += 1;
        }
        (c1, c2) = (c2, c3);
    }
    let mut by_count: Vec<u128> = counts
        .into_iter()
        .map(|(k, n)| u128::from(n) << 64 | u128::from(unmix(k)))
        .collect();
    by_count.sort_unstable_by(|a, b| b.cmp(a));
    by_count
        .into_iter()
        .take(TEXT_TRIGRAMS_SIZE)
        .enumerate()
        .map(|(i, k)| (mix(k as u64), i as u32))
        .collect()
}

/// Whatlang's trigram scores of a lowercased text: languages by distance, and the number
/// of the text's ranked trigrams.
fn trigram_scores(lower: &str) -> (Vec<(W, f64)>, usize) {
    let ix = index();
    let ranked = ranked_trigrams(lower);
    let count = ranked.len() as u32;
    // per language: the sum of rank differences of the found trigrams, and their number
    let mut found = vec![(0u32, 0u32); ix.langs.len()];
    for &(k, n) in &ranked {
        if let Some(&(from, to)) = ix.postings.get(&k) {
            for &(l, rank) in &ix.hits[from as usize..to as usize] {
                let f = &mut found[l as usize];
                f.0 += n.abs_diff(rank as u32);
                f.1 += 1;
            }
        }
    }
    let mut distances: Vec<(W, u32)> = ix
        .langs
        .iter()
        .zip(&found)
        .map(|(&(lang, len), &(sum, hits))| {
            // whatlang's u32 arithmetic, wrapping as its release build does (it cannot
            // wrap with profiles of 300 trigrams, but no input may make this panic)
            let missing = len.wrapping_sub(hits).wrapping_mul(MAX_TRIGRAM_DISTANCE);
            let mut total = sum.wrapping_add(missing);
            if MAX_TRIGRAM_DISTANCE > count {
                total = total.wrapping_sub((MAX_TRIGRAM_DISTANCE - count) * MAX_TRIGRAM_DISTANCE);
            }
            (lang, total.min(MAX_TOTAL_DISTANCE))
        })
        .collect();
    // The order only decides where languages missing from the alphabet scores are listed;
    // when there are none, whatlang's sort need not be repeated.
    if !ix.same_langs {
        distances.sort_unstable_by_key(|(_, d)| *d);
    }
    let max = count * MAX_TRIGRAM_DISTANCE;
    let scores = distances
        .iter()
        .map(|&(lang, d)| (lang, max.wrapping_sub(d) as f64 / max as f64))
        .collect();
    (scores, ranked.len())
}

/// Whatlang's `Combined` method on a Latin-script text.
fn latin(text: &str) -> Guess {
    let lower = text.to_lowercase();
    let (alphabet, letters) = alphabet_scores(&lower);
    let (trigram, count) = trigram_scores(&lower);
    // whatlang lists the alphabet's languages, then the trigrams' others, and finds each
    // language's two scores in the lists; each language is in a list at most once
    let n = W::all().len();
    let (mut a, mut t, mut seen) = (vec![0.0; n], vec![0.0; n], vec![false; n]);
    alphabet.iter().for_each(|&(l, s)| a[l as usize] = s);
    trigram.iter().for_each(|&(l, s)| t[l as usize] = s);
    let alphabet_weight = (-(letters as f64 / 300.0) + 2.0 / 3.0).clamp(1.0 / 3.0, 2.0 / 3.0);
    let trigram_weight = 1.0 - alphabet_weight;
    let mut scores: Vec<(W, f64)> = alphabet
        .iter()
        .chain(&trigram)
        .filter(|&&(l, _)| !std::mem::replace(&mut seen[l as usize], true))
        .map(|&(l, _)| {
            (
                l,
                a[l as usize] * alphabet_weight + t[l as usize] * trigram_weight,
            )
        })
        .collect();
    scores.sort_unstable_by(|a, b| b.1.partial_cmp(&a.1).unwrap_or(std::cmp::Ordering::Less));
    let (lang, first) = scores.first().copied().unwrap_or((W::Eng, 0.0));
    let confidence = scores
        .get(1)
        .map_or(1.0, |&(_, second)| confidence(first, second, count));
    Guess { lang, confidence }
}

/// Whatlang's `calculate_confidence`.
fn confidence(highest: f64, second: f64, count: usize) -> f64 {
    if highest == 0.0 {
        return 0.0;
    }
    if second == 0.0 {
        return highest;
    }
    let confident_rate = (3.0 / count as f64) + 0.015;
    let rate = (highest - second) / second;
    if rate > confident_rate {
        1.0
    } else {
        rate / confident_rate
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn whatlang(text: &str) -> Option<Guess> {
        Detector::new().detect(text).map(|i| Guess {
            lang: i.lang(),
            confidence: i.confidence(),
        })
    }

    fn check(text: &str) {
        let (fast, slow) = (detect(text), whatlang(text));
        assert_eq!(
            fast.map(|g| (g.lang, g.confidence.to_bits())),
            slow.map(|g| (g.lang, g.confidence.to_bits())),
            "{text:?}"
        );
    }

    /// Prefixes of `text` at many lengths, cut on char boundaries.
    fn prefixes(text: &str) -> impl Iterator<Item = &str> {
        let ends = (1..24)
            .step_by(2)
            .chain((24..400).step_by(37))
            .chain([1536]);
        ends.filter_map(move |n| {
            let mut end = n.min(text.len());
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            (end > 0).then(|| &text[..end])
        })
    }

    #[test]
    fn unmix_inverts_mix() {
        assert_eq!(MIX.wrapping_mul(MIX_INVERSE), 1);
        for (a, b, c) in [(' ', 'd', 'e'), ('ó', 'n', ' '), ('\u{10FFFF}', 'ǅ', 'z')] {
            assert_eq!(unmix(key(a, b, c)), pack(a, b, c));
        }
    }

    #[test]
    fn the_profiles_are_whatlangs_latin_languages() {
        let ix = index();
        assert_eq!(ix.langs.len(), 36);
        assert!(ix
            .langs
            .iter()
            .all(|&(l, n)| n == 300 && l.code().len() == 3));
        assert_eq!(ix.hits.len(), 36 * 300);
        assert_eq!(ix.script_langs.len(), 36);
        assert!(ix.same_langs);
        // every Latin language has an alphabet: `b` is in all of them
        let b = ix.alphabet.iter().find(|x| x.0 == 'b').unwrap().1;
        assert_eq!(b.count_ones(), 36);
    }

    #[test]
    fn equals_whatlang_on_the_test_data_at_many_lengths() {
        let root = env!("CARGO_MANIFEST_DIR");
        let mut texts = Vec::new();
        for f in ["tests/data/en_ner_dev.jsonl", "tests/data/vi_ner_dev.jsonl"] {
            let s = std::fs::read_to_string(format!("{root}/{f}")).unwrap();
            for line in s.lines() {
                let v: serde_json::Value = serde_json::from_str(line).unwrap();
                texts.push(v["text"].as_str().unwrap().to_string());
            }
        }
        texts.extend(crate::test_articles());
        assert!(texts.len() > 100, "{}", texts.len());
        for t in &texts {
            prefixes(t).for_each(check);
        }
    }

    #[test]
    fn equals_whatlang_on_other_latin_languages() {
        for t in [
            "Die Bundesregierung hat am Mittwoch neue Maßnahmen beschlossen.",
            "Le gouvernement français a annoncé mercredi de nouvelles mesures économiques.",
            "El presidente del Gobierno anunció ayer una reforma de las pensiones.",
            "Il governo italiano ha approvato giovedì il decreto sull'energia.",
            "O presidente brasileiro anunciou nesta quinta-feira um novo pacote.",
            "Rząd przyjął w środę projekt ustawy o zmianie przepisów podatkowych.",
            "De Nederlandse regering heeft dinsdag nieuwe maatregelen aangekondigd.",
            "Hükümet çarşamba günü yeni ekonomik önlemler açıkladı.",
            "Vláda ve středu schválila návrh zákona o státním rozpočtu.",
            "Regeringen presenterade på onsdagen ett nytt förslag om skatter.",
            "Kormány szerdán új gazdasági intézkedéseket jelentett be.",
            "Pemerintah Indonesia mengumumkan kebijakan baru pada hari Rabu.",
            "Hallitus esitteli keskiviikkona uuden talousarvion.",
            "Vlada je v sredo sprejela nov predlog zakona.",
            "Guvernul a aprobat miercuri un nou pachet de măsuri.",
            "Bà Nguyễn Thị Kim Ngân phát biểu tại hội nghị ngày 24/11.",
            "Breaking: markets fall",
            "a",
            "ß",
            "e e e e",
            "x-y z 12 ab'cd \"q\" ä ö ü",
        ] {
            prefixes(t).for_each(check);
        }
    }

    proptest! {
        // a failing case is printed; no regression file is written outside `src` and `tests`
        #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::default() })]
        #[test]
        fn equals_whatlang_on_random_latin_text(t in "[a-zA-Zäöüßéèàçñõãąęłśżźčšžőűăâîşţđơư ,.'-]{1,120}") {
            check(&t);
        }
    }
}
