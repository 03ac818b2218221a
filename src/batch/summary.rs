//! The summary of a batch: one row per agency of the list (or of the shard), in list order,
//! written as CSV in UTF-8 with a BOM (Excel opens Thai names correctly only with one), and the
//! merge of several shards' summaries into one.
//!
//! Columns: `row` (the agency's row in the list), `name`, `url`, `mode` (scan / verify),
//! `status`, `score` (the OIT score; verify: as the assessor would give it), `rating`, `yes`,
//! `no`, `unknown` (verify: pass, fail, unknown), `pages`, `documents`, `unchanged` (documents
//! answered 304 and reused from the previous run), `seconds`, `finished_at` (UTC), `result`
//! (the JSON report, relative to the output folder) and `error`.

use std::path::Path;

use serde::{Deserialize, Serialize};

/// Where an agency stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Scanned (or verified) to the end.
    Done,
    /// Scanned, but a budget (time limit, page budget) cut the crawl: the report covers what was
    /// read.
    Partial,
    /// No usable result: the site did not answer, robots.txt forbids it, the answer sheet or
    /// the ITA page could not be read (`error` says which).
    Failed,
    /// Not run yet (the batch was interrupted before it).
    Pending,
}

impl Status {
    /// The word in the CSV.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Done => "done",
            Status::Partial => "partial",
            Status::Failed => "failed",
            Status::Pending => "pending",
        }
    }
}

/// One agency's line of the summary.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SummaryRow {
    /// Its row in the list.
    pub row: usize,
    /// Its name.
    pub name: String,
    /// Its main website.
    pub url: String,
    /// `scan` or `verify`.
    pub mode: String,
    /// Where it stands.
    pub status: Status,
    /// The OIT score, two decimals.
    pub score: Option<f64>,
    /// Its rating (AA … F).
    pub rating: Option<String>,
    /// Items answered yes (verify: pass).
    pub yes: Option<usize>,
    /// Items answered no (verify: fail).
    pub no: Option<usize>,
    /// Items answered unknown.
    pub unknown: Option<usize>,
    /// HTML pages read.
    pub pages: Option<usize>,
    /// Documents read.
    pub documents: Option<usize>,
    /// Documents the server said were unchanged since the previous run (304), whose reading
    /// was reused.
    pub unchanged: Option<usize>,
    /// How long the agency took, in seconds.
    pub seconds: Option<f64>,
    /// When it finished (UTC).
    pub finished_at: Option<String>,
    /// Its JSON report, relative to the output folder.
    pub result: Option<String>,
    /// Why it failed, or what cut it short.
    pub error: Option<String>,
}

impl SummaryRow {
    /// A row for an agency not run yet.
    pub fn pending(row: usize, name: &str, url: &str, mode: &str) -> SummaryRow {
        SummaryRow {
            row,
            name: name.to_string(),
            url: url.to_string(),
            mode: mode.to_string(),
            status: Status::Pending,
            score: None,
            rating: None,
            yes: None,
            no: None,
            unknown: None,
            pages: None,
            documents: None,
            unchanged: None,
            seconds: None,
            finished_at: None,
            result: None,
            error: None,
        }
    }
}

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// The summary as CSV bytes (with a BOM).
pub fn to_csv(rows: &[SummaryRow]) -> Vec<u8> {
    let mut writer = csv::Writer::from_writer(BOM.to_vec());
    for row in rows {
        writer
            .serialize(row)
            .expect("summary rows always serialise to memory");
    }
    if rows.is_empty() {
        // the header alone, so that an empty shard still has a summary that merges
        writer
            .write_record([
                "row",
                "name",
                "url",
                "mode",
                "status",
                "score",
                "rating",
                "yes",
                "no",
                "unknown",
                "pages",
                "documents",
                "unchanged",
                "seconds",
                "finished_at",
                "result",
                "error",
            ])
            .expect("to memory");
    }
    writer.into_inner().expect("to memory")
}

/// Writes the summary to `path` (through a temporary file, so that a reader never sees half).
pub fn write(path: &Path, rows: &[SummaryRow]) -> std::io::Result<()> {
    let temporary = path.with_extension("csv.tmp");
    std::fs::write(&temporary, to_csv(rows))?;
    std::fs::rename(&temporary, path)
}

/// A summary that cannot be read or merged.
#[derive(Debug, thiserror::Error)]
pub enum MergeError {
    /// The file cannot be read.
    #[error("{path}: cannot read it ({source}); give each shard's summary.csv or output folder")]
    Read {
        /// The file.
        path: String,
        /// Why.
        source: std::io::Error,
    },
    /// A line is not a summary row.
    #[error(
        "{path}: line {line}: not a row of an oitcheck batch summary ({message}); was it edited?"
    )]
    Row {
        /// The file.
        path: String,
        /// Its line.
        line: u64,
        /// What is wrong.
        message: String,
    },
}

/// The rows of a summary CSV written by [`to_csv`].
pub fn read(path: &Path) -> Result<Vec<SummaryRow>, MergeError> {
    let shown = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|source| MergeError::Read {
        path: shown.clone(),
        source,
    })?;
    let body = bytes.strip_prefix(BOM).unwrap_or(&bytes);
    let mut reader = csv::Reader::from_reader(body);
    let mut rows = Vec::new();
    for record in reader.deserialize::<SummaryRow>() {
        let row = record.map_err(|e| MergeError::Row {
            path: shown.clone(),
            line: e.position().map_or(0, |p| p.line()),
            message: e.to_string(),
        })?;
        rows.push(row);
    }
    Ok(rows)
}

/// Several shards' summaries as one, in list order. An agency found in more than one (shards
/// of different splits merged together) keeps its most advanced row (done or partial over
/// failed over pending, then the latest); each such agency is named in the returned notes.
pub fn merge(parts: Vec<Vec<SummaryRow>>) -> (Vec<SummaryRow>, Vec<String>) {
    let rank = |s: Status| match s {
        Status::Done | Status::Partial => 3,
        Status::Failed => 2,
        Status::Pending => 1,
    };
    let mut by_url: indexmap::IndexMap<String, SummaryRow> = indexmap::IndexMap::new();
    let mut notes = Vec::new();
    for row in parts.into_iter().flatten() {
        match by_url.get_mut(&row.url) {
            None => {
                by_url.insert(row.url.clone(), row);
            }
            Some(existing) => {
                notes.push(format!(
                    "{} (row {}) is in more than one summary; the most advanced row is kept",
                    row.url, row.row
                ));
                let newer = (rank(row.status), row.finished_at.clone())
                    > (rank(existing.status), existing.finished_at.clone());
                if newer {
                    *existing = row;
                }
            }
        }
    }
    let mut rows: Vec<SummaryRow> = by_url.into_values().collect();
    rows.sort_by(|a, b| a.row.cmp(&b.row).then_with(|| a.url.cmp(&b.url)));
    (rows, notes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_round_trip_with_a_bom_and_empty_cells() {
        let mut done = SummaryRow::pending(2, "อบต.ตัวอย่าง", "https://a.go.th/", "scan");
        done.status = Status::Done;
        done.score = Some(72.5);
        done.rating = Some("C".into());
        done.yes = Some(20);
        let rows = vec![
            done,
            SummaryRow::pending(3, "B, \"quoted\"", "https://b.go.th/", "verify"),
        ];
        let bytes = to_csv(&rows);
        assert!(bytes.starts_with(BOM));
        let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
        let mut lines = text.lines();
        assert_eq!(
            lines.next(),
            Some(
                "row,name,url,mode,status,score,rating,yes,no,unknown,pages,documents,unchanged,seconds,finished_at,result,error"
            )
        );
        assert_eq!(
            lines.next(),
            Some("2,อบต.ตัวอย่าง,https://a.go.th/,scan,done,72.5,C,20,,,,,,,,,")
        );
        let dir = std::env::temp_dir().join(format!("oitcheck-summary-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("summary.csv");
        write(&path, &rows).unwrap();
        assert_eq!(read(&path).unwrap(), rows);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn merging_orders_by_row_and_keeps_the_advanced_duplicate() {
        let row = |n: usize, url: &str, status: Status| {
            let mut r = SummaryRow::pending(n, url, url, "scan");
            r.status = status;
            r
        };
        let (rows, notes) = merge(vec![
            vec![row(5, "e", Status::Done), row(2, "b", Status::Pending)],
            vec![row(3, "c", Status::Failed), row(2, "b", Status::Done)],
        ]);
        let order: Vec<(usize, Status)> = rows.iter().map(|r| (r.row, r.status)).collect();
        assert_eq!(
            order,
            vec![(2, Status::Done), (3, Status::Failed), (5, Status::Done)]
        );
        assert_eq!(notes.len(), 1);
    }
}
