//! `oitcheck diff` as text and Markdown: the score change, the items whose answer changed (with
//! the newer scan's reason), the evidence that disappeared (link rot) and the evidence that
//! appeared.

use std::fmt::Write as _;

use oitcheck::ScanReport;
use oitcheck::diff::{EvidenceChange, ScanDiff, Side};

use super::markdown::{esc, link};
use super::text::Paint;
use super::{Lang, clean, display_url, lang};

/// The newer scan's reason for item `id`, in `lang`.
fn reason(new: &ScanReport, id: &str, lang: Lang) -> Option<String> {
    new.items
        .iter()
        .find(|i| i.id == id)
        .filter(|i| i.reason_code.is_some())
        .map(|i| clean(&lang::reason(lang, i, new)))
}

fn side_line(side: &Side, lang: Lang) -> String {
    let l = lang.labels();
    let at = side
        .finished_at
        .as_deref()
        .and_then(|at| lang::date(lang, at))
        .map(|at| format!(" · {at}"))
        .unwrap_or_default();
    format!(
        "{} · {} {} ({} {}) · {} {:.2} ({}){at}",
        display_url(&side.site),
        l.checklist,
        side.checklist,
        l.fiscal_year,
        side.fiscal_year,
        l.score,
        side.oit,
        side.rating,
    )
}

fn change_word(lang: Lang, change: f64) -> String {
    lang.pick(
        format!("คะแนนเปลี่ยน {change:+.2}"),
        format!("score change {change:+.2}"),
    )
}

fn evidence_line(lang: Lang, e: &EvidenceChange, new: &ScanReport) -> String {
    let l = lang.labels();
    let mut line = format!("{:<4} {}", e.id, display_url(&e.url));
    if let Some(on) = &e.found_on {
        line.push_str(&format!(" ({} {})", l.found_on, display_url(on)));
    }
    line + &match reason(new, &e.id, lang) {
        Some(why) => format!(" — {}: {}: {why}", l.diff_now, lang::answer(lang, e.answer)),
        None => format!(" — {}: {}", l.diff_now, lang::answer(lang, e.answer)),
    }
}

/// The comparison for a terminal.
pub fn text(diff: &ScanDiff, new: &ScanReport, lang: Lang, p: &Paint) -> String {
    let l = lang.labels();
    let mut out = String::new();
    let _ = writeln!(out, "{}", p.bold(l.diff_title));
    let _ = writeln!(out, "  {}: {}", l.old, side_line(&diff.old, lang));
    let _ = writeln!(out, "  {}: {}", l.new, side_line(&diff.new, lang));
    let change = diff.score_change();
    let code = if change > 0.0 {
        "32"
    } else if change < 0.0 {
        "31"
    } else {
        "0"
    };
    let _ = writeln!(out, "  {}", p.wrap(code, &change_word(lang, change)));
    for w in &diff.warnings {
        let _ = writeln!(
            out,
            "  {}",
            p.wrap("33", &format!("{}: {}", l.warning, clean(w)))
        );
    }
    let _ = writeln!(out, "\n{}", p.bold(l.diff_changed));
    if diff.changed.is_empty() {
        let _ = writeln!(out, "  {}", l.diff_none_changed);
    }
    for c in &diff.changed {
        let title = match lang {
            Lang::En if !c.title_en.is_empty() => &c.title_en,
            _ => &c.title,
        };
        let _ = writeln!(
            out,
            "  {:<4} {} → {}  {}  ({:+.2})",
            c.id,
            lang::answer(lang, c.old),
            lang::answer(lang, c.new),
            clean(title),
            c.points
        );
        if let Some(why) = reason(new, &c.id, lang) {
            let _ = writeln!(out, "       {}: {why}", l.why);
        }
    }
    let _ = writeln!(out, "\n{}", p.bold(l.diff_lost));
    if diff.lost.is_empty() {
        let _ = writeln!(out, "  {}", l.diff_none_lost);
    }
    for e in &diff.lost {
        let _ = writeln!(out, "  {}", evidence_line(lang, e, new));
    }
    if !diff.gained.is_empty() {
        let _ = writeln!(out, "\n{}", p.bold(l.diff_gained));
        for e in &diff.gained {
            let _ = writeln!(out, "  {:<4} {}", e.id, display_url(&e.url));
        }
    }
    out
}

/// The comparison in Markdown.
pub fn markdown(diff: &ScanDiff, new: &ScanReport, lang: Lang) -> String {
    let l = lang.labels();
    let mut out = String::new();
    let _ = writeln!(out, "## {}\n", esc(l.diff_title));
    let _ = writeln!(
        out,
        "- {}: {}",
        esc(l.old),
        esc(&side_line(&diff.old, lang))
    );
    let _ = writeln!(
        out,
        "- {}: {}",
        esc(l.new),
        esc(&side_line(&diff.new, lang))
    );
    let _ = writeln!(
        out,
        "- **{}**",
        esc(&change_word(lang, diff.score_change()))
    );
    for w in &diff.warnings {
        let _ = writeln!(out, "\n> **{}**: {}", esc(l.warning), esc(&clean(w)));
    }
    let _ = writeln!(out, "\n### {}\n", esc(l.diff_changed));
    if diff.changed.is_empty() {
        let _ = writeln!(out, "{}", esc(l.diff_none_changed));
    }
    for c in &diff.changed {
        let title = match lang {
            Lang::En if !c.title_en.is_empty() => &c.title_en,
            _ => &c.title,
        };
        let why = reason(new, &c.id, lang)
            .map(|w| format!(": {}", esc(&w)))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "- **{}** {} → {} {} ({:+.2}){why}",
            esc(&c.id),
            esc(lang::answer(lang, c.old)),
            esc(lang::answer(lang, c.new)),
            esc(&clean(title)),
            c.points
        );
    }
    let _ = writeln!(out, "\n### {}\n", esc(l.diff_lost));
    if diff.lost.is_empty() {
        let _ = writeln!(out, "{}", esc(l.diff_none_lost));
    }
    for e in &diff.lost {
        let why = reason(new, &e.id, lang)
            .map(|w| format!(": {}", esc(&w)))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "- **{}** {} — {} {}{why}",
            esc(&e.id),
            link(&e.url),
            esc(l.diff_now),
            esc(lang::answer(lang, e.answer))
        );
    }
    if !diff.gained.is_empty() {
        let _ = writeln!(out, "\n### {}\n", esc(l.diff_gained));
        for e in &diff.gained {
            let _ = writeln!(out, "- **{}** {}", esc(&e.id), link(&e.url));
        }
    }
    out
}
