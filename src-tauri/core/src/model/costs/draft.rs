//! The cost forms as typed: every field a string (or a choice), checked by `validate`.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::nic::NiCategory;
use crate::model::employment::{HolidayArrangement, HoursKind, PayFrequency};

/// The what-if calculator for one PA.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PaCostDraft {
    pub tax_year: String,
    /// Either an age or a date of birth (the date of birth wins when both are given).
    pub age: String,
    pub date_of_birth: String,
    pub hourly_rate: String,
    pub hours_kind: Option<HoursKind>,
    pub hours: String,
    pub pay_frequency: Option<PayFrequency>,
    pub holiday: Option<HolidayArrangement>,
    pub days_per_week: String,
    pub nic_category: Option<NiCategory>,
    pub apprentice_since: String,
    pub pension_opted_in: bool,
    pub holiday_cover_hourly: String,
    pub start_date: String,
    pub settings: CostSettingsDraft,
}

/// A person's costing settings as typed. Percentages are typed as percentages ("3", "5.5%").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct CostSettingsDraft {
    pub tax_year: String,
    pub claims_employment_allowance: bool,
    pub insurance_per_year: String,
    pub payroll_fee_per_payslip: String,
    pub contingency_percent: String,
    pub pension_employer_percent: String,
    pub pension_total_percent: String,
    pub council_pa_rate: String,
}

impl Default for CostSettingsDraft {
    fn default() -> Self {
        CostSettingsDraft {
            tax_year: String::new(),
            claims_employment_allowance: true,
            insurance_per_year: String::new(),
            payroll_fee_per_payslip: String::new(),
            contingency_percent: String::new(),
            pension_employer_percent: "3".into(),
            pension_total_percent: "8".into(),
            council_pa_rate: String::new(),
        }
    }
}

/// Costing facts for one employment, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct EmploymentCostTermsDraft {
    pub hours_per_period: String,
    pub days_per_week: String,
    pub nic_category: Option<NiCategory>,
    pub apprentice_since: String,
    pub pension_opted_in: bool,
    pub holiday_cover_hourly: String,
}
