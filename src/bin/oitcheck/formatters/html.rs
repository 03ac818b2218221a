//! The HTML report: one self-contained file (styles inline; no script, font, image or any other
//! file fetched) that opens offline from a LINE download, reads on a phone and prints on A4. It
//! shows the site, the date, the checklist, the score and rating with a bar per indicator and
//! sub-indicator, what to fix first, a card per item, the improvement plan, the crawl statistics
//! and what limited the crawl, and the checklist's caveat.
//!
//! Safety: every string is HTML-escaped (text and attributes alike), only `http` and `https`
//! URLs become links, and a Content-Security-Policy forbids every script and every request, so
//! a hostile page quoted in a report can neither run nor call home.

use std::fmt::Write as _;

use oitcheck::{Answer, ScanReport};
use url::Url;

use super::view::{ItemView, View};
use super::{Formatter, Style, lang, text::tools_line};

pub struct Html {
    pub style: Style,
}

impl Formatter for Html {
    fn scan(&self, report: &ScanReport) -> String {
        render(&View::new(report, self.style.lang_for(report)))
    }
}

/// `text` escaped for HTML text and double- or single-quoted attribute values.
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A link to `url` showing `shown`, or just the text when `url` is not http(s) (a saved report
/// may hold anything, `javascript:` included).
fn link(url: &Url, shown: &str) -> String {
    if matches!(url.scheme(), "http" | "https") {
        format!(
            "<a href=\"{}\" rel=\"noopener noreferrer nofollow\" target=\"_blank\">{}</a>",
            esc(url.as_str()),
            esc(shown)
        )
    } else {
        format!("<span class=\"url\">{}</span>", esc(shown))
    }
}

fn answer_class(answer: Answer) -> &'static str {
    answer.as_str()
}

fn rating_class(rating: &str) -> String {
    format!("band-{}", rating.to_ascii_lowercase())
}

/// A bar `score` % wide.
fn bar(score: f64) -> String {
    let width = score.clamp(0.0, 100.0);
    format!("<span class=\"bar\"><span style=\"width:{width:.2}%\"></span></span>")
}

const STYLE: &str = r#"
:root{--yes:#1b7f3b;--no:#b3261e;--unknown:#9a6700;--ink:#1f2328;--muted:#59636e;--line:#d0d7de;--bg:#f6f8fa}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;overflow-wrap:break-word;color:var(--ink);background:#fff;font:16px/1.6 "Sarabun","Noto Sans Thai","Leelawadee UI","Tahoma","Noto Sans",sans-serif}
main{max-width:980px;margin:0 auto;padding:16px}
h1{font-size:1.5rem;margin:0 0 .25rem}
h2{font-size:1.2rem;margin:2rem 0 .5rem;padding-bottom:.25rem;border-bottom:2px solid var(--line)}
h3{font-size:1rem;margin:0;flex:1 1 16rem}
a{color:#0b57d0;overflow-wrap:anywhere;word-break:break-word}
.url,.mono{overflow-wrap:anywhere;word-break:break-word}
.muted{color:var(--muted)}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.1rem .75rem;margin:.5rem 0}
dl.meta dt{color:var(--muted)}
dl.meta dd{margin:0}
.scorecard{display:flex;flex-wrap:wrap;gap:1rem;align-items:center;background:var(--bg);border:1px solid var(--line);border-radius:10px;padding:1rem}
.big{font-size:2.6rem;font-weight:700;line-height:1}
.band{display:inline-block;font-weight:700;font-size:1.4rem;border-radius:8px;padding:.1rem .6rem;color:#fff;background:var(--muted)}
.band-aa,.band-a{background:var(--yes)}.band-b,.band-c{background:#6b8e23}.band-d,.band-e{background:var(--unknown)}.band-f{background:var(--no)}
.pass{color:var(--yes);font-weight:600}.short{color:var(--no)}
.bars{width:100%;margin-top:.5rem}
.bars .row{display:grid;grid-template-columns:minmax(8rem,18rem) 1fr 4rem;grid-template-areas:"label bar num";gap:.2rem .6rem;align-items:center;margin:.25rem 0}
.bars .label{grid-area:label}.bars .bar{grid-area:bar}.bars .num{grid-area:num;text-align:right;font-variant-numeric:tabular-nums}
.bars .row.sub .label{padding-left:1.2rem;font-size:.92rem}
.bar{display:block;height:.8rem;background:#e6e9ed;border-radius:4px;overflow:hidden}
.bar>span{display:block;height:100%;background:#0b57d0}
.row.sub .bar>span{background:#5b8def}
nav.grid{display:flex;flex-wrap:wrap;gap:.3rem;margin:.75rem 0}
nav.grid a{display:inline-block;min-width:3.2rem;text-align:center;text-decoration:none;color:#fff;border-radius:6px;padding:.1rem .3rem;font-weight:600}
nav.grid a.yes{background:var(--yes)}nav.grid a.no{background:var(--no)}nav.grid a.unknown{background:var(--unknown)}
ol.fix{padding-left:1.6rem}
ol.fix li{margin:.4rem 0}
.gain{font-weight:600;white-space:nowrap}
.milestone{background:#eef6ee;border-left:4px solid var(--yes);padding:.4rem .7rem}
article.item{border:1px solid var(--line);border-left:6px solid var(--muted);border-radius:8px;padding:.7rem .9rem;margin:.8rem 0;break-inside:avoid}
article.item.yes{border-left-color:var(--yes)}article.item.no{border-left-color:var(--no)}article.item.unknown{border-left-color:var(--unknown)}
article.item>header{display:flex;flex-wrap:wrap;gap:.5rem;align-items:baseline}
.id{font-weight:700;min-width:2.8rem}
.answer{font-weight:700;border-radius:6px;padding:0 .45rem;color:#fff}
.answer.yes{background:var(--yes)}.answer.no{background:var(--no)}.answer.unknown{background:var(--unknown)}
.pts{color:var(--muted);white-space:nowrap}
article.item dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem .8rem;margin:.5rem 0 0}
article.item dt{color:var(--muted)}
article.item dd{margin:0;min-width:0}
ul.chips{list-style:none;padding:0;margin:0;display:flex;flex-wrap:wrap;gap:.25rem}
ul.chips li{background:var(--bg);border:1px solid var(--line);border-radius:5px;padding:0 .35rem;font-size:.92rem}
.warn{color:var(--unknown)}
.scroll{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:.95rem}
th,td{border:1px solid var(--line);padding:.35rem .5rem;vertical-align:top;text-align:left}
th{background:var(--bg)}
td{overflow-wrap:anywhere}
td.blank{min-width:6rem}
#plan td:nth-child(2),#plan td:nth-child(3),#plan td:nth-child(4){min-width:13rem}
#plan td:last-child{min-width:9rem}
td:first-child{white-space:nowrap}
footer{margin:2rem 0 1rem;color:var(--muted);font-size:.9rem}
@media (max-width:600px){
 main{padding:10px}
 .bars .row{grid-template-columns:1fr auto;grid-template-areas:"label num" "bar bar"}
 article.item dl,dl.meta{grid-template-columns:1fr}
 article.item dt{margin-top:.3rem}
}
@page{size:A4;margin:14mm 12mm}
@media print{
 body{font-size:10.5pt;line-height:1.45}
 main{max-width:none;padding:0}
 a{color:inherit;text-decoration:none}
 nav.grid a,.answer,.band,.bar>span{-webkit-print-color-adjust:exact;print-color-adjust:exact}
 h2{break-after:avoid}
 article.item,tr{break-inside:avoid}
 .scroll{overflow:visible}
}
"#;

fn render(view: &View) -> String {
    let (l, lang, report) = (view.l, view.lang, view.report);
    let mut out = String::with_capacity(64 * 1024);
    let host = report.site.host_str().unwrap_or_default();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'\">\n\
         <meta name=\"referrer\" content=\"no-referrer\">\n\
         <title>{} {}: {:.2} ({})</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main>\n",
        lang.code(),
        esc(l.score),
        esc(host),
        report.score.oit,
        esc(&report.score.rating)
    );
    header(&mut out, view);
    if report.crawl.start_failure.is_some() {
        let _ = writeln!(
            out,
            "<section id=\"start-failure\"><h2>{}</h2><p class=\"short\">{}</p></section>",
            esc(l.not_checked),
            esc(&super::clean(&lang::start_failed(lang, report)))
        );
        crawl(&mut out, view);
        footer(&mut out, view);
        return out;
    }
    scorecard(&mut out, view);
    fix_first(&mut out, view);
    let _ = writeln!(out, "<section id=\"items\">\n<h2>{}</h2>", esc(l.items));
    for item in &view.items {
        card(&mut out, view, item);
    }
    out.push_str("</section>\n");
    if let Some(health) = &report.ita_page {
        out.push_str(&super::ita_health::html(health, lang, esc, link));
    }
    plan(&mut out, view);
    explain(&mut out, view);
    crawl(&mut out, view);
    let caveat = view.caveat();
    if !caveat.is_empty() {
        let _ = writeln!(
            out,
            "<section id=\"caveat\"><h2>{}</h2><p>{}</p></section>",
            esc(l.caveat),
            esc(&caveat)
        );
    }
    footer(&mut out, view);
    out
}

fn header(out: &mut String, view: &View) {
    let (l, lang, report) = (view.l, view.lang, view.report);
    let c = &report.checklist;
    let _ = writeln!(out, "<header>\n<h1>{}</h1>", esc(l.report_title));
    let _ = writeln!(out, "<dl class=\"meta\">");
    let _ = writeln!(
        out,
        "<dt>{}</dt><dd>{}</dd>",
        esc(l.site),
        link(&report.site, &super::display_url(&report.site))
    );
    let shifted = c
        .written_for
        .map(|y| format!(" ({})", lang::shifted(lang, y)))
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "<dt>{}</dt><dd>{} <span class=\"muted\">({})</span></dd>",
        esc(l.checklist),
        esc(&view.checklist_title()),
        esc(&c.id)
    );
    let _ = writeln!(
        out,
        "<dt>{}</dt><dd>{}{}</dd>",
        esc(l.fiscal_year),
        c.fiscal_year,
        esc(&shifted)
    );
    if let Some(at) = view.scanned_at() {
        let _ = writeln!(out, "<dt>{}</dt><dd>{}</dd>", esc(l.scanned_at), esc(&at));
    }
    out.push_str("</dl>\n");
    for warning in view.warnings() {
        let _ = writeln!(
            out,
            "<p class=\"warn\"><strong>{}:</strong> {}</p>",
            esc(l.warning),
            esc(&warning)
        );
    }
    if !report.complete() && report.crawl.start_failure.is_none() {
        let _ = writeln!(
            out,
            "<p class=\"warn\">{}</p>",
            esc(&lang::incomplete(lang, report.crawl.stopped))
        );
    }
    out.push_str("</header>\n");
}

fn scorecard(out: &mut String, view: &View) {
    let (l, lang, report) = (view.l, view.lang, view.report);
    let s = &report.score;
    let _ = writeln!(
        out,
        "<section id=\"score\" class=\"scorecard\">\n<div><div class=\"muted\">{}</div><div class=\"big\" data-score=\"{:.2}\">{:.2}</div></div>\n<div><div class=\"muted\">{}</div><span class=\"band {}\">{}</span></div>",
        esc(l.score),
        s.oit,
        s.oit,
        esc(l.rating),
        rating_class(&s.rating),
        esc(&s.rating)
    );
    let _ = writeln!(
        out,
        "<div><div>{}</div>",
        esc(&lang::counts(
            lang,
            report.summary.yes,
            report.summary.no,
            report.summary.unknown
        ))
    );
    let targets = view.targets();
    if targets.iter().all(|t| t.mark != 85.0) {
        let _ = writeln!(out, "<div class=\"pass\">{}</div>", esc(l.passes));
    }
    for t in &targets {
        let _ = writeln!(
            out,
            "<div class=\"short\">{}</div>",
            esc(&lang::short_of(lang, t.short_by, t.mark))
        );
    }
    out.push_str("</div>\n<div class=\"bars\">\n");
    for indicator in view.indicators() {
        let _ = writeln!(
            out,
            "<div class=\"row\"><span class=\"label\">{} {} {}</span>{}<span class=\"num\">{:.2}</span></div>",
            esc(l.indicator),
            esc(&indicator.id),
            esc(&indicator.title),
            bar(indicator.score),
            indicator.score
        );
        for sub in &indicator.subs {
            let _ = writeln!(
                out,
                "<div class=\"row sub\"><span class=\"label\">{} {} <span class=\"muted\">({})</span></span>{}<span class=\"num\">{:.2}</span></div>",
                esc(&sub.id),
                esc(&sub.title),
                esc(&lang::items_yes(lang, sub.yes, sub.total)),
                bar(sub.score),
                sub.score
            );
        }
    }
    out.push_str("</div>\n</section>\n<nav class=\"grid\">\n");
    for item in &view.items {
        let r = item.result;
        let _ = writeln!(
            out,
            "<a class=\"{}\" href=\"#item-{}\" title=\"{}: {}\">{}</a>",
            answer_class(r.answer),
            esc(&r.id),
            esc(lang::answer(lang, r.answer)),
            esc(&item.title),
            esc(&r.id)
        );
    }
    out.push_str("</nav>\n");
}

fn fix_first(out: &mut String, view: &View) {
    let (l, lang) = (view.l, view.lang);
    let _ = writeln!(
        out,
        "<section id=\"fix-first\">\n<h2>{}</h2>\n<p class=\"muted\">{}</p>",
        esc(l.fix_first),
        esc(l.fix_first_hint)
    );
    if view.fix_first.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", esc(l.nothing_to_fix));
    } else {
        out.push_str("<ol class=\"fix\">\n");
        for (&i, score) in view.fix_first.iter().zip(view.after_fixing()) {
            let gain = format!("{} → {score:.2}", lang::worth(lang, view.items[i].points));
            list_row(out, view, i, &gain);
        }
        out.push_str("</ol>\n");
    }
    for line in view.milestones() {
        let _ = writeln!(out, "<p class=\"milestone\">{}</p>", esc(&line));
    }
    if !view.check_first.is_empty() {
        let _ = writeln!(
            out,
            "<h3>{}</h3>\n<p class=\"muted\">{}</p>\n<ol class=\"fix\">",
            esc(l.check_first),
            esc(l.check_first_hint)
        );
        for &i in &view.check_first {
            list_row(out, view, i, &lang::worth(lang, view.items[i].points));
        }
        out.push_str("</ol>\n");
    }
    out.push_str("</section>\n");
}

/// One item of the fix-first or check-by-hand list: a link to its card, what fixing it gains, its
/// title and reason.
fn list_row(out: &mut String, view: &View, i: usize, gain: &str) {
    let item = &view.items[i];
    let _ = writeln!(
        out,
        "<li><a href=\"#item-{}\">{}</a> <span class=\"gain\">{}</span> {}<br><span class=\"muted\">{}</span></li>",
        esc(&item.result.id),
        esc(&item.result.id),
        esc(gain),
        esc(&item.title),
        esc(&item.reason)
    );
}

fn card(out: &mut String, view: &View, item: &ItemView) {
    let (l, lang) = (view.l, view.lang);
    let r = item.result;
    let class = answer_class(r.answer);
    let _ = writeln!(
        out,
        "<article class=\"item {class}\" id=\"item-{}\" data-answer=\"{class}\">\n<header><span class=\"id\">{}</span><span class=\"answer {class}\">{}</span><h3>{}</h3><span class=\"pts\">{}</span></header>",
        esc(&r.id),
        esc(&r.id),
        esc(lang::answer(lang, r.answer)),
        esc(&item.title),
        esc(&lang::worth(lang, item.points))
    );
    out.push_str("<dl>\n");
    let row = |out: &mut String, label: &str, html: &str| {
        let _ = writeln!(out, "<dt>{}</dt><dd>{html}</dd>", esc(label));
    };
    if item.explains() {
        row(out, l.why, &esc(&item.reason));
    }
    if !item.missing.is_empty() {
        row(out, l.missing, &esc(&item.missing.join("; ")));
    }
    let label = if r.answer == Answer::Yes {
        l.evidence
    } else {
        l.closest
    };
    for e in item
        .evidence
        .iter()
        .take(if r.answer == Answer::Yes { 3 } else { 1 })
    {
        let mut html = link(e.url, &e.shown);
        if let Some(href) = &e.href {
            let _ = write!(html, " <span class=\"mono\">({})</span>", esc(href));
        }
        row(out, label, &html);
        if let Some((url, shown)) = &e.found_on {
            let mut html = link(url, shown);
            if let Some(text) = &e.link_text {
                let _ = write!(html, " «{}»", esc(text));
            }
            row(out, l.found_on, &html);
        }
        if !e.matched.is_empty() {
            let chips: String = e
                .matched
                .iter()
                .map(|m| format!("<li>{}</li>", esc(m)))
                .collect();
            row(out, l.matched, &format!("<ul class=\"chips\">{chips}</ul>"));
        }
        if let Some(note) = &e.note {
            row(out, l.note, &esc(note));
        }
    }
    if !item.unverified.is_empty() {
        row(out, l.unverified, &esc(&item.unverified.join("; ")));
    }
    if r.answer != Answer::Yes {
        if !item.advice.is_empty() {
            row(out, l.to_fix, &esc(&item.advice));
        }
        row(out, l.next_step, &esc(&item.action));
    }
    for w in &item.warnings {
        row(
            out,
            l.warning,
            &format!("<span class=\"warn\">{}</span>", esc(w)),
        );
    }
    out.push_str("</dl>\n</article>\n");
}

fn plan(out: &mut String, view: &View) {
    let (l, lang) = (view.l, view.lang);
    let rows = view.plan();
    if rows.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "<section id=\"plan\">\n<h2>{}</h2>\n<p class=\"muted\">{}</p>\n<div class=\"scroll\"><table>\n<thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>",
        esc(l.plan),
        esc(l.plan_hint),
        esc(l.sheet_item),
        esc(l.plan_issue),
        esc(l.plan_measure),
        esc(l.plan_method),
        esc(l.plan_owner),
        esc(l.plan_period),
        esc(l.plan_follow_up)
    );
    for item in rows {
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td>{}<br><span class=\"muted\">{}</span></td><td>{}</td><td>{}</td><td class=\"blank\"></td><td class=\"blank\"></td><td>{}</td></tr>",
            esc(&item.result.id),
            esc(&item.title),
            esc(&item.reason),
            esc(&item.advice),
            esc(&item.action),
            esc(&lang::follow_up(lang, item.result))
        );
    }
    out.push_str("</tbody></table></div>\n</section>\n");
}

fn explain(out: &mut String, view: &View) {
    let (l, lang, report) = (view.l, view.lang, view.report);
    let _ = writeln!(
        out,
        "<section id=\"score-explained\">\n<h2>{}</h2>\n<p>{}</p>\n<div class=\"scroll\"><table>\n<thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>",
        esc(l.score_explained),
        esc(l.score_rule),
        esc(l.sub_indicator),
        esc(l.items),
        esc(l.each_item),
        esc(l.score)
    );
    for indicator in view.indicators() {
        let _ = writeln!(
            out,
            "<tr><th colspan=\"3\">{} {} {}</th><th>{:.2}</th></tr>",
            esc(l.indicator),
            esc(&indicator.id),
            esc(&indicator.title),
            indicator.score
        );
        for sub in &indicator.subs {
            let _ = writeln!(
                out,
                "<tr><td>{} {}</td><td>{}</td><td>{:.2} {}</td><td>{:.2}</td></tr>",
                esc(&sub.id),
                esc(&sub.title),
                esc(&lang::items_yes(lang, sub.yes, sub.total)),
                sub.each,
                esc(l.points),
                sub.score
            );
        }
    }
    let _ = writeln!(
        out,
        "</tbody></table></div>\n<p>{} = {} → {} {}</p>",
        esc(l.score),
        esc(&view.formula()),
        esc(l.rating),
        esc(&report.score.rating)
    );
    let s = &report.score;
    if s.unknown_items > 0 {
        let _ = writeln!(
            out,
            "<p>{}</p>",
            esc(&lang::unknown_note(
                lang,
                s.unknown_items,
                s.oit_if_unknown_yes
            ))
        );
    }
    if let (Some(ita), Some(r)) = (s.ita, &s.ita_rating) {
        let _ = writeln!(out, "<p>{}</p>", esc(&lang::ita_total(lang, ita, r)));
    }
    out.push_str("</section>\n");
}

fn crawl(out: &mut String, view: &View) {
    let (l, lang, report) = (view.l, view.lang, view.report);
    let c = &report.crawl;
    let _ = writeln!(
        out,
        "<section id=\"crawl\">\n<h2>{}</h2>\n<dl class=\"meta\">\n<dt>{}</dt><dd>{}</dd>\n<dt>{}</dt><dd>{}</dd>\n<dt>{}</dt><dd>{:.1} {}</dd>\n<dt>{}</dt><dd>{}</dd>\n</dl>",
        esc(l.crawl_statistics),
        esc(l.pages),
        c.pages,
        esc(l.documents),
        c.documents,
        esc(lang.pick("เวลา", "time")),
        c.seconds,
        esc(l.seconds),
        esc(l.stopped),
        esc(lang::stop_reason(lang, c.stopped))
    );
    let notes = view.notes();
    if !notes.is_empty() {
        out.push_str("<ul>\n");
        for note in notes {
            let _ = writeln!(out, "<li>{}</li>", esc(&note));
        }
        out.push_str("</ul>\n");
    }
    let _ = writeln!(
        out,
        "<p class=\"muted\">{}</p>\n</section>",
        esc(&tools_line(lang))
    );
}

fn footer(out: &mut String, view: &View) {
    let _ = writeln!(
        out,
        "<footer>{} {}</footer>\n</main>\n</body>\n</html>",
        esc(view.l.made_by),
        esc(&view.report.tool)
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_covers_text_and_both_attribute_quotes() {
        assert_eq!(
            esc(r#"<script>"a" & 'b'</script>"#),
            "&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/script&gt;"
        );
    }

    #[test]
    fn only_web_urls_become_links() {
        let js = Url::parse("javascript:alert(1)").unwrap();
        assert!(!link(&js, "x").contains("href"));
        let web = Url::parse("https://a.go.th/?a=1&b=\"2\"").unwrap();
        assert_eq!(
            link(&web, "a"),
            "<a href=\"https://a.go.th/?a=1&amp;b=%222%22\" rel=\"noopener noreferrer nofollow\" target=\"_blank\">a</a>"
        );
    }
}
