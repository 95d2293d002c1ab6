//! The open database, shared by every command, or why it is not open: locked until a passphrase is
//! given, or failed with a reason the UI shows.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard, OnceLock};

use dphub_core::app::backup::RollingReason;
use dphub_core::app::unlock::{
    self, system_keychain_unless_turned_off, Keychain, PASSPHRASE_ENV_VAR, PASSPHRASE_FIELD,
};
use dphub_core::app::{Passphrase, Protection, Unlock};
use dphub_core::{CoreError, Database};

use crate::error::{AppError, AppResult};

fn now() -> chrono::NaiveDateTime {
    chrono::Local::now().naive_local()
}

/// The day's automatic backup, when the last one is more than a day old. A failure is said on
/// standard error and never stops DP Hub from opening.
fn daily_backup(db: Database) -> Database {
    if let Err(e) = db.backup_daily_if_due(now()) {
        eprintln!("DP Hub could not make the day's automatic backup: {e}");
    }
    db
}

pub struct AppState {
    pub db_path: Option<PathBuf>,
    store: Mutex<Opened>,
    /// The keychain the database may be unlocked with (none when turned off).
    keychain: Option<Arc<dyn Keychain>>,
    /// The app's cache folder, looked up the first time a command needs it.
    cache_dir: OnceLock<Option<PathBuf>>,
}

enum Opened {
    /// Boxed: the other states are small.
    Open(Box<Database>),
    /// Waiting for a passphrase: to choose one (a new or plain database) or to enter it.
    Locked(Protection),
    /// Could not be opened; the message says why (shown by the UI rather than crashing).
    Failed(String),
}

impl AppState {
    pub fn new(db_path: Option<PathBuf>, store: Result<Database, String>) -> Self {
        let opened = match store {
            Ok(db) => Opened::Open(Box::new(db)),
            Err(message) => Opened::Failed(message),
        };
        AppState::with(db_path, opened, None)
    }

    /// A database waiting for its passphrase (the tests' way to start locked).
    pub fn locked(db_path: PathBuf, keychain: Option<Arc<dyn Keychain>>) -> Self {
        let protection = unlock::protection(&db_path).unwrap_or(Protection::Passphrase);
        AppState::with(Some(db_path), Opened::Locked(protection), keychain)
    }

    fn with(db_path: Option<PathBuf>, opened: Opened, keychain: Option<Arc<dyn Keychain>>) -> Self {
        AppState {
            db_path,
            store: Mutex::new(opened),
            keychain,
            cache_dir: OnceLock::new(),
        }
    }

    /// The cache folder (where PDFs opened to print go), asked of `find` once.
    pub fn cache_dir(&self, find: impl FnOnce() -> Option<PathBuf>) -> Option<&Path> {
        self.cache_dir.get_or_init(find).as_deref()
    }

    /// Opens the database at `path` with the passphrase in DPHUB_PASSPHRASE if there is one, else
    /// its key in the system keychain (unless DPHUB_KEYCHAIN=off); when a passphrase is needed it
    /// waits, locked, for the UI to ask for one.
    pub fn open(path: Option<PathBuf>) -> Self {
        let keychain = system_keychain_unless_turned_off();
        let Some(path) = path else {
            let message =
                "There is no folder for app data on this computer; start DP Hub with --db PATH";
            return AppState::with(None, Opened::Failed(message.into()), keychain);
        };
        let passphrase = std::env::var(PASSPHRASE_ENV_VAR)
            .ok()
            .filter(|v| !v.is_empty())
            .map(Passphrase::new);
        let unlock = Unlock {
            passphrase,
            keychain: keychain.clone(),
        };
        let opened = match Database::open(&path, &unlock) {
            Ok(db) => Opened::Open(Box::new(daily_backup(db))),
            Err(CoreError::Invalid(problems)) if problems.has(PASSPHRASE_FIELD) => {
                Opened::Locked(unlock::protection(&path).unwrap_or(Protection::Passphrase))
            }
            Err(e) => Opened::Failed(e.to_string()),
        };
        AppState::with(Some(path), opened, keychain)
    }

    fn opened(&self) -> MutexGuard<'_, Opened> {
        // A panic while holding the lock cannot leave the store half-written (changes are transactions).
        self.store
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    pub fn store_error(&self) -> Option<String> {
        match &*self.opened() {
            Opened::Failed(message) => Some(message.clone()),
            _ => None,
        }
    }

    /// How the database is protected while it waits for a passphrase; `None` once open (or failed).
    pub fn locked_as(&self) -> Option<Protection> {
        match &*self.opened() {
            Opened::Locked(protection) => Some(*protection),
            _ => None,
        }
    }

    /// Unlocks the database with a passphrase: for a new or plain database, the one it will be
    /// protected by. A wrong or too short one is a problem with the `passphrase` field and the
    /// database stays locked.
    pub fn unlock(&self, passphrase: Passphrase) -> AppResult<()> {
        let mut opened = self.opened();
        if !matches!(&*opened, Opened::Locked(_)) {
            return Ok(());
        }
        let path = self
            .db_path
            .as_ref()
            .ok_or_else(|| AppError::storage("There is no database to unlock"))?;
        let unlock = Unlock {
            passphrase: Some(passphrase),
            keychain: self.keychain.clone(),
        };
        *opened = Opened::Open(Box::new(daily_backup(Database::open(path, &unlock)?)));
        Ok(())
    }

    /// When DP Hub closes: an automatic backup of the open database (see `backups/`).
    pub fn on_quit(&self) {
        if let Opened::Open(db) = &*self.opened() {
            if let Err(e) = db.make_rolling_backup(RollingReason::OnQuit, now()) {
                eprintln!("DP Hub could not make its automatic backup on closing: {e}");
            }
        }
    }

    pub fn with_store<T>(&self, f: impl FnOnce(&mut Database) -> AppResult<T>) -> AppResult<T> {
        match &mut *self.opened() {
            Opened::Open(db) => f(db),
            Opened::Locked(_) => Err(AppError::storage(
                "DP Hub is locked: enter the passphrase to open your data",
            )),
            Opened::Failed(message) => Err(AppError::storage(message.clone())),
        }
    }
}
