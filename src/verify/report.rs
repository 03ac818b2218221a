//! The result of verifying a submission: [`VerifyReport`], one [`VerifiedItem`] per checklist
//! item (the evaluator's [`ItemResult`] with the verdict, the claim and what became of each
//! submitted URL), and the OIT score as the assessor would give it beside the one the agency
//! claimed. Serialize + Deserialize: a saved report reads back, and can be verified again later.

use serde::{Deserialize, Serialize};
use url::Url;

use crate::checklist::Checklist;
use crate::evaluate::{Answer, ItemResult};
use crate::fetch::ContentKind;
use crate::reason::ReasonCode;
use crate::scan::ChecklistInfo;
use crate::score::Score;
use crate::verify::submission::{Submission, SubmissionSource, SubmittedItem, SubmittedLink};

/// An item's verdict: what an assessor opening the submitted URLs would decide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// The URLs show the item: every element, the right year, on the agency's site.
    Pass,
    /// They do not (the reason says why).
    Fail,
    /// They could not be checked (a timeout, a server error, a document that could not be read).
    Unknown,
}

impl Verdict {
    /// The verdict an evaluator answer stands for.
    pub fn of(answer: Answer) -> Verdict {
        match answer {
            Answer::Yes => Verdict::Pass,
            Answer::No => Verdict::Fail,
            Answer::Unknown => Verdict::Unknown,
        }
    }

    /// `pass`, `fail` or `unknown`, as in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Pass => "pass",
            Verdict::Fail => "fail",
            Verdict::Unknown => "unknown",
        }
    }
}

/// Where the agency's answer and the verification disagree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mismatch {
    /// Answered มี, but the URLs do not show the item.
    ClaimedButFailed,
    /// Answered ไม่มี, but a URL given shows the item.
    UnclaimedButShown,
}

impl Mismatch {
    /// The mismatch in words.
    pub fn describe(self) -> &'static str {
        match self {
            Mismatch::ClaimedButFailed => "answered มี, but the URLs do not show it",
            Mismatch::UnclaimedButShown => "answered ไม่มี, but a URL given shows it",
        }
    }
}

/// What became of one URL when it was fetched.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UrlCheck {
    /// The URL after redirects, when it differs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub final_url: Option<Url>,
    /// The URLs redirected through, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub redirects: Vec<Url>,
    /// The HTTP status, when it answered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<u16>,
    /// What the body was.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<ContentKind>,
    /// The host, when the content is not on the agency's main website (`--site` and its www
    /// twin): Google Drive, Facebook, another agency.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external: Option<String>,
    /// What is wrong with the URL itself, when something is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub problem: Option<ReasonCode>,
    /// The problem in words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}

/// A submitted URL and what became of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SubmittedUrl {
    /// What was submitted.
    #[serde(flatten)]
    pub link: SubmittedLink,
    /// What fetching it gave (none for a placeholder).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check: Option<UrlCheck>,
}

/// One item, verified.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VerifiedItem {
    /// The evaluator's judgement of the submitted URLs (id, title, answer, reason, evidence,
    /// missing …), exactly as a scan reports an item.
    #[serde(flatten)]
    pub result: ItemResult,
    /// pass / fail / unknown.
    pub verdict: Verdict,
    /// The agency's answer: `true` for มี, `false` for ไม่มี; absent when it gave none (or did
    /// not list the item).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub claimed: Option<bool>,
    /// Where the answer and the verdict disagree.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mismatch: Option<Mismatch>,
    /// The URL (page or document) that shows the item, for a pass.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub passed_url: Option<Url>,
    /// The URLs submitted, in order, each with what fetching it gave.
    pub submitted: Vec<SubmittedUrl>,
    /// Documents and pages fetched one level below the submitted pages (what they link for the
    /// item, or every document of a listing).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub followed: Vec<Url>,
    /// The agency's note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Where in the submission the item was given (`row 7`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// Things to know about the submission (an older item number).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub flags: Vec<String>,
}

/// Counts of verdicts and disagreements.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VerifySummary {
    /// Items that pass.
    pub pass: usize,
    /// Items that fail.
    pub fail: usize,
    /// Items that could not be checked.
    pub unknown: usize,
    /// Items answered มี.
    pub claimed: usize,
    /// Items whose answer and verdict disagree.
    pub mismatches: usize,
}

impl VerifySummary {
    /// Counts `items`.
    pub fn of(items: &[VerifiedItem]) -> VerifySummary {
        let count = |v: Verdict| items.iter().filter(|i| i.verdict == v).count();
        VerifySummary {
            pass: count(Verdict::Pass),
            fail: count(Verdict::Fail),
            unknown: count(Verdict::Unknown),
            claimed: items.iter().filter(|i| i.claimed == Some(true)).count(),
            mismatches: items.iter().filter(|i| i.mismatch.is_some()).count(),
        }
    }
}

/// What was fetched.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FetchInfo {
    /// HTML pages read.
    pub pages: usize,
    /// Documents fetched.
    pub documents: usize,
    /// Requests made.
    pub requests: usize,
    /// How long it took.
    pub seconds: f64,
    /// Notes (how the site answers a missing address; pages that could not be read).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
}

/// The result of `oitcheck verify`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VerifyReport {
    /// `oitcheck <version>`.
    pub tool: String,
    /// The agency's main website.
    pub site: Url,
    /// What was verified.
    pub source: SubmissionSource,
    /// Things that weaken the trust in the report as a whole.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
    /// The checklist used.
    pub checklist: ChecklistInfo,
    /// What was fetched.
    pub fetched: FetchInfo,
    /// Counts.
    pub summary: VerifySummary,
    /// One per checklist item, in checklist order.
    pub items: Vec<VerifiedItem>,
    /// The OIT score as the assessor would give it: items that pass score 100, except those the
    /// agency answered ไม่มี (an assessor scores the answer given).
    pub score: Score,
    /// The OIT score the agency's answers claim (every มี scores 100).
    pub claimed_score: Score,
}

impl VerifyReport {
    /// The submission this report verified, to verify it again: each item's answer and URLs.
    pub fn resubmission(&self, checklist: &Checklist, file: &str) -> Result<Submission, String> {
        if self.checklist.id != checklist.id {
            return Err(format!(
                "the report was made with checklist {}; verify it with --checklist {}",
                self.checklist.id, self.checklist.id
            ));
        }
        let mut items = Vec::new();
        for verified in &self.items {
            let Some(i) = checklist
                .items
                .iter()
                .position(|it| it.id == verified.result.id)
            else {
                return Err(format!(
                    "the report has item {}, which {} does not have",
                    verified.result.id, checklist.id
                ));
            };
            if verified.submitted.is_empty() && verified.claimed.is_none() {
                continue;
            }
            let mut item = SubmittedItem::new(i);
            item.claimed = verified.claimed;
            item.note = verified.note.clone();
            item.location = verified.location.clone();
            for submitted in &verified.submitted {
                item.add_link(submitted.link.clone());
            }
            items.push(item);
        }
        Ok(Submission {
            source: SubmissionSource::VerifyReport {
                file: file.to_string(),
            },
            items,
        }
        .normalize())
    }
}
