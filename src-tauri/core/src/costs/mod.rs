//! Costs: what a PA really costs the direct payment, and whether the payment covers the support plan.
//! Every figure carries the working behind it.

mod explain;
mod nic;
mod rates;
mod tax_year;

pub use explain::{Explanation, Figure};
pub use nic::{explain_employee_nic, explain_employer_nic, nic_for_period, NiCategory, NicAmounts};
pub use rates::*;
pub use tax_year::{TaxYear, TaxYearInputError};
