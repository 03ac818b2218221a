//! Evaluate: a site snapshot + the checklist → one answer per item, with evidence.
//!
//! [`Judge`] is the one entry, for every mode: [`Judge::item`] judges an item against a whole
//! crawled site (a scan), [`Judge::item_at`] against the URLs given for it (what an agency
//! submitted, or the one page `inspect` looks at). Both gather candidates, judge each with the
//! same code and decide the same way:
//!
//! 1. **Candidates** ([`index`]): pages whose title, headings, inbound link text or URL name the
//!    item; links to documents whose text, file name or surrounding heading name it; off-site or
//!    placeholder links that name it (these can only explain a "no"). What names what is worked
//!    out once per site, in one pass with one automaton over every checklist phrase, so judging
//!    grows with the site, not with site × items × phrases.
//! 2. **Judgement** ([`page`], [`document`]): each candidate on its own text: elements, reject
//!    phrases, the year rule, placeholders. A document that was read is judged on its own text
//!    (its years beat its file name); one that could not be read as text (an old `.doc`) is
//!    judged by its link text, file name and the text around the link, and what that text cannot
//!    show is *unverified*, never found.
//! 3. **Decision** ([`decide`]): yes if any candidate passes (or several together show every
//!    element), unknown if a likely candidate could not be read, no otherwise, naming the closest
//!    candidate.

mod candidate;
mod decide;
mod document;
mod early_stop;
mod index;
mod page;
mod verdict;

use url::Url;

use crate::checklist::{Checklist, Item};
use crate::rules::{ItemRules, Rules};
use crate::snapshot::SiteSnapshot;
use crate::years::YearRule;

pub use candidate::{Candidate, Outcome, Source};
pub use early_stop::{EarlyStop, nothing_left_to_learn};
pub use verdict::{Answer, Basis, Details, Evidence, ItemResult};

use decide::{Searched, decide};
use document::Target;
use index::{CandidateRef, Given, SiteIndex};

/// An item and its compiled rules.
#[derive(Clone, Copy)]
pub(crate) struct ItemRef<'a> {
    pub item: &'a Item,
    pub rules: &'a ItemRules,
}

impl ItemRef<'_> {
    fn year_rule(self) -> YearRule {
        self.item.year
    }
}

/// Judges the items of a checklist against one site snapshot. Building it indexes the site once;
/// each item is then judged on its own candidates.
pub struct Judge<'s> {
    checklist: &'s Checklist,
    rules: &'s Rules,
    snapshot: &'s SiteSnapshot,
    index: SiteIndex<'s>,
    fiscal_year: u16,
    /// Per page, what every item's judgement of it needs (filled on first use).
    page_facts: Vec<std::cell::OnceCell<page::PageFacts>>,
}

impl<'s> Judge<'s> {
    /// Indexes `snapshot` for judging `checklist` (compiled as `rules`) for `fiscal_year`.
    pub fn new(
        checklist: &'s Checklist,
        rules: &'s Rules,
        snapshot: &'s SiteSnapshot,
        fiscal_year: u16,
    ) -> Judge<'s> {
        Judge {
            checklist,
            rules,
            snapshot,
            index: SiteIndex::build(snapshot, rules),
            fiscal_year,
            page_facts: (0..snapshot.pages.len())
                .map(|_| Default::default())
                .collect(),
        }
    }

    /// The checklist judged against.
    pub fn checklist(&self) -> &'s Checklist {
        self.checklist
    }

    /// The checklist, compiled.
    pub fn rules(&self) -> &'s Rules {
        self.rules
    }

    /// The site judged.
    pub fn snapshot(&self) -> &'s SiteSnapshot {
        self.snapshot
    }

    /// The fiscal year judged.
    pub fn fiscal_year(&self) -> u16 {
        self.fiscal_year
    }

    fn item_ref(&self, i: usize) -> ItemRef<'s> {
        ItemRef {
            item: &self.checklist.items[i],
            rules: &self.rules.items[i],
        }
    }

    /// Every item, judged against the whole site, in checklist order.
    pub fn all(&self) -> Vec<ItemResult> {
        (0..self.checklist.items.len())
            .map(|i| self.item(i))
            .collect()
    }

    /// Item `i` (checklist order), judged against the whole site.
    pub fn item(&self, i: usize) -> ItemResult {
        decide(
            self.checklist,
            self.checklist_item(i),
            self.candidates(i),
            Searched::Site(self.snapshot),
            self.fiscal_year,
        )
    }

    /// Item `i` judged against `urls` only (each fetched page or document, and the documents
    /// the pages link for the item), as an assessor judges what an agency submitted.
    pub fn item_at(&self, i: usize, urls: &[Url]) -> ItemResult {
        decide(
            self.checklist,
            self.checklist_item(i),
            self.candidates_at(i, urls),
            Searched::Given { urls: urls.len() },
            self.fiscal_year,
        )
    }

    fn checklist_item(&self, i: usize) -> &'s Item {
        &self.checklist.items[i]
    }

    /// Every candidate of item `i` on the site, judged.
    pub fn candidates(&self, i: usize) -> Vec<Candidate> {
        let item = self.item_ref(i);
        self.index
            .candidates(i)
            .iter()
            .filter_map(|c| self.judge(item, c))
            .collect()
    }

    /// The candidates of item `i` among `urls`, judged.
    pub fn candidates_at(&self, i: usize, urls: &[Url]) -> Vec<Candidate> {
        let item = self.item_ref(i);
        self.index
            .candidates_at(i, urls)
            .iter()
            .filter_map(|given| match given {
                Given::Candidate(c) => self.judge(item, c),
                Given::Url(url) => self.judge_link(
                    item,
                    Target {
                        url: Some(url),
                        href: url.as_str(),
                        text: "",
                        found_on: None,
                        context: crate::rules::file_stem(url),
                        hits: vec![],
                        source: crate::extract::html::LinkSource::Anchor,
                    },
                ),
            })
            .collect()
    }

    /// Whether the page at `url` is an ITA hub (it names many items and shows none).
    pub fn is_hub(&self, url: &Url) -> bool {
        self.index
            .page_at(url)
            .is_some_and(|i| self.index.is_hub(i))
    }

    /// The items (checklist order) for which the site makes the page or document at `url` a
    /// candidate: its title, headings, URL or the links pointing at it name them.
    pub fn items_naming(&self, url: &Url) -> Vec<usize> {
        let page = self.index.page_at(url);
        (0..self.checklist.items.len())
            .filter(|&i| {
                self.index.candidates(i).iter().any(|c| match c {
                    CandidateRef::Page { page: p, .. } => Some(*p) == page,
                    CandidateRef::Link { page: p, link, .. } => self.snapshot.pages[*p]
                        .content
                        .link(*link)
                        .is_some_and(|l| l.url == Some(url)),
                })
            })
            .collect()
    }

    fn judge(&self, item: ItemRef<'_>, candidate: &CandidateRef) -> Option<Candidate> {
        match candidate {
            CandidateRef::Page { page, hits } => Some(self.judge_page(item, *page, hits.clone())),
            CandidateRef::Link { page, link, named } => {
                let on = &self.snapshot.pages[*page];
                let link = on.content.link(*link)?;
                let stem = link.url.map(crate::rules::file_stem).unwrap_or_default();
                let mut context = format!(
                    "{}\n{}\n{}",
                    link.text,
                    stem,
                    self.index.block_text(*page, &link)
                );
                if named.heading_names_item {
                    context.push('\n');
                    context.push_str(link.heading.unwrap_or(""));
                }
                self.judge_link(
                    item,
                    Target {
                        url: link.url,
                        href: link.href,
                        text: link.text,
                        found_on: Some(&on.url),
                        context,
                        hits: named.hits.clone(),
                        source: link.source,
                    },
                )
            }
        }
    }
}

/// Evaluates every item of `checklist` against `snapshot` for fiscal year `fiscal_year`.
pub fn evaluate(
    checklist: &Checklist,
    rules: &Rules,
    snapshot: &SiteSnapshot,
    fiscal_year: u16,
) -> Vec<ItemResult> {
    Judge::new(checklist, rules, snapshot, fiscal_year).all()
}
