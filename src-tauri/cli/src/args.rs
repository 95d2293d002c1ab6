//! The command line's shape, and turning its flags into a person form.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};
use dphub_core::app::people::{PersonDraft, PersonId};
use dphub_core::model::choice::Coded;
use dphub_core::model::validation::Problems;
use dphub_core::CoreError;

pub use crate::employ_args::EmployCommand;
pub use crate::pa_args::PaCommand;

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
    Nic(crate::cost_args::NicArgs),
    /// What PAs cost: a what-if for one PA, or a person's PAs.
    #[command(subcommand)]
    Cost(crate::cost_args::CostCommand),
    /// The support plan against the direct payment.
    #[command(subcommand)]
    Plan(crate::cost_args::PlanCommand),
    /// The employer's duties as checklists: list, show, tick, untick, na, note.
    #[command(subcommand)]
    Checklist(crate::checklist_args::ChecklistCommand),
    /// What needs doing: overdue and coming up across everyone, or as an iCalendar file.
    Due(crate::checklist_args::DueArgs),
    /// Document templates: check your own, or see the built-in ones.
    #[command(subcommand)]
    Template(crate::template::TemplateCommand),
    /// Documents as PDF: agreement, particulars, costs, timesheet, checklist, due.
    #[command(subcommand)]
    Doc(crate::doc_args::DocCommand),
}

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
    /// weekly, four-weekly (the default) or monthly.
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

pub fn problem(field: &str, message: &str) -> Problems {
    let mut p = Problems::default();
    p.add(field, message);
    p
}

/// Reads a code such as "four-weekly" or "four_weekly", or explains the choices.
pub fn parse_code<T: Coded>(text: &str) -> Result<T, String> {
    let text = text.trim();
    T::from_code(&text.replace('-', "_")).ok_or_else(|| {
        let choices: Vec<String> = T::all()
            .iter()
            .map(|v| v.code().replace('_', "-"))
            .collect();
        format!("{text:?} is not one of: {}", choices.join(", "))
    })
}

/// Reads a code such as "four-weekly" or "four_weekly" into `target`, or explains the choices.
/// A flag not given leaves `target` alone; an empty one clears it.
pub fn set_code<T: Coded>(
    p: &mut Problems,
    field: &str,
    given: &Option<String>,
    target: &mut Option<T>,
) {
    let Some(text) = given.as_deref().map(str::trim) else {
        return;
    };
    if text.is_empty() {
        *target = None;
        return;
    }
    match parse_code(text) {
        Ok(value) => *target = Some(value),
        Err(message) => p.add(field, message),
    }
}

impl PersonFields {
    pub fn base_draft(&self) -> Result<Option<PersonDraft>, CoreError> {
        let Some(path) = &self.from_json else {
            return Ok(None);
        };
        let text = std::fs::read_to_string(path).map_err(|e| {
            problem(
                "from_json",
                &format!("Could not read {}: {e}", path.display()),
            )
        })?;
        serde_json::from_str(&text).map(Some).map_err(|e| {
            problem(
                "from_json",
                &format!("{} is not a person form: {e}", path.display()),
            )
            .into()
        })
    }

    /// Writes every flag given into `draft`; flags not given leave it as it was. Returns the flags
    /// that could not be read (unknown codes), for reporting with the form's own problems.
    pub fn apply_to(&self, draft: &mut PersonDraft) -> Problems {
        let set = |target: &mut String, value: &Option<String>| {
            if let Some(v) = value {
                target.clone_from(v);
            }
        };
        set(&mut draft.full_name, &self.full_name);
        set(&mut draft.preferred_name, &self.preferred_name);
        set(&mut draft.date_of_birth, &self.dob);
        set(&mut draft.address, &self.address);
        set(&mut draft.postcode, &self.postcode);
        set(&mut draft.phone, &self.phone);
        set(&mut draft.email, &self.email);
        set(&mut draft.council, &self.council);
        set(&mut draft.council_reference, &self.council_ref);
        set(&mut draft.notes, &self.notes);
        let m = &mut draft.manager;
        set(&mut m.name, &self.rep_name);
        set(&mut m.relationship, &self.rep_relationship);
        set(&mut m.phone, &self.rep_phone);
        set(&mut m.email, &self.rep_email);
        set(&mut m.address, &self.rep_address);
        let dp = &mut draft.dp;
        set(&mut dp.gross_amount, &self.gross);
        set(&mut dp.contribution, &self.contribution);
        set(&mut dp.first_payment_date, &self.first_payment);
        set(&mut dp.excess_threshold_weeks, &self.excess_weeks);
        set(&mut dp.start_date, &self.start);
        set(&mut dp.end_date, &self.end);
        if !self.reviews.is_empty() {
            dp.review_dates.clone_from(&self.reviews);
        } else if self.start.is_some() || self.end.is_some() {
            // New dates: let the review schedule be worked out again from them.
            dp.review_dates.clear();
        }

        let mut p = Problems::default();
        set_code(
            &mut p,
            "recipient_type",
            &self.recipient_type,
            &mut draft.recipient_type,
        );
        set_code(
            &mut p,
            "manager.managed_by",
            &self.managed_by,
            &mut draft.manager.managed_by,
        );
        set_code(
            &mut p,
            "manager.authority_basis",
            &self.authority,
            &mut draft.manager.authority_basis,
        );
        set_code(&mut p, "dp.period", &self.period, &mut draft.dp.period);
        set_code(
            &mut p,
            "dp.account_type",
            &self.account,
            &mut draft.dp.account_type,
        );
        p
    }
}
