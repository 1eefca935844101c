//! A compact learned entity tagger: a structured averaged perceptron over hashed features,
//! BIO labels, Viterbi decoding.
//!
//! The built-in Russian model ([`Tagger::builtin_ru`]) was trained on the factRuEval-2016
//! development set (MIT licensed) with `scripts/train_tagger.sh`; only the weights ship with
//! the crate, the data does not.
//!
//! # How it works
//!
//! * **Tokens.** The text is split, without allocating per token, into words (runs of letters,
//!   digits and combining marks, joined across an inner hyphen or apostrophe: `Ростов-на-Дону`,
//!   `Нагорно-Карабахской`, `O'Brien`; and across a dot between ASCII letters: `infox.ru`)
//!   and one-character punctuation tokens, each with its byte span. There is no sentence
//!   splitter: a token counts as sentence-initial when it follows `.`, `!`, `?`, `…`, a line
//!   break or the start of the text.
//! * **Features.** Each token gets 37 features: a bias; its lowercased form (`ё` folded to
//!   `е`); suffixes of 1, 2, 3 and 4 characters; prefixes of 2, 3 and 5 characters; a crude
//!   stem (the word less its last two characters) of itself and of its neighbours; the word
//!   less a Russian case ending (`ending_len`: `Москвой` → `москв`); its shape (`Xx`, `XX`, `Ll`, `d`, `X.` …, Cyrillic
//!   `X`/`x` apart from Latin `L`/`l`) alone, with the sentence-initial flag and with the
//!   line-initial flag; the lowercased forms of the two previous and the two next tokens; the
//!   shapes of the two previous and the two next tokens; the 3-character suffixes of the
//!   previous and next token; shape bigrams; and
//!   conjunctions with the shape class (previous word, previous two words, suffix, next
//!   token's class). Cue words such as `президент`, `министр`, `г.`, `в`, `компания` are
//!   learned through the previous-word features. One document-level feature tells how the
//!   token's stem is written elsewhere in the same text (capitalized mid-sentence, lowercase),
//!   which helps most with sentence-initial and headline words (+1 point of F1). Four
//!   gazetteer features (alone, with the neighbours' and with the previous word) tell whether
//!   a capitalized word, less its case ending, is a word of a place, city or organization name
//!   of the built-in lexicon ([`crate::lexicon::Lexicon::builtin`]), a given name (all case
//!   forms of those of the Russian morphology tables) or the last word of a person's name, and
//!   whether it opens, continues or is a whole name: +6.5 points of F1 for the tagger alone in
//!   cross-validation, as 122 documents teach few names. A model is tied to the lexicon it was
//!   trained with: retrain after changing the built-in lexicon. Every feature is
//!   an FxHash-style hash of a template number and a value, mapped into `2^hash_bits`
//!   buckets; no string is built for a feature.
//! * **Labels.** `O`, `B-PER`, `I-PER`, `B-ORG`, `I-ORG`, `B-LOC`, `I-LOC`. Besides the
//!   per-bucket weights there is a label-transition table and a transition table per shape
//!   class of the current token. Decoding is Viterbi over the whole text, with the BIO
//!   constraint (`I-X` only after `B-X` or `I-X`) and no name across a line break.
//! * **Document consistency.** After decoding, a word's key is its first five lowercased
//!   letters. A one-word name whose key was tagged more often with another type elsewhere in
//!   the text takes that type, and a capitalized word left outside names whose key was
//!   tagged elsewhere becomes a one-word name of that type (+1.6 points of F1 in
//!   cross-validation).
//! * **Fast path (off by default).** With the model flag `fast_lowercase`, a lowercase
//!   Cyrillic word that follows the start of the text, a skipped word, or one of
//!   `, ; ! ? ( ) — –`, and that is not followed by a capitalized word or a quote, is labelled
//!   `O` without being scored. That skips about 28% of the tokens of news text but saves
//!   only about 7% of the work of `tag`, and it costs about 0.1 point of F1 in
//!   cross-validation (it cannot find lowercase-headed names such as `государственный
//!   департамент США`), so the built-in model does not use it.
//! * **Caches.** A word's hashes depend on its bytes alone, and most of its label scores
//!   (the weight rows of the templates that read the word alone, or read it as a
//!   neighbour) on the word alone: both are kept per word in bounded per-thread caches
//!   (`tokens::WordCache`, about 1 MB; `features::Emitter`, about 0.7 MB), so a word seen
//!   before costs a hash and two lookups instead of a pass over its characters and 26 of
//!   its 37 feature lookups. The results are the same as without them.
//! * **Training.** Collins' structured perceptron over paragraphs, shuffled with a seed each
//!   epoch, weights averaged, then quantized to `i16` with one scale. Only buckets with a
//!   non-zero weight are stored.
//!
//! # The built-in model
//!
//! Trained with `TrainOptions::default()` (30 epochs, `2^16` buckets) on the 122 documents
//! of the factRuEval-2016 development set; 419 KB. Five-fold cross-validation by document,
//! scored like the project's scorer (multiset of type and case-folded surface per document;
//! nested, unnamed and adjectival mentions and MISC left out): precision 0.81, recall 0.80,
//! F1 0.80 (person 0.88, organization 0.65, location 0.84). `tag` takes about 125
//! instructions per byte of Russian news (valgrind, 1.5 MB of the benchmark corpus' Russian
//! articles, caches starting empty).
//! Building the gazetteer takes about 80 million instructions once per process, plus the
//! built-in lexicon if nothing loaded it yet (about a billion: a third of a second).
//!
//! # Model file format (version 2)
//!
//! All numbers little-endian.
//!
//! | bytes | what |
//! | --- | --- |
//! | 4 | magic `PNTG` |
//! | 2 | version, `2` (a model of version 1 had other features: it is refused) |
//! | 1 | `hash_bits` (10..=20) |
//! | 1 | flags: bit 0 = `fast_lowercase` |
//! | 1 | number of labels, `7` |
//! | 1 | number of shape classes, `8` |
//! | 2 | reserved, `0` |
//! | 4 | scale, `f32`: a stored weight `q` stands for `q × scale` (informative only) |
//! | 4 | `n_rows`, `u32`: number of non-zero buckets |
//! | 7×7×2 | label transitions `[prev][cur]`, `i16` |
//! | 8×7×7×2 | transitions per shape class `[class][prev][cur]`, `i16` |
//! | 2^hash_bits / 8 | bitmap of non-zero buckets, bit `b % 8` of byte `b / 8` |
//! | n_rows×7×2 | the weights of each non-zero bucket in bucket order, one `i16` per label, each within ±885 (so that the 37 feature weights of a token, biased by 885, sum within 16 bits) |
//! | 4 | FNV-1a 32-bit checksum of all the bytes before it |
//!
//! [`Tagger::from_bytes`] checks the magic, version, sizes, the bitmap count and the checksum.

mod features;
mod tokens;

use crate::{EntityKind, Error, ErrorKind, Span};
use features::{Context, Emitter, Weights, N_FEATS};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;
use tokens::*;

const MAGIC: &[u8; 4] = b"PNTG";
const VERSION: u16 = 2; // 2: 37 features with the gazetteer (1: 26 features)
const N_LABELS: usize = 7;
const N_CLASSES: usize = 8;
const ROW: usize = 8; // labels padded to 8 lanes in memory
const MIN_BITS: u8 = 10;
const MAX_BITS: u8 = 20;
const FLAG_FAST: u8 = 1;
/// Largest stored weight magnitude: the scores of a token (sums of `N_FEATS` weights) then
/// fit 16 bits (see `pack`).
const MAX_Q: i16 = (u16::MAX as usize / (2 * N_FEATS)) as i16;
const HEADER: usize = 4 + 2 + 1 + 1 + 1 + 1 + 2 + 4 + 4;
const TRANS_LEN: usize = N_LABELS * N_LABELS;
const CTRANS_LEN: usize = N_CLASSES * N_LABELS * N_LABELS;

static BUILTIN_RU: &[u8] = include_bytes!("../data/tagger/ru.bin");

// Labels.
const O: usize = 0;

fn label_kind(l: usize) -> Option<EntityKind> {
    match l {
        1 | 2 => Some(EntityKind::Person),
        3 | 4 => Some(EntityKind::Organization),
        5 | 6 => Some(EntityKind::Location),
        _ => None,
    }
}

fn kind_begin(k: EntityKind) -> usize {
    match k {
        EntityKind::Person => 1,
        EntityKind::Organization => 3,
        EntityKind::Location => 5,
    }
}

fn is_inside(l: usize) -> bool {
    l == 2 || l == 4 || l == 6
}

/// Whether label `cur` may follow label `prev` under BIO.
fn allowed(prev: usize, cur: usize) -> bool {
    !is_inside(cur) || prev == cur || prev + 1 == cur
}

/// Options for [`Tagger::train`].
///
/// ```
/// let o = polynews::tagger::TrainOptions::default();
/// assert!(o.epochs > 0 && o.hash_bits >= 10);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrainOptions {
    /// Passes over the training data.
    pub epochs: usize,
    /// Seed of the shuffling between epochs.
    pub seed: u64,
    /// The model has `2^hash_bits` feature buckets (clamped to 10..=20; training needs
    /// 96 bytes per bucket, the trained model 16 in memory).
    pub hash_bits: u8,
    /// Label lowercase words in plainly lowercase context `O` without scoring them: faster,
    /// slightly lower recall (see the module docs).
    pub fast_lowercase: bool,
}

impl Default for TrainOptions {
    fn default() -> TrainOptions {
        TrainOptions {
            epochs: 30,
            seed: 1,
            hash_bits: 16,
            fast_lowercase: false,
        }
    }
}

/// An averaged-perceptron sequence tagger over hashed features.
///
/// ```
/// let t = polynews::tagger::Tagger::builtin_ru();
/// let _ = t.tag("Путин прилетел в Москву.");
/// ```
#[derive(Debug, Clone)]
pub struct Tagger {
    /// Tells the per-thread cache of emission sums whose weights it holds: a fresh number
    /// for every model built (a clone, with the same weights, keeps it).
    id: u64,
    bits: u8,
    fast: bool,
    scale: f32,
    /// `2^bits` rows, each `ROW` lanes of `u16` (the last lane is padding) packed in two
    /// `u64`, holding `weight + MAX_Q` (see `pack`).
    weights: Vec<Row>,
    trans: [i16; TRANS_LEN],
    ctrans: Vec<i16>, // CTRANS_LEN
}

impl PartialEq for Tagger {
    fn eq(&self, o: &Tagger) -> bool {
        (self.bits, self.fast, self.scale, &self.trans) == (o.bits, o.fast, o.scale, &o.trans)
            && self.weights == o.weights
            && self.ctrans == o.ctrans
    }
}

impl Default for Tagger {
    fn default() -> Tagger {
        Tagger::empty(MIN_BITS, false)
    }
}

impl Tagger {
    fn empty(bits: u8, fast: bool) -> Tagger {
        static NEXT_ID: AtomicU64 = AtomicU64::new(1);
        Tagger {
            id: NEXT_ID.fetch_add(1, Ordering::Relaxed),
            bits,
            fast,
            scale: 1.0,
            weights: vec![pack(&[0; ROW]); 1usize << bits],
            trans: [0; TRANS_LEN],
            ctrans: vec![0; CTRANS_LEN],
        }
    }

    /// The built-in Russian model (embedded in the crate, parsed once on first use).
    ///
    /// ```
    /// let t = polynews::tagger::Tagger::builtin_ru();
    /// let spans = t.tag("Президент России Владимир Путин прибыл в Москву.");
    /// assert!(!spans.is_empty());
    /// ```
    pub fn builtin_ru() -> &'static Tagger {
        static T: OnceLock<Tagger> = OnceLock::new();
        T.get_or_init(|| Tagger::from_bytes(BUILTIN_RU).unwrap_or_default())
    }

    /// Loads a model from bytes produced by [`Tagger::to_bytes`].
    ///
    /// ```
    /// use polynews::tagger::Tagger;
    /// let t = Tagger::builtin_ru();
    /// let again = Tagger::from_bytes(&t.to_bytes())?;
    /// assert_eq!(&again, t);
    /// assert!(Tagger::from_bytes(b"not a model").is_err());
    /// # Ok::<(), polynews::Error>(())
    /// ```
    pub fn from_bytes(bytes: &[u8]) -> crate::Result<Tagger> {
        let bad = |reason: &str| {
            Error::new(ErrorKind::BadLexicon {
                line: 0,
                reason: format!("tagger model: {reason}"),
            })
        };
        if bytes.len() < HEADER + 4 {
            return Err(bad("too short"));
        }
        let (body, sum) = bytes.split_at(bytes.len() - 4);
        if &body[..4] != MAGIC {
            return Err(bad("bad magic"));
        }
        let mut r = Reader { b: body, at: 4 };
        let version = r.u16().ok_or_else(|| bad("truncated"))?;
        if version != VERSION {
            return Err(bad("unsupported version"));
        }
        let bits = r.u8().ok_or_else(|| bad("truncated"))?;
        if !(MIN_BITS..=MAX_BITS).contains(&bits) {
            return Err(bad("hash bits out of range"));
        }
        let flags = r.u8().ok_or_else(|| bad("truncated"))?;
        let nl = r.u8().ok_or_else(|| bad("truncated"))?;
        let nc = r.u8().ok_or_else(|| bad("truncated"))?;
        let _reserved = r.u16().ok_or_else(|| bad("truncated"))?;
        if nl as usize != N_LABELS || nc as usize != N_CLASSES {
            return Err(bad("unexpected label or class count"));
        }
        let scale = f32::from_bits(r.u32().ok_or_else(|| bad("truncated"))?);
        let n_rows = r.u32().ok_or_else(|| bad("truncated"))? as usize;
        let buckets = 1usize << bits;
        let expect = HEADER
            + 2 * TRANS_LEN
            + 2 * CTRANS_LEN
            + buckets / 8
            + n_rows
                .checked_mul(2 * N_LABELS)
                .ok_or_else(|| bad("row count overflow"))?;
        if n_rows > buckets || body.len() != expect {
            return Err(bad("size does not match header"));
        }
        let stored = u32::from_le_bytes([sum[0], sum[1], sum[2], sum[3]]);
        if fnv1a(body) != stored {
            return Err(bad("checksum mismatch"));
        }
        let mut t = Tagger::empty(bits, flags & FLAG_FAST != 0);
        t.scale = scale;
        for v in t.trans.iter_mut() {
            *v = r.i16().ok_or_else(|| bad("truncated"))?;
        }
        for v in t.ctrans.iter_mut() {
            *v = r.i16().ok_or_else(|| bad("truncated"))?;
        }
        let bitmap = r.take(buckets / 8).ok_or_else(|| bad("truncated"))?;
        let set: usize = bitmap.iter().map(|b| b.count_ones() as usize).sum();
        if set != n_rows {
            return Err(bad("bitmap does not match row count"));
        }
        for (byte_i, &byte) in bitmap.iter().enumerate() {
            let mut m = byte;
            while m != 0 {
                let bit = m.trailing_zeros() as usize;
                m &= m - 1;
                let mut row = [0i16; ROW];
                for lane in row.iter_mut().take(N_LABELS) {
                    *lane = r.i16().ok_or_else(|| bad("truncated"))?;
                    if lane.unsigned_abs() > MAX_Q as u16 {
                        return Err(bad("weight out of range"));
                    }
                }
                t.weights[byte_i * 8 + bit] = pack(&row);
            }
        }
        Ok(t)
    }

    /// Serializes the model (see the module docs for the format).
    ///
    /// ```
    /// let bytes = polynews::tagger::Tagger::builtin_ru().to_bytes();
    /// assert_eq!(&bytes[..4], b"PNTG");
    /// ```
    pub fn to_bytes(&self) -> Vec<u8> {
        let buckets = 1usize << self.bits;
        let rows: Vec<[i16; ROW]> = self.weights.iter().map(unpack).collect();
        let nonzero = |r: &&[i16; ROW]| r[..N_LABELS].iter().any(|&v| v != 0);
        let n_rows = rows.iter().filter(nonzero).count();
        let mut out = Vec::with_capacity(
            HEADER + 2 * (TRANS_LEN + CTRANS_LEN) + buckets / 8 + n_rows * 2 * N_LABELS + 4,
        );
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&VERSION.to_le_bytes());
        out.push(self.bits);
        out.push(if self.fast { FLAG_FAST } else { 0 });
        out.push(N_LABELS as u8);
        out.push(N_CLASSES as u8);
        out.extend_from_slice(&0u16.to_le_bytes());
        out.extend_from_slice(&self.scale.to_bits().to_le_bytes());
        out.extend_from_slice(&(n_rows as u32).to_le_bytes());
        for v in self.trans.iter().chain(self.ctrans.iter()) {
            out.extend_from_slice(&v.to_le_bytes());
        }
        let mut bitmap = vec![0u8; buckets / 8];
        for (i, r) in rows.iter().enumerate() {
            if nonzero(&r) {
                bitmap[i / 8] |= 1 << (i % 8);
            }
        }
        out.extend_from_slice(&bitmap);
        for r in rows.iter().filter(nonzero) {
            for v in &r[..N_LABELS] {
                out.extend_from_slice(&v.to_le_bytes());
            }
        }
        let sum = fnv1a(&out);
        out.extend_from_slice(&sum.to_le_bytes());
        out
    }

    /// Tags entity spans in `text` (of any length): byte offsets into `text`, in text order,
    /// never overlapping, always on `char` boundaries.
    ///
    /// ```
    /// use polynews::{tagger::Tagger, EntityKind};
    /// let text = "Владимир Путин провел совещание в Москве.";
    /// let found: Vec<_> = Tagger::builtin_ru()
    ///     .tag(text)
    ///     .into_iter()
    ///     .map(|(span, kind)| (span.slice(text), kind))
    ///     .collect();
    /// assert!(found.contains(&("Владимир Путин", EntityKind::Person)));
    /// ```
    pub fn tag(&self, text: &str) -> Vec<(Span, EntityKind)> {
        let mut toks = tokenize_cached(text, gaz_of);
        if toks.is_empty() {
            return Vec::new();
        }
        doc_flags(&mut toks);
        let skip = if self.fast {
            skip_mask(&toks)
        } else {
            Vec::new()
        };
        let (trans, ctrans) = self.float_transitions();
        let weights = Weights {
            rows: &self.weights,
            shift: 64 - self.bits as u32,
        };
        let emitter = Emitter::new(self.id, weights, &toks);
        let labels = viterbi(
            toks.len(),
            |i, em: &mut [f32; ROW]| {
                if !skip.is_empty() && skip[i] {
                    *em = [f32::NEG_INFINITY; ROW];
                    em[O] = 0.0;
                    return;
                }
                // Every label gets the same offset, which does not change the best path.
                let acc = emitter.row(i);
                for (l, e) in em.iter_mut().enumerate() {
                    *e = ((acc[l / 4] >> (16 * (l % 4))) & 0xffff) as f32;
                }
                restrict(restrictions(&toks[i]), em);
            },
            &trans,
            &ctrans,
            |i| toks[i].class,
        );
        let mut labels = labels;
        harmonize(&toks, &mut labels);
        spans_of(&toks, &labels)
    }

    fn float_transitions(&self) -> ([f32; TRANS_LEN], Vec<f32>) {
        let mut t = [0f32; TRANS_LEN];
        for (d, &s) in t.iter_mut().zip(self.trans.iter()) {
            *d = s as f32;
        }
        (t, self.ctrans.iter().map(|&v| v as f32).collect())
    }

    /// Trains a model from examples: each is a text and its gold entity spans (byte ranges
    /// into the text with their kinds). Spans that overlap an earlier span, or that cover no
    /// token start, are ignored.
    ///
    /// ```
    /// use polynews::{tagger::{Tagger, TrainOptions}, EntityKind, Span};
    /// let text = "Вчера Иван Петров приехал в Казань.".to_string();
    /// let per = text.find("Иван").unwrap();
    /// let loc = text.find("Казань").unwrap();
    /// let gold = vec![
    ///     (Span::new(per, per + "Иван Петров".len()), EntityKind::Person),
    ///     (Span::new(loc, loc + "Казань".len()), EntityKind::Location),
    /// ];
    /// let opts = TrainOptions { epochs: 5, hash_bits: 12, ..TrainOptions::default() };
    /// let t = Tagger::train(&[(text.clone(), gold.clone())], &opts);
    /// assert_eq!(t.tag(&text), gold);
    /// ```
    pub fn train(examples: &[(String, Vec<(Span, EntityKind)>)], opts: &TrainOptions) -> Tagger {
        train::run(examples, opts)
    }
}

struct Reader<'a> {
    b: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let s = self.b.get(self.at..self.at.checked_add(n)?)?;
        self.at += n;
        Some(s)
    }
    fn u8(&mut self) -> Option<u8> {
        Some(self.take(1)?[0])
    }
    fn u16(&mut self) -> Option<u16> {
        let s = self.take(2)?;
        Some(u16::from_le_bytes([s[0], s[1]]))
    }
    fn i16(&mut self) -> Option<i16> {
        self.u16().map(|v| v as i16)
    }
    fn u32(&mut self) -> Option<u32> {
        let s = self.take(4)?;
        Some(u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
    }
}

fn fnv1a(b: &[u8]) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for &x in b {
        h ^= x as u32;
        h = h.wrapping_mul(0x0100_0193);
    }
    h
}

const D_CAP: u8 = 1; // the stem is capitalized somewhere not at a sentence start
const D_LOWER: u8 = 2; // the stem is lowercase somewhere

/// Fills `Tok::doc`: how the same stem is written elsewhere in the text.
fn doc_flags(toks: &mut [Tok]) {
    let n_words = toks.iter().filter(|t| t.flags & F_WORD != 0).count();
    if n_words == 0 {
        return;
    }
    let cap = (n_words * 2).next_power_of_two();
    let mask = cap - 1;
    let mut keys = vec![0u64; cap];
    let mut vals = vec![0u8; cap];
    let slot = |keys: &[u64], k: u64| {
        let mut i = (k.wrapping_mul(K) >> 32) as usize & mask;
        while keys[i] != 0 && keys[i] != k {
            i = (i + 1) & mask;
        }
        i
    };
    for i in 0..toks.len() {
        let t = toks[i];
        if t.flags & F_WORD == 0 {
            continue;
        }
        let k = t.stem | 1;
        let initial = i == 0 || toks[i - 1].class == C_STOP || t.flags & F_NEWLINE != 0;
        let f = match t.class {
            C_LOWER => D_LOWER,
            C_CAP | C_UPPER if !initial => D_CAP,
            _ => 0,
        };
        let j = slot(&keys, k);
        keys[j] = k;
        vals[j] |= f;
    }
    for t in toks.iter_mut() {
        if t.flags & F_WORD != 0 {
            t.doc = vals[slot(&keys, t.stem | 1)];
        }
    }
}

// Gazetteer bits.
const G_LOC: u8 = 1; // a word of a country, territory, region or feature name
const G_CITY: u8 = 2; // a word of a city name
const G_ORG: u8 = 4; // a word of an organization, agency or government body name
const G_GIVEN: u8 = 8; // a given name
const G_SUR: u8 = 16; // a surname (the last word of a person's name)
const G_FIRST: u8 = 32; // the first word of a name of several words
const G_INNER: u8 = 64; // a later word of a name of several words
const G_ONE: u8 = 128; // a name of one word

/// The gazetteer: gazetteer bits by `Tok::rstem`, from the capitalized words of the Russian
/// names of the built-in lexicon and the given names (all case forms) of the Russian
/// morphology tables. Built once, on first use.
fn gazetteer() -> &'static crate::hash::FxMap<u64, u8> {
    static G: OnceLock<crate::hash::FxMap<u64, u8>> = OnceLock::new();
    G.get_or_init(|| {
        use crate::lexicon::{Class, Lexicon};
        let mut g: crate::hash::FxMap<u64, u8> = Default::default();
        let lex = Lexicon::builtin();
        for id in 0..lex.len() {
            let e = lex.entry(id as u32);
            let class = match e.class {
                Class::Country | Class::Territory | Class::Region | Class::Feature => G_LOC,
                Class::City => G_CITY,
                Class::Org | Class::Agency | Class::Body => G_ORG,
                Class::Person => 0,
            };
            for name in &e.names {
                if !name.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c)) {
                    continue;
                }
                let toks = tokenize(name);
                let words: Vec<&Tok> = toks.iter().filter(|t| t.flags & F_WORD != 0).collect();
                let n = words.len();
                for (j, t) in words.iter().enumerate() {
                    if !matches!(t.class, C_CAP | C_UPPER) {
                        continue;
                    }
                    let mut bits = if class == 0 {
                        if j + 1 == n && n > 1 {
                            G_SUR
                        } else if j == 0 && n > 1 {
                            G_GIVEN
                        } else {
                            0
                        }
                    } else {
                        class
                    };
                    bits |= match (n, j) {
                        (1, _) => G_ONE,
                        (_, 0) => G_FIRST,
                        _ => G_INNER,
                    };
                    *g.entry(t.rstem).or_default() |= bits;
                }
            }
        }
        for form in crate::lexicon::ru_morph::given_name_forms() {
            for t in tokenize(&form).iter().filter(|t| t.flags & F_WORD != 0) {
                *g.entry(t.rstem).or_default() |= G_GIVEN | G_FIRST;
            }
        }
        g
    })
}

/// Fills `Tok::gaz` of capitalized words.
fn gaz_flags(toks: &mut [Tok]) {
    for t in toks.iter_mut() {
        t.gaz = gaz_of(t);
    }
}

/// The gazetteer bits of a capitalized word (0 for any other token).
fn gaz_of(t: &Tok) -> u8 {
    if t.flags & F_WORD != 0 && matches!(t.class, C_CAP | C_UPPER) {
        gazetteer().get(&t.rstem).copied().unwrap_or(0)
    } else {
        0
    }
}

/// Positions labelled `O` without scoring (see the module docs).
fn skip_mask(toks: &[Tok]) -> Vec<bool> {
    let mut skip = vec![false; toks.len()];
    for i in 0..toks.len() {
        let t = &toks[i];
        // Latin lowercase words are often names (`facebook`, `infox.ru`): always scored.
        if t.flags & F_WORD == 0 || t.class != C_LOWER || t.flags & F_LATIN != 0 {
            continue;
        }
        let prev_ok = i == 0 || skip[i - 1] || toks[i - 1].flags & F_HARD != 0;
        if !prev_ok {
            continue;
        }
        if let Some(n) = toks.get(i + 1) {
            if matches!(n.class, C_CAP | C_UPPER | C_INITIAL | C_QUOTE) {
                continue;
            }
        }
        skip[i] = true;
    }
    skip
}

// ---------------------------------------------------------------------------------------------
// Decoding

/// Viterbi over `n` positions; `emit(i, scores)` fills the label scores of position `i`,
/// `class(i)` gives its shape class. The state before the first token is `O`.
fn viterbi<E, C>(n: usize, mut emit: E, trans: &[f32], ctrans: &[f32], class: C) -> Vec<u8>
where
    E: FnMut(usize, &mut [f32; ROW]),
    C: Fn(usize) -> u8,
{
    // Combined transition tables per class `[class][prev][cur]`, with the BIO constraint
    // (forbidden moves score -inf); rows padded to 8 lanes.
    let mut tt = [[[f32::NEG_INFINITY; ROW]; N_LABELS]; N_CLASSES];
    for (c, table) in tt.iter_mut().enumerate() {
        for (p, row) in table.iter_mut().enumerate() {
            for (q, v) in row.iter_mut().enumerate().take(N_LABELS) {
                if allowed(p, q) {
                    *v = trans[p * N_LABELS + q] + ctrans[(c * N_LABELS + p) * N_LABELS + q];
                }
            }
        }
    }
    let mut back = vec![[0u8; ROW]; n];
    let mut delta = [f32::NEG_INFINITY; ROW];
    delta[O] = 0.0;
    let mut em = [0f32; ROW];
    for (i, bp) in back.iter_mut().enumerate() {
        emit(i, &mut em);
        let table = &tt[class(i) as usize % N_CLASSES];
        // For every label at once: the best previous label.
        let mut best = [f32::NEG_INFINITY; ROW];
        let mut arg = [0u32; ROW];
        for (p, row) in table.iter().enumerate() {
            let d = delta[p];
            for q in 0..ROW {
                let s = d + row[q];
                if s > best[q] {
                    best[q] = s;
                    arg[q] = p as u32;
                }
            }
        }
        let mut top = f32::NEG_INFINITY;
        for q in 0..ROW {
            delta[q] = best[q] + em[q];
            top = top.max(delta[q]);
            bp[q] = arg[q] as u8;
        }
        // Keep numbers small on long texts.
        if top.is_finite() {
            for v in delta.iter_mut() {
                *v -= top;
            }
        }
    }
    let mut labels = vec![0u8; n];
    let mut cur = (0..N_LABELS).fold(0usize, |b, q| if delta[q] > delta[b] { q } else { b });
    for i in (0..n).rev() {
        labels[i] = cur as u8;
        cur = back[i][cur] as usize;
    }
    labels
}

const NO_INSIDE: u8 = 1;

/// Which labels a token may not take: no name continues across a line break. (Also
/// forbidding names across `, ; ! ? ( ) — –` or starting at punctuation was tried: no gain in
/// cross-validation, as the few gold names that do span a comma are lost.)
#[inline]
fn restrictions(t: &Tok) -> u8 {
    if t.flags & F_NEWLINE != 0 {
        NO_INSIDE
    } else {
        0
    }
}

/// A row of packed label weights.
type Row = [u64; 2];

/// Packs the weights of a bucket as `u16` lanes holding `weight + MAX_Q` (0..=2·MAX_Q), so
/// that the sum of `N_FEATS` rows (at most `N_FEATS × 2 × MAX_Q` ≤ 65535 per lane) can be
/// taken with two `u64` additions.
fn pack(w: &[i16; ROW]) -> Row {
    let mut r = [0u64; 2];
    for (l, &v) in w.iter().enumerate() {
        let biased = (v.clamp(-MAX_Q, MAX_Q) + MAX_Q) as u64;
        r[l / 4] |= biased << (16 * (l % 4));
    }
    r
}

fn unpack(r: &Row) -> [i16; ROW] {
    let mut w = [0i16; ROW];
    for (l, v) in w.iter_mut().enumerate() {
        *v = ((r[l / 4] >> (16 * (l % 4))) & 0xffff) as i16 - MAX_Q;
    }
    w
}

/// Applies `restrictions` to label scores.
#[inline]
fn restrict(r: u8, em: &mut [f32; ROW]) {
    if r & NO_INSIDE != 0 {
        for l in [2, 4, 6] {
            em[l] = f32::NEG_INFINITY;
        }
    }
}

/// Document-level consistency, after decoding. A word's key is its first five lowercased
/// letters (`Путин`, `Путина` → `путин`), so inflected forms share it.
///
/// 1. Votes: each capitalized word inside a person name, and each capitalized one-word name
///    of another type, votes for its key and type.
/// 2. A one-word name whose key got more votes for another type takes that type (`Эрдогана`
///    tagged as a place next to `Реджеп Тайип Эрдоган`, a person).
/// 3. A capitalized word left outside names whose key got votes becomes a one-word name of
///    the type with most votes (found once, found everywhere).
///
/// Cross-validation: +0.016 F1 (both steps together; precision and recall both gain).
fn harmonize(toks: &[Tok], labels: &mut [u8]) {
    let kind_of = |l: u8| (l as usize).div_ceil(2); // 1 person, 2 organization, 3 location
    let mut votes: Vec<(u64, usize)> = Vec::new();
    for (i, (t, &l)) in toks.iter().zip(labels.iter()).enumerate() {
        if l == 0 || t.flags & F_WORD == 0 || t.class == C_LOWER {
            continue;
        }
        let kind = kind_of(l);
        let single =
            !is_inside(l as usize) && labels.get(i + 1).is_none_or(|&n| !is_inside(n as usize));
        if kind == 1 || single {
            votes.push((t.pre5, kind));
        }
    }
    if votes.is_empty() {
        return;
    }
    votes.sort_unstable();
    // (key, votes per kind)
    let mut table: Vec<(u64, [u32; 4])> = Vec::new();
    for (k, kind) in votes {
        match table.last_mut() {
            Some(last) if last.0 == k => last.1[kind] += 1,
            _ => {
                let mut v = [0; 4];
                v[kind] = 1;
                table.push((k, v));
            }
        }
    }
    let lookup = |k: u64| -> Option<(usize, u32, [u32; 4])> {
        let v = table
            .binary_search_by_key(&k, |e| e.0)
            .ok()
            .map(|i| table[i].1)?;
        let mut best = 1;
        for kind in 2..4 {
            if v[kind] > v[best] {
                best = kind;
            }
        }
        Some((best, v[best], v))
    };
    for i in 0..toks.len() {
        let l = labels[i];
        let t = &toks[i];
        let next_inside = labels.get(i + 1).is_some_and(|&n| is_inside(n as usize));
        if l != 0 && !is_inside(l as usize) && !next_inside {
            // A one-word name: take the majority type of its key.
            if let Some((best, n, v)) = lookup(t.pre5) {
                if n > v[kind_of(l)] {
                    labels[i] = (best * 2 - 1) as u8;
                }
            }
        } else if l == 0
            && t.flags & F_WORD != 0
            && matches!(t.class, C_CAP | C_UPPER)
            && !next_inside
        {
            if let Some((best, n, _)) = lookup(t.pre5) {
                if n > 0 {
                    labels[i] = (best * 2 - 1) as u8;
                }
            }
        }
    }
}

fn spans_of(toks: &[Tok], labels: &[u8]) -> Vec<(Span, EntityKind)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, usize, usize)> = None; // (start, end, label of B)
    for (t, &l) in toks.iter().zip(labels.iter()) {
        let l = l as usize;
        if is_inside(l) {
            if let Some(o) = open.as_mut() {
                if o.2 + 1 == l {
                    o.1 = t.end;
                    continue;
                }
            }
        }
        if let Some((s, e, b)) = open.take() {
            if let Some(k) = label_kind(b) {
                out.push((Span::new(s, e), k));
            }
        }
        if l != O && !is_inside(l) {
            open = Some((t.start, t.end, l));
        }
    }
    if let Some((s, e, b)) = open {
        if let Some(k) = label_kind(b) {
            out.push((Span::new(s, e), k));
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Training

mod train {
    use super::*;

    struct Doc {
        feats: Vec<u32>, // n × N_FEATS
        class: Vec<u8>,
        restrict: Vec<u8>,
        gold: Vec<u8>,
    }

    struct Model {
        w: Vec<f32>,  // weights: rows × ROW, then transitions, then class transitions
        wa: Vec<f64>, // Σ c·Δ for averaging
        rows: usize,
    }

    impl Model {
        fn t_off(&self) -> usize {
            self.rows * ROW
        }
        fn ct_off(&self) -> usize {
            self.rows * ROW + TRANS_LEN
        }
        #[inline]
        fn add(&mut self, idx: usize, d: f32, c: f64) {
            self.w[idx] += d;
            self.wa[idx] += c * d as f64;
        }
    }

    fn gold_labels(toks: &[Tok], spans: &[(Span, EntityKind)]) -> Vec<u8> {
        let mut sp: Vec<(Span, EntityKind)> = spans.to_vec();
        sp.sort_by_key(|s| (s.0.start, std::cmp::Reverse(s.0.end)));
        let mut labels = vec![O as u8; toks.len()];
        let mut ti = 0;
        let mut last_end = 0;
        for (s, k) in sp {
            if s.start < last_end || s.is_empty() {
                continue;
            }
            while ti < toks.len() && toks[ti].start < s.start {
                ti += 1;
            }
            let b = kind_begin(k) as u8;
            let mut first = true;
            let mut j = ti;
            // Keep the gold path within `restrictions`: a name is cut where it may not go on.
            while j < toks.len() && toks[j].start < s.end {
                let cut = restrictions(&toks[j]) & NO_INSIDE != 0;
                labels[j] = if first || cut { b } else { b + 1 };
                first = false;
                j += 1;
            }
            if !first {
                last_end = s.end;
            }
        }
        labels
    }

    pub(super) fn run(
        examples: &[(String, Vec<(Span, EntityKind)>)],
        opts: &TrainOptions,
    ) -> Tagger {
        let bits = opts.hash_bits.clamp(MIN_BITS, MAX_BITS);
        let shift = 64 - bits as u32;
        let rows = 1usize << bits;
        let mut docs = Vec::with_capacity(examples.len());
        let mut chunks: Vec<(usize, usize, usize)> = Vec::new();
        for (text, spans) in examples {
            let mut toks = tokenize(text);
            if toks.is_empty() {
                continue;
            }
            doc_flags(&mut toks);
            gaz_flags(&mut toks);
            let ctx = Context::new(&toks);
            let mut feats = vec![0u32; toks.len() * N_FEATS];
            let mut buf = [0u32; N_FEATS];
            for i in 0..toks.len() {
                ctx.features(i, shift, &mut buf);
                feats[i * N_FEATS..(i + 1) * N_FEATS].copy_from_slice(&buf);
            }
            let gold = gold_labels(&toks, spans);
            let d = docs.len();
            // Paragraph chunks: cut before a line break (no name spans one: see `restrictions`).
            let mut s = 0;
            for i in 0..toks.len() {
                let cut_after = toks.get(i + 1).is_some_and(|n| n.flags & F_NEWLINE != 0);
                let next_inside = gold.get(i + 1).is_some_and(|&l| is_inside(l as usize));
                if cut_after && !next_inside {
                    chunks.push((d, s, i + 1));
                    s = i + 1;
                }
            }
            if s < toks.len() {
                chunks.push((d, s, toks.len()));
            }
            docs.push(Doc {
                feats,
                class: toks.iter().map(|t| t.class).collect(),
                restrict: toks.iter().map(restrictions).collect(),
                gold,
            });
        }
        let avg = perceptron(&docs, &mut chunks, rows, opts.seed, opts.epochs);
        // Quantize with one scale.
        let max = avg.iter().fold(0f32, |a, &v| a.max(v.abs()));
        let scale = if max > 0.0 { max / MAX_Q as f32 } else { 1.0 };
        let q = |v: f32| (v / scale).round().clamp(-(MAX_Q as f32), MAX_Q as f32) as i16;
        let mut t = Tagger::empty(bits, opts.fast_lowercase);
        t.scale = scale;
        for (r, row) in t.weights.iter_mut().enumerate() {
            let mut w = [0i16; ROW];
            for (l, lane) in w.iter_mut().take(N_LABELS).enumerate() {
                *lane = q(avg[r * ROW + l]);
            }
            *row = pack(&w);
        }
        for (d, &s) in t
            .trans
            .iter_mut()
            .zip(avg[rows * ROW..rows * ROW + TRANS_LEN].iter())
        {
            *d = q(s);
        }
        for (d, &s) in t
            .ctrans
            .iter_mut()
            .zip(avg[rows * ROW + TRANS_LEN..].iter())
        {
            *d = q(s);
        }
        t
    }

    /// One averaged structured perceptron; returns the averaged weights.
    fn perceptron(
        docs: &[Doc],
        chunks: &mut [(usize, usize, usize)],
        rows: usize,
        seed: u64,
        epochs: usize,
    ) -> Vec<f32> {
        let total = rows * ROW + TRANS_LEN + CTRANS_LEN;
        let mut m = Model {
            w: vec![0.0; total],
            wa: vec![0.0; total],
            rows,
        };
        let mut rng = seed ^ 0x9e37_79b9_7f4a_7c15;
        let mut c = 1.0f64;
        for _ in 0..epochs {
            // Fisher–Yates with splitmix64.
            for i in (1..chunks.len()).rev() {
                let j = (splitmix(&mut rng) % (i as u64 + 1)) as usize;
                chunks.swap(i, j);
            }
            for &(d, a, b) in chunks.iter() {
                let doc = &docs[d];
                let pred = {
                    let (t_off, ct_off) = (m.t_off(), m.ct_off());
                    let w = &m.w;
                    viterbi(
                        b - a,
                        |i, em: &mut [f32; ROW]| {
                            *em = [0.0; ROW];
                            let fs = &doc.feats[(a + i) * N_FEATS..(a + i + 1) * N_FEATS];
                            for &f in fs {
                                let row = &w[f as usize * ROW..f as usize * ROW + ROW];
                                for (e, &x) in em.iter_mut().zip(row.iter()) {
                                    *e += x;
                                }
                            }
                            restrict(doc.restrict[a + i], em);
                        },
                        &w[t_off..t_off + TRANS_LEN],
                        &w[ct_off..ct_off + CTRANS_LEN],
                        |i| doc.class[a + i],
                    )
                };
                let gold = &doc.gold[a..b];
                if pred != gold {
                    let (t_off, ct_off) = (m.t_off(), m.ct_off());
                    for i in 0..(b - a) {
                        let (g, p) = (gold[i] as usize, pred[i] as usize);
                        let gp = if i == 0 { O } else { gold[i - 1] as usize };
                        let pp = if i == 0 { O } else { pred[i - 1] as usize };
                        if g == p && gp == pp {
                            continue;
                        }
                        if g != p {
                            for k in 0..N_FEATS {
                                let f = doc.feats[(a + i) * N_FEATS + k] as usize;
                                m.add(f * ROW + g, 1.0, c);
                                m.add(f * ROW + p, -1.0, c);
                            }
                        }
                        let cl = doc.class[a + i] as usize;
                        m.add(t_off + gp * N_LABELS + g, 1.0, c);
                        m.add(t_off + pp * N_LABELS + p, -1.0, c);
                        m.add(ct_off + (cl * N_LABELS + gp) * N_LABELS + g, 1.0, c);
                        m.add(ct_off + (cl * N_LABELS + pp) * N_LABELS + p, -1.0, c);
                    }
                }
                c += 1.0;
            }
        }
        m.w.iter()
            .zip(m.wa.iter())
            .map(|(&w, &a)| (w as f64 - a / c) as f32)
            .collect()
    }

    fn splitmix(s: &mut u64) -> u64 {
        *s = s.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = *s;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find<'a>(text: &'a str, spans: &[(Span, EntityKind)]) -> Vec<(&'a str, EntityKind)> {
        spans.iter().map(|(s, k)| (s.slice(text), *k)).collect()
    }

    #[test]
    fn tokenizer_keeps_hyphenated_words() {
        let text =
            "В Ростов-на-Дону и Нагорно-Карабахской «республике», O'Brien - там. infox.ru г.";
        let toks = tokenize(text);
        let words: Vec<&str> = toks.iter().map(|t| &text[t.start..t.end]).collect();
        assert_eq!(
            words,
            [
                "В",
                "Ростов-на-Дону",
                "и",
                "Нагорно-Карабахской",
                "«",
                "республике",
                "»",
                ",",
                "O'Brien",
                "-",
                "там",
                ".",
                "infox.ru",
                "г",
                "."
            ]
        );
    }

    #[test]
    fn case_forms_share_the_gazetteer_key() {
        let key = |w: &str| tokenize(w)[0].rstem;
        for forms in [
            &["Москва", "Москвы", "Москве", "Москву", "Москвой"][..],
            &["Путин", "Путина", "Путину", "Путиным", "Путине"],
            &["Медведев", "Медведева", "Медведеву", "Медведевым"],
            &["Россия", "России", "Россию", "Россией"],
            &["Кремль", "Кремля", "Кремлем"],
            &["Казань", "Казани", "Казанью"],
            &["Белый", "Белого", "Белом", "Белому"],
            &["Нью-Йорк", "Нью-Йорке"],
        ] {
            for f in forms {
                assert_eq!(key(f), key(forms[0]), "{f}");
            }
        }
        assert_ne!(key("Москва"), key("Москвич"));
        // short words and abbreviations keep their last letter
        assert_ne!(key("США"), key("СШ"));
        let g = gazetteer();
        assert!(g.get(&key("Москве")).is_some_and(|b| b & G_CITY != 0));
        assert!(g.get(&key("Дмитрия")).is_some_and(|b| b & G_GIVEN != 0));
        assert!(g.get(&key("Франции")).is_some_and(|b| b & G_LOC != 0));
    }

    #[test]
    fn bytes_round_trip() {
        let t = Tagger::builtin_ru();
        let b = t.to_bytes();
        let u = Tagger::from_bytes(&b).unwrap();
        assert_eq!(&u, t);
        assert_eq!(u.to_bytes(), b);
        let e = Tagger::default();
        assert_eq!(Tagger::from_bytes(&e.to_bytes()).unwrap(), e);
    }

    #[test]
    fn garbage_is_an_error() {
        assert!(Tagger::from_bytes(b"").is_err());
        assert!(Tagger::from_bytes(b"PNTG").is_err());
        assert!(Tagger::from_bytes(&[0u8; 5000]).is_err());
        let good = Tagger::default().to_bytes();
        // Every truncation and every single-byte corruption is rejected without panicking.
        for n in 0..good.len() {
            assert!(Tagger::from_bytes(&good[..n]).is_err());
        }
        for i in 0..good.len() {
            let mut b = good.clone();
            b[i] ^= 0x5a;
            assert!(Tagger::from_bytes(&b).is_err(), "byte {i}");
        }
        let mut long = good.clone();
        long.push(0);
        assert!(Tagger::from_bytes(&long).is_err());
    }

    #[test]
    fn odd_input_does_not_panic() {
        let t = Tagger::builtin_ru();
        let big = "а".repeat(500_000);
        let big_caps = "Я".repeat(500_000);
        let spaced = "Москва ".repeat(20_000);
        let inputs: Vec<&str> = vec![
            "",
            " ",
            "\n\n\n",
            "😀🇷🇺👍🏽",
            "\u{0}\u{1}\u{2}\u{7f}\u{fffd}\u{feff}",
            "-",
            "'",
            "-а-",
            "ё",
            "\u{301}\u{301}",
            "Москва\u{0}Путин\u{1}",
            &big,
            &big_caps,
            &spaced,
        ];
        for s in inputs {
            for (span, _) in t.tag(s) {
                assert!(s.is_char_boundary(span.start) && s.is_char_boundary(span.end));
                assert!(span.start < span.end && span.end <= s.len());
            }
        }
        let bin: Vec<u8> = (0..4096u32)
            .map(|i| (i.wrapping_mul(2654435761) >> 24) as u8)
            .collect();
        let lossy = String::from_utf8_lossy(&bin);
        let _ = t.tag(&lossy);
    }

    #[test]
    fn builtin_finds_person_and_location() {
        let text = "Владимир Путин провел совещание в Москве.";
        let found = find(text, &Tagger::builtin_ru().tag(text));
        assert!(
            found.contains(&("Владимир Путин", EntityKind::Person)),
            "{found:?}"
        );
        assert!(
            found.contains(&("Москве", EntityKind::Location)),
            "{found:?}"
        );
    }

    #[test]
    fn spans_are_on_char_boundaries_and_ordered() {
        let text = "По данным «Газпрома», президент Франции Эмманюэль Макрон прибыл в Санкт-Петербург. \
                    ООН и МИД России 😀 заявили: Сергей Лавров встретился с Антони Блинкеном в Женеве.";
        let spans = Tagger::builtin_ru().tag(text);
        assert!(!spans.is_empty());
        let mut last = 0;
        for (s, _) in &spans {
            assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            assert!(s.start >= last && s.start < s.end);
            last = s.end;
        }
    }

    #[test]
    fn training_learns_a_toy_set() {
        let mk = |t: &str, ents: &[(&str, EntityKind)]| {
            let spans = ents
                .iter()
                .map(|(e, k)| {
                    let s = t.find(e).unwrap();
                    (Span::new(s, s + e.len()), *k)
                })
                .collect::<Vec<_>>();
            (t.to_string(), spans)
        };
        let ex = vec![
            mk(
                "Иван Петров живет в Казани.",
                &[
                    ("Иван Петров", EntityKind::Person),
                    ("Казани", EntityKind::Location),
                ],
            ),
            mk(
                "Компания Газпром открыла офис в Омске.",
                &[
                    ("Газпром", EntityKind::Organization),
                    ("Омске", EntityKind::Location),
                ],
            ),
            mk(
                "Министр Сергей Иванов посетил Тверь.",
                &[
                    ("Сергей Иванов", EntityKind::Person),
                    ("Тверь", EntityKind::Location),
                ],
            ),
        ];
        let t = Tagger::train(
            &ex,
            &TrainOptions {
                epochs: 10,
                hash_bits: 14,
                ..Default::default()
            },
        );
        for (text, gold) in &ex {
            assert_eq!(&t.tag(text), gold);
        }
        let t2 = Tagger::from_bytes(&t.to_bytes()).unwrap();
        assert_eq!(t2, t);
        // The fast path is a model flag that survives the round trip.
        let opts = TrainOptions {
            epochs: 10,
            hash_bits: 14,
            fast_lowercase: true,
            ..Default::default()
        };
        let f = Tagger::train(&ex, &opts);
        assert!(f.fast);
        assert_eq!(Tagger::from_bytes(&f.to_bytes()).unwrap(), f);
        for (text, gold) in &ex {
            assert_eq!(&f.tag(text), gold);
        }
    }

    #[test]
    fn weights_are_packed_exactly() {
        let w = [-MAX_Q, MAX_Q, 0, 1, -1, 77, -MAX_Q / 2, 0];
        assert_eq!(unpack(&pack(&w)), w);
        // A weight beyond ±MAX_Q in a file is rejected (token sums would overflow a lane).
        let mut t = Tagger::default();
        t.weights[3] = pack(&[5, 0, 0, 0, 0, 0, 0, 0]);
        let mut b = t.to_bytes();
        let body = b.len() - 4;
        let at = body - 2 * N_LABELS; // the only stored row
        b[at..at + 2].copy_from_slice(&(MAX_Q + 1).to_le_bytes());
        let sum = fnv1a(&b[..body]);
        b[body..].copy_from_slice(&sum.to_le_bytes());
        assert!(Tagger::from_bytes(&b).is_err());
    }
}
