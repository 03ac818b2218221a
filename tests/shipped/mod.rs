//! Helpers for the blind pairs' rule tests: in-memory documents, and one item judged with the
//! shipped ITA 2569 checklist for fiscal year 2569.

use oitcheck::extract::document::{DocumentText, Part};
use oitcheck::rules::Rules;
use oitcheck::{ItemResult, Judge, SiteSnapshot};

/// A one-page document holding `text`.
pub fn doc(text: &str) -> DocumentText {
    DocumentText {
        extractor: "test".into(),
        parts: vec![Part {
            label: "page 1".into(),
            text: text.into(),
        }],
        tabular: false,
        ocr: false,
    }
}

/// Item `id` of the shipped ITA 2569 checklist, judged on `snapshot`.
pub fn judge(snapshot: &SiteSnapshot, id: &str) -> ItemResult {
    let checklist = oitcheck::checklist::load("ita-2569").unwrap();
    let rules = Rules::new(&checklist);
    let judge = Judge::new(&checklist, &rules, snapshot, 2569);
    let i = checklist.items.iter().position(|it| it.id == id).unwrap();
    judge.item(i)
}
