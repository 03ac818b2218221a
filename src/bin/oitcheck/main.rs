//! The `oitcheck` command line: flags are parsed and validated ([`args`]), the library does the
//! work and returns data, and a formatter ([`formatters`]) renders it.

mod args;
mod formatters;
mod inspect;
mod verify;

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use clap::Parser;
use oitcheck::crawl::{Progress, Quiet};
use oitcheck::fixture::{eval, serve};
use oitcheck::{ScanReport, checklist, scan};
use url::Url;

use args::{ChecklistCommand, Cli, Color, Command, ScanArgs};
use formatters::Format;

/// Exit codes: 0 done, 1 runtime error, 2 score below --fail-under, 3 checklist, usage or answer
/// sheet error.
const EXIT_RUNTIME: u8 = 1;
const EXIT_BELOW: u8 = 2;
const EXIT_USAGE: u8 = 3;

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

/// Prints `message` as an error and returns `code`.
fn fail(code: u8, message: impl std::fmt::Display) -> ExitCode {
    eprintln!("error: {message}");
    ExitCode::from(code)
}

async fn run(cli: Cli) -> ExitCode {
    match cli.command {
        Command::Scan { url, options } => match parse_start_url(&url) {
            Ok(start) => run_scan(&start, &options).await,
            Err(message) => fail(EXIT_USAGE, message),
        },
        Command::Demo { mut options } => {
            let site = match serve::Site::embedded(&oitcheck::DEMO_SITE) {
                Ok(site) => site,
                Err(e) => {
                    return fail(
                        EXIT_RUNTIME,
                        format!("the bundled demo site is broken: {e}"),
                    );
                }
            };
            let (addr, server) = match serve::serve(site, 0).await {
                Ok(s) => s,
                Err(e) => return fail(EXIT_RUNTIME, format!("cannot listen on 127.0.0.1: {e}")),
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
                Err(e) => return fail(EXIT_USAGE, e),
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
                Err(e) => fail(
                    EXIT_RUNTIME,
                    format!("cannot listen on 127.0.0.1:{port}: {e}; try another --port"),
                ),
            }
        }
        Command::Inspect {
            target,
            checklist: name,
            fiscal_year,
        } => {
            let checklist = match checklist::load(&name) {
                Ok(c) => c,
                Err(e) => return fail(EXIT_USAGE, e),
            };
            match oitcheck::inspect(&target, &checklist, fiscal_year).await {
                Ok(inspection) => {
                    print!("{}", inspect::render(&inspection, &checklist));
                    ExitCode::SUCCESS
                }
                Err(e) => fail(EXIT_RUNTIME, e),
            }
        }
        Command::Verify(args) => verify::run(&args).await,
        Command::Eval { dir, format, real } => run_eval(&dir, format, real).await,
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
            Err(e) => fail(EXIT_USAGE, e),
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

async fn run_eval(dir: &Path, format: Format, real: Option<PathBuf>) -> ExitCode {
    let report = match eval::evaluate_corpus(dir).await {
        Ok(report) => report,
        Err(e) => return fail(EXIT_RUNTIME, e),
    };
    match format {
        Format::Text => print!("{}", eval::render(&report)),
        Format::Json => print!("{}", formatters::to_json(&report)),
    }
    // the real sites live beside the repository when it is checked out in the workspace
    let real = real.unwrap_or_else(|| PathBuf::from("../shared/sites/real"));
    if format == Format::Text && real.is_dir() {
        let checklist = checklist::load("ita-2569").expect("the shipped checklist loads");
        match eval::real_sites(&real, &checklist).await {
            Ok(text) => print!(
                "\nreal agency sites in {} (smoke check; labels there are partial, see its README):\n{text}",
                real.display()
            ),
            Err(e) => eprintln!("warning: real sites not scanned: {e}"),
        }
    }
    ExitCode::SUCCESS
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
        Err(e) => return fail(EXIT_USAGE, e),
    };
    let options = match args.options() {
        Ok(options) => options,
        Err(message) => return fail(EXIT_USAGE, message),
    };
    // a report that cannot be written is better known before a ten-minute crawl
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
    let result = scan(start, &checklist, &options, cancel_rx, progress).await;
    if let Some(bar) = &bar {
        bar.0.finish_and_clear();
    }
    let report = match result {
        Ok(r) => r,
        Err(e) => return fail(EXIT_RUNTIME, e),
    };
    if let Err(e) = write_report(&report, args) {
        return fail(EXIT_RUNTIME, e);
    }
    if let Some(failure) = &report.crawl.start_failure {
        let mut message = failure.message(&report.site);
        if let Some(advice) = failure.advice() {
            message.push_str("; ");
            message.push_str(advice);
        }
        return fail(EXIT_RUNTIME, message);
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
    let color = match args.color {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => {
            args.output.is_none()
                && std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    };
    let rendered = formatters::formatter(args.format, color).scan(report);
    match &args.output {
        Some(path) => std::fs::write(path, rendered)
            .map_err(|e| format!("cannot write the report to {}: {e}", path.display())),
        None => {
            print!("{rendered}");
            Ok(())
        }
    }
}
