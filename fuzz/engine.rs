//! A bounded mutation fuzzer for oitcheck's parsers: the stand-in for cargo-fuzz, which needs a
//! nightly toolchain this project does not require.
//!
//! Targets: the HTML extractor, the charset decoder, the document extractors (PDF with the
//! built-in pdf-extract, DOCX, XLSX, CSV), the checklist loader, the sitemap parser and
//! robots.txt as the crawl reads it. Each is seeded from the files
//! of the repository (`tests/fixtures`, `tests/corpus`, `checklists`, `demo`) and fed mutants:
//! bit flips, interesting bytes, cut/duplicated/spliced ranges, and tokens from a per-target
//! dictionary; for DOCX/XLSX, half the mutants change one XML part inside the zip and re-zip it,
//! since byte noise on a zip mostly dies at its CRC check.
//!
//! A finding is a panic, or an input that takes longer than the target's `slow` bound. Panics
//! raised inside a third-party document parser (pdf-extract, calamine, zip) are *contained*: the
//! scan and `inspect` run documents through `document::extract_guarded`, which turns them into
//! `parser_failed`; they are counted and saved apart, not failures. A panic in oitcheck's own code
//! (`src/…`), or anywhere under the other targets (which are not isolated: HTML, charset,
//! checklist, sitemap, robots), is a finding. Aborts (stack overflow, out of memory) end the process; the runner script finds
//! them through the `current` file written before each input.
//!
//! Deterministic: the same seed, seeds and count give the same inputs. This file is shared by
//! `examples/fuzz.rs` (the long runs of `fuzz/run.sh`) and `tests/fuzz_smoke.rs` (a few hundred
//! inputs per target in the test suite), through `#[path]`.

#![allow(dead_code)]

use std::io::{Cursor, Read, Write};
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use oitcheck::extract::{charset, document, html};
use oitcheck::fetch::ContentKind;

/// splitmix64: tiny, fast, and good enough to pick mutations.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x9E37_79B9_7F4A_7C15)
    }
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// A number below `n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
    pub fn chance(&mut self, one_in: usize) -> bool {
        self.below(one_in) == 0
    }
}

/// What is fuzzed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Html,
    Charset,
    Pdf,
    Docx,
    Xlsx,
    Csv,
    Checklist,
    Sitemap,
    Robots,
}

impl Target {
    pub const ALL: [Target; 9] = [
        Target::Html,
        Target::Charset,
        Target::Pdf,
        Target::Docx,
        Target::Xlsx,
        Target::Csv,
        Target::Checklist,
        Target::Sitemap,
        Target::Robots,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Target::Html => "html",
            Target::Charset => "charset",
            Target::Pdf => "pdf",
            Target::Docx => "docx",
            Target::Xlsx => "xlsx",
            Target::Csv => "csv",
            Target::Checklist => "checklist",
            Target::Sitemap => "sitemap",
            Target::Robots => "robots",
        }
    }

    pub fn from_name(name: &str) -> Option<Target> {
        Target::ALL.into_iter().find(|t| t.name() == name)
    }

    /// File extensions of its seeds.
    fn extensions(self) -> &'static [&'static str] {
        match self {
            Target::Html | Target::Charset => &["html", "htm", "php"],
            Target::Pdf => &["pdf"],
            Target::Docx => &["docx"],
            Target::Xlsx => &["xlsx", "ods"],
            Target::Csv => &["csv"],
            Target::Checklist => &["yaml", "yml"],
            Target::Sitemap => &["xml"],
            Target::Robots => &["txt"],
        }
    }

    /// Whether a panic inside a dependency is contained by oitcheck (documents are parsed
    /// under `catch_unwind`) rather than a crash of the scan.
    pub fn isolated(self) -> bool {
        matches!(
            self,
            Target::Pdf | Target::Docx | Target::Xlsx | Target::Csv
        )
    }

    /// An input that takes longer than this is a finding (the unoptimised build of the tests is
    /// several times slower than a release build; these bounds allow for it).
    pub fn slow(self) -> Duration {
        match self {
            Target::Pdf | Target::Docx | Target::Xlsx => Duration::from_secs(10),
            _ => Duration::from_secs(5),
        }
    }

    /// Feeds one input to the code under test.
    pub fn run(self, data: &[u8]) {
        match self {
            Target::Html => {
                let base = url::Url::parse("http://fuzz.go.th/dir/page.php?id=1").unwrap();
                let text = String::from_utf8_lossy(data);
                let content = html::extract(&text, &base);
                // the parts evaluation reads, so that lazy work is done too
                let _ = content.link_count() + content.block_count() + content.title.len();
            }
            Target::Charset => {
                // the first byte picks what the server claimed
                let claimed = [
                    None,
                    Some("text/html"),
                    Some("text/html; charset=utf-8"),
                    Some("text/html; charset=tis-620"),
                    Some("text/html; charset=windows-874"),
                    Some("text/html; charset=\"x-unknown\""),
                    Some("text/html; charset="),
                    Some("text/csv; charset=iso-8859-11"),
                ];
                let pick = data.first().map_or(0, |b| *b as usize % claimed.len());
                let sniff = data.get(1).is_none_or(|b| b % 2 == 0);
                let decoded = charset::decode(data, claimed[pick], sniff);
                let _ = decoded.text.len();
            }
            Target::Pdf => {
                // the in-process extractor: pdftotext, when installed, is another process and
                // cannot crash the scan
                let _ = document::pdf_text_with(data, document::PdfExtractor::Builtin);
            }
            Target::Docx => {
                let _ = document::extract(data, ContentKind::Docx, None);
            }
            Target::Xlsx => {
                let _ = document::extract(data, ContentKind::Xlsx, None);
            }
            Target::Csv => {
                let _ = document::extract(data, ContentKind::Csv, Some("text/csv"));
            }
            Target::Checklist => {
                let text = String::from_utf8_lossy(data);
                if let Ok(checklist) = oitcheck::checklist::parse(&text, "fuzz.yaml") {
                    // compiling the rules is part of loading a checklist for a scan
                    let _ = oitcheck::rules::Rules::new(&checklist);
                }
            }
            Target::Sitemap => {
                let _ = oitcheck::crawl::parse_sitemap(data);
            }
            Target::Robots => {
                // as the crawl reads robots.txt: lossy text, then the questions it asks
                let text = String::from_utf8_lossy(data);
                if let Ok(robot) = texting_robots::Robot::new("oitcheck", text.as_bytes()) {
                    for url in [
                        "http://fuzz.go.th/",
                        "http://fuzz.go.th/private/x.php?a=1",
                        "http://fuzz.go.th/%E0%B8%81/",
                    ] {
                        let _ = robot.allowed(url);
                    }
                    // the crawl turns the delay into a wait
                    let _ = robot.delay.and_then(oitcheck::crawl::crawl_delay);
                    let _ = robot.sitemaps.len();
                }
            }
        }
    }

    fn dictionary(self) -> &'static [&'static [u8]] {
        match self {
            Target::Html | Target::Charset => HTML_DICT,
            Target::Pdf => PDF_DICT,
            Target::Docx | Target::Xlsx => OOXML_DICT,
            Target::Csv => CSV_DICT,
            Target::Checklist => YAML_DICT,
            Target::Sitemap => SITEMAP_DICT,
            Target::Robots => ROBOTS_DICT,
        }
    }
}

/// Tokens the mutator inserts, per target: the syntax that parsers branch on.
static SITEMAP_DICT: &[&[u8]] = &[
    b"<urlset>",
    b"</urlset>",
    b"<sitemapindex>",
    b"<sitemap>",
    b"</sitemap>",
    b"<url><loc>",
    b"<loc>",
    b"</loc>",
    b"</url>",
    b"&amp;",
    b"&lt;",
    b"&#x41;",
    b"&bogus;",
    b"<![CDATA[http://a.go.th/]]>",
    b"<?xml version=\"1.0\"?>",
    b"<!DOCTYPE x [<!ENTITY a \"b\">]>",
    b"xmlns:ns=\"x\"",
    b"<ns:loc>",
];
static ROBOTS_DICT: &[&[u8]] = &[
    b"User-agent: *\n",
    b"User-agent: oitcheck\n",
    b"Disallow: /\n",
    b"Disallow: /private/\n",
    b"Allow: /private/x\n",
    b"Disallow: /*.php$\n",
    b"Disallow: /%E0%B8%81\n",
    b"Crawl-delay: 5\n",
    b"Crawl-delay: 1e300\n",
    b"Crawl-delay: -1\n",
    b"Crawl-delay: NaN\n",
    b"Sitemap: http://fuzz.go.th/sitemap.xml\n",
    b"*",
    b"$",
    b"#",
    b"\r\n",
    b"\xEF\xBB\xBF",
];
static HTML_DICT: &[&[u8]] = &[
    b"<div>",
    b"</div>",
    b"<a href=\"",
    b"\">",
    b"</a>",
    b"<table><tr><td>",
    b"</td></tr></table>",
    b"<!--",
    b"-->",
    b"<![CDATA[",
    b"<script>",
    b"</script>",
    b"<style>",
    b"<meta charset=\"tis-620\">",
    b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-874\">",
    b"<meta http-equiv=\"refresh\" content=\"0; url=",
    b"<meta name=\"robots\" content=\"nofollow\">",
    b"<base href=\"http://a.go.th/x/\">",
    b"<iframe src=\"",
    b"<embed src=\"x.pdf\">",
    b"<object data=\"",
    b"<img src=\"a.jpg\" alt=\"",
    b"&amp;",
    b"&#3585;",
    b"&#x0E01;",
    b"&#99999999;",
    b"&nbsp",
    b"<h1>",
    b"<h2>",
    b"<title>",
    b"<svg><foreignObject>",
    b"<math>",
    b"<template>",
    b"<select><option>",
    b"<noscript>",
    b"<frameset><frame src=\"",
    b"javascript:",
    b"#",
    b"\"",
    b"'",
    b"<",
    b">",
    b"=",
    "ปีงบประมาณ ๒๕๖๙".as_bytes(),
    "แผนปฏิบัติการ".as_bytes(),
    "\u{200b}".as_bytes(),
    "\u{f70a}".as_bytes(),
    b"\xEF\xBB\xBF",
    b"\xFF\xFE",
    b"\xFE\xFF",
    b"\xA1\xB2\xC3\xD4",
    b"\x80\x81\xFF",
];

static PDF_DICT: &[&[u8]] = &[
    b" obj\n",
    b"endobj\n",
    b"stream\n",
    b"\nendstream",
    b"/Length 99999999",
    b"/Length -1",
    b"/Filter /FlateDecode",
    b"/Filter [/FlateDecode /ASCIIHexDecode]",
    b"xref\n0 1\n",
    b"trailer\n",
    b"startxref\n",
    b"<<",
    b">>",
    b"[",
    b"]",
    b"(",
    b")",
    b"/Type /Page",
    b"/Type /Pages /Kids [",
    b"/Count 999999999",
    b"1 0 R",
    b"0 0 R",
    b"/ToUnicode",
    b"/Encoding /Identity-H",
    b"/Differences [",
    b"%%EOF",
    b"/W [",
    b"/Prev 0",
    b"/Root",
    b"/Font",
    b"BT /F1 12 Tf (",
    b") Tj ET",
    b"<FEFF0E01>",
    b"/Widths [",
    b"/FirstChar -5",
];

static OOXML_DICT: &[&[u8]] = &[
    b"<w:t>",
    b"</w:t>",
    b"<w:p>",
    b"</w:p>",
    b"<w:tab/>",
    b"<w:tc>",
    b"<c r=\"A1\" t=\"s\"><v>",
    b"<c r=\"XFD1048576\" s=\"1\"><v>",
    b"<c r=\"A1\" t=\"d\"><v>",
    b"</v></c>",
    b"<v>1e308</v>",
    b"<v>-1e308</v>",
    b"<v>9999999999999</v>",
    b"<v>NaN</v>",
    b"<v>inf</v>",
    b"<v>4294967296</v>",
    b" s=\"1\"",
    b" t=\"str\"",
    b"<row r=\"1048577\">",
    b"<dimension ref=\"A1:XFD1048576\"/>",
    b"<numFmt numFmtId=\"164\" formatCode=\"d/m/yyyy\"/>",
    b"<xf numFmtId=\"14\"/>",
    b"<si><t>",
    b"</t></si>",
    b"<![CDATA[",
    b"&#3585;",
    b"&#0;",
    b"&lt;",
    b"&unknown;",
    b"<!DOCTYPE x [<!ENTITY a \"aaaaaaaa\">]>",
    b"&a;",
    b"<",
    b">",
    b"\"",
];

static CSV_DICT: &[&[u8]] = &[
    b"\"",
    b",",
    b";",
    b"\t",
    b"\r\n",
    b"\n",
    b"\"\"",
    b"\xEF\xBB\xBF",
    b"\xA1\xB2\xC3",
    "ปีงบประมาณ".as_bytes(),
    b"\x00",
];

static YAML_DICT: &[&[u8]] = &[
    b"&a ",
    b"*a",
    b"<<: *a",
    b"- ",
    b": ",
    b"\n  ",
    b"\n    - ",
    b"{",
    b"}",
    b"[",
    b"]",
    b"!!binary ",
    b"!!str ",
    b"? ",
    b"|\n",
    b">-\n",
    b"\"",
    b"'",
    b"{fy}",
    b"{fy-1}",
    b"{fy+99999}",
    b"{",
    b"year: current",
    b"year: previous",
    b"year: ita_analysis",
    b"elements:",
    b"any: [",
    b"all: [",
    b"image: true",
    b"id: ",
    b"sub_indicator: ",
    b"fiscal_year: 99999",
    b"fiscal_year: -1",
    b"schema: 2",
    b"%YAML 1.2\n",
    b"---\n",
    b"...\n",
    b"\t",
    b"~",
    b"null",
    b"0x1F",
    b".inf",
    b"1e9999",
    "ข้อมูลพื้นฐาน".as_bytes(),
];

/// Where inputs of past findings (and hand-made seeds for shapes the repository lacks) are kept,
/// one folder per target, with the target's extension: they are always the first seeds, so every
/// run (the smoke test too) replays them.
pub const REGRESSIONS: &str = "fuzz/regressions";

/// Seed inputs for `target`: the regressions, then up to `limit` files of the repository at
/// `root`, spread over their size range (none over 2 MiB).
pub fn seeds(root: &Path, target: Target, limit: usize) -> Vec<Vec<u8>> {
    let mut regressions = Vec::new();
    let own = root.join(REGRESSIONS).join(target.name());
    collect(&own, target.extensions(), &mut regressions, 0);
    regressions.sort();
    let mut files = Vec::new();
    for dir in ["tests/fixtures", "tests/corpus", "checklists", "demo"] {
        collect(&root.join(dir), target.extensions(), &mut files, 0);
    }
    files.sort_by_key(|(size, path)| (*size, path.clone()));
    files.dedup_by(|a, b| a.1 == b.1);
    let step = (files.len() / limit.max(1)).max(1);
    let mut out: Vec<Vec<u8>> = regressions
        .iter()
        .filter_map(|(_, p)| std::fs::read(p).ok())
        .collect();
    out.extend(
        files
            .iter()
            .step_by(step)
            .take(limit)
            .filter_map(|(_, p)| std::fs::read(p).ok()),
    );
    if out.is_empty() {
        out.push(Vec::new());
    }
    out
}

fn collect(dir: &Path, exts: &[&str], out: &mut Vec<(u64, PathBuf)>, depth: usize) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    if depth > 12 {
        return;
    }
    for entry in entries.flatten() {
        let path = entry.path();
        let Ok(meta) = entry.metadata() else { continue };
        if meta.is_dir() {
            collect(&path, exts, out, depth + 1);
        } else if meta.len() <= 2 * 1024 * 1024 {
            let name = path.to_string_lossy().to_ascii_lowercase();
            // fixture pages keep their query in the file name: `index.php?page_id=3`
            let stem = name.split('?').next().unwrap_or(&name);
            if exts.iter().any(|e| stem.ends_with(&format!(".{e}"))) {
                out.push((meta.len(), path));
            }
        }
    }
}

/// The longest input a mutant may grow to.
const MAX_INPUT: usize = 1024 * 1024;

const INTERESTING: &[u8] = &[
    0, 1, 0x7f, 0x80, 0xff, b'\n', b'\r', b' ', b'<', b'>', b'"', b'&',
];

/// One mutant of `input`, with 1 to 8 stacked byte-level mutations.
pub fn mutate_bytes(rng: &mut Rng, input: &[u8], others: &[Vec<u8>], dict: &[&[u8]]) -> Vec<u8> {
    let mut data = input.to_vec();
    let rounds = 1 + rng.below(8);
    for _ in 0..rounds {
        let len = data.len();
        match rng.below(10) {
            0 if len > 0 => {
                let i = rng.below(len);
                data[i] ^= 1 << rng.below(8);
            }
            1 if len > 0 => {
                let i = rng.below(len);
                data[i] = INTERESTING[rng.below(INTERESTING.len())];
            }
            2 if len > 0 => {
                let i = rng.below(len);
                data[i] = rng.next() as u8;
            }
            3 if len > 0 => {
                // delete a range
                let start = rng.below(len);
                let end = (start + 1 + rng.below(64.min(len - start))).min(len);
                data.drain(start..end);
            }
            4 if len > 0 => {
                // duplicate a range, possibly many times (nesting, repetition)
                let start = rng.below(len);
                let end = (start + 1 + rng.below(256.min(len - start))).min(len);
                let chunk = data[start..end].to_vec();
                let times = if rng.chance(8) { 1 + rng.below(200) } else { 1 };
                let at = rng.below(data.len() + 1);
                let mut insert = Vec::with_capacity(chunk.len() * times);
                for _ in 0..times {
                    insert.extend_from_slice(&chunk);
                }
                data.splice(at..at, insert);
            }
            5 | 6 if !dict.is_empty() => {
                let token = dict[rng.below(dict.len())];
                let times = if rng.chance(10) {
                    1 + rng.below(500)
                } else {
                    1
                };
                let at = rng.below(len + 1);
                let insert: Vec<u8> = token.repeat(times);
                data.splice(at..at, insert);
            }
            7 if !others.is_empty() => {
                // splice in a piece of another seed
                let other = &others[rng.below(others.len())];
                if !other.is_empty() {
                    let start = rng.below(other.len());
                    let end = (start + 1 + rng.below(1024)).min(other.len());
                    let at = rng.below(len + 1);
                    data.splice(at..at, other[start..end].iter().copied());
                }
            }
            8 if len > 0 => {
                // cut the tail (truncated downloads)
                data.truncate(rng.below(len));
            }
            _ if len > 1 => {
                // swap two bytes
                let (i, j) = (rng.below(len), rng.below(len));
                data.swap(i, j);
            }
            _ => data.push(rng.next() as u8),
        }
        data.truncate(MAX_INPUT);
    }
    data
}

/// A zip (DOCX/XLSX) with one member mutated, re-zipped; `None` when `input` is not a zip.
fn mutate_zip(rng: &mut Rng, input: &[u8], dict: &[&[u8]]) -> Option<Vec<u8>> {
    let mut archive = zip::ZipArchive::new(Cursor::new(input)).ok()?;
    let mut members = Vec::new();
    for i in 0..archive.len().min(200) {
        let mut file = archive.by_index(i).ok()?;
        let mut bytes = Vec::new();
        file.by_ref()
            .take(MAX_INPUT as u64)
            .read_to_end(&mut bytes)
            .ok()?;
        let name = file.name().ok()?.to_string();
        members.push((name, bytes));
    }
    if members.is_empty() {
        return None;
    }
    // prefer the parts the extractors read: the body, the sheets, the shared strings, the styles
    let preferred: Vec<usize> = members
        .iter()
        .enumerate()
        .filter(|(_, (n, _))| {
            n.contains("document.xml")
                || n.contains("sheet")
                || n.contains("sharedStrings")
                || n.contains("styles")
                || n.contains("workbook")
                || n.contains("content.xml")
        })
        .map(|(i, _)| i)
        .collect();
    let pick = if !preferred.is_empty() && !rng.chance(4) {
        preferred[rng.below(preferred.len())]
    } else {
        rng.below(members.len())
    };
    let mutated = mutate_bytes(rng, &members[pick].1, &[], dict);
    members[pick].1 = mutated;
    if rng.chance(10) {
        let j = rng.below(members.len());
        members.remove(j);
    }
    let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let method = if rng.chance(2) {
        zip::CompressionMethod::Stored
    } else {
        zip::CompressionMethod::Deflated
    };
    for (name, bytes) in &members {
        let options = zip::write::SimpleFileOptions::default().compression_method(method);
        writer.start_file(name.as_str(), options).ok()?;
        writer.write_all(bytes).ok()?;
    }
    Some(writer.finish().ok()?.into_inner())
}

/// One mutant for `target`.
pub fn mutate(rng: &mut Rng, target: Target, input: &[u8], others: &[Vec<u8>]) -> Vec<u8> {
    let dict = target.dictionary();
    if matches!(target, Target::Docx | Target::Xlsx)
        && rng.chance(2)
        && let Some(zipped) = mutate_zip(rng, input, dict)
    {
        return zipped;
    }
    mutate_bytes(rng, input, others, dict)
}

/// What went wrong with one input.
#[derive(Debug, Clone)]
pub struct Finding {
    pub target: Target,
    /// `panic` or `slow`.
    pub kind: &'static str,
    pub message: String,
    /// `file:line` of the panic.
    pub location: String,
    pub input: Vec<u8>,
}

/// The totals of a run.
#[derive(Debug, Default)]
pub struct Stats {
    pub inputs: usize,
    pub findings: Vec<Finding>,
    /// Panics inside a third-party document parser, contained by oitcheck's isolation.
    pub contained: Vec<Finding>,
    pub elapsed: Duration,
}

/// How long and where to fuzz.
#[derive(Debug, Clone)]
pub struct Config {
    pub seed: u64,
    /// Stop after this many inputs (seeds included)...
    pub max_inputs: usize,
    /// ...or after this long, whichever comes first.
    pub time_budget: Duration,
    /// Where findings are written (`<out>/<target>/…`) and `current` is kept; none in tests.
    pub out: Option<PathBuf>,
}

/// The panic of the input being run, recorded by the hook instead of printed.
static LAST_PANIC: Mutex<Option<(String, String)>> = Mutex::new(None);

fn quiet_hook(info: &panic::PanicHookInfo<'_>) {
    let location = info
        .location()
        .map(|l| format!("{}:{}", l.file(), l.line()))
        .unwrap_or_default();
    let message = if let Some(s) = info.payload().downcast_ref::<&str>() {
        s.to_string()
    } else if let Some(s) = info.payload().downcast_ref::<String>() {
        s.clone()
    } else {
        "(non-string panic payload)".to_string()
    };
    if let Ok(mut last) = LAST_PANIC.lock() {
        *last = Some((location, message));
    }
}

/// Whether a panic at `location` is in oitcheck's own code (paths of the crate are relative;
/// dependencies' are absolute paths into the cargo registry).
fn own_code(location: &str) -> bool {
    location.starts_with("src/") || location.starts_with("./src/")
}

/// Runs `target` over `seeds` then mutants until the budget ends. Must run on a thread whose
/// stack is the size the scan gives parsers (see `examples/fuzz.rs`).
pub fn run(target: Target, seeds: &[Vec<u8>], config: &Config) -> Stats {
    let began = Instant::now();
    let mut rng = Rng::new(config.seed ^ (target as u64).wrapping_mul(0x1000_0001));
    let mut stats = Stats::default();
    let previous_hook = panic::take_hook();
    panic::set_hook(Box::new(quiet_hook));
    let dir = config.out.as_ref().map(|o| o.join(target.name()));
    if let Some(dir) = &dir {
        let _ = std::fs::create_dir_all(dir);
    }
    let mut index = 0usize;
    while stats.inputs < config.max_inputs && began.elapsed() < config.time_budget {
        let input = if index < seeds.len() {
            seeds[index].clone()
        } else {
            let base = &seeds[rng.below(seeds.len())];
            mutate(&mut rng, target, base, seeds)
        };
        index += 1;
        if let Some(dir) = &dir {
            // kept for the runner script: the input that was running when the process died
            let _ = std::fs::write(dir.join("current"), &input);
        }
        *LAST_PANIC.lock().unwrap_or_else(|e| e.into_inner()) = None;
        let started = Instant::now();
        let outcome = panic::catch_unwind(AssertUnwindSafe(|| target.run(&input)));
        let took = started.elapsed();
        stats.inputs += 1;
        if outcome.is_err() {
            let (location, message) = LAST_PANIC
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .take()
                .unwrap_or_default();
            let finding = Finding {
                target,
                kind: "panic",
                message,
                location: location.clone(),
                input,
            };
            if target.isolated() && !own_code(&location) {
                save(&dir, "contained", &finding);
                stats.contained.push(finding);
            } else {
                save(&dir, "crash", &finding);
                stats.findings.push(finding);
            }
        } else if took > target.slow() {
            let finding = Finding {
                target,
                kind: "slow",
                message: format!(
                    "took {:.1} s (bound {:?})",
                    took.as_secs_f64(),
                    target.slow()
                ),
                location: String::new(),
                input,
            };
            save(&dir, "slow", &finding);
            stats.findings.push(finding);
        }
    }
    panic::set_hook(previous_hook);
    if let Some(dir) = &dir {
        let _ = std::fs::remove_file(dir.join("current"));
    }
    stats.elapsed = began.elapsed();
    stats
}

/// A stable name for an input (FNV-1a).
pub fn digest(bytes: &[u8]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

fn save(dir: &Option<PathBuf>, prefix: &str, finding: &Finding) {
    let Some(dir) = dir else { return };
    let name = format!("{prefix}-{}", digest(&finding.input));
    let _ = std::fs::write(dir.join(format!("{name}.bin")), &finding.input);
    let _ = std::fs::write(
        dir.join(format!("{name}.txt")),
        format!(
            "{} {} at {}: {}\n",
            finding.target.name(),
            finding.kind,
            finding.location,
            finding.message
        ),
    );
}
