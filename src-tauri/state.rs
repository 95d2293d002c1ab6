//! The open database, shared by every command.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};

use dphub_core::app::unlock::{system_keychain_unless_turned_off, PASSPHRASE_ENV_VAR};
use dphub_core::app::{Passphrase, Unlock};
use dphub_core::Database;

use crate::error::{AppError, AppResult};

pub struct AppState {
    pub db_path: Option<PathBuf>,
    /// The store, or why it could not be opened (shown by the UI rather than crashing).
    store: Result<Mutex<Database>, String>,
    /// The app's cache folder, looked up the first time a command needs it.
    cache_dir: OnceLock<Option<PathBuf>>,
}

impl AppState {
    pub fn new(db_path: Option<PathBuf>, store: Result<Database, String>) -> Self {
        AppState {
            db_path,
            store: store.map(Mutex::new),
            cache_dir: OnceLock::new(),
        }
    }

    /// The cache folder (where PDFs opened to print go), asked of `find` once.
    pub fn cache_dir(&self, find: impl FnOnce() -> Option<PathBuf>) -> Option<&Path> {
        self.cache_dir.get_or_init(find).as_deref()
    }

    /// Opens the database at `path` (or records why it could not be), unlocked by the passphrase
    /// in DPHUB_PASSPHRASE if there is one, else by its key in the system keychain (unless
    /// DPHUB_KEYCHAIN=off).
    pub fn open(path: Option<PathBuf>) -> Self {
        let unlock = Unlock {
            passphrase: std::env::var(PASSPHRASE_ENV_VAR)
                .ok()
                .filter(|v| !v.is_empty())
                .map(Passphrase::new),
            keychain: system_keychain_unless_turned_off(),
        };
        let store = match &path {
            Some(path) => Database::open(path, &unlock).map_err(|e| e.to_string()),
            None => Err(
                "There is no folder for app data on this computer; start DP Hub with --db PATH"
                    .into(),
            ),
        };
        AppState::new(path, store)
    }

    pub fn store_error(&self) -> Option<&str> {
        self.store.as_ref().err().map(String::as_str)
    }

    pub fn with_store<T>(&self, f: impl FnOnce(&mut Database) -> AppResult<T>) -> AppResult<T> {
        let mutex = self
            .store
            .as_ref()
            .map_err(|e| AppError::storage(e.clone()))?;
        // A panic while holding the lock cannot leave the store half-written (changes are transactions).
        let mut store = mutex
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        f(&mut store)
    }
}
