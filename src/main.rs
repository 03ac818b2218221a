//! The `oitcheck` command line.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::{Args, Parser, Subcommand};
use oitcheck::checklist;
use oitcheck::crawl::{CrawlConfig, Progress, Quiet};
use oitcheck::fetch::FetchConfig;
use oitcheck::report::{self, Format};
use oitcheck::scan::{self, ScanOptions, ScanReport};
use oitcheck::serve;
use url::Url;

/// Exit codes: 0 scan completed, 1 runtime error, 2 score below --fail-under, 3 checklist or usage error.
const EXIT_RUNTIME: u8 = 1;
const EXIT_BELOW: u8 = 2;
const EXIT_USAGE: u8 = 3;

#[derive(Parser)]
#[command(name = "oitcheck", version, about = "Check a Thai agency website against the NACC ITA OIT checklist", long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
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
    /// Serve a fixture site folder on 127.0.0.1 (format: tests/corpus/FORMAT.md).
    Serve {
        dir: PathBuf,
        #[arg(long, default_value_t = 8000)]
        port: u16,
    },
    /// Measure accuracy: scan every labelled fixture site under DIR and compare with its labels.
    Eval {
        /// A corpus folder (tests/corpus) or one labelled site folder.
        #[arg(default_value = "tests/corpus")]
        dir: PathBuf,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Also scan the real agency sites in this folder (default ../shared/sites/real, when present)
        /// and list what oitcheck answered, as a smoke check.
        #[arg(long)]
        real: Option<PathBuf>,
    },
    /// Show what oitcheck sees in one page or document: text, years, matching items and elements.
    Inspect {
        /// A URL or a local file (PDF, DOCX, XLSX, CSV, HTML).
        target: String,
        #[arg(long, default_value = "ita-2569")]
        checklist: String,
        #[arg(long, value_parser = clap::value_parser!(u16).range(2500..2700))]
        fiscal_year: Option<u16>,
    },
    /// Work with checklists.
    Checklist {
        #[command(subcommand)]
        command: ChecklistCommand,
    },
}

#[derive(Subcommand)]
enum ChecklistCommand {
    /// Check a checklist file (or a shipped checklist's name) and report problems with line and column.
    Validate { file: String },
    /// List the shipped checklists.
    List,
}

#[derive(Args, Clone)]
struct ScanArgs {
    /// Checklist name (ita-2569) or path to a YAML file.
    #[arg(long, default_value = "ita-2569")]
    checklist: String,
    /// Assess this fiscal year (Buddhist era) instead of the checklist's; shifts every year rule.
    #[arg(long, value_parser = clap::value_parser!(u16).range(2500..2700))]
    fiscal_year: Option<u16>,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Write the report to FILE instead of standard output.
    #[arg(long, short)]
    output: Option<PathBuf>,
    /// Stop after this many HTML pages.
    #[arg(long, default_value_t = 500)]
    max_pages: usize,
    /// Stop reading documents (PDF, DOCX, XLSX, CSV) after this many.
    #[arg(long, default_value_t = 300)]
    max_documents: usize,
    /// Do not follow links deeper than this many clicks from the start page.
    #[arg(long, default_value_t = 6)]
    max_depth: u32,
    /// Stop crawling after this long: seconds, or with a unit (90s, 10m).
    #[arg(long, default_value = "10m", value_parser = parse_duration)]
    time_limit: Duration,
    /// Requests per second to the site.
    #[arg(long, default_value_t = 2.0)]
    rate: f64,
    /// Requests in flight at once.
    #[arg(long, default_value_t = 2)]
    concurrency: usize,
    /// Crawl pages that robots.txt disallows (for your own site).
    #[arg(long)]
    ignore_robots: bool,
    /// The User-Agent header sent.
    #[arg(long)]
    user_agent: Option<String>,
    /// Accept invalid TLS certificates.
    #[arg(long)]
    insecure: bool,
    /// Exit with code 2 when the OIT score is below this.
    #[arg(long)]
    fail_under: Option<f64>,
    /// IIT score, to compute the weighted ITA total (needs --eit).
    #[arg(long, requires = "eit")]
    iit: Option<f64>,
    /// EIT score, to compute the weighted ITA total (needs --iit).
    #[arg(long, requires = "iit")]
    eit: Option<f64>,
    /// No progress bar.
    #[arg(long, short)]
    quiet: bool,
}

fn parse_duration(text: &str) -> Result<Duration, String> {
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
    Ok(Duration::from_secs_f64(seconds))
}

struct Bar(indicatif::ProgressBar);

impl Progress for Bar {
    fn fetched(&self, url: &Url, pages: usize, queued: usize) {
        self.0.set_message(format!(
            "{pages} pages read, {queued} queued · {}",
            url.path()
        ));
        self.0.tick();
    }
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return match e.kind() {
                clap::error::ErrorKind::DisplayHelp | clap::error::ErrorKind::DisplayVersion => {
                    ExitCode::SUCCESS
                }
                _ => ExitCode::from(EXIT_USAGE),
            };
        }
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::from(EXIT_RUNTIME);
        }
    };
    let code = runtime.block_on(run(cli));
    // A document parser past its deadline may still be running on a blocking thread (a thread
    // cannot be stopped); dropping the runtime would wait for it, and a finished scan would not
    // exit. The report is written by now: give such threads a moment, then leave.
    runtime.shutdown_timeout(Duration::from_secs(1));
    code
}

async fn run(cli: Cli) -> ExitCode {
    match cli.command {
        Command::Scan { url, options } => {
            let start = match parse_start_url(&url) {
                Ok(u) => u,
                Err(message) => {
                    eprintln!("error: {message}");
                    return ExitCode::from(EXIT_USAGE);
                }
            };
            run_scan(&start, &options).await
        }
        Command::Demo { mut options } => {
            let site = match serve::Site::embedded(&oitcheck::DEMO_SITE) {
                Ok(site) => site,
                Err(e) => {
                    eprintln!("error: the bundled demo site is broken: {e}");
                    return ExitCode::from(EXIT_RUNTIME);
                }
            };
            let (addr, server) = match serve::serve(site, 0).await {
                Ok(s) => s,
                Err(e) => {
                    eprintln!("error: cannot listen on 127.0.0.1: {e}");
                    return ExitCode::from(EXIT_RUNTIME);
                }
            };
            eprintln!(
                "serving the sample agency site (fictional อบต.บ้านตัวอย่าง) on http://{addr}/ and scanning it"
            );
            // loopback: no need to be slow
            options.rate = options.rate.max(50.0);
            options.concurrency = options.concurrency.max(4);
            let start = Url::parse(&format!("http://{addr}/")).expect("loopback URL");
            let code = run_scan(&start, &options).await;
            server.abort();
            code
        }
        Command::Serve { dir, port } => {
            let site = match serve::Site::from_dir(&dir) {
                Ok(site) => site,
                Err(e) => {
                    eprintln!("error: {e}");
                    return ExitCode::from(EXIT_USAGE);
                }
            };
            match serve::serve(site, port).await {
                Ok((addr, server)) => {
                    eprintln!(
                        "serving {} on http://{addr}/ (Ctrl-C to stop)",
                        dir.display()
                    );
                    let _ = tokio::signal::ctrl_c().await;
                    server.abort();
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("error: cannot listen on 127.0.0.1:{port}: {e}; try another --port");
                    ExitCode::from(EXIT_RUNTIME)
                }
            }
        }
        Command::Inspect {
            target,
            checklist: name,
            fiscal_year,
        } => {
            let checklist = match checklist::load(&name) {
                Ok(c) => c,
                Err(e) => {
                    eprintln!("error: {e}");
                    return ExitCode::from(EXIT_USAGE);
                }
            };
            match oitcheck::inspect::inspect(&target, &checklist, fiscal_year).await {
                Ok(text) => {
                    print!("{text}");
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("error: {e}");
                    ExitCode::from(EXIT_RUNTIME)
                }
            }
        }
        Command::Eval { dir, format, real } => match oitcheck::eval::evaluate_corpus(&dir).await {
            Ok(report) => {
                match format {
                    Format::Text => print!("{}", oitcheck::eval::render(&report)),
                    Format::Json => println!(
                        "{}",
                        serde_json::to_string_pretty(&report).expect("serialises")
                    ),
                }
                let real = real.unwrap_or_else(|| PathBuf::from("../shared/sites/real"));
                if format == Format::Text && real.is_dir() {
                    let checklist =
                        checklist::load("ita-2569").expect("the shipped checklist loads");
                    match oitcheck::eval::real_sites(&real, &checklist).await {
                        Ok(text) => print!(
                            "\nreal agency sites in {} (smoke check; labels there are partial, see its README):\n{text}",
                            real.display()
                        ),
                        Err(e) => eprintln!("warning: real sites not scanned: {e}"),
                    }
                }
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::from(EXIT_RUNTIME)
            }
        },
        Command::Checklist {
            command: ChecklistCommand::Validate { file },
        } => match checklist::load(&file) {
            Ok(c) => {
                println!(
                    "{file}: ok ({} items, fiscal year {}, {} indicators)",
                    c.items.len(),
                    c.fiscal_year,
                    c.indicators.len()
                );
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::from(EXIT_USAGE)
            }
        },
        Command::Checklist {
            command: ChecklistCommand::List,
        } => {
            for name in checklist::bundled_names() {
                match checklist::load(&name) {
                    Ok(c) => println!(
                        "{name}\t{} items\tfiscal year {}\t{}",
                        c.items.len(),
                        c.fiscal_year,
                        c.title_en
                    ),
                    Err(_) => {
                        println!("{name}\t(invalid: run `oitcheck checklist validate {name}`)")
                    }
                }
            }
            ExitCode::SUCCESS
        }
    }
}

fn parse_start_url(text: &str) -> Result<Url, String> {
    let with_scheme = if text.contains("://") {
        text.to_string()
    } else {
        format!("https://{text}")
    };
    let url = Url::parse(&with_scheme).map_err(|e| format!("`{text}` is not a valid URL ({e}); give the site's address, e.g. https://www.example.go.th/"))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(format!(
            "`{text}` uses the {} scheme; oitcheck scans http:// and https:// sites",
            url.scheme()
        ));
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err(format!(
            "`{text}` has no host name; give the site's address, e.g. https://www.example.go.th/"
        ));
    }
    Ok(url)
}

async fn run_scan(start: &Url, args: &ScanArgs) -> ExitCode {
    let checklist = match checklist::load(&args.checklist) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(EXIT_USAGE);
        }
    };
    if args.rate <= 0.0 || args.concurrency == 0 {
        eprintln!("error: --rate and --concurrency must be above 0");
        return ExitCode::from(EXIT_USAGE);
    }
    let mut fetch = FetchConfig {
        rate: args.rate,
        concurrency: args.concurrency,
        insecure: args.insecure,
        ..FetchConfig::default()
    };
    if let Some(agent) = &args.user_agent {
        fetch.user_agent = agent.clone();
    }
    let crawl = CrawlConfig {
        max_pages: args.max_pages,
        max_documents: args.max_documents,
        max_depth: args.max_depth,
        time_limit: args.time_limit,
        respect_robots: !args.ignore_robots,
        workers: args.concurrency,
        ..CrawlConfig::default()
    };
    let options = ScanOptions {
        fetch,
        crawl,
        fiscal_year: args.fiscal_year,
        iit: args.iit,
        eit: args.eit,
    };
    let (cancel_tx, cancel_rx) = tokio::sync::watch::channel(false);
    tokio::spawn(async move {
        if tokio::signal::ctrl_c().await.is_ok() {
            eprintln!(
                "\ninterrupted: writing the report of what was found so far (Ctrl-C again to quit at once)"
            );
            let _ = cancel_tx.send(true);
            if tokio::signal::ctrl_c().await.is_ok() {
                std::process::exit(130);
            }
        }
    });
    let show_bar = !args.quiet && std::io::stderr().is_terminal();
    let bar = show_bar.then(|| {
        let bar = indicatif::ProgressBar::new_spinner();
        bar.enable_steady_tick(Duration::from_millis(200));
        Bar(bar)
    });
    let progress: &dyn Progress = match &bar {
        Some(bar) => bar,
        None => &Quiet,
    };
    let result = scan::scan(start, &checklist, &options, cancel_rx, progress).await;
    if let Some(bar) = &bar {
        bar.0.finish_and_clear();
    }
    let report = match result {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(EXIT_RUNTIME);
        }
    };
    if let Err(e) = write_report(&report, args) {
        eprintln!("error: {e}");
        return ExitCode::from(EXIT_RUNTIME);
    }
    if report.crawl.stopped == "start_failed" {
        let first = report.items.first();
        let reason = first.map(|i| i.reason.clone()).unwrap_or_default();
        let code = first.and_then(|i| i.reason_code.as_deref());
        if reason.starts_with("the start page could not be fetched") {
            // the reason names the failure and, for TLS and private addresses, what to do;
            // "is the site up" would mislead there
            let advice = match code {
                Some("tls_invalid" | "private_address") => "",
                _ => "; check the address and that the site is up",
            };
            eprintln!("error: {reason}{advice}");
        } else {
            eprintln!(
                "error: the start page {start} could not be fetched; check the address and that the site is up ({reason})"
            );
        }
        return ExitCode::from(EXIT_RUNTIME);
    }
    if let Some(threshold) = args.fail_under
        && report.score.oit < threshold
    {
        eprintln!(
            "OIT score {:.2} is below --fail-under {threshold}",
            report.score.oit
        );
        return ExitCode::from(EXIT_BELOW);
    }
    ExitCode::SUCCESS
}

fn write_report(report: &ScanReport, args: &ScanArgs) -> Result<(), String> {
    let color = args.output.is_none()
        && std::io::stdout().is_terminal()
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let rendered = match args.format {
        Format::Json => report::json(report),
        Format::Text => report::text(report, color),
    };
    match &args.output {
        Some(path) => std::fs::write(path, rendered)
            .map_err(|e| format!("cannot write the report to {}: {e}", path.display())),
        None => {
            print!("{rendered}");
            Ok(())
        }
    }
}
