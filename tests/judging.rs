//! Each judging rule on an in-memory site ([`SnapshotBuilder`]): no server, no crawl, so every
//! rule has a fast test of its own. Items come from `tests/fixtures/rules/rules.yaml` (one rule
//! per item); each expectation is written from the page texts by hand, as an assessor would
//! answer, not from oitcheck's output.

use oitcheck::extract::document::{DocumentText, Part};
use oitcheck::fetch::FailureReason;
use oitcheck::rules::Rules;
use oitcheck::{
    Answer, Checklist, ItemResult, Judge, ReasonCode, SiteSnapshot, SnapshotBuilder, StopReason,
};
use url::Url;

fn rules_checklist() -> Checklist {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/rules/rules.yaml"
    );
    oitcheck::checklist::load(path).expect("the rules checklist loads")
}

fn start() -> Url {
    Url::parse("https://www.example.go.th/").unwrap()
}

/// A page of the site: `body` inside the template every page of the site shares (a menu and a
/// footer with the agency's phone number).
fn page(title: &str, body: &str) -> String {
    format!(
        "<html><head><title>{title}</title></head><body>\
         <nav><a href='/'>หน้าแรก</a> <a href='/news.html'>ข่าว</a></nav>\
         <main>{body}</main>\
         <footer><p>เทศบาลตำบลตัวอย่าง โทรศัพท์ 0 5541 1234 อีเมล saraban@example.go.th</p></footer>\
         </body></html>"
    )
}

/// A site with enough ordinary pages for its template to be recognised as one.
fn site() -> SnapshotBuilder {
    SnapshotBuilder::new(&start())
        .page(
            "/",
            &page("หน้าแรก", "<p>ยินดีต้อนรับสู่เว็บไซต์เทศบาลตำบลตัวอย่าง</p>"),
        )
        .page(
            "/news.html",
            &page("ข่าว", "<p>ข่าวกิจกรรมของเทศบาลประจำเดือน</p>"),
        )
        .page(
            "/about.html",
            &page("ประวัติ", "<p>ประวัติความเป็นมาของตำบลตัวอย่าง</p>"),
        )
}

fn doc(text: &str) -> DocumentText {
    DocumentText {
        extractor: "test".into(),
        parts: vec![Part {
            label: "page 1".into(),
            text: text.into(),
        }],
        tabular: false,
        ocr: false,
    }
}

fn judge(snapshot: &SiteSnapshot, id: &str) -> ItemResult {
    let checklist = rules_checklist();
    let rules = Rules::new(&checklist);
    let judge = Judge::new(&checklist, &rules, snapshot, checklist.fiscal_year);
    let i = checklist.items.iter().position(|it| it.id == id).unwrap();
    judge.item(i)
}

fn judge_at(snapshot: &SiteSnapshot, id: &str, urls: &[&str]) -> ItemResult {
    let checklist = rules_checklist();
    let rules = Rules::new(&checklist);
    let judge = Judge::new(&checklist, &rules, snapshot, checklist.fiscal_year);
    let i = checklist.items.iter().position(|it| it.id == id).unwrap();
    let urls: Vec<Url> = urls.iter().map(|u| start().join(u).unwrap()).collect();
    judge.item_at(i, &urls)
}

#[test]
fn an_executive_contact_in_the_site_footer_is_not_the_executives() {
    // look_in: content, and only_if: a page showing the mayor must show the permanent side
    let snapshot = site()
        .page(
            "/exec.html",
            &page(
                "คณะผู้บริหาร",
                "<h1>คณะผู้บริหาร</h1><p>นายสมชาย ใจดี นายกเทศมนตรีตำบลตัวอย่าง</p>",
            ),
        )
        .build();
    let result = judge(&snapshot, "O1");
    assert_eq!(result.answer, Answer::No, "{}", result.reason);
    assert_eq!(result.missing, ["permanent side", "contact"]);
}

#[test]
fn an_ordered_list_or_a_chain_of_arrows_shows_steps() {
    let snapshot = site()
        .page(
            "/complaint-manual.html",
            &page(
                "คู่มือการร้องเรียน",
                "<h1>คู่มือการร้องเรียน</h1><p>ขั้นตอนการร้องเรียน</p><ol><li>ยื่นเรื่อง</li><li>ตรวจสอบ</li><li>แจ้งผล</li></ol>",
            ),
        )
        .page(
            "/service-manual.html",
            &page(
                "คู่มือสำหรับประชาชน",
                "<h1>คู่มือสำหรับประชาชน</h1><p>ขั้นตอน: ยื่นคำขอ → ตรวจสอบเอกสาร → แจ้งผลการพิจารณา</p>",
            ),
        )
        .build();
    for id in ["O2", "O3"] {
        let result = judge(&snapshot, id);
        assert_eq!(result.answer, Answer::Yes, "{id}: {}", result.reason);
    }
}

#[test]
fn a_page_numbered_for_another_scheme_is_not_evidence() {
    let snapshot = site()
        .page(
            "/moit.html",
            &page(
                "MOIT 4 รายงานผลการบริหารความเสี่ยง",
                "<h1>MOIT 4 รายงานผลการบริหารความเสี่ยง</h1><p>รายงานผลการบริหารความเสี่ยง ประจำปีงบประมาณ พ.ศ. 2568</p>",
            ),
        )
        .build();
    let result = judge(&snapshot, "O4");
    assert_eq!(result.answer, Answer::No);
    assert_eq!(
        result.reason_code,
        Some(ReasonCode::LookalikeScheme),
        "{}",
        result.reason
    );
}

#[test]
fn a_table_whose_only_row_says_no_data_publishes_nothing() {
    let snapshot = site()
        .page(
            "/skr.html",
            &page(
                "สรุปผลการจัดซื้อจัดจ้าง",
                "<h1>สรุปผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ 2569</h1><table><tr><th>เดือน</th><th>รายการ</th></tr><tr><td>ไม่มีข้อมูล</td><td></td></tr></table>",
            ),
        )
        .build();
    let result = judge(&snapshot, "O5");
    assert_eq!(result.answer, Answer::No);
    assert_eq!(
        result.reason_code,
        Some(ReasonCode::Placeholder),
        "{}",
        result.reason
    );
}

/// A page linking the item's document, which answered `status`.
fn linked_document_answering(status: u16) -> SiteSnapshot {
    site()
        .page(
            "/procurement.html",
            &page(
                "ประกาศ",
                "<h1>ประกาศ</h1><p><a href='/files/skr-2569.pdf'>สรุปผลการจัดซื้อจัดจ้างรายเดือน 2569</a></p>",
            ),
        )
        .status("/files/skr-2569.pdf", status)
        .build()
}

#[test]
fn a_dead_document_link_is_no_and_a_server_error_is_unknown() {
    let dead = judge(&linked_document_answering(404), "O5");
    assert_eq!(dead.answer, Answer::No, "{}", dead.reason);
    assert_eq!(dead.reason_code, Some(ReasonCode::Http404));
    let down = judge(&linked_document_answering(503), "O5");
    assert_eq!(down.answer, Answer::Unknown, "{}", down.reason);
    assert_eq!(down.reason_code, Some(ReasonCode::ServerError));
    let limited = judge(&linked_document_answering(429), "O5");
    assert_eq!(limited.reason_code, Some(ReasonCode::RateLimited));
}

#[test]
fn a_document_that_could_not_be_fetched_is_unknown_with_the_fetch_reason() {
    let snapshot = site()
        .page(
            "/procurement.html",
            &page(
                "ประกาศ",
                "<p><a href='/files/skr-2569.pdf'>สรุปผลการจัดซื้อจัดจ้างรายเดือน 2569</a></p>",
            ),
        )
        .failed("/files/skr-2569.pdf", FailureReason::Timeout)
        .build();
    let result = judge(&snapshot, "O5");
    assert_eq!(result.answer, Answer::Unknown);
    assert_eq!(result.reason_code, Some(ReasonCode::Timeout));
}

#[test]
fn a_documents_own_year_beats_its_link_text() {
    let snapshot = site()
        .page(
            "/procurement.html",
            &page(
                "ประกาศ",
                "<p><a href='/files/skr.pdf'>สรุปผลการจัดซื้อจัดจ้างรายเดือน ประจำปี 2569</a></p>",
            ),
        )
        .document(
            "/files/skr.pdf",
            Ok(doc("สรุปผลการจัดซื้อจัดจ้าง รายเดือน ประจำปีงบประมาณ พ.ศ. 2568")),
        )
        .build();
    let result = judge(&snapshot, "O5");
    assert_eq!(result.answer, Answer::No, "{}", result.reason);
    assert_eq!(result.reason_code, Some(ReasonCode::WrongYear));
    assert!(result.missing[0].contains("2569"), "{:?}", result.missing);
}

#[test]
fn off_site_and_placeholder_links_only_explain_a_no() {
    let snapshot = site()
        .page(
            "/ita.html",
            &page(
                "เอกสาร",
                "<p><a href='https://drive.google.com/file/d/1'>สรุปผลการจัดซื้อจัดจ้าง 2569</a></p>\
                 <p><a href='#'>รายงานผลการบริหารความเสี่ยง 2568</a></p>",
            ),
        )
        .build();
    let drive = judge(&snapshot, "O5");
    assert_eq!(drive.answer, Answer::No);
    assert_eq!(drive.reason_code, Some(ReasonCode::ExternalOnly));
    let placeholder = judge(&snapshot, "O4");
    assert_eq!(placeholder.answer, Answer::No);
    assert_eq!(placeholder.reason_code, Some(ReasonCode::PlaceholderLink));
    // the evidence names the page the dead-end link stands on, and the link as written
    assert_eq!(placeholder.evidence[0].url.path(), "/ita.html");
    assert_eq!(placeholder.evidence[0].href.as_deref(), Some("#"));
    assert!(
        placeholder.reason.contains("only a placeholder"),
        "{}",
        placeholder.reason
    );
}

#[test]
fn standing_criteria_of_another_year_complete_this_years_plan() {
    let snapshot = site()
        .page(
            "/hr.html",
            &page(
                "หลักเกณฑ์การบริหารงานบุคคล",
                "<h1>หลักเกณฑ์การบริหารงานบุคคล</h1><p>หลักเกณฑ์การสรรหา ประกาศ ณ วันที่ 1 มีนาคม 2563</p>",
            ),
        )
        .page(
            "/hr-plan.html",
            &page(
                "แผนบริหารทรัพยากรบุคคล",
                "<h1>แผนบริหารทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. 2569</h1><p>แผนบริหารทรัพยากรบุคคล ประจำปี 2569 ของเทศบาล</p>",
            ),
        )
        .build();
    let result = judge(&snapshot, "O7");
    assert_eq!(result.answer, Answer::Yes, "{}", result.reason);
    let paths: Vec<&str> = result.evidence.iter().map(|e| e.url.path()).collect();
    assert!(
        paths.contains(&"/hr.html") && paths.contains(&"/hr-plan.html"),
        "{paths:?}"
    );
}

#[test]
fn an_activity_is_dated_by_when_it_happened() {
    let snapshot = site()
        .page(
            "/hearing.html",
            &page(
                "รับฟังความคิดเห็น ปีงบประมาณ 2569",
                "<h1>รับฟังความคิดเห็น ปีงบประมาณ 2569</h1><p>จัดเมื่อวันที่ 24 มิถุนายน 2568 มีผู้เข้าร่วม 80 คน</p>",
            ),
        )
        .build();
    let result = judge(&snapshot, "O8");
    assert_eq!(result.answer, Answer::No, "{}", result.reason);
    assert_eq!(result.reason_code, Some(ReasonCode::WrongYear));
}

#[test]
fn nothing_found_is_no_on_a_complete_crawl_and_unknown_on_a_cut_one() {
    let complete = judge(&site().build(), "O5");
    assert_eq!(complete.answer, Answer::No);
    assert_eq!(complete.reason_code, Some(ReasonCode::NotFound));
    let cut = judge(&site().stopped(StopReason::MaxPages).build(), "O5");
    assert_eq!(cut.answer, Answer::Unknown);
    assert_eq!(cut.reason_code, Some(ReasonCode::BudgetExhausted));
}

#[test]
fn a_start_page_that_failed_makes_every_item_unknown_with_its_reason() {
    let snapshot = SnapshotBuilder::new(&start())
        .failed("/", FailureReason::DnsError)
        .stopped(StopReason::StartFailed)
        .build();
    let failure = snapshot.start_failure().expect("a start failure");
    assert_eq!(failure.code, ReasonCode::DnsError);
    let result = judge(&snapshot, "O1");
    assert_eq!(result.answer, Answer::Unknown);
    assert_eq!(result.reason_code, Some(ReasonCode::DnsError));
    // a start page answering 404 is start_failed; one answering 503 is a server error
    let missing = SnapshotBuilder::new(&start())
        .status("/", 404)
        .stopped(StopReason::StartFailed)
        .build();
    assert_eq!(
        missing.start_failure().unwrap().code,
        ReasonCode::StartFailed
    );
    let down = SnapshotBuilder::new(&start())
        .status("/", 503)
        .stopped(StopReason::StartFailed)
        .build();
    assert_eq!(down.start_failure().unwrap().code, ReasonCode::ServerError);
}

#[test]
fn given_urls_are_judged_whatever_names_them() {
    // what an agency submitted: a page that does not name the item still shows it; a dead URL is
    // a "no"; another host is off the main site; no URL is a "no" that says so
    let snapshot = site()
        .page(
            "/p/17",
            &page(
                "หน้า 17",
                "<p>ขั้นตอนการร้องเรียน</p><ol><li>ยื่นเรื่อง</li><li>ตรวจสอบ</li><li>แจ้งผล</li></ol>",
            ),
        )
        .status("/p/18", 404)
        .build();
    let shown = judge_at(&snapshot, "O2", &["/p/17"]);
    assert_eq!(shown.answer, Answer::Yes, "{}", shown.reason);
    let dead = judge_at(&snapshot, "O2", &["/p/18"]);
    assert_eq!(dead.answer, Answer::No);
    assert_eq!(dead.reason_code, Some(ReasonCode::Http404));
    let elsewhere = judge_at(&snapshot, "O2", &["https://www.facebook.com/agency"]);
    assert_eq!(elsewhere.reason_code, Some(ReasonCode::ExternalOnly));
    let none = judge_at(&snapshot, "O2", &[]);
    assert_eq!(none.answer, Answer::No);
    assert_eq!(none.reason_code, Some(ReasonCode::NotFound));
    assert!(none.reason.contains("no URL"), "{}", none.reason);
}
