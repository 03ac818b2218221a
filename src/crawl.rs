//! The crawl: discover → fetch → extract for one site, producing a [`SiteSnapshot`] that
//! evaluation reads. Nothing here knows what an item needs beyond "this link looks relevant"
//! (for ordering); judging is the evaluator's job.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::watch;
use tokio::task::JoinSet;
use tokio::time::Instant;
use url::Url;

use crate::discover::{
    Frontier, LOW_BAND, LinkRater, Order, Outlook, Rating, Scope, canonical, family,
};
use crate::extract::charset::{self, EncodingSource};
use crate::extract::document;
use crate::extract::html::{self, PageContent};
use crate::fetch::{ContentKind, FailureReason, FetchResult, Fetcher};
use crate::rules::Rules;
use crate::snapshot::{DocumentResult, Page, Pages, SiteSnapshot, StopReason, UrlState};

/// Crawl budgets and switches.
#[derive(Debug, Clone)]
pub struct CrawlConfig {
    /// Stop after this many HTML pages.
    pub max_pages: usize,
    /// Read at most this many documents.
    pub max_documents: usize,
    /// Follow links at most this many clicks from the start page.
    pub max_depth: u32,
    /// Stop crawling after this long.
    pub time_limit: Duration,
    /// Obey robots.txt (its sitemaps and crawl delay are read either way).
    pub respect_robots: bool,
    /// Body cap for HTML pages.
    pub max_page_bytes: usize,
    /// Body cap for documents; a larger document is reported as too large, not read.
    pub max_document_bytes: usize,
    /// How many requests are in flight at once across the crawl.
    pub workers: usize,
    /// The order of the frontier: by priority (the default), or plain breadth-first for
    /// comparisons.
    pub order: Order,
    /// Which pages are rendered in headless Chromium (none by default).
    pub render: crate::render::RenderConfig,
    /// Stop once every item is decided and nothing still queued could change an answer (a
    /// scan's [`Referee`]); off, the crawl reads everything within its budgets.
    pub early_stop: bool,
}

impl CrawlConfig {
    /// HTML pages read by default: enough for a small agency site's ITA section and menus.
    pub const DEFAULT_MAX_PAGES: usize = 500;
    /// Documents read by default.
    pub const DEFAULT_MAX_DOCUMENTS: usize = 300;
    /// Clicks from the start page followed by default.
    pub const DEFAULT_MAX_DEPTH: u32 = 6;
    /// The crawl's time limit by default.
    pub const DEFAULT_TIME_LIMIT: Duration = Duration::from_secs(600);
}

impl Default for CrawlConfig {
    fn default() -> Self {
        CrawlConfig {
            max_pages: Self::DEFAULT_MAX_PAGES,
            max_documents: Self::DEFAULT_MAX_DOCUMENTS,
            max_depth: Self::DEFAULT_MAX_DEPTH,
            time_limit: Self::DEFAULT_TIME_LIMIT,
            respect_robots: true,
            max_page_bytes: 5 * 1024 * 1024,
            max_document_bytes: 20 * 1024 * 1024,
            workers: crate::fetch::FetchConfig::DEFAULT_CONCURRENCY,
            order: Order::Priority,
            render: Default::default(),
            early_stop: true,
        }
    }
}

/// Progress callbacks (a progress bar in the CLI; nothing in tests).
pub trait Progress: Send + Sync {
    /// Called after each URL is fetched, with the pages read and the URLs still queued.
    fn fetched(&self, url: &Url, pages: usize, queued: usize);

    /// Called after each answer is recorded, with everything learnt so far and what is still
    /// queued ([`Outlook`]). (The early stop is a [`Referee`] given to [`crawl_until`].)
    fn checkpoint(&self, _snapshot: &SiteSnapshot, _outlook: &Outlook) {}
}

/// Decides, as the crawl goes, whether the rest of it could still change an answer: the crawl's
/// early stop. The crawl asks after each answer while it runs ([`Referee::settled`], which may
/// answer from what it last worked out), and once more, with nothing in flight, before it stops
/// ([`Referee::confirm`]).
pub trait Referee: Send {
    /// Whether nothing still queued can change an answer, judged from what was learnt so far.
    fn settled(&mut self, snapshot: &SiteSnapshot, outlook: &Outlook) -> bool;

    /// [`Referee::settled`] worked out afresh, with every request answered: the last word
    /// before the crawl stops early.
    fn confirm(&mut self, snapshot: &SiteSnapshot, outlook: &Outlook) -> bool;
}

/// No progress output.
pub struct Quiet;
impl Progress for Quiet {
    fn fetched(&self, _: &Url, _: usize, _: usize) {}
}

/// A document that does not look like evidence (no hub or item named near its link, so its
/// priority is not above zero) is still read when the budgets allow, but after every page and
/// every document that does look like evidence: it goes to the low band.
fn document_band(mut rating: Rating, is_document: bool) -> Rating {
    if is_document && rating.priority <= 0 {
        rating.priority = rating.priority.saturating_add(LOW_BAND);
    }
    rating
}

use crate::discover::is_low_band as is_low;

struct Robots {
    robot: Option<texting_robots::Robot>,
    disallow_all: bool,
    /// False with `--ignore-robots`: the file is read for its sitemaps and delay only.
    obey: bool,
}

impl Robots {
    fn allowed(&self, url: &Url) -> bool {
        if !self.obey {
            return true;
        }
        if self.disallow_all {
            return false;
        }
        self.robot.as_ref().is_none_or(|r| r.allowed(url.as_str()))
    }
}

/// Crawls the site at `start`. `cancel` turning true stops the crawl early (Ctrl-C); whatever was
/// found is kept.
pub async fn crawl(
    start: &Url,
    rules: &Rules,
    config: &CrawlConfig,
    fetcher: Arc<Fetcher>,
    cancel: watch::Receiver<bool>,
    progress: &dyn Progress,
) -> SiteSnapshot {
    crawl_until(start, rules, config, fetcher, cancel, progress, None).await
}

/// [`crawl`], stopping as soon as `referee` says that nothing still queued can change an answer
/// ([`StopReason::Decided`]). What is queued then is recorded as not fetched.
///
/// When the referee first says so, no new request is started; the crawl waits for those in
/// flight (their pages may queue links that matter), then asks [`Referee::confirm`]: yes ends
/// the crawl, no resumes it. A crawl with URLs awaiting their last try after a transient failure
/// is not stopped early: the retry may change an answer.
pub async fn crawl_until(
    start: &Url,
    rules: &Rules,
    config: &CrawlConfig,
    fetcher: Arc<Fetcher>,
    mut cancel: watch::Receiver<bool>,
    progress: &dyn Progress,
    mut referee: Option<&mut dyn Referee>,
) -> SiteSnapshot {
    let began = Instant::now();
    let deadline = began + config.time_limit;
    let scope = Scope::new(start);
    let mut snapshot = SiteSnapshot {
        start: start.clone(),
        scope: scope.clone(),
        pages: Pages::default(),
        urls: HashMap::new(),
        documents_checked: 0,
        documents: HashMap::new(),
        stopped: StopReason::Complete,
        notes: Vec::new(),
        certificate_problems: Default::default(),
        elapsed: Duration::ZERO,
    };
    let mut frontier = Frontier::with_order(config.max_depth, config.order);
    let rater = LinkRater::new(rules);
    // robots.txt and sitemaps may take at most a quarter of the time limit: a silent server must
    // not use up the whole budget before the start page is even asked for.
    let prelude_deadline = began + config.time_limit / 4;
    // Where the start host points decides whether private addresses may be fetched; a lookup
    // that does not finish in time leaves the strict rule (public addresses only).
    if tokio::time::timeout_at(prelude_deadline, fetcher.decide_address_rule(start))
        .await
        .is_err()
    {
        snapshot.notes.push(format!(
            "{} did not resolve in time; only public addresses are fetched",
            start.host_str().unwrap_or("")
        ));
    }
    let robots = match tokio::time::timeout_at(
        prelude_deadline,
        load_robots(start, config, &fetcher, &mut snapshot),
    )
    .await
    {
        Ok(robots) => robots,
        Err(_) => {
            snapshot
                .notes
                .push("robots.txt did not answer in time; crawling as if it were absent".into());
            Robots {
                robot: None,
                disallow_all: false,
                obey: true,
            }
        }
    };
    if !robots.allowed(start) {
        snapshot.stopped = StopReason::RobotsDisallowed;
        snapshot.notes.push(format!(
            "robots.txt of {} disallows the start page for oitcheck; nothing was crawled. If this is your own site, rerun with --ignore-robots",
            start.host_str().unwrap_or("")
        ));
        snapshot.urls.insert(
            canonical(start).to_string(),
            UrlState::NotFetched {
                reason: FailureReason::RobotsDisallowed,
            },
        );
        snapshot.certificate_problems = fetcher.certificate_problems();
        snapshot.elapsed = began.elapsed();
        return snapshot;
    }
    let _ = frontier.push(start, 0, 1000, false);
    let sitemap_urls = tokio::time::timeout_at(
        prelude_deadline,
        load_sitemaps(start, &robots, &scope, &fetcher, &mut snapshot),
    )
    .await
    .unwrap_or_else(|_| {
        snapshot
            .notes
            .push("the sitemaps did not answer in time; skipped".into());
        Vec::new()
    });
    for url in sitemap_urls {
        let is_document = ContentKind::from_url(&url).is_some_and(ContentKind::is_document);
        let _ = frontier.offer(&url, 1, is_document, |u| {
            document_band(rater.rate("", u, 1), is_document)
        });
    }

    let mut tasks: JoinSet<Answer> = JoinSet::new();
    let cache: DocumentCache = Arc::new(std::sync::Mutex::new(HashMap::new()));
    let mut pages_fetched = 0usize;
    let follow_scope = scope.clone();
    // URLs whose retries all failed on a transient error (5xx, 408, timeout, reset): each gets one
    // more try once everything else is done, when a passing overload may be over.
    let mut transient_failures: Vec<(Url, u32, bool)> = Vec::new();
    let mut requeued = false;
    let mut renderer =
        crate::render::CrawlRenderer::new(config, fetcher.clone(), scope.clone(), cancel.clone());
    // The referee said nothing queued matters: no new request until those in flight are in.
    let mut winding_down = false;
    loop {
        // Fill the workers.
        while !winding_down && tasks.len() < config.workers.max(1) {
            let Some(next) = frontier.pop() else { break };
            // a last try was allowed, and counted against the budgets, on its first try
            if !next.last_try {
                if !robots.allowed(&next.url) {
                    snapshot.urls.insert(
                        next.url.to_string(),
                        UrlState::NotFetched {
                            reason: FailureReason::RobotsDisallowed,
                        },
                    );
                    continue;
                }
                // once the page budget has stopped the crawl, only documents that look like
                // evidence are still read
                let budget_spent =
                    snapshot.stopped == StopReason::MaxPages && is_low(next.priority);
                if next.is_document
                    && (snapshot.documents_checked >= config.max_documents || budget_spent)
                {
                    snapshot.urls.insert(
                        next.url.to_string(),
                        UrlState::NotFetched {
                            reason: FailureReason::BudgetExhausted,
                        },
                    );
                    continue;
                }
                if !next.is_document && pages_fetched >= config.max_pages {
                    snapshot.urls.insert(
                        next.url.to_string(),
                        UrlState::NotFetched {
                            reason: FailureReason::BudgetExhausted,
                        },
                    );
                    if snapshot.stopped == StopReason::Complete {
                        snapshot.stopped = StopReason::MaxPages;
                    }
                    continue;
                }
                if next.is_document {
                    snapshot.documents_checked += 1;
                } else {
                    pages_fetched += 1;
                }
            }
            let fetcher = fetcher.clone();
            let scope = follow_scope.clone();
            let cap = if next.is_document {
                config.max_document_bytes
            } else {
                config.max_page_bytes
            };
            let cache = cache.clone();
            tasks.spawn(async move {
                let policy = move |u: &Url| scope.contains(u);
                let mut result = if next.last_try {
                    fetcher.get_once(&next.url, cap, &policy).await
                } else {
                    fetcher.get(&next.url, cap, &policy).await
                };
                let mut document = None;
                let mut page = None;
                if let Ok(f) = &mut result
                    && let Some(kept) = fetcher.reuse_reading(f)
                {
                    // unchanged since the previous run (304): its reading stands
                    document = Some(kept);
                } else if let Ok(f) = &mut result
                    && (200..300).contains(&f.status)
                {
                    if f.kind.is_document() {
                        let reading = read_document(f, &cache).await;
                        fetcher.keep_reading(f, &reading);
                        document = Some(reading);
                    } else if f.kind == ContentKind::Html && !next.is_document {
                        // parsed here, on the runtime's worker threads, not in the crawl loop:
                        // pages are read on every core while the loop only tends the frontier
                        let decoded = charset::decode(&f.body, f.content_type.as_deref(), true);
                        let content = html::extract(&decoded.text, &f.final_url);
                        page = Some((decoded.encoding, decoded.source, content));
                        f.body = Vec::new();
                    }
                }
                Answer {
                    queued: next,
                    result,
                    document,
                    page,
                }
            });
        }
        if tasks.is_empty() && winding_down {
            let outlook = frontier.outlook(rules.items.len());
            if let Some(referee) = referee.as_deref_mut()
                && referee.confirm(&snapshot, &outlook)
            {
                snapshot.stopped = StopReason::Decided;
                break;
            }
            winding_down = false;
            continue;
        }
        if tasks.is_empty() {
            if !requeued && snapshot.stopped == StopReason::Complete {
                requeued = true;
                for (url, depth, is_document) in transient_failures.drain(..) {
                    frontier.requeue(url, depth, is_document);
                }
                if !frontier.is_empty() {
                    continue;
                }
            }
            break;
        }
        let joined = tokio::select! {
            joined = tasks.join_next() => joined,
            _ = tokio::time::sleep_until(deadline) => {
                snapshot.stopped = StopReason::TimeLimit;
                break;
            }
            _ = cancel.changed() => {
                snapshot.stopped = StopReason::Interrupted;
                break;
            }
        };
        let Some(Ok(Answer {
            queued,
            result,
            document,
            page,
        })) = joined
        else {
            continue;
        };
        progress.fetched(&queued.url, snapshot.pages.len(), frontier.len());
        let key = queued.url.to_string();
        if let Some(document) = document {
            snapshot.documents.insert(key.clone(), document);
        }
        let transient = match &result {
            Err(failure) => failure.reason.is_retryable(),
            Ok(fetched) => matches!(fetched.status, 408 | 500..=599),
        };
        // the start page's failure decides the whole scan and is reported as such
        if transient && !queued.last_try && queued.depth > 0 {
            transient_failures.push((queued.url.clone(), queued.depth, queued.is_document));
        }
        match result {
            Err(failure) => {
                snapshot.urls.insert(
                    key,
                    UrlState::Failed {
                        reason: failure.reason,
                        detail: failure.detail,
                    },
                );
            }
            Ok(fetched) => {
                let final_url = canonical(&fetched.final_url);
                let state = UrlState::Fetched {
                    status: fetched.status,
                    kind: fetched.kind,
                    final_url: final_url.clone(),
                };
                snapshot.urls.insert(key, state.clone());
                snapshot.urls.entry(final_url.to_string()).or_insert(state);
                if let Some((encoding, encoding_source, content)) = page {
                    // pages built by script: their DOM after the scripts ran, when rendering is on
                    let content = renderer
                        .page(&fetched.final_url, content, config.max_page_bytes, deadline)
                        .await;
                    if !content.nofollow {
                        let mut listed = 0;
                        for link in content.links() {
                            let Some(url) = &link.url else { continue };
                            if !scope.contains(url) {
                                continue;
                            }
                            let kind = ContentKind::from_url(url);
                            if matches!(kind, Some(ContentKind::Image | ContentKind::Other)) {
                                continue;
                            }
                            if !link.chrome && family(url) != crate::discover::Family::Pagination {
                                listed += 1;
                            }
                            let is_document = kind.is_some_and(ContentKind::is_document);
                            let depth = queued.depth + 1;
                            let _ = frontier.offer(url, depth, is_document, |url| {
                                let context =
                                    format!("{} {}", link.text, link.heading.unwrap_or(""));
                                let mut rating = rater.rate(&context, url, depth);
                                rating.on_hub_page = queued.interest.hub;
                                document_band(rating, is_document)
                            });
                        }
                        frontier.page_listed(&queued.url, listed);
                    }
                    snapshot.pages.push(Page {
                        url: final_url,
                        depth: queued.depth,
                        encoding,
                        encoding_source,
                        content,
                    });
                } else if fetched.kind == ContentKind::Html
                    && queued.is_document
                    && (200..300).contains(&fetched.status)
                {
                    // a "document" link that answers with an HTML page (a soft 404 or a viewer page)
                    snapshot.notes.push(format!(
                        "{} was linked as a document but answers with an HTML page",
                        queued.url
                    ));
                }
                if queued.depth == 0 && !(200..400).contains(&fetched.status) {
                    snapshot.stopped = StopReason::StartFailed;
                }
            }
        }
        if queued.depth == 0
            && matches!(
                snapshot.urls.get(queued.url.as_str()),
                Some(UrlState::Failed { .. })
            )
        {
            snapshot.stopped = StopReason::StartFailed;
        }
        let outlook = frontier.outlook(rules.items.len());
        progress.checkpoint(&snapshot, &outlook);
        // Only a crawl that would otherwise run to the end stops early: one already cut by a
        // budget says so, and URLs awaiting a retry may still change an answer.
        if !winding_down
            && snapshot.stopped == StopReason::Complete
            && transient_failures.is_empty()
            && !frontier.is_empty()
            && let Some(referee) = referee.as_deref_mut()
        {
            winding_down = referee.settled(&snapshot, &outlook);
        }
    }
    // Whatever is still in flight or queued was not reached; say why. After an early stop what
    // is left is the low band, which the referee judged could change nothing: it stays unknown
    // to the snapshot, as it was when the referee judged, rather than becoming unread evidence.
    let unreached = FailureReason::BudgetExhausted;
    tasks.abort_all();
    let left = frontier.drain();
    if snapshot.stopped == StopReason::Decided {
        snapshot.notes.push(format!(
            "stopped early: every item was decided and the {} URLs still queued (archive pages, pagination, documents without an evidence-like link) could not change an answer; --no-early-stop reads them",
            left.len()
        ));
    } else {
        for queued in left {
            snapshot
                .urls
                .entry(queued.url.to_string())
                .or_insert(UrlState::NotFetched { reason: unreached });
        }
    }
    snapshot.notes.extend(renderer.notes());
    if frontier.trapped > 0 {
        snapshot.notes.push(format!(
            "{} URLs skipped as likely crawler traps (calendars, pagination, repeated paths)",
            frontier.trapped
        ));
    }
    snapshot.certificate_problems = fetcher.certificate_problems();
    snapshot.elapsed = began.elapsed();
    snapshot
}

/// A finished request: the URL as queued, the response, and what was read from it (a document's
/// text, or a page's encoding and content).
struct Answer {
    queued: crate::discover::Queued,
    result: FetchResult,
    document: Option<DocumentResult>,
    page: Option<(&'static str, EncodingSource, PageContent)>,
}

/// Documents read so far, by a hash of their bytes: one file linked under ten URLs is read once.
type DocumentCache = Arc<std::sync::Mutex<HashMap<u64, DocumentResult>>>;

/// How long one document may take to parse.
const DOCUMENT_DEADLINE: Duration = Duration::from_secs(30);

/// Reads a fetched document's text; its body is moved out (only its text is kept).
async fn read_document(
    fetched: &mut crate::fetch::Fetched,
    cache: &DocumentCache,
) -> DocumentResult {
    use std::hash::{Hash, Hasher};
    if fetched.truncated {
        return Err(document::DocumentError::Corrupt(format!(
            "the document is larger than the {} MiB cap and was not read",
            fetched.body.len() / (1024 * 1024)
        )));
    }
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    fetched.body.hash(&mut hasher);
    let hash = hasher.finish();
    if let Some(hit) = cache.lock().expect("document cache").get(&hash) {
        return hit.clone();
    }
    let result = document::extract_isolated(
        std::mem::take(&mut fetched.body),
        fetched.kind,
        fetched.content_type.clone(),
        DOCUMENT_DEADLINE,
    )
    .await;
    cache
        .lock()
        .expect("document cache")
        .insert(hash, result.clone());
    result
}

/// robots.txt's `Crawl-delay` (seconds, as texting_robots parsed it) as the wait between
/// requests, at most 30 s. A NaN would make `Duration` panic; texting_robots does not produce
/// one today, but the value comes from a hostile file, so it is checked here, not trusted.
pub fn crawl_delay(seconds: f32) -> Option<Duration> {
    if seconds.is_nan() {
        return None;
    }
    Some(Duration::from_secs_f32(seconds.clamp(0.0, 30.0)))
}

async fn load_robots(
    start: &Url,
    config: &CrawlConfig,
    fetcher: &Fetcher,
    snapshot: &mut SiteSnapshot,
) -> Robots {
    let allow_all = Robots {
        robot: None,
        disallow_all: false,
        obey: true,
    };
    let Ok(robots_url) = start.join("/robots.txt") else {
        return allow_all;
    };
    // at most two retries (3 s of backoff): robots.txt gates the whole crawl, and the prelude it
    // shares with the sitemaps has a quarter of the time limit
    let retries = fetcher.config().max_retries.min(2);
    let result = fetcher
        .get_with_retries(&robots_url, 512 * 1024, &|_| false, retries)
        .await;
    let agent = "oitcheck";
    match result {
        Ok(f) if (200..300).contains(&f.status) => {
            // robots.txt is not always UTF-8: decode leniently
            let text = String::from_utf8_lossy(&f.body);
            match texting_robots::Robot::new(agent, text.as_bytes()) {
                Ok(robot) => {
                    if let Some(delay) = robot.delay.and_then(crawl_delay) {
                        fetcher.set_min_interval(start, delay);
                        snapshot.notes.push(format!(
                            "robots.txt asks for a crawl delay of {:.1} s; honoured",
                            delay.as_secs_f32()
                        ));
                    }
                    if !config.respect_robots {
                        snapshot
                            .notes
                            .push("robots.txt ignored (--ignore-robots)".into());
                        return Robots {
                            robot: Some(robot),
                            disallow_all: false,
                            obey: false,
                        };
                    }
                    Robots {
                        robot: Some(robot),
                        disallow_all: false,
                        obey: true,
                    }
                }
                Err(e) => {
                    snapshot.notes.push(format!(
                        "robots.txt could not be parsed ({e}); crawling as if it were absent"
                    ));
                    allow_all
                }
            }
        }
        Ok(f) if f.status >= 500 && config.respect_robots => {
            snapshot.notes.push(format!(
                "robots.txt answered HTTP {}; treated as \"disallow all\" as search engines do. Rerun with --ignore-robots for your own site",
                f.status
            ));
            Robots {
                robot: None,
                disallow_all: true,
                obey: true,
            }
        }
        _ => allow_all,
    }
}

/// Reads the sitemaps named in robots.txt and `/sitemap.xml`, following sitemap indexes.
async fn load_sitemaps(
    start: &Url,
    robots: &Robots,
    scope: &Scope,
    fetcher: &Fetcher,
    snapshot: &mut SiteSnapshot,
) -> Vec<Url> {
    let mut queue: Vec<Url> = robots
        .robot
        .as_ref()
        .map(|r| {
            r.sitemaps
                .iter()
                .filter_map(|s| Url::parse(s).ok())
                .collect()
        })
        .unwrap_or_default();
    if let Ok(default) = start.join("/sitemap.xml")
        && !queue.contains(&default)
    {
        queue.push(default);
    }
    let mut seen = std::collections::HashSet::new();
    let mut found = Vec::new();
    while let Some(sitemap) = queue.pop() {
        if !seen.insert(sitemap.to_string()) || seen.len() > 20 || !scope.contains(&sitemap) {
            continue;
        }
        let Ok(f) = fetcher
            .get(&sitemap, 10 * 1024 * 1024, &|u: &Url| scope.contains(u))
            .await
        else {
            continue;
        };
        if !(200..300).contains(&f.status) || f.kind == ContentKind::Html {
            continue;
        }
        let (urls, children) = parse_sitemap(&f.body);
        queue.extend(children.into_iter().filter_map(|c| Url::parse(&c).ok()));
        let before = found.len();
        found.extend(
            urls.into_iter()
                .filter_map(|u| Url::parse(&u).ok())
                .filter(|u| scope.contains(u))
                .take(5000),
        );
        snapshot.notes.push(format!(
            "sitemap {} lists {} URLs on the site",
            sitemap,
            found.len() - before
        ));
    }
    found
}

/// `<loc>` entries of a sitemap: page URLs, and child sitemaps of a sitemap index.
pub fn parse_sitemap(body: &[u8]) -> (Vec<String>, Vec<String>) {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_reader(body);
    let mut urls = Vec::new();
    let mut children = Vec::new();
    let mut in_loc = false;
    let mut in_sitemap = false;
    let mut text = String::new();
    let mut buf = Vec::new();
    loop {
        match reader.read_event_into(&mut buf) {
            Ok(Event::Start(e)) => match e.local_name().as_ref() {
                "loc" => {
                    in_loc = true;
                    text.clear();
                }
                "sitemap" => in_sitemap = true,
                _ => {}
            },
            Ok(Event::Text(t)) if in_loc => text.push_str(t.as_ref()),
            Ok(Event::CData(t)) if in_loc => text.push_str(t.as_ref()),
            Ok(Event::GeneralRef(r)) if in_loc => {
                text.push_str(crate::extract::xml_entity(r.as_ref()))
            }
            Ok(Event::End(e)) => match e.local_name().as_ref() {
                "loc" => {
                    in_loc = false;
                    let loc = text.trim().to_string();
                    if in_sitemap {
                        children.push(loc)
                    } else {
                        urls.push(loc)
                    }
                }
                "sitemap" => in_sitemap = false,
                _ => {}
            },
            Ok(Event::Eof) | Err(_) => break,
            _ => {}
        }
        buf.clear();
    }
    (urls, children)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crawl_delays_are_capped_and_never_panic() {
        assert_eq!(crawl_delay(5.0), Some(Duration::from_secs(5)));
        assert_eq!(crawl_delay(1e30), Some(Duration::from_secs(30)));
        assert_eq!(crawl_delay(f32::INFINITY), Some(Duration::from_secs(30)));
        assert_eq!(crawl_delay(-3.0), Some(Duration::ZERO));
        assert_eq!(crawl_delay(f32::NAN), None);
    }

    #[test]
    fn sitemaps_and_indexes() {
        let (urls, children) = parse_sitemap(
            br#"<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
            <url><loc>https://a.go.th/?page_id=12&amp;lang=th</loc></url><url><loc> https://a.go.th/ita </loc></url></urlset>"#,
        );
        assert_eq!(
            urls,
            vec!["https://a.go.th/?page_id=12&lang=th", "https://a.go.th/ita"]
        );
        assert!(children.is_empty());
        let (urls, children) = parse_sitemap(
            br#"<sitemapindex><sitemap><loc>https://a.go.th/post-sitemap.xml</loc></sitemap></sitemapindex>"#,
        );
        assert!(urls.is_empty());
        assert_eq!(children, vec!["https://a.go.th/post-sitemap.xml"]);
    }
}
