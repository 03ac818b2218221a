//! oitcheck: checks a Thai public agency's website against the NACC ITA "OIT" item list.
//!
//! The program is a pipeline, one module a stage:
//!
//! * [`checklist`] loads the YAML item lists (data, not code) and [`rules`] compiles them for matching;
//! * [`discover`] keeps the crawl frontier (scope, priority, traps);
//! * [`fetch`] does polite HTTP (per-host rate limit, retries, `Retry-After`, capped bodies, sniffing),
//!   through [`netguard`] (no private addresses from a public start) and [`tls`] (certificate problems);
//! * [`extract`] turns bytes into text and structure (Thai charsets, HTML);
//! * [`crawl`] runs discover → fetch → extract into a [`crawl::SiteSnapshot`];
//! * [`evaluate`] answers each item yes / no / unknown with evidence;
//! * [`score`] rolls answers up into the OIT score and rating;
//! * [`report`] prints a [`scan::ScanReport`] as text or JSON.
//!
//! [`thai`] and [`years`] hold the Thai text and Buddhist-era year rules every stage shares;
//! [`serve`] is the loopback server for fixture sites (demo, tests, accuracy corpus).

pub mod checklist;
pub mod crawl;
pub mod discover;
pub mod eval;
pub mod evaluate;
pub mod extract;
pub mod fetch;
pub mod inspect;
pub mod netguard;
pub mod report;
pub mod rules;
pub mod scan;
pub mod score;
pub mod serve;
pub mod thai;
pub mod tls;
pub mod years;

/// The bundled demo site (`oitcheck demo`).
pub static DEMO_SITE: include_dir::Dir<'_> =
    include_dir::include_dir!("$CARGO_MANIFEST_DIR/demo/site");
