//! Benchmark harness for the PDF text extractors (run by `bench/pdf.sh`; not a test).
//!
//! ```sh
//! cargo run --release --example pdf_extract_bench -- FILE.pdf builtin|pdftotext [RUNS]
//! ```
//!
//! Extracts FILE.pdf RUNS times (default 3) with one extractor through
//! `oitcheck::extract::document::pdf_text_with` and prints one line of `key=value` fields separated
//! by single spaces:
//!
//! * `extractor`, `pages` (parts returned), `runs`, `best_s` (the fastest run, seconds),
//!   `pages_per_s` (pages / best_s), `chars` (non-space characters), `vmhwm_kib` (this process's
//!   peak RSS from `/proc/self/status`, `-` where unavailable; it does not include a child
//!   `pdftotext`, which `/usr/bin/time -v` does);
//! * `kw:WORD=N` for each keyword: non-overlapping occurrences of `thai::match_key(WORD)` in the
//!   match key of the whole text, so correctness sits next to speed.
//!
//! Exit status 2 on usage errors, 1 when the extractor is unavailable or fails.

use std::process::ExitCode;
use std::time::{Duration, Instant};

use oitcheck::extract::document::{PdfExtractor, pdf_text_with};
use oitcheck::thai::match_key;

/// ITA-style words whose counts show whether ำ, tone marks and Thai digits survived extraction.
const KEYWORDS: [&str; 7] = [
    "ประจำปี",
    "ป้องกันการทุจริต",
    "ดำเนินงาน",
    "น้ำ",
    "ซ้ำ",
    "ครั้งที่",
    "2569",
];

const USAGE: &str = "usage: pdf_extract_bench FILE.pdf builtin|pdftotext [RUNS]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (path, name, runs) = match args.as_slice() {
        [path, name] => (path, name, 3),
        [path, name, runs] => match runs.parse::<u32>() {
            Ok(n) if n > 0 => (path, name, n),
            _ => {
                eprintln!("RUNS must be a positive integer\n{USAGE}");
                return ExitCode::from(2);
            }
        },
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let extractor = match name.as_str() {
        "builtin" => PdfExtractor::Builtin,
        "pdftotext" => PdfExtractor::Pdftotext,
        other => {
            eprintln!("unknown extractor {other:?}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) => {
            eprintln!("cannot read {path}: {e}");
            return ExitCode::from(2);
        }
    };

    let mut best = Duration::MAX;
    let mut last = None;
    for _ in 0..runs {
        // drop the previous run's text first, so the peak is one run's, not two
        drop(last.take());
        let start = Instant::now();
        let Some(doc) = pdf_text_with(&bytes, extractor) else {
            eprintln!("{name}: extraction failed or the extractor is not installed");
            return ExitCode::FAILURE;
        };
        best = best.min(start.elapsed());
        last = Some(doc);
    }
    let Some(doc) = last else {
        return ExitCode::FAILURE;
    };

    let pages = doc.parts.len();
    let text = doc.full_text();
    let key = match_key(&text);
    let secs = best.as_secs_f64();
    let mut line = format!(
        "extractor={name} pages={pages} runs={runs} best_s={secs:.4} pages_per_s={:.1} chars={} vmhwm_kib={}",
        pages as f64 / secs,
        key.chars().count(),
        vmhwm_kib().map_or_else(|| "-".to_string(), |k| k.to_string()),
    );
    for word in KEYWORDS {
        let count = key.matches(match_key(word).as_str()).count();
        line.push_str(&format!(" kw:{word}={count}"));
    }
    println!("{line}");
    ExitCode::SUCCESS
}

/// This process's peak resident set size in KiB (Linux only).
fn vmhwm_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))?
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()
}
