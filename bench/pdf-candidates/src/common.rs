//! What both candidate binaries share: the command line, the timed runs and the report line.

use std::process::ExitCode;
use std::time::{Duration, Instant};

pub type Extract = fn(&[u8]) -> Result<Vec<String>, String>;

/// Runs `extract` (chosen by name from `extractors`) on the file named on the command line,
/// RUNS times, and reports as the crate documentation says.
pub fn run(usage: &str, extractors: &[(&str, Extract)]) -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (name, path, runs) = match args.as_slice() {
        [name, path] => (name.as_str(), path, 1),
        [name, path, runs] => match runs.parse::<u32>() {
            Ok(n) if n > 0 => (name.as_str(), path, n),
            _ => {
                eprintln!("{usage}");
                return ExitCode::from(2);
            }
        },
        _ => {
            eprintln!("{usage}");
            return ExitCode::from(2);
        }
    };
    let Some((_, extract)) = extractors.iter().find(|(n, _)| *n == name) else {
        eprintln!("unknown extractor {name}\n{usage}");
        return ExitCode::from(2);
    };
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("cannot read {path}: {e}");
            return ExitCode::from(2);
        }
    };
    let mut best = Duration::MAX;
    let mut pages = Vec::new();
    for _ in 0..runs {
        pages.clear();
        let start = Instant::now();
        match extract(&bytes) {
            Ok(p) => pages = p,
            Err(e) => {
                eprintln!("{name}: {e}");
                return ExitCode::FAILURE;
            }
        }
        best = best.min(start.elapsed());
    }
    print!("{}", pages.join("\u{c}"));
    eprintln!(
        "best_s={:.5} pages={} vmhwm_kib={}",
        best.as_secs_f64(),
        pages.len(),
        vmhwm_kib().map_or_else(|| "-".into(), |k| k.to_string())
    );
    ExitCode::SUCCESS
}

fn vmhwm_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))?
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()
}
