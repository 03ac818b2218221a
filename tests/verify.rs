//! Assessor mode (`oitcheck::verify`) end to end, on loopback only: the fixture site in
//! `tests/fixtures/verify/site` (an อบต. whose missing pages answer HTTP 200, "soft 404s") and a
//! second server playing Google Drive, Facebook and another agency (their host names resolved to
//! 127.0.0.1 by the test network). Every expectation is written by hand from the fixture pages,
//! as an assessor opening each URL would decide, never copied from oitcheck's output.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use oitcheck::checklist::{self, Checklist};
use oitcheck::crawl::{CrawlConfig, Quiet};
use oitcheck::fetch::{FetchConfig, Fetcher};
use oitcheck::fixture::serve;
use oitcheck::rules::Rules;
use oitcheck::scan::{self, ScanOptions, ScanReport};
use oitcheck::verify::report::{VerifiedItem, VerifyReport};
use oitcheck::verify::{self, Input, Mismatch, Verdict, VerifyOptions};
use oitcheck::{Answer, ItemResult, ReasonCode};
use url::Url;

fn fixture(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/verify")
        .join(path)
}

fn ita_2569() -> Checklist {
    checklist::load("ita-2569").unwrap()
}

/// A scratch folder for this test process.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("oitcheck-verify-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The site folder copied to `dir`, its Drive links pointed at the fake Drive server's port (the
/// ITA sub-index page links a Drive folder).
fn site_copy(dir: &Path, drive_port: u16) -> PathBuf {
    fn copy(from: &Path, to: &Path, port: u16) {
        std::fs::create_dir_all(to).unwrap();
        for entry in std::fs::read_dir(from).unwrap() {
            let entry = entry.unwrap();
            let target = to.join(entry.file_name());
            if entry.file_type().unwrap().is_dir() {
                copy(&entry.path(), &target, port);
            } else if entry.path().extension().is_some_and(|e| e == "html") {
                let text = std::fs::read_to_string(entry.path()).unwrap();
                std::fs::write(target, text.replace("{{drive_port}}", &port.to_string())).unwrap();
            } else {
                std::fs::copy(entry.path(), target).unwrap();
            }
        }
    }
    let site = dir.join("site");
    copy(&fixture("site"), &site, drive_port);
    site
}

struct Servers {
    site: Url,
    external_port: u16,
    handles: Vec<tokio::task::JoinHandle<()>>,
}

impl Drop for Servers {
    fn drop(&mut self) {
        for handle in &self.handles {
            handle.abort();
        }
    }
}

/// The agency site (its missing pages answer 200 when `soft_404`) and the external hosts.
async fn servers(name: &str, soft_404: bool) -> Servers {
    let external = serve::Site::from_dir(&fixture("external")).unwrap();
    let (external_addr, external_handle) = serve::serve(external, 0).await.unwrap();
    let dir = scratch(name);
    let mut site = serve::Site::from_dir(&site_copy(&dir, external_addr.port())).unwrap();
    if soft_404 {
        site = site.with_missing_page("notfound.html");
    }
    let (addr, handle): (SocketAddr, _) = serve::serve(site, 0).await.unwrap();
    Servers {
        site: Url::parse(&format!("http://{addr}/")).unwrap(),
        external_port: external_addr.port(),
        handles: vec![handle, external_handle],
    }
}

fn fast_fetch() -> FetchConfig {
    FetchConfig {
        rate: 500.0,
        concurrency: 4,
        // a 503 is answered at once, not retried after a backoff
        max_retries: 0,
        ..FetchConfig::default()
    }
}

/// A client whose Drive, Facebook and other-agency host names resolve to loopback.
fn fetcher() -> Arc<Fetcher> {
    let loopback = IpAddr::V4(Ipv4Addr::LOCALHOST);
    let resolve = ["drive.google.com", "www.facebook.com", "www.other.go.th"]
        .iter()
        .map(|h| (h.to_string(), loopback))
        .collect();
    Arc::new(Fetcher::with_network(fast_fetch(), resolve, oitcheck::netguard::is_public).unwrap())
}

async fn run(servers: &Servers, input: Input) -> VerifyReport {
    let options = VerifyOptions {
        fetch: fast_fetch(),
        ..VerifyOptions::default()
    };
    verify::verify_with(fetcher(), &servers.site, input, &ita_2569(), &options)
        .await
        .unwrap()
}

fn item<'a>(report: &'a VerifyReport, id: &str) -> &'a VerifiedItem {
    report.items.iter().find(|i| i.result.id == id).unwrap()
}

/// `(verdict, reason code)` of item `id`, with its reason when the assertion fails.
#[track_caller]
fn assert_item(report: &VerifyReport, id: &str, verdict: Verdict, code: Option<ReasonCode>) {
    let it = item(report, id);
    assert_eq!(
        (it.verdict, it.result.reason_code),
        (verdict, code),
        "{id}: {} (submitted {:?})",
        it.result.reason,
        it.submitted
    );
}

fn read_sheet(path: &Path, site: &Url) -> Result<verify::Submission, verify::SheetError> {
    let checklist = ita_2569();
    let rules = Rules::new(&checklist);
    verify::sheet::read(path, &checklist, &rules, site)
}

/// The score an assessor gives for `yes` items (all others no), by the library's roll-up.
fn score_of(yes: &[&str]) -> f64 {
    let checklist = ita_2569();
    let items: Vec<ItemResult> = checklist
        .items
        .iter()
        .map(|it| ItemResult {
            id: it.id.clone(),
            title: String::new(),
            title_en: String::new(),
            sub_indicator: it.sub_indicator.clone(),
            indicator: String::new(),
            answer: if yes.contains(&it.id.as_str()) {
                Answer::Yes
            } else {
                Answer::No
            },
            reason: String::new(),
            reason_code: None,
            evidence: vec![],
            missing: vec![],
            unverified: vec![],
            warnings: vec![],
            details: Default::default(),
            advice: String::new(),
        })
        .collect();
    oitcheck::score::score(&checklist, &items, None, None).oit
}

/// A sheet with every failure kind: what each row's URL shows decides its verdict and reason.
#[tokio::test]
async fn a_sheet_with_every_failure_kind() {
    let servers = servers("kinds", true).await;
    let site = servers.site.as_str().trim_end_matches('/').to_string();
    let ext = servers.external_port;
    let dir = scratch("kinds-sheet");
    let sheet = dir.join("answers.csv");
    std::fs::write(
        &sheet,
        format!(
            "\u{feff}ข้อ,มี/ไม่มี,URL/ลิงก์,หมายเหตุ\n\
             O1,มี,{site}/structure.html,\n\
             O2,มี,{site}/executives.html,\n\
             O3,มี,{site}/contact-us,\n\
             O4,ไม่มี,{site}/news.html,\n\
             O5,มี,{site}/ita/o5-plan.html,\n\
             O6,มี,http://drive.google.com:{ext}/file/d/o6/view,\n\
             O7,มี,http://www.facebook.com:{ext}/bantest/posts/o7,\n\
             O8,มี,{site}/members/manual.html,\n\
             O9,มี,{site}/ita/o9.html,\n\
             O10,มี,http://www.other.go.th:{ext}/eservice.html,\n\
             O11,มี,{site}/files/o11-summary.pdf,\n\
             O13,มี,{site}/ita/o13.html,\n\
             O14,มี,,ส่งภายหลัง\n\
             O21,มี,{site}/files/risk-2568.pdf,\n\
             O23,มี,{site}/ita/o23.html,\n"
        ),
    )
    .unwrap();
    let submission = read_sheet(&sheet, &servers.site).unwrap();
    let report = run(&servers, Input::Submission(submission)).await;

    // pages that show every element
    assert_item(&report, "O1", Verdict::Pass, None);
    assert_item(&report, "O2", Verdict::Pass, None);
    // an old address redirected to the contact page: passes, the redirect is recorded
    assert_item(&report, "O3", Verdict::Pass, None);
    let o3 = &item(&report, "O3").submitted[0];
    let check = o3.check.as_ref().unwrap();
    assert_eq!(check.redirects.len(), 1);
    assert!(
        check
            .final_url
            .as_ref()
            .unwrap()
            .path()
            .ends_with("/contact.html")
    );
    assert_eq!(check.external, None);
    // answered ไม่มี, but the news page shows news of the fiscal year
    assert_item(&report, "O4", Verdict::Pass, None);
    assert_eq!(
        item(&report, "O4").mismatch,
        Some(Mismatch::UnclaimedButShown)
    );
    // a missing page the site answers with HTTP 200
    assert_item(&report, "O5", Verdict::Fail, Some(ReasonCode::SoftNotFound));
    // Drive's "request access", Facebook's login, a password form on the agency's own site
    assert_item(&report, "O6", Verdict::Fail, Some(ReasonCode::AccessWall));
    let o6 = item(&report, "O6").submitted[0].check.as_ref().unwrap();
    assert_eq!(o6.external.as_deref(), Some("drive.google.com"));
    assert_item(&report, "O7", Verdict::Fail, Some(ReasonCode::AccessWall));
    assert_eq!(
        item(&report, "O7").submitted[0]
            .check
            .as_ref()
            .unwrap()
            .redirects
            .len(),
        1
    );
    assert_item(&report, "O8", Verdict::Fail, Some(ReasonCode::AccessWall));
    // a page that only says "อยู่ระหว่างดำเนินการ"
    assert_item(&report, "O9", Verdict::Fail, Some(ReasonCode::Placeholder));
    // a working e-service, but another agency's
    assert_item(
        &report,
        "O10",
        Verdict::Fail,
        Some(ReasonCode::ExternalOnly),
    );
    let o10 = item(&report, "O10").submitted[0].check.as_ref().unwrap();
    assert_eq!(o10.external.as_deref(), Some("www.other.go.th"));
    // a dead link
    assert_item(&report, "O11", Verdict::Fail, Some(ReasonCode::Http404));
    // a server error says nothing about the item
    assert_item(
        &report,
        "O13",
        Verdict::Unknown,
        Some(ReasonCode::ServerError),
    );
    // answered มี with no URL
    assert_item(&report, "O14", Verdict::Fail, Some(ReasonCode::NotFound));
    assert_eq!(item(&report, "O14").note.as_deref(), Some("ส่งภายหลัง"));
    // the 2568 risk assessment for 2569
    assert_item(&report, "O21", Verdict::Fail, Some(ReasonCode::WrongYear));
    // a listing page: its document, one level down, is the 2569 plan
    assert_item(&report, "O23", Verdict::Pass, None);
    let o23 = item(&report, "O23");
    assert!(
        o23.passed_url
            .as_ref()
            .unwrap()
            .path()
            .ends_with("/files/lo-plan-2569.pdf"),
        "{:?}",
        o23.passed_url
    );
    assert!(
        o23.followed
            .iter()
            .any(|u| u.path().ends_with("lo-plan-2569.pdf"))
    );
    // not in the sheet at all
    assert_item(&report, "O26", Verdict::Fail, Some(ReasonCode::NotFound));
    assert_eq!(item(&report, "O26").claimed, None);

    // claimed มี but failed: every มี row except the four that pass
    let claimed_but_failed: Vec<&str> = report
        .items
        .iter()
        .filter(|i| i.mismatch == Some(Mismatch::ClaimedButFailed))
        .map(|i| i.result.id.as_str())
        .collect();
    assert_eq!(
        claimed_but_failed,
        ["O5", "O6", "O7", "O8", "O9", "O10", "O11", "O14", "O21"]
    );
    // the assessor scores O1-O3 and O23 (O4 was answered ไม่มี); the agency claimed 14 items
    assert_eq!(report.score.oit, score_of(&["O1", "O2", "O3", "O23"]));
    assert_eq!(
        report.claimed_score.oit,
        score_of(&[
            "O1", "O2", "O3", "O5", "O6", "O7", "O8", "O9", "O10", "O11", "O13", "O14", "O21",
            "O23"
        ])
    );
    assert_eq!(report.summary.pass, 5);
    assert_eq!(report.summary.unknown, 1);
    assert_eq!(report.summary.claimed, 14);

    // the JSON reads back, keeps `id` and adds `verdict`, and can be verified again
    let json = serde_json::to_string_pretty(&report).unwrap();
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["items"][0]["id"], "O1");
    assert_eq!(value["items"][0]["verdict"], "pass");
    assert_eq!(value["items"][4]["reason_code"], "soft_404");
    let back: VerifyReport = serde_json::from_str(&json).unwrap();
    assert_eq!(back, report);
    let saved = dir.join("report.json");
    std::fs::write(&saved, &json).unwrap();
    let again = read_sheet(&saved, &servers.site).unwrap();
    let o3 = again.items.iter().find(|s| s.item == 2).unwrap();
    assert!(
        o3.links[0]
            .url
            .as_ref()
            .unwrap()
            .path()
            .ends_with("/contact-us")
    );
    assert_eq!(again.items.len(), 15);
}

/// A correct sheet: every item it lists passes, and the assessor's score is the claimed one.
#[tokio::test]
async fn a_correct_sheet_passes_item_by_item() {
    let servers = servers("correct", true).await;
    let site = servers.site.as_str().trim_end_matches('/').to_string();
    let dir = scratch("correct-sheet");
    let sheet = dir.join("answers.yaml");
    std::fs::write(
        &sheet,
        format!(
            "- {{item: O1, answer: มี, url: {site}/structure.html}}\n\
             - {{item: O2, answer: มี, url: {site}/executives.html}}\n\
             - {{item: O3, answer: มี, url: {site}/contact.html}}\n\
             - {{item: O4, answer: มี, url: {site}/news.html}}\n\
             - {{item: O23, answer: มี, url: [{site}/ita/o23.html]}}\n"
        ),
    )
    .unwrap();
    let submission = read_sheet(&sheet, &servers.site).unwrap();
    let report = run(&servers, Input::Submission(submission)).await;
    for id in ["O1", "O2", "O3", "O4", "O23"] {
        assert_item(&report, id, Verdict::Pass, None);
        assert_eq!(item(&report, id).mismatch, None, "{id}");
        assert_eq!(item(&report, id).claimed, Some(true), "{id}");
    }
    assert_eq!(report.summary.pass, 5);
    assert_eq!(report.summary.mismatches, 0);
    assert_eq!(report.score, report.claimed_score);
}

/// The agency's ITA page as its submission: codes in many spellings, a table row, a `#` link,
/// a dead link, a wrong-year link, an older item number on a sub-index page, a Drive folder.
#[tokio::test]
async fn an_ita_page_is_mapped_by_code_and_title_and_verified() {
    let servers = servers("ita", true).await;
    let page = servers.site.join("/ita/index.html").unwrap();
    let report = run(&servers, Input::ItaPage(page)).await;
    match &report.source {
        verify::submission::SubmissionSource::ItaPage { pages, .. } => {
            // the index and its indicator-10 sub-index; never last year's page
            assert_eq!(pages.len(), 2, "{pages:?}");
            assert!(pages[1].path().ends_with("/ita/ind10.html"));
        }
        other => panic!("{other:?}"),
    }
    // "O1 …", "๐๒ …", "o-3 …"
    assert_item(&report, "O1", Verdict::Pass, None);
    assert_item(&report, "O2", Verdict::Pass, None);
    assert_item(&report, "O3", Verdict::Pass, None);
    // "O4 ข่าวประชาสัมพันธ์" links to `#`
    assert_item(
        &report,
        "O4",
        Verdict::Fail,
        Some(ReasonCode::PlaceholderLink),
    );
    // table rows: "O7 | รายงานผล… | คลิก" to a dead PDF, O8 behind a password, O9 a placeholder
    assert_item(&report, "O7", Verdict::Fail, Some(ReasonCode::Http404));
    assert_item(&report, "O8", Verdict::Fail, Some(ReasonCode::AccessWall));
    assert_item(&report, "O9", Verdict::Fail, Some(ReasonCode::Placeholder));
    // the sub-index: the 2568 risk assessment for O21
    assert_item(&report, "O21", Verdict::Fail, Some(ReasonCode::WrongYear));
    // "O22 แผนปฏิบัติการป้องกันการทุจริต…" is O23 by its title, and flagged
    assert_item(&report, "O23", Verdict::Pass, None);
    let o23 = item(&report, "O23");
    assert!(
        o23.flags.iter().any(|f| f.contains("O22")),
        "{:?}",
        o23.flags
    );
    assert_item(&report, "O22", Verdict::Fail, Some(ReasonCode::NotFound));
    // a public Drive folder: readable, but not the agency's website
    assert_item(
        &report,
        "O24",
        Verdict::Fail,
        Some(ReasonCode::ExternalOnly),
    );
    let o24 = item(&report, "O24").submitted[0].check.as_ref().unwrap();
    assert_eq!(o24.external.as_deref(), Some("drive.google.com"));
    // listed items are answered มี; the rest are not listed
    let listed: Vec<&str> = report
        .items
        .iter()
        .filter(|i| i.claimed == Some(true))
        .map(|i| i.result.id.as_str())
        .collect();
    assert_eq!(
        listed,
        [
            "O1", "O2", "O3", "O4", "O7", "O8", "O9", "O21", "O23", "O24"
        ]
    );
    assert_eq!(item(&report, "O5").claimed, None);
}

/// An ITA page kept on another host (Google Sites) is still read; its links there are
/// `external_only`, and the report says the page is not on the main website.
#[tokio::test]
async fn an_ita_page_on_another_host_is_read_and_flagged() {
    let servers = servers("ita-off-site", true).await;
    let page = Url::parse(&format!(
        "http://www.other.go.th:{}/ita.html",
        servers.external_port
    ))
    .unwrap();
    let report = run(&servers, Input::ItaPage(page)).await;
    assert_item(
        &report,
        "O10",
        Verdict::Fail,
        Some(ReasonCode::ExternalOnly),
    );
    assert_item(&report, "O6", Verdict::Fail, Some(ReasonCode::ExternalOnly));
    assert_eq!(item(&report, "O10").claimed, Some(true));
    assert!(
        report
            .warnings
            .iter()
            .any(|w| w.contains("not on the agency's main website")),
        "{:?}",
        report.warnings
    );
}

/// The scan's "ITA page health": the ITA page's own links, judged as an assessor opening them,
/// with where the scan found the evidence when the link does not show it.
#[tokio::test]
async fn scan_reports_the_health_of_the_sites_ita_page() {
    let servers = servers("health", false).await;
    let options = ScanOptions {
        fetch: fast_fetch(),
        crawl: CrawlConfig {
            workers: 4,
            ..CrawlConfig::default()
        },
        fiscal_year: None,
        iit: None,
        eit: None,
    };
    let (_tx, rx) = tokio::sync::watch::channel(false);
    let report = scan::scan(&servers.site, &ita_2569(), &options, rx, &Quiet)
        .await
        .unwrap();
    let health = report.ita_page.as_ref().expect("the ITA page is found");
    assert!(health.pages[0].path().ends_with("/ita/index.html"));
    assert!(
        health
            .pages
            .iter()
            .any(|p| p.path().ends_with("/ita/ind10.html"))
    );
    let of = |id: &str| health.items.iter().find(|i| i.id == id).unwrap();
    let verdict = |id: &str| (of(id).verdict, of(id).reason_code);
    assert_eq!(verdict("O1"), (Verdict::Pass, None));
    assert_eq!(verdict("O3"), (Verdict::Pass, None));
    // the ITA page links O4 to `#`; the scan found the news page: link it
    assert_eq!(
        verdict("O4"),
        (Verdict::Fail, Some(ReasonCode::PlaceholderLink))
    );
    assert!(
        of("O4")
            .found_elsewhere
            .as_ref()
            .unwrap()
            .path()
            .ends_with("/news.html"),
        "{:?}",
        of("O4")
    );
    assert_eq!(verdict("O7"), (Verdict::Fail, Some(ReasonCode::Http404)));
    assert_eq!(
        verdict("O9"),
        (Verdict::Fail, Some(ReasonCode::Placeholder))
    );
    assert_eq!(verdict("O21"), (Verdict::Fail, Some(ReasonCode::WrongYear)));
    assert_eq!(verdict("O23"), (Verdict::Pass, None));
    assert!(!of("O23").flags.is_empty());
    assert_eq!(
        verdict("O24"),
        (Verdict::Fail, Some(ReasonCode::ExternalOnly))
    );
    // not on the ITA page
    assert_eq!(verdict("O5"), (Verdict::Fail, Some(ReasonCode::NotFound)));
    assert!(of("O5").links.is_empty());

    // the report reads back with its health section, and its evidence can be re-verified
    let json = serde_json::to_string(&report).unwrap();
    let back: ScanReport = serde_json::from_str(&json).unwrap();
    assert_eq!(back, report);
    let dir = scratch("health-json");
    let saved = dir.join("scan.json");
    std::fs::write(&saved, &json).unwrap();
    let submission = read_sheet(&saved, &servers.site).unwrap();
    let o1 = submission.items.iter().find(|s| s.item == 0).unwrap();
    assert_eq!(o1.claimed, Some(true));
    assert!(
        o1.links[0]
            .url
            .as_ref()
            .unwrap()
            .path()
            .ends_with("/structure.html")
    );

    // the HTML and Markdown reports carry the section too: O4's placeholder link, with the news
    // page to link instead, in the reader's language
    for (format, lang, heading) in [
        ("md", "en", "### ITA page health"),
        ("md", "th", "### สุขภาพหน้า ITA"),
        ("html", "en", "<section id=\"ita-health\">"),
    ] {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_oitcheck"))
            .args(["report", "--format", format, "--lang", lang])
            .arg(&saved)
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let section = &text[text
            .find(heading)
            .unwrap_or_else(|| panic!("{format}/{lang}: no section in {text}"))..];
        let o4 = &section[section.find("O4").expect("O4 is listed")..];
        assert!(o4.contains("placeholder_link"), "{o4}");
        assert!(
            o4[..o4.find("O7").unwrap_or(o4.len())].contains("/news.html"),
            "{o4}"
        );
    }
}

// ---- answer sheets as agencies write them (no server) ----

fn bantest() -> Url {
    Url::parse("https://www.bantest.go.th/").unwrap()
}

/// `(item code, answer, URLs)` of each item of a submission.
fn rows(submission: &verify::Submission) -> Vec<(String, Option<bool>, Vec<String>)> {
    let checklist = ita_2569();
    submission
        .items
        .iter()
        .map(|s| {
            (
                checklist.items[s.item].id.clone(),
                s.claimed,
                s.links
                    .iter()
                    .map(|l| l.url.as_ref().unwrap().to_string())
                    .collect(),
            )
        })
        .collect()
}

fn owned(rows: &[(&str, Option<bool>, &[&str])]) -> Vec<(String, Option<bool>, Vec<String>)> {
    rows.iter()
        .map(|(id, claimed, urls)| {
            (
                id.to_string(),
                *claimed,
                urls.iter().map(|u| u.to_string()).collect(),
            )
        })
        .collect()
}

/// Excel's cp874 CSV with a title row, Thai headers, bare and Thai-digit item numbers, URLs as
/// paths, two URLs in a cell, a continuation row and an older item number.
#[test]
fn a_cp874_sheet_from_excel() {
    let submission = read_sheet(&fixture("sheets/answers-cp874.csv"), &bantest()).unwrap();
    assert_eq!(
        rows(&submission),
        owned(&[
            (
                "O1",
                Some(true),
                &["https://www.bantest.go.th/structure.html"]
            ),
            (
                "O2",
                Some(true),
                &["https://www.bantest.go.th/executives.html"]
            ),
            (
                "O3",
                Some(true),
                &[
                    "https://www.bantest.go.th/contact-us",
                    "https://www.bantest.go.th/contact.html"
                ]
            ),
            ("O4", Some(false), &[]),
            (
                "O11",
                Some(true),
                &[
                    "https://www.bantest.go.th/files/o11-oct.pdf",
                    "https://www.bantest.go.th/files/o11-nov.pdf"
                ]
            ),
            (
                "O23",
                Some(true),
                &["https://www.bantest.go.th/ita/o23.html"]
            ),
        ])
    );
    let o3 = &submission.items[2];
    assert_eq!(o3.note.as_deref(), Some("ย้ายหน้าแล้ว"));
    assert_eq!(o3.location.as_deref(), Some("row 5"));
    let o23 = submission.items.last().unwrap();
    assert!(o23.flags[0].contains("O22"), "{:?}", o23.flags);
}

#[test]
fn xlsx_and_yaml_sheets() {
    let xlsx = read_sheet(&fixture("sheets/answers.xlsx"), &bantest()).unwrap();
    assert_eq!(
        rows(&xlsx),
        owned(&[
            (
                "O1",
                Some(true),
                &["https://www.bantest.go.th/structure.html"]
            ),
            ("O21", Some(false), &[]),
            (
                "O23",
                Some(true),
                &[
                    "https://www.bantest.go.th/ita/o23.html",
                    "https://www.bantest.go.th/files/lo-plan-2569.pdf",
                    "https://www.bantest.go.th/ita/index.html"
                ]
            ),
        ])
    );
    assert_eq!(xlsx.items[1].note.as_deref(), Some("ยังไม่ได้ประเมิน"));
    let yaml = read_sheet(&fixture("sheets/answers.yaml"), &bantest()).unwrap();
    assert_eq!(
        rows(&yaml),
        owned(&[
            (
                "O1",
                Some(true),
                &["https://www.bantest.go.th/structure.html"]
            ),
            (
                "O11",
                Some(true),
                &[
                    "https://www.bantest.go.th/files/o11-oct.pdf",
                    "https://www.bantest.go.th/files/o11-nov.pdf"
                ]
            ),
            ("O12", Some(false), &[]),
        ])
    );
}

/// Bad sheets name the row and the column, and say what to write.
#[test]
fn bad_sheets_name_row_and_column() {
    let error = |name: &str| {
        read_sheet(&fixture(name), &bantest())
            .unwrap_err()
            .to_string()
    };
    let e = error("sheets/bad-item.csv");
    assert!(
        e.contains("row 3, column A (ข้อ)") && e.contains("O27"),
        "{e}"
    );
    let e = error("sheets/bad-url.csv");
    assert!(
        e.contains("row 2, column C (URL)") && e.contains("ดูเอกสารแนบ"),
        "{e}"
    );
    let e = error("sheets/bad-answer.csv");
    assert!(
        e.contains("row 2, column B (มี/ไม่มี)") && e.contains("มี or ไม่มี"),
        "{e}"
    );
    let e = error("sheets/missing-column.csv");
    assert!(
        e.contains("row 1") && e.contains("missing column url"),
        "{e}"
    );
    let e = error("sheets/no-such-sheet.csv");
    assert!(e.contains("cannot read"), "{e}");
}
