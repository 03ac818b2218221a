//! Batch mode end to end on loopback: several fixture sites in one batch, the summary CSV against
//! hand-written expectations, resuming after an interruption without refetching, shards, a
//! failing site recorded rather than fatal, and a re-scan whose unchanged documents are answered
//! 304 and not read again.
//!
//! The sites are served by `fixture::serve`'s [`Site::respond`] behind a small server that counts
//! every request and speaks ETags (`If-None-Match` → 304), so a test can say exactly what a run
//! fetched.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use oitcheck::batch::summary::{self, Status, SummaryRow};
use oitcheck::batch::{self, Agency, BatchOptions, BatchProgress, Counts, Output, Shard, State};
use oitcheck::fetch::FetchConfig;
use oitcheck::fixture::eval::{LabelAnswer, load_labels};
use oitcheck::fixture::serve::Site;
use oitcheck::{CrawlConfig, ScanReport};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use tokio::sync::watch;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// One request as the server saw it.
#[derive(Debug, Clone)]
struct Hit {
    path: String,
    conditional: bool,
    status: u16,
}

/// A fixture site on loopback that counts requests and answers `If-None-Match` with 304.
struct Counted {
    addr: SocketAddr,
    hits: Arc<Mutex<Vec<Hit>>>,
    /// Part of every ETag: changing it makes every file "changed".
    version: watch::Sender<u32>,
    /// While false, requests wait (a site that has not answered yet).
    open: watch::Sender<bool>,
    /// While true, every request is answered 503 (a site that is down).
    broken: watch::Sender<bool>,
    /// Requests arrived (counted before they wait on `open`).
    arrived: watch::Receiver<usize>,
    server: tokio::task::JoinHandle<()>,
}

impl Counted {
    async fn serve(site: Site) -> Counted {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        // the sender lives in the accept loop; `Counted` keeps a receiver
        let hits = Arc::new(Mutex::new(Vec::new()));
        let (version, version_rx) = watch::channel(1u32);
        let (open, open_rx) = watch::channel(true);
        let (broken, broken_rx) = watch::channel(false);
        let (arrivals, arrived) = watch::channel(0usize);
        let site = Arc::new(site);
        let log = hits.clone();
        let server = tokio::spawn(async move {
            loop {
                let Ok((mut stream, _)) = listener.accept().await else {
                    continue;
                };
                let (site, log, version, mut open, broken, arrivals) = (
                    site.clone(),
                    log.clone(),
                    version_rx.clone(),
                    open_rx.clone(),
                    broken_rx.clone(),
                    arrivals.clone(),
                );
                tokio::spawn(async move {
                    let mut buf = Vec::new();
                    let mut chunk = [0u8; 2048];
                    while !buf.windows(4).any(|w| w == b"\r\n\r\n") {
                        match stream.read(&mut chunk).await {
                            Ok(0) | Err(_) => return,
                            Ok(n) => buf.extend_from_slice(&chunk[..n]),
                        }
                    }
                    arrivals.send_modify(|n| *n += 1);
                    let _ = open.wait_for(|o| *o).await;
                    let request = String::from_utf8_lossy(&buf).to_string();
                    let target = request
                        .lines()
                        .next()
                        .and_then(|l| l.split_whitespace().nth(1))
                        .unwrap_or("/")
                        .to_string();
                    let if_none_match = request.lines().find_map(|l| {
                        let (name, value) = l.split_once(':')?;
                        name.eq_ignore_ascii_case("if-none-match")
                            .then(|| value.trim().to_string())
                    });
                    let (mut status, content_type, headers, mut body) = if *broken.borrow() {
                        (503, "text/html".to_string(), Vec::new(), b"down".to_vec())
                    } else {
                        site.respond(&target)
                    };
                    let mut head = String::new();
                    if status == 200 {
                        let etag = format!("\"{}-{:x}\"", *version.borrow(), body_hash(&body));
                        if if_none_match.as_deref() == Some(etag.as_str()) {
                            status = 304;
                            body.clear();
                        }
                        head.push_str(&format!("ETag: {etag}\r\n"));
                    }
                    log.lock().unwrap().push(Hit {
                        path: target,
                        conditional: if_none_match.is_some(),
                        status,
                    });
                    for (name, value) in headers {
                        head.push_str(&format!("{name}: {value}\r\n"));
                    }
                    let response = format!(
                        "HTTP/1.1 {status} X\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n{head}\r\n",
                        body.len()
                    );
                    let _ = stream.write_all(response.as_bytes()).await;
                    let _ = stream.write_all(&body).await;
                    let _ = stream.shutdown().await;
                });
            }
        });
        Counted {
            addr,
            hits,
            version,
            open,
            broken,
            arrived,
            server,
        }
    }

    fn url(&self) -> String {
        format!("http://{}/", self.addr)
    }

    fn hits(&self) -> Vec<Hit> {
        self.hits.lock().unwrap().clone()
    }
}

impl Drop for Counted {
    fn drop(&mut self) {
        self.server.abort();
    }
}

fn body_hash(body: &[u8]) -> u64 {
    oitcheck::batch::stable_hash(&String::from_utf8_lossy(body))
}

fn demo() -> Site {
    Site::from_dir(&Path::new(ROOT).join("demo/site")).unwrap()
}

fn mini() -> Site {
    Site::from_dir(&Path::new(ROOT).join("tests/fixtures/mini/site")).unwrap()
}

fn mini_checklist() -> String {
    Path::new(ROOT)
        .join("tests/fixtures/mini/mini.yaml")
        .display()
        .to_string()
}

/// A port nothing listens on.
fn closed_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// A fresh folder for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("oitcheck-batch-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn options() -> BatchOptions {
    let mut options = BatchOptions::default();
    options.scan.fetch = FetchConfig {
        rate: 500.0,
        concurrency: 4,
        max_retries: 0,
        ..FetchConfig::default()
    };
    options.scan.crawl = CrawlConfig {
        workers: 4,
        ..CrawlConfig::default()
    };
    options.jobs = 4;
    options
}

fn write_list(dir: &Path, text: &str) -> PathBuf {
    let path = dir.join("agencies.csv");
    std::fs::write(&path, text).unwrap();
    path
}

async fn run_batch(
    list: &Path,
    out: &Path,
    previous: Option<&Path>,
    options: &BatchOptions,
) -> batch::BatchOutcome {
    let list = batch::list::read(list, "ita-2569").unwrap();
    let output = Output::open(out).unwrap();
    let previous = previous.map(|p| State::open_previous(&p.join("state.sqlite")).unwrap());
    let (_cancel, never) = watch::channel(false);
    batch::run(
        &list,
        None,
        &output,
        previous.as_ref(),
        options,
        never,
        &batch::Quiet,
    )
    .await
    .unwrap()
}

/// The answers of the demo site's labels (the truth it was written with).
fn demo_label_counts() -> (usize, usize) {
    let labels = load_labels(&Path::new(ROOT).join("demo")).unwrap();
    let yes = labels
        .items
        .values()
        .filter(|l| l.answer == LabelAnswer::Yes)
        .count();
    (yes, labels.items.len() - yes)
}

#[tokio::test]
async fn a_batch_writes_a_result_per_agency_and_a_summary() {
    let dir = scratch("summary");
    let demo = Counted::serve(demo()).await;
    let mini = Counted::serve(mini()).await;
    let closed = closed_port();
    std::fs::write(
        dir.join("bad-sheet.csv"),
        "ข้อ,มี/ไม่มี,URL\nO99,มี,/about/structure.html\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("good-sheet.csv"),
        "ข้อ,มี/ไม่มี,URL\nO1,มี,/about/structure.html\n",
    )
    .unwrap();
    let list = write_list(
        &dir,
        &format!(
            "รายชื่อหน่วยงาน ปีงบประมาณ 2569\nชื่อหน่วยงาน,เว็บไซต์,แบบตรวจ,แบบตอบ\nอบต.บ้านตัวอย่าง,{},,\nหน่วยงานทดสอบ,{},{},\nไม่มีเว็บ,http://127.0.0.1:{closed}/,,\n\nแบบตอบผิด,{}ita/,,bad-sheet.csv\nแบบตอบดี,{}about/,,good-sheet.csv\n",
            demo.url(),
            mini.url(),
            mini_checklist(),
            demo.url(),
            demo.url()
        ),
    );
    let out = dir.join("out");
    let outcome = run_batch(&list, &out, None, &options()).await;
    assert!(!outcome.interrupted);
    assert_eq!(outcome.counts.total, 5);
    assert_eq!(outcome.counts.finished, 5);
    assert_eq!(outcome.counts.failed, 2);

    let bytes = std::fs::read(out.join("summary.csv")).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "a BOM for Excel");
    let rows = summary::read(&out.join("summary.csv")).unwrap();
    let brief: Vec<(usize, &str, &str, Status)> = rows
        .iter()
        .map(|r| (r.row, r.name.as_str(), r.mode.as_str(), r.status))
        .collect();
    // rows as a spreadsheet numbers them: a title row, the header, a blank row before row 7
    assert_eq!(
        brief,
        vec![
            (3, "อบต.บ้านตัวอย่าง", "scan", Status::Done),
            (4, "หน่วยงานทดสอบ", "scan", Status::Done),
            (5, "ไม่มีเว็บ", "scan", Status::Failed),
            (7, "แบบตอบผิด", "verify", Status::Failed),
            (8, "แบบตอบดี", "verify", Status::Done),
        ]
    );

    // the demo site: its labels say how many items it publishes
    let (yes, no) = demo_label_counts();
    let demo_row = &rows[0];
    assert_eq!(
        (demo_row.yes, demo_row.no, demo_row.unknown),
        (Some(yes), Some(no), Some(0))
    );
    assert_eq!(
        demo_row.result.as_deref(),
        Some(format!("results/127.0.0.1_{}.json", demo.addr.port()).as_str())
    );
    let report: ScanReport = serde_json::from_slice(
        &std::fs::read(out.join(demo_row.result.as_ref().unwrap())).unwrap(),
    )
    .unwrap();
    assert_eq!(report.site.as_str(), demo.url());
    assert_eq!(report.summary.yes, yes);
    assert_eq!(
        demo_row.score,
        Some((report.score.oit * 100.0).round() / 100.0)
    );
    assert_eq!(
        demo_row.rating.as_deref(),
        Some(report.score.rating.as_str())
    );

    // the mini site with its own checklist (row's checklist column): tests/scan.rs's hand
    // labels: O1–O3 yes; O4, O6, O7, O8 no; O5 unknown (robots); O9 a scanned PDF, yes with OCR
    let mini_row = &rows[1];
    let ocr = oitcheck::extract::document::ocr_available();
    let expected = if ocr {
        (Some(4), Some(4), Some(1), Some(47.5))
    } else {
        (Some(3), Some(4), Some(2), Some(37.5))
    };
    assert_eq!(
        (mini_row.yes, mini_row.no, mini_row.unknown, mini_row.score),
        expected
    );
    assert_eq!(mini_row.rating.as_deref(), Some("F"));

    // failures are rows with their reason; the batch went on
    let closed_row = &rows[2];
    assert!(closed_row.score.is_none());
    assert!(
        closed_row
            .error
            .as_deref()
            .unwrap()
            .contains("connection_refused"),
        "{closed_row:?}"
    );
    let bad_sheet = &rows[3];
    let error = bad_sheet.error.as_deref().unwrap();
    assert!(
        error.contains("bad-sheet.csv") && error.contains("O99"),
        "{error}"
    );
    assert!(bad_sheet.result.is_none());

    // a verified agency: only O1 was submitted, and the demo site publishes it
    let verified = &rows[4];
    assert_eq!(verified.yes, Some(1), "{verified:?}");
    let report: serde_json::Value = serde_json::from_slice(
        &std::fs::read(out.join(verified.result.as_ref().unwrap())).unwrap(),
    )
    .unwrap();
    assert_eq!(report["items"][0]["id"], "O1");
    assert_eq!(report["items"][0]["verdict"], "pass");
}

/// Signals the test when a given agency has finished.
struct FinishedSignal {
    row: usize,
    tx: watch::Sender<bool>,
}

impl BatchProgress for FinishedSignal {
    fn finished(&self, agency: &Agency, _row: &SummaryRow, _counts: &Counts) {
        if agency.row == self.row {
            let _ = self.tx.send(true);
        }
    }
}

#[tokio::test]
async fn an_interrupted_batch_resumes_without_refetching_finished_sites() {
    let dir = scratch("resume");
    let quick = Counted::serve(demo()).await;
    let stuck = Counted::serve(mini()).await;
    // the second site does not answer until the test lets it
    stuck.open.send_replace(false);
    let list = write_list(
        &dir,
        &format!(
            "name,url,checklist\nquick,{},\nstuck,{},{}\n",
            quick.url(),
            stuck.url(),
            mini_checklist()
        ),
    );
    let out = dir.join("out");
    let agencies = batch::list::read(&list, "ita-2569").unwrap();
    {
        let output = Output::open(&out).unwrap();
        let (cancel, cancel_rx) = watch::channel(false);
        let (done_tx, mut done_rx) = watch::channel(false);
        let signal = FinishedSignal {
            row: 2,
            tx: done_tx,
        };
        let options = options();
        let batch_run = batch::run(&agencies, None, &output, None, &options, cancel_rx, &signal);
        // interrupt once the quick site is finished, while the stuck one waits
        let interrupt = async {
            done_rx.wait_for(|d| *d).await.unwrap();
            cancel.send_replace(true);
        };
        let (outcome, ()) = tokio::join!(batch_run, interrupt);
        let outcome = outcome.unwrap();
        assert!(outcome.interrupted);
        let statuses: Vec<Status> = outcome.rows.iter().map(|r| r.status).collect();
        assert_eq!(statuses, vec![Status::Done, Status::Pending]);
        let rows = summary::read(&out.join("summary.csv")).unwrap();
        assert_eq!(
            rows[1].status,
            Status::Pending,
            "the summary says what is left"
        );
    }
    let quick_requests = quick.hits().len();
    assert!(quick_requests > 10, "the quick site was crawled");

    // the second run: the stuck site answers now; the finished one is not fetched again
    stuck.open.send_replace(true);
    let outcome = run_batch(&list, &out, None, &options()).await;
    assert!(!outcome.interrupted);
    assert_eq!(outcome.counts.earlier, 1);
    let statuses: Vec<Status> = outcome.rows.iter().map(|r| r.status).collect();
    assert_eq!(statuses, vec![Status::Done, Status::Done]);
    assert_eq!(quick.hits().len(), quick_requests, "nothing refetched");
    assert!(stuck.hits().iter().any(|h| h.path == "/"));

    // a third run has nothing to do at all
    let stuck_requests = stuck.hits().len();
    let outcome = run_batch(&list, &out, None, &options()).await;
    assert_eq!(outcome.counts.earlier, 2);
    assert_eq!(
        (quick.hits().len(), stuck.hits().len()),
        (quick_requests, stuck_requests)
    );
}

#[tokio::test]
async fn a_failed_site_is_kept_until_asked_to_retry() {
    let dir = scratch("retry");
    let site = Counted::serve(demo()).await;
    site.broken.send_replace(true);
    let list = write_list(
        &dir,
        &format!(
            "name,url
down,{}
",
            site.url()
        ),
    );
    let out = dir.join("out");
    let first = run_batch(&list, &out, None, &options()).await;
    assert_eq!(first.rows[0].status, Status::Failed);
    assert!(
        first.rows[0].error.as_deref().unwrap().contains("503"),
        "{:?}",
        first.rows[0]
    );
    // the site is back, but a failed agency is finished: a rerun does not fetch it
    site.broken.send_replace(false);
    let requests = site.hits().len();
    let kept = run_batch(&list, &out, None, &options()).await;
    assert_eq!(
        (kept.rows[0].status, kept.counts.earlier),
        (Status::Failed, 1)
    );
    assert_eq!(site.hits().len(), requests);
    // unless asked to
    let mut retry = options();
    retry.retry_failed = true;
    let retried = run_batch(&list, &out, None, &retry).await;
    assert_eq!(
        (retried.rows[0].status, retried.counts.earlier),
        (Status::Done, 0)
    );
    assert!(site.hits().len() > requests);
}

#[test]
fn shards_split_the_list_deterministically_and_cover_it() {
    let dir = scratch("shards");
    let mut text = String::from("name,url\n");
    for i in 0..300 {
        text.push_str(&format!("agency {i},https://www.agency{i}.go.th/\n"));
    }
    let list = batch::list::read(&write_list(&dir, &text), "ita-2569").unwrap();
    let shards: Vec<Shard> = (0..4).map(|k| Shard { index: k, count: 4 }).collect();
    let mut sizes = [0usize; 4];
    for agency in &list.agencies {
        let key = agency.key();
        let owners: Vec<u64> = shards
            .iter()
            .filter(|s| s.contains(&key))
            .map(|s| s.index)
            .collect();
        assert_eq!(owners.len(), 1, "{key} belongs to exactly one shard");
        sizes[owners[0] as usize] += 1;
    }
    // no shard is empty or holds most of the list (300 / 4 = 75 each on average)
    assert!(sizes.iter().all(|s| (40..=110).contains(s)), "{sizes:?}");

    // the same list in another order, with rows removed: every agency stays in its shard
    let mut lines: Vec<&str> = text.lines().skip(1).collect();
    lines.reverse();
    lines.retain(|l| !l.contains("agency1"));
    let edited = format!(
        "url,name\n{}\n",
        lines
            .iter()
            .map(|l| {
                let (name, url) = l.split_once(',').unwrap();
                format!("{url},{name}")
            })
            .collect::<Vec<_>>()
            .join("\n")
    );
    let moved = batch::list::read(&write_list(&dir, &edited), "ita-2569").unwrap();
    for agency in &moved.agencies {
        let original = list.agencies.iter().find(|a| a.url == agency.url).unwrap();
        for shard in &shards {
            assert_eq!(
                shard.contains(&agency.key()),
                shard.contains(&original.key())
            );
        }
    }
}

#[tokio::test]
async fn shards_run_apart_and_their_summaries_merge_into_the_list() {
    let dir = scratch("merge");
    let mut text = String::from("name,url\n");
    // sites that refuse at once: failed rows, quickly (the listeners are held until every port
    // is picked, so the ports are distinct, then closed)
    let listeners: Vec<std::net::TcpListener> = (0..8)
        .map(|_| std::net::TcpListener::bind("127.0.0.1:0").unwrap())
        .collect();
    for (i, listener) in listeners.iter().enumerate() {
        let port = listener.local_addr().unwrap().port();
        text.push_str(&format!("down {i},http://127.0.0.1:{port}/\n"));
    }
    drop(listeners);
    let list_path = write_list(&dir, &text);
    let list = batch::list::read(&list_path, "ita-2569").unwrap();
    let mut parts = Vec::new();
    for k in 0..2 {
        let out = dir.join(format!("shard-{k}"));
        let output = Output::open(&out).unwrap();
        let (_cancel, never) = watch::channel(false);
        let outcome = batch::run(
            &list,
            Some(Shard { index: k, count: 2 }),
            &output,
            None,
            &options(),
            never,
            &batch::Quiet,
        )
        .await
        .unwrap();
        parts.push(summary::read(&outcome.summary).unwrap());
    }
    assert_eq!(parts[0].len() + parts[1].len(), 8);
    let (merged, notes) = summary::merge(parts);
    assert!(notes.is_empty());
    let rows: Vec<usize> = merged.iter().map(|r| r.row).collect();
    assert_eq!(
        rows,
        (2..=9).collect::<Vec<_>>(),
        "every row once, in list order"
    );
    assert!(merged.iter().all(|r| r.status == Status::Failed));

    // the command line merges the folders too, and checks them against the list
    let merged_csv = dir.join("merged.csv");
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_oitcheck"))
        .args(["batch", "merge"])
        .arg(dir.join("shard-0"))
        .arg(dir.join("shard-1"))
        .arg("-o")
        .arg(&merged_csv)
        .arg("--list")
        .arg(&list_path)
        .output()
        .unwrap();
    assert_eq!(
        status.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
    assert_eq!(summary::read(&merged_csv).unwrap(), merged);
    let only_one = std::process::Command::new(env!("CARGO_BIN_EXE_oitcheck"))
        .args(["batch", "merge"])
        .arg(dir.join("shard-0"))
        .arg("-o")
        .arg(&merged_csv)
        .arg("--list")
        .arg(&list_path)
        .output()
        .unwrap();
    assert_eq!(only_one.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&only_one.stderr).contains("are in no summary"));
}

#[tokio::test]
async fn a_rescan_asks_for_documents_conditionally_and_reuses_unchanged_ones() {
    let dir = scratch("conditional");
    let site = Counted::serve(mini()).await;
    let list = write_list(
        &dir,
        &format!(
            "name,url,checklist\nmini,{},{}\n",
            site.url(),
            mini_checklist()
        ),
    );
    let first_out = dir.join("2569-01");
    let first = run_batch(&list, &first_out, None, &options()).await;
    let first_hits = site.hits();
    assert!(
        first_hits.iter().all(|h| !h.conditional),
        "nothing to ask about yet"
    );
    assert_eq!(first.rows[0].unchanged, Some(0));
    let read_pdf = |hits: &[Hit]| {
        hits.iter()
            .filter(|h| h.path == "/docs/risk.pdf")
            .cloned()
            .collect::<Vec<_>>()
    };
    assert_eq!(read_pdf(&first_hits).len(), 1);

    // next month: the PDF has not changed; it is asked for conditionally and not sent again
    let second_out = dir.join("2569-02");
    let second = run_batch(&list, &second_out, Some(&first_out), &options()).await;
    let second_hits: Vec<Hit> = site.hits()[first_hits.len()..].to_vec();
    let pdf = read_pdf(&second_hits);
    assert_eq!(pdf.len(), 1);
    assert!(pdf[0].conditional && pdf[0].status == 304, "{pdf:?}");
    // pages are fetched in full (no conditional requests for them)
    assert!(
        second_hits
            .iter()
            .filter(|h| !h.path.contains("/docs/"))
            .all(|h| !h.conditional),
        "{second_hits:?}"
    );
    assert!(second.rows[0].unchanged.unwrap() >= 1);
    // and the answers are the same: O8 still reads the PDF's year from its first page
    let report = |out: &Path, row: &SummaryRow| -> ScanReport {
        serde_json::from_slice(&std::fs::read(out.join(row.result.as_ref().unwrap())).unwrap())
            .unwrap()
    };
    let (before, after) = (
        report(&first_out, &first.rows[0]),
        report(&second_out, &second.rows[0]),
    );
    assert_eq!(before.items, after.items);
    let o8 = after.items.iter().find(|i| i.id == "O8").unwrap();
    assert!(
        o8.evidence[0]
            .matched
            .iter()
            .any(|m| m.contains("(page 1)")),
        "{o8:?}"
    );

    // the month after, every file has changed: each is sent and read again
    site.version.send_replace(2);
    let third_out = dir.join("2569-03");
    let seen = site.hits().len();
    let third = run_batch(&list, &third_out, Some(&second_out), &options()).await;
    let third_hits: Vec<Hit> = site.hits()[seen..].to_vec();
    let pdf = read_pdf(&third_hits);
    assert!(pdf[0].conditional && pdf[0].status == 200, "{pdf:?}");
    assert_eq!(third.rows[0].unchanged, Some(0));
    assert_eq!(report(&third_out, &third.rows[0]).items, before.items);
}

#[test]
fn a_bad_list_is_refused_with_every_row_named() {
    let dir = scratch("badlist");
    let list = write_list(
        &dir,
        "ชื่อหน่วยงาน,เว็บไซต์\nก,\nข,notaurl with spaces\nค,https://c.go.th/\nง,https://c.go.th/\n",
    );
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_oitcheck"))
        .arg("batch")
        .arg(&list)
        .arg("-o")
        .arg(dir.join("out"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("3 problems; nothing was fetched"),
        "{stderr}"
    );
    assert!(
        stderr.contains("row 2, column B (เว็บไซต์): no URL"),
        "{stderr}"
    );
    assert!(
        stderr.contains("row 3, column B (เว็บไซต์): `notaurl with spaces` is not a valid URL"),
        "{stderr}"
    );
    assert!(
        stderr.contains("row 5, column B (เว็บไซต์): https://c.go.th/ is listed already on row 4"),
        "{stderr}"
    );
    assert!(!dir.join("out").exists(), "nothing was created");
}

/// SIGTERM (what Kubernetes sends a pod it stops) keeps what is finished and exits 4.
#[cfg(unix)]
#[tokio::test]
async fn sigterm_writes_the_summary_and_exits_4() {
    let dir = scratch("sigterm");
    let quick = Counted::serve(demo()).await;
    let stuck = Counted::serve(mini()).await;
    stuck.open.send_replace(false);
    let list = write_list(
        &dir,
        &format!("name,url\nquick,{}\nstuck,{}\n", quick.url(), stuck.url()),
    );
    let out = dir.join("out");
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_oitcheck"))
        .arg("batch")
        .arg(&list)
        .args([
            "-o",
            out.to_str().unwrap(),
            "--rate",
            "500",
            "--concurrency",
            "4",
        ])
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // the stuck site has been asked ...
    let mut arrived = stuck.arrived.clone();
    arrived.wait_for(|n| *n > 0).await.unwrap();
    let (code, lines) = tokio::task::spawn_blocking(move || {
        use std::io::{BufRead, Read};
        // ... and the quick one has finished (its line is on standard error)
        let mut stderr = std::io::BufReader::new(child.stderr.take().unwrap());
        let mut lines = String::new();
        while !lines.contains("[1/2] quick") {
            let mut line = String::new();
            assert!(stderr.read_line(&mut line).unwrap() > 0, "{lines}");
            lines.push_str(&line);
        }
        let killed = std::process::Command::new("kill")
            .args(["-TERM", &child.id().to_string()])
            .status()
            .unwrap();
        assert!(killed.success());
        stderr.read_to_string(&mut lines).unwrap();
        (child.wait().unwrap().code(), lines)
    })
    .await
    .unwrap();
    assert_eq!(code, Some(4), "{lines}");
    assert!(lines.contains("run the same command again"), "{lines}");
    let rows = summary::read(&out.join("summary.csv")).unwrap();
    let statuses: Vec<Status> = rows.iter().map(|r| r.status).collect();
    assert_eq!(statuses, vec![Status::Done, Status::Pending]);
}

/// A one-sheet XLSX whose rows are `rows` (inline strings), as Excel saves a list.
fn xlsx_list(rows: &[&[&str]]) -> Vec<u8> {
    use std::io::Write;
    let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    let rels = "http://schemas.openxmlformats.org/package/2006/relationships";
    let doc = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    let mut sheet = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"{main}\"><sheetData>"
    );
    for (r, row) in rows.iter().enumerate() {
        sheet.push_str(&format!("<row r=\"{}\">", r + 1));
        for (c, text) in row.iter().enumerate() {
            let column = char::from(b'A' + c as u8);
            sheet.push_str(&format!(
                "<c r=\"{column}{}\" t=\"inlineStr\"><is><t>{text}</t></is></c>",
                r + 1
            ));
        }
        sheet.push_str("</row>");
    }
    sheet.push_str("</sheetData></worksheet>");
    let files: [(&str, String); 5] = [
        ("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>".into()),
        ("_rels/.rels", format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"{rels}\"><Relationship Id=\"rId1\" Type=\"{doc}/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>")),
        ("xl/workbook.xml", format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"{main}\" xmlns:r=\"{doc}\"><sheets><sheet name=\"หน่วยงาน\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>")),
        ("xl/_rels/workbook.xml.rels", format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"{rels}\"><Relationship Id=\"rId1\" Type=\"{doc}/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>")),
        ("xl/worksheets/sheet1.xml", sheet),
    ];
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, text) in files {
        writer
            .start_file(name, zip::write::SimpleFileOptions::default())
            .unwrap();
        writer.write_all(text.as_bytes()).unwrap();
    }
    writer.finish().unwrap().into_inner()
}

#[test]
fn a_list_saved_from_excel_reads_like_a_csv() {
    let dir = scratch("xlsx");
    let path = dir.join("agencies.xlsx");
    std::fs::write(
        &path,
        xlsx_list(&[
            &["รายชื่อหน่วยงาน ปีงบประมาณ 2569"],
            &["ลำดับ", "ชื่อหน่วยงาน", "เว็บไซต์", "แบบตรวจ"],
            &["1", "อบต.บ้านตัวอย่าง", "www.example.go.th", "ita-2568"],
            &["2", "เทศบาลตำบลทดสอบ", "https://www.test.go.th/"],
        ]),
    )
    .unwrap();
    let list = batch::list::read(&path, "ita-2569").unwrap();
    let read: Vec<(usize, &str, &str, &str)> = list
        .agencies
        .iter()
        .map(|a| (a.row, a.name.as_str(), a.url.as_str(), a.checklist.as_str()))
        .collect();
    assert_eq!(
        read,
        vec![
            (3, "อบต.บ้านตัวอย่าง", "https://www.example.go.th/", "ita-2568"),
            (4, "เทศบาลตำบลทดสอบ", "https://www.test.go.th/", "ita-2569"),
        ]
    );
    // a mistake in a spreadsheet is named by its row and column letter as Excel shows them
    std::fs::write(
        &path,
        xlsx_list(&[&["หน่วยงาน", "URL"], &["ก", "mailto:x@y.go.th"]]),
    )
    .unwrap();
    let error = batch::list::read(&path, "ita-2569")
        .unwrap_err()
        .to_string();
    assert!(
        error.contains("row 2, column B (URL): `mailto:x@y.go.th` uses the mailto scheme"),
        "{error}"
    );
}
