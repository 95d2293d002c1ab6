//! `dphub backup …`: the commands.

use std::path::PathBuf;

use clap::{Args, Subcommand};

#[derive(Subcommand)]
pub enum BackupCommand {
    /// Back the whole database up to one file, sealed with a backup passphrase of its own, then
    /// read the file back and check it.
    Create {
        /// Where to write the backup (".dphub-backup" is the usual ending).
        #[arg(long, value_name = "FILE")]
        to: PathBuf,
        #[command(flatten)]
        passphrase: BackupPassphrase,
    },
    /// Check a backup: its passphrase, SQLite's integrity check, the version of its data, and what
    /// it holds. Nothing is changed.
    Verify {
        file: PathBuf,
        #[command(flatten)]
        passphrase: BackupPassphrase,
    },
    /// Replace the database with a backup. Without --yes it only checks the backup and says what
    /// would happen; with --yes the current database is first kept in the backups folder.
    Restore {
        /// A backup file; or, with --automatic, the name of an automatic backup (see `backup list`).
        file: PathBuf,
        #[command(flatten)]
        passphrase: BackupPassphrase,
        /// FILE is the name of an automatic backup in the backups folder (no passphrase needed).
        #[arg(long)]
        automatic: bool,
        /// Restore it (otherwise nothing is changed).
        #[arg(long)]
        yes: bool,
    },
    /// The automatic backups kept beside the database, newest first.
    List,
}

#[derive(Args)]
pub struct BackupPassphrase {
    /// A file holding the backup's passphrase (default: the DPHUB_BACKUP_PASSPHRASE environment
    /// variable). This is not the database's passphrase (that is --passphrase-file).
    #[arg(long, value_name = "FILE")]
    pub backup_passphrase_file: Option<PathBuf>,
}
