//! Structure: which lines are title, date line, body paragraphs and boilerplate; the dateline
//! and the credited source.
//!
//! It runs before language identification (so that the language is decided on the body, not
//! on switchers and credits) and therefore reads the word tables of every built-in language.

mod boilerplate;
mod dateline;
mod title;

use crate::lexicon::Lexicon;
use crate::Dateline;

/// A line of the normalized text: byte range without its newline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Line {
    pub start: usize,
    pub end: usize,
}

impl Line {
    pub fn text<'a>(&self, s: &'a str) -> &'a str {
        &s[self.start..self.end]
    }
}

/// The parsed layout of an article.
#[derive(Debug, Default)]
pub(crate) struct Layout {
    pub title: Option<Line>,
    pub date_lines: Vec<Line>,
    pub body: Vec<Line>,
    pub boilerplate: Vec<String>,
    pub source: Option<String>,
    pub dateline: Option<Dateline>,
    pub published: Option<String>,
}

/// Parses the layout of normalized text.
pub(crate) fn parse(norm: &str, lex: &Lexicon) -> Layout {
    let lines: Vec<Line> = split_lines(norm);
    let mut layout = Layout::default();
    let mut content = Vec::with_capacity(lines.len());
    for line in &lines {
        match boilerplate::classify(line.text(norm), lex) {
            Some(credit) => {
                layout.boilerplate.push(line.text(norm).to_string());
                if layout.source.is_none() {
                    layout.source = credit;
                }
            }
            None => content.push(*line),
        }
    }
    let footer = boilerplate::footer_start(norm, &content);
    for line in content.drain(footer..) {
        if layout.source.is_none() {
            layout.source = boilerplate::footer_credit(line.text(norm), lex);
        }
        layout.boilerplate.push(line.text(norm).to_string());
    }
    let mut rest = content.as_slice();
    if let Some((date_line, value)) = rest
        .first()
        .and_then(|l| title::date_line(l.text(norm)).map(|v| (*l, v)))
    {
        layout.date_lines.push(date_line);
        layout.published = value;
        rest = &rest[1..];
    }
    if rest.len() > 1 && title::is_title(rest[0].text(norm), lex) {
        layout.title = Some(rest[0]);
        rest = &rest[1..];
    }
    if let Some((date_line, value)) = rest
        .first()
        .and_then(|l| title::date_line(l.text(norm)).map(|v| (*l, v)))
    {
        layout.date_lines.push(date_line);
        layout.published = layout.published.take().or(value);
        rest = &rest[1..];
    }
    layout.body = rest.to_vec();
    // The dateline leads the first body line, or the second or third one after a sub-headline.
    let year = layout
        .published
        .as_deref()
        .and_then(|p| p.get(..4))
        .and_then(|y| y.parse().ok());
    let found = layout
        .body
        .iter()
        .take(3)
        .map(|l| dateline::parse(l.text(norm), lex, year))
        .find(|(d, s)| d.is_some() || s.is_some());
    if let Some((dl, src)) = found {
        layout.dateline = dl;
        layout.source = src.or(layout.source.take());
    }
    layout
}

fn split_lines(s: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut start = 0;
    while let Some(i) = crate::hash::find_any(s.as_bytes(), start, b"\n") {
        if i > start {
            out.push(Line { start, end: i });
        }
        start = i + 1;
    }
    if s.len() > start {
        out.push(Line {
            start,
            end: s.len(),
        });
    }
    out.retain(|l| !s[l.start..l.end].trim().is_empty());
    out
}
