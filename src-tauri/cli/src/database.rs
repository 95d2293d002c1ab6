//! The database a command works on: --db, else DPHUB_DB, else the app's data folder.

use std::path::PathBuf;

use dphub_core::{CoreError, Database};

use crate::input::problem;

pub fn open(db: Option<PathBuf>) -> Result<Database, CoreError> {
    let Some(path) = dphub_core::app::resolve_db_path(db) else {
        return Err(problem("db", "There is no app data folder here: give --db PATH").into());
    };
    Database::open(&path)
}
