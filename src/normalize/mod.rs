//! Normalization: a Unicode layer, homoglyph repair, Vietnamese tone placement, and the
//! folded keys and romanization used for cross-lingual matching.

mod key;
mod translit;
mod vietnamese;

pub use key::{key, key_into};
pub use translit::translit_ru;
pub use vietnamese::normalize_vi_tones;
