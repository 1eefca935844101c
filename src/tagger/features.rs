//! The tagger's 37 feature templates, and the emission sums of a text.
//!
//! A template is a numbered function of a token and its neighbours; a feature is the bucket
//! of the template's number and value (see [`bucket`]). The templates fall in groups by what
//! they read:
//!
//! * [`OWN`]: the token alone (its forms, affixes, shape, class and gazetteer bits);
//! * [`PREV1`], [`NEXT1`], [`PREV2`], [`NEXT2`]: one neighbour alone, the token one or two
//!   before or after;
//! * [`JOINT`]: the token together with its neighbours, or with the document.
//!
//! Training reads every feature of every token ([`Context::features`]). Tagging only needs
//! each token's score per label, the sum of its features' weight rows, and most of that sum
//! does not depend on where a word stands: the rows of a word type's own templates, and of
//! the templates that read it as a neighbour, are summed once per word type and kept in a
//! bounded per-thread cache ([`Emitter`]). Sums of packed rows are exact (see `pack`), so the
//! scores are the same as summing the 37 rows of every token.

use super::{fx, Row, Tok, C_STOP, F_NEWLINE};
use std::cell::RefCell;

pub(super) const N_FEATS: usize = 37;
const BOS: u64 = 0x5eed_0001;
const EOS: u64 = 0x5eed_0002;

/// The bucket of feature template `k` with value `v`.
#[inline]
pub(super) fn bucket(k: usize, v: u64, shift: u32) -> u32 {
    let seed = (k as u64 + 1).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    ((v ^ seed).wrapping_mul(0x2545_f491_4f6c_dd1d) >> shift) as u32
}

/// Templates of the token alone: bias, lowercased form, suffixes of 2, 3, 4 chars, prefix
/// of 3, shape, suffix with class, prefix of 5, stem, suffix of 1, prefix of 2, gazetteer
/// bits with class, stem less the case ending.
const OWN: [usize; 14] = [0, 1, 2, 3, 4, 5, 6, 20, 23, 24, 26, 27, 30, 36];

#[inline]
fn own(t: &Tok) -> [u64; 14] {
    [
        0,
        t.lw,
        t.suf2,
        t.suf3,
        t.suf4,
        t.pre3,
        t.shape,
        fx(t.suf3, t.class as u64),
        t.pre5,
        t.stem,
        t.suf1,
        t.pre2,
        fx(t.gaz as u64, t.class as u64),
        t.rstem,
    ]
}

/// Templates of the token before: its lowercased form, shape, 3-char suffix and stem.
const PREV1: [usize; 4] = [8, 12, 16, 28];
/// The same of the token after.
const NEXT1: [usize; 4] = [9, 13, 17, 29];

#[inline]
fn near(t: Option<&Tok>, edge: u64) -> [u64; 4] {
    t.map_or([edge; 4], |t| [t.lw, t.shape, t.suf3, t.stem])
}

/// Templates of the token two before: its lowercased form and shape.
const PREV2: [usize; 2] = [10, 34];
/// The same of the token two after.
const NEXT2: [usize; 2] = [11, 35];

#[inline]
fn far(t: Option<&Tok>, edge: u64) -> [u64; 2] {
    t.map_or([edge; 2], |t| [t.lw, t.shape])
}

/// Templates that join the token with its neighbours or with the document: shape with the
/// sentence-initial flag, shape bigrams, previous word or words with class, form with the
/// next class, shape with the line-initial flag, document flags, gazetteer conjunctions.
const JOINT: [usize; 11] = [7, 14, 15, 18, 19, 21, 22, 25, 31, 32, 33];

/// A token and its neighbours.
struct Window<'a> {
    t: &'a Tok,
    p1: Option<&'a Tok>,
    p2: Option<&'a Tok>,
    n1: Option<&'a Tok>,
    n2: Option<&'a Tok>,
}

impl<'a> Window<'a> {
    #[inline]
    fn at(toks: &'a [Tok], i: usize) -> Window<'a> {
        Window {
            t: &toks[i],
            p1: i.checked_sub(1).map(|j| &toks[j]),
            p2: i.checked_sub(2).map(|j| &toks[j]),
            n1: toks.get(i + 1),
            n2: toks.get(i + 2),
        }
    }

    #[inline]
    fn joint(&self) -> [u64; 11] {
        let t = self.t;
        let lw = |t: Option<&Tok>, edge: u64| t.map_or(edge, |t| t.lw);
        let shape = |t: Option<&Tok>, edge: u64| t.map_or(edge, |t| t.shape);
        let cls = |t: Option<&Tok>| t.map_or(9u64, |t| t.class as u64);
        let gz = |t: Option<&Tok>| t.map_or(0x100u64, |t| t.gaz as u64);
        let sent_start = self.p1.is_none_or(|p| p.class == C_STOP) || t.flags & F_NEWLINE != 0;
        let (p1, n1) = (self.p1, self.n1);
        [
            fx(sent_start as u64, t.shape),
            fx(shape(p1, BOS), t.shape),
            fx(t.shape, shape(n1, EOS)),
            fx(lw(p1, BOS), t.class as u64),
            fx(t.lw, cls(n1)),
            fx(((t.flags & F_NEWLINE) != 0) as u64, t.shape),
            fx(fx(lw(self.p2, BOS), lw(p1, BOS)), t.class as u64),
            fx(fx(t.doc as u64, t.class as u64), sent_start as u64),
            fx(gz(p1), t.gaz as u64),
            fx(t.gaz as u64, gz(n1)),
            fx(t.gaz as u64, lw(p1, BOS)),
        ]
    }
}

/// The tokens of a text, for training: every feature of every token.
pub(super) struct Context<'a> {
    toks: &'a [Tok],
}

impl<'a> Context<'a> {
    pub fn new(toks: &'a [Tok]) -> Context<'a> {
        Context { toks }
    }

    /// Fills `out` with the bucket indices of the features of token `i`.
    pub fn features(&self, i: usize, shift: u32, out: &mut [u32; N_FEATS]) {
        let w = Window::at(self.toks, i);
        let mut put = |ks: &[usize], vs: &[u64]| {
            for (&k, &v) in ks.iter().zip(vs) {
                out[k] = bucket(k, v, shift);
            }
        };
        put(&OWN, &own(w.t));
        put(&PREV1, &near(w.p1, BOS));
        put(&NEXT1, &near(w.n1, EOS));
        put(&PREV2, &far(w.p2, BOS));
        put(&NEXT2, &far(w.n2, EOS));
        put(&JOINT, &w.joint());
    }
}

/// The weight rows of a model, read by bucket.
#[derive(Clone, Copy)]
pub(super) struct Weights<'a> {
    pub rows: &'a [Row],
    pub shift: u32,
}

impl Weights<'_> {
    /// The lane-wise sum of the rows of templates `ks` with values `vs` added to `acc`.
    /// Lanes cannot carry into each other (see `pack`), so plain additions are exact.
    #[inline]
    fn add(&self, acc: &mut Row, ks: &[usize], vs: &[u64]) {
        for (&k, &v) in ks.iter().zip(vs) {
            let row = &self.rows[bucket(k, v, self.shift) as usize];
            acc[0] = acc[0].wrapping_add(row[0]);
            acc[1] = acc[1].wrapping_add(row[1]);
        }
    }

    fn sum(&self, ks: &[usize], vs: &[u64]) -> Row {
        let mut acc = [0; 2];
        self.add(&mut acc, ks, vs);
        acc
    }

    /// The sums of a word type's rows by role; `t = None` stands for the text's edges.
    fn parts(&self, key: u64, t: Option<&Tok>) -> Parts {
        Parts {
            key,
            own: t.map_or([0; 2], |t| self.sum(&OWN, &own(t))),
            prev1: self.sum(&PREV1, &near(t, BOS)),
            next1: self.sum(&NEXT1, &near(t, EOS)),
            prev2: self.sum(&PREV2, &far(t, BOS)),
            next2: self.sum(&NEXT2, &far(t, EOS)),
        }
    }
}

/// The summed rows of a word type: of its own templates, and of the templates that read it
/// as the token before, after, two before and two after another.
#[derive(Debug, Clone, Copy, Default)]
struct Parts {
    /// [`type_key`] of the word type, 0 for an empty cache slot.
    key: u64,
    own: Row,
    prev1: Row,
    next1: Row,
    prev2: Row,
    next2: Row,
}

/// What the word-local templates of a token read, hashed (never 0): its lowercased form
/// (which fixes its affixes and stems), shape, class and gazetteer bits.
#[inline]
fn type_key(t: &Tok) -> u64 {
    fx(fx(fx(t.lw, t.shape), t.class as u64), t.gaz as u64) | 1
}

/// Cached [`Parts`] per thread: direct-mapped, `2^CACHE_BITS` slots, about 0.7 MB.
const CACHE_BITS: u32 = 13;

struct Cache {
    /// The `Tagger::id` whose sums the slots hold.
    owner: u64,
    slots: Vec<Parts>,
}

thread_local! {
    static CACHE: RefCell<Cache> = const {
        RefCell::new(Cache { owner: 0, slots: Vec::new() })
    };
}

/// The label scores of every token of a text, from the per-type sums.
pub(super) struct Emitter<'a> {
    toks: &'a [Tok],
    weights: Weights<'a>,
    parts: Vec<Parts>,
    /// The sums of the text's edges (`BOS` before the first token, `EOS` after the last).
    edge: Parts,
}

impl<'a> Emitter<'a> {
    /// The sums of the word types of `toks` under the model `owner` (a `Tagger::id`).
    pub fn new(owner: u64, weights: Weights<'a>, toks: &'a [Tok]) -> Emitter<'a> {
        let parts = CACHE.with(|c| {
            let mut c = c.borrow_mut();
            if c.owner != owner || c.slots.is_empty() {
                c.owner = owner;
                c.slots = vec![Parts::default(); 1 << CACHE_BITS];
            }
            toks.iter()
                .map(|t| {
                    let key = type_key(t);
                    let slot = &mut c.slots[(key >> (64 - CACHE_BITS)) as usize];
                    if slot.key != key {
                        *slot = weights.parts(key, Some(t));
                    }
                    *slot
                })
                .collect()
        });
        Emitter {
            toks,
            weights,
            parts,
            edge: weights.parts(0, None),
        }
    }

    /// The packed label scores of token `i` (see `pack`).
    #[inline]
    pub fn row(&self, i: usize) -> Row {
        let p = &self.parts;
        let pick = |j: Option<usize>, role: fn(&Parts) -> Row| {
            role(j.and_then(|j| p.get(j)).unwrap_or(&self.edge))
        };
        let mut acc = p[i].own;
        for r in [
            pick(i.checked_sub(1), |p| p.prev1),
            pick(Some(i + 1), |p| p.next1),
            pick(i.checked_sub(2), |p| p.prev2),
            pick(Some(i + 2), |p| p.next2),
        ] {
            acc[0] = acc[0].wrapping_add(r[0]);
            acc[1] = acc[1].wrapping_add(r[1]);
        }
        let w = Window::at(self.toks, i);
        self.weights.add(&mut acc, &JOINT, &w.joint());
        acc
    }
}

#[cfg(test)]
mod tests {
    use super::super::{gaz_flags, tokenize, Tagger};
    use super::*;

    #[test]
    fn every_template_is_in_one_group() {
        let mut all: Vec<usize> = [&OWN[..], &PREV1, &NEXT1, &PREV2, &NEXT2, &JOINT]
            .concat()
            .to_vec();
        all.sort_unstable();
        assert_eq!(all, (0..N_FEATS).collect::<Vec<_>>());
    }

    /// The row sums of the cached path against the sum of every feature's row.
    fn check(text: &str) {
        let t = Tagger::builtin_ru();
        let mut toks = tokenize(text);
        gaz_flags(&mut toks);
        let w = Weights {
            rows: &t.weights,
            shift: 64 - t.bits as u32,
        };
        let emitter = Emitter::new(t.id, w, &toks);
        let ctx = Context::new(&toks);
        let mut feats = [0u32; N_FEATS];
        for i in 0..toks.len() {
            ctx.features(i, w.shift, &mut feats);
            let mut all = [0u64; 2];
            for &f in &feats {
                let r = t.weights[f as usize];
                all = [all[0].wrapping_add(r[0]), all[1].wrapping_add(r[1])];
            }
            assert_eq!(emitter.row(i), all, "{text:?} token {i}");
        }
    }

    #[test]
    fn cached_sums_equal_the_sums_of_all_features() {
        for text in [
            "",
            "Путин",
            "Путин прилетел",
            "В.В. Путин прибыл в г. Москву.\nОн заявил: «Газпром» и Ростов-на-Дону.",
            "Президент России Владимир Путин. Президент России Владимир Путин!",
        ] {
            check(text);
            check(text); // from the cache
        }
    }
}
