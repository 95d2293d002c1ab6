//! Data and backups: back up now to a file the user chose (with a passphrase typed twice), check a
//! backup and restore it, the automatic backups and how many are kept.

use std::path::PathBuf;

use chrono::NaiveDateTime;
use dphub_core::app::backup::{
    self, BackupCounts, BackupSummary, RestoreOutcome, RollingBackup, BACKUP_EXTENSION,
};
use dphub_core::app::sealed::Stretch;
use dphub_core::app::Passphrase;
use dphub_core::model::validation::FieldProblem;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{Ctx, NoArgs};
use crate::error::{AppError, AppResult};

/// The Data and backups screen: where the automatic backups are, how many are kept, the list
/// (newest first) and what the database holds now.
#[derive(Serialize, TS)]
#[ts(export)]
pub struct BackupOverview {
    pub folder: String,
    pub keep: u32,
    pub automatic: Vec<RollingBackup>,
    pub current: BackupCounts,
}

#[derive(Deserialize, TS)]
#[ts(export)]
pub struct CreateBackup {
    /// Chosen in the Save dialog; ".dphub-backup" is added when it has no ending.
    #[ts(type = "string")]
    pub path: PathBuf,
    pub passphrase: String,
    /// The passphrase typed again.
    pub confirm: String,
}

/// A backup made, as read back from the disk.
#[derive(Serialize, TS)]
#[ts(export)]
pub struct CreatedBackup {
    pub file: String,
    pub backup: BackupSummary,
}

/// A backup file (chosen in the Open dialog) and its passphrase.
#[derive(Deserialize, TS)]
#[ts(export)]
pub struct BackupFile {
    #[ts(type = "string")]
    pub path: PathBuf,
    pub passphrase: String,
}

#[derive(Deserialize, TS)]
#[ts(export)]
pub struct AutomaticBackupRef {
    pub name: String,
}

#[derive(Deserialize, TS)]
#[ts(export)]
pub struct SetBackupsKeep {
    /// As typed.
    pub keep: String,
}

fn now() -> NaiveDateTime {
    chrono::Local::now().naive_local()
}

pub fn backup_overview(cx: &Ctx, _: NoArgs) -> AppResult<BackupOverview> {
    cx.with_store(|db| {
        Ok(BackupOverview {
            folder: db.backups_folder()?.display().to_string(),
            keep: db.backups_keep()?,
            automatic: db.rolling_backups()?,
            current: backup::counts(db)?,
        })
    })
}

/// A backup's passphrase, typed twice, checked before the Save dialog is shown.
#[derive(Deserialize, TS)]
#[ts(export)]
pub struct BackupPassphrase {
    pub passphrase: String,
    pub confirm: String,
}

pub fn check_backup_passphrase(_cx: &Ctx, a: BackupPassphrase) -> AppResult<()> {
    typed_twice(&a.passphrase, &a.confirm)?;
    Passphrase::new(a.passphrase).check_new(dphub_core::app::sealed::PASSPHRASE_FIELD)?;
    Ok(())
}

fn typed_twice(passphrase: &str, confirm: &str) -> AppResult<()> {
    if passphrase != confirm {
        let message = "The two passphrases are different: type the same passphrase twice";
        return Err(AppError::Validation {
            message: message.into(),
            field: Some("confirm".into()),
            problems: vec![FieldProblem {
                field: "confirm".into(),
                message: message.into(),
            }],
        });
    }
    Ok(())
}

pub fn create_backup(cx: &Ctx, a: CreateBackup) -> AppResult<CreatedBackup> {
    typed_twice(&a.passphrase, &a.confirm)?;
    let mut path = a.path;
    if path.extension().is_none() {
        path.set_extension(BACKUP_EXTENSION);
    }
    let passphrase = Passphrase::new(a.passphrase);
    let made = cx.with_store(|db| {
        Ok(backup::create(
            db,
            &path,
            &passphrase,
            Stretch::STANDARD,
            now(),
        )?)
    })?;
    Ok(CreatedBackup {
        file: path.display().to_string(),
        backup: made,
    })
}

pub fn verify_backup(_cx: &Ctx, a: BackupFile) -> AppResult<BackupSummary> {
    Ok(backup::verify_file(&a.path, &Passphrase::new(a.passphrase))?.summary)
}

/// Checks the backup again (nothing checked earlier is trusted) and restores it.
pub fn restore_backup(cx: &Ctx, a: BackupFile) -> AppResult<RestoreOutcome> {
    let verified = backup::verify_file(&a.path, &Passphrase::new(a.passphrase))?;
    cx.with_store(|db| Ok(db.restore(&verified, now())?))
}

pub fn verify_automatic_backup(cx: &Ctx, a: AutomaticBackupRef) -> AppResult<BackupSummary> {
    cx.with_store(|db| Ok(db.verify_rolling_backup(&a.name)?.summary))
}

pub fn restore_automatic_backup(cx: &Ctx, a: AutomaticBackupRef) -> AppResult<RestoreOutcome> {
    cx.with_store(|db| {
        let verified = db.verify_rolling_backup(&a.name)?;
        Ok(db.restore(&verified, now())?)
    })
}

pub fn set_backups_keep(cx: &Ctx, a: SetBackupsKeep) -> AppResult<BackupOverview> {
    cx.with_store(|db| Ok(db.set_backups_keep(&a.keep).map(|_| ())?))?;
    backup_overview(cx, NoArgs {})
}
