//! CSV for Excel: the NACC answer sheet (ข้อ, หัวข้อ, มี/ไม่มี, URL, หมายเหตุ; one row per item in
//! checklist order) and the improvement plan (one row per item to fix, in the columns agencies
//! publish after each assessment). UTF-8 with a byte-order mark, so Excel shows Thai; a cell that
//! starts like a formula is quoted as text.

use oitcheck::{Answer, ScanReport};

use super::view::View;
use super::{Formatter, Style, lang};

/// The NACC answer sheet.
pub struct AnswerSheet {
    pub style: Style,
}

/// The improvement plan.
pub struct Plan {
    pub style: Style,
}

impl Formatter for AnswerSheet {
    fn scan(&self, report: &ScanReport) -> String {
        let view = View::new(report, self.style.lang_for(report));
        let l = view.l;
        let mut rows = vec![vec![
            l.sheet_item.to_string(),
            l.sheet_title.to_string(),
            l.sheet_answer.to_string(),
            l.sheet_url.to_string(),
            l.sheet_note.to_string(),
        ]];
        for item in &view.items {
            let r = item.result;
            // the URLs an assessor would be given: the evidence of a "yes" only
            let urls = if r.answer == Answer::Yes {
                item.evidence
                    .iter()
                    .map(|e| e.shown.as_str())
                    .collect::<Vec<_>>()
                    .join("\n")
            } else {
                String::new()
            };
            let mut note = Vec::new();
            if r.answer != Answer::Yes {
                note.push(item.reason.clone());
                if let Some(e) = item.evidence.first() {
                    note.push(format!("{}: {}", l.closest, e.shown));
                }
            }
            if !item.unverified.is_empty() {
                note.push(format!("{}: {}", l.unverified, item.unverified.join("; ")));
            }
            note.extend(item.warnings.iter().cloned());
            rows.push(vec![
                r.id.clone(),
                item.title.clone(),
                lang::answer(view.lang, r.answer).to_string(),
                urls,
                note.join("\n"),
            ]);
        }
        write(rows)
    }
}

impl Formatter for Plan {
    fn scan(&self, report: &ScanReport) -> String {
        let view = View::new(report, self.style.lang_for(report));
        let l = view.l;
        let mut rows = vec![vec![
            l.sheet_item.to_string(),
            l.plan_issue.to_string(),
            l.plan_measure.to_string(),
            l.plan_method.to_string(),
            l.plan_owner.to_string(),
            l.plan_period.to_string(),
            l.plan_follow_up.to_string(),
        ]];
        for item in view.plan() {
            rows.push(vec![
                item.result.id.clone(),
                format!("{}: {}", item.title, item.reason),
                item.advice.clone(),
                item.action.clone(),
                String::new(),
                String::new(),
                lang::follow_up(view.lang, item.result),
            ]);
        }
        write(rows)
    }
}

/// A cell Excel would run as a formula (`=`, `+`, `-`, `@`, a tab or a carriage return first)
/// is prefixed with `'`, which Excel shows as text.
fn guard(cell: String) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell
    }
}

fn write(rows: Vec<Vec<String>>) -> String {
    let mut writer = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(Vec::new());
    for row in rows {
        writer
            .write_record(row.into_iter().map(guard))
            .expect("writing CSV to memory cannot fail");
    }
    let bytes = writer
        .into_inner()
        .expect("writing CSV to memory cannot fail");
    format!(
        "\u{FEFF}{}",
        String::from_utf8(bytes).expect("CSV of UTF-8 strings is UTF-8")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_text() {
        assert_eq!(guard("=HYPERLINK(\"x\")".into()), "'=HYPERLINK(\"x\")");
        assert_eq!(guard("-2+3".into()), "'-2+3");
        assert_eq!(guard("http://a.go.th/".into()), "http://a.go.th/");
    }
}
