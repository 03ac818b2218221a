//! Discover: the crawl frontier, its scope and its traps.
//!
//! The frontier is a priority queue: links whose text or URL names an ITA/OIT hub or a checklist
//! item come before the rest, so that evidence is found early and a crawl stopped by a budget has
//! already seen what matters. Scope is the start host and its www/non-www twin; the query string is
//! part of a page's identity (`?page_id=12` and `?page_id=13` are different pages), but session ids
//! and fragments are not. Trap guards bound calendars, pagination and repeated path segments.

use std::cmp::Ordering;
use std::collections::{BinaryHeap, HashMap, HashSet};

use url::Url;

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
/// Parameter and path words of calendars and pagination: such URL shapes get a small budget.
const TRAP_WORDS: &[&str] = &[
    "calendar", "month", "date", "day", "year", "week", "event", "page", "paged", "start",
    "offset", "pg",
];
/// How many URLs of one calendar/pagination shape are crawled.
const TRAP_SHAPE_BUDGET: usize = 15;
/// How many URLs of any one shape are crawled.
const SHAPE_BUDGET: usize = 400;

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

/// The URL's shape: path with digit runs replaced, and the sorted query keys.
fn shape(url: &Url) -> String {
    let mut s: String = url
        .path()
        .chars()
        .map(|c| if c.is_ascii_digit() { '9' } else { c })
        .collect();
    let mut keys: Vec<String> = url
        .query_pairs()
        .map(|(k, _)| k.to_ascii_lowercase())
        .collect();
    keys.sort();
    s.push('?');
    s.push_str(&keys.join("&"));
    // collapse runs of 9s so that 2026-01 and 2026-10 share a shape
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if !(c == '9' && out.ends_with('9')) {
            out.push(c);
        }
    }
    out
}

fn is_trap_shape(url: &Url) -> bool {
    let path = url.path().to_ascii_lowercase();
    let key_hit = url
        .query_pairs()
        .any(|(k, _)| TRAP_WORDS.contains(&k.to_ascii_lowercase().as_str()));
    let path_hit = path.split('/').any(|seg| {
        TRAP_WORDS.iter().any(|w| {
            seg == *w || seg.starts_with(&format!("{w}-")) || seg.starts_with(&format!("{w}_"))
        })
    });
    key_hit || path_hit || path.contains("calendar")
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

/// The crawl frontier.
#[derive(Debug, Default)]
pub struct Frontier {
    heap: BinaryHeap<Queued>,
    seen: HashSet<String>,
    shapes: HashMap<String, usize>,
    seq: u64,
    max_depth: u32,
    /// URLs not queued because of a trap guard.
    pub trapped: usize,
}

impl Frontier {
    /// An empty frontier that queues links at most `max_depth` clicks deep.
    pub fn new(max_depth: u32) -> Frontier {
        Frontier {
            max_depth,
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
        let url = canonical(url);
        let key = url.as_str().to_string();
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
        let shape = shape(&url);
        let used = self.shapes.get(&shape).copied().unwrap_or(0);
        let budget = if is_trap_shape(&url) {
            TRAP_SHAPE_BUDGET
        } else {
            SHAPE_BUDGET
        };
        if repeated || segments.len() > 15 || url.as_str().len() > 2000 || used >= budget {
            self.trapped += 1;
            self.seen.insert(key);
            return Err(Skip::Trap);
        }
        self.shapes.insert(shape, used + 1);
        self.seen.insert(key);
        self.seq += 1;
        self.heap.push(Queued {
            url,
            depth,
            priority,
            is_document,
            seq: self.seq,
        });
        Ok(())
    }

    /// The URL to fetch next: the highest priority, then the shallowest.
    pub fn pop(&mut self) -> Option<Queued> {
        self.heap.pop()
    }

    /// URLs queued.
    pub fn len(&self) -> usize {
        self.heap.len()
    }

    /// Whether nothing is queued.
    pub fn is_empty(&self) -> bool {
        self.heap.is_empty()
    }

    /// What is still queued (for "not reached" reasons when a budget stops the crawl).
    pub fn drain(&mut self) -> Vec<Queued> {
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
        assert_eq!(queued, TRAP_SHAPE_BUDGET);
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
}
