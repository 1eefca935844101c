//! The token trie: an automaton whose transitions are token match keys.

use crate::hash::FxMap;
use crate::segment::{tokenize_lower_prefix, Tok, TokKind};
use crate::Span;

/// A lexicon name found in a text.
///
/// ```
/// let lex = polynews::lexicon::Lexicon::builtin();
/// let h = lex.find("in Kazakhstan")[0];
/// assert_eq!((h.span.start, h.tokens), (3, 1));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// Where the name is.
    pub span: Span,
    /// Index of the entry ([`super::Lexicon::entry`]).
    pub entry: u32,
    /// How many tokens it covers.
    pub tokens: usize,
}

#[derive(Debug, Clone, Default)]
pub(crate) struct Trie {
    /// (node, key) → (next node, the best entry ending at it or `u32::MAX`): one probe per
    /// token gives both.
    edges: FxMap<(u32, u64), (u32, u32)>,
    /// Per node: the best entry ending here, `u32::MAX` when none. Node 0 is the root.
    entry: Vec<u32>,
    /// A one-hash Bloom filter over the keys of the root's edges: most tokens start no name,
    /// and one bit test turns them away before a probe into the (large) edge map.
    root_filter: crate::hash::HashFilter,
}

/// FxHash-style hash of a token's match key.
pub(crate) fn hash_key(s: &str) -> u64 {
    // the phrase tables' hash: a token's key reuses the hash its context computed once
    crate::hash::fx_str(s)
}

/// log2 of the slots of the per-thread stem-hash memo (16 bytes each).
const STEM_MEMO_BITS: u32 = 16;

/// Hash of a Cyrillic word's matching stem, memoized per thread by the word's own hash in a
/// direct-mapped table (a newer word takes the slot of an older one): words recur, and
/// stemming is the costly part of a key.
fn stem_hash(lower: &str, lower_hash: u64) -> u64 {
    thread_local! {
        static MEMO: std::cell::RefCell<Vec<(u64, u64)>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    let slot = (lower_hash >> (64 - STEM_MEMO_BITS)) as usize;
    let cached = MEMO.with(|m| {
        m.borrow()
            .get(slot)
            .filter(|e| e.0 == lower_hash)
            .map(|e| e.1)
    });
    if let Some(h) = cached {
        return h;
    }
    let h = hash_key(super::ru_morph::stem(lower));
    MEMO.with(|m| {
        let mut m = m.borrow_mut();
        if m.is_empty() {
            // an empty slot holds a hash that belongs in another slot: it never matches
            let empty = |i: u64| ((i ^ 1) << (64 - STEM_MEMO_BITS), 0);
            m.extend((0..1u64 << STEM_MEMO_BITS).map(empty));
        }
        m[slot] = (lower_hash, h);
    });
    h
}

fn is_cyrillic_word(s: &str) -> bool {
    s.chars()
        .next()
        .is_some_and(|c| ('\u{400}'..='\u{52F}').contains(&c))
}

/// Match key of one token: lowercase; Cyrillic words stemmed (also in capitals, `МОСКВА`,
/// past four letters); all-caps short words marked so that `US` does not match `us`.
pub(crate) fn token_key(orig: &str, lower: &str, tok: &Tok) -> u64 {
    token_key_hashed(orig, lower, tok, hash_key(lower))
}

/// [`token_key`] of a token whose lowercase form's [`hash_key`] is known.
pub(crate) fn token_key_hashed(orig: &str, lower: &str, tok: &Tok, lower_hash: u64) -> u64 {
    // counted only for words in capitals
    let short = tok.upper && orig.chars().count() <= 4;
    let h = if tok.kind == TokKind::Word && is_cyrillic_word(lower) && !short {
        stem_hash(lower, lower_hash)
    } else {
        lower_hash
    };
    if short {
        h ^ 0x5555
    } else {
        h
    }
}

pub(super) fn token_keys(text: &str, lower: &str, toks: &[Tok]) -> Vec<u64> {
    toks.iter()
        .map(|t| token_key(&text[t.start..t.end], &lower[t.start..t.end], t))
        .collect()
}

impl Trie {
    pub(crate) fn insert(
        &mut self,
        name: &str,
        id: u32,
        rank: (u8, u64),
        ranks: impl Fn(u32) -> (u8, u64),
    ) {
        if self.entry.is_empty() {
            self.entry.push(u32::MAX);
        }
        let (toks, lower) = tokenize_lower_prefix(name, true, usize::MAX);
        if toks.is_empty() {
            return;
        }
        let mut node = 0u32;
        let mut last = (0u32, 0u64);
        for t in &toks {
            let k = token_key(&name[t.start..t.end], &lower[t.start..t.end], t);
            let next = self.entry.len() as u32;
            let from = node;
            node = self.edges.entry((node, k)).or_insert((next, u32::MAX)).0;
            last = (from, k);
            if node == next {
                self.entry.push(u32::MAX);
                if from == 0 {
                    let edges = &self.edges;
                    self.root_filter
                        .add(k, || edges.keys().filter(|(f, _)| *f == 0).map(|&(_, k)| k));
                }
            }
        }
        let slot = &mut self.entry[node as usize];
        if *slot == u32::MAX || ranks(*slot) < rank {
            *slot = id;
            if let Some(e) = self.edges.get_mut(&last) {
                e.1 = id;
            }
        }
    }

    /// Whether a name may start with a token of this key (no false negatives).
    pub(crate) fn may_start(&self, key: u64) -> bool {
        self.root_filter.may_contain(key)
    }

    /// Longest match at the start of `keys`: (tokens, entry).
    pub(crate) fn longest(&self, keys: &[u64]) -> Option<(usize, u32)> {
        self.longest_by(|i| keys.get(i).copied())
    }

    /// Longest match where `key(i)` gives the i-th token's key on demand (`None` past the end),
    /// so keys are only computed where the walk goes.
    pub(crate) fn longest_by(&self, key: impl Fn(usize) -> Option<u64>) -> Option<(usize, u32)> {
        let mut node = 0u32;
        let mut best = None;
        let mut i = 0;
        while let Some(k) = key(i) {
            if i == 0 && !self.root_filter.may_contain(k) {
                return None;
            }
            i += 1;
            let e;
            match self.edges.get(&(node, k)) {
                Some(&(n, best_here)) => (node, e) = (n, best_here),
                None => break,
            }
            if e != u32::MAX {
                best = Some((i, e));
            }
        }
        best
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn memoized_stem_hashes_equal_fresh_ones() {
        let fresh = |w: &str| hash_key(crate::lexicon::ru_morph::stem(w));
        // in a thread of its own, so that the memo starts empty
        std::thread::spawn(move || {
            let words = [
                "москвы",
                "путиным",
                "переговоры",
                "дом",
                "карабаха",
                "москве",
            ];
            for _ in 0..2 {
                for w in words {
                    assert_eq!(stem_hash(w, hash_key(w)), fresh(w), "{w}");
                }
            }
            // hashes that look like the marks of empty slots are still looked up as words
            for s in [0u64, 1, 2, 3] {
                let h = s << (64 - STEM_MEMO_BITS);
                assert_eq!(stem_hash("сторона", h), fresh("сторона"));
            }
        })
        .join()
        .unwrap();
    }
}
