//! How `dphub cost` prints what PAs cost, each figure with its working.

use dphub_core::app::costs::{CostFigures, EmployerCost, Figure, PersonCostsView};
use dphub_core::model::input::long_date;

use crate::printer::{line, table, Printer};

/// Each figure in the order people read a payslip, with its label.
fn rows(c: &CostFigures) -> [(&'static str, &Figure); 14] {
    [
        ("Gross pay", &c.gross),
        ("  of which holiday pay", &c.holiday_pay),
        ("Employer NI (before allowance)", &c.employer_nic),
        ("Employment Allowance used", &c.allowance),
        ("Employer NI to pay", &c.employer_nic_net),
        ("PA's own NI (from their pay)", &c.employee_nic),
        ("Qualifying earnings (pension)", &c.qualifying_earnings),
        ("Employer pension", &c.pension_employer),
        ("PA's pension (from their pay)", &c.pension_worker),
        ("Holiday cover", &c.holiday_cover),
        ("Payroll fee", &c.payroll_fee),
        ("Contingency", &c.contingency),
        ("Total cost to the DP", &c.total),
        ("Cost per hour worked", &c.cost_per_hour),
    ]
}

pub fn explain(label: &str, f: &Figure) {
    say!("  {label}: {}", f.how.working);
    if !f.how.rule.is_empty() {
        say!("      Rule: {}", f.how.rule);
    }
    if let Some(r) = &f.how.rounding {
        say!("      Rounding: {r}");
    }
    if !f.how.source.is_empty() {
        say!("      Source: {}", f.how.source);
    }
}

impl Printer {
    pub fn employer_cost(&self, c: &EmployerCost, all_periods: bool) {
        if self.json() {
            return self.json_value(c);
        }
        for pa in &c.pas {
            let p = pa.first_period;
            say!(
                "{}: {} {}, {} an hour, {} ({})",
                pa.input.label,
                dphub_core::app::costs::TaxYear::to_string(&c.tax_year),
                pa.pay_frequency.label().to_lowercase(),
                pa.input.hourly_rate.display(),
                pa.periods[0].nic_category.label(),
                pa.periods[0].pension_category.label()
            );
            let body: Vec<Vec<String>> = rows(&pa.per_period)
                .iter()
                .zip(rows(&pa.per_year))
                .map(|((label, first), (_, year))| {
                    vec![
                        label.to_string(),
                        first.amount.display(),
                        year.amount.display(),
                    ]
                })
                .collect();
            let first_head = format!(
                "{} to {}",
                p.starts_on.format("%-d %b"),
                p.ends_on.format("%-d %b %Y")
            );
            table(&["", &first_head, "Year"], &body, 40);
            line(
                "Holiday a year",
                &format!("{} hours", pa.holiday.hours_per_year),
            );
            say!();
            say!("How the first pay period was worked out:");
            for (label, f) in rows(&pa.per_period) {
                explain(label.trim(), f);
            }
            if all_periods {
                say!();
                let body: Vec<Vec<String>> = pa
                    .periods
                    .iter()
                    .map(|p| {
                        vec![
                            p.period.number.to_string(),
                            long_date(p.period.ends_on),
                            p.gross.display(),
                            p.nic_category.code().to_string(),
                            p.employer_nic_net.display(),
                            p.pension_employer.display(),
                            p.total.display(),
                        ]
                    })
                    .collect();
                table(
                    &[
                        "No.",
                        "Payday",
                        "Gross",
                        "NI",
                        "Employer NI",
                        "Pension",
                        "Total",
                    ],
                    &body,
                    30,
                );
            }
            for w in &pa.warnings {
                say!("\n! {}", w.message);
            }
            say!();
        }
        line("Employment Allowance", &c.allowance_used.amount.display());
        line("Insurance a year", &c.insurance.amount.display());
        line("Total a year", &c.total_per_year.amount.display());
        line("Cost per hour worked", &c.cost_per_hour.amount.display());
        for w in &c.warnings {
            say!("\n! {}", w.message);
        }
    }

    pub fn left_out(&self, v: &PersonCostsView) {
        for pa in v.pas.iter().filter_map(|p| p.left_out.as_ref()) {
            say!("! {pa}");
        }
    }
}
