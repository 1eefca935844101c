//! Streaming corpus runs: read a directory, a file, or JSON Lines (optionally gzip-compressed)
//! and yield one `Result<Article, RecordError>` per record, in input order, with bounded
//! memory, in parallel across cores when the `parallel` feature is on.
//!
//! No record disappears: every record read comes out as an article or as an error that
//! carries its id and line, and [`Stats`] counts them (`read == written + failed`).
//!
//! ```
//! use polynews::corpus::{records_from_reader, Corpus};
//! let jsonl = "{\"id\": \"a\", \"text\": \"Talks in Moscow.\"}\nnot json\n{\"id\": \"c\"}\n";
//! let mut corpus = Corpus::new(polynews::Parser::new(), records_from_reader(jsonl.as_bytes()));
//! let results: Vec<_> = corpus.by_ref().collect();
//! assert!(results[0].is_ok());
//! assert_eq!(results[1].as_ref().unwrap_err().line, Some(2));
//! assert_eq!(results[2].as_ref().unwrap_err().id.as_deref(), Some("c"));
//! let s = corpus.stats();
//! assert_eq!((s.read, s.written, s.failed), (3, 1, 2));
//! ```

use crate::{Article, Error, ErrorKind, Parser};
use std::collections::VecDeque;
use std::fs;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// One input record: its id, its line in a JSON Lines file, and its raw bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// The id (file stem, or the JSONL `id` field, or `line-N`).
    pub id: String,
    /// 1-based line number in a JSON Lines input.
    pub line: Option<usize>,
    /// The raw text bytes, or the raw JSON line when `json` is set.
    pub bytes: Vec<u8>,
    /// `bytes` is an undecoded JSON Lines record (`{"id", "text"}`): it is decoded in the
    /// worker threads, so reading stays cheap and the decoding runs in parallel.
    pub json: bool,
}

/// A record that produced no article, with where it came from.
///
/// ```
/// let e = polynews::corpus::RecordError { id: Some("x".into()), line: Some(3),
///     error: polynews::Error::new(polynews::ErrorKind::Empty) };
/// assert_eq!(e.to_string(), "record x (line 3): input has no text");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordError {
    /// The record's id, when it could be read.
    pub id: Option<String>,
    /// 1-based line number in a JSON Lines input.
    pub line: Option<usize>,
    /// What went wrong.
    pub error: Error,
}

impl std::fmt::Display for RecordError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "record {}", self.id.as_deref().unwrap_or("?"))?;
        if let Some(l) = self.line {
            write!(f, " (line {l})")?;
        }
        write!(f, ": {}", self.error)
    }
}

impl std::error::Error for RecordError {}

/// A stream of records or read errors.
pub type Records = Box<dyn Iterator<Item = Result<Record, RecordError>> + Send>;

/// Records of a path: a directory (every regular file, sorted, id = file stem), a `.jsonl`
/// or `.jsonl.gz` file (one `{"id", "text"}` object per line), or any other file (one record).
///
/// ```
/// assert!(polynews::corpus::records_from_path("/no/such/path").is_err());
/// ```
///
/// # Errors
/// [`ErrorKind::Io`] when the path cannot be opened.
pub fn records_from_path(path: impl AsRef<Path>) -> crate::Result<Records> {
    let path = path.as_ref();
    let meta = fs::metadata(path).map_err(|e| {
        Error::new(ErrorKind::Io {
            message: format!("{}: {e}", path.display()),
        })
    })?;
    if meta.is_dir() {
        let mut files: Vec<PathBuf> = fs::read_dir(path)?
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| p.is_file())
            .collect();
        files.sort();
        return Ok(Box::new(files.into_iter().map(|p| read_file(&p))));
    }
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    if name.ends_with(".jsonl.gz") || name.ends_with(".json.gz") {
        return gz_reader(fs::File::open(path)?);
    }
    if name.ends_with(".jsonl") || name.ends_with(".ndjson") {
        return Ok(records_from_reader(BufReader::new(fs::File::open(path)?)));
    }
    Ok(Box::new(std::iter::once(read_file(path))))
}

#[cfg(feature = "gzip")]
fn gz_reader(f: fs::File) -> crate::Result<Records> {
    Ok(records_from_reader(BufReader::new(
        flate2::read::MultiGzDecoder::new(f),
    )))
}

#[cfg(not(feature = "gzip"))]
fn gz_reader(_: fs::File) -> crate::Result<Records> {
    Err(Error::new(ErrorKind::Io {
        message: "gzip input needs the `gzip` feature".into(),
    }))
}

fn read_file(p: &Path) -> Result<Record, RecordError> {
    let id = p
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("")
        .to_string();
    match fs::read(p) {
        Ok(bytes) => Ok(Record {
            json: false,
            id,
            line: None,
            bytes,
        }),
        Err(e) => Err(RecordError {
            id: Some(id),
            line: None,
            error: e.into(),
        }),
    }
}

/// Records of a JSON Lines reader: each line an object with `text` (string) and optional `id`
/// (string or number); other fields are ignored, blank lines skipped. A line that is not
/// such an object is an error record naming its line.
///
/// ```
/// let recs: Vec<_> = polynews::corpus::records_from_reader("{\"text\": \"x\"}\n".as_bytes()).collect();
/// let r = recs[0].as_ref().unwrap();
/// assert_eq!((r.line, r.json), (Some(1), true)); // decoded later, in the worker threads
/// ```
pub fn records_from_reader<R: Read + Send + 'static>(reader: R) -> Records {
    records_from_reader_with_limit(reader, MAX_LINE)
}

/// The longest JSON Lines record [`records_from_reader`] reads: 16 MiB, eight times the
/// parser's default input limit (JSON escapes can make a line up to six times its text). A
/// longer line is skipped as it is read, without being held in memory, and becomes an
/// error record.
pub const MAX_LINE: usize = 16 << 20;

/// [`records_from_reader`] with another line limit (for parsers given a larger
/// [`Options::max_bytes`](crate::Options::max_bytes)). A line over the limit is never held
/// in memory whole: it is read through and reported as [`ErrorKind::TooLarge`].
///
/// ```
/// use polynews::corpus::records_from_reader_with_limit;
/// let input = "{\"text\": \"a long enough text\"}\n{\"text\": \"ok\"}\n";
/// let recs: Vec<_> = records_from_reader_with_limit(input.as_bytes(), 20).collect();
/// assert!(recs[0].is_err()); // 31 bytes
/// assert!(recs[1].is_ok());
/// ```
pub fn records_from_reader_with_limit<R: Read + Send + 'static>(
    reader: R,
    max_line: usize,
) -> Records {
    let mut r = BufReader::new(reader);
    let mut n = 0usize;
    let mut buf = Vec::new();
    Box::new(std::iter::from_fn(move || loop {
        buf.clear();
        n += 1;
        match read_line_capped(&mut r, &mut buf, max_line) {
            Ok((0, _)) => return None,
            Ok((size, _)) if size > max_line => {
                return Some(Err(RecordError {
                    id: None,
                    line: Some(n),
                    error: Error::new(ErrorKind::TooLarge {
                        size,
                        limit: max_line,
                    }),
                }))
            }
            Ok(_) if buf.iter().all(u8::is_ascii_whitespace) => continue,
            Ok(_) => {
                let mut bytes = std::mem::take(&mut buf);
                if bytes.capacity() > 2 * bytes.len() + (1 << 20) {
                    bytes.shrink_to_fit(); // a long line's room is not carried along
                }
                return Some(Ok(Record {
                    id: String::new(),
                    line: Some(n),
                    bytes,
                    json: true,
                }));
            }
            Err(e) => {
                return Some(Err(RecordError {
                    id: None,
                    line: Some(n),
                    error: e.into(),
                }))
            }
        }
    }))
}

/// Reads one line (with its `\n`) into `buf`, keeping at most `max` bytes: the rest of a
/// longer line is read through and dropped. Returns the line's full size in bytes.
fn read_line_capped<R: BufRead>(
    r: &mut R,
    buf: &mut Vec<u8>,
    max: usize,
) -> std::io::Result<(usize, bool)> {
    let mut size = 0;
    loop {
        let chunk = match r.fill_buf() {
            Ok(c) => c,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if chunk.is_empty() {
            return Ok((size, false));
        }
        let (take, done) = match find_newline(chunk) {
            Some(i) => (i + 1, true),
            None => (chunk.len(), false),
        };
        if size + take <= max {
            // a line past 1 MiB gets room for the longest line at once: doubling would
            // hold the old and the new buffer together, half as much again at peak
            if size + take > buf.capacity().max(1 << 20) {
                buf.reserve_exact(max - buf.len());
            }
            buf.extend_from_slice(&chunk[..take]);
        } else if buf.capacity() > 0 {
            *buf = Vec::new(); // the line is dropped: so is the memory it took so far
        }
        size += take;
        r.consume(take);
        if done {
            return Ok((size, true));
        }
    }
}

/// The index of the first `\n` in `b`, read eight bytes at a time.
fn find_newline(b: &[u8]) -> Option<usize> {
    crate::hash::find_any(b, 0, b"\n")
}

/// The fields of a JSON Lines record that matter; others are skipped without being built.
#[derive(serde::Deserialize)]
struct RawLine {
    #[serde(default)]
    id: Option<serde_json::Value>,
    #[serde(default)]
    text: Option<serde_json::Value>,
}

/// A JSON Lines record decoded: its id and its text, already valid UTF-8.
struct Decoded {
    id: String,
    text: String,
}

/// Decodes one JSON Lines record (run in the worker threads, not the reader).
fn json_record(line: &[u8], n: usize) -> Result<Decoded, RecordError> {
    let bad = |id: Option<String>, reason: String| RecordError {
        id,
        line: Some(n),
        error: Error::new(ErrorKind::BadRecord { reason }),
    };
    // validated once, with SIMD where the CPU has it; serde_json then trusts the `str`
    let line = simdutf8::compat::from_utf8(line)
        .map_err(|e| bad(None, format!("invalid UTF-8 at byte {}", e.valid_up_to())))?;
    let v: RawLine =
        serde_json::from_str(line).map_err(|e| bad(None, format!("invalid JSON: {e}")))?;
    let id = match v.id {
        Some(serde_json::Value::String(s)) => Some(s),
        Some(serde_json::Value::Number(x)) => Some(x.to_string()),
        _ => None,
    };
    match v.text {
        Some(serde_json::Value::String(text)) => Ok(Decoded {
            id: id.unwrap_or_else(|| format!("line-{n}")),
            text,
        }),
        _ => Err(bad(id, "no \"text\" string".into())),
    }
}

/// Counts of a corpus run.
///
/// ```
/// let s = polynews::corpus::Stats::default();
/// assert_eq!(s.read, s.written + s.failed);
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Stats {
    /// Records read (good and bad).
    pub read: usize,
    /// Articles produced.
    pub written: usize,
    /// Records that failed.
    pub failed: usize,
    /// Input bytes of the records read.
    pub bytes: usize,
}

/// Parses a stream of records into articles, in order, in batches (parallel with the
/// `parallel` feature), so memory stays bounded by a few batches.
///
/// With `parallel`, the batch after the current one is parsed in the background while the
/// consumer takes the current one's results and the next records are read, so that the
/// worker threads do not wait for reading or writing.
#[derive(Debug)]
pub struct Corpus<I, T = Article> {
    parser: Arc<Parser>,
    records: I,
    batch: usize,
    ready: VecDeque<Result<T, RecordError>>,
    #[cfg(feature = "parallel")]
    in_flight: Option<InFlight<T>>,
    stats: Stats,
    map: fn(Article) -> T,
}

/// A batch being parsed in the worker threads: where its results arrive, and its size.
#[cfg(feature = "parallel")]
#[derive(Debug)]
struct InFlight<T> {
    results: std::sync::mpsc::Receiver<Vec<Result<T, RecordError>>>,
    records: usize,
}

impl<I: Iterator<Item = Result<Record, RecordError>>> Corpus<I> {
    /// A corpus run over records.
    ///
    /// ```
    /// use polynews::corpus::{records_from_path, Corpus};
    /// let c = Corpus::new(polynews::Parser::new(), records_from_path("seeds").unwrap());
    /// assert_eq!(c.filter(Result::is_ok).count(), 5);
    /// ```
    pub fn new(parser: Parser, records: I) -> Corpus<I> {
        Corpus {
            parser: Arc::new(parser),
            records,
            batch: 256,
            ready: VecDeque::new(),
            #[cfg(feature = "parallel")]
            in_flight: None,
            stats: Stats::default(),
            map: std::convert::identity,
        }
    }

    /// Applies `f` to every article inside the worker threads (for example JSON encoding), so
    /// that the consumer only writes; the stream yields `f`'s results in input order.
    ///
    /// ```
    /// use polynews::corpus::{records_from_path, Corpus};
    /// let lines = Corpus::new(polynews::Parser::new(), records_from_path("seeds").unwrap())
    ///     .map_articles(|a| serde_json::to_string(&a).unwrap_or_default());
    /// assert_eq!(lines.filter_map(Result::ok).count(), 5);
    /// ```
    pub fn map_articles<T: Send + 'static>(mut self, f: fn(Article) -> T) -> Corpus<I, T> {
        // articles already parsed are mapped too: nothing read so far is lost
        self.finish_in_flight();
        Corpus {
            parser: self.parser,
            records: self.records,
            batch: self.batch,
            ready: self.ready.into_iter().map(|r| r.map(f)).collect(),
            #[cfg(feature = "parallel")]
            in_flight: None,
            stats: self.stats,
            map: f,
        }
    }
}

impl<I: Iterator<Item = Result<Record, RecordError>>, T: Send + 'static> Corpus<I, T> {
    /// Sets how many records are parsed together (default 256).
    ///
    /// ```
    /// use polynews::corpus::{records_from_reader, Corpus};
    /// let c = Corpus::new(polynews::Parser::new(), records_from_reader(&b""[..])).batch_size(8);
    /// assert_eq!(c.count(), 0);
    /// ```
    pub fn batch_size(mut self, n: usize) -> Corpus<I, T> {
        self.batch = n.max(1);
        self
    }

    /// The counts so far.
    ///
    /// ```
    /// use polynews::corpus::{records_from_reader, Corpus};
    /// let c = Corpus::new(polynews::Parser::new(), records_from_reader(&b""[..]));
    /// assert_eq!(c.stats().read, 0);
    /// ```
    pub fn stats(&self) -> Stats {
        self.stats
    }

    /// Reads the next batch of records and counts them.
    fn read_batch(&mut self) -> Vec<Result<Record, RecordError>> {
        let batch: Vec<_> = self.records.by_ref().take(self.batch).collect();
        self.stats.read += batch.len();
        self.stats.bytes += batch
            .iter()
            .map(|r| r.as_ref().map_or(0, |r| r.bytes.len()))
            .sum::<usize>();
        batch
    }

    /// Moves parsed results to `ready`, counting them.
    fn take_results(&mut self, out: Vec<Result<T, RecordError>>) {
        for r in &out {
            match r {
                Ok(_) => self.stats.written += 1,
                Err(_) => self.stats.failed += 1,
            }
        }
        self.ready.extend(out);
    }

    /// Waits for the batch being parsed, if any, and takes its results.
    fn finish_in_flight(&mut self) {
        #[cfg(feature = "parallel")]
        if let Some(batch) = self.in_flight.take() {
            let out = batch.wait();
            self.take_results(out);
        }
    }

    /// Reads a batch and starts parsing it, then takes the results of the batch started
    /// before. `false` when there is nothing left to read or to wait for.
    #[cfg(feature = "parallel")]
    fn fill(&mut self) -> bool {
        let batch = self.read_batch();
        let previous = self.in_flight.take();
        if !batch.is_empty() {
            self.in_flight = Some(InFlight::start(Arc::clone(&self.parser), self.map, batch));
        }
        match previous {
            Some(p) => {
                let out = p.wait();
                self.take_results(out);
                true
            }
            None => self.in_flight.is_some(),
        }
    }

    /// Reads and parses a batch. `false` when there is nothing left to read.
    #[cfg(not(feature = "parallel"))]
    fn fill(&mut self) -> bool {
        let batch = self.read_batch();
        if batch.is_empty() {
            return false;
        }
        let (parser, map) = (&self.parser, self.map);
        let out = batch.into_iter().map(|r| run(parser, map, r)).collect();
        self.take_results(out);
        true
    }
}

/// Parses one record and maps its article.
fn run<T>(
    parser: &Parser,
    map: fn(Article) -> T,
    r: Result<Record, RecordError>,
) -> Result<T, RecordError> {
    let r = r?;
    // JSON strings are valid UTF-8 once decoded: they are parsed as text, not bytes
    let (id, parsed) = if r.json {
        let d = json_record(&r.bytes, r.line.unwrap_or(0))?;
        (d.id, parser.parse(&d.text))
    } else {
        (r.id, parser.parse_bytes(&r.bytes))
    };
    let mut a = parsed.map_err(|error| RecordError {
        id: Some(id.clone()),
        line: r.line,
        error,
    })?;
    a.id = Some(id);
    Ok(map(a))
}

#[cfg(feature = "parallel")]
impl<T: Send + 'static> InFlight<T> {
    /// Starts parsing `batch` in the worker threads.
    fn start(
        parser: Arc<Parser>,
        map: fn(Article) -> T,
        batch: Vec<Result<Record, RecordError>>,
    ) -> InFlight<T> {
        use rayon::prelude::*;
        let (tx, results) = std::sync::mpsc::sync_channel(1);
        let records = batch.len();
        rayon::spawn(move || {
            let out: Vec<_> = batch
                .into_par_iter()
                .map(|r| run(&parser, map, r))
                .collect();
            let _ = tx.send(out); // the corpus may have been dropped: nobody waits
        });
        InFlight { results, records }
    }

    /// The batch's results, in input order.
    fn wait(self) -> Vec<Result<T, RecordError>> {
        // `Parser::parse` catches panics, so a job always sends; should one ever be lost,
        // its records still come out, as errors
        self.results.recv().unwrap_or_else(|_| {
            (0..self.records)
                .map(|_| {
                    Err(RecordError {
                        id: None,
                        line: None,
                        error: Error::new(ErrorKind::Internal {
                            message: "a parsing job ended without its results".into(),
                        }),
                    })
                })
                .collect()
        })
    }
}

impl<I: Iterator<Item = Result<Record, RecordError>>, T: Send + 'static> Iterator for Corpus<I, T> {
    type Item = Result<T, RecordError>;
    fn next(&mut self) -> Option<Self::Item> {
        while self.ready.is_empty() {
            if !self.fill() {
                return None;
            }
        }
        self.ready.pop_front()
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn newlines_are_found_at_every_position() {
        for len in 0..40 {
            for at in 0..=len {
                let mut b = vec![b'x'; len];
                if at < len {
                    b[at] = b'\n';
                }
                let want = b.iter().position(|&c| c == b'\n');
                assert_eq!(super::find_newline(&b), want, "{len} {at}");
            }
        }
        assert_eq!(super::find_newline("ж\nж".as_bytes()), Some(2));
    }
}
