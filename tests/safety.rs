//! Reports of a hostile site (`tests/fixtures/hostile/`: script tags, event handlers,
//! `javascript:` links and terminal escapes in titles, link texts and URLs) cannot run, link or
//! escape anything. `tests/browser.rs` checks the same HTML in a real browser.

mod common;

use common::scan_hostile;
use regex::Regex;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn html_report_of_a_hostile_site_has_no_script_handler_or_script_link() {
    let html = scan_hostile("html").await;
    // the payloads reached the report (as text), so the checks below are not vacuous
    assert!(
        html.contains("&lt;script&gt;alert(&#39;link&#39;)"),
        "link text shown"
    );
    assert!(
        html.contains("javascript:alert(&#39;manual&#39;)"),
        "placeholder href shown"
    );
    let lower = html.to_lowercase();
    for tag in [
        "<script",
        "<iframe",
        "<img",
        "<svg",
        "<object",
        "<embed",
        "<base",
        "<meta http-equiv=\"refresh",
    ] {
        assert!(!lower.contains(tag), "{tag} in the report");
    }
    // no event-handler attribute in any tag
    let handler = Regex::new(r"(?i)<[^>]*\son[a-z]+\s*=").unwrap();
    assert!(!handler.is_match(&html), "{:?}", handler.find(&html));
    // every link (in a tag: the escaped text around may say "href=") goes to the web or to a
    // card of the report
    let tag = Regex::new(r"<[a-zA-Z][^>]*>").unwrap();
    let url_attribute = Regex::new(
        r#"(?i)\s(href|src|action|formaction|srcdoc|data)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)"#,
    )
    .unwrap();
    let mut links = 0;
    for tag in tag.find_iter(&html) {
        for attribute in url_attribute.captures_iter(tag.as_str()) {
            let value = &attribute[2];
            assert_eq!(&attribute[1], "href", "{}", tag.as_str());
            assert!(
                value.starts_with("\"http://127.0.0.1:") || value.starts_with("\"#item-O"),
                "{}",
                tag.as_str()
            );
            links += 1;
        }
    }
    assert!(links > 10, "the evidence is linked ({links} links)");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn text_and_markdown_reports_of_a_hostile_site_stay_inert() {
    let text = scan_hostile("text").await;
    assert!(
        text.contains("alert('link')"),
        "the payload is shown as text"
    );
    assert!(
        !text.chars().any(|c| c.is_control() && c != '\n'),
        "no escape sequence reaches the terminal"
    );
    let md = scan_hostile("md").await;
    assert!(!md.contains("<script"), "raw HTML is escaped in Markdown");
    let link = Regex::new(r"\]\(<?([^)>]*)").unwrap();
    for target in link.captures_iter(&md) {
        assert!(target[1].starts_with("http://127.0.0.1:"), "{}", &target[1]);
    }
}
