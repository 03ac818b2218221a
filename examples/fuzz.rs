//! The mutation fuzzer's command line (see `fuzz/engine.rs` for what it does, and `fuzz/run.sh`
//! for the bounded run over every target).
//!
//! ```sh
//! cargo run --example fuzz -- html --seconds 60 --out fuzz/out
//! cargo run --example fuzz -- all --seconds 10
//! cargo run --example fuzz -- replay html fuzz/out/html/crash-0123456789abcdef.bin
//! ```
//!
//! Exits 1 when a target had a finding, 2 on a usage error.

#[path = "../fuzz/engine.rs"]
mod engine;

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use engine::{Config, Target};

/// The stack size tokio gives its worker and blocking threads, where the scan runs parsers: a
/// recursion that fits the fuzzer's stack must fit the scan's.
const PARSER_STACK: usize = 2 * 1024 * 1024;

fn usage() -> ExitCode {
    eprintln!(
        "usage: fuzz TARGET|all [--seconds N] [--max-inputs N] [--seed N] [--out DIR]\n       fuzz replay TARGET FILE\ntargets: {}",
        Target::ALL.map(|t| t.name()).join(", ")
    );
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("replay") {
        let (Some(target), Some(file)) =
            (args.get(1).and_then(|t| Target::from_name(t)), args.get(2))
        else {
            return usage();
        };
        let input = match std::fs::read(file) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("error: cannot read {file}: {e}");
                return ExitCode::from(2);
            }
        };
        // no panic hook: a replay shows the panic and its backtrace as usual
        let outcome = std::thread::Builder::new()
            .stack_size(PARSER_STACK)
            .spawn(move || target.run(&input))
            .expect("spawn the replay thread")
            .join();
        return match outcome {
            Ok(()) => {
                eprintln!("{}: no panic on {file}", target.name());
                ExitCode::SUCCESS
            }
            Err(_) => ExitCode::from(1),
        };
    }
    let Some(which) = args.first() else {
        return usage();
    };
    let targets: Vec<Target> = if which == "all" {
        Target::ALL.to_vec()
    } else {
        match Target::from_name(which) {
            Some(t) => vec![t],
            None => return usage(),
        }
    };
    let mut config = Config {
        seed: 1,
        max_inputs: usize::MAX,
        time_budget: Duration::from_secs(10),
        out: None,
    };
    let mut rest = args[1..].iter();
    while let Some(flag) = rest.next() {
        let value = rest.next();
        let number = value.and_then(|v| v.parse::<u64>().ok());
        match (flag.as_str(), number) {
            ("--seconds", Some(n)) => config.time_budget = Duration::from_secs(n),
            ("--max-inputs", Some(n)) => config.max_inputs = n as usize,
            ("--seed", Some(n)) => config.seed = n,
            ("--out", _) if value.is_some() => config.out = value.map(PathBuf::from),
            _ => return usage(),
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut failed = false;
    for target in targets {
        let seeds = engine::seeds(root, target, 200);
        let config = config.clone();
        let stats = std::thread::Builder::new()
            .stack_size(PARSER_STACK)
            .spawn(move || engine::run(target, &seeds, &config))
            .expect("spawn the fuzz thread")
            .join()
            .expect("the fuzz loop catches panics");
        println!(
            "{:<9} {:>8} inputs in {:>5.1} s: {} findings, {} contained panics in dependencies",
            target.name(),
            stats.inputs,
            stats.elapsed.as_secs_f64(),
            stats.findings.len(),
            stats.contained.len()
        );
        let mut seen = std::collections::HashSet::new();
        for f in stats.findings.iter().chain(&stats.contained) {
            // one line per distinct place
            if seen.insert((f.kind, f.location.clone())) {
                println!(
                    "  {} {} at {}: {} ({} bytes, {})",
                    if stats.findings.iter().any(|g| std::ptr::eq(g, f)) {
                        "FINDING"
                    } else {
                        "contained"
                    },
                    f.kind,
                    f.location,
                    f.message.chars().take(200).collect::<String>(),
                    f.input.len(),
                    engine::digest(&f.input)
                );
            }
        }
        failed |= !stats.findings.is_empty();
    }
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
