use serde::{Deserialize, Serialize};
use std::fmt;

/// A language, serialized as its ISO 639-1 code (`"und"` when undetermined).
///
/// ```
/// use polynews::Lang;
/// assert_eq!(Lang::from_code("ru"), Lang::Ru);
/// assert_eq!(Lang::Vi.code(), "vi");
/// assert_eq!(Lang::from_code("uk").code(), "uk");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(into = "String", from = "String")]
#[non_exhaustive]
pub enum Lang {
    /// English.
    En,
    /// Russian.
    Ru,
    /// Vietnamese.
    Vi,
    /// Another language, by its two-letter ISO 639-1 code.
    Other([u8; 2]),
    /// Undetermined.
    #[default]
    Und,
}

impl Lang {
    /// Parses an ISO 639-1 code; anything unknown or malformed gives [`Lang::Und`].
    ///
    /// ```
    /// assert_eq!(polynews::Lang::from_code("EN"), polynews::Lang::En);
    /// assert_eq!(polynews::Lang::from_code("xyz"), polynews::Lang::Und);
    /// ```
    pub fn from_code(code: &str) -> Lang {
        let c = code.trim().to_ascii_lowercase();
        match c.as_str() {
            "en" => Lang::En,
            "ru" => Lang::Ru,
            "vi" => Lang::Vi,
            _ if c.len() == 2 && c.bytes().all(|b| b.is_ascii_lowercase()) => {
                let b = c.as_bytes();
                Lang::Other([b[0], b[1]])
            }
            _ => Lang::Und,
        }
    }

    /// The ISO 639-1 code, or `"und"`.
    ///
    /// ```
    /// assert_eq!(polynews::Lang::Und.code(), "und");
    /// ```
    pub fn code(&self) -> &str {
        match self {
            Lang::En => "en",
            Lang::Ru => "ru",
            Lang::Vi => "vi",
            Lang::Other(b) => std::str::from_utf8(b).unwrap_or("und"),
            Lang::Und => "und",
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl From<Lang> for String {
    fn from(l: Lang) -> String {
        l.code().to_string()
    }
}

impl From<String> for Lang {
    fn from(s: String) -> Lang {
        Lang::from_code(&s)
    }
}
