//! The open database every use case works on.

use std::path::Path;

use crate::model::error::CoreResult;
use crate::store::Store;

/// DP Hub's saved records, open: one SQLite file, or a private one in memory for tests and previews.
pub struct Database {
    pub(crate) store: Store,
}

impl Database {
    /// Opens (creating if needed) the database file at `path` and brings its schema up to date.
    pub fn open(path: &Path) -> CoreResult<Database> {
        Ok(Database {
            store: Store::open(path)?,
        })
    }

    /// A private database in memory, for tests and previews.
    pub fn open_in_memory() -> CoreResult<Database> {
        Ok(Database {
            store: Store::open_in_memory()?,
        })
    }

    /// Whether the file is sound (SQLite's integrity and foreign key checks): the problems
    /// found, none when it is. For `dphub db check`, and for checking a backup.
    pub fn integrity_check(&self) -> CoreResult<Vec<String>> {
        Ok(self.store.integrity_problems()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_database_is_sound() {
        let dir = tempfile::tempdir().unwrap();
        let db = Database::open(&dir.path().join("sound.sqlite3")).unwrap();
        assert_eq!(db.integrity_check().unwrap(), Vec::<String>::new());
    }

    #[test]
    fn a_damaged_file_is_reported() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("damaged.sqlite3");
        drop(Database::open(&path).unwrap());
        // Overwrite the middle of the file (past the header): pages of tables and indexes.
        let mut bytes = std::fs::read(&path).unwrap();
        assert!(bytes.len() > 8192, "{} bytes", bytes.len());
        let page = 4096;
        let end = bytes.len() - page;
        for b in &mut bytes[page..end] {
            *b = 0x5A;
        }
        std::fs::write(&path, bytes).unwrap();
        let problems = match Database::open(&path) {
            Ok(db) => db.integrity_check().map_err(|e| e.to_string()),
            Err(e) => Err(e.to_string()),
        };
        // Either it no longer opens, or the check finds the damage: never "sound".
        assert_ne!(problems, Ok(vec![]));
    }
}
