//! The parser.
use crate::{Article, Result};

/// Parser options.
#[derive(Debug, Clone, Default)]
pub struct Options {}

/// The reusable parser.
#[derive(Debug, Default)]
pub struct Parser {
    options: Options,
}

impl Parser {
    /// A parser with default options.
    pub fn new() -> Parser {
        Parser::default()
    }
    pub(crate) fn default_ref() -> &'static Parser {
        static P: std::sync::OnceLock<Parser> = std::sync::OnceLock::new();
        P.get_or_init(Parser::new)
    }
    /// Parses bytes.
    pub fn parse_bytes(&self, b: &[u8]) -> Result<Article> {
        let s = std::str::from_utf8(b).map_err(|e| crate::Error::new(crate::ErrorKind::InvalidUtf8 { valid_up_to: e.valid_up_to() }))?;
        self.parse(s)
    }
    /// Parses text.
    pub fn parse(&self, text: &str) -> Result<Article> {
        let _ = &self.options;
        Ok(Article { text: text.to_string(), ..Default::default() })
    }
}
