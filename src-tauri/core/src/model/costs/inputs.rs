//! What the cost calculator works from: one PA's terms, and the employer's.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::nic::NiCategory;
use super::pension::PensionTerms;
use super::tax_year::TaxYear;
use super::worker::AgeBasis;
use crate::model::employment::{HolidayArrangement, HoursKind, PayFrequency};
use crate::model::money::Money;

/// One PA's terms, from a saved employment or typed in for a what-if. Checked: see `validate_pa_costs`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PaCostInput {
    /// Who this is, for headings ("Zoë Łukasiewicz", or "This PA" in a what-if).
    pub label: String,
    pub age: AgeBasis,
    pub hourly_rate: Money,
    pub hours_kind: HoursKind,
    /// Hours a week for regular hours; hours each pay period for irregular hours.
    #[ts(type = "string")]
    pub hours: Decimal,
    pub pay_frequency: PayFrequency,
    pub holiday: HolidayArrangement,
    /// Days worked a week, for holiday in days and the 28-day cap; None for irregular hours or unknown.
    #[ts(type = "string | null")]
    pub days_per_week: Option<Decimal>,
    /// None: worked out from the PA's age (A, M under 21, H apprentice under 25, C over State Pension age).
    pub nic_category: Option<NiCategory>,
    /// The apprenticeship's start, if the PA is an apprentice.
    pub apprentice_since: Option<NaiveDate>,
    pub pension: PensionTerms,
    /// Added to pay costs for cover and sickness, as a fraction (0.05 = 5%).
    #[ts(type = "string")]
    pub contingency_rate: Decimal,
    /// The hourly cost of cover while the PA is on holiday, if cover is needed.
    pub holiday_cover_hourly: Option<Money>,
    /// When the PA started (drives the pension duties reminder).
    pub start_date: Option<NaiveDate>,
}

/// The employer's terms, shared by all their PAs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct EmployerTerms {
    pub tax_year: TaxYear,
    pub claims_employment_allowance: bool,
    pub insurance_per_year: Money,
    /// Charged by a payroll service for each payslip.
    pub payroll_fee_per_payslip: Money,
}
