//! Every word the reports show, in Thai and English, in one place: the labels ([`Labels`], one
//! field per label, so a language cannot lack one), the answers and stop reasons, and a sentence
//! for each [`ReasonCode`] saying why an item failed ([`reason`]) and what to do about it
//! ([`action`]).
//!
//! The library explains each failure in English prose (`items[].reason` in JSON, kept as it is).
//! Reports say it again here, in the reader's language, from the code and the item's typed fields
//! (the evidence URL, the page that links it, the missing elements); the few specifics only the
//! prose holds (the years found, a placeholder phrase, an HTTP status) are read back from it, and
//! a sentence simply leaves out a specific it cannot find.

use std::sync::LazyLock;

use oitcheck::evaluate::ItemResult;
use oitcheck::{Answer, ReasonCode, ScanReport, StopReason};
use regex::Regex;

/// The language of a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Lang {
    /// Thai.
    Th,
    /// English.
    En,
}

impl Lang {
    /// Thai when the checklist is Thai (its title is written in Thai), English otherwise.
    pub fn default_for(report: &ScanReport) -> Lang {
        if report
            .checklist
            .title
            .chars()
            .any(|c| ('\u{0E00}'..='\u{0E7F}').contains(&c))
        {
            Lang::Th
        } else {
            Lang::En
        }
    }

    /// This language's labels.
    pub fn labels(self) -> &'static Labels {
        match self {
            Lang::Th => &TH,
            Lang::En => &EN,
        }
    }

    /// The HTML `lang` attribute.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Th => "th",
            Lang::En => "en",
        }
    }

    /// Picks the Thai or the English text.
    pub fn pick<T>(self, th: T, en: T) -> T {
        match self {
            Lang::Th => th,
            Lang::En => en,
        }
    }
}

/// The fixed words of the reports.
pub struct Labels {
    pub report_title: &'static str,
    pub site: &'static str,
    pub checklist: &'static str,
    pub fiscal_year: &'static str,
    pub scanned_at: &'static str,
    pub crawl: &'static str,
    pub pages: &'static str,
    pub documents: &'static str,
    pub seconds: &'static str,
    pub stopped: &'static str,
    pub warning: &'static str,
    pub note: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
    pub unknown: &'static str,
    pub score: &'static str,
    pub rating: &'static str,
    pub points: &'static str,
    pub passes: &'static str,
    pub fix_first: &'static str,
    pub fix_first_hint: &'static str,
    pub check_first: &'static str,
    pub check_first_hint: &'static str,
    pub nothing_to_fix: &'static str,
    pub items: &'static str,
    pub evidence: &'static str,
    pub found_on: &'static str,
    pub matched: &'static str,
    pub why: &'static str,
    pub missing: &'static str,
    pub closest: &'static str,
    pub to_fix: &'static str,
    pub next_step: &'static str,
    pub unverified: &'static str,
    pub score_explained: &'static str,
    pub score_rule: &'static str,
    pub indicator: &'static str,
    pub sub_indicator: &'static str,
    pub each_item: &'static str,
    pub caveat: &'static str,
    pub plan: &'static str,
    pub plan_hint: &'static str,
    pub plan_issue: &'static str,
    pub plan_measure: &'static str,
    pub plan_method: &'static str,
    pub plan_owner: &'static str,
    pub plan_period: &'static str,
    pub plan_follow_up: &'static str,
    pub sheet_item: &'static str,
    pub sheet_title: &'static str,
    pub sheet_answer: &'static str,
    pub sheet_url: &'static str,
    pub sheet_note: &'static str,
    pub crawl_statistics: &'static str,
    pub made_by: &'static str,
    pub not_checked: &'static str,
    pub diff_title: &'static str,
    pub diff_changed: &'static str,
    pub diff_none_changed: &'static str,
    pub diff_lost: &'static str,
    pub diff_none_lost: &'static str,
    pub diff_gained: &'static str,
    pub diff_now: &'static str,
    pub old: &'static str,
    pub new: &'static str,
}

static TH: Labels = Labels {
    report_title: "รายงานผลการตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)",
    site: "เว็บไซต์",
    checklist: "แบบตรวจ",
    fiscal_year: "ปีงบประมาณ",
    scanned_at: "ตรวจเมื่อ",
    crawl: "การสำรวจเว็บไซต์",
    pages: "หน้า",
    documents: "เอกสาร",
    seconds: "วินาที",
    stopped: "สิ้นสุดเพราะ",
    warning: "คำเตือน",
    note: "หมายเหตุ",
    yes: "มี",
    no: "ไม่มี",
    unknown: "ไม่ทราบ",
    score: "คะแนน OIT",
    rating: "ระดับ",
    points: "คะแนน",
    passes: "ผ่านเกณฑ์ 85 คะแนนแล้ว",
    fix_first: "แก้ก่อน",
    fix_first_hint: "ข้อที่ตอบว่า \"ไม่มี\" เรียงตามคะแนนที่จะได้เพิ่มเมื่อแก้แล้ว",
    check_first: "ตรวจด้วยตนเอง",
    check_first_hint: "ข้อที่ oitcheck ตรวจไม่ได้ (ไม่ทราบ) ซึ่งนับเป็น 0 คะแนนจนกว่าจะยืนยันได้",
    nothing_to_fix: "ไม่มีข้อใดตอบว่า \"ไม่มี\"",
    items: "ผลรายข้อ",
    evidence: "หลักฐาน",
    found_on: "ลิงก์จากหน้า",
    matched: "ข้อความที่พบ",
    why: "เหตุผล",
    missing: "ขาด",
    closest: "ที่ใกล้เคียงที่สุด",
    to_fix: "วิธีแก้",
    next_step: "ขั้นตอน",
    unverified: "ยังยืนยันไม่ได้",
    score_explained: "ที่มาของคะแนน",
    score_rule: "แต่ละข้อ: มี = 100, ไม่มี หรือ ไม่ทราบ = 0; ตัวชี้วัดย่อย = ค่าเฉลี่ยของข้อในตัวชี้วัดย่อย; ตัวชี้วัด = ค่าเฉลี่ยของตัวชี้วัดย่อย; คะแนน OIT = ค่าเฉลี่ยของตัวชี้วัด ข้อที่อยู่ในตัวชี้วัดย่อยที่มีข้อน้อยจึงมีน้ำหนักมาก",
    indicator: "ตัวชี้วัด",
    sub_indicator: "ตัวชี้วัดย่อย",
    each_item: "ข้อละ",
    caveat: "ข้อควรทราบเกี่ยวกับแบบตรวจ",
    plan: "แผนการปรับปรุงการเปิดเผยข้อมูล (ร่าง)",
    plan_hint: "ร่างจากผลการตรวจของ oitcheck: เติมผู้รับผิดชอบและระยะเวลาดำเนินการ",
    plan_issue: "ประเด็นที่ต้องปรับปรุง",
    plan_measure: "มาตรการ/แนวทาง",
    plan_method: "วิธีการดำเนินการ",
    plan_owner: "ผู้รับผิดชอบ",
    plan_period: "ระยะเวลาดำเนินการ",
    plan_follow_up: "การติดตามผล",
    sheet_item: "ข้อ",
    sheet_title: "หัวข้อ",
    sheet_answer: "มี/ไม่มี",
    sheet_url: "URL",
    sheet_note: "หมายเหตุ",
    crawl_statistics: "สถิติการสำรวจเว็บไซต์",
    made_by: "สร้างโดย",
    not_checked: "ตรวจไม่ได้",
    diff_title: "เปรียบเทียบผลการตรวจสองครั้ง",
    diff_changed: "ข้อที่คำตอบเปลี่ยน",
    diff_none_changed: "ไม่มีข้อใดที่คำตอบเปลี่ยน",
    diff_lost: "หลักฐานที่หายไป",
    diff_none_lost: "ไม่มีหลักฐานใดหายไป",
    diff_gained: "หลักฐานใหม่",
    diff_now: "ตอนนี้",
    old: "ครั้งก่อน",
    new: "ครั้งนี้",
};

static EN: Labels = Labels {
    report_title: "OIT open-data check report",
    site: "site",
    checklist: "checklist",
    fiscal_year: "fiscal year",
    scanned_at: "scanned",
    crawl: "crawl",
    pages: "pages",
    documents: "documents",
    seconds: "s",
    stopped: "stopped",
    warning: "warning",
    note: "note",
    yes: "yes",
    no: "no",
    unknown: "unknown",
    score: "OIT score",
    rating: "rating",
    points: "points",
    passes: "passes the 85 mark",
    fix_first: "Fix first",
    fix_first_hint: "items answered \"no\", ordered by the points each fix adds",
    check_first: "Check by hand",
    check_first_hint: "items oitcheck could not check (unknown); they score 0 until confirmed",
    nothing_to_fix: "no item is answered \"no\"",
    items: "Items",
    evidence: "evidence",
    found_on: "linked from",
    matched: "matched",
    why: "why",
    missing: "missing",
    closest: "closest",
    to_fix: "to fix",
    next_step: "step",
    unverified: "not verified",
    score_explained: "How the score is made",
    score_rule: "Each item: yes = 100, no or unknown = 0; a sub-indicator is the mean of its items; an indicator the mean of its sub-indicators; the OIT score the mean of the indicators. An item in a sub-indicator with few items therefore weighs more.",
    indicator: "indicator",
    sub_indicator: "sub-indicator",
    each_item: "each item",
    caveat: "About this checklist",
    plan: "Improvement plan (draft)",
    plan_hint: "drafted from oitcheck's findings: fill in who is responsible and when",
    plan_issue: "Issue",
    plan_measure: "Measure",
    plan_method: "How",
    plan_owner: "Responsible",
    plan_period: "Period",
    plan_follow_up: "Follow-up",
    sheet_item: "item",
    sheet_title: "title",
    sheet_answer: "answer",
    sheet_url: "URL",
    sheet_note: "note",
    crawl_statistics: "Crawl statistics",
    made_by: "made by",
    not_checked: "could not be checked",
    diff_title: "Comparison of two scans",
    diff_changed: "Items whose answer changed",
    diff_none_changed: "no item's answer changed",
    diff_lost: "Evidence that disappeared",
    diff_none_lost: "no evidence disappeared",
    diff_gained: "New evidence",
    diff_now: "now",
    old: "before",
    new: "now",
};

/// An answer in words.
pub fn answer(lang: Lang, answer: Answer) -> &'static str {
    let l = lang.labels();
    match answer {
        Answer::Yes => l.yes,
        Answer::No => l.no,
        Answer::Unknown => l.unknown,
    }
}

/// Why the crawl ended, in words.
pub fn stop_reason(lang: Lang, stopped: StopReason) -> &'static str {
    match stopped {
        StopReason::Complete => lang.pick("อ่านครบทุกหน้าที่พบ", "every page found was read"),
        StopReason::Decided => lang.pick(
            "ได้คำตอบครบทุกข้อแล้ว หน้าที่เหลือไม่อาจเปลี่ยนคำตอบ จึงไม่ได้อ่าน (--no-early-stop เพื่ออ่านทั้งหมด)",
            "every item was decided and the pages left could not change an answer, so they were not read (--no-early-stop reads them)",
        ),
        StopReason::MaxPages => lang.pick(
            "อ่านครบจำนวนหน้าสูงสุดแล้ว (--max-pages)",
            "the page budget ran out (--max-pages)",
        ),
        StopReason::TimeLimit => lang.pick(
            "ครบเวลาที่กำหนด (--time-limit)",
            "the time limit ran out (--time-limit)",
        ),
        StopReason::Interrupted => lang.pick("ถูกสั่งหยุด (Ctrl-C)", "interrupted (Ctrl-C)"),
        StopReason::StartFailed => lang.pick("เปิดหน้าแรกไม่ได้", "the start page failed"),
        StopReason::RobotsDisallowed => lang.pick(
            "robots.txt ไม่อนุญาตให้อ่านหน้าแรก",
            "robots.txt disallows the start page",
        ),
    }
}

/// What to do when the crawl stopped early.
pub fn incomplete(lang: Lang, stopped: StopReason) -> String {
    lang.pick(
        format!(
            "การสำรวจไม่ครบ ({}): ผลนี้ครอบคลุมเฉพาะส่วนที่อ่านได้ ข้อที่ไม่พบหลักฐานอาจมีอยู่ในส่วนที่ยังไม่ได้อ่าน",
            stop_reason(lang, stopped)
        ),
        format!(
            "the crawl did not finish ({}): answers cover only what was read, and an item without evidence may be in the part not read",
            stop_reason(lang, stopped)
        ),
    )
}

/// "N points short of the 85 pass mark" and the like.
pub fn short_of(lang: Lang, points: f64, mark: f64) -> String {
    let band = if mark >= 95.0 { "AA" } else { "A" };
    lang.pick(
        format!("ขาดอีก {points:.2} คะแนนจึงจะถึง {mark:.0} ({band})"),
        format!("{points:.2} points short of {mark:.0} ({band})"),
    )
}

/// Marks as words: "85", "85 และ 95".
fn marks(lang: Lang, marks: &[f64]) -> String {
    marks
        .iter()
        .map(|m| format!("{m:.0}"))
        .collect::<Vec<_>>()
        .join(lang.pick(" และ ", " and "))
}

/// "fixing the first 5 of these reaches 85".
pub fn reached_after(lang: Lang, count: usize, to: &[f64]) -> String {
    let to = marks(lang, to);
    lang.pick(
        format!("แก้ {count} ข้อแรกในรายการนี้ คะแนนจะถึง {to}"),
        format!("fixing the first {count} of these reaches {to}"),
    )
}

/// The best score that fixing every "no" item can reach, when it stays below `to`.
pub fn not_reached(lang: Lang, best: f64, to: &[f64]) -> String {
    let to = marks(lang, to);
    lang.pick(
        format!(
            "แม้แก้ทุกข้อในรายการนี้ คะแนนจะเป็น {best:.2} ยังไม่ถึง {to}: ต้องยืนยันข้อที่ \"ไม่ทราบ\" ด้วย"
        ),
        format!(
            "fixing all of these gives {best:.2}, still below {to}: the unknown items must be confirmed too"
        ),
    )
}

/// "4 of 6 items yes".
pub fn items_yes(lang: Lang, yes: usize, total: usize) -> String {
    lang.pick(
        format!("มี {yes} จาก {total} ข้อ"),
        format!("{yes} of {total} items yes"),
    )
}

/// The counts of answers.
pub fn counts(lang: Lang, yes: usize, no: usize, unknown: usize) -> String {
    let l = lang.labels();
    format!("{} {yes} · {} {no} · {} {unknown}", l.yes, l.no, l.unknown)
}

/// The note on unknown items, which score 0.
pub fn unknown_note(lang: Lang, unknown: usize, if_yes: f64) -> String {
    lang.pick(
        format!(
            "ข้อที่ไม่ทราบ {unknown} ข้อนับเป็น 0 คะแนน ถ้ายืนยันได้ว่ามีทุกข้อ คะแนนจะเป็น {if_yes:.2}"
        ),
        format!(
            "{unknown} unknown item(s) scored as 0; if they are all present the score would be {if_yes:.2}"
        ),
    )
}

/// The weighted ITA total.
pub fn ita_total(lang: Lang, ita: f64, rating: &str) -> String {
    lang.pick(
        format!("คะแนน ITA รวม (IIT 30% + EIT 30% + OIT 40%): {ita:.2} ({rating})"),
        format!("ITA total (30% IIT + 30% EIT + 40% OIT): {ita:.2} ({rating})"),
    )
}

/// "checklist written for 2569, shifted".
pub fn shifted(lang: Lang, written_for: u16) -> String {
    lang.pick(
        format!("แบบตรวจเขียนสำหรับปี {written_for} เลื่อนปีให้แล้ว"),
        format!("checklist written for {written_for}, shifted"),
    )
}

/// The line on the tools that read documents on this machine.
pub fn tools(lang: Lang, pdftotext: bool, ocr: bool) -> String {
    let pdf = match (pdftotext, lang) {
        (true, Lang::Th) => {
            "อ่าน PDF ด้วยตัวอ่านในโปรแกรม และ pdftotext -raw สำหรับไฟล์ที่ตัวอ่านในโปรแกรมอ่านไม่ได้"
        }
        (true, Lang::En) => {
            "PDF text by the built-in reader, pdftotext -raw for files the built-in reader cannot read"
        }
        (false, Lang::Th) => {
            "อ่าน PDF ด้วยตัวอ่านในโปรแกรม (ติดตั้ง poppler-utils เพื่อให้ pdftotext อ่านไฟล์ที่ตัวอ่านในโปรแกรมอ่านไม่ได้)"
        }
        (false, Lang::En) => {
            "PDF text by the built-in reader (install poppler-utils so that pdftotext reads the files it cannot)"
        }
    };
    let scans = match (ocr, lang) {
        (true, Lang::Th) => "อ่าน PDF สแกนด้วย tesseract OCR",
        (true, Lang::En) => "scanned PDFs by tesseract OCR",
        (false, Lang::Th) => {
            "PDF สแกนตรวจไม่ได้ (ติดตั้ง tesseract-ocr tesseract-ocr-tha และ poppler-utils เพื่ออ่านด้วย OCR)"
        }
        (false, Lang::En) => {
            "scanned PDFs are unknown (install tesseract-ocr tesseract-ocr-tha and poppler-utils to OCR them)"
        }
    };
    lang.pick(
        format!("การอ่านเอกสารบนเครื่องนี้: {pdf}; {scans}"),
        format!("documents read: {pdf}; {scans}"),
    )
}

/// The whole report could not be made: the start page failed.
pub fn start_failed(lang: Lang, report: &ScanReport) -> String {
    let Some(failure) = &report.crawl.start_failure else {
        return String::new();
    };
    let site = report.site.as_str();
    let what = match failure.status {
        Some(status) => lang.pick(
            format!("ตอบกลับ HTTP {status}"),
            format!("answers HTTP {status}"),
        ),
        // the technical detail (which certificate problem, which DNS error) stays as written
        None => format!(
            "{} ({})",
            fetch_failure(lang, failure.code),
            failure.detail.trim()
        ),
    };
    let advice = match failure.code {
        ReasonCode::TlsInvalid => lang.pick(
            "ถ้าเป็นเว็บไซต์ของหน่วยงานเอง ให้แก้ใบรับรอง TLS หรือตรวจด้วย --insecure (รายงานจะระบุไว้)",
            "fix the site's certificate, or scan with --insecure (the report says so)",
        ),
        ReasonCode::PrivateAddress => lang.pick(
            "ชื่อเว็บไซต์ชี้ไปยังที่อยู่ภายในเครือข่าย: ตรวจที่อยู่เว็บไซต์",
            "the name points at a private address: check the address",
        ),
        _ => lang.pick(
            "ตรวจที่อยู่เว็บไซต์ และว่าเว็บไซต์เปิดได้ แล้วตรวจใหม่",
            "check the address and that the site is up, then scan again",
        ),
    };
    let items = report.items.len();
    lang.pick(
        format!(
            "เปิดหน้าแรก {site} ไม่ได้: {what} จึงไม่ได้อ่านหน้าใดเลย และทั้ง {items} ข้อเป็น \"ไม่ทราบ\"; {advice}"
        ),
        format!(
            "the start page {site} could not be read: {what}, so nothing was crawled and all {items} items are unknown; {advice}"
        ),
    )
}

/// A fetch or document failure, as a phrase ("did not answer in time").
pub fn fetch_failure(lang: Lang, code: ReasonCode) -> &'static str {
    use ReasonCode::*;
    match code {
        Timeout => lang.pick("ไม่ตอบภายในเวลาที่กำหนด", "did not answer in time"),
        DnsError => lang.pick("ไม่พบชื่อโดเมนนี้ (DNS)", "the host name does not resolve"),
        ConnectionRefused => lang.pick("เซิร์ฟเวอร์ปฏิเสธการเชื่อมต่อ", "the connection was refused"),
        ConnectionReset => lang.pick("การเชื่อมต่อถูกตัดกลางคัน", "the server hung up mid-answer"),
        TlsInvalid => lang.pick(
            "ใบรับรอง TLS (https) ไม่ถูกต้อง",
            "its TLS certificate is invalid",
        ),
        TooManyRedirects => lang.pick(
            "เปลี่ยนเส้นทาง (redirect) วนซ้ำหรือมากเกินไป",
            "too many redirects, or a redirect loop",
        ),
        RedirectOffSite => lang.pick("เปลี่ยนเส้นทางออกไปนอกเว็บไซต์", "a redirect leads off the site"),
        RateLimited => lang.pick(
            "เซิร์ฟเวอร์จำกัดจำนวนคำขอ (HTTP 429)",
            "the server limits requests (HTTP 429)",
        ),
        Blocked => lang.pick(
            "เซิร์ฟเวอร์ไม่อนุญาตให้เข้าถึง (HTTP 401/403)",
            "the server refuses access (HTTP 401/403)",
        ),
        ServerError => lang.pick("เซิร์ฟเวอร์ขัดข้อง (HTTP 5xx)", "a server error (HTTP 5xx)"),
        InvalidResponse => lang.pick(
            "เซิร์ฟเวอร์ตอบกลับไม่ถูกต้องตาม HTTP",
            "the answer is not valid HTTP",
        ),
        RobotsDisallowed => lang.pick("robots.txt ไม่อนุญาตให้อ่าน", "robots.txt disallows it"),
        BudgetExhausted => lang.pick(
            "การสำรวจหยุดก่อนจะอ่านถึง",
            "the crawl stopped before reaching it",
        ),
        PrivateAddress => lang.pick(
            "ชี้ไปยังที่อยู่ภายในเครือข่าย (private address)",
            "it resolves to a private address",
        ),
        NeedsOcr => lang.pick(
            "เป็นภาพสแกนที่ไม่มีข้อความ และเครื่องนี้ไม่มีโปรแกรม OCR",
            "a scan without text, and no OCR on this machine",
        ),
        CorruptDocument => lang.pick(
            "ไฟล์เสีย ถูกตัด หรือไม่ใช่ชนิดที่อ้าง",
            "the file is damaged, truncated or not what it claims",
        ),
        UnsupportedDocument => lang.pick(
            "เป็นไฟล์ชนิดที่ oitcheck อ่านไม่ได้",
            "a format oitcheck does not read",
        ),
        ParserFailed => lang.pick(
            "อ่านไฟล์ไม่สำเร็จ (ตัวอ่านล้มเหลวหรือหมดเวลา)",
            "the reader crashed or ran out of time",
        ),
        Encrypted => lang.pick(
            "ไฟล์ต้องใช้รหัสผ่านจึงจะเปิดได้",
            "the file needs a password to open",
        ),
        SoftNotFound => lang.pick(
            "เปิดแล้วเป็นหน้า \"ไม่พบหน้าที่ต้องการ\" ของเว็บไซต์ (แม้ตอบ HTTP 200)",
            "it shows the site's \"page not found\" page (under HTTP 200)",
        ),
        AccessWall => lang.pick(
            "เปิดแล้วต้องเข้าสู่ระบบ ใส่รหัสผ่าน หรือขอสิทธิ์เข้าถึง",
            "it asks for a login, a password or access rights instead of showing the content",
        ),
        StartFailed => lang.pick(
            "หน้าแรกตอบกลับเป็นข้อผิดพลาด",
            "the start page answered an error",
        ),
        ImageOnly => lang.pick(
            "แสดงเนื้อหาเป็นรูปภาพซึ่ง oitcheck อ่านไม่ได้",
            "it shows its content as an image, which oitcheck cannot read",
        ),
        OcrUncertain => lang.pick(
            "ข้อความที่อ่านด้วย OCR แสดงไม่ครบ",
            "the text OCR read does not show it all",
        ),
        // judgements, not failures to read: said by `reason`
        NotFound | MissingElement | WrongYear | YearMissing | PartialYear | Rejected
        | Placeholder | PlaceholderLink | Container | EmptyPage | NotADocument
        | NotMachineReadable | Http404 | HttpError | ExternalOnly | LookalikeScheme => {
            lang.pick("อ่านไม่ได้", "could not be read")
        }
    }
}

/// The specifics of an item's failure that reason sentences name.
struct Specifics<'a> {
    /// The closest evidence, as a URL string.
    url: String,
    host: String,
    found_on: Option<String>,
    href: Option<&'a str>,
    missing: String,
    required_year: Option<String>,
    found_years: Option<String>,
}

fn specifics(lang: Lang, item: &ItemResult) -> Specifics<'_> {
    let evidence = item.evidence.first();
    Specifics {
        url: evidence
            .map(|e| super::display_url(&e.url))
            .unwrap_or_default(),
        host: evidence
            .and_then(|e| e.url.host_str())
            .unwrap_or_default()
            .to_string(),
        found_on: evidence
            .and_then(|e| e.found_on.as_ref())
            .map(super::display_url),
        href: evidence.and_then(|e| e.href.as_deref()),
        missing: elements(lang, &item.missing),
        required_year: item.details.required_year.map(|y| y.to_string()),
        found_years: (!item.details.found_years.is_empty()).then(|| {
            item.details
                .found_years
                .iter()
                .map(u16::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        }),
    }
}

/// Missing elements without the year text (which the sentence names on its own).
fn elements(lang: Lang, missing: &[String]) -> String {
    missing
        .iter()
        .filter(|m| !YEAR_ELEMENT.is_match(m) && !m.starts_with("the whole of ปีงบประมาณ "))
        .map(|m| element(lang, m))
        .collect::<Vec<_>>()
        .join("; ")
}

static YEAR_ELEMENT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^ปีงบประมาณ (\d{4})(?: \(found only ([\d, ]+)\))?$").unwrap());

/// A missing or unverified element in `lang`: the library names the year element in Thai with
/// an English aside (`ปีงบประมาณ 2569 (found only 2568)`); other elements are the checklist's
/// words and stay as written.
pub fn element(lang: Lang, element: &str) -> String {
    if let Some(year) = element.strip_prefix("the whole of ปีงบประมาณ ") {
        return lang.pick(
            format!("ทั้งปีงบประมาณ {year}"),
            format!("the whole of fiscal year {year}"),
        );
    }
    let Some(c) = YEAR_ELEMENT.captures(element) else {
        return element.to_string();
    };
    let required = &c[1];
    match (c.get(2), lang) {
        (Some(found), Lang::Th) => format!("ปีงบประมาณ {required} (พบเพียงปี {})", found.as_str()),
        (Some(found), Lang::En) => {
            format!("fiscal year {required} (found only {})", found.as_str())
        }
        (None, Lang::Th) => format!("ปีงบประมาณ {required}"),
        (None, Lang::En) => format!("fiscal year {required}"),
    }
}

static TLS_WARNING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^the TLS certificate of (\S+) is invalid: (.*)\. It was accepted because of --insecure; visitors' browsers show a security warning on this site$").unwrap()
});

/// An evidence note or an item warning in `lang`: the library's usual ones are said again;
/// others are shown as written.
pub fn note(lang: Lang, note: &str) -> String {
    if lang == Lang::En {
        return note.to_string();
    }
    // a sentence with a "; " of its own, before notes are split at "; "
    if let Some(caps) = TLS_WARNING.captures(note) {
        return format!(
            "ใบรับรอง TLS ของ {} ไม่ถูกต้อง: {} อ่านได้เพราะใช้ --insecure; เบราว์เซอร์ของผู้เข้าชมจะแสดงคำเตือนความปลอดภัยบนเว็บไซต์นี้",
            &caps[1], &caps[2]
        );
    }
    note.split("; ")
        .map(|part| {
            if let Some(tool) = part.strip_prefix("read with ") {
                format!("อ่านด้วย {tool}")
            } else if let Some(url) = part.strip_prefix("also published off-site: ") {
                format!("เผยแพร่ไว้นอกเว็บไซต์ของหน่วยงานด้วย: {url}")
            } else if let Some(problem) =
                part.strip_prefix("certificate invalid, read with --insecure: ")
            {
                format!("ใบรับรอง TLS ไม่ถูกต้อง อ่านได้เพราะใช้ --insecure: {problem}")
            } else if part.starts_with("text from OCR") {
                "ข้อความจาก OCR: ปีที่เขียนด้วยเลขไทยอาจอ่านผิด".to_string()
            } else if part.starts_with("judged by link text") {
                "พิจารณาจากข้อความลิงก์ ชื่อไฟล์ และหน้าที่มีลิงก์ เพราะอ่านเนื้อหาเอกสารไม่ได้".to_string()
            } else if part.starts_with("parts of this item are in documents") {
                "บางส่วนของข้อนี้อยู่ในเอกสารที่ลิงก์จากหน้านี้ซึ่ง oitcheck อ่านไม่ได้".to_string()
            } else if part == "the document's content could not be read" {
                "อ่านเนื้อหาเอกสารไม่ได้".to_string()
            } else {
                part.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// Why `item` is what it is, in `lang`, with its specifics.
pub fn reason(lang: Lang, item: &ItemResult, report: &ScanReport) -> String {
    use ReasonCode::*;
    let Some(code) = item.reason_code else {
        return match item.answer {
            Answer::Yes if !item.unverified.is_empty() => lang.pick(
                "พบหลักฐาน แต่บางส่วนยังยืนยันไม่ได้".to_string(),
                "found; some parts could not be verified".to_string(),
            ),
            Answer::Yes if item.details.combined => lang
                .pick(
                    format!(
                        "องค์ประกอบอยู่กระจายใน {} หน้าหรือเอกสาร ซึ่งรวมกันแล้วครบ",
                        item.evidence.len()
                    ),
                    format!(
                        "the elements are spread over {} pages or documents, which together show all of them",
                        item.evidence.len()
                    ),
                ),
            Answer::Yes => lang.pick(
                "พบครบทุกองค์ประกอบ".to_string(),
                "every element is there".to_string(),
            ),
            _ => item.reason.clone(),
        };
    };
    let s = specifics(lang, item);
    let pages = report.crawl.pages;
    let year = |lang: Lang| -> String {
        match (&s.required_year, &s.found_years, lang) {
            (Some(r), Some(f), Lang::Th) => format!(": ต้องเป็นปีงบประมาณ {r} แต่พบเพียงปี {f}"),
            (Some(r), Some(f), Lang::En) => format!(": fiscal year {r} is needed, found only {f}"),
            (Some(r), None, Lang::Th) => format!(" (ต้องเป็นปีงบประมาณ {r})"),
            (Some(r), None, Lang::En) => format!(" (fiscal year {r} is needed)"),
            _ => String::new(),
        }
    };
    let and_missing = |lang: Lang| -> String {
        if s.missing.is_empty() {
            String::new()
        } else {
            lang.pick(
                format!(" และขาด: {}", s.missing),
                format!("; it also lacks: {}", s.missing),
            )
        }
    };
    let url = &s.url;
    match code {
        NotFound if item.details.given_urls.is_some() => lang.pick(
            "ไม่มี URL ที่ให้มาสำหรับข้อนี้แสดงข้อมูลของข้อนี้".to_string(),
            "none of the URLs given for this item shows it".to_string(),
        ),
        NotFound => lang.pick(
            format!("ไม่พบหน้าเว็บหรือเอกสารใดบนเว็บไซต์ที่ระบุถึงข้อนี้ (อ่านแล้ว {pages} หน้า)"),
            format!("no page or document on the site names this item (searched {pages} pages)"),
        ),
        MissingElement => lang.pick(
            format!("หลักฐานที่ใกล้เคียงที่สุดขาดองค์ประกอบ: {}", s.missing),
            format!("the closest evidence lacks: {}", s.missing),
        ),
        WrongYear => lang.pick(
            format!("หลักฐานเป็นของปีอื่น{}{}", year(lang), and_missing(lang)),
            format!("the evidence is for another year{}{}", year(lang), and_missing(lang)),
        ),
        YearMissing => lang.pick(
            format!("หลักฐานไม่ระบุว่าเป็นข้อมูลของปีใด{}", year(lang)),
            format!("the evidence does not say which year it covers{}", year(lang)),
        ),
        PartialYear => {
            let year = item
                .details
                .required_year
                .map(|y| y.to_string())
                .unwrap_or_default();
            let period = item
                .details
                .period
                .as_ref()
                .map(|p| format!(" («{p}»)"))
                .unwrap_or_default();
            lang.pick(
                format!(
                    "หลักฐานครอบคลุมเพียงบางส่วนของปีงบประมาณ {year}{period} แต่ข้อนี้ต้องรายงานทั้งปี{}",
                    and_missing(lang)
                ),
                format!(
                    "the evidence covers only part of fiscal year {year}{period}; the item reports on the whole year{}",
                    and_missing(lang)
                ),
            )
        }
        Rejected => lang.pick(
            format!("เนื้อหาไม่ใช่สิ่งที่ข้อนี้ต้องการ ({})", item.reason),
            format!("the content is not what this item asks for ({})", item.reason),
        ),
        Placeholder => {
            let phrase = item.details.placeholder.clone().unwrap_or_default();
            lang.pick(
                format!("หน้าเว็บแจ้งเพียงว่า \"{phrase}\" แทนที่จะเผยแพร่ข้อมูล"),
                format!("the page only says \"{phrase}\" instead of publishing the information"),
            )
        }
        PlaceholderLink => {
            let href = s.href.unwrap_or("#");
            lang.pick(
                format!("ลิงก์ของข้อนี้บนหน้า {url} เป็นลิงก์ว่าง ({href}) ที่ไม่นำไปที่ใด"),
                format!("the link for this item on {url} is only a placeholder ({href}) that leads nowhere"),
            )
        }
        Container => lang.pick(
            "หน้าเว็บมีเพียงชื่อข้อและลิงก์ไปยังเอกสาร จึงพิจารณาจากเอกสารแทน".to_string(),
            "the page only names the item and links to documents; the documents are judged instead"
                .to_string(),
        ),
        EmptyPage => lang.pick(
            format!("หน้า {url} ไม่มีเนื้อหาของตนเอง"),
            format!("the page {url} has no content of its own"),
        ),
        NotADocument => lang.pick(
            format!("{url} ถูกลิงก์เป็นเอกสาร แต่เซิร์ฟเวอร์ตอบกลับเป็นหน้าเว็บ (มักเป็นหน้า \"ไม่พบ\" ที่แฝงมา)"),
            format!("{url} is linked as a document but the server answers with a web page (often a disguised \"not found\")"),
        ),
        NotMachineReadable if item.details.scanned => lang.pick(
            format!("{url} เป็นภาพสแกน แต่ข้อนี้ต้องเป็นข้อมูลที่เครื่องอ่านได้ (ข้อความ หรือตารางเช่น XLSX/CSV)"),
            format!("{url} is a scanned image; this item needs machine-readable data (text, or a table such as XLSX/CSV)"),
        ),
        NotMachineReadable => lang.pick(
            format!("{url} ไม่ใช่ตาราง แต่ข้อนี้ต้องเป็นข้อมูลในรูปตาราง (XLSX, CSV หรือตารางบนหน้าเว็บ)"),
            format!("{url} is not a table; this item needs its data as a table (XLSX, CSV or a table on a web page)"),
        ),
        Http404 => lang.pick(
            format!("ลิงก์ {url} เสีย: ตอบกลับ HTTP 404 (ไม่พบไฟล์)"),
            format!("the link {url} is dead: it answers HTTP 404 (not found)"),
        ),
        HttpError => {
            let status = item
                .details
                .status
                .map(|s| s.to_string())
                .unwrap_or_else(|| "4xx".into());
            lang.pick(
                format!("ลิงก์ {url} ตอบกลับข้อผิดพลาด HTTP {status}"),
                format!("the link {url} answers HTTP {status}"),
            )
        }
        ExternalOnly => lang.pick(
            format!("หลักฐานอยู่บนเว็บไซต์อื่น ({}) ไม่ใช่เว็บไซต์ของหน่วยงานเอง", s.host),
            format!("the evidence is on another host ({}), not on the agency's own website", s.host),
        ),
        ImageOnly => {
            let shows = item
                .reason
                .rsplit_once("shows: ")
                .map(|(_, rest)| rest.to_string())
                .unwrap_or_default();
            lang.pick(
                format!("{url} แสดงเนื้อหาเป็นรูปภาพซึ่ง oitcheck อ่านไม่ได้: ตรวจด้วยตาว่ามี {shows}"),
                format!("{url} shows its content as an image, which oitcheck cannot read: check by eye that it shows {shows}"),
            )
        }
        OcrUncertain => lang.pick(
            format!("{url} เป็นเอกสารสแกนที่อ่านด้วย OCR และข้อความที่อ่านได้แสดงไม่ครบ: ตรวจเอกสารด้วยตา"),
            format!("{url} is a scan read by OCR, and the OCR text does not show it all: check the document by eye"),
        ),
        LookalikeScheme => {
            let scheme = item.details.scheme.clone().unwrap_or_default();
            lang.pick(
                format!("หลักฐานเผยแพร่สำหรับเกณฑ์การประเมินอื่น ({scheme}) ไม่ใช่ข้อของแบบตรวจนี้"),
                format!("the evidence publishes for another scheme ({scheme}), not for this checklist's items"),
            )
        }
        StartFailed | Timeout | DnsError | ConnectionRefused | ConnectionReset | TlsInvalid
        | TooManyRedirects | RedirectOffSite | RateLimited | Blocked | ServerError
        | InvalidResponse | PrivateAddress
            if item.evidence.is_empty() =>
        {
            start_failed(lang, report)
        }
        RobotsDisallowed if item.evidence.is_empty() => lang.pick(
            "robots.txt ของเว็บไซต์ไม่อนุญาตให้สำรวจ: ถ้าเป็นเว็บไซต์ของหน่วยงานเอง ตรวจใหม่ด้วย --ignore-robots".to_string(),
            "robots.txt does not allow crawling this site; rerun with --ignore-robots if it is your own site".to_string(),
        ),
        BudgetExhausted if item.evidence.is_empty() => lang.pick(
            format!(
                "ไม่พบใน {pages} หน้าที่อ่าน แต่การสำรวจหยุดก่อนครบ ({}): ตรวจใหม่ด้วยงบที่มากขึ้น",
                stop_reason(lang, report.crawl.stopped)
            ),
            format!(
                "nothing found in the {pages} pages read, but the crawl stopped early ({}); rerun with a larger budget",
                stop_reason(lang, report.crawl.stopped)
            ),
        ),
        other @ (StartFailed | Timeout | DnsError | ConnectionRefused | ConnectionReset
        | TlsInvalid | TooManyRedirects | RedirectOffSite | RateLimited | Blocked | ServerError
        | InvalidResponse | PrivateAddress | RobotsDisallowed | BudgetExhausted | NeedsOcr
        | CorruptDocument | UnsupportedDocument | ParserFailed | Encrypted | SoftNotFound
        | AccessWall) => {
            let status = item
                .details
                .status
                .map(|s| format!(" (HTTP {s})"))
                .unwrap_or_default();
            lang.pick(
                format!(
                    "อ่าน {url} ไม่ได้: {}{status} จึงยังตรวจข้อนี้ไม่ได้",
                    fetch_failure(lang, other)
                ),
                format!(
                    "{url} could not be read: {}{status}, so this item could not be checked",
                    fetch_failure(lang, other)
                ),
            )
        }
    }
}

/// What to do about `item` (a row's วิธีการดำเนินการ in the improvement plan): a concrete step
/// for its failure, naming the URL and the missing elements.
pub fn action(lang: Lang, item: &ItemResult) -> String {
    use ReasonCode::*;
    let s = specifics(lang, item);
    let url = &s.url;
    let link_page = s.found_on.clone().unwrap_or_else(|| url.clone());
    let Some(code) = item.reason_code else {
        return lang.pick(
            format!("ตรวจหลักฐานของข้อ {} ด้วยตา", item.id),
            format!("check the evidence of {} by eye", item.id),
        );
    };
    match code {
        NotFound => lang.pick(
            "จัดทำข้อมูลให้ครบองค์ประกอบ เผยแพร่บนเว็บไซต์ของหน่วยงาน และลิงก์จากหน้าการเปิดเผยข้อมูล (ITA/OIT) ด้วยชื่อข้อ".to_string(),
            "prepare the information with every element, publish it on the agency's website and link it from the ITA/OIT page under the item's name".to_string(),
        ),
        MissingElement => lang.pick(
            format!("เพิ่ม {} ใน {url}", s.missing),
            format!("add {} to {url}", s.missing),
        ),
        WrongYear => {
            let y = s.required_year.clone().unwrap_or_default();
            lang.pick(
                format!("เผยแพร่ฉบับของปีงบประมาณ {y} (แทนหรือเพิ่มจาก {url}) และลิงก์จากหน้าเดียวกัน"),
                format!("publish the fiscal year {y} edition (instead of, or beside, {url}) and link it from the same page"),
            )
        }
        YearMissing => {
            let y = s.required_year.clone().unwrap_or_default();
            lang.pick(
                format!("ระบุ \"ปีงบประมาณ พ.ศ. {y}\" ในชื่อและเนื้อหาของ {url}"),
                format!("write \"ปีงบประมาณ พ.ศ. {y}\" (fiscal year {y}) in the title and text of {url}"),
            )
        }
        PartialYear => {
            let y = item
                .details
                .required_year
                .map(|y| y.to_string())
                .unwrap_or_default();
            lang.pick(
                format!("เผยแพร่รายงานของทั้งปีงบประมาณ {y} (ไม่ใช่เฉพาะบางรอบ) แทนหรือเพิ่มจาก {url}"),
                format!("publish the report for the whole of fiscal year {y} (not one round only), instead of or beside {url}"),
            )
        }
        Rejected => lang.pick(
            format!("แทน {url} ด้วยข้อมูลที่หน่วยงานจัดทำเองตามองค์ประกอบของข้อนี้"),
            format!("replace {url} with the agency's own information, as the item's elements ask"),
        ),
        Placeholder => lang.pick(
            format!("ใส่ข้อมูลจริงที่ {url} แทนข้อความว่าอยู่ระหว่างดำเนินการ"),
            format!("put the actual information on {url} instead of the \"in preparation\" text"),
        ),
        PlaceholderLink => lang.pick(
            format!("เปลี่ยนลิงก์ว่าง ({}) บนหน้า {url} ให้ชี้ไปยังหน้าหรือไฟล์ของข้อมูลจริง", s.href.unwrap_or("#")),
            format!("point the placeholder link ({}) on {url} at the actual page or file", s.href.unwrap_or("#")),
        ),
        Container => lang.pick(
            format!("ตรวจว่าเอกสารที่ลิงก์จาก {url} ครบองค์ประกอบและเป็นของปีที่ถูกต้อง"),
            format!("check that the documents linked from {url} have every element, for the right year"),
        ),
        EmptyPage => lang.pick(
            format!("ใส่เนื้อหาของข้อนี้ที่ {url}"),
            format!("put the item's content on {url}"),
        ),
        NotADocument | Http404 | HttpError => lang.pick(
            format!("แก้ลิงก์ {url} บนหน้า {link_page}: อัปโหลดไฟล์ใหม่ หรือแก้ที่อยู่ของลิงก์"),
            format!("fix the link {url} on {link_page}: upload the file again or correct the link"),
        ),
        NotMachineReadable => lang.pick(
            format!("เผยแพร่ข้อมูลใน {url} เป็นไฟล์ที่เครื่องอ่านได้ (XLSX/CSV หรือตารางบนหน้าเว็บ) เพิ่มจากไฟล์สแกน"),
            format!("publish the data of {url} in a machine-readable form (XLSX/CSV, or a table on a web page) beside the scan"),
        ),
        ExternalOnly => lang.pick(
            format!("นำข้อมูลจาก {} มาเผยแพร่บนเว็บไซต์ของหน่วยงานเอง (ลิงก์ไปภายนอกอย่างเดียวไม่นับ)", s.host),
            format!("publish the information from {} on the agency's own website (a link off-site alone does not count)", s.host),
        ),
        ImageOnly => lang.pick(
            format!("เพิ่มข้อความประกอบรูปภาพที่ {url} หรือตรวจด้วยตาว่ารูปแสดงครบ"),
            format!("add text beside the image on {url}, or check by eye that the image shows everything"),
        ),
        OcrUncertain | NeedsOcr => lang.pick(
            format!("ตรวจ {url} ด้วยตา และเผยแพร่ไฟล์ที่มีข้อความ (PDF ที่สร้างจาก Word/Excel) แทนภาพสแกน"),
            format!("check {url} by eye, and publish a file with text (a PDF made from Word/Excel) rather than a scan"),
        ),
        LookalikeScheme => lang.pick(
            format!("เผยแพร่ข้อมูลสำหรับข้อ {} ของ OIT โดยเฉพาะ แยกจากเกณฑ์การประเมินอื่น", item.id),
            format!("publish the information for OIT item {} on its own, apart from the other scheme", item.id),
        ),
        Encrypted => lang.pick(
            format!("เผยแพร่ {url} เป็นไฟล์ที่เปิดได้โดยไม่ต้องใช้รหัสผ่าน"),
            format!("publish {url} as a file that opens without a password"),
        ),
        SoftNotFound => lang.pick(
            format!("แก้ลิงก์ {url} ให้ชี้ไปยังหน้าที่มีข้อมูลของข้อนี้จริง"),
            format!("fix the link {url} so that it leads to the item's content"),
        ),
        AccessWall => lang.pick(
            format!("เปิดสิทธิ์ให้ทุกคนดู {url} ได้โดยไม่ต้องเข้าสู่ระบบ หรือเผยแพร่บนเว็บไซต์หลักของหน่วยงาน"),
            format!("make {url} viewable by anyone without signing in, or publish it on the agency's main website"),
        ),
        CorruptDocument | ParserFailed | UnsupportedDocument => lang.pick(
            format!("ตรวจว่า {url} เปิดได้ และอัปโหลดใหม่เป็น PDF, DOCX หรือ XLSX ถ้าไฟล์เสีย"),
            format!("check that {url} opens, and upload it again as PDF, DOCX or XLSX if it is damaged"),
        ),
        BudgetExhausted => lang.pick(
            "ตรวจใหม่ด้วย --max-pages หรือ --time-limit ที่มากขึ้น".to_string(),
            "scan again with a larger --max-pages or --time-limit".to_string(),
        ),
        RobotsDisallowed => lang.pick(
            "อนุญาตใน robots.txt หรือตรวจเว็บไซต์ของหน่วยงานเองด้วย --ignore-robots".to_string(),
            "allow it in robots.txt, or scan your own site with --ignore-robots".to_string(),
        ),
        StartFailed | Timeout | DnsError | ConnectionRefused | ConnectionReset | TlsInvalid
        | TooManyRedirects | RedirectOffSite | RateLimited | Blocked | ServerError
        | InvalidResponse | PrivateAddress
            if item.evidence.is_empty() =>
        {
            lang.pick(
                "ตรวจว่าเว็บไซต์เปิดได้จากภายนอก แล้วตรวจใหม่".to_string(),
                "check that the site opens from outside, then scan again".to_string(),
            )
        }
        StartFailed | Timeout | DnsError | ConnectionRefused | ConnectionReset | TlsInvalid
        | TooManyRedirects | RedirectOffSite | RateLimited | Blocked | ServerError
        | InvalidResponse | PrivateAddress => lang.pick(
            format!("ตรวจว่า {url} เปิดได้จากภายนอก แล้วตรวจใหม่"),
            format!("check that {url} opens from outside, then scan again"),
        ),
    }
}

/// The follow-up of an improvement-plan row.
pub fn follow_up(lang: Lang, item: &ItemResult) -> String {
    lang.pick(
        format!(
            "ตรวจซ้ำด้วย oitcheck (oitcheck diff เทียบกับผลครั้งนี้) ว่าข้อ {} ตอบว่า \"มี\" และบันทึก URL หลักฐาน",
            item.id
        ),
        format!(
            "scan again (oitcheck diff against this result) until {} answers yes, and record the evidence URL",
            item.id
        ),
    )
}

/// "worth 2.50 points".
pub fn worth(lang: Lang, points: f64) -> String {
    lang.pick(
        format!("+{points:.2} คะแนน"),
        format!("+{points:.2} points"),
    )
}

/// A date and time from the report's UTC timestamp, in Thailand's time (UTC+7, no daylight
/// saving), with a Buddhist-era year in Thai.
pub fn date(lang: Lang, utc: &str) -> Option<String> {
    let (date, time) = utc.strip_suffix('Z')?.split_once('T')?;
    let mut parts = date.split('-').map(str::parse::<i64>);
    let (year, month, day) = (
        parts.next()?.ok()?,
        parts.next()?.ok()?,
        parts.next()?.ok()?,
    );
    let mut parts = time.split(':').map(str::parse::<i64>);
    let (hour, minute) = (parts.next()?.ok()?, parts.next()?.ok()?);
    // to UTC+7: a day later when past 17:00 UTC
    let (mut year, mut month, mut day, hour) = (year, month, day, hour + 7);
    let hour = if hour >= 24 {
        day += 1;
        let days_in_month = match month {
            2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        };
        if day > days_in_month {
            day = 1;
            month += 1;
            if month > 12 {
                month = 1;
                year += 1;
            }
        }
        hour - 24
    } else {
        hour
    };
    let month_name = oitcheck::years::THAI_MONTHS.get(usize::try_from(month - 1).ok()?)?;
    Some(match lang {
        Lang::Th => format!(
            "{day} {month_name} {} เวลา {hour:02}:{minute:02} น.",
            year + 543
        ),
        Lang::En => format!("{year:04}-{month:02}-{day:02} {hour:02}:{minute:02} (UTC+7)"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_year_element_is_said_in_the_readers_language() {
        assert_eq!(
            element(Lang::Th, "ปีงบประมาณ 2569 (found only 2567, 2568)"),
            "ปีงบประมาณ 2569 (พบเพียงปี 2567, 2568)"
        );
        assert_eq!(element(Lang::En, "ปีงบประมาณ 2570"), "fiscal year 2570");
        assert_eq!(element(Lang::En, "แผนผัง (chart)"), "แผนผัง (chart)");
        assert_eq!(
            note(
                Lang::Th,
                "read with pdftotext -raw; text from OCR: years in Thai digits may be misread"
            ),
            "อ่านด้วย pdftotext -raw; ข้อความจาก OCR: ปีที่เขียนด้วยเลขไทยอาจอ่านผิด"
        );
        assert_eq!(
            note(
                Lang::Th,
                "the TLS certificate of a.go.th is invalid: it has expired. It was accepted because of --insecure; visitors' browsers show a security warning on this site"
            ),
            "ใบรับรอง TLS ของ a.go.th ไม่ถูกต้อง: it has expired อ่านได้เพราะใช้ --insecure; เบราว์เซอร์ของผู้เข้าชมจะแสดงคำเตือนความปลอดภัยบนเว็บไซต์นี้"
        );
    }

    #[test]
    fn dates_in_thai_time_and_buddhist_era() {
        // 17:30 UTC on the last day of 2025 is 00:30 on 1 January 2026 in Thailand: BE 2569
        assert_eq!(
            date(Lang::Th, "2025-12-31T17:30:00Z").unwrap(),
            "1 มกราคม 2569 เวลา 00:30 น."
        );
        assert_eq!(
            date(Lang::En, "2024-02-28T20:05:09Z").unwrap(),
            "2024-02-29 03:05 (UTC+7)"
        );
        assert_eq!(date(Lang::En, "not a date"), None);
    }

    #[test]
    fn every_stop_reason_and_failure_has_words_in_both_languages() {
        for stopped in StopReason::ALL {
            assert!(!stop_reason(Lang::Th, stopped).is_empty());
            assert_ne!(
                stop_reason(Lang::Th, stopped),
                stop_reason(Lang::En, stopped)
            );
        }
        for code in ReasonCode::ALL.into_iter().filter(|c| c.makes_unknown()) {
            assert_ne!(
                fetch_failure(Lang::Th, code),
                fetch_failure(Lang::Th, ReasonCode::NotFound),
                "{code} has its own Thai phrase"
            );
        }
    }
}
