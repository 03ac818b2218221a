//! The optional renderer (src/render.rs) on sites whose menu is built by script: the fixture
//! tests/fixtures/script-menu has an empty `<nav>` on every page that an inline script fills from
//! /data/menu.json, and four pages reachable only through that menu.
//!
//! Tests that need Chromium print why they skip (eprintln, "SKIPPED ...") and return where it is
//! missing; `.ci/run` installs it. The skipped path still checks what a user without Chromium is
//! told.

use std::collections::BTreeSet;
use std::io::ErrorKind;
use std::net::{IpAddr, Ipv4Addr, TcpListener};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use oitcheck::crawl::{self, CrawlConfig, Quiet};
use oitcheck::evaluate::Answer;
use oitcheck::fetch::{FetchConfig, Fetcher};
use oitcheck::fixture::serve;
use oitcheck::render::{self, RenderConfig, RenderMode};
use oitcheck::rules::Rules;
use oitcheck::scan::{self, ScanOptions, ScanReport};
use oitcheck::{SiteSnapshot, checklist};
use url::Url;

/// The fixture's pages behind the script-built menu (site/data/menu.json), by hand.
const BEHIND_MENU: [&str; 4] = [
    "/about/structure.html",
    "/about/executives.html",
    "/ita/anti-corruption-plan-2569.html",
    "/contact.html",
];
/// The pages a crawler that does not run scripts reaches: the start page and the one link in
/// its content.
const SERVED_LINKS: [&str; 2] = ["/", "/news.html"];

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/script-menu")
}

fn options(render: RenderConfig) -> ScanOptions {
    ScanOptions {
        fetch: FetchConfig {
            rate: 500.0,
            max_retries: 0,
            ..FetchConfig::default()
        },
        crawl: CrawlConfig {
            render,
            ..CrawlConfig::default()
        },
        ..ScanOptions::default()
    }
}

fn mode(mode: RenderMode) -> RenderConfig {
    RenderConfig {
        mode,
        ..RenderConfig::default()
    }
}

/// Crawls `start` with `fetcher` and judges it against the fixture's checklist.
async fn crawl_with(
    fetcher: Arc<Fetcher>,
    start: &Url,
    options: &ScanOptions,
) -> (SiteSnapshot, ScanReport) {
    let checklist = checklist::load(fixture().join("script-menu.yaml").to_str().unwrap())
        .expect("fixture checklist");
    let rules = Rules::new(&checklist);
    let (_cancel, never) = tokio::sync::watch::channel(false);
    let snapshot = tokio::time::timeout(
        Duration::from_secs(120),
        crawl::crawl(start, &rules, &options.crawl, fetcher, never, &Quiet),
    )
    .await
    .expect("the crawl finishes");
    let report = scan::report_from_snapshot(&checklist, &rules, &snapshot, options);
    (snapshot, report)
}

/// Serves the fixture site and crawls it with `render`.
async fn scan_fixture(render: RenderConfig) -> (SiteSnapshot, ScanReport) {
    let site = serve::Site::from_dir(&fixture().join("site")).unwrap();
    let (addr, server) = serve::serve(site, 0).await.unwrap();
    let start = Url::parse(&format!("http://{addr}/")).unwrap();
    let options = options(render);
    let fetcher = Arc::new(Fetcher::new(options.fetch.clone()).unwrap());
    let result = crawl_with(fetcher, &start, &options).await;
    server.abort();
    result
}

fn paths(snapshot: &SiteSnapshot) -> BTreeSet<String> {
    snapshot
        .pages
        .iter()
        .map(|p| p.url.path().to_string())
        .collect()
}

fn answer(report: &ScanReport, id: &str) -> Answer {
    report.items.iter().find(|i| i.id == id).unwrap().answer
}

/// Chromium's path, or `None` after saying why the calling test skips.
fn chromium_or_skip(test: &str) -> Option<PathBuf> {
    match render::find_browser(None) {
        Ok(path) => Some(path),
        Err(reason) => {
            eprintln!("SKIPPED {test}: {reason}. Install chromium (`.ci/run` does) to run it.");
            None
        }
    }
}

#[tokio::test]
async fn without_rendering_the_menu_pages_are_missed_and_the_report_says_why() {
    let (snapshot, report) = scan_fixture(mode(RenderMode::Never)).await;
    let expected: BTreeSet<String> = SERVED_LINKS.iter().map(|p| p.to_string()).collect();
    assert_eq!(paths(&snapshot), expected);
    // both pages carry the template's empty menu and its scripts
    let note = report
        .crawl
        .notes
        .iter()
        .find(|n| n.contains("look built by script"))
        .unwrap_or_else(|| panic!("no suggestion in {:?}", report.crawl.notes));
    assert!(note.starts_with("2 pages look built by script"), "{note}");
    assert!(note.contains("--render auto"), "{note}");
    for id in ["O1", "O2", "O3"] {
        assert_eq!(answer(&report, id), Answer::No, "{id}");
    }
}

#[tokio::test]
async fn a_missing_browser_is_named_and_the_pages_are_read_as_served() {
    let (snapshot, report) = scan_fixture(RenderConfig {
        mode: RenderMode::Auto,
        browser: Some(PathBuf::from("/nonexistent/chromium")),
        ..RenderConfig::default()
    })
    .await;
    assert_eq!(paths(&snapshot).len(), SERVED_LINKS.len());
    let note = report
        .crawl
        .notes
        .iter()
        .find(|n| n.starts_with("--render auto:"))
        .unwrap_or_else(|| panic!("no rendering note in {:?}", report.crawl.notes));
    assert!(note.contains("2 pages that look built by script"), "{note}");
    assert!(
        note.contains("/nonexistent/chromium does not exist"),
        "{note}"
    );
}

#[tokio::test]
async fn with_rendering_the_pages_behind_the_menu_are_found() {
    let test = "with_rendering_the_pages_behind_the_menu_are_found";
    if chromium_or_skip(test).is_none() {
        // what a user without Chromium sees when asking for rendering: the pages that need it,
        // and that they could not be rendered
        let (snapshot, report) = scan_fixture(mode(RenderMode::Auto)).await;
        assert_eq!(paths(&snapshot).len(), SERVED_LINKS.len());
        assert!(
            report
                .crawl
                .notes
                .iter()
                .any(|n| n.starts_with("--render auto:")
                    && n.contains("look built by script")
                    && n.contains("could not be rendered")),
            "{:?}",
            report.crawl.notes
        );
        return;
    }
    let (snapshot, report) = scan_fixture(mode(RenderMode::Auto)).await;
    let found = paths(&snapshot);
    for path in BEHIND_MENU.iter().chain(&SERVED_LINKS) {
        assert!(found.contains(*path), "{path} not crawled: {found:?}");
    }
    for id in ["O1", "O2", "O3"] {
        assert_eq!(answer(&report, id), Answer::Yes, "{id}");
    }
    let evidence = |id: &str| {
        report.items.iter().find(|i| i.id == id).unwrap().evidence[0]
            .url
            .path()
            .to_string()
    };
    assert_eq!(evidence("O1"), "/about/structure.html");
    assert_eq!(evidence("O2"), "/contact.html");
    assert_eq!(evidence("O3"), "/ita/anti-corruption-plan-2569.html");
    // every page has the template, so every page was rendered; the menu's five real links
    // (home, four item pages) are what the scripts added
    let note = report
        .crawl
        .notes
        .iter()
        .find(|n| n.contains("rendered in headless Chromium"))
        .unwrap_or_else(|| panic!("no rendering note in {:?}", report.crawl.notes));
    assert!(note.starts_with("6 pages rendered"), "{note}");
    assert!(note.contains("added links to 5 pages"), "{note}");
}

/// A loopback listener nobody should connect to, on `ip` (port 0: any free one, else `port`).
fn probe_listener(ip: Ipv4Addr, port: u16) -> Option<TcpListener> {
    let listener = TcpListener::bind((ip, port)).ok()?;
    listener.set_nonblocking(true).ok()?;
    Some(listener)
}

/// Whether anything connected to `listener` (a connection waits in the backlog until accepted,
/// so this needs no waiting).
fn was_contacted(listener: &TcpListener) -> bool {
    match listener.accept() {
        Ok(_) => true,
        Err(e) if e.kind() == ErrorKind::WouldBlock => false,
        Err(e) => panic!("probe listener failed: {e}"),
    }
}

#[tokio::test]
async fn the_browser_reaches_no_other_host_address_or_port() {
    let test = "the_browser_reaches_no_other_host_address_or_port";
    if chromium_or_skip(test).is_none() {
        return;
    }
    // another service on this machine's loopback: its own port on 127.0.0.1, and 127.0.0.2
    let other_port = probe_listener(Ipv4Addr::LOCALHOST, 0).unwrap();
    let port = other_port.local_addr().unwrap().port();
    let other_address = probe_listener(Ipv4Addr::new(127, 0, 0, 2), port);
    let page = format!(
        r#"<!DOCTYPE html><html><head><meta charset="utf-8"><title>อบต.ทดสอบ</title>
<script src="http://127.0.0.2:{port}/tracker.js"></script>
<link rel="stylesheet" href="http://localhost:{port}/theme.css"></head>
<body><nav id="menu"></nav>
<script>
['http://127.0.0.1:{port}/probe', 'http://127.0.0.2:{port}/probe', 'http://localhost:{port}/probe',
 'http://[::1]:{port}/probe', 'http://elsewhere.test:{port}/probe']
  .forEach(function (u) {{ fetch(u).catch(function () {{}}); }});
fetch('/menu.json').then(function (r) {{ return r.json(); }}).then(function (items) {{
  var nav = document.getElementById('menu');
  items.forEach(function (item) {{
    var a = document.createElement('a'); a.href = item.href; a.textContent = item.text; nav.appendChild(a);
  }});
}});
</script></body></html>"#
    );
    let site = serve::Site::in_memory([
        ("index.html", page.into_bytes()),
        (
            "menu.json",
            r#"[{"text": "ติดต่อเรา", "href": "/contact.html"}]"#.as_bytes().to_vec(),
        ),
        (
            "contact.html",
            "<h1>ติดต่อเรา</h1><p>โทรศัพท์ 0 5400 1234 อีเมล a@b.go.th</p>"
                .as_bytes()
                .to_vec(),
        ),
    ]);
    let (addr, server) = serve::serve(site, 0).await.unwrap();
    // the site under a name only the scan's resolver knows: the browser can load it only
    // through the address the scan pinned, and that address counts as public, so 127.0.0.2 is
    // a private address to this scan
    let start = Url::parse(&format!("http://agency.test:{}/", addr.port())).unwrap();
    let options = options(mode(RenderMode::Auto));
    let fetcher = Fetcher::with_network(
        options.fetch.clone(),
        vec![
            ("agency.test".into(), IpAddr::V4(Ipv4Addr::LOCALHOST)),
            ("www.agency.test".into(), IpAddr::V4(Ipv4Addr::LOCALHOST)),
        ],
        |ip| ip == IpAddr::V4(Ipv4Addr::LOCALHOST),
    )
    .unwrap();
    let (snapshot, report) = crawl_with(Arc::new(fetcher), &start, &options).await;
    server.abort();
    // the render worked: the menu's page was found through the pinned name
    assert!(
        paths(&snapshot).contains("/contact.html"),
        "{:?} {:?}",
        paths(&snapshot),
        report.crawl.notes
    );
    assert!(
        !was_contacted(&other_port),
        "another port on 127.0.0.1 was reached"
    );
    match other_address {
        Some(listener) => assert!(!was_contacted(&listener), "127.0.0.2 was reached"),
        None => {
            eprintln!("{test}: 127.0.0.2:{port} could not be bound; that address went unchecked")
        }
    }
}

#[tokio::test]
async fn a_page_whose_script_never_stops_is_killed_at_its_limit() {
    let test = "a_page_whose_script_never_stops_is_killed_at_its_limit";
    if chromium_or_skip(test).is_none() {
        return;
    }
    let site = serve::Site::in_memory([
        (
            "index.html",
            r#"<html><head><title>อบต.</title></head><body><nav class="menu"></nav><a href="/news.html">ข่าว</a><script>while (true) {}</script></body></html>"#,
        ),
        // rendered after the killed browser, in the same profile
        (
            "news.html",
            r#"<html><body><nav id="menu"></nav><script>document.getElementById('menu').innerHTML = '<a href="/contact.html">ติดต่อเรา</a>';</script></body></html>"#,
        ),
        ("contact.html", "<h1>ติดต่อเรา</h1>"),
    ]);
    let (addr, server) = serve::serve(site, 0).await.unwrap();
    let start = Url::parse(&format!("http://{addr}/")).unwrap();
    let options = options(RenderConfig {
        mode: RenderMode::Auto,
        page_limit: Duration::from_secs(2),
        ..RenderConfig::default()
    });
    let fetcher = Arc::new(Fetcher::new(options.fetch.clone()).unwrap());
    let (snapshot, report) = crawl_with(fetcher, &start, &options).await;
    server.abort();
    // the page is kept as served, its link followed
    assert!(paths(&snapshot).contains("/"));
    assert!(
        report
            .crawl
            .notes
            .iter()
            .any(|n| n.starts_with("rendering failed for 1 page")
                && n.contains("did not finish the page within 2 s")),
        "{:?}",
        report.crawl.notes
    );
    let crawled = paths(&snapshot);
    assert!(
        crawled.contains("/news.html"),
        "the served link was not followed"
    );
    // the next page renders although the browser before it was killed
    assert!(
        crawled.contains("/contact.html"),
        "{crawled:?} {:?}",
        report.crawl.notes
    );
}

#[tokio::test]
async fn a_page_whose_script_leaves_the_site_is_read_as_served() {
    let test = "a_page_whose_script_leaves_the_site_is_read_as_served";
    if chromium_or_skip(test).is_none() {
        return;
    }
    let site = serve::Site::in_memory([(
        "index.html",
        r#"<html><head><title>อบต.</title></head><body><nav id="menu"></nav><a href="/news.html">ข่าว</a>
<script>location.href = 'http://elsewhere.test/landing';</script></body></html>"#,
    )]);
    let (addr, server) = serve::serve(site, 0).await.unwrap();
    let start = Url::parse(&format!("http://{addr}/")).unwrap();
    let options = options(mode(RenderMode::Auto));
    let fetcher = Arc::new(Fetcher::new(options.fetch.clone()).unwrap());
    let (snapshot, report) = crawl_with(fetcher, &start, &options).await;
    server.abort();
    // Chromium's error page for the name it may not resolve is not taken for the site's page
    let start_page = snapshot.pages.iter().find(|p| p.url.path() == "/").unwrap();
    assert_eq!(start_page.content.title, "อบต.");
    assert!(
        report
            .crawl
            .notes
            .iter()
            .any(|n| n.starts_with("rendering failed for 1 page")
                && n.contains("ERR_NAME_NOT_RESOLVED")),
        "{:?}",
        report.crawl.notes
    );
}
