use serde::{Deserialize, Serialize};

/// A half-open byte range `start..end` into an article's normalized `text`.
///
/// ```
/// use polynews::Span;
/// let s = Span::new(2, 5);
/// assert_eq!(s.len(), 3);
/// assert_eq!(s.slice("a bcd e"), "bcd");
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// Makes a span; `end` is clamped so that it is never before `start`.
    ///
    /// ```
    /// assert_eq!(polynews::Span::new(4, 2).len(), 0);
    /// ```
    pub fn new(start: usize, end: usize) -> Span {
        Span {
            start,
            end: end.max(start),
        }
    }

    /// Length in bytes.
    ///
    /// ```
    /// assert_eq!(polynews::Span::new(1, 4).len(), 3);
    /// ```
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no byte.
    ///
    /// ```
    /// assert!(polynews::Span::new(3, 3).is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// Whether `other` lies wholly inside this span.
    ///
    /// ```
    /// use polynews::Span;
    /// assert!(Span::new(0, 10).contains(Span::new(2, 3)));
    /// assert!(!Span::new(0, 10).contains(Span::new(8, 12)));
    /// ```
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The text the span covers, or `""` when it is out of range or not on char boundaries.
    ///
    /// ```
    /// assert_eq!(polynews::Span::new(0, 2).slice("Путин"), "П");
    /// ```
    pub fn slice<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

/// Maps byte offsets of the normalized `text` back to byte offsets of the original input.
///
/// It stores one anchor `(text_offset, input_offset)` wherever the two drift apart (a removed
/// line, a replaced space, a dropped control character), so it stays small on real text.
///
/// ```
/// use polynews::Article;
/// let raw = "Title\n\n\u{a0}\nMOSCOW, June 9. Body\u{a0}text.";
/// let a = Article::parse(raw).unwrap();
/// let at = a.text.find("Body").unwrap();
/// let orig = a.offset_map.to_input(at);
/// assert_eq!(&raw[orig..orig + 4], "Body");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct OffsetMap {
    anchors: Vec<(usize, usize)>,
}

impl OffsetMap {
    /// An empty map: the identity.
    ///
    /// ```
    /// assert_eq!(polynews::OffsetMap::new().to_input(7), 7);
    /// ```
    pub fn new() -> OffsetMap {
        OffsetMap::default()
    }

    /// Records that text offset `text` corresponds to input offset `input` (offsets must be
    /// pushed in increasing text order; a repeated text offset replaces the previous anchor).
    ///
    /// ```
    /// let mut m = polynews::OffsetMap::new();
    /// m.push(0, 3);
    /// assert_eq!(m.to_input(2), 5);
    /// ```
    pub fn push(&mut self, text: usize, input: usize) {
        if let Some(last) = self.anchors.last_mut() {
            if last.0 == text {
                last.1 = input;
                return;
            }
            if text - last.0 == input.wrapping_sub(last.1) {
                return; // same drift: no anchor needed
            }
        } else if text == input {
            return;
        }
        self.anchors.push((text, input));
    }

    /// Drops the anchors at or after a text offset (used when normalization rewrites a word).
    pub(crate) fn truncate_from(&mut self, text: usize) {
        let i = self.anchors.partition_point(|a| a.0 < text);
        self.anchors.truncate(i);
    }

    /// The input offset of a text offset.
    ///
    /// ```
    /// let m = polynews::OffsetMap::new();
    /// assert_eq!(m.to_input(0), 0);
    /// ```
    pub fn to_input(&self, text: usize) -> usize {
        let i = self.anchors.partition_point(|a| a.0 <= text);
        if i == 0 {
            return text;
        }
        let (t, o) = self.anchors[i - 1];
        match self.anchors.get(i) {
            // never past the next anchor's input offset
            Some(&(_, next)) => (o + (text - t)).min(next.max(o)),
            None => o + (text - t),
        }
    }

    /// The input range of a text span.
    ///
    /// ```
    /// use polynews::{OffsetMap, Span};
    /// assert_eq!(OffsetMap::new().span_to_input(Span::new(1, 2)), Span::new(1, 2));
    /// ```
    pub fn span_to_input(&self, span: Span) -> Span {
        let start = self.to_input(span.start);
        let end = if span.is_empty() {
            start
        } else {
            self.to_input(span.end - 1) + 1
        };
        Span::new(start, end)
    }

    /// The anchors, `(text_offset, input_offset)`, in text order.
    ///
    /// ```
    /// let mut m = polynews::OffsetMap::new();
    /// m.push(0, 3);
    /// assert_eq!(m.anchors(), &[(0, 3)]);
    /// ```
    pub fn anchors(&self) -> &[(usize, usize)] {
        &self.anchors
    }

    /// Number of anchors stored.
    ///
    /// ```
    /// assert_eq!(polynews::OffsetMap::new().len(), 0);
    /// ```
    pub fn len(&self) -> usize {
        self.anchors.len()
    }

    /// Whether the map is the identity.
    ///
    /// ```
    /// assert!(polynews::OffsetMap::new().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.anchors.is_empty()
    }
}
