//! The crawl's early stop: judge what was crawled so far, now and then, and tell the crawl when
//! nothing still queued can change an answer.
//!
//! An item is *decided* when it is yes: more pages can add candidates, never take the passing one
//! away. When every item is yes the crawl stops at once. Otherwise an item that is not yes can
//! still change while the frontier holds a link that names it or a hub of the ITA section (the
//! hub may list it), while one of its candidates points at a page or document not yet fetched (it
//! is then unknown with `budget_exhausted`), and while any ordinary page is queued: a page reached
//! through a link that names nothing (a meta refresh, "อ่านต่อ", a submenu) may still be the
//! evidence. So the crawl stops early only when what is left is the low band alone (pagination,
//! calendars, the excess of a large family of look-alike URLs such as a news archive's posts,
//! documents without an evidence-like link) and none of it is named for an undecided item.
//!
//! Cost: judging the whole snapshot is linear in its size, so the crawl is judged only when the
//! frontier could allow a stop (no hub queued, and no link queued naming an item that was not yes
//! when last judged), and then at most once per half again as many answers, which keeps the
//! total at a small multiple of one final judgement.

use crate::checklist::Checklist;
use crate::crawl::Referee;
use crate::discover::{Outlook, TRACKED_ITEMS};
use crate::reason::ReasonCode;
use crate::rules::Rules;
use crate::snapshot::SiteSnapshot;

use super::{Answer, ItemResult, Judge};

/// Whether the rest of a crawl could change none of `items` (judged on what was crawled so far,
/// in checklist order), given what is still queued.
pub fn nothing_left_to_learn(items: &[ItemResult], outlook: &Outlook) -> bool {
    if items.iter().all(|item| item.answer == Answer::Yes) {
        return true;
    }
    if outlook.hubs > 0 || !outlook.only_low_band() {
        return false;
    }
    items.iter().enumerate().all(|(i, item)| {
        item.answer == Answer::Yes
            || (i < TRACKED_ITEMS
                && outlook.per_item.get(i).copied().unwrap_or(0) == 0
                && item.reason_code != Some(ReasonCode::BudgetExhausted))
    })
}

/// The [`Referee`] of a scan: judges the snapshot with the scan's checklist and fiscal year.
pub struct EarlyStop<'c> {
    checklist: &'c Checklist,
    rules: &'c Rules,
    fiscal_year: u16,
    /// Per item, whether it was not yes when last judged (`None` before the first judgement).
    undecided: Option<Vec<bool>>,
    /// Pages and documents answered before which the snapshot is not judged again.
    next_judgement: usize,
}

impl<'c> EarlyStop<'c> {
    /// A referee for a scan of `checklist` (compiled as `rules`) for `fiscal_year`.
    pub fn new(checklist: &'c Checklist, rules: &'c Rules, fiscal_year: u16) -> EarlyStop<'c> {
        EarlyStop {
            checklist,
            rules,
            fiscal_year,
            undecided: None,
            next_judgement: 0,
        }
    }

    /// Whether the frontier itself rules a stop out, from the last judgement.
    fn frontier_forbids(&self, outlook: &Outlook) -> bool {
        // before the first judgement only the cadence holds it back: a site whose every item
        // is yes may stop while ordinary pages are still queued
        let Some(undecided) = &self.undecided else {
            return false;
        };
        let any_undecided = undecided.iter().any(|u| *u);
        (any_undecided && (outlook.hubs > 0 || !outlook.only_low_band()))
            || undecided
                .iter()
                .zip(&outlook.per_item)
                .any(|(u, queued)| *u && *queued > 0)
    }

    fn judge(&mut self, snapshot: &SiteSnapshot, outlook: &Outlook) -> bool {
        let answered = snapshot.pages.len() + snapshot.documents.len();
        self.next_judgement = answered + (answered / 2).max(16);
        let items = Judge::new(self.checklist, self.rules, snapshot, self.fiscal_year).all();
        self.undecided = Some(items.iter().map(|i| i.answer != Answer::Yes).collect());
        nothing_left_to_learn(&items, outlook)
    }
}

impl Referee for EarlyStop<'_> {
    fn settled(&mut self, snapshot: &SiteSnapshot, outlook: &Outlook) -> bool {
        if self.frontier_forbids(outlook)
            || snapshot.pages.len() + snapshot.documents.len() < self.next_judgement
        {
            return false;
        }
        self.judge(snapshot, outlook)
    }

    fn confirm(&mut self, snapshot: &SiteSnapshot, outlook: &Outlook) -> bool {
        self.judge(snapshot, outlook)
    }
}
