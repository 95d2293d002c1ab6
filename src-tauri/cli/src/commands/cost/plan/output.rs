//! How `dphub plan` prints the support plan and the what-if beside it.

use dphub_core::app::costs::{PersonCostsView, PlanSummary, WhatIf};

use crate::printer::{line, table, Printer};

impl Printer {
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
        let rows = [
            ("Spending a year", &w.now.spending, &w.then.spending),
            ("Direct payment a year", &w.now.budget, &w.then.budget),
            (
                "Surplus (shortfall if negative)",
                &w.now.difference,
                &w.then.difference,
            ),
        ];
        let body: Vec<Vec<String>> = rows
            .iter()
            .map(|(label, now, then)| {
                vec![
                    label.to_string(),
                    now.yearly.display(),
                    then.yearly.display(),
                ]
            })
            .collect();
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
