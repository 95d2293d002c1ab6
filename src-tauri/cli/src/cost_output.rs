//! How `dphub nic`, `dphub cost` and `dphub plan` print their results.

use dphub_core::app::costs::{
    CostFigures, EmployerCost, Figure, NicView, PersonCostsView, PlanSummary, WhatIf,
};
use dphub_core::model::input::long_date;
use dphub_core::model::money::Money;

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

fn explain(label: &str, f: &Figure) {
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
    pub fn nic(&self, v: &NicView) {
        if self.json() {
            return self.json_value(v);
        }
        say!(
            "National Insurance on {} ({}, category {}, {})",
            v.gross.display(),
            v.pay_frequency.label().to_lowercase(),
            v.category.code(),
            v.tax_year
        );
        line("Employee (PA) pays", &v.employee.amount.display());
        line("Employer pays", &v.employer.amount.display());
        say!();
        explain("Employee", &v.employee);
        explain("Employer", &v.employer);
    }

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

    pub fn plan(&self, v: &PersonCostsView) {
        if self.json() {
            return self.json_value(v);
        }
        say!("Support plan for {} ({})", v.person_name, v.tax_year);
        self.left_out(v);
        let s = &v.plan;
        let mut body: Vec<Vec<String>> = s
            .employer
            .pas
            .iter()
            .map(|p| {
                vec![
                    "-".into(),
                    format!("PA: {}", p.input.label),
                    p.per_year.total.amount.display(),
                ]
            })
            .collect();
        if !s.employer.insurance.amount.is_zero() {
            body.push(vec![
                "-".into(),
                "Employers' liability insurance".into(),
                s.employer.insurance.amount.display(),
            ]);
        }
        body.extend(s.lines.iter().map(|l| {
            vec![
                l.id.to_string(),
                format!("{}: {}", l.line.kind.label(), l.line.description),
                l.yearly.amount.display(),
            ]
        }));
        table(&["Line", "Cost", "A year"], &body, 60);
        say!();
        summary_table(s);
        for w in &s.working {
            say!("  {w}");
        }
        if let Some(rate) = s.council_pa_rate {
            line(
                "Council's PA rate",
                &format!(
                    "{} an hour; real cost {} an hour",
                    rate.display(),
                    s.pa_cost_per_hour.display()
                ),
            );
        }
    }

    pub fn what_if(&self, w: &WhatIf) {
        if self.json() {
            return self.json_value(w);
        }
        let row = |label: &str, now: Money, then: Money| {
            vec![label.to_string(), now.display(), then.display()]
        };
        let body = vec![
            row(
                "Spending a year",
                w.now.spending.yearly,
                w.then.spending.yearly,
            ),
            row(
                "Direct payment a year",
                w.now.budget.yearly,
                w.then.budget.yearly,
            ),
            row(
                "Surplus (shortfall if negative)",
                w.now.difference.yearly,
                w.then.difference.yearly,
            ),
        ];
        table(
            &[
                "",
                &format!("Now ({})", w.now_tax_year),
                &format!("What if ({})", w.then_tax_year),
            ],
            &body,
            40,
        );
        say!();
        for c in &w.changes {
            say!("  {c}");
        }
    }
}

fn summary_table(s: &PlanSummary) {
    let row = |label: &str, a: &dphub_core::model::period::AmountInEveryPeriod| {
        vec![
            label.to_string(),
            a.weekly.display(),
            a.four_weekly.display(),
            a.monthly.display(),
            a.yearly.display(),
        ]
    };
    table(
        &["", "Week", "4 weeks", "Month", "Year"],
        &[
            row("Direct payment (net)", &s.budget),
            row("Spending", &s.spending),
            row(
                if s.affordable {
                    "Surplus"
                } else {
                    "Shortfall (negative)"
                },
                &s.difference,
            ),
        ],
        30,
    );
}
