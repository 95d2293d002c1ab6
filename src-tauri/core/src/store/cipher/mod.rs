//! Encryption at rest: SQLCipher keyed with a raw 256-bit key (so SQLCipher's own key stretching is
//! skipped: the key is already random, or already stretched from a passphrase by the app), the check
//! that the key is right, and what kind of file is on disk.

pub mod owner_only;
pub mod plain;

use std::io::Read;
use std::path::Path;

use rusqlite::{Connection, ErrorCode};
use zeroize::Zeroizing;

use super::{StoreError, StoreResult};

/// A database key: 32 random (or passphrase-derived) bytes, cleared from memory when dropped.
pub struct DbKey(Zeroizing<[u8; 32]>);

impl DbKey {
    pub fn from_bytes(bytes: [u8; 32]) -> DbKey {
        DbKey(Zeroizing::new(bytes))
    }

    /// A fresh key from the operating system's random source.
    pub fn random() -> Result<DbKey, getrandom::Error> {
        let mut key = DbKey::from_bytes([0; 32]);
        getrandom::fill(key.0.as_mut())?;
        Ok(key)
    }

    pub fn as_bytes(&self) -> &[u8; 32] {
        &self.0
    }

    /// SQLCipher's raw-key form, `x'…64 hex digits…'`, for `PRAGMA key` and `ATTACH … KEY`.
    pub(super) fn raw_key_text(&self) -> Zeroizing<String> {
        let mut text = Zeroizing::new(String::with_capacity(67));
        text.push_str("x'");
        for byte in self.0.iter() {
            text.push(char::from_digit(u32::from(byte >> 4), 16).unwrap_or('0'));
            text.push(char::from_digit(u32::from(byte & 0xf), 16).unwrap_or('0'));
        }
        text.push('\'');
        text
    }
}

/// What is at a database path before it is opened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileState {
    /// No file, or an empty one: a new database.
    New,
    /// An unencrypted database from an earlier DP Hub: it is encrypted when next opened.
    Plain,
    /// An encrypted database (or a file that is not a database at all).
    Encrypted,
}

/// Every SQLite database without encryption starts with these 16 bytes.
const PLAIN_HEADER: &[u8; 16] = b"SQLite format 3\0";

pub fn file_state(path: &Path) -> StoreResult<FileState> {
    let mut file = match std::fs::File::open(path) {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(FileState::New),
        Err(source) => {
            return Err(StoreError::File {
                path: path.to_path_buf(),
                source,
            })
        }
    };
    let mut header = [0u8; 16];
    let mut read = 0;
    while read < header.len() {
        match file.read(&mut header[read..]) {
            Ok(0) => break,
            Ok(n) => read += n,
            Err(source) => {
                return Err(StoreError::File {
                    path: path.to_path_buf(),
                    source,
                })
            }
        }
    }
    Ok(match read {
        0 => FileState::New,
        16 if &header == PLAIN_HEADER => FileState::Plain,
        _ => FileState::Encrypted,
    })
}

/// SQLCipher adds its `sqlcipher_export` function (used for every copy: encrypting, backups,
/// restoring) to each connection opened after SQLite's first initialisation has finished; a
/// connection another thread opens while that is still under way can miss it. Every connection DP
/// Hub opens calls this first, so the first initialisation is complete before any of them opens.
pub fn ready() {
    static READY: std::sync::Once = std::sync::Once::new();
    READY.call_once(|| drop(Connection::open_in_memory()));
}

/// Gives the connection its key and proves it right by reading the schema. A wrong key changes
/// nothing on disk and answers [`StoreError::WrongKey`].
pub fn unlock(conn: &Connection, key: &DbKey) -> StoreResult<()> {
    quiet(conn)?;
    let statement = Zeroizing::new(format!("PRAGMA key = \"{}\";", key.raw_key_text().as_str()));
    conn.execute_batch(&statement)?;
    conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| {
        r.get::<_, i64>(0)
    })
    .map(|_| ())
    .map_err(|e| match e.sqlite_error_code() {
        Some(ErrorCode::NotADatabase) => StoreError::WrongKey,
        _ => StoreError::Sql(e),
    })
}

/// SQLCipher writes its own errors (a wrong key's "hmac check failed") to standard error, where
/// they would reach the command line's user beside DP Hub's plain message: it is told not to.
pub fn quiet(conn: &Connection) -> StoreResult<()> {
    conn.query_row("PRAGMA cipher_log_level = NONE", [], |_| Ok(()))?;
    Ok(())
}

/// Re-encrypts the whole database with `key` (one transaction: it completes or not at all).
pub fn rekey(conn: &Connection, key: &DbKey) -> StoreResult<()> {
    let statement = Zeroizing::new(format!(
        "PRAGMA rekey = \"{}\";",
        key.raw_key_text().as_str()
    ));
    conn.execute_batch(&statement)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_raw_key_text_is_sqlciphers_hex_form() {
        let mut bytes = [0u8; 32];
        bytes[0] = 0xab;
        bytes[31] = 0x01;
        let text = DbKey::from_bytes(bytes).raw_key_text();
        assert_eq!(text.len(), 67);
        assert!(text.starts_with("x'ab00"));
        assert!(text.ends_with("01'"));
    }

    #[test]
    fn random_keys_differ() {
        assert_ne!(
            DbKey::random().unwrap().as_bytes(),
            DbKey::random().unwrap().as_bytes()
        );
    }

    #[test]
    fn file_state_tells_new_plain_and_encrypted_apart() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db.sqlite3");
        assert_eq!(file_state(&path).unwrap(), FileState::New);
        std::fs::write(&path, b"").unwrap();
        assert_eq!(file_state(&path).unwrap(), FileState::New);
        std::fs::remove_file(&path).unwrap();
        Connection::open(&path)
            .unwrap()
            .execute_batch("CREATE TABLE t(x)")
            .unwrap();
        assert_eq!(file_state(&path).unwrap(), FileState::Plain);
        std::fs::write(&path, [7u8; 4096]).unwrap();
        assert_eq!(file_state(&path).unwrap(), FileState::Encrypted);
    }
}
