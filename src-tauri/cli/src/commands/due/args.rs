//! `dphub due`: the flags.

use std::path::PathBuf;

use clap::Args;
use dphub_core::app::people::PersonId;

/// `dphub due`: overdue and coming up, across everyone.
#[derive(Args)]
pub struct DueArgs {
    /// How many days ahead to look.
    #[arg(long, default_value_t = 30)]
    pub days: u32,
    /// Only this person.
    #[arg(long, value_name = "ID")]
    pub person: Option<PersonId>,
    /// Write the list as an iCalendar file for a calendar app, instead of printing it.
    #[arg(long, value_name = "FILE")]
    pub ics: Option<PathBuf>,
}
