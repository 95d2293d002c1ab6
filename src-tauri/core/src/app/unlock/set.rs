//! Protecting an open database with a new passphrase: the first one (instead of the keychain) or a
//! change of passphrase. The database is re-encrypted with the new key.
//!
//! Order, so that an interruption at any point leaves a database that opens: (1) the new key file
//! is written as `….key.json.new`; (2) `PRAGMA rekey` re-encrypts the database in one transaction;
//! (3) the new key file is renamed over the old one. Before (2) completes the old passphrase (or
//! keychain key) opens it and the pending file is dropped; after, the new passphrase opens it with
//! the pending file, which then takes its place (see `open.rs`).

use std::path::Path;

use super::key_file::{KeyFile, KeyFiles};
use super::passphrase::Passphrase;
use super::NEW_PASSPHRASE_FIELD;
use crate::model::error::CoreResult;
use crate::store::Store;

pub fn set_passphrase(store: &mut Store, path: &Path, new: &Passphrase) -> CoreResult<()> {
    new.check_new(NEW_PASSPHRASE_FIELD)?;
    let files = KeyFiles::beside(path);
    let file = KeyFile::fresh()?;
    let key = file.derive(new)?;
    file.write(&files.pending)?;
    if let Err(e) = store.rekey(&key) {
        files.drop_pending()?;
        return Err(e.into());
    }
    files.finish_pending()
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::app::unlock::{open, MemoryKeychain, Protection, Unlock};
    use crate::model::error::ErrorKind;

    const OLD: &str = "old passphrase here";
    const NEW: &str = "new passphrase here";

    /// Stops a change of passphrase after the pending key file, before or after the rekey.
    fn interrupted_change(path: &Path, unlock: &Unlock, rekeyed: bool) {
        let (mut store, _) = open(path, unlock).unwrap();
        let files = KeyFiles::beside(path);
        let file = KeyFile::fresh().unwrap();
        file.write(&files.pending).unwrap();
        if rekeyed {
            store
                .rekey(&file.derive(&Passphrase::new(NEW)).unwrap())
                .unwrap();
        }
    }

    fn opens(path: &Path, unlock: &Unlock) -> Result<Protection, ErrorKind> {
        open(path, unlock).map(|(_, p)| p).map_err(|e| e.kind())
    }

    #[test]
    fn stopped_before_the_rekey_the_old_passphrase_still_opens_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db.sqlite3");
        interrupted_change(&path, &Unlock::with_passphrase(OLD), false);
        assert_eq!(
            opens(&path, &Unlock::with_passphrase(NEW)),
            Err(ErrorKind::Validation)
        );
        assert_eq!(
            opens(&path, &Unlock::with_passphrase(OLD)),
            Ok(Protection::Passphrase)
        );
        assert!(
            !KeyFiles::beside(&path).pending.exists(),
            "the unused key file is dropped"
        );
        assert_eq!(
            opens(&path, &Unlock::with_passphrase(NEW)),
            Err(ErrorKind::Validation)
        );
    }

    #[test]
    fn stopped_after_the_rekey_the_new_passphrase_opens_it_and_finishes() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db.sqlite3");
        interrupted_change(&path, &Unlock::with_passphrase(OLD), true);
        assert_eq!(
            opens(&path, &Unlock::with_passphrase(OLD)),
            Err(ErrorKind::Validation)
        );
        assert_eq!(
            opens(&path, &Unlock::with_passphrase(NEW)),
            Ok(Protection::Passphrase)
        );
        let files = KeyFiles::beside(&path);
        assert!(!files.pending.exists() && files.current.exists());
        assert_eq!(
            opens(&path, &Unlock::with_passphrase(NEW)),
            Ok(Protection::Passphrase)
        );
    }

    #[test]
    fn a_switch_from_the_keychain_stopped_either_side_of_the_rekey_still_opens() {
        for rekeyed in [false, true] {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("db.sqlite3");
            let keychain = Arc::new(MemoryKeychain::default());
            let by_keychain = Unlock::with_keychain(keychain.clone());
            interrupted_change(&path, &by_keychain, rekeyed);
            let both = Unlock {
                passphrase: Some(Passphrase::new(NEW)),
                keychain: Some(keychain),
            };
            let expected = match rekeyed {
                false => Protection::Keychain,
                true => Protection::Passphrase,
            };
            assert_eq!(opens(&path, &both), Ok(expected), "rekeyed: {rekeyed}");
            assert!(!KeyFiles::beside(&path).pending.exists());
        }
    }
}
