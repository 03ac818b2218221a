//! The crawl's early stop: judge what was crawled so far, now and then, and tell the crawl when
//! nothing still queued can change an answer.
//!
//! An item is *decided* when it is yes: more pages can add candidates, never take the passing one
//! away. When every item is yes the crawl stops at once. Otherwise an item that is not yes can
//! still change while the frontier holds an *open* URL (see [`Frontier::offer`]) whose link names
//! it, names a hub of the ITA section (the hub may list it) or names nothing (a meta refresh, a
//! submenu: the page behind it may be the evidence), and while one of its candidates points at a
//! document not yet fetched (it is then unknown with `budget_exhausted`). What is not open is
//! the low band (pagination, calendars, documents without an evidence-like link) and the rest of
//! a large family of look-alike URLs (a news archive's posts) whose first members were read and
//! whose links name nothing new. When no item can change, that is left unread.
//!
//! [`Frontier::offer`]: crate::discover::Frontier::offer
//!
//! Cost: judging the whole snapshot is linear in its size, so the crawl is judged only when the
//! frontier could allow a stop (no hub queued, and no link queued naming an item that was not yes
//! when last judged), and then at most once each time the answers double, which keeps the total
//! under about twice one final judgement.

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
    if outlook.hubs > 0 || outlook.unnamed > 0 {
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
        (any_undecided && (outlook.hubs > 0 || outlook.unnamed > 0))
            || undecided
                .iter()
                .zip(&outlook.per_item)
                .any(|(u, queued)| *u && *queued > 0)
    }

    fn judge(&mut self, snapshot: &SiteSnapshot, outlook: &Outlook) -> bool {
        let answered = snapshot.pages.len() + snapshot.documents.len();
        self.next_judgement = answered + answered.max(16);
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

#[cfg(test)]
mod tests {
    use super::*;

    fn item(answer: Answer, reason_code: Option<ReasonCode>) -> ItemResult {
        ItemResult {
            id: "O1".into(),
            title: String::new(),
            title_en: String::new(),
            sub_indicator: String::new(),
            indicator: String::new(),
            answer,
            reason: String::new(),
            reason_code,
            evidence: Vec::new(),
            missing: Vec::new(),
            unverified: Vec::new(),
            warnings: Vec::new(),
            details: Default::default(),
            advice: String::new(),
        }
    }

    fn outlook(hubs: usize, unnamed: usize, per_item: &[usize]) -> Outlook {
        Outlook {
            queued: hubs + unnamed + per_item.iter().sum::<usize>() + 100,
            hubs,
            per_item: per_item.to_vec(),
            unnamed,
            best_priority: Some(0),
        }
    }

    #[test]
    fn every_item_yes_stops_whatever_is_queued() {
        let items = [item(Answer::Yes, None), item(Answer::Yes, None)];
        assert!(nothing_left_to_learn(&items, &outlook(3, 7, &[2, 5])));
    }

    #[test]
    fn an_undecided_item_waits_for_what_could_still_decide_it() {
        let no = || item(Answer::No, Some(ReasonCode::NotFound));
        let items = [item(Answer::Yes, None), no()];
        // links naming only the decided item do not matter
        assert!(nothing_left_to_learn(&items, &outlook(0, 0, &[4, 0])));
        // a link naming the undecided item, a hub, or a link naming nothing, does
        assert!(!nothing_left_to_learn(&items, &outlook(0, 0, &[0, 1])));
        assert!(!nothing_left_to_learn(&items, &outlook(1, 0, &[0, 0])));
        assert!(!nothing_left_to_learn(&items, &outlook(0, 1, &[0, 0])));
        // a candidate document not fetched yet
        let waiting = [
            item(Answer::Yes, None),
            item(Answer::Unknown, Some(ReasonCode::BudgetExhausted)),
        ];
        assert!(!nothing_left_to_learn(&waiting, &outlook(0, 0, &[0, 0])));
    }
}
