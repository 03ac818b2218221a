//! Two scans of a site compared ([`diff`] → [`ScanDiff`]): the items whose answer changed, the
//! evidence that disappeared between them (link rot: a page or file that made an item "yes" is no
//! longer its evidence), the evidence that appeared, and the score change. `oitcheck diff`
//! renders it; it serialises for programs.

use serde::{Deserialize, Serialize};
use url::Url;

use crate::evaluate::Answer;
use crate::reason::ReasonCode;
use crate::scan::ScanReport;

/// What changed between an older and a newer scan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScanDiff {
    /// The older scan's site and finish time.
    pub old: Side,
    /// The newer scan's site and finish time.
    pub new: Side,
    /// Things that make the comparison doubtful (another site, another checklist or year).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
    /// Items whose answer changed, in the newer scan's checklist order.
    pub changed: Vec<AnswerChange>,
    /// Evidence of the older scan that the newer one no longer has for the same item.
    pub lost: Vec<EvidenceChange>,
    /// Evidence of the newer scan that the older one did not have for the same item.
    pub gained: Vec<EvidenceChange>,
    /// Items of one scan that the other does not have (a changed checklist).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unmatched: Vec<String>,
}

/// One scan of the two.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Side {
    /// The start URL.
    pub site: Url,
    /// When the scan finished (UTC), when the report says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finished_at: Option<String>,
    /// The OIT score.
    pub oit: f64,
    /// Its rating.
    pub rating: String,
    /// The checklist id and fiscal year.
    pub checklist: String,
    /// The fiscal year assessed.
    pub fiscal_year: u16,
}

/// An item whose answer changed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AnswerChange {
    /// The item code.
    pub id: String,
    /// Its Thai title (newer scan).
    pub title: String,
    /// Its English title (newer scan).
    pub title_en: String,
    /// The older answer.
    pub old: Answer,
    /// The newer answer.
    pub new: Answer,
    /// The newer scan's reason code, for a no or an unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason_code: Option<ReasonCode>,
    /// The newer scan's reason.
    pub reason: String,
    /// The OIT points the change moved (positive when the item became yes).
    pub points: f64,
}

/// A piece of evidence that one of the scans has for an item and the other has not.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EvidenceChange {
    /// The item code.
    pub id: String,
    /// The page or document.
    pub url: Url,
    /// The page that linked it (in the scan that has it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub found_on: Option<Url>,
    /// The item's answer in the scan without it.
    pub answer: Answer,
    /// The item's reason code in the scan without it (`http_404` for a dead link), for a no
    /// or an unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason_code: Option<ReasonCode>,
}

impl ScanDiff {
    /// The change of the OIT score, newer minus older.
    pub fn score_change(&self) -> f64 {
        ((self.new.oit - self.old.oit) * 100.0).round() / 100.0
    }
}

fn side(report: &ScanReport) -> Side {
    Side {
        site: report.site.clone(),
        finished_at: report.crawl.finished_at.clone(),
        oit: report.score.oit,
        rating: report.score.rating.clone(),
        checklist: report.checklist.id.clone(),
        fiscal_year: report.checklist.fiscal_year,
    }
}

/// Compares an `old` scan with a `new` one of the same site.
pub fn diff(old: &ScanReport, new: &ScanReport) -> ScanDiff {
    let mut warnings = Vec::new();
    if old.site.host_str() != new.site.host_str() {
        warnings.push(format!(
            "the scans are of different sites ({} and {})",
            old.site, new.site
        ));
    }
    if old.checklist.id != new.checklist.id
        || old.checklist.fiscal_year != new.checklist.fiscal_year
    {
        warnings.push(format!(
            "the scans use different checklists or years ({} {} and {} {}): an item's answer may change with the checklist, not the site",
            old.checklist.id,
            old.checklist.fiscal_year,
            new.checklist.id,
            new.checklist.fiscal_year
        ));
    }
    let points = new.item_points();
    let mut changed = Vec::new();
    let mut lost = Vec::new();
    let mut gained = Vec::new();
    let mut unmatched = Vec::new();
    for item in &new.items {
        let Some(before) = old.items.iter().find(|i| i.id == item.id) else {
            unmatched.push(item.id.clone());
            continue;
        };
        if before.answer != item.answer {
            let worth = points.get(&item.id).copied().unwrap_or(0.0);
            let sign = match (before.answer, item.answer) {
                (Answer::Yes, _) => -1.0,
                (_, Answer::Yes) => 1.0,
                _ => 0.0,
            };
            changed.push(AnswerChange {
                id: item.id.clone(),
                title: item.title.clone(),
                title_en: item.title_en.clone(),
                old: before.answer,
                new: item.answer,
                reason_code: item.reason_code,
                reason: item.reason.clone(),
                points: sign * worth,
            });
        }
        // evidence counts only when it made the item yes; a "no"'s closest candidate is not
        // evidence that can rot
        if before.answer == Answer::Yes {
            for e in &before.evidence {
                let still =
                    item.answer == Answer::Yes && item.evidence.iter().any(|n| n.url == e.url);
                if !still {
                    lost.push(EvidenceChange {
                        id: item.id.clone(),
                        url: e.url.clone(),
                        found_on: e.found_on.clone(),
                        answer: item.answer,
                        reason_code: item.reason_code,
                    });
                }
            }
        }
        if item.answer == Answer::Yes {
            for e in &item.evidence {
                let had =
                    before.answer == Answer::Yes && before.evidence.iter().any(|o| o.url == e.url);
                if !had {
                    gained.push(EvidenceChange {
                        id: item.id.clone(),
                        url: e.url.clone(),
                        found_on: e.found_on.clone(),
                        answer: before.answer,
                        reason_code: before.reason_code,
                    });
                }
            }
        }
    }
    for item in &old.items {
        if !new.items.iter().any(|i| i.id == item.id) {
            unmatched.push(item.id.clone());
        }
    }
    ScanDiff {
        old: side(old),
        new: side(new),
        warnings,
        changed,
        lost,
        gained,
        unmatched,
    }
}
