//! One matching rule per item of `tests/fixtures/rules/rules.yaml`, judged on the small site in
//! `tests/fixtures/rules/site` served on 127.0.0.1. Each expectation is written from the page
//! texts by hand (what an assessor would answer), not from oitcheck's output.

use oitcheck::ReasonCode;
use std::path::Path;

use oitcheck::checklist;
use oitcheck::crawl::{CrawlConfig, Quiet};
use oitcheck::evaluate::{Answer, ItemResult};
use oitcheck::fetch::FetchConfig;
use oitcheck::fixture::serve;
use oitcheck::scan::{self, ScanOptions, ScanReport};
use url::Url;

async fn scan_rules_site() -> ScanReport {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/rules");
    let checklist = checklist::load(root.join("rules.yaml").to_str().unwrap()).expect("checklist");
    let site = serve::Site::from_dir(&root.join("site")).unwrap();
    let (addr, server) = serve::serve(site, 0).await.unwrap();
    let start = Url::parse(&format!("http://{addr}/index.html")).unwrap();
    let options = ScanOptions {
        fetch: FetchConfig {
            rate: 500.0,
            max_retries: 0,
            ..FetchConfig::default()
        },
        crawl: CrawlConfig::default(),
        fiscal_year: None,
        iit: None,
        eit: None,
    };
    let (_tx, rx) = tokio::sync::watch::channel(false);
    let report = scan::scan(&start, &checklist, &options, rx, &Quiet)
        .await
        .unwrap();
    server.abort();
    report
}

fn item<'a>(report: &'a ScanReport, id: &str) -> &'a ItemResult {
    report.items.iter().find(|i| i.id == id).unwrap()
}

fn evidence_paths(result: &ItemResult) -> Vec<String> {
    result
        .evidence
        .iter()
        .map(|e| e.url.path().to_string())
        .collect()
}

#[tokio::test]
async fn each_matching_rule_gives_the_assessors_answer() {
    let report = scan_rules_site().await;
    assert_eq!(report.crawl.stopped.as_str(), "complete");

    // look_in: content — the phone number in the site footer is not the executive's; only_if —
    // a page showing the mayor must show the permanent side too
    let o1 = item(&report, "O1");
    assert_eq!(o1.answer, Answer::No, "{}", o1.reason);
    assert_eq!(
        o1.missing,
        vec!["permanent side".to_string(), "contact".to_string()]
    );

    // steps: an ordered list of three steps, and a chain of arrows, show the steps (O3's fee is
    // required only where a licence is issued, and the page issues none)
    for id in ["O2", "O3"] {
        let result = item(&report, id);
        assert_eq!(result.answer, Answer::Yes, "{id}: {}", result.reason);
    }

    // a page numbered for the MOIT scheme is not evidence for this checklist
    let o4 = item(&report, "O4");
    assert_eq!(o4.answer, Answer::No);
    assert_eq!(
        o4.reason_code.map(ReasonCode::as_str),
        Some("lookalike_scheme"),
        "{}",
        o4.reason
    );

    // a procurement table whose only row is "ไม่มีข้อมูล" publishes nothing
    let o5 = item(&report, "O5");
    assert_eq!(o5.answer, Answer::No);
    assert_eq!(
        o5.reason_code.map(ReasonCode::as_str),
        Some("placeholder"),
        "{}",
        o5.reason
    );

    // "อยู่ระหว่างดำเนินการ" as a column of a statistics table is not a placeholder; and the table is
    // the machine-readable data `machine_readable: table` asks for
    let o6 = item(&report, "O6");
    assert_eq!(o6.answer, Answer::Yes, "{}", o6.reason);

    // standing criteria from 2563 on the page + the FY2569 plan in the linked CSV
    let o7 = item(&report, "O7");
    assert_eq!(o7.answer, Answer::Yes, "{}", o7.reason);
    let paths = evidence_paths(o7);
    assert!(paths.contains(&"/hr.html".to_string()), "{paths:?}");
    assert!(
        paths.contains(&"/files/hr-plan-2569.csv".to_string()),
        "{paths:?}"
    );

    // an activity dated 24 June 2568 (FY2568) under a heading that says 2569
    let o8 = item(&report, "O8");
    assert_eq!(o8.answer, Answer::No);
    assert_eq!(
        o8.reason_code.map(ReasonCode::as_str),
        Some("wrong_year"),
        "{}",
        o8.reason
    );

    // look_in: title — a measures announcement that plans a report is not a report
    let o9 = item(&report, "O9");
    assert_eq!(o9.answer, Answer::No, "{}", o9.reason);
    assert!(
        o9.missing.contains(&"report of results".to_string()),
        "{:?}",
        o9.missing
    );

    // a "หน้าที่และอำนาจ" heading over nothing but a link to the act: the duties are not on the page
    let o10 = item(&report, "O10");
    assert_eq!(o10.answer, Answer::No, "{}", o10.reason);
    assert!(
        o10.missing.contains(&"duties".to_string()),
        "{}: {:?}",
        o10.reason,
        o10.missing
    );

    // "No Gift Policy": the keyword "No Gift" still ends at a word boundary
    let o11 = item(&report, "O11");
    assert_eq!(o11.answer, Answer::Yes, "{}", o11.reason);
    assert_eq!(evidence_paths(o11)[0], "/nogift.html");

    // the "ติดต่อเรา" box repeated on every page is the site template: it makes no page a
    // contact page, and the site has none
    let o13 = item(&report, "O13");
    assert_eq!(o13.answer, Answer::No, "{}", o13.reason);
    assert_eq!(
        o13.reason_code.map(ReasonCode::as_str),
        Some("not_found"),
        "{}",
        o13.reason
    );

    // a page that is only an infographic: what it lacks in text may be in the picture
    let o14 = item(&report, "O14");
    assert_eq!(o14.answer, Answer::Unknown, "{}", o14.reason);
    assert_eq!(
        o14.reason_code.map(ReasonCode::as_str),
        Some("image_only"),
        "{}",
        o14.reason
    );

    // a per-item page whose title and heading only restate the item's title over "-" shows nothing
    let o15 = item(&report, "O15");
    assert_eq!(o15.answer, Answer::No, "{}", o15.reason);
    assert_eq!(
        o15.reason_code.map(ReasonCode::as_str),
        Some("empty_page"),
        "{}",
        o15.reason
    );

    // the text of a Google Drive link is not content of the page that links it
    let o16 = item(&report, "O16");
    assert_eq!(o16.answer, Answer::No, "{}", o16.reason);
    assert_eq!(
        o16.missing,
        vec!["drill report".to_string()],
        "{}",
        o16.reason
    );

    // machine_readable: table — statistics only in a (text) PDF and in prose are not table data
    let o12 = item(&report, "O12");
    assert_eq!(o12.answer, Answer::No, "{}", o12.reason);
    assert!(
        o12.missing
            .iter()
            .any(|m| m.starts_with("machine-readable table")),
        "{}: {:?}",
        o12.reason,
        o12.missing
    );
}
