//! `dphub cost …` (what PAs cost), with `dphub nic` and `dphub plan …` beside it: over the core's
//! cost functions.

mod args;
mod form;
pub mod nic;
mod output;
pub mod plan;

pub use args::CostCommand;

use dphub_core::app::costs::{self, validate_pa_cost, RateBook};
use dphub_core::app::people::PersonId;
use dphub_core::{today, CoreError, Database};

use crate::input::report_with_form_problems;
use crate::printer::Printer;
use args::CostPaArgs;

/// `dphub cost pa`: a what-if for one PA; needs no database.
pub fn run_pa(args: &CostPaArgs, out: &Printer) -> Result<(), CoreError> {
    let (draft, flag_problems) = args.draft();
    report_with_form_problems(flag_problems, || {
        validate_pa_cost(&draft, RateBook::embedded(), today())
    })?;
    let cost = costs::calculate_pa_cost(&draft, today())?;
    out.employer_cost(&cost, args.periods);
    Ok(())
}

/// `dphub cost person`: what all of a person's PAs cost.
pub fn run_person(person: PersonId, store: &Database, out: &Printer) -> Result<(), CoreError> {
    let view = costs::person_costs(store, person, today())?;
    if out.json() {
        out.json_value(&view.plan.employer);
    } else {
        out.left_out(&view);
        out.employer_cost(&view.plan.employer, false);
    }
    Ok(())
}
