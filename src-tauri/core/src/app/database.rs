//! The open database every use case works on.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::app::unlock::{self, Keychain, Passphrase, Protection, Unlock};
use crate::model::error::{CoreError, CoreResult};
use crate::store::Store;

/// DP Hub's saved records, open: one encrypted SQLite file, or a private one in memory for tests
/// and previews.
pub struct Database {
    pub(crate) store: Store,
    file: Option<OpenFile>,
}

/// The file behind an open database, and how it is protected.
struct OpenFile {
    path: PathBuf,
    protection: Protection,
    keychain: Option<Arc<dyn Keychain>>,
}

impl Database {
    /// Opens (creating if needed) the encrypted database file at `path` with the key `unlock`
    /// gives, and brings its schema up to date. A new or plain database is protected by the
    /// passphrase if one is given, else by a keychain key. A wrong passphrase is a problem with
    /// the `passphrase` field and changes nothing.
    pub fn open(path: &Path, unlock: &Unlock) -> CoreResult<Database> {
        let (store, protection) = unlock::open(path, unlock)?;
        Ok(Database {
            store,
            file: Some(OpenFile {
                path: path.to_path_buf(),
                protection,
                keychain: unlock.keychain.clone(),
            }),
        })
    }

    /// A private database in memory, for tests and previews: it needs no key.
    pub fn open_in_memory() -> CoreResult<Database> {
        Ok(Database {
            store: Store::open_in_memory()?,
            file: None,
        })
    }

    /// Whether the file is sound (SQLite's integrity and foreign key checks): the problems
    /// found, none when it is. For `dphub db check`, and for checking a backup.
    pub fn integrity_check(&self) -> CoreResult<Vec<String>> {
        Ok(self.store.integrity_problems()?)
    }

    /// The file behind the database (`None` in memory).
    pub fn path(&self) -> Option<&Path> {
        self.file.as_ref().map(|f| f.path.as_path())
    }

    /// How the open file is protected (`None` in memory).
    pub fn protection(&self) -> Option<Protection> {
        self.file.as_ref().map(|f| f.protection)
    }

    /// Changes the passphrase as someone at the keyboard does: the current one must be given
    /// (and right) when the database has one, so a computer left unlocked cannot have its
    /// passphrase changed by someone passing; with the keychain's key none is asked for.
    pub fn change_passphrase(
        &mut self,
        current: Option<&Passphrase>,
        new: &Passphrase,
    ) -> CoreResult<()> {
        if self.protection() == Some(Protection::Passphrase) {
            let wrong = || {
                unlock::passphrase::one_problem(
                    "current_passphrase",
                    "That is not the passphrase this database has now: check it and try again",
                )
            };
            let current = current.ok_or_else(|| {
                unlock::passphrase::one_problem(
                    "current_passphrase",
                    "Enter the passphrase this database has now",
                )
            })?;
            let path = self.path().ok_or_else(wrong)?.to_path_buf();
            let key_file = unlock::key_file::KeyFile::read(
                &unlock::key_file::KeyFiles::beside(&path).current,
            )?;
            let given = key_file.derive(current)?;
            let held = self
                .store
                .key()
                .map_err(|e| CoreError::Storage(e.to_string()))?;
            if given.as_bytes() != held.as_bytes() {
                return Err(wrong());
            }
        }
        self.set_passphrase(new)
    }

    /// Protects the database with a new passphrase, re-encrypting it: the first passphrase in
    /// place of the keychain key (which is then removed from the keychain), or a change of
    /// passphrase. A problem with the new passphrase is one with the `new_passphrase` field.
    pub fn set_passphrase(&mut self, new: &Passphrase) -> CoreResult<()> {
        let file = self
            .file
            .as_mut()
            .ok_or_else(|| CoreError::Storage("A database in memory has no passphrase".into()))?;
        unlock::set_passphrase(&mut self.store, &file.path, new)?;
        if file.protection == Protection::Keychain {
            if let Some(keychain) = &file.keychain {
                // The database no longer opens with it; a keychain that cannot forget it now
                // keeps a key to nothing, which is harmless.
                let _ = keychain.delete(&unlock::account_for(&file.path));
            }
        }
        file.protection = Protection::Passphrase;
        Ok(())
    }
}

#[cfg(test)]
impl Database {
    /// A database over a store a test opened itself (a plain one from an earlier DP Hub).
    pub(crate) fn over_store(store: Store) -> Database {
        Database { store, file: None }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::unlock::MemoryKeychain;

    /// A key held in memory: never the system keychain, and no passphrase to stretch.
    fn test_unlock() -> Unlock {
        Unlock::with_keychain(Arc::new(MemoryKeychain::default()))
    }

    #[test]
    fn a_new_database_is_sound() {
        let dir = tempfile::tempdir().unwrap();
        let db = Database::open(&dir.path().join("sound.sqlite3"), &test_unlock()).unwrap();
        assert_eq!(db.integrity_check().unwrap(), Vec::<String>::new());
    }

    #[test]
    fn a_damaged_file_is_reported() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("damaged.sqlite3");
        let unlock = test_unlock();
        drop(Database::open(&path, &unlock).unwrap());
        // Overwrite the middle of the file (past the header): pages of tables and indexes.
        let mut bytes = std::fs::read(&path).unwrap();
        assert!(bytes.len() > 8192, "{} bytes", bytes.len());
        let page = 4096;
        let end = bytes.len() - page;
        for b in &mut bytes[page..end] {
            *b = 0x5A;
        }
        std::fs::write(&path, bytes).unwrap();
        let problems = match Database::open(&path, &unlock) {
            Ok(db) => db.integrity_check().map_err(|e| e.to_string()),
            Err(e) => Err(e.to_string()),
        };
        // Either it no longer opens, or the check finds the damage: never "sound".
        assert_ne!(problems, Ok(vec![]));
    }
}
