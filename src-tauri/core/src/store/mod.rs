//! The database: one SQLite file encrypted with SQLCipher, opened through [`Store::open`] only, with
//! its schema brought up to date by embedded migrations.

mod account;
pub mod backup;
mod checklists;
pub mod cipher;
mod contact_search;
mod contacts;
mod costs;
mod document_templates;
mod employments;
mod handover;
mod ids;
mod import_rules;
mod in_date;
mod integrity;
pub mod migrations;
mod people;
mod search_rank;
mod settings;
mod signatures;
mod stored_contact;
mod stored_terms;
mod stored_version;
mod terms_history;

use std::path::{Path, PathBuf};

use rusqlite::Connection;

use cipher::{owner_only, DbKey, FileState};

pub use checklists::StoredItem;
pub use contact_search::{ContactHits, COUNTED_AT_MOST};
pub use contacts::ContactKeys;
pub use employments::EmploymentRow;
pub use handover::{
    read_handed_over_contact, Bundle, BundleContact, BundleSetting, BundleTable, Cell,
    BUNDLE_FORMAT,
};
pub use signatures::SignedDocument;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("Could not open the database at {path}: {source}")]
    Open {
        path: PathBuf,
        source: rusqlite::Error,
    },
    #[error("Could not create the folder for the database, {path}: {source}")]
    CreateFolder {
        path: PathBuf,
        source: std::io::Error,
    },
    /// The key does not open the file; nothing on disk was changed.
    #[error("The key does not open this database")]
    WrongKey,
    #[error("Could not use the file {path}: {source}")]
    File {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("Could not encrypt the database: {0}")]
    Encrypting(String),
    #[error("Could not bring the database up to date: {0}")]
    Migrate(#[from] rusqlite_migration::Error),
    #[error("The database has a value it cannot read ({0}); it may have been changed by another program")]
    Corrupt(String),
    #[error("Database error: {0}")]
    Sql(#[from] rusqlite::Error),
}

pub type StoreResult<T> = Result<T, StoreError>;

/// What is said when another program (most often a second DP Hub) holds the database.
pub const BUSY_MESSAGE: &str = "DP Hub is already open on this computer, or another program is using the database: close it and try again. Nothing was changed";

impl StoreError {
    /// Whether SQLite said the database is busy or locked by another connection.
    pub fn is_busy(&self) -> bool {
        let code = match self {
            StoreError::Open { source, .. } | StoreError::Sql(source) => source.sqlite_error_code(),
            StoreError::Migrate(rusqlite_migration::Error::RusqliteError { err, .. }) => {
                err.sqlite_error_code()
            }
            _ => None,
        };
        matches!(
            code,
            Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)
        )
    }
}

impl From<StoreError> for crate::CoreError {
    fn from(e: StoreError) -> Self {
        if e.is_busy() {
            return crate::CoreError::Storage(BUSY_MESSAGE.into());
        }
        crate::CoreError::Storage(e.to_string())
    }
}

impl From<rusqlite::Error> for crate::CoreError {
    fn from(e: rusqlite::Error) -> Self {
        StoreError::Sql(e).into()
    }
}

pub struct Store {
    conn: Connection,
    in_date: std::cell::RefCell<in_date::InDateCache>,
    /// The key the file was opened with (none in memory), for copies of it (the automatic
    /// backups) and for opening it again after a restore.
    key: Option<DbKey>,
}

impl Store {
    /// Opens (creating if needed) the database file at `path` with `key`, and migrates it. A plain
    /// database from an earlier DP Hub is first encrypted with `key`; a wrong key answers
    /// [`StoreError::WrongKey`] and changes nothing.
    pub fn open(path: &Path, key: &DbKey) -> StoreResult<Store> {
        cipher::ready();
        owner_only::create_folder_for(path).map_err(|source| StoreError::CreateFolder {
            path: path.parent().unwrap_or(path).to_path_buf(),
            source,
        })?;
        if cipher::file_state(path)? == FileState::Plain {
            cipher::plain::encrypt_in_place(path, key)?;
        }
        // SQLite gives the -wal and -shm files the database file's permissions.
        owner_only::create_file(path).map_err(|source| StoreError::File {
            path: path.to_path_buf(),
            source,
        })?;
        let conn = Connection::open(path).map_err(|source| StoreError::Open {
            path: path.to_path_buf(),
            source,
        })?;
        cipher::unlock(&conn, key)?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        let mut store = Self::prepare(conn)?;
        store.key = Some(DbKey::from_bytes(*key.as_bytes()));
        owner_only::restrict_database(path).map_err(|source| StoreError::File {
            path: path.to_path_buf(),
            source,
        })?;
        Ok(store)
    }

    /// Re-encrypts the open database with a new key, in one transaction.
    pub fn rekey(&mut self, key: &DbKey) -> StoreResult<()> {
        cipher::rekey(&self.conn, key)?;
        self.key = Some(DbKey::from_bytes(*key.as_bytes()));
        Ok(())
    }

    /// A private database in memory, for tests and previews.
    pub fn open_in_memory() -> StoreResult<Store> {
        cipher::ready();
        Self::prepare(Connection::open_in_memory()?)
    }

    fn prepare(mut conn: Connection) -> StoreResult<Store> {
        conn.pragma_update(None, "foreign_keys", "ON")?;
        // A 64 MB page cache (the default is 2 MB) keeps a large contact book's search index and
        // filter columns in memory, so searching as you type does not wait on the disk.
        conn.pragma_update(None, "cache_size", -65_536)?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        search_rank::register(&conn)?;
        migrations::all().to_latest(&mut conn)?;
        Ok(Store {
            conn,
            in_date: Default::default(),
            key: None,
        })
    }
}

/// Where the database lives when no `--db` or `DPHUB_DB` is given: the app's data folder, the same
/// one the desktop app uses (e.g. `~/.local/share/org.dphub.desktop/dphub.sqlite3` on Linux).
pub fn default_db_path() -> Option<PathBuf> {
    directories::BaseDirs::new().map(|dirs| {
        dirs.data_dir()
            .join(crate::APP_IDENTIFIER)
            .join(DB_FILE_NAME)
    })
}

pub const DB_FILE_NAME: &str = "dphub.sqlite3";

/// The environment variable that overrides the default database path.
pub const DB_ENV_VAR: &str = "DPHUB_DB";

/// The database to use: the given path, else `DPHUB_DB`, else the default.
pub fn resolve_db_path(given: Option<PathBuf>) -> Option<PathBuf> {
    given
        .or_else(|| {
            std::env::var_os(DB_ENV_VAR)
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
        })
        .or_else(default_db_path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_valid() {
        migrations::all().validate().unwrap();
    }

    fn key(byte: u8) -> DbKey {
        DbKey::from_bytes([byte; 32])
    }

    #[test]
    fn file_database_uses_wal_foreign_keys_and_has_fts5() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("nested/folder/db.sqlite3"), &key(1)).unwrap();
        let mode: String = store
            .conn
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))
            .unwrap();
        assert_eq!(mode, "wal");
        let fk: i64 = store
            .conn
            .query_row("PRAGMA foreign_keys", [], |r| r.get(0))
            .unwrap();
        assert_eq!(fk, 1);
        store
            .conn
            .execute_batch("CREATE VIRTUAL TABLE t USING fts5(x)")
            .unwrap();
    }

    #[test]
    fn reopening_keeps_the_schema_version() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db.sqlite3");
        drop(Store::open(&path, &key(1)).unwrap());
        let store = Store::open(&path, &key(1)).unwrap();
        let version: i64 = store
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert!(version >= 1);
    }
}
