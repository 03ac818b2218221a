//! The command line as written (clap's structs) and its validation into the library's typed
//! options: every flag is checked once, here, before anything is fetched.

use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, Parser, Subcommand, ValueEnum};
use oitcheck::{CrawlConfig, FetchConfig, ScanOptions};

use crate::formatters::{Format, Lang};

/// What `--help` shows after the flags: examples, then the exit codes (the README lists the
/// same codes).
const AFTER_HELP: &str = "\
Examples:
  oitcheck demo                          scan the bundled sample site (no internet needed)
  oitcheck scan www.example.go.th        scan a site (https, then http); the report in Thai
  oitcheck scan https://www.example.go.th/ --format html -o report.html
  oitcheck scan https://www.example.go.th/ --format json -o scan.json --time-limit 20m
  oitcheck report scan.json --format csv -o answers.csv      the NACC answer sheet
  oitcheck report scan.json --format plan-csv -o plan.csv    the improvement plan
  oitcheck diff last-month.json scan.json                    what changed since then
  oitcheck inspect ./plan-2569.pdf       why one file does or does not count
  oitcheck verify --site https://www.example.go.th/ --answers sheet.xlsx    check a submitted answer sheet
  oitcheck verify --site https://www.example.go.th/ --ita-page https://www.example.go.th/ita/
  oitcheck batch agencies.csv -o results/        scan a list of agencies (run again to resume)

Exit codes:
  0    done (scan: the crawl covered the site)
  1    runtime error: the site or a file could not be read (a scan still writes its report)
  2    the OIT score is below --fail-under
  3    usage or checklist error: bad flags, a bad checklist, a bad answer sheet, an --output that cannot be written
  4    the crawl stopped early (--time-limit, --max-pages, Ctrl-C): the report covers only what was read
       (batch: interrupted; run the same command again to go on)
  130  Ctrl-C pressed twice: quit at once, no report";

#[derive(Parser)]
#[command(
    name = "oitcheck",
    version,
    about = "Check a Thai agency website against the NACC ITA OIT checklist",
    long_about = None,
    after_help = AFTER_HELP,
)]
pub struct Cli {
    /// When to colour terminal output: auto (a terminal, and NO_COLOR unset), always or never.
    #[arg(long, value_enum, default_value_t = Color::Auto, global = true)]
    pub color: Color,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
    /// Crawl a site and answer every checklist item with evidence and the OIT score.
    #[command(after_help = AFTER_HELP)]
    Scan {
        /// The agency's main website, e.g. https://www.example.go.th/ (without a scheme, https
        /// is tried first, then http).
        url: String,
        #[command(flatten)]
        options: ScanArgs,
    },
    /// Serve the bundled sample agency site on 127.0.0.1 and scan it (no internet needed).
    Demo {
        #[command(flatten)]
        options: ScanArgs,
    },
    /// Verify what an agency submitted (an answer sheet, or its own ITA page), item by item, as an assessor does; no crawl.
    Verify(crate::verify::VerifyArgs),
    /// Scan (or verify) a list of agencies, many at once, each host polite; resumable, shardable.
    Batch(crate::batch::BatchArgs),
    /// Show what oitcheck sees in one page or document: text, years, and each item's judgement.
    Inspect {
        /// A URL or a local file (PDF, DOCX, XLSX, CSV, HTML).
        target: String,
        /// Checklist name (ita-2569) or path to a YAML file.
        #[arg(long, default_value = "ita-2569")]
        checklist: String,
        /// Assess this fiscal year (Buddhist era) instead of the checklist's.
        #[arg(long, value_parser = clap::value_parser!(u16).range(2500..2700))]
        fiscal_year: Option<u16>,
    },
    /// Re-render a saved scan (from `scan --format json`) in another format, without crawling.
    Report {
        /// A scan result saved with `--format json`.
        file: PathBuf,
        #[command(flatten)]
        output: OutputArgs,
    },
    /// Compare two saved scans of a site: answers that changed, evidence that disappeared, the
    /// score change.
    Diff {
        /// The older scan (JSON from `scan --format json`).
        old: PathBuf,
        /// The newer scan.
        new: PathBuf,
        /// text, md or json.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// The language of labels and reasons (default: the checklist's).
        #[arg(long, value_enum)]
        lang: Option<Lang>,
        /// Write the comparison to FILE instead of standard output.
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
    /// Work with checklists.
    Checklist {
        #[command(subcommand)]
        command: ChecklistCommand,
    },
    /// (development) Serve a fixture site folder on 127.0.0.1 (format: tests/corpus/FORMAT.md).
    Serve {
        /// The site's root folder.
        dir: PathBuf,
        /// The port to listen on.
        #[arg(long, default_value_t = 8000)]
        port: u16,
    },
    /// (development) Measure accuracy: scan every labelled fixture site under DIR against its labels.
    Eval {
        /// A corpus folder (tests/corpus) or one labelled site folder.
        #[arg(default_value = "tests/corpus")]
        dir: PathBuf,
        /// text or json.
        #[arg(long, value_enum, default_value_t = EvalFormat::Text)]
        format: EvalFormat,
        /// Also scan the real agency sites in this folder and list what oitcheck answered.
        #[arg(long)]
        real: Option<PathBuf>,
        /// Which pages to read in headless Chromium (tests/corpus-render needs auto).
        #[arg(long, value_enum, default_value_t = Render::Never)]
        render: Render,
    },
}

#[derive(Subcommand)]
pub enum ChecklistCommand {
    /// Check a checklist file (or a shipped checklist's name) and report problems with line and column.
    Validate {
        /// A path to a YAML file, or a shipped checklist's name.
        file: String,
    },
    /// List the shipped checklists.
    List,
}

/// The output flags shared by `scan`, `demo` and `report`.
#[derive(Args, Clone)]
pub struct OutputArgs {
    /// Output format: text (people), json (programs, and to re-render or diff later), html (one
    /// file to open, share and print), md (chat, tickets), csv (the NACC answer sheet),
    /// plan-csv (the improvement plan).
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// The language of labels and reasons: th or en (default: the checklist's, Thai for ita-2569).
    #[arg(long, value_enum)]
    pub lang: Option<Lang>,
    /// Write the report to FILE instead of standard output (checked before anything is crawled).
    #[arg(long, short)]
    pub output: Option<PathBuf>,
}

/// `eval`'s output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum EvalFormat {
    /// For people.
    Text,
    /// For programs.
    Json,
}

/// When to colour the terminal output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Color {
    /// When writing to a terminal and `NO_COLOR` is not set.
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

/// Which pages to render in headless Chromium (`oitcheck::render::RenderMode`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Render {
    /// None; the report counts the pages that look built by script.
    Never,
    /// Pages that look built by script (scripts, and an empty menu or almost no links).
    Auto,
    /// Every page (slow: a browser start per page).
    Always,
}

impl Render {
    /// The library's mode.
    pub fn mode(self) -> oitcheck::render::RenderMode {
        match self {
            Render::Never => oitcheck::render::RenderMode::Never,
            Render::Auto => oitcheck::render::RenderMode::Auto,
            Render::Always => oitcheck::render::RenderMode::Always,
        }
    }
}

#[derive(Args, Clone)]
pub struct ScanArgs {
    /// Checklist name (ita-2569) or path to a YAML file.
    #[arg(long, default_value = "ita-2569")]
    pub checklist: String,
    /// Assess this fiscal year (Buddhist era) instead of the checklist's; shifts every year rule.
    #[arg(long, value_parser = clap::value_parser!(u16).range(2500..2700))]
    pub fiscal_year: Option<u16>,
    #[command(flatten)]
    pub out: OutputArgs,
    /// Stop after this many HTML pages (at least 1).
    #[arg(long, default_value_t = CrawlConfig::DEFAULT_MAX_PAGES)]
    pub max_pages: usize,
    /// Stop reading documents (PDF, DOCX, XLSX, CSV) after this many.
    #[arg(long, default_value_t = CrawlConfig::DEFAULT_MAX_DOCUMENTS)]
    pub max_documents: usize,
    /// Do not follow links deeper than this many clicks from the start page (at least 1).
    #[arg(long, default_value_t = CrawlConfig::DEFAULT_MAX_DEPTH)]
    pub max_depth: u32,
    /// Stop crawling after this long: seconds, or with a unit (90s, 10m, 1h).
    #[arg(long, default_value_t = HumanDuration(CrawlConfig::DEFAULT_TIME_LIMIT), value_parser = parse_duration)]
    pub time_limit: HumanDuration,
    /// Requests per second to the site (above 0).
    #[arg(long, default_value_t = FetchConfig::DEFAULT_RATE)]
    pub rate: f64,
    /// Requests in flight at once (at least 1).
    #[arg(long, default_value_t = FetchConfig::DEFAULT_CONCURRENCY)]
    pub concurrency: usize,
    /// Crawl pages that robots.txt disallows (for your own site).
    #[arg(long)]
    pub ignore_robots: bool,
    /// The User-Agent header sent.
    #[arg(long)]
    pub user_agent: Option<String>,
    /// Accept invalid TLS certificates (the report says so).
    #[arg(long)]
    pub insecure: bool,
    /// Run pages' scripts in headless Chromium to find links that script-built menus add
    /// (needs the chromium package; runs the site's scripts, so off by default).
    #[arg(long, value_enum, default_value_t = Render::Never)]
    pub render: Render,
    /// Read every page and document within the budgets, even after every item is decided
    /// (by default the crawl stops once nothing still queued could change an answer).
    #[arg(long)]
    pub no_early_stop: bool,
    /// Exit with code 2 when the OIT score is below this (0–100).
    #[arg(long)]
    pub fail_under: Option<f64>,
    /// IIT score (0–100), to compute the weighted ITA total (needs --eit).
    #[arg(long, requires = "eit")]
    pub iit: Option<f64>,
    /// EIT score (0–100), to compute the weighted ITA total (needs --iit).
    #[arg(long, requires = "iit")]
    pub eit: Option<f64>,
    /// No progress bar.
    #[arg(long, short)]
    pub quiet: bool,
    /// List every page and document as it is read (on standard error).
    #[arg(long, short)]
    pub verbose: bool,
}

/// A duration as people write it (`600`, `90s`, `10m`), shown back the same way.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct HumanDuration(pub Duration);

impl std::fmt::Display for HumanDuration {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let seconds = self.0.as_secs();
        if seconds > 0 && seconds.is_multiple_of(60) && self.0.subsec_nanos() == 0 {
            write!(f, "{}m", seconds / 60)
        } else {
            write!(f, "{}s", self.0.as_secs_f64())
        }
    }
}

pub fn parse_duration(text: &str) -> Result<HumanDuration, String> {
    let text = text.trim();
    let (number, unit) = text
        .find(|c: char| !c.is_ascii_digit() && c != '.')
        .map_or((text, "s"), |i| text.split_at(i));
    let value: f64 = number
        .parse()
        .map_err(|_| format!("`{text}` is not a duration; write 600, 90s or 10m"))?;
    let seconds = match unit {
        "s" | "" => value,
        "m" | "min" => value * 60.0,
        "h" => value * 3600.0,
        _ => return Err(format!("unknown unit `{unit}` in `{text}`; use s, m or h")),
    };
    // a week is more than any crawl needs; beyond it, a typo (and Duration's limit) is likelier
    if !(seconds > 0.0 && seconds <= 7.0 * 24.0 * 3600.0) {
        return Err(format!(
            "`{text}` is not a usable time limit; give a positive duration up to a week (e.g. 10m)"
        ));
    }
    Ok(HumanDuration(Duration::from_secs_f64(seconds)))
}

impl ScanArgs {
    /// The scan's options, or what is wrong with the flags.
    pub fn options(&self) -> Result<ScanOptions, String> {
        if !(self.rate > 0.0 && self.rate.is_finite()) || self.concurrency == 0 {
            return Err("--rate and --concurrency must be above 0".into());
        }
        if self.max_pages == 0 {
            return Err("--max-pages must be at least 1 (the start page)".into());
        }
        if self.max_depth == 0 {
            return Err(
                "--max-depth must be at least 1: at 0 only the start page would be read".into(),
            );
        }
        for (flag, value) in [
            ("--fail-under", self.fail_under),
            ("--iit", self.iit),
            ("--eit", self.eit),
        ] {
            check_score(flag, value)?;
        }
        let fetch = fetch_config(
            self.rate,
            self.concurrency,
            self.insecure,
            self.user_agent.as_deref(),
        )?;
        Ok(ScanOptions {
            fetch,
            crawl: CrawlConfig {
                max_pages: self.max_pages,
                max_documents: self.max_documents,
                max_depth: self.max_depth,
                time_limit: self.time_limit.0,
                respect_robots: !self.ignore_robots,
                workers: self.concurrency,
                render: oitcheck::render::RenderConfig {
                    mode: self.render.mode(),
                    ..Default::default()
                },
                early_stop: !self.no_early_stop,
                ..CrawlConfig::default()
            },
            fiscal_year: self.fiscal_year,
            iit: self.iit,
            eit: self.eit,
        })
    }
}

/// The HTTP settings the politeness flags of `scan` and `verify` give, or what is wrong with them.
/// A score flag (`--fail-under`, `--iit`, `--eit`) is a score from 0 to 100 when given.
pub fn check_score(flag: &str, value: Option<f64>) -> Result<(), String> {
    match value {
        Some(v) if !(0.0..=100.0).contains(&v) => {
            Err(format!("{flag} must be a score from 0 to 100, not {v}"))
        }
        _ => Ok(()),
    }
}

pub fn fetch_config(
    rate: f64,
    concurrency: usize,
    insecure: bool,
    user_agent: Option<&str>,
) -> Result<FetchConfig, String> {
    if !(rate > 0.0 && rate.is_finite()) || concurrency == 0 {
        return Err("--rate and --concurrency must be above 0".into());
    }
    let mut fetch = FetchConfig {
        rate,
        concurrency,
        insecure,
        ..FetchConfig::default()
    };
    if let Some(agent) = user_agent {
        fetch.user_agent = agent.to_string();
    }
    Ok(fetch)
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn every_flag_and_command_is_described() {
        let cli = Cli::command();
        cli.clone().debug_assert();
        fn walk(command: &clap::Command, path: &str, missing: &mut Vec<String>) {
            for arg in command.get_arguments() {
                let id = arg.get_id().as_str();
                if id == "help" || id == "version" {
                    continue;
                }
                if arg
                    .get_help()
                    .is_none_or(|h| h.to_string().trim().is_empty())
                {
                    missing.push(format!("{path} {id}"));
                }
            }
            for sub in command.get_subcommands() {
                if sub.get_name() == "help" {
                    continue;
                }
                if sub.get_about().is_none() {
                    missing.push(format!("{path} {} (command)", sub.get_name()));
                }
                walk(sub, &format!("{path} {}", sub.get_name()), missing);
            }
        }
        let mut missing = Vec::new();
        walk(&cli, "oitcheck", &mut missing);
        assert!(missing.is_empty(), "undescribed: {missing:?}");
        let help = cli.clone().render_help().to_string();
        assert!(
            help.contains("Exit codes:") && help.contains("Examples:"),
            "{help}"
        );
        for code in ["0 ", "1 ", "2 ", "3 ", "4 ", "130"] {
            assert!(
                help.contains(&format!("\n  {code}")),
                "exit code {code} listed"
            );
        }
    }

    #[test]
    fn durations_in_people_units_and_never_a_panic() {
        assert_eq!(parse_duration("90s").unwrap().0, Duration::from_secs(90));
        assert_eq!(parse_duration("10m").unwrap().0, Duration::from_secs(600));
        assert_eq!(parse_duration("600").unwrap().0, Duration::from_secs(600));
        assert!(parse_duration("99999999999999999999").is_err());
        assert!(parse_duration("0").is_err());
        assert!(parse_duration("-5").is_err());
        assert!(parse_duration("5y").is_err());
        assert_eq!(HumanDuration(Duration::from_secs(600)).to_string(), "10m");
    }
}
