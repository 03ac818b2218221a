//! Accuracy floors over the labelled corpus (`tests/corpus`, served on loopback).
//!
//! The floors are the accuracy measured when they were set; raise them as matching improves,
//! never lower them. The targets of issue 3 are accuracy ≥ 0.95 and false yes ≤ 2 %.

use std::path::Path;

/// Measured on the 25-site corpus (650 items) with documents read: 0.995 accuracy, one false yes
/// (duties given only as the whole act, behind a pointer), two honest unknowns (an
/// infographic-only page; a scanned PDF without OCR), with and without pdftotext. Blind pairs
/// scored 0.904, 0.885, 0.923 (issue 3), then 0.769 and 0.904 (pairs A and B, issue 12), and the
/// held-out pair C 0.712 (0.846 and 0.577; the second's menu is built by script) on first contact,
/// before the fixes they prompted; held-out pair D 0.885, pair E 0.904, pair F 0.942 and pair G 0.962. The floors were set at 16 sites; they are not
/// lowered as harder sites join.
const MIN_ACCURACY: f64 = 0.994;
const MAX_FALSE_YES_RATE: f64 = 0.004;

#[tokio::test]
async fn corpus_accuracy_stays_above_the_floors() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let report = oitcheck::fixture::eval::evaluate_corpus(&root)
        .await
        .expect("corpus evaluates");
    let total = &report.total;
    let table = oitcheck::fixture::eval::render(&report);
    assert!(
        total.items >= 26,
        "the corpus has no labelled items:\n{table}"
    );
    assert!(
        total.accuracy() >= MIN_ACCURACY,
        "accuracy {:.3} fell below {MIN_ACCURACY}:\n{table}",
        total.accuracy()
    );
    assert!(
        total.false_yes_rate() <= MAX_FALSE_YES_RATE,
        "false-yes rate {:.3} rose above {MAX_FALSE_YES_RATE}:\n{table}",
        total.false_yes_rate()
    );
}
