//! The general rules blind pair D's first contact asked for, each on an in-memory site with the
//! shipped ITA 2569 checklist: a document shown through a viewer's `file=` parameter is read; a
//! document under an item's row of an ITA list (its code and title) is that item's, whatever its
//! link text; a link text that only restates the item's title lends the document no element.
//! Expectations are written from the texts below, as an assessor would answer.

mod shipped;
use shipped::{doc, judge};

use oitcheck::{Answer, SnapshotBuilder};
use url::Url;

fn start() -> Url {
    Url::parse("https://www.school.example.ac.th/").unwrap()
}

fn page(title: &str, body: &str) -> String {
    format!(
        "<html><head><title>{title}</title></head><body>\
         <nav><a href='/'>หน้าแรก</a> <a href='/news/'>ข่าว</a></nav>\
         <main>{body}</main><footer><p>โรงเรียนตัวอย่าง โทร 0 4300 0000</p></footer></body></html>"
    )
}

fn site() -> SnapshotBuilder {
    SnapshotBuilder::new(&start())
        .page("/", &page("หน้าแรก", "<p>ยินดีต้อนรับ</p>"))
        .page("/news/", &page("ข่าว", "<p>ข่าวกิจกรรมของโรงเรียน</p>"))
        .page("/about/", &page("ประวัติ", "<p>ประวัติโรงเรียน</p>"))
}

const NO_GIFT_2569: &str = "ประกาศโรงเรียนตัวอย่าง เรื่อง เจตนารมณ์การไม่รับของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy) ประจำปีงบประมาณ พ.ศ. 2569 ผู้บริหารและบุคลากรทุกคนจะไม่รับของขวัญ ประกาศ ณ วันที่ 1 ตุลาคม 2568";

#[test]
fn a_document_shown_through_a_viewer_is_read() {
    let viewer = "/wp-content/plugins/pdfjs-viewer-shortcode/pdfjs/web/viewer.php?file=%2Fwp-content%2Fuploads%2Fnogift-2569.pdf&dButton=true";
    let snapshot = site()
        .page(
            "/ita/o20/",
            &page(
                "O20 การขับเคลื่อนนโยบาย No Gift Policy",
                &format!("<h1>O20 การขับเคลื่อนนโยบาย No Gift Policy</h1><iframe src=\"{viewer}\" title=\"Embedded PDF\"></iframe>"),
            ),
        )
        .document("/wp-content/uploads/nogift-2569.pdf", Ok(doc(NO_GIFT_2569)))
        .build();
    let result = judge(&snapshot, "O20");
    let shown = start().join("/wp-content/uploads/nogift-2569.pdf").unwrap();
    assert!(
        result.evidence.iter().any(|e| e.url == shown),
        "{:?}: {} {:?}",
        result.answer,
        result.reason,
        result
            .evidence
            .iter()
            .map(|e| e.url.as_str())
            .collect::<Vec<_>>()
    );
}

const INTEGRITY_REPORT_2568: &str = "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2568 โรงเรียนตัวอย่างได้ดำเนินการตามมาตรการทั้ง 4 ด้าน ผลการดำเนินการ มาตรการที่ 1 ดำเนินการแล้วเสร็จ มาตรการที่ 2 ดำเนินการแล้วเสร็จ";

#[test]
fn a_document_under_an_items_row_of_an_ita_list_is_that_items() {
    // the link text is the file's name, which names no item; the row above it is O26's
    let snapshot = site()
        .page(
            "/ita/",
            &page(
                "ITA 2569",
                "<h1>ITA 2569</h1><details><summary>O26 รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ปีงบประมาณ พ.ศ. 2568</summary>\
                 <p><a class=\"pdfemb-viewer\" href=\"/uploads/report-2568.pdf\">รายงานผลมาตรการส่งเสริมคุณธรรม-2568</a></p></details>",
            ),
        )
        .document("/uploads/report-2568.pdf", Ok(doc(INTEGRITY_REPORT_2568)))
        .build();
    let result = judge(&snapshot, "O26");
    assert_eq!(result.answer, Answer::Yes, "{}", result.reason);
}

const MEASURES_ONLY_2569: &str = "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569 โรงเรียนจึงกำหนดมาตรการ ดังนี้ มาตรการ วิธีการดำเนินการ ผู้รับผิดชอบ 1. มาตรการเผยแพร่ข้อมูลต่อสาธารณะ 2. มาตรการป้องกันการรับสินบน";

#[test]
fn a_link_text_that_restates_the_item_lends_no_element() {
    // measures without any analysis of last year's ITA result: the link text says "การนำผลการ
    // ประเมิน ITA…", the document does not
    let snapshot = site()
        .page(
            "/ita/o25/",
            &page(
                "ITA",
                "<p><a href=\"/uploads/measures-2569.pdf\">การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร</a></p>",
            ),
        )
        .document("/uploads/measures-2569.pdf", Ok(doc(MEASURES_ONLY_2569)))
        .build();
    let result = judge(&snapshot, "O25");
    assert_eq!(result.answer, Answer::No, "{}", result.reason);
    assert!(
        result.missing.iter().any(|m| m.contains("ITA")),
        "{:?}",
        result.missing
    );
}

const MINISTERIAL_REGULATION: &str = "กฎกระทรวง แบ่งส่วนราชการสำนักงานปลัดกระทรวง กระทรวงสาธารณสุข พ.ศ. ๒๕๖๐ อาศัยอำนาจตามความในมาตรา ๘ ฉ แห่งพระราชบัญญัติระเบียบบริหารราชการแผ่นดิน พ.ศ. ๒๕๓๔ รัฐมนตรีว่าการกระทรวงสาธารณสุขออกกฎกระทรวงไว้ ดังต่อไปนี้ ข้อ ๑ ให้ยกเลิกกฎกระทรวงแบ่งส่วนราชการสำนักงานปลัดกระทรวง กระทรวงสาธารณสุข พ.ศ. ๒๕๕๒ ข้อ ๒ ให้สำนักงานปลัดกระทรวง มีภารกิจเกี่ยวกับการพัฒนายุทธศาสตร์ โดยให้มีอำนาจหน้าที่ ดังต่อไปนี้ (๑) ดำเนินการเกี่ยวกับงานเลขานุการของกระทรวง ข้อ ๓ ให้แบ่งส่วนราชการ ดังต่อไปนี้ (๑) กองกลาง (๒) กองการเจ้าหน้าที่ (๓) กองยุทธศาสตร์และแผนงาน";

#[test]
fn a_ministerial_regulation_is_the_whole_law_not_the_agencys_duties() {
    // a hospital's structure page whose duties part is the ministry's whole กฎกระทรวง
    let snapshot = site()
        .page(
            "/structure",
            &page(
                "โครงสร้างองค์กร",
                "<h1>โครงสร้างองค์กร</h1><p>แผนผังโครงสร้างโรงพยาบาล ผู้อำนวยการโรงพยาบาล รองผู้อำนวยการฝ่ายการแพทย์ \
                 รองผู้อำนวยการฝ่ายบริหาร กลุ่มงานการแพทย์ กลุ่มงานการพยาบาล กลุ่มงานบริหารทั่วไป</p>\
                 <h2>อำนาจหน้าที่</h2><p><a href=\"/docs/regulation-2560.pdf\">ดาวน์โหลด</a></p>",
            ),
        )
        .document("/docs/regulation-2560.pdf", Ok(doc(MINISTERIAL_REGULATION)))
        .build();
    let result = judge(&snapshot, "O1");
    assert_ne!(result.answer, Answer::Yes, "{}", result.reason);
}
