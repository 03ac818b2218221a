//! `oitcheck report` (a saved scan re-rendered in any format, without crawling) and `oitcheck
//! diff` (two saved scans compared), and the writing of any output to a file or standard output.

use std::io::IsTerminal;
use std::path::Path;
use std::process::ExitCode;

use oitcheck::ScanReport;

use crate::args::{Color, OutputArgs};
use crate::formatters::{self, Format, Lang, Style};
use crate::{EXIT_RUNTIME, EXIT_USAGE, color_on, fail};

/// Fails unless `path` can be written (created if need be; an existing file is left as it is).
pub fn check_writable(path: &Path) -> Result<(), String> {
    std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
        .map(|_| ())
        .map_err(|e| format!("cannot write the report to {}: {e}", path.display()))
}

/// Writes `rendered` to `path`, or to standard output.
pub fn write(rendered: &str, path: Option<&Path>) -> Result<(), String> {
    match path {
        Some(path) => std::fs::write(path, rendered)
            .map_err(|e| format!("cannot write the report to {}: {e}", path.display())),
        None => {
            print!("{rendered}");
            Ok(())
        }
    }
}

/// Reads a scan saved with `--format json`, or says what is wrong with the file.
pub fn load_scan(path: &Path) -> Result<ScanReport, String> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(format!(
                "{}: file not found; give a scan saved with `oitcheck scan URL --format json -o FILE`",
                path.display()
            ));
        }
        Err(e) => return Err(format!("{}: cannot read the file: {e}", path.display())),
    };
    serde_json::from_str(&text).map_err(|e| {
        let what = if serde_json::from_str::<serde_json::Value>(&text).is_ok() {
            "is JSON but not an oitcheck scan result"
        } else {
            "is not JSON"
        };
        format!(
            "{} {what} (line {}, column {}: {e}); give a scan saved with `oitcheck scan URL --format json -o FILE`",
            path.display(),
            e.line(),
            e.column()
        )
    })
}

/// `oitcheck report FILE`.
pub fn run_report(file: &Path, out: &OutputArgs, color: Color) -> ExitCode {
    let report = match load_scan(file) {
        Ok(report) => report,
        Err(e) => return fail(EXIT_RUNTIME, e),
    };
    if let Some(path) = &out.output
        && let Err(e) = check_writable(path)
    {
        return fail(EXIT_USAGE, e);
    }
    let style = Style {
        color: color_on(
            color,
            out.output.is_none() && std::io::stdout().is_terminal(),
        ),
        lang: out.lang,
    };
    match write(
        &formatters::formatter(out.format, style).scan(&report),
        out.output.as_deref(),
    ) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(EXIT_RUNTIME, e),
    }
}

/// `oitcheck diff OLD NEW`.
pub fn run_diff(
    old: &Path,
    new: &Path,
    format: Format,
    lang: Option<Lang>,
    output: Option<&Path>,
    color: Color,
) -> ExitCode {
    let (old, new) = match (load_scan(old), load_scan(new)) {
        (Ok(old), Ok(new)) => (old, new),
        (Err(e), _) | (_, Err(e)) => return fail(EXIT_RUNTIME, e),
    };
    let style = Style {
        color: color_on(color, output.is_none() && std::io::stdout().is_terminal()),
        lang,
    };
    let diff = oitcheck::diff::diff(&old, &new);
    let Some(rendered) = formatters::formatter(format, style).diff(&diff, &new) else {
        return fail(
            EXIT_USAGE,
            "diff is shown as text, md or json; choose one with --format",
        );
    };
    match write(&rendered, output) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(EXIT_RUNTIME, e),
    }
}
