//! From an item's judged candidates to its answer: yes if one passes (or several together show
//! every element), unknown if a likely candidate could not be read, no otherwise, naming the
//! closest candidate; and, when there is no candidate at all, what the crawl says about that.

use std::collections::HashSet;

use crate::checklist::{Checklist, Item};
use crate::evaluate::candidate::{Candidate, Outcome};
use crate::evaluate::verdict::{Answer, Basis, Details, Evidence, ItemResult};
use crate::reason::ReasonCode;
use crate::snapshot::{SiteSnapshot, StopReason};
use crate::thai;

/// Where the candidates came from, for the reason given when there are none.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Searched<'a> {
    /// The whole crawled site.
    Site(&'a SiteSnapshot),
    /// Only the URLs given for the item (an agency's submission).
    Given { urls: usize },
}

/// The item's result before any candidate is known.
fn blank(checklist: &Checklist, item: &Item, fiscal_year: u16) -> ItemResult {
    ItemResult {
        id: item.id.clone(),
        title: Checklist::render(&item.title_th, fiscal_year),
        title_en: Checklist::render(&item.title_en, fiscal_year),
        sub_indicator: item.sub_indicator.clone(),
        indicator: checklist
            .indicator_of(&item.sub_indicator)
            .map(|i| i.id.clone())
            .unwrap_or_default(),
        answer: Answer::No,
        reason: String::new(),
        reason_code: None,
        evidence: Vec::new(),
        missing: Vec::new(),
        unverified: Vec::new(),
        warnings: Vec::new(),
        details: Details::default(),
        advice: Checklist::render(
            if item.advice_th.is_empty() {
                &item.advice_en
            } else {
                &item.advice_th
            },
            fiscal_year,
        ),
    }
}

/// Decides `item` from its judged `candidates`.
pub(crate) fn decide(
    checklist: &Checklist,
    item: &Item,
    mut candidates: Vec<Candidate>,
    searched: Searched<'_>,
    fiscal_year: u16,
) -> ItemResult {
    let mut result = blank(checklist, item, fiscal_year);
    // Strongest first: page text over documents over the rest; fewer unverified parts first.
    candidates.sort_by_key(|c| {
        let unverified = match &c.outcome {
            Outcome::Pass { unverified } => unverified.len(),
            _ => usize::MAX,
        };
        (
            std::cmp::Reverse(c.source),
            unverified,
            std::cmp::Reverse(c.found_names.len()),
        )
    });
    let passing: Vec<&Candidate> = candidates
        .iter()
        .filter(|c| matches!(c.outcome, Outcome::Pass { .. }))
        .collect();
    let combined = if passing.is_empty() {
        combine(item, &candidates)
    } else {
        None
    };
    if let Some(parts) = combined {
        result.answer = Answer::Yes;
        result.reason = format!(
            "the elements are spread over {} pages or documents on the site, which together show all of them",
            parts.len()
        );
        result.evidence = parts.into_iter().map(|c| c.evidence.clone()).collect();
        result.details.combined = true;
    } else if let Some(best) = passing.iter().min_by_key(|c| match &c.outcome {
        Outcome::Pass { unverified } => (unverified.len(), std::cmp::Reverse(c.source)),
        _ => (usize::MAX, std::cmp::Reverse(c.source)),
    }) {
        result.answer = Answer::Yes;
        if let Outcome::Pass { unverified } = &best.outcome {
            result.unverified = unverified.clone();
        }
        result.reason = match (best.evidence.basis, result.unverified.is_empty()) {
            (Basis::PageText, true) => "every element is on the page".to_string(),
            (Basis::PageText, false) => format!(
                "found on the page; not verified: {}",
                result.unverified.join("; ")
            ),
            (Basis::LinkText, _) => {
                "a document on the site matches by its title; its content could not be read"
                    .to_string()
            }
            (Basis::DocumentText, _) => "every element is in the document".to_string(),
        };
        let mut evidence: Vec<Evidence> = vec![best.evidence.clone()];
        evidence.extend(
            passing
                .iter()
                .filter(|c| c.evidence.url != best.evidence.url)
                .take(2)
                .map(|c| c.evidence.clone()),
        );
        result.evidence = evidence;
    } else if let Some((unreadable, code, reason)) =
        candidates.iter().find_map(|c| match &c.outcome {
            Outcome::Unreadable { code, reason } => Some((c, *code, reason)),
            _ => None,
        })
    {
        result.answer = Answer::Unknown;
        result.reason_code = Some(code);
        result.reason = reason.clone();
        result.evidence.push(unreadable.evidence.clone());
        result.details = unreadable.details.clone();
    } else if let Some((scan, reason)) = candidates.iter().find_map(|c| match &c.outcome {
        Outcome::Fail { code, reason, .. } if c.ocr && *code != ReasonCode::Rejected => {
            Some((c, reason))
        }
        _ => None,
    }) {
        // Text that OCR read from a scan can lack a word or a year that the scan shows (and
        // misreads Thai digits): what it fails to show is unknown, not absent.
        result.answer = Answer::Unknown;
        result.reason_code = Some(ReasonCode::OcrUncertain);
        result.reason = format!(
            "{} is a scan read by OCR, and the OCR text does not show it all ({reason}); check the document by eye",
            scan.evidence.url
        );
        result.evidence.push(scan.evidence.clone());
    } else if let Some(best) = candidates
        .iter()
        .max_by_key(|c| (c.source, c.found_names.len()))
    {
        if let Outcome::Fail {
            code,
            reason,
            missing,
        } = &best.outcome
        {
            result.reason_code = Some(*code);
            result.reason = reason.clone();
            result.missing = missing.clone();
        }
        result.evidence.push(best.evidence.clone());
        result.details = best.details.clone();
    } else {
        nothing_found(&mut result, searched);
    }
    for evidence in &mut result.evidence {
        let mut seen = HashSet::new();
        evidence.matched.retain(|m| seen.insert(thai::match_key(m)));
    }
    for candidate in &candidates {
        let warning = match candidate.outcome.code() {
            Some(ReasonCode::ExternalOnly) => {
                format!("also published off-site: {}", candidate.evidence.url)
            }
            // a dead link to the item is worth fixing whatever else the site shows
            Some(ReasonCode::Http404) if result.answer != Answer::Yes => {
                let text = candidate.evidence.link_text.as_deref().unwrap_or("");
                format!(
                    "the link «{text}» to {} is dead (HTTP 404)",
                    candidate.evidence.url
                )
            }
            _ => continue,
        };
        if !result.warnings.contains(&warning) && result.warnings.len() < 3 {
            result.warnings.push(warning);
        }
    }
    result
}

/// The answer when no candidate names the item: what was searched says whether that is a "no"
/// or an "unknown".
fn nothing_found(result: &mut ItemResult, searched: Searched<'_>) {
    let snapshot = match searched {
        Searched::Given { urls } => {
            result.reason_code = Some(ReasonCode::NotFound);
            result.details.given_urls = Some(urls);
            result.reason = if urls == 0 {
                "no URL was given for this item".to_string()
            } else {
                format!("none of the {urls} URL(s) given for this item shows it")
            };
            return;
        }
        Searched::Site(snapshot) => snapshot,
    };
    if let Some(failure) = snapshot.start_failure() {
        // the start page's own failure (tls_invalid, private_address, dns_error, an error
        // status) says more than "the crawl stopped early"
        result.details.status = failure.status;
        result.answer = Answer::Unknown;
        result.reason_code = Some(failure.code);
        result.reason = failure.message(&snapshot.start);
    } else if snapshot.stopped == StopReason::RobotsDisallowed {
        result.answer = Answer::Unknown;
        result.reason_code = Some(ReasonCode::RobotsDisallowed);
        result.reason = "robots.txt does not allow crawling this site; rerun with --ignore-robots if it is your own site".into();
    } else if !snapshot.stopped.covered() {
        result.answer = Answer::Unknown;
        result.reason_code = Some(ReasonCode::BudgetExhausted);
        result.reason = format!(
            "nothing found in the {} pages read, but the crawl stopped early ({}); rerun with a larger budget",
            snapshot.pages.len(),
            snapshot.stopped.as_str()
        );
    } else {
        result.reason_code = Some(ReasonCode::NotFound);
        result.reason = format!(
            "no page or document on the site names this item (searched {} pages)",
            snapshot.pages.len()
        );
    }
}

/// Candidates that each lack only some elements (nothing rejected) but together show all of
/// them, as an assessor reads the several URLs an agency submits for one item. A part of the
/// right year may give any element; a part of another year only standing ones (the regulations
/// behind this year's plan), and at least one part must be of the right year. Greedy: the part
/// adding most elements first.
fn combine<'a>(item: &Item, candidates: &'a [Candidate]) -> Option<Vec<&'a Candidate>> {
    let standing: HashSet<&str> = item
        .elements
        .iter()
        .filter(|e| e.standing)
        .map(|e| e.name.as_str())
        .collect();
    // (candidate, the elements it may give, whether it is of the right year)
    let parts: Vec<(&Candidate, Vec<&str>, bool)> = candidates
        .iter()
        .filter_map(|c| {
            let code = match &c.outcome {
                Outcome::Fail { code, .. } => *code,
                _ => return None,
            };
            let right_year = code == ReasonCode::MissingElement;
            if !right_year && code != ReasonCode::WrongYear && code != ReasonCode::YearMissing {
                return None;
            }
            let gives: Vec<&str> = c
                .found_names
                .iter()
                .map(String::as_str)
                .filter(|n| right_year || standing.contains(n))
                .collect();
            (!gives.is_empty()).then_some((c, gives, right_year))
        })
        .collect();
    let mut missing: HashSet<&str> = item.elements.iter().map(|e| e.name.as_str()).collect();
    if parts.len() < 2 || missing.is_empty() {
        return None;
    }
    let mut chosen: Vec<&(&Candidate, Vec<&str>, bool)> = Vec::new();
    while !missing.is_empty() {
        let best = parts
            .iter()
            .filter(|p| !chosen.iter().any(|q| std::ptr::eq(*q, *p)))
            .max_by_key(|(c, gives, right_year)| {
                (
                    gives.iter().filter(|n| missing.contains(*n)).count(),
                    *right_year,
                    c.source,
                )
            })?;
        let adds: Vec<&str> = best
            .1
            .iter()
            .copied()
            .filter(|n| missing.contains(n))
            .collect();
        if adds.is_empty() {
            return None;
        }
        for name in adds {
            missing.remove(name);
        }
        chosen.push(best);
    }
    if chosen.len() < 2 || !chosen.iter().any(|(_, _, right_year)| *right_year) {
        return None;
    }
    Some(chosen.into_iter().map(|(c, _, _)| *c).collect())
}
