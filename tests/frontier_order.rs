//! Requests to verdict: on a site whose OIT evidence sits 3–4 clicks deep behind a large news
//! archive, the prioritised frontier fetches every evidence URL after at most 35 % of the requests
//! a plain breadth-first crawl needs (issue 13.3). The site is generated here, written to a
//! temporary folder and served on 127.0.0.1 by oitcheck's fixture server; each crawl stops (through
//! its cancel channel, as an early stop would) once the last evidence URL is in.
//!
//! Counts, not times: the test measures nothing but the order of requests. `bench/crawl.sh` prints
//! the same comparison on larger generated sites.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use oitcheck::checklist;
use oitcheck::crawl::{self, CrawlConfig, Progress};
use oitcheck::discover::Order;
use oitcheck::evaluate::Answer;
use oitcheck::fetch::{FetchConfig, Fetcher};
use oitcheck::fixture::serve;
use oitcheck::rules::Rules;
use oitcheck::snapshot::StopReason;
use tokio::sync::watch;
use url::Url;

/// Posts in the news archive, over four categories and twelve months.
const POSTS: usize = 480;

/// Per-item pages of the ITA section: (slug, link text). Each links its document.
const ITEMS: &[(&str, &str)] = &[
    ("o1", "O1 โครงสร้าง หน้าที่และอำนาจ"),
    ("o2", "O2 ข้อมูลผู้บริหาร"),
    ("o5", "O5 แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน"),
    ("o8", "O8 คู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่"),
    ("o11", "O11 สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน"),
    ("o15", "O15 ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม"),
    ("o20", "O20 การขับเคลื่อนนโยบาย NO GIFT POLICY"),
    ("o23", "O23 แผนปฏิบัติการป้องกันการทุจริต"),
];

/// Categories: (slug, name, title of their posts). Two name OIT items (O4 news, O11
/// procurement), as real archives do, to lure a keyword-greedy crawler into the archive.
const CATEGORIES: &[(&str, &str, &str)] = &[
    ("news", "ข่าวประชาสัมพันธ์", "ประชาสัมพันธ์การรับชำระภาษี"),
    ("activity", "ข่าวกิจกรรม", "โครงการอบรมเชิงปฏิบัติการ"),
    ("announce", "ประกาศ", "ประกาศรายชื่อผู้มีสิทธิ์สอบ"),
    ("procurement", "จัดซื้อจัดจ้าง", "สรุปผลการจัดซื้อจัดจ้างประจำเดือน"),
];

struct TempSite(PathBuf);

impl Drop for TempSite {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn write(root: &Path, path: &str, body: &str) {
    let mut relative = path.trim_start_matches('/').to_string();
    if relative.is_empty() || relative.ends_with('/') {
        relative.push_str("index.html");
    }
    let file = root.join(relative);
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    std::fs::write(file, body).unwrap();
}

fn post_path(n: usize) -> String {
    format!("/news/{}/{n}/", 1 + n % 12)
}

fn post_title(n: usize) -> String {
    format!("{} ครั้งที่ {n}", CATEGORIES[n % CATEGORIES.len()].2)
}

/// The template around every page: a menu (no link to the ITA section), a sidebar of recent
/// posts, categories and monthly archives, a footer.
fn page(title: &str, body: &str) -> String {
    let mut menu = String::from(
        r#"<nav class="main-menu"><ul><li><a href="/">หน้าแรก</a></li><li><a href="/about/">เกี่ยวกับเรา</a></li>"#,
    );
    for (slug, name, _) in CATEGORIES {
        menu.push_str(&format!(
            r#"<li><a href="/category/{slug}/">{name}</a></li>"#
        ));
    }
    menu.push_str(r#"<li><a href="/contact/">ติดต่อเรา</a></li></ul></nav>"#);
    let mut sidebar = String::from(r#"<aside class="sidebar"><h3>เรื่องล่าสุด</h3><ul>"#);
    for n in (POSTS - 5..POSTS).rev() {
        sidebar.push_str(&format!(
            r#"<li><a href="{}">{}</a></li>"#,
            post_path(n),
            post_title(n)
        ));
    }
    sidebar.push_str("</ul><h3>คลังเก็บ</h3><ul>");
    for month in 1..=12 {
        sidebar.push_str(&format!(
            r#"<li><a href="/news/{month}/">เดือน {month}</a></li>"#
        ));
    }
    sidebar.push_str("</ul></aside>");
    format!(
        r#"<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>{title}</title></head><body>{menu}<main><h1>{title}</h1>{body}</main>{sidebar}<footer>เทศบาลตำบลทดสอบ โทร 0 5521 3456</footer></body></html>"#
    )
}

/// A listing of `posts`, ten a page, with WordPress's pagination links.
fn listing(root: &Path, base: &str, title: &str, posts: &[usize]) {
    let last = posts.len().div_ceil(10).max(1);
    for n in 1..=last {
        let mut body = String::new();
        for &p in posts.iter().skip((n - 1) * 10).take(10) {
            body.push_str(&format!(
                r#"<article><h2><a href="{}">{}</a></h2><p>รายละเอียดของข่าว</p></article>"#,
                post_path(p),
                post_title(p)
            ));
        }
        let href = |k: usize| {
            if k == 1 {
                base.to_string()
            } else {
                format!("{base}page/{k}/")
            }
        };
        body.push_str(r#"<div class="pagination">"#);
        for k in [1, n.saturating_sub(1), n + 1, last] {
            if k >= 1 && k <= last && k != n {
                body.push_str(&format!(r#"<a href="{}">{k}</a> "#, href(k)));
            }
        }
        body.push_str("</div>");
        write(root, &href(n), &page(&format!("{title} หน้า {n}"), &body));
    }
}

/// Writes the site; returns the evidence paths (per-item pages and their documents).
fn generate(root: &Path) -> Vec<String> {
    let mut evidence = Vec::new();
    let newest: String = (POSTS - 10..POSTS)
        .rev()
        .map(|n| {
            format!(
                r#"<li><a href="{}">{}</a></li>"#,
                post_path(n),
                post_title(n)
            )
        })
        .collect();
    write(root, "/", &page("หน้าแรก", &format!("<ul>{newest}</ul>")));
    write(
        root,
        "/about/",
        &page(
            "เกี่ยวกับเรา",
            r#"<p><a href="/about/history/">ประวัติ</a></p><p><a href="/about/oit/">การเปิดเผยข้อมูลสาธารณะ ITA 2569</a></p>"#,
        ),
    );
    write(root, "/about/history/", &page("ประวัติ", "<p>ประวัติ</p>"));
    write(
        root,
        "/contact/",
        &page("ติดต่อเรา", "<p>โทร 0 5521 3456</p>"),
    );
    let mut list = String::new();
    for (slug, text) in ITEMS {
        let item_page = format!("/about/oit/{slug}/");
        let document = format!("/files/{slug}.csv");
        write(
            root,
            &item_page,
            &page(
                text,
                &format!(r#"<p><a href="{document}">ดาวน์โหลด</a></p>"#),
            ),
        );
        write(root, &document, &format!("เรื่อง,ปี\n{text},2569\n"));
        list.push_str(&format!(r#"<li><a href="{item_page}">{text}</a></li>"#));
        evidence.push(item_page);
        evidence.push(document);
    }
    write(
        root,
        "/about/oit/",
        &page("การเปิดเผยข้อมูลสาธารณะ", &format!("<ol>{list}</ol>")),
    );
    for n in 0..POSTS {
        let previous = if n > 0 {
            format!(r#"<a href="{}">ก่อนหน้า</a>"#, post_path(n - 1))
        } else {
            String::new()
        };
        write(
            root,
            &post_path(n),
            &page(&post_title(n), &format!("<p>เนื้อหาข่าว</p>{previous}")),
        );
    }
    for (c, (slug, name, _)) in CATEGORIES.iter().enumerate() {
        let posts: Vec<usize> = (0..POSTS)
            .rev()
            .filter(|n| n % CATEGORIES.len() == c)
            .collect();
        listing(root, &format!("/category/{slug}/"), name, &posts);
    }
    for month in 1..=12 {
        let posts: Vec<usize> = (0..POSTS).rev().filter(|n| 1 + n % 12 == month).collect();
        listing(root, &format!("/news/{month}/"), "คลังข่าว", &posts);
    }
    evidence
}

/// Counts requests and cancels the crawl when the last evidence path is in.
struct Oracle {
    evidence: HashSet<String>,
    state: Mutex<(usize, HashSet<String>, Option<usize>)>,
    cancel: watch::Sender<bool>,
}

impl Progress for Oracle {
    fn fetched(&self, url: &Url, _: usize, _: usize) {
        let mut state = self.state.lock().unwrap();
        state.0 += 1;
        if self.evidence.contains(url.path()) {
            state.1.insert(url.path().to_string());
        }
        if state.1.len() == self.evidence.len() && state.2.is_none() {
            state.2 = Some(state.0);
            let _ = self.cancel.send(true);
        }
    }
}

/// Requests until every evidence path was fetched, in the given order.
async fn requests_to_evidence(start: &Url, evidence: &[String], order: Order) -> usize {
    let rules = Rules::new(&checklist::load("ita-2569").unwrap());
    let fetcher = Arc::new(
        Fetcher::new(FetchConfig {
            rate: 10_000.0,
            concurrency: 1,
            timeout: Duration::from_secs(10),
            ..FetchConfig::default()
        })
        .unwrap(),
    );
    let config = CrawlConfig {
        max_pages: 10_000,
        max_documents: 10_000,
        max_depth: 10_000,
        time_limit: Duration::from_secs(120),
        workers: 1,
        order,
        ..CrawlConfig::default()
    };
    let (cancel, cancel_rx) = watch::channel(false);
    let oracle = Oracle {
        evidence: evidence.iter().cloned().collect(),
        state: Mutex::new((0, HashSet::new(), None)),
        cancel,
    };
    let snapshot = crawl::crawl(start, &rules, &config, fetcher, cancel_rx, &oracle).await;
    let state = oracle.state.lock().unwrap();
    let missing: Vec<&String> = oracle.evidence.difference(&state.1).collect();
    state.2.unwrap_or_else(|| {
        panic!(
            "{order:?}: the crawl ended ({}) after {} requests without {missing:?}",
            snapshot.stopped.as_str(),
            state.0
        )
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn prioritised_frontier_reaches_deep_evidence_in_a_third_of_the_requests() {
    let root = std::env::temp_dir().join(format!("oitcheck-frontier-{}", std::process::id()));
    let _cleanup = TempSite(root.clone());
    let evidence = generate(&root);
    assert_eq!(evidence.len(), 2 * ITEMS.len());
    let site = serve::Site::from_dir(&root).unwrap();
    let (addr, server) = serve::serve(site, 0).await.unwrap();
    let start = Url::parse(&format!("http://{addr}/")).unwrap();

    let prioritised = requests_to_evidence(&start, &evidence, Order::Priority).await;
    let breadth_first = requests_to_evidence(&start, &evidence, Order::BreadthFirst).await;
    server.abort();
    eprintln!(
        "requests to every evidence URL: prioritised {prioritised}, breadth-first {breadth_first}"
    );
    // the evidence itself is 16 requests, and the path to it (home, about, the hub) 3 more
    assert!(prioritised >= evidence.len() + 3, "{prioritised}");
    assert!(
        prioritised * 100 <= breadth_first * 35,
        "prioritised {prioritised} requests, breadth-first {breadth_first}"
    );
}

/// Counts the requests a crawl answers.
struct Requests(Mutex<usize>);

impl Progress for Requests {
    fn fetched(&self, _: &Url, _: usize, _: usize) {
        *self.0.lock().unwrap() += 1;
    }
}

/// Scans the site, with or without the early stop; returns the report and the requests made.
async fn scan(start: &Url, early_stop: bool) -> (oitcheck::ScanReport, usize) {
    let checklist = checklist::load("ita-2569").unwrap();
    let options = oitcheck::ScanOptions {
        fetch: FetchConfig {
            rate: 10_000.0,
            concurrency: 4,
            timeout: Duration::from_secs(10),
            ..FetchConfig::default()
        },
        crawl: CrawlConfig {
            max_pages: 10_000,
            max_documents: 10_000,
            max_depth: 10_000,
            time_limit: Duration::from_secs(120),
            workers: 4,
            early_stop,
            ..CrawlConfig::default()
        },
        ..Default::default()
    };
    let fetcher = Arc::new(Fetcher::new(options.fetch.clone()).unwrap());
    let (_cancel, cancel_rx) = watch::channel(false);
    let requests = Requests(Mutex::new(0));
    let report =
        oitcheck::scan::scan_with(fetcher, start, &checklist, &options, cancel_rx, &requests).await;
    let n = *requests.0.lock().unwrap();
    (report, n)
}

/// The early stop (issue 13.3): once the answers cannot change, the crawl stops; what it leaves
/// is the news archive, and every answer is the one a crawl of the whole site gives.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_crawl_stops_once_nothing_left_can_change_an_answer() {
    let root = std::env::temp_dir().join(format!("oitcheck-early-stop-{}", std::process::id()));
    let _cleanup = TempSite(root.clone());
    generate(&root);
    let site = serve::Site::from_dir(&root).unwrap();
    let (addr, server) = serve::serve(site, 0).await.unwrap();
    let start = Url::parse(&format!("http://{addr}/")).unwrap();

    let (whole, whole_requests) = scan(&start, false).await;
    let (early, early_requests) = scan(&start, true).await;
    server.abort();
    eprintln!("requests: whole site {whole_requests}, with the early stop {early_requests}");
    assert_eq!(whole.crawl.stopped, StopReason::Complete);
    assert_eq!(early.crawl.stopped, StopReason::Decided);
    assert!(early.complete(), "an early stop is not a cut crawl");
    // the whole crawl reads every post of the archive, and its listings
    assert!(whole_requests > POSTS + 48, "{whole_requests}");
    assert!(
        early_requests * 100 <= whole_requests * 35,
        "early stop {early_requests} requests, whole site {whole_requests}"
    );
    let answers = |r: &oitcheck::ScanReport| -> Vec<(String, Answer)> {
        r.items.iter().map(|i| (i.id.clone(), i.answer)).collect()
    };
    assert_eq!(answers(&early), answers(&whole));
    // the ITA section's per-item pages were all read: each of its items was found (its
    // one-line page lacks elements, but it is no longer "not found")
    for (slug, _) in ITEMS {
        let id = slug.to_uppercase();
        let item = early.items.iter().find(|i| i.id == id).unwrap();
        assert_ne!(
            item.reason_code,
            Some(oitcheck::ReasonCode::NotFound),
            "{id}: {}",
            item.reason
        );
    }
}
