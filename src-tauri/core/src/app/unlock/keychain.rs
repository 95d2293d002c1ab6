//! Where a random database key is kept when the user has not chosen a passphrase: the system
//! keychain (macOS Keychain, Windows Credential Manager, the Secret Service on Linux), behind a
//! trait so tests use [`MemoryKeychain`] and never the real one.

use std::collections::HashMap;
use std::path::Path;
use std::sync::{Arc, Mutex};

use zeroize::Zeroizing;

/// The environment variable that turns the keychain off (`DPHUB_KEYCHAIN=off`): the user's choice
/// to use a passphrase only, and what the tests set so no test touches a real keychain.
pub const KEYCHAIN_ENV_VAR: &str = "DPHUB_KEYCHAIN";

#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct KeychainError(pub String);

/// A store of secrets by account name.
pub trait Keychain: Send + Sync {
    /// The secret saved for `account`, or `None` when there is none.
    fn get(&self, account: &str) -> Result<Option<Zeroizing<Vec<u8>>>, KeychainError>;
    fn set(&self, account: &str, secret: &[u8]) -> Result<(), KeychainError>;
    /// Forgets the secret; forgetting one that is not there is not an error.
    fn delete(&self, account: &str) -> Result<(), KeychainError>;
}

/// The keychain account for the database at `path`: its absolute path, so two databases on one
/// computer have two keys.
pub fn account_for(path: &Path) -> String {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    format!("database {}", absolute.display())
}

/// The system keychain, unless `DPHUB_KEYCHAIN` is `off` (or `0`, `no`, `false`).
pub fn system_keychain_unless_turned_off() -> Option<Arc<dyn Keychain>> {
    let off = std::env::var(KEYCHAIN_ENV_VAR).is_ok_and(|v| {
        matches!(
            v.trim().to_ascii_lowercase().as_str(),
            "off" | "0" | "no" | "false"
        )
    });
    (!off).then(|| Arc::new(SystemKeychain) as Arc<dyn Keychain>)
}

/// The operating system's keychain, through the `keyring` crate, under the app's identifier.
pub struct SystemKeychain;

impl SystemKeychain {
    fn entry(account: &str) -> Result<keyring::Entry, KeychainError> {
        keyring::Entry::new(crate::APP_IDENTIFIER, account).map_err(unavailable)
    }
}

impl Keychain for SystemKeychain {
    fn get(&self, account: &str) -> Result<Option<Zeroizing<Vec<u8>>>, KeychainError> {
        match Self::entry(account)?.get_secret() {
            Ok(secret) => Ok(Some(Zeroizing::new(secret))),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(e) => Err(unavailable(e)),
        }
    }

    fn set(&self, account: &str, secret: &[u8]) -> Result<(), KeychainError> {
        Self::entry(account)?
            .set_secret(secret)
            .map_err(unavailable)
    }

    fn delete(&self, account: &str) -> Result<(), KeychainError> {
        match Self::entry(account)?.delete_credential() {
            Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
            Err(e) => Err(unavailable(e)),
        }
    }
}

fn unavailable(e: keyring::Error) -> KeychainError {
    KeychainError(format!("the system keychain could not be used ({e})"))
}

/// A keychain in memory, for tests and previews. Clones share their secrets.
#[derive(Clone, Default)]
pub struct MemoryKeychain {
    secrets: Arc<Mutex<HashMap<String, Vec<u8>>>>,
    unavailable: bool,
}

impl MemoryKeychain {
    /// One that answers every request with an error, as a locked or missing keychain does.
    pub fn unavailable() -> MemoryKeychain {
        MemoryKeychain {
            unavailable: true,
            ..Default::default()
        }
    }

    pub fn accounts(&self) -> Vec<String> {
        let mut accounts: Vec<String> = self.lock().keys().cloned().collect();
        accounts.sort();
        accounts
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Vec<u8>>> {
        self.secrets.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn check(&self) -> Result<(), KeychainError> {
        match self.unavailable {
            true => Err(KeychainError("the keychain is locked".into())),
            false => Ok(()),
        }
    }
}

impl Keychain for MemoryKeychain {
    fn get(&self, account: &str) -> Result<Option<Zeroizing<Vec<u8>>>, KeychainError> {
        self.check()?;
        Ok(self.lock().get(account).cloned().map(Zeroizing::new))
    }

    fn set(&self, account: &str, secret: &[u8]) -> Result<(), KeychainError> {
        self.check()?;
        self.lock().insert(account.to_owned(), secret.to_vec());
        Ok(())
    }

    fn delete(&self, account: &str) -> Result<(), KeychainError> {
        self.check()?;
        self.lock().remove(account);
        Ok(())
    }
}
