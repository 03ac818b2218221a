//! The text report, for a person at a terminal: what to fix first (most points first), every
//! item with its evidence, the page that links it, what is missing and the whole advice, then
//! the score explained by indicator and sub-indicator, and the checklist's caveat.

use std::fmt::Write as _;

use oitcheck::diff::ScanDiff;
use oitcheck::{Answer, ScanReport};

use super::view::{ItemView, View};
use super::{Formatter, Lang, Style, clean, display_url, lang, width, wrap};

/// Lines are wrapped to this many columns.
const COLUMNS: usize = 100;

pub struct Text {
    pub style: Style,
}

impl Formatter for Text {
    fn scan(&self, report: &ScanReport) -> String {
        let view = View::new(report, self.style.lang_for(report));
        render(
            &view,
            &Paint {
                on: self.style.color,
            },
        )
    }

    fn diff(&self, diff: &ScanDiff, new: &ScanReport) -> Option<String> {
        Some(super::diff::text(
            diff,
            new,
            self.style.lang_for(new),
            &Paint {
                on: self.style.color,
            },
        ))
    }
}

/// ANSI colours, or none.
pub struct Paint {
    pub on: bool,
}

impl Paint {
    pub fn wrap(&self, code: &str, text: &str) -> String {
        if self.on {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }
    pub fn answer(&self, lang: Lang, answer: Answer) -> String {
        let word = lang::answer(lang, answer);
        // padded by display width, so Thai words line up
        let padded = format!("{word}{}", " ".repeat(8usize.saturating_sub(width(word))));
        match answer {
            Answer::Yes => self.wrap("32", &padded),
            Answer::No => self.wrap("31", &padded),
            Answer::Unknown => self.wrap("33", &padded),
        }
    }
    pub fn dim(&self, text: &str) -> String {
        self.wrap("2", text)
    }
    pub fn bold(&self, text: &str) -> String {
        self.wrap("1", text)
    }
}

pub fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        format!("{}…", text.chars().take(max - 1).collect::<String>())
    }
}

/// `label: text`, indented by `indent`, with `text` wrapped under itself.
fn field(out: &mut String, p: &Paint, indent: usize, label: &str, text: &str) {
    let lead = format!("{}{label}: ", " ".repeat(indent));
    let _ = writeln!(
        out,
        "{}{}",
        p.dim(&lead),
        wrap(text, width(&lead), indent + 2, COLUMNS)
    );
}

fn render(view: &View, p: &Paint) -> String {
    let mut out = String::new();
    let (l, lang, report) = (view.l, view.lang, view.report);
    header(&mut out, view, p);
    if report.crawl.start_failure.is_some() {
        // nothing was read: one clear error instead of every item saying the same
        let _ = writeln!(
            out,
            "\n{}",
            p.wrap(
                "31",
                &wrap(&clean(&lang::start_failed(lang, report)), 0, 0, COLUMNS)
            )
        );
        return out;
    }
    score_line(&mut out, view, p);
    fix_first(&mut out, view, p);
    let _ = writeln!(out, "\n{}", p.bold(l.items));
    for item in &view.items {
        item_block(&mut out, view, item, p);
    }
    if let Some(health) = &report.ita_page {
        out.push_str(&super::ita_health::section(health, p.on));
    }
    explain_score(&mut out, view, p);
    let caveat = view.caveat();
    if !caveat.is_empty() {
        let _ = writeln!(out, "\n{}", p.bold(l.caveat));
        let _ = writeln!(out, "  {}", wrap(&caveat, 2, 2, COLUMNS));
    }
    out.push('\n');
    let _ = writeln!(out, "{}", p.dim(&wrap(&tools_line(lang), 0, 2, COLUMNS)));
    out
}

fn header(out: &mut String, view: &View, p: &Paint) {
    let (l, lang, report) = (view.l, view.lang, view.report);
    let c = &report.checklist;
    let _ = writeln!(
        out,
        "{}",
        p.bold(&format!("oitcheck · {}", display_url(&report.site)))
    );
    let shifted = c
        .written_for
        .map(|y| format!(" ({})", lang::shifted(lang, y)))
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "{} {}: {} · {} {}{shifted}",
        l.checklist,
        c.id,
        view.checklist_title(),
        l.fiscal_year,
        c.fiscal_year
    );
    let when = view
        .scanned_at()
        .map(|at| format!("{} {at} · ", l.scanned_at))
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "{when}{}: {} {}, {} {}, {:.1} {} · {}: {}",
        l.crawl,
        report.crawl.pages,
        l.pages,
        l.documents,
        report.crawl.documents,
        report.crawl.seconds,
        l.seconds,
        l.stopped,
        lang::stop_reason(lang, report.crawl.stopped)
    );
    for warning in view.warnings() {
        let lead = format!("  {}: ", l.warning);
        let _ = writeln!(
            out,
            "{}",
            p.wrap(
                "33",
                &format!("{lead}{}", wrap(&warning, width(&lead), 4, COLUMNS))
            )
        );
    }
    for note in view.notes() {
        field(out, p, 2, l.note, &note);
    }
    if !report.complete() && report.crawl.start_failure.is_none() {
        let _ = writeln!(
            out,
            "{}",
            p.wrap(
                "33",
                &format!(
                    "  {}",
                    wrap(&lang::incomplete(lang, report.crawl.stopped), 2, 4, COLUMNS)
                )
            )
        );
    }
}

fn score_line(out: &mut String, view: &View, p: &Paint) {
    let (l, lang, report) = (view.l, view.lang, view.report);
    let s = &report.score;
    let _ = writeln!(
        out,
        "\n{}  {}",
        p.bold(&format!(
            "{} {:.2} ({} {})",
            l.score, s.oit, l.rating, s.rating
        )),
        lang::counts(
            lang,
            report.summary.yes,
            report.summary.no,
            report.summary.unknown
        )
    );
    let targets = view.targets();
    if targets.iter().all(|t| t.mark != 85.0) {
        let _ = writeln!(out, "  {}", p.wrap("32", l.passes));
    }
    let shorts: Vec<String> = targets
        .iter()
        .map(|t| lang::short_of(lang, t.short_by, t.mark))
        .collect();
    if !shorts.is_empty() {
        let _ = writeln!(out, "  {}", wrap(&shorts.join(" · "), 2, 4, COLUMNS));
    }
}

fn fix_first(out: &mut String, view: &View, p: &Paint) {
    let (l, lang) = (view.l, view.lang);
    let lead = format!("{}: ", l.fix_first);
    let _ = writeln!(
        out,
        "\n{}{}",
        p.bold(&lead),
        wrap(l.fix_first_hint, width(&lead), 2, COLUMNS)
    );
    if view.fix_first.is_empty() {
        let _ = writeln!(out, "  {}", l.nothing_to_fix);
    }
    let after = view.after_fixing();
    for (rank, (&i, score)) in view.fix_first.iter().zip(&after).enumerate() {
        let item = &view.items[i];
        let lead = format!(
            "{:>4}. {:<4} {} → {score:.2}  ",
            rank + 1,
            item.result.id,
            lang::worth(lang, item.points)
        );
        let _ = writeln!(
            out,
            "{lead}{}",
            wrap(&item.title, width(&lead), 12, COLUMNS)
        );
        let _ = writeln!(
            out,
            "            {}",
            p.dim(&wrap(&item.reason, 12, 12, COLUMNS))
        );
    }
    for line in view.milestones() {
        let _ = writeln!(out, "  → {}", wrap(&line, 4, 4, COLUMNS));
    }
    if !view.check_first.is_empty() {
        let lead = format!("{}: ", l.check_first);
        let _ = writeln!(
            out,
            "\n{}{}",
            p.bold(&lead),
            wrap(l.check_first_hint, width(&lead), 2, COLUMNS)
        );
        for (rank, &i) in view.check_first.iter().enumerate() {
            let item = &view.items[i];
            let lead = format!(
                "{:>4}. {:<4} {}  ",
                rank + 1,
                item.result.id,
                lang::worth(lang, item.points)
            );
            let _ = writeln!(
                out,
                "{lead}{}",
                wrap(&item.title, width(&lead), 12, COLUMNS)
            );
            let _ = writeln!(
                out,
                "            {}",
                p.dim(&wrap(&item.reason, 12, 12, COLUMNS))
            );
        }
    }
}

fn item_block(out: &mut String, view: &View, item: &ItemView, p: &Paint) {
    let (l, lang) = (view.l, view.lang);
    let r = item.result;
    let lead = format!("{:<4} ", r.id);
    let worth = format!("  ({})", lang::worth(lang, item.points));
    let _ = writeln!(
        out,
        "{lead}{}{}{}",
        p.answer(lang, r.answer),
        wrap(&item.title, width(&lead) + 8, 13, COLUMNS),
        p.dim(&worth)
    );
    let label_evidence = if r.answer == Answer::Yes {
        l.evidence
    } else {
        l.closest
    };
    if item.explains() {
        field(out, p, 6, l.why, &item.reason);
    }
    if !item.missing.is_empty() {
        field(out, p, 6, l.missing, &item.missing.join("; "));
    }
    // the evidence a "yes" rests on (up to three), or the closest candidate of a "no"
    for e in item.evidence.iter().take(3) {
        let shown = match &e.href {
            Some(href) => format!("{} ({href})", e.shown),
            None => e.shown.clone(),
        };
        field(out, p, 6, label_evidence, &shown);
        if let Some((_, found_on)) = &e.found_on {
            let text = match &e.link_text {
                Some(t) => format!("{found_on} «{t}»"),
                None => found_on.clone(),
            };
            field(out, p, 8, l.found_on, &text);
        }
        if r.answer == Answer::Yes && !e.matched.is_empty() {
            let shown: Vec<&str> = e.matched.iter().take(8).map(String::as_str).collect();
            let more = e.matched.len().saturating_sub(shown.len());
            let mut text = shown.join(" · ");
            if more > 0 {
                text.push_str(&format!(" (+{more})"));
            }
            field(out, p, 8, l.matched, &text);
        }
        if let Some(note) = &e.note {
            field(out, p, 8, l.note, note);
        }
        if r.answer != Answer::Yes {
            break;
        }
    }
    if !item.unverified.is_empty() {
        field(out, p, 6, l.unverified, &item.unverified.join("; "));
    }
    if r.answer != Answer::Yes {
        if !item.advice.is_empty() {
            field(out, p, 6, l.to_fix, &item.advice);
        }
        field(out, p, 6, l.next_step, &item.action);
    }
    for w in &item.warnings {
        let lead = format!("      {}: ", l.warning);
        let _ = writeln!(
            out,
            "{}{}",
            p.wrap("33", &lead),
            wrap(w, width(&lead), 8, COLUMNS)
        );
    }
}

fn explain_score(out: &mut String, view: &View, p: &Paint) {
    let (l, lang, report) = (view.l, view.lang, view.report);
    let _ = writeln!(out, "\n{}", p.bold(l.score_explained));
    let _ = writeln!(out, "  {}", wrap(l.score_rule, 2, 2, COLUMNS));
    for indicator in view.indicators() {
        let _ = writeln!(
            out,
            "  {} {} {}: {:.2}",
            l.indicator, indicator.id, indicator.title, indicator.score
        );
        for sub in &indicator.subs {
            let _ = writeln!(
                out,
                "    {} {}: {:.2}  ({}, {} {:.2} {})",
                sub.id,
                sub.title,
                sub.score,
                lang::items_yes(lang, sub.yes, sub.total),
                l.each_item,
                sub.each,
                l.points
            );
        }
    }
    let _ = writeln!(
        out,
        "  {} = {} → {} {}",
        l.score,
        view.formula(),
        l.rating,
        report.score.rating
    );
    let s = &report.score;
    if s.unknown_items > 0 {
        let _ = writeln!(
            out,
            "  {}",
            wrap(
                &lang::unknown_note(lang, s.unknown_items, s.oit_if_unknown_yes),
                2,
                4,
                COLUMNS
            )
        );
    }
    if let (Some(ita), Some(r)) = (s.ita, &s.ita_rating) {
        let _ = writeln!(out, "  {}", lang::ita_total(lang, ita, r));
    }
}

/// Which optional tools read documents on this machine, and what is missing.
pub fn tools_line(lang: Lang) -> String {
    let tools = oitcheck::extract::document::tool_status();
    let has = |name: &str| {
        tools
            .iter()
            .any(|(tool, present)| *tool == name && *present)
    };
    lang::tools(lang, has("pdftotext"), has("tesseract") && has("pdftoppm"))
}
