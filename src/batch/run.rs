//! Running a batch: the agencies not yet finished, `jobs` at a time, each into its result file
//! and its state row; the summary written as sites finish (at most every 30 s) and at the end.
//!
//! Each agency gets its own [`Fetcher`] sharing the batch's [`HostGates`]: its own address rule
//! (an intranet start must not open private addresses to a public site running beside it) and
//! its own record of invalid certificates (one site's `--insecure` warning must not appear in
//! another's report), one politeness per host for all. Cancelling (Ctrl-C) stops starting
//! agencies and abandons those in flight: they are not recorded, so the next run does them again
//! from the start; everything finished is in the state and the summary.

use std::collections::{HashMap, VecDeque};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use tokio::sync::watch;
use tokio::task::JoinSet;
use tokio::time::Instant;

use crate::batch::Shard;
use crate::batch::list::{Agency, AgencyList, Answers};
use crate::batch::state::{State, StateError};
use crate::batch::summary::{self, Status, SummaryRow};
use crate::checklist::Checklist;
use crate::conditional::Revalidation;
use crate::fetch::{ClientError, Fetcher, HostGates};
use crate::reason::ReasonCode;
use crate::rules::Rules;
use crate::scan::{self, ScanOptions, ScanReport, utc_timestamp};
use crate::snapshot::StopReason;
use crate::verify::{self, Input, VerifyOptions, VerifyReport};

/// How a batch runs.
#[derive(Debug, Clone)]
pub struct BatchOptions {
    /// Each scan's options (politeness, budgets, fiscal year).
    pub scan: ScanOptions,
    /// Each verification's options (its `fetch` and `fiscal_year` are the scan's).
    pub verify: VerifyOptions,
    /// Agencies run at once.
    pub jobs: usize,
    /// Run again the agencies a previous run recorded as failed.
    pub retry_failed: bool,
}

impl BatchOptions {
    /// Agencies run at once, by default. At 2 requests/s per host a site's crawl mostly
    /// waits, so many sites fit on a core; bench/README.md has the measurement.
    pub const DEFAULT_JOBS: usize = 32;
}

impl Default for BatchOptions {
    fn default() -> Self {
        BatchOptions {
            scan: ScanOptions::default(),
            verify: VerifyOptions::default(),
            jobs: Self::DEFAULT_JOBS,
            retry_failed: false,
        }
    }
}

/// Where a batch stands.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Agencies in the list (or the shard).
    pub total: usize,
    /// Finished (done, partial or failed), this run or an earlier one.
    pub finished: usize,
    /// Of those, finished by an earlier run (not fetched again).
    pub earlier: usize,
    /// Running now.
    pub running: usize,
    /// Finished as failed.
    pub failed: usize,
}

/// What the batch reports as it goes (a progress line in the CLI; nothing in tests).
pub trait BatchProgress: Send + Sync {
    /// An agency has started.
    fn started(&self, _agency: &Agency, _counts: &Counts) {}
    /// An agency has finished (not called for agencies abandoned by a cancel).
    fn finished(&self, _agency: &Agency, _row: &SummaryRow, _counts: &Counts) {}
}

/// No progress output.
pub struct Quiet;
impl BatchProgress for Quiet {}

/// What a batch did.
#[derive(Debug, Clone)]
pub struct BatchOutcome {
    /// A row per agency of the list (or shard), in list order; `pending` for those not run.
    pub rows: Vec<SummaryRow>,
    /// The final counts.
    pub counts: Counts,
    /// The batch was cancelled before every agency finished.
    pub interrupted: bool,
    /// The summary file written.
    pub summary: PathBuf,
}

/// Why a batch stopped (a site's own failure never stops it).
#[derive(Debug, thiserror::Error)]
pub enum BatchError {
    /// The state file could not be used.
    #[error(transparent)]
    State(#[from] StateError),
    /// A result or the summary could not be written.
    #[error("cannot write {path}: {source}; check the output folder's free space and permissions")]
    Write {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
}

/// A batch's output folder: `state.sqlite`, `summary.csv` and `results/`.
#[derive(Debug)]
pub struct Output {
    dir: PathBuf,
    state: State,
}

impl Output {
    /// Opens (or creates) the output folder `dir` and its state.
    pub fn open(dir: &Path) -> Result<Output, BatchError> {
        let results = dir.join("results");
        std::fs::create_dir_all(&results).map_err(|source| BatchError::Write {
            path: results.clone(),
            source,
        })?;
        let state = State::open(&dir.join("state.sqlite"))?;
        Ok(Output {
            dir: dir.to_path_buf(),
            state,
        })
    }

    /// The folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Its state.
    pub fn state(&self) -> &State {
        &self.state
    }

    /// Where the summary goes.
    pub fn summary_path(&self) -> PathBuf {
        self.dir.join("summary.csv")
    }
}

/// What one agency gave.
enum SiteOutcome {
    Scan(Box<ScanReport>),
    Verify(Box<VerifyReport>),
    Failed(String),
    /// Cancelled: not recorded.
    Interrupted,
}

/// How often the summary is rewritten while the batch runs.
const SUMMARY_EVERY: Duration = Duration::from_secs(30);

/// Runs the agencies of `list` (those of `shard`, when given) that `output` has not finished,
/// `options.jobs` at a time. Documents the `previous` run's state read are asked for
/// conditionally (without it, the output's own state serves an agency run again). `cancel`
/// turning true stops the batch (its sender must live as long as the batch).
pub async fn run(
    list: &AgencyList,
    shard: Option<Shard>,
    output: &Output,
    previous: Option<&State>,
    options: &BatchOptions,
    mut cancel: watch::Receiver<bool>,
    progress: &dyn BatchProgress,
) -> Result<BatchOutcome, BatchError> {
    let agencies: Vec<&Agency> = list
        .agencies
        .iter()
        .filter(|a| shard.is_none_or(|s| s.contains(&a.key())))
        .collect();
    let fiscal_year = options.scan.fiscal_year;
    let finished = output.state.finished()?;
    let mut rows: Vec<Option<SummaryRow>> = vec![None; agencies.len()];
    let mut counts = Counts {
        total: agencies.len(),
        ..Counts::default()
    };
    let mut waiting: VecDeque<usize> = VecDeque::new();
    for (i, agency) in agencies.iter().enumerate() {
        match finished.get(&agency.key()) {
            Some(done)
                if done.job == agency.job(fiscal_year)
                    && !(options.retry_failed && done.row.status == Status::Failed) =>
            {
                let mut row = done.row.clone();
                // the list may have moved or renamed it since
                row.row = agency.row;
                row.name = agency.name.clone();
                counts.finished += 1;
                counts.earlier += 1;
                if row.status == Status::Failed {
                    counts.failed += 1;
                }
                rows[i] = Some(row);
            }
            _ => waiting.push_back(i),
        }
    }
    let gates = HostGates::default();
    let shared = Arc::new(options.clone());
    let mut tasks: JoinSet<(SiteOutcome, Arc<Revalidation>, f64)> = JoinSet::new();
    let mut running: HashMap<tokio::task::Id, usize> = HashMap::new();
    let mut cancelled = *cancel.borrow();
    let mut watching = true;
    let mut last_summary = Instant::now();
    loop {
        while !cancelled && tasks.len() < options.jobs.max(1) {
            let Some(i) = waiting.pop_front() else { break };
            let agency = agencies[i];
            let key = agency.key();
            let readings = match previous {
                Some(state) => state.readings(&key)?,
                None => output.state.readings(&key)?,
            };
            let revalidation = Arc::new(Revalidation::new(readings));
            let checklist = list.checklists[&agency.checklist].clone();
            let task = run_site(
                agency.clone(),
                checklist,
                gates.clone(),
                revalidation.clone(),
                shared.clone(),
                cancel.clone(),
            );
            let handle = tasks.spawn(async move {
                let began = Instant::now();
                let outcome = task.await;
                (outcome, revalidation, began.elapsed().as_secs_f64())
            });
            running.insert(handle.id(), i);
            counts.running += 1;
            progress.started(agency, &counts);
        }
        if tasks.is_empty() {
            break;
        }
        tokio::select! {
            joined = tasks.join_next_with_id() => {
                let Some(joined) = joined else { break };
                let (id, outcome, revalidation, seconds) = match joined {
                    Ok((id, (outcome, revalidation, seconds))) => (id, outcome, Some(revalidation), seconds),
                    Err(e) if e.is_cancelled() => (e.id(), SiteOutcome::Interrupted, None, 0.0),
                    Err(e) => (
                        e.id(),
                        SiteOutcome::Failed(format!("internal error (please report it): {e}")),
                        None,
                        0.0,
                    ),
                };
                let Some(i) = running.remove(&id) else { continue };
                counts.running -= 1;
                let agency = agencies[i];
                let revalidation = revalidation.unwrap_or_default();
                let Some(row) = finish(agency, outcome, &revalidation, seconds, output, fiscal_year)? else {
                    continue;
                };
                counts.finished += 1;
                if row.status == Status::Failed {
                    counts.failed += 1;
                }
                progress.finished(agency, &row, &counts);
                rows[i] = Some(row);
                if last_summary.elapsed() >= SUMMARY_EVERY {
                    write_summary(output, &agencies, &rows)?;
                    last_summary = Instant::now();
                }
            }
            changed = cancel.changed(), if watching && !cancelled => {
                match changed {
                    Ok(()) if *cancel.borrow() => {
                        cancelled = true;
                        // in-flight agencies are run again next time, from the start
                        tasks.abort_all();
                    }
                    Ok(()) => {}
                    // no one can cancel any more
                    Err(_) => watching = false,
                }
            }
        }
    }
    let summary = write_summary(output, &agencies, &rows)?;
    let interrupted = rows.iter().any(Option::is_none);
    let rows = rows
        .into_iter()
        .zip(&agencies)
        .map(|(row, agency)| row.unwrap_or_else(|| pending(agency)))
        .collect();
    Ok(BatchOutcome {
        rows,
        counts,
        interrupted,
        summary,
    })
}

fn pending(agency: &Agency) -> SummaryRow {
    SummaryRow::pending(agency.row, &agency.name, agency.url.as_str(), agency.mode())
}

fn write_summary(
    output: &Output,
    agencies: &[&Agency],
    rows: &[Option<SummaryRow>],
) -> Result<PathBuf, BatchError> {
    let all: Vec<SummaryRow> = rows
        .iter()
        .zip(agencies)
        .map(|(row, agency)| row.clone().unwrap_or_else(|| pending(agency)))
        .collect();
    let path = output.summary_path();
    summary::write(&path, &all).map_err(|source| BatchError::Write {
        path: path.clone(),
        source,
    })?;
    Ok(path)
}

/// Writes an agency's result and records it; `None` for an agency abandoned by a cancel.
fn finish(
    agency: &Agency,
    outcome: SiteOutcome,
    revalidation: &Revalidation,
    seconds: f64,
    output: &Output,
    fiscal_year: Option<u16>,
) -> Result<Option<SummaryRow>, BatchError> {
    let mut row = pending(agency);
    row.seconds = Some((seconds * 10.0).round() / 10.0);
    row.finished_at = Some(utc_timestamp(SystemTime::now()));
    let json = match &outcome {
        SiteOutcome::Interrupted => return Ok(None),
        SiteOutcome::Failed(message) => {
            row.status = Status::Failed;
            row.error = Some(message.clone());
            None
        }
        SiteOutcome::Scan(report) => {
            fill_from_scan(&mut row, report);
            Some(serde_json::to_string_pretty(report.as_ref()))
        }
        SiteOutcome::Verify(report) => {
            row.status = Status::Done;
            row.score = Some(round2(report.score.oit));
            row.rating = Some(report.score.rating.clone());
            row.yes = Some(report.summary.pass);
            row.no = Some(report.summary.fail);
            row.unknown = Some(report.summary.unknown);
            row.pages = Some(report.fetched.pages);
            row.documents = Some(report.fetched.documents);
            Some(serde_json::to_string_pretty(report.as_ref()))
        }
    };
    if let Some(json) = json {
        let json = json.expect("reports always serialise") + "\n";
        let relative = format!("results/{}", agency.file_name());
        let path = output.dir.join(&relative);
        let temporary = path.with_extension("json.tmp");
        std::fs::write(&temporary, json)
            .and_then(|()| std::fs::rename(&temporary, &path))
            .map_err(|source| BatchError::Write {
                path: path.clone(),
                source,
            })?;
        row.result = Some(relative);
        row.unchanged = Some(revalidation.reused());
    }
    output.state.record(
        &agency.key(),
        &agency.job(fiscal_year),
        &row,
        &revalidation.kept(),
    )?;
    Ok(Some(row))
}

fn round2(value: f64) -> f64 {
    (value * 100.0).round() / 100.0
}

fn fill_from_scan(row: &mut SummaryRow, report: &ScanReport) {
    row.pages = Some(report.crawl.pages);
    row.documents = Some(report.crawl.documents);
    if let Some(failure) = &report.crawl.start_failure {
        row.status = Status::Failed;
        let mut message = failure.message(&report.site);
        if let Some(advice) = failure.advice() {
            message.push_str("; ");
            message.push_str(advice);
        }
        row.error = Some(message);
        return;
    }
    if report.crawl.stopped == StopReason::RobotsDisallowed {
        row.status = Status::Failed;
        row.error = Some(
            report
                .crawl
                .notes
                .first()
                .cloned()
                .unwrap_or_else(|| "robots.txt disallows the start page".into()),
        );
        return;
    }
    row.status = if report.complete() {
        Status::Done
    } else {
        row.error = Some(format!(
            "the crawl stopped early ({}): the report covers only what was read",
            report.crawl.stopped
        ));
        Status::Partial
    };
    row.score = Some(round2(report.score.oit));
    row.rating = Some(report.score.rating.clone());
    row.yes = Some(report.summary.yes);
    row.no = Some(report.summary.no);
    row.unknown = Some(report.summary.unknown);
}

/// One agency: a scan, or a verification of its answers.
async fn run_site(
    agency: Agency,
    checklist: Arc<Checklist>,
    gates: HostGates,
    revalidation: Arc<Revalidation>,
    options: Arc<BatchOptions>,
    cancel: watch::Receiver<bool>,
) -> SiteOutcome {
    let fetcher = || -> Result<Arc<Fetcher>, ClientError> {
        Ok(Arc::new(
            Fetcher::new(options.scan.fetch.clone())?
                .with_host_gates(gates.clone())
                .with_revalidation(revalidation.clone()),
        ))
    };
    let Some(answers) = &agency.answers else {
        let scan_once = |url: url::Url| {
            let cancel = cancel.clone();
            let checklist = checklist.clone();
            let options = options.clone();
            let made = fetcher();
            async move {
                let fetcher = made?;
                Ok::<_, ClientError>(
                    scan::scan_with(
                        fetcher,
                        &url,
                        &checklist,
                        &options.scan,
                        cancel,
                        &crate::crawl::Quiet,
                    )
                    .await,
                )
            }
        };
        let mut report = match scan_once(agency.url.clone()).await {
            Ok(report) => report,
            Err(e) => return SiteOutcome::Failed(e.to_string()),
        };
        // without a scheme in the list, https first, then http when https does not answer (as
        // `oitcheck scan` does)
        if agency.scheme_guessed
            && let Some(failure) = &report.crawl.start_failure
            && failure.status.is_none()
            && !matches!(
                failure.code,
                ReasonCode::DnsError | ReasonCode::PrivateAddress
            )
            && !*cancel.borrow()
        {
            let mut http = agency.url.clone();
            let _ = http.set_scheme("http");
            match scan_once(http).await {
                Ok(second) => report = second,
                Err(e) => return SiteOutcome::Failed(e.to_string()),
            }
        }
        if report.crawl.stopped == StopReason::Interrupted {
            return SiteOutcome::Interrupted;
        }
        return SiteOutcome::Scan(Box::new(report));
    };
    let input = match answers {
        Answers::Sheet(path) => {
            match verify::sheet::read(path, &checklist, &Rules::new(&checklist), &agency.url) {
                Ok(submission) => Input::Submission(submission),
                Err(e) => return SiteOutcome::Failed(format!("the answer sheet: {e}")),
            }
        }
        Answers::ItaPage(url) => Input::ItaPage(url.clone()),
    };
    let fetcher = match fetcher() {
        Ok(fetcher) => fetcher,
        Err(e) => return SiteOutcome::Failed(e.to_string()),
    };
    let mut verify_options = options.verify.clone();
    verify_options.fetch = options.scan.fetch.clone();
    verify_options.fiscal_year = options.scan.fiscal_year;
    let verification =
        verify::verify_with(fetcher, &agency.url, input, &checklist, &verify_options);
    tokio::select! {
        result = verification => match result {
            Ok(report) => SiteOutcome::Verify(Box::new(report)),
            Err(e) => SiteOutcome::Failed(e.to_string()),
        },
        () = cancelled(cancel.clone()) => SiteOutcome::Interrupted,
    }
}

/// Resolves when `cancel` turns true (never, once its sender is gone).
async fn cancelled(mut cancel: watch::Receiver<bool>) {
    loop {
        if *cancel.borrow_and_update() {
            return;
        }
        if cancel.changed().await.is_err() {
            std::future::pending::<()>().await;
        }
    }
}
