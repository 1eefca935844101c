//! # polynews
//!
//! Turns raw multilingual news text (Russian, Vietnamese, English first) into typed, linked
//! records: language, title, source agency, dateline, published date, clean paragraphs and
//! sentences; the people, organizations and places it names, linked across languages and
//! inflections; the dates and quantities it states, normalized; and who said what.
//!
//! ```
//! use polynews::{Article, EntityKind, Lang};
//!
//! let raw = "Путин и Алиев обсудили ситуацию\n\n\
//!            Президент России Владимир Путин провел разговор с Ильхамом Алиевым. \
//!            Об этом сообщила пресс-служба Кремля.";
//! let article = Article::parse(raw)?;
//! assert_eq!(article.lang, Lang::Ru);
//! let aliyev = article.entities.iter().find(|e| e.key == "ilham aliev").unwrap();
//! assert_eq!(aliyev.kind, EntityKind::Person);
//! assert_eq!(aliyev.mentions.len(), 2); // "Алиев", "Ильхамом Алиевым"
//! # Ok::<(), polynews::Error>(())
//! ```
//!
//! The pipeline runs one straight path per article:
//! normalize → detect language → parse structure → segment → extract → link.
#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod error;
mod hash;
mod model;

pub mod corpus;
mod extract;
pub mod lang;
mod langid;
pub mod lexicon;
mod link;
pub mod normalize;
mod pipeline;
mod segment;
mod structure;
pub mod tagger;

pub use error::{Error, ErrorKind, Result};
pub use link::{CorpusIndex, IndexEntry};
pub use model::*;
pub use pipeline::{Options, Parser};

/// The articles of the repository's test data, for unit tests that check a property over
/// real text: the seeds and the `full_dev` and `heldout` sets (one `.txt` per article).
#[cfg(test)]
pub(crate) fn test_articles() -> Vec<String> {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut texts = Vec::new();
    for dir in ["seeds", "tests/data/full_dev", "tests/data/heldout"] {
        for e in std::fs::read_dir(format!("{root}/{dir}")).unwrap() {
            let p = e.unwrap().path();
            if p.extension().is_some_and(|x| x == "txt") {
                texts.push(std::fs::read_to_string(p).unwrap());
            }
        }
    }
    texts
}
