//! Character agreement of PDF text extractors with `pdftotext -raw` (run by `bench/pdf-thai.sh`;
//! not a test).
//!
//! ```sh
//! cargo run --release --example pdf_agreement -- extract builtin|pdftotext FILE.pdf [RUNS] > text
//! cargo run --release --example pdf_agreement -- compare REFERENCE.txt CANDIDATE.txt
//! ```
//!
//! `extract` reads FILE.pdf RUNS times (default 1) with one of oitcheck's extractors through
//! `oitcheck::extract::document::pdf_text_with`, writes the text to stdout with pages separated by
//! form feeds (as `pdftotext` does), and one line to stderr: `best_s=` (the fastest run, seconds),
//! `pages=`, `vmhwm_kib=` (this process's peak RSS; a `pdftotext` child is not included).
//!
//! `compare` prints one line of `key=value` fields: the agreement of CANDIDATE with REFERENCE as
//! 1 − (Levenshtein distance ÷ length of the longer text), over
//!
//! * `raw`: the characters that are not whitespace, as extracted (`agreement`, `edits`, `chars`);
//! * `key`: `thai::match_key` of both, spaces removed (`key_agreement`, `key_edits`, `key_chars`):
//!   what keyword matching sees, after the Thai repairs (ำ rebuilt, tone marks reordered,
//!   private-use glyphs mapped back).
//!
//! When both texts have the same number of pages the distance is summed page by page (the
//! denominators too), else it is taken over the whole text. Exit status 2 on usage errors, 1 when
//! the extractor is unavailable or fails.

use std::process::ExitCode;
use std::time::{Duration, Instant};

use oitcheck::extract::document::{PdfExtractor, pdf_text_with};
use oitcheck::thai::match_key;

const USAGE: &str = "usage: pdf_agreement extract builtin|pdftotext FILE.pdf [RUNS]\n       pdf_agreement compare REFERENCE.txt CANDIDATE.txt";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["extract", name, path] => extract(name, path, "1"),
        ["extract", name, path, runs] => extract(name, path, runs),
        ["compare", reference, candidate] => compare(reference, candidate),
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn extract(name: &str, path: &str, runs: &str) -> ExitCode {
    let extractor = match name {
        "builtin" => PdfExtractor::Builtin,
        "pdftotext" => PdfExtractor::Pdftotext,
        other => {
            eprintln!("unknown extractor {other:?}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let Ok(runs) = runs.parse::<u32>().map(|n| n.max(1)) else {
        eprintln!("RUNS must be a positive integer\n{USAGE}");
        return ExitCode::from(2);
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
    let pages: Vec<&str> = doc.parts.iter().map(|p| p.text.as_str()).collect();
    print!("{}", pages.join("\u{c}"));
    eprintln!(
        "best_s={:.5} pages={} vmhwm_kib={}",
        best.as_secs_f64(),
        pages.len(),
        vmhwm_kib().map_or_else(|| "-".to_string(), |k| k.to_string())
    );
    ExitCode::SUCCESS
}

fn compare(reference: &str, candidate: &str) -> ExitCode {
    let read = |path: &str| {
        std::fs::read(path)
            .map(|b| String::from_utf8_lossy(&b).into_owned())
            .map_err(|e| eprintln!("cannot read {path}: {e}"))
    };
    let (Ok(reference), Ok(candidate)) = (read(reference), read(candidate)) else {
        return ExitCode::from(2);
    };
    let raw = |page: &str| -> Vec<char> { page.chars().filter(|c| !c.is_whitespace()).collect() };
    let key = |page: &str| -> Vec<char> { match_key(page).chars().filter(|c| *c != ' ').collect() };
    let (edits, chars) = distance(&reference, &candidate, raw);
    let (key_edits, key_chars) = distance(&reference, &candidate, key);
    println!(
        "agreement={:.5} edits={edits} chars={chars} key_agreement={:.5} key_edits={key_edits} key_chars={key_chars}",
        agreement(edits, chars),
        agreement(key_edits, key_chars),
    );
    ExitCode::SUCCESS
}

fn agreement(edits: usize, chars: usize) -> f64 {
    if chars == 0 {
        1.0
    } else {
        1.0 - edits as f64 / chars as f64
    }
}

/// (Levenshtein distance, length of the longer text) between the `view`s of two texts, page by
/// page when their page counts agree.
fn distance(a: &str, b: &str, view: impl Fn(&str) -> Vec<char>) -> (usize, usize) {
    let (pages_a, pages_b): (Vec<&str>, Vec<&str>) = (
        a.trim_end_matches('\u{c}').split('\u{c}').collect(),
        b.trim_end_matches('\u{c}').split('\u{c}').collect(),
    );
    let pairs: Vec<(Vec<char>, Vec<char>)> = if pages_a.len() == pages_b.len() {
        pages_a
            .iter()
            .zip(&pages_b)
            .map(|(x, y)| (view(x), view(y)))
            .collect()
    } else {
        vec![(view(a), view(b))]
    };
    pairs.iter().fold((0, 0), |(edits, chars), (x, y)| {
        (edits + levenshtein(x, y), chars + x.len().max(y.len()))
    })
}

/// Levenshtein distance, computed in a diagonal band that doubles until the distance fits in it
/// (Ukkonen): O(n·d) for texts d edits apart, so near-identical 300-page texts stay cheap.
fn levenshtein(a: &[char], b: &[char]) -> usize {
    let longest = a.len().max(b.len());
    let mut band = a.len().abs_diff(b.len()).max(16);
    loop {
        if let Some(d) = banded(a, b, band) {
            return d;
        }
        if band >= longest {
            return longest;
        }
        band = (band * 2).min(longest);
    }
}

/// The distance if it is at most `band`, else `None`.
fn banded(a: &[char], b: &[char], band: usize) -> Option<usize> {
    const FAR: usize = usize::MAX / 2;
    let n = b.len();
    let mut prev = vec![FAR; n + 1];
    let mut cur = vec![FAR; n + 1];
    for (j, cell) in prev.iter_mut().enumerate().take(band.min(n) + 1) {
        *cell = j;
    }
    for i in 1..=a.len() {
        let lo = i.saturating_sub(band).max(1);
        let hi = (i + band).min(n);
        cur[lo - 1] = if lo == 1 && i <= band { i } else { FAR };
        for j in lo..=hi {
            let substitute = prev[j - 1] + usize::from(a[i - 1] != b[j - 1]);
            cur[j] = substitute.min(prev[j] + 1).min(cur[j - 1] + 1);
        }
        if hi < n {
            cur[hi + 1] = FAR;
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    let d = prev[n];
    (d <= band).then_some(d)
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
