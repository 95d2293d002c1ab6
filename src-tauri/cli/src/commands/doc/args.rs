//! `dphub doc …`: the printable documents, each written to a PDF file.

use std::path::PathBuf;

use clap::{Args, Subcommand};
use dphub_core::app::employment::EmploymentId;
use dphub_core::app::people::PersonId;

#[derive(Subcommand)]
pub enum DocCommand {
    /// The direct payment agreement (the variant that fits how the payment is managed, unless
    /// --variant says otherwise).
    Agreement {
        #[arg(long, value_name = "ID")]
        person: PersonId,
        /// self, nominated, authorised, carer or third-party.
        #[arg(long)]
        variant: Option<String>,
        #[command(flatten)]
        out: DocOut,
    },
    /// The PA's written statement of employment particulars.
    Particulars {
        #[arg(long, value_name = "ID")]
        employment: EmploymentId,
        #[command(flatten)]
        out: DocOut,
    },
    /// The cost breakdown of a person's PAs and support plan, with the working.
    Costs {
        #[arg(long, value_name = "ID")]
        person: PersonId,
        #[command(flatten)]
        out: DocOut,
    },
    /// A blank timesheet for a PA.
    Timesheet {
        #[arg(long, value_name = "ID")]
        employment: EmploymentId,
        /// Print the pay period and each day's date: the week this date falls in (2 or 4 weeks from
        /// its Monday), or its calendar month for a PA paid monthly (default: left blank).
        #[arg(long, value_name = "DATE")]
        week_of: Option<String>,
        #[command(flatten)]
        out: DocOut,
    },
    /// Checklists with tick boxes: a person's (and each of their PAs'), or one PA's employment.
    Checklist {
        #[arg(long, value_name = "ID")]
        person: Option<PersonId>,
        #[arg(long, value_name = "ID")]
        employment: Option<EmploymentId>,
        #[command(flatten)]
        out: DocOut,
    },
    /// The monitoring return for the council: the account's money from one date to another, the
    /// reconciled statement, money owed, the excess and every payment with its receipts. The same
    /// figures as CSV with `dphub account return`.
    Return {
        #[arg(long, value_name = "ID")]
        person: PersonId,
        /// The first day of the period.
        #[arg(long, value_name = "DATE")]
        from: String,
        /// The last day of the period.
        #[arg(long, value_name = "DATE")]
        to: String,
        #[command(flatten)]
        out: DocOut,
    },
    /// What needs doing: overdue and coming up, across everyone (or one person).
    Due {
        /// How many days ahead to look.
        #[arg(long, default_value_t = 30)]
        days: u32,
        #[arg(long, value_name = "ID")]
        person: Option<PersonId>,
        #[command(flatten)]
        out: DocOut,
    },
}

/// Where the PDF goes and how it is printed.
#[derive(Args)]
pub struct DocOut {
    /// The PDF file to write (replaced if it exists; never left half-written).
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: PathBuf,
    /// Body text at 16 pt instead of 11 pt.
    #[arg(long)]
    pub large_print: bool,
    /// The date printed as the date prepared (default: today).
    #[arg(long, value_name = "DATE")]
    pub prepared_on: Option<String>,
}

impl DocCommand {
    pub fn out(&self) -> &DocOut {
        match self {
            DocCommand::Agreement { out, .. }
            | DocCommand::Particulars { out, .. }
            | DocCommand::Costs { out, .. }
            | DocCommand::Timesheet { out, .. }
            | DocCommand::Checklist { out, .. }
            | DocCommand::Due { out, .. }
            | DocCommand::Return { out, .. } => out,
        }
    }
}
