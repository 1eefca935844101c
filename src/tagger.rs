//! A compact learned entity tagger. (Skeleton: to be completed.)

use crate::{EntityKind, Span};

/// An averaged-perceptron sequence tagger over hashed features.
///
/// ```
/// let t = polynews::tagger::Tagger::builtin_ru();
/// let _ = t.tag("Путин прилетел в Москву.");
/// ```
#[derive(Debug, Default)]
pub struct Tagger {}

impl Tagger {
    /// The built-in Russian model.
    ///
    /// ```
    /// let _ = polynews::tagger::Tagger::builtin_ru();
    /// ```
    pub fn builtin_ru() -> &'static Tagger {
        static T: Tagger = Tagger {};
        &T
    }

    /// Tags entity spans (byte offsets into `text`).
    ///
    /// ```
    /// assert!(polynews::tagger::Tagger::builtin_ru().tag("").is_empty());
    /// ```
    pub fn tag(&self, text: &str) -> Vec<(Span, EntityKind)> {
        let _ = text;
        Vec::new()
    }
}
