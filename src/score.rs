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
        unknown_items: items.iter().filter(|i| i.answer == Answer::Unknown).count(),
        oit_if_unknown_yes: round2(optimistic),
        ita,
        ita_rating: ita.map(|s| rating(s).to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
