//! Encrypting a database an earlier DP Hub left unencrypted, the first time it is opened.
//!
//! The steps are separate functions so a test can stop after any of them. Until the last rename the
//! plain file is untouched apart from its journal mode, and the encrypted copy has a temporary name;
//! after the rename the encrypted copy is complete and verified. So an interruption at any point
//! leaves one complete database that opens with its rows, and the next open starts again.

use std::path::{Path, PathBuf};

use rusqlite::Connection;

use super::owner_only::{self, beside, COMPANIONS};
use super::DbKey;
use crate::store::{StoreError, StoreResult};

/// Encrypts the plain database at `path` in place, with `key`.
pub fn encrypt_in_place(path: &Path, key: &DbKey) -> StoreResult<()> {
    let copy = encrypted_copy_path(path);
    remove_if_there(&copy)?;
    settle(path)?;
    export(path, &copy, key)?;
    verify(path, &copy, key)?;
    sync(&copy)?;
    replace(&copy, path)
}

/// Where the encrypted copy is written before it replaces the plain file.
pub fn encrypted_copy_path(path: &Path) -> PathBuf {
    beside(path, ".encrypting")
}

/// Step 1: folds the write-ahead log into the file and switches to a rollback journal, which
/// SQLite deletes on close, so no `-wal` or `-shm` of the plain file is left to be misread later.
pub fn settle(path: &Path) -> StoreResult<()> {
    let conn = open_plain(path)?;
    conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
    let mode: String = conn.query_row("PRAGMA journal_mode = DELETE", [], |r| r.get(0))?;
    if !mode.eq_ignore_ascii_case("delete") {
        return Err(StoreError::Encrypting(format!(
            "the database stayed in {mode} mode; is DP Hub open in another window?"
        )));
    }
    conn.close().map_err(|(_, e)| StoreError::Sql(e))
}

/// Step 2: writes an encrypted copy of every table, index, trigger and the schema version.
pub fn export(path: &Path, copy: &Path, key: &DbKey) -> StoreResult<()> {
    owner_only::create_file(copy).map_err(|source| file_error(copy, source))?;
    let conn = open_plain(path)?;
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    conn.execute(
        "ATTACH DATABASE ?1 AS encrypted KEY ?2",
        (copy.to_string_lossy().as_ref(), key.raw_key_text().as_str()),
    )?;
    conn.query_row("SELECT sqlcipher_export('encrypted')", [], |_| Ok(()))?;
    conn.pragma_update(Some("encrypted"), "user_version", version)?;
    conn.execute_batch("DETACH DATABASE encrypted")?;
    conn.close().map_err(|(_, e)| StoreError::Sql(e))
}

/// Step 3: the copy opens with the key, passes SQLite's integrity check, and has the same schema
/// version, the same tables and the same number of rows in each as the plain file.
pub fn verify(path: &Path, copy: &Path, key: &DbKey) -> StoreResult<()> {
    let plain = open_plain(path)?;
    let encrypted = Connection::open(copy)?;
    super::unlock(&encrypted, key)?;
    let check: String = encrypted.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
    if check != "ok" {
        return Err(mismatch(format!("the integrity check said {check}")));
    }
    let version = |c: &Connection| c.query_row("PRAGMA user_version", [], |r| r.get::<_, i64>(0));
    if version(&plain)? != version(&encrypted)? {
        return Err(mismatch("the schema version differs".into()));
    }
    let tables = table_names(&plain)?;
    if tables != table_names(&encrypted)? {
        return Err(mismatch("the tables differ".into()));
    }
    for table in &tables {
        let sql = format!("SELECT count(*) FROM \"{}\"", table.replace('"', "\"\""));
        let count = |c: &Connection| c.query_row(&sql, [], |r| r.get::<_, i64>(0));
        if count(&plain)? != count(&encrypted)? {
            return Err(mismatch(format!(
                "the table {table} has a different number of rows"
            )));
        }
    }
    Ok(())
}

/// Step 4: the copy's bytes are on the disk before it takes the plain file's name.
pub fn sync(copy: &Path) -> StoreResult<()> {
    std::fs::File::open(copy)
        .and_then(|f| f.sync_all())
        .map_err(|source| file_error(copy, source))
}

/// Step 5: the copy replaces the plain file in one rename, which is flushed to the folder.
pub fn replace(copy: &Path, path: &Path) -> StoreResult<()> {
    // After `settle` there are none; one left by a crash in between must not be read as the
    // encrypted file's own log.
    for suffix in COMPANIONS {
        remove_if_there(&beside(path, suffix))?;
    }
    std::fs::rename(copy, path).map_err(|source| file_error(path, source))?;
    if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        owner_only::sync_folder(folder).map_err(|source| file_error(folder, source))?;
    }
    Ok(())
}

fn open_plain(path: &Path) -> StoreResult<Connection> {
    super::ready();
    let conn = Connection::open(path).map_err(|source| StoreError::Open {
        path: path.to_path_buf(),
        source,
    })?;
    super::quiet(&conn)?;
    Ok(conn)
}

fn table_names(conn: &Connection) -> StoreResult<Vec<String>> {
    let mut statement =
        conn.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")?;
    let names = statement.query_map([], |r| r.get(0))?;
    Ok(names.collect::<Result<_, _>>()?)
}

fn remove_if_there(path: &Path) -> StoreResult<()> {
    match std::fs::remove_file(path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(file_error(path, e)),
        _ => Ok(()),
    }
}

fn mismatch(what: String) -> StoreError {
    StoreError::Encrypting(format!(
        "the encrypted copy did not match the original ({what}); the original is unchanged"
    ))
}

fn file_error(path: &Path, source: std::io::Error) -> StoreError {
    StoreError::File {
        path: path.to_path_buf(),
        source,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::contacts::{self, ContactDraft, ContactQuery, ContactStatus};
    use crate::store::cipher::{file_state, FileState};
    use crate::store::Store;
    use crate::Database;
    use chrono::NaiveDate;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2027, 2, 1).unwrap()
    }

    fn key() -> DbKey {
        DbKey::from_bytes([42; 32])
    }

    /// A plain database as the DP Hub before encryption left it: made by this code's migrations,
    /// with three PAs, in WAL mode, copied while open (as a crash leaves it: the newest rows only
    /// in its `-wal`).
    fn plain_database(folder: &Path) -> PathBuf {
        let open = folder.join("open.sqlite3");
        let conn = Connection::open(&open).unwrap();
        conn.pragma_update(None, "journal_mode", "WAL").unwrap();
        let mut db = Database::over_store(Store::prepare(conn).unwrap());
        for name in ["Aled Rhys", "Bronwen Hughes", "Ciarán Walsh"] {
            let pa = ContactDraft {
                full_name: name.into(),
                status: Some(ContactStatus::LookingForWork),
                ..ContactDraft::default()
            };
            contacts::add_contact(&mut db, &pa, today()).unwrap();
        }
        let path = folder.join("dphub.sqlite3");
        for suffix in ["", "-wal", "-shm"] {
            let from = beside(&open, suffix);
            if from.exists() {
                std::fs::copy(from, beside(&path, suffix)).unwrap();
            }
        }
        assert!(
            beside(&path, "-wal").exists(),
            "the copy has a write-ahead log"
        );
        drop(db);
        path
    }

    fn contact_count(conn: &Connection) -> i64 {
        conn.query_row("SELECT count(*) FROM contact", [], |r| r.get(0))
            .unwrap()
    }

    fn search(db: &Database, text: &str) -> Vec<String> {
        let query = ContactQuery {
            text: text.into(),
            ..ContactQuery::default()
        };
        contacts::search_contacts(db, &query, today())
            .unwrap()
            .contacts
            .into_iter()
            .map(|c| c.full_name)
            .collect()
    }

    type Step = fn(&Path, &Path, &DbKey) -> StoreResult<()>;

    const STEPS: [(&str, Step); 5] = [
        ("settle", |path, _, _| settle(path)),
        ("export", export),
        ("verify", verify),
        ("sync", |_, copy, _| sync(copy)),
        ("replace", |path, copy, _| replace(copy, path)),
    ];

    #[test]
    fn an_interruption_after_any_step_leaves_one_database_that_opens_with_its_rows() {
        for done in 0..=STEPS.len() {
            let dir = tempfile::tempdir().unwrap();
            let path = plain_database(dir.path());
            let copy = encrypted_copy_path(&path);
            for (_, step) in &STEPS[..done] {
                step(&path, &copy, &key()).unwrap();
            }
            let stopped = STEPS.get(done.wrapping_sub(1)).map_or("nothing", |s| s.0);
            // Interrupted here: the file at the database's name is whole.
            if done < STEPS.len() {
                assert_eq!(
                    file_state(&path).unwrap(),
                    FileState::Plain,
                    "after {stopped}"
                );
                let plain = Connection::open(&path).unwrap();
                assert_eq!(contact_count(&plain), 3, "after {stopped}");
            } else {
                assert_eq!(file_state(&path).unwrap(), FileState::Encrypted);
                assert!(!copy.exists());
                for suffix in ["-wal", "-shm", "-journal"] {
                    assert!(!beside(&path, suffix).exists(), "{suffix} left");
                }
            }
            // The next start finishes the job.
            let db = Database::over_store(Store::open(&path, &key()).unwrap());
            assert_eq!(contact_count(&db.store.conn), 3, "after {stopped}");
            assert_eq!(search(&db, "bron"), ["Bronwen Hughes"], "after {stopped}");
            drop(db);
            assert_eq!(file_state(&path).unwrap(), FileState::Encrypted);
            assert!(!copy.exists(), "after {stopped}");
            let wrong = Store::open(&path, &DbKey::from_bytes([7; 32]));
            assert!(
                matches!(wrong, Err(StoreError::WrongKey)),
                "after {stopped}"
            );
        }
    }

    #[test]
    fn the_copy_keeps_the_schema_version_and_every_table() {
        let dir = tempfile::tempdir().unwrap();
        let path = plain_database(dir.path());
        let plain = Connection::open(&path).unwrap();
        let version: i64 = plain
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        let tables = table_names(&plain).unwrap();
        drop(plain);
        assert!(
            version >= 5 && tables.iter().any(|t| t == "contact_fts"),
            "{tables:?}"
        );
        encrypt_in_place(&path, &key()).unwrap();
        let conn = Connection::open(&path).unwrap();
        super::super::unlock(&conn, &key()).unwrap();
        let copied: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(copied, version);
        assert_eq!(table_names(&conn).unwrap(), tables);
    }

    #[test]
    fn a_copy_that_does_not_match_is_refused_and_the_original_kept() {
        let dir = tempfile::tempdir().unwrap();
        let path = plain_database(dir.path());
        let copy = encrypted_copy_path(&path);
        settle(&path).unwrap();
        export(&path, &copy, &key()).unwrap();
        let damaged = Connection::open(&copy).unwrap();
        super::super::unlock(&damaged, &key()).unwrap();
        damaged
            .execute("DELETE FROM contact WHERE full_name = 'Aled Rhys'", [])
            .unwrap();
        drop(damaged);
        let error = verify(&path, &copy, &key()).unwrap_err().to_string();
        assert!(error.contains("did not match"), "{error}");
        assert_eq!(file_state(&path).unwrap(), FileState::Plain);
    }
}
