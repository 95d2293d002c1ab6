//! `dphub handover …`: the commands and their flags.

use std::path::PathBuf;

use clap::{Args, Subcommand};
use dphub_core::model::ids::PersonId;

#[derive(Subcommand)]
pub enum HandoverCommand {
    /// Write one person's records (their direct payment, PAs, employments, checklists, plan,
    /// signatures and account) to a bundle sealed with a passphrase, for someone else's DP Hub.
    Export(ExportArgs),
    /// Show what a handover bundle holds and what importing it would do; --yes imports it, all
    /// of it or nothing.
    Import(ImportArgs),
}

#[derive(Args)]
pub struct BundlePassphrase {
    /// A file holding the bundle's passphrase (default: the DPHUB_BACKUP_PASSPHRASE environment
    /// variable). The global --passphrase-file is the database's.
    #[arg(long, value_name = "FILE")]
    pub backup_passphrase_file: Option<PathBuf>,
}

#[derive(Args)]
pub struct ExportArgs {
    /// The person whose records are handed over.
    #[arg(long, value_name = "ID")]
    pub person: PersonId,
    /// The bundle file to write (readable by you alone).
    #[arg(long, value_name = "FILE")]
    pub to: PathBuf,
    #[command(flatten)]
    pub passphrase: BundlePassphrase,
}

#[derive(Args)]
pub struct ImportArgs {
    /// The bundle file.
    pub file: PathBuf,
    /// Import it (without --yes nothing is stored: what it holds is shown).
    #[arg(long)]
    pub yes: bool,
    /// Add a PA who is already in this contact book as a new contact, instead of using the one here.
    #[arg(long)]
    pub add_matched_pas: bool,
    /// Import the person even though someone with the same name and date of birth is here.
    #[arg(long)]
    pub as_separate_person: bool,
    #[command(flatten)]
    pub passphrase: BundlePassphrase,
}
