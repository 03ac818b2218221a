//! `oitcheck inspect`'s text: what oitcheck sees in one page or document.

use std::fmt::Write as _;

use oitcheck::Checklist;
use oitcheck::evaluate::Outcome;
use oitcheck::inspect::{Inspection, Reading};
use oitcheck::years::{self, Period, YearCheck};

use crate::formatters::shorten;

/// `inspection` for a person.
pub fn render(inspection: &Inspection, checklist: &Checklist, color: bool) -> String {
    let paint = crate::formatters::text::Paint { on: color };
    let mut out = String::new();
    let _ = writeln!(out, "{}", readable(&inspection.url));
    match &inspection.reading {
        Reading::Page {
            encoding,
            encoding_source,
            title,
            links,
            images,
            forms,
        } => {
            let _ = writeln!(
                out,
                "kind: HTML page · encoding {encoding} (from {encoding_source:?})"
            );
            let _ = writeln!(out, "title: {title}");
            let _ = writeln!(out, "links: {links} · images: {images} · forms: {forms}");
        }
        Reading::Document {
            kind,
            parts,
            extractor,
            tabular,
            ocr,
        } => {
            let _ = writeln!(
                out,
                "kind: {kind:?} · {parts} part(s) · read with {extractor}{}{}",
                if *tabular {
                    " · tabular (machine-readable)"
                } else {
                    ""
                },
                if *ocr {
                    " · OCR: Thai-digit years are unreliable"
                } else {
                    ""
                }
            );
        }
        Reading::Unreadable { kind, code, detail } => {
            let _ = writeln!(out, "kind: {kind:?} · cannot be read: {detail} ({code})");
            return out;
        }
        Reading::Other(kind) => {
            let _ = writeln!(out, "kind: {kind:?}: not a page or document oitcheck reads");
            return out;
        }
    }
    let _ = writeln!(
        out,
        "\ntext ({} lines; the first 15, normalised):",
        inspection.lines.len()
    );
    for line in inspection.lines.iter().take(15) {
        let _ = writeln!(out, "  {}", shorten(line, 110));
    }
    let _ = writeln!(
        out,
        "\nyears ({} mentions; fiscal years, * = written as a fiscal year):",
        inspection.years.len()
    );
    let mut listed: Vec<String> = inspection
        .years
        .iter()
        .map(|m| {
            let years = if m.first == m.last {
                m.first.to_string()
            } else {
                format!("{}–{}", m.first, m.last)
            };
            format!("{years}{} «{}»", if m.explicit { "*" } else { "" }, m.text)
        })
        .collect();
    listed.dedup();
    for entry in listed.iter().take(12) {
        let _ = writeln!(out, "  {entry}");
    }
    if !inspection.periods.is_empty() {
        let _ = writeln!(
            out,
            "\nperiods ({}; months and the fiscal years they fall in):",
            inspection.periods.len()
        );
        let mut listed: Vec<String> = inspection.periods.iter().map(describe_period).collect();
        listed.dedup();
        for entry in listed.iter().take(12) {
            let _ = writeln!(out, "  {entry}");
        }
    }
    let _ = writeln!(
        out,
        "\nitems of {} (fiscal year {}) this names, judged as a scan judges them:",
        checklist.id, inspection.fiscal_year
    );
    if inspection.items.is_empty() {
        let _ = writeln!(
            out,
            "  none: no item's keywords, code or URL pattern appear here"
        );
    }
    for item in &inspection.items {
        let verdict = match &item.judged.outcome {
            Outcome::Pass { unverified } if unverified.is_empty() => "counts".to_string(),
            Outcome::Pass { unverified } => {
                format!("counts; not verified: {}", unverified.join("; "))
            }
            Outcome::Fail { code, reason, .. } => format!("does not count ({code}): {reason}"),
            Outcome::Unreadable { code, reason } => format!("unknown ({code}): {reason}"),
        };
        let _ = writeln!(out, "  {} {}", item.id, item.title);
        if !item.keywords.is_empty() {
            let _ = writeln!(out, "     keywords: {}", item.keywords.join(" · "));
        }
        for (name, present) in &item.elements {
            let _ = writeln!(
                out,
                "     {} {name}",
                if *present {
                    paint.wrap("32", "✓")
                } else {
                    paint.wrap("31", "✗ missing:")
                }
            );
        }
        let year = match &item.year {
            YearCheck::NotRequired => "no year needed".to_string(),
            YearCheck::Found(t) => format!("✓ year: «{t}»"),
            YearCheck::Wrong { required, found } => {
                format!("✗ wrong year: needs {required}, names {found:?}")
            }
            YearCheck::Missing { required } => format!("✗ no year: needs {required}"),
        };
        let _ = writeln!(out, "     {year}");
        let verdict = match &item.judged.outcome {
            Outcome::Pass { .. } => paint.wrap("32", &verdict),
            Outcome::Fail { .. } => paint.wrap("31", &verdict),
            Outcome::Unreadable { .. } => paint.wrap("33", &verdict),
        };
        let _ = writeln!(out, "     → {verdict}");
    }
    if matches!(inspection.reading, Reading::Page { .. }) {
        let _ = writeln!(
            out,
            "\n(judged on this page alone: in a scan, text repeated on every page of the site is template and does not count, and the links pointing at the page name it too)"
        );
    }
    out
}

/// A URL with its Thai decoded (a local file as its path).
fn readable(url: &url::Url) -> String {
    if url.scheme() == "file"
        && let Ok(path) = url.to_file_path()
    {
        return path.display().to_string();
    }
    oitcheck::rules::percent_decode(&url.as_str().replace('+', "%2B"))
}

/// One line for a period: `ต.ค. 2568 – มี.ค. 2569 → FY2569 (10/2568–3/2569)`.
fn describe_period(period: &Period) -> String {
    let kind = match period.kind {
        years::PeriodKind::Months => String::new(),
        years::PeriodKind::Round {
            months,
            second_half,
        } => {
            if second_half {
                format!(" [last {months} months of the fiscal year]")
            } else {
                format!(" [first {months} months of the fiscal year]")
            }
        }
        years::PeriodKind::Quarters { first, last } if first == last => {
            format!(" [quarter {first}]")
        }
        years::PeriodKind::Quarters { first, last } => format!(" [quarters {first}–{last}]"),
    };
    let covered = match (period.fiscal_years, period.months) {
        (Some((first, last)), Some(((y1, m1), (y2, m2)))) => {
            let fy = if first == last {
                format!("FY{first}")
            } else {
                format!("FY{first}–{last}")
            };
            format!("{fy} ({m1}/{y1}–{m2}/{y2})")
        }
        _ => "no year given".to_string(),
    };
    format!("«{}»{kind} → {covered}", period.text)
}
