//! Judging a link for one item: a link that leads nowhere or off the site, a dead or failed
//! target, and a document, judged on its text when it was read and on its link text, file name
//! and surroundings when it could not be (an old `.doc`).

use url::Url;

use crate::checklist::MachineReadable;
use crate::evaluate::candidate::{
    Candidate, ElementTexts, Outcome, Source, check_elements, partial_year, rejected, year_text,
};
use crate::evaluate::page::TABLE_DATA;
use crate::evaluate::verdict::{Basis, Details, Evidence};
use crate::evaluate::{ItemRef, Judge};
use crate::extract::document::{DocumentError, DocumentText};
use crate::extract::html::LinkSource;
use crate::fetch::{ContentKind, FailureReason};
use crate::reason::ReasonCode;
use crate::rules::file_stem;
use crate::snapshot::UrlState;
use crate::thai;
use crate::years::{self, YearCheck};

/// A link to judge: where it points, what it says and where it stands.
pub(crate) struct Target<'a> {
    /// The resolved target; `None` for a placeholder (`#`, `javascript:`).
    pub url: Option<&'a Url>,
    /// The `href` as written.
    pub href: &'a str,
    /// The link's visible text.
    pub text: &'a str,
    /// The page the link stands on (none for a URL given on its own).
    pub found_on: Option<&'a Url>,
    /// The link text, file name, row and (when it names the item) heading around the link.
    pub context: String,
    /// What named the item.
    pub hits: Vec<String>,
    pub source: LinkSource,
}

impl Judge<'_> {
    /// Judges a link for `item`, or `None` when it points at an on-site page, which is judged
    /// as a page instead.
    pub(crate) fn judge_link(&self, item: ItemRef<'_>, target: Target<'_>) -> Option<Candidate> {
        let snapshot = self.snapshot;
        let link_text = thai::squash_spaces(target.text);
        let Some(url) = target.url else {
            let page = target
                .found_on
                .cloned()
                .unwrap_or_else(|| snapshot.start.clone());
            let reason = format!(
                "the link for this item on {page} is only a placeholder (`{}`) that leads nowhere",
                target.href
            );
            let evidence = Evidence {
                url: page,
                found_on: None,
                link_text: (!link_text.is_empty()).then_some(link_text),
                href: Some(target.href.to_string()),
                matched: target.hits,
                basis: Basis::LinkText,
                note: None,
            };
            return Some(Candidate::without_elements(
                evidence,
                Outcome::fail(ReasonCode::PlaceholderLink, reason),
                Source::Pointer,
            ));
        };
        let evidence = Evidence {
            url: url.clone(),
            found_on: target.found_on.cloned(),
            link_text: (!link_text.is_empty()).then_some(link_text),
            href: None,
            matched: target.hits,
            basis: Basis::LinkText,
            note: None,
        };
        if !snapshot.scope.contains(url) {
            let host = url.host_str().unwrap_or("");
            let reason = format!(
                "the evidence is on another host ({host}), not on the agency's own website"
            );
            return Some(Candidate::without_elements(
                evidence,
                Outcome::fail(ReasonCode::ExternalOnly, reason),
                Source::Pointer,
            ));
        }
        if let Some((code, scheme)) = self.rules.lookalike_code(&thai::match_key(&target.context)) {
            let details = Details {
                scheme: Some(format!("{scheme}: {code}")),
                ..Details::default()
            };
            return Some(
                Candidate::without_elements(
                    evidence,
                    Outcome::lookalike(&code, scheme, "the link"),
                    Source::Link,
                )
                .with(details),
            );
        }
        let predicted = ContentKind::from_url(url);
        let state = snapshot.state(url);
        // Links to on-site HTML pages are judged as pages (via their inbound link text).
        let is_document = match state {
            Some(UrlState::Fetched { kind, .. }) => {
                kind.is_document() || predicted.is_some_and(ContentKind::is_document)
            }
            _ => {
                predicted.is_some_and(ContentKind::is_document)
                    || matches!(target.source, LinkSource::Embed | LinkSource::Object)
            }
        };
        let failed = match state {
            Some(UrlState::Fetched { status, .. }) => {
                ReasonCode::from_status(*status).map(|code| failed_status(&evidence, code, *status))
            }
            Some(UrlState::Failed { reason, detail }) => {
                Some(unreadable(&evidence, *reason, detail))
            }
            Some(UrlState::NotFetched { reason }) => {
                Some(unreadable(&evidence, *reason, "not fetched"))
            }
            None if is_document => Some(unreadable(
                &evidence,
                FailureReason::BudgetExhausted,
                "not fetched",
            )),
            None => None,
        };
        if let Some(outcome) = failed {
            let details = Details {
                status: match state {
                    Some(UrlState::Fetched { status, .. }) => Some(*status),
                    _ => None,
                },
                ..Details::default()
            };
            return Some(
                Candidate::without_elements(evidence, outcome, Source::Link).with(details),
            );
        }
        if !is_document {
            return None;
        }
        if let Some(UrlState::Fetched {
            kind: ContentKind::Html,
            ..
        }) = state
        {
            return Some(Candidate::without_elements(
                evidence,
                Outcome::fail(
                    ReasonCode::NotADocument,
                    format!(
                        "{url} is linked as a document but the server answers with a web page (often a disguised \"not found\")"
                    ),
                ),
                Source::Link,
            ));
        }
        let mut details = Details::default();
        let outcome = match snapshot.document(url) {
            // read by OCR or not, a scan is not machine-readable data
            Some(Err(DocumentError::NeedsOcr)) | Some(Ok(DocumentText { ocr: true, .. }))
                if item.rules.machine_readable != MachineReadable::Any =>
            {
                details.scanned = true;
                Outcome::Fail {
                    code: ReasonCode::NotMachineReadable,
                    reason: format!(
                        "{url} is a scanned image; this item needs machine-readable data (text or a table such as XLSX/CSV)"
                    ),
                    missing: vec![
                        "machine-readable data (text or a table, not a scanned image)".into(),
                    ],
                }
            }
            Some(Ok(text))
                if item.rules.machine_readable == MachineReadable::Table && !text.tabular =>
            {
                Outcome::Fail {
                    code: ReasonCode::NotMachineReadable,
                    reason: format!(
                        "{url} is not a table (read with {}); this item needs its data as a table: XLSX, CSV or a table on a web page",
                        text.extractor
                    ),
                    missing: vec![TABLE_DATA.into()],
                }
            }
            Some(Ok(text)) => {
                let name = format!("{}\n{}", target.text, file_stem(url));
                return Some(self.judge_document_text(
                    item,
                    evidence,
                    &target.context,
                    &name,
                    text,
                ));
            }
            Some(Err(error)) if !matches!(error, DocumentError::Unsupported(_)) => {
                Outcome::Unreadable {
                    code: error.into(),
                    reason: format!(
                        "{url} could not be read ({}): {}",
                        error.code(),
                        error.detail()
                    ),
                }
            }
            _ => return Some(self.judge_by_link_text(item, evidence, &target.context)),
        };
        Some(Candidate::without_elements(evidence, outcome, Source::Link).with(details))
    }

    /// Judges a document whose text was read: elements and year on its content (and the link
    /// around it), naming the page or sheet that shows each. `name` is what the link calls the
    /// document (link text and file name).
    fn judge_document_text(
        &self,
        item: ItemRef<'_>,
        mut evidence: Evidence,
        context: &str,
        name: &str,
        text: &DocumentText,
    ) -> Candidate {
        let (year_rule, fiscal_year) = (item.year_rule(), self.fiscal_year);
        let content = text.full_text();
        // Elements are looked for in the document and what its link calls it, not in the row or
        // heading around the link: that restates the item's name ("แผนและความก้าวหน้า…") whatever the
        // document holds. Word-exported PDFs lose the nikhahit (ประจำปี → ประจาปี): the fold key is
        // appended so that phrase-length element phrases still match (Phrase::found_in).
        // Nor in a link text that only restates the item's title ("การนำผลการประเมิน ITA ไปสู่การ
        // พัฒนาองค์กร" over a list of measures): naming the item is not showing it.
        let restates = !item.rules.title_stem.is_empty()
            && thai::match_key(name).contains(&item.rules.title_stem);
        let both = if restates {
            content.to_string()
        } else {
            format!("{name}\n{content}")
        };
        let key = format!("{}\n{}", thai::match_key(&both), thai::fold_key(&both));
        // What names the document: the link to it and its opening lines (its title).
        let opening: String = content
            .lines()
            .filter(|l| !l.trim().is_empty())
            .take(3)
            .collect::<Vec<_>>()
            .join("\n")
            .chars()
            .take(200)
            .collect();
        let title = format!("{name}\n{opening}");
        let texts = ElementTexts {
            page: key.clone(),
            content: key.clone(),
            title: format!("{}\n{}", thai::match_key(&title), thai::fold_key(&title)),
        };
        let report = check_elements(item.rules, &texts, None);
        for phrase in report.matched.iter().take(6) {
            let located = text
                .part_with(&thai::match_key(phrase))
                .map(|part| format!("{phrase} ({part})"))
                .unwrap_or_else(|| phrase.clone());
            evidence.matched.push(located);
        }
        evidence.basis = Basis::DocumentText;
        let mut note = format!("read with {}", text.extractor);
        if text.ocr {
            note.push_str("; text from OCR: years in Thai digits may be misread");
        }
        evidence.note = Some(note);
        let found_names = report.found.clone();
        // The document's own years decide; the link text only when the document names none.
        let mut year = years::check(year_rule, fiscal_year, &content);
        if matches!(year, YearCheck::Missing { .. }) {
            year = years::check(year_rule, fiscal_year, context);
        }
        let mut details = Details::of_year(&year);
        let outcome = if let Some(reason) = rejected(item.rules, &key) {
            Outcome::fail(ReasonCode::Rejected, reason)
        } else {
            match &year {
                YearCheck::Wrong { .. } => Outcome::Fail {
                    code: ReasonCode::WrongYear,
                    reason: format!(
                        "the document's content is for another year: {}",
                        year_text(&year)
                    ),
                    missing: [vec![year_text(&year)], report.missing.clone()].concat(),
                },
                YearCheck::Missing { .. } => Outcome::Fail {
                    code: ReasonCode::YearMissing,
                    reason: format!(
                        "the document does not say which year it covers ({} required)",
                        year_text(&year)
                    ),
                    missing: [vec![year_text(&year)], report.missing.clone()].concat(),
                },
                YearCheck::Found(found_text) => {
                    let located = text
                        .part_with(&thai::match_key(found_text))
                        .map(|part| format!("{found_text} ({part})"))
                        .unwrap_or_else(|| found_text.clone());
                    evidence.matched.push(located);
                    // OCR misreads Thai digits: a year seen only in them needs a human check
                    let mut unverified = vec![];
                    if text.ocr && years::rests_on_thai_digits(year_rule, fiscal_year, &content) {
                        unverified.push(format!("the year «{found_text}», read by OCR from Thai digits, which OCR often misreads: check it in the document"));
                    }
                    if let Some((partial, specifics)) =
                        partial_year(item.item, fiscal_year, &content)
                    {
                        details = specifics;
                        partial
                    } else if report.missing.is_empty() {
                        Outcome::Pass { unverified }
                    } else {
                        Outcome::elements_missing(report.missing.clone())
                    }
                }
                YearCheck::NotRequired => {
                    if report.missing.is_empty() {
                        Outcome::Pass { unverified: vec![] }
                    } else {
                        Outcome::elements_missing(report.missing.clone())
                    }
                }
            }
        };
        Candidate {
            evidence,
            outcome,
            found_names,
            source: Source::Content,
            ocr: text.ocr,
            details,
        }
    }

    /// Judges a document that could not be read as text (an old .doc): link text, file name and
    /// surroundings only; what they cannot show is unverified.
    fn judge_by_link_text(
        &self,
        item: ItemRef<'_>,
        mut evidence: Evidence,
        context: &str,
    ) -> Candidate {
        let key = thai::match_key(context);
        let report = check_elements(item.rules, &ElementTexts::uniform(key.clone()), None);
        evidence.matched.extend(report.matched.iter().cloned());
        let found_names = report.found.clone();
        evidence.note = Some("judged by link text, file name and the page around the link; the document's content could not be read".into());
        let year = years::check(item.year_rule(), self.fiscal_year, context);
        let details = Details::of_year(&year);
        let outcome = if let Some(reason) = rejected(item.rules, &key) {
            Outcome::fail(ReasonCode::Rejected, reason)
        } else {
            let mut unverified = report.missing.clone();
            match &year {
                YearCheck::Wrong { .. } => Outcome::Fail {
                    code: ReasonCode::WrongYear,
                    reason: format!("the document is for another year: {}", year_text(&year)),
                    missing: vec![year_text(&year)],
                },
                YearCheck::Found(text) => {
                    evidence.matched.push(text.clone());
                    Outcome::Pass { unverified }
                }
                YearCheck::Missing { .. } => {
                    unverified.push(year_text(&year));
                    Outcome::Pass { unverified }
                }
                YearCheck::NotRequired => Outcome::Pass { unverified },
            }
        };
        Candidate {
            evidence,
            outcome,
            found_names,
            source: Source::Link,
            ocr: false,
            details,
        }
    }

    /// Whether `url` is a document: by what the server sent, else by its extension.
    pub(crate) fn is_document_link(&self, url: &Url) -> bool {
        super::index::is_document(self.snapshot, url)
    }
}

/// A link that answered with an error status: a dead link (404, 410, other 4xx) is "no"; a server
/// error, a rate limit or a block says nothing about the page and is "unknown".
fn failed_status(evidence: &Evidence, code: ReasonCode, status: u16) -> Outcome {
    if code.makes_unknown() {
        Outcome::Unreadable {
            code,
            reason: format!(
                "{} answers HTTP {status} ({code}); try again later",
                evidence.url
            ),
        }
    } else {
        Outcome::fail(
            code,
            format!("the link {} answers HTTP {status}", evidence.url),
        )
    }
}

fn unreadable(evidence: &Evidence, reason: FailureReason, detail: &str) -> Outcome {
    Outcome::Unreadable {
        code: reason.into(),
        reason: format!(
            "{} could not be read ({}): {detail}",
            evidence.url,
            reason.as_str()
        ),
    }
}
