//! The products of evaluation: an item's [`Answer`], the [`Evidence`] it rests on, and the
//! [`ItemResult`] every report and mode shares (with a [`ReasonCode`] for a "no" or an "unknown").

use serde::{Deserialize, Serialize};
use url::Url;

use crate::reason::ReasonCode;

/// An item's answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    /// Published: some candidate shows every element for the right year.
    Yes,
    /// Not published, or published wanting (the reason says how).
    No,
    /// Could not be checked: what would decide it could not be fetched or read.
    Unknown,
}

impl Answer {
    /// `yes`, `no` or `unknown`, as in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Answer::Yes => "yes",
            Answer::No => "no",
            Answer::Unknown => "unknown",
        }
    }
}

/// What the judgement of a piece of evidence rests on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// The text of a page on the site.
    PageText,
    /// The link text, file name and surroundings of a document that was not read.
    LinkText,
    /// The text of a document (PDF, DOCX, spreadsheet, CSV).
    DocumentText,
}

/// One piece of evidence for an item.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    /// The page or document (for a placeholder link, the page it stands on; see `link_text`).
    pub url: Url,
    /// The page the link to it was found on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub found_on: Option<Url>,
    /// The text of that link.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link_text: Option<String>,
    /// The `href` as written when it leads nowhere (`#`, `javascript:void(0)`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub href: Option<String>,
    /// Keywords, element phrases and year text that matched.
    pub matched: Vec<String>,
    /// What the judgement rests on.
    pub basis: Basis,
    /// How it was read, or a caveat.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// The specifics behind an item's reason, typed, so that a report can say the reason in any
/// language without reading them back out of the English `reason`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Details {
    /// The fiscal year the evidence had to be about (wrong_year, year_missing, partial_year).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required_year: Option<u16>,
    /// The fiscal years the evidence is about instead (wrong_year).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub found_years: Vec<u16>,
    /// The part of the year the evidence covers, as written (partial_year).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<String>,
    /// The HTTP status the evidence answered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<u16>,
    /// The placeholder phrase the page says instead (placeholder).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub placeholder: Option<String>,
    /// The other scheme and its item code (lookalike_scheme): `MOIT: MOIT 4`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scheme: Option<String>,
    /// The evidence is a scanned image (not_machine_readable).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub scanned: bool,
    /// The evidence is several pages or documents that together show every element (yes).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub combined: bool,
    /// The item was judged on the URLs given for it (an agency's submission), this many.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub given_urls: Option<usize>,
}

impl Details {
    /// Whether nothing is known beyond the reason code.
    pub fn is_empty(&self) -> bool {
        *self == Details::default()
    }

    /// The years behind a failed year check.
    pub(crate) fn of_year(check: &crate::years::YearCheck) -> Details {
        use crate::years::YearCheck;
        match check {
            YearCheck::Wrong { required, found } => Details {
                required_year: Some(*required),
                found_years: found.clone(),
                ..Details::default()
            },
            YearCheck::Missing { required } => Details {
                required_year: Some(*required),
                ..Details::default()
            },
            _ => Details::default(),
        }
    }
}

/// The answer for one item, with everything a report shows about it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ItemResult {
    /// The item code (`O11`).
    pub id: String,
    /// Thai title, `{fy}` rendered.
    pub title: String,
    /// English title, `{fy}` rendered.
    pub title_en: String,
    /// The sub-indicator the item scores in.
    pub sub_indicator: String,
    /// The indicator of that sub-indicator.
    pub indicator: String,
    /// yes / no / unknown.
    pub answer: Answer,
    /// Why, in one sentence.
    pub reason: String,
    /// The reason as a code, for no and unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason_code: Option<ReasonCode>,
    /// The pages and documents the answer rests on, strongest first.
    pub evidence: Vec<Evidence>,
    /// Elements the best candidate lacks (for a no).
    pub missing: Vec<String>,
    /// Elements that could not be checked (inside documents that could not be read).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unverified: Vec<String>,
    /// Things the reader should know (evidence also published off-site).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
    /// The specifics behind the reason (the years, the status, the phrase), typed.
    #[serde(default, skip_serializing_if = "Details::is_empty")]
    pub details: Details,
    /// What to publish to make the item pass (the checklist's advice).
    pub advice: String,
}
