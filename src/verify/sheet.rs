//! Answer sheets: the table an agency fills in for the assessment, one row per item with its
//! answer (มี/ไม่มี), the URLs and a note, read from CSV, XLSX (XLS, ODS), YAML or JSON.
//!
//! Sheets are made by people in Excel, so the reader is lenient where people differ and strict
//! where a mistake would change a verdict:
//!
//! * CSV is decoded as Excel writes it: UTF-8 with or without a BOM, or cp874 (Thai Windows),
//!   by the charset module's BOM-then-detection; `,`, `;` or tab separated.
//! * The header row may be below a title row; columns are recognised by their English or Thai
//!   names (`item`/`ข้อ`/`รายการ`, `answer`/`มี/ไม่มี`, `url`/`URL`/`ลิงก์`, `note`/`หมายเหตุ`). A
//!   code column and a title column are read together. A bare number in the item column (`7`,
//!   `๗`) is that item's code.
//! * A cell may hold several URLs, separated by new lines, spaces or commas; a path (`/ita/o1`)
//!   or an address without scheme (`www.example.go.th/…`) is read against the site. A row with
//!   no item but URLs continues the item above (Excel's merged cells).
//! * An unknown item, a missing column, an answer other than มี/ไม่มี/yes/no and a URL cell that
//!   holds something else are errors naming the row and column, never skipped.
//!
//! YAML and JSON sheets are a list of records with the same field names (or `items:` holding
//! one, or a map from item code to record); `url` may be a list. The JSON of a saved
//! `oitcheck scan` or `oitcheck verify` report is accepted too (see [`super::submission`]).

use std::path::Path;

use url::Url;

use crate::checklist::Checklist;
use crate::extract::charset;
use crate::extract::document;
use crate::rules::Rules;
use crate::scan::ScanReport;
use crate::thai;
use crate::verify::mapping::{map_label, sheet_item_label};
use crate::verify::report::VerifyReport;
use crate::verify::submission::{
    Submission, SubmissionSource, SubmittedItem, SubmittedLink, from_scan_report,
};

/// A sheet that cannot be used, with where and what to do.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}: {}{message}", at.as_ref().map(|a| format!("{a}: ")).unwrap_or_default())]
pub struct SheetError {
    /// The sheet file.
    pub file: String,
    /// Where in it (`row 7, column C (URL)`; `entry 3, field url`).
    pub at: Option<String>,
    /// What is wrong and what to do.
    pub message: String,
}

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Item,
    Answer,
    Url,
    Note,
}

/// Header words of each role, as match keys; the first role whose word a header contains wins
/// (so `ลิงก์ข้อมูล` is a URL column although `ข้อมูล` names the item column).
const ROLE_WORDS: &[(Role, &[&str])] = &[
    (
        Role::Url,
        &[
            "url",
            "ลิงก์",
            "ลิงค์",
            "link",
            "ที่อยู่เว็บ",
            "เว็บไซต์",
            "website",
            "แหล่งข้อมูล",
        ],
    ),
    (
        Role::Answer,
        &[
            "answer",
            "มี/ไม่มี",
            "มีไม่มี",
            "มี-ไม่มี",
            "คำตอบ",
            "ผลการตอบ",
            "การเปิดเผย",
        ],
    ),
    (
        Role::Note,
        &["note", "หมายเหตุ", "คำอธิบาย", "remark", "comment", "เพิ่มเติม"],
    ),
    (
        Role::Item,
        &[
            "item",
            "ข้อ",
            "รายการ",
            "รหัส",
            "code",
            "id",
            "ตัวชี้วัด",
            "oit",
            "หัวข้อ",
            "title",
            "ชื่อ",
        ],
    ),
];

fn role_of(header: &str) -> Option<Role> {
    let key = thai::match_key(header);
    if key.is_empty() {
        return None;
    }
    ROLE_WORDS
        .iter()
        .find(|(_, words)| {
            words
                .iter()
                .any(|w| crate::rules::contains_phrase(&key, &thai::match_key(w)))
        })
        .map(|(role, _)| *role)
}

/// A field of a record: its role, where it is (for errors) and its values.
struct Field {
    role: Role,
    /// `column C (URL)` or `field url`.
    column: String,
    values: Vec<String>,
}

/// One row or entry of a sheet.
struct Record {
    /// `row 7` or `entry 3`.
    at: String,
    fields: Vec<Field>,
}

/// Reads the answer sheet at `path`: CSV, XLSX/XLS/ODS, YAML or JSON by its extension. URLs
/// that are paths or lack a scheme are read against `site`.
pub fn read(
    path: &Path,
    checklist: &Checklist,
    rules: &Rules,
    site: &Url,
) -> Result<Submission, SheetError> {
    let file = path.display().to_string();
    let error = |at: Option<String>, message: String| SheetError {
        file: file.clone(),
        at,
        message,
    };
    let bytes = std::fs::read(path).map_err(|e| {
        error(
            None,
            format!("cannot read the answer sheet ({e}); give the path to a CSV, XLSX, YAML or JSON file"),
        )
    })?;
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    let records = match ext.as_str() {
        "csv" | "txt" => table_records(&csv_rows(&bytes)).map_err(|(at, m)| error(at, m))?,
        "xlsx" | "xls" | "xlsm" | "ods" => {
            let sheets = document::spreadsheet_cells(&bytes).map_err(|e| {
                error(
                    None,
                    format!("the spreadsheet cannot be read: {}", e.detail()),
                )
            })?;
            spreadsheet_records(sheets).map_err(|(at, m)| error(at, m))?
        }
        "json" | "yaml" | "yml" => {
            let text = String::from_utf8_lossy(&bytes);
            let value: serde_json::Value = if ext == "json" {
                serde_json::from_str(&text).map_err(|e| {
                    error(
                        Some(format!("line {}, column {}", e.line(), e.column())),
                        format!("not valid JSON: {e}"),
                    )
                })?
            } else {
                serde_saphyr::from_str(&text)
                    .map_err(|e| error(None, format!("not valid YAML: {e}")))?
            };
            if let Some(submission) =
                saved_report(&value, checklist, &file).map_err(|m| error(None, m))?
            {
                return Ok(submission);
            }
            value_records(&value).map_err(|(at, m)| error(at, m))?
        }
        other => {
            return Err(error(
                None,
                format!(
                    "unknown answer sheet format `.{other}`; give a .csv, .xlsx, .yaml or .json file"
                ),
            ));
        }
    };
    let items =
        items_from_records(records, checklist, rules, site).map_err(|(at, m)| error(at, m))?;
    if items.is_empty() {
        return Err(error(
            None,
            "the sheet lists no item; each row needs an item (O1 … ) and its URLs".into(),
        ));
    }
    Ok(Submission {
        source: SubmissionSource::Sheet { file },
        items,
    }
    .normalize())
}

type Located<T> = Result<T, (Option<String>, String)>;

/// A saved scan or verification report, when `value` is one.
fn saved_report(
    value: &serde_json::Value,
    checklist: &Checklist,
    file: &str,
) -> Result<Option<Submission>, String> {
    let Some(object) = value.as_object() else {
        return Ok(None);
    };
    if !(object.contains_key("tool") && object.contains_key("items")) {
        return Ok(None);
    }
    let is_verify = object
        .get("items")
        .and_then(|i| i.as_array())
        .and_then(|i| i.first())
        .is_some_and(|i| i.get("verdict").is_some());
    if is_verify {
        let report: VerifyReport = serde_json::from_value(value.clone())
            .map_err(|e| format!("looks like an oitcheck verify report but cannot be read: {e}"))?;
        return report.resubmission(checklist, file).map(Some);
    }
    let report: ScanReport = serde_json::from_value(value.clone())
        .map_err(|e| format!("looks like an oitcheck scan report but cannot be read: {e}"))?;
    from_scan_report(&report, checklist, file).map(Some)
}

/// The rows of a CSV file (as Excel writes it), cells as text. The separator is the one used
/// most on a line of the first rows (a title row above the header has none); a comma on a tie.
pub(crate) fn csv_rows(bytes: &[u8]) -> Vec<Vec<String>> {
    let decoded = charset::decode(bytes, None, false);
    let head: Vec<&str> = decoded.text.lines().take(HEADER_SEARCH_ROWS).collect();
    let delimiter = [b'\t', b';', b',']
        .into_iter()
        .max_by_key(|d| {
            head.iter()
                .map(|line| line.matches(char::from(*d)).count())
                .max()
                .unwrap_or(0)
        })
        .unwrap_or(b',');
    let text = decoded.text.as_bytes();
    let mut rows: Vec<Vec<String>> = Vec::new();
    // new lines inside the cells read so far: a record's line, less these, is its row in Excel
    let mut inner_lines = 0;
    for record in csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text)
        .records()
    {
        match record {
            Ok(record) => {
                // the reader passes over blank lines, which Excel shows as rows: keep them. A
                // record's position is where the reader started, before the blank lines.
                if let Some(position) = record.position() {
                    let blank = text
                        .get(position.byte() as usize..)
                        .unwrap_or_default()
                        .iter()
                        .take_while(|b| matches!(b, b'\r' | b'\n'))
                        .filter(|b| **b == b'\n')
                        .count();
                    let line = position.line() as usize + blank;
                    let row = line.saturating_sub(inner_lines);
                    while rows.len() + 1 < row {
                        rows.push(Vec::new());
                    }
                }
                inner_lines += record
                    .iter()
                    .map(|f| f.matches('\n').count())
                    .sum::<usize>();
                rows.push(record.iter().map(str::to_string).collect());
            }
            // a malformed line is kept as one cell, so its row number still counts
            Err(_) => rows.push(vec![String::new()]),
        }
    }
    rows
}

/// The rows of the first sheet that has a header row (else the first sheet's error).
fn spreadsheet_records(sheets: Vec<document::SheetCells>) -> Located<Vec<Record>> {
    let mut first_error = None;
    for (name, cells) in &sheets {
        let height = cells.iter().map(|c| c.0 as usize + 1).max().unwrap_or(0);
        let mut rows: Vec<Vec<String>> = vec![Vec::new(); height];
        for (r, c, text) in cells {
            let row = &mut rows[*r as usize];
            if row.len() <= *c as usize {
                row.resize(*c as usize + 1, String::new());
            }
            row[*c as usize] = text.clone();
        }
        match table_records(&rows) {
            Ok(records) => return Ok(records),
            Err((at, message)) => {
                let at = Some(format!(
                    "sheet {name}{}",
                    at.map(|a| format!(", {a}")).unwrap_or_default()
                ));
                first_error.get_or_insert((at, message));
            }
        }
    }
    Err(first_error.unwrap_or((None, "the workbook has no sheet".into())))
}

/// Header rows are looked for in the first rows only: a sheet's title rows are few.
const HEADER_SEARCH_ROWS: usize = 15;

/// Spreadsheet column letters: 0 → A, 26 → AA.
pub(crate) fn column_letter(mut index: usize) -> String {
    let mut letters = Vec::new();
    loop {
        letters.push(char::from(b'A' + (index % 26) as u8));
        if index < 26 {
            break;
        }
        index = index / 26 - 1;
    }
    letters.iter().rev().collect()
}

/// The records of a table: the header row found, then every row below it.
fn table_records(rows: &[Vec<String>]) -> Located<Vec<Record>> {
    // the header is the first row naming two kinds of column (a title row above it is one cell)
    let header = rows
        .iter()
        .take(HEADER_SEARCH_ROWS)
        .enumerate()
        .find(|(_, row)| {
            let mut roles: Vec<Role> = row.iter().filter_map(|c| role_of(c)).collect();
            roles.dedup();
            roles.sort_by_key(|r| *r as u8);
            roles.dedup();
            roles.len() >= 2
        });
    let Some((h, header)) = header else {
        return Err((
            None,
            format!(
                "no header row in the first {HEADER_SEARCH_ROWS} rows; the sheet needs a row naming its columns: item (ข้อ/รายการ), answer (มี/ไม่มี), url (URL/ลิงก์), note (หมายเหตุ)"
            ),
        ));
    };
    let columns: Vec<(usize, Role, String)> = header
        .iter()
        .enumerate()
        .filter_map(|(c, name)| {
            role_of(name).map(|role| {
                (
                    c,
                    role,
                    format!("column {} ({})", column_letter(c), name.trim()),
                )
            })
        })
        .collect();
    for (role, name) in [
        (Role::Item, "item (ข้อ/รายการ)"),
        (Role::Url, "url (URL/ลิงก์)"),
    ] {
        if !columns.iter().any(|(_, r, _)| *r == role) {
            let found: Vec<&str> = header
                .iter()
                .map(|c| c.trim())
                .filter(|c| !c.is_empty())
                .collect();
            return Err((
                Some(format!("row {}", h + 1)),
                format!(
                    "missing column {name}: the header row has {}; add the column (a header naming it, in English or Thai)",
                    found.join(", ")
                ),
            ));
        }
    }
    Ok(rows
        .iter()
        .enumerate()
        .skip(h + 1)
        .map(|(r, row)| Record {
            at: format!("row {}", r + 1),
            fields: columns
                .iter()
                .map(|(c, role, column)| Field {
                    role: *role,
                    column: column.clone(),
                    values: vec![row.get(*c).cloned().unwrap_or_default()],
                })
                .collect(),
        })
        .collect())
}

/// The records of a YAML or JSON sheet: a list of records, `items:` holding one, or a map from
/// item code to record.
fn value_records(value: &serde_json::Value) -> Located<Vec<Record>> {
    use serde_json::Value;
    let entries: Vec<(Option<String>, &Value)> = match value {
        Value::Array(list) => list.iter().map(|v| (None, v)).collect(),
        Value::Object(map) => match map.get("items") {
            Some(Value::Array(list)) => list.iter().map(|v| (None, v)).collect(),
            _ => map.iter().map(|(k, v)| (Some(k.clone()), v)).collect(),
        },
        _ => {
            return Err((
                None,
                "the sheet must be a list of records (item, answer, url, note)".into(),
            ));
        }
    };
    let mut records = Vec::new();
    for (n, (key, entry)) in entries.into_iter().enumerate() {
        let at = format!("entry {}", n + 1);
        let mut fields = Vec::new();
        if let Some(code) = key {
            fields.push(Field {
                role: Role::Item,
                column: "key".into(),
                values: vec![code],
            });
        }
        let Value::Object(map) = entry else {
            // `O1: https://…` maps a code to its URL directly
            if !fields.is_empty() {
                fields.push(Field {
                    role: Role::Url,
                    column: "value".into(),
                    values: scalars(entry),
                });
                records.push(Record { at, fields });
                continue;
            }
            return Err((
                Some(at),
                "each entry must be a record with the fields item, answer, url, note".into(),
            ));
        };
        for (name, value) in map {
            let Some(role) = role_of(name) else {
                return Err((
                    Some(format!("{at}, field `{name}`")),
                    "unknown field; the fields are item, answer, url, note".into(),
                ));
            };
            fields.push(Field {
                role,
                column: format!("field `{name}`"),
                values: scalars(value),
            });
        }
        if !fields.iter().any(|f| f.role == Role::Item) {
            return Err((
                Some(at),
                "missing field item (the item code, e.g. O1)".into(),
            ));
        }
        records.push(Record { at, fields });
    }
    Ok(records)
}

/// A YAML/JSON value as the texts of its scalars (a list gives one per element).
fn scalars(value: &serde_json::Value) -> Vec<String> {
    use serde_json::Value;
    match value {
        Value::Null => vec![],
        Value::String(s) => vec![s.clone()],
        Value::Bool(b) => vec![if *b { "yes" } else { "no" }.into()],
        Value::Number(n) => vec![n.to_string()],
        Value::Array(list) => list.iter().flat_map(scalars).collect(),
        Value::Object(_) => vec![value.to_string()],
    }
}

/// An answer as written: มี/yes → true, ไม่มี/no → false, blank → none.
fn answer(text: &str) -> Result<Option<bool>, String> {
    let key = thai::match_key(text)
        .trim_matches(['.', '"', '\''])
        .to_string();
    match key.as_str() {
        "" => Ok(None),
        "มี" | "yes" | "y" | "true" | "1" | "✓" | "✔" | "/" | "มีการเปิดเผย" | "เปิดเผย" => {
            Ok(Some(true))
        }
        "ไม่มี" | "no" | "n" | "false" | "0" | "-" | "✗" | "✘" | "ไม่มีการเปิดเผย" | "ไม่เปิดเผย" => {
            Ok(Some(false))
        }
        _ => Err(format!(
            "`{}` is not an answer; write มี or ไม่มี (or yes / no)",
            text.trim()
        )),
    }
}

/// Cell text meaning "no URL".
fn is_no_url(token: &str) -> bool {
    matches!(token, "-" | "–" | "—" | "ไม่มี" | "n/a" | "N/A")
}

/// The URLs of a cell: separated by new lines, spaces or commas; paths and scheme-less
/// addresses read against `site`.
fn urls(text: &str, site: &Url) -> Result<Vec<SubmittedLink>, String> {
    let mut out = Vec::new();
    for token in text
        .split(|c: char| c.is_whitespace() || c == ',')
        .map(|t| t.trim_matches(['"', '\'', '<', '>', '(', ')', ';']))
        .filter(|t| !t.is_empty() && !is_no_url(t))
    {
        let lower = token.to_ascii_lowercase();
        let parsed = if lower.starts_with("http://") || lower.starts_with("https://") {
            Url::parse(token).map_err(|e| format!("`{token}` is not a valid URL ({e})"))?
        } else if token.starts_with('/') {
            site.join(token)
                .map_err(|e| format!("`{token}` is not a valid path ({e})"))?
        } else if looks_like_address(token) {
            Url::parse(&format!("{}://{token}", site.scheme()))
                .map_err(|e| format!("`{token}` is not a valid URL ({e})"))?
        } else {
            return Err(format!(
                "`{token}` is not a URL; give addresses such as https://www.example.go.th/ita/o1 (several separated by new lines, spaces or commas). If the cell is a hyperlink showing other text, put the address itself in the cell"
            ));
        };
        out.push(SubmittedLink {
            written: token.to_string(),
            url: Some(parsed),
            label: None,
            found_on: None,
        });
    }
    Ok(out)
}

/// `www.example.go.th/ita` or `example.go.th`: a host name (ASCII, with a dot) first.
fn looks_like_address(token: &str) -> bool {
    let host = token.split(['/', '?', '#']).next().unwrap_or("");
    host.contains('.')
        && !host.starts_with('.')
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':'))
        && host.chars().any(|c| c.is_ascii_alphabetic())
}

fn items_from_records(
    records: Vec<Record>,
    checklist: &Checklist,
    rules: &Rules,
    site: &Url,
) -> Located<Vec<SubmittedItem>> {
    let mut items: Vec<SubmittedItem> = Vec::new();
    let range = match (checklist.items.first(), checklist.items.last()) {
        (Some(a), Some(b)) => format!("{} … {}", a.id, b.id),
        _ => String::new(),
    };
    for record in records {
        let of = |role: Role| record.fields.iter().filter(move |f| f.role == role);
        let item_texts: Vec<String> = of(Role::Item)
            .flat_map(|f| f.values.iter())
            .map(|v| sheet_item_label(checklist, v))
            .filter(|v| !v.trim().is_empty())
            .collect();
        let mut links = Vec::new();
        for field in of(Role::Url) {
            for value in &field.values {
                let found = urls(value, site)
                    .map_err(|m| (Some(format!("{}, {}", record.at, field.column)), m))?;
                links.extend(found);
            }
        }
        let mut claimed = None;
        for field in of(Role::Answer) {
            for value in &field.values {
                if let Some(a) = answer(value)
                    .map_err(|m| (Some(format!("{}, {}", record.at, field.column)), m))?
                {
                    claimed = Some(a);
                }
            }
        }
        let note: Vec<String> = of(Role::Note)
            .flat_map(|f| f.values.iter())
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
            .collect();
        let note = (!note.is_empty()).then(|| note.join("; "));
        if item_texts.is_empty() {
            if links.is_empty() && claimed.is_none() && note.is_none() {
                continue;
            }
            // the URLs continue the item above (merged cells)
            let Some(previous) = items.last_mut() else {
                let column = of(Role::Item)
                    .next()
                    .map(|f| f.column.clone())
                    .unwrap_or_default();
                return Err((
                    Some(format!("{}, {column}", record.at)),
                    "no item on this row; write the item code (e.g. O1)".into(),
                ));
            };
            for link in links {
                previous.add_link(link);
            }
            continue;
        }
        let label = item_texts.join(" ");
        let Some(mapped) = map_label(rules, &label) else {
            let column = of(Role::Item)
                .next()
                .map(|f| f.column.clone())
                .unwrap_or_default();
            return Err((
                Some(format!("{}, {column}", record.at)),
                format!(
                    "`{}` is not an item of {} ({range}); write the item code, e.g. O1",
                    thai::squash_spaces(&label),
                    checklist.id
                ),
            ));
        };
        let mut item = SubmittedItem::new(mapped.item);
        item.claimed = claimed;
        item.note = note;
        item.location = Some(record.at.clone());
        if let Some(old) = mapped.renumbered_from {
            item.flags.push(format!(
                "{} names it {} (an older numbering); its title is {}'s, so it is checked as {}",
                record.at,
                checklist.items[old].id,
                checklist.items[mapped.item].id,
                checklist.items[mapped.item].id
            ));
        }
        for link in links {
            item.add_link(link);
        }
        items.push(item);
    }
    Ok(items)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_words_in_english_and_thai() {
        assert_eq!(role_of("ข้อ/รายการ"), Some(Role::Item));
        assert_eq!(role_of("มี/ไม่มี"), Some(Role::Answer));
        assert_eq!(role_of("URL/ลิงก์"), Some(Role::Url));
        assert_eq!(role_of("ลิงก์ข้อมูล"), Some(Role::Url));
        assert_eq!(role_of("หมายเหตุ"), Some(Role::Note));
        assert_eq!(role_of("ลำดับ"), None);
    }

    #[test]
    fn answers_and_urls() {
        assert_eq!(answer(" มี "), Ok(Some(true)));
        assert_eq!(answer("ไม่มี"), Ok(Some(false)));
        assert_eq!(answer("Yes"), Ok(Some(true)));
        assert_eq!(answer(""), Ok(None));
        assert!(answer("บางส่วน").is_err());
        let site = Url::parse("https://www.a.go.th/").unwrap();
        let got: Vec<String> = urls("https://www.a.go.th/x, /ita/o2\nwww.a.go.th/o3 -", &site)
            .unwrap()
            .into_iter()
            .map(|l| l.url.unwrap().to_string())
            .collect();
        assert_eq!(
            got,
            [
                "https://www.a.go.th/x",
                "https://www.a.go.th/ita/o2",
                "https://www.a.go.th/o3"
            ]
        );
        assert!(urls("ดูเอกสารแนบ", &site).is_err());
    }

    #[test]
    fn column_letters() {
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(2), "C");
        assert_eq!(column_letter(26), "AA");
    }
}
