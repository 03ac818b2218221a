//! The general rules blind pair F's first contact (0.942) asked for, each on an in-memory site
//! with the shipped ITA 2569 checklist (the year rules have unit tests in `src/years.rs`): a
//! document in an item's row of an ITA list is that item's even when its title also names
//! another item; O12's annual procurement report must cover the whole fiscal year.
//! Expectations are written from the texts below, as an assessor would answer.

mod shipped;
use shipped::{doc, judge};

use oitcheck::{Answer, SnapshotBuilder};
use url::Url;

fn start() -> Url {
    Url::parse("https://www.nonsaat.go.th/").unwrap()
}

fn page(title: &str, body: &str) -> String {
    format!(
        "<html><head><title>{title}</title></head><body>\
         <nav><a href='/'>หน้าแรก</a> <a href='/?cat=2'>ข่าว</a></nav>\
         <main>{body}</main><footer><p>อบต.ตัวอย่าง โทร 0 4300 0000</p></footer></body></html>"
    )
}

/// An ITA 2569 list as a table, one row per `(code, title, link)`.
fn ita_page(rows: &[(&str, &str, &str)]) -> String {
    let rows: String = rows
        .iter()
        .map(|(code, title, link)| {
            format!("<tr><td>{code}</td><td>{title}</td><td>{link}</td></tr>")
        })
        .collect();
    page(
        "ITA 2569",
        &format!(
            "<h2>การประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ พ.ศ. 2569</h2>\
             <table><tr><th>ข้อ</th><th>ข้อมูล</th><th>ลิงก์</th></tr>{rows}</table>"
        ),
    )
}

const ROWS: [(&str, &str, &str); 5] = [
    (
        "O1",
        "โครงสร้าง หน้าที่และอำนาจ",
        "<a href='/?page_id=7'>โครงสร้าง</a>",
    ),
    ("O2", "ข้อมูลผู้บริหาร", "<a href='/?page_id=11'>ผู้บริหาร</a>"),
    (
        "O3",
        "ข้อมูลการติดต่อและช่องทางการสอบถาม",
        "<a href='/?page_id=15'>ติดต่อ</a>",
    ),
    ("O4", "ข่าวประชาสัมพันธ์", "<a href='/?cat=2'>ข่าว</a>"),
    (
        "O5",
        "แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน",
        "<a href='/?page_id=21'>แผนพัฒนา</a>",
    ),
];

const MANUAL: &str = "คู่มือการดำเนินการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ องค์การบริหารส่วนตำบลตัวอย่าง \
    หน่วยงานผู้รับผิดชอบ ศูนย์รับเรื่องร้องเรียน สำนักปลัด ขั้นตอนการดำเนินการ 1. รับเรื่องร้องเรียน \
    2. ลงทะเบียนและตรวจสอบข้อเท็จจริง 3. แจ้งผลให้ผู้ร้องทราบ ระยะเวลาดำเนินการ แจ้งผลภายใน 15 วันทำการ";

#[test]
fn a_document_in_an_items_row_is_that_items_whatever_else_its_title_names() {
    let mut rows = ROWS.to_vec();
    rows.push((
        "O16",
        "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
        "<a href='/wp-content/uploads/2568/06/manual.pdf'>คู่มือการดำเนินการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</a>",
    ));
    let snapshot = SnapshotBuilder::new(&start())
        .page("/", &page("หน้าแรก", "<p>ยินดีต้อนรับ</p>"))
        .page("/?page_id=71", &ita_page(&rows))
        .document("/wp-content/uploads/2568/06/manual.pdf", Ok(doc(MANUAL)))
        .build();
    let result = judge(&snapshot, "O16");
    assert_eq!(
        result.answer,
        Answer::Yes,
        "{} {:?}",
        result.reason,
        result.missing
    );
}

#[test]
fn a_summary_of_two_quarters_is_not_the_annual_procurement_report() {
    let half = "สรุปผลการจัดซื้อจัดจ้างรายเดือน ต.ค. 2567 - มี.ค. 2568 (ไตรมาส 1-2 ปีงบประมาณ 2568) \
                สำนักงานตัวอย่าง ลำดับ งานที่จัดซื้อจัดจ้าง วงเงิน ราคากลาง วิธีซื้อหรือจ้าง ผู้ได้รับการคัดเลือก \
                เหตุผลที่คัดเลือก เลขที่และวันที่ของสัญญา 1 จัดซื้อวัสดุสำนักงาน 25,000 25,000 เฉพาะเจาะจง ร้านตัวอย่าง ราคาต่ำสุด 1/2568";
    let mut rows = ROWS.to_vec();
    rows.push((
        "O12",
        "รายงานสรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ ประจำปีงบประมาณ พ.ศ. 2568",
        "<a href='/uploads/o12-q1-2.pdf'>สรุปผลการจัดซื้อจัดจ้าง ไตรมาส 1-2 ปีงบประมาณ 2568</a>",
    ));
    let snapshot = SnapshotBuilder::new(&start())
        .page("/", &page("หน้าแรก", "<p>ยินดีต้อนรับ</p>"))
        .page("/?page_id=71", &ita_page(&rows))
        .document("/uploads/o12-q1-2.pdf", Ok(doc(half)))
        .build();
    let result = judge(&snapshot, "O12");
    assert_ne!(result.answer, Answer::Yes, "{}", result.reason);
}
