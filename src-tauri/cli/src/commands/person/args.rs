//! `dphub person …`: the commands and every field of the person form as flags.

use std::path::PathBuf;

use clap::{Args, Subcommand};
use dphub_core::app::people::PersonId;

#[derive(Subcommand)]
pub enum PersonCommand {
    /// Add a person and their direct payment.
    Add(PersonFields),
    /// Change a person: only the fields given change.
    Edit {
        id: PersonId,
        #[command(flatten)]
        fields: PersonFields,
    },
    /// List people, by name.
    List {
        /// Only people whose name or council reference contains every word of this.
        #[arg(long, short)]
        search: Option<String>,
        /// Include archived people.
        #[arg(long)]
        archived: bool,
    },
    /// Show a person with their direct payment figures.
    Show { id: PersonId },
    /// Archive a person (nothing is deleted).
    Archive { id: PersonId },
    /// Bring back an archived person.
    Restore { id: PersonId },
    /// Show, set or clear the current person.
    Current {
        id: Option<PersonId>,
        #[arg(long, conflicts_with = "id")]
        clear: bool,
    },
    /// Print a blank person form as JSON, with the defaults, for --from-json.
    Blank,
    /// Record a change of the direct payment's terms from a date: an uplift, a new contribution
    /// or a new period. What is not given stays as it was on that date.
    TermsChange {
        #[arg(long, value_name = "ID")]
        person: PersonId,
        /// The date the change takes effect.
        #[arg(long, value_name = "DATE")]
        from: String,
        /// The new gross amount per period.
        #[arg(long)]
        gross: Option<String>,
        /// weekly, two-weekly, four-weekly or monthly.
        #[arg(long)]
        period: Option<String>,
        /// The new contribution per period.
        #[arg(long)]
        contribution: Option<String>,
        /// Why, like "Uplift for 2027-28".
        #[arg(long)]
        reason: Option<String>,
    },
    /// The history of a person's direct payment terms, oldest first.
    Terms { id: PersonId },
}

/// Every field of the person form. Money, dates and postcodes are given as people type them.
#[derive(Args, Default)]
pub struct PersonFields {
    /// Start from a person form saved as JSON (see `dphub person blank`); flags then change it.
    #[arg(long, value_name = "FILE")]
    pub from_json: Option<PathBuf>,
    #[arg(long)]
    pub full_name: Option<String>,
    #[arg(long)]
    pub preferred_name: Option<String>,
    /// Date of birth: 1948-03-12 or 12/3/1948.
    #[arg(long)]
    pub dob: Option<String>,
    #[arg(long)]
    pub address: Option<String>,
    #[arg(long)]
    pub postcode: Option<String>,
    #[arg(long)]
    pub phone: Option<String>,
    #[arg(long)]
    pub email: Option<String>,
    #[arg(long)]
    pub council: Option<String>,
    #[arg(long)]
    pub council_ref: Option<String>,
    #[arg(long)]
    pub notes: Option<String>,
    /// adult-service-user, carer, parent-of-disabled-child or young-person-16-17.
    #[arg(long = "type", value_name = "TYPE")]
    pub recipient_type: Option<String>,
    /// themself, nominated-person, authorised-person or third-party-money-manager.
    #[arg(long)]
    pub managed_by: Option<String>,
    /// For an authorised person: lasting-power-of-attorney, court-of-protection-deputy or council-agreement.
    #[arg(long)]
    pub authority: Option<String>,
    #[arg(long)]
    pub rep_name: Option<String>,
    #[arg(long)]
    pub rep_relationship: Option<String>,
    #[arg(long)]
    pub rep_phone: Option<String>,
    #[arg(long)]
    pub rep_email: Option<String>,
    #[arg(long)]
    pub rep_address: Option<String>,
    /// Gross amount per payment period, e.g. 1,250.00 or £1250.
    #[arg(long)]
    pub gross: Option<String>,
    /// weekly, two-weekly, four-weekly (the default) or monthly.
    #[arg(long)]
    pub period: Option<String>,
    /// The person's contribution per period.
    #[arg(long)]
    pub contribution: Option<String>,
    #[arg(long)]
    pub first_payment: Option<String>,
    /// prepaid-card, separate-bank-account or managed-account.
    #[arg(long)]
    pub account: Option<String>,
    /// Excess-balance threshold in weeks (a council setting, default 4).
    #[arg(long)]
    pub excess_weeks: Option<String>,
    #[arg(long)]
    pub start: Option<String>,
    #[arg(long)]
    pub end: Option<String>,
    /// A review date; give it once per date. None: worked out from the start date.
    #[arg(long = "review")]
    pub reviews: Vec<String>,
}
