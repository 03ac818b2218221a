//! ITA page health, for webmasters (a section of `oitcheck scan`): for each item, the link the
//! site's own ITA page gives and whether it works and passes, judged as `verify` judges a
//! submission ([`crate::Judge::item_at`] on that link), even when the scan found the evidence
//! elsewhere ("your ITA page links O19 to a dead page; the evidence is at … — link it"). The
//! assessor opens the links of that page, not the pages a crawl happens to find.
//!
//! The ITA page is the crawl's hub page ([`crate::Judge::is_hub`]) for the assessed year with
//! the most item links, with the sub-index pages it links (a page per indicator); links are mapped to items as in
//! `verify --ita-page` ([`super::mapping`]).

use serde::{Deserialize, Serialize};
use url::Url;

use crate::evaluate::{Answer, ItemResult, Judge};
use crate::reason::ReasonCode;
use crate::thai;
use crate::verify::mapping::{ItemLink, item_links};
use crate::verify::report::Verdict;
use crate::years;

/// A page the ITA page links whose links stand for at least this many items is a sub-index.
const SUB_INDEX_ITEMS: usize = 3;

/// How the links of the site's ITA page fare, item by item.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ItaPageHealth {
    /// The ITA index page(s) read: the main one first, then its sub-index pages.
    pub pages: Vec<Url>,
    /// One per checklist item, in checklist order.
    pub items: Vec<ItaItemHealth>,
}

/// The ITA page's link(s) for one item.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ItaItemHealth {
    /// The item code.
    pub id: String,
    /// The links the ITA page gives for it (none: the page does not list it).
    pub links: Vec<ItemLink>,
    /// Whether they show the item, as an assessor opening them would decide.
    pub verdict: Verdict,
    /// Why not, as a code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason_code: Option<ReasonCode>,
    /// Why, in words.
    pub reason: String,
    /// The page or document that shows it, for a pass.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub passed_url: Option<Url>,
    /// Elements the linked evidence lacks.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub missing: Vec<String>,
    /// Where the scan found the item when the ITA page's link does not show it: link that.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub found_elsewhere: Option<Url>,
    /// An older item number on the page, and the like.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub flags: Vec<String>,
}

impl ItaPageHealth {
    /// Items whose ITA page link does not pass.
    pub fn problems(&self) -> impl Iterator<Item = &ItaItemHealth> {
        self.items.iter().filter(|i| i.verdict != Verdict::Pass)
    }
}

/// The health of the site's ITA page, from a crawled `judge` and the scan's `results` (checklist
/// order); `None` when the crawl found no ITA page with item links.
pub fn ita_page_health(judge: &Judge<'_>, results: &[ItemResult]) -> Option<ItaPageHealth> {
    let snapshot = judge.snapshot();
    let (checklist, rules) = (judge.checklist(), judge.rules());
    let fiscal_year = judge.fiscal_year();
    let hubs: Vec<(usize, Vec<(usize, ItemLink)>)> = snapshot
        .pages
        .iter()
        .enumerate()
        .filter(|(_, p)| judge.is_hub(&p.url))
        .map(|(i, p)| (i, item_links(checklist, rules, &p.url, &p.content)))
        .filter(|(_, links)| !links.is_empty())
        .collect();
    let of_year = |page: usize| {
        let content = &snapshot.pages[page].content;
        let label = format!("{}\n{}", content.title, content.headings.join("\n"));
        years::find_years(&label)
            .iter()
            .any(|y| (y.first..=y.last).contains(&fiscal_year))
    };
    let distinct = |links: &[(usize, ItemLink)]| {
        let mut items: Vec<usize> = links.iter().map(|(i, _)| *i).collect();
        items.sort_unstable();
        items.dedup();
        items.len()
    };
    let (main, main_links) = hubs.iter().max_by_key(|(page, links)| {
        (
            of_year(*page),
            distinct(links),
            std::cmp::Reverse(snapshot.pages[*page].depth),
        )
    })?;
    let main_page = &snapshot.pages[*main];
    let mut pages = vec![main_page.url.clone()];
    let mut links = main_links.clone();
    // sub-index pages the main page links (one per indicator), not of another year
    for link in main_page.content.links().filter(|l| !l.chrome) {
        let Some(url) = &link.url else { continue };
        let target = match snapshot.state(url) {
            Some(crate::snapshot::UrlState::Fetched { final_url, .. }) => final_url.clone(),
            _ => crate::discover::canonical(url),
        };
        if pages.contains(&target) {
            continue;
        }
        let Some(page) = snapshot.pages.iter().find(|p| p.url == target) else {
            continue;
        };
        let found = years::find_years(&page.content.title);
        let other_year = !found.is_empty()
            && !found
                .iter()
                .any(|y| (y.first..=y.last).contains(&fiscal_year));
        let sub_links = item_links(checklist, rules, &page.url, &page.content);
        if !other_year && distinct(&sub_links) >= SUB_INDEX_ITEMS {
            pages.push(page.url.clone());
            links.extend(sub_links);
        }
    }
    let items = (0..checklist.items.len())
        .map(|i| {
            let mine: Vec<ItemLink> = links
                .iter()
                .filter(|(item, _)| *item == i)
                .map(|(_, l)| l.clone())
                .collect();
            item_health(judge, i, mine, results.get(i))
        })
        .collect();
    Some(ItaPageHealth { pages, items })
}

fn item_health(
    judge: &Judge<'_>,
    i: usize,
    links: Vec<ItemLink>,
    scanned: Option<&ItemResult>,
) -> ItaItemHealth {
    let id = judge.checklist().items[i].id.clone();
    let flags: Vec<String> = links
        .iter()
        .filter_map(|l| {
            l.renumbered_from.as_ref().map(|old| {
                format!(
                    "labelled «{}», {old} in an older numbering; its title is {id}'s",
                    thai::squash_spaces(&l.label)
                )
            })
        })
        .collect();
    let urls: Vec<Url> = links.iter().filter_map(|l| l.url.clone()).collect();
    let (verdict, reason_code, reason, passed_url, missing) = if links.is_empty() {
        (
            Verdict::Fail,
            Some(ReasonCode::NotFound),
            "the ITA page has no link for this item".to_string(),
            None,
            vec![],
        )
    } else if urls.is_empty() {
        (
            Verdict::Fail,
            Some(ReasonCode::PlaceholderLink),
            format!(
                "the ITA page's link for this item is only a placeholder (`{}`) that leads nowhere",
                links[0].href
            ),
            None,
            vec![],
        )
    } else {
        let result = judge.item_at(i, &urls);
        let passed = (result.answer == Answer::Yes)
            .then(|| result.evidence.first().map(|e| e.url.clone()))
            .flatten();
        (
            Verdict::of(result.answer),
            result.reason_code,
            result.reason,
            passed,
            result.missing,
        )
    };
    let found_elsewhere = scanned
        .filter(|s| verdict != Verdict::Pass && s.answer == Answer::Yes)
        .and_then(|s| s.evidence.first())
        .map(|e| e.url.clone())
        .filter(|u| !urls.contains(u));
    ItaItemHealth {
        id,
        links,
        verdict,
        reason_code,
        reason,
        passed_url,
        missing,
        found_elsewhere,
        flags,
    }
}
