//! Judging cost against site size: an in-memory synthetic Thai agency site (menus and a footer on
//! every page, a news archive, category pages, an ITA section with per-item pages, documents)
//! judged with the shipped ITA 2569 checklist at 1k … 20k pages. Not a timed test: it prints
//! seconds, and time per page as a ratio to the smallest site, which stays flat when judging is
//! linear in the size of the site.
//!
//! `cargo bench --bench judge` (or `cargo bench --bench judge -- 1000 5000` for other sizes).
//! Times are this process's CPU seconds (user + system, from `/proc/self/stat` on Linux; wall
//! time elsewhere), so that other load on the machine disturbs them less.

use std::time::Instant;

use oitcheck::extract::document::{DocumentText, Part};
use oitcheck::rules::Rules;
use oitcheck::{Judge, SnapshotBuilder, checklist};

const MONTHS: [&str; 12] = [
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
];

/// The menu, sidebar and footer every page carries (the site template).
fn chrome() -> String {
    let mut nav = String::from("<nav><ul>");
    let sections = [
        ("/about/structure.html", "โครงสร้างส่วนราชการ"),
        ("/about/executives.html", "ทำเนียบผู้บริหาร"),
        ("/contact.html", "ติดต่อเรา"),
        ("/news/", "ข่าวประชาสัมพันธ์"),
        ("/procurement/", "ประกาศจัดซื้อจัดจ้าง"),
        ("/ita/2569/", "การประเมิน ITA 2569"),
        ("/eservice.html", "E-Service"),
        ("/complaint.html", "ร้องเรียนร้องทุกข์"),
        ("/files/manual-service.pdf", "คู่มือการให้บริการประชาชน"),
    ];
    for (href, text) in sections {
        nav.push_str(&format!("<li><a href='{href}'>{text}</a></li>"));
    }
    for c in 0..20 {
        nav.push_str(&format!(
            "<li><a href='/category/{c}/'>หมวดข่าว {c}</a></li>"
        ));
    }
    nav.push_str("</ul></nav>");
    format!(
        "{nav}<aside><h3>ติดต่อเรา</h3><p>องค์การบริหารส่วนตำบลตัวอย่าง 99 หมู่ 1 โทร 0 5541 1234</p></aside>"
    )
}

fn footer() -> &'static str {
    "<footer><p>องค์การบริหารส่วนตำบลตัวอย่าง อำเภอเมือง จังหวัดตัวอย่าง 12345 โทรศัพท์ 0 5541 1234 อีเมล saraban@example.go.th</p></footer>"
}

fn news_page(n: usize, chrome: &str) -> String {
    let month = MONTHS[n % 12];
    let year = 2567 + n % 3;
    let topic = match n % 7 {
        0 => "โครงการส่งเสริมคุณธรรมและจริยธรรม",
        1 => "ประชุมประชาคมหมู่บ้านเพื่อรับฟังความคิดเห็น",
        2 => "กิจกรรมวันเด็กแห่งชาติ",
        3 => "ประกาศผู้ชนะการเสนอราคาจัดซื้อวัสดุสำนักงาน",
        4 => "ฝึกอบรมการป้องกันและบรรเทาสาธารณภัย",
        5 => "รณรงค์ป้องกันไข้เลือดออก",
        _ => "ตรวจเยี่ยมผู้สูงอายุในพื้นที่",
    };
    let body = "องค์การบริหารส่วนตำบลได้ดำเนินการตามแผนงานประจำปีโดยมีประชาชนเข้าร่วมเป็นจำนวนมาก ".repeat(6);
    format!(
        "<html><head><title>{topic} ครั้งที่ {n}</title></head><body>{chrome}<main><h1>{topic} ครั้งที่ {n}</h1>\
         <p>เมื่อวันที่ {d} {month} {year} {body}</p><p><a href='/news/{prev}.html'>ข่าวก่อนหน้า</a> \
         <a href='/category/{cat}/page/{page}/'>หน้าถัดไป</a></p>{doc}</main>{footer}</body></html>",
        d = 1 + n % 28,
        prev = n.saturating_sub(1),
        cat = n % 20,
        page = n % 50,
        doc = if n.is_multiple_of(10) {
            format!("<p><a href='/files/news-{n}.pdf'>ดาวน์โหลดเอกสาร</a></p>")
        } else {
            String::new()
        },
        footer = footer(),
    )
}

fn ita_page(item: &str, title: &str, chrome: &str) -> String {
    format!(
        "<html><head><title>{item} {title}</title></head><body>{chrome}<main><h1>{item} {title}</h1>\
         <p>{title} ประจำปีงบประมาณ พ.ศ. 2569 รายละเอียดตามเอกสารแนบ</p>\
         <p><a href='/files/ita2569/{item}.pdf'>{item} {title}</a></p></main>{footer}</body></html>",
        footer = footer()
    )
}

/// CPU seconds used by this process so far (wall-clock seconds since `since` where /proc is absent).
fn cpu_seconds(since: Instant) -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // fields after the command name (which may hold spaces) start after the last ')'
    let fields: Vec<&str> = stat
        .rsplit_once(')')
        .map(|(_, rest)| rest.split_whitespace().collect())
        .unwrap_or_default();
    match (fields.get(11), fields.get(12)) {
        (Some(user), Some(system)) => {
            let ticks: f64 =
                user.parse::<f64>().unwrap_or(0.0) + system.parse::<f64>().unwrap_or(0.0);
            ticks / 100.0
        }
        _ => since.elapsed().as_secs_f64(),
    }
}

fn main() {
    let mut sizes: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    if sizes.is_empty() {
        sizes = vec![1_000, 2_000, 5_000, 10_000, 20_000];
    }
    let largest = *sizes.iter().max().unwrap();
    let checklist = checklist::load("ita-2569").expect("the shipped checklist");
    let rules = Rules::new(&checklist);
    let start = url::Url::parse("https://www.example.go.th/").unwrap();
    let chrome = chrome();

    eprintln!("building a {largest}-page site in memory (not timed)…");
    let built = Instant::now();
    let mut builder = SnapshotBuilder::new(&start);
    builder = builder.page("/", &news_page(0, &chrome));
    for (i, item) in checklist.items.iter().enumerate() {
        let title = oitcheck::Checklist::render(&item.title_th, 2569);
        builder = builder.page(
            &format!("/ita/2569/{}.html", item.id),
            &ita_page(&item.id, &title, &chrome),
        );
        let text = format!(
            "{title}\nประจำปีงบประมาณ พ.ศ. 2569\nรายงานผลการดำเนินงาน ไตรมาสที่ {} ผลการดำเนินงาน ปัญหาอุปสรรค ข้อเสนอแนะ",
            1 + i % 4
        );
        builder = builder.document(&format!("/files/ita2569/{}.pdf", item.id), Ok(doc(&text)));
    }
    let mut pages = 1 + checklist.items.len();
    let mut n = 1;
    while pages < largest {
        builder = builder.page(&format!("/news/{n}.html"), &news_page(n, &chrome));
        if n.is_multiple_of(10) {
            builder = builder.document(
                &format!("/files/news-{n}.pdf"),
                Ok(doc("รายงานสรุปผลการจัดกิจกรรม ประจำปีงบประมาณ พ.ศ. 2568")),
            );
        }
        pages += 1;
        n += 1;
    }
    let full = builder.build();
    eprintln!(
        "built {} pages and {} documents in {:.1} s\n",
        full.pages.len(),
        full.documents.len(),
        built.elapsed().as_secs_f64()
    );

    println!(
        "{:>8} {:>10} {:>10} {:>10} {:>14} {:>22}",
        "pages", "seconds", "index", "judging", "µs per page", "per page vs smallest"
    );
    let mut baseline = None;
    for size in sizes {
        let mut snapshot = full.clone();
        snapshot.pages.truncate(size);
        let clock = Instant::now();
        let began = cpu_seconds(clock);
        let judge = Judge::new(&checklist, &rules, &snapshot, 2569);
        let indexed = cpu_seconds(clock) - began;
        let results = judge.all();
        let seconds = cpu_seconds(clock) - began;
        assert_eq!(results.len(), checklist.items.len());
        let per_page = seconds / size as f64;
        let ratio = per_page / *baseline.get_or_insert(per_page);
        println!(
            "{size:>8} {seconds:>10.3} {indexed:>10.3} {:>10.3} {:>14.1} {ratio:>21.2}×",
            seconds - indexed,
            per_page * 1e6
        );
    }
}

/// A one-page document's text.
fn doc(text: &str) -> DocumentText {
    DocumentText {
        extractor: "bench".into(),
        parts: vec![Part {
            label: "page 1".into(),
            text: text.into(),
        }],
        tabular: false,
        ocr: false,
    }
}
