//! `dphub employ …`: the commands, and a PA's job terms as flags.

use clap::{Args, Subcommand};
use dphub_core::app::contacts::ContactId;
use dphub_core::app::employment::EmploymentId;
use dphub_core::app::people::PersonId;

#[derive(Subcommand)]
pub enum EmployCommand {
    /// Record that a person employs a PA, and on what terms.
    Add(Box<EmployFields>),
    /// Employments, current ones first.
    List {
        /// Only those of this person (the employer).
        #[arg(long, value_name = "ID")]
        person: Option<PersonId>,
        /// Only those of this PA.
        #[arg(long, value_name = "ID")]
        pa: Option<ContactId>,
    },
    /// Record the end of an employment.
    End {
        id: EmploymentId,
        /// The last day of employment.
        #[arg(long, value_name = "DATE")]
        date: Option<String>,
        /// Why it ended, like resigned or moved away.
        #[arg(long)]
        reason: Option<String>,
    },
    /// Show an employment's terms.
    Show { id: EmploymentId },
}

/// The job terms, as people type them. Flags not given keep the form's defaults.
#[derive(Args)]
pub struct EmployFields {
    /// The person who employs the PA (see `dphub person list`).
    #[arg(long, value_name = "ID")]
    pub person: Option<PersonId>,
    /// The PA (see `dphub pa search`).
    #[arg(long, value_name = "ID")]
    pub pa: Option<ContactId>,
    /// The first day of work.
    #[arg(long, value_name = "DATE")]
    pub start: Option<String>,
    /// The hourly rate, like 13.50.
    #[arg(long)]
    pub rate: Option<String>,
    /// Normal hours a week, for regular hours.
    #[arg(long)]
    pub hours: Option<String>,
    /// The days and times: "Monday to Thursday, 8am to noon".
    #[arg(long)]
    pub pattern: Option<String>,
    /// Hours vary from week to week (no --hours needed).
    #[arg(long)]
    pub irregular: bool,
    /// weekly, two-weekly, four-weekly or monthly (the default).
    #[arg(long)]
    pub pay_frequency: Option<String>,
    /// For a PA paid weekly, every 2 or 4 weeks: the first payday (the rest follow every period).
    #[arg(long, value_name = "DATE")]
    pub first_payday: Option<String>,
    /// For a PA paid monthly: last-working-day (the default), last-day, last-friday or day-of-month.
    #[arg(long, value_name = "RULE")]
    pub monthly_payday: Option<String>,
    /// With --monthly-payday day-of-month: the day, from 1 to 31.
    #[arg(long, value_name = "N")]
    pub payday_day: Option<String>,
    /// Pay on the monthly payday even at a weekend or on a bank holiday (by default, the working day before).
    #[arg(long)]
    pub payday_not_moved: bool,
    /// regular-5-6-weeks (the default), irregular-accrued or rolled-up.
    #[arg(long)]
    pub holiday: Option<String>,
    /// The job title (default: Personal assistant).
    #[arg(long)]
    pub title: Option<String>,
    #[arg(long)]
    pub duties: Option<String>,
    /// When continuous employment began, if before the start date.
    #[arg(long, value_name = "DATE")]
    pub continuous_from: Option<String>,
    /// The place of work.
    #[arg(long)]
    pub place: Option<String>,
    #[arg(long, value_name = "N")]
    pub probation_weeks: Option<String>,
    /// Notice the employer gives, in weeks (default: the legal minimum).
    #[arg(long, value_name = "N")]
    pub notice_employer_weeks: Option<String>,
    /// Notice the PA gives, in weeks (default: the legal minimum).
    #[arg(long, value_name = "N")]
    pub notice_pa_weeks: Option<String>,
    /// statutory (the default) or enhanced.
    #[arg(long)]
    pub sick_pay: Option<String>,
    /// For enhanced sick pay: how much and for how long.
    #[arg(long, value_name = "TEXT")]
    pub sick_pay_details: Option<String>,
    /// The workplace pension scheme's name.
    #[arg(long, value_name = "NAME")]
    pub pension_scheme: Option<String>,
}
