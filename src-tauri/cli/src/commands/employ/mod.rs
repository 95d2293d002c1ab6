//! `dphub employ …`: over the core's employment functions.

mod args;
mod form;
mod output;

pub use args::EmployCommand;

use dphub_core::app::employment::{self, validate_terms};
use dphub_core::{today, CoreError, Database};

use crate::input::report_with_form_problems;
use crate::printer::Printer;
use form::end_draft;

pub fn run(command: &EmployCommand, store: &mut Database, out: &Printer) -> Result<(), CoreError> {
    match command {
        EmployCommand::Add(fields) => {
            let (draft, flag_problems) = fields.draft();
            report_with_form_problems(flag_problems, || validate_terms(&draft))?;
            let view = employment::add_employment(store, &draft, today())?;
            out.employment_saved("Added", &view);
        }
        EmployCommand::List { person, pa } => {
            out.employments(&employment::employments_of(store, *person, *pa, today())?);
        }
        EmployCommand::End { id, date, reason } => {
            let view = employment::end_employment(store, *id, &end_draft(date, reason), today())?;
            out.employment_saved("Ended", &view);
        }
        EmployCommand::Show { id } => {
            out.employment(&employment::view_employment(store, *id, today())?);
        }
    }
    Ok(())
}
