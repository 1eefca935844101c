//! Romanization of Cyrillic. (Skeleton: to be completed.)

/// Romanizes Russian Cyrillic for display, keeping case; other characters pass through.
///
/// ```
/// assert_eq!(polynews::normalize::translit_ru("abc"), "abc");
/// ```
pub fn translit_ru(s: &str) -> String {
    s.to_string()
}
