//! `oitcheck verify`: its flags, validated into the library's options, the verification, and the
//! report in the format asked for (text, JSON or CSV).

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{ArgGroup, Args, ValueEnum};
use oitcheck::checklist;
use oitcheck::fetch::FetchConfig;
use oitcheck::rules::Rules;
use oitcheck::verify::{self, Input, VerifyOptions, VerifyReport};
use url::Url;

use crate::formatters::{to_json, verify_csv, verify_text};
use crate::{EXIT_RUNTIME, EXIT_USAGE, fail, parse_start_url};

/// Output formats of `verify`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum VerifyFormat {
    /// For people, in a terminal.
    Text,
    /// The report as JSON (items keep `id` and add `verdict`); reads back as a sheet.
    Json,
    /// One row per item, in checklist order (UTF-8 with a BOM, for Excel).
    Csv,
}

#[derive(Args, Clone)]
#[command(group(ArgGroup::new("submission").required(true).args(["answers", "ita_page"])))]
pub struct VerifyArgs {
    /// The agency's main website, e.g. https://www.example.go.th/ (its host and www twin are "on site").
    #[arg(long)]
    pub site: String,
    /// The answer sheet: CSV, XLSX, YAML or JSON with columns item, answer (มี/ไม่มี), url, note;
    /// or the JSON of a saved `oitcheck scan` or `oitcheck verify` report.
    #[arg(long, value_name = "FILE")]
    pub answers: Option<PathBuf>,
    /// The agency's own ITA/OIT index page, read as its submission.
    #[arg(long, value_name = "URL")]
    pub ita_page: Option<String>,
    /// Checklist name (ita-2569) or path to a YAML file.
    #[arg(long, default_value = "ita-2569")]
    pub checklist: String,
    /// Assess this fiscal year (Buddhist era) instead of the checklist's.
    #[arg(long, value_parser = clap::value_parser!(u16).range(2500..2700))]
    pub fiscal_year: Option<u16>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = VerifyFormat::Text)]
    pub format: VerifyFormat,
    /// Write the report to FILE instead of standard output.
    #[arg(long, short)]
    pub output: Option<PathBuf>,
    /// Requests per second to each host.
    #[arg(long, default_value_t = FetchConfig::DEFAULT_RATE)]
    pub rate: f64,
    /// Requests in flight at once to each host.
    #[arg(long, default_value_t = FetchConfig::DEFAULT_CONCURRENCY)]
    pub concurrency: usize,
    /// The User-Agent header sent.
    #[arg(long)]
    pub user_agent: Option<String>,
    /// Accept invalid TLS certificates (the report says so).
    #[arg(long)]
    pub insecure: bool,
    /// Colour the text report: auto, always or never.
    #[arg(long, value_enum, default_value_t = crate::args::Color::Auto)]
    pub color: crate::args::Color,
    /// Exit with code 2 when the verified OIT score (the assessor's, not the claimed) is below
    /// this (0–100).
    #[arg(long)]
    pub fail_under: Option<f64>,
}

impl VerifyArgs {
    fn options(&self) -> Result<VerifyOptions, String> {
        crate::args::check_score("--fail-under", self.fail_under)?;
        let fetch = crate::args::fetch_config(
            self.rate,
            self.concurrency,
            self.insecure,
            self.user_agent.as_deref(),
        )?;
        Ok(VerifyOptions {
            fetch,
            fiscal_year: self.fiscal_year,
            ..VerifyOptions::default()
        })
    }
}

/// Runs `oitcheck verify`. Exit codes: 0 verified (whatever the verdicts), 1 runtime error (the
/// ITA page cannot be read, the report cannot be written), 2 the verified score is below
/// `--fail-under`, 3 usage error or a bad sheet.
pub async fn run(args: &VerifyArgs) -> ExitCode {
    // a site given without a scheme is taken as https (a scan falls back to http; verify does
    // not yet, and says so if the site cannot be read)
    let site = match parse_start_url(&args.site) {
        Ok((site, _guessed)) => site,
        Err(message) => return fail(EXIT_USAGE, format!("--site: {message}")),
    };
    let checklist = match checklist::load(&args.checklist) {
        Ok(c) => c,
        Err(e) => return fail(EXIT_USAGE, e),
    };
    let options = match args.options() {
        Ok(options) => options,
        Err(message) => return fail(EXIT_USAGE, message),
    };
    let input = match (&args.answers, &args.ita_page) {
        (Some(path), _) => {
            let rules = Rules::new(&checklist);
            match verify::sheet::read(path, &checklist, &rules, &site) {
                Ok(submission) => Input::Submission(submission),
                Err(e) => return fail(EXIT_USAGE, e),
            }
        }
        (None, Some(page)) => match ita_page_url(page, &site) {
            Ok(url) => Input::ItaPage(url),
            Err(message) => return fail(EXIT_USAGE, format!("--ita-page: {message}")),
        },
        (None, None) => return fail(EXIT_USAGE, "give --answers FILE or --ita-page URL"),
    };
    if let Some(path) = &args.output
        && let Err(e) = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)
    {
        return fail(
            EXIT_USAGE,
            format!("cannot write the report to {}: {e}", path.display()),
        );
    }
    let report = match verify::verify(&site, input, &checklist, &options).await {
        Ok(report) => report,
        Err(e) => return fail(EXIT_RUNTIME, e),
    };
    if let Err(e) = write(&report, args) {
        return fail(EXIT_RUNTIME, e);
    }
    if let Some(threshold) = args.fail_under
        && report.score.oit < threshold
    {
        eprintln!(
            "verified OIT score {:.2} is below --fail-under {threshold}",
            report.score.oit
        );
        return ExitCode::from(crate::EXIT_BELOW);
    }
    ExitCode::SUCCESS
}

/// The ITA page's URL: a full address, or a path on the site.
fn ita_page_url(text: &str, site: &Url) -> Result<Url, String> {
    if text.starts_with('/') {
        return site
            .join(text)
            .map_err(|e| format!("`{text}` is not a path on the site ({e})"));
    }
    parse_start_url(text).map(|(url, _)| url)
}

fn write(report: &VerifyReport, args: &VerifyArgs) -> Result<(), String> {
    let color = match args.color {
        crate::args::Color::Always => true,
        crate::args::Color::Never => false,
        crate::args::Color::Auto => {
            args.output.is_none()
                && std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    };
    let rendered: Vec<u8> = match args.format {
        VerifyFormat::Text => verify_text::render(report, color).into_bytes(),
        VerifyFormat::Json => to_json(report).into_bytes(),
        VerifyFormat::Csv => verify_csv::render(report),
    };
    match &args.output {
        Some(path) => std::fs::write(path, rendered)
            .map_err(|e| format!("cannot write the report to {}: {e}", path.display())),
        None => {
            use std::io::Write;
            std::io::stdout()
                .write_all(&rendered)
                .map_err(|e| format!("cannot write the report: {e}"))
        }
    }
}
