//! Unlocking the encrypted database: where its key comes from.
//!
//! - **Keychain**: a random 256-bit key kept in the system keychain ([`Keychain`]), for someone who
//!   has not chosen a passphrase. Nothing to type.
//! - **Passphrase**: where no keychain answers (a headless Linux machine, a locked keychain) or the
//!   user prefers it, a passphrase stretched into the key with Argon2id; the salt and parameters are
//!   in a key file beside the database ([`key_file`]).
//!
//! A new database, or a plain one from an earlier DP Hub, takes the passphrase if one is given,
//! else a keychain key. An encrypted one is unlocked the way it was locked: a key file beside it
//! means a passphrase, no key file means the keychain.

pub mod key_file;
pub mod keychain;
mod open;
pub mod passphrase;
mod set;

use std::path::Path;
use std::sync::Arc;

use serde::Serialize;
use ts_rs::TS;

use crate::model::error::CoreResult;
use crate::store::cipher::{self, FileState};

pub use keychain::{
    account_for, system_keychain_unless_turned_off, Keychain, KeychainError, MemoryKeychain,
    SystemKeychain, KEYCHAIN_ENV_VAR,
};
pub(crate) use open::open;
pub use passphrase::{Passphrase, MIN_PASSPHRASE_CHARS};
pub(crate) use set::set_passphrase;

/// The environment variable a passphrase may be given in (the CLI and the desktop app read it).
pub const PASSPHRASE_ENV_VAR: &str = "DPHUB_PASSPHRASE";

/// The form field a problem with the passphrase belongs to.
pub const PASSPHRASE_FIELD: &str = "passphrase";
/// The form field a problem with a new passphrase belongs to.
pub const NEW_PASSPHRASE_FIELD: &str = "new_passphrase";

/// What may unlock the database: a passphrase someone gave, and the keychain if it may be used.
#[derive(Clone, Default)]
pub struct Unlock {
    pub passphrase: Option<Passphrase>,
    pub keychain: Option<Arc<dyn Keychain>>,
}

impl Unlock {
    pub fn with_passphrase(passphrase: impl Into<String>) -> Unlock {
        Unlock {
            passphrase: Some(Passphrase::new(passphrase)),
            keychain: None,
        }
    }

    pub fn with_keychain(keychain: Arc<dyn Keychain>) -> Unlock {
        Unlock {
            passphrase: None,
            keychain: Some(keychain),
        }
    }
}

/// How a database file is (or will be) protected.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Protection {
    /// There is no database yet: it will be created when unlocked.
    New,
    /// A database from an earlier DP Hub, not yet encrypted: it is encrypted when unlocked.
    Plain,
    /// Encrypted with a key made from a passphrase.
    Passphrase,
    /// Encrypted with a random key kept in the system keychain.
    Keychain,
}

/// How the database at `path` is protected, read from the files without unlocking anything.
pub fn protection(path: &Path) -> CoreResult<Protection> {
    Ok(match cipher::file_state(path)? {
        FileState::New => Protection::New,
        FileState::Plain => Protection::Plain,
        FileState::Encrypted if key_file::KeyFiles::beside(path).current.exists() => {
            Protection::Passphrase
        }
        FileState::Encrypted => Protection::Keychain,
    })
}
