//! `oitcheck batch`: its flags, validated into the library's options; the run with a progress
//! line on standard error; Ctrl-C and SIGTERM handled (what is finished is kept, exit 4); and
//! `oitcheck batch merge`, which joins the summaries of several shards.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use clap::{Args, Subcommand};
use oitcheck::batch::summary::{self, Status, SummaryRow};
use oitcheck::batch::{
    self, Agency, BatchOptions, BatchProgress, Counts, Output, Shard, State, list,
};
use oitcheck::{CrawlConfig, FetchConfig, ScanOptions, checklist};

use crate::args::{HumanDuration, parse_duration};
use crate::{EXIT_INCOMPLETE, EXIT_RUNTIME, EXIT_USAGE, fail};

#[derive(Args)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct BatchArgs {
    #[command(subcommand)]
    pub command: Option<BatchCommand>,
    /// The list of agencies: CSV or XLSX with a name and a URL column, and optionally checklist
    /// and answers (an answer sheet file or the ITA page: the agency is then verified). Headers
    /// in English or Thai (ชื่อหน่วยงาน, เว็บไซต์, แบบตรวจ, แบบตอบ).
    #[arg(required = true)]
    pub list: Option<PathBuf>,
    /// The output folder: results/ (a JSON report per agency), summary.csv, state.sqlite. Run
    /// the same command again to resume.
    #[arg(long, short, default_value = "oitcheck-batch")]
    pub output: PathBuf,
    /// Agencies run at once (each host still gets at most --rate and --concurrency).
    #[arg(long, short, default_value_t = BatchOptions::DEFAULT_JOBS)]
    pub jobs: usize,
    /// Run only part K of N of the list (K from 0, e.g. $(JOB_COMPLETION_INDEX)/8), split by a
    /// stable hash of each agency's URL.
    #[arg(long, value_name = "K/N")]
    pub shard: Option<Shard>,
    /// The output folder of an earlier run: documents it read are asked for with If-None-Match /
    /// If-Modified-Since, and reused when unchanged (a cheap monthly re-scan).
    #[arg(long, value_name = "DIR")]
    pub previous: Option<PathBuf>,
    /// Run again the agencies an earlier run of this folder recorded as failed.
    #[arg(long)]
    pub retry_failed: bool,
    /// The checklist of rows that name none: a shipped name or a path to a YAML file.
    #[arg(long, default_value = "ita-2569")]
    pub checklist: String,
    /// Assess this fiscal year (Buddhist era) instead of the checklist's.
    #[arg(long, value_parser = clap::value_parser!(u16).range(2500..2700))]
    pub fiscal_year: Option<u16>,
    /// Per site: stop after this many HTML pages.
    #[arg(long, default_value_t = CrawlConfig::DEFAULT_MAX_PAGES)]
    pub max_pages: usize,
    /// Per site: stop reading documents after this many.
    #[arg(long, default_value_t = CrawlConfig::DEFAULT_MAX_DOCUMENTS)]
    pub max_documents: usize,
    /// Per site: do not follow links deeper than this many clicks.
    #[arg(long, default_value_t = CrawlConfig::DEFAULT_MAX_DEPTH)]
    pub max_depth: u32,
    /// Per site: stop crawling after this long (90s, 10m).
    #[arg(long, default_value_t = HumanDuration(CrawlConfig::DEFAULT_TIME_LIMIT), value_parser = parse_duration)]
    pub time_limit: HumanDuration,
    /// Requests per second to each host.
    #[arg(long, default_value_t = FetchConfig::DEFAULT_RATE)]
    pub rate: f64,
    /// Requests in flight at once to each host.
    #[arg(long, default_value_t = FetchConfig::DEFAULT_CONCURRENCY)]
    pub concurrency: usize,
    /// Crawl pages that robots.txt disallows (only for sites you run).
    #[arg(long)]
    pub ignore_robots: bool,
    /// The User-Agent header sent.
    #[arg(long)]
    pub user_agent: Option<String>,
    /// Accept invalid TLS certificates (each report says so).
    #[arg(long)]
    pub insecure: bool,
    /// No progress on standard error.
    #[arg(long, short)]
    pub quiet: bool,
}

#[derive(Subcommand)]
pub enum BatchCommand {
    /// Join the summaries of several shards (their output folders or summary.csv files) into one, in list order.
    Merge {
        /// Output folders or summary.csv files of the shards.
        #[arg(required = true)]
        parts: Vec<PathBuf>,
        /// Write the merged summary here (default: standard output).
        #[arg(long, short)]
        output: Option<PathBuf>,
        /// The agency list: report the agencies no summary has.
        #[arg(long)]
        list: Option<PathBuf>,
    },
}

impl BatchArgs {
    fn options(&self) -> Result<BatchOptions, String> {
        if !(self.rate > 0.0 && self.rate.is_finite()) || self.concurrency == 0 {
            return Err("--rate and --concurrency must be above 0".into());
        }
        if self.jobs == 0 {
            return Err("--jobs must be at least 1".into());
        }
        if self.max_pages == 0 || self.max_depth == 0 {
            return Err("--max-pages and --max-depth must be at least 1".into());
        }
        let mut fetch = FetchConfig {
            rate: self.rate,
            concurrency: self.concurrency,
            insecure: self.insecure,
            ..FetchConfig::default()
        };
        if let Some(agent) = &self.user_agent {
            fetch.user_agent = agent.clone();
        }
        Ok(BatchOptions {
            scan: ScanOptions {
                fetch,
                crawl: CrawlConfig {
                    max_pages: self.max_pages,
                    max_documents: self.max_documents,
                    max_depth: self.max_depth,
                    time_limit: self.time_limit.0,
                    respect_robots: !self.ignore_robots,
                    workers: self.concurrency,
                    ..CrawlConfig::default()
                },
                fiscal_year: self.fiscal_year,
                iit: None,
                eit: None,
            },
            jobs: self.jobs,
            retry_failed: self.retry_failed,
            ..BatchOptions::default()
        })
    }
}

/// What the user sees: a bar on a terminal; elsewhere (a log, Kubernetes) a line per agency.
struct Watch {
    bar: Option<indicatif::ProgressBar>,
    lines: bool,
}

impl Watch {
    fn status(counts: &Counts) -> String {
        let mut text = format!("{} running · {} failed", counts.running, counts.failed);
        if counts.earlier > 0 {
            text.push_str(&format!(" · {} from an earlier run", counts.earlier));
        }
        text
    }
}

impl BatchProgress for Watch {
    fn started(&self, _agency: &Agency, counts: &Counts) {
        if let Some(bar) = &self.bar {
            bar.set_message(Watch::status(counts));
        }
    }

    fn finished(&self, agency: &Agency, row: &SummaryRow, counts: &Counts) {
        if let Some(bar) = &self.bar {
            bar.set_position(counts.finished as u64);
            bar.set_message(Watch::status(counts));
        }
        if self.lines {
            let what = match (row.status, row.score, &row.error) {
                (Status::Failed, _, Some(error)) => format!("failed: {error}"),
                (status, Some(score), _) => format!(
                    "{} {score:.2} {}",
                    status.as_str(),
                    row.rating.as_deref().unwrap_or("")
                ),
                (status, None, _) => status.as_str().to_string(),
            };
            eprintln!(
                "[{}/{}] {} {} ({} running, {} failed) {what}",
                counts.finished,
                counts.total,
                agency.name,
                agency.url,
                counts.running,
                counts.failed
            );
        }
    }
}

/// Runs `oitcheck batch`. Exit codes: 0 every agency finished (failed sites are rows of the
/// summary), 1 the output could not be written, 3 usage error or a bad list, 4 interrupted (run
/// again to go on), 130 interrupted twice.
pub async fn run(args: &BatchArgs) -> ExitCode {
    if let Some(BatchCommand::Merge {
        parts,
        output,
        list,
    }) = &args.command
    {
        return merge(parts, output.as_deref(), list.as_deref());
    }
    let Some(list_path) = &args.list else {
        return fail(EXIT_USAGE, "give the agency list (CSV or XLSX)");
    };
    let options = match args.options() {
        Ok(options) => options,
        Err(message) => return fail(EXIT_USAGE, message),
    };
    if let Err(e) = checklist::load(&args.checklist) {
        return fail(EXIT_USAGE, e);
    }
    let list = match list::read(list_path, &args.checklist) {
        Ok(list) => list,
        Err(e) => return fail(EXIT_USAGE, e),
    };
    let previous = match &args.previous {
        None => None,
        Some(dir) => {
            let same = |a: &Path, b: &Path| {
                a.canonicalize()
                    .ok()
                    .is_some_and(|a| Some(a) == b.canonicalize().ok())
            };
            if same(dir, &args.output) {
                return fail(
                    EXIT_USAGE,
                    "--previous is the output folder itself; to go on with a run, leave --previous out, and for a new month give a new --output",
                );
            }
            let path = dir.join("state.sqlite");
            if !path.is_file() {
                return fail(
                    EXIT_USAGE,
                    format!(
                        "--previous {}: no state.sqlite there; give the output folder of an earlier batch",
                        dir.display()
                    ),
                );
            }
            match State::open_previous(&path) {
                Ok(state) => Some(state),
                Err(e) => return fail(EXIT_USAGE, format!("--previous: {e}")),
            }
        }
    };
    let output = match Output::open(&args.output) {
        Ok(output) => output,
        Err(e) => return fail(EXIT_RUNTIME, e),
    };
    let (cancel_tx, cancel_rx) = tokio::sync::watch::channel(false);
    let mut signals = StopSignals::new();
    tokio::spawn(async move {
        if signals.next().await {
            eprintln!(
                "\ninterrupted: keeping what is finished; agencies in flight will run again next time (Ctrl-C again to quit at once)"
            );
            let _ = cancel_tx.send(true);
            if signals.next().await {
                std::process::exit(130);
            }
            // keep the sender: a dropped one would read as a cancel everywhere
            std::future::pending::<()>().await;
        }
        std::future::pending::<()>().await;
    });
    let terminal = std::io::stderr().is_terminal();
    let in_shard = list
        .agencies
        .iter()
        .filter(|a| args.shard.is_none_or(|s| s.contains(&a.key())))
        .count();
    let watch = Watch {
        bar: (!args.quiet && terminal).then(|| {
            let bar = indicatif::ProgressBar::new(in_shard as u64);
            bar.set_style(
                indicatif::ProgressStyle::with_template(
                    "{elapsed_precise} [{bar:30}] {pos}/{len} agencies · {msg} · ETA {eta}",
                )
                .expect("a valid template")
                .progress_chars("=> "),
            );
            bar.enable_steady_tick(Duration::from_millis(500));
            bar
        }),
        lines: !args.quiet && !terminal,
    };
    let result = batch::run(
        &list,
        args.shard,
        &output,
        previous.as_ref(),
        &options,
        cancel_rx,
        &watch,
    )
    .await;
    if let Some(bar) = &watch.bar {
        bar.finish_and_clear();
    }
    let outcome = match result {
        Ok(outcome) => outcome,
        Err(e) => return fail(EXIT_RUNTIME, e),
    };
    let count = |status: Status| outcome.rows.iter().filter(|r| r.status == status).count();
    let shard = args
        .shard
        .map(|s| format!(" (shard {}/{})", s.index, s.count))
        .unwrap_or_default();
    eprintln!(
        "{} agencies{shard}: {} done, {} partial, {} failed, {} pending ({} from an earlier run); summary: {}",
        outcome.counts.total,
        count(Status::Done),
        count(Status::Partial),
        count(Status::Failed),
        count(Status::Pending),
        outcome.counts.earlier,
        outcome.summary.display()
    );
    if outcome.interrupted {
        eprintln!(
            "interrupted: run the same command again to go on; finished agencies are not fetched again (exit code {EXIT_INCOMPLETE})"
        );
        return ExitCode::from(EXIT_INCOMPLETE);
    }
    ExitCode::SUCCESS
}

/// Ctrl-C, and SIGTERM (what Kubernetes sends a pod it stops), listened to from the moment they
/// are made: a signal that comes before the listening task first runs is not lost.
struct StopSignals {
    #[cfg(unix)]
    interrupt: Option<tokio::signal::unix::Signal>,
    #[cfg(unix)]
    terminate: Option<tokio::signal::unix::Signal>,
}

impl StopSignals {
    fn new() -> StopSignals {
        #[cfg(unix)]
        {
            use tokio::signal::unix::{SignalKind, signal};
            StopSignals {
                interrupt: signal(SignalKind::interrupt()).ok(),
                terminate: signal(SignalKind::terminate()).ok(),
            }
        }
        #[cfg(not(unix))]
        StopSignals {}
    }

    /// The next signal (never, when none can be listened to).
    async fn next(&mut self) -> bool {
        #[cfg(unix)]
        {
            async fn recv(signal: &mut Option<tokio::signal::unix::Signal>) {
                let received = match signal {
                    Some(s) => s.recv().await.is_some(),
                    None => false,
                };
                if !received {
                    std::future::pending::<()>().await;
                }
            }
            tokio::select! {
                () = recv(&mut self.interrupt) => true,
                () = recv(&mut self.terminate) => true,
            }
        }
        #[cfg(not(unix))]
        {
            tokio::signal::ctrl_c().await.is_ok()
        }
    }
}

/// `oitcheck batch merge`: exit 0 merged; 1 a part cannot be read or agencies of `--list` are
/// in no part; 3 a bad list.
fn merge(parts: &[PathBuf], output: Option<&Path>, list_path: Option<&Path>) -> ExitCode {
    let mut read = Vec::new();
    for part in parts {
        let path = if part.is_dir() {
            part.join("summary.csv")
        } else {
            part.clone()
        };
        match summary::read(&path) {
            Ok(rows) => read.push(rows),
            Err(e) => return fail(EXIT_RUNTIME, e),
        }
    }
    let (rows, notes) = summary::merge(read);
    for note in &notes {
        eprintln!("note: {note}");
    }
    let bytes = summary::to_csv(&rows);
    let written = match output {
        Some(path) => std::fs::write(path, &bytes)
            .map_err(|e| format!("cannot write {}: {e}", path.display())),
        None => {
            use std::io::Write;
            std::io::stdout()
                .write_all(&bytes)
                .map_err(|e| format!("cannot write the summary: {e}"))
        }
    };
    if let Err(e) = written {
        return fail(EXIT_RUNTIME, e);
    }
    let count = |status: Status| rows.iter().filter(|r| r.status == status).count();
    eprintln!(
        "{} agencies from {} summaries: {} done, {} partial, {} failed, {} pending",
        rows.len(),
        parts.len(),
        count(Status::Done),
        count(Status::Partial),
        count(Status::Failed),
        count(Status::Pending)
    );
    if let Some(list_path) = list_path {
        // any checklist loads the list; only its rows and URLs are compared
        let list = match list::read(list_path, "ita-2569") {
            Ok(list) => list,
            Err(e) => return fail(EXIT_USAGE, e),
        };
        let present: std::collections::HashSet<&str> =
            rows.iter().map(|r| r.url.as_str()).collect();
        let missing: Vec<String> = list
            .agencies
            .iter()
            .filter(|a| !present.contains(a.url.as_str()))
            .map(|a| format!("row {} ({})", a.row, a.url))
            .collect();
        if !missing.is_empty() {
            let shown: Vec<&str> = missing.iter().take(20).map(String::as_str).collect();
            return fail(
                EXIT_RUNTIME,
                format!(
                    "{} agencies of {} are in no summary: {}{}; a shard has not run, or ran with another list",
                    missing.len(),
                    list_path.display(),
                    shown.join(", "),
                    if missing.len() > 20 { ", …" } else { "" }
                ),
            );
        }
    }
    ExitCode::SUCCESS
}
