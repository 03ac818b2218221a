//! The `oitcheck` command line: flags are parsed and validated ([`args`]), the library does the
//! work and returns data, and a formatter ([`formatters`]) renders it.

mod args;
mod batch;
mod formatters;
mod inspect;
mod report;
mod verify;

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use clap::Parser;
use oitcheck::crawl::Progress;
use oitcheck::fixture::{eval, serve};
use oitcheck::{checklist, scan};
use url::Url;

use args::{ChecklistCommand, Cli, Color, Command, EvalFormat, ScanArgs};
use formatters::{Format, Style};

// Exit codes (`--help` and the README list them): 0 done.
/// A runtime error: the site or a file could not be read.
const EXIT_RUNTIME: u8 = 1;
/// The score is below `--fail-under`.
const EXIT_BELOW: u8 = 2;
/// A usage or checklist error.
const EXIT_USAGE: u8 = 3;
/// The crawl stopped early (time limit, page budget, Ctrl-C): the report is partial.
const EXIT_INCOMPLETE: u8 = 4;

/// What the user sees while a site is crawled: a spinner on a terminal, and with `-v` every URL
/// read.
struct Watch {
    bar: Option<indicatif::ProgressBar>,
    verbose: bool,
}

impl Progress for Watch {
    fn fetched(&self, url: &Url, pages: usize, queued: usize) {
        if self.verbose {
            let line = format!("read {}", formatters::display_url(url));
            match &self.bar {
                Some(bar) => bar.println(line),
                None => eprintln!("{line}"),
            }
        }
        if let Some(bar) = &self.bar {
            bar.set_message(format!(
                "{pages} pages read, {queued} queued · {}",
                url.path()
            ));
            bar.tick();
        }
    }
}

/// Whether to colour a stream, by `--color` and whether it is a terminal.
fn color_on(choice: Color, terminal: bool) -> bool {
    match choice {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
    }
}

/// Whether standard error gets colours (set once from `--color`).
static STDERR_COLOR: std::sync::OnceLock<bool> = std::sync::OnceLock::new();

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
    let prefix = if *STDERR_COLOR.get().unwrap_or(&false) {
        "\x1b[1;31merror:\x1b[0m"
    } else {
        "error:"
    };
    eprintln!("{prefix} {message}");
    ExitCode::from(code)
}

async fn run(cli: Cli) -> ExitCode {
    let _ = STDERR_COLOR.set(color_on(cli.color, std::io::stderr().is_terminal()));
    let color = cli.color;
    match cli.command {
        Command::Scan { url, options } => match parse_start_url(&url) {
            Ok((start, guessed)) => run_scan(&start, guessed, &options, color).await,
            Err(message) => fail(EXIT_USAGE, message),
        },
        Command::Report { file, output } => report::run_report(&file, &output, color),
        Command::Diff {
            old,
            new,
            format,
            lang,
            output,
        } => report::run_diff(&old, &new, format, lang, output.as_deref(), color),
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
            let code = run_scan(&start, false, &options, color).await;
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
                    let paint = color_on(color, std::io::stdout().is_terminal());
                    print!("{}", inspect::render(&inspection, &checklist, paint));
                    ExitCode::SUCCESS
                }
                Err(e) => fail(EXIT_RUNTIME, e),
            }
        }
        Command::Verify(args) => verify::run(&args).await,
        Command::Batch(args) => batch::run(&args).await,
        Command::Eval {
            dir,
            format,
            real,
            render,
        } => run_eval(&dir, format, real, render).await,
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

async fn run_eval(
    dir: &Path,
    format: EvalFormat,
    real: Option<PathBuf>,
    render: args::Render,
) -> ExitCode {
    let report = match eval::evaluate_corpus_rendered(dir, render.mode()).await {
        Ok(report) => report,
        Err(e) => return fail(EXIT_RUNTIME, e),
    };
    match format {
        EvalFormat::Text => print!("{}", eval::render(&report)),
        EvalFormat::Json => print!("{}", formatters::to_json(&report)),
    }
    // the real sites live beside the repository when it is checked out in the workspace
    let real = real.unwrap_or_else(|| PathBuf::from("../shared/sites/real"));
    if format == EvalFormat::Text && real.is_dir() {
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

/// The start URL, and whether its scheme was guessed (none was given: https first, then http).
fn parse_start_url(text: &str) -> Result<(Url, bool), String> {
    // `mailto:x@y.go.th` is not a site without its scheme: a scheme before a colon that is not
    // a port (`www.x.go.th:8080`) is refused as what it is
    if !text.contains("://")
        && let Some((scheme, rest)) = text.split_once(':')
        && !rest.chars().next().is_some_and(|c| c.is_ascii_digit())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
    {
        return Err(format!(
            "`{text}` uses the {scheme} scheme; oitcheck scans http:// and https:// sites, e.g. https://www.example.go.th/"
        ));
    }
    let guessed = !text.contains("://");
    let with_scheme = if guessed {
        format!("https://{text}")
    } else {
        text.to_string()
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
    Ok((url, guessed))
}

async fn run_scan(start: &Url, guessed: bool, args: &ScanArgs, color: Color) -> ExitCode {
    let checklist = match checklist::load(&args.checklist) {
        Ok(c) => c,
        Err(e) => return fail(EXIT_USAGE, e),
    };
    let options = match args.options() {
        Ok(options) => options,
        Err(message) => return fail(EXIT_USAGE, message),
    };
    // a report that cannot be written is better known before a ten-minute crawl
    if let Some(path) = &args.out.output
        && let Err(e) = report::check_writable(path)
    {
        return fail(EXIT_USAGE, e);
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
    let watch = Watch {
        bar: show_bar.then(|| {
            let bar = indicatif::ProgressBar::new_spinner();
            bar.enable_steady_tick(Duration::from_millis(200));
            bar
        }),
        verbose: args.verbose,
    };
    let mut result = scan(start, &checklist, &options, cancel_rx.clone(), &watch).await;
    // Without a scheme, https is tried first; a site that does not answer on it (nothing
    // listens, a broken certificate) is tried on http, as a browser would be typed into.
    if guessed
        && let Ok(report) = &result
        && let Some(failure) = &report.crawl.start_failure
        && failure.status.is_none()
        && !matches!(
            failure.code,
            oitcheck::ReasonCode::DnsError | oitcheck::ReasonCode::PrivateAddress
        )
        && !*cancel_rx.borrow()
    {
        let mut http = start.clone();
        let _ = http.set_scheme("http");
        let note = format!(
            "{start} did not answer over https ({}); trying {http}",
            failure.code
        );
        match &watch.bar {
            Some(bar) => bar.println(note),
            None => eprintln!("{note}"),
        }
        result = scan(&http, &checklist, &options, cancel_rx, &watch).await;
    }
    if let Some(bar) = &watch.bar {
        bar.finish_and_clear();
    }
    let report = match result {
        Ok(r) => r,
        Err(e) => return fail(EXIT_RUNTIME, e),
    };
    // a text report on a terminal says a failed start itself; anywhere else (a file, a pipe,
    // JSON) standard error says it too
    let text_on_screen = args.out.format == Format::Text
        && args.out.output.is_none()
        && std::io::stdout().is_terminal();
    let style = Style {
        color: color_on(
            color,
            args.out.output.is_none() && std::io::stdout().is_terminal(),
        ),
        lang: args.out.lang,
    };
    if let Err(e) = report::write(
        &formatters::formatter(args.out.format, style).scan(&report),
        args.out.output.as_deref(),
    ) {
        return fail(EXIT_RUNTIME, e);
    }
    if let Some(failure) = &report.crawl.start_failure {
        if text_on_screen {
            // the report on screen says it already, once
            return ExitCode::from(EXIT_RUNTIME);
        }
        let mut message = failure.message(&report.site);
        if let Some(advice) = failure.advice() {
            message.push_str("; ");
            message.push_str(advice);
        }
        return fail(EXIT_RUNTIME, message);
    }
    if !report.complete() {
        eprintln!(
            "the crawl stopped early ({}) after {} pages: the report covers only what was read (exit code {EXIT_INCOMPLETE})",
            report.crawl.stopped, report.crawl.pages
        );
        return ExitCode::from(EXIT_INCOMPLETE);
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
