//! Documents → text: PDF, DOCX, XLSX/XLS/ODS and CSV, page by page (or sheet by sheet), so that
//! evidence can name the page that shows an element or a year.
//!
//! PDF text comes from the in-process pdf-extract, and from `pdftotext -raw` (poppler-utils, when
//! installed) for a PDF that pdf-extract cannot parse, finds (almost) no text in, or decodes to
//! control characters; the result records which ran. pdf-extract is helped over two things it
//! gets wrong and poppler does not: ActualText spans, which office suites and browsers put around
//! shaped Thai clusters ([`actual_text`](crate::extract::actual_text)), and fonts of stamped or
//! re-paginated pages that share a name with the page's own ([`pdf_repair`](crate::extract::pdf_repair)).
//! On Thai PDFs made by LibreOffice, Chromium and fpdf2 the two then agree character for
//! character (`bench/pdf-thai.sh`). Both outputs go through the Thai normaliser at match time. A PDF with (almost) no text layer is a scan: OCR with `pdftoppm` + `tesseract`
//! when both are installed with tesseract's Thai data, else the document is reported as needing OCR
//! (never as "no"). OCR text is marked as such: its Thai-digit years are often misread.
//!
//! Parsers run on a blocking thread inside `catch_unwind` and under a deadline: a panic or a hang in
//! one document makes that document unreadable, not the scan.

use std::io::{Cursor, Read};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::extract::charset;
use crate::fetch::ContentKind;
use crate::years::THAI_MONTHS;

/// Text of one document.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DocumentText {
    /// Which extractor produced the text (`pdftotext -raw`, `pdf-extract`, `docx`, `calamine`, `csv`, `tesseract`).
    pub extractor: String,
    /// One entry per PDF page or spreadsheet sheet (one for DOCX and CSV).
    pub parts: Vec<Part>,
    /// Rows and columns (spreadsheet, CSV): machine-readable data.
    pub tabular: bool,
    /// The text came from OCR: Thai-digit years in it are unreliable.
    pub ocr: bool,
}

/// A page or sheet.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Part {
    /// `page 3`, `sheet สรุปผล`.
    pub label: String,
    /// Its text.
    pub text: String,
}

impl DocumentText {
    /// All text, parts separated by newlines.
    pub fn full_text(&self) -> String {
        self.parts
            .iter()
            .map(|p| p.text.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// The label of the first part whose match key contains `key`.
    pub fn part_with(&self, key: &str) -> Option<&str> {
        self.parts
            .iter()
            .find(|p| crate::rules::contains_phrase(&crate::thai::match_key(&p.text), key))
            .map(|p| p.label.as_str())
    }

    fn non_space_chars(&self) -> usize {
        self.parts
            .iter()
            .map(|p| p.text.chars().filter(|c| !c.is_whitespace()).count())
            .sum()
    }
}

/// Why a document could not be read. `as_str` values appear as item reasons.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DocumentError {
    /// A scan without text; OCR is not installed.
    NeedsOcr,
    /// Truncated, corrupt or not the format it claims.
    Corrupt(String),
    /// A format oitcheck does not read (old binary .doc).
    Unsupported(String),
    /// The parser panicked or ran past its deadline.
    ParserFailed(String),
    /// Encrypted with a password needed to open it.
    Encrypted(String),
}

impl DocumentError {
    /// The code reports show (`needs_ocr`, `corrupt_document`, …).
    pub fn code(&self) -> &'static str {
        match self {
            DocumentError::NeedsOcr => "needs_ocr",
            DocumentError::Corrupt(_) => "corrupt_document",
            DocumentError::Unsupported(_) => "unsupported_document",
            DocumentError::ParserFailed(_) => "parser_failed",
            DocumentError::Encrypted(_) => "encrypted",
        }
    }

    /// What went wrong, in words, with what to do where that helps.
    pub fn detail(&self) -> String {
        match self {
            DocumentError::NeedsOcr => {
                if ocr_available() {
                    "a scanned PDF with no text layer, in which OCR found no text either".into()
                } else {
                    "a scanned PDF with no text layer; install tesseract-ocr and tesseract-ocr-tha (with poppler-utils) to read it".into()
                }
            }
            DocumentError::Corrupt(d)
            | DocumentError::Unsupported(d)
            | DocumentError::ParserFailed(d)
            | DocumentError::Encrypted(d) => d.clone(),
        }
    }
}

/// A PDF with fewer non-space characters per page than this is treated as a scan.
const SCAN_CHARS_PER_PAGE: usize = 20;
/// OCR reads at most this many pages of a scan.
const OCR_PAGES: usize = 3;

/// Whether an external program answers `-v` (cached). `OITCHECK_NO_TOOLS=1` hides them all, to
/// measure the in-process extractors alone.
fn has_tool(name: &str) -> bool {
    if std::env::var_os("OITCHECK_NO_TOOLS").is_some_and(|v| v == "1") {
        return false;
    }
    static TOOLS: OnceLock<std::sync::Mutex<std::collections::HashMap<String, bool>>> =
        OnceLock::new();
    let tools = TOOLS.get_or_init(Default::default);
    let mut tools = tools.lock().expect("tool cache");
    *tools.entry(name.to_string()).or_insert_with(|| {
        Command::new(name)
            .arg("-v")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok()
    })
}

/// The languages tesseract has data for (cached); empty when tesseract is missing.
fn tesseract_languages() -> &'static [String] {
    static LANGUAGES: OnceLock<Vec<String>> = OnceLock::new();
    LANGUAGES.get_or_init(|| {
        if !has_tool("tesseract") {
            return Vec::new();
        }
        // `tesseract --list-langs` prints a heading line, then one language per line (on stdout
        // since tesseract 4, on stderr before)
        Command::new("tesseract")
            .arg("--list-langs")
            .output()
            .map(|out| {
                let mut listing = String::from_utf8_lossy(&out.stdout).into_owned();
                listing.push('\n');
                listing.push_str(&String::from_utf8_lossy(&out.stderr));
                listing
                    .lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty() && !l.contains(' '))
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default()
    })
}

/// Whether scans can be read: pdftoppm, and tesseract with Thai data (without `tha` tesseract
/// fails on every page, which must not pass for "the scan is empty").
pub fn ocr_available() -> bool {
    has_tool("pdftoppm") && tesseract_languages().iter().any(|l| l == "tha")
}

/// The external tools present, for `--version`-style reporting. `tesseract` counts only with its
/// Thai data installed.
pub fn tool_status() -> Vec<(&'static str, bool)> {
    vec![
        ("pdftotext", has_tool("pdftotext")),
        ("pdftoppm", has_tool("pdftoppm")),
        (
            "tesseract",
            tesseract_languages().iter().any(|l| l == "tha"),
        ),
    ]
}

/// Extracts the text of a document with panics caught: pdf-extract and its parsers panic on
/// many malformed files (the fuzzer in `fuzz/` finds dozens), and such a file must be
/// `parser_failed`, not a crash. Blocking; the scan uses [`extract_isolated`], `inspect` this.
pub fn extract_guarded(
    bytes: &[u8],
    kind: ContentKind,
    content_type: Option<&str>,
) -> Result<DocumentText, DocumentError> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        extract(bytes, kind, content_type)
    }))
    .unwrap_or_else(|_| {
        Err(DocumentError::ParserFailed(
            "the document parser crashed on this file; it is probably damaged".into(),
        ))
    })
}

/// Extracts `bytes` of `kind`, isolated: on a blocking thread, panics caught, bounded by `deadline`.
pub async fn extract_isolated(
    bytes: Vec<u8>,
    kind: ContentKind,
    content_type: Option<String>,
    deadline: Duration,
) -> Result<DocumentText, DocumentError> {
    let task =
        tokio::task::spawn_blocking(move || extract_guarded(&bytes, kind, content_type.as_deref()));
    match tokio::time::timeout(deadline, task).await {
        Ok(Ok(result)) => result,
        Ok(Err(_)) => Err(DocumentError::ParserFailed(
            "the document parser crashed on this file".into(),
        )),
        Err(_) => Err(DocumentError::ParserFailed(format!(
            "reading the document took longer than {} s",
            deadline.as_secs()
        ))),
    }
}

/// Extracts the text of a document (blocking; use [`extract_isolated`] from async code).
pub fn extract(
    bytes: &[u8],
    kind: ContentKind,
    content_type: Option<&str>,
) -> Result<DocumentText, DocumentError> {
    match kind {
        ContentKind::Pdf => pdf(bytes),
        ContentKind::Docx => docx(bytes),
        ContentKind::Xlsx | ContentKind::Xls => spreadsheet(bytes),
        ContentKind::Csv => Ok(csv_text(bytes, content_type)),
        ContentKind::Doc => Err(DocumentError::Unsupported(
            "an old binary Word .doc file; oitcheck reads PDF, DOCX, XLSX/XLS/ODS and CSV".into(),
        )),
        other => Err(DocumentError::Unsupported(format!(
            "{other:?} is not a document format"
        ))),
    }
}

/// The PDF text extractors.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PdfExtractor {
    /// `pdftotext -raw` (poppler-utils), when installed.
    Pdftotext,
    /// pdf-extract, in process.
    Builtin,
}

/// Extracts a PDF's text with one given extractor, without scan detection or OCR (benchmarks,
/// comparisons). `None` when that extractor is not available or fails.
pub fn pdf_text_with(bytes: &[u8], extractor: PdfExtractor) -> Option<DocumentText> {
    match extractor {
        PdfExtractor::Pdftotext => pdftotext(bytes),
        PdfExtractor::Builtin => builtin_pdf(bytes).ok(),
    }
}

fn builtin_pdf(bytes: &[u8]) -> Result<DocumentText, DocumentError> {
    let corrupt = |e: &dyn std::fmt::Display| {
        DocumentError::Corrupt(format!(
            "the PDF cannot be parsed ({e}); it may be truncated or damaged"
        ))
    };
    let mut doc = pdf_extract::Document::load_mem(bytes).map_err(|e| corrupt(&e))?;
    // An empty user password (an owner password only, "copying forbidden") is how Thai agencies
    // usually protect PDFs; every viewer opens those without asking, and so does this.
    if doc.is_encrypted() && doc.decrypt("").is_err() {
        return Err(DocumentError::Encrypted(
            "the PDF is encrypted with a password needed to open it (or with a scheme the built-in reader does not support)".into(),
        ));
    }
    crate::extract::pdf_repair::isolate_form_fonts(&mut doc);
    crate::extract::pdf_repair::skip_leading_comments(&mut doc);
    let mut pages = Vec::new();
    for (page, page_id) in doc.get_pages() {
        // one unreadable page leaves the others readable; it counts as a page without text
        pages.push(builtin_page(&doc, page, page_id).unwrap_or_default());
    }
    Ok(DocumentText {
        extractor: "pdf-extract".into(),
        parts: numbered(pages),
        tabular: false,
        ocr: false,
    })
}

/// One page through pdf-extract, with its ActualText spans read as their text (see
/// [`actual_text`](crate::extract::actual_text)); `None` when pdf-extract cannot read the page.
fn builtin_page(
    doc: &pdf_extract::Document,
    page: u32,
    page_id: pdf_extract::ObjectId,
) -> Option<String> {
    use crate::extract::actual_text::{ActualTextOutput, page_spans};
    let mut text = String::new();
    if let Some(spans) = page_spans(doc, page_id).filter(|s| !s.is_empty()) {
        let mut output =
            ActualTextOutput::new(pdf_extract::PlainTextOutput::new(&mut text), &spans);
        if pdf_extract::output_doc_page(doc, &mut output, page).is_ok() && output.aligned() {
            return Some(text);
        }
        // the spans did not line up with what pdf-extract drew: plain pdf-extract is wrong
        // only inside the spans, misaligned spans could be wrong anywhere
        text.clear();
    }
    pdf_extract::output_doc_page(doc, &mut pdf_extract::PlainTextOutput::new(&mut text), page)
        .ok()
        .map(|_| text)
}

fn pdf(bytes: &[u8]) -> Result<DocumentText, DocumentError> {
    if !bytes.starts_with(b"%PDF-")
        && !bytes[..bytes.len().min(1024)]
            .windows(5)
            .any(|w| w == b"%PDF-")
    {
        return Err(DocumentError::Corrupt(
            "not a PDF (no %PDF- header); the server may have sent an error page".into(),
        ));
    }
    // The in-process reader first: it gives pdftotext's characters on Thai PDFs (bench/pdf-thai.sh)
    // at about a tenth of the CPU, since a process start costs more than reading a small PDF.
    // pdftotext is the second opinion for what the reader cannot parse or reads as garbage.
    let builtin = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| builtin_pdf(bytes)))
        .unwrap_or_else(|_| {
            Err(DocumentError::ParserFailed(
                "the built-in PDF reader crashed on this file; it is probably damaged".into(),
            ))
        });
    let text = with_second_opinion(builtin, || {
        if has_tool("pdftotext") {
            pdftotext(bytes)
        } else {
            None
        }
    })?;
    let pages = text.parts.len().max(1);
    if text.non_space_chars() < SCAN_CHARS_PER_PAGE * pages {
        if ocr_available()
            && let Some(ocr) = ocr(bytes)
        {
            return Ok(ocr);
        }
        return Err(DocumentError::NeedsOcr);
    }
    Ok(text)
}

/// The built-in reader's result when it is [`readable`]; otherwise the `second` opinion's when
/// that has more good characters (or the built-in reader failed and it has any text).
fn with_second_opinion(
    builtin: Result<DocumentText, DocumentError>,
    second: impl FnOnce() -> Option<DocumentText>,
) -> Result<DocumentText, DocumentError> {
    match builtin {
        Ok(text) if readable(&text) => Ok(text),
        builtin => match (builtin, second()) {
            (Ok(first), Some(second)) if good_chars(&second) > good_chars(&first) => Ok(second),
            (Err(_), Some(second)) if second.non_space_chars() > 0 => Ok(second),
            (builtin, _) => builtin,
        },
    }
}

/// Whether a PDF's text needs no second opinion: enough text not to be a scan, and almost none
/// of it control characters or U+FFFD (what a font without a usable encoding decodes to).
fn readable(text: &DocumentText) -> bool {
    let chars = text.non_space_chars();
    chars >= SCAN_CHARS_PER_PAGE * text.parts.len().max(1) && good_chars(text) * 50 >= chars * 49
}

/// Non-space characters that are neither control characters nor U+FFFD.
fn good_chars(text: &DocumentText) -> usize {
    text.parts
        .iter()
        .flat_map(|p| p.text.chars())
        .filter(|c| !c.is_whitespace() && !c.is_control() && *c != char::REPLACEMENT_CHARACTER)
        .count()
}

fn numbered(pages: Vec<String>) -> Vec<Part> {
    pages
        .into_iter()
        .enumerate()
        .map(|(i, text)| Part {
            label: format!("page {}", i + 1),
            text,
        })
        .collect()
}

/// A private scratch file, removed on drop.
struct Scratch(PathBuf);

impl Scratch {
    fn new(bytes: &[u8], ext: &str) -> Option<Scratch> {
        static COUNTER: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let n = COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let path = std::env::temp_dir().join(format!("oitcheck-{}-{n}.{ext}", std::process::id()));
        std::fs::write(&path, bytes).ok()?;
        Some(Scratch(path))
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

/// How long one external tool run (pdftotext on a file, pdftoppm or tesseract on a page) may take.
const TOOL_LIMIT: Duration = Duration::from_secs(60);

/// Runs `command` and returns its standard output when it succeeds; kills it when it runs past
/// `limit`. The document deadline of [`extract_isolated`] gives up on a hung tool but cannot stop
/// it, and a hung tesseract would otherwise outlive the scan.
fn run_limited(command: &mut Command, limit: Duration) -> Option<Vec<u8>> {
    let mut child = command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    // read while waiting: a child blocked on a full pipe would never exit
    let mut stdout = child.stdout.take()?;
    let reader = std::thread::spawn(move || {
        let mut out = Vec::new();
        let _ = stdout.read_to_end(&mut out);
        out
    });
    let started = std::time::Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) if started.elapsed() < limit => {
                std::thread::sleep(Duration::from_millis(20));
            }
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
        }
    };
    let out = reader.join().ok()?;
    status.filter(|s| s.success()).map(|_| out)
}

fn pdftotext(bytes: &[u8]) -> Option<DocumentText> {
    let file = Scratch::new(bytes, "pdf")?;
    let out = run_limited(
        Command::new("pdftotext")
            .args(["-raw", "-enc", "UTF-8"])
            .arg(&file.0)
            .arg("-"),
        TOOL_LIMIT,
    )?;
    let text = String::from_utf8_lossy(&out);
    let mut pages: Vec<String> = text.split('\u{c}').map(str::to_string).collect();
    if pages.last().is_some_and(|p| p.trim().is_empty()) {
        pages.pop();
    }
    Some(DocumentText {
        extractor: "pdftotext -raw".into(),
        parts: numbered(pages),
        tabular: false,
        ocr: false,
    })
}

fn ocr(bytes: &[u8]) -> Option<DocumentText> {
    let languages = if tesseract_languages().iter().any(|l| l == "eng") {
        "tha+eng"
    } else {
        "tha"
    };
    let file = Scratch::new(bytes, "pdf")?;
    let mut parts = Vec::new();
    for page in 1..=OCR_PAGES {
        let prefix = file.0.with_extension(format!("p{page}"));
        let rendered = run_limited(
            Command::new("pdftoppm")
                .args([
                    "-r",
                    "300",
                    "-gray",
                    "-png",
                    "-singlefile",
                    "-f",
                    &page.to_string(),
                    "-l",
                    &page.to_string(),
                ])
                .arg(&file.0)
                .arg(&prefix),
            TOOL_LIMIT,
        );
        // `-singlefile` writes PREFIX.png
        let image = PathBuf::from(format!("{}.png", prefix.display()));
        if rendered.is_none() || !image.exists() {
            // past the last page (or a page pdftoppm cannot draw, or killed half-way)
            let _ = std::fs::remove_file(&image);
            break;
        }
        let out = run_limited(
            Command::new("tesseract")
                .arg(&image)
                .arg("-")
                .args(["-l", languages])
                .env("OMP_THREAD_LIMIT", "1"),
            TOOL_LIMIT,
        );
        let _ = std::fs::remove_file(&image);
        // a page tesseract fails on is a page without text, not the end of the document
        let text = out
            .map(|out| String::from_utf8_lossy(&out).into_owned())
            .unwrap_or_default();
        parts.push(Part {
            label: format!("page {page} (OCR)"),
            text,
        });
    }
    let text = DocumentText {
        extractor: "tesseract".into(),
        parts,
        tabular: false,
        ocr: true,
    };
    // OCR that read (next to) nothing leaves the scan unread: needs_ocr, not an empty document
    (text.non_space_chars() >= SCAN_CHARS_PER_PAGE).then_some(text)
}

fn docx(bytes: &[u8]) -> Result<DocumentText, DocumentError> {
    use quick_xml::events::Event;
    check_unzipped_size(bytes, "DOCX")?;
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| DocumentError::Corrupt(format!("the DOCX is not a readable zip ({e})")))?;
    let mut xml = String::new();
    archive
        .by_name("word/document.xml")
        .map_err(|e| DocumentError::Corrupt(format!("the DOCX has no word/document.xml ({e})")))?
        .take(50 * 1024 * 1024)
        .read_to_string(&mut xml)
        .map_err(|e| DocumentError::Corrupt(format!("the DOCX body cannot be read ({e})")))?;
    let mut reader = quick_xml::Reader::from_str(&xml);
    let mut text = String::new();
    let mut in_text = false;
    // open elements: a body cut off mid-file leaves some open at the end
    let mut open = 0usize;
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) => {
                open += 1;
                if e.name().as_ref() == "w:t" {
                    in_text = true;
                }
            }
            Ok(Event::End(e)) => match {
                open = open.saturating_sub(1);
                e.name()
            }
            .as_ref()
            {
                "w:t" => in_text = false,
                "w:p" => text.push('\n'),
                "w:tc" => text.push_str(" | "),
                _ => {}
            },
            Ok(Event::Empty(e)) => match e.name().as_ref() {
                "w:tab" => text.push('\t'),
                "w:br" | "w:cr" => text.push('\n'),
                _ => {}
            },
            Ok(Event::Text(t)) if in_text => text.push_str(t.as_ref()),
            Ok(Event::GeneralRef(r)) if in_text => text.push_str(super::xml_entity(r.as_ref())),
            Ok(Event::Eof) => break,
            Err(e) => {
                return Err(DocumentError::Corrupt(format!(
                    "the DOCX XML is malformed ({e})"
                )));
            }
            _ => {}
        }
    }
    if open > 0 {
        return Err(DocumentError::Corrupt(
            "the DOCX body ends in the middle; the file is truncated or damaged".into(),
        ));
    }
    Ok(DocumentText {
        extractor: "docx".into(),
        parts: vec![Part {
            label: "document".into(),
            text,
        }],
        tabular: false,
        ocr: false,
    })
}

/// An Excel date serial as a Thai date with a Buddhist-era year (`15 ตุลาคม 2568`), so that year
/// rules read spreadsheet dates like any other Thai text.
pub fn thai_date_from_serial(serial: f64) -> String {
    // Excel's dates end at 9999-12-31 (serial 2 958 465); anything else in a date cell (a
    // corrupt or hostile file: 1e300, NaN) is shown as the number, and never overflows below
    if !(0.0..=2_958_465.0).contains(&serial) {
        return format!("{serial}");
    }
    // days since 1970-01-01 (Excel's day 25569), then the civil-from-days algorithm
    let days = serial.floor() as i64 - 25569;
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{day} {} {}", THAI_MONTHS[(month - 1) as usize], year + 543)
}

/// A zip-based document (DOCX, XLSX, ODS) may unpack to at most this much: its parts are read
/// whole by the parsers, so a zip bomb must be refused before them. The sizes checked are the
/// ones the archive declares; the zip reader never yields more than the declared size.
const MAX_UNZIPPED: u64 = 256 * 1024 * 1024;

/// Refuses a zip whose members declare more than [`MAX_UNZIPPED`] in all.
fn check_unzipped_size(bytes: &[u8], what: &str) -> Result<(), DocumentError> {
    let Ok(mut archive) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        // not a zip (an XLS, or damaged): the parser says so in its own words
        return Ok(());
    };
    let declared: u64 = (0..archive.len())
        .filter_map(|i| archive.by_index_raw(i).ok().map(|f| f.size()))
        .fold(0u64, u64::saturating_add);
    if declared > MAX_UNZIPPED {
        return Err(DocumentError::Corrupt(format!(
            "the {what} unpacks to {} MiB, more than the {} MiB oitcheck reads; it may be a zip bomb",
            declared / (1024 * 1024),
            MAX_UNZIPPED / (1024 * 1024)
        )));
    }
    Ok(())
}

/// A sheet whose used area (rows with text × columns from the first to the last) is larger than
/// this, or wider than [`MAX_GRID_WIDTH`], is written cell by cell instead of as a grid with
/// empty cells in the gaps (agency sheets have tens of columns, never thousands).
const MAX_GRID_CELLS: usize = 4_000_000;
const MAX_GRID_WIDTH: usize = 1024;
/// At most this many non-empty cells are read from one workbook.
const MAX_CELLS: usize = 2_000_000;

fn cell_text(cell: &calamine::Data) -> String {
    use calamine::Data;
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Float(f) => {
            if f.fract() == 0.0 {
                format!("{f:.0}")
            } else {
                f.to_string()
            }
        }
        Data::Int(i) => i.to_string(),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(d) => thai_date_from_serial(d.as_f64()),
        Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Error(e) => format!("#{e:?}"),
    }
}

fn spreadsheet(bytes: &[u8]) -> Result<DocumentText, DocumentError> {
    let parts = spreadsheet_cells(bytes)?
        .into_iter()
        .map(|(name, cells)| Part {
            label: format!("sheet {name}"),
            text: grid_text(cells),
        })
        .collect();
    Ok(DocumentText {
        extractor: "calamine".into(),
        parts,
        tabular: true,
        ocr: false,
    })
}

/// A sheet's name and its non-empty cells as `(row, column, text)`, 0-based.
pub type SheetCells = (String, Vec<(u32, u32, String)>);

/// The non-empty cells of every sheet of a workbook (XLSX, XLS, ODS), as `(row, column, text)`
/// with 0-based positions, sheet by sheet in workbook order. The same guards as for documents
/// apply (zip bombs, the cell cap, no whole-grid allocation for XLSX), so a hostile answer sheet
/// is refused the way a hostile document is.
pub fn spreadsheet_cells(bytes: &[u8]) -> Result<Vec<SheetCells>, DocumentError> {
    use calamine::Reader;
    check_unzipped_size(bytes, "spreadsheet")?;
    let mut workbook = calamine::open_workbook_auto_from_rs(Cursor::new(bytes))
        .map_err(|e| DocumentError::Corrupt(format!("the spreadsheet cannot be opened ({e})")))?;
    let mut sheets = Vec::new();
    let mut total = 0usize;
    for name in workbook.sheet_names() {
        // XLSX is read cell by cell: calamine's `worksheet_range` allocates the whole grid
        // between the first and the last cell, and a 2 KB file with cells at A1 and XFD1048576
        // asks for 512 GB (found by the fuzzer's xlsx target), aborting the process.
        let cells = match &mut workbook {
            calamine::Sheets::Xlsx(xlsx) => xlsx_cells(xlsx, &name, &mut total)?,
            other => {
                let range = other.worksheet_range(&name).map_err(|e| {
                    DocumentError::Corrupt(format!("sheet {name} cannot be read ({e})"))
                })?;
                let (row0, col0) = range.start().unwrap_or((0, 0));
                range
                    .cells()
                    .filter(|(_, _, c)| !matches!(c, calamine::Data::Empty))
                    .map(|(r, c, cell)| (row0 + r as u32, col0 + c as u32, cell_text(cell)))
                    .collect()
            }
        };
        sheets.push((name, cells));
    }
    Ok(sheets)
}

/// The non-empty cells of an XLSX sheet as `(row, column, text)`, streamed.
fn xlsx_cells<RS: std::io::Read + std::io::Seek>(
    xlsx: &mut calamine::Xlsx<RS>,
    name: &str,
    total: &mut usize,
) -> Result<Vec<(u32, u32, String)>, DocumentError> {
    let corrupt = |e: calamine::XlsxError| {
        DocumentError::Corrupt(format!("sheet {name} cannot be read ({e})"))
    };
    let mut reader = xlsx.worksheet_cells_reader(name).map_err(corrupt)?;
    let mut cells = Vec::new();
    while let Some(cell) = reader.next_cell().map_err(corrupt)? {
        let data: calamine::Data = cell.get_value().clone().into();
        if matches!(data, calamine::Data::Empty) {
            continue;
        }
        *total += 1;
        if *total > MAX_CELLS {
            return Err(DocumentError::Corrupt(format!(
                "the spreadsheet has more than {MAX_CELLS} cells; not read"
            )));
        }
        let (row, col) = cell.get_position();
        cells.push((row, col, cell_text(&data)));
    }
    Ok(cells)
}

/// Cells as text, a line per row with text, cells joined by ` | `. Within the used area the
/// gaps are kept as empty cells (as a spreadsheet shows them), unless that grid would be huge.
fn grid_text(mut cells: Vec<(u32, u32, String)>) -> String {
    cells.sort_by_key(|(r, c, _)| (*r, *c));
    let (Some(min_col), Some(max_col)) = (
        cells.iter().map(|c| c.1).min(),
        cells.iter().map(|c| c.1).max(),
    ) else {
        return String::new();
    };
    let width = (max_col - min_col) as usize + 1;
    let mut rows: Vec<&[(u32, u32, String)]> = cells
        .chunk_by(|a, b| a.0 == b.0)
        .filter(|row| row.iter().any(|(_, _, t)| !t.is_empty()))
        .collect();
    let grid = width <= MAX_GRID_WIDTH && rows.len().saturating_mul(width) <= MAX_GRID_CELLS;
    let mut text = String::new();
    for row in rows.drain(..) {
        if grid {
            let mut line = vec![""; width];
            for (_, col, t) in row {
                line[(col - min_col) as usize] = t;
            }
            text.push_str(&line.join(" | "));
        } else {
            let line: Vec<&str> = row.iter().map(|(_, _, t)| t.as_str()).collect();
            text.push_str(&line.join(" | "));
        }
        text.push('\n');
    }
    text
}

fn csv_text(bytes: &[u8], content_type: Option<&str>) -> DocumentText {
    let decoded = charset::decode(bytes, content_type, false);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(decoded.text.as_bytes());
    let mut text = String::new();
    for record in reader.records().flatten() {
        text.push_str(&record.iter().collect::<Vec<_>>().join(" | "));
        text.push('\n');
    }
    if text.is_empty() {
        text = decoded.text;
    }
    DocumentText {
        extractor: format!("csv ({})", decoded.encoding),
        parts: vec![Part {
            label: "table".into(),
            text,
        }],
        tabular: true,
        ocr: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pdf_text(extractor: &str, pages: &[&str]) -> DocumentText {
        DocumentText {
            extractor: extractor.into(),
            parts: numbered(pages.iter().map(|p| p.to_string()).collect()),
            tabular: false,
            ocr: false,
        }
    }

    const PLAN: &str = "แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ ขององค์การบริหารส่วนตำบล";

    #[test]
    fn readable_builtin_text_needs_no_second_opinion() {
        let chosen = with_second_opinion(Ok(pdf_text("pdf-extract", &[PLAN])), || {
            panic!("pdftotext must not run for a PDF the built-in reader reads")
        })
        .unwrap();
        assert_eq!(chosen.extractor, "pdf-extract");
    }

    #[test]
    fn garbage_or_failure_asks_the_second_reader() {
        // a font without a usable encoding: control characters where the Thai should be
        let garbage: String = PLAN.chars().map(|_| '\u{3}').collect();
        let chosen = with_second_opinion(Ok(pdf_text("pdf-extract", &[&garbage])), || {
            Some(pdf_text("pdftotext -raw", &[PLAN]))
        })
        .unwrap();
        assert_eq!(chosen.extractor, "pdftotext -raw");
        let crashed = Err(DocumentError::ParserFailed("crashed".into()));
        let chosen =
            with_second_opinion(crashed, || Some(pdf_text("pdftotext -raw", &[PLAN]))).unwrap();
        assert_eq!(chosen.extractor, "pdftotext -raw");
        // a scan stays the built-in reader's (empty) text when poppler finds nothing either, so
        // that it goes on to OCR or needs_ocr
        let chosen = with_second_opinion(Ok(pdf_text("pdf-extract", &[""])), || {
            Some(pdf_text("pdftotext -raw", &[" "]))
        })
        .unwrap();
        assert_eq!(chosen.extractor, "pdf-extract");
        // without pdftotext the built-in reader's error is the answer
        let crashed = Err(DocumentError::ParserFailed("crashed".into()));
        assert!(with_second_opinion(crashed, || None).is_err());
    }

    #[test]
    fn excel_serials_become_thai_dates() {
        // checked against Python: date(1899, 12, 30) + timedelta(days)
        assert_eq!(thai_date_from_serial(45728.0), "12 มีนาคม 2568");
        assert_eq!(thai_date_from_serial(45945.0), "15 ตุลาคม 2568");
        assert_eq!(thai_date_from_serial(25569.0), "1 มกราคม 2513");
        assert_eq!(thai_date_from_serial(2_958_465.0), "31 ธันวาคม 10542");
    }

    /// Fuzzer finding (xlsx): a date-formatted cell holding 1e300 overflowed the day arithmetic.
    #[test]
    fn out_of_range_serials_are_numbers_not_panics() {
        assert_eq!(thai_date_from_serial(1e300), format!("{}", 1e300));
        assert_eq!(thai_date_from_serial(f64::NAN), "NaN");
        assert_eq!(thai_date_from_serial(-1.0), "-1");
        assert_eq!(thai_date_from_serial(f64::INFINITY), "inf");
    }

    /// Fuzzer finding (xlsx): two cells at A1 and XFD1048576 made calamine allocate the whole
    /// grid between them (512 GB), and the process aborted.
    #[test]
    fn cells_far_apart_are_read_without_the_grid() {
        let bytes = include_bytes!("../../fuzz/regressions/xlsx/cells-far-apart.xlsx");
        let doc = extract(bytes, ContentKind::Xlsx, None).expect("read");
        let text = doc.full_text();
        assert_eq!(text.trim(), "x\ny", "{} bytes of text", text.len());
    }

    #[test]
    fn sheet_gaps_stay_empty_cells() {
        let cells = vec![
            (0, 0, "a".to_string()),
            (0, 2, "b".to_string()),
            (1, 1, "c".to_string()),
            (2, 1, String::new()),
        ];
        assert_eq!(grid_text(cells), "a |  | b\n | c | \n");
    }

    #[test]
    fn cp874_csv_is_decoded() {
        let bytes = encoding_rs::WINDOWS_874
            .encode("ลำดับ,รายการ,วงเงิน\n1,จัดซื้อวัสดุสำนักงาน,12500\n")
            .0
            .into_owned();
        let doc = csv_text(&bytes, Some("text/csv"));
        assert!(doc.tabular);
        assert!(
            doc.full_text().contains("จัดซื้อวัสดุสำนักงาน | 12500"),
            "{}",
            doc.full_text()
        );
    }

    #[test]
    fn html_saved_as_pdf_is_corrupt_not_empty() {
        let err = extract(
            b"<!DOCTYPE html><html><body>404</body></html>",
            ContentKind::Pdf,
            None,
        )
        .unwrap_err();
        assert_eq!(err.code(), "corrupt_document");
    }

    #[test]
    fn a_tool_past_its_limit_is_killed() {
        let started = std::time::Instant::now();
        assert_eq!(
            run_limited(
                Command::new("sh").args(["-c", "echo partial; exec sleep 30"]),
                Duration::from_millis(200)
            ),
            None
        );
        // killed, not waited for (sleep 30 would take 30 s)
        assert!(started.elapsed() < Duration::from_secs(10));
        assert_eq!(
            run_limited(
                Command::new("sh").args(["-c", "echo ok"]),
                Duration::from_secs(10)
            ),
            Some(b"ok\n".to_vec())
        );
        // a failing tool gives nothing, not its partial output
        assert_eq!(
            run_limited(
                Command::new("sh").args(["-c", "echo half; exit 3"]),
                Duration::from_secs(10)
            ),
            None
        );
        // more than a pipe buffer of output does not block the tool
        let big = run_limited(
            Command::new("sh").args(["-c", "head -c 300000 /dev/zero"]),
            Duration::from_secs(10),
        );
        assert_eq!(big.map(|b| b.len()), Some(300_000));
    }

    #[test]
    fn garbage_zip_is_corrupt() {
        assert_eq!(
            extract(b"PK\x03\x04garbage", ContentKind::Docx, None)
                .unwrap_err()
                .code(),
            "corrupt_document"
        );
        assert_eq!(
            extract(b"PK\x03\x04garbage", ContentKind::Xlsx, None)
                .unwrap_err()
                .code(),
            "corrupt_document"
        );
    }
}
