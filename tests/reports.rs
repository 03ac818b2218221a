//! The report formats and `oitcheck report` / `oitcheck diff`, on two saved scans written by hand
//! (`tests/fixtures/reports/`, whose README works out every answer, point and score on paper).
//! Every expected value below comes from that README, not from oitcheck's output.

use std::path::PathBuf;
use std::process::Command;

fn oitcheck(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_oitcheck"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("NO_COLOR")
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

const OLD: &str = "tests/fixtures/reports/old.json";
const NEW: &str = "tests/fixtures/reports/new.json";

fn temp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("oitcheck-reports-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

/// The index of the first line containing every one of `parts`.
fn line_with(text: &str, parts: &[&str]) -> Option<usize> {
    text.lines()
        .position(|line| parts.iter().all(|p| line.contains(p)))
}

#[test]
fn text_report_puts_the_biggest_fixes_first_and_explains_the_score() {
    let (code, out, err) = oitcheck(&["report", OLD]);
    assert_eq!(code, 0, "{err}");
    // Thai, because the checklist's title is Thai
    assert!(out.contains("แก้ก่อน"), "{out}");
    // O4 and O5 are worth 25 each (checklist order between them); 37.5 → 62.5 → 87.5
    let o4 = line_with(&out, &["O4", "+25.00", "62.50"]).expect("O4 first");
    let o5 = line_with(&out, &["O5", "+25.00", "87.50"]).expect("O5 second");
    assert!(o4 < o5);
    let items = line_with(&out, &["ผลรายข้อ"]).unwrap();
    assert!(o5 < items, "the fix list comes before the items");
    // distance to the marks, and how many fixes reach them
    assert!(out.contains("ขาดอีก 47.50 คะแนนจึงจะถึง 85"), "{out}");
    assert!(out.contains("ขาดอีก 57.50 คะแนนจึงจะถึง 95"), "{out}");
    assert!(out.contains("แก้ 2 ข้อแรกในรายการนี้ คะแนนจะถึง 85"), "{out}");
    assert!(out.contains("87.50 ยังไม่ถึง 95"), "{out}");
    // the unknown item is to be checked, not fixed
    let check = line_with(&out, &["ตรวจด้วยตนเอง"]).unwrap();
    let o2 = line_with(&out, &["O2", "+12.50"]).unwrap();
    assert!(check < o2 && o2 < items);
    // the score by sub-indicator (ids only: this old report has no titles) and the formula
    assert!(
        line_with(&out, &["9.1", "50.00", "มี 1 จาก 2 ข้อ", "12.50"]).is_some(),
        "{out}"
    );
    assert!(
        line_with(&out, &["10.1", "0.00", "มี 0 จาก 2 ข้อ", "25.00"]).is_some(),
        "{out}"
    );
    assert!(out.contains("(75.00 + 0.00) / 2 = 37.50"), "{out}");
    assert!(out.contains("ข้อที่ไม่ทราบ 1 ข้อนับเป็น 0 คะแนน ถ้ายืนยันได้ว่ามีทุกข้อ คะแนนจะเป็น 50.00"));
    // reasons in Thai with their specifics; the page that links the evidence
    assert!(out.contains("ต้องเป็นปีงบประมาณ 2569 แต่พบเพียงปี 2568"), "{out}");
    assert!(
        !out.contains("found only"),
        "no English left in a Thai report: {out}"
    );
    assert!(out.contains("ลิงก์ https://www.example.go.th/files/stat-2568.pdf เสีย"));
    assert!(line_with(&out, &["ลิงก์จากหน้า", "https://www.example.go.th/ita/"]).is_some());
    // a URL with spaces stays clickable, its Thai readable
    assert!(
        out.contains("https://www.example.go.th/files/O23%20แผน%202568.pdf"),
        "{out}"
    );
    // the whole advice, never cut, and the checklist's caveat
    assert!(out.contains("เผยแพร่แผนปฏิบัติการป้องกันการทุจริตสำหรับปีงบประมาณ พ.ศ. 2569"));
    assert!(!out.contains('…'), "nothing is shortened: {out}");
    assert!(out.contains("A hand-written checklist for tests."), "{out}");
}

#[test]
fn english_report_says_every_label_and_reason_in_english() {
    let (code, out, err) = oitcheck(&["report", NEW, "--lang", "en"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Fix first"), "{out}");
    assert!(
        out.contains("fiscal year 2569 is needed, found only 2568"),
        "{out}"
    );
    assert!(out.contains("Publish the anti-corruption action plan for fiscal year 2569."));
    assert!(
        out.contains("9.1 Basic information"),
        "titles of a new report: {out}"
    );
    assert!(out.contains("scanned 2026-03-14 16:30 (UTC+7)"), "{out}");
    // 50 → O3 (+25) 75 → O5 (+25) 100
    assert!(
        line_with(&out, &["O3", "+25.00 points", "75.00"]).is_some(),
        "{out}"
    );
    assert!(
        out.contains("fixing the first 2 of these reaches 85"),
        "{out}"
    );
    for thai_label in ["แก้ก่อน", "เหตุผล", "ลิงก์จากหน้า", "ที่มาของคะแนน"]
    {
        assert!(!out.contains(thai_label), "{thai_label}: {out}");
    }
}

#[test]
fn csv_answer_sheet_in_the_nacc_layout_for_excel() {
    let file = temp("answers.csv");
    let (code, _, err) = oitcheck(&[
        "report",
        OLD,
        "--format",
        "csv",
        "-o",
        file.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    let bytes = std::fs::read(&file).unwrap();
    assert!(
        bytes.starts_with(&[0xEF, 0xBB, 0xBF]),
        "UTF-8 BOM for Excel"
    );
    let mut reader = csv::Reader::from_reader(&bytes[3..]);
    assert_eq!(
        reader.headers().unwrap().iter().collect::<Vec<_>>(),
        ["ข้อ", "หัวข้อ", "มี/ไม่มี", "URL", "หมายเหตุ"]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let ids: Vec<&str> = rows.iter().map(|r| &r[0]).collect();
    assert_eq!(ids, ["O1", "O2", "O3", "O4", "O5"], "checklist order");
    let answers: Vec<&str> = rows.iter().map(|r| &r[2]).collect();
    assert_eq!(answers, ["มี", "ไม่ทราบ", "มี", "ไม่มี", "ไม่มี"]);
    assert_eq!(
        &rows[2][3],
        "https://www.example.go.th/files/O3%20ติดต่อ%202569.pdf"
    );
    assert_eq!(&rows[3][3], "", "a no has no evidence URL to submit");
    assert!(rows[3][4].contains("HTTP 404"), "{:?}", &rows[3]);
}

#[test]
fn improvement_plan_has_a_row_per_item_to_fix_with_blanks_to_fill() {
    let (code, out, err) = oitcheck(&["report", OLD, "--format", "plan-csv"]);
    assert_eq!(code, 0, "{err}");
    let body = out.strip_prefix('\u{FEFF}').expect("BOM");
    let mut reader = csv::Reader::from_reader(body.as_bytes());
    assert_eq!(
        reader.headers().unwrap().iter().collect::<Vec<_>>(),
        [
            "ข้อ",
            "ประเด็นที่ต้องปรับปรุง",
            "มาตรการ/แนวทาง",
            "วิธีการดำเนินการ",
            "ผู้รับผิดชอบ",
            "ระยะเวลาดำเนินการ",
            "การติดตามผล"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let ids: Vec<&str> = rows.iter().map(|r| &r[0]).collect();
    assert_eq!(ids, ["O2", "O4", "O5"], "every item not answered yes");
    let o4 = &rows[1];
    assert_eq!(
        &o4[2],
        "เผยแพร่ข้อมูลสถิติเรื่องร้องเรียนของปีงบประมาณ พ.ศ. 2568 ทั้งไฟล์ PDF และไฟล์ตาราง"
    );
    assert!(
        o4[3].contains("https://www.example.go.th/files/stat-2568.pdf")
            && o4[3].contains("https://www.example.go.th/ita/"),
        "the dead link and the page to fix it on: {:?}",
        &o4[3]
    );
    assert_eq!((&o4[4], &o4[5]), ("", ""), "owner and period left blank");
    assert!(o4[6].contains("O4"));
}

#[test]
fn html_report_is_one_self_contained_file() {
    let file = temp("report.html");
    let (code, _, err) = oitcheck(&[
        "report",
        OLD,
        "--format",
        "html",
        "--output",
        file.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    let html = std::fs::read_to_string(&file).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("Content-Security-Policy"));
    for external in ["<script", "<link", "src=", "@import", "url("] {
        assert!(!html.contains(external), "{external} in the report");
    }
    let hrefs = regex::Regex::new(r#"href="([^"]*)""#).unwrap();
    for href in hrefs.captures_iter(&html) {
        let href = &href[1];
        assert!(
            href.starts_with("https://") || href.starts_with("#item-O"),
            "{href}"
        );
    }
    for id in ["O1", "O2", "O3", "O4", "O5"] {
        assert!(html.contains(&format!("id=\"item-{id}\"")), "{id}");
    }
    assert!(html.contains("data-score=\"37.50\""));
    assert!(html.contains("@page{size:A4"), "prints on A4");
    assert!(html.contains("name=\"viewport\""), "readable on a phone");
    // the improvement plan's columns are in the HTML too
    assert!(html.contains("<th>ผู้รับผิดชอบ</th>"));
}

#[test]
fn markdown_for_chat_links_the_evidence() {
    let (code, out, err) = oitcheck(&["report", NEW, "--format", "md"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("| O1 | มี |"), "{out}");
    assert!(out.contains(
        "[https://www.example.go.th/about/structure.html](<https://www.example.go.th/about/structure.html>)"
    ));
    assert!(out.contains("**คะแนน OIT 50.00 (ระดับ E)**"), "{out}");
}

#[test]
fn a_saved_scan_reads_back_and_renders_as_the_same_json() {
    let (code, out, err) = oitcheck(&["report", NEW, "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    let again: serde_json::Value = serde_json::from_str(&out).unwrap();
    let original: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(NEW).unwrap()).unwrap();
    assert_eq!(again, original);
}

#[test]
fn diff_names_changed_answers_lost_evidence_and_the_score_change() {
    let (code, out, err) = oitcheck(&["diff", OLD, NEW, "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    let diff: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(diff["old"]["oit"], 37.5);
    assert_eq!(diff["new"]["oit"], 50.0);
    let changed: Vec<(&str, &str, &str, f64)> = diff["changed"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["id"].as_str().unwrap(),
                c["old"].as_str().unwrap(),
                c["new"].as_str().unwrap(),
                c["points"].as_f64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        changed,
        [
            ("O2", "unknown", "yes", 12.5),
            ("O3", "yes", "no", -25.0),
            ("O4", "no", "yes", 25.0)
        ]
    );
    let lost = diff["lost"].as_array().unwrap();
    assert_eq!(lost.len(), 1);
    assert_eq!(lost[0]["id"], "O3");
    assert_eq!(lost[0]["reason_code"], "http_404");
    let gained: Vec<&str> = diff["gained"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["id"].as_str().unwrap())
        .collect();
    assert_eq!(gained, ["O2", "O4"]);

    let (code, text, _) = oitcheck(&["diff", OLD, NEW]);
    assert_eq!(code, 0);
    assert!(text.contains("คะแนนเปลี่ยน +12.50"), "{text}");
    assert!(
        line_with(&text, &["O3", "มี → ไม่มี", "-25.00"]).is_some(),
        "{text}"
    );
    assert!(text.contains("หลักฐานที่หายไป"), "{text}");
}

#[test]
fn report_and_diff_say_what_is_wrong_with_their_input() {
    let (code, _, err) = oitcheck(&["report", "no-such-scan.json"]);
    assert_eq!(code, 1);
    assert!(err.contains("no-such-scan.json: file not found"), "{err}");
    let not_a_scan = temp("not-a-scan.json");
    std::fs::write(&not_a_scan, r#"{"site": 5}"#).unwrap();
    let (code, _, err) = oitcheck(&["report", not_a_scan.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(
        err.contains("is JSON but not an oitcheck scan result"),
        "{err}"
    );
    let (code, _, err) = oitcheck(&["diff", OLD, NEW, "--format", "html"]);
    assert_eq!(code, 3);
    assert!(err.contains("text, md or json"), "{err}");
    let (code, _, err) = oitcheck(&["report", OLD, "-o", "/nonexistent-dir/r.html"]);
    assert_eq!(code, 3, "{err}");
}

#[test]
fn color_follows_the_flag() {
    let (_, always, _) = oitcheck(&["--color", "always", "report", OLD]);
    assert!(always.contains("\x1b["), "colours when asked");
    let (_, never, _) = oitcheck(&["report", OLD, "--color", "never"]);
    assert!(!never.contains('\x1b'));
    // auto: standard output is a pipe here, not a terminal
    let (_, auto, _) = oitcheck(&["report", OLD]);
    assert!(!auto.contains('\x1b'));
    let (_, diff, _) = oitcheck(&["diff", OLD, NEW, "--color", "always"]);
    assert!(diff.contains("\x1b["));
}
