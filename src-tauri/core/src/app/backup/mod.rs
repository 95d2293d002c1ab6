//! Backups of the whole database.
//!
//! - **Back up now** ([`create`]): a consistent snapshot of the database, taken into memory, sealed
//!   with a passphrase the user chooses ([`crate::app::sealed`], age with scrypt) and written
//!   owner-only through a temporary file and a rename; then read back from the disk and checked.
//!   No unencrypted copy touches the disk.
//! - **Verify** ([`verify_file`]): unseal, load into memory, SQLite's integrity check, the schema
//!   version (a newer DP Hub's backup is refused) and the rows, against what the backup says it holds.
//! - **Restore** ([`Database::restore`]): from a verified backup only; see `restore.rs`.
//! - **Automatic backups** in `backups/` beside the database: see `rolling.rs`.
//!
//! Inside the sealed file: one line of JSON (when it was made, the schema version, the counts),
//! then the database as an SQLite file.

mod restore;
mod rolling;
mod write;

use std::path::Path;

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use zeroize::Zeroizing;

pub use restore::RestoreOutcome;
pub use rolling::{
    RollingBackup, RollingReason, BACKUPS_FOLDER, DEFAULT_KEEP, KEEP_FIELD, MAX_KEEP,
};

use crate::app::sealed::{self, SealedKind, Stretch, FILE_FIELD, PASSPHRASE_FIELD};
use crate::app::unlock::passphrase::one_problem;
use crate::app::{Database, Passphrase};
use crate::model::error::{CoreError, CoreResult};
use crate::store::backup::Image;
use crate::store::migrations::LATEST;

/// The file name ending the app suggests for a backup.
pub const BACKUP_EXTENSION: &str = "dphub-backup";

/// How many records a backup holds, by kind: what someone checks before restoring it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct BackupCounts {
    pub people: u64,
    /// PAs in the contact book.
    pub pas: u64,
    pub employments: u64,
    /// Payments in and out of the direct payment accounts.
    pub account_entries: u64,
    pub receipts: u64,
    pub signatures: u64,
    pub checklist_items: u64,
}

impl BackupCounts {
    fn of(image: &Image) -> CoreResult<BackupCounts> {
        Ok(BackupCounts {
            people: image.count("person")?,
            pas: image.count("contact")?,
            employments: image.count("employment")?,
            account_entries: image.count("account_entry")?,
            receipts: image.count("account_receipt")?,
            signatures: image.count("signature")?,
            checklist_items: image.count("checklist_item")?,
        })
    }
}

/// What a checked backup holds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct BackupSummary {
    /// When it was made (this computer's local time).
    pub made_at: NaiveDateTime,
    /// The version of DP Hub's data it holds (older ones are brought up to date on restoring).
    pub schema_version: i64,
    pub counts: BackupCounts,
    /// The size of the backup file in bytes.
    pub size_bytes: u64,
}

/// A backup that was read and checked, held in memory, ready to restore.
pub struct VerifiedBackup {
    pub summary: BackupSummary,
    image: Image,
}

/// The line at the start of a backup's contents.
#[derive(Serialize, Deserialize)]
struct Header {
    made_at: NaiveDateTime,
    schema_version: i64,
    counts: BackupCounts,
}

/// Backs the whole database up to the file `to`, sealed with `passphrase`, then reads the file
/// back and checks it: the answer is what the file on the disk holds.
pub fn create(
    db: &Database,
    to: &Path,
    passphrase: &Passphrase,
    stretch: Stretch,
    now: NaiveDateTime,
) -> CoreResult<BackupSummary> {
    passphrase.check_new(PASSPHRASE_FIELD)?;
    let now = chrono::Timelike::with_nanosecond(&now, 0).unwrap_or(now);
    let bytes = db.store.snapshot()?;
    let image = Image::from_bytes(&bytes)?;
    let header = Header {
        made_at: now,
        schema_version: image.schema_version()?,
        counts: BackupCounts::of(&image)?,
    };
    let mut payload =
        Zeroizing::new(serde_json::to_vec(&header).map_err(|e| CoreError::Storage(e.to_string()))?);
    payload.push(b'\n');
    payload.extend_from_slice(&bytes);
    let sealed = sealed::seal(SealedKind::Backup, &payload, passphrase, stretch)?;
    write::owner_only(to, &sealed)?;
    Ok(verify_file(to, passphrase)?.summary)
}

/// What the open database holds now, counted as a backup's contents are.
pub fn counts(db: &Database) -> CoreResult<BackupCounts> {
    BackupCounts::of(&Image::from_bytes(&db.store.snapshot()?)?)
}

/// Reads the backup file at `path` and checks it (see [`verify`]).
pub fn verify_file(path: &Path, passphrase: &Passphrase) -> CoreResult<VerifiedBackup> {
    let bytes = std::fs::read(path).map_err(|e| {
        let why = match e.kind() {
            std::io::ErrorKind::NotFound => "there is no such file".to_string(),
            std::io::ErrorKind::IsADirectory => "it is a folder".to_string(),
            _ => e.to_string(),
        };
        one_problem(
            FILE_FIELD,
            &format!("Could not read the backup {}: {why}", path.display()),
        )
    })?;
    verify(&bytes, passphrase)
}

/// Opens a sealed backup with `passphrase` and checks it in memory: SQLite's integrity check, a
/// schema version this DP Hub knows, and the same rows as when it was made. A problem is one with
/// the `passphrase` or `file` field, in plain words.
pub fn verify(sealed_bytes: &[u8], passphrase: &Passphrase) -> CoreResult<VerifiedBackup> {
    let payload = Zeroizing::new(sealed::unseal(
        SealedKind::Backup,
        sealed_bytes,
        passphrase,
    )?);
    let line_end = payload
        .iter()
        .position(|&b| b == b'\n')
        .ok_or_else(|| damaged("it has no description"))?;
    let header: Header = serde_json::from_slice(&payload[..line_end])
        .map_err(|_| damaged("its description cannot be read"))?;
    refuse_newer(header.schema_version)?;
    let image = Image::from_bytes(&payload[line_end + 1..])
        .map_err(|_| damaged("the data cannot be read"))?;
    let summary = check(image_ok(&image)?, header.made_at, sealed_bytes.len() as u64)?;
    if summary.schema_version != header.schema_version || summary.counts != header.counts {
        return Err(damaged("it does not hold what it says it holds"));
    }
    Ok(VerifiedBackup { summary, image })
}

/// The image, if SQLite finds it sound.
fn image_ok(image: &Image) -> CoreResult<&Image> {
    let problems = image
        .problems()
        .map_err(|_| damaged("the data cannot be read"))?;
    if let Some(first) = problems.first() {
        return Err(damaged(&format!("SQLite's check found: {first}")));
    }
    Ok(image)
}

/// The summary of a sound image, refusing a newer schema.
fn check(image: &Image, made_at: NaiveDateTime, size_bytes: u64) -> CoreResult<BackupSummary> {
    let schema_version = image
        .schema_version()
        .map_err(|_| damaged("the data cannot be read"))?;
    refuse_newer(schema_version)?;
    Ok(BackupSummary {
        made_at,
        schema_version,
        counts: BackupCounts::of(image).map_err(|_| damaged("the data cannot be read"))?,
        size_bytes,
    })
}

fn refuse_newer(schema_version: i64) -> CoreResult<()> {
    if schema_version > LATEST {
        return Err(one_problem(
            FILE_FIELD,
            "This backup was made by a newer DP Hub: update DP Hub on this computer, then restore it. Nothing was changed",
        ));
    }
    Ok(())
}

fn damaged(why: &str) -> CoreError {
    one_problem(
        FILE_FIELD,
        &format!(
            "This backup is damaged, so it cannot be used ({why}); try another copy. Nothing was changed"
        ),
    )
}
