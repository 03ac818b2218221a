//! Site-wide facts, computed once per snapshot: which text blocks are the site template, which
//! link texts point at each page, which pages are ITA hubs, and, per item, the pages and links
//! that name it. Everything an item's judgement needs from the rest of the site is here, so
//! judging is one pass over the site plus work proportional to each item's candidates, never
//! items × pages × phrases.

use std::collections::{HashMap, HashSet};

use indexmap::IndexMap;
use url::Url;

use crate::extract::html::Link;
use crate::fetch::ContentKind;
use crate::rules::{Naming, Rules, file_stem};
use crate::snapshot::{Page, SiteSnapshot, UrlState};
use crate::thai;

/// Parts of a page left out of its text: blocks by index, and the `<title>`.
#[derive(Debug, Default)]
pub(crate) struct Omit {
    pub blocks: Vec<usize>,
    pub title: bool,
}

/// A link text pointing at a page, and the page it stands on.
pub(crate) type Inbound<'s> = (&'s str, &'s Page);

/// Facts about one page.
struct PageFacts<'s> {
    /// Per block: part of the site template (repeated on half the pages or more).
    template: Vec<bool>,
    /// Distinct link texts pointing at the page, each with the first page it stands on.
    inbound: Vec<Inbound<'s>>,
    /// An ITA hub: a page naming six items or more (it names items; it shows none).
    hub: bool,
}

/// Why a link is a candidate for an item: what named it, and how.
#[derive(Debug, Clone)]
pub(crate) struct LinkHits {
    /// Keywords, codes or the heading/row text that named the item.
    pub hits: Vec<String>,
    /// The heading over the link names the item (its text then counts as context).
    pub heading_names_item: bool,
}

/// A candidate for an item, found by what names it.
#[derive(Debug, Clone)]
pub(crate) enum CandidateRef {
    /// A page named by its title, headings, inbound links or URL.
    Page { page: usize, hits: Vec<String> },
    /// A link to a document, another host or nowhere, named by its text, file name or context.
    Link {
        page: usize,
        link: usize,
        named: LinkHits,
    },
}

/// What the item-independent matching of one link found.
struct LinkNaming {
    own: Naming,
    stem: Naming,
    heading: Naming,
    /// The block the link stands in, when short enough to be the link's row or caption.
    block: Option<Naming>,
    url_items: Vec<usize>,
    /// The link text says nothing by itself ("ดาวน์โหลด", an icon) and borrows its meaning
    /// from the heading or row around it.
    generic: bool,
}

/// Memoised [`Rules::naming`] by text: menus and headings repeat on every page.
struct NamingMemo<'r> {
    rules: &'r Rules,
    by_text: HashMap<String, Naming>,
    by_url: HashMap<String, Vec<usize>>,
    credit_lines: HashMap<String, bool>,
}

impl NamingMemo<'_> {
    fn of_text(&mut self, text: &str) -> Naming {
        if let Some(naming) = self.by_text.get(text) {
            return naming.clone();
        }
        let naming = self.rules.naming(&thai::match_key(text));
        self.by_text.insert(text.to_string(), naming.clone());
        naming
    }

    fn is_credit_line(&mut self, text: &str) -> bool {
        if let Some(credit) = self.credit_lines.get(text) {
            return *credit;
        }
        let credit = self.rules.is_credit_line(&thai::match_key(text));
        self.credit_lines.insert(text.to_string(), credit);
        credit
    }

    fn of_url(&mut self, url: &Url) -> Vec<usize> {
        if let Some(items) = self.by_url.get(url.as_str()) {
            return items.clone();
        }
        let items = self.rules.url_items(url);
        self.by_url.insert(url.to_string(), items.clone());
        items
    }
}

/// Site-wide facts for judging; see the module docs.
pub(crate) struct SiteIndex<'s> {
    pub snapshot: &'s SiteSnapshot,
    pub rules: &'s Rules,
    pages: Vec<PageFacts<'s>>,
    by_url: HashMap<&'s str, usize>,
    /// Match keys of the template's blocks.
    template_keys: HashSet<String>,
    /// Keys of the images shown on as many pages as a template block.
    template_images: HashSet<u64>,
    /// Per item, its candidates in site order (a page, then the links on it).
    candidates: Vec<Vec<CandidateRef>>,
    /// Links already taken as candidates, by item and [`link_identity`].
    repeated: HashSet<(usize, String)>,
    /// Pages already taken as candidates, by item and page (named by their own words or by an
    /// ITA list's row linking them).
    page_candidates: HashSet<(usize, usize)>,
}

fn block_key(text: &str) -> String {
    thai::match_key(text)
}

impl<'s> SiteIndex<'s> {
    /// Indexes `snapshot` for `rules`.
    pub fn build(snapshot: &'s SiteSnapshot, rules: &'s Rules) -> SiteIndex<'s> {
        let page_blocks: Vec<Vec<String>> = snapshot
            .pages
            .iter()
            .map(|page| page.content.blocks().map(|b| block_key(&b.text)).collect())
            .collect();
        let mut counts: HashMap<&str, usize> = HashMap::new();
        for keys in &page_blocks {
            let unique: HashSet<&str> = keys.iter().map(String::as_str).collect();
            for key in unique {
                *counts.entry(key).or_default() += 1;
            }
        }
        let threshold = (snapshot.pages.len() / 2).max(3);
        let template_keys: HashSet<String> = counts
            .iter()
            .filter(|(_, n)| **n >= threshold)
            .map(|(k, _)| k.to_string())
            .collect();
        // images shown on most pages are the template's, as blocks are
        let mut image_counts: HashMap<u64, usize> = HashMap::new();
        for page in &snapshot.pages {
            let unique: HashSet<u64> = page.content.images.iter().copied().collect();
            for key in unique {
                *image_counts.entry(key).or_default() += 1;
            }
        }
        let template_images: HashSet<u64> = image_counts
            .into_iter()
            .filter(|(_, n)| *n >= threshold)
            .map(|(k, _)| k)
            .collect();
        let inbound = inbound_links(snapshot);
        let mut index = SiteIndex {
            snapshot,
            rules,
            pages: Vec::with_capacity(snapshot.pages.len()),
            by_url: HashMap::new(),
            template_keys,
            template_images,
            candidates: vec![Vec::new(); rules.items.len()],
            repeated: HashSet::new(),
            page_candidates: HashSet::new(),
        };
        for (i, page) in snapshot.pages.iter().enumerate() {
            let template = page_blocks[i]
                .iter()
                .map(|key| index.template_keys.contains(key))
                .collect();
            index.pages.push(PageFacts {
                template,
                inbound: inbound
                    .get(page.url.as_str())
                    .map(|texts| texts.iter().map(|(t, p)| (*t, *p)).collect())
                    .unwrap_or_default(),
                hub: false,
            });
            index.by_url.entry(page.url.as_str()).or_insert(i);
        }
        let mut memo = NamingMemo {
            rules,
            by_text: HashMap::new(),
            by_url: HashMap::new(),
            credit_lines: HashMap::new(),
        };
        for i in 0..snapshot.pages.len() {
            let own = thai::match_key(&index.own_text(i, &Omit::default()));
            index.pages[i].hub = rules.naming(&own).items().len() >= 6;
        }
        for i in 0..snapshot.pages.len() {
            index.collect_candidates(i, &mut memo);
        }
        index
    }

    /// Adds page `i` and the links on it to the candidate lists of the items they name.
    fn collect_candidates(&mut self, i: usize, memo: &mut NamingMemo<'_>) {
        let page = &self.snapshot.pages[i];
        if !self.pages[i].hub {
            let mut named: IndexMap<usize, Vec<String>> = IndexMap::new();
            for name in self.names(i) {
                let naming = memo.of_text(name);
                for item in naming.items() {
                    let hits = named.entry(item).or_default();
                    hits.extend(
                        naming
                            .keyword_hits(self.rules, item)
                            .into_iter()
                            .map(str::to_string),
                    );
                    if naming.has_code(item) {
                        hits.push(name.to_string());
                    }
                }
            }
            for item in memo.of_url(&page.url) {
                named.entry(item).or_default();
            }
            named.sort_keys();
            for (item, mut hits) in named {
                hits.sort();
                hits.dedup();
                if self.page_candidates.insert((item, i)) {
                    self.candidates[item].push(CandidateRef::Page { page: i, hits });
                }
            }
        }
        // One candidate per item and target on a page; and a link repeated with the same target
        // and context on many pages (a document in the menu of every page) is judged once: its
        // judgement would be the same wherever it stands.
        let mut on_page: HashSet<(usize, &str)> = HashSet::new();
        for (l, link) in page.content.links().enumerate() {
            let Some(naming) = self.link_naming(i, &link, memo) else {
                continue;
            };
            let mut items = naming.own.items();
            items.extend(naming.stem.items());
            items.extend(naming.heading.items());
            items.extend(naming.block.iter().flat_map(Naming::items));
            items.extend(naming.url_items.iter().copied());
            items.sort_unstable();
            items.dedup();
            // A page linked from an item's row of an ITA list (the row's code and title head the
            // link: "O2 ข้อมูลผู้บริหาร" over "หัวหน้าส่วนราชการ (ฝ่ายประจำ)") is that item's, as
            // the assessor who follows the row's links reads it, whatever names the page itself.
            if !link.chrome
                && let Some(target) = link.url.and_then(|u| self.linked_page(u))
                && target != i
                && !self.pages[target].hub
            {
                let heading = link.heading.unwrap_or_default().to_string();
                for item in naming.heading.items() {
                    if !naming.heading.has_code(item) {
                        continue;
                    }
                    if self.page_candidates.insert((item, target)) {
                        self.candidates[item].push(CandidateRef::Page {
                            page: target,
                            hits: vec![heading.clone()],
                        });
                    }
                    // ...and so are the documents that page offers (a CMS download page, an item
                    // page listing its files), as the assessor downloads them; not a whole library
                    self.add_offered_documents(item, target, &heading);
                }
            }
            for item in items {
                let Some(named) = self.link_hits(item, i, &link, &naming) else {
                    continue;
                };
                let target = link.url.map(Url::as_str).unwrap_or(link.href);
                if !on_page.insert((item, target))
                    || !self.repeated.insert((item, link_identity(page, &link)))
                {
                    continue;
                }
                self.candidates[item].push(CandidateRef::Link {
                    page: i,
                    link: l,
                    named,
                });
            }
        }
    }

    /// Item-independent matching of a link, or `None` for links that are never candidates
    /// (menu links to pages: the pages are judged themselves).
    fn link_naming(
        &self,
        page: usize,
        link: &Link,
        memo: &mut NamingMemo<'_>,
    ) -> Option<LinkNaming> {
        // A menu link to a page is no candidate: the page is judged itself, by what names it.
        // Unless the page could not be read: then the menu link is all there is, and the item's
        // reason must say that its link is dead, not that nothing names it.
        if link.chrome
            && link.url.is_some_and(|u| {
                ContentKind::from_url(u).is_none_or(|k| !k.is_document())
                    && match self.snapshot.state(u) {
                        Some(UrlState::Fetched { status, .. }) => *status < 400,
                        Some(UrlState::Failed { .. }) => false,
                        _ => true,
                    }
            })
        {
            return None;
        }
        // the template's visitor counter and its credit line ("ออกแบบโดย …") are never evidence,
        // nor the closest thing to it
        if link.url.is_some_and(|u| self.rules.is_counter(u))
            || memo.is_credit_line(self.block_text(page, link))
        {
            return None;
        }
        let stem = link.url.map(file_stem).unwrap_or_default();
        let block = self.snapshot.pages[page]
            .content
            .block(link.block)
            .map(|b| b.text.as_str())
            .unwrap_or("");
        let generic = {
            let key = thai::match_key(link.text);
            key.chars().count() <= 20
                && !self.rules.is_hub_text(&key)
                && memo.of_text(link.text).is_empty()
                && memo.of_text(&stem).is_empty()
        };
        Some(LinkNaming {
            own: memo.of_text(&format!("{} {}", link.text, stem)),
            stem: memo.of_text(&stem),
            heading: link.heading.map(|h| memo.of_text(h)).unwrap_or_default(),
            block: (block.chars().count() < 300).then(|| memo.of_text(block)),
            url_items: link
                .url
                .as_ref()
                .map(|u| memo.of_url(u))
                .unwrap_or_default(),
            generic,
        })
    }

    /// Whether, and by what, `link` on page `page` names `item`.
    fn link_hits(
        &self,
        item: usize,
        page: usize,
        link: &Link,
        naming: &LinkNaming,
    ) -> Option<LinkHits> {
        let heading_names_item = naming.heading.names(item);
        let mut hits: Vec<String> = naming
            .own
            .keyword_hits(self.rules, item)
            .into_iter()
            .map(str::to_string)
            .collect();
        if naming.own.has_code(item) || naming.stem.has_code(item) {
            hits.push(link.text.to_string());
        }
        let block_names_item = naming.block.as_ref().is_some_and(|b| b.names(item));
        // A link whose own words do not name the item takes it from the heading over it when the
        // text is generic ("ดาวน์โหลด"), or, whatever its words (a file name; a title that also
        // names another item: "คู่มือการดำเนินการเรื่องร้องเรียนการทุจริต" in O16's row), when the
        // heading is an item's row of an ITA list: its code with its title ("O26 รายงานผล…").
        let coded_heading = naming.heading.has_code(item);
        if hits.is_empty()
            && (heading_names_item || block_names_item)
            && (naming.generic || coded_heading)
        {
            hits.push(if heading_names_item {
                link.heading.unwrap_or_default().to_string()
            } else {
                self.block_text(page, link).to_string()
            });
        }
        let url_hit = naming.url_items.contains(&item);
        (!hits.is_empty() || url_hit).then_some(LinkHits {
            hits,
            heading_names_item,
        })
    }

    /// The text of the block `link` stands in.
    pub fn block_text(&self, page: usize, link: &Link) -> &'s str {
        self.snapshot.pages[page]
            .content
            .block(link.block)
            .map(|b| b.text.as_str())
            .unwrap_or("")
    }

    /// The candidates of `item` found by what names them, in site order.
    pub fn candidates(&self, item: usize) -> &[CandidateRef] {
        &self.candidates[item]
    }

    /// Candidates for `item` among the given URLs (what an agency submitted): each page as a
    /// page, whatever names it, with the links on it that name the item (a listing followed one
    /// level to its documents); a document or a failed URL as a link from nowhere.
    pub fn candidates_at(&self, item: usize, urls: &[Url]) -> Vec<Given> {
        let mut memo = NamingMemo {
            rules: self.rules,
            by_text: HashMap::new(),
            by_url: HashMap::new(),
            credit_lines: HashMap::new(),
        };
        let mut given = Vec::new();
        for url in urls {
            match self.page_at(url) {
                Some(i) => {
                    let hits = self
                        .candidates(item)
                        .iter()
                        .find_map(|c| match c {
                            CandidateRef::Page { page, hits } if *page == i => Some(hits.clone()),
                            _ => None,
                        })
                        .unwrap_or_default();
                    given.push(Given::Candidate(CandidateRef::Page { page: i, hits }));
                    let page = &self.snapshot.pages[i];
                    for (l, link) in page.content.links().enumerate() {
                        let Some(naming) = self.link_naming(i, &link, &mut memo) else {
                            continue;
                        };
                        if let Some(named) = self.link_hits(item, i, &link, &naming) {
                            given.push(Given::Candidate(CandidateRef::Link {
                                page: i,
                                link: l,
                                named,
                            }));
                        }
                    }
                }
                None => given.push(Given::Url(url.clone())),
            }
        }
        given
    }

    /// The page fetched at `url` (after redirects), if any.
    pub fn page_at(&self, url: &Url) -> Option<usize> {
        let target = match self.snapshot.state(url) {
            Some(UrlState::Fetched { final_url, .. }) => final_url.clone(),
            _ => crate::discover::canonical(url),
        };
        self.by_url.get(target.as_str()).copied()
    }

    /// The documents linked from the content of page `page`, as candidates of `item` named by
    /// `heading` (the row of an ITA list that links the page), when there are at most
    /// [`OFFERED_DOCUMENTS_MAX`] of them.
    fn add_offered_documents(&mut self, item: usize, page: usize, heading: &str) {
        let content = &self.snapshot.pages[page].content;
        let documents: Vec<(usize, Link)> = content
            .links()
            .enumerate()
            .filter(|(_, l)| !l.chrome && l.url.is_some_and(|u| is_document(self.snapshot, u)))
            .collect();
        if documents.len() > OFFERED_DOCUMENTS_MAX {
            return;
        }
        for (l, link) in documents {
            if self
                .repeated
                .insert((item, link_identity(&self.snapshot.pages[page], &link)))
            {
                self.candidates[item].push(CandidateRef::Link {
                    page,
                    link: l,
                    named: LinkHits {
                        hits: vec![heading.to_string()],
                        heading_names_item: false,
                    },
                });
            }
        }
    }

    /// The page read at `url` when it is an HTML page of the site (not a document).
    fn linked_page(&self, url: &Url) -> Option<usize> {
        if is_document(self.snapshot, url) {
            return None;
        }
        self.page_at(url)
    }

    /// Whether page `i` is an ITA hub.
    pub fn is_hub(&self, i: usize) -> bool {
        self.pages[i].hub
    }

    /// Whether block `b` of page `i` is part of the site template.
    pub fn is_template(&self, i: usize, b: usize) -> bool {
        self.pages[i].template.get(b).copied().unwrap_or(false)
    }

    /// How many of page `i`'s content images are its own, not the template's.
    pub fn own_images(&self, i: usize) -> usize {
        self.snapshot.pages[i]
            .content
            .images
            .iter()
            .filter(|key| !self.template_images.contains(key))
            .count()
    }

    /// Whether `text` (a heading) reads as a block of the site template.
    pub fn is_template_text(&self, text: &str) -> bool {
        self.template_keys.contains(&block_key(text))
    }

    /// The link texts pointing at page `i`.
    pub fn inbound(&self, i: usize) -> &[Inbound<'s>] {
        &self.pages[i].inbound
    }

    /// The page's own text: title and non-chrome, non-template blocks, less what `omit` names.
    pub fn own_text(&self, i: usize, omit: &Omit) -> String {
        let page = &self.snapshot.pages[i];
        let mut text = if omit.title {
            String::new()
        } else {
            page.content.title.clone()
        };
        for (b, block) in page.content.blocks().enumerate() {
            if block.chrome || self.is_template(i, b) || omit.blocks.contains(&b) {
                continue;
            }
            text.push('\n');
            text.push_str(&block.text);
        }
        text
    }

    /// What names page `i`: its title, its headings and the link texts pointing at it. A
    /// heading of the site template ("ผู้บริหาร" over the sidebar on every page) names nothing.
    pub fn names(&self, i: usize) -> Vec<&'s str> {
        let page: &'s Page = &self.snapshot.pages[i];
        std::iter::once(page.content.title.as_str())
            .chain(
                page.content
                    .headings
                    .iter()
                    .filter(|h| !self.is_template_text(h))
                    .map(String::as_str),
            )
            .chain(self.pages[i].inbound.iter().map(|(text, _)| *text))
            .collect()
    }

    /// Text for element tests: the page's own text plus template text that is not navigation
    /// (an address in the footer is part of what a visitor sees on the contact page).
    pub fn element_text(&self, i: usize, omit: &Omit) -> String {
        let page = &self.snapshot.pages[i];
        let mut text = self.own_text(i, omit);
        for (b, block) in page.content.blocks().enumerate() {
            let link_dense = block.link_chars * 10 > block.text.chars().count() * 5;
            if (block.chrome || self.is_template(i, b)) && !link_dense {
                text.push('\n');
                text.push_str(&block.text);
            }
        }
        text
    }
}

/// A submitted URL: a candidate found on a fetched page, or a URL judged on its own (a
/// document, a dead link, another host).
#[derive(Debug, Clone)]
pub(crate) enum Given {
    Candidate(CandidateRef),
    Url(Url),
}

/// Whether `url` is a document (PDF, DOCX, XLSX, …): as the server answered it when it was
/// fetched as something other than a web page, else by its extension.
pub(crate) fn is_document(snapshot: &SiteSnapshot, url: &Url) -> bool {
    match snapshot.state(url) {
        Some(UrlState::Fetched { kind, .. })
            if *kind != ContentKind::Html && *kind != ContentKind::Other =>
        {
            kind.is_document()
        }
        _ => ContentKind::from_url(url).is_some_and(ContentKind::is_document),
    }
}

/// The most documents a page linked from an ITA list's row may offer and still be read as that
/// item's page: an item page lists a few, a document library many.
const OFFERED_DOCUMENTS_MAX: usize = 20;

/// What makes two links the same candidate: the target (or, for a placeholder, the `href` and
/// the page), the link text and the text around it.
fn link_identity(page: &Page, link: &Link) -> String {
    match &link.url {
        Some(url) => format!(
            "{url}|{}|{}|{}",
            link.text,
            link.heading.unwrap_or(""),
            page.content
                .block(link.block)
                .map(|b| b.text.as_str())
                .unwrap_or("")
        ),
        None => format!("{}|{}", link.href, page.url),
    }
}

/// The distinct link texts pointing at each page (by the URL it was fetched as), with the first
/// page each stands on. A menu link on every page is one text, not one per page.
fn inbound_links(snapshot: &SiteSnapshot) -> HashMap<String, IndexMap<&str, &Page>> {
    let mut targets: HashMap<&str, String> = HashMap::new();
    let mut inbound: HashMap<String, IndexMap<&str, &Page>> = HashMap::new();
    for page in &snapshot.pages {
        for link in page.content.links() {
            let Some(url) = &link.url else { continue };
            let target = targets
                .entry(url.as_str())
                .or_insert_with(|| match snapshot.state(url) {
                    Some(UrlState::Fetched { final_url, .. }) => final_url.to_string(),
                    _ => crate::discover::canonical(url).to_string(),
                });
            inbound
                .entry(target.clone())
                .or_default()
                .entry(link.text)
                .or_insert(page);
        }
    }
    inbound
}
