//! Evaluate: the crawl's snapshot + the checklist → one answer per item, with evidence.
//!
//! For every item, candidates are gathered from three places: pages whose title, headings,
//! inbound link text or URL name the item; links to documents whose text, file name or
//! surrounding heading name it; and off-site or placeholder links that name it (these can only
//! explain a "no"). Each candidate is judged on its own text: elements, reject phrases, the year
//! rule, placeholders. The answer is **yes** if any candidate passes, **unknown** if a likely
//! candidate could not be read, **no** otherwise, naming the best partial candidate.
//!
//! A document that was read is judged on its own text (its years beat its file name); one that
//! could not be read as text (an old `.doc`) is judged by its link text, file name and the text
//! around the link, and the elements that text cannot show are reported as *unverified*, never
//! as found. Elements spread over several candidates count when together they show all.

use std::collections::{HashMap, HashSet};

use serde::Serialize;
use url::Url;

use crate::checklist::{Checklist, LookIn, MachineReadable};
use crate::crawl::{Page, SiteSnapshot, StopReason, UrlState};
use crate::extract::document::{DocumentError, DocumentText};
use crate::extract::html::LinkSource;
use crate::fetch::{ContentKind, FailureReason};
use crate::rules::{ItemRules, Rules, contains_phrase, file_stem};
use crate::thai;
use crate::years::{self, YearCheck};

/// An item's answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    Yes,
    No,
    Unknown,
}

impl Answer {
    pub fn as_str(self) -> &'static str {
        match self {
            Answer::Yes => "yes",
            Answer::No => "no",
            Answer::Unknown => "unknown",
        }
    }
}

/// What the judgement of a piece of evidence rests on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// The text of a page on the site.
    PageText,
    /// The link text, file name and surroundings of a document that was not read.
    LinkText,
    /// The text of a document (PDF, DOCX, spreadsheet, CSV).
    DocumentText,
}

/// One piece of evidence for an item.
#[derive(Debug, Clone, Serialize)]
pub struct Evidence {
    pub url: String,
    /// The page the link was found on (for documents).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub found_on: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub link_text: Option<String>,
    /// Keywords, element phrases and year text that matched.
    pub matched: Vec<String>,
    pub basis: Basis,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// The answer for one item.
#[derive(Debug, Clone, Serialize)]
pub struct ItemResult {
    pub id: String,
    pub title: String,
    pub title_en: String,
    pub sub_indicator: String,
    pub indicator: String,
    pub answer: Answer,
    /// Why, in one sentence.
    pub reason: String,
    /// A machine-readable reason for no/unknown (`not_found`, `wrong_year`, `rate_limited`, …).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason_code: Option<String>,
    pub evidence: Vec<Evidence>,
    /// Elements the best candidate lacks (for a no).
    pub missing: Vec<String>,
    /// Elements that could not be checked (inside documents that could not be read).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub unverified: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
    pub advice: String,
}

/// Site-wide facts computed once: which text blocks are template, which pages are hubs, which
/// link texts point at each page.
struct SiteIndex<'a> {
    template: HashSet<String>,
    hubs: HashSet<usize>,
    inbound: HashMap<String, Vec<(String, &'a Page)>>,
}

fn block_key(text: &str) -> String {
    thai::match_key(text)
}

impl<'a> SiteIndex<'a> {
    fn build(snapshot: &'a SiteSnapshot, rules: &Rules) -> SiteIndex<'a> {
        let mut counts: HashMap<String, usize> = HashMap::new();
        for page in &snapshot.pages {
            let unique: HashSet<String> = page
                .content
                .blocks
                .iter()
                .map(|b| block_key(&b.text))
                .collect();
            for key in unique {
                *counts.entry(key).or_default() += 1;
            }
        }
        let threshold = (snapshot.pages.len() / 2).max(3);
        let template: HashSet<String> = counts
            .into_iter()
            .filter(|(_, n)| *n >= threshold)
            .map(|(k, _)| k)
            .collect();
        let mut inbound: HashMap<String, Vec<(String, &Page)>> = HashMap::new();
        for page in &snapshot.pages {
            for link in &page.content.links {
                let Some(url) = &link.url else { continue };
                let target = snapshot.state(url).and_then(|s| match s {
                    UrlState::Fetched { final_url, .. } => Some(final_url.to_string()),
                    _ => None,
                });
                let target = target.unwrap_or_else(|| crate::discover::canonical(url).to_string());
                inbound
                    .entry(target)
                    .or_default()
                    .push((link.text.clone(), page));
            }
        }
        let mut index = SiteIndex {
            template,
            hubs: HashSet::new(),
            inbound,
        };
        for (i, page) in snapshot.pages.iter().enumerate() {
            let key = thai::match_key(&index.own_text(page, &Omit::default()));
            let named = rules
                .items
                .iter()
                .filter(|item| item.has_code_anywhere(&key) || !item.keyword_hits(&key).is_empty())
                .count();
            if named >= 6 {
                index.hubs.insert(i);
            }
        }
        index
    }

    /// The page's own text: title and non-chrome, non-template blocks, less what `omit` names.
    fn own_text(&self, page: &Page, omit: &Omit) -> String {
        let mut text = if omit.title {
            String::new()
        } else {
            page.content.title.clone()
        };
        for (i, block) in page.content.blocks.iter().enumerate() {
            if block.chrome
                || self.template.contains(&block_key(&block.text))
                || omit.blocks.contains(&i)
            {
                continue;
            }
            text.push('\n');
            text.push_str(&block.text);
        }
        text
    }

    /// What names a page: its title, its headings and the link texts pointing at it. A heading
    /// of the site template ("ผู้บริหาร" over the sidebar on every page) names nothing about it.
    fn names<'p>(&self, page: &'p Page, inbound: &'p [(String, &Page)]) -> Vec<&'p str> {
        std::iter::once(page.content.title.as_str())
            .chain(
                page.content
                    .headings
                    .iter()
                    .filter(|h| !self.template.contains(&block_key(h)))
                    .map(String::as_str),
            )
            .chain(inbound.iter().map(|(text, _)| text.as_str()))
            .collect()
    }

    /// Text for element tests: the page's own text plus template text that is not navigation
    /// (an address in the footer is part of what a visitor sees on the contact page).
    fn element_text(&self, page: &Page, omit: &Omit) -> String {
        let mut text = self.own_text(page, omit);
        for block in &page.content.blocks {
            let link_dense = block.link_chars * 10 > block.text.chars().count() * 5;
            if (block.chrome || self.template.contains(&block_key(&block.text))) && !link_dense {
                text.push('\n');
                text.push_str(&block.text);
            }
        }
        text
    }
}

/// Parts of a page left out of its text: blocks by index, and the `<title>`.
#[derive(Debug, Default)]
struct Omit {
    blocks: Vec<usize>,
    title: bool,
}

impl ItemRules {
    /// The item's code anywhere in a long text (hub pages list codes mid-line).
    fn has_code_anywhere(&self, key: &str) -> bool {
        self.has_code(key)
            || key.match_indices('o').any(|(i, _)| {
                i > 0 && self.has_code(&key[i..]) && !key.as_bytes()[i - 1].is_ascii_alphanumeric()
            })
    }
}

/// How a candidate fared.
#[derive(Debug, Clone)]
enum Outcome {
    /// Passes; `unverified` lists what the text could not show.
    Pass { unverified: Vec<String> },
    /// Fails for a reason that makes the item "no".
    Fail {
        code: &'static str,
        reason: String,
        missing: Vec<String>,
    },
    /// Could not be read; the item may be "unknown".
    Unreadable { code: &'static str, reason: String },
}

#[derive(Debug, Clone)]
struct Candidate {
    evidence: Evidence,
    outcome: Outcome,
    /// Names of the elements found, for combining candidates that each show part of an item.
    found_names: Vec<String>,
    /// 3 = page text, 2 = on-site document, 1 = off-site or placeholder.
    weight: u8,
    /// Judged on text that OCR read from a scan: what it fails to show may still be there.
    ocr: bool,
}

impl Candidate {
    /// A candidate judged without looking at its elements (dead, unreadable, off-site).
    fn without_elements(evidence: Evidence, outcome: Outcome, weight: u8) -> Candidate {
        Candidate {
            evidence,
            outcome,
            found_names: vec![],
            weight,
            ocr: false,
        }
    }

    /// A link that can only explain a "no" (a placeholder, another host).
    fn failed(evidence: Evidence, code: &'static str, reason: String) -> Candidate {
        let outcome = Outcome::Fail {
            code,
            reason,
            missing: vec![],
        };
        Candidate::without_elements(evidence, outcome, 1)
    }
}

/// Evaluates every item of `checklist` against `snapshot` for fiscal year `fiscal_year`.
pub fn evaluate(
    checklist: &Checklist,
    rules: &Rules,
    snapshot: &SiteSnapshot,
    fiscal_year: u16,
) -> Vec<ItemResult> {
    let index = SiteIndex::build(snapshot, rules);
    checklist
        .items
        .iter()
        .zip(&rules.items)
        .map(|(item, item_rules)| {
            let candidates = gather(item_rules, rules, snapshot, &index, fiscal_year, item.year);
            decide(checklist, item, candidates, snapshot, fiscal_year)
        })
        .collect()
}

fn gather(
    item: &ItemRules,
    rules: &Rules,
    snapshot: &SiteSnapshot,
    index: &SiteIndex<'_>,
    fiscal_year: u16,
    year_rule: years::YearRule,
) -> Vec<Candidate> {
    let mut candidates = Vec::new();
    let mut seen_links: HashSet<String> = HashSet::new();
    for (page_index, page) in snapshot.pages.iter().enumerate() {
        // 1. the page itself
        if !index.hubs.contains(&page_index) {
            let inbound = index
                .inbound
                .get(page.url.as_str())
                .map(Vec::as_slice)
                .unwrap_or(&[]);
            let names = index.names(page, inbound);
            let mut hits: Vec<String> = Vec::new();
            for name in &names {
                let key = thai::match_key(name);
                hits.extend(item.keyword_hits(&key).into_iter().map(str::to_string));
                if item.has_code(&key) {
                    hits.push(name.to_string());
                }
            }
            if !hits.is_empty() || item.url_hit(&page.url) {
                hits.sort();
                hits.dedup();
                candidates.push(judge_page(
                    item,
                    rules,
                    page,
                    index,
                    hits,
                    fiscal_year,
                    year_rule,
                    inbound,
                    snapshot,
                ));
            }
        }
        // 2. links from the page to documents, other hosts and nowhere
        for link in &page.content.links {
            if link.chrome
                && link
                    .url
                    .as_ref()
                    .is_some_and(|u| ContentKind::from_url(u).is_none_or(|k| !k.is_document()))
            {
                continue;
            }
            let stem = link.url.as_ref().map(file_stem).unwrap_or_default();
            let own_key = thai::match_key(&format!("{} {}", link.text, stem));
            let heading_key = link
                .heading
                .as_deref()
                .map(thai::match_key)
                .unwrap_or_default();
            let block = page
                .content
                .blocks
                .get(link.block)
                .map(|b| b.text.as_str())
                .unwrap_or("");
            let block_key = thai::match_key(block);
            let heading_names_item =
                !item.keyword_hits(&heading_key).is_empty() || item.has_code(&heading_key);
            let mut hits: Vec<String> = item
                .keyword_hits(&own_key)
                .into_iter()
                .map(str::to_string)
                .collect();
            if item.has_code(&own_key) || item.has_code(&thai::match_key(&stem)) {
                hits.push(link.text.clone());
            }
            let block_names_item = block.chars().count() < 300
                && (!item.keyword_hits(&block_key).is_empty() || item.has_code(&block_key));
            if hits.is_empty()
                && (heading_names_item || block_names_item)
                && generic_link_text(&link.text, &stem, rules)
            {
                hits.push(if heading_names_item {
                    link.heading.clone().unwrap_or_default()
                } else {
                    block.to_string()
                });
            }
            let url_hit = link.url.as_ref().is_some_and(|u| item.url_hit(u));
            if hits.is_empty() && !url_hit {
                continue;
            }
            let mut context = format!("{}\n{}\n{}", link.text, stem, block);
            if heading_names_item {
                context.push('\n');
                context.push_str(link.heading.as_deref().unwrap_or(""));
            }
            let identity = format!(
                "{}|{}",
                link.url.as_ref().map(Url::as_str).unwrap_or(&link.href),
                page.url
            );
            if !seen_links.insert(identity) {
                continue;
            }
            if let Some(candidate) = judge_link(
                item,
                rules,
                snapshot,
                page,
                link,
                &context,
                hits,
                fiscal_year,
                year_rule,
            ) {
                candidates.push(candidate);
            }
        }
    }
    candidates
}

/// Link text that says nothing by itself ("ดาวน์โหลด", "คลิก", "รายละเอียด", an icon) and so
/// borrows its meaning from the heading or row around it.
fn generic_link_text(text: &str, stem: &str, rules: &Rules) -> bool {
    let key = thai::match_key(text);
    let stem_key = thai::match_key(stem);
    key.chars().count() <= 20
        && !rules.is_hub_text(&key)
        && rules.items_matching(&key, None).is_empty()
        && rules.items_matching(&stem_key, None).is_empty()
}

struct ElementReport {
    found: Vec<String>,
    missing: Vec<String>,
    matched: Vec<String>,
}

/// The match keys of a candidate's texts, one for each [`LookIn`] an element can name.
struct ElementTexts {
    page: String,
    content: String,
    title: String,
}

impl ElementTexts {
    /// The same key for every place (a document, or link text standing in for one).
    fn uniform(key: String) -> ElementTexts {
        ElementTexts {
            page: key.clone(),
            content: key.clone(),
            title: key,
        }
    }

    fn get(&self, look_in: LookIn) -> &str {
        match look_in {
            LookIn::Page => &self.page,
            LookIn::Content => &self.content,
            LookIn::Title => &self.title,
        }
    }
}

fn check_elements(item: &ItemRules, texts: &ElementTexts, page: Option<&Page>) -> ElementReport {
    let mut report = ElementReport {
        found: Vec::new(),
        missing: Vec::new(),
        matched: Vec::new(),
    };
    for element in &item.elements {
        let key = texts.get(element.look_in);
        if !element.applies(&texts.page)
            || element.passes(key, page.map(|p| &p.content), &mut report.matched)
        {
            report.found.push(element.name.clone())
        } else {
            report.missing.push(element.name.clone())
        }
    }
    report
}

fn rejected(item: &ItemRules, text_key: &str) -> Option<String> {
    item.reject
        .iter()
        .find(|(phrases, min_count, _)| {
            let count: usize = phrases
                .iter()
                .map(|p| text_key.matches(p.key.as_str()).count())
                .sum();
            count >= *min_count && phrases.iter().any(|p| contains_phrase(text_key, &p.key))
        })
        .map(|(_, _, reason)| reason.clone())
}

fn placeholder_hit(rules: &Rules, own_key: &str) -> Option<String> {
    rules
        .placeholders
        .iter()
        .find(|p| contains_phrase(own_key, &p.key))
        .map(|p| p.text.clone())
}

fn year_text(check: &YearCheck) -> String {
    match check {
        YearCheck::NotRequired => String::new(),
        YearCheck::Found(text) => text.clone(),
        YearCheck::Wrong { required, found } => format!(
            "ปีงบประมาณ {required} (found only {})",
            found
                .iter()
                .map(u16::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        ),
        YearCheck::Missing { required } => format!("ปีงบประมาณ {required}"),
    }
}

#[allow(clippy::too_many_arguments)]
fn judge_page(
    item: &ItemRules,
    rules: &Rules,
    page: &Page,
    index: &SiteIndex<'_>,
    hits: Vec<String>,
    fiscal_year: u16,
    year_rule: years::YearRule,
    inbound: &[(String, &Page)],
    snapshot: &SiteSnapshot,
) -> Candidate {
    // Links to documents that were read are candidates of their own and are judged on their
    // content: their link text must not lend the page a year or an element the document lacks.
    let read_document = |l: &crate::extract::html::Link| {
        l.url
            .as_ref()
            .is_some_and(|u| matches!(snapshot.document(u), Some(Ok(_))))
    };
    // Left out of the page's text for elements and year: a heading whose section is only links
    // to such documents ("หน้าที่และอำนาจ" over a link to the whole act), since what it names is in
    // the documents; and the title and headings when they only restate the item's title ("O26
    // รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรม… ปีงบประมาณ พ.ศ. 2568" over a page that says "-"),
    // since naming the item is not showing it, and the year in such a label is the webmaster's.
    let restates = |label: &str| {
        !item.title_stem.is_empty() && thai::match_key(label).contains(&item.title_stem)
    };
    let mut omit = Omit {
        blocks: delegating_headings(page, &read_document),
        title: restates(&page.content.title),
    };
    omit.blocks.extend(
        page.content
            .blocks
            .iter()
            .enumerate()
            .filter(|(_, b)| {
                !b.chrome && page.content.headings.contains(&b.text) && restates(&b.text)
            })
            .map(|(i, _)| i),
    );
    // So is a link to another host ("รายงานผล… (Google Drive)"): it is judged, as external_only,
    // on its own, and its text is not content of this page.
    let judged_apart = |l: &crate::extract::html::Link| {
        read_document(l) || l.url.as_ref().is_some_and(|u| !snapshot.scope.contains(u))
    };
    let without_linked_evidence = |mut text: String| {
        for link in page
            .content
            .links
            .iter()
            .filter(|l| judged_apart(l) && !l.text.trim().is_empty())
        {
            text = text.replace(link.text.trim(), " ");
        }
        text
    };
    let own = index.own_text(page, &Omit::default());
    let own_key = thai::match_key(&own);
    // the page's own body (never its title), and the text for elements and year
    let body = without_linked_evidence(index.own_text(
        page,
        &Omit {
            blocks: omit.blocks.clone(),
            title: true,
        },
    ));
    let own_for_year = if omit.title {
        body.clone()
    } else {
        format!("{}\n{body}", page.content.title)
    };
    let names = index.names(page, inbound).join("\n");
    let texts = ElementTexts {
        page: thai::match_key(&without_linked_evidence(index.element_text(page, &omit))),
        content: thai::match_key(&own_for_year),
        title: thai::match_key(&names),
    };
    let report = check_elements(item, &texts, Some(page));
    let mut matched = hits.clone();
    matched.extend(report.matched.iter().cloned());
    let linked_from = inbound
        .first()
        .map(|(text, from)| (text.clone(), from.url.to_string()));
    let mut evidence = Evidence {
        url: page.url.to_string(),
        found_on: linked_from.as_ref().map(|(_, from)| from.clone()),
        link_text: linked_from.map(|(text, _)| text),
        matched,
        basis: Basis::PageText,
        note: None,
    };
    // A page that links to unread documents about this item may hold the missing parts in them.
    let has_item_documents = page.content.links.iter().any(|l| {
        l.url
            .as_ref()
            .is_some_and(|u| ContentKind::from_url(u).is_some_and(ContentKind::is_document))
            && !read_document(l)
            && (!item.keyword_hits(&thai::match_key(&l.text)).is_empty()
                || item.has_code(&thai::match_key(&l.text)))
    });
    let content_len = thai::match_key(&body).chars().count();
    // What the page says besides its title, headings and placeholder phrases: a table of
    // complaints "อยู่ระหว่างดำเนินการ" has plenty; a page that is only "อยู่ระหว่างดำเนินการ" has none.
    let mut bare = own_key.replace(&thai::match_key(&page.content.title), "");
    for heading in &page.content.headings {
        bare = bare.replace(&thai::match_key(heading), "");
    }
    // A table whose only rows say "ไม่มีข้อมูล" publishes its column headings and nothing else; in
    // a table with data, "อยู่ระหว่างดำเนินการ" is a column or a status, not what the page says of itself.
    let mut statement_key = own_key.clone();
    for table in &page.content.tables {
        let empty = placeholder_only_table(rules, table);
        for cell in table.header.iter().chain(&table.rows).flatten() {
            let cell_key = thai::match_key(cell);
            if cell_key.is_empty() {
                continue;
            }
            if empty {
                bare = bare.replace(&cell_key, "");
            } else if !table.rows.is_empty() {
                statement_key = statement_key.replace(&cell_key, "");
            }
        }
    }
    for phrase in &rules.placeholders {
        bare = bare.replace(&phrase.key, "");
    }
    let bare_len = bare.chars().count();
    // A page that is only a heading and links to documents is a container: the documents are the
    // evidence (and are judged as candidates of their own), not the heading that names the item.
    let document_links: Vec<&crate::extract::html::Link> = page
        .content
        .links
        .iter()
        .filter(|l| {
            !l.chrome
                && l.url
                    .as_ref()
                    .is_some_and(|u| is_document_link(snapshot, u))
        })
        .collect();
    let mut without_links = bare.clone();
    for link in &page.content.links {
        let key = thai::match_key(&link.text);
        if !key.is_empty() {
            without_links = without_links.replace(&key, "");
        }
    }
    let container = !document_links.is_empty() && without_links.chars().count() < 120;
    let found_names = report.found.clone();
    let outcome = if let Some(phrase) =
        placeholder_hit(rules, &statement_key).filter(|_| bare_len < 150)
    {
        Outcome::Fail {
            code: "placeholder",
            reason: format!("the page says \"{phrase}\" instead of publishing the information"),
            missing: vec![],
        }
    } else if let Some((code, scheme)) = rules.lookalike_code(&own_key) {
        lookalike(&code, scheme, "the page")
    } else if container {
        Outcome::Fail {
                code: "container",
                reason: "the page only names the item and links to documents; the documents are judged instead".into(),
                missing: vec![],
            }
    } else if content_len < 20
        && page.content.images == 0
        && !has_item_documents
        && page.content.forms.is_empty()
    {
        Outcome::Fail {
            code: "empty_page",
            reason: "the page has no content of its own".into(),
            missing: vec![],
        }
    } else if let Some(reason) = rejected(item, &own_key) {
        Outcome::Fail {
            code: "rejected",
            reason,
            missing: vec![],
        }
    } else {
        let year = years::check(year_rule, fiscal_year, &own_for_year);
        let mut unverified = Vec::new();
        let mut missing = report.missing.clone();
        if item.machine_readable == MachineReadable::Table && !has_data_table(rules, page) {
            missing.push(TABLE_DATA.into());
        }
        if has_item_documents && !missing.is_empty() {
            unverified.append(&mut missing);
        }
        if let YearCheck::Found(text) = &year {
            evidence.matched.push(text.clone());
        }
        match year {
            YearCheck::Wrong { .. } => Outcome::Fail {
                code: "wrong_year",
                reason: format!("the page is for another year: {}", year_text(&year)),
                missing: [vec![year_text(&year)], missing].concat(),
            },
            YearCheck::Missing { .. } if has_item_documents => {
                unverified.push(year_text(&year));
                if missing.is_empty() {
                    Outcome::Pass { unverified }
                } else {
                    elements_missing(missing)
                }
            }
            YearCheck::Missing { .. } => Outcome::Fail {
                code: "year_missing",
                reason: format!(
                    "the page does not say which year it covers ({} required)",
                    year_text(&year)
                ),
                missing: [vec![year_text(&year)], missing].concat(),
            },
            // a page that shows itself as a picture (an infographic of the service steps): what
            // its text lacks may be drawn in the image, which oitcheck cannot read
            _ if !missing.is_empty() && page.content.images > 0 && content_len < 100 => {
                Outcome::Unreadable {
                    code: "image_only",
                    reason: format!(
                        "{} shows its content as an image, which oitcheck cannot read; check by eye that it shows: {}",
                        page.url,
                        missing.join("; ")
                    ),
                }
            }
            _ if !missing.is_empty() => elements_missing(missing),
            _ => Outcome::Pass { unverified },
        }
    };
    if let Outcome::Pass { unverified } = &outcome
        && !unverified.is_empty()
    {
        evidence.note = Some(
            "parts of this item are in documents linked from the page that oitcheck could not read"
                .into(),
        );
    }
    Candidate {
        evidence,
        outcome,
        found_names,
        weight: 3,
        ocr: false,
    }
}

/// The blocks of `page` that are headings whose section (the blocks up to the next heading) holds
/// nothing but links to documents that `is_read_document` accepts.
fn delegating_headings(
    page: &Page,
    is_read_document: &dyn Fn(&crate::extract::html::Link) -> bool,
) -> Vec<usize> {
    let blocks = &page.content.blocks;
    let is_heading =
        |i: usize| !blocks[i].chrome && page.content.headings.iter().any(|h| *h == blocks[i].text);
    let mut delegated = Vec::new();
    for start in (0..blocks.len()).filter(|i| is_heading(*i)) {
        let end = (start + 1..blocks.len())
            .find(|i| is_heading(*i))
            .unwrap_or(blocks.len());
        let links: Vec<&crate::extract::html::Link> = page
            .content
            .links
            .iter()
            .filter(|l| !l.chrome && (start + 1..end).contains(&l.block))
            .collect();
        if links.is_empty() || !links.iter().all(|l| is_read_document(l)) {
            continue;
        }
        let mut body: String = blocks[start + 1..end]
            .iter()
            .filter(|b| !b.chrome)
            .map(|b| thai::match_key(&b.text))
            .collect();
        for link in &links {
            body = body.replace(&thai::match_key(&link.text), "");
        }
        if body.chars().filter(|c| c.is_alphanumeric()).count() < 10 {
            delegated.push(start);
        }
    }
    delegated
}

/// What a `machine_readable: table` item lacks when its data is not in a table.
const TABLE_DATA: &str = "machine-readable table (XLSX, CSV or a table on the page)";

/// Whether `page` has a table with rows of data (not only "ไม่มีข้อมูล").
fn has_data_table(rules: &Rules, page: &Page) -> bool {
    page.content
        .tables
        .iter()
        .any(|t| !t.rows.is_empty() && !placeholder_only_table(rules, t))
}

/// Whether every data row of `table` is empty or only a placeholder phrase ("ไม่มีข้อมูล").
fn placeholder_only_table(rules: &Rules, table: &crate::extract::html::Table) -> bool {
    let mut saw_placeholder = false;
    for row in &table.rows {
        let mut key = thai::match_key(&row.join(" "));
        for phrase in &rules.placeholders {
            if key.contains(&phrase.key) {
                saw_placeholder = true;
                key = key.replace(&phrase.key, "");
            }
        }
        if key.chars().any(char::is_alphanumeric) {
            return false;
        }
    }
    saw_placeholder
}

/// The outcome for a candidate that publishes for another assessment scheme.
fn lookalike(code: &str, scheme: &str, what: &str) -> Outcome {
    Outcome::Fail {
        code: "lookalike_scheme",
        reason: format!(
            "{what} publishes for another scheme ({scheme}: {code}), not for this checklist's items"
        ),
        missing: vec![],
    }
}

fn elements_missing(missing: Vec<String>) -> Outcome {
    Outcome::Fail {
        code: "missing_element",
        reason: format!("missing: {}", missing.join("; ")),
        missing,
    }
}

#[allow(clippy::too_many_arguments)]
fn judge_link(
    item: &ItemRules,
    rules: &Rules,
    snapshot: &SiteSnapshot,
    page: &Page,
    link: &crate::extract::html::Link,
    context: &str,
    hits: Vec<String>,
    fiscal_year: u16,
    year_rule: years::YearRule,
) -> Option<Candidate> {
    let link_text = crate::thai::squash_spaces(&link.text);
    let evidence = Evidence {
        url: link
            .url
            .as_ref()
            .map(|u| u.to_string())
            .unwrap_or_else(|| link.href.clone()),
        found_on: Some(page.url.to_string()),
        link_text: (!link_text.is_empty()).then_some(link_text),
        matched: hits,
        basis: Basis::LinkText,
        note: None,
    };
    let Some(url) = &link.url else {
        let reason = format!(
            "the link for this item on {} is a placeholder (`{}`) that leads nowhere",
            page.url, link.href
        );
        return Some(Candidate::failed(evidence, "placeholder_link", reason));
    };
    let on_site = snapshot.scope.contains(url);
    if !on_site {
        let host = url.host_str().unwrap_or("").to_string();
        let reason =
            format!("the evidence is on another host ({host}), not on the agency's own website");
        return Some(Candidate::failed(evidence, "external_only", reason));
    }
    if let Some((code, scheme)) = rules.lookalike_code(&thai::match_key(context)) {
        return Some(Candidate::without_elements(
            evidence,
            lookalike(&code, scheme, "the link"),
            2,
        ));
    }
    let predicted = ContentKind::from_url(url);
    let state = snapshot.state(url);
    // Links to on-site HTML pages are judged as pages (via their inbound link text).
    let is_document = match state {
        Some(UrlState::Fetched { kind, .. }) => {
            kind.is_document() || predicted.is_some_and(ContentKind::is_document)
        }
        _ => {
            predicted.is_some_and(ContentKind::is_document)
                || matches!(link.source, LinkSource::Embed | LinkSource::Object)
        }
    };
    if !is_document {
        return match state {
            Some(UrlState::Fetched { status, .. }) if *status >= 400 => {
                Some(dead(evidence, *status))
            }
            Some(UrlState::Failed { reason, detail }) => {
                Some(unreadable(evidence, *reason, detail))
            }
            Some(UrlState::NotFetched { reason }) => {
                Some(unreadable(evidence, *reason, "not fetched"))
            }
            _ => None,
        };
    }
    let outcome_for_state = match state {
        Some(UrlState::Fetched { status, kind, .. }) => {
            if *status >= 400 {
                return Some(dead(evidence, *status));
            }
            if *kind == ContentKind::Html {
                Some(Outcome::Fail {
                    code: "not_a_document",
                    reason: format!(
                        "{url} is linked as a document but the server answers with a web page (often a disguised \"not found\")"
                    ),
                    missing: vec![],
                })
            } else {
                None
            }
        }
        Some(UrlState::Failed { reason, detail }) => {
            return Some(unreadable(evidence, *reason, detail));
        }
        Some(UrlState::NotFetched { reason }) => {
            return Some(unreadable(evidence, *reason, "not fetched"));
        }
        None => {
            return Some(unreadable(
                evidence,
                FailureReason::BudgetExhausted,
                "not fetched",
            ));
        }
    };
    if let Some(outcome) = outcome_for_state {
        return Some(Candidate::without_elements(evidence, outcome, 2));
    }
    match snapshot.document(url) {
        // read by OCR or not, a scan is not machine-readable data
        Some(Err(DocumentError::NeedsOcr)) | Some(Ok(DocumentText { ocr: true, .. }))
            if item.machine_readable != MachineReadable::Any =>
        {
            Some(Candidate::without_elements(
                evidence,
                Outcome::Fail {
                    code: "not_machine_readable",
                    reason: format!(
                        "{url} is a scanned image; this item needs machine-readable data (text or a table such as XLSX/CSV)"
                    ),
                    missing: vec![
                        "machine-readable data (text or a table, not a scanned image)".into(),
                    ],
                },
                2,
            ))
        }
        Some(Ok(text)) if item.machine_readable == MachineReadable::Table && !text.tabular => {
            Some(Candidate::without_elements(
                evidence,
                Outcome::Fail {
                    code: "not_machine_readable",
                    reason: format!(
                        "{url} is not a table (read with {}); this item needs its data as a table: XLSX, CSV or a table on a web page",
                        text.extractor
                    ),
                    missing: vec![TABLE_DATA.into()],
                },
                2,
            ))
        }
        Some(Ok(text)) => Some(judge_document_text(
            item,
            evidence,
            context,
            &format!("{}\n{}", link.text, file_stem(url)),
            text,
            fiscal_year,
            year_rule,
        )),
        Some(Err(error)) if !matches!(error, DocumentError::Unsupported(_)) => {
            Some(Candidate::without_elements(
                evidence,
                Outcome::Unreadable {
                    code: error.code(),
                    reason: format!(
                        "{} could not be read ({}): {}",
                        url,
                        error.code(),
                        error.detail()
                    ),
                },
                2,
            ))
        }
        _ => Some(judge_by_link_text(
            item,
            evidence,
            context,
            fiscal_year,
            year_rule,
        )),
    }
}

/// Judges a document whose text was read: elements and year on its content (and the link around
/// it), naming the page or sheet that shows each.
/// `name` is what the link calls the document (link text and file name).
fn judge_document_text(
    item: &ItemRules,
    mut evidence: Evidence,
    context: &str,
    name: &str,
    text: &DocumentText,
    fiscal_year: u16,
    year_rule: years::YearRule,
) -> Candidate {
    let content = text.full_text();
    // Elements are looked for in the document and what its link calls it, not in the row or
    // heading around the link: that restates the item's name ("แผนและความก้าวหน้า…") whatever the
    // document holds. Word-exported PDFs lose the nikhahit (ประจำปี → ประจาปี): the fold key is
    // appended so that phrase-length element phrases still match (Phrase::found_in).
    let both = format!("{name}\n{content}");
    let key = format!("{}\n{}", thai::match_key(&both), thai::fold_key(&both));
    // What names the document: the link to it and its opening lines (its title).
    let opening: String = content
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(3)
        .collect::<Vec<_>>()
        .join("\n")
        .chars()
        .take(200)
        .collect();
    let title = format!("{name}\n{opening}");
    let texts = ElementTexts {
        page: key.clone(),
        content: key.clone(),
        title: format!("{}\n{}", thai::match_key(&title), thai::fold_key(&title)),
    };
    let report = check_elements(item, &texts, None);
    for phrase in report.matched.iter().take(6) {
        let located = text
            .part_with(&thai::match_key(phrase))
            .map(|part| format!("{phrase} ({part})"))
            .unwrap_or_else(|| phrase.clone());
        evidence.matched.push(located);
    }
    evidence.basis = Basis::DocumentText;
    let mut note = format!("read with {}", text.extractor);
    if text.ocr {
        note.push_str("; text from OCR: years in Thai digits may be misread");
    }
    evidence.note = Some(note);
    let found_names = report.found.clone();
    // The document's own years decide; the link text only when the document names none.
    let mut year = years::check(year_rule, fiscal_year, &content);
    if matches!(year, YearCheck::Missing { .. }) {
        year = years::check(year_rule, fiscal_year, context);
    }
    let outcome = if let Some(reason) = rejected(item, &key) {
        Outcome::Fail {
            code: "rejected",
            reason,
            missing: vec![],
        }
    } else {
        match &year {
            YearCheck::Wrong { .. } => Outcome::Fail {
                code: "wrong_year",
                reason: format!(
                    "the document's content is for another year: {}",
                    year_text(&year)
                ),
                missing: [vec![year_text(&year)], report.missing.clone()].concat(),
            },
            YearCheck::Missing { .. } => Outcome::Fail {
                code: "year_missing",
                reason: format!(
                    "the document does not say which year it covers ({} required)",
                    year_text(&year)
                ),
                missing: [vec![year_text(&year)], report.missing.clone()].concat(),
            },
            YearCheck::Found(found_text) => {
                let located = text
                    .part_with(&thai::match_key(found_text))
                    .map(|part| format!("{found_text} ({part})"))
                    .unwrap_or_else(|| found_text.clone());
                evidence.matched.push(located);
                // OCR misreads Thai digits: a year seen only in them needs a human check
                let mut unverified = vec![];
                if text.ocr && years::rests_on_thai_digits(year_rule, fiscal_year, &content) {
                    unverified.push(format!("the year «{found_text}», read by OCR from Thai digits, which OCR often misreads: check it in the document"));
                }
                if report.missing.is_empty() {
                    Outcome::Pass { unverified }
                } else {
                    elements_missing(report.missing.clone())
                }
            }
            YearCheck::NotRequired => {
                if report.missing.is_empty() {
                    Outcome::Pass { unverified: vec![] }
                } else {
                    elements_missing(report.missing.clone())
                }
            }
        }
    };
    Candidate {
        evidence,
        outcome,
        found_names,
        weight: 3,
        ocr: text.ocr,
    }
}

/// Judges a document that could not be read as text (an old .doc): link text, file name and
/// surroundings only; what they cannot show is unverified.
fn judge_by_link_text(
    item: &ItemRules,
    mut evidence: Evidence,
    context: &str,
    fiscal_year: u16,
    year_rule: years::YearRule,
) -> Candidate {
    let key = thai::match_key(context);
    let report = check_elements(item, &ElementTexts::uniform(key.clone()), None);
    evidence.matched.extend(report.matched.iter().cloned());
    let found_names = report.found.clone();
    evidence.note = Some("judged by link text, file name and the page around the link; the document's content could not be read".into());
    let outcome = if let Some(reason) = rejected(item, &key) {
        Outcome::Fail {
            code: "rejected",
            reason,
            missing: vec![],
        }
    } else {
        let year = years::check(year_rule, fiscal_year, context);
        let mut unverified = report.missing.clone();
        match &year {
            YearCheck::Wrong { .. } => {
                return Candidate {
                    outcome: Outcome::Fail {
                        code: "wrong_year",
                        reason: format!("the document is for another year: {}", year_text(&year)),
                        missing: vec![year_text(&year)],
                    },
                    evidence,
                    found_names,
                    weight: 2,
                    ocr: false,
                };
            }
            YearCheck::Found(text) => evidence.matched.push(text.clone()),
            YearCheck::Missing { .. } => unverified.push(year_text(&year)),
            YearCheck::NotRequired => {}
        }
        Outcome::Pass { unverified }
    };
    Candidate {
        evidence,
        outcome,
        found_names,
        weight: 2,
        ocr: false,
    }
}

/// A link that answered with an error status: a dead link (404, 410, other 4xx) is "no"; a server
/// error, a rate limit or a block says nothing about the page and is "unknown".
fn dead(evidence: Evidence, status: u16) -> Candidate {
    let unreadable_code = match status {
        429 => Some("rate_limited"),
        401 | 403 => Some("blocked"),
        408 | 500..=599 => Some("server_error"),
        _ => None,
    };
    let outcome = match unreadable_code {
        Some(code) => Outcome::Unreadable {
            code,
            reason: format!(
                "{} answers HTTP {status} ({code}); try again later",
                evidence.url
            ),
        },
        None => Outcome::Fail {
            code: if status == 404 || status == 410 {
                "http_404"
            } else {
                "http_error"
            },
            reason: format!("the link {} answers HTTP {status}", evidence.url),
            missing: vec![],
        },
    };
    Candidate::without_elements(evidence, outcome, 2)
}

fn unreadable(evidence: Evidence, reason: FailureReason, detail: &str) -> Candidate {
    let outcome = Outcome::Unreadable {
        code: reason.as_str(),
        reason: format!(
            "{} could not be read ({}): {detail}",
            evidence.url,
            reason.as_str()
        ),
    };
    Candidate::without_elements(evidence, outcome, 2)
}

/// Whether `url` is a document: by what the server sent, else by its extension.
fn is_document_link(snapshot: &SiteSnapshot, url: &Url) -> bool {
    match snapshot.state(url) {
        Some(UrlState::Fetched { kind, .. })
            if *kind != ContentKind::Html && *kind != ContentKind::Other =>
        {
            kind.is_document()
        }
        _ => ContentKind::from_url(url).is_some_and(ContentKind::is_document),
    }
}

/// Candidates that each lack only some elements (nothing rejected) but together show all of
/// them, as an assessor reads the several URLs an agency submits for one item. A part of the
/// right year may give any element; a part of another year only standing ones (the regulations
/// behind this year's plan), and at least one part must be of the right year. Greedy: the part
/// adding most elements first.
fn combine<'a>(
    item: &crate::checklist::Item,
    candidates: &'a [Candidate],
) -> Option<Vec<&'a Candidate>> {
    let standing: HashSet<&str> = item
        .elements
        .iter()
        .filter(|e| e.standing)
        .map(|e| e.name.as_str())
        .collect();
    // (candidate, the elements it may give, whether it is of the right year)
    let parts: Vec<(&Candidate, Vec<&str>, bool)> = candidates
        .iter()
        .filter_map(|c| {
            let Outcome::Fail { code, .. } = &c.outcome else {
                return None;
            };
            let right_year = *code == "missing_element";
            if !right_year && *code != "wrong_year" && *code != "year_missing" {
                return None;
            }
            let gives: Vec<&str> = c
                .found_names
                .iter()
                .map(String::as_str)
                .filter(|n| right_year || standing.contains(n))
                .collect();
            (!gives.is_empty()).then_some((c, gives, right_year))
        })
        .collect();
    let mut missing: HashSet<&str> = item.elements.iter().map(|e| e.name.as_str()).collect();
    if parts.len() < 2 || missing.is_empty() {
        return None;
    }
    let mut chosen: Vec<&(&Candidate, Vec<&str>, bool)> = Vec::new();
    while !missing.is_empty() {
        let best = parts
            .iter()
            .filter(|p| !chosen.iter().any(|q| std::ptr::eq(*q, *p)))
            .max_by_key(|(c, gives, right_year)| {
                (
                    gives.iter().filter(|n| missing.contains(*n)).count(),
                    *right_year,
                    c.weight,
                )
            })?;
        let adds: Vec<&str> = best
            .1
            .iter()
            .copied()
            .filter(|n| missing.contains(n))
            .collect();
        if adds.is_empty() {
            return None;
        }
        for name in adds {
            missing.remove(name);
        }
        chosen.push(best);
    }
    if chosen.len() < 2 || !chosen.iter().any(|(_, _, right_year)| *right_year) {
        return None;
    }
    Some(chosen.into_iter().map(|(c, _, _)| *c).collect())
}

fn decide(
    checklist: &Checklist,
    item: &crate::checklist::Item,
    mut candidates: Vec<Candidate>,
    snapshot: &SiteSnapshot,
    fiscal_year: u16,
) -> ItemResult {
    let indicator = checklist
        .indicator_of(&item.sub_indicator)
        .map(|i| i.id.clone())
        .unwrap_or_default();
    let mut result = ItemResult {
        id: item.id.clone(),
        title: Checklist::render(&item.title_th, fiscal_year),
        title_en: Checklist::render(&item.title_en, fiscal_year),
        sub_indicator: item.sub_indicator.clone(),
        indicator,
        answer: Answer::No,
        reason: String::new(),
        reason_code: None,
        evidence: Vec::new(),
        missing: Vec::new(),
        unverified: Vec::new(),
        warnings: Vec::new(),
        advice: Checklist::render(
            if item.advice_th.is_empty() {
                &item.advice_en
            } else {
                &item.advice_th
            },
            fiscal_year,
        ),
    };
    // Strongest first: page text over documents over the rest; fewer unverified parts first.
    candidates.sort_by_key(|c| {
        let unverified = match &c.outcome {
            Outcome::Pass { unverified } => unverified.len(),
            _ => usize::MAX,
        };
        (
            std::cmp::Reverse(c.weight),
            unverified,
            std::cmp::Reverse(c.found_names.len()),
        )
    });
    let passing: Vec<&Candidate> = candidates
        .iter()
        .filter(|c| matches!(c.outcome, Outcome::Pass { .. }))
        .collect();
    let combined = if passing.is_empty() {
        combine(item, &candidates)
    } else {
        None
    };
    if let Some(parts) = combined {
        result.answer = Answer::Yes;
        result.reason = format!(
            "the elements are spread over {} pages or documents on the site, which together show all of them",
            parts.len()
        );
        result.evidence = parts.into_iter().map(|c| c.evidence.clone()).collect();
    } else if let Some(best) = passing.iter().min_by_key(|c| match &c.outcome {
        Outcome::Pass { unverified } => (unverified.len(), std::cmp::Reverse(c.weight)),
        _ => (usize::MAX, std::cmp::Reverse(0)),
    }) {
        result.answer = Answer::Yes;
        if let Outcome::Pass { unverified } = &best.outcome {
            result.unverified = unverified.clone();
        }
        result.reason = match (best.evidence.basis, result.unverified.is_empty()) {
            (Basis::PageText, true) => "every element is on the page".to_string(),
            (Basis::PageText, false) => format!(
                "found on the page; not verified: {}",
                result.unverified.join("; ")
            ),
            (Basis::LinkText, _) => {
                "a document on the site matches by its title; its content could not be read"
                    .to_string()
            }
            (Basis::DocumentText, _) => "every element is in the document".to_string(),
        };
        let mut evidence: Vec<Evidence> = vec![best.evidence.clone()];
        evidence.extend(
            passing
                .iter()
                .filter(|c| c.evidence.url != best.evidence.url)
                .take(2)
                .map(|c| c.evidence.clone()),
        );
        result.evidence = evidence;
    } else if let Some(unreadable) = candidates
        .iter()
        .find(|c| matches!(c.outcome, Outcome::Unreadable { .. }))
    {
        let Outcome::Unreadable { code, reason } = &unreadable.outcome else {
            unreachable!()
        };
        result.answer = Answer::Unknown;
        result.reason_code = Some(code.to_string());
        result.reason = reason.clone();
        result.evidence.push(unreadable.evidence.clone());
    } else if let Some(scan) = candidates
        .iter()
        .find(|c| c.ocr && matches!(&c.outcome, Outcome::Fail { code, .. } if *code != "rejected"))
    {
        // Text that OCR read from a scan can lack a word or a year that the scan shows (and
        // misreads Thai digits): what it fails to show is unknown, not absent.
        let Outcome::Fail { reason, .. } = &scan.outcome else {
            unreachable!()
        };
        result.answer = Answer::Unknown;
        result.reason_code = Some("ocr_uncertain".into());
        result.reason = format!(
            "{} is a scan read by OCR, and the OCR text does not show it all ({reason}); check the document by eye",
            scan.evidence.url
        );
        result.evidence.push(scan.evidence.clone());
    } else if let Some(best) = candidates
        .iter()
        .max_by_key(|c| (c.weight, c.found_names.len()))
    {
        let Outcome::Fail {
            code,
            reason,
            missing,
        } = &best.outcome
        else {
            unreachable!()
        };
        result.reason_code = Some(code.to_string());
        result.reason = reason.clone();
        result.missing = missing.clone();
        result.evidence.push(best.evidence.clone());
    } else if let (StopReason::StartFailed, Some(UrlState::Failed { reason, detail })) =
        (snapshot.stopped, snapshot.state(&snapshot.start))
    {
        // the start page's own failure (tls_invalid, private_address, dns_error, …) says more
        // than "the crawl stopped early"
        result.answer = Answer::Unknown;
        result.reason_code = Some(reason.as_str().to_string());
        result.reason = format!(
            "the start page could not be fetched ({}): {detail}",
            reason.as_str()
        );
    } else if let (StopReason::StartFailed, Some(UrlState::Fetched { status, .. })) =
        (snapshot.stopped, snapshot.state(&snapshot.start))
    {
        // the start page answered, but with an error: say which, not "rerun with a larger budget"
        let code = match status {
            429 => "rate_limited",
            401 | 403 => "blocked",
            408 | 500..=599 => "server_error",
            _ => "start_failed",
        };
        result.answer = Answer::Unknown;
        result.reason_code = Some(code.into());
        result.reason = format!(
            "the start page {} answers HTTP {status} ({code}), so nothing was crawled; check the URL, or try again later",
            snapshot.start
        );
    } else if snapshot.stopped == StopReason::RobotsDisallowed {
        result.answer = Answer::Unknown;
        result.reason_code = Some("robots_disallowed".into());
        result.reason = "robots.txt does not allow crawling this site; rerun with --ignore-robots if it is your own site".into();
    } else if snapshot.stopped != StopReason::Complete {
        result.answer = Answer::Unknown;
        result.reason_code = Some("budget_exhausted".into());
        result.reason = format!(
            "nothing found in the {} pages read, but the crawl stopped early ({}); rerun with a larger budget",
            snapshot.pages.len(),
            snapshot.stopped.as_str()
        );
    } else {
        result.reason_code = Some("not_found".into());
        result.reason = format!(
            "no page or document on the site names this item (searched {} pages)",
            snapshot.pages.len()
        );
    }
    for evidence in &mut result.evidence {
        let mut seen = HashSet::new();
        evidence.matched.retain(|m| seen.insert(thai::match_key(m)));
    }
    for candidate in &candidates {
        if let Outcome::Fail {
            code: "external_only",
            ..
        } = candidate.outcome
        {
            let warning = format!("also published off-site: {}", candidate.evidence.url);
            if !result.warnings.contains(&warning) && result.warnings.len() < 3 {
                result.warnings.push(warning);
            }
        }
    }
    result
}
