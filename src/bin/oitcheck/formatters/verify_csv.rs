//! `oitcheck verify --format csv`: one row per item in checklist order, for a spreadsheet. UTF-8
//! with a byte-order mark, which Excel needs to read Thai text from a CSV.

use oitcheck::verify::report::VerifyReport;

/// The columns, in order.
const HEADER: [&str; 13] = [
    "item",
    "title",
    "answered",
    "verdict",
    "reason_code",
    "reason",
    "passed_url",
    "missing",
    "submitted_urls",
    "url_problems",
    "mismatch",
    "notes",
    "agency_note",
];

/// `report` as CSV bytes.
pub fn render(report: &VerifyReport) -> Vec<u8> {
    let mut writer = csv::Writer::from_writer(Vec::from("\u{feff}".as_bytes()));
    let _ = writer.write_record(HEADER);
    for item in &report.items {
        let r = &item.result;
        let urls: Vec<String> = item
            .submitted
            .iter()
            .map(|s| {
                s.link
                    .url
                    .as_ref()
                    .map(|u| u.to_string())
                    .unwrap_or_else(|| s.link.written.clone())
            })
            .collect();
        let problems: Vec<String> = item
            .submitted
            .iter()
            .filter_map(|s| {
                let check = s.check.as_ref()?;
                let what = match (check.problem, &check.external) {
                    (Some(code), _) => code.to_string(),
                    (None, Some(host)) => format!("external ({host})"),
                    (None, None) => return None,
                };
                let url = s.link.url.as_ref()?;
                Some(format!("{url}: {what}"))
            })
            .collect();
        let answered = match item.claimed {
            Some(true) => "มี",
            Some(false) => "ไม่มี",
            None => "",
        };
        let _ = writer.write_record([
            r.id.as_str(),
            r.title.as_str(),
            answered,
            item.verdict.as_str(),
            r.reason_code.map(|c| c.as_str()).unwrap_or(""),
            r.reason.as_str(),
            item.passed_url.as_ref().map(|u| u.as_str()).unwrap_or(""),
            &r.missing.join("; "),
            &urls.join("\n"),
            &problems.join("\n"),
            item.mismatch.map(|m| m.describe()).unwrap_or(""),
            &item.flags.join("; "),
            item.note.as_deref().unwrap_or(""),
        ]);
    }
    writer.into_inner().unwrap_or_default()
}
