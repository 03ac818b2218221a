//! Checklist loading: the shipped lists are valid, and bad files get errors with line and column.

use oitcheck::checklist::{self, parse};

#[test]
fn shipped_checklists_are_valid_and_complete() {
    for name in ["ita-2569", "ita-2568"] {
        let c = checklist::load(name).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(c.items.len(), 26, "{name}");
        assert_eq!(c.items.first().unwrap().id, "O1");
        assert_eq!(c.items.last().unwrap().id, "O26");
        assert!(
            c.items.iter().all(|i| !i.keywords.is_empty()),
            "{name}: every item needs keywords"
        );
    }
    assert_eq!(checklist::load("ita-2569").unwrap().fiscal_year, 2569);
}

const GOOD: &str = r#"schema: 1
id: t
title_th: ทดสอบ
fiscal_year: 2569
indicators:
  - id: "9"
    title_th: ก
    sub_indicators:
      - { id: "9.1", title_th: ข }
items:
  - id: O1
    sub_indicator: "9.1"
    title_th: โครงสร้าง
    find: { keywords: [โครงสร้างองค์กร] }
"#;

#[test]
fn a_minimal_checklist_parses() {
    let c = parse(GOOD, "t.yaml").unwrap();
    assert_eq!(c.items[0].keywords, vec!["โครงสร้างองค์กร".to_string()]);
}

#[test]
fn yaml_syntax_error_names_line_and_column() {
    let bad = GOOD.replace("title_th: โครงสร้าง\n", "title_th: [unclosed\n");
    let err = parse(&bad, "bad.yaml").unwrap_err();
    assert_eq!(err.file, "bad.yaml");
    assert_eq!(
        (err.problems[0].line, err.problems[0].column),
        (13, 15),
        "{err}"
    );
    assert!(
        err.to_string()
            .contains("bad.yaml:13:15: expected string scalar"),
        "{err}"
    );
}

#[test]
fn semantic_errors_are_all_reported_with_lines() {
    let bad = format!(
        "{GOOD}  - id: O1\n    sub_indicator: \"9.9\"\n    title_th: ซ้ำ\n    find: {{ keywords: [แผน 2569] }}\n"
    );
    let err = parse(&bad, "bad.yaml").unwrap_err();
    let text = err.to_string();
    assert!(
        text.contains("bad.yaml:15:") && text.contains("item id O1 is used twice"),
        "{text}"
    );
    assert!(
        text.contains("bad.yaml:16:") && text.contains("sub_indicator \"9.9\""),
        "{text}"
    );
    assert!(
        text.contains("bad.yaml:18:") && text.contains("Buddhist-era year"),
        "{text}"
    );
}

#[test]
fn unknown_fields_and_names_are_errors() {
    let typo = GOOD.replace("find:", "fnd:");
    assert!(parse(&typo, "typo.yaml").is_err());
    let missing = checklist::load("ita-2499").unwrap_err();
    assert!(missing.to_string().contains("ita-2569"), "{missing}");
}

#[test]
fn new_rule_fields_are_checked_with_their_line() {
    let bad = GOOD.replace(
        "    find: { keywords: [โครงสร้างองค์กร] }\n",
        "    find: { keywords: [โครงสร้างองค์กร] }\n    machine_readable: tables\n",
    );
    let err = parse(&bad, "bad.yaml").unwrap_err();
    let text = err.to_string();
    assert!(
        text.contains("machine_readable must be false, true (= text) or table"),
        "{text}"
    );
    assert!(text.contains("bad.yaml:"), "{text}");

    let bad = GOOD.replace(
        "items:\n",
        "lookalike_schemes:\n  - { name: MOIT, codes: [MOIT4] }\nitems:\n",
    );
    let err = parse(&bad, "bad.yaml").unwrap_err();
    assert_eq!(err.problems.len(), 1, "{err}");
    assert_eq!(err.problems[0].line, 11, "{err}");
    assert!(err.problems[0].message.contains("letters only"), "{err}");

    let good = GOOD.replace(
        "    find: { keywords: [โครงสร้างองค์กร] }\n",
        "    find: { keywords: [โครงสร้างองค์กร] }\n    machine_readable: table\n    elements:\n      - { name: a, any: [แผนผัง], look_in: title, standing: true, only_if: [นายก] }\n",
    );
    let c = parse(&good, "good.yaml").unwrap();
    assert_eq!(
        c.items[0].machine_readable,
        oitcheck::checklist::MachineReadable::Table
    );
    assert_eq!(c.items[0].elements[0].only_if, vec!["นายก".to_string()]);
}
