//! Linking mentions to entities, and the corpus-level index.

/// Corpus-level index of entities.
#[derive(Debug, Default)]
pub struct CorpusIndex {}

/// One entity of the corpus index.
#[derive(Debug, Default)]
pub struct IndexEntry {}
