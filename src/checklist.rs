//! Checklists: the OIT item lists as data (`checklists/*.yaml`).
//!
//! A checklist names every item, how to recognise its candidates, the elements that must all be
//! present and the year rule. Loading goes through a raw, span-carrying form so that every error,
//! syntactic or semantic, can name the file, line and column; the validated [`Checklist`] that the
//! rest of the pipeline sees carries plain values. The format is documented in
//! `docs/checklist-format.md`.

use std::collections::HashSet;
use std::fmt;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use serde_saphyr::Spanned;

use crate::years::YearRule;

/// A validated checklist.
#[derive(Debug, Clone, Serialize)]
pub struct Checklist {
    /// The name users type (`--checklist ita-2569`).
    pub id: String,
    /// Thai title, `{fy}` placeholders kept.
    pub title_th: String,
    /// English title.
    pub title_en: String,
    /// The fiscal year the list was written for (before any `--fiscal-year` shift).
    pub fiscal_year: u16,
    /// Where the items come from.
    pub source: String,
    /// Caveats shown in reports (a working draft, inferred groupings).
    pub notes: String,
    /// Indicators and their sub-indicators, in scoring order.
    pub indicators: Vec<Indicator>,
    /// Link texts and titles of ITA/OIT index pages: crawled first, never evidence.
    pub hub_keywords: Vec<String>,
    /// Phrases of a page that only says the information is in preparation.
    pub placeholder_phrases: Vec<String>,
    /// Other assessment schemes whose pages look like OIT evidence but are not (MOIT, EB …).
    pub lookalike_schemes: Vec<LookalikeScheme>,
    /// Phrases of forms that are never a channel (polls, newsletter sign-ups, logins).
    pub not_a_channel: Vec<String>,
    /// Links that are never evidence and never explain an answer: to these hosts (visitor
    /// counters), or in a line with these phrases (the footer's credit line).
    pub not_evidence: NotEvidence,
    /// The items, in checklist order.
    pub items: Vec<Item>,
}

/// An assessment scheme that is not this checklist's (e.g. the health ministry's MOIT): a
/// candidate that names one of its item codes publishes for that scheme, not for this one.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LookalikeScheme {
    /// The scheme's name, for reasons.
    pub name: String,
    /// Item-code prefixes of the scheme (`MOIT` for MOIT 1 … MOIT 22).
    pub codes: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
/// An indicator: the mean of its sub-indicators.
pub struct Indicator {
    /// Its id (`9`).
    pub id: String,
    /// Thai title.
    pub title_th: String,
    #[serde(default)]
    /// English title.
    pub title_en: String,
    /// Its sub-indicators.
    pub sub_indicators: Vec<SubIndicator>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
/// A sub-indicator: the mean of its items.
pub struct SubIndicator {
    /// Its id (`9.1`).
    pub id: String,
    /// Thai title.
    pub title_th: String,
    #[serde(default)]
    /// English title.
    pub title_en: String,
}

/// One OIT item (O1, O2, …).
#[derive(Debug, Clone, Serialize)]
pub struct Item {
    /// The item code (`O11`).
    pub id: String,
    /// The sub-indicator it scores in.
    pub sub_indicator: String,
    /// Titles with `{fy}` placeholders still in them; see [`Checklist::render`].
    pub title_th: String,
    /// English title.
    pub title_en: String,
    /// Phrases that name a candidate (link text, title, headings, file name).
    pub keywords: Vec<String>,
    /// Case-insensitive substrings of candidate URLs.
    pub url_patterns: Vec<String>,
    /// Elements that must all be present.
    pub elements: Vec<Element>,
    /// Phrases that disqualify a candidate.
    pub reject: Vec<Reject>,
    /// Which fiscal year the evidence must be about.
    pub year: YearRule,
    /// How machine-readable the data must be.
    pub machine_readable: MachineReadable,
    /// The evidence reports on a whole fiscal year: a text whose periods all cover part of the
    /// year (a six-month round) does not count.
    pub full_year: bool,
    /// What to publish, in Thai (shown for a no).
    pub advice_th: String,
    /// What to publish, in English.
    pub advice_en: String,
    /// How sure the source is: S seen, W weak, I inferred.
    pub confidence: String,
    /// Free notes on the item.
    pub note: String,
}

/// A required element (องค์ประกอบ) and its test.
#[derive(Debug, Clone, Serialize)]
pub struct Element {
    /// Shown as "missing: …" in reports.
    pub name: String,
    /// Alternatives: the element is present when any of them passes.
    pub tests: Vec<ElementTest>,
    /// Which text of a candidate the phrase tests look at.
    pub look_in: LookIn,
    /// Standing information (regulations, a code of ethics) that needs no year: a page of
    /// another year may still supply it when the parts of an item are spread over pages.
    pub standing: bool,
    /// The element is required only of candidates whose text has one of these phrases (the
    /// permanent side of a local administration, required where its mayor is shown).
    pub only_if: Vec<String>,
}

/// How machine-readable an item's data must be (`machine_readable:` in YAML).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MachineReadable {
    /// Any form (`false`, the default).
    #[default]
    Any,
    /// Text a program can read: a scanned image, even one OCR can read, does not count
    /// (`true` or `text`).
    Text,
    /// A table: a spreadsheet, a CSV or an HTML table; a PDF or a Word file does not count (`table`).
    Table,
}

impl<'de> Deserialize<'de> for MachineReadable {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Flag(bool),
            Word(String),
        }
        match Raw::deserialize(deserializer)? {
            Raw::Flag(false) => Ok(MachineReadable::Any),
            Raw::Flag(true) => Ok(MachineReadable::Text),
            Raw::Word(w) if w == "text" => Ok(MachineReadable::Text),
            Raw::Word(w) if w == "table" => Ok(MachineReadable::Table),
            Raw::Word(w) => Err(serde::de::Error::custom(format!(
                "machine_readable must be false, true (= text) or table, not `{w}`"
            ))),
        }
    }
}

/// Which text of a candidate an element's phrases are looked for in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LookIn {
    /// Everything a visitor sees on the page, the site's header and footer included (an
    /// address in the footer is part of a contact page).
    #[default]
    Page,
    /// The page's own content, not the template repeated on every page (an executive's
    /// phone number must be with the executive, not in the site footer).
    Content,
    /// What names the candidate: a page's title, headings and inbound link texts; a document's
    /// link text, file name and opening lines (a *report* must call itself one).
    Title,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
/// One test of an element.
pub enum ElementTest {
    /// At least `min` distinct phrases occur in the candidate's text.
    Any {
        /// The phrases.
        phrases: Vec<String>,
        /// How many must occur.
        min: usize,
    },
    /// The candidate page shows a content image.
    Image,
    /// A channel a visitor can use from the candidate page (never a document): see [`Channel`].
    Channel(Channel),
    /// The text gives a phone number or an e-mail address, labelled or not.
    Contact,
    /// The text names the head of a provincial or district office the way such heads are titled:
    /// by the office's name without "สำนักงาน" and ending in one of these area words
    /// (สำนักงานแรงงานจังหวัดX → แรงงานจังหวัดX).
    OfficeHead(Vec<String>),
    /// Every person the page shows by one of these posts has a photo and a contact: at least as
    /// many content images, and phone numbers or e-mail addresses, as posts shown.
    PerPost(Vec<String>),
    /// The candidate page links to a URL containing one of these substrings.
    LinksTo(Vec<String>),
    /// The candidate shows steps: an ordered list of three or more items, or a chain of arrows
    /// (ยื่นคำขอ → ตรวจสอบ → อนุญาต).
    Steps,
}

/// Links that are never candidates: what the site template carries besides the agency's content.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct NotEvidence {
    /// Hosts (and their subdomains) of visitor counters and web statistics (histats.com).
    #[serde(default)]
    pub hosts: Vec<String>,
    /// Phrases of a credit line (ออกแบบโดย, Powered by): links in such a line name no item.
    #[serde(default)]
    pub credit_phrases: Vec<String>,
}

/// A working channel (a Q&A board, an e-service, a complaint channel): any of its parts is
/// enough, and each is looked for on a web page only, since a document is not a channel.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Channel {
    /// A working form (it submits somewhere, has a submit control and a free-text field, and is
    /// not a search, login, poll or sign-up) on the page or on an on-site page its content (not
    /// its menus) links to, whose
    /// text names one of these phrases; `Some(vec![])` accepts any working form, `None` no form.
    pub form: Option<Vec<String>>,
    /// A link to an external system whose URL contains one of these (a Google Form, a LINE
    /// official account); recorded as external in the evidence.
    pub links_to: Vec<String>,
    /// The page's text gives a phone number or an e-mail address (a dedicated contact).
    pub contact: bool,
    /// A board in use: the page, or an on-site page its content links to, is named (title or
    /// heading) by one of these and shows its topics in a table (rows that are not placeholders)
    /// or links, outside its menus, to on-site pages that were read (the topics).
    pub board: Vec<String>,
}

/// Phrases that disqualify a candidate, and why.
#[derive(Debug, Clone, Serialize)]
pub struct Reject {
    /// The phrases.
    pub phrases: Vec<String>,
    /// How many occurrences (of all the phrases together) disqualify; 1 unless given.
    pub min_count: usize,
    /// Why they disqualify, for the report.
    pub reason: String,
}

impl Checklist {
    /// Replaces `{fy}`, `{fy-1}` and `{fy+1}` in a title or advice text.
    pub fn render(text: &str, fiscal_year: u16) -> String {
        text.replace("{fy-1}", &fiscal_year.saturating_sub(1).to_string())
            .replace("{fy+1}", &fiscal_year.saturating_add(1).to_string())
            .replace("{fy}", &fiscal_year.to_string())
    }

    /// The indicator a sub-indicator belongs to.
    pub fn indicator_of(&self, sub_indicator: &str) -> Option<&Indicator> {
        self.indicators
            .iter()
            .find(|i| i.sub_indicators.iter().any(|s| s.id == sub_indicator))
    }
}

/// A checklist that could not be loaded: where and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChecklistError {
    /// The file (or name) that was loaded.
    pub file: String,
    /// Every problem found.
    pub problems: Vec<Problem>,
}

/// One problem in a checklist file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Line (1-based; 0 when unknown).
    pub line: u64,
    /// Column (1-based; 0 when unknown).
    pub column: u64,
    /// What is wrong and what to do.
    pub message: String,
}

impl fmt::Display for ChecklistError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let count = self.problems.len();
        writeln!(
            f,
            "checklist {} has {} problem{}:",
            self.file,
            count,
            if count == 1 { "" } else { "s" }
        )?;
        for p in &self.problems {
            if p.line > 0 {
                writeln!(f, "  {}:{}:{}: {}", self.file, p.line, p.column, p.message)?;
            } else {
                writeln!(f, "  {}: {}", self.file, p.message)?;
            }
        }
        write!(
            f,
            "fix the file (format: docs/checklist-format.md), then run `oitcheck checklist validate {}`",
            self.file
        )
    }
}

impl std::error::Error for ChecklistError {}

// ---- raw form, as written in YAML ----

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawChecklist {
    schema: Spanned<u32>,
    id: Spanned<String>,
    title_th: String,
    #[serde(default)]
    title_en: String,
    fiscal_year: Spanned<u16>,
    #[serde(default)]
    source: String,
    #[serde(default)]
    notes: String,
    indicators: Vec<Indicator>,
    #[serde(default)]
    hub_keywords: Vec<Spanned<String>>,
    #[serde(default)]
    placeholder_phrases: Vec<Spanned<String>>,
    #[serde(default)]
    lookalike_schemes: Vec<RawScheme>,
    #[serde(default)]
    not_a_channel: Vec<Spanned<String>>,
    #[serde(default)]
    not_evidence: NotEvidence,
    items: Vec<RawItem>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawItem {
    id: Spanned<String>,
    sub_indicator: Spanned<String>,
    title_th: String,
    #[serde(default)]
    title_en: String,
    find: RawFind,
    #[serde(default)]
    elements: Vec<RawElement>,
    #[serde(default)]
    reject: Vec<RawReject>,
    #[serde(default)]
    year: YearRule,
    #[serde(default)]
    machine_readable: MachineReadable,
    #[serde(default)]
    full_year: bool,
    #[serde(default)]
    advice_th: String,
    #[serde(default)]
    advice_en: String,
    #[serde(default)]
    confidence: String,
    #[serde(default)]
    note: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawScheme {
    name: Spanned<String>,
    codes: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFind {
    #[serde(default)]
    keywords: Vec<Spanned<String>>,
    #[serde(default)]
    url_patterns: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawElement {
    name: Spanned<String>,
    #[serde(default)]
    any: Option<Vec<Spanned<String>>>,
    #[serde(default)]
    min: Option<usize>,
    #[serde(default)]
    image: Option<bool>,
    #[serde(default)]
    form: Option<Spanned<bool>>,
    #[serde(default)]
    channel: Option<RawChannel>,
    #[serde(default)]
    contact: Option<bool>,
    #[serde(default)]
    office_head: Option<Vec<Spanned<String>>>,
    #[serde(default)]
    per_post: Option<Vec<Spanned<String>>>,
    #[serde(default)]
    links_to: Option<Vec<Spanned<String>>>,
    #[serde(default)]
    steps: Option<bool>,
    #[serde(default)]
    look_in: LookIn,
    #[serde(default)]
    standing: bool,
    #[serde(default)]
    only_if: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawChannel {
    #[serde(default)]
    form: Option<Vec<Spanned<String>>>,
    #[serde(default)]
    links_to: Vec<Spanned<String>>,
    #[serde(default)]
    contact: bool,
    #[serde(default)]
    board: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawReject {
    any: Vec<Spanned<String>>,
    #[serde(default)]
    min_count: Option<usize>,
    reason: String,
}

/// Where the shipped checklists live: `OITCHECK_CHECKLISTS`, then `checklists/` next to the
/// current directory, then the source tree this binary was built from.
fn checklist_dirs() -> Vec<PathBuf> {
    let mut dirs = Vec::new();
    if let Some(dir) = std::env::var_os("OITCHECK_CHECKLISTS") {
        dirs.push(PathBuf::from(dir));
    }
    dirs.push(PathBuf::from("checklists"));
    dirs.push(Path::new(env!("CARGO_MANIFEST_DIR")).join("checklists"));
    dirs
}

/// The checklists bundled into the binary, so a named checklist works from any directory.
static BUNDLED: include_dir::Dir<'_> = include_dir::include_dir!("$CARGO_MANIFEST_DIR/checklists");

/// Names of the bundled checklists (`ita-2569`, …).
pub fn bundled_names() -> Vec<String> {
    let mut names: Vec<String> = BUNDLED
        .files()
        .filter_map(|f| f.path().to_str()?.strip_suffix(".yaml").map(str::to_string))
        .collect();
    names.sort();
    names
}

/// Loads a checklist by name (`ita-2569`) or path (`my/list.yaml`).
pub fn load(name_or_path: &str) -> Result<Checklist, ChecklistError> {
    let path = Path::new(name_or_path);
    let looks_like_path = name_or_path.ends_with(".yaml")
        || name_or_path.ends_with(".yml")
        || name_or_path.contains('/');
    if looks_like_path || path.is_file() {
        let text = std::fs::read_to_string(path).map_err(|e| ChecklistError {
            file: name_or_path.to_string(),
            problems: vec![Problem {
                line: 0,
                column: 0,
                message: format!("cannot read the file: {e}"),
            }],
        })?;
        return parse(&text, name_or_path);
    }
    // A name: a local override in a checklist directory wins over the bundled copy.
    let file_name = format!("{name_or_path}.yaml");
    for dir in checklist_dirs() {
        let candidate = dir.join(&file_name);
        if candidate.is_file() && dir != Path::new(env!("CARGO_MANIFEST_DIR")).join("checklists") {
            let text = std::fs::read_to_string(&candidate).map_err(|e| ChecklistError {
                file: candidate.display().to_string(),
                problems: vec![Problem {
                    line: 0,
                    column: 0,
                    message: format!("cannot read the file: {e}"),
                }],
            })?;
            return parse(&text, &candidate.display().to_string());
        }
    }
    if let Some(file) = BUNDLED.get_file(&file_name) {
        let text = file.contents_utf8().unwrap_or_default();
        return parse(text, &format!("checklists/{file_name}"));
    }
    Err(ChecklistError {
        file: name_or_path.to_string(),
        problems: vec![Problem {
            line: 0,
            column: 0,
            message: format!(
                "no checklist named `{name_or_path}`; shipped checklists: {}; or give a path to a .yaml file",
                bundled_names().join(", ")
            ),
        }],
    })
}

/// Parses and validates checklist text; `file` names it in errors.
pub fn parse(text: &str, file: &str) -> Result<Checklist, ChecklistError> {
    let raw: RawChecklist = serde_saphyr::from_str(text).map_err(|e| {
        // serde stops at the first missing field, somewhere after the item that lacks it:
        // a loose reading names every item that lacks a required field, at its own line
        let problems = missing_fields(text);
        if problems.is_empty() {
            syntax_error(&e.to_string(), file)
        } else {
            ChecklistError {
                file: file.to_string(),
                problems,
            }
        }
    })?;
    validate(raw, file)
}

/// The fields a checklist must have, at the top and in every item.
const REQUIRED_TOP: [&str; 6] = [
    "schema",
    "id",
    "title_th",
    "fiscal_year",
    "indicators",
    "items",
];
const REQUIRED_ITEM: [&str; 4] = ["id", "sub_indicator", "title_th", "find"];

/// Every required field missing from a checklist that is valid YAML, each at the line of the
/// item (or top level) that lacks it. Empty when the text is not YAML or lacks nothing.
fn missing_fields(text: &str) -> Vec<Problem> {
    #[derive(Deserialize)]
    struct Items {
        #[serde(default)]
        items: Vec<Spanned<serde_json::Value>>,
    }
    let mut problems = Vec::new();
    let Ok(top) = serde_saphyr::from_str::<serde_json::Map<String, serde_json::Value>>(text) else {
        return problems;
    };
    for field in REQUIRED_TOP {
        if !top.contains_key(field) {
            problems.push(Problem {
                line: 0,
                column: 0,
                message: format!("the checklist lacks `{field}` (at the top level)"),
            });
        }
    }
    let Ok(items) = serde_saphyr::from_str::<Items>(text) else {
        return problems;
    };
    for (n, item) in items.items.iter().enumerate() {
        let Some(fields) = item.value.as_object() else {
            continue;
        };
        let name = match fields.get("id").and_then(|id| id.as_str()) {
            Some(id) => format!("item {id}"),
            None => format!("item {} of the list", n + 1),
        };
        for field in REQUIRED_ITEM {
            if !fields.contains_key(field) {
                problems.push(Problem {
                    line: item.referenced.line(),
                    column: item.referenced.column(),
                    message: format!("{name} lacks `{field}`"),
                });
            }
        }
    }
    problems
}

/// Turns a serde-saphyr error into a problem with line and column when the message has them.
fn syntax_error(message: &str, file: &str) -> ChecklistError {
    let (line, column) = parse_location(message).unwrap_or((0, 0));
    let first_line = message.lines().next().unwrap_or(message);
    let mut message = first_line.trim_start_matches("error: ");
    // the location is shown in front already; drop serde-saphyr's own "line L column C: "
    if let Some(rest) = message
        .strip_prefix("line ")
        .and_then(|r| r.split_once(": "))
        .map(|(_, rest)| rest)
    {
        message = rest;
    }
    let message = message.to_string();
    ChecklistError {
        file: file.to_string(),
        problems: vec![Problem {
            line,
            column,
            message,
        }],
    }
}

/// Finds `line L column C` in an error message.
fn parse_location(message: &str) -> Option<(u64, u64)> {
    let after_line = &message[message.find("line ")? + 5..];
    let line: u64 = after_line
        .split(|c: char| !c.is_ascii_digit())
        .next()?
        .parse()
        .ok()?;
    let column = after_line
        .find("column ")
        .and_then(|i| {
            after_line[i + 7..]
                .split(|c: char| !c.is_ascii_digit())
                .next()?
                .parse()
                .ok()
        })
        .unwrap_or(0);
    Some((line, column))
}

struct Validator {
    problems: Vec<Problem>,
}

impl Validator {
    fn at<T>(&mut self, spanned: &Spanned<T>, message: String) {
        self.problems.push(Problem {
            line: spanned.referenced.line(),
            column: spanned.referenced.column(),
            message,
        });
    }

    /// Phrases must be non-empty and carry no year (years belong in year rules).
    fn phrases(&mut self, phrases: &[Spanned<String>], what: &str, item: &str) -> Vec<String> {
        for p in phrases {
            if p.value.trim().is_empty() {
                self.at(p, format!("{item}: empty {what}"));
            } else if contains_be_year(&p.value) {
                self.at(
                    p,
                    format!(
                        "{item}: {what} `{}` contains a Buddhist-era year; write years as the item's `year` rule so --fiscal-year can shift them",
                        p.value
                    ),
                );
            }
        }
        phrases
            .iter()
            .map(|p| p.value.trim().to_string())
            .filter(|p| !p.is_empty())
            .collect()
    }
}

/// Whether `text` holds a four-digit 25xx number (Thai or Arabic digits).
fn contains_be_year(text: &str) -> bool {
    let ascii = crate::thai::ascii_digits(text);
    let bytes = ascii.as_bytes();
    bytes.windows(4).enumerate().any(|(i, w)| {
        w[0] == b'2'
            && w[1] == b'5'
            && w[2].is_ascii_digit()
            && w[3].is_ascii_digit()
            && (i == 0 || !bytes[i - 1].is_ascii_digit())
            && bytes.get(i + 4).is_none_or(|b| !b.is_ascii_digit())
    })
}

fn validate(raw: RawChecklist, file: &str) -> Result<Checklist, ChecklistError> {
    let mut v = Validator {
        problems: Vec::new(),
    };
    if raw.schema.value != 1 {
        v.at(
            &raw.schema,
            format!(
                "schema {} is not supported; this oitcheck reads schema 1",
                raw.schema.value
            ),
        );
    }
    if raw.id.value.trim().is_empty() {
        v.at(&raw.id, "id is empty".into());
    }
    if !(2500..=2700).contains(&raw.fiscal_year.value) {
        v.at(
            &raw.fiscal_year,
            format!(
                "fiscal_year {} is not a Buddhist-era year (e.g. 2569)",
                raw.fiscal_year.value
            ),
        );
    }
    let mut sub_ids = HashSet::new();
    for indicator in &raw.indicators {
        for sub in &indicator.sub_indicators {
            if !sub_ids.insert(sub.id.clone()) {
                v.problems.push(Problem {
                    line: 0,
                    column: 0,
                    message: format!("sub-indicator {} is listed twice", sub.id),
                });
            }
        }
    }
    if raw.items.is_empty() {
        v.problems.push(Problem {
            line: 0,
            column: 0,
            message: "the checklist has no items".into(),
        });
    }
    let hub_keywords = v.phrases(&raw.hub_keywords, "hub keyword", "hub_keywords");
    let placeholder_phrases = v.phrases(
        &raw.placeholder_phrases,
        "placeholder phrase",
        "placeholder_phrases",
    );
    let not_a_channel = v.phrases(&raw.not_a_channel, "not_a_channel phrase", "not_a_channel");
    let mut lookalike_schemes = Vec::new();
    for scheme in &raw.lookalike_schemes {
        let codes = v.phrases(&scheme.codes, "scheme code", &scheme.name.value);
        if codes.is_empty() {
            v.at(
                &scheme.name,
                format!(
                    "lookalike scheme `{}` needs at least one code",
                    scheme.name.value
                ),
            );
        }
        for code in &scheme.codes {
            if !code.value.chars().all(|c| c.is_ascii_alphabetic()) {
                v.at(
                    code,
                    format!(
                        "scheme code `{}` must be letters only (the prefix of codes such as MOIT 4)",
                        code.value
                    ),
                );
            }
        }
        lookalike_schemes.push(LookalikeScheme {
            name: scheme.name.value.clone(),
            codes,
        });
    }
    let mut seen = HashSet::new();
    let mut used_subs = HashSet::new();
    let mut items = Vec::new();
    for item in raw.items {
        let id = item.id.value.trim().to_string();
        if !seen.insert(id.to_uppercase()) {
            v.at(&item.id, format!("item id {id} is used twice"));
        }
        if !sub_ids.contains(&item.sub_indicator.value) {
            v.at(
                &item.sub_indicator,
                format!(
                    "{id}: sub_indicator \"{}\" is not listed under any indicator",
                    item.sub_indicator.value
                ),
            );
        }
        used_subs.insert(item.sub_indicator.value.clone());
        let keywords = v.phrases(&item.find.keywords, "keyword", &id);
        let url_patterns = v.phrases(&item.find.url_patterns, "url pattern", &id);
        if keywords.is_empty() && url_patterns.is_empty() {
            v.at(
                &item.id,
                format!("{id}: `find` needs at least one keyword or url pattern"),
            );
        }
        let mut elements = Vec::new();
        for element in &item.elements {
            let mut tests = Vec::new();
            if let Some(any) = &element.any {
                let phrases = v.phrases(any, "element phrase", &id);
                let min = element.min.unwrap_or(1);
                if phrases.is_empty() || min == 0 || min > phrases.len() {
                    v.at(
                        &element.name,
                        format!(
                            "{id}: element `{}` needs 1..={} for min and at least one phrase",
                            element.name.value,
                            phrases.len()
                        ),
                    );
                }
                tests.push(ElementTest::Any { phrases, min });
            } else if element.min.is_some() {
                v.at(
                    &element.name,
                    format!(
                        "{id}: element `{}` has `min` without `any`",
                        element.name.value
                    ),
                );
            }
            if element.image == Some(true) {
                tests.push(ElementTest::Image);
            }
            if let Some(form) = &element.form {
                v.at(
                    form,
                    format!(
                        "{id}: element `{}`: `form: true` is now `channel: {{ form: [] }}` (a working form, on the page or a page it links to; list phrases to name its purpose)",
                        element.name.value
                    ),
                );
            }
            if let Some(channel) = &element.channel {
                let form = channel
                    .form
                    .as_ref()
                    .map(|f| v.phrases(f, "channel form phrase", &id));
                let links_to = v.phrases(&channel.links_to, "channel links_to target", &id);
                let board = v.phrases(&channel.board, "channel board phrase", &id);
                if form.is_none() && links_to.is_empty() && !channel.contact && board.is_empty() {
                    v.at(
                        &element.name,
                        format!(
                            "{id}: element `{}` has an empty channel; give form, links_to, board or contact",
                            element.name.value
                        ),
                    );
                }
                tests.push(ElementTest::Channel(Channel {
                    form,
                    links_to: links_to.iter().map(|t| t.to_ascii_lowercase()).collect(),
                    contact: channel.contact,
                    board,
                }));
            }
            if element.contact == Some(true) {
                tests.push(ElementTest::Contact);
            }
            if let Some(areas) = &element.office_head {
                let areas = v.phrases(areas, "office_head area word", &id);
                if areas.is_empty() {
                    v.at(
                        &element.name,
                        format!(
                            "{id}: element `{}` has an empty office_head; give area words such as จังหวัด",
                            element.name.value
                        ),
                    );
                }
                tests.push(ElementTest::OfficeHead(areas));
            }
            if let Some(posts) = &element.per_post {
                let posts = v.phrases(posts, "per_post post", &id);
                if posts.is_empty() {
                    v.at(
                        &element.name,
                        format!(
                            "{id}: element `{}` has an empty per_post; give the posts people are shown by",
                            element.name.value
                        ),
                    );
                }
                tests.push(ElementTest::PerPost(posts));
            }
            if element.steps == Some(true) {
                tests.push(ElementTest::Steps);
            }
            if let Some(links_to) = &element.links_to {
                let targets = v.phrases(links_to, "links_to target", &id);
                if targets.is_empty() {
                    v.at(
                        &element.name,
                        format!(
                            "{id}: element `{}` has an empty links_to",
                            element.name.value
                        ),
                    );
                }
                tests.push(ElementTest::LinksTo(targets));
            }
            if tests.is_empty() {
                v.at(
                    &element.name,
                    format!(
                        "{id}: element `{}` has no test; give any, image, channel, contact, office_head, per_post, links_to or steps",
                        element.name.value
                    ),
                );
                continue;
            }
            elements.push(Element {
                name: element.name.value.clone(),
                tests,
                look_in: element.look_in,
                standing: element.standing,
                only_if: v.phrases(&element.only_if, "only_if phrase", &id),
            });
        }
        let reject = item
            .reject
            .iter()
            .map(|r| Reject {
                phrases: v.phrases(&r.any, "reject phrase", &id),
                min_count: r.min_count.unwrap_or(1).max(1),
                reason: r.reason.clone(),
            })
            .collect();
        items.push(Item {
            id,
            sub_indicator: item.sub_indicator.value,
            title_th: item.title_th,
            title_en: item.title_en,
            keywords,
            url_patterns: url_patterns.into_iter().map(|p| p.to_lowercase()).collect(),
            elements,
            reject,
            year: item.year,
            machine_readable: item.machine_readable,
            full_year: item.full_year,
            advice_th: item.advice_th,
            advice_en: item.advice_en,
            confidence: item.confidence,
            note: item.note,
        });
    }
    for indicator in &raw.indicators {
        for sub in &indicator.sub_indicators {
            if !used_subs.contains(&sub.id) {
                v.problems.push(Problem {
                    line: 0,
                    column: 0,
                    message: format!("sub-indicator {} has no items; it would score as 0", sub.id),
                });
            }
        }
    }
    if !v.problems.is_empty() {
        v.problems.sort_by_key(|p| (p.line, p.column));
        return Err(ChecklistError {
            file: file.to_string(),
            problems: v.problems,
        });
    }
    Ok(Checklist {
        id: raw.id.value,
        title_th: raw.title_th,
        title_en: raw.title_en,
        fiscal_year: raw.fiscal_year.value,
        source: raw.source,
        notes: raw.notes,
        indicators: raw.indicators,
        hub_keywords,
        placeholder_phrases,
        lookalike_schemes,
        not_a_channel,
        not_evidence: NotEvidence {
            hosts: raw
                .not_evidence
                .hosts
                .iter()
                .map(|h| h.trim().to_ascii_lowercase())
                .filter(|h| !h.is_empty())
                .collect(),
            credit_phrases: raw.not_evidence.credit_phrases.clone(),
        },
        items,
    })
}
