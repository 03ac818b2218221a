//! Conditional requests for re-scans: the validators (`ETag`, `Last-Modified`) and the reading
//! of each document a previous run fetched, so that a monthly re-scan asks "changed since?"
//! (`If-None-Match`, `If-Modified-Since`) and, on `304 Not Modified`, reuses the earlier reading
//! instead of downloading and parsing the file again.
//!
//! Only documents are covered (PDF, DOCX, XLSX, CSV): they are what costs (megabytes to
//! download, the PDF parser's CPU), agency servers send validators for them (static files), and
//! their reading is small to keep (text, deflated by the batch state). HTML pages are fetched in
//! full every time: most are generated per request without validators, they are cheap to parse,
//! and keeping their bodies for 8,000 sites would cost more than refetching them.
//!
//! A [`Revalidation`] holds one site's previous readings ([`Revalidation::new`]) and collects
//! this run's ([`Revalidation::kept`]) for the next. It is attached to the site's
//! [`Fetcher`](crate::fetch::Fetcher) ([`Fetcher::with_revalidation`](crate::fetch::Fetcher::with_revalidation)), which sends
//! the validators; the crawl and `verify` call [`Fetcher::reuse_reading`](crate::fetch::Fetcher::reuse_reading) and
//! [`Fetcher::keep_reading`](crate::fetch::Fetcher::keep_reading) around reading a document. A
//! reading made by another version of oitcheck is not reused (a newer reader may read the file
//! better), nor is a failed reading (the failure may have been passing).

use std::collections::HashMap;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use serde::{Deserialize, Serialize};

use crate::extract::document::DocumentText;
use crate::fetch::ContentKind;

/// What a server said identifies a response's version.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Validators {
    /// The `ETag` header, as sent (quotes and `W/` kept: it is sent back as is).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    /// The `Last-Modified` header, as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_modified: Option<String>,
}

impl Validators {
    /// Whether there is anything to ask a conditional request with.
    pub fn is_empty(&self) -> bool {
        self.etag.is_none() && self.last_modified.is_none()
    }
}

/// A document's reading kept from a run, with what identifies the version read.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct KeptReading {
    /// The validators of the response read.
    pub validators: Validators,
    /// What the body was, sniffed.
    pub kind: ContentKind,
    /// Its `Content-Type` header.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_type: Option<String>,
    /// The `oitcheck <version>` that read it.
    pub tool: String,
    /// Its text.
    pub reading: DocumentText,
}

/// The `tool` of readings made by this build.
pub fn this_tool() -> String {
    format!("oitcheck {}", env!("CARGO_PKG_VERSION"))
}

/// One site's document readings: the previous run's, to revalidate, and this run's, to keep.
#[derive(Debug, Default)]
pub struct Revalidation {
    previous: HashMap<String, KeptReading>,
    kept: Mutex<HashMap<String, KeptReading>>,
    reused: AtomicUsize,
}

impl Revalidation {
    /// Readings of a previous run, by final URL; those made by another version are dropped.
    pub fn new(previous: impl IntoIterator<Item = (String, KeptReading)>) -> Revalidation {
        let tool = this_tool();
        Revalidation {
            previous: previous
                .into_iter()
                .filter(|(_, kept)| kept.tool == tool && !kept.validators.is_empty())
                .collect(),
            ..Revalidation::default()
        }
    }

    /// The validators to send for `url`, when a previous run kept its reading.
    pub fn validators(&self, url: &str) -> Option<&Validators> {
        self.previous.get(url).map(|kept| &kept.validators)
    }

    /// The previous reading of `url`, after the server answered 304 for it; kept for the next
    /// run too.
    pub fn reuse(&self, url: &str) -> Option<KeptReading> {
        let kept = self.previous.get(url)?.clone();
        self.reused.fetch_add(1, Ordering::Relaxed);
        self.kept
            .lock()
            .expect("kept readings")
            .insert(url.to_string(), kept.clone());
        Some(kept)
    }

    /// Keeps this run's reading of `url` for the next run (only with validators: without them
    /// the next run could not ask whether it changed).
    pub fn keep(&self, url: &str, kept: KeptReading) {
        if kept.validators.is_empty() {
            return;
        }
        self.kept
            .lock()
            .expect("kept readings")
            .insert(url.to_string(), kept);
    }

    /// This run's readings (reused or new), by final URL, for the next run.
    pub fn kept(&self) -> HashMap<String, KeptReading> {
        self.kept.lock().expect("kept readings").clone()
    }

    /// How many documents were answered 304 and reused.
    pub fn reused(&self) -> usize {
        self.reused.load(Ordering::Relaxed)
    }
}
