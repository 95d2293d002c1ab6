//! Whether the database file is sound, as SQLite itself checks it.

use super::{Store, StoreResult};

impl Store {
    /// SQLite's `PRAGMA integrity_check` (every page, index and constraint) and
    /// `PRAGMA foreign_key_check`: the problems found, none when the file is sound.
    pub fn integrity_problems(&self) -> StoreResult<Vec<String>> {
        let mut problems = Vec::new();
        let mut check = self.conn.prepare("PRAGMA integrity_check")?;
        for row in check.query_map([], |r| r.get::<_, String>(0))? {
            let row = row?;
            if row != "ok" {
                problems.push(row);
            }
        }
        let mut keys = self.conn.prepare("PRAGMA foreign_key_check")?;
        for row in keys.query_map([], |r| {
            Ok(format!(
                "row {} of {} refers to a missing row of {}",
                r.get::<_, Option<i64>>(1)?.unwrap_or_default(),
                r.get::<_, String>(0)?,
                r.get::<_, String>(2)?
            ))
        })? {
            problems.push(row?);
        }
        Ok(problems)
    }
}
