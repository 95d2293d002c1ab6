//! `dphub nic`, `dphub cost …` and `dphub plan …`: over the core's cost functions.

use dphub_core::app::costs::{self, validate_pa_cost, validate_plan_line, RateBook};
use dphub_core::{today, CoreError, Database};

use crate::cost_args::{line_draft, what_if_draft, CostCommand, CostPaArgs, NicArgs, PlanCommand};
use crate::form_problems::report_with_form_problems;
use crate::printer::Printer;

pub fn nic(args: &NicArgs, out: &Printer) -> Result<(), CoreError> {
    let q = args.read(today())?;
    out.nic(&costs::nic_explained(
        q.gross,
        q.frequency,
        q.category,
        q.tax_year,
    )?);
    Ok(())
}

pub fn cost_pa(args: &CostPaArgs, out: &Printer) -> Result<(), CoreError> {
    let (draft, flag_problems) = args.draft();
    report_with_form_problems(flag_problems, || {
        validate_pa_cost(&draft, RateBook::embedded(), today())
    })?;
    let cost = costs::calculate_pa_cost(&draft, today())?;
    out.employer_cost(&cost, args.periods);
    Ok(())
}

pub fn cost(command: &CostCommand, store: &mut Database, out: &Printer) -> Result<(), CoreError> {
    match command {
        CostCommand::Pa(args) => cost_pa(args, out),
        CostCommand::Person { person } => {
            let view = costs::person_costs(store, *person, today())?;
            if out.json() {
                out.json_value(&view.plan.employer);
            } else {
                out.left_out(&view);
                out.employer_cost(&view.plan.employer, false);
            }
            Ok(())
        }
    }
}

pub fn plan(command: &PlanCommand, store: &mut Database, out: &Printer) -> Result<(), CoreError> {
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
