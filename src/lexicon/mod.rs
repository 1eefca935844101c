//! The multilingual lexicon of people, organizations and places.

pub(crate) mod ru_morph;
