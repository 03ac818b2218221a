//! [`ReasonCode`]: why an item is "no" or "unknown", or why one page, document or fetch failed.
//! One code names a failure wherever it is reported: the crawl's start failure, a candidate's
//! judgement, an item's answer, a verified submission.
//!
//! Codes serialise as the snake_case strings of the JSON contract (`wrong_year`, `http_404`,
//! `timeout`, …); `docs/guarantees.md` documents each one, and a test keeps the two in step
//! through [`ReasonCode::ALL`].

use serde::{Deserialize, Serialize};

use crate::extract::document::DocumentError;
use crate::fetch::FailureReason;

/// Why an item is "no" or "unknown", or why one piece of evidence failed. Fetch failures
/// ([`FailureReason`]) and document failures ([`DocumentError`]) convert into it, so one code
/// names a failure wherever it is reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReasonCode {
    // ---- judgements ----
    /// No page or document on the site names the item.
    NotFound,
    /// The best candidate lacks some elements.
    MissingElement,
    /// The evidence is for another fiscal year.
    WrongYear,
    /// The item needs a fiscal year and the evidence names none.
    YearMissing,
    /// The item reports on a whole fiscal year and the evidence covers only part of it.
    PartialYear,
    /// A phrase disqualifies the candidate (a draft, the whole law).
    Rejected,
    /// The page only says it is in preparation.
    Placeholder,
    /// The item's link goes nowhere (`#`, `javascript:`).
    PlaceholderLink,
    /// The page only lists item names or links to documents.
    Container,
    /// The page has (almost) no text of its own.
    EmptyPage,
    /// A document link answers with a web page.
    NotADocument,
    /// A scan or a non-table where the item needs machine-readable data.
    NotMachineReadable,
    /// The evidence link answers HTTP 404 or 410.
    #[serde(rename = "http_404")]
    Http404,
    /// The evidence link answers another 4xx status.
    HttpError,
    /// The evidence is only on another host.
    ExternalOnly,
    /// The start page answered an error status.
    StartFailed,
    /// The page shows its content as a picture.
    ImageOnly,
    /// The evidence is OCR text that fails to show something the scan may show.
    OcrUncertain,
    /// The candidate is numbered for another assessment scheme.
    LookalikeScheme,
    // ---- verification of submitted URLs ----
    /// A submitted URL answers with the site's "not found" page (or its home page) under HTTP 200.
    #[serde(rename = "soft_404")]
    SoftNotFound,
    /// A submitted URL shows a login, password or "request access" page instead of the content.
    AccessWall,
    // ---- fetch failures ----
    /// No answer within the request timeout.
    Timeout,
    /// The host name does not resolve.
    DnsError,
    /// Nothing listens on the port.
    ConnectionRefused,
    /// The server hung up mid-answer.
    ConnectionReset,
    /// The TLS certificate is invalid or the handshake failed.
    TlsInvalid,
    /// More than the allowed redirects, or a loop.
    TooManyRedirects,
    /// A redirect leads off the site.
    RedirectOffSite,
    /// HTTP 429, or a `Retry-After` too long to honour.
    RateLimited,
    /// HTTP 401 or 403.
    Blocked,
    /// HTTP 5xx or 408.
    ServerError,
    /// Not valid HTTP.
    InvalidResponse,
    /// robots.txt forbids the page.
    RobotsDisallowed,
    /// The page was not reached before the crawl stopped.
    BudgetExhausted,
    /// The host resolves to a private address from a public start.
    PrivateAddress,
    // ---- document failures ----
    /// A scan without text, and no OCR.
    NeedsOcr,
    /// Truncated, damaged, too large or not what it claims.
    CorruptDocument,
    /// A format oitcheck does not read (never an item's reason: such a file is judged by its link).
    UnsupportedDocument,
    /// The parser crashed or ran out of time.
    ParserFailed,
    /// The document needs a password to open.
    Encrypted,
}

impl ReasonCode {
    /// Every code, for documentation checks.
    pub const ALL: [ReasonCode; 40] = [
        Self::NotFound,
        Self::MissingElement,
        Self::WrongYear,
        Self::YearMissing,
        Self::PartialYear,
        Self::Rejected,
        Self::Placeholder,
        Self::PlaceholderLink,
        Self::Container,
        Self::EmptyPage,
        Self::NotADocument,
        Self::NotMachineReadable,
        Self::Http404,
        Self::HttpError,
        Self::ExternalOnly,
        Self::StartFailed,
        Self::ImageOnly,
        Self::OcrUncertain,
        Self::LookalikeScheme,
        Self::SoftNotFound,
        Self::AccessWall,
        Self::Timeout,
        Self::DnsError,
        Self::ConnectionRefused,
        Self::ConnectionReset,
        Self::TlsInvalid,
        Self::TooManyRedirects,
        Self::RedirectOffSite,
        Self::RateLimited,
        Self::Blocked,
        Self::ServerError,
        Self::InvalidResponse,
        Self::RobotsDisallowed,
        Self::BudgetExhausted,
        Self::PrivateAddress,
        Self::NeedsOcr,
        Self::CorruptDocument,
        Self::UnsupportedDocument,
        Self::ParserFailed,
        Self::Encrypted,
    ];

    /// The code as written in JSON (`wrong_year`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::NotFound => "not_found",
            Self::MissingElement => "missing_element",
            Self::WrongYear => "wrong_year",
            Self::YearMissing => "year_missing",
            Self::PartialYear => "partial_year",
            Self::Rejected => "rejected",
            Self::Placeholder => "placeholder",
            Self::PlaceholderLink => "placeholder_link",
            Self::Container => "container",
            Self::EmptyPage => "empty_page",
            Self::NotADocument => "not_a_document",
            Self::NotMachineReadable => "not_machine_readable",
            Self::Http404 => "http_404",
            Self::HttpError => "http_error",
            Self::ExternalOnly => "external_only",
            Self::StartFailed => "start_failed",
            Self::ImageOnly => "image_only",
            Self::OcrUncertain => "ocr_uncertain",
            Self::LookalikeScheme => "lookalike_scheme",
            Self::SoftNotFound => "soft_404",
            Self::AccessWall => "access_wall",
            Self::Timeout => "timeout",
            Self::DnsError => "dns_error",
            Self::ConnectionRefused => "connection_refused",
            Self::ConnectionReset => "connection_reset",
            Self::TlsInvalid => "tls_invalid",
            Self::TooManyRedirects => "too_many_redirects",
            Self::RedirectOffSite => "redirect_off_site",
            Self::RateLimited => "rate_limited",
            Self::Blocked => "blocked",
            Self::ServerError => "server_error",
            Self::InvalidResponse => "invalid_response",
            Self::RobotsDisallowed => "robots_disallowed",
            Self::BudgetExhausted => "budget_exhausted",
            Self::PrivateAddress => "private_address",
            Self::NeedsOcr => "needs_ocr",
            Self::CorruptDocument => "corrupt_document",
            Self::UnsupportedDocument => "unsupported_document",
            Self::ParserFailed => "parser_failed",
            Self::Encrypted => "encrypted",
        }
    }

    /// The reason an HTTP error status gives: `None` for success and redirects. A dead link
    /// (404, 410, another 4xx) says the evidence is not there; a rate limit, a block or a
    /// server error says nothing about it (see [`ReasonCode::makes_unknown`]).
    pub fn from_status(status: u16) -> Option<ReasonCode> {
        Some(match status {
            0..=399 => return None,
            404 | 410 => Self::Http404,
            429 => Self::RateLimited,
            401 | 403 => Self::Blocked,
            408 | 500..=599 => Self::ServerError,
            _ => Self::HttpError,
        })
    }

    /// Whether evidence failing for this reason leaves its item unknown rather than "no": the
    /// reason says nothing about what the agency published.
    pub fn makes_unknown(self) -> bool {
        matches!(
            self,
            Self::Timeout
                | Self::DnsError
                | Self::ConnectionRefused
                | Self::ConnectionReset
                | Self::TlsInvalid
                | Self::TooManyRedirects
                | Self::RedirectOffSite
                | Self::RateLimited
                | Self::Blocked
                | Self::ServerError
                | Self::InvalidResponse
                | Self::RobotsDisallowed
                | Self::BudgetExhausted
                | Self::PrivateAddress
                | Self::NeedsOcr
                | Self::CorruptDocument
                | Self::ParserFailed
                | Self::Encrypted
                | Self::StartFailed
                | Self::ImageOnly
                | Self::OcrUncertain
        )
    }
}

impl std::fmt::Display for ReasonCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<FailureReason> for ReasonCode {
    fn from(reason: FailureReason) -> ReasonCode {
        match reason {
            FailureReason::Timeout => Self::Timeout,
            FailureReason::DnsError => Self::DnsError,
            FailureReason::ConnectionRefused => Self::ConnectionRefused,
            FailureReason::ConnectionReset => Self::ConnectionReset,
            FailureReason::TlsInvalid => Self::TlsInvalid,
            FailureReason::TooManyRedirects => Self::TooManyRedirects,
            FailureReason::RedirectOffSite => Self::RedirectOffSite,
            FailureReason::RateLimited => Self::RateLimited,
            FailureReason::Blocked => Self::Blocked,
            FailureReason::ServerError => Self::ServerError,
            FailureReason::InvalidResponse => Self::InvalidResponse,
            FailureReason::RobotsDisallowed => Self::RobotsDisallowed,
            FailureReason::BudgetExhausted => Self::BudgetExhausted,
            FailureReason::PrivateAddress => Self::PrivateAddress,
        }
    }
}

impl From<&DocumentError> for ReasonCode {
    fn from(error: &DocumentError) -> ReasonCode {
        match error {
            DocumentError::NeedsOcr => Self::NeedsOcr,
            DocumentError::Corrupt(_) => Self::CorruptDocument,
            DocumentError::Unsupported(_) => Self::UnsupportedDocument,
            DocumentError::ParserFailed(_) => Self::ParserFailed,
            DocumentError::Encrypted(_) => Self::Encrypted,
        }
    }
}
