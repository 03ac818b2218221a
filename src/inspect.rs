//! `oitcheck inspect`: what oitcheck sees in one page or document — its text, the years and the
//! periods (month ranges, quarters, report rounds) in it, and which checklist items and elements
//! it matches. The tool a webmaster uses to learn why a
//! file does not count.

use std::fmt::Write as _;
use std::path::Path;

use url::Url;

use crate::checklist::Checklist;
use crate::extract::{charset, document, html};
use crate::fetch::{ContentKind, FetchConfig, Fetcher};
use crate::rules::{Rules, file_stem};
use crate::thai;
use crate::years;

/// Reads a local file or fetches a URL, and describes it against `checklist`.
pub async fn inspect(
    target: &str,
    checklist: &Checklist,
    fiscal_year: Option<u16>,
) -> Result<String, String> {
    let path = Path::new(target);
    let (bytes, url, content_type) = if path.is_file() {
        let bytes = std::fs::read(path).map_err(|e| format!("cannot read {target}: {e}"))?;
        let absolute =
            std::fs::canonicalize(path).map_err(|e| format!("cannot resolve {target}: {e}"))?;
        let url =
            Url::from_file_path(&absolute).map_err(|_| format!("cannot make a URL of {target}"))?;
        (bytes, url, None)
    } else {
        let url = Url::parse(target)
            .map_err(|e| format!("`{target}` is neither a file nor a URL ({e})"))?;
        let fetcher = Fetcher::new(FetchConfig::default())?;
        // the URL asked for sets the address rule, as a scan's start page does
        fetcher.decide_address_rule(&url).await;
        let allow_same_host = |u: &Url| u.host_str() == url.host_str();
        let fetched = fetcher
            .get(&url, 20 * 1024 * 1024, &allow_same_host)
            .await
            .map_err(|f| {
                format!(
                    "{target} could not be fetched ({}): {}",
                    f.reason.as_str(),
                    f.detail
                )
            })?;
        if fetched.status >= 400 {
            return Err(format!("{target} answers HTTP {}", fetched.status));
        }
        (fetched.body, fetched.final_url, fetched.content_type)
    };
    let kind = ContentKind::sniff(&bytes, content_type.as_deref(), &url);
    let fiscal_year = fiscal_year.unwrap_or(checklist.fiscal_year);
    let mut out = String::new();
    let _ = writeln!(out, "{url}");
    let (text, page) = if kind == ContentKind::Html {
        let decoded = charset::decode(&bytes, content_type.as_deref(), true);
        let _ = writeln!(
            out,
            "kind: HTML page · encoding {} (from {:?})",
            decoded.encoding, decoded.source
        );
        let content = html::extract(&decoded.text, &url);
        let mut text = content.title.clone();
        text.push('\n');
        text.push_str(
            &content
                .blocks
                .iter()
                .map(|b| b.text.as_str())
                .collect::<Vec<_>>()
                .join("\n"),
        );
        let _ = writeln!(out, "title: {}", content.title);
        let _ = writeln!(
            out,
            "links: {} · images: {} · forms: {}",
            content.links.len(),
            content.images,
            content.forms.len()
        );
        (text, Some(content))
    } else if kind.is_document() {
        match document::extract_guarded(&bytes, kind, content_type.as_deref()) {
            Ok(doc) => {
                let _ = writeln!(
                    out,
                    "kind: {kind:?} · {} part(s) · read with {}{}{}",
                    doc.parts.len(),
                    doc.extractor,
                    if doc.tabular {
                        " · tabular (machine-readable)"
                    } else {
                        ""
                    },
                    if doc.ocr {
                        " · OCR: Thai-digit years are unreliable"
                    } else {
                        ""
                    }
                );
                (doc.full_text(), None)
            }
            Err(e) => {
                let _ = writeln!(
                    out,
                    "kind: {kind:?} · cannot be read: {} ({})",
                    e.detail(),
                    e.code()
                );
                return Ok(out);
            }
        }
    } else {
        let _ = writeln!(out, "kind: {kind:?}: not a page or document oitcheck reads");
        return Ok(out);
    };
    let normalized = thai::normalize(&text);
    let lines: Vec<&str> = normalized
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let _ = writeln!(
        out,
        "\ntext ({} lines; the first 15, normalised):",
        lines.len()
    );
    for line in lines.iter().take(15) {
        let _ = writeln!(out, "  {}", crate::report::shorten(line, 110));
    }
    let mentions = years::find_years(&text);
    let _ = writeln!(
        out,
        "\nyears ({} mentions; fiscal years, * = written as a fiscal year):",
        mentions.len()
    );
    let mut listed: Vec<String> = mentions
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
    let periods = years::find_periods(&text);
    if !periods.is_empty() {
        let _ = writeln!(
            out,
            "\nperiods ({}; months and the fiscal years they fall in):",
            periods.len()
        );
        let mut listed: Vec<String> = periods.iter().map(describe_period).collect();
        listed.dedup();
        for entry in listed.iter().take(12) {
            let _ = writeln!(out, "  {entry}");
        }
    }
    let rules = Rules::new(checklist);
    let key = thai::match_key(&format!("{text}\n{}", file_stem(&url)));
    let _ = writeln!(
        out,
        "\nitems of {} (fiscal year {fiscal_year}) this names:",
        checklist.id
    );
    let mut any = false;
    for (item, item_rules) in checklist.items.iter().zip(&rules.items) {
        let hits = item_rules.keyword_hits(&key);
        if hits.is_empty()
            && !item_rules.has_code(&thai::match_key(&file_stem(&url)))
            && !item_rules.url_hit(&url)
        {
            continue;
        }
        any = true;
        let _ = writeln!(
            out,
            "  {} {}",
            item.id,
            Checklist::render(&item.title_th, fiscal_year)
        );
        if !hits.is_empty() {
            let _ = writeln!(out, "     keywords: {}", hits.join(" · "));
        }
        for element in &item_rules.elements {
            let name = &element.name;
            let present =
                !element.applies(&key) || element.passes(&key, page.as_ref(), &mut Vec::new());
            let _ = writeln!(
                out,
                "     {} {name}",
                if present { "✓" } else { "✗ missing:" }
            );
        }
        let year = match years::check(item.year, fiscal_year, &text) {
            years::YearCheck::NotRequired => "no year needed".to_string(),
            years::YearCheck::Found(t) => format!("✓ year: «{t}»"),
            years::YearCheck::Wrong { required, found } => {
                format!("✗ wrong year: needs {required}, names {found:?}")
            }
            years::YearCheck::Missing { required } => format!("✗ no year: needs {required}"),
        };
        let _ = writeln!(out, "     {year}");
    }
    if !any {
        let _ = writeln!(
            out,
            "  none: no item's keywords, code or URL pattern appear here"
        );
    }
    Ok(out)
}

/// One line for a period: `ต.ค. 2568 – มี.ค. 2569 → FY2569 (10/2568–3/2569)`.
fn describe_period(period: &years::Period) -> String {
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
