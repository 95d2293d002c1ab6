//! `dphub nic`: the flags.

use clap::Args;

#[derive(Args)]
pub struct NicArgs {
    /// Gross pay for the period, like 385.04.
    #[arg(long)]
    pub gross: String,
    /// weekly, two-weekly, four-weekly or monthly.
    #[arg(long, default_value = "weekly")]
    pub frequency: String,
    /// The NI category letter (A, B, C, H, J, M, Z, …).
    #[arg(long, default_value = "A")]
    pub category: String,
    /// Like 2026-27 (default: the current tax year).
    #[arg(long)]
    pub tax_year: Option<String>,
}
