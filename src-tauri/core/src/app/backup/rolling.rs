//! Automatic backups in `backups/` beside the database (a folder readable by its owner only):
//! when DP Hub closes, and when it starts if the last one is more than a day old; the newest
//! [`DEFAULT_KEEP`] (a setting) are kept. Before a restore the current database is kept here too.
//!
//! No one is there to type a passphrase, so these are copies encrypted with the database's own key
//! (SQLCipher's export into a new file keyed like the database): exactly as safe as the database
//! beside them, and restored with no passphrase asked. They guard against a mistake or a damaged
//! file; a backup to keep elsewhere (a memory stick) is made with "Back up now", with a passphrase
//! of its own, so it still opens if this computer or its keychain is lost.

use std::path::{Path, PathBuf};

use chrono::{Duration, NaiveDateTime};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{check, image_ok, VerifiedBackup};
use crate::app::sealed::FILE_FIELD;
use crate::app::unlock::passphrase::one_problem;
use crate::app::Database;
use crate::model::error::{CoreError, CoreResult};
use crate::store::backup::Image;
use crate::store::cipher::owner_only;
use crate::store::StoreError;

/// The folder beside the database that holds them.
pub const BACKUPS_FOLDER: &str = "backups";
/// How many are kept unless the setting says otherwise.
pub const DEFAULT_KEEP: u32 = 10;
/// The most that may be kept.
pub const MAX_KEEP: u32 = 100;
/// The form field of the setting.
pub const KEEP_FIELD: &str = "keep";

const KEEP_SETTING: &str = "backups_keep";
const PREFIX: &str = "dphub-";
const SUFFIX: &str = ".sqlite3";
const TIME_FORMAT: &str = "%Y-%m-%d-%H%M%S";

/// Why an automatic backup was made.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum RollingReason {
    /// The first start of the day.
    Daily,
    /// DP Hub was closed.
    OnQuit,
    /// The database as it was just before a backup was restored over it.
    BeforeRestore,
}

impl RollingReason {
    fn code(self) -> &'static str {
        match self {
            RollingReason::Daily => "daily",
            RollingReason::OnQuit => "on-quit",
            RollingReason::BeforeRestore => "before-restore",
        }
    }

    const ALL: [RollingReason; 3] = [
        RollingReason::Daily,
        RollingReason::OnQuit,
        RollingReason::BeforeRestore,
    ];
}

/// One automatic backup.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct RollingBackup {
    /// Its file name in the backups folder: what restoring it is asked with.
    pub name: String,
    pub made_at: NaiveDateTime,
    pub reason: RollingReason,
    pub size_bytes: u64,
}

fn file_name(made_at: NaiveDateTime, reason: RollingReason) -> String {
    format!(
        "{PREFIX}{}-{}{SUFFIX}",
        made_at.format(TIME_FORMAT),
        reason.code()
    )
}

/// The time and reason in a name this module wrote, `None` for any other name.
fn parse_name(name: &str) -> Option<(NaiveDateTime, RollingReason)> {
    let rest = name.strip_prefix(PREFIX)?.strip_suffix(SUFFIX)?;
    let (time, reason) = rest.split_at_checked(17)?;
    let made_at = NaiveDateTime::parse_from_str(time, TIME_FORMAT).ok()?;
    let reason = reason.strip_prefix('-')?;
    let reason = RollingReason::ALL
        .into_iter()
        .find(|r| r.code() == reason)?;
    Some((made_at, reason))
}

fn folder_error(folder: &Path, e: std::io::Error) -> CoreError {
    CoreError::Storage(format!(
        "Could not use the backups folder {}: {e}",
        folder.display()
    ))
}

impl Database {
    /// The folder the automatic backups are kept in: `backups/` beside the database.
    pub fn backups_folder(&self) -> CoreResult<PathBuf> {
        let path = self.path().ok_or_else(|| {
            CoreError::Storage("A database in memory has no backups folder".into())
        })?;
        let folder = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        Ok(folder.join(BACKUPS_FOLDER))
    }

    /// Makes an automatic backup now, then keeps only the newest of each kind.
    pub fn make_rolling_backup(
        &self,
        reason: RollingReason,
        now: NaiveDateTime,
    ) -> CoreResult<RollingBackup> {
        let folder = self.backups_folder()?;
        owner_only::create_folder(&folder).map_err(|e| folder_error(&folder, e))?;
        owner_only::set_mode(&folder, 0o700).map_err(|e| folder_error(&folder, e))?;
        let name = file_name(now, reason);
        let path = folder.join(&name);
        // Written under a name the list skips, then renamed: a half-written copy is never listed.
        let temp = folder.join(format!(".{name}.part"));
        let _ = std::fs::remove_file(&temp);
        let written = self
            .store
            .copy_keyed(&temp)
            .map_err(CoreError::from)
            .and_then(|()| std::fs::rename(&temp, &path).map_err(|e| folder_error(&folder, e)));
        if let Err(e) = written {
            let _ = std::fs::remove_file(&temp);
            return Err(e);
        }
        self.prune_rolling_backups()?;
        let size_bytes = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
        Ok(RollingBackup {
            name,
            made_at: now,
            reason,
            size_bytes,
        })
    }

    /// Makes the day's backup when the newest one (made on a start or when closing) is more than
    /// a day old, or there is none: the one made, if any.
    pub fn backup_daily_if_due(&self, now: NaiveDateTime) -> CoreResult<Option<RollingBackup>> {
        let newest = self
            .rolling_backups()?
            .into_iter()
            .filter(|b| b.reason != RollingReason::BeforeRestore)
            .map(|b| b.made_at)
            .max();
        match newest {
            Some(made_at) if now - made_at < Duration::days(1) => Ok(None),
            _ => self
                .make_rolling_backup(RollingReason::Daily, now)
                .map(Some),
        }
    }

    /// The automatic backups, newest first.
    pub fn rolling_backups(&self) -> CoreResult<Vec<RollingBackup>> {
        let folder = self.backups_folder()?;
        let entries = match std::fs::read_dir(&folder) {
            Ok(entries) => entries,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(vec![]),
            Err(e) => return Err(folder_error(&folder, e)),
        };
        let mut list: Vec<RollingBackup> = entries
            .filter_map(|entry| {
                let entry = entry.ok()?;
                let name = entry.file_name().into_string().ok()?;
                let (made_at, reason) = parse_name(&name)?;
                let size_bytes = entry.metadata().ok()?.len();
                Some(RollingBackup {
                    name,
                    made_at,
                    reason,
                    size_bytes,
                })
            })
            .collect();
        list.sort_by(|a, b| b.made_at.cmp(&a.made_at).then(b.name.cmp(&a.name)));
        Ok(list)
    }

    /// Removes all but the newest `keep` automatic backups, and as many kept before restores.
    fn prune_rolling_backups(&self) -> CoreResult<()> {
        let keep = self.backups_keep()? as usize;
        let folder = self.backups_folder()?;
        let list = self.rolling_backups()?;
        for before_restore in [false, true] {
            list.iter()
                .filter(|b| (b.reason == RollingReason::BeforeRestore) == before_restore)
                .skip(keep)
                .try_for_each(|b| {
                    std::fs::remove_file(folder.join(&b.name)).map_err(|e| folder_error(&folder, e))
                })?;
        }
        Ok(())
    }

    /// Reads the automatic backup `name` (as [`Self::rolling_backups`] lists it) and checks it.
    pub fn verify_rolling_backup(&self, name: &str) -> CoreResult<VerifiedBackup> {
        let (made_at, _) = parse_name(name).ok_or_else(|| {
            one_problem(FILE_FIELD, "There is no automatic backup with that name")
        })?;
        let path = self.backups_folder()?.join(name);
        let size_bytes = std::fs::metadata(&path)
            .map_err(|_| one_problem(FILE_FIELD, "There is no automatic backup with that name"))?
            .len();
        let image = Image::from_keyed_file(&path, self.store.key()?).map_err(|e| match e {
            StoreError::WrongKey => one_problem(
                FILE_FIELD,
                "This automatic backup was made before the database's passphrase was changed, so it does not open with the database's key now",
            ),
            _ => super::damaged("the data cannot be read"),
        })?;
        let summary = check(image_ok(&image)?, made_at, size_bytes)?;
        Ok(VerifiedBackup { summary, image })
    }

    /// How many automatic backups are kept.
    pub fn backups_keep(&self) -> CoreResult<u32> {
        Ok(self
            .store
            .setting(KEEP_SETTING)?
            .and_then(|v| v.parse().ok())
            .filter(|n| (1..=MAX_KEEP).contains(n))
            .unwrap_or(DEFAULT_KEEP))
    }

    /// Sets how many automatic backups are kept (1 to [`MAX_KEEP`], as typed), removing the
    /// oldest beyond it.
    pub fn set_backups_keep(&self, typed: &str) -> CoreResult<u32> {
        let keep = typed
            .trim()
            .parse::<u32>()
            .ok()
            .filter(|n| (1..=MAX_KEEP).contains(n))
            .ok_or_else(|| {
                one_problem(
                    KEEP_FIELD,
                    &format!("Enter a whole number from 1 to {MAX_KEEP}"),
                )
            })?;
        self.store.set_setting(KEEP_SETTING, &keep.to_string())?;
        if self.path().is_some() {
            self.prune_rolling_backups()?;
        }
        Ok(keep)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_carry_the_time_and_the_reason() {
        let at = chrono::NaiveDate::from_ymd_opt(2026, 12, 6)
            .unwrap()
            .and_hms_opt(13, 5, 9)
            .unwrap();
        for reason in RollingReason::ALL {
            let name = file_name(at, reason);
            assert_eq!(parse_name(&name), Some((at, reason)), "{name}");
        }
        assert_eq!(
            file_name(at, RollingReason::OnQuit),
            "dphub-2026-12-06-130509-on-quit.sqlite3"
        );
        for other in [
            "dphub.sqlite3",
            "../dphub-2026-12-06-130509-daily.sqlite3",
            ".dphub-2026-12-06-130509-daily.sqlite3.part",
            "dphub-2026-13-06-130509-daily.sqlite3",
        ] {
            assert_eq!(parse_name(other), None, "{other}");
        }
    }
}
