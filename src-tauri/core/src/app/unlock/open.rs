//! Opening the database file with the key its protection calls for.

use std::path::Path;

use super::key_file::{KeyFile, KeyFiles};
use super::keychain::account_for;
use super::passphrase::{one_problem, Passphrase};
use super::{Protection, Unlock, PASSPHRASE_FIELD};
use crate::model::error::{CoreError, CoreResult};
use crate::store::cipher::{self, owner_only, DbKey, FileState};
use crate::store::{Store, StoreError};

/// Opens (creating or encrypting if needed) the database at `path`, answering how it is protected.
pub fn open(path: &Path, unlock: &Unlock) -> CoreResult<(Store, Protection)> {
    let files = KeyFiles::beside(path);
    match cipher::file_state(path)? {
        FileState::New | FileState::Plain => create(path, unlock, &files),
        FileState::Encrypted if files.current.exists() => {
            let passphrase = unlock.passphrase.as_ref().ok_or_else(|| {
                one_problem(
                    PASSPHRASE_FIELD,
                    "This database is protected by a passphrase: enter it to open the database",
                )
            })?;
            with_passphrase(path, passphrase, &files)
        }
        FileState::Encrypted => with_keychain(path, unlock, &files),
    }
}

/// A new or plain database is keyed by the passphrase if one is given, else by a new keychain key.
fn create(path: &Path, unlock: &Unlock, files: &KeyFiles) -> CoreResult<(Store, Protection)> {
    if let Some(passphrase) = &unlock.passphrase {
        passphrase.check_new(PASSPHRASE_FIELD)?;
        let file = KeyFile::fresh()?;
        let key = file.derive(passphrase)?;
        owner_only::create_folder_for(path).map_err(|e| {
            CoreError::Storage(format!(
                "Could not create the folder for {}: {e}",
                path.display()
            ))
        })?;
        files.drop_pending()?;
        // Written first: if the database were made first and this failed, nothing could open it.
        file.write(&files.current)?;
        return Ok((Store::open(path, &key)?, Protection::Passphrase));
    }
    let why = match &unlock.keychain {
        None => "the system keychain is turned off".to_string(),
        Some(keychain) => {
            let key = DbKey::random().map_err(|e| {
                CoreError::Storage(format!(
                    "The computer gave no random numbers for the key: {e}"
                ))
            })?;
            match keychain.set(&account_for(path), key.as_bytes()) {
                Ok(()) => {
                    // Key files left by an earlier, interrupted start would claim a passphrase.
                    files.remove_both()?;
                    return Ok((Store::open(path, &key)?, Protection::Keychain));
                }
                Err(e) => e.to_string(),
            }
        }
    };
    Err(one_problem(
        PASSPHRASE_FIELD,
        &format!("Choose a passphrase to protect the database: {why}"),
    ))
}

/// Tries the key file, then a pending one (a change that was interrupted), with the passphrase.
fn with_passphrase(
    path: &Path,
    passphrase: &Passphrase,
    files: &KeyFiles,
) -> CoreResult<(Store, Protection)> {
    if let Some(store) = try_key_file(path, passphrase, &files.current)? {
        files.drop_pending()?;
        return Ok((store, Protection::Passphrase));
    }
    if files.pending.exists() {
        if let Some(store) = try_key_file(path, passphrase, &files.pending)? {
            files.finish_pending()?;
            return Ok((store, Protection::Passphrase));
        }
    }
    Err(wrong_passphrase())
}

/// A database without a key file is keyed from the keychain, unless a switch to a passphrase was
/// interrupted after the database took the new key (its key file still pending).
fn with_keychain(
    path: &Path,
    unlock: &Unlock,
    files: &KeyFiles,
) -> CoreResult<(Store, Protection)> {
    if let (true, Some(passphrase)) = (files.pending.exists(), &unlock.passphrase) {
        if let Some(store) = try_key_file(path, passphrase, &files.pending)? {
            files.finish_pending()?;
            return Ok((store, Protection::Passphrase));
        }
    }
    let Some(keychain) = &unlock.keychain else {
        return Err(CoreError::Storage(
            "This database's key is kept in the system keychain, which is turned off; \
             turn it on (unset DPHUB_KEYCHAIN) to open the database"
                .into(),
        ));
    };
    let secret = keychain
        .get(&account_for(path))
        .map_err(|e| CoreError::Storage(format!("Could not get this database's key: {e}")))?
        .ok_or_else(|| {
            CoreError::Storage(
                "This database's key is not in the system keychain: it was made on another \
                 computer or by another user, or the key was removed"
                    .into(),
            )
        })?;
    let bytes: [u8; 32] = secret.as_slice().try_into().map_err(|_| {
        CoreError::Storage("The key in the system keychain is not a DP Hub key".into())
    })?;
    match Store::open(path, &DbKey::from_bytes(bytes)) {
        Ok(store) => {
            files.drop_pending()?;
            Ok((store, Protection::Keychain))
        }
        Err(StoreError::WrongKey) => Err(CoreError::Storage(
            "The key in the system keychain does not open this database; nothing was changed"
                .into(),
        )),
        Err(e) => Err(e.into()),
    }
}

/// The store if the key from this key file opens it, `None` if the key is wrong.
fn try_key_file(path: &Path, passphrase: &Passphrase, file: &Path) -> CoreResult<Option<Store>> {
    if !file.exists() {
        return Ok(None);
    }
    let key = KeyFile::read(file)?.derive(passphrase)?;
    match Store::open(path, &key) {
        Ok(store) => Ok(Some(store)),
        Err(StoreError::WrongKey) => Ok(None),
        Err(e) => Err(e.into()),
    }
}

fn wrong_passphrase() -> CoreError {
    one_problem(
        PASSPHRASE_FIELD,
        "That passphrase does not open this database; nothing was changed. Check it and try again",
    )
}
