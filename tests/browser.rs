//! The HTML report in a real browser: headless Chromium (Debian's `chromium`) opens it from disk,
//! as a webmaster opens a file downloaded from LINE, and the test reads the DOM Chromium built
//! (`--dump-dom`): the score, every item's card and answer, the links. Chromium's console goes to
//! its log (`--enable-logging=stderr`), which must hold no console message (a blocked script or
//! request would log one), and every request it makes goes to a recording proxy on loopback,
//! which must see none from the page. Chromium's own service traffic (to Google hosts, made even
//! for `about:blank` despite the flags that quiet most of it) is set apart by host. A control
//! page shows that both checks catch a script and a request.
//! Screenshots (desktop and phone width) are saved under the target directory.
//!
//! Without Chromium the tests say so and pass: install it with `apt-get install chromium`
//! (`.ci/run` does), or point `OITCHECK_CHROMIUM` at a Chromium or Chrome binary.

mod common;

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use scraper::{Html, Selector};

/// The Chromium binary, if there is one.
fn chromium() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("OITCHECK_CHROMIUM") {
        return Some(PathBuf::from(path)).filter(|p| p.is_file());
    }
    let path = std::env::var_os("PATH")?;
    [
        "chromium",
        "chromium-browser",
        "google-chrome",
        "google-chrome-stable",
    ]
    .iter()
    .flat_map(|name| std::env::split_paths(&path).map(move |dir| dir.join(name)))
    .find(|candidate| candidate.is_file())
}

macro_rules! require_chromium {
    () => {
        match chromium() {
            Some(path) => path,
            None => {
                eprintln!(
                    "skipped: Chromium not found (apt-get install chromium, or set OITCHECK_CHROMIUM); the HTML report was not tested in a browser"
                );
                return;
            }
        }
    };
}

/// A proxy on loopback that records the first line of every request made through it and
/// refuses them all: whatever the page asks for, nothing leaves the machine.
fn recording_proxy() -> (u16, Arc<Mutex<Vec<String>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = seen.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let mut line = String::new();
            let _ = BufReader::new(&stream).read_line(&mut line);
            log.lock().unwrap().push(line.trim().to_string());
            let _ = (&stream).write_all(
                b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
            );
        }
    });
    (port, seen)
}

/// Whether a proxied request line is Chromium's own: a bare connection with no request yet
/// (a preconnect), or traffic to Google's service hosts, which Chromium makes for `about:blank`
/// too.
fn browser_own(line: &str) -> bool {
    let Some(target) = line.split_whitespace().nth(1) else {
        return true;
    };
    let host = target
        .trim_start_matches("http://")
        .trim_start_matches("https://")
        .split(['/', ':'])
        .next()
        .unwrap_or_default();
    ["google.com", "googleapis.com", "gstatic.com", "gvt1.com"]
        .iter()
        .any(|own| host == *own || host.ends_with(&format!(".{own}")))
}

/// What Chromium made of a page.
struct Visit {
    /// The DOM after loading, as HTML (empty for a screenshot).
    dom: String,
    /// Console messages from the log.
    console: Vec<String>,
    /// Requests that went through the proxy.
    requests: Vec<String>,
}

/// Opens `page` in headless Chromium with the flags known to work on this machine kind (a fresh
/// profile, no background networking), `extra` added.
fn visit(chromium: &Path, page: &Path, extra: &[String]) -> Visit {
    let (port, seen) = recording_proxy();
    let profile =
        std::env::temp_dir().join(format!("oitcheck-chromium-{}-{}", std::process::id(), port));
    let mut child = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            // quiet most of Chromium's own traffic (time queries, search preconnects)
            "--disable-features=NetworkTimeServiceQuerying,Translate,OptimizationHints,MediaRouter,AutofillServerCommunication,PreconnectToSearch",
            "--disable-extensions",
            "--disable-default-apps",
            "--no-pings",
            "--enable-logging=stderr",
            "--v=0",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(format!("--proxy-server=http://127.0.0.1:{port}"))
        // loopback too goes through the proxy
        .arg("--proxy-bypass-list=<-loopback>")
        .args(extra)
        .arg(format!("file://{}", page.display()))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("Chromium starts");
    // Chromium exits when the page is loaded; a watchdog, not a wait for correctness
    let started = Instant::now();
    let stdout = child.stdout.take().unwrap();
    let stderr = child.stderr.take().unwrap();
    let out = std::thread::spawn(move || std::io::read_to_string(stdout).unwrap_or_default());
    let err = std::thread::spawn(move || std::io::read_to_string(stderr).unwrap_or_default());
    loop {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        if started.elapsed() > Duration::from_secs(120) {
            let _ = child.kill();
            panic!("Chromium did not finish within 120 s");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let dom = out.join().unwrap();
    let log = err.join().unwrap();
    let _ = std::fs::remove_dir_all(&profile);
    let console = log
        .lines()
        .filter(|l| l.contains(":CONSOLE"))
        .map(str::to_string)
        .collect();
    let requests = seen
        .lock()
        .unwrap()
        .iter()
        .filter(|line| !browser_own(line))
        .cloned()
        .collect();
    Visit {
        dom,
        console,
        requests,
    }
}

fn select<'a>(dom: &'a Html, css: &str) -> Vec<scraper::ElementRef<'a>> {
    dom.select(&Selector::parse(css).unwrap()).collect()
}

/// Where screenshots go.
fn shots() -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("browser");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Renders a saved scan to an HTML file with the binary.
fn render(scan: &str, name: &str) -> PathBuf {
    let file = shots().join(name);
    let out = Command::new(env!("CARGO_BIN_EXE_oitcheck"))
        .args(["report", scan, "--format", "html", "-o"])
        .arg(&file)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    file
}

#[test]
fn the_harness_sees_scripts_console_messages_and_requests() {
    let chromium = require_chromium!();
    let control = shots().join("control.html");
    std::fs::write(
        &control,
        "<!DOCTYPE html><p id=p>static</p><img src=\"http://192.0.2.1/pixel.png\"><script>console.error('control-message');document.getElementById('p').textContent='script ran'</script>",
    )
    .unwrap();
    let seen = visit(&chromium, &control, &["--dump-dom".into()]);
    assert!(
        seen.dom.contains("script ran"),
        "scripts run in the control: {}",
        seen.dom
    );
    assert!(
        seen.console.iter().any(|l| l.contains("control-message")),
        "the console is read: {:?}",
        seen.console
    );
    assert!(
        seen.requests.iter().any(|r| r.contains("192.0.2.1")),
        "requests are recorded: {:?}",
        seen.requests
    );
}

#[test]
fn the_html_report_shows_the_score_every_item_and_working_links_offline() {
    let chromium = require_chromium!();
    // tests/fixtures/reports/README.md: OIT 50 (E); O1, O2, O4 yes; O3, O5 no
    let page = render("tests/fixtures/reports/new.json", "report.html");
    let seen = visit(&chromium, &page, &["--dump-dom".into()]);
    assert!(seen.console.is_empty(), "console: {:?}", seen.console);
    assert!(seen.requests.is_empty(), "requests: {:?}", seen.requests);
    let dom = Html::parse_document(&seen.dom);
    let score: Vec<String> = select(&dom, ".big")
        .iter()
        .map(|e| e.text().collect())
        .collect();
    assert_eq!(score, ["50.00"]);
    let band: Vec<String> = select(&dom, ".band")
        .iter()
        .map(|e| e.text().collect())
        .collect();
    assert_eq!(band, ["E"]);
    let cards: Vec<(String, String)> = select(&dom, "article.item")
        .iter()
        .map(|e| {
            (
                e.value().attr("id").unwrap().to_string(),
                e.value().attr("data-answer").unwrap().to_string(),
            )
        })
        .collect();
    let expected = [
        ("item-O1", "yes"),
        ("item-O2", "yes"),
        ("item-O3", "no"),
        ("item-O4", "yes"),
        ("item-O5", "no"),
    ];
    assert_eq!(
        cards,
        expected.map(|(id, a)| (id.to_string(), a.to_string()))
    );
    // every link leads to the web or to a card that exists
    let ids: Vec<&str> = cards.iter().map(|(id, _)| id.as_str()).collect();
    let links = select(&dom, "a[href]");
    assert!(!links.is_empty());
    for link in &links {
        let href = link.value().attr("href").unwrap();
        if let Some(anchor) = href.strip_prefix('#') {
            assert!(ids.contains(&anchor), "{href} points at a card");
        } else {
            assert!(href.starts_with("https://www.example.go.th/"), "{href}");
        }
    }
    // O3's dead file is linked as evidence (the closest) with its page
    assert!(links.iter().any(|a| a.value().attr("href")
        == Some("https://www.example.go.th/files/O3%20%E0%B8%95%E0%B8%B4%E0%B8%94%E0%B8%95%E0%B9%88%E0%B8%AD%202569.pdf")));
    // what to fix first, most points first: O3 and O5 are worth 25 each, in checklist order
    let fixes: Vec<String> = select(&dom, "#fix-first ol.fix > li > a")
        .iter()
        .map(|a| a.text().collect())
        .collect();
    assert_eq!(fixes, ["O3", "O5"]);

    for (name, size) in [
        ("report-desktop.png", "1280,2400"),
        ("report-phone.png", "390,2400"),
    ] {
        let shot = shots().join(name);
        let _ = std::fs::remove_file(&shot);
        let seen = visit(
            &chromium,
            &page,
            &[
                format!("--screenshot={}", shot.display()),
                format!("--window-size={size}"),
                "--hide-scrollbars".into(),
            ],
        );
        assert!(seen.requests.is_empty(), "requests: {:?}", seen.requests);
        let png = std::fs::read(&shot).unwrap();
        assert!(png.starts_with(b"\x89PNG"), "{name} is a PNG");
        eprintln!("screenshot: {}", shot.display());
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_hostile_site_cannot_run_or_link_anything_in_the_report() {
    let chromium = require_chromium!();
    let html = common::scan_hostile("html").await;
    let page = shots().join("hostile.html");
    std::fs::write(&page, html).unwrap();
    let seen = tokio::task::spawn_blocking(move || visit(&chromium, &page, &["--dump-dom".into()]))
        .await
        .unwrap();
    assert!(seen.console.is_empty(), "console: {:?}", seen.console);
    assert!(seen.requests.is_empty(), "requests: {:?}", seen.requests);
    let dom = Html::parse_document(&seen.dom);
    assert!(select(&dom, "script, iframe, img, svg, object, embed").is_empty());
    for element in select(&dom, "*") {
        for (name, value) in element.value().attrs() {
            assert!(
                !name.starts_with("on"),
                "{name}={value} on <{}>",
                element.value().name()
            );
        }
    }
    for link in select(&dom, "a[href]") {
        let href = link.value().attr("href").unwrap();
        assert!(
            href.starts_with("http://127.0.0.1:") || href.starts_with("#item-"),
            "{href}"
        );
    }
    let title: String = select(&dom, "title")[0].text().collect();
    assert!(!title.contains("pwned"), "{title}");
    // the payloads are there, as text a reader can see
    let text: String = dom.root_element().text().collect();
    assert!(
        text.contains("<script>alert('link')</script>"),
        "shown as text"
    );
    assert!(
        text.contains("javascript:alert('manual')"),
        "shown as text, not a link"
    );
}
