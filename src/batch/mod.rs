//! Batch mode (`oitcheck batch`): scans (or verifies) a list of agencies, many at once, each
//! host polite, resumable after a kill, split into shards for several machines.
//!
//! * [`list`] reads and checks the agency list (CSV or XLSX, English or Thai headers): every
//!   problem with its row and column, before anything is fetched.
//! * [`run`] runs the sites, `jobs` at a time. Each site gets its own
//!   [`Fetcher`](crate::fetch::Fetcher) (its own address rule and certificate record: one site's
//!   `--insecure` finding or intranet address must not leak into another's report) and all of
//!   them share one [`HostGates`](crate::fetch::HostGates), so a host that several sites live on
//!   is still asked at the per-host rate. A site's failure (unreachable, a bad answer sheet, even
//!   a panic) is its summary row, never the batch's end.
//! * [`state`] is the batch's memory, an SQLite file in the output folder: which sites are
//!   finished (with their summary row), and the documents each read with their validators, for
//!   the next run's conditional requests ([`crate::conditional`]). A site is recorded in one
//!   transaction after its result file is written, so a kill at any moment loses at most the
//!   sites in flight, and a rerun fetches nothing for finished ones.
//! * [`summary`] is the summary CSV (a row per agency, UTF-8 with a BOM for Excel) and the
//!   merge of several shards' summaries.
//!
//! Sharding ([`Shard`]) is by a stable hash of the agency's canonical URL, not by row: a list
//! that gains, loses or reorders rows moves no other agency to another shard, so a resumed or
//! next month's run of shard K finds its agencies' state on shard K's volume. The price is
//! shards of slightly uneven size (binomial: ±3 % for 8,300 agencies in 8 shards).

pub mod list;
pub mod run;
pub mod state;
pub mod summary;

pub use list::{Agency, AgencyList, Answers, ListError};
pub use run::{BatchError, BatchOptions, BatchOutcome, BatchProgress, Counts, Output, Quiet, run};
pub use state::{State, StateError};
pub use summary::{Status, SummaryRow};

/// FNV-1a (64 bits), written out: std's hasher may change between Rust releases, and a shard
/// must hold the same agencies on every machine, every month.
pub fn stable_hash(text: &str) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in text.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

/// One of N parts of a list (`--shard K/N`, K from 0, as Kubernetes' `JOB_COMPLETION_INDEX`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    /// This part, 0 … count − 1.
    pub index: u64,
    /// How many parts.
    pub count: u64,
}

/// A `--shard` that is not `K/N` with 0 ≤ K < N.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "--shard `{0}` is not K/N with 0 ≤ K < N (K counts from 0, as JOB_COMPLETION_INDEX does: 0/4 … 3/4)"
)]
pub struct ShardError(pub String);

impl std::str::FromStr for Shard {
    type Err = ShardError;

    fn from_str(text: &str) -> Result<Shard, ShardError> {
        let bad = || ShardError(text.to_string());
        let (k, n) = text.trim().split_once('/').ok_or_else(bad)?;
        let index: u64 = k.trim().parse().map_err(|_| bad())?;
        let count: u64 = n.trim().parse().map_err(|_| bad())?;
        if count == 0 || index >= count {
            return Err(bad());
        }
        Ok(Shard { index, count })
    }
}

impl Shard {
    /// Whether the agency whose key ([`Agency::key`]) is `key` belongs to this part.
    pub fn contains(&self, key: &str) -> bool {
        stable_hash(key) % self.count == self.index
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hash_is_fnv1a() {
        // the published FNV-1a 64 test vectors
        assert_eq!(stable_hash(""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(stable_hash("a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(stable_hash("foobar"), 0x8594_4171_f739_67e8);
    }

    #[test]
    fn shards_parse_from_zero() {
        assert_eq!("0/4".parse::<Shard>(), Ok(Shard { index: 0, count: 4 }));
        assert_eq!(" 3 / 4 ".parse::<Shard>(), Ok(Shard { index: 3, count: 4 }));
        for bad in ["4/4", "1/0", "1", "a/b", "-1/3", ""] {
            assert!(bad.parse::<Shard>().is_err(), "{bad}");
        }
    }
}
