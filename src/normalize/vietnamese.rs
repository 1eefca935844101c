//! Vietnamese tone-mark placement. (Skeleton: to be completed.)

use std::borrow::Cow;

/// Unifies Vietnamese tone-mark placement to one form.
///
/// ```
/// assert_eq!(polynews::normalize::normalize_vi_tones("abc"), "abc");
/// ```
pub fn normalize_vi_tones(s: &str) -> Cow<'_, str> {
    Cow::Borrowed(s)
}
