//! The general rules blind pair E's first contact (0.904) asked for, each on an in-memory site
//! with the shipped ITA 2569 checklist: a line that says its part is still being prepared shows
//! nothing; a page that says only that its item is in progress is a placeholder, byline and
//! explanation notwithstanding; a phrase of one item inside another item's name names that other
//! item; an image shown on every page is the template's, not the page's own; a page linked from
//! an item's row of an ITA list, and the documents it offers, are that item's. Expectations are
//! written from the texts below, as an assessor would answer.

mod shipped;
use shipped::{doc, judge};

use oitcheck::rules::Rules;
use oitcheck::{Answer, SnapshotBuilder};
use url::Url;

fn start() -> Url {
    Url::parse("https://www.office.example.go.th/").unwrap()
}

/// A page of a site whose left column (not marked as a sidebar) shows the head's photo on every
/// page, as rented CMS templates do.
fn page(title: &str, body: &str) -> String {
    format!(
        "<html><head><title>{title}</title></head><body>\
         <div id='nav'><ul class='sf-menu'><li><a href='/'>หน้าแรก</a></li><li><a href='/news'>ข่าว</a></li></ul></div>\
         <div id='leftcol'><div class='box'>ผู้บริหาร<img src='/uploads/personnel/p1.jpg' alt='นายกเทศมนตรี'></div></div>\
         <div id='content'>{body}</div><div id='footer'><p>สำนักงานตัวอย่าง โทร 0 4300 0000</p></div></body></html>"
    )
}

fn site() -> SnapshotBuilder {
    SnapshotBuilder::new(&start())
        .page("/", &page("หน้าแรก", "<p>ยินดีต้อนรับ</p>"))
        .page("/news", &page("ข่าว", "<p>ข่าวกิจกรรมของสำนักงาน</p>"))
        .page("/about", &page("ประวัติ", "<p>ประวัติความเป็นมาของสำนักงาน</p>"))
        .page("/vision", &page("วิสัยทัศน์", "<p>วิสัยทัศน์และพันธกิจ</p>"))
}

const PLAN_2569: &str = "แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2569 สำนักงานตัวอย่าง โครงการที่ 1 ส่งเสริมอาชีพ งบประมาณ 250,000 บาท ระยะเวลาดำเนินการ ตุลาคม 2568 – กันยายน 2569 ผู้รับผิดชอบ กลุ่มงานส่งเสริม";

#[test]
fn a_line_that_says_its_part_is_being_prepared_shows_nothing() {
    let snapshot = site()
        .page(
            "/o6",
            &page(
                "O6 แผนและความก้าวหน้าในการดำเนินงานและการใช้จ่ายงบประมาณประจำปี",
                "<h1>O6 แผนและความก้าวหน้าในการดำเนินงานและการใช้จ่ายงบประมาณประจำปี</h1>\
                 <dl><dd>เขียนโดย ผู้ดูแลระบบ</dd><dd>เผยแพร่เมื่อ: วันพฤหัสบดีที่ 20 พฤศจิกายน พ.ศ. 2568</dd></dl>\
                 <ol><li><a href='/docs/plan-2569.pdf'>แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2569</a></li>\
                 <li>รายงานความก้าวหน้าการดำเนินงานและการใช้จ่ายงบประมาณ รอบ 6 เดือน (ตุลาคม 2568 – มีนาคม 2569) \
                 <span>(อยู่ระหว่างรวบรวมข้อมูล)</span></li></ol>",
            ),
        )
        .document("/docs/plan-2569.pdf", Ok(doc(PLAN_2569)))
        .build();
    let result = judge(&snapshot, "O6");
    assert_ne!(result.answer, Answer::Yes, "{}", result.reason);
}

#[test]
fn an_in_progress_page_with_a_byline_and_an_explanation_is_a_placeholder() {
    let snapshot = site()
        .page(
            "/o25",
            &page(
                "การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร",
                "<h2>การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร</h2>\
                 <dl><dd>เขียนโดย ผู้ดูแลระบบ</dd><dd>เผยแพร่เมื่อ: วันพฤหัสบดีที่ 8 มกราคม พ.ศ. 2569</dd><dd>จำนวนผู้เข้าชม: 643</dd></dl>\
                 <p><strong>อยู่ระหว่างดำเนินการ</strong></p>\
                 <p>สำนักงานอยู่ระหว่างวิเคราะห์ผลการประเมิน ITA ประจำปี 2568 เพื่อจัดทำแนวทางการพัฒนาองค์กร จะเผยแพร่เมื่อดำเนินการแล้วเสร็จ</p>",
            ),
        )
        .build();
    let result = judge(&snapshot, "O25");
    assert_eq!(result.answer, Answer::No, "{}", result.reason);
    assert_eq!(
        result.reason_code.map(|c| c.as_str()),
        Some("placeholder"),
        "{}",
        result.reason
    );
}

#[test]
fn a_phrase_of_one_item_inside_another_items_name_names_that_item() {
    let checklist = oitcheck::checklist::load("ita-2569").unwrap();
    let rules = Rules::new(&checklist);
    let index = |id: &str| checklist.items.iter().position(|it| it.id == id).unwrap();
    let report = rules.naming(&oitcheck::thai::match_key(
        "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส_2568",
    ));
    assert!(report.names(index("O26")), "the report names O26");
    assert!(
        !report.names(index("O25")),
        "the report is not O25's measures"
    );
    let measures = rules.naming(&oitcheck::thai::match_key(
        "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569",
    ));
    assert!(measures.names(index("O25")), "the measures alone name O25");
}

#[test]
fn a_photo_on_every_page_is_the_templates_not_the_pages_own() {
    // a list page of budget documents: nothing on it can show O6's progress, drawn or written
    let snapshot = site()
        .page(
            "/docs/budget",
            &page(
                "เทศบัญญัติงบประมาณรายจ่าย",
                "<h2>เทศบัญญัติงบประมาณรายจ่าย</h2><table><tr><th>ที่</th><th>รายการเอกสาร</th></tr>\
                 <tr><td>1</td><td><a href='/download/12'>เทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2569</a></td></tr></table>",
            ),
        )
        .page(
            "/o6",
            &page(
                "O6 แผนการดำเนินงาน",
                "<h1>แผนการดำเนินงานประจำปีงบประมาณ พ.ศ. ๒๕๖๙</h1><p><a href='/docs/budget'>เทศบัญญัติงบประมาณรายจ่าย</a></p>",
            ),
        )
        .build();
    let result = judge(&snapshot, "O6");
    assert_eq!(result.answer, Answer::No, "{}", result.reason);
    assert_ne!(
        result.reason_code.map(|c| c.as_str()),
        Some("image_only"),
        "{}",
        result.reason
    );
}

const REPORT_2568: &str = "รายงานผลการติดตามและประเมินผลแผนพัฒนาท้องถิ่น ประจำปีงบประมาณ พ.ศ. 2568 \
    1. ผลการดำเนินงานตามแผนการดำเนินงาน ปีงบประมาณ พ.ศ. 2568 ยุทธศาสตร์ โครงการตามแผน 104 ดำเนินการแล้วเสร็จ 89 \
    ร้อยละ 85.58 งบประมาณที่เบิกจ่าย 13,585,490 บาท 2. ผลการประเมินความพึงพอใจของประชาชน ร้อยละ 86.4 \
    3. ปัญหา อุปสรรค และข้อเสนอแนะ โครงการก่อสร้างบางโครงการดำเนินการไม่ทันเนื่องจากฝนตกชุก ควรวางแผนการจัดซื้อจัดจ้างให้เริ่มในไตรมาสแรก ธันวาคม 2568";

fn hub_row(code: &str, title: &str, links: &str) -> String {
    format!("<tr><td>{code}</td><td>{title}</td><td>{links}</td></tr>")
}

#[test]
fn pages_and_documents_behind_an_ita_rows_links_are_that_items() {
    let rows = [
        hub_row("O1", "โครงสร้าง หน้าที่และอำนาจ", "<a href='/about'>โครงสร้าง</a>"),
        hub_row(
            "O2",
            "ข้อมูลผู้บริหาร",
            "<a href='/personnel/1'>คณะผู้บริหาร (ฝ่ายการเมือง)</a><br><a href='/personnel/3'>หัวหน้าส่วนราชการ (ฝ่ายประจำ)</a>",
        ),
        hub_row("O3", "ข้อมูลการติดต่อและช่องทางการสอบถาม", "<a href='/contact'>ติดต่อเรา</a>"),
        hub_row("O4", "ข่าวประชาสัมพันธ์", "<a href='/news'>ข่าว</a>"),
        hub_row("O5", "แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน", "<a href='/plan'>แผน</a>"),
        hub_row(
            "O7",
            "รายงานผลการดำเนินงานประจำปี",
            "<a href='/download/31'>รายงานการติดตามและประเมินผล ประจำปี 2568</a>",
        ),
    ]
    .concat();
    let person = |name: &str, post: &str, n: u32| {
        format!(
            "<div class='card'><img src='/uploads/personnel/q{n}.jpg'><p>{name}</p><p>{post}</p><p>โทร. 08 1234 56{n:02}</p></div>"
        )
    };
    let political = [
        person("นายสมชาย ใจดี", "นายกเทศมนตรีตำบลตัวอย่าง", 1),
        person("นายสมศักดิ์ มั่นคง", "รองนายกเทศมนตรี", 2),
        person("นางสมศรี สุขใจ", "รองนายกเทศมนตรี", 3),
    ]
    .concat();
    let permanent = [
        person("นายประเสริฐ ทองดี", "ปลัดเทศบาล", 4),
        person("นางวิไล ศรีสุข", "รองปลัดเทศบาล", 5),
        person("นายวิชัย แก้วงาม", "ผู้อำนวยการกองคลัง", 6),
        person("นางสุดา พรมมา", "ผู้อำนวยการกองช่าง", 7),
    ]
    .concat();
    let snapshot = site()
        .page(
            "/ita",
            &page(
                "ITA 2569",
                &format!(
                    "<h2>การประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ พ.ศ. 2569</h2>\
                     <table><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>{rows}</table>"
                ),
            ),
        )
        .page(
            "/personnel/1",
            &page("คณะผู้บริหาร", &format!("<h2>คณะผู้บริหาร</h2>{political}")),
        )
        .page(
            "/personnel/3",
            &page("หัวหน้าส่วนราชการ", &format!("<h2>หัวหน้าส่วนราชการ</h2>{permanent}")),
        )
        .page(
            "/download/31",
            &page(
                "ดาวน์โหลดเอกสาร",
                "<h2>ดาวน์โหลดเอกสาร</h2><p>ไฟล์ PDF 245 KB</p><a href='/uploads/doc/report_eval_2568.pdf'>ดาวน์โหลด</a>",
            ),
        )
        .document("/uploads/doc/report_eval_2568.pdf", Ok(doc(REPORT_2568)))
        .build();
    let o2 = judge(&snapshot, "O2");
    assert_eq!(o2.answer, Answer::Yes, "O2: {} {:?}", o2.reason, o2.missing);
    let pages: Vec<&str> = o2.evidence.iter().map(|e| e.url.path()).collect();
    assert!(pages.contains(&"/personnel/3"), "{pages:?}");
    let o7 = judge(&snapshot, "O7");
    assert_eq!(o7.answer, Answer::Yes, "O7: {} {:?}", o7.reason, o7.missing);
    assert_eq!(
        o7.evidence[0].url.path(),
        "/uploads/doc/report_eval_2568.pdf"
    );
}
