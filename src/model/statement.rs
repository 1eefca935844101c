use super::Span;
use serde::{Deserialize, Serialize};

/// Whether a statement is quoted or reported.
///
/// ```
/// assert_eq!(serde_json::to_string(&polynews::StatementKind::Direct).unwrap(), "\"direct\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum StatementKind {
    /// The content is in quotation marks.
    Direct,
    /// Reported speech or an attribution (`according to`, `по словам`, `Theo`).
    Indirect,
}

impl StatementKind {
    /// The name used in the Article JSON.
    ///
    /// ```
    /// assert_eq!(polynews::StatementKind::Indirect.as_str(), "indirect");
    /// ```
    pub fn as_str(&self) -> &'static str {
        match self {
            StatementKind::Direct => "direct",
            StatementKind::Indirect => "indirect",
        }
    }
}

/// Who said what: one communication act the article reports.
///
/// ```
/// use polynews::{Article, StatementKind};
/// let a = Article::parse("\"We are ready to talk,\" Putin said.").unwrap();
/// let s = &a.statements[0];
/// assert_eq!(s.kind, StatementKind::Direct);
/// assert_eq!(s.content, "We are ready to talk");
/// assert_eq!(s.cue, "said");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Statement {
    /// Id of the speaking entity, or `None` when the speaker is not a named entity.
    pub speaker: Option<String>,
    /// The words that name or refer to the speaker, or `None` in impersonal forms.
    pub speaker_text: Option<String>,
    /// The communication verb or attribution words (`said`, `заявил`, `cho biết`, `Theo`).
    pub cue: String,
    /// Quoted or reported.
    pub kind: StatementKind,
    /// What was said.
    pub content: String,
    /// Where the content is in `text`.
    pub content_span: Span,
    /// Index of the sentence where the content starts.
    pub sentence: usize,
}
