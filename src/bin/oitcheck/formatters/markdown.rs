//! Markdown, for chat and tickets: the score and what it lacks, what to fix first, a table of
//! every item with its evidence, and the items to fix with their advice. Text from the site is
//! escaped so that it cannot become markup, HTML or a link; only `http`/`https` URLs are linked.

use std::fmt::Write as _;

use oitcheck::diff::ScanDiff;
use oitcheck::{Answer, ScanReport};
use url::Url;

use super::view::View;
use super::{Formatter, Style, display_url, lang};

pub struct Markdown {
    pub style: Style,
}

impl Formatter for Markdown {
    fn scan(&self, report: &ScanReport) -> String {
        render(&View::new(report, self.style.lang_for(report)))
    }

    fn diff(&self, diff: &ScanDiff, new: &ScanReport) -> Option<String> {
        Some(super::diff::markdown(diff, new, self.style.lang_for(new)))
    }
}

/// `text` with every character Markdown (or the HTML it allows) could act on escaped; line
/// breaks become spaces so that a table cell stays one cell.
pub fn esc(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        match c {
            '\\' | '`' | '*' | '[' | ']' | '|' | '!' | '~' | '<' | '>' => {
                out.push('\\');
                out.push(c);
            }
            // inside a word (page_id) an underscore cannot start emphasis: left alone, so
            // that URLs in text stay as they are
            '_' if i > 0
                && chars[i - 1].is_alphanumeric()
                && chars.get(i + 1).is_some_and(|n| n.is_alphanumeric()) =>
            {
                out.push(c)
            }
            '_' => out.push_str("\\_"),
            // a line that starts with # would become a heading
            '#' if i == 0 => out.push_str("\\#"),
            '&' => out.push_str("&amp;"),
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// A link to `url`, or its text when it is not http(s).
pub fn link(url: &Url) -> String {
    let shown = esc(&display_url(url));
    if matches!(url.scheme(), "http" | "https") {
        // an angle-bracketed destination: a serialised URL has no spaces, < or >
        format!("[{shown}](<{}>)", url.as_str())
    } else {
        format!("`{}`", url.as_str().replace('`', "%60"))
    }
}

fn render(view: &View) -> String {
    let (l, lang, report) = (view.l, view.lang, view.report);
    let mut out = String::new();
    let s = &report.score;
    let _ = writeln!(out, "## {}: {}\n", esc(l.report_title), link(&report.site));
    let _ = writeln!(
        out,
        "{} {} · {} {}{}\n",
        esc(l.checklist),
        esc(&report.checklist.id),
        esc(l.fiscal_year),
        report.checklist.fiscal_year,
        view.scanned_at()
            .map(|at| format!(" · {} {}", esc(l.scanned_at), esc(&at)))
            .unwrap_or_default()
    );
    if report.crawl.start_failure.is_some() {
        let _ = writeln!(
            out,
            "**{}**: {}",
            esc(l.not_checked),
            esc(&lang::start_failed(lang, report))
        );
        return out;
    }
    let _ = writeln!(
        out,
        "**{} {:.2} ({} {})** · {}",
        esc(l.score),
        s.oit,
        esc(l.rating),
        esc(&s.rating),
        esc(&lang::counts(
            lang,
            report.summary.yes,
            report.summary.no,
            report.summary.unknown
        ))
    );
    for t in view.targets() {
        let _ = writeln!(out, "- {}", esc(&lang::short_of(lang, t.short_by, t.mark)));
    }
    if !report.complete() {
        let _ = writeln!(
            out,
            "\n> {}",
            esc(&lang::incomplete(lang, report.crawl.stopped))
        );
    }
    for w in view.warnings() {
        let _ = writeln!(out, "\n> **{}**: {}", esc(l.warning), esc(&w));
    }
    let _ = writeln!(
        out,
        "\n### {}\n\n{}\n",
        esc(l.fix_first),
        esc(l.fix_first_hint)
    );
    if view.fix_first.is_empty() {
        let _ = writeln!(out, "{}", esc(l.nothing_to_fix));
    }
    for (rank, (&i, score)) in view.fix_first.iter().zip(view.after_fixing()).enumerate() {
        let item = &view.items[i];
        let _ = writeln!(
            out,
            "{}. **{}** {} → {score:.2}: {}  \n   {}",
            rank + 1,
            esc(&item.result.id),
            esc(&lang::worth(lang, item.points)),
            esc(&item.title),
            esc(&item.reason)
        );
    }
    for line in view.milestones() {
        let _ = writeln!(out, "\n→ {}", esc(&line));
    }
    if !view.check_first.is_empty() {
        let _ = writeln!(
            out,
            "\n### {}\n\n{}\n",
            esc(l.check_first),
            esc(l.check_first_hint)
        );
        for &i in &view.check_first {
            let item = &view.items[i];
            let _ = writeln!(
                out,
                "- **{}** {}: {}  \n  {}",
                esc(&item.result.id),
                esc(&lang::worth(lang, item.points)),
                esc(&item.title),
                esc(&item.reason)
            );
        }
    }
    let _ = writeln!(
        out,
        "\n### {}\n\n| {} | {} | {} | {} |\n|---|---|---|---|",
        esc(l.items),
        esc(l.sheet_item),
        esc(l.sheet_answer),
        esc(l.sheet_title),
        esc(l.evidence)
    );
    for item in &view.items {
        let r = item.result;
        let evidence = if r.answer == Answer::Yes {
            r.evidence
                .iter()
                .map(|e| link(&e.url))
                .collect::<Vec<_>>()
                .join(" · ")
        } else {
            esc(&item.reason)
        };
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} |",
            esc(&r.id),
            esc(lang::answer(lang, r.answer)),
            esc(&item.title),
            evidence
        );
    }
    let plan = view.plan();
    if !plan.is_empty() {
        let _ = writeln!(out, "\n### {}\n", esc(l.to_fix));
        for item in plan {
            let r = item.result;
            let _ = writeln!(
                out,
                "**{} {}** ({})  ",
                esc(&r.id),
                esc(&item.title),
                esc(lang::answer(lang, r.answer))
            );
            if !item.missing.is_empty() {
                let _ = writeln!(
                    out,
                    "{}: {}  ",
                    esc(l.missing),
                    esc(&item.missing.join("; "))
                );
            }
            if let Some(e) = item.evidence.first() {
                let _ = writeln!(out, "{}: {}  ", esc(l.closest), link(e.url));
                if let Some((url, _)) = &e.found_on {
                    let _ = writeln!(out, "{}: {}  ", esc(l.found_on), link(url));
                }
            }
            if !item.advice.is_empty() {
                let _ = writeln!(out, "{}: {}  ", esc(l.to_fix), esc(&item.advice));
            }
            let _ = writeln!(out, "{}: {}\n", esc(l.next_step), esc(&item.action));
        }
    }
    if let Some(health) = &report.ita_page {
        out.push_str(&super::ita_health::markdown(health, lang, esc, link));
    }
    let _ = writeln!(
        out,
        "\n{} {:.2} = {}",
        esc(l.score),
        s.oit,
        esc(&view.formula())
    );
    let caveat = view.caveat();
    if !caveat.is_empty() {
        let _ = writeln!(out, "\n_{}_: {}", esc(l.caveat), esc(&caveat));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn site_text_cannot_become_markup() {
        assert_eq!(
            esc("[click](javascript:alert(1)) <img src=x onerror=y> | *b* _c_ page_id"),
            r"\[click\](javascript:alert(1)) \<img src=x onerror=y\> \| \*b\* \_c\_ page_id"
        );
        assert_eq!(
            link(&Url::parse("javascript:alert(1)").unwrap()),
            "`javascript:alert(1)`"
        );
    }
}
