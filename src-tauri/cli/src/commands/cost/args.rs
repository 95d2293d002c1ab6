//! `dphub cost …`: the commands, and one PA's terms as flags for the what-if.

use clap::{Args, Subcommand};
use dphub_core::app::people::PersonId;

#[derive(Subcommand)]
pub enum CostCommand {
    /// What one PA would cost: a what-if, nothing saved.
    Pa(Box<CostPaArgs>),
    /// What all of a person's PAs cost, from their saved employments.
    Person {
        #[arg(long, value_name = "ID")]
        person: PersonId,
    },
}

#[derive(Args)]
pub struct CostPaArgs {
    /// The hourly rate, like 12.71.
    #[arg(long)]
    pub hourly: String,
    /// Hours a week (regular hours) or hours each pay period (with --irregular).
    #[arg(long)]
    pub hours: String,
    /// The PA's age in years.
    #[arg(long)]
    pub age: Option<String>,
    /// The PA's date of birth instead of an age (the age then changes through the year).
    #[arg(long, value_name = "DATE")]
    pub dob: Option<String>,
    /// weekly, two-weekly, four-weekly or monthly.
    #[arg(long, default_value = "weekly")]
    pub frequency: String,
    /// Like 2026-27 (default: the current tax year).
    #[arg(long)]
    pub tax_year: Option<String>,
    /// Hours vary: --hours is then the hours each pay period.
    #[arg(long)]
    pub irregular: bool,
    /// regular-5-6-weeks, irregular-accrued or rolled-up.
    #[arg(long)]
    pub holiday: Option<String>,
    /// Days worked a week, for holiday in days.
    #[arg(long)]
    pub days: Option<String>,
    /// Set the NI category letter instead of working it out from age.
    #[arg(long)]
    pub category: Option<String>,
    /// The apprenticeship's start, if the PA is an apprentice.
    #[arg(long, value_name = "DATE")]
    pub apprentice_since: Option<String>,
    /// The PA has chosen to join the pension though they need not be enrolled.
    #[arg(long)]
    pub opted_in: bool,
    /// Hourly cost of cover while the PA is on holiday.
    #[arg(long)]
    pub cover: Option<String>,
    /// The PA's first day (for the pension duties date).
    #[arg(long, value_name = "DATE")]
    pub start: Option<String>,
    /// Do not claim the Employment Allowance.
    #[arg(long)]
    pub no_allowance: bool,
    /// Employers' liability insurance a year.
    #[arg(long)]
    pub insurance: Option<String>,
    /// A payroll service's fee for each payslip.
    #[arg(long)]
    pub payroll_fee: Option<String>,
    /// Contingency for cover and sickness, in per cent.
    #[arg(long)]
    pub contingency: Option<String>,
    /// The employer's pension contribution in per cent (default 3).
    #[arg(long)]
    pub pension_employer: Option<String>,
    /// The total pension contribution in per cent (default 8).
    #[arg(long)]
    pub pension_total: Option<String>,
    /// Show every pay period, not just the first and the year.
    #[arg(long)]
    pub periods: bool,
}
