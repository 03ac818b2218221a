//! oitcheck: checks a Thai public agency's website against the NACC ITA "OIT" item list.
//!
//! The program is a pipeline, one module a stage, each passing a typed product to the next:
//!
//! * [`checklist`] loads the YAML item lists (data, not code) and [`rules`] compiles them for
//!   matching (one automaton over every keyword);
//! * [`discover`] keeps the crawl frontier (scope, priority, traps);
//! * [`fetch`] does polite HTTP (per-host rate limit, retries, `Retry-After`, capped bodies,
//!   sniffing), through [`netguard`] (no private addresses from a public start) and [`tls`]
//!   (certificate problems);
//! * [`extract`] turns bytes into text and structure (Thai charsets, HTML, documents);
//! * [`render`] (optional, headless Chromium) gives the DOM of pages whose menus are built by
//!   script;
//! * [`crawl`] runs discover → fetch → extract into a [`SiteSnapshot`] ([`snapshot`]);
//! * [`evaluate`] answers each item yes / no / unknown with evidence ([`ItemResult`]), through
//!   one [`Judge`] shared by scans, `inspect` and the judging of submitted URLs;
//! * [`score`] rolls answers up into the OIT score and rating;
//! * [`scan`] runs the whole pipeline into a [`ScanReport`], the data every output format reads
//!   (the formats themselves live in the command-line binary).
//!
//! [`verify`] is assessor mode: it fetches the URLs an agency submitted (an answer sheet, or its
//! own ITA page) into a snapshot and judges each item with the same [`Judge`], without a crawl.
//! [`diff`] compares two reports of a site (answers changed, evidence lost, score change).
//! [`batch`] scans or verifies a list of agencies concurrently, politely, resumably and in
//! shards; [`conditional`] makes its re-scans ask whether documents changed.
//!
//! [`thai`] and [`years`] hold the Thai text and Buddhist-era year rules every stage shares;
//! [`reason`] the [`ReasonCode`] every failure is reported with; [`inspect`] explains one page or
//! document. [`fixture`] holds the development tools: the loopback server for fixture sites and
//! the accuracy measurement over the labelled corpus.
//!
//! Scanning a site:
//!
//! ```
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() {
//! use oitcheck::{Answer, ScanOptions, checklist, fixture::serve};
//!
//! // a two-page site on loopback (any reachable URL works the same)
//! let mut files = std::collections::HashMap::new();
//! files.insert("index.html", "<title>อบต.ตัวอย่าง</title><a href='/contact.html'>ติดต่อเรา</a>");
//! files.insert("contact.html", "<h1>ติดต่อเรา</h1><p>ที่อยู่ 99 หมู่ 1 โทร 0 5541 1234</p>");
//! let (addr, server) = serve::serve(serve::Site::in_memory(files), 0).await.unwrap();
//!
//! let checklist = checklist::load("ita-2569").unwrap();
//! let start = url::Url::parse(&format!("http://{addr}/")).unwrap();
//! let mut options = ScanOptions::default();
//! options.fetch.rate = 100.0;
//! let (_cancel, never) = tokio::sync::watch::channel(false);
//! let report = oitcheck::scan(&start, &checklist, &options, never, &oitcheck::crawl::Quiet)
//!     .await
//!     .unwrap();
//! server.abort();
//!
//! assert_eq!(report.crawl.pages, 2);
//! assert_eq!(report.items.len(), checklist.items.len());
//! // the site publishes almost nothing: most items are "no", each with a reason
//! assert!(report.summary.no > 20);
//! assert!(report.items.iter().all(|i| i.answer == Answer::Yes || i.reason_code.is_some()));
//! # }
//! ```

#![warn(missing_docs)]

pub mod batch;
pub mod checklist;
pub mod conditional;
pub mod crawl;
pub mod diff;
pub mod discover;
pub mod evaluate;
pub mod extract;
pub mod fetch;
pub mod fixture;
pub mod inspect;
pub mod netguard;
pub mod reason;
pub mod render;
pub mod rules;
pub mod scan;
pub mod score;
pub mod snapshot;
pub mod thai;
pub mod tls;
pub mod verify;
pub mod years;

pub use checklist::{Checklist, ChecklistError};
pub use crawl::CrawlConfig;
pub use evaluate::{Answer, Evidence, ItemResult, Judge};
pub use fetch::FetchConfig;
pub use inspect::{Inspection, inspect};
pub use reason::ReasonCode;
pub use scan::{ScanError, ScanOptions, ScanReport, scan};
pub use score::Score;
pub use snapshot::{SiteSnapshot, SnapshotBuilder, StopReason};

/// The bundled demo site (`oitcheck demo`).
pub static DEMO_SITE: include_dir::Dir<'_> =
    include_dir::include_dir!("$CARGO_MANIFEST_DIR/demo/site");
