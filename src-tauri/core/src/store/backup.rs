//! Whole copies of the database, for backups and restoring them. A snapshot for a backup file is
//! taken into an in-memory database and read out as bytes (SQLite's serialize), so no unencrypted
//! copy of the data ever touches the disk; a backup is read back the same way, into memory.

use std::path::Path;
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};
use zeroize::Zeroizing;

use super::cipher::{self, owner_only, DbKey};
use super::{Store, StoreError, StoreResult};

/// How long a claim on the database waits for another program to let go.
const CLAIM_WAIT: Duration = Duration::from_millis(500);
/// The usual wait, as `Store::prepare` sets it.
const USUAL_WAIT: Duration = Duration::from_secs(5);

impl Store {
    /// A consistent snapshot of the whole database (one read transaction), as the bytes of an
    /// unencrypted SQLite file held only in memory.
    pub fn snapshot(&self) -> StoreResult<Zeroizing<Vec<u8>>> {
        self.conn
            .execute("ATTACH DATABASE ':memory:' AS snapshot KEY ''", [])?;
        let copied = export(&self.conn, "snapshot", "main").and_then(|()| {
            let data = self.conn.serialize("snapshot")?;
            Ok(Zeroizing::new(data.to_vec()))
        });
        let detached = self.conn.execute_batch("DETACH DATABASE snapshot");
        let bytes = copied?;
        detached?;
        Ok(bytes)
    }

    /// Writes a copy of the database to `target`, encrypted with the database's own key.
    pub fn copy_keyed(&self, target: &Path) -> StoreResult<()> {
        let key = self.key()?;
        write_keyed(&self.conn, "main", target, key)
    }

    /// The key the file was opened with.
    pub fn key(&self) -> StoreResult<&DbKey> {
        self.key
            .as_ref()
            .ok_or_else(|| StoreError::Encrypting("a database in memory has no key".into()))
    }

    /// Makes sure no other connection (another DP Hub, another program) has the database open,
    /// and keeps it so until this store is closed: SQLite's exclusive locking mode, taken by a
    /// write transaction. Busy when someone else has it open.
    pub fn claim_alone(&self) -> StoreResult<()> {
        self.conn.busy_timeout(CLAIM_WAIT)?;
        let claimed = self
            .conn
            .query_row("PRAGMA locking_mode = EXCLUSIVE", [], |_| Ok(()))
            .and_then(|()| self.conn.execute_batch("BEGIN IMMEDIATE; COMMIT;"));
        self.conn.busy_timeout(USUAL_WAIT)?;
        Ok(claimed?)
    }

    /// Closes the database file (folding its write-ahead log into it).
    pub fn close(self) -> StoreResult<()> {
        self.conn.close().map_err(|(_, e)| StoreError::Sql(e))
    }
}

/// A whole database held in memory, unencrypted, read from a backup: checked, counted, and
/// written out encrypted to restore it.
pub struct Image {
    conn: Connection,
}

impl Image {
    /// The database whose SQLite file is `bytes`.
    pub fn from_bytes(bytes: &[u8]) -> StoreResult<Image> {
        cipher::ready();
        let mut conn = Connection::open_in_memory()?;
        cipher::quiet(&conn)?;
        conn.deserialize_read_exact("main", bytes, bytes.len(), false)?;
        Ok(Image { conn })
    }

    /// The database in the encrypted file at `path`, opened read-only with `key` and copied into
    /// memory (the automatic backups are such files).
    pub fn from_keyed_file(path: &Path, key: &DbKey) -> StoreResult<Image> {
        cipher::ready();
        // Opened for writing (SQLCipher's export writes to its source's connection), but nothing
        // is written to the file.
        let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_WRITE).map_err(
            |source| StoreError::Open {
                path: path.to_path_buf(),
                source,
            },
        )?;
        cipher::unlock(&conn, key)?;
        conn.execute("ATTACH DATABASE ':memory:' AS plain KEY ''", [])?;
        export(&conn, "plain", "main")?;
        let bytes = Zeroizing::new(conn.serialize("plain")?.to_vec());
        Image::from_bytes(&bytes)
    }

    /// SQLite's integrity and foreign key checks: the problems found, none when it is sound.
    pub fn problems(&self) -> StoreResult<Vec<String>> {
        let mut problems = Vec::new();
        let mut check = self.conn.prepare("PRAGMA integrity_check")?;
        for row in check.query_map([], |r| r.get::<_, String>(0))? {
            let row = row?;
            if row != "ok" {
                problems.push(row);
            }
        }
        let mut keys = self.conn.prepare("PRAGMA foreign_key_check")?;
        for row in keys.query_map([], |r| r.get::<_, String>(0))? {
            problems.push(format!("a row of {} refers to a missing row", row?));
        }
        Ok(problems)
    }

    /// The schema version (SQLite's user_version, as the migrations keep it).
    pub fn schema_version(&self) -> StoreResult<i64> {
        Ok(self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))?)
    }

    /// Rows in `table`, 0 when the table does not exist (a backup from before it was added).
    pub fn count(&self, table: &str) -> StoreResult<u64> {
        let exists: bool = self.conn.query_row(
            "SELECT count(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = ?1",
            [table],
            |r| r.get(0),
        )?;
        if !exists {
            return Ok(0);
        }
        let sql = format!("SELECT count(*) FROM \"{}\"", table.replace('"', "\"\""));
        Ok(self.conn.query_row(&sql, [], |r| r.get::<_, i64>(0))? as u64)
    }

    /// Every table with its number of rows, to compare two copies.
    pub fn tables(&self) -> StoreResult<Vec<(String, u64)>> {
        let mut statement = self
            .conn
            .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")?;
        let names: Vec<String> = statement
            .query_map([], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        names
            .into_iter()
            .map(|name| {
                let count = self.count(&name)?;
                Ok((name, count))
            })
            .collect()
    }

    /// Writes this database to `target`, encrypted with `key`, and checks the copy has every
    /// table with the same rows and passes SQLite's integrity check.
    pub fn write_keyed(&self, target: &Path, key: &DbKey) -> StoreResult<()> {
        write_keyed(&self.conn, "main", target, key)?;
        let copy = Image::from_keyed_file(target, key)?;
        if !copy.problems()?.is_empty()
            || copy.schema_version()? != self.schema_version()?
            || copy.tables()? != self.tables()?
        {
            return Err(StoreError::Encrypting(
                "the restored copy did not match the backup".into(),
            ));
        }
        Ok(())
    }
}

/// Copies every table, index and trigger of `from` into the attached database `to`, with the
/// schema version, in one transaction (so the copy is one consistent moment of `from`).
fn export(conn: &Connection, to: &str, from: &str) -> StoreResult<()> {
    let version: i64 = conn.query_row(&format!("PRAGMA {from}.user_version"), [], |r| r.get(0))?;
    conn.execute_batch("BEGIN")?;
    let copied = conn
        .query_row(
            &format!("SELECT sqlcipher_export('{to}', '{from}')"),
            [],
            |_| Ok(()),
        )
        .and_then(|()| conn.pragma_update(Some(to), "user_version", version));
    match copied {
        Ok(()) => conn.execute_batch("COMMIT")?,
        Err(e) => {
            let _ = conn.execute_batch("ROLLBACK");
            return Err(e.into());
        }
    }
    Ok(())
}

/// Writes the database `from` of `conn` to a new file `target` encrypted with `key`, owner-only.
fn write_keyed(conn: &Connection, from: &str, target: &Path, key: &DbKey) -> StoreResult<()> {
    let file_error = |source| StoreError::File {
        path: target.to_path_buf(),
        source,
    };
    owner_only::create_file(target).map_err(file_error)?;
    conn.execute(
        "ATTACH DATABASE ?1 AS copy KEY ?2",
        (
            target.to_string_lossy().as_ref(),
            key.raw_key_text().as_str(),
        ),
    )?;
    let copied = export(conn, "copy", from);
    let detached = conn.execute_batch("DETACH DATABASE copy");
    copied?;
    detached?;
    std::fs::File::open(target)
        .and_then(|f| f.sync_all())
        .map_err(file_error)
}
