//! Fetch: polite HTTP with a per-host gate, retries, recorded redirects, capped bodies and
//! content sniffing.
//!
//! Every request to a host passes its [`HostGate`]: a semaphore bounds concurrency and a "next
//! free slot" instant spaces requests by the rate limit (robots.txt `Crawl-delay` and
//! `Retry-After` push the slot later). A hand-written gate rather than a token-bucket crate,
//! because `Retry-After` must move the whole host's schedule, not one caller's. Redirects are
//! followed by hand so that each hop is rate-limited, recorded and checked against the scope.
//!
//! Retry classification (after lychee): timeouts, connection resets, 408, 429 and 5xx are retried,
//! three times by default, after a backoff of 1, 2 and 4 s, or after the answer's `Retry-After`
//! when it has one (the server knows better than a guess); DNS failures, refused connections, TLS errors and refused private addresses are
//! not (they will not be different in a few seconds). Errors are classified by walking the error's
//! `source()` chain for typed causes (rustls, io, the address guard's own errors) before falling
//! back to the message text, so a reworded message in a dependency does not turn a TLS error into
//! a retried "reset".
//!
//! Every connection goes through [`crate::netguard`]'s resolver (no private addresses when the
//! scan starts on a public site) and, with `--insecure`, through [`crate::tls`]'s recording
//! verifier (invalid certificates accepted, but remembered for the report).

use std::collections::{BTreeMap, HashMap};
use std::net::IpAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde::{Deserialize, Serialize};
use tokio::sync::Semaphore;
use tokio::time::Instant;
use url::Url;

use crate::conditional::{KeptReading, Revalidation, Validators};
use crate::netguard::{self, AddressGuard, DnsFailure, GuardedResolver, PrivateAddressRefused};
use crate::snapshot::DocumentResult;
use crate::tls::{self, CertificateProblems};

/// Settings for the HTTP client.
#[derive(Debug, Clone)]
pub struct FetchConfig {
    /// The `User-Agent` header sent.
    pub user_agent: String,
    /// Requests per second per host.
    pub rate: f64,
    /// Requests in flight per host.
    pub concurrency: usize,
    /// Timeout for one request (connect + headers + body).
    pub timeout: Duration,
    /// Retries of a retryable failure (timeouts, resets, 408, 429, 5xx).
    pub max_retries: u32,
    /// The longest `Retry-After` honoured; a longer one makes the page `rate_limited`.
    pub max_retry_after: Duration,
    /// Redirects followed before `too_many_redirects`.
    pub max_redirects: usize,
    /// Accept invalid TLS certificates (the evidence then says so).
    pub insecure: bool,
}

impl FetchConfig {
    /// Requests per second per host, by default: polite to a small agency server.
    pub const DEFAULT_RATE: f64 = 2.0;
    /// Requests in flight per host, by default.
    pub const DEFAULT_CONCURRENCY: usize = 2;
}

impl Default for FetchConfig {
    fn default() -> Self {
        FetchConfig {
            user_agent: format!(
                "oitcheck/{} (+https://github.com/oitcheck/oitcheck; OIT self-assessment crawler)",
                env!("CARGO_PKG_VERSION")
            ),
            rate: Self::DEFAULT_RATE,
            concurrency: Self::DEFAULT_CONCURRENCY,
            timeout: Duration::from_secs(20),
            max_retries: 3,
            max_retry_after: Duration::from_secs(60),
            max_redirects: 10,
            insecure: false,
        }
    }
}

/// The HTTP client could not be set up.
#[derive(Debug, thiserror::Error)]
pub enum ClientError {
    /// TLS could not be configured for `--insecure`.
    #[error("cannot set up TLS: {0}")]
    Tls(#[from] rustls::Error),
    /// The client could not be built.
    #[error("cannot build the HTTP client: {0}")]
    Build(#[from] reqwest::Error),
}

/// Which addresses the client may reach and how names resolve: DNS, and the public Internet as
/// [`netguard::is_public`] says. Tests replace both to play a public site on loopback.
#[derive(Debug, Clone)]
struct Network {
    /// Fixed addresses for host names, answered instead of DNS. The address rule still applies.
    resolve: Vec<(String, IpAddr)>,
    /// Which addresses count as the public Internet.
    is_public: fn(IpAddr) -> bool,
}

impl Default for Network {
    fn default() -> Self {
        Network {
            resolve: Vec::new(),
            is_public: netguard::is_public,
        }
    }
}

/// What a response body is, by its first bytes, then its header, then its URL.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ContentKind {
    /// An HTML page.
    Html,
    /// A PDF.
    Pdf,
    /// A Word document (DOCX).
    Docx,
    /// A spreadsheet (XLSX or ODS).
    Xlsx,
    /// An old Excel spreadsheet (XLS).
    Xls,
    /// An old Word document (DOC), which is not read.
    Doc,
    /// Comma-separated values.
    Csv,
    /// Plain text.
    Text,
    /// XML (sitemaps).
    Xml,
    /// An image.
    Image,
    /// Anything else.
    Other,
}

impl ContentKind {
    /// Documents an assessor opens as files (as opposed to web pages).
    pub fn is_document(self) -> bool {
        matches!(
            self,
            Self::Pdf | Self::Docx | Self::Xlsx | Self::Xls | Self::Doc | Self::Csv
        )
    }

    /// The kind a URL's file extension suggests, before anything is fetched.
    pub fn from_url(url: &Url) -> Option<ContentKind> {
        let path = url.path().to_ascii_lowercase();
        let ext = path.rsplit_once('.').map(|(_, e)| e)?;
        Some(match ext {
            "pdf" => Self::Pdf,
            "docx" => Self::Docx,
            "doc" => Self::Doc,
            "xlsx" | "ods" => Self::Xlsx,
            "xls" => Self::Xls,
            "csv" => Self::Csv,
            "txt" => Self::Text,
            "xml" => Self::Xml,
            "jpg" | "jpeg" | "png" | "gif" | "svg" | "webp" | "bmp" => Self::Image,
            "html" | "htm" | "php" | "asp" | "aspx" | "jsp" => Self::Html,
            "zip" | "rar" | "7z" | "mp4" | "mp3" | "exe" | "css" | "js" | "ico" | "woff"
            | "woff2" | "ttf" => Self::Other,
            _ => return None,
        })
    }

    /// Sniffs the body first: a PDF sent as octet-stream is a PDF; an HTML 404 page saved as
    /// `.pdf` is HTML.
    pub fn sniff(body: &[u8], content_type: Option<&str>, url: &Url) -> ContentKind {
        let head = &body[..body.len().min(512)];
        let trimmed: Vec<u8> = head
            .iter()
            .skip_while(|b| b.is_ascii_whitespace())
            .take(64)
            .map(u8::to_ascii_lowercase)
            .collect();
        if head.starts_with(b"%PDF-")
            || (body.len() > 5
                && body[..body.len().min(1024)]
                    .windows(5)
                    .any(|w| w == b"%PDF-"))
        {
            return Self::Pdf;
        }
        if head.starts_with(b"PK\x03\x04") {
            let has = |needle: &[u8]| body.windows(needle.len()).any(|w| w == needle);
            if has(b"word/") {
                return Self::Docx;
            }
            if has(b"xl/") || has(b"content.xml") {
                return Self::Xlsx;
            }
        }
        if head.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
            return match Self::from_url(url) {
                Some(Self::Xls) => Self::Xls,
                _ => Self::Doc,
            };
        }
        if trimmed.starts_with(b"<!doctype html")
            || trimmed.starts_with(b"<html")
            || trimmed.starts_with(b"<head")
            || trimmed.starts_with(b"<body")
        {
            return Self::Html;
        }
        if trimmed.starts_with(b"<?xml")
            || trimmed.starts_with(b"<urlset")
            || trimmed.starts_with(b"<sitemapindex")
        {
            return Self::Xml;
        }
        let mime = content_type
            .unwrap_or("")
            .split(';')
            .next()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase();
        match mime.as_str() {
            "text/html" | "application/xhtml+xml" => Self::Html,
            "application/pdf" => Self::Pdf,
            "text/csv" => Self::Csv,
            "text/plain" => Self::Text,
            "application/xml" | "text/xml" => Self::Xml,
            m if m.starts_with("image/") => Self::Image,
            m if m.contains("wordprocessingml") => Self::Docx,
            m if m.contains("spreadsheetml") => Self::Xlsx,
            _ => Self::from_url(url).unwrap_or(if body.contains(&b'<') {
                Self::Html
            } else {
                Self::Other
            }),
        }
    }
}

/// Why a fetch produced no usable response. These strings appear in reports as `reason`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FailureReason {
    /// No answer within the timeout.
    Timeout,
    /// The host name does not resolve.
    DnsError,
    /// Nothing listens on the port.
    ConnectionRefused,
    /// The connection was cut mid-answer.
    ConnectionReset,
    /// The TLS certificate is invalid or the handshake failed.
    TlsInvalid,
    /// Too many redirects, or a loop.
    TooManyRedirects,
    /// A redirect leads off the site.
    RedirectOffSite,
    /// HTTP 429, or a `Retry-After` too long.
    RateLimited,
    /// HTTP 401 or 403.
    Blocked,
    /// HTTP 5xx or 408.
    ServerError,
    /// Not valid HTTP.
    InvalidResponse,
    /// robots.txt forbids it.
    RobotsDisallowed,
    /// Not requested before the crawl stopped.
    BudgetExhausted,
    /// The host resolves to a private, loopback or link-local address, and the scan started on
    /// a public site.
    PrivateAddress,
}

impl FailureReason {
    /// The code reports show (`dns_error`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Timeout => "timeout",
            Self::DnsError => "dns_error",
            Self::ConnectionRefused => "connection_refused",
            Self::ConnectionReset => "connection_reset",
            Self::TlsInvalid => "tls_invalid",
            Self::TooManyRedirects => "too_many_redirects",
            Self::RedirectOffSite => "redirect_off_site",
            Self::RateLimited => "rate_limited",
            Self::Blocked => "blocked",
            Self::ServerError => "server_error",
            Self::InvalidResponse => "invalid_response",
            Self::RobotsDisallowed => "robots_disallowed",
            Self::BudgetExhausted => "budget_exhausted",
            Self::PrivateAddress => "private_address",
        }
    }

    /// Every reason, for documentation checks.
    pub const ALL: [FailureReason; 14] = [
        Self::Timeout,
        Self::DnsError,
        Self::ConnectionRefused,
        Self::ConnectionReset,
        Self::TlsInvalid,
        Self::TooManyRedirects,
        Self::RedirectOffSite,
        Self::RateLimited,
        Self::Blocked,
        Self::ServerError,
        Self::InvalidResponse,
        Self::RobotsDisallowed,
        Self::BudgetExhausted,
        Self::PrivateAddress,
    ];

    /// Whether a request that failed so is worth repeating after a backoff.
    pub fn is_retryable(self) -> bool {
        matches!(self, Self::Timeout | Self::ConnectionReset)
    }
}

/// A fetch that failed, with a machine-readable reason and a human detail.
#[derive(Debug, Clone)]
pub struct FetchFailure {
    /// Why, as a code.
    pub reason: FailureReason,
    /// Why, in words.
    pub detail: String,
    /// Redirect hops followed before the failure.
    pub redirects: Vec<Url>,
}

/// A response (any status) with its capped body.
#[derive(Debug, Clone)]
pub struct Fetched {
    /// The URL after redirects.
    pub final_url: Url,
    /// Every URL redirected through, in order, not counting the final one.
    pub redirects: Vec<Url>,
    /// The HTTP status.
    pub status: u16,
    /// The `Content-Type` header.
    pub content_type: Option<String>,
    /// What the body is, sniffed.
    pub kind: ContentKind,
    /// The body, capped.
    pub body: Vec<u8>,
    /// The body was longer than the cap and was cut.
    pub truncated: bool,
    /// Its `ETag` and `Last-Modified` headers (for a re-scan's conditional requests).
    pub validators: Validators,
}

/// A request's fate.
pub type FetchResult = Result<Fetched, FetchFailure>;

/// The per-host politeness gate.
struct HostGate {
    permits: Semaphore,
    next_slot: Mutex<Instant>,
    interval: Mutex<Duration>,
}

impl HostGate {
    /// Waits for this host's next free slot and books the one after it.
    async fn wait_turn(&self) {
        let at = {
            let mut next = self.next_slot.lock().expect("gate lock");
            let now = Instant::now();
            let at = (*next).max(now);
            *next = at + *self.interval.lock().expect("gate lock");
            at
        };
        tokio::time::sleep_until(at).await;
    }

    /// Nobody may start a request to this host before `until`.
    fn hold_until(&self, until: Instant) {
        let mut next = self.next_slot.lock().expect("gate lock");
        *next = (*next).max(until);
    }
}

/// The per-host gates of one or more fetchers. Fetchers given the same gates
/// ([`Fetcher::with_host_gates`]) are polite together: a batch gives each site its own fetcher
/// (its own address rule and certificate record) and all of them one politeness per host.
#[derive(Clone, Default)]
pub struct HostGates(Arc<Mutex<HashMap<String, Arc<HostGate>>>>);

/// The HTTP client of a scan.
pub struct Fetcher {
    client: reqwest::Client,
    config: FetchConfig,
    hosts: HostGates,
    /// A previous run's document readings, for conditional requests.
    revalidation: Option<Arc<Revalidation>>,
    guard: AddressGuard,
    /// Hosts whose invalid certificate `--insecure` let through.
    certificate_problems: CertificateProblems,
}

/// A decision whether a redirect target may be followed.
pub type RedirectPolicy<'a> = &'a (dyn Fn(&Url) -> bool + Send + Sync);

fn host_key(url: &Url) -> String {
    format!(
        "{}:{}",
        url.host_str().unwrap_or(""),
        url.port_or_known_default().unwrap_or(0)
    )
}

impl Fetcher {
    /// A client for `config`, resolving names by DNS.
    pub fn new(config: FetchConfig) -> Result<Fetcher, ClientError> {
        Fetcher::on_network(config, Network::default())
    }

    /// A client whose names resolve as `resolve` says and whose idea of a public address is
    /// `is_public`: for tests that play a public site on loopback (feature `testing`).
    #[cfg(feature = "testing")]
    pub fn with_network(
        config: FetchConfig,
        resolve: Vec<(String, IpAddr)>,
        is_public: fn(IpAddr) -> bool,
    ) -> Result<Fetcher, ClientError> {
        Fetcher::on_network(config, Network { resolve, is_public })
    }

    fn on_network(config: FetchConfig, network: Network) -> Result<Fetcher, ClientError> {
        let guard = AddressGuard::new(&network.resolve, network.is_public, &proxy_hosts());
        let certificate_problems = CertificateProblems::default();
        let mut builder = reqwest::Client::builder();
        if config.insecure {
            builder = builder
                .tls_backend_preconfigured(tls::insecure_config(certificate_problems.clone())?);
        }
        let client = builder
            .dns_resolver(Arc::new(GuardedResolver(guard.clone())))
            .user_agent(config.user_agent.clone())
            .redirect(reqwest::redirect::Policy::none())
            .timeout(config.timeout)
            .connect_timeout(config.timeout.min(Duration::from_secs(10)))
            .default_headers({
                let mut h = reqwest::header::HeaderMap::new();
                h.insert(
                    reqwest::header::ACCEPT,
                    reqwest::header::HeaderValue::from_static(
                        "text/html,application/xhtml+xml,application/pdf,*/*;q=0.8",
                    ),
                );
                h.insert(
                    reqwest::header::ACCEPT_LANGUAGE,
                    reqwest::header::HeaderValue::from_static("th,en;q=0.8"),
                );
                h
            })
            .build()?;
        Ok(Fetcher {
            client,
            config,
            hosts: HostGates::default(),
            revalidation: None,
            guard,
            certificate_problems,
        })
    }

    /// This client, keeping every host's politeness in `gates` (shared with other fetchers).
    pub fn with_host_gates(mut self, gates: HostGates) -> Fetcher {
        self.hosts = gates;
        self
    }

    /// This client, sending conditional requests for the documents `revalidation` holds a
    /// previous reading of, and keeping this run's readings in it.
    pub fn with_revalidation(mut self, revalidation: Arc<Revalidation>) -> Fetcher {
        self.revalidation = Some(revalidation);
        self
    }

    /// When `fetched` is a 304 answering a conditional request: the previous reading of the
    /// document, with `fetched` made to look like the response it stands for (status 200, the
    /// kind read then).
    pub fn reuse_reading(&self, fetched: &mut Fetched) -> Option<DocumentResult> {
        if fetched.status != 304 {
            return None;
        }
        let kept = self
            .revalidation
            .as_ref()?
            .reuse(fetched.final_url.as_str())?;
        fetched.status = 200;
        fetched.kind = kept.kind;
        fetched.content_type = kept.content_type;
        fetched.validators = kept.validators;
        Some(Ok(kept.reading))
    }

    /// Keeps a document's reading for the next run's conditional requests (when this client
    /// has a [`Revalidation`], the reading succeeded and the server sent validators).
    pub fn keep_reading(&self, fetched: &Fetched, reading: &DocumentResult) {
        let (Some(revalidation), Ok(text)) = (&self.revalidation, reading) else {
            return;
        };
        revalidation.keep(
            fetched.final_url.as_str(),
            KeptReading {
                validators: fetched.validators.clone(),
                kind: fetched.kind,
                content_type: fetched.content_type.clone(),
                tool: crate::conditional::this_tool(),
                reading: text.clone(),
            },
        );
    }

    /// The settings this client was made with.
    pub fn config(&self) -> &FetchConfig {
        &self.config
    }

    /// Decides from the start URL's host which addresses this scan may connect to (see
    /// [`netguard`]); call before the first fetch, else only public addresses are allowed.
    pub async fn decide_address_rule(&self, start: &Url) -> netguard::AddressRule {
        self.guard.decide(start).await;
        self.guard.rule()
    }

    /// Hosts whose certificate did not verify (only with `--insecure`; otherwise such hosts are
    /// not fetched at all), with the problem.
    pub fn certificate_problems(&self) -> BTreeMap<String, String> {
        self.certificate_problems
            .lock()
            .expect("certificate problems lock")
            .clone()
    }

    fn gate(&self, url: &Url) -> Arc<HostGate> {
        let mut hosts = self.hosts.0.lock().expect("hosts lock");
        hosts
            .entry(host_key(url))
            .or_insert_with(|| {
                Arc::new(HostGate {
                    permits: Semaphore::new(self.config.concurrency.max(1)),
                    next_slot: Mutex::new(Instant::now()),
                    interval: Mutex::new(Duration::from_secs_f64(1.0 / self.config.rate.max(0.01))),
                })
            })
            .clone()
    }

    /// Slows a host down to at least one request per `delay` (robots.txt `Crawl-delay`).
    pub fn set_min_interval(&self, url: &Url, delay: Duration) {
        let gate = self.gate(url);
        let mut interval = gate.interval.lock().expect("gate lock");
        *interval = (*interval).max(delay);
    }

    /// The addresses of `host` this scan may connect to, as its own connections would resolve
    /// it (the address guard's rule applied): for a browser that must be pinned to them
    /// ([`crate::render`]). An error says why none may be used.
    pub async fn allowed_addresses(&self, host: &str) -> Result<Vec<IpAddr>, String> {
        let addresses = self.guard.lookup(host).await.map_err(|e| e.to_string())?;
        self.guard
            .filter(host, addresses)
            .map_err(|refused| refused.to_string())
    }

    /// Waits for `url`'s host's next free request slot and books it: for a request made outside
    /// this client (a browser loading the page), so that it keeps the host's pace.
    pub async fn wait_turn(&self, url: &Url) {
        self.gate(url).wait_turn().await;
    }

    /// GETs `url`, following redirects that `may_follow` allows, reading at most `max_bytes`.
    pub async fn get(
        &self,
        url: &Url,
        max_bytes: usize,
        may_follow: RedirectPolicy<'_>,
    ) -> FetchResult {
        self.get_with_retries(url, max_bytes, may_follow, self.config.max_retries)
            .await
    }

    /// [`Fetcher::get`] with one try per hop and no retries: the last look at a URL whose
    /// retries already failed once in this crawl.
    pub async fn get_once(
        &self,
        url: &Url,
        max_bytes: usize,
        may_follow: RedirectPolicy<'_>,
    ) -> FetchResult {
        self.get_with_retries(url, max_bytes, may_follow, 0).await
    }

    /// [`Fetcher::get`] with at most `max_retries` retries instead of the configured number.
    pub async fn get_with_retries(
        &self,
        url: &Url,
        max_bytes: usize,
        may_follow: RedirectPolicy<'_>,
        max_retries: u32,
    ) -> FetchResult {
        let mut current = url.clone();
        let mut redirects = Vec::new();
        loop {
            // a literal IP never reaches the resolver, so the address rule is checked here
            if let Err(refused) = self.guard.check_literal(&current) {
                return Err(FetchFailure {
                    reason: FailureReason::PrivateAddress,
                    detail: format!("{current}: {refused}"),
                    redirects,
                });
            }
            let response = self
                .get_one(&current, max_bytes, &redirects, max_retries)
                .await?;
            if let Some(location) = response.redirect_to {
                let next = current.join(&location).map_err(|e| FetchFailure {
                    reason: FailureReason::InvalidResponse,
                    detail: format!("redirect to an invalid location `{location}`: {e}"),
                    redirects: redirects.clone(),
                })?;
                redirects.push(current.clone());
                if redirects.len() > self.config.max_redirects {
                    return Err(FetchFailure {
                        reason: FailureReason::TooManyRedirects,
                        detail: format!("more than {} redirects", self.config.max_redirects),
                        redirects,
                    });
                }
                if !may_follow(&next) {
                    return Err(FetchFailure {
                        reason: FailureReason::RedirectOffSite,
                        detail: format!("redirects off the site to {next}"),
                        redirects,
                    });
                }
                current = next;
                continue;
            }
            let mut fetched = response.fetched;
            fetched.final_url = current;
            fetched.redirects = redirects;
            return Ok(fetched);
        }
    }

    /// One request with retries; a 3xx with Location is handed back instead of followed.
    async fn get_one(
        &self,
        url: &Url,
        max_bytes: usize,
        redirects: &[Url],
        max_retries: u32,
    ) -> Result<OneResponse, FetchFailure> {
        let gate = self.gate(url);
        let mut attempt = 0;
        loop {
            let outcome = {
                let _permit = gate
                    .permits
                    .acquire()
                    .await
                    .expect("semaphore never closed");
                gate.wait_turn().await;
                self.request(url, max_bytes).await
            };
            let retry_after = match &outcome {
                Ok(r) => r.retry_after,
                Err(_) => None,
            };
            let retryable = match &outcome {
                Ok(r) => matches!(r.fetched.status, 408 | 429 | 500..=599),
                Err(f) => f.reason.is_retryable(),
            };
            if !retryable || attempt >= max_retries {
                // the pause asked for still holds for whoever asks this host next (another page,
                // or this one's last try at the end of the crawl)
                if retryable
                    && let Some(after) = retry_after
                    && after <= self.config.max_retry_after
                {
                    gate.hold_until(Instant::now() + after);
                }
                return match outcome {
                    Ok(r) if r.fetched.status == 429 => Err(FetchFailure {
                        reason: FailureReason::RateLimited,
                        detail: format!("HTTP 429 Too Many Requests after {} tries", attempt + 1),
                        redirects: redirects.to_vec(),
                    }),
                    Ok(r) => Ok(r),
                    Err(mut f) => {
                        f.redirects = redirects.to_vec();
                        Err(f)
                    }
                };
            }
            let backoff = Duration::from_secs(1 << attempt.min(5));
            let wait = match retry_after {
                Some(after) if after > self.config.max_retry_after => {
                    return Err(FetchFailure {
                        reason: FailureReason::RateLimited,
                        detail: format!(
                            "server asks to retry after {} s, more than the {} s cap",
                            after.as_secs(),
                            self.config.max_retry_after.as_secs()
                        ),
                        redirects: redirects.to_vec(),
                    });
                }
                // the server said when: that, not the backoff (which would only guess)
                Some(after) => after,
                None => backoff,
            };
            gate.hold_until(Instant::now() + wait);
            attempt += 1;
        }
    }

    async fn request(&self, url: &Url, max_bytes: usize) -> Result<OneResponse, FetchFailure> {
        let failure = |e: reqwest::Error| classify(&e, url);
        let mut request = self.client.get(url.clone());
        if let Some(validators) = self
            .revalidation
            .as_ref()
            .and_then(|r| r.validators(url.as_str()))
        {
            if let Some(etag) = &validators.etag {
                request = request.header(reqwest::header::IF_NONE_MATCH, etag);
            }
            if let Some(modified) = &validators.last_modified {
                request = request.header(reqwest::header::IF_MODIFIED_SINCE, modified);
            }
        }
        let mut response = request.send().await.map_err(failure)?;
        let status = response.status().as_u16();
        let header = |name: reqwest::header::HeaderName| {
            response
                .headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string)
        };
        let content_type = header(reqwest::header::CONTENT_TYPE);
        let retry_after = header(reqwest::header::RETRY_AFTER).and_then(|v| parse_retry_after(&v));
        let location = header(reqwest::header::LOCATION);
        let validators = Validators {
            etag: header(reqwest::header::ETAG),
            last_modified: header(reqwest::header::LAST_MODIFIED),
        };
        if (300..400).contains(&status)
            && let Some(location) = location
        {
            return Ok(OneResponse {
                fetched: empty(url, status, content_type),
                retry_after,
                redirect_to: Some(location),
            });
        }
        let mut body = Vec::new();
        let mut truncated = false;
        loop {
            match response.chunk().await {
                Ok(Some(chunk)) => {
                    let room = max_bytes.saturating_sub(body.len());
                    if chunk.len() > room {
                        body.extend_from_slice(&chunk[..room]);
                        truncated = true;
                        break;
                    }
                    body.extend_from_slice(&chunk);
                }
                Ok(None) => break,
                Err(e) => return Err(failure(e)),
            }
        }
        let kind = ContentKind::sniff(&body, content_type.as_deref(), url);
        Ok(OneResponse {
            fetched: Fetched {
                final_url: url.clone(),
                redirects: Vec::new(),
                status,
                content_type,
                kind,
                body,
                truncated,
                validators,
            },
            retry_after,
            redirect_to: None,
        })
    }
}

struct OneResponse {
    fetched: Fetched,
    retry_after: Option<Duration>,
    redirect_to: Option<String>,
}

fn empty(url: &Url, status: u16, content_type: Option<String>) -> Fetched {
    Fetched {
        final_url: url.clone(),
        redirects: Vec::new(),
        status,
        content_type,
        kind: ContentKind::Other,
        body: Vec::new(),
        truncated: false,
        validators: Validators::default(),
    }
}

/// `Retry-After: 120` (seconds). HTTP dates are rare on these servers; they count as one minute.
fn parse_retry_after(value: &str) -> Option<Duration> {
    let value = value.trim();
    match value.parse::<u64>() {
        Ok(seconds) => Some(Duration::from_secs(seconds)),
        Err(_) if !value.is_empty() => Some(Duration::from_secs(60)),
        Err(_) => None,
    }
}

/// The proxies reqwest will use (it reads these variables itself): their host names are exempt
/// from the address rule, since a corporate proxy on a private address is how such networks reach
/// the Internet. Through a proxy, the proxy resolves the site's names, not oitcheck.
fn proxy_hosts() -> Vec<String> {
    ["http_proxy", "https_proxy", "all_proxy"]
        .iter()
        .flat_map(|name| [name.to_string(), name.to_ascii_uppercase()])
        .filter_map(|name| std::env::var(name).ok())
        .filter_map(|value| {
            let with_scheme = if value.contains("://") {
                value
            } else {
                format!("http://{value}")
            };
            Url::parse(&with_scheme)
                .ok()?
                .host_str()
                .map(str::to_string)
        })
        .collect()
}

/// Every error in `error`'s cause chain, `error` first. `io::Error::source()` skips the error it
/// wraps (it returns the wrapped error's source), so a wrapped error is visited through
/// `get_ref()`: that is where rustls's error sits inside a failed handshake.
fn causes<'a>(
    error: &'a (dyn std::error::Error + 'static),
) -> Vec<&'a (dyn std::error::Error + 'static)> {
    let mut out = Vec::new();
    let mut next = Some(error);
    while let Some(e) = next {
        if out.len() >= 32 {
            break;
        }
        out.push(e);
        next = match e
            .downcast_ref::<std::io::Error>()
            .and_then(|io| io.get_ref())
        {
            Some(inner) => Some(inner as &(dyn std::error::Error + 'static)),
            None => e.source(),
        };
    }
    out
}

/// A failure reason from the typed causes of an error, with a detail for people; `None` when no
/// cause is recognised by type.
fn classify_typed(error: &(dyn std::error::Error + 'static)) -> Option<(FailureReason, String)> {
    let chain = causes(error);
    for cause in &chain {
        if let Some(refused) = cause.downcast_ref::<PrivateAddressRefused>() {
            return Some((FailureReason::PrivateAddress, refused.to_string()));
        }
        if let Some(dns) = cause.downcast_ref::<DnsFailure>() {
            return Some((FailureReason::DnsError, format!("{dns}: {}", dns.source)));
        }
        if let Some(tls) = cause.downcast_ref::<rustls::Error>() {
            let (what, certificate) = tls::describe(tls);
            let advice = if certificate {
                "browsers warn about it too. If you trust the site anyway (your own, or a known lapse), rerun with --insecure: the report will say the certificate is invalid"
            } else {
                "--insecure does not help with this; the server's TLS setup must be updated"
            };
            return Some((FailureReason::TlsInvalid, format!("{what}; {advice}")));
        }
    }
    // io kinds come after the specific errors: a TLS failure also surfaces as an io::Error
    for cause in &chain {
        if let Some(io) = cause.downcast_ref::<std::io::Error>() {
            use std::io::ErrorKind as K;
            let reason = match io.kind() {
                K::TimedOut => FailureReason::Timeout,
                K::ConnectionRefused => FailureReason::ConnectionRefused,
                K::ConnectionReset | K::ConnectionAborted | K::BrokenPipe | K::UnexpectedEof => {
                    FailureReason::ConnectionReset
                }
                _ => continue,
            };
            return Some((reason, io.to_string()));
        }
    }
    None
}

/// Maps a reqwest error to a failure reason: by type where the chain allows
/// ([`classify_typed`]), else by the words of the whole chain.
fn classify(error: &reqwest::Error, url: &Url) -> FetchFailure {
    let mut text = error.to_string();
    let mut source = std::error::Error::source(error);
    while let Some(s) = source {
        text.push_str(": ");
        text.push_str(&s.to_string());
        source = s.source();
    }
    if error.is_timeout() {
        return FetchFailure {
            reason: FailureReason::Timeout,
            detail: format!("{url}: {text}"),
            redirects: Vec::new(),
        };
    }
    if let Some((reason, detail)) = classify_typed(error) {
        return FetchFailure {
            reason,
            detail: format!("{url}: {detail}"),
            redirects: Vec::new(),
        };
    }
    let lower = text.to_ascii_lowercase();
    let reason = if lower.contains("timed out") {
        FailureReason::Timeout
    } else if lower.contains("dns error")
        || lower.contains("failed to lookup")
        || lower.contains("name or service not known")
    {
        FailureReason::DnsError
    } else if lower.contains("certificate") || lower.contains("tls") || lower.contains("handshake")
    {
        FailureReason::TlsInvalid
    } else if lower.contains("connection refused") {
        FailureReason::ConnectionRefused
    } else if lower.contains("reset")
        || lower.contains("end of file before message length")
        || lower.contains("broken pipe")
        || lower.contains("connection closed")
        || lower.contains("incomplete")
        || lower.contains("unexpected eof")
    {
        FailureReason::ConnectionReset
    } else {
        FailureReason::InvalidResponse
    };
    FetchFailure {
        reason,
        detail: format!("{url}: {text}"),
        redirects: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(s: &str) -> Url {
        Url::parse(s).unwrap()
    }

    #[test]
    fn sniffing_trusts_bytes_over_names() {
        let pdf_url = url("http://a.go.th/download.php?id=7");
        assert_eq!(
            ContentKind::sniff(b"%PDF-1.7\n...", Some("application/octet-stream"), &pdf_url),
            ContentKind::Pdf
        );
        let fake_pdf = url("http://a.go.th/plan.pdf");
        assert_eq!(
            ContentKind::sniff(
                b"<!DOCTYPE html><html>404</html>",
                Some("text/html"),
                &fake_pdf
            ),
            ContentKind::Html
        );
        assert_eq!(ContentKind::sniff(b"", None, &fake_pdf), ContentKind::Pdf);
    }

    #[test]
    fn retry_after_seconds_and_dates() {
        assert_eq!(parse_retry_after("5"), Some(Duration::from_secs(5)));
        assert_eq!(parse_retry_after(""), None);
        assert_eq!(
            parse_retry_after("Wed, 21 Oct 2026 07:28:00 GMT"),
            Some(Duration::from_secs(60))
        );
    }

    /// An error that wraps another, as hyper and reqwest wrap the connector's errors.
    #[derive(Debug)]
    struct Wrapper(Box<dyn std::error::Error + Send + Sync>);
    impl std::fmt::Display for Wrapper {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("client error (Connect)")
        }
    }
    impl std::error::Error for Wrapper {
        fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
            Some(&*self.0)
        }
    }

    /// rustls's error sits inside an io::Error, whose `source()` skips it: the walk must find it
    /// anyway, and a TLS failure is never classified (and retried) as a reset.
    #[test]
    fn tls_errors_are_found_inside_io_errors_and_not_retried() {
        let tls = rustls::Error::InvalidCertificate(rustls::CertificateError::Expired);
        let io = std::io::Error::new(std::io::ErrorKind::InvalidData, tls);
        let error = Wrapper(Box::new(io));
        let (reason, detail) = classify_typed(&error).expect("classified by type");
        assert_eq!(reason, FailureReason::TlsInvalid);
        assert!(
            detail.contains("expired") && detail.contains("--insecure"),
            "{detail}"
        );
        assert!(!reason.is_retryable());
        // a handshake the peer resets is a reset (retried), found by the io kind
        let reset = Wrapper(Box::new(std::io::Error::from(
            std::io::ErrorKind::ConnectionReset,
        )));
        assert_eq!(
            classify_typed(&reset).map(|r| r.0),
            Some(FailureReason::ConnectionReset)
        );
        let refused = Wrapper(Box::new(PrivateAddressRefused {
            host: "www.a.go.th".into(),
            addresses: vec!["10.0.0.1".parse().unwrap()],
        }));
        let (reason, _) = classify_typed(&refused).unwrap();
        assert_eq!(reason, FailureReason::PrivateAddress);
        assert!(!reason.is_retryable());
        for reason in FailureReason::ALL {
            let retried = matches!(
                reason,
                FailureReason::Timeout | FailureReason::ConnectionReset
            );
            assert_eq!(reason.is_retryable(), retried, "{reason:?}");
        }
    }
}
