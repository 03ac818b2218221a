//! The "ITA page health" section of the scan's reports, for webmasters: each item whose link on
//! the site's own ITA page does not show it, why, and where the scan found it instead. One set of
//! rows ([`rows`]) rendered as text, Markdown and HTML.

use std::fmt::Write as _;

use oitcheck::verify::health::ItaPageHealth;

use super::lang::Lang;
use super::shorten;

fn readable(url: &url::Url) -> String {
    oitcheck::rules::percent_decode(&url.as_str().replace('+', "%2B"))
}

/// One item whose ITA-page link does not show it.
pub struct Row<'h> {
    /// The item code.
    pub id: &'h str,
    /// Why, as a code (`unknown` when the verdict is unknown without one).
    pub code: String,
    /// The ITA page's link for it: its URL, or the href of a link that leads nowhere.
    pub link: String,
    /// The URL of that link, when it has one.
    pub url: Option<&'h url::Url>,
    /// Why, in words.
    pub reason: &'h str,
    /// Where the scan found the item instead.
    pub found_elsewhere: Option<&'h url::Url>,
    /// Notes (an older numbering, an external host).
    pub flags: &'h [String],
}

/// The section's facts: the main ITA page, how many items pass, the rows, and the items neither
/// listed nor found elsewhere.
pub struct Rows<'h> {
    pub page: String,
    pub passing: usize,
    pub total: usize,
    pub rows: Vec<Row<'h>>,
    pub unlisted: Vec<&'h str>,
}

/// The rows of `health`.
pub fn rows(health: &ItaPageHealth) -> Rows<'_> {
    let mut rows = Vec::new();
    let mut unlisted = Vec::new();
    for item in health.problems() {
        if item.links.is_empty() && item.found_elsewhere.is_none() {
            unlisted.push(item.id.as_str());
            continue;
        }
        let first = item.links.first();
        rows.push(Row {
            id: &item.id,
            code: item
                .reason_code
                .map(|c| c.to_string())
                .unwrap_or_else(|| "unknown".into()),
            link: first
                .map(|l| match &l.url {
                    Some(u) => readable(u),
                    None => format!("`{}`", l.href),
                })
                .unwrap_or_else(|| "no link".into()),
            url: first.and_then(|l| l.url.as_ref()),
            reason: &item.reason,
            found_elsewhere: item.found_elsewhere.as_ref(),
            flags: &item.flags,
        });
    }
    Rows {
        page: health.pages.first().map(readable).unwrap_or_default(),
        passing: health.items.len() - health.problems().count(),
        total: health.items.len(),
        rows,
        unlisted,
    }
}

/// The section's heading line, in `lang`.
fn summary(lang: Lang, r: &Rows<'_>) -> (String, String) {
    (
        lang.pick("สุขภาพหน้า ITA", "ITA page health").to_string(),
        lang.pick(
            format!("{}: ลิงก์ถูกต้อง {} จาก {} ข้อ", r.page, r.passing, r.total),
            format!(
                "{}: {} of {} items linked and passing",
                r.page, r.passing, r.total
            ),
        ),
    )
}

fn found_line(lang: Lang) -> &'static str {
    lang.pick(
        "พบหลักฐานที่ (ควรลิงก์จากหน้า ITA)",
        "evidence found at (link it from the ITA page)",
    )
}

fn unlisted_line(lang: Lang) -> &'static str {
    lang.pick(
        "ไม่มีในหน้า ITA (และไม่พบที่อื่น)",
        "not on the ITA page (and not found elsewhere)",
    )
}

/// The section as plain text, or nothing when every item's link passes.
pub fn section(health: &ItaPageHealth, color: bool) -> String {
    let paint = |code: &str, text: &str| {
        if color {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    };
    let r = rows(health);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "\n{} {}: {} of {} items linked and passing",
        paint("1", "ITA page health:"),
        r.page,
        r.passing,
        r.total
    );
    for row in &r.rows {
        let _ = writeln!(
            out,
            "  {:<4} {} {}: {}",
            row.id,
            paint("33", &row.code),
            row.link,
            shorten(row.reason, 110)
        );
        if let Some(found) = row.found_elsewhere {
            let _ = writeln!(
                out,
                "       evidence found at {}: link it from the ITA page",
                readable(found)
            );
        }
        for flag in row.flags {
            let _ = writeln!(out, "       note: {flag}");
        }
    }
    if !r.unlisted.is_empty() {
        let _ = writeln!(
            out,
            "  not on the ITA page (and not found elsewhere): {}",
            r.unlisted.join(", ")
        );
    }
    out
}

/// The section in Markdown (`esc` and `link` the report's own), headed `###`.
pub fn markdown(
    health: &ItaPageHealth,
    lang: Lang,
    esc: impl Fn(&str) -> String,
    link: impl Fn(&url::Url) -> String,
) -> String {
    let r = rows(health);
    let (title, line) = summary(lang, &r);
    let mut out = format!("\n### {}\n\n{}\n\n", esc(&title), esc(&line));
    for row in &r.rows {
        let shown = row.url.map(&link).unwrap_or_else(|| esc(&row.link));
        let _ = writeln!(
            out,
            "- **{}** `{}` {}: {}",
            esc(row.id),
            esc(&row.code),
            shown,
            esc(row.reason)
        );
        if let Some(found) = row.found_elsewhere {
            let _ = writeln!(out, "  - {}: {}", esc(found_line(lang)), link(found));
        }
        for flag in row.flags {
            let _ = writeln!(out, "  - {}", esc(flag));
        }
    }
    if !r.unlisted.is_empty() {
        let _ = writeln!(
            out,
            "- {}: {}",
            esc(unlisted_line(lang)),
            esc(&r.unlisted.join(", "))
        );
    }
    out
}

/// The section in HTML (`esc` and `link` the report's own), as a `<section id="ita-health">`.
pub fn html(
    health: &ItaPageHealth,
    lang: Lang,
    esc: impl Fn(&str) -> String,
    link: impl Fn(&url::Url, &str) -> String,
) -> String {
    let r = rows(health);
    let (title, line) = summary(lang, &r);
    let mut out = format!(
        "<section id=\"ita-health\">\n<h2>{}</h2>\n<p>{}</p>\n<ul>\n",
        esc(&title),
        esc(&line)
    );
    for row in &r.rows {
        let shown = match row.url {
            Some(url) => link(url, &row.link),
            None => format!("<code>{}</code>", esc(&row.link)),
        };
        let _ = write!(
            out,
            "<li><strong>{}</strong> <code>{}</code> {}: {}",
            esc(row.id),
            esc(&row.code),
            shown,
            esc(row.reason)
        );
        if let Some(found) = row.found_elsewhere {
            let _ = write!(
                out,
                "<br>{}: {}",
                esc(found_line(lang)),
                link(found, &readable(found))
            );
        }
        for flag in row.flags {
            let _ = write!(out, "<br>{}", esc(flag));
        }
        out.push_str("</li>\n");
    }
    if !r.unlisted.is_empty() {
        let _ = writeln!(
            out,
            "<li>{}: {}</li>",
            esc(unlisted_line(lang)),
            esc(&r.unlisted.join(", "))
        );
    }
    out.push_str("</ul>\n</section>\n");
    out
}
