//! Where and how oitcheck connects (issue 5, continued): TLS certificates and private addresses.
//!
//! * **TLS**: the mini fixture site is served over HTTPS on 127.0.0.1 with a self-signed
//!   certificate made in the test (rcgen, tokio-rustls). Without `--insecure` every item is
//!   unknown `tls_invalid`, the reason tells the user about `--insecure`, and no handshake is
//!   retried. With `--insecure` the site is read, and the report and the evidence say the
//!   certificate was invalid.
//! * **Private addresses**: a fake public name `agency.example` is mapped to 127.0.0.1 and its
//!   www twin to 127.0.0.2 (`FetchConfig::resolve`); the test's address classifier lets 127.0.0.1
//!   play the public Internet. A link or a redirect to the www twin must then never be
//!   connected to (a second server on 127.0.0.2 counts connections), and the items are unknown
//!   `private_address`. With the real classifier, the start host is itself private (an intranet),
//!   and the twin is read.
//!
//! Only loopback is touched. No test sleeps; servers and scans run under timeouts.

use oitcheck::ReasonCode;
use std::net::{IpAddr, SocketAddr};
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use oitcheck::checklist;
use oitcheck::crawl::{CrawlConfig, Quiet};
use oitcheck::evaluate::{Answer, ItemResult};
use oitcheck::fetch::{FetchConfig, Fetcher};
use oitcheck::fixture::serve;
use oitcheck::netguard;
use oitcheck::scan::{self, ScanOptions, ScanReport};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::TcpListener;
use tokio::time::timeout;
use url::Url;

/// No scan here should take longer: the sites are tiny and local, but the mini site has a scanned
/// PDF, which tesseract (when installed) reads slowly on a loaded machine.
const SCAN_BOUND: Duration = Duration::from_secs(180);

/// Answers a request target with (status, headers, body).
type Responder = Arc<dyn Fn(&str) -> (u16, Vec<(String, String)>, Vec<u8>) + Send + Sync>;

/// Reads one request head (bounded) and writes the responder's answer.
async fn answer<S: AsyncRead + AsyncWrite + Unpin>(mut stream: S, respond: &Responder) {
    let mut buf = Vec::with_capacity(1024);
    let mut chunk = [0u8; 1024];
    while !buf.windows(4).any(|w| w == b"\r\n\r\n") && buf.len() < 16 * 1024 {
        match timeout(Duration::from_secs(5), stream.read(&mut chunk)).await {
            Ok(Ok(n)) if n > 0 => buf.extend_from_slice(&chunk[..n]),
            _ => return,
        }
    }
    let head = String::from_utf8_lossy(&buf);
    let target = head
        .lines()
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .unwrap_or("/")
        .to_string();
    let (status, headers, body) = respond(&target);
    let mut out = format!(
        "HTTP/1.1 {status} X\r\nContent-Length: {}\r\nConnection: close\r\n",
        body.len()
    );
    for (name, value) in headers {
        out.push_str(&format!("{name}: {value}\r\n"));
    }
    out.push_str("\r\n");
    let mut bytes = out.into_bytes();
    bytes.extend_from_slice(&body);
    let _ = timeout(Duration::from_secs(5), stream.write_all(&bytes)).await;
    let _ = timeout(Duration::from_secs(5), stream.shutdown()).await;
}

/// A loopback server; counts the TCP connections it accepted (and, for TLS, the handshakes that
/// succeeded).
struct Server {
    addr: SocketAddr,
    connections: Arc<AtomicUsize>,
    handshakes: Arc<AtomicUsize>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for Server {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// Serves `respond` on `listener`, over TLS when `tls` is given. Bounded: at most 500
/// connections, each at most 10 s.
fn serve_on(
    listener: TcpListener,
    respond: Responder,
    tls: Option<tokio_rustls::TlsAcceptor>,
) -> Server {
    let addr = listener.local_addr().unwrap();
    let connections = Arc::new(AtomicUsize::new(0));
    let handshakes = Arc::new(AtomicUsize::new(0));
    let (c, h) = (connections.clone(), handshakes.clone());
    let task = tokio::spawn(async move {
        for _ in 0..500 {
            let Ok(Ok((tcp, _))) = timeout(Duration::from_secs(120), listener.accept()).await
            else {
                return;
            };
            c.fetch_add(1, Ordering::SeqCst);
            let (respond, tls, h) = (respond.clone(), tls.clone(), h.clone());
            tokio::spawn(async move {
                let work = async {
                    match tls {
                        Some(acceptor) => {
                            if let Ok(stream) = acceptor.accept(tcp).await {
                                h.fetch_add(1, Ordering::SeqCst);
                                answer(stream, &respond).await;
                            }
                        }
                        None => answer(tcp, &respond).await,
                    }
                };
                let _ = timeout(Duration::from_secs(10), work).await;
            });
        }
    });
    Server {
        addr,
        connections,
        handshakes,
        task,
    }
}

fn mini_root() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mini")
}

/// The mini fixture site over HTTPS with a fresh self-signed certificate for 127.0.0.1.
async fn https_mini_site() -> Server {
    let certified =
        rcgen::generate_simple_self_signed(vec!["127.0.0.1".into(), "localhost".into()])
            .expect("a self-signed certificate");
    let key = rustls::pki_types::PrivateKeyDer::Pkcs8(rustls::pki_types::PrivatePkcs8KeyDer::from(
        certified.signing_key.serialize_der(),
    ));
    let config = rustls::ServerConfig::builder_with_provider(Arc::new(
        rustls::crypto::aws_lc_rs::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .unwrap()
    .with_no_client_auth()
    .with_single_cert(vec![certified.cert.der().clone()], key)
    .expect("the server accepts its certificate");
    let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));
    let site = Arc::new(serve::Site::from_dir(&mini_root().join("site")).unwrap());
    let respond: Responder = Arc::new(move |target| {
        let (status, content_type, mut headers, body) = site.respond(target);
        headers.push(("Content-Type".into(), content_type));
        (status, headers, body)
    });
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    serve_on(listener, respond, Some(acceptor))
}

fn fast_fetch() -> FetchConfig {
    FetchConfig {
        rate: 500.0,
        concurrency: 4,
        timeout: Duration::from_secs(5),
        // the default retry count: TLS failures must not use it
        max_retries: 2,
        ..FetchConfig::default()
    }
}

fn options(fetch: FetchConfig) -> ScanOptions {
    ScanOptions {
        fetch,
        crawl: CrawlConfig {
            workers: 4,
            time_limit: Duration::from_secs(150),
            ..CrawlConfig::default()
        },
        fiscal_year: None,
        iit: None,
        eit: None,
    }
}

async fn run_scan(
    start: &Url,
    checklist: &checklist::Checklist,
    options: ScanOptions,
) -> ScanReport {
    let (_tx, rx) = tokio::sync::watch::channel(false);
    timeout(
        SCAN_BOUND,
        scan::scan(start, checklist, &options, rx, &Quiet),
    )
    .await
    .expect("the scan returns")
    .expect("the scan runs")
}

fn item<'a>(report: &'a ScanReport, id: &str) -> &'a ItemResult {
    report
        .items
        .iter()
        .find(|i| i.id == id)
        .unwrap_or_else(|| panic!("no item {id}"))
}

fn describe(i: &ItemResult) -> String {
    format!(
        "{}: {:?} reason_code={:?} reason={:?} evidence={:?}",
        i.id,
        i.answer,
        i.reason_code,
        i.reason,
        i.evidence
            .iter()
            .map(|e| (&e.url, &e.note))
            .collect::<Vec<_>>()
    )
}

// ---------------------------------------------------------------------------------------------
// TLS
// ---------------------------------------------------------------------------------------------

/// A self-signed certificate without `--insecure`: nothing is read, every item is unknown
/// `tls_invalid` (classified from rustls's own error, not from words), the reason says what is
/// wrong and names `--insecure`, and no connection is retried.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn invalid_certificate_is_unknown_tls_invalid_and_not_retried() {
    let server = https_mini_site().await;
    let checklist = checklist::load(mini_root().join("mini.yaml").to_str().unwrap()).unwrap();
    let start = Url::parse(&format!("https://{}/", server.addr)).unwrap();
    let report = run_scan(&start, &checklist, options(fast_fetch())).await;
    assert_eq!(report.crawl.stopped.as_str(), "start_failed");
    assert_eq!(report.crawl.pages, 0);
    for i in &report.items {
        assert_eq!(i.answer, Answer::Unknown, "{}", describe(i));
        assert_eq!(
            i.reason_code.map(ReasonCode::as_str),
            Some("tls_invalid"),
            "{}",
            describe(i)
        );
        // these words come from the typed rustls error (UnknownIssuer), not from string matching
        assert!(
            i.reason.contains("not issued by a trusted authority"),
            "{}",
            describe(i)
        );
        assert!(i.reason.contains("--insecure"), "{}", describe(i));
    }
    // robots.txt, sitemap.xml and the start page: one connection each, none retried
    let connections = server.connections.load(Ordering::SeqCst);
    assert!(
        (1..=3).contains(&connections),
        "{connections} connections: TLS failures were retried"
    );
    assert_eq!(server.handshakes.load(Ordering::SeqCst), 0);
    assert!(report.warnings.is_empty(), "{:?}", report.warnings);
}

/// The same site with `--insecure`: read as over HTTP, and the report warns (naming the host and
/// the problem) and every piece of evidence carries a note.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn insecure_scan_reads_the_site_and_says_the_certificate_is_invalid() {
    let server = https_mini_site().await;
    let checklist = checklist::load(mini_root().join("mini.yaml").to_str().unwrap()).unwrap();
    let start = Url::parse(&format!("https://{}/", server.addr)).unwrap();
    let mut fetch = fast_fetch();
    fetch.insecure = true;
    let report = run_scan(&start, &checklist, options(fetch)).await;
    assert_eq!(
        report.crawl.stopped.as_str(),
        "complete",
        "{:?}",
        report.crawl.notes
    );
    // the answers of tests/scan.rs's HTTP scan of the same site
    for id in ["O1", "O2", "O3"] {
        let i = item(&report, id);
        assert_eq!(i.answer, Answer::Yes, "{}", describe(i));
        assert!(!i.evidence.is_empty(), "{}", describe(i));
        for e in &i.evidence {
            assert!(
                e.note
                    .as_deref()
                    .is_some_and(|n| n.contains("certificate invalid, read with --insecure")),
                "{}",
                describe(i)
            );
        }
    }
    assert_eq!(
        item(&report, "O4").reason_code.map(ReasonCode::as_str),
        Some("http_404")
    );
    assert_eq!(report.warnings.len(), 1, "{:?}", report.warnings);
    let warning = &report.warnings[0];
    assert!(
        warning.contains("127.0.0.1")
            && warning.contains("not issued by a trusted authority")
            && warning.contains("--insecure"),
        "{warning}"
    );
    // the text report's warning line is checked through the command line below
    let json = serde_json::to_string(&report).unwrap();
    assert!(json.contains("\"warnings\""), "{json}");
    assert!(server.handshakes.load(Ordering::SeqCst) > 0);
}

/// The command line on the same site: without `--insecure`, exit 1 and an error that says what
/// is wrong and names `--insecure`; with it, exit 0 and a report that opens with the warning.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cli_names_insecure_and_warns_with_it() {
    let server = https_mini_site().await;
    let start = format!("https://{}/", server.addr);
    let checklist = mini_root().join("mini.yaml");
    let run = |extra: &'static [&'static str]| {
        let start = start.clone();
        let checklist = checklist.clone();
        tokio::task::spawn_blocking(move || {
            let mut args = vec![
                "scan".to_string(),
                start,
                "--checklist".into(),
                checklist.to_string_lossy().into_owned(),
                "--rate".into(),
                "50".into(),
                "--time-limit".into(),
                "150s".into(),
                "--quiet".into(),
            ];
            args.extend(extra.iter().map(|s| s.to_string()));
            let out = std::process::Command::new(env!("CARGO_BIN_EXE_oitcheck"))
                .args(&args)
                .output()
                .expect("run oitcheck");
            (
                out.status.code(),
                String::from_utf8_lossy(&out.stdout).into_owned(),
                String::from_utf8_lossy(&out.stderr).into_owned(),
            )
        })
    };
    let (code, _, err) = timeout(SCAN_BOUND, run(&[])).await.unwrap().unwrap();
    assert_eq!(code, Some(1), "{err}");
    assert!(
        err.contains("tls_invalid")
            && err.contains("not issued by a trusted authority")
            && err.contains("--insecure")
            && !err.contains("that the site is up"),
        "{err}"
    );
    let (code, out, err) = timeout(SCAN_BOUND, run(&["--insecure", "--lang", "en"]))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(code, Some(0), "{err}");
    assert!(
        out.contains("warning: the TLS certificate of 127.0.0.1"),
        "{out}"
    );
}

// ---------------------------------------------------------------------------------------------
// Private addresses
// ---------------------------------------------------------------------------------------------

const ELEMENT: &str = "เนื้อหาครบถ้วน";
const ITEMS: &[(&str, &str)] = &[
    ("control", "หัวข้อทดสอบกก"),
    ("internal_dns", "หัวข้อทดสอบกข"),
    ("internal_redirect", "หัวข้อทดสอบกค"),
];

fn address_checklist() -> checklist::Checklist {
    let mut yaml = String::from(
        r#"schema: 1
id: addresses
title_th: รายการทดสอบที่อยู่
fiscal_year: 2569
indicators:
  - id: "9"
    title_th: การเปิดเผยข้อมูล
    sub_indicators:
      - { id: "9.1", title_th: ข้อมูลทดสอบ }
items:
"#,
    );
    for (id, keyword) in ITEMS {
        yaml.push_str(&format!(
            "  - id: {id}\n    sub_indicator: \"9.1\"\n    title_th: รายการ {id}\n    find: {{ keywords: [{keyword}] }}\n    elements:\n      - {{ name: content, any: [{ELEMENT}] }}\n"
        ));
    }
    checklist::parse(&yaml, "addresses.yaml").expect("the test checklist parses")
}

fn page(text: &str) -> Vec<u8> {
    format!(
        "<!DOCTYPE html><html lang=\"th\"><head><meta charset=\"utf-8\"><title>หน้า</title></head><body><main><p>{ELEMENT} {text}</p></main></body></html>"
    )
    .into_bytes()
}

fn html_headers() -> Vec<(String, String)> {
    vec![("Content-Type".into(), "text/html; charset=utf-8".into())]
}

/// The "public" agency site on 127.0.0.1 and its "internal" www twin on 127.0.0.2, same port.
/// The twin is `None` where 127.0.0.2 cannot be bound (not every OS routes all of 127/8).
async fn agency_and_twin() -> (Server, Option<Server>) {
    for _ in 0..20 {
        let public = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = public.local_addr().unwrap().port();
        let twin = match TcpListener::bind(("127.0.0.2", port)).await {
            Ok(l) => Some(l),
            Err(e) if e.kind() == std::io::ErrorKind::AddrInUse => continue,
            Err(_) => None,
        };
        let index = format!(
            "<!DOCTYPE html><html lang=\"th\"><head><meta charset=\"utf-8\"><title>หน้าแรก</title></head><body><main><ul>\
             <li><a href=\"/ok\">{}</a></li>\
             <li><a href=\"http://www.agency.example:{port}/internal\">{}</a></li>\
             <li><a href=\"/go-internal\">{}</a></li></ul></main></body></html>",
            ITEMS[0].1, ITEMS[1].1, ITEMS[2].1
        );
        let respond: Responder = Arc::new(move |target| match target {
            "/" => (200, html_headers(), index.clone().into_bytes()),
            "/ok" => (200, html_headers(), page("หน้าสาธารณะ")),
            "/go-internal" => (
                302,
                vec![(
                    "Location".into(),
                    format!("http://www.agency.example:{port}/admin"),
                )],
                Vec::new(),
            ),
            _ => (404, html_headers(), b"<h1>404</h1>".to_vec()),
        });
        let internal: Responder =
            Arc::new(|target| (200, html_headers(), page(&format!("ภายใน {target}"))));
        let public = serve_on(public, respond, None);
        let twin = twin.map(|l| serve_on(l, internal, None));
        return (public, twin);
    }
    panic!("no port free on both 127.0.0.1 and 127.0.0.2");
}

/// A client for `agency.example` on 127.0.0.1 and its www twin on 127.0.0.2, with `is_public`
/// deciding which addresses count as the public Internet.
fn agency_fetcher(is_public: fn(IpAddr) -> bool) -> Arc<Fetcher> {
    let resolve = vec![
        ("agency.example".into(), "127.0.0.1".parse().unwrap()),
        ("www.agency.example".into(), "127.0.0.2".parse().unwrap()),
    ];
    Arc::new(Fetcher::with_network(fast_fetch(), resolve, is_public).unwrap())
}

async fn run_agency_scan(start: &Url, is_public: fn(IpAddr) -> bool) -> ScanReport {
    let (_tx, rx) = tokio::sync::watch::channel(false);
    let options = options(fast_fetch());
    timeout(
        SCAN_BOUND,
        scan::scan_with(
            agency_fetcher(is_public),
            start,
            &address_checklist(),
            &options,
            rx,
            &Quiet,
        ),
    )
    .await
    .expect("the scan returns")
}

/// 127.0.0.1 plays the public Internet; everything else is judged as usual.
fn loopback_one_is_public(ip: IpAddr) -> bool {
    ip == IpAddr::from([127, 0, 0, 1]) || netguard::is_public(ip)
}

/// A public start: a link to the www twin (which resolves to a private address) and a redirect
/// there are never connected to; their items are unknown `private_address`, never "no".
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn public_site_never_reaches_private_addresses() {
    let (public, twin) = agency_and_twin().await;
    let start = Url::parse(&format!("http://agency.example:{}/", public.addr.port())).unwrap();
    let report = run_agency_scan(&start, loopback_one_is_public).await;
    assert_eq!(report.crawl.stopped.as_str(), "complete");
    let control = item(&report, "control");
    assert_eq!(control.answer, Answer::Yes, "{}", describe(control));
    for id in ["internal_dns", "internal_redirect"] {
        let i = item(&report, id);
        assert_eq!(i.answer, Answer::Unknown, "{}", describe(i));
        assert_eq!(
            i.reason_code.map(ReasonCode::as_str),
            Some("private_address"),
            "{}",
            describe(i)
        );
        assert!(
            i.reason.contains("www.agency.example") && i.reason.contains("127.0.0.2"),
            "{}",
            describe(i)
        );
    }
    if let Some(twin) = &twin {
        assert_eq!(
            twin.connections.load(Ordering::SeqCst),
            0,
            "the private address was connected to"
        );
    }
}

/// The start host itself is private (an intranet, or this fixture with the real classifier):
/// private addresses are allowed, and the twin is read.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn private_start_host_allows_private_addresses() {
    let (public, twin) = agency_and_twin().await;
    let start = Url::parse(&format!("http://agency.example:{}/", public.addr.port())).unwrap();
    let report = run_agency_scan(&start, netguard::is_public).await;
    assert_yes_or_explain(&report, "control");
    let internal = item(&report, "internal_dns");
    assert_ne!(
        internal.reason_code.map(ReasonCode::as_str),
        Some("private_address"),
        "{}",
        describe(internal)
    );
    if let Some(twin) = &twin {
        assert_eq!(internal.answer, Answer::Yes, "{}", describe(internal));
        assert_yes_or_explain(&report, "internal_redirect");
        assert!(twin.connections.load(Ordering::SeqCst) > 0);
    }
}

#[track_caller]
fn assert_yes_or_explain(report: &ScanReport, id: &str) {
    let i = item(report, id);
    assert_eq!(i.answer, Answer::Yes, "{}", describe(i));
}
