//! What an agency submitted, whatever it came from: per item, its answer (มี/ไม่มี, when it gave
//! one) and the URLs it gave. An answer sheet ([`super::sheet`]), the agency's own ITA page
//! ([`super::ita_page`]) and a saved scan or verification report all become a [`Submission`].

use serde::{Deserialize, Serialize};
use url::Url;

use crate::checklist::Checklist;
use crate::evaluate::Answer;
use crate::scan::ScanReport;

/// Where a submission came from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum SubmissionSource {
    /// An answer sheet (CSV, XLSX, YAML or JSON).
    Sheet {
        /// The file as given.
        file: String,
    },
    /// A saved `oitcheck scan` report: its evidence URLs, re-verified.
    ScanReport {
        /// The file as given.
        file: String,
    },
    /// A saved `oitcheck verify` report: the URLs it verified, verified again.
    VerifyReport {
        /// The file as given.
        file: String,
    },
    /// The agency's own ITA/OIT index page.
    ItaPage {
        /// The page given.
        url: Url,
        /// Every index page read (the page and the sub-index pages it links).
        pages: Vec<Url>,
    },
}

/// One URL (or placeholder link) given for an item.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SubmittedLink {
    /// As written (the sheet's text, or the link's `href`).
    pub written: String,
    /// The address; `None` for a placeholder that leads nowhere (`#`, `javascript:`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<Url>,
    /// The label of the link on an ITA page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// The ITA page the link stands on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub found_on: Option<Url>,
}

/// What was submitted for one item.
#[derive(Debug, Clone, PartialEq)]
pub struct SubmittedItem {
    /// The item (checklist order).
    pub item: usize,
    /// The answer given: `Some(true)` for มี, `Some(false)` for ไม่มี, `None` when none was.
    pub claimed: Option<bool>,
    /// The URLs given, in order, without repeats.
    pub links: Vec<SubmittedLink>,
    /// The note given with the answer.
    pub note: Option<String>,
    /// Where in the source it was given (`row 7`), for the reader.
    pub location: Option<String>,
    /// Things the reader should know about the submission itself (an older item number).
    pub flags: Vec<String>,
}

impl SubmittedItem {
    /// An item with nothing submitted yet.
    pub fn new(item: usize) -> SubmittedItem {
        SubmittedItem {
            item,
            claimed: None,
            links: Vec::new(),
            note: None,
            location: None,
            flags: Vec::new(),
        }
    }

    /// Adds `link` unless the same address (or placeholder) was already given.
    pub fn add_link(&mut self, link: SubmittedLink) {
        let same = |l: &SubmittedLink| match (&l.url, &link.url) {
            (Some(a), Some(b)) => a == b,
            (None, None) => l.written == link.written && l.found_on == link.found_on,
            _ => false,
        };
        if !self.links.iter().any(same) {
            self.links.push(link);
        }
    }
}

/// An agency's submission: what it gave for each item it listed (checklist order).
#[derive(Debug, Clone, PartialEq)]
pub struct Submission {
    /// Where it came from.
    pub source: SubmissionSource,
    /// The items listed, in checklist order, each once.
    pub items: Vec<SubmittedItem>,
}

impl Submission {
    /// What was given for item `i`, if it was listed.
    pub fn item(&self, i: usize) -> Option<&SubmittedItem> {
        self.items.iter().find(|s| s.item == i)
    }

    /// Merges items listed more than once (an item split over rows) and sorts them in checklist
    /// order: links are appended, a มี anywhere is มี, notes are joined.
    pub fn normalize(mut self) -> Submission {
        let mut merged: Vec<SubmittedItem> = Vec::new();
        for item in self.items.drain(..) {
            match merged.iter_mut().find(|m| m.item == item.item) {
                None => merged.push(item),
                Some(m) => {
                    for link in item.links {
                        m.add_link(link);
                    }
                    m.claimed = match (m.claimed, item.claimed) {
                        (Some(a), Some(b)) => Some(a || b),
                        (a, b) => a.or(b),
                    };
                    m.note = match (m.note.take(), item.note) {
                        (Some(a), Some(b)) if a != b => Some(format!("{a}; {b}")),
                        (a, b) => a.or(b),
                    };
                    for flag in item.flags {
                        if !m.flags.contains(&flag) {
                            m.flags.push(flag);
                        }
                    }
                }
            }
        }
        merged.sort_by_key(|m| m.item);
        self.items = merged;
        self
    }
}

/// The submission a saved scan report stands for: each item's evidence URLs (not its
/// placeholder links), with the scan's answer as the claim, so that evidence found once can be
/// checked again later. The report must be of `checklist`.
pub fn from_scan_report(
    report: &ScanReport,
    checklist: &Checklist,
    file: &str,
) -> Result<Submission, String> {
    if report.checklist.id != checklist.id {
        return Err(format!(
            "the report was made with checklist {}; verify it with --checklist {}",
            report.checklist.id, report.checklist.id
        ));
    }
    let mut items = Vec::new();
    for result in &report.items {
        let Some(i) = checklist.items.iter().position(|it| it.id == result.id) else {
            return Err(format!(
                "the report has item {}, which {} does not have",
                result.id, checklist.id
            ));
        };
        let mut item = SubmittedItem::new(i);
        item.claimed = match result.answer {
            Answer::Yes => Some(true),
            Answer::No => Some(false),
            Answer::Unknown => None,
        };
        for evidence in result.evidence.iter().filter(|e| e.href.is_none()) {
            item.add_link(SubmittedLink {
                written: evidence.url.to_string(),
                url: Some(evidence.url.clone()),
                label: None,
                found_on: None,
            });
        }
        items.push(item);
    }
    Ok(Submission {
        source: SubmissionSource::ScanReport {
            file: file.to_string(),
        },
        items,
    }
    .normalize())
}
