//! Which contacts' DBS check and training are in date today, held in memory between searches.
//!
//! "DBS in date" and "no expired training" depend on today's date and the council's DBS limit, so
//! the search index cannot hold them. Checking them row by row against the contact table costs a
//! table lookup for every text match, most of a filtered search's time; reading both lists once
//! and keeping them until anything in the database changes (here or in another program, such as
//! the `dphub` command line) makes each check a bit test.

use chrono::NaiveDate;
use rusqlite::Connection;

use crate::model::contacts::{ContactId, ContactRules};

/// The in-date filters a search asks for, and what "in date" means for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct InDateCheck {
    pub dbs: bool,
    pub training: bool,
    pub rules: ContactRules,
    pub today: NaiveDate,
}

/// What the lists were read for: they are read again when any of it changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct ReadFor {
    /// Changes other connections have committed (`PRAGMA data_version`).
    others: i64,
    /// Rows this connection has changed.
    ours: u64,
    today: NaiveDate,
    rules: ContactRules,
}

#[derive(Default)]
pub(super) struct InDateCache {
    read_for: Option<ReadFor>,
    dbs: IdSet,
    training: IdSet,
}

impl InDateCache {
    /// Whether a contact passes `check`, reading the lists first if the data, the date or the
    /// rules have changed since they were read.
    pub fn passes(
        &mut self,
        conn: &Connection,
        check: InDateCheck,
    ) -> rusqlite::Result<impl Fn(ContactId) -> bool + '_> {
        let InDateCheck {
            rules,
            today,
            dbs,
            training,
        } = check;
        let read_for = ReadFor {
            others: conn.query_row("PRAGMA data_version", [], |r| r.get(0))?,
            ours: conn.total_changes(),
            today,
            rules,
        };
        if self.read_for != Some(read_for) {
            self.dbs = IdSet::read(
                conn,
                "SELECT id FROM contact WHERE dbs_update_service OR dbs_issue_date >= ?1",
                rules.oldest_dbs_issue_date(today),
            )?;
            self.training = IdSet::read(
                conn,
                "SELECT id FROM contact
                  WHERE earliest_training_expiry IS NULL OR earliest_training_expiry >= ?1",
                today,
            )?;
            self.read_for = Some(read_for);
        }
        Ok(move |id| (!dbs || self.dbs.contains(id)) && (!training || self.training.contains(id)))
    }
}

/// Contact ids as a bit set: contact ids are small and dense (SQLite rowids).
#[derive(Default)]
struct IdSet(Vec<u64>);

impl IdSet {
    fn read(conn: &Connection, sql: &str, date: NaiveDate) -> rusqlite::Result<IdSet> {
        let mut set = IdSet::default();
        let mut st = conn.prepare_cached(sql)?;
        let mut rows = st.query([date.to_string()])?;
        while let Some(row) = rows.next()? {
            set.insert(row.get(0)?);
        }
        Ok(set)
    }

    fn insert(&mut self, id: ContactId) {
        let Ok(id) = usize::try_from(id.0) else {
            return;
        };
        let word = id / 64;
        if word >= self.0.len() {
            self.0.resize(word + 1, 0);
        }
        self.0[word] |= 1 << (id % 64);
    }

    fn contains(&self, id: ContactId) -> bool {
        usize::try_from(id.0)
            .ok()
            .and_then(|id| self.0.get(id / 64).map(|w| w & (1 << (id % 64)) != 0))
            .unwrap_or(false)
    }
}

#[cfg(test)]
mod tests {
    use super::IdSet;
    use crate::model::contacts::ContactId;

    #[test]
    fn an_id_set_holds_what_was_put_in_and_nothing_else() {
        let mut set = IdSet::default();
        for id in [1, 63, 64, 100_000] {
            set.insert(ContactId(id));
        }
        for id in [1, 63, 64, 100_000] {
            assert!(set.contains(ContactId(id)), "{id}");
        }
        for id in [0, 2, 65, 99_999, 100_001, -1, i64::MAX] {
            assert!(!set.contains(ContactId(id)), "{id}");
        }
    }
}
