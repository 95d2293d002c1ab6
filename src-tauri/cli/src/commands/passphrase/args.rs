//! `dphub passphrase …`: the commands.

use std::path::PathBuf;

use clap::{Args, Subcommand};

#[derive(Subcommand)]
pub enum PassphraseCommand {
    /// Protect the database with a passphrase instead of a key in the system keychain (or set the
    /// first passphrase of a new database). The database is re-encrypted.
    Set(NewPassphrase),
    /// Change the passphrase: the current one from --passphrase-file or DPHUB_PASSPHRASE. A wrong
    /// current passphrase changes nothing.
    Change(NewPassphrase),
}

#[derive(Args)]
pub struct NewPassphrase {
    /// A file holding the new passphrase (default: the DPHUB_NEW_PASSPHRASE environment variable).
    #[arg(long, value_name = "FILE")]
    pub new_passphrase_file: Option<PathBuf>,
}
