//! End-to-end scans of fixture sites served on 127.0.0.1.

use oitcheck::ReasonCode;
use std::path::Path;

use oitcheck::checklist;
use oitcheck::crawl::{CrawlConfig, Quiet};
use oitcheck::evaluate::Answer;
use oitcheck::fetch::FetchConfig;
use oitcheck::fixture::serve;
use oitcheck::scan::{self, ScanOptions, ScanReport};
use url::Url;

fn options(respect_robots: bool) -> ScanOptions {
    ScanOptions {
        fetch: FetchConfig {
            rate: 500.0,
            concurrency: 4,
            max_retries: 0,
            ..FetchConfig::default()
        },
        crawl: CrawlConfig {
            workers: 4,
            respect_robots,
            ..CrawlConfig::default()
        },
        fiscal_year: None,
        iit: None,
        eit: None,
    }
}

async fn scan_mini(respect_robots: bool) -> ScanReport {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mini");
    let checklist =
        checklist::load(root.join("mini.yaml").to_str().unwrap()).expect("mini checklist");
    let site = serve::Site::from_dir(&root.join("site")).unwrap();
    let (addr, server) = serve::serve(site, 0).await.unwrap();
    let start = Url::parse(&format!("http://{addr}/")).unwrap();
    let (_tx, rx) = tokio::sync::watch::channel(false);
    let report = scan::scan(&start, &checklist, &options(respect_robots), rx, &Quiet)
        .await
        .unwrap();
    server.abort();
    report
}

fn item<'a>(report: &'a ScanReport, id: &str) -> &'a oitcheck::evaluate::ItemResult {
    report.items.iter().find(|i| i.id == id).unwrap()
}

#[tokio::test]
async fn mini_site_answers_match_hand_labels() {
    let report = scan_mini(true).await;
    assert_eq!(report.crawl.stopped.as_str(), "complete");
    // ?page_id= page found through the menu, chart text and picture on it
    let o1 = item(&report, "O1");
    assert_eq!(o1.answer, Answer::Yes, "{}", o1.reason);
    assert!(o1.evidence[0].url.as_str().ends_with("/?page_id=5"));
    // reached through a redirect
    let o2 = item(&report, "O2");
    assert_eq!(o2.answer, Answer::Yes, "{}", o2.reason);
    assert!(o2.evidence[0].url.as_str().ends_with("/contact.html"));
    // a TIS-620 page with an unknown charset label and a Thai-digit year
    let o3 = item(&report, "O3");
    assert_eq!(o3.answer, Answer::Yes, "{}", o3.reason);
    assert!(
        o3.evidence[0]
            .matched
            .iter()
            .any(|m| m.contains("๒๕๖๙") || m.contains("2569")),
        "{:?}",
        o3.evidence[0].matched
    );
    // a dead document link is "no", not "unknown"
    let o4 = item(&report, "O4");
    assert_eq!(o4.answer, Answer::No);
    assert_eq!(o4.reason_code.map(ReasonCode::as_str), Some("http_404"));
    // robots.txt disallows the only candidate: unknown with the reason, never "no"
    let o5 = item(&report, "O5");
    assert_eq!(o5.answer, Answer::Unknown);
    assert_eq!(
        o5.reason_code.map(ReasonCode::as_str),
        Some("robots_disallowed")
    );
    // a placeholder link never counts
    let o6 = item(&report, "O6");
    assert_eq!(o6.answer, Answer::No);
    assert_eq!(
        o6.reason_code.map(ReasonCode::as_str),
        Some("placeholder_link")
    );
    // evidence only on Google Drive
    let o7 = item(&report, "O7");
    assert_eq!(o7.answer, Answer::No);
    assert_eq!(
        o7.reason_code.map(ReasonCode::as_str),
        Some("external_only")
    );
    // the link says 2569; the PDF itself is the FY2568 assessment
    let o8 = item(&report, "O8");
    assert_eq!(o8.answer, Answer::No, "{}", o8.reason);
    assert_eq!(o8.reason_code.map(ReasonCode::as_str), Some("wrong_year"));
    assert!(o8.evidence[0].url.as_str().ends_with("/docs/risk.pdf"));
    assert!(o8.missing[0].contains("2568"), "{:?}", o8.missing);
    assert!(
        o8.evidence[0]
            .matched
            .iter()
            .any(|m| m.contains("(page 1)")),
        "{:?}",
        o8.evidence[0].matched
    );
    // a scanned PDF cannot be read without OCR: unknown, never "no"; with OCR (tesseract and its
    // Thai data installed) it is read, and it is the FY2568 summary O9 asks for
    let o9 = item(&report, "O9");
    let ocr = oitcheck::extract::document::ocr_available();
    if ocr {
        assert_eq!(o9.answer, Answer::Yes, "{}", o9.reason);
    } else {
        assert_eq!(o9.answer, Answer::Unknown, "{}", o9.reason);
        assert_eq!(o9.reason_code.map(ReasonCode::as_str), Some("needs_ocr"));
        assert_eq!(report.score.unknown_items, 2);
    }
    // hand computation: 9.1 = 100, 9.2 = 50 → 9 = 75; 10.1 = 0 (1/5 = 20 with OCR) → 10 = 0
    // (20); OIT = 37.5 (47.5 with OCR), F either way
    assert_eq!(report.score.oit, if ocr { 47.5 } else { 37.5 });
    assert_eq!(report.score.rating, "F");
}

#[tokio::test]
async fn ignore_robots_reaches_the_disallowed_page() {
    let report = scan_mini(false).await;
    let o5 = item(&report, "O5");
    assert_eq!(o5.answer, Answer::Yes, "{}", o5.reason);
    // 9 = 75; 10.1 = 1/5 → 20 (2/5 → 40 with OCR reading the O9 scan); OIT = (75 + 20) / 2 = 47.5,
    // F (with OCR (75 + 40) / 2 = 57.5, D)
    let ocr = oitcheck::extract::document::ocr_available();
    assert_eq!(report.score.oit, if ocr { 57.5 } else { 47.5 });
    assert_eq!(report.score.rating, if ocr { "D" } else { "F" });
}

#[tokio::test]
async fn json_report_keeps_its_contract() {
    let report = scan_mini(true).await;
    let json: serde_json::Value = serde_json::to_value(&report).unwrap();
    assert!(
        json["site"]
            .as_str()
            .unwrap()
            .starts_with("http://127.0.0.1:")
    );
    assert_eq!(json["checklist"]["id"], "mini");
    assert_eq!(json["checklist"]["fiscal_year"], 2569);
    // index, ?page_id=5, contact.html (through the redirect), tis.html; /private/ is disallowed
    assert_eq!(json["crawl"]["pages"], 4);
    assert_eq!(json["crawl"]["stopped"], "complete");
    let items = json["items"].as_array().unwrap();
    assert_eq!(items.len(), 9);
    for item in items {
        for key in ["id", "answer", "reason", "evidence", "missing"] {
            assert!(item.get(key).is_some(), "item lacks {key}: {item}");
        }
    }
    assert!(
        items[0]["evidence"][0]
            .as_object()
            .unwrap()
            .contains_key("matched")
    );
    // hand computation in mini_site_answers_match_hand_labels
    let oit = if oitcheck::extract::document::ocr_available() {
        47.5
    } else {
        37.5
    };
    assert_eq!(json["score"]["oit"], oit);
    assert_eq!(json["score"]["indicators"]["9"], 75.0);
    assert_eq!(json["score"]["sub_indicators"]["9.2"], 50.0);
}

#[tokio::test]
async fn fiscal_year_shift_moves_year_rules() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mini");
    let checklist = checklist::load(root.join("mini.yaml").to_str().unwrap()).unwrap();
    let site = serve::Site::from_dir(&root.join("site")).unwrap();
    let (addr, server) = serve::serve(site, 0).await.unwrap();
    let start = Url::parse(&format!("http://{addr}/")).unwrap();
    let (_tx, rx) = tokio::sync::watch::channel(false);
    let mut opts = options(true);
    opts.fiscal_year = Some(2570);
    let report = scan::scan(&start, &checklist, &opts, rx, &Quiet)
        .await
        .unwrap();
    server.abort();
    assert_eq!(report.checklist.fiscal_year, 2570);
    assert_eq!(report.checklist.written_for, Some(2569));
    // the 2569 news no longer counts for 2570
    let o3 = item(&report, "O3");
    assert_eq!(o3.answer, Answer::No);
    assert_eq!(o3.reason_code.map(ReasonCode::as_str), Some("wrong_year"));
    assert_eq!(o3.title, "ข่าวประชาสัมพันธ์ ปี 2570");
}

#[tokio::test]
async fn demo_site_matches_its_labels() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("demo");
    let labels = oitcheck::fixture::eval::load_labels(&dir).unwrap();
    let checklist = checklist::load(&labels.checklist).unwrap();
    let report = oitcheck::fixture::eval::scan_site(&dir, &labels, &checklist)
        .await
        .unwrap();
    let result = oitcheck::fixture::eval::compare(&labels, &report, &checklist);
    assert_eq!(result.tally.items, 26);
    let wrong: Vec<String> = result
        .mismatches
        .iter()
        .map(|m| {
            format!(
                "{} expected {} got {}: {}",
                m.item, m.expected, m.got, m.detail
            )
        })
        .collect();
    assert!(wrong.is_empty(), "{wrong:#?}");
    assert_eq!(result.tally.evidence_hits, result.tally.true_yes);
}

#[tokio::test]
async fn unreachable_site_is_unknown_with_a_reason() {
    // bind and drop a listener so the port is closed
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mini");
    let checklist = checklist::load(root.join("mini.yaml").to_str().unwrap()).unwrap();
    let start = Url::parse(&format!("http://127.0.0.1:{port}/")).unwrap();
    let (_tx, rx) = tokio::sync::watch::channel(false);
    let report = scan::scan(&start, &checklist, &options(true), rx, &Quiet)
        .await
        .unwrap();
    assert_eq!(report.crawl.stopped.as_str(), "start_failed");
    assert!(
        report.items.iter().all(|i| i.answer == Answer::Unknown),
        "an unreadable site must never be \"no\""
    );
}
