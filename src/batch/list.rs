//! The list of agencies a batch runs: a CSV (as Excel saves it: UTF-8 with or without a BOM, or
//! cp874) or a spreadsheet (XLSX, XLS, ODS; its first sheet), one agency a row.
//!
//! Columns, found by their header in English or Thai (the header row may sit below title rows):
//!
//! | column | header words | |
//! |---|---|---|
//! | name | `name`, `agency`, `ชื่อ`, `หน่วยงาน` | the agency's name (its host when empty) |
//! | URL | `url`, `website`, `เว็บไซต์`, `ลิงก์` | its main website; without a scheme, https then http |
//! | checklist | `checklist`, `แบบตรวจ`, `เกณฑ์` | optional: a shipped name or a YAML path |
//! | answers | `answers`, `sheet`, `ITA page`, `แบบตอบ`, `คำตอบ` | optional: an answer sheet file, or the agency's ITA page (a URL or a path on the site): the agency is then verified instead of scanned |
//!
//! Every problem of the list (a row without a URL, a URL that is not one, an unknown checklist,
//! an answer sheet that does not exist, the same site twice) is found before anything is
//! fetched, and all of them are reported at once, each with its row and column. A batch of
//! hours should not start from a list with mistakes, and a row skipped would be an agency
//! missing from the results without anyone deciding it. Empty rows are not mistakes and are
//! passed over. What can only be found by running (a site that does not answer, an answer sheet
//! whose rows are wrong) is the site's result, recorded in the summary, and never stops the
//! batch.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use url::Url;

use crate::checklist::{self, Checklist};
use crate::discover::canonical;
use crate::extract::document;
use crate::verify::sheet::{column_letter, csv_rows};

/// One agency of the list.
#[derive(Debug, Clone)]
pub struct Agency {
    /// Its row in the list, as a spreadsheet numbers it (the header is a row too).
    pub row: usize,
    /// Its name as the list gives it (its host when the cell is empty).
    pub name: String,
    /// Its main website.
    pub url: Url,
    /// The list gave no scheme: https is tried, then http when https does not answer.
    pub scheme_guessed: bool,
    /// The checklist (a shipped name or a path), as resolved against the list's folder.
    pub checklist: String,
    /// What to verify, when the agency is verified rather than scanned.
    pub answers: Option<Answers>,
}

/// What an agency submitted, to verify.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answers {
    /// An answer sheet file (CSV, XLSX, YAML, JSON, or a saved report).
    Sheet(PathBuf),
    /// The agency's own ITA page.
    ItaPage(Url),
}

impl Agency {
    /// What identifies the agency across runs, lists and shards: its canonical URL.
    pub fn key(&self) -> String {
        canonical(&self.url).to_string()
    }

    /// `scan` or `verify`.
    pub fn mode(&self) -> &'static str {
        if self.answers.is_some() {
            "verify"
        } else {
            "scan"
        }
    }

    /// What the agency's result depends on besides its site: a finished result is reused on
    /// resume only when this is unchanged.
    pub fn job(&self, fiscal_year: Option<u16>) -> String {
        let answers = match &self.answers {
            None => String::new(),
            Some(Answers::Sheet(path)) => path.display().to_string(),
            Some(Answers::ItaPage(url)) => url.to_string(),
        };
        let year = fiscal_year.map(|y| y.to_string()).unwrap_or_default();
        format!("{}|{}|{year}|{answers}", self.mode(), self.checklist)
    }

    /// The name of its result file: the host (and port), and a short hash of the whole URL when
    /// the site has a path, so two sites on one host do not share a file.
    pub fn file_name(&self) -> String {
        let host: String = self
            .url
            .host_str()
            .unwrap_or("site")
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '.' || c == '-' {
                    c
                } else {
                    '_'
                }
            })
            .collect();
        let mut name = match self.url.port() {
            Some(port) => format!("{host}_{port}"),
            None => host,
        };
        if self.url.path() != "/" || self.url.query().is_some() {
            name.push_str(&format!("_{:08x}", super::stable_hash(&self.key()) as u32));
        }
        name.push_str(".json");
        name
    }
}

/// A list read and checked: its agencies in list order and the checklists they use.
#[derive(Debug)]
pub struct AgencyList {
    /// The list file.
    pub file: PathBuf,
    /// Its agencies, in list order.
    pub agencies: Vec<Agency>,
    /// Each checklist named, loaded once.
    pub checklists: HashMap<String, Arc<Checklist>>,
}

/// A list that cannot be used: every problem found, each naming its row and column.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}: {}", render_problems(problems))]
pub struct ListError {
    /// The list file.
    pub file: String,
    /// Each problem (`row 7, column B (url): …`), in row order.
    pub problems: Vec<String>,
}

/// Problems shown at most; a list with more has a systematic mistake, which the first show.
const SHOWN_PROBLEMS: usize = 50;

fn render_problems(problems: &[String]) -> String {
    if problems.len() == 1 {
        return problems[0].clone();
    }
    let mut text = format!("{} problems; nothing was fetched", problems.len());
    for problem in problems.iter().take(SHOWN_PROBLEMS) {
        text.push_str("\n  ");
        text.push_str(problem);
    }
    if problems.len() > SHOWN_PROBLEMS {
        text.push_str(&format!(
            "\n  … and {} more",
            problems.len() - SHOWN_PROBLEMS
        ));
    }
    text
}

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    Name,
    Url,
    Checklist,
    Answers,
}

impl Column {
    fn label(self) -> &'static str {
        match self {
            Column::Name => "name",
            Column::Url => "url",
            Column::Checklist => "checklist",
            Column::Answers => "answers",
        }
    }
}

/// Header words of each column, lower case without spaces; the first column whose word a
/// header contains wins, so `ลิงก์หน้า ITA` is the answers column and `ชื่อเว็บไซต์` the URL.
const COLUMN_WORDS: &[(Column, &[&str])] = &[
    (
        Column::Answers,
        &[
            "answer",
            "sheet",
            "itapage",
            "หน้าita",
            "แบบตอบ",
            "คำตอบ",
            "แบบoit",
        ],
    ),
    (Column::Checklist, &["checklist", "แบบตรวจ", "เกณฑ์"]),
    (
        Column::Url,
        &[
            "url",
            "website",
            "homepage",
            "site",
            "web",
            "domain",
            "เว็บไซต์",
            "เว็บไซท์",
            "เว็บ",
            "ลิงก์",
            "ลิงค์",
            "โดเมน",
        ],
    ),
    (
        Column::Name,
        &[
            "name",
            "agency",
            "organization",
            "organisation",
            "ชื่อ",
            "หน่วยงาน",
            "องค์กร",
        ],
    ),
];

fn column_of(header: &str) -> Option<Column> {
    let key: String = header
        .to_lowercase()
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '_' | '-' | '.' | '\u{feff}'))
        .collect();
    if key.is_empty() {
        return None;
    }
    COLUMN_WORDS
        .iter()
        .find(|(_, words)| words.iter().any(|w| key.contains(w)))
        .map(|(column, _)| *column)
}

/// Title rows above the header are few.
const HEADER_SEARCH_ROWS: usize = 15;

/// Reads and checks the list at `path`; `default_checklist` is used for rows that name none.
pub fn read(path: &Path, default_checklist: &str) -> Result<AgencyList, ListError> {
    let file = path.display().to_string();
    let fail = |message: String| ListError {
        file: file.clone(),
        problems: vec![message],
    };
    let bytes = std::fs::read(path).map_err(|e| {
        fail(format!(
            "cannot read the list ({e}); give a CSV or XLSX file with a name and a URL column"
        ))
    })?;
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    let rows = match ext.as_str() {
        "xlsx" | "xls" | "xlsm" | "ods" => {
            let sheets = document::spreadsheet_cells(&bytes).map_err(|e| {
                fail(format!(
                    "the spreadsheet cannot be read: {}; save it again, or as CSV",
                    e.detail()
                ))
            })?;
            let Some((_, cells)) = sheets.into_iter().next() else {
                return Err(fail("the workbook has no sheet".into()));
            };
            grid(&cells)
        }
        _ => csv_rows(&bytes),
    };
    let base = path.parent().unwrap_or(Path::new(""));
    let mut list =
        parse(&rows, base, default_checklist).map_err(|problems| ListError { file, problems })?;
    list.file = path.to_path_buf();
    Ok(list)
}

/// A spreadsheet's cells as rows.
fn grid(cells: &[(u32, u32, String)]) -> Vec<Vec<String>> {
    let height = cells.iter().map(|c| c.0 as usize + 1).max().unwrap_or(0);
    let mut rows: Vec<Vec<String>> = vec![Vec::new(); height];
    for (r, c, text) in cells {
        let row = &mut rows[*r as usize];
        if row.len() <= *c as usize {
            row.resize(*c as usize + 1, String::new());
        }
        row[*c as usize] = text.clone();
    }
    rows
}

/// The agencies of `rows` (the header found first), or every problem found.
fn parse(
    rows: &[Vec<String>],
    base: &Path,
    default_checklist: &str,
) -> Result<AgencyList, Vec<String>> {
    let header = rows.iter().take(HEADER_SEARCH_ROWS).position(|row| {
        let columns: Vec<Column> = row.iter().filter_map(|c| column_of(c)).collect();
        columns.contains(&Column::Url) && columns.len() >= 2
    });
    let Some(h) = header else {
        return Err(vec![
            "no header row naming the columns: the list needs a row of headers with a URL column (url, เว็บไซต์) and a name column (name, ชื่อหน่วยงาน); checklist (แบบตรวจ) and answers (แบบตอบ: an answer sheet file or the ITA page) are optional".into(),
        ]);
    };
    let mut columns: Vec<(usize, Column)> = Vec::new();
    let mut problems = Vec::new();
    for (i, cell) in rows[h].iter().enumerate() {
        let Some(column) = column_of(cell) else {
            continue;
        };
        if let Some((other, _)) = columns.iter().find(|(_, c)| *c == column) {
            problems.push(format!(
                "row {}: columns {} ({}) and {} ({}) are both the {} column; rename or remove one",
                h + 1,
                column_letter(*other),
                rows[h][*other].trim(),
                column_letter(i),
                cell.trim(),
                column.label()
            ));
            continue;
        }
        columns.push((i, column));
    }
    let at = |column: Column| columns.iter().find(|(_, c)| *c == column).map(|(i, _)| *i);
    let describe = |r: usize, i: usize| {
        format!(
            "row {}, column {} ({})",
            r + 1,
            column_letter(i),
            rows[h].get(i).map_or("", |s| s.trim())
        )
    };
    let url_column = at(Column::Url).expect("the header has a URL column");
    let mut checklists: HashMap<String, Arc<Checklist>> = HashMap::new();
    // a checklist that cannot be loaded: its first row, and the error (said in full once)
    let mut failed_checklists: HashMap<String, (usize, String)> = HashMap::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut files: HashMap<String, usize> = HashMap::new();
    let mut agencies = Vec::new();
    for (r, row) in rows.iter().enumerate().skip(h + 1) {
        if row.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let cell = |column: Column| at(column).and_then(|i| row.get(i)).map_or("", |s| s.trim());
        let url_text = cell(Column::Url);
        let (url, scheme_guessed) = match site_url(url_text) {
            Ok(parsed) => parsed,
            Err(message) => {
                problems.push(format!("{}: {message}", describe(r, url_column)));
                continue;
            }
        };
        let mut agency = Agency {
            row: r + 1,
            name: match cell(Column::Name) {
                "" => url.host_str().unwrap_or_default().to_string(),
                name => name.to_string(),
            },
            url,
            scheme_guessed,
            checklist: default_checklist.to_string(),
            answers: None,
        };
        let key = agency.key();
        if let Some(first) = seen.get(&key) {
            problems.push(format!(
                "{}: {key} is listed already on row {first}; list each site once",
                describe(r, url_column)
            ));
            continue;
        }
        seen.insert(key, agency.row);
        let file_name = agency.file_name();
        if let Some(first) = files.get(&file_name) {
            problems.push(format!(
                "{}: the same site as row {first} (only the scheme differs); list each site once",
                describe(r, url_column)
            ));
            continue;
        }
        files.insert(file_name, agency.row);
        if !cell(Column::Checklist).is_empty() {
            agency.checklist = resolve_checklist(cell(Column::Checklist), base);
        }
        if !checklists.contains_key(&agency.checklist)
            && !failed_checklists.contains_key(&agency.checklist)
        {
            match checklist::load(&agency.checklist) {
                Ok(loaded) => {
                    checklists.insert(agency.checklist.clone(), Arc::new(loaded));
                }
                Err(e) => {
                    failed_checklists.insert(agency.checklist.clone(), (agency.row, e.to_string()));
                }
            }
        }
        if let Some((first, error)) = failed_checklists.get(&agency.checklist) {
            let place = match at(Column::Checklist) {
                Some(i) if !cell(Column::Checklist).is_empty() => describe(r, i),
                _ => format!("row {} (the default checklist)", r + 1),
            };
            problems.push(if *first == agency.row {
                format!("{place}: the checklist cannot be used: {error}")
            } else {
                format!(
                    "{place}: the checklist `{}` cannot be used (see row {first})",
                    agency.checklist
                )
            });
            continue;
        }
        if let Some(i) = at(Column::Answers) {
            match answers(cell(Column::Answers), &agency.url, base) {
                Ok(answers) => agency.answers = answers,
                Err(message) => {
                    problems.push(format!("{}: {message}", describe(r, i)));
                    continue;
                }
            }
        }
        agencies.push(agency);
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    if agencies.is_empty() {
        return Err(vec![format!(
            "the list has a header on row {} but no agency below it",
            h + 1
        )]);
    }
    Ok(AgencyList {
        file: PathBuf::new(),
        agencies,
        checklists,
    })
}

/// A checklist cell: a shipped name as is, a path against the list's folder.
fn resolve_checklist(text: &str, base: &Path) -> String {
    let is_path = text.ends_with(".yaml") || text.ends_with(".yml") || text.contains('/');
    if is_path && Path::new(text).is_relative() {
        base.join(text).display().to_string()
    } else {
        text.to_string()
    }
}

/// A site's main URL as a list gives it, and whether its scheme was guessed.
pub fn site_url(text: &str) -> Result<(Url, bool), String> {
    if text.is_empty() {
        return Err(
            "no URL; give the agency's main website, e.g. https://www.example.go.th/".into(),
        );
    }
    let guessed = !text.contains("://");
    // `mailto:a@b.go.th` or `tel:0212` would read as a host with a user name or a port once
    // `https://` is put in front: a name before `:` without a dot is a scheme, not a host
    if guessed
        && let Some((head, _)) = text.split_once(':')
        && !head.contains(['.', '/', '['])
        && !head.eq_ignore_ascii_case("localhost")
    {
        return Err(format!(
            "`{text}` uses the {head} scheme; oitcheck scans http:// and https:// sites"
        ));
    }
    let with_scheme = if guessed {
        format!("https://{text}")
    } else {
        text.to_string()
    };
    let url = Url::parse(&with_scheme).map_err(|e| {
        format!("`{text}` is not a valid URL ({e}); give the site's address, e.g. https://www.example.go.th/")
    })?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(format!(
            "`{text}` uses the {} scheme; oitcheck scans http:// and https:// sites",
            url.scheme()
        ));
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err(format!(
            "`{text}` has no host name; give the site's address, e.g. https://www.example.go.th/"
        ));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(format!(
            "`{text}` holds a user name or password; give the site's public address without them"
        ));
    }
    Ok((url, guessed))
}

/// Extensions of answer sheet files.
const SHEET_EXTENSIONS: &[&str] = &[
    "csv", "txt", "xlsx", "xls", "xlsm", "ods", "json", "yaml", "yml",
];

/// An answers cell: empty (scan), an answer sheet file, or the ITA page (a URL or a path on the
/// site).
fn answers(text: &str, site: &Url, base: &Path) -> Result<Option<Answers>, String> {
    if text.is_empty() {
        return Ok(None);
    }
    let lower = text.to_ascii_lowercase();
    let is_file = Path::new(&lower)
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| SHEET_EXTENSIONS.contains(&e))
        && !lower.starts_with("http://")
        && !lower.starts_with("https://");
    if is_file {
        let path = base.join(text);
        if !path.is_file() {
            return Err(format!(
                "the answer sheet {} does not exist; paths are read from the list's folder",
                path.display()
            ));
        }
        return Ok(Some(Answers::Sheet(path)));
    }
    if lower.starts_with("http://") || lower.starts_with("https://") {
        let url = Url::parse(text).map_err(|e| format!("`{text}` is not a valid URL ({e})"))?;
        return Ok(Some(Answers::ItaPage(url)));
    }
    if text.starts_with('/') {
        let url = site
            .join(text)
            .map_err(|e| format!("`{text}` is not a path on the site ({e})"))?;
        return Ok(Some(Answers::ItaPage(url)));
    }
    Err(format!(
        "`{text}` is neither an answer sheet file (.csv, .xlsx, .json, .yaml) nor the ITA page (a URL, or a path on the site such as /ita)"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(text: &str) -> Vec<Vec<String>> {
        csv_rows(text.as_bytes())
    }

    #[test]
    fn thai_headers_below_a_title_row() {
        let list = parse(
            &rows(
                "รายชื่อหน่วยงาน ปี 2569\nลำดับ,ชื่อหน่วยงาน,เว็บไซต์,แบบตรวจ\n1,อบต.บ้านตัวอย่าง,www.example.go.th,\n\n2,เทศบาลตำบลทดสอบ,http://test.go.th/,ita-2568\n",
            ),
            Path::new(""),
            "ita-2569",
        )
        .unwrap();
        assert_eq!(list.agencies.len(), 2);
        let first = &list.agencies[0];
        assert_eq!(first.row, 3);
        assert_eq!(first.name, "อบต.บ้านตัวอย่าง");
        assert_eq!(first.url.as_str(), "https://www.example.go.th/");
        assert!(first.scheme_guessed);
        assert_eq!(first.checklist, "ita-2569");
        assert_eq!(first.mode(), "scan");
        let second = &list.agencies[1];
        assert_eq!((second.row, second.checklist.as_str()), (5, "ita-2568"));
        assert!(!second.scheme_guessed);
        assert_eq!(list.checklists.len(), 2);
    }

    #[test]
    fn every_problem_is_named_by_row_and_column() {
        let problems = parse(
            &rows(
                "name,url,checklist,answers\nA,,,\nB,ftp://b.go.th/,,\nC,https://c.go.th/,ita-1999,\nD,https://d.go.th/,,missing.xlsx\nE,https://e.go.th/,,maybe\nF,https://c.go.th,,\n",
            ),
            Path::new("/nonexistent"),
            "ita-2569",
        )
        .unwrap_err();
        assert_eq!(problems.len(), 6, "{problems:#?}");
        assert!(problems[0].starts_with("row 2, column B (url): no URL"));
        assert!(
            problems[1].starts_with("row 3, column B (url): `ftp://b.go.th/` uses the ftp scheme")
        );
        assert!(
            problems[2].starts_with("row 4, column C (checklist): the checklist cannot be used")
        );
        assert!(problems[3].starts_with(
            "row 5, column D (answers): the answer sheet /nonexistent/missing.xlsx does not exist"
        ));
        assert!(problems[4].starts_with("row 6, column D (answers): `maybe` is neither"));
        assert!(
            problems[5]
                .starts_with("row 7, column B (url): https://c.go.th/ is listed already on row 4")
        );
    }

    #[test]
    fn answers_are_a_sheet_or_the_ita_page() {
        let list = parse(
            &rows("หน่วยงาน,URL,ลิงก์หน้า ITA\nA,https://a.go.th/,/ita2569\nB,https://b.go.th/,https://b.go.th/oit\n"),
            Path::new(""),
            "ita-2569",
        )
        .unwrap();
        assert_eq!(
            list.agencies[0].answers,
            Some(Answers::ItaPage(
                Url::parse("https://a.go.th/ita2569").unwrap()
            ))
        );
        assert_eq!(list.agencies[1].mode(), "verify");
        assert!(parse(&rows("url,website\nx,y\n"), Path::new(""), "ita-2569").is_err());
        for bad in ["mailto:x@y.go.th", "tel:0212", "https://user:pw@a.go.th/"] {
            assert!(site_url(bad).is_err(), "{bad}");
        }
        for good in [
            "www.a.go.th:8080/x",
            "localhost:8000",
            "127.0.0.1:9000",
            "[::1]:80",
        ] {
            assert!(site_url(good).is_ok(), "{good}");
        }
    }

    #[test]
    fn file_names_are_the_host_and_a_hash_for_paths() {
        let agency = |url: &str| Agency {
            row: 2,
            name: String::new(),
            url: Url::parse(url).unwrap(),
            scheme_guessed: false,
            checklist: "ita-2569".into(),
            answers: None,
        };
        assert_eq!(
            agency("https://www.a.go.th/").file_name(),
            "www.a.go.th.json"
        );
        assert_eq!(
            agency("http://127.0.0.1:8080/").file_name(),
            "127.0.0.1_8080.json"
        );
        let with_path = agency("https://www.moph.go.th/dept1/").file_name();
        assert!(
            with_path.starts_with("www.moph.go.th_")
                && with_path.len() == "www.moph.go.th_".len() + 13
        );
        assert_ne!(
            with_path,
            agency("https://www.moph.go.th/dept2/").file_name()
        );
    }
}
