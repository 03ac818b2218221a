//! Rendering pages built by script: a page's DOM after its scripts ran, from headless Chromium,
//! for pages whose links a crawler that does not run scripts never sees (an empty `<nav>` that an
//! inline script fills from a JSON file). Optional: with `--render never` (the default) or
//! without Chromium the crawl reads HTML as served, and the report says how many pages look built
//! by script ([`PageContent::looks_script_built`]), so the reader knows what was not read.
//!
//! ## How
//!
//! One `chromium --headless --dump-dom URL` process per page, with a virtual-time budget (timers
//! run ahead of the clock, so a menu filled after a `setTimeout` is there; network waits are
//! real), killed at a wall-clock deadline: a page whose script never stops costs that page, not
//! the scan. A subprocess rather than a DevTools-protocol crate: chromiumoxide 0.9 would add 31
//! crates and about 120,000 lines of mostly generated protocol code to the build, to save the
//! browser's start-up (about 0.6 s of the 0.8 s a small page takes, against 2 ms for a fetch:
//! `bench/render.sh`) on the few pages `--render auto` renders. Renders run one at a time in the crawl's loop; the browser
//! profile, and with it the HTTP cache (a site's scripts are fetched once a scan, not once a
//! page), lasts the crawl and is deleted after it.
//!
//! ## What is guarded, and what is not
//!
//! Chromium fetches a page's scripts, styles and data itself, outside oitcheck's HTTP client.
//!
//! * Other hosts: `--host-resolver-rules` makes every name but the site's (the start host and
//!   its www twin) "not found", IP literals and `localhost` included, so a page cannot make the
//!   browser reach another site or the local network.
//! * The site's own names are pinned to an address the scan's address guard allowed
//!   ([`crate::netguard`]): a name cannot point the browser at a private address when it could
//!   not point the crawler there, and cannot change between the two (DNS rebinding). When the
//!   start URL names a port, every connection to the site goes to that port.
//! * No proxy (`--no-proxy-server`: a proxy would resolve names itself), no QUIC, no WebRTC over
//!   UDP, no images, no background requests to Google's services.
//! * Politeness: a render waits for the host's next request slot like a fetch, but the requests
//!   inside one render (the page again, its scripts, styles and data) are not paced one by one,
//!   and robots.txt is checked for the page, not for them. `--render auto` renders at most
//!   [`RenderConfig::DEFAULT_MAX_AUTO`] pages a scan.
//! * Not guarded: other ports on the site's own address when the start URL uses the scheme's
//!   port, and what scripts do inside the browser. Chromium's sandbox is on, except as root,
//!   where Chromium refuses to start with it (`--no-sandbox`). Running a site's scripts is a
//!   different trust than reading its HTML, one reason rendering is opt-in.

use std::collections::HashSet;
use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::Arc;
use std::time::Duration;

use tokio::io::{AsyncRead, AsyncReadExt};
use tokio::sync::watch;
use tokio::time::Instant;
use url::Url;

use crate::discover::Scope;
use crate::extract::html::{self, PageContent};
use crate::fetch::{FetchConfig, Fetcher};

/// Which pages the crawl renders in headless Chromium.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum RenderMode {
    /// None: pages are read as served (the report still counts those that look built by script).
    #[default]
    Never,
    /// Pages that look built by script ([`PageContent::looks_script_built`]), up to a limit.
    Auto,
    /// Every HTML page (slow: a browser start per page).
    Always,
}

impl RenderMode {
    /// The mode's name on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            RenderMode::Never => "never",
            RenderMode::Auto => "auto",
            RenderMode::Always => "always",
        }
    }
}

/// How the crawl renders pages.
#[derive(Debug, Clone)]
pub struct RenderConfig {
    /// Which pages.
    pub mode: RenderMode,
    /// The browser; `None`: `$OITCHECK_CHROMIUM`, else `chromium`, `chromium-browser`,
    /// `google-chrome` or `google-chrome-stable` on the `PATH`.
    pub browser: Option<PathBuf>,
    /// Pages rendered at most in [`RenderMode::Auto`].
    pub max_auto: usize,
    /// How long one page may take before the browser is killed.
    pub page_limit: Duration,
}

impl RenderConfig {
    /// Pages `--render auto` renders at most: a site whose every page has a script-built menu
    /// shows its menu on the first few; the rest would cost a browser start each.
    pub const DEFAULT_MAX_AUTO: usize = 20;
}

impl Default for RenderConfig {
    fn default() -> Self {
        RenderConfig {
            mode: RenderMode::Never,
            browser: None,
            max_auto: Self::DEFAULT_MAX_AUTO,
            page_limit: Duration::from_secs(20),
        }
    }
}

/// Why a page could not be rendered.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RenderError {
    /// The browser could not be started.
    #[error("Chromium could not be started: {0}")]
    Start(String),
    /// The browser ran past its deadline and was killed.
    #[error(
        "Chromium did not finish the page within {0} s (a script may never stop) and was killed"
    )]
    TimedOut(u64),
    /// The browser exited with an error.
    #[error("Chromium failed: {0}")]
    Failed(String),
    /// The scan was interrupted (Ctrl-C) while the page was being rendered.
    #[error("interrupted")]
    Interrupted,
    /// The browser showed an error page or nothing: the page, or where its scripts sent the
    /// browser, could not be loaded.
    #[error(
        "Chromium could not load the page ({0}); its scripts may lead off the site, where the renderer does not go"
    )]
    NotLoaded(String),
}

/// Virtual time a page's scripts get: timers up to this far ahead fire before the DOM is read.
const VIRTUAL_TIME_BUDGET_MS: u32 = 3000;
/// The tail of Chromium's standard error kept to explain a failure.
const STDERR_TAIL: usize = 8 * 1024;
/// Browser names looked for on the `PATH`, in order.
const BROWSER_NAMES: &[&str] = &[
    "chromium",
    "chromium-browser",
    "google-chrome",
    "google-chrome-stable",
];

/// The browser to run: `configured` when given, else `$OITCHECK_CHROMIUM`, else the first of
/// [`BROWSER_NAMES`] on the `PATH`; what is missing otherwise. `OITCHECK_NO_TOOLS=1` hides all
/// but a `configured` one, as it hides the document tools.
pub fn find_browser(configured: Option<&Path>) -> Result<PathBuf, String> {
    let hidden = std::env::var_os("OITCHECK_NO_TOOLS").is_some_and(|v| v == "1");
    if hidden && configured.is_none() {
        return Err("external tools are hidden (OITCHECK_NO_TOOLS=1)".into());
    }
    let configured = configured
        .map(Path::to_path_buf)
        .or_else(|| std::env::var_os("OITCHECK_CHROMIUM").map(PathBuf::from));
    if let Some(path) = configured {
        return if is_executable(&path) {
            Ok(path)
        } else {
            Err(format!(
                "the browser {} does not exist or cannot be run",
                path.display()
            ))
        };
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    BROWSER_NAMES
        .iter()
        .flat_map(|name| std::env::split_paths(&path).map(move |dir| dir.join(name)))
        .find(|candidate| is_executable(candidate))
        .ok_or_else(|| {
            "Chromium was not found (install the chromium package, or name the browser in OITCHECK_CHROMIUM)".into()
        })
}

fn is_executable(path: &Path) -> bool {
    let Ok(meta) = std::fs::metadata(path) else {
        return false;
    };
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        meta.is_file() && meta.permissions().mode() & 0o111 != 0
    }
    #[cfg(not(unix))]
    {
        meta.is_file()
    }
}

/// Whether this process runs as root, where Chromium will not start with its sandbox. Read from
/// `/proc` (no `unsafe` call to `geteuid`); elsewhere, not root.
fn running_as_root() -> bool {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            let line = status.lines().find(|l| l.starts_with("Uid:"))?;
            // real, effective, saved, filesystem
            line.split_whitespace().nth(2).map(|uid| uid == "0")
        })
        .unwrap_or(false)
}

/// `--host-resolver-rules` for a site whose names resolve to `pins`: each pinned name maps to
/// its address (and to `port`, when the site has one), every other name to "not found". Rules
/// apply in order, the first match wins.
pub fn host_rules(pins: &[(String, IpAddr)], port: Option<u16>) -> String {
    let mut rules: Vec<String> = pins
        .iter()
        .map(|(host, ip)| {
            let address = match ip {
                IpAddr::V4(v4) => v4.to_string(),
                IpAddr::V6(v6) => format!("[{v6}]"),
            };
            match port {
                Some(port) => format!("MAP {host} {address}:{port}"),
                None => format!("MAP {host} {address}"),
            }
        })
        .collect();
    rules.push("MAP * ~NOTFOUND".into());
    rules.join(", ")
}

/// The site's names with the address each may be reached at, as the scan's address guard
/// allows (IPv4 first, as most agency servers answer there); names that do not resolve are left
/// out. An error when no name may be used.
async fn pins(scope: &Scope, fetcher: &Fetcher) -> Result<Vec<(String, IpAddr)>, String> {
    let mut pins = Vec::new();
    let mut refused = Vec::new();
    for host in scope.hosts() {
        if host.is_empty() {
            continue;
        }
        match fetcher.allowed_addresses(host).await {
            Ok(addresses) => {
                let chosen = addresses
                    .iter()
                    .find(|ip| ip.is_ipv4())
                    .or(addresses.first());
                if let Some(ip) = chosen {
                    pins.push((host.to_string(), *ip));
                }
            }
            Err(reason) => refused.push(reason),
        }
    }
    if pins.is_empty() {
        return Err(match refused.first() {
            Some(reason) => format!("the site's address may not be used: {reason}"),
            None => "the site's name did not resolve".into(),
        });
    }
    Ok(pins)
}

/// A directory removed (with everything in it) on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new() -> std::io::Result<TempDir> {
        static COUNTER: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        loop {
            let n = COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let path =
                std::env::temp_dir().join(format!("oitcheck-chromium-{}-{n}", std::process::id()));
            match std::fs::create_dir(&path) {
                Ok(()) => return Ok(TempDir(path)),
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
                Err(e) => return Err(e),
            }
        }
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        // a killed browser's helpers outlive it by a moment (about 0.2 s here), and one writing
        // into the profile after it was removed would make it again: wait for them (a blocking
        // wait, but only after a kill), then remove
        for _ in 0..HELPER_POLLS {
            if !profile_in_use(&self.0) {
                break;
            }
            std::thread::sleep(HELPER_POLL);
        }
        for _ in 0..3 {
            match std::fs::remove_dir_all(&self.0) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                    std::thread::sleep(HELPER_POLL)
                }
                _ => return,
            }
        }
    }
}

/// How often, and how many times, to look whether a killed browser's helpers are gone.
const HELPER_POLL: Duration = Duration::from_millis(50);
const HELPER_POLLS: u32 = 60;

/// Whether a process runs with `profile` as its browser profile: every Chromium helper carries
/// `--user-data-dir` on its command line. Read from `/proc` (elsewhere: never).
fn profile_in_use(profile: &Path) -> bool {
    let marker = format!("--user-data-dir={}", profile.display());
    let Ok(processes) = std::fs::read_dir("/proc") else {
        return false;
    };
    processes
        .flatten()
        .filter(|entry| {
            entry
                .file_name()
                .to_str()
                .is_some_and(|name| name.bytes().all(|b| b.is_ascii_digit()))
        })
        .any(|entry| {
            std::fs::read(entry.path().join("cmdline")).is_ok_and(|cmdline| {
                cmdline
                    .split(|b| *b == 0)
                    .any(|arg| arg == marker.as_bytes())
            })
        })
}

/// Waits, without blocking the runtime, until no process uses `profile` (at most about 3 s).
async fn helpers_gone(profile: &Path) {
    for _ in 0..HELPER_POLLS {
        if !profile_in_use(profile) {
            return;
        }
        tokio::time::sleep(HELPER_POLL).await;
    }
}

/// A headless Chromium set up for one site: its binary, a private profile and the resolver
/// rules that keep it on the site.
pub struct Browser {
    binary: PathBuf,
    profile: TempDir,
    host_rules: String,
    user_agent: String,
    insecure: bool,
    sandbox: bool,
}

impl Browser {
    /// A browser at `binary` that may reach only what `host_rules` maps (see [`host_rules`]),
    /// sending `fetch`'s User-Agent and accepting invalid certificates only with `--insecure`.
    pub fn new(
        binary: PathBuf,
        host_rules: String,
        fetch: &FetchConfig,
    ) -> std::io::Result<Browser> {
        Ok(Browser {
            binary,
            profile: TempDir::new()?,
            host_rules,
            user_agent: fetch.user_agent.clone(),
            insecure: fetch.insecure,
            sandbox: !running_as_root(),
        })
    }

    /// The command line for rendering `url`.
    fn arguments(&self, url: &Url) -> Vec<String> {
        let mut args: Vec<String> = [
            "--headless",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--no-default-browser-check",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-extensions",
            "--disable-crash-reporter",
            // a container's /dev/shm is often 64 MB, too small for a renderer
            "--disable-dev-shm-usage",
            "--mute-audio",
            "--no-proxy-server",
            "--blink-settings=imagesEnabled=false",
            "--force-webrtc-ip-handling-policy=disable_non_proxied_udp",
            "--window-size=1366,900",
            "--accept-lang=th,en",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        if !self.sandbox {
            args.push("--no-sandbox".into());
        }
        if self.insecure {
            args.push("--ignore-certificate-errors".into());
        }
        args.push(format!("--user-data-dir={}", self.profile.0.display()));
        args.push(format!("--host-resolver-rules={}", self.host_rules));
        args.push(format!("--user-agent={}", self.user_agent));
        args.push(format!("--virtual-time-budget={VIRTUAL_TIME_BUDGET_MS}"));
        args.push("--dump-dom".into());
        args.push(url.to_string());
        args
    }

    /// The DOM of `url` after its scripts ran, serialised (at most `max_bytes` of it); the browser
    /// is killed after `limit`, and when the caller stops waiting.
    pub async fn render(
        &self,
        url: &Url,
        max_bytes: usize,
        limit: Duration,
    ) -> Result<String, RenderError> {
        let mut child = tokio::process::Command::new(&self.binary)
            .args(self.arguments(url))
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .kill_on_drop(true)
            .spawn()
            .map_err(|e| RenderError::Start(format!("{}: {e}", self.binary.display())))?;
        let stdout = child.stdout.take();
        let stderr = child.stderr.take();
        let run = async {
            // standard error is drained on its own task: a browser blocked on a full pipe would
            // never exit
            let stderr = tokio::spawn(async move {
                match stderr {
                    Some(stderr) => read_tail(stderr, STDERR_TAIL).await,
                    None => Vec::new(),
                }
            });
            let (dom, over) = match stdout {
                Some(stdout) => read_capped(stdout, max_bytes).await,
                None => (Vec::new(), false),
            };
            if over {
                // the rest of an oversized DOM is not wanted: stop the browser writing it
                let _ = child.start_kill();
            }
            let status = child.wait().await;
            let stderr = stderr.await.unwrap_or_default();
            (dom, over, status, stderr)
        };
        let Ok((dom, over, status, stderr)) = tokio::time::timeout(limit, run).await else {
            // stop it and its helpers before the profile is used again
            let _ = child.start_kill();
            let _ = child.wait().await;
            helpers_gone(&self.profile.0).await;
            return Err(RenderError::TimedOut(limit.as_secs()));
        };
        let status = status.map_err(|e| RenderError::Failed(e.to_string()))?;
        if !status.success() && !over {
            let message = last_message(&stderr).unwrap_or_else(|| "no message".into());
            // a browser whose sandbox cannot start (no user namespaces) fails on every page
            if message.contains("sandbox") {
                return Err(RenderError::Start(message));
            }
            return Err(RenderError::Failed(format!("{status}: {message}")));
        }
        let dom = String::from_utf8_lossy(&dom).into_owned();
        if dom.trim().is_empty() {
            return Err(RenderError::NotLoaded(
                last_message(&stderr).unwrap_or_else(|| "the browser printed no page".into()),
            ));
        }
        if let Some(code) = error_page(&dom) {
            return Err(RenderError::NotLoaded(code));
        }
        Ok(dom)
    }
}

/// Reads all of `reader`, keeping the first `max` bytes; whether there was more.
async fn read_capped(reader: impl AsyncRead + Unpin, max: usize) -> (Vec<u8>, bool) {
    let mut out = Vec::new();
    let mut limited = reader.take(max as u64 + 1);
    let _ = limited.read_to_end(&mut out).await;
    let over = out.len() > max;
    out.truncate(max);
    (out, over)
}

/// Reads all of `reader`, keeping the last `keep` bytes.
async fn read_tail(mut reader: impl AsyncRead + Unpin, keep: usize) -> Vec<u8> {
    let mut tail = Vec::new();
    let mut buffer = [0u8; 8192];
    while let Ok(n) = reader.read(&mut buffer).await {
        if n == 0 {
            break;
        }
        tail.extend_from_slice(&buffer[..n]);
        if tail.len() > 2 * keep {
            tail.drain(..tail.len() - keep);
        }
    }
    if tail.len() > keep {
        tail.drain(..tail.len() - keep);
    }
    tail
}

/// The last line of Chromium's standard error that says something: not the D-Bus and font
/// complaints of a machine without a desktop, with its `[pid:tid:time:LEVEL:file(line)]`
/// prefix removed.
fn last_message(stderr: &[u8]) -> Option<String> {
    // the kept tail may begin inside a character
    let text = String::from_utf8_lossy(stderr);
    text.lines()
        .rev()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .filter(|line| !line.contains("dbus") && !line.contains("Fontconfig"))
        .map(|line| match line.strip_prefix('[') {
            Some(rest) => rest.split_once("] ").map_or(line, |(_, message)| message),
            None => line,
        })
        .find(|message| !message.is_empty())
        .map(|message| message.chars().take(300).collect())
}

/// The network error of Chromium's own error page (`ERR_NAME_NOT_RESOLVED`, …), when the DOM is
/// that page rather than the site's.
fn error_page(dom: &str) -> Option<String> {
    if !(dom.contains("class=\"neterror\"") && dom.contains("id=\"main-frame-error\"")) {
        return None;
    }
    // the code shown stands in the error-code box; the page's script names other codes too
    let code = dom
        .find("class=\"error-code\"")
        .and_then(|at| dom[at..].find("ERR_").map(|code| at + code))
        .map(|at| {
            dom[at..]
                .chars()
                .take_while(|c| c.is_ascii_uppercase() || *c == '_')
                .collect::<String>()
        })
        .unwrap_or_else(|| "a network error".into());
    Some(code)
}

/// Until `cancel` turns true; forever when its sender is gone (nobody can cancel any more).
async fn cancelled(mut cancel: watch::Receiver<bool>) {
    loop {
        if *cancel.borrow_and_update() {
            return;
        }
        if cancel.changed().await.is_err() {
            std::future::pending::<()>().await;
        }
    }
}

/// The rendered page with every link of the served page it lacks: rendering only adds to what
/// the crawl follows. The links kept from the served page stand after the rendered page's
/// blocks. Returns the page and the link targets its scripts added.
pub fn merge(served: PageContent, mut rendered: PageContent) -> (PageContent, Vec<String>) {
    let targets = |content: &PageContent| -> HashSet<String> {
        content
            .links()
            .filter_map(|l| l.url.map(Url::to_string))
            .collect()
    };
    let rendered_targets = targets(&rendered);
    let served_targets = targets(&served);
    let mut added: Vec<String> = rendered_targets
        .difference(&served_targets)
        .cloned()
        .collect();
    added.sort_unstable();
    rendered.append_links(served.links().filter(|l| {
        l.url
            .is_some_and(|u| !rendered_targets.contains(u.as_str()))
    }));
    rendered.nofollow |= served.nofollow;
    (rendered, added)
}

/// Whether the browser could be set up for this crawl.
enum BrowserState {
    NotTried,
    Ready(Browser),
    Unavailable(String),
}

/// Examples of pages named in a note.
const EXAMPLES: usize = 3;

/// "1 page", "3 pages".
fn count(n: usize) -> String {
    if n == 1 {
        "1 page".into()
    } else {
        format!("{n} pages")
    }
}

/// The crawl's side of rendering: which pages to render, the browser (started on first use),
/// and what happened, for the crawl's notes.
pub(crate) struct CrawlRenderer {
    config: RenderConfig,
    fetcher: Arc<Fetcher>,
    scope: Scope,
    cancel: watch::Receiver<bool>,
    browser: BrowserState,
    /// Pages that look built by script, and the first few of them.
    script_built: usize,
    script_built_examples: Vec<Url>,
    /// Renders tried (counted against [`RenderConfig::max_auto`]).
    attempts: usize,
    rendered: Vec<Url>,
    /// Link targets that rendered pages have and their served HTML lacks.
    links_added: HashSet<String>,
    failed: Vec<(Url, String)>,
    /// Pages that looked built by script after `--render auto`'s limit was reached.
    over_limit: usize,
}

impl CrawlRenderer {
    /// Rendering for a crawl of `scope` as `config` says; `cancel` stops a render under way.
    pub(crate) fn new(
        config: &crate::crawl::CrawlConfig,
        fetcher: Arc<Fetcher>,
        scope: Scope,
        cancel: watch::Receiver<bool>,
    ) -> CrawlRenderer {
        CrawlRenderer {
            config: config.render.clone(),
            fetcher,
            scope,
            cancel,
            browser: BrowserState::NotTried,
            script_built: 0,
            script_built_examples: Vec::new(),
            attempts: 0,
            rendered: Vec::new(),
            links_added: HashSet::new(),
            failed: Vec::new(),
            over_limit: 0,
        }
    }

    /// The content to keep for the page at `url` read as `served`: rendered when the mode asks
    /// for it and the browser can (merged with the served page's links, see [`merge`]), else as
    /// served. Bounded by the page limit and by `deadline` (the crawl's).
    pub(crate) async fn page(
        &mut self,
        url: &Url,
        served: PageContent,
        max_bytes: usize,
        deadline: Instant,
    ) -> PageContent {
        let script_built = served.looks_script_built();
        if script_built {
            self.script_built += 1;
            if self.script_built_examples.len() < EXAMPLES {
                self.script_built_examples.push(url.clone());
            }
        }
        let wanted = match self.config.mode {
            RenderMode::Never => false,
            RenderMode::Auto => script_built,
            RenderMode::Always => true,
        };
        if !wanted {
            return served;
        }
        if self.config.mode == RenderMode::Auto && self.attempts >= self.config.max_auto {
            self.over_limit += 1;
            return served;
        }
        if matches!(self.browser, BrowserState::NotTried) {
            self.browser = match self.start().await {
                Ok(browser) => BrowserState::Ready(browser),
                Err(reason) => BrowserState::Unavailable(reason),
            };
        }
        let BrowserState::Ready(browser) = &self.browser else {
            return served;
        };
        self.attempts += 1;
        let (fetcher, page_limit) = (&self.fetcher, self.config.page_limit);
        let render = async {
            fetcher.wait_turn(url).await;
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                // the crawl is over; it says so itself
                return None;
            }
            Some(browser.render(url, max_bytes, page_limit.min(left)).await)
        };
        let result = tokio::select! {
            result = render => result,
            // the browser is killed as its render is dropped
            _ = cancelled(self.cancel.clone()) => Some(Err(RenderError::Interrupted)),
        };
        let Some(result) = result else {
            return served;
        };
        match result {
            Ok(dom) => {
                let (content, added) = merge(served, html::extract(&dom, url));
                self.rendered.push(url.clone());
                self.links_added.extend(added);
                content
            }
            Err(error) => {
                // a browser that cannot start will not start for the next page either
                if let RenderError::Start(reason) = &error {
                    self.browser = BrowserState::Unavailable(reason.clone());
                }
                self.failed.push((url.clone(), error.to_string()));
                served
            }
        }
    }

    async fn start(&self) -> Result<Browser, String> {
        let binary = find_browser(self.config.browser.as_deref())?;
        let pins = pins(&self.scope, &self.fetcher).await?;
        Browser::new(
            binary,
            host_rules(&pins, self.scope.port()),
            self.fetcher.config(),
        )
        .map_err(|e| format!("no directory could be made for the browser's profile ({e})"))
    }

    /// What the crawl's report should say about rendering.
    pub(crate) fn notes(&self) -> Vec<String> {
        let mut notes = Vec::new();
        let examples = |urls: &[Url]| {
            urls.iter()
                .take(EXAMPLES)
                .map(Url::as_str)
                .collect::<Vec<_>>()
                .join(", ")
        };
        let look = |n: usize| if n == 1 { "looks" } else { "look" };
        if self.script_built > 0 && self.config.mode == RenderMode::Never {
            notes.push(format!(
                "{} {} built by script (they run scripts and show an empty menu or almost no links), e.g. {}: links their scripts add were not followed. Rerun with --render auto to read them in headless Chromium",
                count(self.script_built),
                look(self.script_built),
                examples(&self.script_built_examples)
            ));
        }
        if let BrowserState::Unavailable(reason) = &self.browser {
            let served = if self.config.mode == RenderMode::Always {
                "every page".to_string()
            } else {
                format!(
                    "{} that {} built by script (e.g. {})",
                    count(self.script_built),
                    look(self.script_built),
                    examples(&self.script_built_examples)
                )
            };
            notes.push(format!(
                "--render {}: pages could not be rendered: {reason}. Read as served instead: {served}",
                self.config.mode.as_str()
            ));
        }
        if !self.rendered.is_empty() {
            notes.push(format!(
                "{} rendered in headless Chromium (scripts run), e.g. {}; their scripts added links to {} the served HTML does not link to",
                count(self.rendered.len()),
                examples(&self.rendered),
                count(self.links_added.len())
            ));
        }
        if !self.failed.is_empty() {
            let listed: Vec<String> = self
                .failed
                .iter()
                .take(EXAMPLES)
                .map(|(url, reason)| format!("{url}: {reason}"))
                .collect();
            notes.push(format!(
                "rendering failed for {}, read as served instead: {}",
                count(self.failed.len()),
                listed.join("; ")
            ));
        }
        if self.over_limit > 0 {
            notes.push(format!(
                "{} more {} built by script but were not rendered: --render auto renders at most {} pages a scan (--render always renders every page)",
                count(self.over_limit),
                look(self.over_limit),
                self.config.max_auto
            ));
        }
        notes
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn other_hosts_resolve_nowhere_and_the_site_is_pinned() {
        let pins = vec![
            ("agency.go.th".to_string(), "203.0.113.7".parse().unwrap()),
            (
                "www.agency.go.th".to_string(),
                "2001:db8::7".parse().unwrap(),
            ),
        ];
        assert_eq!(
            host_rules(&pins, None),
            "MAP agency.go.th 203.0.113.7, MAP www.agency.go.th [2001:db8::7], MAP * ~NOTFOUND"
        );
        assert_eq!(
            host_rules(&pins[..1], Some(8080)),
            "MAP agency.go.th 203.0.113.7:8080, MAP * ~NOTFOUND"
        );
    }

    #[test]
    fn chromium_error_pages_are_told_from_pages() {
        let error = r#"<html><head></head><body class="neterror"><script>// such as net::ERR_INTERNET_DISCONNECTED</script><div id="main-frame-error"><div class="error-code"><!--?lit$1$-->ERR_NAME_NOT_RESOLVED</div></div></body></html>"#;
        assert_eq!(error_page(error).as_deref(), Some("ERR_NAME_NOT_RESOLVED"));
        assert_eq!(
            error_page("<html><body><p>ERR_NAME_NOT_RESOLVED is an error code</p></body></html>"),
            None
        );
    }

    #[test]
    fn stderr_noise_is_skipped_for_the_message() {
        let stderr = b"[1:2:1204/170808.867349:ERROR:dbus/object_proxy.cc(572)] Failed to call method\n[1:1:1204/170808.9:ERROR:zygote_host_impl_linux.cc(101)] Running as root without --no-sandbox is not supported.\n[3:4:1204/1.2:ERROR:dbus/bus.cc(405)] Failed to connect to the bus\n\n";
        assert_eq!(
            last_message(stderr).as_deref(),
            Some("Running as root without --no-sandbox is not supported.")
        );
        assert_eq!(last_message(b""), None);
    }

    #[test]
    fn merged_pages_keep_every_served_link() {
        let base = Url::parse("http://a.test/").unwrap();
        let served = html::extract(
            r#"<nav id="menu"></nav><p><a href="/news.html">ข่าว</a> <a href="/old.html">เก่า</a></p>"#,
            &base,
        );
        let rendered = html::extract(
            r#"<nav id="menu"><a href="/ita.html">ITA</a><a href="/news.html">ข่าว</a></nav><p><a href="/news.html">ข่าว</a></p>"#,
            &base,
        );
        let (merged, added) = merge(served, rendered);
        let targets: Vec<&str> = merged
            .links()
            .filter_map(|l| l.url.map(Url::path))
            .collect();
        assert_eq!(
            targets,
            ["/ita.html", "/news.html", "/news.html", "/old.html"]
        );
        // /ita.html is the one target the served HTML lacked
        assert_eq!(added, ["http://a.test/ita.html"]);
        let kept = merged.link(merged.link_count() - 1).unwrap();
        assert_eq!(kept.block, merged.block_count());
    }
}
