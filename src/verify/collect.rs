//! Fetching what was submitted into a [`SiteSnapshot`], as an assessor clicks it: every
//! submitted URL once (redirects followed and recorded, to any host, as a browser would), a few
//! documents and pages one level below the submitted pages, and a few pages of the site that only
//! help the judgement. What each URL gave is kept as a [`UrlCheck`]; what the evaluator needs is
//! recorded in the snapshot exactly as a crawl records it, so [`crate::Judge::item_at`] judges it
//! with the scan's rules.
//!
//! Three things an assessor sees that a crawl does not look for are detected here, and the URL
//! is then withheld from the evaluator with its own reason:
//!
//! * **soft 404s** (`soft_404`): the site answers a missing address with HTTP 200. The site's
//!   answer for a random missing path is fetched first; a submitted page that shows nothing that
//!   page does not show (or lands where that address is redirected, or says "page not found") is
//!   that page, not the item's;
//! * **access walls** (`access_wall`): Google Drive's "request access", a Google or Facebook
//!   login, a password form instead of the content, HTTP 401;
//! * an on-site URL that **redirects off the site** is judged where it lands (another host:
//!   `external_only`).
//!
//! Politeness is the [`Fetcher`]'s: a per-host rate limit and concurrency, retries only where they
//! help. robots.txt is not read: only URLs the agency submitted for assessment (and what they
//! link for the item) are fetched, one request each, as a link checker does.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use std::time::Duration;

use tokio::task::JoinSet;
use tokio::time::Instant;
use url::Url;

use crate::discover::{Scope, canonical};
use crate::extract::charset;
use crate::extract::document;
use crate::extract::html::{self, PageContent};
use crate::fetch::{ContentKind, FailureReason, FetchResult, Fetcher};
use crate::reason::ReasonCode;
use crate::rules::percent_decode;
use crate::snapshot::{DocumentResult, SiteSnapshot, SnapshotBuilder, UrlState};
use crate::thai;
use crate::verify::report::UrlCheck;

/// How long one document may take to parse (as in a crawl).
const DOCUMENT_DEADLINE: Duration = Duration::from_secs(30);
/// Body caps, as in a crawl: pages 5 MiB, documents 20 MiB.
const PAGE_BYTES: usize = 5 * 1024 * 1024;
const DOCUMENT_BYTES: usize = 20 * 1024 * 1024;
/// Below this many characters of its own, a page shows nothing a missing address does not.
const OWN_TEXT_MIN: usize = 40;

/// How the site answers an address that does not exist.
#[derive(Debug, Clone)]
enum MissingAnswer {
    /// Not probed, or an error status: missing pages say so.
    Honest,
    /// HTTP 200 with a page: what it shows, to compare pages with.
    Page(MissingPage),
    /// A redirect to this URL (usually the home page).
    Redirect(Url),
}

/// What the site's page for a missing address shows.
#[derive(Debug, Clone)]
struct MissingPage {
    /// Its blocks and title, as match keys.
    blocks: HashSet<String>,
    /// Where its content links lead.
    links: HashSet<String>,
    /// Its content images.
    images: usize,
}

impl MissingPage {
    fn of(content: &PageContent, url: &Url) -> MissingPage {
        MissingPage {
            blocks: block_keys(content, url),
            links: content_links(content),
            images: content.images.len(),
        }
    }
}

/// Where the content (not the menus) of a page links.
fn content_links(content: &PageContent) -> HashSet<String> {
    content
        .links()
        .filter(|l| !l.chrome)
        .filter_map(|l| l.url.map(|u| canonical(u).to_string()))
        .collect()
}

/// A URL to fetch and how it was reached.
#[derive(Debug, Clone)]
pub(crate) struct Target {
    pub url: Url,
    /// Submitted by the agency (as opposed to followed one level down, or a helper page).
    pub submitted: bool,
}

/// What fetching one URL gave, for the report and for the evaluator.
#[derive(Debug, Clone)]
pub(crate) struct Fetched {
    pub check: UrlCheck,
    /// The URL to give the evaluator: the URL itself (the snapshot knows where it led), its
    /// final URL when it left the site, or none when a problem found here decides it.
    pub judge_url: Option<Url>,
}

/// The fetches of one verification and the snapshot they build.
pub(crate) struct Collector {
    fetcher: Arc<Fetcher>,
    pub snapshot: SiteSnapshot,
    fetched: HashMap<String, Fetched>,
    /// Submitted pages on other hosts, read but not judged (their content is `external_only`):
    /// an agency's ITA page kept on Google Sites is still its list of links.
    off_site_pages: HashMap<String, (Url, PageContent)>,
    missing: MissingAnswer,
    max_requests: usize,
    pub requests: usize,
    pub notes: Vec<String>,
    began: Instant,
}

impl Collector {
    pub fn new(fetcher: Arc<Fetcher>, site: &Url, max_requests: usize) -> Collector {
        Collector {
            fetcher,
            snapshot: SnapshotBuilder::new(site).build(),
            fetched: HashMap::new(),
            off_site_pages: HashMap::new(),
            missing: MissingAnswer::Honest,
            max_requests,
            requests: 0,
            notes: Vec::new(),
            began: Instant::now(),
        }
    }

    pub fn scope(&self) -> &Scope {
        &self.snapshot.scope
    }

    /// What fetching `url` gave, if it was fetched.
    pub fn get(&self, url: &Url) -> Option<&Fetched> {
        self.fetched.get(canonical(url).as_str())
    }

    /// The page read at `url` (after redirects), if any.
    pub fn page(&self, url: &Url) -> Option<&crate::snapshot::Page> {
        let target = match self.snapshot.state(url) {
            Some(UrlState::Fetched { final_url, .. }) => final_url.clone(),
            _ => canonical(url),
        };
        self.snapshot.pages.iter().find(|p| p.url == target)
    }

    /// A submitted page read on another host (its URL after redirects, and what it holds).
    pub fn off_site_page(&self, url: &Url) -> Option<&(Url, PageContent)> {
        self.off_site_pages.get(canonical(url).as_str())
    }

    pub fn elapsed(&self) -> Duration {
        self.began.elapsed()
    }

    /// Reads the site around the submission: the start page and one or two menu pages, and the
    /// site's answer for a missing address.
    ///
    /// The start and menu pages are not evidence. They are fetched because the evaluator tells a
    /// page's own text from the site template (menus, footer) by the blocks repeated on at least
    /// three pages: with only the one or two pages submitted for an item, a footer's phone number
    /// would count as the page's content. The missing address is how soft 404s are recognised.
    pub async fn prepare(&mut self) {
        let site = self.snapshot.start.clone();
        self.fetcher.decide_address_rule(&site).await;
        let probe = missing_probe(&site);
        let mut tasks = JoinSet::new();
        for url in [site.clone(), probe.clone()] {
            let fetcher = self.fetcher.clone();
            tasks.spawn(async move {
                let result = fetcher.get(&url, PAGE_BYTES, &|_| true).await;
                (url, result)
            });
        }
        let mut probe_result = None;
        let mut start_result = None;
        while let Some(Ok((url, result))) = tasks.join_next().await {
            self.requests += 1;
            if url == probe {
                probe_result = Some(result);
            } else {
                start_result = Some(result);
            }
        }
        if let Some(result) = probe_result {
            self.missing = self.missing_answer(&probe, result);
        }
        if let Some(result) = start_result {
            self.record(&site, false, result, None);
        }
        let menu: Vec<Target> = match self.page(&site) {
            Some(page) => page
                .content
                .links()
                .filter(|l| l.chrome)
                .filter_map(|l| l.url.cloned())
                .filter(|u| {
                    self.snapshot.scope.contains(u)
                        && canonical(u) != canonical(&site)
                        && ContentKind::from_url(u).is_none_or(|k| k == ContentKind::Html)
                })
                .fold(Vec::<Url>::new(), |mut acc, u| {
                    if !acc.iter().any(|a| canonical(a) == canonical(&u)) {
                        acc.push(u);
                    }
                    acc
                })
                .into_iter()
                .take(2)
                .map(|url| Target {
                    url,
                    submitted: false,
                })
                .collect(),
            None => Vec::new(),
        };
        self.fetch(menu).await;
    }

    fn missing_answer(&mut self, probe: &Url, result: FetchResult) -> MissingAnswer {
        let Ok(fetched) = result else {
            return MissingAnswer::Honest;
        };
        if !(200..300).contains(&fetched.status) {
            return MissingAnswer::Honest;
        }
        if canonical(&fetched.final_url) != canonical(probe) {
            self.notes.push(format!(
                "the site redirects a missing address to {} with HTTP {}: a submitted URL that lands there is taken for a missing page (soft_404)",
                fetched.final_url, fetched.status
            ));
            return MissingAnswer::Redirect(canonical(&fetched.final_url));
        }
        if fetched.kind != ContentKind::Html {
            return MissingAnswer::Honest;
        }
        let decoded = charset::decode(&fetched.body, fetched.content_type.as_deref(), true);
        let content = html::extract(&decoded.text, &fetched.final_url);
        self.notes.push(format!(
            "the site answers a missing address with HTTP {} («{}»): a submitted page that shows nothing more is taken for a missing page (soft_404)",
            fetched.status,
            thai::squash_spaces(&content.title)
        ));
        MissingAnswer::Page(MissingPage::of(&content, probe))
    }

    /// Fetches `targets` not fetched yet, a few at a time (the fetcher keeps each host polite),
    /// and records what each gave.
    pub async fn fetch(&mut self, targets: Vec<Target>) {
        let mut queue: Vec<Target> = Vec::new();
        for target in targets {
            let key = canonical(&target.url).to_string();
            if self.fetched.contains_key(&key)
                || queue
                    .iter()
                    .any(|q| canonical(&q.url).as_str() == key.as_str())
            {
                continue;
            }
            queue.push(target);
        }
        let in_flight = self.fetcher.config().concurrency.max(1) * 2;
        let mut tasks: JoinSet<(Target, FetchResult, Option<DocumentResult>)> = JoinSet::new();
        let mut queue = queue.into_iter();
        loop {
            while tasks.len() < in_flight {
                let Some(target) = queue.next() else { break };
                if self.requests >= self.max_requests {
                    self.budget_exhausted(&target);
                    continue;
                }
                self.requests += 1;
                let fetcher = self.fetcher.clone();
                let scope = self.snapshot.scope.clone();
                tasks.spawn(async move {
                    let predicted = ContentKind::from_url(&target.url);
                    let cap = if predicted.is_some_and(ContentKind::is_document) {
                        DOCUMENT_BYTES
                    } else {
                        PAGE_BYTES
                    };
                    let mut result = fetcher.get(&target.url, cap, &|_| true).await;
                    // unchanged since the previous run (304): its reading stands
                    let kept = match &mut result {
                        Ok(f) => fetcher.reuse_reading(f),
                        Err(_) => None,
                    };
                    // documents are read on the agency's site only: elsewhere they are
                    // external_only, whatever they say
                    let document = match &mut result {
                        _ if kept.is_some() => kept,
                        Ok(f)
                            if f.kind.is_document()
                                && (200..300).contains(&f.status)
                                && scope.contains(&f.final_url) =>
                        {
                            let reading = read_document(f).await;
                            fetcher.keep_reading(f, &reading);
                            Some(reading)
                        }
                        _ => None,
                    };
                    (target, result, document)
                });
            }
            let Some(joined) = tasks.join_next().await else {
                break;
            };
            let Ok((target, result, document)) = joined else {
                continue;
            };
            self.record(&target.url, target.submitted, result, document);
        }
    }

    fn budget_exhausted(&mut self, target: &Target) {
        let reason = FailureReason::BudgetExhausted;
        self.snapshot
            .set_state(&target.url, UrlState::NotFetched { reason });
        self.fetched.insert(
            canonical(&target.url).to_string(),
            Fetched {
                check: UrlCheck {
                    final_url: None,
                    redirects: vec![],
                    status: None,
                    kind: None,
                    external: None,
                    problem: Some(reason.into()),
                    detail: Some(format!(
                        "not fetched: the limit of {} requests was reached",
                        self.max_requests
                    )),
                },
                judge_url: Some(target.url.clone()),
            },
        );
    }

    /// Records what fetching `url` gave: in the snapshot as a crawl records it, and as a check.
    fn record(
        &mut self,
        url: &Url,
        submitted: bool,
        result: FetchResult,
        document: Option<DocumentResult>,
    ) {
        let key = canonical(url).to_string();
        let fetched = match result {
            Err(failure) => {
                self.snapshot.set_state(
                    url,
                    UrlState::Failed {
                        reason: failure.reason,
                        detail: failure.detail.clone(),
                    },
                );
                Fetched {
                    check: UrlCheck {
                        final_url: None,
                        redirects: failure.redirects,
                        status: None,
                        kind: None,
                        external: (!self.snapshot.scope.contains(url))
                            .then(|| host(url))
                            .flatten(),
                        problem: Some(failure.reason.into()),
                        detail: Some(failure.detail),
                    },
                    judge_url: Some(url.clone()),
                }
            }
            Ok(f) => self.record_response(url, submitted, f, document),
        };
        self.fetched.insert(key, fetched);
    }

    fn record_response(
        &mut self,
        url: &Url,
        submitted: bool,
        f: crate::fetch::Fetched,
        document: Option<DocumentResult>,
    ) -> Fetched {
        let final_url = canonical(&f.final_url);
        let scope = &self.snapshot.scope;
        let lands_off_site = !scope.contains(&final_url);
        let mut check = UrlCheck {
            final_url: (final_url != canonical(url)).then(|| final_url.clone()),
            redirects: f.redirects.clone(),
            status: Some(f.status),
            kind: Some(f.kind),
            external: lands_off_site.then(|| host(&final_url)).flatten(),
            problem: ReasonCode::from_status(f.status),
            detail: ReasonCode::from_status(f.status).map(|_| format!("HTTP {}", f.status)),
        };
        // an on-site address that leads off the site is judged where it leads
        let mut judge_url = if lands_off_site && scope.contains(url) {
            check.detail = Some(format!(
                "redirects off the agency's site to {}",
                host(&final_url).unwrap_or_default()
            ));
            Some(final_url.clone())
        } else {
            Some(url.clone())
        };
        let state = UrlState::Fetched {
            status: f.status,
            kind: f.kind,
            final_url: final_url.clone(),
        };
        if f.status == 401 {
            check.problem = Some(ReasonCode::AccessWall);
            check.detail = Some("asks for a user name and password (HTTP 401)".into());
            judge_url = None;
        }
        let ok = (200..300).contains(&f.status);
        if ok && f.kind == ContentKind::Html {
            let decoded = charset::decode(&f.body, f.content_type.as_deref(), true);
            let content = html::extract(&decoded.text, &final_url);
            if let Some(wall) = access_wall(&final_url, &decoded.text, &content) {
                check.problem = Some(ReasonCode::AccessWall);
                check.detail = Some(wall);
                self.snapshot.set_state(url, state);
                return Fetched {
                    check,
                    judge_url: None,
                };
            }
            if lands_off_site {
                self.snapshot.set_state(url, state);
                if submitted {
                    self.off_site_pages
                        .insert(canonical(url).to_string(), (final_url.clone(), content));
                }
                return Fetched { check, judge_url };
            }
            // a followed document link answering a page is the evaluator's not_a_document
            let expected_document =
                ContentKind::from_url(url).is_some_and(ContentKind::is_document);
            if (submitted || !expected_document)
                && let Some(why) = self.soft_404(url, &final_url, &content)
            {
                check.problem = Some(ReasonCode::SoftNotFound);
                check.detail = Some(why);
                self.snapshot.set_state(url, state);
                return Fetched {
                    check,
                    judge_url: None,
                };
            }
            if expected_document {
                self.snapshot.set_state(url, state);
            } else {
                self.snapshot.add_page(
                    final_url.clone(),
                    0,
                    decoded.encoding,
                    decoded.source,
                    content,
                );
                self.snapshot.set_state(url, state);
            }
            return Fetched { check, judge_url };
        }
        match document {
            Some(text) if ok && !lands_off_site => {
                // keyed by the address linked, as a crawl keys it, and by where it led
                if final_url != canonical(url) {
                    self.snapshot
                        .documents
                        .insert(final_url.to_string(), text.clone());
                }
                self.snapshot.add_document(url.clone(), f.kind, text);
                self.snapshot.set_state(url, state);
            }
            _ => self.snapshot.set_state(url, state),
        }
        Fetched { check, judge_url }
    }

    /// Why the page at `final_url` (asked for as `url`) is the site's answer for a missing
    /// address rather than a page of its own, if it is.
    fn soft_404(&self, url: &Url, final_url: &Url, content: &PageContent) -> Option<String> {
        let start = canonical(&self.snapshot.start);
        let home_alias = |u: &Url| {
            canonical(u) == start
                || matches!(
                    u.path().to_ascii_lowercase().as_str(),
                    "" | "/" | "/index.php" | "/index.html" | "/index.htm" | "/home" | "/main"
                ) && u.query().is_none()
        };
        if home_alias(url) {
            return None;
        }
        if canonical(final_url) == start {
            return Some(format!(
                "redirects to the home page {start}: the page asked for is not there"
            ));
        }
        match &self.missing {
            MissingAnswer::Redirect(target) if canonical(final_url) == *target => {
                return Some(format!(
                    "redirects to {target}, where the site sends any missing address"
                ));
            }
            MissingAnswer::Page(missing) => {
                // text, pictures or links of its own: a chart page that is one image, a listing
                // whose links all say "ดาวน์โหลด" on a site that gives every page one title
                let own_text: usize = block_keys(content, final_url)
                    .iter()
                    .filter(|k| !missing.blocks.contains(*k))
                    .map(|k| k.chars().count())
                    .sum();
                let own_links = content_links(content)
                    .iter()
                    .any(|l| !missing.links.contains(l));
                if own_text < OWN_TEXT_MIN && content.images.len() <= missing.images && !own_links {
                    return Some(
                        "answers HTTP 200 with the page the site shows for any missing address (a \"not found\" page)"
                            .into(),
                    );
                }
            }
            _ => {}
        }
        let label = thai::match_key(&format!(
            "{} {}",
            content.title,
            content.headings.first().map(String::as_str).unwrap_or("")
        ));
        let says_missing = NOT_FOUND_WORDS
            .iter()
            .any(|w| crate::rules::contains_phrase(&label, &thai::match_key(w)));
        let content_len = thai::match_key(&content.content_text()).chars().count();
        (says_missing && content_len < 300)
            .then(|| "says \"page not found\" under HTTP 200 (a soft 404)".into())
    }
}

/// Titles and first headings of "not found" pages.
const NOT_FOUND_WORDS: &[&str] = &[
    "404",
    "not found",
    "page not found",
    "ไม่พบหน้า",
    "ไม่พบหน้าที่ต้องการ",
    "ไม่พบเพจ",
    "ไม่พบหน้าเว็บ",
    "หน้าที่คุณต้องการไม่มี",
];

/// A random address on the site that no page has.
fn missing_probe(site: &Url) -> Url {
    use std::hash::{BuildHasher, Hasher};
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u128(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0),
    );
    site.join(&format!("/oitcheck-missing-{:016x}", hasher.finish()))
        .unwrap_or_else(|_| site.clone())
}

/// The match keys of a page's blocks and title, with the page's own path left out (missing
/// pages often repeat the address asked for).
fn block_keys(content: &PageContent, url: &Url) -> HashSet<String> {
    let path = url.path().to_string();
    let decoded = percent_decode(&path);
    std::iter::once(content.title.as_str())
        .chain(content.blocks().map(|b| b.text.as_str()))
        .map(|t| thai::match_key(&t.replace(&path, " ").replace(&decoded, " ")))
        .filter(|k| !k.is_empty())
        .collect()
}

fn host(url: &Url) -> Option<String> {
    url.host_str().map(str::to_ascii_lowercase)
}

/// Phrases of Google's "you need access" page, in English and Thai.
const GOOGLE_ACCESS: &[&str] = &[
    "request access",
    "you need access",
    "you need permission",
    "ask for access",
    "ขอสิทธิ์เข้าถึง",
    "คุณต้องมีสิทธิ์เข้าถึง",
    "ต้องได้รับสิทธิ์",
];
/// Phrases of Facebook's login wall.
const FACEBOOK_LOGIN: &[&str] = &[
    "log in to facebook",
    "log into facebook",
    "you must log in",
    "log in to continue",
    "เข้าสู่ระบบ facebook",
    "เข้าสู่ระบบเพื่อดำเนินการต่อ",
];
/// Path words of login pages.
const LOGIN_PATHS: &[&str] = &["login", "signin", "sign-in", "wp-login", "auth", "member"];

/// Why the page at `url` is a wall in front of the content rather than the content, if it is.
fn access_wall(url: &Url, html_text: &str, content: &PageContent) -> Option<String> {
    let host = host(url).unwrap_or_default();
    let text = thai::match_key(&format!("{}\n{}", content.title, content.content_text()));
    let says = |phrases: &[&str]| {
        phrases
            .iter()
            .any(|p| crate::rules::contains_phrase(&text, &thai::match_key(p)))
    };
    let on = |domain: &str| host == domain || host.ends_with(&format!(".{domain}"));
    if on("accounts.google.com") {
        return Some("leads to a Google sign-in page".into());
    }
    if (on("drive.google.com") || on("docs.google.com") || on("sites.google.com"))
        && says(GOOGLE_ACCESS)
    {
        return Some(format!(
            "{host} asks to request access: the file is not shared publicly"
        ));
    }
    let path = url.path().to_ascii_lowercase();
    if (on("facebook.com") || on("fb.com") || on("fb.me"))
        && (path.starts_with("/login") || path.contains("/checkpoint") || says(FACEBOOK_LOGIN))
    {
        return Some(format!("{host} asks to log in before showing the content"));
    }
    let document = scraper::Html::parse_document(html_text);
    let password = scraper::Selector::parse("input[type=password], input[type=PASSWORD]")
        .expect("a valid selector");
    document.select(&password).next()?;
    let protected = html_text.contains("post-password-form");
    let login_path = LOGIN_PATHS.iter().any(|w| path.contains(w));
    let little_else = content.content_text().chars().count() < 600;
    (protected || login_path || little_else)
        .then(|| "shows a password or login form instead of the content".to_string())
}

/// Reads a fetched document's text; its body is moved out.
async fn read_document(fetched: &mut crate::fetch::Fetched) -> DocumentResult {
    if fetched.truncated {
        return Err(document::DocumentError::Corrupt(format!(
            "the document is larger than the {} MiB cap and was not read",
            DOCUMENT_BYTES / (1024 * 1024)
        )));
    }
    document::extract_isolated(
        std::mem::take(&mut fetched.body),
        fetched.kind,
        fetched.content_type.clone(),
        DOCUMENT_DEADLINE,
    )
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(html: &str, url: &str) -> (Url, PageContent) {
        let url = Url::parse(url).unwrap();
        let content = html::extract(html, &url);
        (url, content)
    }

    /// On a CMS that gives every page one title and answers missing addresses with 200, a page
    /// whose own text is short still has content of its own when it shows a picture or links
    /// somewhere the missing page does not.
    #[test]
    fn soft_404s_against_the_missing_page() {
        let site = Url::parse("http://a.go.th/").unwrap();
        let fetcher = Arc::new(Fetcher::new(crate::fetch::FetchConfig::default()).unwrap());
        let mut collector = Collector::new(fetcher, &site, 10);
        let shell = |body: &str| {
            format!(
                "<title>อบต.ทดสอบ</title><nav><a href='/'>หน้าแรก</a> <a href='/news'>ข่าว</a></nav><main>{body}</main><footer>โทร 0 4400 1234</footer>"
            )
        };
        let (probe, missing) = page(
            &shell("<p>ขออภัย ไม่พบข้อมูล /oitcheck-missing-1</p>"),
            "http://a.go.th/oitcheck-missing-1",
        );
        collector.missing = MissingAnswer::Page(MissingPage::of(&missing, &probe));
        let soft = |html: &str, path: &str| {
            let (u, c) = page(html, &format!("http://a.go.th{path}"));
            collector.soft_404(&u, &u, &c).is_some()
        };
        assert!(soft(&shell("<p>ขออภัย ไม่พบข้อมูล /ita/o5</p>"), "/ita/o5"));
        assert!(!soft(
            &shell("<h1>แผนผัง</h1><img src='/chart.jpg'>"),
            "/chart"
        ));
        assert!(!soft(
            &shell("<h1>แผน</h1><a href='/files/plan.pdf'>ดาวน์โหลด</a>"),
            "/plan"
        ));
        assert!(!soft(
            &shell(
                "<h1>ข้อมูลผู้บริหาร</h1><p>นายสมชาย ใจดี นายกองค์การบริหารส่วนตำบล โทร 08 1234 5678</p>"
            ),
            "/executives"
        ));
        // the home page itself is never a missing page
        assert!(!soft(&shell("<p>ขออภัย ไม่พบข้อมูล</p>"), "/"));
    }

    #[test]
    fn walls_of_drive_facebook_and_password_pages() {
        let (u, c) = page(
            "<title>Google Drive</title><p>You need access</p><p>Request access, or switch to an account with access.</p>",
            "https://drive.google.com/file/d/1abc/view",
        );
        assert!(access_wall(&u, "", &c).is_some());
        let (u, c) = page(
            "<title>Facebook</title><p>You must log in to continue.</p>",
            "https://www.facebook.com/login/?next=x",
        );
        assert!(access_wall(&u, "", &c).is_some());
        let html =
            "<title>สมาชิก</title><form><input type=text name=u><input type=password name=p></form>";
        let (u, c) = page(html, "https://www.a.go.th/manual.html");
        assert!(access_wall(&u, html, &c).is_some());
        // a login box in the sidebar of a page with content is not a wall
        let long = format!(
            "<title>คู่มือ</title><main><p>{}</p></main><aside><form><input type=password></form></aside>",
            "ขั้นตอนการปฏิบัติงาน ".repeat(80)
        );
        let (u, c) = page(&long, "https://www.a.go.th/manual.html");
        assert_eq!(access_wall(&u, &long, &c), None);
        // the same words on an agency page are not Drive's wall
        let (u, c) = page(
            "<p>request access</p>",
            "https://www.a.go.th/request-access.html",
        );
        assert_eq!(access_wall(&u, "<p>request access</p>", &c), None);
    }
}
