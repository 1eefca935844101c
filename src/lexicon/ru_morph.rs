//! Russian morphology for names and place phrases. (Skeleton: to be completed.)

/// Matching stem of a lowercased, `ё`-folded Cyrillic word.
pub fn stem(word: &str) -> &str {
    word
}

/// Lemmatizes a person name (given name, patronymic, surname) to the nominative.
pub fn lemma_person(tokens: &[&str]) -> Vec<String> {
    tokens.iter().map(|t| t.to_string()).collect()
}

/// Lemmatizes a place or organization phrase to the nominative (adjective–noun agreement).
pub fn lemma_phrase(tokens: &[&str]) -> Vec<String> {
    tokens.iter().map(|t| t.to_string()).collect()
}
