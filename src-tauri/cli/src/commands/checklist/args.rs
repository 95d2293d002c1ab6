//! `dphub checklist …`: the commands, and whose checklist.

use clap::{Args, Subcommand};
use dphub_core::app::employment::EmploymentId;
use dphub_core::app::people::PersonId;

#[derive(Subcommand)]
pub enum ChecklistCommand {
    /// The checklists of a person (as employer) and of each of their PAs, with progress.
    List(Target),
    /// A checklist's items with their status and due dates.
    Show {
        #[command(flatten)]
        target: Target,
        /// Only this checklist, like before-first-day (default: all of them).
        #[arg(long, value_name = "ID")]
        checklist: Option<String>,
    },
    /// Mark an item done.
    Tick {
        #[command(flatten)]
        target: Target,
        #[arg(long, value_name = "ID")]
        item: String,
        /// Who did it.
        #[arg(long, value_name = "NAME")]
        by: String,
        /// When it was done (default: today).
        #[arg(long, value_name = "DATE")]
        on: Option<String>,
    },
    /// Put an item back to "to do".
    Untick {
        #[command(flatten)]
        target: Target,
        #[arg(long, value_name = "ID")]
        item: String,
    },
    /// Mark an item as not applicable, with the reason.
    Na {
        #[command(flatten)]
        target: Target,
        #[arg(long, value_name = "ID")]
        item: String,
        #[arg(long, value_name = "TEXT")]
        reason: String,
    },
    /// Write a note on an item (an empty note clears it).
    Note {
        #[command(flatten)]
        target: Target,
        #[arg(long, value_name = "ID")]
        item: String,
        #[arg(long, value_name = "TEXT")]
        text: String,
    },
}

/// Whose checklist: the person's, or (with --employment) one PA's employment.
#[derive(Args)]
pub struct Target {
    /// The person (the employer).
    #[arg(long, value_name = "ID")]
    pub person: Option<PersonId>,
    /// A PA's employment by that person (see `dphub employ list`).
    #[arg(long, value_name = "ID")]
    pub employment: Option<EmploymentId>,
}
