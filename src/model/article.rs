use super::{Entity, Lang, OffsetMap, Span, Statement};
use serde::{Deserialize, Serialize};

/// The place and date of a wire dateline (`MOSCOW, June 9. /TASS/.`).
///
/// ```
/// let a = polynews::Article::parse("MOSCOW, June 9. /TASS/. Talks were held.").unwrap();
/// let d = a.dateline.unwrap();
/// assert_eq!(d.place, "MOSCOW");
/// assert_eq!(d.date_text.as_deref(), Some("June 9"));
/// assert_eq!(d.date.as_deref(), Some("--06-09"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dateline {
    /// The place, as written.
    pub place: String,
    /// The date words, as written, if the dateline has them.
    pub date_text: Option<String>,
    /// The normalized date (`YYYY-MM-DD`, or `--MM-DD` when no year is known).
    pub date: Option<String>,
}

/// A calendar date stated in the text.
///
/// ```
/// let a = polynews::Article::parse("Он родился 9 ноября 2020 года.").unwrap();
/// assert_eq!(a.dates[0].text, "9 ноября 2020");
/// assert_eq!(a.dates[0].value, "2020-11-09");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateMention {
    /// The minimal day/month/year span, as written.
    pub text: String,
    /// `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, `--MM-DD` (year unknown) or `YYYY/YYYY` (range of years).
    pub value: String,
    /// Byte offset where it starts in `text`.
    pub start: usize,
    /// Byte offset one past its end.
    pub end: usize,
}

/// A number with the thing it counts.
///
/// ```
/// let a = polynews::Article::parse("About 200 people were killed.").unwrap();
/// let q = &a.quantities[0];
/// assert_eq!((q.value, q.unit.as_str(), q.approx), (200.0, "people", true));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    /// The number and its noun, as written (modifiers such as `about` left out).
    pub text: String,
    /// The numeric value.
    pub value: f64,
    /// The counted noun, in English (`people`, `flights`, `km`).
    pub unit: String,
    /// Whether the text gives it as approximate (`about`, `more than`, `около`, `khoảng`).
    pub approx: bool,
    /// Byte offset where it starts in `text`.
    pub start: usize,
    /// Byte offset one past its end.
    pub end: usize,
}

/// One news article as typed, linked records. Serializes to the Article JSON format.
///
/// ```
/// let raw = "Putin and Erdogan held talks\nMOSCOW, June 9. /TASS/. Russian President Vladimir Putin \
///            held talks with Recep Tayyip Erdogan.";
/// let a = polynews::Article::parse(raw).unwrap();
/// assert_eq!(a.lang, polynews::Lang::En);
/// assert_eq!(a.title.as_deref(), Some("Putin and Erdogan held talks"));
/// assert_eq!(a.source.as_deref(), Some("TASS"));
/// let json = serde_json::to_string(&a).unwrap();
/// let back: polynews::Article = serde_json::from_str(&json).unwrap();
/// assert_eq!(back, a);
/// ```
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Article {
    /// Caller-given id (a file stem, a JSONL `id`), or `None`.
    pub id: Option<String>,
    /// Detected language.
    pub lang: Lang,
    /// Confidence of the language decision, 0 to 1.
    pub lang_confidence: f64,
    /// The headline, when the text has one.
    pub title: Option<String>,
    /// Canonical name of the agency or outlet the text credits.
    pub source: Option<String>,
    /// The wire dateline, if any.
    pub dateline: Option<Dateline>,
    /// The article date (`YYYY-MM-DD`) when the text states it.
    pub published: Option<String>,
    /// Normalized text: title and body, boilerplate removed. Every span points into it.
    pub text: String,
    /// Body paragraphs (the title is not one).
    pub paragraphs: Vec<Span>,
    /// Sentences of the title and body.
    pub sentences: Vec<Span>,
    /// Lines removed as boilerplate (language switchers, photo credits, footers).
    pub boilerplate: Vec<String>,
    /// People, organizations and places, each with all its mentions.
    pub entities: Vec<Entity>,
    /// Who said what.
    pub statements: Vec<Statement>,
    /// Calendar dates.
    pub dates: Vec<DateMention>,
    /// Numbers with what they count.
    pub quantities: Vec<Quantity>,
    /// Maps offsets of `text` back to offsets of the original input.
    #[serde(default)]
    pub offset_map: OffsetMap,
}

impl Article {
    /// Parses raw article text with the default [`Parser`](crate::Parser).
    ///
    /// ```
    /// let a = polynews::Article::parse("Hà Nội (TTXVN) - Thủ tướng đã có cuộc gặp.").unwrap();
    /// assert_eq!(a.lang, polynews::Lang::Vi);
    /// ```
    ///
    /// # Errors
    /// [`ErrorKind::Empty`](crate::ErrorKind::Empty) when the text has no letters at all.
    pub fn parse(text: &str) -> crate::Result<Article> {
        crate::Parser::default_ref().parse(text)
    }

    /// The text a span of [`Article::text`] covers, `""` when out of range.
    ///
    /// ```
    /// let a = polynews::Article::parse("Talks were held in Moscow.").unwrap();
    /// assert_eq!(a.slice(a.sentences[0]), "Talks were held in Moscow.");
    /// ```
    pub fn slice(&self, span: Span) -> &str {
        span.slice(&self.text)
    }

    /// Maps a span of [`Article::text`] to the byte range of the original input.
    ///
    /// ```
    /// let raw = "En Ar\n\nПутин провел\u{a0}переговоры.";
    /// let a = polynews::Article::parse(raw).unwrap();
    /// let s = a.source_span(a.sentences[0]);
    /// assert_eq!(&raw[s.start..s.end], "Путин провел\u{a0}переговоры.");
    /// ```
    pub fn source_span(&self, span: Span) -> Span {
        self.offset_map.span_to_input(span)
    }

    /// Appends the article as one line of compact Article JSON (no newline): the same bytes
    /// as `serde_json::to_writer`, written several times faster, for corpus runs.
    ///
    /// ```
    /// let a = polynews::Article::parse("\"We are ready,\" Putin said in Moscow.").unwrap();
    /// let mut out = Vec::new();
    /// a.write_json(&mut out);
    /// assert_eq!(out, serde_json::to_vec(&a).unwrap());
    /// ```
    pub fn write_json(&self, out: &mut Vec<u8>) {
        super::json::Json::write(self, out);
    }
}
