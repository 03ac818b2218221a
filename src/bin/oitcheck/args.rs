//! The command line as written (clap's structs) and its validation into the library's typed
//! options: every flag is checked once, here, before anything is fetched.

use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, Parser, Subcommand, ValueEnum};
use oitcheck::{CrawlConfig, FetchConfig, ScanOptions};

use crate::formatters::Format;

#[derive(Parser)]
#[command(
    name = "oitcheck",
    version,
    about = "Check a Thai agency website against the NACC ITA OIT checklist",
    long_about = None,
    after_help = "Exit codes: 0 done, 1 runtime error (site unreachable), 2 OIT score below --fail-under, 3 checklist or usage error."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
    /// Crawl a site and answer every checklist item with evidence and the OIT score.
    Scan {
        /// The agency's main website, e.g. https://www.example.go.th/
        url: String,
        #[command(flatten)]
        options: ScanArgs,
    },
    /// Serve the bundled sample agency site on 127.0.0.1 and scan it (no internet needed).
    Demo {
        #[command(flatten)]
        options: ScanArgs,
    },
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
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Also scan the real agency sites in this folder and list what oitcheck answered.
        #[arg(long)]
        real: Option<PathBuf>,
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

#[derive(Args, Clone)]
pub struct ScanArgs {
    /// Checklist name (ita-2569) or path to a YAML file.
    #[arg(long, default_value = "ita-2569")]
    pub checklist: String,
    /// Assess this fiscal year (Buddhist era) instead of the checklist's; shifts every year rule.
    #[arg(long, value_parser = clap::value_parser!(u16).range(2500..2700))]
    pub fiscal_year: Option<u16>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Write the report to FILE instead of standard output.
    #[arg(long, short)]
    pub output: Option<PathBuf>,
    /// Stop after this many HTML pages.
    #[arg(long, default_value_t = CrawlConfig::DEFAULT_MAX_PAGES)]
    pub max_pages: usize,
    /// Do not follow links deeper than this many clicks from the start page.
    #[arg(long, default_value_t = CrawlConfig::DEFAULT_MAX_DEPTH)]
    pub max_depth: u32,
    /// Stop crawling after this long: seconds, or with a unit (90s, 10m, 1h).
    #[arg(long, default_value_t = HumanDuration(CrawlConfig::DEFAULT_TIME_LIMIT), value_parser = parse_duration)]
    pub time_limit: HumanDuration,
    /// Requests per second to the site.
    #[arg(long, default_value_t = FetchConfig::DEFAULT_RATE)]
    pub rate: f64,
    /// Requests in flight at once.
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
    /// Exit with code 2 when the OIT score is below this.
    #[arg(long)]
    pub fail_under: Option<f64>,
    /// IIT score, to compute the weighted ITA total (needs --eit).
    #[arg(long, requires = "eit")]
    pub iit: Option<f64>,
    /// EIT score, to compute the weighted ITA total (needs --iit).
    #[arg(long, requires = "iit")]
    pub eit: Option<f64>,
    /// When to colour the output.
    #[arg(long, value_enum, default_value_t = Color::Auto)]
    pub color: Color,
    /// No progress bar.
    #[arg(long, short)]
    pub quiet: bool,
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

fn parse_duration(text: &str) -> Result<HumanDuration, String> {
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
        let mut fetch = FetchConfig {
            rate: self.rate,
            concurrency: self.concurrency,
            insecure: self.insecure,
            ..FetchConfig::default()
        };
        if let Some(agent) = &self.user_agent {
            fetch.user_agent = agent.clone();
        }
        Ok(ScanOptions {
            fetch,
            crawl: CrawlConfig {
                max_pages: self.max_pages,
                max_depth: self.max_depth,
                time_limit: self.time_limit.0,
                respect_robots: !self.ignore_robots,
                workers: self.concurrency,
                render: oitcheck::render::RenderConfig {
                    mode: match self.render {
                        Render::Never => oitcheck::render::RenderMode::Never,
                        Render::Auto => oitcheck::render::RenderMode::Auto,
                        Render::Always => oitcheck::render::RenderMode::Always,
                    },
                    ..Default::default()
                },
                ..CrawlConfig::default()
            },
            fiscal_year: self.fiscal_year,
            iit: self.iit,
            eit: self.eit,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
