//! One candidate's judgement ([`Candidate`], [`Outcome`]) and the checks every kind of candidate
//! shares: elements in the texts the checklist names, reject phrases, placeholders, year text.

use crate::checklist::LookIn;
use crate::evaluate::verdict::{Details, Evidence};
use crate::reason::ReasonCode;
use crate::rules::{ItemRules, PageView, Rules, contains_phrase};
use crate::years::YearCheck;

/// How a candidate fared.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// Passes; `unverified` lists what its text could not show.
    Pass {
        /// Elements (or the year) that could not be checked.
        unverified: Vec<String>,
    },
    /// Fails for a reason that makes the item "no".
    Fail {
        /// Why, as a code.
        code: ReasonCode,
        /// Why, in words.
        reason: String,
        /// What it lacks.
        missing: Vec<String>,
    },
    /// Could not be read; the item may be "unknown".
    Unreadable {
        /// Why, as a code.
        code: ReasonCode,
        /// Why, in words.
        reason: String,
    },
}

impl Outcome {
    /// The reason code of a failed or unreadable candidate.
    pub fn code(&self) -> Option<ReasonCode> {
        match self {
            Outcome::Pass { .. } => None,
            Outcome::Fail { code, .. } | Outcome::Unreadable { code, .. } => Some(*code),
        }
    }

    pub(crate) fn fail(code: ReasonCode, reason: impl Into<String>) -> Outcome {
        Outcome::Fail {
            code,
            reason: reason.into(),
            missing: vec![],
        }
    }

    pub(crate) fn elements_missing(missing: Vec<String>) -> Outcome {
        Outcome::Fail {
            code: ReasonCode::MissingElement,
            reason: format!("missing: {}", missing.join("; ")),
            missing,
        }
    }

    /// The outcome for a candidate that publishes for another assessment scheme.
    pub(crate) fn lookalike(code: &str, scheme: &str, what: &str) -> Outcome {
        Outcome::fail(
            ReasonCode::LookalikeScheme,
            format!(
                "{what} publishes for another scheme ({scheme}: {code}), not for this checklist's items"
            ),
        )
    }
}

/// What a candidate's judgement rests on, weakest first: a link that leads nowhere usable only
/// explains a "no"; what a link says of its target is weaker than the target's own text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Source {
    /// A placeholder link, or a link to another host.
    Pointer,
    /// A link: a file judged by its link text (its content could not be read), or a target that
    /// failed or answered an error.
    Link,
    /// Content read: the text of a page or of a document.
    Content,
}

/// A page, document or link judged for one item.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    /// What the judgement rests on, for the report.
    pub evidence: Evidence,
    /// The judgement.
    pub outcome: Outcome,
    /// Names of the elements found, for combining candidates that each show part of an item.
    pub found_names: Vec<String>,
    /// Where the judgement comes from.
    pub source: Source,
    /// Judged on text that OCR read from a scan: what it fails to show may still be there.
    pub ocr: bool,
    /// The specifics behind its outcome's reason.
    pub details: Details,
}

impl Candidate {
    /// A candidate judged without looking at its elements (dead, unreadable, off-site).
    pub(crate) fn without_elements(evidence: Evidence, outcome: Outcome, source: Source) -> Self {
        Candidate {
            evidence,
            outcome,
            found_names: vec![],
            source,
            ocr: false,
            details: Details::default(),
        }
    }

    /// The same candidate, with the specifics behind its reason.
    pub(crate) fn with(mut self, details: Details) -> Candidate {
        self.details = details;
        self
    }
}

/// The elements found and missing in a candidate.
pub(crate) struct ElementReport {
    pub found: Vec<String>,
    pub missing: Vec<String>,
    pub matched: Vec<String>,
}

/// The match keys of a candidate's texts, one for each [`LookIn`] an element can name.
pub(crate) struct ElementTexts {
    pub page: String,
    pub content: String,
    pub title: String,
}

impl ElementTexts {
    /// The same key for every place (a document, or link text standing in for one).
    pub fn uniform(key: String) -> ElementTexts {
        ElementTexts {
            page: key.clone(),
            content: key.clone(),
            title: key,
        }
    }

    fn get(&self, look_in: LookIn) -> &str {
        match look_in {
            LookIn::Page => &self.page,
            LookIn::Content => &self.content,
            LookIn::Title => &self.title,
        }
    }
}

/// Which of `item`'s elements `texts` (and, for structural tests, `page`) show.
pub(crate) fn check_elements(
    item: &ItemRules,
    texts: &ElementTexts,
    page: Option<PageView<'_>>,
) -> ElementReport {
    let mut report = ElementReport {
        found: Vec::new(),
        missing: Vec::new(),
        matched: Vec::new(),
    };
    for element in &item.elements {
        let key = texts.get(element.look_in);
        if !element.applies(&texts.page) || element.passes(key, page, &mut report.matched) {
            report.found.push(element.name.clone())
        } else {
            report.missing.push(element.name.clone())
        }
    }
    report
}

/// Why `text_key` disqualifies a candidate for `item`, if it does.
pub(crate) fn rejected(item: &ItemRules, text_key: &str) -> Option<String> {
    item.reject
        .iter()
        .find(|(phrases, min_count, _)| {
            let count: usize = phrases
                .iter()
                .map(|p| text_key.matches(p.key.as_str()).count())
                .sum();
            count >= *min_count && phrases.iter().any(|p| contains_phrase(text_key, &p.key))
        })
        .map(|(_, _, reason)| reason.clone())
}

/// The placeholder phrase ("อยู่ระหว่างดำเนินการ") in `own_key`, if any.
pub(crate) fn placeholder_hit(rules: &Rules, own_key: &str) -> Option<String> {
    rules
        .placeholders
        .iter()
        .find(|p| contains_phrase(own_key, &p.key))
        .map(|p| p.text.clone())
}

/// The failure of a `full_year` item whose `text` covers only part of the required fiscal year.
pub(crate) fn partial_year(
    item: &crate::checklist::Item,
    fiscal_year: u16,
    text: &str,
) -> Option<(Outcome, Details)> {
    if !item.full_year {
        return None;
    }
    let required = item.year.required_year(fiscal_year)?;
    let period = crate::years::partial_year(text, required)?;
    let outcome = Outcome::Fail {
        code: ReasonCode::PartialYear,
        reason: format!(
            "it covers only part of fiscal year {required} («{}»); the item reports on the whole year",
            period.text
        ),
        missing: vec![format!("the whole of ปีงบประมาณ {required}")],
    };
    let details = Details {
        required_year: Some(required),
        period: Some(period.text),
        ..Details::default()
    };
    Some((outcome, details))
}

/// A year check as the element it stands for ("ปีงบประมาณ 2569 (found only 2568)").
pub(crate) fn year_text(check: &YearCheck) -> String {
    match check {
        YearCheck::NotRequired => String::new(),
        YearCheck::Found(text) => text.clone(),
        YearCheck::Wrong { required, found } => format!(
            "ปีงบประมาณ {required} (found only {})",
            found
                .iter()
                .map(u16::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        ),
        YearCheck::Missing { required } => format!("ปีงบประมาณ {required}"),
    }
}
