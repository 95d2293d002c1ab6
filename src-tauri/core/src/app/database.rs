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
}
