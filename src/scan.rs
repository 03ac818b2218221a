//! The whole pipeline for one site, and its one typed result, [`ScanReport`], which every output
//! format, `verify` and `diff` consume. A report serialises to the JSON contract and reads back
//! from it, so a saved scan can be re-rendered or re-verified later.

use std::sync::Arc;

use serde::{Deserialize, Serialize};
use tokio::sync::watch;
use url::Url;

use crate::checklist::Checklist;
use crate::crawl::{self, CrawlConfig, Progress};
use crate::evaluate::{Answer, ItemResult, Judge};
use crate::fetch::{ClientError, FetchConfig, Fetcher};
use crate::rules::Rules;
use crate::score::{self, Score};
use crate::snapshot::{SiteSnapshot, StartFailure, StopReason};
use crate::verify::health::{ItaPageHealth, ita_page_health};

/// Everything a scan needs besides the site.
#[derive(Debug, Clone, Default)]
pub struct ScanOptions {
    /// HTTP settings (politeness, timeouts, TLS).
    pub fetch: FetchConfig,
    /// Crawl budgets.
    pub crawl: CrawlConfig,
    /// The fiscal year assessed; defaults to the checklist's.
    pub fiscal_year: Option<u16>,
    /// The IIT score, for the weighted ITA total.
    pub iit: Option<f64>,
    /// The EIT score, for the weighted ITA total.
    pub eit: Option<f64>,
}

/// Why a scan could not run at all (a site that cannot be reached still gives a report).
#[derive(Debug, thiserror::Error)]
pub enum ScanError {
    /// The HTTP client could not be set up.
    #[error(transparent)]
    Client(#[from] ClientError),
}

/// The checklist a report was made with.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChecklistInfo {
    /// The checklist's id (`ita-2569`).
    pub id: String,
    /// The fiscal year assessed.
    pub fiscal_year: u16,
    /// The year the checklist was written for, when `--fiscal-year` shifted it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub written_for: Option<u16>,
    /// Its Thai title, `{fy}` rendered.
    pub title: String,
    /// Its caveats (a working draft, inferred groupings), for the reader.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
}

/// Crawl statistics.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CrawlInfo {
    /// HTML pages read.
    pub pages: usize,
    /// Documents fetched.
    pub documents: usize,
    /// Why the crawl ended.
    pub stopped: StopReason,
    /// Why the start page gave nothing, when it did not.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_failure: Option<StartFailure>,
    /// How long it took.
    pub seconds: f64,
    /// Notes on robots.txt, sitemaps, traps.
    pub notes: Vec<String>,
}

/// Counts of answers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    /// Items answered yes.
    pub yes: usize,
    /// Items answered no.
    pub no: usize,
    /// Items answered unknown.
    pub unknown: usize,
}

impl Summary {
    /// Counts the answers of `items`.
    pub fn of(items: &[ItemResult]) -> Summary {
        let count = |a: Answer| items.iter().filter(|i| i.answer == a).count();
        Summary {
            yes: count(Answer::Yes),
            no: count(Answer::No),
            unknown: count(Answer::Unknown),
        }
    }
}

/// The result of a scan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScanReport {
    /// `oitcheck <version>`.
    pub tool: String,
    /// The start URL.
    pub site: Url,
    /// Things that weaken the trust in this report as a whole (a certificate accepted with
    /// `--insecure`), for the reader to see before the answers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
    /// The checklist used.
    pub checklist: ChecklistInfo,
    /// What the crawl did.
    pub crawl: CrawlInfo,
    /// Counts of answers.
    pub summary: Summary,
    /// One result per item, in checklist order.
    pub items: Vec<ItemResult>,
    /// The score the answers earn.
    pub score: Score,
    /// For webmasters: the link the site's own ITA page gives for each item, and whether it
    /// works and passes (absent when the crawl found no ITA page with item links).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ita_page: Option<ItaPageHealth>,
}

impl ScanReport {
    /// Whether the crawl covered the site (not stopped by a budget or an interruption).
    pub fn complete(&self) -> bool {
        self.crawl.stopped == StopReason::Complete
    }
}

/// Crawls `start` and answers every item of `checklist`.
pub async fn scan(
    start: &Url,
    checklist: &Checklist,
    options: &ScanOptions,
    cancel: watch::Receiver<bool>,
    progress: &dyn Progress,
) -> Result<ScanReport, ScanError> {
    let fetcher = Arc::new(Fetcher::new(options.fetch.clone())?);
    Ok(scan_with(fetcher, start, checklist, options, cancel, progress).await)
}

/// [`scan`] with a given HTTP client (shared by many scans, or set up for a test network).
pub async fn scan_with(
    fetcher: Arc<Fetcher>,
    start: &Url,
    checklist: &Checklist,
    options: &ScanOptions,
    cancel: watch::Receiver<bool>,
    progress: &dyn Progress,
) -> ScanReport {
    let rules = Rules::new(checklist);
    let snapshot = crawl::crawl(start, &rules, &options.crawl, fetcher, cancel, progress).await;
    report_from_snapshot(checklist, &rules, &snapshot, options)
}

/// Information about the checklist as used for `fiscal_year`.
pub fn checklist_info(checklist: &Checklist, fiscal_year: u16) -> ChecklistInfo {
    ChecklistInfo {
        id: checklist.id.clone(),
        fiscal_year,
        written_for: (fiscal_year != checklist.fiscal_year).then_some(checklist.fiscal_year),
        title: Checklist::render(&checklist.title_th, fiscal_year),
        notes: checklist.notes.trim().to_string(),
    }
}

/// Evaluates and scores a finished crawl.
pub fn report_from_snapshot(
    checklist: &Checklist,
    rules: &Rules,
    snapshot: &SiteSnapshot,
    options: &ScanOptions,
) -> ScanReport {
    let fiscal_year = options.fiscal_year.unwrap_or(checklist.fiscal_year);
    let judge = Judge::new(checklist, rules, snapshot, fiscal_year);
    let mut items = judge.all();
    let ita_page = ita_page_health(&judge, &items);
    let warnings = note_certificate_problems(&mut items, snapshot);
    let score = score::score(checklist, &items, options.iit, options.eit);
    ScanReport {
        tool: format!("oitcheck {}", env!("CARGO_PKG_VERSION")),
        site: snapshot.start.clone(),
        warnings,
        checklist: checklist_info(checklist, fiscal_year),
        crawl: CrawlInfo {
            pages: snapshot.pages.len(),
            documents: snapshot.documents_checked,
            stopped: snapshot.stopped,
            start_failure: snapshot.start_failure(),
            seconds: (snapshot.elapsed.as_secs_f64() * 10.0).round() / 10.0,
            notes: snapshot.notes.clone(),
        },
        summary: Summary::of(&items),
        items,
        score,
        ita_page,
    }
}

/// Marks evidence served under an invalid certificate (accepted by `--insecure`): a note on each
/// such piece of evidence, and one warning per host for the report. An assessor's browser would
/// have warned on those pages, so the reader must know the answer rests on them.
pub(crate) fn note_certificate_problems(
    items: &mut [ItemResult],
    snapshot: &SiteSnapshot,
) -> Vec<String> {
    let problems = &snapshot.certificate_problems;
    if problems.is_empty() {
        return Vec::new();
    }
    for item in items.iter_mut() {
        for evidence in &mut item.evidence {
            // URLs bracket IPv6 hosts; TLS server names do not
            let host = evidence.url.host_str().map(|h| {
                h.to_ascii_lowercase()
                    .trim_start_matches('[')
                    .trim_end_matches(']')
                    .to_string()
            });
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
