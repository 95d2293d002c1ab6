//! The passphrase's key file beside the database (`dphub.sqlite3.key.json`): which key-stretching
//! function and parameters made the database key from the passphrase, and the random salt. It holds
//! no secret: without the passphrase it is of no use.
//!
//! The key is stretched with **Argon2id, 64 MiB of memory, 3 passes, 1 lane** (OWASP's guidance
//! for Argon2id allows less; it takes well under a second: ≈ 0.6 s on a busy 2-core build machine),
//! a 16-byte random salt and a 32-byte output: the raw SQLCipher key. The parameters are stored with each file, so a
//! later DP Hub can choose stronger ones without breaking older files.
//!
//! While a passphrase is being changed the new file waits as `….key.json.new` until the database
//! has been re-encrypted; see [`KeyFiles`].

use std::path::{Path, PathBuf};

use argon2::{Algorithm, Argon2, Params, Version};
use serde::{Deserialize, Serialize};

use super::passphrase::Passphrase;
use crate::model::error::{CoreError, CoreResult};
use crate::store::cipher::owner_only::{self, beside};
use crate::store::cipher::DbKey;

/// Argon2id memory in KiB (64 MiB).
pub const MEMORY_KIB: u32 = 64 * 1024;
/// Argon2id passes over the memory.
pub const ITERATIONS: u32 = 3;
/// Argon2id lanes.
pub const PARALLELISM: u32 = 1;
const SALT_BYTES: usize = 16;
/// The only key-file version this DP Hub writes and reads.
const VERSION: u32 = 1;

/// The key file's shape on disk (version 1).
#[derive(Serialize, Deserialize)]
struct StoredKeyFile {
    v: u32,
    kdf: String,
    memory_kib: u32,
    iterations: u32,
    parallelism: u32,
    /// Lower-case hex.
    salt: String,
}

/// How a passphrase becomes this database's key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyFile {
    memory_kib: u32,
    iterations: u32,
    parallelism: u32,
    salt: Vec<u8>,
}

impl KeyFile {
    /// The recommended parameters with a new random salt.
    pub fn fresh() -> CoreResult<KeyFile> {
        let mut salt = vec![0u8; SALT_BYTES];
        getrandom::fill(&mut salt).map_err(|e| {
            CoreError::Storage(format!(
                "The computer gave no random numbers for the key: {e}"
            ))
        })?;
        Ok(KeyFile {
            memory_kib: MEMORY_KIB,
            iterations: ITERATIONS,
            parallelism: PARALLELISM,
            salt,
        })
    }

    /// The database key this passphrase makes with this file's salt and parameters.
    pub fn derive(&self, passphrase: &Passphrase) -> CoreResult<DbKey> {
        let params = Params::new(self.memory_kib, self.iterations, self.parallelism, Some(32))
            .map_err(|e| unreadable(format!("its key parameters are not usable ({e})")))?;
        let mut key = zeroize::Zeroizing::new([0u8; 32]);
        Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
            .hash_password_into(passphrase.as_bytes(), &self.salt, key.as_mut())
            .map_err(|e| {
                CoreError::Storage(format!("Could not make the key from the passphrase: {e}"))
            })?;
        Ok(DbKey::from_bytes(*key))
    }

    pub fn read(path: &Path) -> CoreResult<KeyFile> {
        let text = std::fs::read_to_string(path).map_err(|e| {
            CoreError::Storage(format!(
                "Could not read the key file {}: {e}",
                path.display()
            ))
        })?;
        let stored: StoredKeyFile = serde_json::from_str(&text)
            .map_err(|e| unreadable(format!("{} is not a key file ({e})", path.display())))?;
        if stored.v > VERSION {
            return Err(unreadable(format!(
                "{} was written by a newer DP Hub (version {}): update DP Hub to open it",
                path.display(),
                stored.v
            )));
        }
        let in_range = stored.v == VERSION
            && stored.kdf == "argon2id"
            && (8..=4 * 1024 * 1024).contains(&stored.memory_kib)
            && (1..=100).contains(&stored.iterations)
            && (1..=16).contains(&stored.parallelism);
        let salt = from_hex(&stored.salt).filter(|s| (8..=64).contains(&s.len()));
        match salt {
            Some(salt) if in_range => Ok(KeyFile {
                memory_kib: stored.memory_kib,
                iterations: stored.iterations,
                parallelism: stored.parallelism,
                salt,
            }),
            _ => Err(unreadable(format!(
                "{} has settings DP Hub does not use; it may have been changed by another program",
                path.display()
            ))),
        }
    }

    /// Writes the file whole or not at all: a temporary file, flushed, renamed into place.
    pub fn write(&self, path: &Path) -> CoreResult<()> {
        let stored = StoredKeyFile {
            v: VERSION,
            kdf: "argon2id".into(),
            memory_kib: self.memory_kib,
            iterations: self.iterations,
            parallelism: self.parallelism,
            salt: to_hex(&self.salt),
        };
        let text =
            serde_json::to_string_pretty(&stored).map_err(|e| CoreError::Storage(e.to_string()))?;
        let temp = beside(path, ".tmp");
        let written = (|| {
            owner_only::create_file(&temp)?;
            std::fs::write(&temp, text.as_bytes())?;
            std::fs::File::open(&temp)?.sync_all()?;
            std::fs::rename(&temp, path)?;
            sync_parent(path)
        })();
        written.map_err(|e| {
            let _ = std::fs::remove_file(&temp);
            CoreError::Storage(format!(
                "Could not write the key file {}: {e}",
                path.display()
            ))
        })
    }
}

/// The key file and, while a passphrase is being changed, the next one.
pub struct KeyFiles {
    pub current: PathBuf,
    pub pending: PathBuf,
}

impl KeyFiles {
    pub fn beside(db: &Path) -> KeyFiles {
        KeyFiles {
            current: beside(db, ".key.json"),
            pending: beside(db, ".key.json.new"),
        }
    }

    /// The database has been re-encrypted with the pending file's key: it becomes the key file.
    pub fn finish_pending(&self) -> CoreResult<()> {
        std::fs::rename(&self.pending, &self.current)
            .and_then(|()| sync_parent(&self.current))
            .map_err(|e| {
                CoreError::Storage(format!(
                    "Could not put the new key file in place ({}): {e}",
                    self.current.display()
                ))
            })
    }

    /// The pending file's key never reached the database: it is dropped.
    pub fn drop_pending(&self) -> CoreResult<()> {
        remove_if_there(&self.pending)
    }

    /// Neither file: the database is not protected by a passphrase.
    pub fn remove_both(&self) -> CoreResult<()> {
        remove_if_there(&self.current)?;
        remove_if_there(&self.pending)
    }
}

fn remove_if_there(path: &Path) -> CoreResult<()> {
    match std::fs::remove_file(path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(CoreError::Storage(format!(
            "Could not remove the old key file {}: {e}",
            path.display()
        ))),
        _ => Ok(()),
    }
}

fn sync_parent(path: &Path) -> std::io::Result<()> {
    match path.parent().filter(|p| !p.as_os_str().is_empty()) {
        Some(folder) => owner_only::sync_folder(folder),
        None => Ok(()),
    }
}

fn unreadable(why: String) -> CoreError {
    CoreError::Storage(format!("The database's key file cannot be used: {why}"))
}

fn to_hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn from_hex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) || !text.is_ascii() {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_passphrase_and_salt_make_the_same_key_and_another_salt_another() {
        let file = KeyFile::fresh().unwrap();
        let words = Passphrase::new("correct horse battery staple");
        let key = file.derive(&words).unwrap();
        assert_eq!(key.as_bytes(), file.derive(&words).unwrap().as_bytes());
        let other = KeyFile::fresh().unwrap();
        assert_ne!(key.as_bytes(), other.derive(&words).unwrap().as_bytes());
        let typo = Passphrase::new("correct horse battery stapler");
        assert_ne!(key.as_bytes(), file.derive(&typo).unwrap().as_bytes());
    }

    #[test]
    fn it_round_trips_and_holds_only_the_parameters_and_salt() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db.sqlite3.key.json");
        let file = KeyFile::fresh().unwrap();
        file.write(&path).unwrap();
        assert_eq!(KeyFile::read(&path).unwrap(), file);
        let json: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        assert_eq!(json["v"], 1);
        assert_eq!(json["kdf"], "argon2id");
        assert_eq!(json["memory_kib"], 65536);
        assert_eq!(json["iterations"], 3);
        assert_eq!(json["parallelism"], 1);
        assert_eq!(json["salt"].as_str().unwrap().len(), 32);
        assert_eq!(json.as_object().unwrap().len(), 6);
        assert!(!dir.path().join("db.sqlite3.key.json.tmp").exists());
    }

    #[test]
    fn a_newer_or_edited_file_is_refused_plainly() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("k.json");
        let salt = "00112233445566778899aabbccddeeff";
        let file = |v: u32, memory: u32| {
            format!(
                r#"{{"v":{v},"kdf":"argon2id","memory_kib":{memory},"iterations":3,"parallelism":1,"salt":"{salt}"}}"#
            )
        };
        std::fs::write(&path, file(2, 65536)).unwrap();
        let newer = KeyFile::read(&path).unwrap_err().to_string();
        assert!(newer.contains("newer DP Hub"), "{newer}");
        std::fs::write(&path, file(1, 1 << 30)).unwrap();
        let edited = KeyFile::read(&path).unwrap_err().to_string();
        assert!(edited.contains("settings DP Hub does not use"), "{edited}");
        std::fs::write(&path, "not json").unwrap();
        assert!(KeyFile::read(&path).is_err());
        std::fs::write(&path, file(1, 65536)).unwrap();
        assert!(KeyFile::read(&path).is_ok());
    }

    #[test]
    fn hex_reads_back() {
        assert_eq!(from_hex(&to_hex(&[0, 15, 255])).unwrap(), vec![0, 15, 255]);
        assert!(from_hex("abc").is_none());
        assert!(from_hex("zz").is_none());
    }
}
