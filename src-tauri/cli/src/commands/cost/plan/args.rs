//! `dphub plan …`: the support plan's commands and flags.

use clap::Subcommand;
use dphub_core::app::costs::PlanLineId;
use dphub_core::app::people::PersonId;

#[derive(Subcommand)]
pub enum PlanCommand {
    /// The support plan against the direct payment: surplus or shortfall.
    Show {
        #[arg(long, value_name = "ID")]
        person: PersonId,
    },
    /// Add a cost to the plan.
    AddLine {
        #[arg(long, value_name = "ID")]
        person: PersonId,
        /// agency-hours, respite-nights, day-services, one-off or other.
        #[arg(long)]
        kind: String,
        #[arg(long)]
        description: String,
        /// How many (hours, nights, sessions, items).
        #[arg(long)]
        quantity: String,
        /// The cost of each one, like 25.50.
        #[arg(long)]
        cost: String,
        /// week, four-weeks, month, year or once.
        #[arg(long)]
        per: Option<String>,
    },
    /// Remove a cost from the plan.
    RemoveLine { id: PlanLineId },
    /// The plan with next year's rates and a pay rise, beside the plan now.
    WhatIf {
        #[arg(long, value_name = "ID")]
        person: PersonId,
        /// Default: the next tax year, when DP Hub has its rates.
        #[arg(long)]
        tax_year: Option<String>,
        /// A pay rise for every PA, in per cent.
        #[arg(long)]
        pay_rise: Option<String>,
    },
}
