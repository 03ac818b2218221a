//! The whole pipeline for one site, and its one typed result, [`ScanReport`], which every output
//! format, `verify` and `diff` consume. A report serialises to the JSON contract and reads back
//! from it, so a saved scan can be re-rendered or re-verified later.

use std::sync::Arc;
use std::time::SystemTime;

use indexmap::IndexMap;
use serde::{Deserialize, Serialize};
use tokio::sync::watch;
use url::Url;

use crate::checklist::{Checklist, Indicator};
use crate::crawl::{self, CrawlConfig, Progress};
use crate::evaluate::{Answer, EarlyStop, ItemResult, Judge};
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
    /// Its English title, `{fy}` rendered (absent in reports saved before it was added).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub title_en: String,
    /// Its caveats (a working draft, inferred groupings), for the reader.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// Its indicators and sub-indicators with their Thai and English titles, in scoring order,
    /// so that a report can name what each score is of. Empty in reports saved before it was
    /// added.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub indicators: Vec<Indicator>,
    /// Each item's advice in English (`{fy}` rendered), by item id; `items[].advice` holds the
    /// Thai advice. Empty in reports saved before it was added.
    #[serde(default, skip_serializing_if = "IndexMap::is_empty")]
    pub advice_en: IndexMap<String, String>,
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
    /// When the scan finished, in UTC (`2026-03-14T09:30:00Z`). Absent in reports saved before
    /// it was added.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finished_at: Option<String>,
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
    /// Whether the crawl covered the site (not stopped by a budget or an interruption; an early
    /// stop because nothing left could change an answer covers it).
    pub fn complete(&self) -> bool {
        self.crawl.stopped.covered()
    }

    /// The OIT points each item is worth ([`Score::points`]), worked out from the items for a
    /// report saved before the score listed them.
    pub fn item_points(&self) -> IndexMap<String, f64> {
        if self.score.points.len() == self.items.len() {
            self.score.points.clone()
        } else {
            score::item_points_of(&self.items)
        }
    }
}

/// `time` in UTC as RFC 3339 to the second (`2026-03-14T09:30:00Z`).
pub fn utc_timestamp(time: SystemTime) -> String {
    let seconds = time
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let days = (seconds / 86_400) as i64;
    let rest = seconds % 86_400;
    // days since 1970-01-01 to a civil date (Howard Hinnant's algorithm)
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        rest / 3600,
        rest % 3600 / 60,
        rest % 60
    )
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
    let fiscal_year = options.fiscal_year.unwrap_or(checklist.fiscal_year);
    let mut referee = EarlyStop::new(checklist, &rules, fiscal_year);
    let referee = options
        .crawl
        .early_stop
        .then_some(&mut referee as &mut dyn crawl::Referee);
    let snapshot = crawl::crawl_until(
        start,
        &rules,
        &options.crawl,
        fetcher,
        cancel,
        progress,
        referee,
    )
    .await;
    report_from_snapshot(checklist, &rules, &snapshot, options)
}

/// Information about the checklist as used for `fiscal_year`.
pub fn checklist_info(checklist: &Checklist, fiscal_year: u16) -> ChecklistInfo {
    ChecklistInfo {
        id: checklist.id.clone(),
        fiscal_year,
        written_for: (fiscal_year != checklist.fiscal_year).then_some(checklist.fiscal_year),
        title: Checklist::render(&checklist.title_th, fiscal_year),
        title_en: Checklist::render(&checklist.title_en, fiscal_year),
        notes: checklist.notes.trim().to_string(),
        indicators: checklist.indicators.clone(),
        advice_en: checklist
            .items
            .iter()
            .filter(|item| !item.advice_en.is_empty())
            .map(|item| {
                (
                    item.id.clone(),
                    Checklist::render(&item.advice_en, fiscal_year),
                )
            })
            .collect(),
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
            finished_at: Some(utc_timestamp(SystemTime::now())),
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

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn timestamps_are_utc_civil_dates() {
        let at = |s: u64| utc_timestamp(SystemTime::UNIX_EPOCH + Duration::from_secs(s));
        assert_eq!(at(0), "1970-01-01T00:00:00Z");
        // 2000-02-29 (a leap day in a century leap year) 12:34:56
        assert_eq!(at(951_827_696), "2000-02-29T12:34:56Z");
        // 2026-03-14 09:30:00: 20526 days after the epoch, plus 34200 s
        assert_eq!(at(20_526 * 86_400 + 34_200), "2026-03-14T09:30:00Z");
    }
}
