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
