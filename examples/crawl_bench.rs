//! Benchmark harness for the crawl (run by `bench/crawl.sh`; not a test).
//!
//! ```sh
//! cargo run --release --example crawl_bench -- crawl URL [MAX_DOCUMENTS]
//! cargo run --release --example crawl_bench -- order URL EVIDENCE_FILE
//! ```
//!
//! `crawl` runs the crawl alone (no judging) over URL with every budget unbounded and politeness
//! off (64 requests in flight, no rate limit, robots.txt ignored), and prints one line of
//! `key=value` fields: `requests`, `pages`, `documents`, `seconds` (the crawl's wall time),
//! `cpu_s` (user + system CPU of this process and the `pdftotext` children it waited for, from
//! `/proc/self/stat`), `vmhwm_kib` (peak RSS from `/proc/self/status`), `snapshot_mib` (an estimate
//! of the heap the finished [`SiteSnapshot`] holds: the text of its strings and the size of its
//! structs, without allocator slack) with `snapshot_pages_mib` (the pages' extracted content), of
//! it `snapshot_chrome_mib` (the page chrome: menus, sidebars, footers, pagination, each distinct
//! run of it once, as the snapshot holds it), and `snapshot_urls_mib` (the URL states);
//! `chrome_runs` (how many distinct chrome runs); `peak_queued` (the most URLs queued at once) and
//! `frontier_mib` (an estimate of the frontier at that peak: queued URLs and the 64-bit keys of the
//! URLs met); `unfetched` (URLs met but never requested).
//!
//! `order` crawls URL twice, with the prioritised frontier and breadth-first, two requests in
//! flight, and stops each crawl as soon as every path in EVIDENCE_FILE (one a line) has been
//! fetched (an oracle standing in for the evaluator's early stop). It prints, per order, the
//! number of requests made until then: `priority=N bfs=M ratio=N/M`.
//!
//! Exit status 2 on usage errors, 1 when a crawl cannot reach the site.

use std::collections::HashSet;
use std::process::ExitCode;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use oitcheck::checklist;
use oitcheck::crawl::{self, CrawlConfig, Progress};
use oitcheck::discover::{Order, Outlook, canonical};
use oitcheck::fetch::{FetchConfig, Fetcher};
use oitcheck::rules::Rules;
use oitcheck::snapshot::{SiteSnapshot, UrlState};
use tokio::sync::watch;
use url::Url;

const USAGE: &str =
    "usage: crawl_bench crawl URL [MAX_DOCUMENTS] | crawl_bench order URL EVIDENCE_FILE";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("tokio runtime");
    match args.first().map(String::as_str) {
        Some("crawl") if (2..=3).contains(&args.len()) => {
            let Ok(url) = Url::parse(&args[1]) else {
                eprintln!("{USAGE}");
                return ExitCode::from(2);
            };
            let max_documents = match args.get(2).map(|n| n.parse::<usize>()) {
                None => usize::MAX,
                Some(Ok(n)) => n,
                Some(Err(_)) => {
                    eprintln!("{USAGE}");
                    return ExitCode::from(2);
                }
            };
            runtime.block_on(crawl_once(url, max_documents))
        }
        Some("order") if args.len() == 3 => {
            let Ok(url) = Url::parse(&args[1]) else {
                eprintln!("{USAGE}");
                return ExitCode::from(2);
            };
            let evidence = match std::fs::read_to_string(&args[2]) {
                Ok(text) => text,
                Err(e) => {
                    eprintln!("cannot read {}: {e}", args[2]);
                    return ExitCode::from(2);
                }
            };
            let paths: Vec<String> = evidence
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(str::to_string)
                .collect();
            runtime.block_on(order(url, paths))
        }
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn rules() -> Rules {
    Rules::new(&checklist::load("ita-2569").expect("the shipped checklist loads"))
}

fn unbounded(workers: usize, order: Order, max_documents: usize) -> (FetchConfig, CrawlConfig) {
    let fetch = FetchConfig {
        rate: 100_000.0,
        concurrency: workers,
        ..FetchConfig::default()
    };
    let crawl = CrawlConfig {
        max_pages: usize::MAX,
        max_documents,
        max_depth: u32::MAX,
        time_limit: Duration::from_secs(3600),
        respect_robots: false,
        workers,
        order,
        ..CrawlConfig::default()
    };
    (fetch, crawl)
}

/// Counts requests and the most URLs queued at once.
#[derive(Default)]
struct Count(Mutex<(usize, usize)>);

impl Progress for Count {
    fn fetched(&self, _: &Url, _: usize, queued: usize) {
        let mut count = self.0.lock().unwrap();
        count.0 += 1;
        count.1 = count.1.max(queued);
    }
}

async fn crawl_once(start: Url, max_documents: usize) -> ExitCode {
    let rules = rules();
    let (fetch, config) = unbounded(64, Order::Priority, max_documents);
    let fetcher = Arc::new(Fetcher::new(fetch).expect("HTTP client"));
    let (_cancel_tx, cancel_rx) = watch::channel(false);
    let count = Count::default();
    let before = cpu_seconds();
    let snapshot = crawl::crawl(&start, &rules, &config, fetcher, cancel_rx, &count).await;
    let cpu = cpu_seconds() - before;
    let (requests, peak_queued) = *count.0.lock().unwrap();
    if requests == 0 {
        eprintln!("nothing was fetched from {start}: {:?}", snapshot.notes);
        return ExitCode::FAILURE;
    }
    let (pages_bytes, urls_bytes, other_bytes) = snapshot_bytes(&snapshot);
    let chrome_bytes = chrome_bytes(&snapshot);
    // the frontier: what is queued at its peak (a Queued with its URL), and the 64-bit keys of
    // every URL met and of their shapes (hash-table entries of about 16 bytes)
    let mean_url =
        snapshot.urls.keys().map(String::len).sum::<usize>() / snapshot.urls.len().max(1);
    let frontier_bytes = peak_queued
        * (std::mem::size_of::<oitcheck::discover::Queued>() + mean_url)
        + snapshot.urls.len() * 2 * 16;
    let unfetched = snapshot
        .urls
        .values()
        .filter(|s| matches!(s, UrlState::NotFetched { .. }))
        .count();
    let mib = |b: usize| b as f64 / (1024.0 * 1024.0);
    println!(
        "requests={requests} pages={} documents={} seconds={:.2} cpu_s={cpu:.2} vmhwm_kib={} snapshot_mib={:.1} snapshot_pages_mib={:.1} snapshot_chrome_mib={:.1} snapshot_urls_mib={:.1} chrome_runs={} peak_queued={peak_queued} frontier_mib={:.1} unfetched={unfetched} stopped={}",
        snapshot.pages.len(),
        snapshot.documents.len(),
        snapshot.elapsed.as_secs_f64(),
        vmhwm_kib().map_or("-".to_string(), |k| k.to_string()),
        mib(pages_bytes + urls_bytes + other_bytes),
        mib(pages_bytes),
        mib(chrome_bytes),
        mib(urls_bytes),
        snapshot.pages.chrome().len(),
        mib(frontier_bytes),
        snapshot.stopped.as_str(),
    );
    ExitCode::SUCCESS
}

/// Records the order of requests and cancels the crawl once every evidence path was fetched.
struct Oracle {
    evidence: HashSet<String>,
    fetched: Mutex<(usize, HashSet<String>)>,
    cancel: watch::Sender<bool>,
    /// Requests made when the last evidence URL came in.
    done_at: Mutex<Option<usize>>,
}

impl Progress for Oracle {
    fn fetched(&self, url: &Url, _: usize, _: usize) {
        let mut fetched = self.fetched.lock().unwrap();
        fetched.0 += 1;
        let path = match url.query() {
            Some(q) => format!("{}?{q}", url.path()),
            None => url.path().to_string(),
        };
        if self.evidence.contains(&path) {
            fetched.1.insert(path);
        }
        if fetched.1.len() == self.evidence.len() {
            let mut done = self.done_at.lock().unwrap();
            if done.is_none() {
                *done = Some(fetched.0);
                let _ = self.cancel.send(true);
            }
        }
    }

    fn checkpoint(&self, _: &SiteSnapshot, _: &Outlook) {}
}

async fn order(start: Url, evidence: Vec<String>) -> ExitCode {
    let rules = rules();
    // paths as the crawl records them: canonical, percent-encoded
    let evidence: HashSet<String> = evidence
        .iter()
        .filter_map(|p| start.join(p).ok())
        .map(|u| {
            let u = canonical(&u);
            match u.query() {
                Some(q) => format!("{}?{q}", u.path()),
                None => u.path().to_string(),
            }
        })
        .collect();
    let mut counts = Vec::new();
    for order in [Order::Priority, Order::BreadthFirst] {
        let (fetch, config) = unbounded(2, order, usize::MAX);
        let fetcher = Arc::new(Fetcher::new(fetch).expect("HTTP client"));
        let (cancel_tx, cancel_rx) = watch::channel(false);
        let oracle = Oracle {
            evidence: evidence.clone(),
            fetched: Mutex::new((0, HashSet::new())),
            cancel: cancel_tx,
            done_at: Mutex::new(None),
        };
        let snapshot = crawl::crawl(&start, &rules, &config, fetcher, cancel_rx, &oracle).await;
        let (requests, found) = {
            let fetched = oracle.fetched.lock().unwrap();
            (fetched.0, fetched.1.clone())
        };
        let done = *oracle.done_at.lock().unwrap();
        let Some(done) = done else {
            let missing: Vec<&String> = evidence.difference(&found).take(5).collect();
            eprintln!(
                "{order:?}: the crawl ended ({}) after {requests} requests without fetching every evidence URL; missing e.g. {missing:?}",
                snapshot.stopped.as_str()
            );
            return ExitCode::FAILURE;
        };
        counts.push(done);
    }
    println!(
        "evidence={} priority={} bfs={} ratio={:.3}",
        evidence.len(),
        counts[0],
        counts[1],
        counts[0] as f64 / counts[1] as f64
    );
    ExitCode::SUCCESS
}

/// User + system CPU seconds of this process and its waited-for children (`pdftotext`), from
/// `/proc/self/stat` (fields 14–17, in clock ticks of 1/100 s: Linux's fixed USER_HZ).
fn cpu_seconds() -> f64 {
    let Ok(stat) = std::fs::read_to_string("/proc/self/stat") else {
        return f64::NAN;
    };
    // the command name (field 2) may hold spaces: count fields after its closing parenthesis
    let Some((_, rest)) = stat.rsplit_once(')') else {
        return f64::NAN;
    };
    let fields: Vec<&str> = rest.split_whitespace().collect();
    // rest starts at field 3 (state): fields 14..=17 are rest[11..=14]
    let ticks: u64 = fields[11..=14]
        .iter()
        .filter_map(|f| f.parse::<u64>().ok())
        .sum();
    ticks as f64 / 100.0
}

fn vmhwm_kib() -> Option<u64> {
    std::fs::read_to_string("/proc/self/status")
        .ok()?
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))?
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()
}

/// Of [`snapshot_bytes`]'s pages: the page chrome (menus, sidebars, footers: runs of chrome
/// blocks with their links and forms), which the snapshot keeps once per distinct run.
fn chrome_bytes(snapshot: &SiteSnapshot) -> usize {
    snapshot.pages.chrome().heap_bytes()
}

/// An estimate of the heap a snapshot holds: (pages' content, URL states, the rest). String and
/// vector lengths plus struct sizes; allocator slack and hash-table spare room are not counted,
/// so the true figure is somewhat higher.
fn snapshot_bytes(snapshot: &SiteSnapshot) -> (usize, usize, usize) {
    use std::mem::size_of;
    let url = |u: &Url| u.as_str().len() + size_of::<Url>();
    let pages = snapshot.pages.capacity() * size_of::<oitcheck::snapshot::Page>()
        + snapshot
            .pages
            .iter()
            .map(|page| url(&page.url) + page.content.heap_bytes())
            .sum::<usize>()
        + chrome_bytes(snapshot);
    let urls = snapshot
        .urls
        .iter()
        .map(|(k, v)| {
            k.len()
                + 24
                + size_of::<UrlState>()
                + match v {
                    UrlState::Fetched { final_url, .. } => final_url.as_str().len(),
                    UrlState::Failed { detail, .. } => detail.len(),
                    UrlState::NotFetched { .. } => 0,
                }
        })
        .sum();
    let documents = snapshot
        .documents
        .iter()
        .map(|(k, v)| {
            k.len()
                + match v {
                    Ok(text) => text.full_text().len() + 64,
                    Err(_) => 64,
                }
        })
        .sum();
    (pages, urls, documents)
}
