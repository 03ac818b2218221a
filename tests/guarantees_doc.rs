//! `docs/guarantees.md` lists every reason code a report can contain: this test fails when a code
//! in the source is missing from it, or when it lists a code the source does not have.

use std::collections::BTreeSet;
use std::path::Path;

use oitcheck::crawl::StopReason;
use oitcheck::extract::document::DocumentError;
use oitcheck::fetch::FailureReason;

/// String literals of src/evaluate.rs that are not reason codes.
const NOT_CODES: &[&str] = &["yes", "no", "unknown", "snake_case"];

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Every reason code in the source: the enums' strings and the codes written in evaluate.rs.
fn source_codes() -> BTreeSet<String> {
    let mut codes: BTreeSet<String> = BTreeSet::new();
    codes.extend(FailureReason::ALL.iter().map(|r| r.as_str().to_string()));
    codes.extend(StopReason::ALL.iter().map(|r| r.as_str().to_string()));
    for e in [
        DocumentError::NeedsOcr,
        DocumentError::Corrupt(String::new()),
        DocumentError::Unsupported(String::new()),
        DocumentError::ParserFailed(String::new()),
    ] {
        codes.insert(e.code().to_string());
    }
    codes.extend(evaluate_codes());
    codes
}

/// The lower_snake_case string literals of src/evaluate.rs (its reason codes are literals).
fn evaluate_codes() -> BTreeSet<String> {
    let source = std::fs::read_to_string(root().join("src/evaluate.rs")).unwrap();
    let literal = regex::Regex::new(r#""([a-z][a-z0-9]*(?:_[a-z0-9]+)*)""#).unwrap();
    literal
        .captures_iter(&source)
        .map(|c| c[1].to_string())
        .filter(|c| !NOT_CODES.contains(&c.as_str()))
        .collect()
}

/// The backticked codes in the first column of the tables under "## Reason codes".
fn documented_codes() -> BTreeSet<String> {
    let doc = std::fs::read_to_string(root().join("docs/guarantees.md")).unwrap();
    let section = doc
        .split("## Reason codes")
        .nth(1)
        .and_then(|rest| rest.split("\n## ").next())
        .expect("docs/guarantees.md has a \"## Reason codes\" section");
    let code = regex::Regex::new(r"`([a-z_0-9]+)`").unwrap();
    section
        .lines()
        .filter(|l| l.starts_with("| `"))
        .filter_map(|l| l.split('|').nth(1))
        .flat_map(|cell| {
            code.captures_iter(cell)
                .map(|c| c[1].to_string())
                .collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn every_reason_code_in_the_source_is_documented() {
    let documented = documented_codes();
    let missing: Vec<String> = source_codes()
        .into_iter()
        .filter(|c| !documented.contains(c))
        .collect();
    assert!(
        missing.is_empty(),
        "add these codes to the tables of docs/guarantees.md (what they mean, what to do): {missing:?}"
    );
}

#[test]
fn every_documented_code_exists_in_the_source() {
    let source = source_codes();
    let unknown: Vec<String> = documented_codes()
        .into_iter()
        .filter(|c| !source.contains(c))
        .collect();
    assert!(
        unknown.is_empty(),
        "docs/guarantees.md lists codes the source does not have: {unknown:?}"
    );
    // the check is not vacuous
    assert!(source.contains("tls_invalid") && source.contains("wrong_year"));
}

#[test]
fn the_readme_links_the_guarantees() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    assert!(readme.contains("docs/guarantees.md"));
}
