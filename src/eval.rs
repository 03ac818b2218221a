//! Accuracy evaluation: serve each labelled fixture site on loopback, scan it, and compare the
//! answers with the labels (`tests/corpus/<site>/labels.yaml`, format in `tests/corpus/FORMAT.md`).
//!
//! This is the instrument every change to matching rules is measured with: item accuracy, false
//! yes, false no, unknowns, evidence hit rate, OIT score error, and errors grouped by reason.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use tokio::sync::watch;
use url::Url;

use crate::checklist::{self, Checklist};
use crate::crawl::{CrawlConfig, Quiet};
use crate::evaluate::{Answer, ItemResult};
use crate::fetch::FetchConfig;
use crate::scan::{self, ScanOptions, ScanReport};
use crate::score;
use crate::serve;

/// The truth for one item.
#[derive(Debug, Clone, Deserialize)]
pub struct Label {
    pub answer: LabelAnswer,
    #[serde(default)]
    pub evidence: Vec<String>,
    #[serde(default)]
    pub reason: String,
    #[serde(default)]
    pub case: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LabelAnswer {
    Yes,
    No,
}

/// A site's `labels.yaml`.
#[derive(Debug, Clone, Deserialize)]
pub struct Labels {
    pub site: String,
    #[serde(default)]
    pub agency: String,
    #[serde(default = "default_checklist")]
    pub checklist: String,
    #[serde(default = "default_start")]
    pub start: String,
    #[serde(default)]
    pub features: Vec<String>,
    #[serde(default)]
    pub modelled_on: String,
    pub items: BTreeMap<String, Label>,
}

fn default_checklist() -> String {
    "ita-2569".into()
}
fn default_start() -> String {
    "/".into()
}

/// One item where the scan and the label disagree.
#[derive(Debug, Clone, Serialize)]
pub struct Mismatch {
    pub site: String,
    pub item: String,
    pub expected: String,
    pub got: String,
    /// The label's case tag for a false yes; the scan's reason code for a false no or unknown.
    pub case: String,
    pub detail: String,
}

/// Counts for one site or the whole corpus.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Tally {
    pub items: usize,
    pub correct: usize,
    pub false_yes: usize,
    pub false_no: usize,
    pub unknown: usize,
    /// Items both labelled and answered yes.
    pub true_yes: usize,
    /// Of those, how many name an acceptable evidence URL.
    pub evidence_hits: usize,
    pub oit_abs_error: f64,
    pub sites: usize,
}

impl Tally {
    pub fn accuracy(&self) -> f64 {
        ratio(self.correct, self.items)
    }
    pub fn false_yes_rate(&self) -> f64 {
        ratio(self.false_yes, self.items)
    }
    pub fn evidence_hit_rate(&self) -> f64 {
        if self.true_yes == 0 {
            1.0
        } else {
            ratio(self.evidence_hits, self.true_yes)
        }
    }
    fn add(&mut self, other: &Tally) {
        self.items += other.items;
        self.correct += other.correct;
        self.false_yes += other.false_yes;
        self.false_no += other.false_no;
        self.unknown += other.unknown;
        self.true_yes += other.true_yes;
        self.evidence_hits += other.evidence_hits;
        self.oit_abs_error += other.oit_abs_error;
        self.sites += other.sites;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

/// The evaluation of one site.
#[derive(Debug, Clone, Serialize)]
pub struct SiteResult {
    pub site: String,
    pub tally: Tally,
    pub oit_expected: f64,
    pub oit_got: f64,
    pub mismatches: Vec<Mismatch>,
}

/// The evaluation of a corpus.
#[derive(Debug, Clone, Serialize)]
pub struct EvalReport {
    pub sites: Vec<SiteResult>,
    pub total: Tally,
}

/// A labelled site folder: `DIR/site/` + `DIR/labels.yaml` (or `demo/`).
pub fn find_sites(root: &Path) -> Result<Vec<PathBuf>, String> {
    if root.join("labels.yaml").is_file() {
        return Ok(vec![root.to_path_buf()]);
    }
    let entries =
        std::fs::read_dir(root).map_err(|e| format!("cannot read {}: {e}", root.display()))?;
    let mut sites: Vec<PathBuf> = entries
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.join("labels.yaml").is_file() && p.join("site").is_dir())
        .collect();
    sites.sort();
    if sites.is_empty() {
        return Err(format!(
            "no labelled sites under {} (each needs site/ and labels.yaml; see tests/corpus/FORMAT.md)",
            root.display()
        ));
    }
    Ok(sites)
}

pub fn load_labels(dir: &Path) -> Result<Labels, String> {
    let path = dir.join("labels.yaml");
    let text = std::fs::read_to_string(&path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    serde_saphyr::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

fn scan_options() -> ScanOptions {
    ScanOptions {
        fetch: FetchConfig {
            rate: 200.0,
            concurrency: 4,
            max_retries: 0,
            ..FetchConfig::default()
        },
        crawl: CrawlConfig {
            workers: 4,
            max_pages: 400,
            time_limit: std::time::Duration::from_secs(120),
            ..CrawlConfig::default()
        },
        fiscal_year: None,
        iit: None,
        eit: None,
    }
}

/// Serves and scans one labelled site.
pub async fn scan_site(
    dir: &Path,
    labels: &Labels,
    checklist: &Checklist,
) -> Result<ScanReport, String> {
    let site = serve::Site::from_dir(&dir.join("site"))?;
    let (addr, server) = serve::serve(site, 0)
        .await
        .map_err(|e| format!("cannot serve {}: {e}", dir.display()))?;
    let start = Url::parse(&format!("http://{addr}{}", labels.start))
        .map_err(|e| format!("bad start {}: {e}", labels.start))?;
    let (_tx, rx) = watch::channel(false);
    let report = scan::scan(&start, checklist, &scan_options(), rx, &Quiet).await;
    server.abort();
    report
}

/// Path and query of a URL, percent-decoded, for comparing with label paths.
fn local_part(url: &str) -> String {
    let parsed = Url::parse(url).ok();
    let path = parsed.as_ref().map(|u| {
        let mut p = u.path().to_string();
        if let Some(q) = u.query() {
            p.push('?');
            p.push_str(q);
        }
        p
    });
    crate::rules::percent_decode(&path.unwrap_or_else(|| url.to_string()).replace('+', "%2B"))
}

/// Compares a scan with its labels.
pub fn compare(labels: &Labels, report: &ScanReport, checklist: &Checklist) -> SiteResult {
    let mut tally = Tally {
        sites: 1,
        ..Tally::default()
    };
    let mut mismatches = Vec::new();
    let mut expected_items: Vec<ItemResult> = Vec::new();
    for item in &report.items {
        let Some(label) = labels.items.get(&item.id) else {
            continue;
        };
        tally.items += 1;
        let mut truth = item.clone();
        truth.answer = if label.answer == LabelAnswer::Yes {
            Answer::Yes
        } else {
            Answer::No
        };
        expected_items.push(truth);
        let (expected, got) = (label.answer, item.answer);
        let correct = matches!(
            (expected, got),
            (LabelAnswer::Yes, Answer::Yes) | (LabelAnswer::No, Answer::No)
        );
        if correct {
            tally.correct += 1;
        }
        if expected == LabelAnswer::Yes && got == Answer::Yes {
            tally.true_yes += 1;
            let wanted: Vec<String> = label
                .evidence
                .iter()
                .map(|e| crate::rules::percent_decode(e))
                .collect();
            if item
                .evidence
                .iter()
                .any(|e| wanted.contains(&local_part(&e.url)))
            {
                tally.evidence_hits += 1;
            }
        }
        match (expected, got) {
            (LabelAnswer::No, Answer::Yes) => tally.false_yes += 1,
            (LabelAnswer::Yes, Answer::No) => tally.false_no += 1,
            (_, Answer::Unknown) => tally.unknown += 1,
            _ => {}
        }
        if !correct {
            let case = match got {
                Answer::Yes => {
                    if label.case.is_empty() {
                        "unlabelled".into()
                    } else {
                        label.case.clone()
                    }
                }
                _ => item.reason_code.clone().unwrap_or_else(|| "none".into()),
            };
            let detail = match got {
                Answer::Yes => format!(
                    "label: {} · scan evidence: {}",
                    label.reason,
                    item.evidence
                        .first()
                        .map(|e| local_part(&e.url))
                        .unwrap_or_default()
                ),
                _ => format!(
                    "scan: {} · label evidence: {}",
                    item.reason,
                    label.evidence.join(", ")
                ),
            };
            mismatches.push(Mismatch {
                site: labels.site.clone(),
                item: item.id.clone(),
                expected: if expected == LabelAnswer::Yes {
                    "yes".into()
                } else {
                    "no".into()
                },
                got: got.as_str().into(),
                case,
                detail,
            });
        }
    }
    let expected_score = score::score(checklist, &expected_items, None, None).oit;
    tally.oit_abs_error = (expected_score - report.score.oit).abs();
    SiteResult {
        site: labels.site.clone(),
        tally,
        oit_expected: expected_score,
        oit_got: report.score.oit,
        mismatches,
    }
}

/// Evaluates every labelled site under `root` (or `root` itself if it is one).
pub async fn evaluate_corpus(root: &Path) -> Result<EvalReport, String> {
    let mut sites = Vec::new();
    let mut total = Tally::default();
    let mut checklists: BTreeMap<String, Checklist> = BTreeMap::new();
    for dir in find_sites(root)? {
        let labels = load_labels(&dir)?;
        if !checklists.contains_key(&labels.checklist) {
            let c = checklist::load(&labels.checklist).map_err(|e| e.to_string())?;
            checklists.insert(labels.checklist.clone(), c);
        }
        let checklist = &checklists[&labels.checklist];
        let report = scan_site(&dir, &labels, checklist).await?;
        let result = compare(&labels, &report, checklist);
        total.add(&result.tally);
        sites.push(result);
    }
    Ok(EvalReport { sites, total })
}

/// The accuracy table for people.
pub fn render(report: &EvalReport) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{:<24} {:>5} {:>9} {:>9} {:>8} {:>8} {:>9} {:>13}",
        "site", "items", "accuracy", "false yes", "false no", "unknown", "evidence", "OIT exp/got"
    );
    let row = |name: &str, t: &Tally, oit: String| {
        format!(
            "{:<24} {:>5} {:>9.3} {:>9} {:>8} {:>8} {:>9.3} {:>13}",
            name,
            t.items,
            t.accuracy(),
            t.false_yes,
            t.false_no,
            t.unknown,
            t.evidence_hit_rate(),
            oit
        )
    };
    for site in &report.sites {
        let _ = writeln!(
            out,
            "{}",
            row(
                &site.site,
                &site.tally,
                format!("{:.1}/{:.1}", site.oit_expected, site.oit_got)
            )
        );
    }
    let t = &report.total;
    let mean_error = if t.sites == 0 {
        0.0
    } else {
        t.oit_abs_error / t.sites as f64
    };
    let _ = writeln!(out, "{}", row("TOTAL", t, format!("±{mean_error:.1}")));
    let _ = writeln!(
        out,
        "false-yes rate {:.3} · mean OIT score error {mean_error:.2}",
        t.false_yes_rate()
    );
    let mut groups: BTreeMap<String, Vec<&Mismatch>> = BTreeMap::new();
    for m in report.sites.iter().flat_map(|s| &s.mismatches) {
        groups
            .entry(format!(
                "expected {} got {} · {}",
                m.expected, m.got, m.case
            ))
            .or_default()
            .push(m);
    }
    if !groups.is_empty() {
        let _ = writeln!(out, "\nerrors by reason:");
        for (group, list) in &groups {
            let _ = writeln!(out, "  {group} ({})", list.len());
            for m in list {
                let _ = writeln!(
                    out,
                    "    {}/{}: {}",
                    m.site,
                    m.item,
                    crate::report::shorten(&m.detail, 160)
                );
            }
        }
    }
    out
}

/// Smoke check on real agency sites (`../shared/sites/real/<site>/`, unlabelled or partly
/// labelled): serve each, scan it with `checklist`, and list what oitcheck answered.
pub async fn real_sites(root: &Path, checklist: &Checklist) -> Result<String, String> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(root)
        .map_err(|e| format!("cannot read {}: {e}", root.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    let mut out = String::new();
    for dir in dirs {
        let name = dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        // a real site folder is the served root itself (no site/ and labels.yaml)
        let report = {
            let site = serve::Site::from_dir(&dir)?;
            let (addr, server) = serve::serve(site, 0)
                .await
                .map_err(|e| format!("cannot serve {}: {e}", dir.display()))?;
            let start = Url::parse(&format!("http://{addr}/")).map_err(|e| e.to_string())?;
            let (_tx, rx) = watch::channel(false);
            let report = scan::scan(&start, checklist, &scan_options(), rx, &Quiet).await;
            server.abort();
            report?
        };
        let _ = writeln!(
            out,
            "{name}: {} pages, {} documents, stopped {} · yes {} · no {} · unknown {} · OIT {:.2} ({})",
            report.crawl.pages,
            report.crawl.documents,
            report.crawl.stopped,
            report.summary.yes,
            report.summary.no,
            report.summary.unknown,
            report.score.oit,
            report.score.rating
        );
        for item in report.items.iter().filter(|i| i.answer != Answer::No) {
            let evidence = item
                .evidence
                .first()
                .map(|e| local_part(&e.url))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "  {} {:<7} {} {}",
                item.id,
                item.answer.as_str(),
                evidence,
                item.reason_code.as_deref().unwrap_or("")
            );
        }
    }
    Ok(out)
}
