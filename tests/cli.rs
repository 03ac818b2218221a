//! The command line: exit codes, error messages and the `inspect` and `checklist` commands.

use std::process::Command;

fn oitcheck(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_oitcheck"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn usage_errors_exit_3_with_a_message() {
    let (code, _, err) = oitcheck(&["scan", "ftp://example.go.th/"]);
    assert_eq!(code, 3);
    assert!(err.contains("ftp") && err.contains("http://"), "{err}");
    // an e-mail address is not a site (it would have scanned y.go.th as user "mailto")
    let (code, _, err) = oitcheck(&["scan", "mailto:webmaster@y.go.th"]);
    assert_eq!(code, 3);
    assert!(err.contains("mailto scheme"), "{err}");
    let (code, _, _) = oitcheck(&["scan", "https://example.go.th/", "--no-such-flag"]);
    assert_eq!(code, 3);
    let (code, _, err) = oitcheck(&["scan", "https://example.go.th/", "--checklist", "ita-1999"]);
    assert_eq!(code, 3);
    assert!(
        err.contains("ita-2569"),
        "names the shipped checklists: {err}"
    );
}

#[test]
fn checklist_validate_reports_file_line_and_column() {
    let dir = std::env::temp_dir().join(format!("oitcheck-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("broken.yaml");
    std::fs::write(&file, "schema: 1\nid: x\ntitle_th: [oops\n").unwrap();
    let (code, _, err) = oitcheck(&["checklist", "validate", file.to_str().unwrap()]);
    assert_eq!(code, 3);
    assert!(err.contains("broken.yaml:3:"), "{err}");
    let (code, out, _) = oitcheck(&["checklist", "validate", "ita-2569"]);
    assert_eq!(code, 0);
    assert!(out.contains("26 items"), "{out}");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn inspect_explains_a_wrong_year_document() {
    let (code, out, err) = oitcheck(&["inspect", "tests/fixtures/docs/risk-2568.pdf"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("O21"), "{out}");
    assert!(out.contains("wrong year: needs 2569"), "{out}");
    assert!(
        out.contains("2568*"),
        "the explicit fiscal year is listed: {out}"
    );
}

#[test]
fn inspect_lists_periods_with_their_fiscal_years() {
    // the source says "รอบ ๖ เดือน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙" and "ต.ค. ๒๕๖๘ – มี.ค. ๒๕๖๙":
    // both are October 2568 to March 2569, the first half of fiscal year 2569
    let (code, out, err) = oitcheck(&["inspect", "tests/fixtures/docs/lo-encrypted-2569.pdf"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("periods (2;"), "{out}");
    assert!(
        out.contains("«รอบ 6 เดือน» [first 6 months of the fiscal year] → FY2569 (10/2568–3/2569)"),
        "{out}"
    );
    assert!(
        out.contains("«ต.ค. 2568 – มี.ค. 2569» → FY2569 (10/2568–3/2569)"),
        "{out}"
    );
}

#[test]
fn inspect_says_a_scan_needs_ocr() {
    let (code, out, _) = oitcheck(&["inspect", "tests/fixtures/docs/scanned.pdf"]);
    assert_eq!(code, 0);
    if oitcheck::extract::document::ocr_available() {
        assert!(
            out.contains("read with tesseract · OCR: Thai-digit years are unreliable"),
            "{out}"
        );
    } else {
        assert!(out.contains("needs_ocr"), "{out}");
    }
}

/// A bad answer sheet is a usage error (exit 3) naming the row and the column, before anything
/// is fetched (the site given is never contacted).
#[test]
fn verify_rejects_a_bad_sheet_with_row_and_column() {
    let (code, _, err) = oitcheck(&[
        "verify",
        "--site",
        "https://www.bantest.go.th/",
        "--answers",
        "tests/fixtures/verify/sheets/bad-item.csv",
    ]);
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("bad-item.csv"), "{err}");
    assert!(err.contains("row 3, column A (ข้อ)"), "{err}");
    assert!(err.contains("`O27` is not an item of ita-2569"), "{err}");
    // neither a sheet nor an ITA page: usage
    let (code, _, err) = oitcheck(&["verify", "--site", "https://www.bantest.go.th/"]);
    assert_eq!(code, 3, "{err}");
    assert!(
        err.contains("--answers") && err.contains("--ita-page"),
        "{err}"
    );
}

/// A two-page site on loopback: the index links the structure page.
async fn two_page_site() -> (std::net::SocketAddr, tokio::task::JoinHandle<()>) {
    use oitcheck::fixture::serve;
    let mut files = std::collections::HashMap::new();
    files.insert(
        "index.html",
        "<title>อบต.ทดสอบ</title><a href='/structure.html'>โครงสร้าง</a>",
    );
    files.insert("structure.html", "<h1>โครงสร้าง</h1><p>หน้าที่และอำนาจ</p>");
    serve::serve(serve::Site::in_memory(files), 0)
        .await
        .unwrap()
}

/// Runs the binary without blocking the runtime that serves the site.
async fn oitcheck_async(args: Vec<String>) -> (i32, String, String) {
    tokio::task::spawn_blocking(move || {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        oitcheck(&args)
    })
    .await
    .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_site_without_a_scheme_is_tried_on_https_then_http() {
    let (addr, server) = two_page_site().await;
    // the loopback server speaks only http: https fails, http is read
    let (code, out, err) = oitcheck_async(vec![
        "scan".into(),
        addr.to_string(),
        "--format".into(),
        "json".into(),
        "-q".into(),
    ])
    .await;
    server.abort();
    assert_eq!(code, 0, "{err}");
    assert!(err.contains(&format!("trying http://{addr}/")), "{err}");
    let report: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(report["site"], format!("http://{addr}/"));
    assert_eq!(report["crawl"]["pages"], 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn verify_fail_under_judges_the_verified_score_not_the_claimed_one() {
    let (addr, server) = two_page_site().await;
    // the agency claims O1 (and so a score above 0); its page lacks the chart, so the verified
    // score is 0
    let sheet =
        std::env::temp_dir().join(format!("oitcheck-fail-under-{}.csv", std::process::id()));
    std::fs::write(&sheet, "item,answer,url\nO1,มี,/structure.html\n").unwrap();
    let run = |threshold: &str| {
        oitcheck_async(vec![
            "verify".into(),
            "--site".into(),
            format!("http://{addr}/"),
            "--answers".into(),
            sheet.display().to_string(),
            "--format".into(),
            "json".into(),
            "--fail-under".into(),
            threshold.into(),
        ])
    };
    let (below, out, err) = run("1").await;
    let (at_zero, _, _) = run("0").await;
    server.abort();
    let _ = std::fs::remove_file(&sheet);
    let report: serde_json::Value = serde_json::from_str(&out).expect("the report is written");
    assert!(
        report["claimed_score"]["oit"].as_f64().unwrap() > 1.0,
        "{out}"
    );
    assert_eq!(report["score"]["oit"].as_f64(), Some(0.0), "{out}");
    assert_eq!(below, 2, "{err}");
    assert!(err.contains("below --fail-under 1"), "{err}");
    assert_eq!(at_zero, 0);
}

#[test]
fn a_failed_start_is_one_clear_error_and_the_json_is_still_complete() {
    // a port nothing listens on
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let url = format!("http://127.0.0.1:{port}/");
    let (code, out, err) = oitcheck(&["scan", &url, "-q"]);
    assert_eq!(code, 1);
    // the sentence is wrapped at spaces: unwrapped, it reads as written
    let flat = out.replace('\n', " ");
    assert!(flat.contains("ทั้ง 26 ข้อเป็น \"ไม่ทราบ\""), "{out}");
    assert!(flat.contains("เซิร์ฟเวอร์ปฏิเสธการเชื่อมต่อ"), "{out}");
    assert!(
        !out.lines().any(|l| l.starts_with("O1 ")),
        "no item lines: {out}"
    );
    // stdout is a pipe here, not a terminal the user sees: stderr says it too, once
    assert_eq!(err.matches("error:").count(), 1, "{err}");

    let (code, out, err) = oitcheck(&["scan", &url, "-q", "--format", "json"]);
    assert_eq!(code, 1);
    let report: serde_json::Value = serde_json::from_str(&out).unwrap();
    let items = report["items"].as_array().unwrap();
    assert_eq!(items.len(), 26);
    assert!(items.iter().all(|i| i["answer"] == "unknown"));
    assert_eq!(
        report["crawl"]["start_failure"]["code"],
        "connection_refused"
    );
    assert_eq!(err.matches("error:").count(), 1, "{err}");
}

#[test]
fn a_crawl_stopped_by_its_budget_exits_4_with_a_partial_report() {
    let (code, out, err) = oitcheck(&["demo", "--max-pages", "2", "-q", "--format", "json"]);
    assert_eq!(code, 4, "{err}");
    let report: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(report["crawl"]["stopped"], "max_pages");
    assert!(err.contains("stopped early"), "{err}");
}

#[test]
fn verbose_lists_every_page_read() {
    let (code, _, err) = oitcheck(&["demo", "-v", "-q", "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    // pages of the bundled demo site (demo/site/)
    for page in ["/about/structure.html", "/contact.html", "/ethics.html"] {
        assert!(
            err.lines()
                .any(|l| l.starts_with("read http://127.0.0.1:") && l.ends_with(page)),
            "{page}: {err}"
        );
    }
}

#[test]
fn zero_and_out_of_range_budgets_are_refused_before_anything_is_fetched() {
    for (flag, value) in [
        ("--max-pages", "0"),
        ("--time-limit", "0"),
        ("--max-depth", "0"),
        ("--rate", "0"),
        ("--concurrency", "0"),
        ("--fail-under", "150"),
    ] {
        let (code, _, err) = oitcheck(&["scan", "https://example.go.th/", flag, value]);
        assert_eq!(code, 3, "{flag} {value}: {err}");
        assert!(err.contains(flag), "{flag}: {err}");
    }
}

#[test]
fn help_describes_every_flag_with_examples_and_exit_codes() {
    let (code, out, _) = oitcheck(&["--help"]);
    assert_eq!(code, 0);
    assert!(
        out.contains("Examples:") && out.contains("Exit codes:"),
        "{out}"
    );
    assert!(out.contains("  4    the crawl stopped early"), "{out}");
    let (code, out, _) = oitcheck(&["scan", "--help"]);
    assert_eq!(code, 0);
    assert!(out.contains("--max-pages <MAX_PAGES>"), "{out}");
    assert!(out.contains("Stop after this many HTML pages"), "{out}");
    assert!(out.contains("--lang <LANG>"), "{out}");
}

#[test]
fn checklist_validate_names_each_item_that_lacks_a_field() {
    let dir = std::env::temp_dir().join(format!("oitcheck-cli-missing-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("missing.yaml");
    // line 8 starts item X1 (no sub_indicator), line 10 item X2 (no title_th, no find)
    std::fs::write(
        &file,
        "schema: 1\nid: t\ntitle_th: ท\nfiscal_year: 2569\nindicators:\n  - { id: A, title_th: ก, sub_indicators: [{ id: A.1, title_th: ก1 }] }\nitems:\n  - id: X1\n    title_th: หนึ่ง\n  - id: X2\n    sub_indicator: A.1\n",
    )
    .unwrap();
    let (code, _, err) = oitcheck(&["checklist", "validate", file.to_str().unwrap()]);
    assert_eq!(code, 3);
    assert!(err.contains("has 4 problems"), "{err}");
    assert!(
        err.contains("missing.yaml:8:5: item X1 lacks `sub_indicator`"),
        "{err}"
    );
    assert!(
        err.contains("missing.yaml:8:5: item X1 lacks `find`"),
        "{err}"
    );
    assert!(
        err.contains("missing.yaml:10:5: item X2 lacks `title_th`"),
        "{err}"
    );
    assert!(
        err.contains("missing.yaml:10:5: item X2 lacks `find`"),
        "{err}"
    );
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn inspect_names_thai_files_in_thai() {
    let dir = std::env::temp_dir().join(format!("oitcheck-cli-thai-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("แผนความเสี่ยง 2568.pdf");
    std::fs::copy("tests/fixtures/docs/risk-2568.pdf", &file).unwrap();
    let (code, out, err) = oitcheck(&["inspect", file.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.lines().next(), Some(file.to_str().unwrap()));
    let missing = dir.join("ไม่มีไฟล์นี้.pdf");
    let (code, _, err) = oitcheck(&["inspect", missing.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(err.contains("ไม่มีไฟล์นี้.pdf: file not found"), "{err}");
    let _ = std::fs::remove_dir_all(dir);
}
