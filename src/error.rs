//! The crate's one error type.

/// What went wrong. New kinds may be added.
///
/// ```
/// use polynews::{Error, ErrorKind, Parser};
/// let err = Parser::new().parse_bytes(&[b'a', 0xff, 0xfe]).unwrap_err();
/// assert!(matches!(err.kind(), ErrorKind::InvalidUtf8 { .. }));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The input is not valid UTF-8; `valid_up_to` bytes were.
    #[error("input is not valid UTF-8 (valid up to byte {valid_up_to})")]
    InvalidUtf8 {
        /// Length of the valid prefix.
        valid_up_to: usize,
    },
    /// The input has no letters or digits at all (empty, whitespace, or only symbols).
    #[error("input has no text")]
    Empty,
    /// The input looks like binary data (NUL bytes or mostly control characters).
    #[error("input looks like binary data")]
    Binary,
    /// The input is larger than the parser's configured limit.
    #[error("input of {size} bytes is over the limit of {limit} bytes")]
    TooLarge {
        /// Input size in bytes.
        size: usize,
        /// The configured limit.
        limit: usize,
    },
    /// The detected language is not among the parser's allowed languages.
    #[error("language {lang} is not allowed")]
    LanguageNotAllowed {
        /// The detected language code.
        lang: String,
    },
    /// A corpus record could not be read (bad JSON, missing `text`).
    #[error("bad record: {reason}")]
    BadRecord {
        /// Why.
        reason: String,
    },
    /// A lexicon file or row could not be read.
    #[error("bad lexicon row {line}: {reason}")]
    BadLexicon {
        /// 1-based line number of the bad row.
        line: usize,
        /// Why.
        reason: String,
    },
    /// The parser failed on this input: a bug, reported as an error instead of a panic.
    #[error("internal error: {message}")]
    Internal {
        /// What failed (a bug: please report it with the input).
        message: String,
    },
    /// Reading input failed.
    #[error("i/o error: {message}")]
    Io {
        /// The I/O error, as text.
        message: String,
    },
}

/// The error of every fallible polynews call.
///
/// ```
/// let err = polynews::Article::parse("   ").unwrap_err();
/// assert_eq!(err.kind(), &polynews::ErrorKind::Empty);
/// assert_eq!(err.to_string(), "input has no text");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{kind}")]
pub struct Error {
    kind: ErrorKind,
}

/// `Result` with [`Error`].
pub type Result<T> = std::result::Result<T, Error>;

impl Error {
    /// Makes an error of a kind.
    ///
    /// ```
    /// let e = polynews::Error::new(polynews::ErrorKind::Binary);
    /// assert_eq!(e.to_string(), "input looks like binary data");
    /// ```
    pub fn new(kind: ErrorKind) -> Error {
        Error { kind }
    }

    /// What went wrong.
    ///
    /// ```
    /// let e = polynews::Error::new(polynews::ErrorKind::Empty);
    /// assert_eq!(e.kind(), &polynews::ErrorKind::Empty);
    /// ```
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Error {
        Error::new(ErrorKind::Io {
            message: e.to_string(),
        })
    }
}
