//! Assessor mode (`oitcheck verify`): verify what an agency submitted, item by item, as an
//! assessor does, without crawling the site.
//!
//! An agency answers each item มี/ไม่มี with URLs: an answer sheet ([`sheet`]), or in practice
//! its own ITA index page linking each item to its evidence ([`ita_page`]); both become a
//! [`Submission`]. Verifying it:
//!
//! 1. **Fetch** ([`collect`]): each submitted URL once, redirects recorded, on the agency's main
//!    website (`--site` and its www twin) or flagged `external` with the host; soft 404s and
//!    access walls recognised; a submitted page followed one level to what it links for the
//!    item (every document, when the page is a listing). Everything fetched goes into one
//!    [`SiteSnapshot`](crate::SiteSnapshot), with the start page and a menu page or two so that
//!    the site template is known.
//! 2. **Judge**: each item with [`Judge::item_at`] on the URLs submitted for it: the scan's
//!    elements, year rules, placeholders and reasons, nothing of its own. A URL withheld for a
//!    problem found while fetching (soft 404, access wall, placeholder link) gives its own
//!    reason when nothing else was judged.
//! 3. **Report** ([`report`]): a verdict per item (pass / fail / unknown) with its reason, the URL
//!    that passed, what is missing, the claim beside the verdict, and the OIT score as the
//!    assessor would give it beside the claimed one.
//!
//! [`health`] applies the same mapping and judging to the ITA page a scan finds, for the
//! webmaster's "ITA page health" section. [`mapping`] says which item a label names.

pub mod collect;
pub mod health;
pub mod ita_page;
pub mod mapping;
pub mod report;
pub mod sheet;
pub mod submission;

use std::sync::Arc;

use url::Url;

use crate::checklist::Checklist;
use crate::evaluate::{Answer, Basis, Evidence, ItemResult, Judge};
use crate::fetch::{ClientError, ContentKind, FetchConfig, Fetcher};
use crate::reason::ReasonCode;
use crate::rules::{Rules, file_stem};
use crate::scan::checklist_info;
use crate::thai;

use collect::{Collector, Target};
pub use report::{Mismatch, Verdict, VerifiedItem, VerifyReport};
pub use sheet::SheetError;
pub use submission::{Submission, SubmittedItem, SubmittedLink};

/// Everything a verification needs besides the site and the submission.
#[derive(Debug, Clone)]
pub struct VerifyOptions {
    /// HTTP settings (politeness, timeouts, TLS).
    pub fetch: FetchConfig,
    /// The fiscal year assessed; defaults to the checklist's.
    pub fiscal_year: Option<u16>,
    /// Links followed at most below one submitted page for one item.
    pub max_followed: usize,
    /// Requests made at most in all.
    pub max_requests: usize,
}

impl Default for VerifyOptions {
    fn default() -> Self {
        VerifyOptions {
            fetch: FetchConfig::default(),
            fiscal_year: None,
            max_followed: 20,
            max_requests: 600,
        }
    }
}

/// What is verified: a submission read beforehand (a sheet, a saved report), or the agency's ITA
/// page, read as the first step.
#[derive(Debug, Clone)]
pub enum Input {
    /// A submission.
    Submission(Submission),
    /// The URL of the agency's ITA/OIT index page.
    ItaPage(Url),
}

/// Why a verification could not run.
#[derive(Debug, thiserror::Error)]
pub enum VerifyError {
    /// The HTTP client could not be set up.
    #[error(transparent)]
    Client(#[from] ClientError),
    /// The ITA page could not be read.
    #[error("the ITA page {url} could not be read: {detail}; check the address")]
    ItaPage {
        /// The page.
        url: Url,
        /// Why.
        detail: String,
    },
}

/// Verifies `input` for the agency whose main website is `site`.
pub async fn verify(
    site: &Url,
    input: Input,
    checklist: &Checklist,
    options: &VerifyOptions,
) -> Result<VerifyReport, VerifyError> {
    let fetcher = Arc::new(Fetcher::new(options.fetch.clone())?);
    verify_with(fetcher, site, input, checklist, options).await
}

/// [`verify`] with a given HTTP client (set up for a test network, or shared).
pub async fn verify_with(
    fetcher: Arc<Fetcher>,
    site: &Url,
    input: Input,
    checklist: &Checklist,
    options: &VerifyOptions,
) -> Result<VerifyReport, VerifyError> {
    let rules = Rules::new(checklist);
    let fiscal_year = options.fiscal_year.unwrap_or(checklist.fiscal_year);
    let mut collector = Collector::new(fetcher.clone(), site, options.max_requests);
    collector.prepare().await;
    let submission = match input {
        Input::Submission(s) => s,
        Input::ItaPage(url) => {
            ita_page::read(&mut collector, &url, checklist, &rules, fiscal_year).await?
        }
    };
    let submitted: Vec<Target> = submission
        .items
        .iter()
        .flat_map(|s| s.links.iter())
        .filter_map(|l| l.url.clone())
        .map(|url| Target {
            url,
            submitted: true,
        })
        .collect();
    collector.fetch(submitted).await;
    // one level down: what each submitted page links for its item
    let followed: Vec<Vec<Url>> = (0..checklist.items.len())
        .map(|i| match submission.item(i) {
            Some(s) => follow(&collector, &rules, s, options.max_followed),
            None => Vec::new(),
        })
        .collect();
    collector
        .fetch(
            followed
                .iter()
                .flatten()
                .map(|url| Target {
                    url: url.clone(),
                    submitted: false,
                })
                .collect(),
        )
        .await;
    let snapshot = &collector.snapshot;
    let judge = Judge::new(checklist, &rules, snapshot, fiscal_year);
    let mut items: Vec<VerifiedItem> = (0..checklist.items.len())
        .map(|i| verify_item(&judge, &collector, i, submission.item(i), &followed[i]))
        .collect();
    let mut results: Vec<ItemResult> = items.iter().map(|v| v.result.clone()).collect();
    let mut warnings = crate::scan::note_certificate_problems(&mut results, snapshot);
    for (item, result) in items.iter_mut().zip(results) {
        item.result = result;
    }
    let mut assessed: Vec<ItemResult> = items.iter().map(|v| v.result.clone()).collect();
    for (result, item) in assessed.iter_mut().zip(&items) {
        // an assessor scores the answer given: ไม่มี is 0 whatever the URL shows
        if item.claimed == Some(false) {
            result.answer = Answer::No;
        }
    }
    let claimed: Vec<ItemResult> = items
        .iter()
        .map(|v| {
            let mut r = v.result.clone();
            r.answer = if v.claimed == Some(true) {
                Answer::Yes
            } else {
                Answer::No
            };
            r
        })
        .collect();
    if let submission::SubmissionSource::ItaPage { pages, .. } = &submission.source
        && let Some(index) = pages.first()
        && !collector.scope().contains(index)
    {
        warnings.push(format!(
            "the ITA page {index} is not on the agency's main website {site}; an assessor expects it there"
        ));
    }
    if let submission::SubmissionSource::ItaPage { url, .. } = &submission.source
        && submission.items.is_empty()
    {
        warnings.push(format!(
            "no link on the ITA page {url} stands for an item of {} (by code or title): the page may use another scheme's numbering (MOIT, EB), or load its links by script",
            checklist.id
        ));
    }
    if snapshot.pages.is_empty() {
        warnings.push(format!(
            "no page of {site} could be read; the submitted pages are judged without the site template"
        ));
    }
    let summary = report::VerifySummary::of(&items);
    Ok(VerifyReport {
        tool: format!("oitcheck {}", env!("CARGO_PKG_VERSION")),
        site: site.clone(),
        source: submission.source.clone(),
        warnings,
        checklist: checklist_info(checklist, fiscal_year),
        fetched: report::FetchInfo {
            pages: snapshot.pages.len(),
            documents: snapshot.documents_checked,
            requests: collector.requests,
            seconds: (collector.elapsed().as_secs_f64() * 10.0).round() / 10.0,
            notes: collector.notes.clone(),
        },
        summary,
        items,
        score: crate::score::score(checklist, &assessed, None, None),
        claimed_score: crate::score::score(checklist, &claimed, None, None),
    })
}

/// The links to follow one level below the pages submitted for an item: on each submitted page
/// of the site, the links that name the item (documents and pages), and every document when the
/// page is a listing (documents and little else). Links to other hosts are not followed: they are
/// `external_only` whatever they hold, and the evaluator says so from the link alone.
fn follow(collector: &Collector, rules: &Rules, submitted: &SubmittedItem, max: usize) -> Vec<Url> {
    let i = submitted.item;
    let mut out: Vec<Url> = Vec::new();
    for link in &submitted.links {
        let Some(url) = &link.url else { continue };
        let Some(page) = collector.page(url) else {
            continue;
        };
        let content = &page.content;
        let documents: Vec<crate::extract::html::Link> = content
            .links()
            .filter(|l| {
                !l.chrome
                    && l.url
                        .and_then(ContentKind::from_url)
                        .is_some_and(ContentKind::is_document)
            })
            .collect();
        let mut text_len = thai::match_key(&content.content_text()).chars().count();
        for l in content.links() {
            text_len = text_len.saturating_sub(thai::match_key(l.text).chars().count());
        }
        let names_many = rules
            .naming(&thai::match_key(&content.content_text()))
            .items()
            .len()
            >= 6;
        let listing = !documents.is_empty() && text_len < 200 && !names_many;
        let mut taken = 0;
        for l in content.links() {
            let Some(target) = l.url else { continue };
            if !collector.scope().contains(target) || taken >= max {
                continue;
            }
            let is_document = ContentKind::from_url(target).is_some_and(ContentKind::is_document);
            if l.chrome && !is_document {
                continue;
            }
            let label = format!(
                "{} {} {}",
                l.text,
                file_stem(target),
                l.heading.unwrap_or("")
            );
            let names =
                rules.naming(&thai::match_key(&label)).names(i) || rules.items[i].url_hit(target);
            let already = out.contains(target)
                || submitted
                    .links
                    .iter()
                    .any(|s| s.url.as_ref() == Some(target));
            if (names || (listing && is_document && !l.chrome)) && !already {
                out.push(target.clone());
                taken += 1;
            }
        }
    }
    out
}

/// Judges item `i` on what was submitted for it and followed below it.
fn verify_item(
    judge: &Judge<'_>,
    collector: &Collector,
    i: usize,
    submitted: Option<&SubmittedItem>,
    followed: &[Url],
) -> VerifiedItem {
    let links: &[SubmittedLink] = submitted.map(|s| s.links.as_slice()).unwrap_or(&[]);
    let claimed = submitted.and_then(|s| s.claimed);
    let mut judged: Vec<Url> = Vec::new();
    // problems found while fetching that decide a URL: (code, reason, where)
    let mut withheld: Vec<(ReasonCode, String, Url)> = Vec::new();
    let mut rows = Vec::new();
    for link in links {
        let check = link
            .url
            .as_ref()
            .and_then(|u| collector.get(u))
            .map(|f| f.check.clone());
        match &link.url {
            None => {
                let on = link
                    .found_on
                    .clone()
                    .unwrap_or_else(|| collector.snapshot.start.clone());
                withheld.push((
                    ReasonCode::PlaceholderLink,
                    format!(
                        "the link for this item on {on} is only a placeholder (`{}`) that leads nowhere",
                        link.written
                    ),
                    on,
                ));
            }
            Some(url) => match collector.get(url) {
                Some(fetched) => match &fetched.judge_url {
                    Some(u) => judged.push(u.clone()),
                    None => withheld.push((
                        fetched.check.problem.unwrap_or(ReasonCode::NotFound),
                        format!("{url} {}", fetched.check.detail.clone().unwrap_or_default()),
                        url.clone(),
                    )),
                },
                None => judged.push(url.clone()),
            },
        }
        rows.push(report::SubmittedUrl {
            link: link.clone(),
            check,
        });
    }
    for url in followed {
        if let Some(f) = collector.get(url)
            && let Some(u) = &f.judge_url
            && !judged.contains(u)
        {
            judged.push(u.clone());
        }
    }
    let mut result = judge.item_at(i, &judged);
    if result.answer == Answer::No && result.reason_code == Some(ReasonCode::NotFound) {
        if let Some((code, reason, url)) = withheld.first() {
            result.reason_code = Some(*code);
            result.reason = reason.clone();
            result.evidence = vec![Evidence {
                url: url.clone(),
                found_on: None,
                link_text: None,
                href: None,
                matched: vec![],
                basis: Basis::LinkText,
                note: None,
            }];
        } else if let Some(image) = judged.iter().find(|u| {
            collector
                .get(u)
                .is_some_and(|f| f.check.kind == Some(ContentKind::Image))
        }) {
            // a picture may show the item; oitcheck cannot read it, so it cannot say no
            result.answer = Answer::Unknown;
            result.reason_code = Some(ReasonCode::ImageOnly);
            result.reason =
                format!("{image} is an image, which oitcheck cannot read; check it by eye");
        } else if links.is_empty() {
            result.reason = match (submitted, claimed) {
                (None, _) => "the submission does not list this item".into(),
                (Some(_), Some(false)) => "answered ไม่มี, with no URL".into(),
                _ => "no URL was given for this item".into(),
            };
        }
    }
    let verdict = Verdict::of(result.answer);
    let mismatch = match (claimed, verdict) {
        (Some(true), Verdict::Fail) => Some(Mismatch::ClaimedButFailed),
        (Some(false), Verdict::Pass) => Some(Mismatch::UnclaimedButShown),
        _ => None,
    };
    let passed_url = (verdict == Verdict::Pass)
        .then(|| result.evidence.first().map(|e| e.url.clone()))
        .flatten();
    VerifiedItem {
        result,
        verdict,
        claimed,
        mismatch,
        passed_url,
        submitted: rows,
        followed: followed.to_vec(),
        note: submitted.and_then(|s| s.note.clone()),
        location: submitted.and_then(|s| s.location.clone()),
        flags: submitted.map(|s| s.flags.clone()).unwrap_or_default(),
    }
}
