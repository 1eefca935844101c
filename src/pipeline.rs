//! The parser: options, and the stages run in order.

use crate::extract::{self, Ctx};
use crate::lexicon::Lexicon;
use crate::normalize::normalize_with_map;
use crate::segment::{sentences, tokenize_lower};
use crate::structure::{self, Layout, Line};
use crate::tagger::Tagger;
use crate::{langid, Article, Error, ErrorKind, Lang, OffsetMap, Result, Span};
use std::sync::{Arc, OnceLock};

/// What a [`Parser`] does.
///
/// ```
/// use polynews::{Lang, Options, Parser};
/// let opts = Options { allowed_langs: Some(vec![Lang::Ru]), ..Options::default() };
/// let p = Parser::with_options(opts);
/// assert!(p.parse("The talks were held in Moscow on Tuesday.").is_err());
/// ```
#[derive(Debug, Clone)]
pub struct Options {
    /// Languages accepted; `None` accepts all. Others give
    /// [`ErrorKind::LanguageNotAllowed`].
    pub allowed_langs: Option<Vec<Lang>>,
    /// Keep boilerplate lines in `text` (they are listed in `boilerplate` either way).
    pub keep_boilerplate: bool,
    /// Largest input accepted, in bytes (default 2 MiB: real articles are far smaller, and a
    /// parse needs about 25 bytes of memory per input byte; raise it for longer documents).
    pub max_bytes: usize,
    /// Extract entities (and link them).
    pub entities: bool,
    /// Extract dates.
    pub dates: bool,
    /// Extract quantities.
    pub quantities: bool,
    /// Extract statements.
    pub statements: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            allowed_langs: None,
            keep_boilerplate: false,
            max_bytes: 2 << 20,
            entities: true,
            dates: true,
            quantities: true,
            statements: true,
        }
    }
}

/// A reusable, thread-safe parser: options plus the lexicon.
///
/// ```
/// use polynews::Parser;
/// let p = Parser::new();
/// let a = p.parse_with_id("a1", "Talks were held in Moscow.").unwrap();
/// assert_eq!(a.id.as_deref(), Some("a1"));
/// ```
#[derive(Debug, Clone)]
pub struct Parser {
    options: Options,
    lexicon: Arc<Lexicon>,
    /// The Russian tagger; `None` is the built-in model.
    ru_tagger: Option<Arc<Tagger>>,
}

impl Default for Parser {
    fn default() -> Self {
        Parser::new()
    }
}

impl Parser {
    /// A parser with default options and the built-in lexicon.
    ///
    /// ```
    /// let _ = polynews::Parser::new();
    /// ```
    pub fn new() -> Parser {
        Parser::with_options(Options::default())
    }

    /// A parser with options and the built-in lexicon.
    ///
    /// ```
    /// let opts = polynews::Options { statements: false, ..Default::default() };
    /// let _ = polynews::Parser::with_options(opts);
    /// ```
    pub fn with_options(options: Options) -> Parser {
        let lexicon = Lexicon::builtin_shared().clone();
        Parser {
            options,
            lexicon,
            ru_tagger: None,
        }
    }

    /// Replaces the lexicon (for example the built-in one extended with your own rows).
    ///
    /// ```
    /// use polynews::{lexicon::{Entry, Lexicon}, EntityKind, Parser};
    /// let mut lex = Lexicon::builtin().clone();
    /// lex.add(Entry::new(EntityKind::Organization, "Zeta Labs", &["Zeta Labs"]));
    /// let a = Parser::new().lexicon(lex).parse("Zeta Labs opened an office.").unwrap();
    /// assert_eq!(a.entities[0].name, "Zeta Labs");
    /// ```
    pub fn lexicon(mut self, lexicon: Lexicon) -> Parser {
        self.lexicon = Arc::new(lexicon);
        self
    }

    /// Uses another Russian tagger model (for example one trained on your own data with
    /// [`Tagger::train`]) instead of the built-in one.
    ///
    /// ```
    /// use polynews::{tagger::Tagger, Parser};
    /// use std::sync::Arc;
    /// let model = Tagger::from_bytes(&Tagger::builtin_ru().to_bytes()).unwrap();
    /// let p = Parser::new().ru_tagger(Arc::new(model));
    /// assert!(p.parse("Владимир Путин прибыл в Москву.").is_ok());
    /// ```
    pub fn ru_tagger(mut self, tagger: Arc<Tagger>) -> Parser {
        self.ru_tagger = Some(tagger);
        self
    }

    /// The options.
    ///
    /// ```
    /// assert!(polynews::Parser::new().options().entities);
    /// ```
    pub fn options(&self) -> &Options {
        &self.options
    }

    pub(crate) fn default_ref() -> &'static Parser {
        static P: OnceLock<Parser> = OnceLock::new();
        P.get_or_init(Parser::new)
    }

    /// Parses UTF-8 bytes; invalid UTF-8 is an error.
    ///
    /// ```
    /// let p = polynews::Parser::new();
    /// assert!(p.parse_bytes("Talks in Hanoi.".as_bytes()).is_ok());
    /// assert!(p.parse_bytes(b"Talks \xff").is_err());
    /// ```
    ///
    /// # Errors
    /// [`ErrorKind::InvalidUtf8`], and those of [`Parser::parse`].
    pub fn parse_bytes(&self, bytes: &[u8]) -> Result<Article> {
        // binary input is named as such before it can fail as invalid UTF-8
        check_binary(bytes)?;
        let text = std::str::from_utf8(bytes).map_err(|e| {
            Error::new(ErrorKind::InvalidUtf8 {
                valid_up_to: e.valid_up_to(),
            })
        })?;
        self.parse(text)
    }

    /// Parses bytes, replacing invalid UTF-8 sequences with U+FFFD.
    ///
    /// ```
    /// let a = polynews::Parser::new().parse_bytes_lossy(b"Talks in Hanoi \xff today.").unwrap();
    /// assert!(a.text.contains('\u{fffd}'));
    /// ```
    ///
    /// # Errors
    /// Those of [`Parser::parse`].
    pub fn parse_bytes_lossy(&self, bytes: &[u8]) -> Result<Article> {
        check_binary(bytes)?;
        self.parse(&String::from_utf8_lossy(bytes))
    }

    /// Parses an article and sets its id.
    ///
    /// ```
    /// let a = polynews::Parser::new().parse_with_id("x", "Hello world.").unwrap();
    /// assert_eq!(a.id.as_deref(), Some("x"));
    /// ```
    ///
    /// # Errors
    /// Those of [`Parser::parse`].
    pub fn parse_with_id(&self, id: &str, text: &str) -> Result<Article> {
        let mut a = self.parse(text)?;
        a.id = Some(id.to_string());
        Ok(a)
    }

    /// Parses raw article text.
    ///
    /// ```
    /// let a = polynews::Parser::new().parse("En Ar\n\nПутин провел переговоры в Кремле.").unwrap();
    /// assert_eq!(a.boilerplate, ["En Ar"]);
    /// ```
    ///
    /// # Errors
    /// [`ErrorKind::TooLarge`], [`ErrorKind::Binary`], [`ErrorKind::Empty`],
    /// [`ErrorKind::LanguageNotAllowed`].
    pub fn parse(&self, raw: &str) -> Result<Article> {
        // any panic is a bug; in a corpus run it must cost one record, not the run
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| self.parse_checked(raw)))
            .unwrap_or_else(|p| {
                let message = p
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| p.downcast_ref::<String>().cloned())
                    .unwrap_or_default();
                Err(Error::new(ErrorKind::Internal { message }))
            })
    }

    fn parse_checked(&self, raw: &str) -> Result<Article> {
        if raw.len() > self.options.max_bytes {
            return Err(Error::new(ErrorKind::TooLarge {
                size: raw.len(),
                limit: self.options.max_bytes,
            }));
        }
        check_binary(raw.as_bytes())?;
        let norm = normalize_with_map(raw);
        if !norm.text.chars().any(char::is_alphanumeric) {
            return Err(Error::new(ErrorKind::Empty));
        }
        let layout = structure::parse(&norm.text, &self.lexicon);
        let mut article = assemble(
            &norm.text,
            &norm.map,
            &layout,
            self.options.keep_boilerplate,
        );
        let (lang, conf) = detect_body(&article);
        if let Some(allowed) = &self.options.allowed_langs {
            if !allowed.contains(&lang) {
                return Err(Error::new(ErrorKind::LanguageNotAllowed {
                    lang: lang.code().to_string(),
                }));
            }
        }
        article.lang = lang;
        article.lang_confidence = (conf * 1000.0).round() / 1000.0;
        self.extract(&mut article);
        Ok(article)
    }

    fn extract(&self, a: &mut Article) {
        let profile = crate::lang::profile(a.lang);
        let (toks, lower) = tokenize_lower(&a.text);
        a.sentences = sentences(&a.text, &toks, profile);
        let text = std::mem::take(&mut a.text);
        let cx = Ctx::new(&text, &lower, &toks, profile);
        let tagger = self
            .ru_tagger
            .as_deref()
            .unwrap_or_else(|| Tagger::builtin_ru());
        extract::run(&cx, a, &self.options, &self.lexicon, tagger);
        a.text = text;
    }
}

/// Rejects data with NUL bytes or mostly control characters.
fn check_binary(bytes: &[u8]) -> Result<()> {
    let head = &bytes[..bytes.len().min(8192)];
    let (mut controls, mut nul) = (0, false);
    for chunk in head.chunks(8) {
        // eight bytes at a time: a word with no byte under 0x20 needs no closer look
        if let Ok(w) = <[u8; 8]>::try_from(chunk) {
            let w = u64::from_le_bytes(w);
            if crate::hash::bytes_below(w, 0x20) == 0 {
                continue;
            }
        }
        for &b in chunk.iter().filter(|&&b| b < 0x20) {
            nul |= b == 0;
            controls += usize::from(!matches!(b, b'\n' | b'\r' | b'\t' | 0x0C));
        }
    }
    if nul || controls * 10 > head.len().max(1) {
        return Err(Error::new(ErrorKind::Binary));
    }
    Ok(())
}

/// Builds `text` from the kept lines, with paragraphs and the offset map.
fn assemble(norm: &str, map: &OffsetMap, layout: &Layout, keep_boilerplate: bool) -> Article {
    let mut a = Article::default();
    let mut pieces: Vec<(Line, bool)> = Vec::new();
    pieces.extend(layout.title.iter().map(|l| (*l, false)));
    pieces.extend(layout.date_lines.iter().map(|l| (*l, false)));
    pieces.extend(layout.body.iter().map(|l| (*l, true)));
    if keep_boilerplate {
        pieces.sort_by_key(|(l, _)| l.start);
    }
    pieces.sort_by_key(|(l, _)| l.start);
    let anchors = map.anchors();
    for (line, is_par) in pieces {
        if !a.text.is_empty() {
            a.text.push('\n');
        }
        let at = a.text.len();
        a.text.push_str(line.text(norm));
        a.offset_map.push(at, map.to_input(line.start));
        let from = anchors.partition_point(|x| x.0 <= line.start);
        for &(n, o) in anchors[from..].iter().take_while(|x| x.0 < line.end) {
            a.offset_map.push(at + n - line.start, o);
        }
        if is_par {
            a.paragraphs.push(Span::new(at, a.text.len()));
        }
    }
    a.title = layout.title.map(|l| l.text(norm).to_string());
    a.source = layout.source.clone();
    a.dateline = layout.dateline.clone();
    a.published = layout.published.clone();
    a.boilerplate = layout.boilerplate.clone();
    a
}

/// Language of the body paragraphs (the title and date lines only when there is no body).
fn detect_body(a: &Article) -> (Lang, f64) {
    let body = match (a.paragraphs.first(), a.paragraphs.last()) {
        (Some(f), Some(l)) => &a.text[f.start..l.end],
        _ => &a.text,
    };
    langid::detect(body)
}

#[cfg(test)]
mod tests {
    use super::check_binary;

    #[test]
    fn binary_input_is_told_by_nul_bytes_and_control_characters() {
        let text = "Line one.\n\tLine two\r\n\u{c}Page.".repeat(40);
        assert!(check_binary(text.as_bytes()).is_ok());
        for at in [0, 7, 8, 13, text.len() - 1] {
            let mut b = text.clone().into_bytes();
            b[at] = 0;
            assert!(check_binary(&b).is_err(), "NUL at {at}");
        }
        let controls: Vec<u8> = (0..100u8)
            .map(|i| if i % 5 == 0 { 1 } else { b'a' })
            .collect();
        assert!(check_binary(&controls).is_err());
        let few: Vec<u8> = (0..100u8)
            .map(|i| if i % 20 == 0 { 1 } else { b'a' })
            .collect();
        assert!(check_binary(&few).is_ok());
    }
}
