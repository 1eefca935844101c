//! A direct JSON writer for the records: the same bytes as `serde_json::to_vec`, written
//! without serde's per-field machinery and with strings escaped eight bytes at a time.
//!
//! A corpus run writes about three bytes of JSON for every byte of input (the text, then
//! every mention and statement with its own copy of the words), so encoding is a visible part
//! of the run. The derived `Serialize` stays the reference: tests compare both on real
//! articles, and a field added to a record without being added here fails them.

use super::{
    Article, DateMention, Dateline, Entity, EntityKind, Lang, Mention, OffsetMap, Quantity, Span,
    Statement, StatementKind,
};

/// A value that writes itself as compact JSON.
pub(crate) trait Json {
    fn write(&self, out: &mut Vec<u8>);
}

/// Writes `"key":` and the value of each field, in declaration order, inside braces.
macro_rules! json_struct {
    ($ty:ty { $first:ident $(, $field:ident)* $(,)? }) => {
        impl Json for $ty {
            fn write(&self, out: &mut Vec<u8>) {
                out.extend_from_slice(concat!("{\"", stringify!($first), "\":").as_bytes());
                self.$first.write(out);
                $(
                    out.extend_from_slice(concat!(",\"", stringify!($field), "\":").as_bytes());
                    self.$field.write(out);
                )*
                out.push(b'}');
            }
        }
    };
}

json_struct!(Article {
    id,
    lang,
    lang_confidence,
    title,
    source,
    dateline,
    published,
    text,
    paragraphs,
    sentences,
    boilerplate,
    entities,
    statements,
    dates,
    quantities,
    offset_map,
});
json_struct!(Dateline {
    place,
    date_text,
    date
});
json_struct!(DateMention {
    text,
    value,
    start,
    end
});
json_struct!(Quantity {
    text,
    value,
    unit,
    approx,
    start,
    end
});
json_struct!(Span { start, end });
json_struct!(Entity {
    id,
    kind,
    name,
    key,
    wikidata,
    mentions
});
json_struct!(Mention {
    start,
    end,
    text,
    sentence
});
json_struct!(Statement {
    speaker,
    speaker_text,
    cue,
    kind,
    content,
    content_span,
    sentence,
});

/// Writes each type as what one of its methods returns (a slice, a name).
macro_rules! json_via {
    ($($ty:ty => $method:ident),* $(,)?) => {
        $(impl Json for $ty {
            fn write(&self, out: &mut Vec<u8>) {
                self.$method().write(out);
            }
        })*
    };
}

json_via!(
    OffsetMap => anchors,
    Lang => code,
    EntityKind => as_str,
    StatementKind => as_str,
);

impl<T: Json> Json for Option<T> {
    fn write(&self, out: &mut Vec<u8>) {
        match self {
            Some(v) => v.write(out),
            None => out.extend_from_slice(b"null"),
        }
    }
}

impl<T: Json> Json for [T] {
    fn write(&self, out: &mut Vec<u8>) {
        out.push(b'[');
        for (i, v) in self.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            v.write(out);
        }
        out.push(b']');
    }
}

impl<T: Json> Json for Vec<T> {
    fn write(&self, out: &mut Vec<u8>) {
        self.as_slice().write(out);
    }
}

impl<A: Json, B: Json> Json for (A, B) {
    fn write(&self, out: &mut Vec<u8>) {
        out.push(b'[');
        self.0.write(out);
        out.push(b',');
        self.1.write(out);
        out.push(b']');
    }
}

impl Json for usize {
    fn write(&self, out: &mut Vec<u8>) {
        // two digits at a time from a table of the hundred pairs
        const PAIRS: &[u8; 200] = b"0001020304050607080910111213141516171819\
            2021222324252627282930313233343536373839\
            4041424344454647484950515253545556575859\
            6061626364656667686970717273747576777879\
            8081828384858687888990919293949596979899";
        let mut buf = [0u8; 20];
        let mut i = buf.len();
        let mut n = *self;
        while n >= 100 {
            let d = (n % 100) * 2;
            n /= 100;
            i -= 2;
            buf[i..i + 2].copy_from_slice(&PAIRS[d..d + 2]);
        }
        if n >= 10 {
            i -= 2;
            buf[i..i + 2].copy_from_slice(&PAIRS[n * 2..n * 2 + 2]);
        } else {
            i -= 1;
            buf[i] = b'0' + n as u8;
        }
        out.extend_from_slice(&buf[i..]);
    }
}

impl Json for bool {
    fn write(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(if *self { b"true" } else { b"false" });
    }
}

impl Json for f64 {
    fn write(&self, out: &mut Vec<u8>) {
        // serde_json's own float format (shortest round-trip digits, `null` when not finite)
        if serde_json::to_writer(&mut *out, self).is_err() {
            out.extend_from_slice(b"null");
        }
    }
}

impl Json for String {
    fn write(&self, out: &mut Vec<u8>) {
        self.as_str().write(out);
    }
}

impl Json for &str {
    fn write(&self, out: &mut Vec<u8>) {
        (**self).write(out);
    }
}

impl Json for str {
    fn write(&self, out: &mut Vec<u8>) {
        out.reserve(self.len() + 2);
        out.push(b'"');
        escape_into(self.as_bytes(), out);
        out.push(b'"');
    }
}

use crate::hash::{bytes_below, bytes_equal, LANES};

/// Whether any of the eight bytes of `w` is a control character, `"` or `\`.
#[inline]
fn any_special(w: u64) -> bool {
    bytes_below(w, 0x20) | bytes_equal(w, b'"') | bytes_equal(w, b'\\') != 0
}

/// Appends `s` with JSON escapes, as serde_json writes them: `\"`, `\\`, `\b \t \n \f \r`,
/// and `\u00xx` for the other control characters; everything else as it is.
///
/// Bytes are tested eight at a time; only a word with a special byte is read byte by byte.
fn escape_into(s: &[u8], out: &mut Vec<u8>) {
    let mut done = 0; // bytes of `s` already copied
    let mut escape_from = |from: usize, to: usize, done: &mut usize| {
        for (i, &b) in s[from..to].iter().enumerate() {
            if let Some(e) = escape(b) {
                out.extend_from_slice(&s[*done..from + i]);
                out.extend_from_slice(e.as_bytes());
                *done = from + i + 1;
            }
        }
    };
    let mut i = 0;
    while i + 8 <= s.len() {
        let mut w = [0u8; 8];
        w.copy_from_slice(&s[i..i + 8]);
        if any_special(u64::from_le_bytes(w)) {
            escape_from(i, i + 8, &mut done);
        }
        i += 8;
    }
    // the last bytes, padded with a plain letter to a word
    let tail = s[i..]
        .iter()
        .rev()
        .fold(LANES * u64::from(b'a'), |w, &b| w << 8 | u64::from(b));
    if i < s.len() && any_special(tail) {
        escape_from(i, s.len(), &mut done);
    }
    out.extend_from_slice(&s[done..]);
}

/// The escape of one byte, if it needs one.
fn escape(b: u8) -> Option<EscapeBytes> {
    let short = match b {
        b'"' => b'"',
        b'\\' => b'\\',
        0x08 => b'b',
        b'\t' => b't',
        b'\n' => b'n',
        0x0C => b'f',
        b'\r' => b'r',
        0x00..=0x1F => {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            let u = [
                b'\\',
                b'u',
                b'0',
                b'0',
                HEX[usize::from(b >> 4)],
                HEX[usize::from(b & 15)],
            ];
            return Some(EscapeBytes { bytes: u, len: 6 });
        }
        _ => return None,
    };
    Some(EscapeBytes {
        bytes: [b'\\', short, 0, 0, 0, 0],
        len: 2,
    })
}

struct EscapeBytes {
    bytes: [u8; 6],
    len: usize,
}

impl EscapeBytes {
    fn as_bytes(&self) -> &[u8] {
        &self.bytes[..self.len]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn both<T: Json + serde::Serialize + ?Sized>(v: &T) -> (String, String) {
        let mut out = Vec::new();
        v.write(&mut out);
        let fast = String::from_utf8(out).unwrap();
        (fast, serde_json::to_string(v).unwrap())
    }

    #[test]
    fn strings_are_escaped_like_serde_json() {
        let mut all: String = (0u8..0x80).map(char::from).collect();
        all.push_str("«Путин» — “Việt Nam” \u{2028}\u{7f}\"\\");
        for s in [
            "",
            "a",
            "\"",
            "12345678\"",
            "1234567\\",
            "\n\n\n\n\n\n\n\n\n",
            all.as_str(),
        ] {
            let (fast, reference) = both(s);
            assert_eq!(fast, reference, "{s:?}");
        }
    }

    #[test]
    fn a_special_byte_is_found_at_every_position_of_short_and_long_strings() {
        for len in 1..20 {
            for at in 0..len {
                for special in ['"', '\\', '\n', '\u{1}', '\u{1f}'] {
                    let s: String = (0..len)
                        .map(|i| if i == at { special } else { 'ж' })
                        .collect();
                    let (fast, reference) = both(s.as_str());
                    assert_eq!(fast, reference, "{s:?}");
                }
            }
        }
    }

    #[test]
    fn numbers_and_floats_match() {
        for n in (0usize..20_000).chain([99_999, 100_000, 12345678, usize::MAX]) {
            let (fast, reference) = both(&n);
            assert_eq!(fast, reference);
        }
        for x in [0.0f64, 1.5, -2.0, 1e21, 0.1 + 0.2, f64::NAN, f64::INFINITY] {
            let (fast, reference) = both(&x);
            assert_eq!(fast, reference);
        }
    }

    #[test]
    fn parsed_articles_match_serde_json() {
        let raw = "Putin and Erdogan held talks\nMOSCOW, June 9. /TASS/. Russian President \
                   Vladimir Putin said: \"We agreed on 300 tonnes\tof grain.\" About 200 \
                   people came on 9 June 2020.\n\nPhoto: Reuters";
        let a = Article::parse(raw).unwrap();
        assert!(!a.entities.is_empty() && !a.statements.is_empty() && !a.quantities.is_empty());
        assert!(a.dateline.is_some() && !a.dates.is_empty());
        let (fast, reference) = both(&a);
        assert_eq!(fast, reference);
    }
}
