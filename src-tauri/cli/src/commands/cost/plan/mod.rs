//! `dphub plan …`: the support plan against the direct payment, over the core's cost functions.

mod args;
mod form;
mod output;

pub use args::PlanCommand;

use dphub_core::app::costs::{self, validate_plan_line};
use dphub_core::{today, CoreError, Database};

use crate::input::report_with_form_problems;
use crate::printer::Printer;
use form::{line_draft, what_if_draft};

pub fn run(command: &PlanCommand, store: &mut Database, out: &Printer) -> Result<(), CoreError> {
    match command {
        PlanCommand::Show { person } => out.plan(&costs::person_costs(store, *person, today())?),
        PlanCommand::AddLine {
            person,
            kind,
            description,
            quantity,
            cost,
            per,
        } => {
            let (draft, flag_problems) = line_draft(kind, description, quantity, cost, per);
            report_with_form_problems(flag_problems, || validate_plan_line(&draft))?;
            out.plan(&costs::add_plan_line(store, *person, &draft, today())?);
        }
        PlanCommand::RemoveLine { id } => out.plan(&costs::remove_plan_line(store, *id, today())?),
        PlanCommand::WhatIf {
            person,
            tax_year,
            pay_rise,
        } => out.what_if(&costs::plan_what_if(
            store,
            *person,
            &what_if_draft(tax_year, pay_rise),
            today(),
        )?),
    }
    Ok(())
}
