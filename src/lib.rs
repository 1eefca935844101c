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
