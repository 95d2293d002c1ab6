//! The cost breakdown document's figures, from the person's costs and support plan.

use chrono::NaiveDate;

use crate::app::costs::PersonCostsView;
use crate::model::costs::Figure;
use crate::model::documents::person_facts;
use crate::model::documents::{CostContext, CostRow, PaCostFacts};
use crate::model::input::long_date;
use crate::model::people::Person;

/// The cost breakdown's figures: the person's costs and support plan as the Costs screen shows them.
pub fn cost_context(p: &Person, view: &PersonCostsView, prepared_on: NaiveDate) -> CostContext {
    let plan = &view.plan;
    let pas = plan
        .employer
        .pas
        .iter()
        .map(|pa| {
            let y = &pa.per_year;
            let mut rows = vec![row("Pay before deductions", &y.gross)];
            // (label, figure, taken off rather than added)
            let optional = [
                ("Employer's National Insurance", &y.employer_nic, false),
                ("Less the Employment Allowance", &y.allowance, true),
                (
                    "Employer's pension contribution",
                    &y.pension_employer,
                    false,
                ),
                ("Cover while the PA is on holiday", &y.holiday_cover, false),
                ("Payroll fees", &y.payroll_fee, false),
                ("Contingency", &y.contingency, false),
            ];
            for (label, figure, less) in optional {
                if figure.amount.is_zero() {
                    continue;
                }
                let mut r = row(label, figure);
                if less {
                    r.amount = format!("−{}", r.amount);
                }
                rows.push(r);
            }
            PaCostFacts {
                name: pa.input.label.clone(),
                total: y.total.amount.display(),
                rows,
                warnings: pa.warnings.iter().map(|w| w.message.clone()).collect(),
            }
        })
        .collect();
    let employer = &plan.employer;
    let mut employer_rows = Vec::new();
    if !employer.insurance.amount.is_zero() {
        employer_rows.push(row("Employers' liability insurance", &employer.insurance));
    }
    if !employer.allowance_used.amount.is_zero() {
        employer_rows.push(row(
            "Employment Allowance used (already taken off above)",
            &employer.allowance_used,
        ));
    }
    employer_rows.push(row("All PAs and insurance", &employer.total_per_year));
    let dp = &p.details.dp;
    CostContext {
        prepared_on: long_date(prepared_on),
        person: person_facts(p),
        council: p.details.council.clone(),
        tax_year: view.tax_year.to_string(),
        pas,
        employer_rows,
        other_lines: plan
            .lines
            .iter()
            .map(|l| row(&l.line.description, &l.yearly))
            .collect(),
        budget_yearly: plan.budget.yearly.display(),
        budget_per_period: (dp.gross_amount - dp.contribution).display(),
        period: dp.period.phrase().to_string(),
        spending_yearly: plan.spending.yearly.display(),
        difference_yearly: plan.difference.yearly.display(),
        affordable: plan.affordable,
        pa_cost_per_hour: plan.pa_cost_per_hour.display(),
        council_pa_rate: plan
            .council_pa_rate
            .map(|r| r.display())
            .unwrap_or_default(),
        working: plan.working.clone(),
    }
}

fn row(label: &str, f: &Figure) -> CostRow {
    CostRow {
        label: label.to_string(),
        amount: f.amount.display(),
        working: f.how.working.clone(),
    }
}
