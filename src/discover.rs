//! Discover: the crawl frontier, its scope, its traps, and the rating of links.
//!
//! The frontier is a priority queue: links whose text or URL names an ITA/OIT hub or a checklist
//! item come before the rest ([`LinkRater`]), so that evidence is found early and a crawl stopped
//! by a budget has already seen what matters. An item named by many pages (every procurement
//! notice of an archive names O11) stops raising them after the first few, so an archive cannot
//! swallow the crawl; links on the ITA section's own pages, and documents, keep their boost. The
//! frontier tells what is still queued per item ([`Outlook`]), for an early stop. Scope is the start host and its www/non-www twin; the query string is
//! part of a page's identity (`?page_id=12` and `?page_id=13` are different pages), but session ids
//! and fragments are not.
//!
//! Only endless URL families are cut: calendars (a small budget per URL shape), repeated path
//! segments, very long URLs, and pagination that goes on past the end of its archive (pages that
//! list nothing). Finite families that are merely large, above all an archive's pagination
//! (`/category/news/page/57/`), are crawled at low priority instead: with budgets to spare the
//! crawl reaches every URL a recursive `wget` reaches, and with tight budgets they come last.
//!
//! Memory: the URLs met are kept as 64-bit keys, not strings, and URL shapes likewise, so a
//! 100,000-URL site costs the frontier a few MB beyond what is still queued.

use std::cmp::Ordering;
use std::collections::{BinaryHeap, HashMap, HashSet};

use url::Url;

use crate::rules::{Rules, file_stem};
use crate::thai;

/// Query parameters that identify a session, not a page.
const SESSION_PARAMS: &[&str] = &[
    "phpsessid",
    "jsessionid",
    "sid",
    "sessionid",
    "session_id",
    "sessid",
    "cfid",
    "cftoken",
];
/// Query parameters of tracking, not content.
const TRACKING_PARAMS: &[&str] = &[
    "utm_source",
    "utm_medium",
    "utm_campaign",
    "utm_term",
    "utm_content",
    "fbclid",
    "gclid",
];
/// Parameter and path words of calendars: their pages link to the next month or day forever, so
/// each calendar shape gets a small budget.
/// (`event` is not one: an agency's event posts are a finite list, like its news.)
const CALENDAR_WORDS: &[&str] = &["calendar", "month", "date", "day", "year", "week"];
/// Parameter and path words of pagination (`?page=7`, `/page/7/`, `?start=40`): finite on real
/// sites, and the only way to most of an archive's posts, so crawled at low priority, not dropped.
const PAGINATION_WORDS: &[&str] = &["page", "paged", "start", "offset", "pg"];
/// Query keys of pagination, matched whole (`page_id` is a WordPress page, not page N).
const PAGINATION_KEYS: &[&str] = &[
    "page",
    "paged",
    "pg",
    "start",
    "offset",
    "limitstart",
    "pageno",
    "page_no",
    "pagenum",
    "page_num",
    "currentpage",
    "cpage",
];
/// How many URLs of one calendar shape are crawled.
const CALENDAR_SHAPE_BUDGET: usize = 15;
/// How many URLs of a calendar shape keep their own priority before the rest are demoted.
const CALENDAR_SHAPE_EAGER: usize = 5;
/// How many URLs of any one shape keep their own priority; the rest are demoted to the low band
/// (not dropped), so that one huge listing does not starve the rest of the site.
const SHAPE_EAGER: usize = 400;
/// How many URLs of one shape are met before the rest of the family, when its links name nothing
/// (or only items many pages name), is taken to be more of the same: the crawl's early stop does
/// not wait for them.
const FAMILY_SAMPLE: usize = 20;
/// How many pagination pages in a row may list nothing (no content link outside the page chrome
/// and the pagination itself) before the shape is taken for an endless "next page" and cut.
const EMPTY_PAGES_IN_A_ROW: u32 = 3;
/// What a link naming a hub of the ITA section, or an item, adds to its priority; what each
/// click from the start takes away.
const HUB_BOOST: i32 = 100;
const ITEM_BOOST: i32 = 40;
const DEPTH_COST: i32 = 5;
/// How many pages named by the same item (or by a hub) keep the boost. Archives name items over
/// and over (every monthly procurement notice names O11, every PR post O4): past the first few,
/// such links are ordinary pages, or a crawl spends itself on the archive before it reaches the
/// ITA section a few clicks away. Documents keep their boost: they are the evidence itself, and
/// lead nowhere further.
const FRESH_PAGES_PER_ITEM: u32 = 5;
const FRESH_PAGES_PER_HUB: u32 = 10;
/// Demoted URLs (pagination, calendars, the excess of a large shape) rank below every other URL;
/// among themselves they keep the order of their own priority.
pub const LOW_BAND: i32 = -100_000;

/// The agency's site: the start host and its www twin.
#[derive(Debug, Clone)]
pub struct Scope {
    hosts: HashSet<String>,
    port: Option<u16>,
    scheme_agnostic: bool,
}

impl Scope {
    /// The scope of a crawl starting at `start`.
    pub fn new(start: &Url) -> Scope {
        let host = start.host_str().unwrap_or("").to_ascii_lowercase();
        let mut hosts = HashSet::from([host.clone()]);
        if let Some(bare) = host.strip_prefix("www.") {
            hosts.insert(bare.to_string());
        } else if host.contains('.') && host.parse::<std::net::IpAddr>().is_err() {
            hosts.insert(format!("www.{host}"));
        }
        Scope {
            hosts,
            port: start.port(),
            scheme_agnostic: true,
        }
    }

    /// The site's host names (the start host and its www twin), lowercase, sorted.
    pub fn hosts(&self) -> Vec<&str> {
        let mut hosts: Vec<&str> = self.hosts.iter().map(String::as_str).collect();
        hosts.sort_unstable();
        hosts
    }

    /// The port every URL on the site uses: the start URL's explicit port, `None` for the
    /// scheme's own.
    pub fn port(&self) -> Option<u16> {
        self.port
    }

    /// Whether `url` is on the agency's site (for a local file, any local file).
    pub fn contains(&self, url: &Url) -> bool {
        if url.scheme() == "file" {
            return self.hosts.contains("");
        }
        let host_ok = url
            .host_str()
            .is_some_and(|h| self.hosts.contains(&h.to_ascii_lowercase()));
        let scheme_ok = self.scheme_agnostic && matches!(url.scheme(), "http" | "https");
        host_ok && scheme_ok && url.port() == self.port
    }
}

/// The canonical form of a URL for "seen before": no fragment, no session or tracking
/// parameters, no `;jsessionid=` path parameter. The rest of the query is kept as written.
pub fn canonical(url: &Url) -> Url {
    let mut url = url.clone();
    url.set_fragment(None);
    if let Some(pos) = url.path().to_ascii_lowercase().find(";jsessionid=") {
        let path = url.path()[..pos].to_string();
        url.set_path(&path);
    }
    if url.query().is_some() {
        let kept: Vec<(String, String)> = url
            .query_pairs()
            .filter(|(k, _)| {
                let k = k.to_ascii_lowercase();
                !SESSION_PARAMS.contains(&k.as_str()) && !TRACKING_PARAMS.contains(&k.as_str())
            })
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
        let before = url.query_pairs().count();
        if kept.len() != before {
            if kept.is_empty() {
                url.set_query(None);
            } else {
                url.query_pairs_mut().clear().extend_pairs(kept);
            }
        }
    }
    url
}

/// A 64-bit key of a string. The frontier keeps keys, not URLs, for the URLs it has met: 8 bytes
/// a URL instead of a hundred. Two URLs sharing a key (odds about n²/2⁶⁵: 3·10⁻⁸ for a million
/// URLs) would make the second look seen.
fn key_of(text: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    // DefaultHasher::new() has fixed keys: the same URL has the same key in every run
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    text.hash(&mut hasher);
    hasher.finish()
}

/// The URL's shape: path with digit runs collapsed to one `9`, and the sorted query keys.
fn shape(url: &Url) -> String {
    let mut keys: Vec<String> = url
        .query_pairs()
        .map(|(k, _)| k.to_ascii_lowercase())
        .collect();
    keys.sort();
    let mut out = String::with_capacity(url.path().len() + 16);
    // collapse runs of digits so that 2026-01 and 2026-10 share a shape
    for c in url.path().chars() {
        if c.is_ascii_digit() {
            if !out.ends_with('9') {
                out.push('9');
            }
        } else {
            out.push(c);
        }
    }
    out.push('?');
    out.push_str(&keys.join("&"));
    out
}

/// What kind of URL family a URL belongs to, for the trap guards.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    /// Any other URL.
    Plain,
    /// Page N of a listing: finite, low priority.
    Pagination,
    /// A calendar view: endless, bounded per shape.
    Calendar,
}

fn word_hit(words: &[&str], name: &str) -> bool {
    words.iter().any(|w| {
        name == *w
            || name
                .strip_prefix(w)
                .is_some_and(|rest| rest.starts_with('-') || rest.starts_with('_'))
    })
}

fn all_digits(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit())
}

/// `page-7`, `page_7`, `page7` (a pagination word glued to its number).
fn numbered_word(words: &[&str], segment: &str) -> bool {
    words.iter().any(|w| {
        segment
            .strip_prefix(w)
            .map(|rest| rest.trim_start_matches(['-', '_']))
            .is_some_and(all_digits)
    })
}

/// The family of `url`, from its query and path: a calendar word anywhere makes a calendar; a
/// pagination word with a number (`?page=7`, `/page/7/`, `/page-7`) makes pagination.
pub fn family(url: &Url) -> Family {
    let path = url.path().to_ascii_lowercase();
    let pairs: Vec<(String, String)> = url
        .query_pairs()
        .map(|(k, v)| (k.to_ascii_lowercase(), v.into_owned()))
        .collect();
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    if path.contains("calendar")
        || pairs.iter().any(|(k, _)| word_hit(CALENDAR_WORDS, k))
        || segments.iter().any(|s| word_hit(CALENDAR_WORDS, s))
    {
        return Family::Calendar;
    }
    let query_page = pairs
        .iter()
        .any(|(k, v)| PAGINATION_KEYS.contains(&k.as_str()) && (v.is_empty() || all_digits(v)));
    let path_page = segments.iter().enumerate().any(|(i, s)| {
        (PAGINATION_WORDS.contains(s) && segments.get(i + 1).is_some_and(|n| all_digits(n)))
            || numbered_word(PAGINATION_WORDS, s)
    });
    if query_page || path_page {
        Family::Pagination
    } else {
        Family::Plain
    }
}

/// Rates links for the frontier: what a link's text and URL name (a hub of the ITA section,
/// checklist items) and so its priority. What names which item is the rules' own answer
/// ([`Rules::naming`]: one automaton pass over the text for every keyword and code;
/// [`Rules::url_items`]: the URL decoded once); a crawl rates every new link it meets, tens of
/// thousands on a large site, on the one thread that tends the frontier.
pub struct LinkRater<'r> {
    rules: &'r Rules,
}

impl<'r> LinkRater<'r> {
    /// A rater for `rules`.
    pub fn new(rules: &'r Rules) -> LinkRater<'r> {
        LinkRater { rules }
    }

    /// The priority of a link with text `text` (its own text and its context) to `url`, `depth`
    /// clicks from the start: hubs first, then anything naming an item, deeper links a little
    /// later. With it, what the link named.
    pub fn rate(&self, text: &str, url: &Url, depth: u32) -> Rating {
        let key = thai::match_key(&format!("{text} {}", file_stem(url)));
        let hub =
            self.rules.is_hub_text(&key) || self.rules.is_hub_text(&thai::match_key(url.path()));
        let mut named: u64 = 0;
        for i in self
            .rules
            .naming(&key)
            .items()
            .into_iter()
            .chain(self.rules.url_items(url))
            .filter(|i| *i < TRACKED_ITEMS)
        {
            named |= 1 << i;
        }
        let mut priority = -(depth.min(1_000_000) as i32) * DEPTH_COST;
        if hub {
            priority += HUB_BOOST;
        }
        priority += named.count_ones().min(3) as i32 * ITEM_BOOST;
        Rating {
            priority,
            interest: Interest { hub, items: named },
            on_hub_page: false,
        }
    }
}

/// Why a URL is not queued.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Skip {
    /// Already queued or fetched.
    Seen,
    /// Deeper than the depth limit.
    TooDeep,
    /// A crawler trap (calendar, endless pagination, repeated path).
    Trap,
}

/// What a link's text or URL names: a hub of the ITA section, or checklist items (bit `i` for
/// the item at index `i`; items past the 64th are not tracked).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Interest {
    /// The link names an ITA/OIT hub.
    pub hub: bool,
    /// Bit `i` set: the link names item `i`.
    pub items: u64,
}

impl Interest {
    /// Whether the link names nothing.
    pub fn is_empty(self) -> bool {
        !self.hub && self.items == 0
    }
}

/// A link's rating: its priority and what it named.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Rating {
    /// Higher is fetched first.
    pub priority: i32,
    /// What the link named.
    pub interest: Interest,
    /// The link stands on a page of the ITA section (one whose own link named a hub): its boost
    /// is kept however many pages its items already named.
    pub on_hub_page: bool,
}

/// How the frontier orders what it has queued.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Order {
    /// Hubs and links naming items first, pagination, calendars and the excess of large URL
    /// families last.
    #[default]
    Priority,
    /// First come, first served: a plain breadth-first crawl (the baseline the prioritised order
    /// is measured against). Trap guards still cut endless calendars and repeated paths.
    BreadthFirst,
}

/// One queued URL.
#[derive(Debug, Clone)]
pub struct Queued {
    /// The URL, canonical.
    pub url: Url,
    /// Clicks from the start page.
    pub depth: u32,
    /// Higher is fetched first.
    pub priority: i32,
    /// Expected to be a document (by its extension).
    pub is_document: bool,
    /// What its link named.
    pub interest: Interest,
    /// Queued again after its first request failed: one more try, without retries.
    pub last_try: bool,
    /// What the [`Outlook`] counts it for: its names while it is *open* ([`Frontier::offer`]),
    /// nothing otherwise.
    counted: Interest,
    /// Open, and its link names nothing.
    open_unnamed: bool,
    seq: u64,
}

impl PartialEq for Queued {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for Queued {}
impl PartialOrd for Queued {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Queued {
    fn cmp(&self, other: &Self) -> Ordering {
        // higher priority first; among equals, first come first served
        self.priority
            .cmp(&other.priority)
            .then_with(|| other.seq.cmp(&self.seq))
    }
}

/// Counts kept per URL shape.
#[derive(Debug, Default, Clone, Copy)]
struct ShapeCount {
    admitted: u32,
    /// Pagination pages of this shape fetched in a row that listed nothing.
    empty_in_a_row: u32,
    /// Cut as an endless pagination.
    cut: bool,
}

/// What is still queued, for deciding whether the rest of the crawl can change anything.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Outlook {
    /// URLs queued, not yet requested.
    pub queued: usize,
    /// Open queued URLs (that could still change an answer: see [`Frontier::offer`]) whose link
    /// named a hub of the ITA section.
    pub hubs: usize,
    /// Open queued URLs, per checklist item (by index), whose link named that item.
    pub per_item: Vec<usize>,
    /// Open queued URLs whose link named nothing.
    pub unnamed: usize,
    /// The best priority still queued (`None` when nothing is).
    pub best_priority: Option<i32>,
}

/// Whether a queued priority sits in the low band ([`LOW_BAND`]).
pub fn is_low_band(priority: i32) -> bool {
    priority <= LOW_BAND / 2
}

/// Checklist items the frontier tracks in what links name ([`Interest`], [`Outlook`]): the
/// first 64; a link naming a later item is queued, but counted for no item.
pub const TRACKED_ITEMS: usize = 64;

/// The crawl frontier.
#[derive(Debug, Default)]
pub struct Frontier {
    heap: BinaryHeap<Queued>,
    /// Keys ([`key_of`]) of the canonical URLs met.
    seen: HashSet<u64>,
    shapes: HashMap<u64, ShapeCount>,
    seq: u64,
    max_depth: u32,
    order: Order,
    /// Open queued URLs whose link named a hub, and per item, and that named nothing.
    pending_hubs: usize,
    pending_unnamed: usize,
    pending_items: Vec<u32>,
    /// Pages queued so far whose link named a hub, and per item (for [`FRESH_PAGES_PER_ITEM`]).
    named_hub_pages: u32,
    named_item_pages: Vec<u32>,
    /// URLs not queued because of a trap guard.
    pub trapped: usize,
}

impl Frontier {
    /// An empty frontier that queues links at most `max_depth` clicks deep.
    pub fn new(max_depth: u32) -> Frontier {
        Frontier::with_order(max_depth, Order::Priority)
    }

    /// An empty frontier in `order` that queues links at most `max_depth` clicks deep.
    pub fn with_order(max_depth: u32, order: Order) -> Frontier {
        Frontier {
            max_depth,
            order,
            pending_items: vec![0; TRACKED_ITEMS],
            named_item_pages: vec![0; 64],
            ..Frontier::default()
        }
    }

    /// Queues `url` unless seen, too deep or trapped. `priority` ranks it among the rest.
    pub fn push(
        &mut self,
        url: &Url,
        depth: u32,
        priority: i32,
        is_document: bool,
    ) -> Result<(), Skip> {
        self.offer(url, depth, is_document, |_| Rating {
            priority,
            ..Rating::default()
        })
    }

    /// Queues `url` unless seen, too deep or trapped; `rate` gives its priority and what it names,
    /// and is only called for a URL that will be queued (rating every link of every page would
    /// cost more than parsing the page: menus repeat on every page).
    pub fn offer(
        &mut self,
        url: &Url,
        depth: u32,
        is_document: bool,
        rate: impl FnOnce(&Url) -> Rating,
    ) -> Result<(), Skip> {
        let url = canonical(url);
        let key = key_of(url.as_str());
        if self.seen.contains(&key) {
            return Err(Skip::Seen);
        }
        if depth > self.max_depth {
            return Err(Skip::TooDeep);
        }
        let segments: Vec<&str> = url.path().split('/').filter(|s| !s.is_empty()).collect();
        let repeated = segments
            .iter()
            .any(|s| segments.iter().filter(|t| *t == s).count() >= 3);
        let family = family(&url);
        let count = self.shapes.entry(key_of(&shape(&url))).or_default();
        let admitted = count.admitted as usize;
        let endless = match family {
            Family::Calendar => admitted >= CALENDAR_SHAPE_BUDGET,
            Family::Pagination => count.cut,
            Family::Plain => false,
        };
        if repeated || segments.len() > 15 || url.as_str().len() > 2000 || endless {
            self.trapped += 1;
            self.seen.insert(key);
            return Err(Skip::Trap);
        }
        count.admitted += 1;
        let demoted = match family {
            Family::Calendar => admitted >= CALENDAR_SHAPE_EAGER,
            Family::Pagination => true,
            Family::Plain => admitted >= SHAPE_EAGER,
        };
        self.seen.insert(key);
        let (priority, interest, boosted) = match self.order {
            Order::Priority => {
                let rating = rate(&url);
                let (mut priority, interest) = (rating.priority, rating.interest);
                let stale = self.stale_boost(interest);
                if !is_document && !rating.on_hub_page {
                    priority -= stale;
                }
                let boosted = priority > -(depth.min(1_000_000) as i32) * DEPTH_COST;
                let band = if demoted { LOW_BAND } else { 0 };
                (priority.saturating_add(band), interest, boosted)
            }
            Order::BreadthFirst => (0, Interest::default(), true),
        };
        // Open: a URL whose reading could still change an answer, for the early stop. Outside the
        // low band, it is boosted (it names a hub or an item not yet named by many pages, or it
        // is a document named for an item), or it belongs to a family of look-alike URLs of
        // which few were met: the first posts of an archive are read, its four-hundredth is not
        // awaited, but a lone page behind a link that names nothing (a meta refresh, a submenu)
        // is.
        let open = !is_low_band(priority) && (boosted || admitted < FAMILY_SAMPLE);
        let counted = if open { interest } else { Interest::default() };
        let open_unnamed = open && interest.is_empty();
        self.seq += 1;
        self.count_pending(counted, open_unnamed, true);
        self.heap.push(Queued {
            url,
            depth,
            priority,
            is_document,
            interest,
            last_try: false,
            counted,
            open_unnamed,
            seq: self.seq,
        });
        Ok(())
    }

    /// The part of a page link's boost owed to a hub or items that already named enough pages;
    /// counts this link's names.
    fn stale_boost(&mut self, interest: Interest) -> i32 {
        let mut stale = 0;
        if interest.hub {
            if self.named_hub_pages >= FRESH_PAGES_PER_HUB {
                stale += HUB_BOOST;
            }
            self.named_hub_pages += 1;
        }
        let named = interest.items.count_ones();
        let mut fresh = 0;
        let mut items = interest.items;
        while items != 0 {
            let i = items.trailing_zeros() as usize;
            items &= items - 1;
            if let Some(n) = self.named_item_pages.get_mut(i) {
                if *n < FRESH_PAGES_PER_ITEM {
                    fresh += 1;
                }
                *n += 1;
            }
        }
        stale + (named.min(3) - fresh.min(3)) as i32 * ITEM_BOOST
    }

    /// Queues `url` again, met before, after its first request failed (last in line).
    pub fn requeue(&mut self, url: Url, depth: u32, is_document: bool) {
        self.seq += 1;
        self.heap.push(Queued {
            url,
            depth,
            priority: i32::MIN,
            is_document,
            interest: Interest::default(),
            last_try: true,
            counted: Interest::default(),
            open_unnamed: false,
            seq: self.seq,
        });
    }

    /// Tells the frontier how many content links (outside the page chrome, not pagination) the
    /// fetched page at `url` listed: pagination pages that list nothing, several in a row, are an
    /// endless "next page" (pages past the end of the archive) and their shape is cut.
    pub fn page_listed(&mut self, url: &Url, content_links: usize) {
        if family(url) != Family::Pagination {
            return;
        }
        let count = self.shapes.entry(key_of(&shape(url))).or_default();
        if content_links > 0 {
            count.empty_in_a_row = 0;
        } else {
            count.empty_in_a_row += 1;
            count.cut |= count.empty_in_a_row >= EMPTY_PAGES_IN_A_ROW;
        }
    }

    /// Counts an open queued URL for the [`Outlook`].
    fn count_pending(&mut self, interest: Interest, open_unnamed: bool, add: bool) {
        if open_unnamed {
            if add {
                self.pending_unnamed += 1;
            } else {
                self.pending_unnamed = self.pending_unnamed.saturating_sub(1);
            }
        }
        let step = |n: &mut usize| {
            if add {
                *n += 1
            } else {
                *n = n.saturating_sub(1)
            }
        };
        if interest.hub {
            step(&mut self.pending_hubs);
        }
        let mut items = interest.items;
        while items != 0 {
            let i = items.trailing_zeros() as usize;
            items &= items - 1;
            if let Some(n) = self.pending_items.get_mut(i) {
                *n = if add { *n + 1 } else { n.saturating_sub(1) };
            }
        }
    }

    /// The URL to fetch next: the highest priority, then the shallowest.
    pub fn pop(&mut self) -> Option<Queued> {
        let next = self.heap.pop()?;
        self.count_pending(next.counted, next.open_unnamed, false);
        Some(next)
    }

    /// URLs queued.
    pub fn len(&self) -> usize {
        self.heap.len()
    }

    /// Whether nothing is queued.
    pub fn is_empty(&self) -> bool {
        self.heap.is_empty()
    }

    /// What is still queued, for `items` checklist items.
    pub fn outlook(&self, items: usize) -> Outlook {
        Outlook {
            queued: self.heap.len(),
            hubs: self.pending_hubs,
            unnamed: self.pending_unnamed,
            per_item: (0..items)
                .map(|i| self.pending_items.get(i).map_or(0, |n| *n as usize))
                .collect(),
            best_priority: self.heap.peek().map(|q| q.priority),
        }
    }

    /// The URLs still queued, in no particular order.
    pub fn queued(&self) -> impl Iterator<Item = &Queued> {
        self.heap.iter()
    }

    /// What is still queued (for "not reached" reasons when a budget stops the crawl).
    pub fn drain(&mut self) -> Vec<Queued> {
        self.pending_hubs = 0;
        self.pending_unnamed = 0;
        self.pending_items.iter_mut().for_each(|n| *n = 0);
        std::mem::take(&mut self.heap).into_vec()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn u(s: &str) -> Url {
        Url::parse(s).unwrap()
    }

    #[test]
    fn query_is_identity_but_sessions_are_not() {
        let mut f = Frontier::new(5);
        assert!(
            f.push(&u("http://a.go.th/?page_id=12"), 1, 0, false)
                .is_ok()
        );
        assert!(
            f.push(&u("http://a.go.th/?page_id=13"), 1, 0, false)
                .is_ok()
        );
        assert_eq!(
            f.push(&u("http://a.go.th/?page_id=12#top"), 1, 0, false),
            Err(Skip::Seen)
        );
        assert!(
            f.push(
                &u("http://a.go.th/news.php?id=1&PHPSESSID=abc"),
                1,
                0,
                false
            )
            .is_ok()
        );
        assert_eq!(
            f.push(
                &u("http://a.go.th/news.php?id=1&PHPSESSID=def"),
                1,
                0,
                false
            ),
            Err(Skip::Seen)
        );
        assert_eq!(
            f.push(&u("http://a.go.th/a;jsessionid=XYZ"), 1, 0, false),
            Ok(())
        );
        assert_eq!(
            f.push(&u("http://a.go.th/a;jsessionid=QQ"), 1, 0, false),
            Err(Skip::Seen)
        );
    }

    #[test]
    fn priority_orders_the_queue() {
        let mut f = Frontier::new(5);
        f.push(&u("http://a.go.th/news"), 1, 0, false).unwrap();
        f.push(&u("http://a.go.th/ita"), 1, 100, false).unwrap();
        f.push(&u("http://a.go.th/about"), 1, 0, false).unwrap();
        assert_eq!(f.pop().unwrap().url.path(), "/ita");
        assert_eq!(f.pop().unwrap().url.path(), "/news");
    }

    #[test]
    fn calendars_and_repeated_segments_are_bounded() {
        let mut f = Frontier::new(1000);
        let queued = (0..200)
            .filter(|m| {
                f.push(
                    &u(&format!("http://a.go.th/calendar?month=2026-{m:02}")),
                    1,
                    0,
                    false,
                )
                .is_ok()
            })
            .count();
        assert_eq!(queued, CALENDAR_SHAPE_BUDGET);
        assert_eq!(
            f.push(&u("http://a.go.th/a/b/a/b/a/x"), 1, 0, false),
            Err(Skip::Trap)
        );
        assert_eq!(
            f.push(&u("http://a.go.th/deep"), 1001, 0, false),
            Err(Skip::TooDeep)
        );
    }

    #[test]
    fn scope_is_host_and_www_twin() {
        let scope = Scope::new(&u("https://www.example.go.th/"));
        assert!(scope.contains(&u("http://example.go.th/x")));
        assert!(scope.contains(&u("https://www.example.go.th/?page_id=3")));
        assert!(!scope.contains(&u("https://drive.google.com/file/d/1")));
        assert!(!scope.contains(&u("https://sub.example.go.th/")));
        let local = Scope::new(&u("http://127.0.0.1:8080/"));
        assert!(local.contains(&u("http://127.0.0.1:8080/a")));
        assert!(!local.contains(&u("http://127.0.0.1:9090/a")));
    }

    #[test]
    fn finite_pagination_is_queued_at_low_priority_not_dropped() {
        let mut f = Frontier::new(1000);
        for n in 2..=500 {
            let url = u(&format!("http://a.go.th/category/news/page/{n}/"));
            assert_eq!(f.push(&url, 2, 0, false), Ok(()), "{url}");
        }
        for n in 2..=100 {
            let url = u(&format!("http://a.go.th/news.php?page={n}"));
            assert_eq!(f.push(&url, 2, 0, false), Ok(()), "{url}");
        }
        f.push(&u("http://a.go.th/about"), 5, -25, false).unwrap();
        assert_eq!(f.trapped, 0);
        // a plain page five clicks down comes before page 2 of any archive
        assert_eq!(f.pop().unwrap().url.path(), "/about");
        let next = f.pop().unwrap();
        assert_eq!(next.url.path(), "/category/news/page/2/");
        assert!(next.priority <= LOW_BAND);
    }

    #[test]
    fn pagination_past_the_end_is_cut_after_pages_that_list_nothing() {
        let mut f = Frontier::new(1000);
        let page = |n: u32| u(&format!("http://a.go.th/news?page={n}"));
        for n in 1..=10 {
            f.push(&page(n), 1, 0, false).unwrap();
            f.page_listed(&page(n), 10);
        }
        // an archive that lists posts already seen elsewhere is still listing: not cut
        f.push(&page(11), 1, 0, false).unwrap();
        f.page_listed(&page(11), 10);
        for n in 12..12 + EMPTY_PAGES_IN_A_ROW {
            f.push(&page(n), 1, 0, false).unwrap();
            f.page_listed(&page(n), 0);
        }
        assert_eq!(f.push(&page(100), 1, 0, false), Err(Skip::Trap));
        // another archive's pagination is not affected
        assert!(
            f.push(&u("http://a.go.th/docs?page=2"), 1, 0, false)
                .is_ok()
        );
    }

    #[test]
    fn a_large_family_is_demoted_not_dropped() {
        let mut f = Frontier::new(10);
        for id in 0..1000 {
            let url = u(&format!("http://a.go.th/news_view.php?id={id}"));
            assert_eq!(f.push(&url, 2, 0, false), Ok(()));
        }
        f.push(&u("http://a.go.th/contact"), 3, -5, false).unwrap();
        let order: Vec<String> = std::iter::from_fn(|| f.pop())
            .map(|q| q.url.query().unwrap_or(q.url.path()).to_string())
            .collect();
        assert_eq!(order.len(), 1001);
        // 400 keep their priority and come first, then the other page, then the rest
        assert_eq!(order[399], "id=399");
        assert_eq!(order[400], "/contact");
        assert_eq!(order[1000], "id=999");
    }

    #[test]
    fn families() {
        for (url, want) in [
            ("http://a.go.th/category/news/page/7/", Family::Pagination),
            ("http://a.go.th/news?page=7", Family::Pagination),
            ("http://a.go.th/list.php?start=40&cat=2", Family::Pagination),
            ("http://a.go.th/news/page-3", Family::Pagination),
            // nysso keeps its whole site under /page/
            ("http://a.go.th/page/ITA.php", Family::Plain),
            ("http://a.go.th/?page_id=12", Family::Plain),
            ("http://a.go.th/calendar?month=2026-01", Family::Calendar),
            ("http://a.go.th/events/?date=2026-01-05", Family::Calendar),
            ("http://a.go.th/event/123/", Family::Plain),
            ("http://a.go.th/2568/10/page/3/", Family::Pagination),
        ] {
            assert_eq!(family(&u(url)), want, "{url}");
        }
    }

    #[test]
    fn links_are_rated_only_when_new_and_outlook_counts_what_they_name() {
        let mut f = Frontier::new(5);
        let mut rated = 0;
        let named = Interest {
            hub: false,
            items: 0b101,
        };
        for _ in 0..3 {
            let _ = f.offer(&u("http://a.go.th/o1"), 1, false, |_| {
                rated += 1;
                Rating {
                    priority: 40,
                    interest: named,
                    on_hub_page: false,
                }
            });
        }
        assert_eq!(rated, 1);
        f.offer(&u("http://a.go.th/ita"), 1, false, |_| Rating {
            priority: 100,
            interest: Interest {
                hub: true,
                items: 0,
            },
            on_hub_page: false,
        })
        .unwrap();
        let outlook = f.outlook(3);
        assert_eq!(outlook.queued, 2);
        assert_eq!(outlook.hubs, 1);
        assert_eq!(outlook.per_item, vec![1, 0, 1]);
        assert_eq!(outlook.best_priority, Some(100));
        f.pop();
        f.pop();
        assert_eq!(f.outlook(3).per_item, vec![0, 0, 0]);
        assert_eq!(f.outlook(3).hubs, 0);
    }

    #[test]
    fn breadth_first_ignores_priorities() {
        let mut f = Frontier::with_order(5, Order::BreadthFirst);
        f.push(&u("http://a.go.th/news"), 1, 0, false).unwrap();
        f.push(&u("http://a.go.th/ita"), 1, 100, false).unwrap();
        f.push(&u("http://a.go.th/news/page/2/"), 1, 0, false)
            .unwrap();
        f.push(&u("http://a.go.th/about"), 1, 0, false).unwrap();
        let order: Vec<String> = std::iter::from_fn(|| f.pop())
            .map(|q| q.url.path().to_string())
            .collect();
        assert_eq!(order, ["/news", "/ita", "/news/page/2/", "/about"]);
    }

    /// The rater gives the answers of the rules it stands in for, on every phrase of the shipped
    /// checklists in link texts, next to Latin letters, as item codes and in URLs.
    #[test]
    fn the_link_rater_agrees_with_the_rules() {
        for name in ["ita-2569", "ita-2568"] {
            let checklist = crate::checklist::load(name).unwrap();
            let rules = Rules::new(&checklist);
            let rater = LinkRater::new(&rules);
            let mut texts: Vec<String> = vec![
                String::new(),
                "ดาวน์โหลด".into(),
                "O11 สรุปผล".into(),
                "o-24 รายงาน".into(),
                "011รายงาน".into(),
                "หน้าแรก".into(),
            ];
            for phrase in rules
                .hub_keywords
                .iter()
                .chain(rules.items.iter().flat_map(|i| &i.keywords))
            {
                let t = &phrase.text;
                texts.extend([
                    t.clone(),
                    format!("ดาวน์โหลด {t} ปี 2569"),
                    format!("x{t}x"),
                    format!("({t})"),
                    format!("{t}s"),
                ]);
            }
            let urls = [
                "http://a.go.th/",
                "http://a.go.th/ita/o11.pdf",
                "http://a.go.th/ITA/2569/O-24/",
                "http://a.go.th/uploads/2026/02/plan.pdf",
                "http://a.go.th/files/%E0%B8%AA%E0%B8%82%E0%B8%A3.pdf",
                "http://a.go.th/index.php?option=oit&id=o5",
                "http://a.go.th/news/no-gift-policy",
                "http://a.go.th/e-service/",
            ];
            for text in &texts {
                for url in urls {
                    let url = u(url);
                    let key = thai::match_key(&format!("{text} {}", file_stem(&url)));
                    let hub =
                        rules.is_hub_text(&key) || rules.is_hub_text(&thai::match_key(url.path()));
                    let items = rules.items_matching(&key, Some(&url));
                    let mask = items.iter().fold(0u64, |m, i| m | 1 << i);
                    let priority = -10 + if hub { 100 } else { 0 } + items.len().min(3) as i32 * 40;
                    let got = rater.rate(text, &url, 2);
                    assert_eq!(
                        (got.priority, got.interest.hub, got.interest.items),
                        (priority, hub, mask),
                        "{name}: `{text}` → {url}"
                    );
                }
            }
        }
    }

    #[test]
    fn an_item_named_by_many_pages_stops_boosting_them_but_not_documents() {
        let mut f = Frontier::new(5);
        let o11 = Rating {
            priority: 30,
            interest: Interest {
                hub: false,
                items: 1 << 10,
            },
            on_hub_page: false,
        };
        let mut priorities = Vec::new();
        for n in 0..7 {
            let url = u(&format!("http://a.go.th/news/{n}/"));
            f.offer(&url, 2, false, |_| o11).unwrap();
        }
        f.offer(&u("http://a.go.th/files/o11.pdf"), 2, true, |_| o11)
            .unwrap();
        // the ITA section's own page for the item keeps it too
        f.offer(&u("http://a.go.th/ita/o11/"), 3, false, |_| Rating {
            on_hub_page: true,
            ..o11
        })
        .unwrap();
        while let Some(q) = f.pop() {
            priorities.push((q.url.path().to_string(), q.priority));
        }
        let boosted = priorities.iter().filter(|(_, p)| *p == 30).count();
        // five pages, the document and the hub's page keep the boost; the 6th and 7th page lose it
        assert_eq!(boosted, FRESH_PAGES_PER_ITEM as usize + 2, "{priorities:?}");
        assert!(priorities.contains(&("/files/o11.pdf".to_string(), 30)));
        assert_eq!(priorities.last().unwrap().1, 30 - ITEM_BOOST);
    }
}
