//! Fault injection: a small HTTP server on 127.0.0.1 misbehaves the way real agency servers do
//! (rate limits, 5xx bursts, resets, slow drips, silence, redirect loops, crawler traps, huge and
//! gzip-bomb bodies, wrong charsets, broken robots.txt and sitemaps, corrupt documents), and every
//! scan must keep the robustness guarantees of the README:
//!
//! * the scan returns, without a panic, within its `time_limit` plus [`MARGIN`];
//! * an item whose evidence could not be fetched or read is `unknown` with a specific
//!   `reason_code`, never "no";
//! * nothing off the start host is fetched (the server records the `Host` of every request; a
//!   redirect or link to `localhost:PORT` is another host than `127.0.0.1:PORT`).
//!
//! TLS certificates and private addresses are in `tests/network.rs`; parser robustness under
//! random input in `tests/fuzz_smoke.rs`; the list of guarantees in `docs/guarantees.md`.
//!
//! The server is hand-written on `tokio::net::TcpListener` so that every byte is under control.
//! All its loops are bounded in count and time; its only sleeps play a slow peer. The tests never
//! sleep: they wait for events (the scan, a stream ending) under a timeout.

use oitcheck::ReasonCode;
use std::collections::HashMap;
use std::io::{Read, Write};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use oitcheck::checklist;
use oitcheck::crawl::{CrawlConfig, Quiet};
use oitcheck::evaluate::{Answer, ItemResult};
use oitcheck::fetch::FetchConfig;
use oitcheck::scan::{self, ScanOptions, ScanReport};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::mpsc;
use tokio::time::timeout;
use url::Url;

/// How long after its `time_limit` a scan may take to return: stopping the workers, evaluating and
/// scoring a few pages. Generous for a loaded CI machine; a scan that overruns it does not honour
/// its time limit.
const MARGIN: Duration = Duration::from_secs(2);

/// After a scan overruns its bound, how much longer to wait to tell "late" from "hung".
const OVERRUN_PROBE: Duration = Duration::from_secs(30);

/// The phrase every item needs on its page (each item's only element).
const ELEMENT: &str = "เนื้อหาครบถ้วน";

/// Checklist items: `(id, keyword)`. Each item is found by its keyword in the text of the index
/// link that points at its fault route. The keywords share a prefix and have equal length, so no
/// keyword is inside another one. Ids carry no digits, so no item code can match by accident.
const ITEMS: &[(&str, &str)] = &[
    ("control", "หัวข้อทดสอบกก"),
    ("retry_after_ok", "หัวข้อทดสอบกข"),
    ("rate_limited", "หัวข้อทดสอบกค"),
    ("retry_after_long", "หัวข้อทดสอบกง"),
    ("burst_503", "หัวข้อทดสอบกจ"),
    ("always_503", "หัวข้อทดสอบกฉ"),
    ("reset_rst", "หัวข้อทดสอบกช"),
    ("reset_fin", "หัวข้อทดสอบกซ"),
    ("slow_drip", "หัวข้อทดสอบกฌ"),
    ("silent", "หัวข้อทดสอบกญ"),
    ("redirect_loop", "หัวข้อทดสอบกฎ"),
    ("redirect_chain", "หัวข้อทดสอบกฏ"),
    ("redirect_short", "หัวข้อทดสอบกฐ"),
    ("offsite_redirect", "หัวข้อทดสอบกฑ"),
    ("offsite_link", "หัวข้อทดสอบกฒ"),
    ("huge_page", "หัวข้อทดสอบกณ"),
    ("huge_pdf", "หัวข้อทดสอบกด"),
    ("gzip_bomb", "หัวข้อทดสอบกต"),
    ("wrong_charset", "หัวข้อทดสอบกถ"),
    ("invalid_utf8", "หัวข้อทดสอบกท"),
    ("malformed", "หัวข้อทดสอบกธ"),
    ("deep_nesting", "หัวข้อทดสอบกน"),
    ("sitemap_page", "หัวข้อทดสอบกบ"),
    ("robots_private", "หัวข้อทดสอบกป"),
    ("document", "หัวข้อทดสอบกผ"),
    ("ra503_thrice", "หัวข้อทดสอบกฝ"),
    ("ra503_requeue", "หัวข้อทดสอบกพ"),
];

fn kw(id: &str) -> &'static str {
    ITEMS
        .iter()
        .find(|(i, _)| *i == id)
        .map(|(_, k)| *k)
        .unwrap_or_else(|| panic!("no item {id}"))
}

/// The test checklist (schema of `tests/fixtures/mini/mini.yaml`): one sub-indicator, one item per
/// scenario, no year rules.
fn checklist_yaml() -> String {
    let mut yaml = String::from(
        r#"schema: 1
id: faults
title_th: รายการทดสอบความทนทาน
title_en: Fault-injection checklist
fiscal_year: 2569
indicators:
  - id: "9"
    title_th: การเปิดเผยข้อมูล
    sub_indicators:
      - { id: "9.1", title_th: ข้อมูลทดสอบ }
hub_keywords: [การเปิดเผยข้อมูลสาธารณะ]
placeholder_phrases: [อยู่ระหว่างดำเนินการ]
items:
"#,
    );
    for (id, keyword) in ITEMS {
        yaml.push_str(&format!(
            "  - id: {id}\n    sub_indicator: \"9.1\"\n    title_th: รายการ {id}\n    find: {{ keywords: [{keyword}] }}\n    elements:\n      - {{ name: content, any: [{ELEMENT}] }}\n"
        ));
    }
    yaml
}

fn checklist() -> checklist::Checklist {
    checklist::parse(&checklist_yaml(), "faults.yaml").expect("the test checklist parses")
}

/// Fast, but with oitcheck's retry and redirect defaults (2 retries, `Retry-After` capped at 60 s,
/// 10 redirects), small body caps and a 20 s time limit.
fn options() -> ScanOptions {
    ScanOptions {
        fetch: FetchConfig {
            rate: 100.0,
            concurrency: 2,
            timeout: Duration::from_secs(5),
            ..FetchConfig::default()
        },
        crawl: CrawlConfig {
            max_pages: 200,
            max_page_bytes: 256 * 1024,
            max_document_bytes: 1024 * 1024,
            time_limit: Duration::from_secs(20),
            workers: 2,
            ..CrawlConfig::default()
        },
        fiscal_year: None,
        iit: None,
        eit: None,
    }
}

/// Options for the slow-peer scenarios: a few seconds of time limit, 1 s per request.
fn short_options(max_retries: u32, time_limit: Duration) -> ScanOptions {
    let mut o = options();
    o.fetch.timeout = Duration::from_secs(1);
    o.fetch.max_retries = max_retries;
    o.crawl.time_limit = time_limit;
    o
}

// ---------------------------------------------------------------------------------------------
// The fault server
// ---------------------------------------------------------------------------------------------

/// What `/robots.txt` does.
#[derive(Clone, Copy, Default, PartialEq, Eq)]
enum RobotsTxt {
    #[default]
    Missing,
    /// HTTP 500 every time.
    ServerError,
    /// 1 MiB of rules; the first disallows `/private/`.
    Huge,
}

/// A fault site: the index page and the site-wide faults.
#[derive(Clone, Default)]
struct Spec {
    /// `/` (built with [`index`]); `{PORT}` stands for the server's port.
    index: String,
    robots: RobotsTxt,
    /// `/sitemap.xml` is a sitemap index that lists itself (and a second index that lists both).
    sitemaps: bool,
    /// Every request is accepted and read, and never answered.
    silent: bool,
}

/// One request the server received.
#[derive(Debug, Clone)]
struct Hit {
    at: Instant,
    host: String,
    target: String,
}

/// How a streamed body ended.
#[derive(Debug, Clone)]
struct StreamEnd {
    route: String,
    /// Bytes of body written (compressed bytes for the gzip bomb).
    written: u64,
    /// Bytes the route would have written to a client that reads everything.
    planned: u64,
}

struct State {
    spec: Spec,
    port: u16,
    hits: Mutex<Vec<Hit>>,
    counts: Mutex<HashMap<String, usize>>,
    stream_ends: mpsc::UnboundedSender<StreamEnd>,
}

struct FaultServer {
    addr: SocketAddr,
    state: Arc<State>,
    stream_ends: tokio::sync::Mutex<mpsc::UnboundedReceiver<StreamEnd>>,
    accept: tokio::task::JoinHandle<()>,
}

impl Drop for FaultServer {
    fn drop(&mut self) {
        self.accept.abort();
    }
}

/// At most this many connections per server (the largest scenario makes about 100).
const MAX_CONNECTIONS: usize = 2000;
/// No connection lives longer than this.
const CONNECTION_LIFETIME: Duration = Duration::from_secs(60);

impl FaultServer {
    async fn start(spec: Spec) -> FaultServer {
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind loopback");
        let addr = listener.local_addr().unwrap();
        let (tx, rx) = mpsc::unbounded_channel();
        let state = Arc::new(State {
            spec,
            port: addr.port(),
            hits: Mutex::new(Vec::new()),
            counts: Mutex::new(HashMap::new()),
            stream_ends: tx,
        });
        let accept_state = state.clone();
        let accept = tokio::spawn(async move {
            for _ in 0..MAX_CONNECTIONS {
                let Ok(Ok((stream, _))) =
                    timeout(Duration::from_secs(120), listener.accept()).await
                else {
                    return;
                };
                let state = accept_state.clone();
                tokio::spawn(async move {
                    let _ = timeout(CONNECTION_LIFETIME, handle(stream, state)).await;
                });
            }
        });
        FaultServer {
            addr,
            state,
            stream_ends: tokio::sync::Mutex::new(rx),
            accept,
        }
    }

    fn url(&self, path: &str) -> Url {
        Url::parse(&format!("http://{}{path}", self.addr)).unwrap()
    }

    fn hits(&self) -> Vec<Hit> {
        self.state.hits.lock().unwrap().clone()
    }

    /// Requests whose path starts with `prefix`.
    fn hits_on(&self, prefix: &str) -> Vec<Hit> {
        self.hits()
            .into_iter()
            .filter(|h| h.target.starts_with(prefix))
            .collect()
    }

    /// Every request named the start host; none went to `localhost:PORT` or anywhere else.
    fn assert_nothing_off_site(&self) {
        let on_site = format!("127.0.0.1:{}", self.state.port);
        let off: Vec<Hit> = self
            .hits()
            .into_iter()
            .filter(|h| !h.host.eq_ignore_ascii_case(&on_site))
            .collect();
        assert!(off.is_empty(), "fetched off-site: {off:#?}");
    }

    /// Waits (up to 10 s) for the streamed body of `route` to end, by a client hang-up or by
    /// running out.
    async fn stream_end(&self, route: &str) -> StreamEnd {
        let mut rx = self.stream_ends.lock().await;
        for _ in 0..16 {
            match timeout(Duration::from_secs(10), rx.recv()).await {
                Ok(Some(end)) if end.route == route => return end,
                Ok(Some(_)) => continue,
                _ => break,
            }
        }
        panic!(
            "the stream of {route} did not end within 10 s of the scan returning: the client still holds it"
        );
    }
}

/// Reads one request head (bounded in size and time): `(target, host)`.
async fn read_request(stream: &mut TcpStream) -> Option<(String, String)> {
    let mut buf = Vec::with_capacity(1024);
    let mut chunk = [0u8; 1024];
    for _ in 0..64 {
        if buf.windows(4).any(|w| w == b"\r\n\r\n") {
            break;
        }
        match timeout(Duration::from_secs(5), stream.read(&mut chunk)).await {
            Ok(Ok(n)) if n > 0 => buf.extend_from_slice(&chunk[..n]),
            _ => return None,
        }
    }
    let head = String::from_utf8_lossy(&buf);
    let mut lines = head.lines();
    let target = lines.next()?.split_whitespace().nth(1)?.to_string();
    let host = lines
        .filter_map(|l| l.split_once(':'))
        .find(|(k, _)| k.trim().eq_ignore_ascii_case("host"))
        .map(|(_, v)| v.trim().to_string())
        .unwrap_or_default();
    Some((target, host))
}

/// What the server does with a request.
enum Reply {
    Full {
        status: u16,
        headers: Vec<(&'static str, String)>,
        body: Vec<u8>,
    },
    /// Declares `declared` bytes, sends `body`, then closes: with a RST (`rst`) or a FIN.
    Cut {
        declared: usize,
        body: Vec<u8>,
        rst: bool,
    },
    /// Declares 10 000 bytes and sends one every 200 ms.
    Drip,
    /// Never answers.
    Silent,
    /// A body of `planned` bytes: `head`, then spaces, written while the client reads.
    Stream {
        content_type: &'static str,
        head: Vec<u8>,
        planned: u64,
    },
    /// `Content-Encoding: gzip` of an HTML page followed by 64 GiB of spaces.
    GzipBomb,
}

fn html(status: u16, body: String) -> Reply {
    Reply::Full {
        status,
        headers: vec![("Content-Type", "text/html; charset=utf-8".into())],
        body: body.into_bytes(),
    }
}

fn with_headers(status: u16, headers: Vec<(&'static str, String)>, body: String) -> Reply {
    let mut all = vec![("Content-Type", "text/html; charset=utf-8".to_string())];
    all.extend(headers);
    Reply::Full {
        status,
        headers: all,
        body: body.into_bytes(),
    }
}

fn redirect(location: String) -> Reply {
    with_headers(
        302,
        vec![("Location", location)],
        "<html><body>moved</body></html>".into(),
    )
}

/// A page that shows the element; `target` makes its text unique (so it is never template text).
fn ok_page(target: &str) -> String {
    format!(
        "<!DOCTYPE html><html lang=\"th\"><head><meta charset=\"utf-8\"><title>หน้าข้อมูล</title></head><body><main><h2>ข้อมูลของหน้า</h2><p>{ELEMENT} สำหรับ {target}</p></main></body></html>"
    )
}

/// The index page: one link a route, its text the item's keyword.
fn index(links: &[(&str, &str)]) -> String {
    let items: String = links
        .iter()
        .map(|(href, text)| format!("<li><a href=\"{href}\">{text}</a></li>\n"))
        .collect();
    format!(
        "<!DOCTYPE html><html lang=\"th\"><head><meta charset=\"utf-8\"><title>หน้าแรก อบต.ทดสอบ</title></head><body><main><h1>ยินดีต้อนรับ</h1><ul>\n{items}</ul></main></body></html>"
    )
}

/// The route table.
fn route(state: &State, target: &str, nth: usize) -> Reply {
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    let port = state.port;
    let number = |s: &str| s.parse::<i64>().unwrap_or(0);
    match path {
        "/" => html(200, state.spec.index.replace("{PORT}", &port.to_string())),
        "/robots.txt" => match state.spec.robots {
            RobotsTxt::Missing => html(404, "<h1>404</h1>".into()),
            RobotsTxt::ServerError => html(500, "<h1>500 Internal Server Error</h1>".into()),
            RobotsTxt::Huge => {
                let mut text = String::from("User-agent: *\nDisallow: /private/\n");
                let mut i = 0;
                while text.len() < 1024 * 1024 {
                    text.push_str(&format!("Disallow: /archive/{i}/old-page.php\n"));
                    i += 1;
                }
                Reply::Full {
                    status: 200,
                    headers: vec![("Content-Type", "text/plain".into())],
                    body: text.into_bytes(),
                }
            }
        },
        "/sitemap.xml" | "/sitemap-a.xml" | "/sitemap-pages.xml" if state.spec.sitemaps => {
            let base = format!("http://127.0.0.1:{port}");
            let index = |children: &[&str]| {
                let list: String = children
                    .iter()
                    .map(|c| format!("<sitemap><loc>{base}{c}</loc></sitemap>"))
                    .collect();
                format!(
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">{list}</sitemapindex>"
                )
            };
            let body = match path {
                "/sitemap.xml" => index(&["/sitemap.xml", "/sitemap-a.xml", "/sitemap-pages.xml"]),
                "/sitemap-a.xml" => index(&["/sitemap.xml", "/sitemap-a.xml"]),
                _ => format!(
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>{base}/from-sitemap.html</loc></url></urlset>"
                ),
            };
            Reply::Full {
                status: 200,
                headers: vec![("Content-Type", "application/xml".into())],
                body: body.into_bytes(),
            }
        }
        "/from-sitemap.html" => {
            let k = kw("sitemap_page");
            html(
                200,
                format!(
                    "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{k}</title></head><body><h1>{k}</h1><p>{ELEMENT} จากแผนผังเว็บไซต์</p></body></html>"
                ),
            )
        }
        // 429 with Retry-After: 1 once, then the page
        "/ra-once" if nth == 0 => with_headers(
            429,
            vec![("Retry-After", "1".into())],
            "<h1>429</h1>".into(),
        ),
        "/ra-forever" => with_headers(
            429,
            vec![("Retry-After", "1".into())],
            "<h1>429</h1>".into(),
        ),
        "/ra-long" => with_headers(
            429,
            vec![("Retry-After", "3600".into())],
            "<h1>429</h1>".into(),
        ),
        "/burst503" if nth < 2 => html(503, "<h1>503 Service Unavailable</h1>".into()),
        // 503 with Retry-After: 1 three times (every retry), then the page
        "/ra503x3" if nth < 3 => with_headers(
            503,
            vec![("Retry-After", "1".into())],
            "<h1>503 Service Unavailable</h1>".into(),
        ),
        // one 503 more than a request and its retries: only the crawl's second try reads it
        "/ra503x4" if nth < 4 => with_headers(
            503,
            vec![("Retry-After", "1".into())],
            "<h1>503 Service Unavailable</h1>".into(),
        ),
        "/always503" => html(503, "<h1>503 Service Unavailable</h1>".into()),
        "/reset-rst" | "/reset-fin" => {
            let page = ok_page(path);
            Reply::Cut {
                declared: 20_000,
                body: page.as_bytes()[..page.len() / 2].to_vec(),
                rst: path == "/reset-rst",
            }
        }
        "/drip" => Reply::Drip,
        "/silent" => Reply::Silent,
        "/loop-a" => redirect(format!("http://127.0.0.1:{port}/loop-b")),
        "/loop-b" => redirect("/loop-a".into()),
        _ if path.starts_with("/chain/") => {
            let n = number(&path[7..]);
            if n < 15 {
                redirect(format!("/chain/{}", n + 1))
            } else {
                html(200, ok_page(path))
            }
        }
        _ if path.starts_with("/short/") => {
            let n = number(&path[7..]);
            if n < 3 {
                redirect(format!("/short/{}", n + 1))
            } else {
                html(200, ok_page(path))
            }
        }
        "/offsite" => redirect(format!("http://localhost:{port}/stolen")),
        "/calendar" => {
            let month = number(query.trim_start_matches("month="));
            html(
                200,
                format!(
                    "<html><head><meta charset=\"utf-8\"><title>ปฏิทินกิจกรรม</title></head><body><p>ปฏิทินเดือนที่ {month}</p><a href=\"/calendar?month={}\">เดือนถัดไป</a> <a href=\"/calendar?month={}\">เดือนก่อนหน้า</a></body></html>",
                    month + 1,
                    month - 1
                ),
            )
        }
        "/news" => {
            let page = number(query.trim_start_matches("page="));
            html(
                200,
                format!(
                    "<html><head><meta charset=\"utf-8\"><title>ข่าวทั้งหมด</title></head><body><p>ข่าว หน้าที่ {page}</p><a href=\"/news?page={}\">หน้าถัดไป</a></body></html>",
                    page + 1
                ),
            )
        }
        _ if path.starts_with("/news/page/") => {
            let page = number(path[11..].trim_end_matches('/'));
            html(
                200,
                format!(
                    "<html><head><meta charset=\"utf-8\"><title>ข่าว</title></head><body><p>ข่าวเก่า หน้าที่ {page}</p><a href=\"/news/page/{}/\">ถัดไป</a></body></html>",
                    page + 1
                ),
            )
        }
        "/huge" => Reply::Stream {
            content_type: "text/html; charset=utf-8",
            head: ok_page(path)
                .replace("</main></body></html>", "</main>")
                .into_bytes(),
            planned: 200 * 1024 * 1024,
        },
        "/docs/huge.pdf" => Reply::Stream {
            content_type: "application/pdf",
            head: b"%PDF-1.4\n%".to_vec(),
            planned: 200 * 1024 * 1024,
        },
        "/bomb" => Reply::GzipBomb,
        "/wrong-charset" => {
            // says UTF-8 twice (header and <meta>), is windows-874 (TIS-620)
            let k = kw("wrong_charset");
            let text = format!(
                "<!DOCTYPE html><html lang=\"th\"><head><meta charset=\"utf-8\"><title>{k}</title></head><body><h1>{k}</h1><p>ข้อมูลข่าวสารขององค์การบริหารส่วนตำบล</p><p>{ELEMENT} ตามประกาศ</p></body></html>"
            );
            let (bytes, _, unmappable) = encoding_rs::WINDOWS_874.encode(&text);
            assert!(!unmappable);
            Reply::Full {
                status: 200,
                headers: vec![("Content-Type", "text/html; charset=utf-8".into())],
                body: bytes.into_owned(),
            }
        }
        "/invalid-utf8" => {
            let k = kw("invalid_utf8");
            let mut body = format!("<!DOCTYPE html><html lang=\"th\"><head><meta charset=\"utf-8\"><title>{k}</title></head><body><h1>{k}</h1><p>ข้อความเสีย ").into_bytes();
            body.extend_from_slice(b"\xff\xfe\xe0\xb8 \xc3\x28 \xed\xa0\x80");
            body.extend_from_slice(format!("</p><p>{ELEMENT} ของหน่วยงาน</p><p>ท้ายหน้า ").as_bytes());
            body.extend_from_slice(b"\xe0\xb8</p></body></html>");
            Reply::Full {
                status: 200,
                headers: vec![("Content-Type", "text/html; charset=utf-8".into())],
                body,
            }
        }
        "/malformed" => html(
            200,
            format!(
                "<html><head><title>หน้า<b>เสีย</title><meta http-equiv=\"refresh\" content=\"5;url=http://localhost:{port}/stolen\"><body>\
             <div><table><tr><td><h1>{k}<td></tr></div></table></h3>\
             <font color=red><b><p class=x id=>{ELEMENT} <i>ของหน่วยงาน</b></i></font></p>\
             </span></span></div></div></body>\
             <a href=\"http://localhost:{port}/stolen\">ลิงก์นอก</a><a href='/ok/broken>ลิงก์เสีย</a>\
             <p><p><li><dd><option><table><caption><td>ข้อความ&nbsp&amp;&#xFFFFFF;&#0;&bogus;\
             <<<>>><!-- unterminated comment <script>var x = \"</html>",
                k = kw("malformed")
            ),
        ),
        "/deep" => {
            let mut body = format!(
                "<html><head><meta charset=\"utf-8\"><title>{k}</title></head><body><h1>{k}</h1><p>{ELEMENT} ก่อนโครงสร้างซ้อน</p>",
                k = kw("deep_nesting")
            );
            for _ in 0..20_000 {
                body.push_str("<div>");
            }
            body.push_str("ลึกมาก</body></html>");
            html(200, body)
        }
        _ if path.starts_with("/docs/") => match document(&path[6..]) {
            Some((content_type, bytes)) => Reply::Full {
                status: 200,
                headers: vec![("Content-Type", content_type.into())],
                body: bytes,
            },
            None => html(404, "<h1>404</h1>".into()),
        },
        // /ok/…, /ra-once and /burst503 after their faults, /stolen, /private/… (if ever asked)
        _ if path.starts_with("/ok/")
            || matches!(
                path,
                "/ra-once" | "/burst503" | "/ra503x3" | "/ra503x4" | "/stolen" | "/direct"
            )
            || path.starts_with("/private/") =>
        {
            html(200, ok_page(path))
        }
        _ => html(404, "<h1>404</h1>".into()),
    }
}

fn reason_phrase(status: u16) -> &'static str {
    match status {
        200 => "OK",
        302 => "Found",
        404 => "Not Found",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        503 => "Service Unavailable",
        _ => "Status",
    }
}

/// Writes with a bounded wait; false when the client is gone or stuck.
async fn send(stream: &mut TcpStream, bytes: &[u8]) -> bool {
    matches!(
        timeout(Duration::from_secs(10), stream.write_all(bytes)).await,
        Ok(Ok(()))
    )
}

async fn handle(mut stream: TcpStream, state: Arc<State>) {
    let Some((target, host)) = read_request(&mut stream).await else {
        return;
    };
    let nth = {
        let mut counts = state.counts.lock().unwrap();
        let n = counts.entry(target.clone()).or_insert(0);
        *n += 1;
        *n - 1
    };
    state.hits.lock().unwrap().push(Hit {
        at: Instant::now(),
        host,
        target: target.clone(),
    });
    let reply = if state.spec.silent {
        Reply::Silent
    } else {
        route(&state, &target, nth)
    };
    let path = target.split('?').next().unwrap_or("").to_string();
    match reply {
        Reply::Full {
            status,
            headers,
            body,
        } => {
            let mut head = format!(
                "HTTP/1.1 {status} {}\r\nContent-Length: {}\r\nConnection: close\r\n",
                reason_phrase(status),
                body.len()
            );
            for (name, value) in headers {
                head.push_str(&format!("{name}: {value}\r\n"));
            }
            head.push_str("\r\n");
            if send(&mut stream, head.as_bytes()).await {
                send(&mut stream, &body).await;
            }
            let _ = stream.shutdown().await;
        }
        Reply::Cut {
            declared,
            body,
            rst,
        } => {
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {declared}\r\nConnection: close\r\n\r\n"
            );
            if send(&mut stream, head.as_bytes()).await && send(&mut stream, &body).await {
                let _ = stream.flush().await;
            }
            if rst {
                // SO_LINGER 0: closing sends a RST instead of a FIN
                let _ = stream.set_zero_linger();
            } else {
                let _ = stream.shutdown().await;
            }
            drop(stream);
        }
        Reply::Drip => {
            let head = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: 10000\r\nConnection: close\r\n\r\n";
            if !send(&mut stream, head.as_bytes()).await {
                return;
            }
            let page = ok_page(&path);
            // at most 300 bytes, one every 200 ms (60 s), or until the client hangs up
            for byte in page.as_bytes().iter().take(300) {
                tokio::time::sleep(Duration::from_millis(200)).await;
                if !send(&mut stream, &[*byte]).await {
                    return;
                }
            }
        }
        Reply::Silent => {
            // hold the connection until the client gives up (or the connection lifetime ends)
            let mut sink = [0u8; 1024];
            for _ in 0..1000 {
                match stream.read(&mut sink).await {
                    Ok(0) | Err(_) => return,
                    Ok(_) => {}
                }
            }
        }
        Reply::Stream {
            content_type,
            head,
            planned,
        } => {
            let header = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: {planned}\r\nConnection: close\r\n\r\n"
            );
            let mut written = 0u64;
            if send(&mut stream, header.as_bytes()).await && send(&mut stream, &head).await {
                written = head.len() as u64;
                let filler = vec![b' '; 64 * 1024];
                while written < planned {
                    let n = (planned - written).min(filler.len() as u64) as usize;
                    if !send(&mut stream, &filler[..n]).await {
                        break;
                    }
                    written += n as u64;
                }
            }
            let _ = state.stream_ends.send(StreamEnd {
                route: path,
                written,
                planned,
            });
        }
        Reply::GzipBomb => {
            let bomb = gzip_bomb();
            let header = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Encoding: gzip\r\nConnection: close\r\n\r\n";
            let planned = (bomb.head.len() + bomb.repeat.len() * BOMB_REPEATS) as u64;
            let mut written = 0u64;
            if send(&mut stream, header.as_bytes()).await && send(&mut stream, &bomb.head).await {
                written = bomb.head.len() as u64;
                for _ in 0..BOMB_REPEATS {
                    if !send(&mut stream, &bomb.repeat).await {
                        break;
                    }
                    written += bomb.repeat.len() as u64;
                }
            }
            let _ = state.stream_ends.send(StreamEnd {
                route: path,
                written,
                planned,
            });
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Generated bodies: the gzip bomb and documents
// ---------------------------------------------------------------------------------------------

/// A gzip stream in two parts: `head` (gzip header + an HTML page, deflated and fully flushed) and
/// `repeat` (1 MiB of spaces, deflated and fully flushed: no back-reference crosses a full flush,
/// so the part can be sent again and again). About 1 KiB on the wire per MiB expanded.
struct Bomb {
    head: Vec<u8>,
    repeat: Vec<u8>,
}

/// Sends the 1 MiB part this many times: 64 GiB expanded, about 64 MiB on the wire.
const BOMB_REPEATS: usize = 64 * 1024;
const BOMB_PART: usize = 1024 * 1024;

fn bomb_page() -> String {
    ok_page("/bomb").replace("</main></body></html>", "</main>")
}

fn gzip_bomb() -> &'static Bomb {
    static BOMB: OnceLock<Bomb> = OnceLock::new();
    BOMB.get_or_init(|| {
        use flate2::{Compress, Compression, FlushCompress};
        fn deflate_flushed(c: &mut Compress, input: &[u8]) -> Vec<u8> {
            let mut out = Vec::with_capacity(input.len() / 64 + 4096);
            let mut consumed = 0usize;
            for _ in 0..100_000 {
                let before = c.total_in();
                c.compress_vec(&input[consumed..], &mut out, FlushCompress::Full)
                    .expect("deflate");
                consumed += (c.total_in() - before) as usize;
                if consumed == input.len() && out.len() < out.capacity() {
                    return out;
                }
                out.reserve(64 * 1024);
            }
            panic!("deflate did not finish");
        }
        let mut c = Compress::new(Compression::best(), false);
        let mut head = vec![0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff];
        head.extend(deflate_flushed(&mut c, bomb_page().as_bytes()));
        let repeat = deflate_flushed(&mut c, &vec![b' '; BOMB_PART]);
        Bomb { head, repeat }
    })
}

/// Deterministic noise (xorshift).
fn noise(len: usize, seed: u64) -> Vec<u8> {
    let mut x = seed | 1;
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect()
}

/// A valid one-page PDF whose text lacks the element (so a silent partial read shows as "no").
fn minimal_pdf() -> Vec<u8> {
    let content =
        "BT /F1 18 Tf 72 720 Td (Annual budget report of the test office, page one) Tj ET";
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_string(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>".to_string(),
        format!("<< /Length {} >>\nstream\n{content}\nendstream", content.len()),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_string(),
    ];
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, object) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n{object}\nendobj\n", i + 1).as_bytes());
    }
    let xref = out.len();
    out.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for offset in offsets {
        out.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

fn zip_of(files: &[(&str, Vec<u8>)]) -> Vec<u8> {
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, bytes) in files {
        writer
            .start_file(*name, zip::write::SimpleFileOptions::default())
            .unwrap();
        writer.write_all(bytes).unwrap();
    }
    writer.finish().unwrap().into_inner()
}

const RELS_NS: &str = "http://schemas.openxmlformats.org/package/2006/relationships";
const DOC_REL: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/// A valid XLSX with one sheet; `sheet` replaces the sheet XML (for a corrupt part).
fn xlsx(sheet: Option<Vec<u8>>) -> Vec<u8> {
    let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    let sheet = sheet.unwrap_or_else(|| format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"{main}\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Annual budget report</t></is></c><c r=\"B1\"><v>1200</v></c></row></sheetData></worksheet>").into_bytes());
    zip_of(&[
        ("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>".as_bytes().to_vec()),
        ("_rels/.rels", format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"{RELS_NS}\"><Relationship Id=\"rId1\" Type=\"{DOC_REL}/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>").into_bytes()),
        ("xl/workbook.xml", format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"{main}\" xmlns:r=\"{DOC_REL}\"><sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>").into_bytes()),
        ("xl/_rels/workbook.xml.rels", format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"{RELS_NS}\"><Relationship Id=\"rId1\" Type=\"{DOC_REL}/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>").into_bytes()),
        ("xl/worksheets/sheet1.xml", sheet),
    ])
}

/// A valid DOCX; `body` replaces `word/document.xml` (for a corrupt part).
fn docx(body: Option<Vec<u8>>) -> Vec<u8> {
    let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    let body = body.unwrap_or_else(|| format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"{w}\"><w:body><w:p><w:r><w:t>Annual budget report of the test office</w:t></w:r></w:p></w:body></w:document>").into_bytes());
    zip_of(&[
        ("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>".as_bytes().to_vec()),
        ("_rels/.rels", format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"{RELS_NS}\"><Relationship Id=\"rId1\" Type=\"{DOC_REL}/officeDocument\" Target=\"word/document.xml\"/></Relationships>").into_bytes()),
        ("word/document.xml", body),
    ])
}

const PDF: &str = "application/pdf";
const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const DOCX: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

fn half(mut bytes: Vec<u8>) -> Vec<u8> {
    bytes.truncate(bytes.len() / 2);
    bytes
}

/// `/docs/NAME`: documents served with the right Content-Type.
fn document(name: &str) -> Option<(&'static str, Vec<u8>)> {
    Some(match name {
        "valid.pdf" => (PDF, minimal_pdf()),
        "valid.xlsx" => (XLSX, xlsx(None)),
        "valid.docx" => (DOCX, docx(None)),
        // the first half of the file (a download cut short)
        "truncated.pdf" => (PDF, half(minimal_pdf())),
        "truncated.xlsx" => (XLSX, half(xlsx(None))),
        "truncated.docx" => (DOCX, half(docx(None))),
        // the right magic bytes, then noise
        "garbage.pdf" => (PDF, [b"%PDF-1.7\n".to_vec(), noise(8192, 7)].concat()),
        "garbage.xlsx" => (XLSX, [b"PK\x03\x04".to_vec(), noise(8192, 11)].concat()),
        "garbage.docx" => (DOCX, [b"PK\x03\x04".to_vec(), noise(8192, 13)].concat()),
        // noise only, sent as application/pdf
        "nomagic.pdf" => (PDF, noise(8192, 17)),
        // a sound zip whose sheet / body part is noise or cut XML
        "badsheet.xlsx" => (XLSX, xlsx(Some(noise(4096, 19)))),
        "badbody.docx" => (DOCX, docx(Some(noise(4096, 23)))),
        "cutbody.docx" => (DOCX, docx(Some(b"<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Annual budget rep".to_vec()))),
        _ => return None,
    })
}

// ---------------------------------------------------------------------------------------------
// Scanning and assertions
// ---------------------------------------------------------------------------------------------

/// Scans the fault site at `/` and checks the guarantees every scenario shares: the scan returns
/// (no hang: a watchdog on another task fires at `time_limit + MARGIN`), it does not panic, and
/// nothing off-site was requested.
async fn scan_site(server: &FaultServer, options: ScanOptions) -> (ScanReport, Duration) {
    scan_from(server, "/", options).await
}

/// Scans `server` starting at `path`.
async fn scan_from(
    server: &FaultServer,
    path: &str,
    options: ScanOptions,
) -> (ScanReport, Duration) {
    let start = server.url(path);
    let limit = options.crawl.time_limit;
    let (cancel_tx, cancel_rx) = tokio::sync::watch::channel(false);
    let began = Instant::now();
    let mut task = tokio::spawn(async move {
        let checklist = checklist();
        scan::scan(&start, &checklist, &options, cancel_rx, &Quiet).await
    });
    let joined = timeout(limit + MARGIN, &mut task).await;
    let elapsed = began.elapsed();
    let report = match joined {
        Err(_) => {
            // for the failure message: how late is it? (waits at most OVERRUN_PROBE more)
            let late = timeout(OVERRUN_PROBE, &mut task).await;
            task.abort();
            let outcome = match late {
                Ok(Ok(Ok(r))) => format!(
                    "it returned after {:.1} s (stopped: {})",
                    began.elapsed().as_secs_f64(),
                    r.crawl.stopped
                ),
                Ok(_) => "it then failed or panicked".to_string(),
                Err(_) => format!(
                    "it had not returned after {:.1} s",
                    began.elapsed().as_secs_f64()
                ),
            };
            panic!(
                "the scan did not return within its time limit ({limit:?}) + margin ({MARGIN:?}); {outcome}; requests: {:?}",
                summarize(&server.hits())
            );
        }
        Ok(Err(e)) => panic!("the scan panicked: {e}"),
        Ok(Ok(Err(e))) => panic!("the scan failed: {e}"),
        Ok(Ok(Ok(report))) => report,
    };
    // dropped only now: a closed channel reads as Ctrl-C to the crawl
    drop(cancel_tx);
    assert!(
        elapsed <= limit + MARGIN,
        "took {elapsed:?}, limit {limit:?} + {MARGIN:?}"
    );
    server.assert_nothing_off_site();
    (report, elapsed)
}

/// Request counts by path, for failure messages.
fn summarize(hits: &[Hit]) -> Vec<(String, usize)> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for hit in hits {
        let path = hit.target.split('?').next().unwrap_or("").to_string();
        match counts.iter_mut().find(|(p, _)| *p == path) {
            Some((_, n)) => *n += 1,
            None => counts.push((path, 1)),
        }
    }
    counts
}

fn item<'a>(report: &'a ScanReport, id: &str) -> &'a ItemResult {
    report
        .items
        .iter()
        .find(|i| i.id == id)
        .unwrap_or_else(|| panic!("no item {id} in the report"))
}

fn describe(i: &ItemResult) -> String {
    format!(
        "{}: {:?} reason_code={:?} reason={:?} evidence={:?}",
        i.id,
        i.answer,
        i.reason_code,
        i.reason,
        i.evidence.iter().map(|e| &e.url).collect::<Vec<_>>()
    )
}

#[track_caller]
fn assert_yes(report: &ScanReport, id: &str) {
    let i = item(report, id);
    assert_eq!(i.answer, Answer::Yes, "{}", describe(i));
}

/// The item is unknown, with one of `codes` as its reason.
#[track_caller]
fn assert_unknown(report: &ScanReport, id: &str, codes: &[&str]) {
    let i = item(report, id);
    assert_eq!(i.answer, Answer::Unknown, "{}", describe(i));
    assert!(
        i.reason_code
            .map(ReasonCode::as_str)
            .is_some_and(|c| codes.contains(&c)),
        "expected reason_code in {codes:?}; {}",
        describe(i)
    );
}

async fn site(links: &[(&str, &str)]) -> FaultServer {
    FaultServer::start(Spec {
        index: index(links),
        ..Spec::default()
    })
    .await
}

// ---------------------------------------------------------------------------------------------
// Scenarios
// ---------------------------------------------------------------------------------------------

/// The harness itself: a plain page is found, the crawl completes.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn control_site_scans_cleanly() {
    let server = site(&[("/ok/control", kw("control"))]).await;
    let (report, _) = scan_site(&server, options()).await;
    assert_eq!(report.crawl.stopped.as_str(), "complete");
    assert_yes(&report, "control");
}

/// 429 with `Retry-After: 1`, then 200: the page is read, after waiting the second asked for.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn retry_after_is_honoured_then_the_page_is_read() {
    let server = site(&[
        ("/ok/control", kw("control")),
        ("/ra-once", kw("retry_after_ok")),
    ])
    .await;
    let (report, _) = scan_site(&server, options()).await;
    assert_eq!(report.crawl.stopped.as_str(), "complete");
    assert_yes(&report, "retry_after_ok");
    assert_yes(&report, "control");
    let hits = server.hits_on("/ra-once");
    assert_eq!(hits.len(), 2, "{hits:?}");
    let gap = hits[1].at - hits[0].at;
    assert!(
        gap >= Duration::from_millis(900),
        "retried after {gap:?}, before Retry-After: 1"
    );
}

/// 429 forever: unknown `rate_limited`, after at most 1 + max_retries requests.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn endless_429_is_unknown_rate_limited() {
    let server = site(&[
        ("/ok/control", kw("control")),
        ("/ra-forever", kw("rate_limited")),
    ])
    .await;
    let options = options();
    let tries = options.fetch.max_retries as usize + 1;
    let (report, _) = scan_site(&server, options).await;
    assert_unknown(&report, "rate_limited", &["rate_limited"]);
    assert_yes(&report, "control");
    let hits = server.hits_on("/ra-forever").len();
    assert!(hits <= tries, "{hits} requests to a 429 route");
}

/// `Retry-After: 3600` is beyond the 60 s cap: `rate_limited` at once, not an hour's wait.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn retry_after_beyond_the_cap_is_rate_limited_at_once() {
    let server = site(&[
        ("/ok/control", kw("control")),
        ("/ra-long", kw("retry_after_long")),
    ])
    .await;
    let (report, elapsed) = scan_site(&server, options()).await;
    assert_unknown(&report, "retry_after_long", &["rate_limited"]);
    assert_yes(&report, "control");
    assert_eq!(server.hits_on("/ra-long").len(), 1);
    // nothing waits on the capped Retry-After: far below the 60 s cap, let alone 3600 s
    assert!(elapsed < Duration::from_secs(10), "took {elapsed:?}");
}

/// Two 503s, then 200: the retries (1 s, 2 s backoff) reach the page.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn server_error_burst_then_ok() {
    let server = site(&[
        ("/ok/control", kw("control")),
        ("/burst503", kw("burst_503")),
    ])
    .await;
    let (report, _) = scan_site(&server, options()).await;
    assert_eq!(report.crawl.stopped.as_str(), "complete");
    assert_yes(&report, "burst_503");
    assert_eq!(server.hits_on("/burst503").len(), 3);
}

/// 503 on every retry: the evidence could not be read, so the item is unknown (`server_error`),
/// not "no" as a 404 would be.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn persistent_503_is_unknown_not_no() {
    let server = site(&[
        ("/ok/control", kw("control")),
        ("/always503", kw("always_503")),
    ])
    .await;
    let options = options();
    // a request and its retries, then one more try at the end of the crawl
    let tries = options.fetch.max_retries as usize + 2;
    let (report, _) = scan_site(&server, options).await;
    assert!(server.hits_on("/always503").len() <= tries);
    assert_unknown(&report, "always_503", &["server_error"]);
}

/// 503 with `Retry-After: 1` three times, then 200: three retries, each a second after the one
/// before as the server asked (not the longer backoff), reach the page.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn retry_after_503_three_times_then_the_page_is_read() {
    let server = site(&[
        ("/ok/control", kw("control")),
        ("/ra503x3", kw("ra503_thrice")),
    ])
    .await;
    let (report, _) = scan_site(&server, options()).await;
    assert_eq!(report.crawl.stopped.as_str(), "complete");
    assert_yes(&report, "ra503_thrice");
    let hits = server.hits_on("/ra503x3");
    assert_eq!(hits.len(), 4, "{hits:?}");
    for pair in hits.windows(2) {
        let gap = pair[1].at - pair[0].at;
        assert!(
            gap >= Duration::from_millis(900),
            "retried after {gap:?}, before Retry-After: 1"
        );
        // the 2nd and 3rd retries would wait 2 s and 4 s on the backoff alone
        assert!(
            gap < Duration::from_millis(1900),
            "waited {gap:?} for Retry-After: 1"
        );
    }
}

/// A page still failing after its retries (four 503s) is tried once more before the crawl ends,
/// and that try reads it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failed_page_is_tried_once_more_before_the_crawl_ends() {
    let server = site(&[
        ("/ok/control", kw("control")),
        ("/ra503x4", kw("ra503_requeue")),
    ])
    .await;
    let mut options = options();
    // the three pages (/, the control, the failing one) use the page budget up: the second try
    // was counted on the first, and is made all the same
    options.crawl.max_pages = 3;
    let (report, _) = scan_site(&server, options).await;
    assert_eq!(report.crawl.stopped.as_str(), "complete");
    assert_yes(&report, "ra503_requeue");
    assert_yes(&report, "control");
    assert_eq!(server.hits_on("/ra503x4").len(), 5);
    let last = server.hits().last().cloned().expect("requests");
    assert_eq!(last.target, "/ra503x4", "the second try comes last");
}

/// Half the declared body, then a RST: unknown `connection_reset`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn connection_reset_mid_body_is_unknown() {
    let server = site(&[
        ("/ok/control", kw("control")),
        ("/reset-rst", kw("reset_rst")),
    ])
    .await;
    let options = options();
    // a request and its retries, then one more try at the end of the crawl
    let tries = options.fetch.max_retries as usize + 2;
    let (report, _) = scan_site(&server, options).await;
    assert!(server.hits_on("/reset-rst").len() <= tries);
    assert_unknown(&report, "reset_rst", &["connection_reset"]);
    assert_yes(&report, "control");
}

/// Half the declared body, then a clean close (FIN): the body is incomplete, so the page was not
/// read: unknown `connection_reset` (oitcheck's reason for a peer that hangs up early).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn connection_closed_mid_body_is_unknown() {
    let server = site(&[
        ("/ok/control", kw("control")),
        ("/reset-fin", kw("reset_fin")),
    ])
    .await;
    let (report, _) = scan_site(&server, options()).await;
    assert_unknown(&report, "reset_fin", &["connection_reset"]);
    assert_yes(&report, "control");
}

/// A body dripping one byte every 200 ms, 1 s per request, retries, and a 4 s time limit: the
/// scan returns by its time limit, and the item is unknown (never "no").
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slow_drip_body_is_stopped_by_the_time_limit() {
    let server = site(&[("/ok/control", kw("control")), ("/drip", kw("slow_drip"))]).await;
    let (report, _) = scan_site(&server, short_options(2, Duration::from_secs(4))).await;
    let drip = item(&report, "slow_drip");
    assert!(
        report.crawl.stopped.as_str() == "time_limit"
            || (drip.answer == Answer::Unknown
                && drip.reason_code.map(ReasonCode::as_str) == Some("timeout")),
        "stopped {}; {}",
        report.crawl.stopped,
        describe(drip)
    );
    assert_eq!(drip.answer, Answer::Unknown, "{}", describe(drip));
    assert_yes(&report, "control");
}

/// The same drip without retries and with time to spare: unknown `timeout` after the 1 s request
/// timeout.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slow_drip_body_is_unknown_timeout() {
    let server = site(&[("/ok/control", kw("control")), ("/drip", kw("slow_drip"))]).await;
    let (report, _) = scan_site(&server, short_options(0, Duration::from_secs(10))).await;
    assert_eq!(report.crawl.stopped.as_str(), "complete");
    assert_unknown(&report, "slow_drip", &["timeout"]);
    assert_yes(&report, "control");
}

/// A page that accepts the connection and never answers, 4 s time limit.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn silent_page_is_stopped_by_the_time_limit() {
    let server = site(&[("/ok/control", kw("control")), ("/silent", kw("silent"))]).await;
    let (report, _) = scan_site(&server, short_options(2, Duration::from_secs(4))).await;
    let silent = item(&report, "silent");
    assert!(
        report.crawl.stopped.as_str() == "time_limit"
            || (silent.answer == Answer::Unknown
                && silent.reason_code.map(ReasonCode::as_str) == Some("timeout")),
        "stopped {}; {}",
        report.crawl.stopped,
        describe(silent)
    );
    assert_eq!(silent.answer, Answer::Unknown, "{}", describe(silent));
}

/// The silent page without retries: unknown `timeout`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn silent_page_is_unknown_timeout() {
    let server = site(&[("/ok/control", kw("control")), ("/silent", kw("silent"))]).await;
    let (report, _) = scan_site(&server, short_options(0, Duration::from_secs(10))).await;
    assert_eq!(report.crawl.stopped.as_str(), "complete");
    assert_unknown(&report, "silent", &["timeout"]);
    assert_yes(&report, "control");
}

/// A start page that keeps answering 503: every item unknown `server_error`, saying the start
/// page failed (not "rerun with a larger budget", which would not help).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn start_page_answering_503_makes_every_item_server_error() {
    let server = site(&[("/ok/control", kw("control"))]).await;
    let (report, _) = scan_from(
        &server,
        "/always503",
        short_options(0, Duration::from_secs(10)),
    )
    .await;
    assert_eq!(report.crawl.stopped.as_str(), "start_failed");
    for i in &report.items {
        assert_eq!(i.answer, Answer::Unknown, "{}", describe(i));
        assert_eq!(
            i.reason_code.map(ReasonCode::as_str),
            Some("server_error"),
            "{}",
            describe(i)
        );
        assert!(i.reason.contains("start page"), "{}", describe(i));
    }
}

/// A whole site that accepts and never answers (robots.txt and sitemap.xml included): the time
/// limit must still hold.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn silent_site_respects_the_time_limit() {
    let server = FaultServer::start(Spec {
        index: index(&[("/ok/control", kw("control"))]),
        silent: true,
        ..Spec::default()
    })
    .await;
    let (report, _) = scan_site(&server, short_options(2, Duration::from_secs(3))).await;
    assert!(
        matches!(report.crawl.stopped.as_str(), "time_limit" | "start_failed"),
        "stopped {}",
        report.crawl.stopped
    );
    for i in &report.items {
        assert_eq!(i.answer, Answer::Unknown, "{}", describe(i));
    }
}

/// A → B → A …: `too_many_redirects`, after a bounded number of hops.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn redirect_loop_is_too_many_redirects() {
    let server = site(&[
        ("/ok/control", kw("control")),
        ("/loop-a", kw("redirect_loop")),
    ])
    .await;
    let (report, _) = scan_site(&server, options()).await;
    assert_unknown(&report, "redirect_loop", &["too_many_redirects"]);
    assert_yes(&report, "control");
    let hops = server.hits_on("/loop-").len();
    assert!(hops <= 12, "{hops} requests in the loop");
}

/// A 15-hop chain exceeds the 10-redirect cap; a 3-hop chain is followed.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn long_redirect_chain_is_too_many_redirects() {
    let server = site(&[
        ("/short/1", kw("redirect_short")),
        ("/chain/1", kw("redirect_chain")),
    ])
    .await;
    let (report, _) = scan_site(&server, options()).await;
    assert_yes(&report, "redirect_short");
    assert_unknown(&report, "redirect_chain", &["too_many_redirects"]);
    let hops = server.hits_on("/chain/").len();
    assert!(hops <= 12, "{hops} requests in the chain");
}

/// A redirect to `localhost:PORT` (another host than `127.0.0.1:PORT`) and a direct link there:
/// neither is fetched, neither is evidence.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn other_hosts_are_never_fetched() {
    let server = site(&[
        ("/ok/control", kw("control")),
        ("/offsite", kw("offsite_redirect")),
        ("http://localhost:{PORT}/direct", kw("offsite_link")),
    ])
    .await;
    let (report, _) = scan_site(&server, options()).await;
    assert_yes(&report, "control");
    assert!(server.hits_on("/stolen").is_empty());
    assert!(server.hits_on("/direct").is_empty());
    let redirected = item(&report, "offsite_redirect");
    assert_ne!(redirected.answer, Answer::Yes, "{}", describe(redirected));
    assert!(
        matches!(
            redirected.reason_code.map(ReasonCode::as_str),
            Some("redirect_off_site" | "external_only")
        ),
        "{}",
        describe(redirected)
    );
    let linked = item(&report, "offsite_link");
    assert_ne!(linked.answer, Answer::Yes, "{}", describe(linked));
    assert_eq!(
        linked.reason_code.map(ReasonCode::as_str),
        Some("external_only"),
        "{}",
        describe(linked)
    );
}

/// An endless calendar (`/calendar?month=N` links to N±1) and endless pagination
/// (`/news?page=N`, `/news/page/N/`), with depth and page budgets out of the way: the trap guard
/// ends the crawl, and the pages fetched stay bounded.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn endless_calendar_and_pagination_are_bounded() {
    let server = site(&[
        ("/ok/control", kw("control")),
        ("/calendar?month=1", "ปฏิทินกิจกรรม"),
        ("/news?page=1", "ข่าวทั้งหมด"),
        ("/news/page/1/", "ข่าวเก่า"),
    ])
    .await;
    let mut options = options();
    options.crawl.max_depth = 10_000;
    options.crawl.max_pages = 5_000;
    // the traps are what is measured: the whole crawl, not one the early stop ends once
    // "control" is decided
    options.crawl.early_stop = false;
    let (report, _) = scan_site(&server, options).await;
    assert_eq!(report.crawl.stopped.as_str(), "complete");
    assert_yes(&report, "control");
    let calendar = server.hits_on("/calendar").len();
    let news_query = server.hits_on("/news?").len();
    let news_path = server.hits_on("/news/page/").len();
    assert!(calendar <= 20, "{calendar} calendar pages fetched");
    assert!(news_query <= 20, "{news_query} ?page= pages fetched");
    assert!(news_path <= 20, "{news_path} /page/N/ pages fetched");
    assert!(server.hits().len() <= 80, "{:?}", summarize(&server.hits()));
    assert!(
        report.crawl.notes.iter().any(|n| n.contains("trap")),
        "{:?}",
        report.crawl.notes
    );
}

/// A 200 MB page: read up to `max_page_bytes` (the page still counts), the connection dropped,
/// the body never buffered whole.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn huge_page_is_capped_not_buffered() {
    let server = site(&[("/huge", kw("huge_page"))]).await;
    let (report, _) = scan_site(&server, options()).await;
    assert_eq!(report.crawl.stopped.as_str(), "complete");
    assert_yes(&report, "huge_page");
    let end = server.stream_end("/huge").await;
    assert!(
        end.written < end.planned / 4,
        "the client read {} of {} bytes",
        end.written,
        end.planned
    );
}

/// A 200 MB PDF against a 1 MiB document cap: unknown (too large to read), not downloaded whole.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn huge_document_is_unknown_and_not_downloaded() {
    let server = site(&[("/docs/huge.pdf", kw("huge_pdf"))]).await;
    let (report, _) = scan_site(&server, options()).await;
    assert_unknown(
        &report,
        "huge_pdf",
        &["corrupt_document", "too_large", "document_too_large"],
    );
    let end = server.stream_end("/docs/huge.pdf").await;
    assert!(
        end.written < end.planned / 4,
        "the client read {} of {} bytes",
        end.written,
        end.planned
    );
}

/// `Content-Encoding: gzip`: a page, then 64 GiB of spaces at ~1000:1. The decoded body is
/// capped like any other: the page counts, and the client hangs up long before the end.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn gzip_bomb_is_capped() {
    // the bomb is a valid gzip stream: page, then spaces
    let bomb = gzip_bomb();
    let mut wire = bomb.head.clone();
    for _ in 0..3 {
        wire.extend_from_slice(&bomb.repeat);
    }
    let page = bomb_page();
    let mut decoded = vec![0u8; page.len() + 3 * BOMB_PART];
    flate2::read::GzDecoder::new(&wire[..])
        .read_exact(&mut decoded)
        .expect("the bomb decodes");
    assert!(decoded.starts_with(page.as_bytes()));
    assert!(decoded[page.len()..].iter().all(|b| *b == b' '));
    assert!(
        bomb.repeat.len() < 8 * 1024,
        "{} bytes a MiB",
        bomb.repeat.len()
    );

    let server = site(&[("/bomb", kw("gzip_bomb"))]).await;
    let (report, _) = scan_site(&server, options()).await;
    assert_eq!(report.crawl.stopped.as_str(), "complete");
    assert_yes(&report, "gzip_bomb");
    let end = server.stream_end("/bomb").await;
    assert!(
        end.written < end.planned / 4,
        "the client read {} of {} compressed bytes",
        end.written,
        end.planned
    );
}

/// Header and `<meta>` say UTF-8; the bytes are windows-874: detection must overrule them.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wrong_declared_charset_is_detected() {
    let server = site(&[("/wrong-charset", kw("wrong_charset"))]).await;
    let (report, _) = scan_site(&server, options()).await;
    assert_yes(&report, "wrong_charset");
}

/// Stray invalid UTF-8 sequences do not hide the rest of a UTF-8 page.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn invalid_utf8_does_not_hide_the_page() {
    let server = site(&[("/invalid-utf8", kw("invalid_utf8"))]).await;
    let (report, _) = scan_site(&server, options()).await;
    assert_yes(&report, "invalid_utf8");
}

/// Mis-nested, unclosed and stray tags, broken attributes and entities, an unterminated comment,
/// and off-site links (a meta refresh and an anchor) that must not be followed.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn malformed_html_is_read() {
    let server = site(&[("/malformed", kw("malformed"))]).await;
    let (report, _) = scan_site(&server, options()).await;
    assert_eq!(report.crawl.stopped.as_str(), "complete");
    assert_yes(&report, "malformed");
    assert!(server.hits_on("/stolen").is_empty());
}

/// 20 000 nested `<div>`s (100 KB), as a template that opens a `<div>` per list entry and never
/// closes it produces. Run alone: the stack overflow aborts the whole test process.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deeply_nested_html_does_not_crash() {
    let server = site(&[("/deep", kw("deep_nesting"))]).await;
    let (report, _) = scan_site(&server, options()).await;
    assert_eq!(report.crawl.stopped.as_str(), "complete");
    assert_yes(&report, "deep_nesting");
}

/// robots.txt answering 500 means "disallow all" (RFC 9309): nothing else is fetched, the scan
/// says why, and every item is unknown, never "no".
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn robots_500_disallows_all_and_items_are_unknown() {
    let server = FaultServer::start(Spec {
        index: index(&[("/ok/control", kw("control"))]),
        robots: RobotsTxt::ServerError,
        ..Spec::default()
    })
    .await;
    let (report, _) = scan_site(&server, options()).await;
    assert_eq!(report.crawl.stopped.as_str(), "robots_disallowed");
    let others: Vec<Hit> = server
        .hits()
        .into_iter()
        .filter(|h| h.target != "/robots.txt")
        .collect();
    assert!(
        others.is_empty(),
        "fetched despite robots.txt 500: {others:?}"
    );
    assert!(server.hits_on("/robots.txt").len() <= 3);
    assert!(
        report.crawl.notes.iter().any(|n| n.contains("500")),
        "{:?}",
        report.crawl.notes
    );
    for i in &report.items {
        assert_eq!(i.answer, Answer::Unknown, "{}", describe(i));
        assert!(i.reason_code.is_some(), "{}", describe(i));
    }
}

/// …and the items' reason_code names robots.txt, not a crawl budget.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn robots_500_items_say_robots_disallowed() {
    let server = FaultServer::start(Spec {
        index: index(&[("/ok/control", kw("control"))]),
        robots: RobotsTxt::ServerError,
        ..Spec::default()
    })
    .await;
    let (report, _) = scan_site(&server, options()).await;
    for i in &report.items {
        assert_unknown(&report, &i.id, &["robots_disallowed"]);
    }
}

/// With `--ignore-robots`, a robots.txt answering 500 does not stop the crawl.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn robots_500_is_ignored_with_ignore_robots() {
    let server = FaultServer::start(Spec {
        index: index(&[("/ok/control", kw("control"))]),
        robots: RobotsTxt::ServerError,
        ..Spec::default()
    })
    .await;
    let mut options = options();
    options.crawl.respect_robots = false;
    let (report, _) = scan_site(&server, options).await;
    assert_eq!(report.crawl.stopped.as_str(), "complete");
    assert_yes(&report, "control");
}

/// A 1 MiB robots.txt (read up to oitcheck's 512 KiB cap): its first rule still holds, the rest of
/// the site is crawled.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn huge_robots_txt_is_capped_and_obeyed() {
    let server = FaultServer::start(Spec {
        index: index(&[
            ("/ok/control", kw("control")),
            ("/private/plan.html", kw("robots_private")),
        ]),
        robots: RobotsTxt::Huge,
        ..Spec::default()
    })
    .await;
    let (report, _) = scan_site(&server, options()).await;
    assert_eq!(report.crawl.stopped.as_str(), "complete");
    assert_yes(&report, "control");
    assert_unknown(&report, "robots_private", &["robots_disallowed"]);
    assert!(server.hits_on("/private/").is_empty());
    assert_eq!(server.hits_on("/robots.txt").len(), 1);
}

/// A sitemap index that lists itself (and a second index listing both): read once each, and the
/// page it lists is still found.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sitemap_index_listing_itself_terminates() {
    let server = FaultServer::start(Spec {
        index: index(&[("/ok/control", kw("control"))]),
        sitemaps: true,
        ..Spec::default()
    })
    .await;
    let (report, _) = scan_site(&server, options()).await;
    assert_eq!(report.crawl.stopped.as_str(), "complete");
    assert_yes(&report, "sitemap_page");
    assert_eq!(server.hits_on("/sitemap.xml").len(), 1);
    assert_eq!(server.hits_on("/sitemap-a.xml").len(), 1);
}

/// Harness check for the document scenarios: the valid documents they are cut from are read (their
/// text lacks the element, so each is a "no" on its content).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn valid_documents_are_read() {
    for name in ["valid.pdf", "valid.xlsx", "valid.docx"] {
        let report = scan_document(name).await;
        let i = item(&report, "document");
        assert_eq!(i.answer, Answer::No, "{name}: {}", describe(i));
        assert_eq!(
            i.reason_code.map(ReasonCode::as_str),
            Some("missing_element"),
            "{name}: {}",
            describe(i)
        );
    }
}

/// Serves `/docs/NAME` linked as the evidence of item `document` and scans.
async fn scan_document(name: &str) -> ScanReport {
    let href = format!("/docs/{name}");
    let server = site(&[(&href, kw("document"))]).await;
    let (report, _) = scan_site(&server, options()).await;
    assert_eq!(report.crawl.stopped.as_str(), "complete", "{name}");
    assert_eq!(server.hits_on(&href).len(), 1, "{name}");
    report
}

/// A corrupt document linked as the item's evidence: unknown with a document reason, never "no".
async fn corrupt_document_is_unknown(name: &str) {
    let report = scan_document(name).await;
    let i = item(&report, "document");
    assert_eq!(i.answer, Answer::Unknown, "{name}: {}", describe(i));
    assert!(
        matches!(
            i.reason_code.map(ReasonCode::as_str),
            Some("corrupt_document" | "parser_failed")
        ),
        "{name}: {}",
        describe(i)
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn truncated_pdf_is_unknown() {
    corrupt_document_is_unknown("truncated.pdf").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn garbage_pdf_is_unknown() {
    corrupt_document_is_unknown("garbage.pdf").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pdf_without_magic_is_unknown() {
    corrupt_document_is_unknown("nomagic.pdf").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn truncated_xlsx_is_unknown() {
    corrupt_document_is_unknown("truncated.xlsx").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn garbage_xlsx_is_unknown() {
    corrupt_document_is_unknown("garbage.xlsx").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn xlsx_with_a_corrupt_sheet_is_unknown() {
    corrupt_document_is_unknown("badsheet.xlsx").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn truncated_docx_is_unknown() {
    corrupt_document_is_unknown("truncated.docx").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn garbage_docx_is_unknown() {
    corrupt_document_is_unknown("garbage.docx").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn docx_with_a_noise_body_is_unknown() {
    corrupt_document_is_unknown("badbody.docx").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn docx_with_a_cut_body_is_unknown() {
    corrupt_document_is_unknown("cutbody.docx").await;
}
