//! Score: item answers → sub-indicator, indicator and OIT scores and the rating.
//!
//! Each item scores 100 (yes) or 0; a sub-indicator is the mean of its items, an indicator the
//! mean of its sub-indicators, OIT the mean of the indicators (NACC's 2565 processing table, seed
//! `002`). Unknown counts as 0 and is flagged, so the printed score is a floor.

use indexmap::IndexMap;
use serde::{Deserialize, Serialize};

use crate::checklist::Checklist;
use crate::evaluate::{Answer, ItemResult};

/// Scores by indicator or sub-indicator id, in checklist order.
pub type ScoreMap = IndexMap<String, f64>;

/// The NACC pass mark.
pub const PASS_MARK: f64 = 85.0;

/// The rating bands AA … F.
pub fn rating(score: f64) -> &'static str {
    match score {
        s if s >= 95.0 => "AA",
        s if s >= 85.0 => "A",
        s if s >= 75.0 => "B",
        s if s >= 65.0 => "C",
        s if s >= 55.0 => "D",
        s if s >= 50.0 => "E",
        _ => "F",
    }
}

/// The scores a site would earn.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Score {
    /// The OIT score, 0–100.
    pub oit: f64,
    /// Its rating band, AA … F.
    pub rating: String,
    /// Whether the score reaches the NACC pass mark (85).
    pub passes: bool,
    /// Each indicator's score.
    pub indicators: ScoreMap,
    /// Each sub-indicator's score.
    pub sub_indicators: ScoreMap,
    /// The OIT points each item adds when it is yes, by item id in checklist order: 100 ÷ the
    /// number of indicators ÷ the sub-indicators of its indicator ÷ the items of its
    /// sub-indicator. The score is the sum of the points of the items answered yes, so this is
    /// also what fixing a failing item gains. Empty in reports saved before it was added (see
    /// [`item_points_of`]).
    #[serde(default, skip_serializing_if = "ScoreMap::is_empty")]
    pub points: ScoreMap,
    /// Items answered "unknown" (scored as 0).
    pub unknown_items: usize,
    /// The score if every unknown item turned out yes.
    pub oit_if_unknown_yes: f64,
    /// ITA total when IIT and EIT scores are given (0.3·IIT + 0.3·EIT + 0.4·OIT).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ita: Option<f64>,
    /// The rating of the ITA total.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ita_rating: Option<String>,
}

fn mean(values: &[f64]) -> f64 {
    if values.is_empty() {
        0.0
    } else {
        values.iter().sum::<f64>() / values.len() as f64
    }
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

fn roll_up(
    checklist: &Checklist,
    items: &[ItemResult],
    unknown_counts: bool,
) -> (f64, ScoreMap, ScoreMap) {
    let mut subs = ScoreMap::new();
    let mut indicators = ScoreMap::new();
    let mut indicator_scores = Vec::new();
    for indicator in &checklist.indicators {
        let mut sub_scores = Vec::new();
        for sub in &indicator.sub_indicators {
            let scores: Vec<f64> = items
                .iter()
                .filter(|i| i.sub_indicator == sub.id)
                .map(|i| match i.answer {
                    Answer::Yes => 100.0,
                    Answer::Unknown if unknown_counts => 100.0,
                    _ => 0.0,
                })
                .collect();
            let score = mean(&scores);
            subs.insert(sub.id.clone(), round2(score));
            sub_scores.push(score);
        }
        let score = mean(&sub_scores);
        indicators.insert(indicator.id.clone(), round2(score));
        indicator_scores.push(score);
    }
    (mean(&indicator_scores), indicators, subs)
}

/// The OIT points each item of `checklist` is worth (see [`Score::points`]).
pub fn item_points(checklist: &Checklist) -> ScoreMap {
    let indicators = checklist.indicators.len() as f64;
    let mut points = ScoreMap::new();
    for item in &checklist.items {
        let Some(indicator) = checklist.indicator_of(&item.sub_indicator) else {
            points.insert(item.id.clone(), 0.0);
            continue;
        };
        let subs = indicator.sub_indicators.len() as f64;
        let siblings = checklist
            .items
            .iter()
            .filter(|i| i.sub_indicator == item.sub_indicator)
            .count() as f64;
        points.insert(item.id.clone(), 100.0 / indicators / subs / siblings);
    }
    points
}

/// The points of each item worked out from the items alone (their indicator and sub-indicator
/// ids), for a report saved before [`Score::points`] existed. Equal to [`item_points`] for a
/// checklist whose every sub-indicator has items, which validation ensures.
pub fn item_points_of(items: &[ItemResult]) -> ScoreMap {
    let mut indicators: IndexMap<&str, Vec<&str>> = IndexMap::new();
    for item in items {
        let subs = indicators.entry(item.indicator.as_str()).or_default();
        if !subs.contains(&item.sub_indicator.as_str()) {
            subs.push(&item.sub_indicator);
        }
    }
    items
        .iter()
        .map(|item| {
            let subs = indicators[item.indicator.as_str()].len() as f64;
            let siblings = items
                .iter()
                .filter(|i| i.sub_indicator == item.sub_indicator)
                .count() as f64;
            (
                item.id.clone(),
                100.0 / indicators.len() as f64 / subs / siblings,
            )
        })
        .collect()
}

/// Scores `items` by `checklist`'s indicators; `iit` and `eit` give the ITA total too.
pub fn score(
    checklist: &Checklist,
    items: &[ItemResult],
    iit: Option<f64>,
    eit: Option<f64>,
) -> Score {
    let (oit, indicators, sub_indicators) = roll_up(checklist, items, false);
    let (optimistic, _, _) = roll_up(checklist, items, true);
    let ita = match (iit, eit) {
        (Some(iit), Some(eit)) => Some(round2(0.3 * iit + 0.3 * eit + 0.4 * oit)),
        _ => None,
    };
    Score {
        oit: round2(oit),
        rating: rating(round2(oit)).to_string(),
        passes: round2(oit) >= PASS_MARK,
        indicators,
        sub_indicators,
        points: item_points(checklist),
        unknown_items: items.iter().filter(|i| i.answer == Answer::Unknown).count(),
        oit_if_unknown_yes: round2(optimistic),
        ita,
        ita_rating: ita.map(|s| rating(s).to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::evaluate::{Basis, Evidence};

    /// Two indicators: A with sub-indicators A.1 (one item) and A.2 (three items), B with one
    /// sub-indicator of two items.
    const UNEVEN: &str = r#"
schema: 1
id: uneven
title_th: ทดสอบ
fiscal_year: 2569
indicators:
  - id: A
    title_th: ก
    sub_indicators: [{ id: A.1, title_th: ก1 }, { id: A.2, title_th: ก2 }]
  - id: B
    title_th: ข
    sub_indicators: [{ id: B.1, title_th: ข1 }]
items:
  - { id: X1, sub_indicator: A.1, title_th: หนึ่ง, find: { keywords: [หนึ่ง] } }
  - { id: X2, sub_indicator: A.2, title_th: สอง, find: { keywords: [สอง] } }
  - { id: X3, sub_indicator: A.2, title_th: สาม, find: { keywords: [สาม] } }
  - { id: X4, sub_indicator: A.2, title_th: สี่, find: { keywords: [สี่] } }
  - { id: X5, sub_indicator: B.1, title_th: ห้า, find: { keywords: [ห้า] } }
  - { id: X6, sub_indicator: B.1, title_th: หก, find: { keywords: [หก] } }
"#;

    fn answered(checklist: &Checklist, yes: &[&str]) -> Vec<ItemResult> {
        checklist
            .items
            .iter()
            .map(|item| ItemResult {
                id: item.id.clone(),
                title: item.title_th.clone(),
                title_en: String::new(),
                sub_indicator: item.sub_indicator.clone(),
                indicator: checklist
                    .indicator_of(&item.sub_indicator)
                    .unwrap()
                    .id
                    .clone(),
                answer: if yes.contains(&item.id.as_str()) {
                    Answer::Yes
                } else {
                    Answer::No
                },
                reason: String::new(),
                reason_code: None,
                evidence: vec![Evidence {
                    url: url::Url::parse("http://example.go.th/").unwrap(),
                    found_on: None,
                    link_text: None,
                    href: None,
                    matched: vec![],
                    basis: Basis::PageText,
                    note: None,
                }],
                missing: vec![],
                unverified: vec![],
                warnings: vec![],
                details: Default::default(),
                advice: String::new(),
            })
            .collect()
    }

    #[test]
    fn each_item_is_worth_its_share_of_its_sub_indicator_and_indicator() {
        let checklist = crate::checklist::parse(UNEVEN, "uneven.yaml").unwrap();
        let points = item_points(&checklist);
        // X1 alone in A.1: 100 / 2 indicators / 2 sub-indicators / 1 item
        assert_eq!(points["X1"], 25.0);
        // X2..X4 share A.2: 100 / 2 / 2 / 3
        assert!((points["X3"] - 100.0 / 12.0).abs() < 1e-9);
        // X5, X6 share B.1, the only sub-indicator of B: 100 / 2 / 1 / 2
        assert_eq!(points["X6"], 25.0);
        assert!((points.values().sum::<f64>() - 100.0).abs() < 1e-9);
        // the same from the items alone (a report saved before `points` existed)
        let items = answered(&checklist, &["X1", "X5"]);
        let derived = item_points_of(&items);
        for (id, p) in &points {
            assert!((derived[id] - p).abs() < 1e-9, "{id}");
        }
        // the score is the sum of the points answered yes: 25 + 25
        let scored = score(&checklist, &items, None, None);
        assert_eq!(scored.oit, 50.0);
        assert_eq!(scored.points, points);
    }

    #[test]
    fn rating_bands() {
        assert_eq!(rating(95.0), "AA");
        assert_eq!(rating(94.99), "A");
        assert_eq!(rating(85.0), "A");
        assert_eq!(rating(75.0), "B");
        assert_eq!(rating(65.0), "C");
        assert_eq!(rating(55.0), "D");
        assert_eq!(rating(50.0), "E");
        assert_eq!(rating(49.99), "F");
    }
}
