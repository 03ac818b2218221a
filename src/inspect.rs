//! `oitcheck inspect`: what oitcheck sees in one page or document, and why it does or does not
//! count for each item it names. The text, the years and periods (month ranges, quarters, report
//! rounds) in it, and, per item, the judgement a scan would give it: the same [`Judge`], on a
//! snapshot holding that one page or document ([`inspect_in`] does the same inside a crawled
//! site, where the site template and the links pointing at the page are known too).

use std::path::{Path, PathBuf};

use url::Url;

use crate::checklist::Checklist;
use crate::evaluate::{Candidate, Judge};
use crate::extract::charset::{self, EncodingSource};
use crate::extract::document;
use crate::fetch::{ClientError, ContentKind, FetchConfig, Fetcher};
use crate::reason::ReasonCode;
use crate::rules::{Rules, file_stem};
use crate::snapshot::{SnapshotBuilder, UrlState};
use crate::thai;
use crate::years::{self, Period, YearCheck, YearMention};

/// Why a target could not be inspected.
#[derive(Debug, thiserror::Error)]
pub enum InspectError {
    /// A local path that does not exist.
    #[error("{0}: file not found; give a path to a PDF, DOCX, XLSX, CSV or HTML file, or a URL")]
    NotFound(PathBuf),
    /// A local file that could not be read.
    #[error("cannot read {path}: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// Neither a file nor a URL.
    #[error(
        "`{target}` is neither a file nor a URL ({source}); give a path or an address such as https://www.example.go.th/page"
    )]
    NotAUrl {
        /// What was given.
        target: String,
        /// Why it is not a URL.
        source: url::ParseError,
    },
    /// The URL could not be fetched.
    #[error("{url} could not be fetched ({reason}): {detail}")]
    Fetch {
        /// The URL.
        url: Url,
        /// Why, as a code.
        reason: ReasonCode,
        /// Why, in words.
        detail: String,
    },
    /// The URL answered an error status.
    #[error("{url} answers HTTP {status}")]
    Status {
        /// The URL.
        url: Url,
        /// The status.
        status: u16,
    },
    /// The HTTP client could not be set up.
    #[error(transparent)]
    Client(#[from] ClientError),
}

/// How the target was read.
#[derive(Debug, Clone)]
pub enum Reading {
    /// An HTML page.
    Page {
        /// The encoding it was decoded from, and what said so.
        encoding: &'static str,
        /// Where the encoding came from (header, `<meta>`, detection).
        encoding_source: EncodingSource,
        /// Its `<title>`.
        title: String,
        /// Counts of links, content images and forms.
        links: usize,
        /// Content images.
        images: usize,
        /// Forms.
        forms: usize,
    },
    /// A document whose text was read.
    Document {
        /// PDF, DOCX, …
        kind: ContentKind,
        /// Pages or sheets.
        parts: usize,
        /// Which extractor read it.
        extractor: String,
        /// Rows and columns (machine-readable).
        tabular: bool,
        /// Read by OCR.
        ocr: bool,
    },
    /// A document that could not be read.
    Unreadable {
        /// PDF, DOCX, …
        kind: ContentKind,
        /// Why, as a code.
        code: ReasonCode,
        /// Why, in words.
        detail: String,
    },
    /// Neither a page nor a document (an image, an archive).
    Other(ContentKind),
}

/// One item the target names, and how the target fares for it.
#[derive(Debug, Clone)]
pub struct ItemInspection {
    /// The item code.
    pub id: String,
    /// Its title, `{fy}` rendered.
    pub title: String,
    /// The keywords of the item found in the target's text or file name.
    pub keywords: Vec<String>,
    /// Each element of the item, and whether the target shows it.
    pub elements: Vec<(String, bool)>,
    /// The year rule, checked on the target's text.
    pub year: YearCheck,
    /// The judgement a scan gives the target for this item.
    pub judged: Candidate,
}

/// What oitcheck sees in one page or document.
#[derive(Debug, Clone)]
pub struct Inspection {
    /// Where it was read from (a `file://` URL for a local file).
    pub url: Url,
    /// How it was read.
    pub reading: Reading,
    /// Its text, normalised, one line per non-empty line.
    pub lines: Vec<String>,
    /// The years it mentions.
    pub years: Vec<YearMention>,
    /// The periods it mentions (month ranges, quarters, rounds).
    pub periods: Vec<Period>,
    /// The fiscal year judged.
    pub fiscal_year: u16,
    /// The items it names, with their judgements.
    pub items: Vec<ItemInspection>,
}

/// Reads a local file or fetches a URL, and judges it against `checklist`.
pub async fn inspect(
    target: &str,
    checklist: &Checklist,
    fiscal_year: Option<u16>,
) -> Result<Inspection, InspectError> {
    let (bytes, url, content_type) = load(target).await?;
    let kind = ContentKind::sniff(&bytes, content_type.as_deref(), &url);
    let fiscal_year = fiscal_year.unwrap_or(checklist.fiscal_year);
    let mut snapshot = SnapshotBuilder::new(&url).build();
    if kind == ContentKind::Html {
        let decoded = charset::decode(&bytes, content_type.as_deref(), true);
        let content = crate::extract::html::extract(&decoded.text, &url);
        snapshot.add_page(url.clone(), 0, decoded.encoding, decoded.source, content);
    } else if kind.is_document() {
        let read = document::extract_guarded(&bytes, kind, content_type.as_deref());
        snapshot.add_document(url.clone(), kind, read);
    } else {
        snapshot.set_state(
            &url,
            UrlState::Fetched {
                status: 200,
                kind,
                final_url: url.clone(),
            },
        );
    }
    let rules = Rules::new(checklist);
    let judge = Judge::new(checklist, &rules, &snapshot, fiscal_year);
    Ok(inspect_in(&judge, &url))
}

/// Inspects `url` with `judge`, e.g. inside a crawled site, where the site template and the links
/// pointing at the page are known: the judgements are exactly the scan's.
pub fn inspect_in(judge: &Judge<'_>, url: &Url) -> Inspection {
    let snapshot = judge.snapshot();
    let kind = match snapshot.state(url) {
        Some(UrlState::Fetched { kind, .. }) => *kind,
        _ => ContentKind::from_url(url).unwrap_or(ContentKind::Other),
    };
    let (text, reading) = match snapshot.pages.iter().find(|p| &p.url == url) {
        Some(page) => {
            let content = &page.content;
            let blocks: Vec<&str> = content.blocks().map(|b| b.text.as_str()).collect();
            (
                format!("{}\n{}", content.title, blocks.join("\n")),
                Reading::Page {
                    encoding: page.encoding,
                    encoding_source: page.encoding_source,
                    title: content.title.clone(),
                    links: content.link_count(),
                    images: content.images.len(),
                    forms: content.forms().count(),
                },
            )
        }
        None => match snapshot.document(url) {
            Some(Ok(doc)) => (
                doc.full_text(),
                Reading::Document {
                    kind,
                    parts: doc.parts.len(),
                    extractor: doc.extractor.clone(),
                    tabular: doc.tabular,
                    ocr: doc.ocr,
                },
            ),
            Some(Err(e)) => (
                String::new(),
                Reading::Unreadable {
                    kind,
                    code: e.into(),
                    detail: e.detail(),
                },
            ),
            None => (String::new(), Reading::Other(kind)),
        },
    };
    describe(judge, url, reading, &text)
}

fn describe(judge: &Judge<'_>, url: &Url, reading: Reading, text: &str) -> Inspection {
    let (checklist, rules, fiscal_year) = (judge.checklist(), judge.rules(), judge.fiscal_year());
    let normalized = thai::normalize(text);
    let lines = normalized
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect();
    let key = thai::match_key(&format!("{text}\n{}", file_stem(url)));
    let naming = rules.naming(&key);
    let stem_naming = rules.naming(&thai::match_key(&file_stem(url)));
    let url_items = rules.url_items(url);
    let named_by_site = judge.items_naming(url);
    let mut items = Vec::new();
    if !matches!(reading, Reading::Other(_)) {
        for (i, item) in checklist.items.iter().enumerate() {
            if !naming.has_keyword(i)
                && !stem_naming.has_code(i)
                && !url_items.contains(&i)
                && !named_by_site.contains(&i)
            {
                continue;
            }
            // the target's own judgement: the first candidate among those given is the target
            // itself (a page, then the documents it links for the item)
            let Some(judged) = judge
                .candidates_at(i, std::slice::from_ref(url))
                .into_iter()
                .next()
            else {
                continue;
            };
            items.push(ItemInspection {
                id: item.id.clone(),
                title: Checklist::render(&item.title_th, fiscal_year),
                keywords: naming
                    .keyword_hits(rules, i)
                    .into_iter()
                    .map(str::to_string)
                    .collect(),
                elements: item
                    .elements
                    .iter()
                    .map(|e| (e.name.clone(), judged.found_names.contains(&e.name)))
                    .collect(),
                year: years::check(item.year, fiscal_year, text),
                judged,
            });
        }
    }
    Inspection {
        url: url.clone(),
        reading,
        lines,
        years: years::find_years(text),
        periods: years::find_periods(text),
        fiscal_year,
        items,
    }
}

/// The bytes of a local file or a URL, with the URL standing for it and its `Content-Type`.
async fn load(target: &str) -> Result<(Vec<u8>, Url, Option<String>), InspectError> {
    let path = Path::new(target);
    if path.is_file() {
        let bytes = std::fs::read(path).map_err(|source| InspectError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        let absolute = std::fs::canonicalize(path).map_err(|source| InspectError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        let url = Url::from_file_path(&absolute).map_err(|_| InspectError::NotFound(absolute))?;
        return Ok((bytes, url, None));
    }
    let url = match Url::parse(target) {
        Ok(url) if matches!(url.scheme(), "http" | "https") => url,
        // a path-like target that is not a file (a typo, a missing file): say so
        Ok(_) | Err(_) if looks_like_path(target) => {
            return Err(InspectError::NotFound(path.to_path_buf()));
        }
        Ok(url) => return Err(InspectError::NotFound(PathBuf::from(url.as_str()))),
        Err(source) => {
            return Err(InspectError::NotAUrl {
                target: target.to_string(),
                source,
            });
        }
    };
    let fetcher = Fetcher::new(FetchConfig::default())?;
    // the URL asked for sets the address rule, as a scan's start page does
    fetcher.decide_address_rule(&url).await;
    let allow_same_host = |u: &Url| u.host_str() == url.host_str();
    let fetched = fetcher
        .get(&url, 20 * 1024 * 1024, &allow_same_host)
        .await
        .map_err(|f| InspectError::Fetch {
            url: url.clone(),
            reason: f.reason.into(),
            detail: f.detail,
        })?;
    if fetched.status >= 400 {
        return Err(InspectError::Status {
            url,
            status: fetched.status,
        });
    }
    Ok((fetched.body, fetched.final_url, fetched.content_type))
}

/// Whether `target` reads as a file path rather than an address.
fn looks_like_path(target: &str) -> bool {
    !target.contains("://")
        && (target.contains('/')
            || target.contains('\\')
            || Path::new(target).extension().is_some())
}
