//! The command line's shape: the global flags and the top-level commands.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::commands::account::AccountCommand;
use crate::commands::backup::BackupCommand;
use crate::commands::checklist::ChecklistCommand;
use crate::commands::cost::nic::NicArgs;
use crate::commands::cost::plan::PlanCommand;
use crate::commands::cost::CostCommand;
use crate::commands::db::DbCommand;
use crate::commands::doc::DocCommand;
use crate::commands::due::DueArgs;
use crate::commands::employ::EmployCommand;
use crate::commands::handover::HandoverCommand;
use crate::commands::pa::PaCommand;
use crate::commands::passphrase::PassphraseCommand;
use crate::commands::person::PersonCommand;
use crate::commands::template::TemplateCommand;

#[derive(Parser)]
#[command(
    name = "dphub",
    version,
    about = "DP Hub: manage social-care direct payments offline"
)]
pub struct Cli {
    /// The database file (default: DPHUB_DB, else the app's data folder).
    #[arg(long, global = true, value_name = "PATH")]
    pub db: Option<PathBuf>,
    /// A file holding the database's passphrase (default: the DPHUB_PASSPHRASE environment
    /// variable). Without one the key is kept in the system keychain, unless DPHUB_KEYCHAIN=off.
    /// A new database, or one from before encryption, is protected by the passphrase if one is given.
    #[arg(long, global = true, value_name = "FILE")]
    pub passphrase_file: Option<PathBuf>,
    /// Print machine-readable JSON.
    #[arg(long, global = true)]
    pub json: bool,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
    /// People who hold a direct payment.
    #[command(subcommand)]
    Person(PersonCommand),
    /// The PA contact book: personal assistants you know or might employ.
    #[command(subcommand)]
    Pa(PaCommand),
    /// Employments: which PA works for which person, on what terms.
    #[command(subcommand)]
    Employ(EmployCommand),
    /// National Insurance for one pay period, explained.
    Nic(NicArgs),
    /// What PAs cost: a what-if for one PA, or a person's PAs.
    #[command(subcommand)]
    Cost(CostCommand),
    /// The direct payment account: payments in and out, money owed, balance, excess, expected
    /// payments and reconciling with a statement.
    #[command(subcommand)]
    Account(AccountCommand),
    /// The support plan against the direct payment.
    #[command(subcommand)]
    Plan(PlanCommand),
    /// The employer's duties as checklists: list, show, tick, untick, na, note.
    #[command(subcommand)]
    Checklist(ChecklistCommand),
    /// What needs doing: overdue and coming up across everyone, or as an iCalendar file.
    Due(DueArgs),
    /// Document templates: check your own, or see the built-in ones.
    #[command(subcommand)]
    Template(TemplateCommand),
    /// The database's passphrase: set one (instead of the system keychain) or change it.
    #[command(subcommand)]
    Passphrase(PassphraseCommand),
    /// Documents as PDF: agreement, particulars, costs, timesheet, checklist, due.
    #[command(subcommand)]
    Doc(DocCommand),
    /// The database file itself: check that it is sound.
    #[command(subcommand)]
    Db(DbCommand),
    /// Hand one person's records to someone else's DP Hub: export a sealed bundle, or import one.
    #[command(subcommand)]
    Handover(HandoverCommand),
    /// Backups of the whole database: create, verify, restore, and the automatic ones (list).
    #[command(subcommand)]
    Backup(BackupCommand),
}
