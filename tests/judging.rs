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
    assert_eq!(result.details.placeholder.as_deref(), Some("ไม่มีข้อมูล"));
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
    assert_eq!(dead.details.status, Some(404));
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
    // the years travel typed, for reports in any language
    assert_eq!(result.details.required_year, Some(2569));
    assert_eq!(result.details.found_years, [2568]);
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
fn a_dead_menu_link_to_the_item_is_the_reason_and_a_warning() {
    // the only thing naming the item is a menu link on every page, to a page that answers 404
    let menu = "<nav><a href='/complaint-manual.html'>คู่มือการร้องเรียน</a></nav>";
    let snapshot = SnapshotBuilder::new(&start())
        .page("/", &format!("{menu}{}", page("หน้าแรก", "<p>ยินดีต้อนรับ</p>")))
        .page(
            "/news.html",
            &format!("{menu}{}", page("ข่าว", "<p>ข่าวกิจกรรม</p>")),
        )
        .status("/complaint-manual.html", 404)
        .build();
    let result = judge(&snapshot, "O2");
    assert_eq!(result.answer, Answer::No);
    assert_eq!(
        result.reason_code,
        Some(ReasonCode::Http404),
        "{}",
        result.reason
    );
    assert!(
        result.warnings.iter().any(|w| w.contains("HTTP 404")),
        "{:?}",
        result.warnings
    );
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

// ---- channels, contacts, people, whole years (tests/fixtures/rules/channels.yaml) ----

fn judge_channels(snapshot: &SiteSnapshot, id: &str) -> ItemResult {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/rules/channels.yaml"
    );
    let checklist = oitcheck::checklist::load(path).expect("the channels checklist loads");
    let rules = Rules::new(&checklist);
    let judge = Judge::new(&checklist, &rules, snapshot, checklist.fiscal_year);
    let i = checklist.items.iter().position(|it| it.id == id).unwrap();
    judge.item(i)
}

fn contact_page(form: &str) -> SiteSnapshot {
    site()
        .page(
            "/contact.html",
            &page("ติดต่อเรา", &format!("<h1>ติดต่อเรา</h1>{form}")),
        )
        .build()
}

#[test]
fn only_a_form_that_can_be_sent_for_the_purpose_is_a_channel() {
    let working = contact_page(
        "<form method='post' action='/qa/send'><label>คำถาม</label><textarea name='q'></textarea><button>ส่งคำถาม</button></form>",
    );
    assert_eq!(judge_channels(&working, "C1").answer, Answer::Yes);
    for broken in [
        // action "#", a button that submits nothing, a poll, a login
        "<form method='post' action='#'><label>คำถาม</label><textarea name='q'></textarea><button>ส่ง</button></form>",
        "<form method='post' action='/qa'><label>คำถาม</label><textarea name='q'></textarea><button type='button'>ส่ง</button></form>",
        "<form method='post' action='/poll'><p>ความพึงพอใจต่อเว็บไซต์ คำถาม</p><input type='radio' name='r'><textarea name='c'></textarea><button>โหวต</button></form>",
        "<form method='post' action='/login'><label>คำถาม</label><input name='u'><input type='password' name='p'><button>เข้าสู่ระบบ</button></form>",
    ] {
        let result = judge_channels(&contact_page(broken), "C1");
        assert_eq!(result.answer, Answer::No, "{broken}: {}", result.reason);
        assert_eq!(result.missing, ["question channel"]);
    }
}

#[test]
fn a_board_in_use_a_linked_form_page_or_a_chat_system_is_a_channel() {
    // the contact page links to a board that shows answered topics
    let board = site()
        .page("/contact.html", &page("ติดต่อเรา", "<h1>ติดต่อเรา</h1><p><a href='/board.html'>กระดานถาม-ตอบ</a></p>"))
        .page(
            "/board.html",
            &page("กระดานถาม-ตอบ", "<h1>กระดานถาม-ตอบ</h1><table><tr><th>หัวข้อ</th><th>ตอบ</th></tr><tr><td>ขอทราบเวลาทำการ</td><td>1</td></tr></table>"),
        )
        .build();
    assert_eq!(judge_channels(&board, "C1").answer, Answer::Yes);
    // a board whose only row says there are no topics yet is not in use
    let empty = site()
        .page("/contact.html", &page("ติดต่อเรา", "<h1>ติดต่อเรา</h1><p><a href='/board.html'>กระดานถาม-ตอบ</a></p>"))
        .page(
            "/board.html",
            &page("กระดานถาม-ตอบ", "<h1>กระดานถาม-ตอบ</h1><table><tr><th>หัวข้อ</th><th>ตอบ</th></tr><tr><td>ยังไม่มีกระทู้</td></tr></table>"),
        )
        .build();
    assert_eq!(judge_channels(&empty, "C1").answer, Answer::No);
    // the board it links to answers 404: no channel
    let dead = site()
        .page(
            "/contact.html",
            &page(
                "ติดต่อเรา",
                "<h1>ติดต่อเรา</h1><p><a href='/board.html'>กระดานถาม-ตอบ</a></p>",
            ),
        )
        .status("/board.html", 404)
        .build();
    assert_eq!(judge_channels(&dead, "C1").answer, Answer::No);
    // a LINE official account, recorded as an external system
    let line = contact_page(
        "<p>สอบถามเจ้าหน้าที่ได้ทุกวันทำการผ่าน <a href='https://line.me/R/ti/p/@agency'>LINE Official Account</a></p>",
    );
    let result = judge_channels(&line, "C1");
    assert_eq!(result.answer, Answer::Yes, "{}", result.reason);
    assert!(
        result.evidence[0]
            .matched
            .iter()
            .any(|m| m.starts_with("external system"))
    );
}

#[test]
fn a_form_the_site_menu_leads_to_is_not_the_pages_channel() {
    // every page's menu links the complaint form; the contact page itself offers no question channel
    let menu = "<nav><a href='/complaint.html'>แจ้งเรื่อง</a></nav>";
    let snapshot = site()
        .page("/contact.html", &format!("{menu}{}", page("ติดต่อเรา", "<h1>ติดต่อเรา</h1><p>ที่อยู่ 99 หมู่ 1</p>")))
        .page(
            "/complaint.html",
            &page("แจ้งเรื่อง", "<h1>คำถาม</h1><form method='post' action='/send'><textarea name='q'></textarea><button>ส่งคำถาม</button></form>"),
        )
        .build();
    assert_eq!(judge_channels(&snapshot, "C1").answer, Answer::No);
}

#[test]
fn a_complaint_channel_needs_the_agencys_own_form_or_contact_not_a_mention() {
    let page_of = |body: &str| {
        site()
            .page(
                "/complaint.html",
                &page("ร้องเรียนการทุจริต", &format!("<h1>ร้องเรียนการทุจริต</h1>{body}")),
            )
            .build()
    };
    // only links to other agencies and a Facebook page: the footer's number is not a channel
    let links_only = page_of(
        "<p>แจ้งได้ที่ <a href='https://www.nacc.go.th/'>ป.ป.ช.</a> <a href='https://www.facebook.com/agency'>Facebook</a> สายด่วน ๑๕๖๗</p>",
    );
    assert_eq!(judge_channels(&links_only, "C2").answer, Answer::No);
    // a dedicated e-mail and phone on the page itself
    let own = page_of("<p>อีเมล corruption@example.go.th หรือ 0-4399-0199</p>");
    assert_eq!(judge_channels(&own, "C2").answer, Answer::Yes);
    // a guideline document that mentions complaints is not the channel
    let document = site()
        .page(
            "/docs.html",
            &page(
                "เอกสาร",
                "<p><a href='/files/g.pdf'>แนวทางร้องเรียนการทุจริต</a></p>",
            ),
        )
        .document(
            "/files/g.pdf",
            Ok(doc("แนวทางการจัดการเรื่องร้องเรียนการทุจริต โทร 0-4399-0199")),
        )
        .build();
    assert_eq!(judge_channels(&document, "C2").answer, Answer::No);
}

#[test]
fn a_visitor_counter_and_the_credit_line_are_never_the_closest_evidence() {
    // the footer credits a web designer with a link named like the item, and a counter badge
    // links off-site; the site publishes no complaint channel
    let footer = "<p>ออกแบบโดย <a href='https://webdesign.example.com/ร้องเรียนการทุจริต'>ร้องเรียนการทุจริต Studio</a></p>\
                  <p><a href='https://www.histats.com/viewstats/?sid=1'>ร้องเรียนการทุจริต counter</a></p>";
    let snapshot = site()
        .page(
            "/about.html",
            &page("เกี่ยวกับเรา", &format!("<p>ประวัติตำบล</p>{footer}")),
        )
        .build();
    let result = judge_channels(&snapshot, "C2");
    assert_eq!(result.answer, Answer::No);
    assert_eq!(
        result.reason_code,
        Some(ReasonCode::NotFound),
        "{}",
        result.reason
    );
    assert!(
        result.evidence.is_empty() && result.warnings.is_empty(),
        "{result:?}"
    );
}

#[test]
fn every_executive_shown_needs_a_photo_and_a_contact() {
    let people = |deputies: &str| {
        site()
            .page(
                "/exec.html",
                &page(
                    "ผู้บริหาร",
                    &format!("<h1>ผู้บริหาร</h1><p><img src='/p/1.jpg'>นายเอ นายกเทศมนตรี โทร 08-1234-5670</p>{deputies}"),
                ),
            )
            .build()
    };
    let complete = people("<p><img src='/p/2.jpg'>นายบี รองนายกเทศมนตรี 0 5541 1234</p>");
    assert_eq!(judge_channels(&complete, "C3").answer, Answer::Yes);
    let bare = people(
        "<table><tr><th>ชื่อ</th><th>ตำแหน่ง</th></tr><tr><td>นายบี</td><td>รองนายกเทศมนตรี</td></tr></table>",
    );
    let result = judge_channels(&bare, "C3");
    assert_eq!(result.answer, Answer::No, "{}", result.reason);
    assert_eq!(result.missing, ["each person"]);
}

#[test]
fn a_provincial_office_head_is_titled_by_the_offices_name() {
    let snapshot = site()
        .page(
            "/exec.html",
            &page(
                "ผู้บริหาร สำนักงานแรงงานจังหวัดทุ่งทอง",
                "<h1>ผู้บริหาร</h1><p><img src='/p/1.jpg'>นายเอ แรงงานจังหวัดทุ่งทอง โทร 0 5541 1234</p>",
            ),
        )
        .build();
    let result = judge_channels(&snapshot, "C3");
    assert_eq!(result.answer, Answer::Yes, "{}", result.reason);
    // the office's own name is not its head
    let name_only = site()
        .page(
            "/exec.html",
            &page(
                "ผู้บริหาร สำนักงานแรงงานจังหวัดทุ่งทอง",
                "<h1>ผู้บริหาร</h1><p>สำนักงานแรงงานจังหวัดทุ่งทอง</p>",
            ),
        )
        .build();
    assert!(
        judge_channels(&name_only, "C3")
            .missing
            .contains(&"top".to_string())
    );
}

#[test]
fn a_report_on_the_whole_year_is_not_a_six_month_round() {
    let report = |text: &str| {
        site()
            .page(
                "/r.html",
                &page(
                    "รายงาน",
                    "<p><a href='/files/r.pdf'>รายงานผลการดำเนินงานประจำปี 2568</a></p>",
                ),
            )
            .document("/files/r.pdf", Ok(doc(text)))
            .build()
    };
    let half = judge_channels(
        &report(
            "รายงานผลการดำเนินงาน รอบ 6 เดือน (1 ตุลาคม 2567 - 31 มีนาคม 2568) ปีงบประมาณ พ.ศ. 2568",
        ),
        "C4",
    );
    assert_eq!(half.answer, Answer::No);
    assert_eq!(
        half.reason_code,
        Some(ReasonCode::PartialYear),
        "{}",
        half.reason
    );
    let whole = judge_channels(
        &report("รายงานผลการดำเนินงาน (1 ตุลาคม 2567 - 30 กันยายน 2568) ปีงบประมาณ พ.ศ. 2568"),
        "C4",
    );
    assert_eq!(whole.answer, Answer::Yes, "{}", whole.reason);
}

#[test]
fn a_plan_in_force_is_dated_by_its_span() {
    let plan = |text: &str| {
        site()
            .page(
                "/plan.html",
                &page(
                    "แผนพัฒนาท้องถิ่น",
                    &format!("<h1>แผนพัฒนาท้องถิ่น</h1><p>{text}</p>"),
                ),
            )
            .build()
    };
    // an expired plan, on a page that also mentions this year for something else
    let expired = judge_channels(
        &plan("แผนพัฒนาท้องถิ่น (พ.ศ. 2561 - 2565) และแผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2569"),
        "C5",
    );
    assert_eq!(expired.answer, Answer::No);
    assert_eq!(expired.reason_code, Some(ReasonCode::WrongYear));
    let current = judge_channels(&plan("แผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570)"), "C5");
    assert_eq!(current.answer, Answer::Yes, "{}", current.reason);
}

#[test]
fn a_page_whose_document_links_are_dead_has_nothing_unverified_to_lean_on() {
    let snapshot = site()
        .page(
            "/manuals.html",
            &page(
                "คู่มือการร้องเรียน",
                "<h1>คู่มือการร้องเรียน</h1><p><a href='/files/m.pdf'>คู่มือการร้องเรียน</a></p>",
            ),
        )
        .status("/files/m.pdf", 404)
        .build();
    let result = judge(&snapshot, "O2");
    assert_eq!(result.answer, Answer::No, "{}", result.reason);
}
