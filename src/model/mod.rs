//! The public records: pure data with serde, serialized as the Article JSON format.
//!
//! Every type here derives `Serialize` and `Deserialize`; spans are half-open UTF-8 byte
//! offsets into [`Article::text`].

mod article;
mod entity;
mod json;
mod lang;
mod span;
mod statement;

pub use article::{Article, DateMention, Dateline, Quantity};
pub use entity::{Entity, EntityKind, Mention};
pub use lang::Lang;
pub use span::{OffsetMap, Span};
pub use statement::{Statement, StatementKind};
