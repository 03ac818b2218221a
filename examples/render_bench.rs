//! Benchmark harness for the renderer (run by `bench/render.sh`; not a test).
//!
//! ```sh
//! cargo run --release --example render_bench -- http://127.0.0.1:8000/ [RUNS]
//! ```
//!
//! Times, for one page served on loopback, RUNS times each (default 5), interleaved:
//!
//! * `fetch`: `Fetcher::get` of the page, as the crawl fetches it (in process, no rate limit);
//! * `render_cold`: `Browser::render` with a new browser profile each time (the first render of
//!   a scan);
//! * `render_warm`: `Browser::render` with one profile kept across runs, as a scan keeps it (its
//!   HTTP cache holds the page's scripts and data);
//! * `start`: `Browser::render` of `about:blank`, the browser's start-up and exit alone.
//!
//! Prints one line per row with `key=value` fields separated by single spaces: `row`, `runs`,
//! `best_s`, `median_s`, and `x_fetch` (the median over the fetch row's median). Exit status 2 on
//! usage errors, 1 when the browser is missing or a run fails.

use std::process::ExitCode;
use std::time::{Duration, Instant};

use oitcheck::fetch::{FetchConfig, Fetcher};
use oitcheck::render::{Browser, find_browser, host_rules};
use url::Url;

fn median(times: &mut [Duration]) -> Duration {
    times.sort();
    times[times.len() / 2]
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(url) = args.first().and_then(|u| Url::parse(u).ok()) else {
        eprintln!("usage: render_bench URL [RUNS]");
        return ExitCode::from(2);
    };
    let runs: usize = match args.get(1).map(|r| r.parse()) {
        None => 5,
        Some(Ok(n)) if n > 0 => n,
        _ => {
            eprintln!("RUNS must be a positive integer");
            return ExitCode::from(2);
        }
    };
    let binary = match find_browser(None) {
        Ok(binary) => binary,
        Err(reason) => {
            eprintln!("{reason}");
            return ExitCode::from(1);
        }
    };
    let config = FetchConfig {
        rate: 10_000.0,
        ..FetchConfig::default()
    };
    let fetcher = Fetcher::new(config.clone()).expect("HTTP client");
    fetcher.decide_address_rule(&url).await;
    let host = url.host_str().unwrap_or("").to_string();
    let Ok(addresses) = fetcher.allowed_addresses(&host).await else {
        eprintln!("{host} does not resolve to an address the scan may use");
        return ExitCode::from(1);
    };
    let rules = host_rules(&[(host, addresses[0])], url.port());
    let blank = Url::parse("about:blank").unwrap();
    let warm = Browser::new(binary.clone(), rules.clone(), &config).expect("profile");
    let limit = Duration::from_secs(60);
    let cap = 5 * 1024 * 1024;
    let mut rows: Vec<(&str, Vec<Duration>)> = vec![
        ("fetch", Vec::new()),
        ("render_cold", Vec::new()),
        ("render_warm", Vec::new()),
        ("start", Vec::new()),
    ];
    // one warm-up render fills the warm profile's cache, as the first page of a scan would
    if let Err(e) = warm.render(&url, cap, limit).await {
        eprintln!("render failed: {e}");
        return ExitCode::from(1);
    }
    for _ in 0..runs {
        let at = Instant::now();
        if let Err(e) = fetcher.get(&url, cap, &|_| true).await {
            eprintln!("fetch failed: {e:?}");
            return ExitCode::from(1);
        }
        rows[0].1.push(at.elapsed());

        let cold = Browser::new(binary.clone(), rules.clone(), &config).expect("profile");
        let at = Instant::now();
        let result = cold.render(&url, cap, limit).await;
        rows[1].1.push(at.elapsed());
        drop(cold);

        let at = Instant::now();
        let warm_result = warm.render(&url, cap, limit).await;
        rows[2].1.push(at.elapsed());

        let at = Instant::now();
        let blank_result = warm.render(&blank, cap, limit).await;
        rows[3].1.push(at.elapsed());
        for outcome in [result, warm_result, blank_result] {
            if let Err(e) = outcome {
                eprintln!("render failed: {e}");
                return ExitCode::from(1);
            }
        }
    }
    let fetch_median = median(&mut rows[0].1.clone());
    for (row, times) in &mut rows {
        let best = *times.iter().min().unwrap();
        let mid = median(times);
        println!(
            "row={row} runs={runs} best_s={:.4} median_s={:.4} x_fetch={:.1}",
            best.as_secs_f64(),
            mid.as_secs_f64(),
            mid.as_secs_f64() / fetch_median.as_secs_f64()
        );
    }
    ExitCode::SUCCESS
}
