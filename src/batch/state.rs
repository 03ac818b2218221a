//! The batch's memory: an SQLite file (`state.sqlite` in the output folder).
//!
//! * `sites`: each finished agency, by key (its canonical URL): the job it ran (mode, checklist,
//!   fiscal year, answers: a changed job is run again), its status and its summary row (JSON).
//! * `documents`: each document a finished agency read, by agency and final URL, with the
//!   validators the server sent and its reading (JSON, deflated): the next run's conditional
//!   requests ([`crate::conditional`]).
//!
//! An agency is recorded in one transaction, after its result file is written: a kill at any
//! moment leaves every recorded agency whole. The file is opened in SQLite's exclusive locking
//! mode, so a second batch started on the same output folder is refused at once instead of
//! interleaving with the first. SQLite rather than a journal of JSON lines: it is one file that
//! stays consistent through a kill mid-write, answers "is this agency done" and "what did it
//! read" without loading everything, and a person can open it (`sqlite3 state.sqlite`).

use std::collections::HashMap;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

use rusqlite::{Connection, OpenFlags, OptionalExtension, params};

use crate::batch::summary::SummaryRow;
use crate::conditional::KeptReading;

/// The schema this build writes (SQLite's `user_version`).
const SCHEMA_VERSION: i64 = 1;

/// The state file could not be used.
#[derive(Debug, thiserror::Error)]
pub enum StateError {
    /// Another batch holds it.
    #[error(
        "{path}: another oitcheck batch is using this output folder; wait for it to finish, or give another --output"
    )]
    Busy {
        /// The file.
        path: PathBuf,
    },
    /// Made by a newer oitcheck.
    #[error(
        "{path}: made by a newer oitcheck (state version {found}, this one reads {SCHEMA_VERSION}); use that version, or another --output"
    )]
    Newer {
        /// The file.
        path: PathBuf,
        /// Its version.
        found: i64,
    },
    /// SQLite failed (a damaged file, a full disk).
    #[error(
        "{path}: {source}; if the file is damaged, move it away: finished agencies will be run again"
    )]
    Sqlite {
        /// The file.
        path: PathBuf,
        /// SQLite's error.
        source: rusqlite::Error,
    },
}

/// An agency recorded as finished.
#[derive(Debug, Clone)]
pub struct Finished {
    /// The job it ran ([`crate::batch::Agency::job`]).
    pub job: String,
    /// Its summary row.
    pub row: SummaryRow,
}

/// An open state file. (The connection sits behind a mutex so that a batch's future can move
/// between threads; only the batch's own loop uses it.)
pub struct State {
    conn: Mutex<Connection>,
    path: PathBuf,
}

impl std::fmt::Debug for State {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("State").field("path", &self.path).finish()
    }
}

impl State {
    /// Opens (or creates) the state at `path` for a run, holding it against other batches.
    pub fn open(path: &Path) -> Result<State, StateError> {
        let conn = Connection::open(path).map_err(|source| sqlite(path, source))?;
        let state = State {
            conn: Mutex::new(conn),
            path: path.to_path_buf(),
        };
        state.check_version()?;
        // exclusive: the lock taken by the first write below is kept until the batch ends
        state
            .conn()
            .execute_batch(
                "PRAGMA locking_mode = EXCLUSIVE;
                 PRAGMA foreign_keys = ON;
                 BEGIN IMMEDIATE;
                 CREATE TABLE IF NOT EXISTS sites (
                     key TEXT PRIMARY KEY,
                     job TEXT NOT NULL,
                     status TEXT NOT NULL,
                     summary TEXT NOT NULL,
                     finished_at TEXT NOT NULL
                 );
                 CREATE TABLE IF NOT EXISTS documents (
                     site TEXT NOT NULL,
                     url TEXT NOT NULL,
                     kept BLOB NOT NULL,
                     PRIMARY KEY (site, url)
                 );
                 PRAGMA user_version = 1;
                 COMMIT;",
            )
            .map_err(|source| state.error(source))?;
        Ok(state)
    }

    /// Opens the state of a previous run, only to read its documents' validators.
    pub fn open_previous(path: &Path) -> Result<State, StateError> {
        let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
            .map_err(|source| sqlite(path, source))?;
        let state = State {
            conn: Mutex::new(conn),
            path: path.to_path_buf(),
        };
        state.check_version()?;
        Ok(state)
    }

    /// Where the file is.
    pub fn path(&self) -> &Path {
        &self.path
    }

    fn conn(&self) -> MutexGuard<'_, Connection> {
        self.conn.lock().expect("state lock")
    }

    fn check_version(&self) -> Result<(), StateError> {
        let found: i64 = self
            .conn()
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(|source| self.error(source))?;
        if found > SCHEMA_VERSION {
            return Err(StateError::Newer {
                path: self.path.clone(),
                found,
            });
        }
        Ok(())
    }

    fn error(&self, source: rusqlite::Error) -> StateError {
        sqlite(&self.path, source)
    }

    /// Every finished agency, by key.
    pub fn finished(&self) -> Result<HashMap<String, Finished>, StateError> {
        let conn = self.conn();
        let mut statement = conn
            .prepare("SELECT key, job, summary FROM sites")
            .map_err(|source| self.error(source))?;
        let rows = statement
            .query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                ))
            })
            .map_err(|source| self.error(source))?;
        let mut finished = HashMap::new();
        for row in rows {
            let (key, job, summary) = row.map_err(|source| self.error(source))?;
            // a row this build cannot read is run again rather than trusted
            if let Ok(row) = serde_json::from_str::<SummaryRow>(&summary) {
                finished.insert(key, Finished { job, row });
            }
        }
        Ok(finished)
    }

    /// Records an agency as finished, with the documents it read, in one transaction.
    pub fn record(
        &self,
        key: &str,
        job: &str,
        row: &SummaryRow,
        kept: &HashMap<String, KeptReading>,
    ) -> Result<(), StateError> {
        let path = self.path.clone();
        let fail = |source| sqlite(&path, source);
        let summary = serde_json::to_string(row).expect("summary rows always serialise");
        let mut conn = self.conn();
        let transaction = conn.transaction().map_err(fail)?;
        transaction
            .execute(
                "INSERT OR REPLACE INTO sites (key, job, status, summary, finished_at)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                params![
                    key,
                    job,
                    row.status.as_str(),
                    summary,
                    row.finished_at.as_deref().unwrap_or("")
                ],
            )
            .map_err(fail)?;
        transaction
            .execute("DELETE FROM documents WHERE site = ?1", params![key])
            .map_err(fail)?;
        {
            let mut insert = transaction
                .prepare("INSERT INTO documents (site, url, kept) VALUES (?1, ?2, ?3)")
                .map_err(fail)?;
            for (url, reading) in kept {
                insert
                    .execute(params![key, url, deflate(reading)])
                    .map_err(fail)?;
            }
        }
        transaction.commit().map_err(fail)
    }

    /// The documents `key` read in this state's run, by final URL (readings that no longer
    /// read back are left out: the document is then simply fetched).
    pub fn readings(&self, key: &str) -> Result<Vec<(String, KeptReading)>, StateError> {
        let conn = self.conn();
        let mut statement = conn
            .prepare_cached("SELECT url, kept FROM documents WHERE site = ?1")
            .map_err(|source| self.error(source))?;
        let rows = statement
            .query_map(params![key], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, Vec<u8>>(1)?))
            })
            .map_err(|source| self.error(source))?;
        let mut readings = Vec::new();
        for row in rows {
            let (url, blob) = row.map_err(|source| self.error(source))?;
            if let Some(reading) = inflate(&blob) {
                readings.push((url, reading));
            }
        }
        Ok(readings)
    }

    /// Whether `key` is recorded (for tests and tools).
    pub fn contains(&self, key: &str) -> Result<bool, StateError> {
        self.conn()
            .query_row("SELECT 1 FROM sites WHERE key = ?1", params![key], |_| {
                Ok(())
            })
            .optional()
            .map(|found| found.is_some())
            .map_err(|source| self.error(source))
    }
}

fn sqlite(path: &Path, source: rusqlite::Error) -> StateError {
    if let rusqlite::Error::SqliteFailure(e, _) = &source
        && matches!(
            e.code,
            rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked
        )
    {
        return StateError::Busy {
            path: path.to_path_buf(),
        };
    }
    StateError::Sqlite {
        path: path.to_path_buf(),
        source,
    }
}

/// A reading as stored: JSON, deflated (Thai text shrinks about five times).
fn deflate(reading: &KeptReading) -> Vec<u8> {
    let json = serde_json::to_vec(reading).expect("readings always serialise");
    let mut encoder =
        flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(&json).expect("to memory");
    encoder.finish().expect("to memory")
}

fn inflate(blob: &[u8]) -> Option<KeptReading> {
    let mut json = Vec::new();
    flate2::read::DeflateDecoder::new(blob)
        .read_to_end(&mut json)
        .ok()?;
    serde_json::from_slice(&json).ok()
}
