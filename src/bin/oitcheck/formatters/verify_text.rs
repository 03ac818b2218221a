//! `oitcheck verify`'s text report, for a person at a terminal: per item, the verdict beside the
//! agency's answer, why, what each submitted URL gave, and the scores as assessed and as claimed.

use std::fmt::Write as _;

use oitcheck::verify::report::{SubmittedUrl, Verdict, VerifyReport};
use oitcheck::verify::submission::SubmissionSource;

use super::shorten;

/// A URL with its percent-encoded Thai decoded, for people (JSON keeps the exact URL).
fn readable(url: &url::Url) -> String {
    oitcheck::rules::percent_decode(&url.as_str().replace('+', "%2B"))
}

fn paint(on: bool, code: &str, text: &str) -> String {
    if on {
        format!("\x1b[{code}m{text}\x1b[0m")
    } else {
        text.to_string()
    }
}

fn verdict(on: bool, verdict: Verdict) -> String {
    match verdict {
        Verdict::Pass => paint(on, "32", "pass   "),
        Verdict::Fail => paint(on, "31", "fail   "),
        Verdict::Unknown => paint(on, "33", "unknown"),
    }
}

fn claim(claimed: Option<bool>) -> &'static str {
    match claimed {
        Some(true) => "answered มี",
        Some(false) => "answered ไม่มี",
        None => "no answer",
    }
}

/// One submitted URL and what became of it, on one line.
fn submitted_line(s: &SubmittedUrl) -> String {
    let mut line = match &s.link.url {
        Some(url) => readable(url),
        None => format!("`{}` (a placeholder link)", s.link.written),
    };
    if let Some(check) = &s.check {
        if let Some(final_url) = &check.final_url {
            let _ = write!(
                line,
                " → {} ({} redirect{})",
                readable(final_url),
                check.redirects.len(),
                if check.redirects.len() == 1 { "" } else { "s" }
            );
        }
        if let Some(host) = &check.external {
            let _ = write!(line, " [external: {host}]");
        }
        if let Some(code) = check.problem {
            let _ = write!(line, " [{code}");
            if let Some(detail) = &check.detail {
                let _ = write!(line, ": {}", shorten(detail, 90));
            }
            line.push(']');
        }
    }
    line
}

/// Renders `report` for a person; `color` adds ANSI colours.
pub fn render(report: &VerifyReport, color: bool) -> String {
    let mut out = String::new();
    let bold = |t: &str| paint(color, "1", t);
    let dim = |t: &str| paint(color, "2", t);
    let _ = writeln!(
        out,
        "{}",
        bold(&format!("oitcheck verify: {}", report.site))
    );
    let source = match &report.source {
        SubmissionSource::Sheet { file } => format!("answer sheet {file}"),
        SubmissionSource::ScanReport { file } => format!("the evidence of the scan report {file}"),
        SubmissionSource::VerifyReport { file } => format!("the URLs of the verify report {file}"),
        SubmissionSource::ItaPage { url, pages } => format!(
            "the ITA page {}{}",
            readable(url),
            if pages.len() > 1 {
                format!(" and {} sub-index page(s)", pages.len() - 1)
            } else {
                String::new()
            }
        ),
    };
    let _ = writeln!(out, "submission: {source}");
    let c = &report.checklist;
    let _ = writeln!(out, "checklist {} · fiscal year {}", c.id, c.fiscal_year);
    let f = &report.fetched;
    let _ = writeln!(
        out,
        "fetched: {} pages, {} documents, {} requests, {:.1} s",
        f.pages, f.documents, f.requests, f.seconds
    );
    for warning in &report.warnings {
        let _ = writeln!(
            out,
            "  {}",
            paint(color, "33", &format!("warning: {warning}"))
        );
    }
    for note in &f.notes {
        let _ = writeln!(out, "  {}", dim(&format!("note: {note}")));
    }
    out.push('\n');
    let mut unlisted = Vec::new();
    for item in &report.items {
        let r = &item.result;
        if item.submitted.is_empty() && item.claimed.is_none() && item.verdict == Verdict::Fail {
            unlisted.push(r.id.as_str());
            continue;
        }
        let _ = writeln!(
            out,
            "{:<4} {}  {}  {}",
            r.id,
            verdict(color, item.verdict),
            shorten(&r.title, 60),
            dim(&format!("({})", claim(item.claimed)))
        );
        if let Some(mismatch) = item.mismatch {
            let _ = writeln!(
                out,
                "       {}",
                paint(color, "33", &format!("! {}", mismatch.describe()))
            );
        }
        match item.verdict {
            Verdict::Pass => {
                if let Some(url) = &item.passed_url {
                    let _ = writeln!(out, "       {} {}", dim("passed:"), readable(url));
                }
                if !r.unverified.is_empty() {
                    let _ = writeln!(
                        out,
                        "       {} {}",
                        dim("not verified:"),
                        r.unverified.join("; ")
                    );
                }
            }
            Verdict::Fail | Verdict::Unknown => {
                let code = r.reason_code.map(|c| format!(" ({c})")).unwrap_or_default();
                let _ = writeln!(out, "       {} {}{code}", dim("why:"), r.reason);
                if !r.missing.is_empty() {
                    let _ = writeln!(out, "       {} {}", dim("missing:"), r.missing.join("; "));
                }
            }
        }
        for s in &item.submitted {
            let _ = writeln!(out, "       {} {}", dim("url:"), submitted_line(s));
        }
        if !item.followed.is_empty() {
            let _ = writeln!(
                out,
                "       {} {} link(s) one level down",
                dim("followed:"),
                item.followed.len()
            );
        }
        for flag in &item.flags {
            let _ = writeln!(out, "       {} {flag}", paint(color, "33", "note:"));
        }
        for warning in &r.warnings {
            let _ = writeln!(out, "       {} {warning}", paint(color, "33", "warning:"));
        }
        if item.verdict == Verdict::Fail && item.claimed != Some(false) && !r.advice.is_empty() {
            let _ = writeln!(out, "       {} {}", dim("fix:"), shorten(&r.advice, 100));
        }
    }
    if !unlisted.is_empty() {
        let _ = writeln!(
            out,
            "{} {}",
            dim("not in the submission (scored 0):"),
            unlisted.join(", ")
        );
    }
    let s = &report.summary;
    out.push('\n');
    let _ = writeln!(
        out,
        "{} · {}",
        bold(&format!(
            "OIT as assessed {:.2} ({})",
            report.score.oit, report.score.rating
        )),
        format_args!(
            "as claimed {:.2} ({})",
            report.claimed_score.oit, report.claimed_score.rating
        )
    );
    let _ = writeln!(
        out,
        "pass {} · fail {} · unknown {} · answered มี {} · answer and verdict disagree on {}",
        s.pass, s.fail, s.unknown, s.claimed, s.mismatches
    );
    if report.score.unknown_items > 0 {
        let _ = writeln!(
            out,
            "{} unknown item(s) scored as 0; if they all pass the score would be {:.2}",
            report.score.unknown_items, report.score.oit_if_unknown_yes
        );
    }
    out
}
