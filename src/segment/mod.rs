//! Segmentation: tokens and sentences.

mod sentence;
mod token;

pub(crate) use sentence::sentences;
pub(crate) use token::{
    lower_same_len, lower_same_len_in, split_hyphens, tokenize, tokenize_lower,
    tokenize_lower_prefix, Tok, TokKind,
};
