//! `docs/guarantees.md` lists every reason code a report can contain: this test fails when a code
//! of [`ReasonCode`] is missing from it, or when it lists a code the source does not have, and
//! when a code's JSON form is not the string the documentation shows.

use std::collections::BTreeSet;
use std::path::Path;

use oitcheck::{ReasonCode, StopReason};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Every reason code a report can contain: the typed reasons (fetch, document and judgement
/// failures convert into them) and the crawl's stop reasons.
fn source_codes() -> BTreeSet<String> {
    let mut codes: BTreeSet<String> = BTreeSet::new();
    codes.extend(ReasonCode::ALL.iter().map(|r| r.as_str().to_string()));
    codes.extend(StopReason::ALL.iter().map(|r| r.as_str().to_string()));
    codes
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

#[test]
fn reason_codes_serialise_as_documented() {
    for code in ReasonCode::ALL {
        let json = serde_json::to_string(&code).unwrap();
        assert_eq!(json, format!("\"{}\"", code.as_str()));
        let back: ReasonCode = serde_json::from_str(&json).unwrap();
        assert_eq!(back, code);
    }
}
