//! Normalization: a Unicode layer, homoglyph repair, Vietnamese tone placement, and the
//! folded keys and romanization used for cross-lingual matching.
//!
//! ```
//! use polynews::normalize::{key, normalize};
//! assert_eq!(normalize("Nagorno\u{a0}Kарабах\u{200b}"), "Nagorno Карабах");
//! assert_eq!(key("Nagorno-Karabakh"), key("nagorno karabakh"));
//! ```

mod homoglyph;
mod key;
mod translit;
mod unicode;
mod vietnamese;

pub use homoglyph::repair as repair_homoglyphs;
pub use key::{key, key_into};
pub use translit::translit_ru;
pub(crate) use unicode::normalize_with_map;
pub use unicode::{is_dash, normalize, quote_class, QuoteClass};
pub use vietnamese::normalize_vi_tones;
