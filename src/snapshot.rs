//! The crawl's product, [`SiteSnapshot`]: the pages read (with their extracted content), the
//! documents read (or why not), the state of every URL met, and why the crawl stopped. Every later
//! stage reads it: evaluation, inspection, verification. [`SnapshotBuilder`] makes one in memory,
//! for judging what was fetched without a crawl (`inspect`, `verify`) and for fast tests of each
//! judging rule without HTTP. Its [`Pages`] keep each distinct run of page chrome (a menu, a
//! sidebar, a footer) once for the whole site, however many pages carry it.

use std::collections::{BTreeMap, HashMap};
use std::time::Duration;

use serde::{Deserialize, Serialize};
use url::Url;

use crate::discover::{Scope, canonical};
use crate::extract::charset::{self, EncodingSource};
use crate::extract::document::{DocumentError, DocumentText};
use crate::extract::html::{self, ChromeStore, PageContent};
use crate::fetch::{ContentKind, FailureReason};
use crate::reason::ReasonCode;

/// A document's text, or why it could not be read.
pub type DocumentResult = Result<DocumentText, DocumentError>;

/// Why the crawl ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StopReason {
    /// Every queued URL was fetched.
    Complete,
    /// Every item was decided and nothing still queued could change an answer, so the rest was
    /// not fetched (the early stop; `--no-early-stop` reads it all).
    Decided,
    /// The page budget ran out.
    MaxPages,
    /// The time limit ran out.
    TimeLimit,
    /// Interrupted (Ctrl-C).
    Interrupted,
    /// The start page itself could not be fetched.
    StartFailed,
    /// robots.txt disallows the start page.
    RobotsDisallowed,
}

impl std::fmt::Display for StopReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl StopReason {
    /// Every reason, for documentation checks.
    pub const ALL: [StopReason; 7] = [
        Self::Complete,
        Self::Decided,
        Self::MaxPages,
        Self::TimeLimit,
        Self::Interrupted,
        Self::StartFailed,
        Self::RobotsDisallowed,
    ];

    /// Whether the crawl read everything that could matter: it ran to the end, or stopped
    /// early because nothing left could change an answer. A crawl cut by a budget, the clock or
    /// Ctrl-C did not, and what it did not find is unknown rather than no.
    pub fn covered(self) -> bool {
        matches!(self, Self::Complete | Self::Decided)
    }

    /// The code reports show (`max_pages`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Complete => "complete",
            Self::Decided => "decided",
            Self::MaxPages => "max_pages",
            Self::TimeLimit => "time_limit",
            Self::Interrupted => "interrupted",
            Self::StartFailed => "start_failed",
            Self::RobotsDisallowed => "robots_disallowed",
        }
    }
}

/// What became of a URL the crawl knows of.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UrlState {
    /// Answered with this status; `kind` from sniffing the body.
    Fetched {
        /// The HTTP status.
        status: u16,
        /// What the body was, sniffed.
        kind: ContentKind,
        /// The URL after redirects.
        final_url: Url,
    },
    /// No usable answer.
    Failed {
        /// Why, as a code.
        reason: FailureReason,
        /// Why, in words.
        detail: String,
    },
    /// Known but not requested.
    NotFetched {
        /// Why not.
        reason: FailureReason,
    },
}

/// A fetched HTML page.
#[derive(Debug, Clone)]
pub struct Page {
    /// The URL after redirects.
    pub url: Url,
    /// Clicks from the start page.
    pub depth: u32,
    /// The encoding it was decoded from.
    pub encoding: &'static str,
    /// What said so.
    pub encoding_source: EncodingSource,
    /// What the page holds.
    pub content: PageContent,
}

/// The pages of a site, in the order they were read, with their chrome (menus, sidebars,
/// footers) kept once: [`Pages::push`] shares each page's chrome runs with the pages before it
/// ([`ChromeStore`]). Read it as a slice of [`Page`].
#[derive(Debug, Clone, Default)]
pub struct Pages {
    list: Vec<Page>,
    chrome: ChromeStore,
}

impl Pages {
    /// Adds `page`, its chrome shared with the pages already here.
    pub fn push(&mut self, mut page: Page) {
        page.content.share_chrome(&mut self.chrome);
        self.list.push(page);
    }

    /// Keeps the first `len` pages (their chrome stays in the store).
    pub fn truncate(&mut self, len: usize) {
        self.list.truncate(len);
    }

    /// The distinct chrome runs of the site's pages, each kept once.
    pub fn chrome(&self) -> &ChromeStore {
        &self.chrome
    }

    /// Room for this many pages without reallocating.
    pub fn capacity(&self) -> usize {
        self.list.capacity()
    }
}

impl std::ops::Deref for Pages {
    type Target = [Page];

    fn deref(&self) -> &[Page] {
        &self.list
    }
}

impl<'a> IntoIterator for &'a Pages {
    type Item = &'a Page;
    type IntoIter = std::slice::Iter<'a, Page>;

    fn into_iter(self) -> Self::IntoIter {
        self.list.iter()
    }
}

/// Everything the crawl learnt about a site.
#[derive(Debug, Clone)]
pub struct SiteSnapshot {
    /// The start URL.
    pub start: Url,
    /// The agency's site: the start host and its www twin.
    pub scope: Scope,
    /// The HTML pages read.
    pub pages: Pages,
    /// State of every URL met, keyed by its canonical form.
    pub urls: HashMap<String, UrlState>,
    /// Documents fetched.
    pub documents_checked: usize,
    /// Text of the documents read (or why not), keyed by canonical URL.
    pub documents: HashMap<String, DocumentResult>,
    /// Why the crawl ended.
    pub stopped: StopReason,
    /// Human notes on the crawl (robots, sitemaps, traps).
    pub notes: Vec<String>,
    /// Hosts whose TLS certificate is invalid, with the problem; only filled by `--insecure`
    /// scans (otherwise such hosts are not read at all).
    pub certificate_problems: std::collections::BTreeMap<String, String>,
    /// How long it took.
    pub elapsed: Duration,
}

/// Why the start page gave nothing to crawl: a fetch failure, or an error status.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StartFailure {
    /// The failure's code (`dns_error`, `tls_invalid`, `server_error`, `start_failed` for a
    /// 404 …).
    pub code: ReasonCode,
    /// The status the start page answered, when it answered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<u16>,
    /// What went wrong, in words (the fetch failure's detail).
    pub detail: String,
}

impl StartFailure {
    /// One sentence for people, naming the start page.
    pub fn message(&self, start: &Url) -> String {
        match self.status {
            Some(status) => format!(
                "the start page {start} answers HTTP {status} ({}), so nothing was crawled; check the URL, or try again later",
                self.code
            ),
            None => format!(
                "the start page could not be fetched ({}): {}",
                self.code, self.detail
            ),
        }
    }

    /// What to do, when the message does not already say it. A certificate or private-address
    /// failure names its own remedy; "is the site up" would mislead there.
    pub fn advice(&self) -> Option<&'static str> {
        match self.code {
            ReasonCode::TlsInvalid | ReasonCode::PrivateAddress => None,
            _ => Some("check the address and that the site is up"),
        }
    }
}

impl SiteSnapshot {
    /// Records a page read at `url` (after redirects).
    pub fn add_page(
        &mut self,
        url: Url,
        depth: u32,
        encoding: &'static str,
        encoding_source: EncodingSource,
        content: PageContent,
    ) {
        let url = canonical(&url);
        self.set_state(
            &url,
            UrlState::Fetched {
                status: 200,
                kind: ContentKind::Html,
                final_url: url.clone(),
            },
        );
        self.pages.push(Page {
            url,
            depth,
            encoding,
            encoding_source,
            content,
        });
    }

    /// Records a document fetched at `url` and what reading it gave.
    pub fn add_document(&mut self, url: Url, kind: ContentKind, text: DocumentResult) {
        let url = canonical(&url);
        self.set_state(
            &url,
            UrlState::Fetched {
                status: 200,
                kind,
                final_url: url.clone(),
            },
        );
        self.documents_checked += 1;
        self.documents.insert(url.to_string(), text);
    }

    /// Records what became of `url`.
    pub fn set_state(&mut self, url: &Url, state: UrlState) {
        self.urls.insert(canonical(url).to_string(), state);
    }

    /// Why the start page gave nothing to crawl, when the crawl stopped for that.
    pub fn start_failure(&self) -> Option<StartFailure> {
        if self.stopped != StopReason::StartFailed {
            return None;
        }
        match self.state(&self.start)? {
            UrlState::Failed { reason, detail } => Some(StartFailure {
                code: (*reason).into(),
                status: None,
                detail: detail.clone(),
            }),
            UrlState::Fetched { status, .. } => {
                let code = ReasonCode::from_status(*status)
                    .filter(|c| c.makes_unknown())
                    .unwrap_or(ReasonCode::StartFailed);
                Some(StartFailure {
                    code,
                    status: Some(*status),
                    detail: format!("HTTP {status}"),
                })
            }
            UrlState::NotFetched { reason } => Some(StartFailure {
                code: (*reason).into(),
                status: None,
                detail: "not fetched".into(),
            }),
        }
    }

    /// The text of the document at `url`, if it was read (or why it could not be).
    pub fn document(&self, url: &Url) -> Option<&DocumentResult> {
        self.documents.get(canonical(url).as_str())
    }

    /// The state of `url`, if the crawl met it.
    pub fn state(&self, url: &Url) -> Option<&UrlState> {
        self.urls.get(canonical(url).as_str())
    }
}

/// Builds a [`SiteSnapshot`] in memory: pages from HTML, documents from their text, URLs that
/// failed or answered an error status. What it builds is what a crawl of those URLs would
/// have produced, so every judging rule can be tested without a server.
///
/// ```
/// use oitcheck::snapshot::SnapshotBuilder;
/// let start = url::Url::parse("https://www.example.go.th/").unwrap();
/// let snapshot = SnapshotBuilder::new(&start)
///     .page("/", "<title>หน้าแรก</title><a href='/contact.html'>ติดต่อเรา</a>")
///     .page("/contact.html", "<h1>ติดต่อเรา</h1><p>โทร 02 123 4567</p>")
///     .status("/old.html", 404)
///     .build();
/// assert_eq!(snapshot.pages.len(), 2);
/// ```
#[derive(Debug, Clone)]
pub struct SnapshotBuilder {
    snapshot: SiteSnapshot,
}

impl SnapshotBuilder {
    /// An empty, complete snapshot of the site at `start`.
    pub fn new(start: &Url) -> SnapshotBuilder {
        SnapshotBuilder {
            snapshot: SiteSnapshot {
                start: start.clone(),
                scope: Scope::new(start),
                pages: Pages::default(),
                urls: HashMap::new(),
                documents_checked: 0,
                documents: HashMap::new(),
                stopped: StopReason::Complete,
                notes: Vec::new(),
                certificate_problems: BTreeMap::new(),
                elapsed: Duration::ZERO,
            },
        }
    }

    fn url(&self, path_or_url: &str) -> Url {
        self.snapshot
            .start
            .join(path_or_url)
            .unwrap_or_else(|e| panic!("`{path_or_url}` is not a URL or path: {e}"))
    }

    /// A page answering `html` (already decoded) at `path_or_url`, relative to the start.
    pub fn page(self, path_or_url: &str, html: &str) -> SnapshotBuilder {
        let url = self.url(path_or_url);
        self.page_at(url, html.as_bytes(), None)
    }

    /// A page fetched as raw bytes with its `Content-Type`: decoded as the crawl decodes it.
    pub fn page_at(mut self, url: Url, body: &[u8], content_type: Option<&str>) -> SnapshotBuilder {
        let decoded = charset::decode(body, content_type, true);
        let content = html::extract(&decoded.text, &url);
        self.snapshot
            .add_page(url, 0, decoded.encoding, decoded.source, content);
        self
    }

    /// A document read as `text` at `path_or_url` (its kind from the extension).
    pub fn document(self, path_or_url: &str, text: DocumentResult) -> SnapshotBuilder {
        let url = self.url(path_or_url);
        let kind = ContentKind::from_url(&url).unwrap_or(ContentKind::Pdf);
        self.document_at(url, kind, text)
    }

    /// A document of `kind` fetched at `url`, and what reading it gave.
    pub fn document_at(
        mut self,
        url: Url,
        kind: ContentKind,
        text: DocumentResult,
    ) -> SnapshotBuilder {
        self.snapshot.add_document(url, kind, text);
        self
    }

    /// `path_or_url` answered HTTP `status` (a dead link, a server error).
    pub fn status(mut self, path_or_url: &str, status: u16) -> SnapshotBuilder {
        let url = self.url(path_or_url);
        let kind = ContentKind::from_url(&url).unwrap_or(ContentKind::Html);
        self.snapshot.set_state(
            &url,
            UrlState::Fetched {
                status,
                kind,
                final_url: canonical(&url),
            },
        );
        self
    }

    /// `path_or_url` could not be fetched.
    pub fn failed(mut self, path_or_url: &str, reason: FailureReason) -> SnapshotBuilder {
        let url = self.url(path_or_url);
        self.snapshot.set_state(
            &url,
            UrlState::Failed {
                reason,
                detail: reason.as_str().to_string(),
            },
        );
        self
    }

    /// The crawl stopped for `reason`.
    pub fn stopped(mut self, reason: StopReason) -> SnapshotBuilder {
        self.snapshot.stopped = reason;
        self
    }

    /// The snapshot.
    pub fn build(self) -> SiteSnapshot {
        self.snapshot
    }
}
