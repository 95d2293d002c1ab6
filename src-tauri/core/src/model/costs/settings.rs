//! What is saved per person and per employment for costing, beyond the job terms.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::nic::NiCategory;
use super::tax_year::TaxYear;
use crate::model::money::Money;

/// A person's costing settings, as the employer of their PAs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct CostSettings {
    /// None: the tax year that includes today.
    pub tax_year: Option<TaxYear>,
    pub claims_employment_allowance: bool,
    pub insurance_per_year: Money,
    pub payroll_fee_per_payslip: Money,
    #[ts(type = "string")]
    pub contingency_rate: Decimal,
    #[ts(type = "string")]
    pub pension_employer_rate: Decimal,
    #[ts(type = "string")]
    pub pension_total_rate: Decimal,
    /// The council's indicative hourly rate for PA hours, shown beside the real cost per hour.
    pub council_pa_rate: Option<Money>,
}

impl Default for CostSettings {
    fn default() -> Self {
        CostSettings {
            tax_year: None,
            claims_employment_allowance: true,
            insurance_per_year: Money::ZERO,
            payroll_fee_per_payslip: Money::ZERO,
            contingency_rate: Decimal::ZERO,
            pension_employer_rate: Decimal::new(3, 2),
            pension_total_rate: Decimal::new(8, 2),
            council_pa_rate: None,
        }
    }
}

/// Costing facts about one employment that the job terms don't hold.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct EmploymentCostTerms {
    /// Expected hours each pay period, for irregular hours.
    #[ts(type = "string | null")]
    pub hours_per_period: Option<Decimal>,
    #[ts(type = "string | null")]
    pub days_per_week: Option<Decimal>,
    pub nic_category: Option<NiCategory>,
    pub apprentice_since: Option<NaiveDate>,
    pub pension_opted_in: bool,
    pub holiday_cover_hourly: Option<Money>,
}
