//! The "ITA page health" section of the scan's text report, for webmasters: each item whose link
//! on the site's own ITA page does not show it, why, and where the scan found it instead.

use std::fmt::Write as _;

use oitcheck::verify::health::ItaPageHealth;

use super::shorten;

fn readable(url: &url::Url) -> String {
    oitcheck::rules::percent_decode(&url.as_str().replace('+', "%2B"))
}

/// The section, or nothing when every item's link passes.
pub fn section(health: &ItaPageHealth, color: bool) -> String {
    let paint = |code: &str, text: &str| {
        if color {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    };
    let mut out = String::new();
    let passing = health.items.len() - health.problems().count();
    let main = health.pages.first().map(readable).unwrap_or_default();
    let _ = writeln!(
        out,
        "\n{} {main}: {passing} of {} items linked and passing",
        paint("1", "ITA page health:"),
        health.items.len()
    );
    let mut unlisted = Vec::new();
    for item in health.problems() {
        if item.links.is_empty() && item.found_elsewhere.is_none() {
            unlisted.push(item.id.as_str());
            continue;
        }
        let code = item
            .reason_code
            .map(|c| c.to_string())
            .unwrap_or_else(|| "unknown".into());
        let link = item
            .links
            .first()
            .map(|l| match &l.url {
                Some(u) => readable(u),
                None => format!("`{}`", l.href),
            })
            .unwrap_or_else(|| "no link".into());
        let _ = writeln!(
            out,
            "  {:<4} {} {link}: {}",
            item.id,
            paint("33", &code),
            shorten(&item.reason, 110)
        );
        if let Some(found) = &item.found_elsewhere {
            let _ = writeln!(
                out,
                "       evidence found at {}: link it from the ITA page",
                readable(found)
            );
        }
        for flag in &item.flags {
            let _ = writeln!(out, "       note: {flag}");
        }
    }
    if !unlisted.is_empty() {
        let _ = writeln!(
            out,
            "  not on the ITA page (and not found elsewhere): {}",
            unlisted.join(", ")
        );
    }
    out
}
