//! The text report, for a person at a terminal.

use std::fmt::Write as _;

use oitcheck::{Answer, ScanReport};

use super::Formatter;

pub struct Text {
    pub color: bool,
}

impl Formatter for Text {
    fn scan(&self, report: &ScanReport) -> String {
        text(report, self.color)
    }
}

struct Paint {
    on: bool,
}

impl Paint {
    fn wrap(&self, code: &str, text: &str) -> String {
        if self.on {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }
    fn answer(&self, answer: Answer) -> String {
        match answer {
            Answer::Yes => self.wrap("32", "yes    "),
            Answer::No => self.wrap("31", "no     "),
            Answer::Unknown => self.wrap("33", "unknown"),
        }
    }
    fn dim(&self, text: &str) -> String {
        self.wrap("2", text)
    }
    fn bold(&self, text: &str) -> String {
        self.wrap("1", text)
    }
}

/// A URL with its percent-encoded Thai decoded, for people (JSON keeps the exact URL).
fn readable_url(url: &url::Url) -> String {
    oitcheck::rules::percent_decode(&url.as_str().replace('+', "%2B"))
}

pub fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        format!("{}…", text.chars().take(max - 1).collect::<String>())
    }
}

/// Renders `report` for a person; `color` adds ANSI colours.
fn text(report: &ScanReport, color: bool) -> String {
    let p = Paint { on: color };
    let mut out = String::new();
    let c = &report.checklist;
    let _ = writeln!(out, "{}", p.bold(&format!("oitcheck: {}", report.site)));
    let shifted = c
        .written_for
        .map(|y| format!(" (checklist written for {y}, shifted)"))
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "checklist {} · fiscal year {}{}",
        c.id, c.fiscal_year, shifted
    );
    let _ = writeln!(
        out,
        "crawl: {} pages, {} documents checked, {:.1} s, stopped: {}",
        report.crawl.pages, report.crawl.documents, report.crawl.seconds, report.crawl.stopped
    );
    for warning in &report.warnings {
        let _ = writeln!(out, "  {}", p.wrap("33", &format!("warning: {warning}")));
    }
    for note in &report.crawl.notes {
        let _ = writeln!(out, "  {}", p.dim(&format!("note: {note}")));
    }
    out.push('\n');
    for item in &report.items {
        let _ = writeln!(
            out,
            "{:<4} {}  {}",
            item.id,
            p.answer(item.answer),
            shorten(&item.title, 70)
        );
        match item.answer {
            Answer::Yes => {
                for e in item.evidence.iter().take(2) {
                    let _ = writeln!(
                        out,
                        "       {} {}",
                        p.dim("evidence:"),
                        readable_url(&e.url)
                    );
                    if !e.matched.is_empty() {
                        let _ = writeln!(
                            out,
                            "       {} {}",
                            p.dim("matched: "),
                            shorten(&e.matched.join(" · "), 90)
                        );
                    }
                }
                if !item.unverified.is_empty() {
                    let _ = writeln!(
                        out,
                        "       {} {}",
                        p.dim("not verified:"),
                        item.unverified.join("; ")
                    );
                }
            }
            Answer::No | Answer::Unknown => {
                let _ = writeln!(out, "       {} {}", p.dim("why:"), item.reason);
                if let Some(e) = item.evidence.first() {
                    let _ = writeln!(out, "       {} {}", p.dim("closest:"), readable_url(&e.url));
                }
                if item.answer == Answer::No && !item.advice.is_empty() {
                    let _ = writeln!(
                        out,
                        "       {} {}",
                        p.dim("fix:"),
                        shorten(&item.advice, 100)
                    );
                }
            }
        }
        for w in &item.warnings {
            let _ = writeln!(out, "       {} {}", p.wrap("33", "warning:"), w);
        }
    }
    if let Some(health) = &report.ita_page {
        out.push_str(&super::ita_health::section(health, color));
    }
    let s = &report.score;
    out.push('\n');
    let _ = writeln!(
        out,
        "{}  yes {} · no {} · unknown {}",
        p.bold(&format!("OIT score {:.2} ({})", s.oit, s.rating)),
        report.summary.yes,
        report.summary.no,
        report.summary.unknown
    );
    let show = |(k, v): (&String, &f64)| format!("{k}: {v:.2}");
    let indicators: Vec<String> = s.indicators.iter().map(show).collect();
    let subs: Vec<String> = s.sub_indicators.iter().map(show).collect();
    let _ = writeln!(
        out,
        "indicators {} · sub-indicators {}",
        indicators.join(", "),
        subs.join(", ")
    );
    if s.unknown_items > 0 {
        let _ = writeln!(
            out,
            "{} unknown item(s) scored as 0; if they are all present the score would be {:.2}",
            s.unknown_items, s.oit_if_unknown_yes
        );
    }
    if let (Some(ita), Some(r)) = (s.ita, &s.ita_rating) {
        let _ = writeln!(
            out,
            "ITA total (30% IIT + 30% EIT + 40% OIT): {ita:.2} ({r})"
        );
    }
    if !report.complete() {
        let _ = writeln!(
            out,
            "{}",
            p.wrap(
                "33",
                &format!(
                    "the crawl did not finish ({}); answers cover only what was read",
                    report.crawl.stopped
                )
            )
        );
    }
    let _ = writeln!(out, "{}", p.dim(&tools_line()));
    out
}

/// Which optional tools read documents on this machine, and what is missing.
fn tools_line() -> String {
    let tools = oitcheck::extract::document::tool_status();
    let has = |name: &str| {
        tools
            .iter()
            .any(|(tool, present)| *tool == name && *present)
    };
    let pdf = if has("pdftotext") {
        "PDF text by pdftotext -raw"
    } else {
        "PDF text by the built-in reader (install poppler-utils for pdftotext)"
    };
    let ocr = if has("tesseract") && has("pdftoppm") {
        "scanned PDFs by tesseract OCR"
    } else {
        "scanned PDFs are unknown (install tesseract-ocr tesseract-ocr-tha and poppler-utils to OCR them)"
    };
    format!("documents read: {pdf}; {ocr}")
}
