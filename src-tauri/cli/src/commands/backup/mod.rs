//! `dphub backup create|verify|restore|list`: backups of the whole database.

mod args;

pub use args::{BackupCommand, BackupPassphrase};

use std::path::Path;

use dphub_core::app::backup::{self, BackupCounts, BackupSummary, VerifiedBackup};
use dphub_core::app::sealed::{Stretch, PASSPHRASE_FIELD};
use dphub_core::app::Passphrase;
use dphub_core::model::validation::Problems;
use dphub_core::CoreError;
use serde_json::json;

use crate::database::{self, given_passphrase, Target};
use crate::input::problem;
use crate::printer::{line, Printer};

/// Where the backup's passphrase may be given when no file is.
pub const BACKUP_PASSPHRASE_ENV_VAR: &str = "DPHUB_BACKUP_PASSPHRASE";
/// The field a problem with the backup's passphrase is reported on.
const FIELD: &str = "backup_passphrase";

pub fn run(command: &BackupCommand, target: &Target, out: &Printer) -> Result<(), CoreError> {
    let now = chrono::Local::now().naive_local();
    match command {
        BackupCommand::Create { to, passphrase } => {
            let passphrase = backup_passphrase(passphrase)?;
            let db = database::open(target)?;
            let made = backup::create(&db, to, &passphrase, Stretch::STANDARD, now)
                .map_err(on_backup_passphrase)?;
            if out.json() {
                out.json_value(&json!({ "ok": true, "file": to, "backup": made }));
            } else {
                say!("Backed up to {}, and checked:", to.display());
                summary(&made);
                say!("Keep the backup passphrase safe: without it the backup cannot be opened.");
            }
        }
        BackupCommand::Verify { file, passphrase } => {
            let verified = verify(file, passphrase)?;
            if out.json() {
                out.json_value(&json!({ "ok": true, "file": file, "backup": verified.summary }));
            } else {
                say!("{} is a sound backup:", file.display());
                summary(&verified.summary);
            }
        }
        BackupCommand::Restore {
            file,
            passphrase,
            automatic,
            yes,
        } => {
            let mut db = database::open(target)?;
            let verified = if *automatic {
                let name = file.to_string_lossy();
                db.verify_rolling_backup(&name)?
            } else {
                verify(file, passphrase)?
            };
            if !yes {
                let current = backup::counts(&db)?;
                if out.json() {
                    out.json_value(&json!({
                        "ok": true,
                        "restored": false,
                        "backup": verified.summary,
                        "current": current,
                    }));
                } else {
                    say!("{} is a sound backup:", file.display());
                    summary(&verified.summary);
                    say!("The database now holds:");
                    counts(&current);
                    say!("Nothing was changed. Run again with --yes to restore it: the database as it is now will be kept in {} first.", db.backups_folder()?.display());
                }
                return Ok(());
            }
            let done = db.restore(&verified, now)?;
            if out.json() {
                out.json_value(&json!({ "ok": true, "restored": true, "backup": done.restored, "kept": done.kept }));
            } else {
                say!("Restored the backup made {}.", when(&done.restored));
                say!(
                    "The database as it was is kept as {}.",
                    db.backups_folder()?.join(&done.kept.name).display()
                );
            }
        }
        BackupCommand::List => {
            let db = database::open(target)?;
            let list = db.rolling_backups()?;
            if out.json() {
                out.json_value(&json!({
                    "folder": db.backups_folder()?,
                    "keep": db.backups_keep()?,
                    "backups": list,
                }));
            } else if list.is_empty() {
                say!(
                    "No automatic backups yet in {}.",
                    db.backups_folder()?.display()
                );
            } else {
                say!("In {}:", db.backups_folder()?.display());
                for b in list {
                    say!("  {}  {}", b.name, size(b.size_bytes));
                }
            }
        }
    }
    Ok(())
}

fn verify(file: &Path, passphrase: &BackupPassphrase) -> Result<VerifiedBackup, CoreError> {
    let passphrase = backup_passphrase(passphrase)?;
    backup::verify_file(file, &passphrase).map_err(on_backup_passphrase)
}

fn backup_passphrase(args: &BackupPassphrase) -> Result<Passphrase, CoreError> {
    let file = args.backup_passphrase_file.as_deref();
    given_passphrase(file, BACKUP_PASSPHRASE_ENV_VAR, FIELD)?.ok_or_else(|| {
        problem(
            FIELD,
            "Give the backup's passphrase with --backup-passphrase-file FILE or the DPHUB_BACKUP_PASSPHRASE environment variable",
        )
        .into()
    })
}

/// The sealed file's passphrase is the backup's, not the database's: said so.
fn on_backup_passphrase(error: CoreError) -> CoreError {
    match error {
        CoreError::Invalid(problems) if problems.has(PASSPHRASE_FIELD) => {
            let mut renamed = Problems::default();
            for p in problems.list() {
                let field = if p.field == PASSPHRASE_FIELD {
                    FIELD
                } else {
                    p.field.as_str()
                };
                renamed.add(field, p.message.clone());
            }
            renamed.into()
        }
        other => other,
    }
}

fn when(s: &BackupSummary) -> String {
    s.made_at.format("%-d %B %Y at %H:%M").to_string()
}

fn size(bytes: u64) -> String {
    if bytes < 1024 * 1024 {
        format!("{} KB", bytes.div_ceil(1024))
    } else {
        format!("{:.1} MB", bytes as f64 / (1024.0 * 1024.0))
    }
}

fn summary(s: &BackupSummary) {
    line("Made", &when(s));
    line("Size", &size(s.size_bytes));
    line("Data version", &s.schema_version.to_string());
    counts(&s.counts);
}

fn counts(c: &BackupCounts) {
    line("People", &c.people.to_string());
    line("PAs", &c.pas.to_string());
    line("Employments", &c.employments.to_string());
    line("Account payments", &c.account_entries.to_string());
    line("Receipts", &c.receipts.to_string());
    line("Signatures", &c.signatures.to_string());
    line("Checklist items", &c.checklist_items.to_string());
}
