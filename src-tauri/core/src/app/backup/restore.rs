//! Restoring a verified backup over the open database.
//!
//! Order, so that an interruption at any point leaves one complete database that opens:
//! (1) no one else may have the database open (SQLite's exclusive lock, kept until it is closed);
//! (2) the current database is kept in the backups folder; (3) the backup is written as
//! `dphub.sqlite3.restoring`, encrypted with the database's own key (so the keychain key or the
//! passphrase still opens it, and its key file stays as it is) and checked against the backup;
//! (4) the database is closed, which folds its write-ahead log into it; (5) its `-wal`/`-shm`
//! companions are removed and the restored file is renamed over it in one step, flushed to the
//! folder; (6) it is opened again (an older backup's schema is brought up to date then).
//! Until (5) the database is as it was; after it, it is the backup.

use chrono::NaiveDateTime;
use serde::Serialize;
use ts_rs::TS;

use super::{RollingBackup, RollingReason, VerifiedBackup};
use crate::app::Database;
use crate::model::error::{CoreError, CoreResult};
use crate::store::cipher::{owner_only::beside, plain, DbKey};
use crate::store::Store;

/// What a restore did.
#[derive(Clone, Debug, Serialize, TS)]
#[ts(export)]
pub struct RestoreOutcome {
    /// What the database now holds.
    pub restored: super::BackupSummary,
    /// The database as it was before, kept in the backups folder.
    pub kept: RollingBackup,
}

impl Database {
    /// Replaces the whole database with a verified backup, keeping the current one in the
    /// backups folder. Refused, with nothing changed, when another program has the database open.
    pub fn restore(
        &mut self,
        backup: &VerifiedBackup,
        now: NaiveDateTime,
    ) -> CoreResult<RestoreOutcome> {
        let path = self
            .path()
            .ok_or_else(|| CoreError::Storage("A database in memory cannot be restored".into()))?
            .to_path_buf();
        let key = DbKey::from_bytes(*self.store.key()?.as_bytes());
        let restoring = beside(&path, ".restoring");
        let prepared = self
            .store
            .claim_alone()
            .map_err(CoreError::from)
            .and_then(|()| {
                let kept = self.make_rolling_backup(RollingReason::BeforeRestore, now)?;
                let _ = std::fs::remove_file(&restoring);
                backup
                    .image
                    .write_keyed(&restoring, &key)
                    .map_err(CoreError::from)?;
                Ok(kept)
            });
        let kept = match prepared {
            Ok(kept) => kept,
            Err(e) => {
                let _ = std::fs::remove_file(&restoring);
                // Opened again, the claim on the database is let go.
                self.reopen(&key)?;
                return Err(e);
            }
        };
        let old = std::mem::replace(&mut self.store, Store::open_in_memory()?);
        // Closing folds the log into the file; should it fail, the file is replaced anyway and
        // the database as it was is in the backups folder.
        let _ = old.close();
        let replaced = plain::replace(&restoring, &path);
        self.reopen(&key)?;
        replaced?;
        Ok(RestoreOutcome {
            restored: backup.summary.clone(),
            kept,
        })
    }

    fn reopen(&mut self, key: &DbKey) -> CoreResult<()> {
        let path = self.path().map(|p| p.to_path_buf());
        if let Some(path) = path {
            drop(std::mem::replace(&mut self.store, Store::open_in_memory()?));
            self.store = Store::open(&path, key)?;
        }
        Ok(())
    }
}
