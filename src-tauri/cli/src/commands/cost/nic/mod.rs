//! `dphub nic`: National Insurance for one pay period, explained. Needs no database.

mod args;
mod output;

pub use args::NicArgs;

use chrono::NaiveDate;
use dphub_core::app::costs::{self, NiCategory, TaxYear};
use dphub_core::app::employment::PayFrequency;
use dphub_core::model::money::Money;
use dphub_core::model::validation::Problems;
use dphub_core::{today, CoreError};

use crate::input::parse_code;
use crate::printer::Printer;

pub fn run(args: &NicArgs, out: &Printer) -> Result<(), CoreError> {
    let q = args.read(today())?;
    out.nic(&costs::nic_explained(
        q.gross,
        q.frequency,
        q.category,
        q.tax_year,
    )?);
    Ok(())
}

/// What `dphub nic` is asked, every flag read.
pub struct NicQuestion {
    pub gross: Money,
    pub frequency: PayFrequency,
    pub category: NiCategory,
    pub tax_year: TaxYear,
}

impl NicArgs {
    /// The question, or every flag that could not be read.
    pub fn read(&self, today: NaiveDate) -> Result<NicQuestion, Problems> {
        let mut p = Problems::default();
        let gross = p.check("gross", Money::parse_input(&self.gross));
        let frequency = p.check("pay_frequency", parse_code(&self.frequency));
        let category = p.check("category", parse_code(&self.category.to_uppercase()));
        let tax_year = p.check(
            "tax_year",
            costs::tax_year_or_current(self.tax_year.as_deref(), today),
        );
        match (gross, frequency, category, tax_year) {
            (Some(gross), Some(frequency), Some(category), Some(tax_year)) => Ok(NicQuestion {
                gross,
                frequency,
                category,
                tax_year,
            }),
            _ => Err(p),
        }
    }
}
