//! The JSON contract (fields may be added, none removed): `site`, `checklist.{id,fiscal_year}`,
//! `crawl.{pages,documents,stopped}`, `items[].{id,answer,reason,evidence[].{url,found_on,
//! link_text,matched},missing}`, `score.{oit,rating,indicators,sub_indicators}`, and `warnings`
//! when there are any (absent otherwise). It is `ScanReport`'s serde form, so it reads back.

use oitcheck::ScanReport;
use oitcheck::diff::ScanDiff;

use super::{Formatter, to_json};

pub struct Json;

impl Formatter for Json {
    fn scan(&self, report: &ScanReport) -> String {
        to_json(report)
    }

    fn diff(&self, diff: &ScanDiff, _new: &ScanReport) -> Option<String> {
        Some(to_json(diff))
    }
}
