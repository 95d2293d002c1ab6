//! How `dphub nic` prints the NI on a pay period, both sides explained.

use dphub_core::app::costs::NicView;

use super::super::output::explain;
use crate::printer::{line, Printer};

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
}
