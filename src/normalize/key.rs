//! Folded cross-lingual keys. (Skeleton: to be completed.)

/// Folds a name to its cross-lingual key.
///
/// ```
/// assert_eq!(polynews::normalize::key("Putin"), "putin");
/// ```
pub fn key(s: &str) -> String {
    let mut out = String::new();
    key_into(s, &mut out);
    out
}

/// Like [`key`], appending to `out`.
///
/// ```
/// let mut s = String::new();
/// polynews::normalize::key_into("Putin", &mut s);
/// assert_eq!(s, "putin");
/// ```
pub fn key_into(s: &str, out: &mut String) {
    out.push_str(&s.to_lowercase());
}
