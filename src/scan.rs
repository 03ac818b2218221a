//! The whole pipeline for one site, and its one typed result, [`ScanReport`], which every output
//! format (and later modes) consumes.

use std::sync::Arc;

use serde::Serialize;
use tokio::sync::watch;
use url::Url;

use crate::checklist::Checklist;
use crate::crawl::{self, CrawlConfig, Progress, SiteSnapshot};
use crate::evaluate::{self, Answer, ItemResult};
use crate::fetch::{FetchConfig, Fetcher};
use crate::rules::Rules;
use crate::score::{self, Score};

/// Everything a scan needs besides the site.
#[derive(Debug, Clone)]
pub struct ScanOptions {
    pub fetch: FetchConfig,
    pub crawl: CrawlConfig,
    /// The fiscal year assessed; defaults to the checklist's.
    pub fiscal_year: Option<u16>,
    pub iit: Option<f64>,
    pub eit: Option<f64>,
}

/// The checklist a report was made with.
#[derive(Debug, Clone, Serialize)]
pub struct ChecklistInfo {
    pub id: String,
    pub fiscal_year: u16,
    /// The year the checklist was written for, when `--fiscal-year` shifted it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub written_for: Option<u16>,
    pub title: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub notes: String,
}

/// Crawl statistics.
#[derive(Debug, Clone, Serialize)]
pub struct CrawlInfo {
    pub pages: usize,
    pub documents: usize,
    pub stopped: String,
    pub seconds: f64,
    pub notes: Vec<String>,
}

/// Counts of answers.
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    pub yes: usize,
    pub no: usize,
    pub unknown: usize,
}

/// The result of a scan.
#[derive(Debug, Clone, Serialize)]
pub struct ScanReport {
    pub tool: String,
    pub site: String,
    /// Things that weaken the trust in this report as a whole (a certificate accepted with
    /// `--insecure`), for the reader to see before the answers.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
    pub checklist: ChecklistInfo,
    pub crawl: CrawlInfo,
    pub summary: Summary,
    pub items: Vec<ItemResult>,
    pub score: Score,
}

impl ScanReport {
    /// Whether the crawl covered the site (not stopped by a budget or an interruption).
    pub fn complete(&self) -> bool {
        self.crawl.stopped == "complete"
    }
}

/// Crawls `start` and answers every item of `checklist`.
pub async fn scan(
    start: &Url,
    checklist: &Checklist,
    options: &ScanOptions,
    cancel: watch::Receiver<bool>,
    progress: &dyn Progress,
) -> Result<ScanReport, String> {
    let fetcher = Arc::new(Fetcher::new(options.fetch.clone())?);
    let rules = Rules::new(checklist);
    let snapshot = crawl::crawl(start, &rules, &options.crawl, fetcher, cancel, progress).await;
    Ok(report_from_snapshot(checklist, &rules, &snapshot, options))
}

/// Evaluates and scores a finished crawl.
pub fn report_from_snapshot(
    checklist: &Checklist,
    rules: &Rules,
    snapshot: &SiteSnapshot,
    options: &ScanOptions,
) -> ScanReport {
    let fiscal_year = options.fiscal_year.unwrap_or(checklist.fiscal_year);
    let mut items = evaluate::evaluate(checklist, rules, snapshot, fiscal_year);
    let warnings = note_certificate_problems(&mut items, snapshot);
    let score = score::score(checklist, &items, options.iit, options.eit);
    let count = |a: Answer| items.iter().filter(|i| i.answer == a).count();
    ScanReport {
        tool: format!("oitcheck {}", env!("CARGO_PKG_VERSION")),
        site: snapshot.start.to_string(),
        warnings,
        checklist: ChecklistInfo {
            id: checklist.id.clone(),
            fiscal_year,
            written_for: (fiscal_year != checklist.fiscal_year).then_some(checklist.fiscal_year),
            title: Checklist::render(&checklist.title_th, fiscal_year),
            notes: checklist.notes.trim().to_string(),
        },
        crawl: CrawlInfo {
            pages: snapshot.pages.len(),
            documents: snapshot.documents_checked,
            stopped: snapshot.stopped.as_str().to_string(),
            seconds: (snapshot.elapsed.as_secs_f64() * 10.0).round() / 10.0,
            notes: snapshot.notes.clone(),
        },
        summary: Summary {
            yes: count(Answer::Yes),
            no: count(Answer::No),
            unknown: count(Answer::Unknown),
        },
        items,
        score,
    }
}

/// Marks evidence served under an invalid certificate (accepted by `--insecure`): a note on each
/// such piece of evidence, and one warning per host for the report. An assessor's browser would
/// have warned on those pages, so the reader must know the answer rests on them.
fn note_certificate_problems(items: &mut [ItemResult], snapshot: &SiteSnapshot) -> Vec<String> {
    let problems = &snapshot.certificate_problems;
    if problems.is_empty() {
        return Vec::new();
    }
    for item in items.iter_mut() {
        for evidence in &mut item.evidence {
            let host = Url::parse(&evidence.url)
                .ok()
                .and_then(|u| u.host_str().map(str::to_ascii_lowercase))
                // URLs bracket IPv6 hosts; TLS server names do not
                .map(|h| h.trim_start_matches('[').trim_end_matches(']').to_string());
            let Some(problem) = host.as_deref().and_then(|h| problems.get(h)) else {
                continue;
            };
            let note = format!("certificate invalid, read with --insecure: {problem}");
            evidence.note = Some(match evidence.note.take() {
                Some(existing) => format!("{existing}; {note}"),
                None => note,
            });
        }
    }
    problems
        .iter()
        .map(|(host, problem)| {
            format!(
                "the TLS certificate of {host} is invalid: {problem}. It was accepted because of --insecure; visitors' browsers show a security warning on this site"
            )
        })
        .collect()
}
